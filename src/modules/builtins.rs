//! The `builtins` module: functions every program can call without importing.

use num_bigint::BigInt;

use crate::compile::bytecode::{BinOpCode, CmpOpCode};
use crate::heap::Obj;
use crate::objects::function::{BuiltinFunctionObj, NativeFn};
use crate::objects::iter::CallIterObj;
use crate::objects::str::as_str;
use crate::objects::stream::StreamObj;
use crate::objects::{Tag, tag_of};
use crate::text::text_buf::TextBuf;
use crate::vm::builtin_numeric::{builtin_abs, builtin_pow, builtin_round};
use crate::vm::dir_names::{dict_key_names, dir_names, name_list};
use crate::vm::{Args, PyResult, Vm};

fn builtin_print(vm: &mut Vm, mut args: Args) -> PyResult {
    let sep = args.take_kw("sep");
    let end = args.take_kw("end");
    let file = args.take_kw("file");
    let flush = args.take_kw("flush");
    if let Some((k, _)) = args.kw.first() {
        let k = as_str(k).unwrap_or("?").to_owned();
        return Err(vm.type_error(format!("'{k}' is an invalid keyword argument for print()")));
    }
    // `sep` and `end`: None for the default, else a str (a subclass's too, and one
    // holding lone surrogates, which fails only when it is written, as in CPython).
    let text_arg = |vm: &mut Vm, o: Option<Obj>, what: &str| -> PyResult<Option<Obj>> {
        match o {
            None => Ok(None),
            Some(o) if o.ptr_eq(&vm.s.none) => Ok(None),
            Some(o) if vm.isinstance(&o, &vm.types.str_) => Ok(Some(o)),
            Some(o) => {
                let n = vm.type_name(&o);
                Err(vm.type_error(format!("{what} must be None or a string, not {n}")))
            }
        }
    };
    let sep = text_arg(vm, sep, "sep")?;
    let end = text_arg(vm, end, "end")?;
    let flush = match flush {
        Some(fl) => vm.truthy(&fl)?,
        None => false,
    };
    let file = match file.filter(|f| !f.ptr_eq(&vm.s.none)) {
        Some(f) => Some(f),
        None => match vm.replaced_stdout()? {
            // `sys.stdout = None` silences print().
            Some(f) if f.ptr_eq(&vm.s.none) => return Ok(vm.none()),
            other => other,
        },
    };
    let file = file.filter(|f| {
        f.downcast::<StreamObj>()
            .is_none_or(|s| s.fd != 1 || !s.is_plain())
    });
    let Some(f) = file else {
        let mut out: Vec<u8> = Vec::new();
        let pieces = args.pos.len();
        for i in 0..pieces * 2 + 1 {
            let piece = match i % 2 {
                _ if i == pieces * 2 => match &end {
                    None => Ok(TextBuf::Utf8("\n".to_owned())),
                    Some(e) => vm.str_text(e),
                },
                // The separator before every argument but the first.
                0 if i == 0 => continue,
                0 => match &sep {
                    None => Ok(TextBuf::Utf8(" ".to_owned())),
                    Some(s) => vm.str_text(s),
                },
                _ => vm.str_text(&args.pos[i / 2]),
            };
            let piece = piece.and_then(|p| stdout_bytes(vm, p));
            match piece {
                Ok(p) => out.extend_from_slice(&p),
                Err(e) => {
                    // CPython writes piece by piece: what came before a piece that
                    // cannot be written (a lone surrogate) is already out.
                    vm.write_stdout_bytes(&out)?;
                    return Err(e);
                }
            }
        }
        vm.write_stdout_bytes(&out)?;
        if flush {
            vm.flush_stdout_checked()?;
        }
        return Ok(vm.none());
    };
    // Like CPython, each piece is a separate write() call.
    let w = vm.getattr_str(&f, "write")?;
    for (i, a) in args.pos.iter().enumerate() {
        if i > 0 {
            let s = match &sep {
                Some(s) => vm.str_of(s)?,
                None => vm.new_str(" ")?,
            };
            vm.call(&w, vec![s])?;
        }
        let s = vm.str_of(a)?;
        vm.call(&w, vec![s])?;
    }
    let s = match &end {
        Some(s) => vm.str_of(s)?,
        None => vm.new_str("\n")?,
    };
    vm.call(&w, vec![s])?;
    if flush {
        let fl = vm.getattr_str(&f, "flush")?;
        vm.call(&fl, vec![])?;
    }
    Ok(vm.none())
}

/// The bytes the plain standard output writes for `text`: UTF-8, any lone surrogate
/// left to the stream's error handler (strict refuses it, `surrogateescape` writes the
/// byte it stands for).
fn stdout_bytes(vm: &mut Vm, text: TextBuf) -> PyResult<Vec<u8>> {
    match text {
        TextBuf::Utf8(s) => Ok(s.into_bytes()),
        TextBuf::Wtf8(b) => {
            let (codec, errors) = vm.stdout_codec()?;
            crate::text::codecs::encode_wtf8(&b, codec, &errors)
                .map_err(|e| vm.codec_error(e, crate::vm::unicode_error::CodecInput::Text(&b)))
        }
    }
}

