//! The `re` module. The pattern parser (`parse.rs`, with CPython's error messages),
//! the compiler (`compile.rs`) and the backtracking engine (`engine.rs`) are Rust;
//! the API (`re.py`: `Pattern`, `Match`, `RegexFlag`, `error`, templates, the cache)
//! is Python over the private functions and types defined here, as CPython builds
//! `re` over `_sre`.

mod compile;
mod engine;
mod parse;

use std::rc::Rc;

use crate::heap::Obj;
use crate::objects::bytes::with_bytes;
use crate::objects::native::{NativeState, native_state};
use crate::objects::str::as_text;
use crate::text::wtf8::{Placeholders, code_points, from_code_points, to_placeholders};
use crate::vm::native::NativeTypeSpec;
use crate::vm::{Args, PyResult, Vm};

use engine::{Matcher, Mode, NONE, Program, Work};
use parse::ReError;

static CODE: NativeTypeSpec = NativeTypeSpec {
    methods: &[
        ("match", code_match),
        ("scanner", code_scanner),
        ("findall", code_findall),
        ("split", code_split),
        ("sub", code_sub),
    ],
    ..NativeTypeSpec::new("re", "_Code")
};

static SCANNER: NativeTypeSpec = NativeTypeSpec {
    methods: &[("search", scanner_search), ("match", scanner_match)],
    ..NativeTypeSpec::new("re", "_Scanner")
};

struct Code {
    prog: Rc<Program>,
    istext: bool,
}
impl NativeState for Code {}

struct Scanner {
    prog: Rc<Program>,
    text: Vec<u32>,
    /// Current start (None once exhausted), must_advance, endpos.
    state: std::cell::Cell<(usize, bool, usize)>,
    work: std::cell::RefCell<Work>,
}
impl NativeState for Scanner {}

fn code_of(vm: &mut Vm, o: &Obj) -> PyResult<(Rc<Program>, bool)> {
    match native_state::<Code>(o) {
        Some(c) => Ok((c.prog.clone(), c.istext)),
        None => Err(vm.type_error("expected a compiled pattern")),
    }
}

/// The code points of the subject, checking that it suits the pattern.
fn text_of(vm: &mut Vm, o: &Obj, istext: bool) -> PyResult<Vec<u32>> {
    if let Some(s) = as_text(o) {
        if !istext {
            return Err(vm.type_error("cannot use a bytes pattern on a string-like object"));
        }
        return Ok(code_points(s).collect());
    }
    if let Some(v) = with_bytes(o, |b| b.iter().map(|&x| x as u32).collect::<Vec<u32>>()) {
        if istext {
            return Err(vm.type_error("cannot use a string pattern on a bytes-like object"));
        }
        return Ok(v);
    }
    let n = vm.type_name(o);
    Err(vm.type_error(format!("expected string or bytes-like object, got '{n}'")))
}

fn slice(vm: &mut Vm, text: &[u32], istext: bool, s: usize, e: usize) -> PyResult {
    let part = text.get(s..e).unwrap_or(&[]);
    if istext {
        // Code points, lone surrogates included.
        vm.new_str_wtf8(&from_code_points(part.iter().copied()))
    } else {
        vm.new_bytes(part.iter().map(|&c| c as u8).collect())
    }
}

fn int_arg(vm: &mut Vm, args: &Args, i: usize) -> PyResult<i64> {
    match args.pos.get(i) {
        Some(o) => crate::vm::params::ssize_arg(vm, o),
        None => Err(vm.type_error("missing argument")),
    }
}

/// (start, end) clamped as `state_init` does.
fn bounds(vm: &mut Vm, args: &Args, i: usize, len: usize) -> PyResult<(usize, usize)> {
    let p = int_arg(vm, args, i)?.clamp(0, len as i64) as usize;
    let e = int_arg(vm, args, i + 1)?.clamp(0, len as i64) as usize;
    Ok((p, e))
}

/// The match as a tuple (lastindex, start0, end0, start1, end1, ...), -1 for unset.
fn marks_tuple(vm: &mut Vm, w: &Work) -> PyResult {
    let mut items = Vec::with_capacity(w.marks.len() + 1);
    let li = if w.lastindex > 0 {
        w.lastindex as i64
    } else {
        -1
    };
    items.push(vm.new_int(li)?);
    for (i, pair) in w.marks.chunks(2).enumerate() {
        let (s, e) = (pair[0], pair.get(1).copied().unwrap_or(NONE));
        let (s, e) = if i == 0 || (s != NONE && e != NONE) {
            (s as i64, e as i64)
        } else {
            (-1, -1)
        };
        items.push(vm.new_int(s)?);
        items.push(vm.new_int(e)?);
    }
    vm.new_tuple(items)
}

