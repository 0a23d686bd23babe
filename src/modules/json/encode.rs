//! `_json.encode` and `_json.encode_str`: the encoder of json.py's `_make_encoder`,
//! piece for piece. Open containers (and objects handed to `default`) sit on an
//! explicit stack that counts against the recursion limit as json.py's does; the text
//! is built in one buffer, with the boundaries of the pieces json.py appends recorded
//! for `iterencode`.

use std::collections::HashSet;

use super::{SHALLOW, base_of, reserve};
use crate::heap::Obj;
use crate::objects::str::as_text;
use crate::objects::tuple::as_tuple;
use crate::objects::{BoolObj, DictObj, FloatObj, IntObj, ListObj, StrObj, Tag, TupleObj, tag_of};
use crate::vm::{Args, PyResult, Vm};

const HEX: &[u8; 16] = b"0123456789abcdef";

/// Decodes the code point at `b[i]` of generalised UTF-8 text (surrogates included);
/// returns it and its length.
fn code_point(b: &[u8], i: usize) -> (u32, usize) {
    let c0 = u32::from(b.get(i).copied().unwrap_or(0));
    let cont = |k: usize| u32::from(b.get(i + k).copied().unwrap_or(0x80) & 0x3F);
    if c0 < 0xE0 {
        (((c0 & 0x1F) << 6) | cont(1), 2)
    } else if c0 < 0xF0 {
        (((c0 & 0x0F) << 12) | (cont(1) << 6) | cont(2), 3)
    } else {
        (
            ((c0 & 0x07) << 18) | (cont(1) << 12) | (cont(2) << 6) | cont(3),
            4,
        )
    }
}

fn push_u(out: &mut Vec<u8>, u: u32) {
    out.extend_from_slice(&[
        b'\\',
        b'u',
        HEX[(u >> 12) as usize & 15],
        HEX[(u >> 8) as usize & 15],
        HEX[(u >> 4) as usize & 15],
        HEX[u as usize & 15],
    ]);
}

/// Appends the JSON string literal of text `s`: the quotes, the two-character escapes,
/// `\u00XX` for the other control characters and, with `ascii`, `\uXXXX` (a surrogate
/// pair past the BMP) for everything from DEL on.
fn escape_into(vm: &Vm, out: &mut Vec<u8>, s: &[u8], ascii: bool) -> PyResult<()> {
    reserve(vm, out, s.len().saturating_add(2))?;
    out.push(b'"');
    let mut i = 0;
    let mut plain = 0;
    while i < s.len() {
        let c = s[i];
        let keep = if ascii {
            (b' '..0x7F).contains(&c) && c != b'"' && c != b'\\'
        } else {
            c >= b' ' && c != b'"' && c != b'\\'
        };
        if keep {
            i += 1;
            continue;
        }
        out.extend_from_slice(&s[plain..i]);
        // An escape is at most 12 bytes (a surrogate pair), and the rest of the text
        // still fits in what was reserved for it.
        reserve(vm, out, 12 + (s.len() - i))?;
        match c {
            b'"' => out.extend_from_slice(b"\\\""),
            b'\\' => out.extend_from_slice(b"\\\\"),
            b'\n' => out.extend_from_slice(b"\\n"),
            b'\r' => out.extend_from_slice(b"\\r"),
            b'\t' => out.extend_from_slice(b"\\t"),
            8 => out.extend_from_slice(b"\\b"),
            12 => out.extend_from_slice(b"\\f"),
            0..0x80 => push_u(out, u32::from(c)),
            _ => {
                let (cp, len) = code_point(s, i);
                if cp >= 0x10000 {
                    let n = cp - 0x10000;
                    push_u(out, 0xd800 | (n >> 10));
                    push_u(out, 0xdc00 | (n & 0x3ff));
                } else {
                    push_u(out, cp);
                }
                i += len;
                plain = i;
                continue;
            }
        }
        i += 1;
        plain = i;
    }
    out.extend_from_slice(&s[plain..]);
    out.push(b'"');
    Ok(())
}