/// `sys.stdout` when a program has replaced it (None while it is the real stdout or
/// `sys` has no `stdout`).
fn builtin_len(vm: &mut Vm, args: Args) -> PyResult {
    args.check(vm, "len", 1, 1)?;
    let n = vm.len(&args.pos[0])?;
    vm.new_int(n as i64)
}

fn builtin_repr(vm: &mut Vm, args: Args) -> PyResult {
    args.check(vm, "repr", 1, 1)?;
    // A call of a C function in CPython: a recursion level of its own.
    vm.enter_native(" while calling a Python object")?;
    let r = vm.repr(&args.pos[0]);
    vm.leave_native();
    r
}

fn builtin_ascii(vm: &mut Vm, args: Args) -> PyResult {
    args.check(vm, "ascii", 1, 1)?;
    // A call of a C function in CPython: a recursion level of its own.
    vm.enter_native(" while calling a Python object")?;
    let r = vm.ascii_of(&args.pos[0]);
    vm.leave_native();
    r
}

/// Shared by min() and max().
fn min_max(vm: &mut Vm, mut args: Args, is_max: bool) -> PyResult {
    let name = if is_max { "max" } else { "min" };
    let key = args.take_kw("key").filter(|k| !k.ptr_eq(&vm.s.none));
    let default = args.take_kw("default");
    if let Some((k, _)) = args.kw.first() {
        let k = as_str(k).unwrap_or("?").to_owned();
        return Err(vm.type_error(format!("'{k}' is an invalid keyword argument for {name}()")));
    }
    // One argument: its items are read one at a time (CPython holds only the best so far).
    let (iter, rest) = match args.pos.len() {
        0 => return Err(vm.type_error(format!("{name} expected at least 1 argument, got 0"))),
        1 => (Some(vm.get_iter(&args.pos[0])?), Vec::new()),
        _ => {
            if default.is_some() {
                return Err(vm.type_error(format!(
                    "Cannot specify a default for {name}() with multiple positional arguments"
                )));
            }
            (None, args.pos.to_vec())
        }
    };
    let mut rest = rest.into_iter();
    let mut best: Option<(Obj, Obj)> = None;
    // CPython asks `item > best` for max and `item < best` for min.
    let op = if is_max { CmpOpCode::Gt } else { CmpOpCode::Lt };
    loop {
        let it = match &iter {
            Some(i) if key.is_none() => {
                // A generator's numbers and strs are weighed where it yields them.
                let next = vm.next_with_sink(i, &mut |_, v| match &best {
                    None => {
                        best = Some((v.clone(), v));
                        None
                    }
                    Some((b, _)) => match Vm::compare_scalars(op, &v, b) {
                        Some(true) => {
                            best = Some((v.clone(), v));
                            None
                        }
                        Some(false) => None,
                        None => Some(v),
                    },
                })?;
                match next {
                    Some(v) => v,
                    None => break,
                }
            }
            Some(i) => match vm.next(i)? {
                Some(v) => v,
                None => break,
            },
            None => match rest.next() {
                Some(v) => v,
                None => break,
            },
        };
        let k = match &key {
            Some(f) => vm.call(f, vec![it.clone()])?,
            None => it.clone(),
        };
        best = match best {
            None => Some((it, k)),
            Some((bi, bk)) => {
                let better = vm.compare_bool(op, &k, &bk)?;
                if better {
                    Some((it, k))
                } else {
                    Some((bi, bk))
                }
            }
        };
    }
    match best {
        Some((v, _)) => Ok(v),
        None => match default {
            Some(d) => Ok(d),
            None => Err(vm.value_error(format!("{name}() arg is an empty sequence"))),
        },
    }
}

fn builtin_min(vm: &mut Vm, args: Args) -> PyResult {
    min_max(vm, args, false)
}

fn builtin_max(vm: &mut Vm, args: Args) -> PyResult {
    min_max(vm, args, true)
}

fn builtin_sum(vm: &mut Vm, mut args: Args) -> PyResult {
    let start_kw = args.take_kw("start");
    if args.pos.is_empty() && args.kw.is_empty() {
        return Err(vm.type_error("sum() takes at least 1 positional argument (0 given)"));
    }
    args.check_kw(vm, "sum", 1, 2)?;
    let mut acc = match start_kw.or_else(|| args.get(1).cloned()) {
        Some(s) => {
            match tag_of(&s) {
                Tag::Str => {
                    return Err(vm.type_error("sum() can't sum strings [use ''.join(seq) instead]"));
                }
                Tag::Bytes => {
                    return Err(vm.type_error("sum() can't sum bytes [use b''.join(seq) instead]"));
                }
                Tag::ByteArray => {
                    return Err(
                        vm.type_error("sum() can't sum bytearray [use b''.join(seq) instead]")
                    );
                }
                _ => {}
            }
            s
        }
        None => vm.new_int(0)?,
    };
    let it = vm.get_iter(&args.pos[0])?;
    // As CPython's sum: a machine-word int total, or a float total, is kept unboxed
    // while the items allow.
    let mut total = RunningSum::of(&acc);
    loop {
        // A generator's numbers are added where it yields them.
        let next = vm.next_with_sink(&it, &mut |_, v| total.add(v))?;
        let Some(v) = next else {
            break;
        };
        let Some(v) = total.add(v) else {
            continue;
        };
        acc = match total {
            RunningSum::Int(a) => vm.new_int(a)?,
            RunningSum::Float(f) => vm.new_float(f)?,
            RunningSum::Boxed => acc,
        };
        acc = vm.binary_op(BinOpCode::Add, &acc, &v)?;
        total = RunningSum::of(&acc);
    }
    match total {
        RunningSum::Int(a) => vm.new_int(a),
        RunningSum::Float(f) => vm.new_float(f),
        RunningSum::Boxed => Ok(acc),
    }
}