/// `_compile(pattern, flags)`: (code, flags, groups, [(name, index), ...]), or
/// (kind, message, pos) for a refused pattern.
fn re_compile(vm: &mut Vm, args: Args) -> PyResult {
    args.check(vm, "_compile", 2, 2)?;
    let flags = int_arg(vm, &args, 1)? as u32;
    let mut surrogates = None;
    let (chars, istext): (Vec<char>, bool) = if let Some(s) = as_text(&args.pos[0]) {
        // A pattern's lone surrogates are parsed as private-use placeholders.
        let Some(map) = Placeholders::for_texts(&[s]) else {
            return Err(crate::vm::PyErr::NoMemory);
        };
        let chars = to_placeholders(s, &map).chars().collect();
        if !map.is_empty() {
            surrogates = Some(map);
        }
        (chars, true)
    } else if let Some(v) = with_bytes(&args.pos[0], |b| {
        b.iter().map(|&x| x as char).collect::<Vec<char>>()
    }) {
        (v, false)
    } else {
        return Err(vm.type_error("first argument must be string or compiled pattern"));
    };
    let parsed = parse::parse_pattern(&chars, istext, flags, surrogates.as_ref());
    let err = |vm: &mut Vm, kind: &str, msg: &str, pos: Option<usize>| -> PyResult {
        let k = vm.new_str(kind)?;
        let m = vm.new_str(msg)?;
        let p = match pos {
            Some(p) => vm.new_int(p as i64)?,
            None => vm.none(),
        };
        vm.new_tuple(vec![k, m, p])
    };
    let parsed = match parsed {
        Ok(p) => p,
        Err(ReError::Re(m, pos)) => return err(vm, "re", &m, pos),
        Err(ReError::Value(m)) => return err(vm, "value", &m, None),
        Err(ReError::Overflow(m)) => return err(vm, "overflow", &m, None),
    };
    let prog = match compile::compile(&parsed, istext) {
        Ok(p) => p,
        Err(m) => return err(vm, "re", &m, None),
    };
    let code = vm.new_native(
        &CODE,
        Code {
            prog: Rc::new(prog),
            istext,
        },
    )?;
    let f = vm.new_int(parsed.flags as i64)?;
    let g = vm.new_int(parsed.groups as i64 - 1)?;
    let mut names = Vec::new();
    for (n, i) in &parsed.groupnames {
        let k = vm.new_str(n)?;
        let v = vm.new_int(*i as i64)?;
        names.push(vm.new_tuple(vec![k, v])?);
    }
    let names = vm.new_list(names)?;
    vm.new_tuple(vec![code, f, g, names])
}

/// `code.match(string, pos, endpos, mode)`: mode 0 match, 1 fullmatch, 2 search.
fn code_match(vm: &mut Vm, args: Args) -> PyResult {
    args.check(vm, "match", 5, 5)?;
    let (prog, istext) = code_of(vm, &args.pos[0])?;
    let text = text_of(vm, &args.pos[1], istext)?;
    let (pos, end) = bounds(vm, &args, 2, text.len())?;
    let mode = match int_arg(vm, &args, 4)? {
        0 => Mode::Match,
        1 => Mode::FullMatch,
        _ => Mode::Search,
    };
    let mut w = Work::default();
    if Matcher::new(&prog, &text, end, &mut w).run(pos, mode, false) {
        marks_tuple(vm, &w)
    } else {
        Ok(vm.none())
    }
}

fn code_scanner(vm: &mut Vm, args: Args) -> PyResult {
    args.check(vm, "scanner", 4, 4)?;
    let (prog, istext) = code_of(vm, &args.pos[0])?;
    let text = text_of(vm, &args.pos[1], istext)?;
    let (pos, end) = bounds(vm, &args, 2, text.len())?;
    vm.new_native(
        &SCANNER,
        Scanner {
            prog,
            text,
            state: std::cell::Cell::new((pos, false, end)),
            work: std::cell::RefCell::new(Work::default()),
        },
    )
}

fn scanner_step(vm: &mut Vm, args: Args, mode: Mode) -> PyResult {
    args.check(vm, "search", 1, 1)?;
    let Some(sc) = native_state::<Scanner>(&args.pos[0]) else {
        return Err(vm.type_error("expected a scanner"));
    };
    let (start, must, end) = sc.state.get();
    if start == NONE {
        return Ok(vm.none());
    }
    let Ok(mut w) = sc.work.try_borrow_mut() else {
        return Err(vm.runtime_error("scanner already executing"));
    };
    if Matcher::new(&sc.prog, &sc.text, end, &mut w).run(start, mode, must) {
        let (b, e) = (w.marks[0], w.marks[1]);
        let t = marks_tuple(vm, &w)?;
        sc.state.set((e, e == b, end));
        Ok(t)
    } else {
        sc.state.set((NONE, false, end));
        Ok(vm.none())
    }
}

fn scanner_search(vm: &mut Vm, args: Args) -> PyResult {
    scanner_step(vm, args, Mode::Search)
}

fn scanner_match(vm: &mut Vm, args: Args) -> PyResult {
    scanner_step(vm, args, Mode::Match)
}