/// The text of a str or of a str subclass's value.
fn str_text<'a>(o: &'a Obj, base: &'a Option<Obj>) -> Option<&'a [u8]> {
    as_text(o).or_else(|| base.as_ref().and_then(|b| as_text(b)))
}

/// `encode_str(s, ensure_ascii)`: the JSON string literal of `s` (a str or subclass).
pub(super) fn encode_str(vm: &mut Vm, args: Args) -> PyResult {
    args.check(vm, "encode_str", 2, 2)?;
    let ascii = vm.truthy(&args.pos[1])?;
    let o = &args.pos[0];
    let base = base_of(vm, o);
    let Some(s) = str_text(o, &base) else {
        return Err(vm.type_error("encode_str() argument 1 must be str"));
    };
    let mut out = Vec::new();
    escape_into(vm, &mut out, s, ascii)?;
    vm.new_str_wtf8(&out)
}

/// Where a list frame's items come from.
enum Items {
    /// An exact list, read by index as its iterator does.
    List(Obj),
    /// An exact tuple.
    Tuple(Obj),
    /// Any other iterable's iterator (a subclass's `__iter__`).
    Iter(Obj),
}

/// Where a dict frame's items come from.
enum Pairs {
    /// An exact dict, walked as its items iterator does.
    Dict {
        dict: Obj,
        len: usize,
        remaining: usize,
    },
    /// The pairs taken at the start: sorted (`sort_keys`), or CPython's C encoder's
    /// list of the items (which a `default` that changes the dict does not disturb).
    Listed(Vec<(Obj, Obj)>),
    /// A subclass's `items()` iterator.
    Iter(Obj),
}

enum Kind {
    List(Items),
    Dict(Pairs),
    Default,
}

struct Frame {
    kind: Kind,
    obj: Obj,
    pos: usize,
    level: usize,
    /// The separator between items (with the newline and indentation).
    sep: Vec<u8>,
    first: bool,
}

struct Encoder {
    markers: Option<HashSet<usize>>,
    default: Obj,
    ascii: bool,
    indent: Option<Vec<u8>>,
    key_sep: Vec<u8>,
    item_sep: Vec<u8>,
    sort_keys: bool,
    skipkeys: bool,
    allow_nan: bool,
    c_encoder: bool,
    out: Vec<u8>,
    /// The end of each piece json.py appends, when the pieces are wanted.
    cuts: Option<Vec<usize>>,
    /// The Python frames below the encoder's caller (iterencode's and those under it).
    frames: usize,
    room: usize,
}

/// A scalar's JSON text is written by `scalar`; containers and others are not scalars.
enum Scalar {
    Done,
    Not,
}

impl Encoder {
    fn cut(&mut self, vm: &Vm) -> PyResult<()> {
        if let Some(c) = &mut self.cuts {
            vm.grow_vec(c, 1)?;
            c.push(self.out.len());
        }
        Ok(())
    }

    fn put(&mut self, vm: &Vm, bytes: &[u8]) -> PyResult<()> {
        reserve(vm, &mut self.out, bytes.len())?;
        self.out.extend_from_slice(bytes);
        Ok(())
    }

    /// Appends one piece.
    fn piece(&mut self, vm: &Vm, bytes: &[u8]) -> PyResult<()> {
        self.put(vm, bytes)?;
        self.cut(vm)
    }

    fn newline(&self, level: usize) -> Vec<u8> {
        let mut v = vec![b'\n'];
        if let Some(ind) = &self.indent {
            for _ in 0..level {
                v.extend_from_slice(ind);
            }
        }
        v
    }

    fn float_text(&mut self, vm: &mut Vm, f: f64) -> PyResult<()> {
        let text: &str = if f.is_nan() {
            "NaN"
        } else if f == f64::INFINITY {
            "Infinity"
        } else if f == f64::NEG_INFINITY {
            "-Infinity"
        } else {
            let r = crate::vm::convert::float_repr(f);
            return self.put(vm, r.as_bytes());
        };
        if !self.allow_nan {
            return Err(vm.value_error("Out of range float values are not JSON compliant"));
        }
        self.put(vm, text.as_bytes())
    }