/// `sum`'s total while it needs no object: a machine-word int, or an exact float.
#[derive(Clone, Copy)]
enum RunningSum {
    Int(i64),
    Float(f64),
    /// The total is the accumulator object.
    Boxed,
}

impl RunningSum {
    fn of(acc: &Obj) -> RunningSum {
        if let Some(i) = crate::objects::IntObj::value(acc) {
            return RunningSum::Int(i);
        }
        match acc.downcast::<crate::objects::FloatObj>() {
            Some(f) if tag_of(acc) == Tag::Float => RunningSum::Float(f.0),
            _ => RunningSum::Boxed,
        }
    }

    /// Adds `v` when that needs no object (an int to an int total without overflow, an
    /// exact float or a machine-word int to a float total, as CPython's sum does);
    /// otherwise hands `v` back.
    fn add(&mut self, v: Obj) -> Option<Obj> {
        match *self {
            RunningSum::Int(a) => {
                if let Some(s) = crate::objects::IntObj::value(&v).and_then(|b| a.checked_add(b)) {
                    *self = RunningSum::Int(s);
                    return None;
                }
            }
            RunningSum::Float(f) => {
                if let Some(x) = v.downcast::<crate::objects::FloatObj>()
                    && tag_of(&v) == Tag::Float
                {
                    *self = RunningSum::Float(f + x.0);
                    return None;
                }
                if let Some(i) = crate::objects::IntObj::value(&v) {
                    *self = RunningSum::Float(f + i as f64);
                    return None;
                }
            }
            RunningSum::Boxed => {}
        }
        Some(v)
    }
}

/// `isinstance(o, cls_or_tuple)`, honouring `__instancecheck__`-free semantics.
fn builtin_isinstance(vm: &mut Vm, args: Args) -> PyResult {
    args.check(vm, "isinstance", 2, 2)?;
    let r = vm.isinstance_check(&args.pos[0], &args.pos[1], "isinstance")?;
    Ok(vm.new_bool(r))
}

fn builtin_issubclass(vm: &mut Vm, args: Args) -> PyResult {
    args.check(vm, "issubclass", 2, 2)?;
    let r = vm.subclass_check(&args.pos[0], &args.pos[1])?;
    Ok(vm.new_bool(r))
}

fn builtin_id(vm: &mut Vm, args: Args) -> PyResult {
    args.check(vm, "id", 1, 1)?;
    vm.new_int(args.pos[0].addr() as i64)
}

fn builtin_sorted(vm: &mut Vm, mut args: Args) -> PyResult {
    let key = args.take_kw("key").filter(|k| !k.ptr_eq(&vm.s.none));
    // CPython takes `reverse` as a C int (an int or `__index__`, 32 bits).
    let reverse = match args.take_kw("reverse") {
        Some(r) => vm.to_c_int(&r)? != 0,
        None => false,
    };
    if let Some((k, _)) = args.kw.first() {
        let k = as_str(k).unwrap_or("?").to_owned();
        return Err(vm.type_error(format!("'{k}' is an invalid keyword argument for sort()")));
    }
    if args.pos.len() != 1 {
        let n = args.pos.len();
        return Err(vm.type_error(format!("sorted expected 1 argument, got {n}")));
    }
    // As CPython: a new list of the items (list storage, no other copy), sorted in place.
    let mut items = vm.heap_vec_of(&args.pos[0])?;
    vm.sort_objects(items.as_mut_slice(), key.as_ref(), reverse)?;
    vm.new_list_from_vec(items)
}

fn builtin_input(vm: &mut Vm, args: Args) -> PyResult {
    args.check(vm, "input", 0, 1)?;
    let fin = vm.replaced_stdin()?;
    let fout = vm.replaced_stdout()?;
    if fin.is_some() || fout.is_some() {
        return input_from_replaced(vm, args.get(0), fin, fout);
    }
    if let Some(p) = args.get(0) {
        let s = vm.str_text(p)?;
        let s = stdout_bytes(vm, s)?;
        vm.write_stdout_bytes(&s)?;
    }
    vm.flush_stdout_checked()?;
    read_process_line(vm)
}

/// A line of the process's standard input, without its line ending.
fn read_process_line(vm: &mut Vm) -> PyResult {
    let raw = crate::objects::stdin::read_bytes(None, true).map_err(|e| vm.io_error(&e, None))?;
    if raw.is_empty() {
        return Err(vm.eof_error("EOF when reading a line"));
    }
    let (codec, errors) = vm.stdin_codec()?;
    let mut line = crate::text::codecs::decode_wtf8(&raw, codec, &errors)
        .map_err(|e| vm.codec_error(e, crate::vm::unicode_error::CodecInput::Bytes(&raw)))?;
    if line.ends_with(b"\n") {
        line.pop();
        if line.ends_with(b"\r") {
            line.pop();
        }
    }
    vm.new_str_wtf8(&line)
}