/// `code.findall(string, pos, endpos)`.
fn code_findall(vm: &mut Vm, args: Args) -> PyResult {
    args.check(vm, "findall", 4, 4)?;
    let (prog, istext) = code_of(vm, &args.pos[0])?;
    let text = text_of(vm, &args.pos[1], istext)?;
    let (mut start, end) = bounds(vm, &args, 2, text.len())?;
    let mut w = Work::default();
    let mut out = Vec::new();
    let mut must = false;
    let groups = prog.groups - 1;
    while start <= end {
        if !Matcher::new(&prog, &text, end, &mut w).run(start, Mode::Search, must) {
            break;
        }
        let item = if groups == 0 {
            slice(vm, &text, istext, w.marks[0], w.marks[1])?
        } else {
            let mut items = Vec::with_capacity(groups);
            for g in 1..=groups {
                let (s, e) = (w.marks[2 * g], w.marks[2 * g + 1]);
                let (s, e) = if s == NONE || e == NONE {
                    (0, 0)
                } else {
                    (s, e)
                };
                items.push(slice(vm, &text, istext, s, e)?);
            }
            if groups == 1 {
                items.pop().unwrap_or_else(|| vm.none())
            } else {
                vm.new_tuple(items)?
            }
        };
        out.push(item);
        must = w.marks[1] == w.marks[0];
        start = w.marks[1];
    }
    vm.new_list(out)
}

/// `code.split(string, maxsplit)`.
fn code_split(vm: &mut Vm, args: Args) -> PyResult {
    args.check(vm, "split", 3, 3)?;
    let (prog, istext) = code_of(vm, &args.pos[0])?;
    let text = text_of(vm, &args.pos[1], istext)?;
    let maxsplit = int_arg(vm, &args, 2)?;
    let end = text.len();
    let mut w = Work::default();
    let mut out = Vec::new();
    let (mut start, mut last, mut must, mut n) = (0usize, 0usize, false, 0i64);
    while maxsplit == 0 || n < maxsplit {
        if !Matcher::new(&prog, &text, end, &mut w).run(start, Mode::Search, must) {
            break;
        }
        out.push(slice(vm, &text, istext, last, w.marks[0])?);
        for g in 1..prog.groups {
            let (s, e) = (w.marks[2 * g], w.marks[2 * g + 1]);
            if s == NONE || e == NONE {
                out.push(vm.none());
            } else {
                out.push(slice(vm, &text, istext, s, e)?);
            }
        }
        n += 1;
        must = w.marks[1] == w.marks[0];
        start = w.marks[1];
        last = start;
    }
    out.push(slice(vm, &text, istext, last, end)?);
    vm.new_list(out)
}

/// `code.sub(template, string, count)`: the template is a list of literal strings and
/// group numbers (ints). Returns (result, number of substitutions).
fn code_sub(vm: &mut Vm, args: Args) -> PyResult {
    args.check(vm, "sub", 4, 4)?;
    let (prog, istext) = code_of(vm, &args.pos[0])?;
    let text = text_of(vm, &args.pos[2], istext)?;
    let count = int_arg(vm, &args, 3)?;
    enum Piece {
        Lit(Vec<u32>),
        Group(usize),
    }
    let mut tpl = Vec::new();
    let tpl_obj = args.pos[1].clone();
    let items: Vec<Obj> = vm.iterate_to_vec(&tpl_obj)?;
    for it in &items {
        if let Some(s) = as_text(it) {
            tpl.push(Piece::Lit(code_points(s).collect()));
        } else if let Some(b) = with_bytes(it, |b| b.iter().map(|&x| x as u32).collect()) {
            tpl.push(Piece::Lit(b));
        } else {
            let g = crate::vm::params::ssize_arg(vm, it)?;
            tpl.push(Piece::Group(g.max(0) as usize));
        }
    }
    let end = text.len();
    let mut w = Work::default();
    let mut out: Vec<u32> = Vec::with_capacity(text.len());
    let (mut start, mut i, mut must, mut n) = (0usize, 0usize, false, 0i64);
    while count == 0 || n < count {
        if !Matcher::new(&prog, &text, end, &mut w).run(start, Mode::Search, must) {
            break;
        }
        let (b, e) = (w.marks[0], w.marks[1]);
        out.extend_from_slice(text.get(i..b).unwrap_or(&[]));
        for p in &tpl {
            match p {
                Piece::Lit(l) => out.extend_from_slice(l),
                Piece::Group(g) => {
                    let (s, e) = (
                        w.marks.get(2 * g).copied().unwrap_or(NONE),
                        w.marks.get(2 * g + 1).copied().unwrap_or(NONE),
                    );
                    if s != NONE && e != NONE {
                        out.extend_from_slice(text.get(s..e).unwrap_or(&[]));
                    }
                }
            }
        }
        i = e;
        n += 1;
        must = e == b;
        start = e;
    }
    out.extend_from_slice(text.get(i..).unwrap_or(&[]));
    let len = out.len();
    let r = slice(vm, &out, istext, 0, len)?;
    let n = vm.new_int(n)?;
    vm.new_tuple(vec![r, n])
}

pub(crate) fn create(vm: &mut Vm) -> PyResult<Obj> {
    let m = super::module_with_functions(vm, "re", &[("_compile", re_compile)])?;
    let t = vm.native_type(&CODE)?;
    super::set_attr(vm, &m, "_Code", t)?;
    super::exec_python(vm, &m, include_str!("re.py"), "<re>")?;
    Ok(m)
}