    fn int_text(&mut self, vm: &mut Vm, o: &Obj) -> PyResult<()> {
        if let Some(i) = o.downcast::<IntObj>() {
            return self.put(vm, itoa::Buffer::new().format(i.0).as_bytes());
        }
        let s = vm.bigint_to_decimal(o)?;
        self.put(vm, s.as_bytes())
    }

    /// Writes the text of a str, None, bool, int or float (or subclass) `v`, unpieced.
    fn scalar(&mut self, vm: &mut Vm, v: &Obj) -> PyResult<Scalar> {
        match tag_of(v) {
            Tag::Str => {
                let t = as_text(v).unwrap_or(&[]);
                escape_into(vm, &mut self.out, t, self.ascii)?;
            }
            Tag::None => self.put(vm, b"null")?,
            Tag::Bool => {
                let b = v.downcast::<BoolObj>().is_some_and(|b| b.0);
                self.put(vm, if b { b"true" } else { b"false" })?;
            }
            Tag::Int | Tag::BigInt => self.int_text(vm, v)?,
            Tag::Float => {
                let f = v.downcast::<FloatObj>().map_or(0.0, |f| f.0);
                self.float_text(vm, f)?;
            }
            Tag::Instance => {
                let Some(base) = base_of(vm, v) else {
                    return Ok(Scalar::Not);
                };
                match tag_of(&base) {
                    Tag::Str => {
                        let t = as_text(&base).unwrap_or(&[]);
                        escape_into(vm, &mut self.out, t, self.ascii)?;
                    }
                    Tag::Int | Tag::BigInt => self.int_text(vm, &base)?,
                    Tag::Float => {
                        let f = base.downcast::<FloatObj>().map_or(0.0, |f| f.0);
                        self.float_text(vm, f)?;
                    }
                    _ => return Ok(Scalar::Not),
                }
            }
            _ => return Ok(Scalar::Not),
        }
        Ok(Scalar::Done)
    }

    /// The text of a dict key as json.py's `key_str` gives it, escaped and quoted, or
    /// None when `skipkeys` drops it.
    fn key(&mut self, vm: &mut Vm, k: &Obj) -> PyResult<Option<Vec<u8>>> {
        let mut text = Vec::new();
        let base = if k.is::<crate::objects::InstanceObj>() {
            base_of(vm, k)
        } else {
            None
        };
        let t = base.as_ref().map_or_else(|| tag_of(k), tag_of);
        let v = base.as_ref().unwrap_or(k);
        let plain: Vec<u8> = match t {
            Tag::Str => {
                escape_into(vm, &mut text, as_text(v).unwrap_or(&[]), self.ascii)?;
                return Ok(Some(text));
            }
            Tag::Float => {
                let saved = std::mem::take(&mut self.out);
                let f = v.downcast::<FloatObj>().map_or(0.0, |f| f.0);
                let r = self.float_text(vm, f);
                let made = std::mem::replace(&mut self.out, saved);
                r?;
                made
            }
            Tag::Bool => {
                if v.downcast::<BoolObj>().is_some_and(|b| b.0) {
                    b"true".to_vec()
                } else {
                    b"false".to_vec()
                }
            }
            Tag::None => b"null".to_vec(),
            Tag::Int => itoa::Buffer::new()
                .format(v.downcast::<IntObj>().map_or(0, |i| i.0))
                .as_bytes()
                .to_vec(),
            Tag::BigInt => vm.bigint_to_decimal(v)?.into_bytes(),
            _ => {
                if self.skipkeys {
                    return Ok(None);
                }
                let n = vm.type_name(k);
                return Err(vm.type_error(format!(
                    "keys must be str, int, float, bool or None, not {n}"
                )));
            }
        };
        escape_into(vm, &mut text, &plain, self.ascii)?;
        Ok(Some(text))
    }

    fn enter(&mut self, vm: &mut Vm, o: &Obj) -> PyResult<()> {
        if let Some(m) = &mut self.markers
            && !m.insert(o.addr())
        {
            return Err(vm.value_error("Circular reference detected"));
        }
        Ok(())
    }