/// `input()` when the program replaced `sys.stdin` or `sys.stdout` (a `StringIO` fed
/// to a script, output captured): as CPython, the prompt goes to `sys.stdout.write`,
/// a failing flush is ignored, and the line is `sys.stdin.readline()` less its '\n'.
fn input_from_replaced(
    vm: &mut Vm,
    prompt: Option<&Obj>,
    fin: Option<Obj>,
    fout: Option<Obj>,
) -> PyResult {
    if fin.as_ref().is_some_and(|f| f.ptr_eq(&vm.s.none)) {
        return Err(vm.runtime_error("input(): lost sys.stdin"));
    }
    if fout.as_ref().is_some_and(|f| f.ptr_eq(&vm.s.none)) {
        return Err(vm.runtime_error("input(): lost sys.stdout"));
    }
    match &fout {
        Some(out) => {
            if let Some(p) = prompt {
                let s = vm.str_of(p)?;
                let write = vm.getattr_str(out, "write")?;
                vm.call(&write, vec![s])?;
            }
            // CPython ignores an error from the flush.
            if let Ok(flush) = vm.getattr_str(out, "flush") {
                let _ = vm.call(&flush, vec![]);
            }
        }
        None => {
            if let Some(p) = prompt {
                let s = vm.str_text(p)?;
                let s = stdout_bytes(vm, s)?;
                vm.write_stdout_bytes(&s)?;
            }
            vm.flush_stdout_checked()?;
        }
    }
    let Some(fin) = fin else {
        // Only stdout was replaced: read the process's standard input.
        return read_process_line(vm);
    };
    let readline = vm.getattr_str(&fin, "readline")?;
    let line = vm.call(&readline, vec![])?;
    // A readline() that gives bytes gives input() bytes, less the b'\n'.
    if let Some(b) = crate::objects::bytes::as_bytes(&line) {
        if b.is_empty() {
            return Err(vm.eof_error("EOF when reading a line"));
        }
        return match b.strip_suffix(b"\n") {
            Some(b) => {
                let b = b.to_vec();
                vm.new_bytes(b)
            }
            None => Ok(line),
        };
    }
    let Some(text) = as_str(&line) else {
        return Err(vm.type_error("object.readline() returned non-string"));
    };
    if text.is_empty() {
        return Err(vm.eof_error("EOF when reading a line"));
    }
    match text.strip_suffix('\n') {
        Some(t) => {
            let t = t.to_owned();
            vm.new_str(&t)
        }
        None => Ok(line),
    }
}

fn builtin_any(vm: &mut Vm, args: Args) -> PyResult {
    args.check(vm, "any", 1, 1)?;
    let found = first_with_truth(vm, &args.pos[0], true)?;
    Ok(vm.new_bool(found))
}

fn builtin_all(vm: &mut Vm, args: Args) -> PyResult {
    args.check(vm, "all", 1, 1)?;
    let found = first_with_truth(vm, &args.pos[0], false)?;
    Ok(vm.new_bool(!found))
}

/// Whether some item of `iterable` has truth value `wanted`, reading no further than
/// the first such item.
fn first_with_truth(vm: &mut Vm, iterable: &Obj, wanted: bool) -> PyResult<bool> {
    let it = vm.get_iter(iterable)?;
    loop {
        // A generator's items whose truth needs no Python code and is not the one
        // sought are passed over where it yields them.
        let next = vm.next_with_sink(&it, &mut |vm, v| match vm.builtin_truth(&v) {
            Some(t) if t != wanted => None,
            _ => Some(v),
        })?;
        let Some(v) = next else {
            return Ok(false);
        };
        if vm.truthy(&v)? == wanted {
            return Ok(true);
        }
    }
}

fn builtin_iter(vm: &mut Vm, args: Args) -> PyResult {
    args.check(vm, "iter", 1, 2)?;
    if let Some(sentinel) = args.get(1) {
        let f = args.pos[0].clone();
        if !vm.callable(&f) {
            return Err(vm.type_error("iter(v, w): v must be callable"));
        }
        return Ok(vm.heap.alloc(CallIterObj {
            func: crate::heap::OptObjCell::new(Some(f)),
            sentinel: sentinel.clone(),
        })?);
    }
    vm.get_iter(&args.pos[0])
}