    fn leave(&mut self, o: &Obj) {
        if let Some(m) = &mut self.markers {
            m.remove(&o.addr());
        }
    }

    fn check_room(&mut self, vm: &mut Vm, depth: usize) -> PyResult<()> {
        if depth < self.room {
            return Ok(());
        }
        if self.room == SHALLOW {
            self.room = vm
                .recursion_limit()
                .saturating_sub(self.frames)
                .saturating_sub(usize::from(self.c_encoder));
        }
        if depth >= self.room {
            let what = if self.c_encoder {
                "encoding a JSON object"
            } else {
                "calling a Python object"
            };
            return Err(
                vm.recursion_error(format!("maximum recursion depth exceeded while {what}"))
            );
        }
        Ok(())
    }

    fn frame(&self, kind: Kind, obj: Obj, level: usize) -> Frame {
        let (level, sep) = match &self.indent {
            None => (level, self.item_sep.clone()),
            Some(_) => {
                let mut sep = self.item_sep.clone();
                sep.extend_from_slice(&self.newline(level + 1));
                (level + 1, sep)
            }
        };
        Frame {
            kind,
            obj,
            pos: 0,
            level,
            sep,
            first: true,
        }
    }

    fn open_list(
        &mut self,
        vm: &mut Vm,
        o: &Obj,
        level: usize,
        stack: &mut Vec<Frame>,
    ) -> PyResult<()> {
        let (empty, items) = if let Some(l) = o.downcast::<ListObj>() {
            (l.items.borrow().is_empty(), Items::List(o.clone()))
        } else if o.is::<TupleObj>() {
            (
                as_tuple(o).is_none_or(<[Obj]>::is_empty),
                Items::Tuple(o.clone()),
            )
        } else {
            // A subclass: its truth and its own iterator, as json.py's `if not lst`
            // and `iter(lst)`.
            if !vm.truthy(o)? {
                return self.piece(vm, b"[]");
            }
            self.enter(vm, o)?;
            let it = vm.get_iter(o)?;
            (false, Items::Iter(it))
        };
        if empty {
            return self.piece(vm, b"[]");
        }
        if !matches!(items, Items::Iter(_)) {
            self.enter(vm, o)?;
        }
        let f = self.frame(Kind::List(items), o.clone(), level);
        vm.grow_vec(stack, 1)?;
        stack.push(f);
        Ok(())
    }

    fn open_dict(
        &mut self,
        vm: &mut Vm,
        o: &Obj,
        level: usize,
        stack: &mut Vec<Frame>,
    ) -> PyResult<()> {
        let exact = o.downcast::<DictObj>();
        let empty = match exact {
            Some(d) => d.table.borrow().is_empty(),
            None => !vm.truthy(o)?,
        };
        if empty {
            return self.piece(vm, b"{}");
        }
        self.enter(vm, o)?;
        self.piece(vm, b"{")?;
        let f = self.frame(Kind::Default, o.clone(), level);
        if self.indent.is_some() {
            let nl = self.newline(f.level);
            self.piece(vm, &nl)?;
        }
        let pairs = match exact {
            Some(d) if !self.sort_keys && !self.c_encoder => {
                let len = d.table.borrow().len();
                Pairs::Dict {
                    dict: o.clone(),
                    len,
                    remaining: len,
                }
            }
            _ => {
                let items = if exact.is_some() {
                    let d = exact.map(|d| d.table.borrow());
                    let mut v: Vec<(Obj, Obj)> = Vec::new();
                    if let Some(t) = d {
                        vm.grow_vec(&mut v, t.len())?;
                        v.extend(t.iter().map(|e| (e.key.clone(), e.value.clone())));
                    }
                    v
                } else {
                    let meth = vm.getattr_str(o, "items")?;
                    let items = vm.call(&meth, vec![])?;
                    if !self.sort_keys && !self.c_encoder {
                        let it = vm.get_iter(&items)?;
                        let mut f = f;
                        f.kind = Kind::Dict(Pairs::Iter(it));
                        vm.grow_vec(stack, 1)?;
                        stack.push(f);
                        return Ok(());
                    }
                    let it = vm.get_iter(&items)?;
                    let mut v = Vec::new();
                    while let Some(p) = vm.next(&it)? {
                        let kv = unpack_pair(vm, &p)?;
                        vm.grow_vec(&mut v, 1)?;
                        v.push(kv);
                    }
                    v
                };
                if self.sort_keys {
                    Pairs::Listed(sort_items(vm, items)?)
                } else {
                    Pairs::Listed(items)
                }
            }
        };
        let mut f = f;
        f.kind = Kind::Dict(pairs);
        vm.grow_vec(stack, 1)?;
        stack.push(f);
        Ok(())
    }

    fn close(&mut self, vm: &Vm, f: &Frame) -> PyResult<()> {
        let bracket: &[u8] = match f.kind {
            Kind::Default => {
                self.leave(&f.obj);
                return Ok(());
            }
            Kind::List(_) => b"]",
            Kind::Dict(_) => b"}",
        };
        if self.indent.is_some() {
            let nl = self.newline(f.level.saturating_sub(1));
            self.piece(vm, &nl)?;
        }
        self.piece(vm, bracket)?;
        self.leave(&f.obj);
        Ok(())
    }

    /// The next item of a list frame, or None at its end.
    fn next_item(vm: &mut Vm, f: &mut Frame) -> PyResult<Option<Obj>> {
        let Kind::List(items) = &f.kind else {
            return Ok(None);
        };
        let v = match items {
            Items::List(l) => l
                .downcast::<ListObj>()
                .and_then(|l| l.items.borrow().get(f.pos).cloned()),
            Items::Tuple(t) => as_tuple(t).and_then(|t| t.get(f.pos).cloned()),
            Items::Iter(it) => {
                let it = it.clone();
                vm.next(&it)?
            }
        };
        f.pos += 1;
        Ok(v)
    }

    /// The next pair of a dict frame, or None at its end.
    fn next_pair(vm: &mut Vm, f: &mut Frame) -> PyResult<Option<(Obj, Obj)>> {
        let Kind::Dict(pairs) = &mut f.kind else {
            return Ok(None);
        };
        match pairs {
            Pairs::Dict {
                dict,
                len,
                remaining,
            } => {
                let Some(d) = dict.downcast::<DictObj>() else {
                    return Ok(None);
                };
                let (found, size_now) = {
                    let t = d.table.borrow();
                    let found = t
                        .next_entry(f.pos)
                        .map(|(p, e)| (p, e.key.clone(), e.value.clone()));
                    (found, t.len())
                };
                if size_now != *len {
                    return Err(vm.runtime_error("dictionary changed size during iteration"));
                }
                let Some((p, k, v)) = found else {
                    return Ok(None);
                };
                f.pos = p + 1;
                let Some(left) = remaining.checked_sub(1) else {
                    return Err(vm.runtime_error("dictionary keys changed during iteration"));
                };
                *remaining = left;
                Ok(Some((k, v)))
            }
            Pairs::Listed(v) => {
                let kv = v.get(f.pos).cloned();
                f.pos += 1;
                Ok(kv)
            }
            Pairs::Iter(it) => {
                let it = it.clone();
                match vm.next(&it)? {
                    Some(p) => Ok(Some(unpack_pair(vm, &p)?)),
                    None => Ok(None),
                }
            }
        }
    }