fn builtin_next(vm: &mut Vm, args: Args) -> PyResult {
    args.check(vm, "next", 1, 2)?;
    let it = args.pos[0].clone();
    let is_iter = matches!(
        tag_of(&it),
        Tag::ListIter
            | Tag::TupleIter
            | Tag::StrIter
            | Tag::RangeIter
            | Tag::DictKeyIter
            | Tag::DictValueIter
            | Tag::DictItemIter
            | Tag::Enumerate
            | Tag::Zip
            | Tag::Reversed
            | Tag::SeqIter
            | Tag::Map
            | Tag::Filter
            | Tag::CallIter
            | Tag::Generator
            | Tag::SetIter
            | Tag::BytesIter
            | Tag::DequeIter
            | Tag::Instance
            | Tag::TextStream
            | Tag::BufferedReader
            | Tag::BufferedWriter
            | Tag::BufferedRandom
            | Tag::StringIO
            | Tag::BytesIO
    ) && !crate::vm::is_async_object(&it)
        || vm.native_is_iterator(&it);
    if !is_iter {
        let n = vm.type_name(&it);
        return Err(vm.type_error(format!("'{n}' object is not an iterator")));
    }
    let none = vm.none();
    if let Some(r) = vm.native_await_send(&it, &none) {
        return match r? {
            Ok(v) => Ok(v),
            Err(ret) => match args.get(1) {
                Some(d) => Ok(d.clone()),
                None => Err(vm.stop_iteration(Some(ret).filter(|r| !r.ptr_eq(&vm.s.none)))),
            },
        };
    }
    if tag_of(&it) == Tag::Generator {
        return match vm.resume_generator_value(&it)? {
            Ok(v) => Ok(v),
            Err(ret) => match args.get(1) {
                Some(d) => Ok(d.clone()),
                None => Err(vm.stop_iteration(Some(ret).filter(|r| !r.ptr_eq(&vm.s.none)))),
            },
        };
    }
    if tag_of(&it) == Tag::Instance {
        let cls = vm.type_of(&it);
        if vm.lookup_type_attr(&cls, "__next__").is_none() {
            let n = vm.type_name(&it);
            return Err(vm.type_error(format!("'{n}' object is not an iterator")));
        }
        return match vm.call_special(&it, "__next__", vec![]) {
            Ok(Some(v)) => Ok(v),
            Ok(None) => Err(vm.type_error("not an iterator")),
            Err(e) => {
                let si = vm.exc.stop_iteration.clone();
                match args.get(1) {
                    Some(d) if vm.err_matches(&e, &si) => Ok(d.clone()),
                    _ => Err(e),
                }
            }
        };
    }
    match vm.next(&it)? {
        Some(v) => Ok(v),
        None => match args.get(1) {
            Some(d) => Ok(d.clone()),
            None => Err(vm.stop_iteration(None)),
        },
    }
}

fn builtin_hasattr(vm: &mut Vm, args: Args) -> PyResult {
    args.check(vm, "hasattr", 2, 2)?;
    let name = attr_name(vm, &args.pos[1])?;
    let r = vm.getattr_opt(&args.pos[0], &name)?.is_some();
    Ok(vm.new_bool(r))
}

fn attr_name(vm: &mut Vm, o: &Obj) -> PyResult<Obj> {
    match as_str(o) {
        Some(s) => vm.intern(s),
        // A name holding lone surrogates is used as it is (never interned).
        None if crate::objects::str::as_text(o).is_some() => Ok(o.clone()),
        None => {
            let n = vm.type_name(o);
            Err(vm.type_error(format!("attribute name must be string, not '{n}'")))
        }
    }
}

fn builtin_getattr(vm: &mut Vm, args: Args) -> PyResult {
    args.check(vm, "getattr", 2, 3)?;
    let name = match as_str(&args.pos[1]) {
        Some(s) => vm.intern(s)?,
        None if crate::objects::str::as_text(&args.pos[1]).is_some() => args.pos[1].clone(),
        None => {
            let n = vm.type_name(&args.pos[1]);
            return Err(vm.type_error(format!("attribute name must be string, not '{n}'")));
        }
    };
    match args.get(2) {
        Some(d) => Ok(vm
            .getattr_opt(&args.pos[0], &name)?
            .unwrap_or_else(|| d.clone())),
        None => vm.getattr(&args.pos[0], &name),
    }
}

fn builtin_setattr(vm: &mut Vm, args: Args) -> PyResult {
    args.check(vm, "setattr", 3, 3)?;
    let name = attr_name(vm, &args.pos[1])?;
    vm.setattr(&args.pos[0], &name, args.pos[2].clone())?;
    Ok(vm.none())
}

fn builtin_delattr(vm: &mut Vm, args: Args) -> PyResult {
    args.check(vm, "delattr", 2, 2)?;
    let name = attr_name(vm, &args.pos[1])?;
    vm.delattr(&args.pos[0], &name)?;
    Ok(vm.none())
}

fn builtin_callable(vm: &mut Vm, args: Args) -> PyResult {
    args.check(vm, "callable", 1, 1)?;
    let r = vm.callable(&args.pos[0]);
    Ok(vm.new_bool(r))
}

fn builtin_hash(vm: &mut Vm, args: Args) -> PyResult {
    args.check(vm, "hash", 1, 1)?;
    let h = vm.hash(&args.pos[0])?;
    vm.new_int(h)
}

fn builtin_ord(vm: &mut Vm, args: Args) -> PyResult {
    args.check(vm, "ord", 1, 1)?;
    let o = &args.pos[0];
    if let Some(text) = crate::objects::str::as_text(o) {
        let mut cs = crate::text::wtf8::code_points(text);
        return match (cs.next(), cs.next()) {
            (Some(c), None) => vm.new_int(c as i64),
            _ => Err(vm.type_error(format!(
                "ord() expected a character, but string of length {} found",
                crate::text::wtf8::code_points(text).count()
            ))),
        };
    }
    if let Some(b) = vm.bytes_data(o) {
        if b.len() == 1 {
            return vm.new_int(b[0] as i64);
        }
        return Err(vm.type_error(format!(
            "ord() expected a character, but string of length {} found",
            b.len()
        )));
    }
    let n = vm.type_name(o);
    Err(vm.type_error(format!("ord() expected string of length 1, but {n} found")))
}

fn builtin_chr(vm: &mut Vm, args: Args) -> PyResult {
    args.check(vm, "chr", 1, 1)?;
    let i = match vm.index_value(&args.pos[0]) {
        Some(Ok(i)) if i32::try_from(i).is_ok() => i,
        Some(Ok(_)) | Some(Err(_)) if vm.to_bigint(&args.pos[0]).is_some() => {
            return Err(vm.overflow_error("Python int too large to convert to C int"));
        }
        _ => vm.to_index(&args.pos[0])?,
    };
    match u32::try_from(i).ok().filter(|&cp| cp <= 0x10ffff) {
        Some(cp) => vm.new_code_point(cp),
        None => Err(vm.value_error("chr() arg not in range(0x110000)")),
    }
}

fn int_arg(vm: &mut Vm, o: &Obj) -> PyResult<BigInt> {
    vm.to_index_bigint(o)
}

fn prefixed(vm: &mut Vm, args: Args, name: &str, radix: u32) -> PyResult {
    args.check(vm, name, 1, 1)?;
    let v = int_arg(vm, &args.pos[0])?;
    let s = crate::format::int_to_prefixed(crate::format::IntRef::Big(&v), radix);
    vm.new_str(&s)
}

fn builtin_hex(vm: &mut Vm, args: Args) -> PyResult {
    prefixed(vm, args, "hex", 16)
}

fn builtin_oct(vm: &mut Vm, args: Args) -> PyResult {
    prefixed(vm, args, "oct", 8)
}

fn builtin_bin(vm: &mut Vm, args: Args) -> PyResult {
    prefixed(vm, args, "bin", 2)
}

fn builtin_divmod(vm: &mut Vm, args: Args) -> PyResult {
    args.check(vm, "divmod", 2, 2)?;
    vm.divmod(&args.pos[0], &args.pos[1])
}

fn builtin_format(vm: &mut Vm, args: Args) -> PyResult {
    args.check(vm, "format", 1, 2)?;
    vm.format(&args.pos[0], args.get(1))
}

fn builtin_vars(vm: &mut Vm, args: Args) -> PyResult {
    args.check(vm, "vars", 0, 1)?;
    match args.get(0) {
        None => builtin_locals(vm, args),
        Some(o) => match vm.getattr_opt_str(o, "__dict__")? {
            Some(d) => Ok(d),
            None => Err(vm.type_error("vars() argument must have __dict__ attribute")),
        },
    }
}

fn builtin_dir(vm: &mut Vm, args: Args) -> PyResult {
    args.check(vm, "dir", 0, 1)?;
    let names = match args.get(0) {
        None => {
            let ns = vm.current_namespace();
            let mut names = dict_key_names(&ns);
            names.sort();
            names
        }
        Some(o) => dir_names(vm, o)?,
    };
    name_list(vm, names)
}

fn builtin_globals(vm: &mut Vm, args: Args) -> PyResult {
    args.check(vm, "globals", 0, 0)?;
    match vm.frames_globals() {
        Some(g) => Ok(g),
        None => vm.new_dict(),
    }
}

fn builtin_locals(vm: &mut Vm, args: Args) -> PyResult {
    args.check(vm, "locals", 0, 0)?;
    vm.locals_dict()
}

fn builtin_build_class(vm: &mut Vm, args: Args) -> PyResult {
    vm.build_class(args)
}

fn builtin_import(vm: &mut Vm, args: Args) -> PyResult {
    if args.pos.is_empty() {
        return Err(vm.type_error("__import__() missing required argument 'name'"));
    }
    let name = vm
        .expect_str(&args.pos[0], "__import__() argument 1")?
        .to_owned();
    let level = match args.get(4) {
        Some(l) => vm.to_index(l)?,
        None => 0,
    };
    if level < 0 {
        return Err(vm.value_error("level must be >= 0"));
    }
    if name.is_empty() && level == 0 {
        return Err(vm.value_error("Empty module name"));
    }
    // A dynamic import is checked against the sandbox's allow-list whoever calls it.
    vm.check_import_allowed(&name)?;
    // The import statement's own path: each package on the way is imported and its
    // submodule bound on it (`__import__('a.b')` returns `a` with `a.b` set), and a
    // level above 0 resolves against the calling module's package.
    let name_obj = args.pos[0].clone();
    let fromlist = match args.get(3) {
        Some(f) if vm.truthy(f)? => vm.new_tuple(vec![vm.s.none.clone()])?,
        _ => vm.new_tuple(vec![])?,
    };
    let level = vm.new_int(level)?;
    vm.import_name(&name_obj, &fromlist, &level)
}

fn builtin_exit(vm: &mut Vm, args: Args) -> PyResult {
    let code = args.get(0).cloned();
    let cls = vm.exc.system_exit.clone();
    Err(vm.new_exception(&cls, code.into_iter().collect()))
}