    /// Writes the pieces before the top frame's next value; returns that value when it
    /// is not a scalar (then it is to be opened), or None when the frame ended or wrote
    /// a scalar.
    fn step(&mut self, vm: &mut Vm, f: &mut Frame) -> PyResult<Step> {
        match f.kind {
            Kind::List(_) => {
                let Some(v) = Self::next_item(vm, f)? else {
                    return Ok(Step::End);
                };
                if f.first {
                    self.put(vm, b"[")?;
                    if self.indent.is_some() {
                        let nl = self.newline(f.level);
                        self.put(vm, &nl)?;
                    }
                } else {
                    let sep = std::mem::take(&mut f.sep);
                    let r = self.put(vm, &sep);
                    f.sep = sep;
                    r?;
                }
                f.first = false;
                match self.scalar(vm, &v)? {
                    Scalar::Done => {
                        self.cut(vm)?;
                        Ok(Step::Scalar)
                    }
                    Scalar::Not => {
                        self.cut(vm)?;
                        Ok(Step::Open(v))
                    }
                }
            }
            Kind::Dict(_) => loop {
                let Some((k, v)) = Self::next_pair(vm, f)? else {
                    return Ok(Step::End);
                };
                // An exact str key is escaped straight into the text; others are
                // made (or refused, or skipped) before the separator goes out.
                let other = if k.is::<StrObj>() {
                    None
                } else {
                    match self.key(vm, &k)? {
                        Some(t) => Some(t),
                        None => continue,
                    }
                };
                if !f.first {
                    let sep = std::mem::take(&mut f.sep);
                    let r = self.piece(vm, &sep);
                    f.sep = sep;
                    r?;
                }
                f.first = false;
                match other {
                    Some(t) => self.put(vm, &t)?,
                    None => escape_into(vm, &mut self.out, as_text(&k).unwrap_or(&[]), self.ascii)?,
                }
                self.cut(vm)?;
                let ks = std::mem::take(&mut self.key_sep);
                let r = self.piece(vm, &ks);
                self.key_sep = ks;
                r?;
                return match self.scalar(vm, &v)? {
                    Scalar::Done => {
                        self.cut(vm)?;
                        Ok(Step::Scalar)
                    }
                    Scalar::Not => Ok(Step::Open(v)),
                };
            },
            Kind::Default => Ok(Step::End),
        }
    }

    fn run(&mut self, vm: &mut Vm, o: Obj) -> PyResult<()> {
        let mut stack: Vec<Frame> = Vec::new();
        let mut pending = Some(o);
        loop {
            if let Some(o) = pending.take() {
                if let Scalar::Done = self.scalar(vm, &o)? {
                    self.cut(vm)?;
                } else {
                    self.check_room(vm, stack.len())?;
                    let level = stack.last().map_or(0, |f| f.level);
                    let base = base_of(vm, &o);
                    let t = base.as_ref().map_or_else(|| tag_of(&o), tag_of);
                    match t {
                        Tag::List | Tag::Tuple => self.open_list(vm, &o, level, &mut stack)?,
                        Tag::Dict => self.open_dict(vm, &o, level, &mut stack)?,
                        _ => {
                            self.enter(vm, &o)?;
                            vm.grow_vec(&mut stack, 1)?;
                            stack.push(Frame {
                                kind: Kind::Default,
                                obj: o.clone(),
                                pos: 0,
                                level,
                                sep: Vec::new(),
                                first: true,
                            });
                            let d = self.default.clone();
                            pending = Some(vm.call(&d, vec![o])?);
                            continue;
                        }
                    }
                }
            }
            loop {
                let Some(mut f) = stack.pop() else {
                    return Ok(());
                };
                let step = self.step(vm, &mut f);
                match step {
                    Ok(Step::End) => {
                        self.close(vm, &f)?;
                        continue;
                    }
                    Ok(Step::Scalar) => {
                        stack.push(f);
                        continue;
                    }
                    Ok(Step::Open(v)) => {
                        stack.push(f);
                        pending = Some(v);
                        break;
                    }
                    Err(e) => return Err(e),
                }
            }
        }
    }
}

enum Step {
    End,
    Scalar,
    Open(Obj),
}

/// `k, v = pair`, with the unpacking errors of a `for k, v in ...` loop.
fn unpack_pair(vm: &mut Vm, p: &Obj) -> PyResult<(Obj, Obj)> {
    if p.is::<TupleObj>()
        && let Some([k, v]) = as_tuple(p)
    {
        return Ok((k.clone(), v.clone()));
    }
    let it = match vm.get_iter(p) {
        Ok(it) => it,
        Err(_) => {
            let n = vm.type_name(p);
            return Err(vm.type_error(format!("cannot unpack non-iterable {n} object")));
        }
    };
    let mut got = Vec::new();
    while let Some(x) = vm.next(&it)? {
        got.push(x);
        if got.len() > 2 {
            return Err(vm.value_error("too many values to unpack (expected 2)"));
        }
    }
    match <[Obj; 2]>::try_from(got) {
        Ok([k, v]) => Ok((k, v)),
        Err(got) => Err(vm.value_error(format!(
            "not enough values to unpack (expected 2, got {})",
            got.len()
        ))),
    }
}

/// `sorted(items)`: by the keys' text when all are exact strs (distinct keys decide
/// every comparison), else through the list's own `sort`.
fn sort_items(vm: &mut Vm, mut items: Vec<(Obj, Obj)>) -> PyResult<Vec<(Obj, Obj)>> {
    if items.iter().all(|(k, _)| k.is::<StrObj>()) {
        items.sort_by(|a, b| as_text(&a.0).cmp(&as_text(&b.0)));
        return Ok(items);
    }
    let mut pairs = Vec::with_capacity(items.len());
    for (k, v) in items {
        pairs.push(vm.new_pair(k, v)?);
    }
    let list = vm.new_list(pairs)?;
    let sort = vm.getattr_str(&list, "sort")?;
    vm.call(&sort, vec![])?;
    let sorted: Vec<Obj> = list
        .downcast::<ListObj>()
        .map(|l| l.items.borrow().to_vec())
        .unwrap_or_default();
    let mut out = Vec::with_capacity(sorted.len());
    for p in &sorted {
        out.push(unpack_pair(vm, p)?);
    }
    Ok(out)
}

fn text_arg(vm: &mut Vm, o: &Obj, what: &str) -> PyResult<Vec<u8>> {
    match as_text(o) {
        Some(t) => Ok(t.to_vec()),
        None => Err(vm.type_error(format!("encode() {what} must be str"))),
    }
}

/// `encode(o, check_circular, default, ensure_ascii, indent, key_separator,
/// item_separator, sort_keys, skipkeys, allow_nan, c_encoder, pieces)` (the flags
/// taken by their truth, each once): the JSON text
/// of `o` as one str, or with `pieces` as the list of json.py's pieces (a 1-tuple of
/// the text for `c_encoder`, as CPython's C encoder gives). `indent` is
/// None or a str. Called from json.py's `JSONEncoder._encode`,
/// whose frame stands where the encoder closure's did.
pub(super) fn encode(vm: &mut Vm, args: Args) -> PyResult {
    args.check(vm, "encode", 12, 12)?;
    let a = &args.pos;
    let none = vm.none();
    let mut flags = [false; 12];
    for i in [1, 3, 7, 8, 9, 10, 11] {
        flags[i] = vm.truthy(&a[i])?;
    }
    let flag = |i: usize| flags[i];
    let indent = if a[4].ptr_eq(&none) {
        None
    } else {
        Some(text_arg(vm, &a[4], "indent")?)
    };
    let key_sep = text_arg(vm, &a[5], "key_separator")?;
    let item_sep = text_arg(vm, &a[6], "item_separator")?;
    let pieces = flag(11);
    let mut e = Encoder {
        markers: flag(1).then(HashSet::new),
        default: a[2].clone(),
        ascii: flag(3),
        indent,
        key_sep,
        item_sep,
        sort_keys: flag(7),
        skipkeys: flag(8),
        allow_nan: flag(9),
        c_encoder: flag(10),
        out: Vec::new(),
        cuts: (pieces && !flag(10)).then(Vec::new),
        frames: vm.frames.len().saturating_sub(1),
        room: SHALLOW,
    };
    e.run(vm, a[0].clone())?;
    let Some(cuts) = e.cuts.take() else {
        let text = vm.new_str_wtf8(&e.out)?;
        if pieces {
            // CPython's C encoder gives the whole text as a 1-tuple.
            return vm.new_tuple(vec![text]);
        }
        return Ok(text);
    };
    let mut items = vm.vec_with_room(cuts.len())?;
    let mut from = 0;
    for to in cuts {
        items.push(vm.new_str_wtf8(e.out.get(from..to).unwrap_or(&[]))?);
        from = to;
    }
    vm.new_list(items)
}