/// The builtin functions, by name.
pub const FUNCTIONS: &[(&str, NativeFn)] = &[
    ("print", builtin_print),
    ("len", builtin_len),
    ("repr", builtin_repr),
    ("ascii", builtin_ascii),
    ("abs", builtin_abs),
    ("min", builtin_min),
    ("max", builtin_max),
    ("sum", builtin_sum),
    ("isinstance", builtin_isinstance),
    ("issubclass", builtin_issubclass),
    ("id", builtin_id),
    ("sorted", builtin_sorted),
    ("input", builtin_input),
    ("any", builtin_any),
    ("all", builtin_all),
    ("iter", builtin_iter),
    ("next", builtin_next),
    ("hasattr", builtin_hasattr),
    ("getattr", builtin_getattr),
    ("setattr", builtin_setattr),
    ("delattr", builtin_delattr),
    ("callable", builtin_callable),
    ("hash", builtin_hash),
    ("ord", builtin_ord),
    ("chr", builtin_chr),
    ("hex", builtin_hex),
    ("oct", builtin_oct),
    ("bin", builtin_bin),
    ("round", builtin_round),
    ("divmod", builtin_divmod),
    ("pow", builtin_pow),
    ("format", builtin_format),
    ("vars", builtin_vars),
    ("dir", builtin_dir),
    ("globals", builtin_globals),
    ("locals", builtin_locals),
    ("__build_class__", builtin_build_class),
    ("__import__", builtin_import),
    ("exit", builtin_exit),
    ("quit", builtin_exit),
    ("open", super::io::builtin_open),
    ("eval", super::builtins_eval::builtin_eval),
    ("exec", super::builtins_eval::builtin_exec),
    ("compile", super::builtins_eval::builtin_compile),
    ("aiter", super::builtins_async::builtin_aiter),
    ("anext", super::builtins_async::builtin_anext),
    ("breakpoint", super::breakpoint::builtin_breakpoint),
];

/// Fills the builtins namespace: functions, types, exceptions and constants.
pub fn init(vm: &mut Vm) -> PyResult<()> {
    super::io::register_types(vm)?;
    let b = vm.builtins.clone();
    let module_name = vm.new_str("builtins")?;
    for (name, f) in FUNCTIONS {
        let fo = vm.heap.alloc(BuiltinFunctionObj::function(
            name,
            crate::vm::policy::native_fn(vm.policy(), "builtins", name, *f),
            Some(module_name.clone()),
        ))?;
        let k = vm.intern(name)?;
        vm.dict_set(&b, k, fo)?;
    }
    let t = &vm.types;
    let types: Vec<(&str, Obj)> = vec![
        ("object", t.object.clone()),
        ("type", t.type_.clone()),
        ("int", t.int.clone()),
        ("bool", t.bool_.clone()),
        ("float", t.float.clone()),
        ("complex", t.by_tag(Tag::Complex).clone()),
        ("str", t.str_.clone()),
        ("tuple", t.tuple.clone()),
        ("list", t.list.clone()),
        ("dict", t.dict.clone()),
        ("set", t.set.clone()),
        ("frozenset", t.frozenset.clone()),
        ("range", t.range.clone()),
        ("slice", t.slice.clone()),
        ("bytes", t.bytes.clone()),
        ("bytearray", t.bytearray.clone()),
        ("property", t.property.clone()),
        ("staticmethod", t.staticmethod.clone()),
        ("classmethod", t.classmethod.clone()),
        ("super", t.super_.clone()),
        ("enumerate", t.by_tag(Tag::Enumerate).clone()),
        ("zip", t.by_tag(Tag::Zip).clone()),
        ("map", t.by_tag(Tag::Map).clone()),
        ("filter", t.by_tag(Tag::Filter).clone()),
        ("reversed", t.by_tag(Tag::Reversed).clone()),
    ];
    for (name, ty) in types {
        let k = vm.intern(name)?;
        vm.dict_set(&b, k, ty)?;
    }
    let memoryview = vm.native_type(&crate::vm::memoryview_methods::MEMORYVIEW)?;
    let k = vm.intern("memoryview")?;
    vm.dict_set(&b, k, memoryview)?;
    for (name, cls) in vm.exc.all() {
        let k = vm.intern(name)?;
        vm.dict_set(&b, k, cls)?;
    }
    // EnvironmentError and IOError are aliases of OSError.
    for alias in ["EnvironmentError", "IOError"] {
        let k = vm.intern(alias)?;
        let v = vm.exc.os_error.clone();
        vm.dict_set(&b, k, v)?;
    }
    let consts: Vec<(&str, Obj)> = vec![
        ("None", vm.none()),
        ("True", vm.new_bool(true)),
        ("False", vm.new_bool(false)),
        ("NotImplemented", vm.s.not_implemented.clone()),
        ("Ellipsis", vm.s.ellipsis.clone()),
        // minipy has no -O: assert statements always run.
        ("__debug__", vm.new_bool(true)),
    ];
    for (name, v) in consts {
        let k = vm.intern(name)?;
        vm.dict_set(&b, k, v)?;
    }
    let k = vm.intern("__name__")?;
    let v = vm.new_str("builtins")?;
    vm.dict_set(&b, k, v)?;
    let doc = vm.new_str(MODULE_DOC)?;
    let package = vm.new_str("")?;
    // minipy's import system has no loader objects or module specs.
    let none = vm.none();
    for (name, v) in [
        ("__doc__", doc),
        ("__package__", package),
        ("__loader__", none.clone()),
        ("__spec__", none),
    ] {
        let k = vm.intern(name)?;
        vm.dict_set(&b, k, v)?;
    }
    order_as_cpython(vm, &b)
}

/// `builtins.__doc__`, as CPython words it.
const MODULE_DOC: &str = "Built-in functions, types, exceptions, and other objects.\n\n\
This module provides direct access to all 'built-in'\n\
identifiers of Python; for example, builtins.len is\n\
the full name for the built-in function len().\n\n\
This module is not normally accessed explicitly by most\n\
applications, but can be useful in modules that provide\n\
objects with the same name as a built-in value, but in\n\
which the built-in of that name is also needed.";

/// The order of CPython 3.11's builtins namespace (`list(vars(builtins))`), which a
/// program listing it sees; names minipy lacks are skipped.
const CPYTHON_ORDER: &[&str] = &[
    "__name__",
    "__doc__",
    "__package__",
    "__loader__",
    "__spec__",
    "__build_class__",
    "__import__",
    "abs",
    "all",
    "any",
    "ascii",
    "bin",
    "breakpoint",
    "callable",
    "chr",
    "compile",
    "delattr",
    "dir",
    "divmod",
    "eval",
    "exec",
    "format",
    "getattr",
    "globals",
    "hasattr",
    "hash",
    "hex",
    "id",
    "input",
    "isinstance",
    "issubclass",
    "iter",
    "aiter",
    "len",
    "locals",
    "max",
    "min",
    "next",
    "anext",
    "oct",
    "ord",
    "pow",
    "print",
    "repr",
    "round",
    "setattr",
    "sorted",
    "sum",
    "vars",
    "None",
    "Ellipsis",
    "NotImplemented",
    "False",
    "True",
    "bool",
    "memoryview",
    "bytearray",
    "bytes",
    "classmethod",
    "complex",
    "dict",
    "enumerate",
    "filter",
    "float",
    "frozenset",
    "property",
    "int",
    "list",
    "map",
    "object",
    "range",
    "reversed",
    "set",
    "slice",
    "staticmethod",
    "str",
    "super",
    "tuple",
    "type",
    "zip",
    "__debug__",
    "BaseException",
    "BaseExceptionGroup",
    "Exception",
    "GeneratorExit",
    "KeyboardInterrupt",
    "SystemExit",
    "ArithmeticError",
    "AssertionError",
    "AttributeError",
    "BufferError",
    "EOFError",
    "ImportError",
    "LookupError",
    "MemoryError",
    "NameError",
    "OSError",
    "ReferenceError",
    "RuntimeError",
    "StopAsyncIteration",
    "StopIteration",
    "SyntaxError",
    "SystemError",
    "TypeError",
    "ValueError",
    "Warning",
    "FloatingPointError",
    "OverflowError",
    "ZeroDivisionError",
    "BytesWarning",
    "DeprecationWarning",
    "EncodingWarning",
    "FutureWarning",
    "ImportWarning",
    "PendingDeprecationWarning",
    "ResourceWarning",
    "RuntimeWarning",
    "SyntaxWarning",
    "UnicodeWarning",
    "UserWarning",
    "BlockingIOError",
    "ChildProcessError",
    "ConnectionError",
    "FileExistsError",
    "FileNotFoundError",
    "InterruptedError",
    "IsADirectoryError",
    "NotADirectoryError",
    "PermissionError",
    "ProcessLookupError",
    "TimeoutError",
    "IndentationError",
    "IndexError",
    "KeyError",
    "ModuleNotFoundError",
    "NotImplementedError",
    "RecursionError",
    "UnboundLocalError",
    "UnicodeError",
    "BrokenPipeError",
    "ConnectionAbortedError",
    "ConnectionRefusedError",
    "ConnectionResetError",
    "TabError",
    "UnicodeDecodeError",
    "UnicodeEncodeError",
    "UnicodeTranslateError",
    "ExceptionGroup",
    "EnvironmentError",
    "IOError",
    "open",
    "quit",
    "exit",
    "copyright",
    "credits",
    "license",
    "help",
];

/// Puts the builtins namespace in CPython's order: each name is taken out and put back
/// in that order, so any name CPython does not have follows them.
fn order_as_cpython(vm: &mut Vm, b: &Obj) -> PyResult<()> {
    let own: Vec<Obj> = b
        .downcast::<crate::objects::DictObj>()
        .map(|d| d.table.borrow().iter().map(|e| e.key.clone()).collect())
        .unwrap_or_default();
    let mut keys = Vec::with_capacity(own.len());
    for name in CPYTHON_ORDER {
        keys.push(vm.intern(name)?);
    }
    keys.extend(
        own.into_iter()
            .filter(|k| as_str(k).is_none_or(|s| !CPYTHON_ORDER.contains(&s))),
    );
    for k in keys {
        if let Some(v) = vm.dict_get_str(b, &k) {
            vm.dict_del_str(b, &k)?;
            vm.dict_set(b, k, v)?;
        }
    }
    Ok(())
}
