//! `_json.scan`: parses one JSON value from a str, as `JSONDecoder._scan` in json.py
//! does (the same checks in the same order, so the same `JSONDecodeError` messages and
//! positions, the same hook calls, the same key sharing). It works on the text bytes
//! (UTF-8, or generalised UTF-8 with lone surrogates): every delimiter is ASCII, so a
//! byte scan finds what a character scan finds, and positions are turned into
//! character indices only for errors and the returned end.

use rustc_hash::FxHashMap;

use super::{SHALLOW, reserve};
use crate::heap::Obj;
use crate::objects::str::as_text;
use crate::vm::{Args, PyErr, PyResult, Vm};

/// An open container: a list's items, or a dict (or pairs list) and the key whose value
/// comes next.
enum Open {
    Array(Vec<Obj>),
    Object {
        target: Obj,
        pairs: Vec<Obj>,
        key: Obj,
    },
}

/// A string's body as scanned: a span of the document (no escapes) or the decoder's
/// buffer.
enum Body {
    Span(usize, usize),
    Buffer,
}

struct Scanner<'a> {
    b: &'a [u8],
    doc: Obj,
    strict: bool,
    object_hook: Option<Obj>,
    pairs_hook: Option<Obj>,
    parse_float: Option<Obj>,
    parse_int: Option<Obj>,
    parse_constant: Obj,
    error_class: Obj,
    no_value_class: Obj,
    memo: FxHashMap<Vec<u8>, Obj>,
    buf: Vec<u8>,
    /// The Python frames below the scan (json.py's `_scan` frame included).
    frames: usize,
    room: Option<usize>,
}

fn is_ws(c: u8) -> bool {
    matches!(c, b' ' | b'\t' | b'\n' | b'\r')
}

/// The character index of byte offset `pos` of generalised UTF-8 text.
fn char_index(b: &[u8], pos: usize) -> usize {
    let head = b.get(..pos).unwrap_or(b);
    head.iter().filter(|&&c| c & 0xC0 != 0x80).count()
}

/// The byte offset of character `idx`, or None past the end.
fn byte_offset(b: &[u8], idx: usize) -> Option<usize> {
    let mut seen = 0;
    for (i, &c) in b.iter().enumerate() {
        if c & 0xC0 != 0x80 {
            if seen == idx {
                return Some(i);
            }
            seen += 1;
        }
    }
    None
}

fn hex4(b: &[u8], at: usize) -> Option<u32> {
    let digits = b.get(at..at.checked_add(4)?)?;
    let mut v = 0u32;
    for &d in digits {
        v = v * 16 + (d as char).to_digit(16)?;
    }
    Some(v)
}

/// Whether at least `k` characters start at byte `at`.
fn has_chars(b: &[u8], at: usize, k: usize) -> bool {
    b.get(at..)
        .is_some_and(|t| t.iter().filter(|&&c| c & 0xC0 != 0x80).take(k).count() == k)
}

impl Scanner<'_> {
    fn skip_ws(&self, mut i: usize) -> usize {
        while self.b.get(i).is_some_and(|&c| is_ws(c)) {
            i += 1;
        }
        i
    }

    fn at(&self, i: usize) -> Option<u8> {
        self.b.get(i).copied()
    }

    /// `JSONDecodeError(msg, doc, pos)` for byte offset `pos`.
    fn error(&self, vm: &mut Vm, msg: &str, pos: usize) -> PyErr {
        let made = (|| {
            let m = vm.new_str(msg)?;
            let p = vm.new_int(char_index(self.b, pos) as i64)?;
            vm.call(&self.error_class, vec![m, self.doc.clone(), p])
        })();
        match made {
            Ok(e) => PyErr::Exc(e),
            Err(e) => e,
        }
    }

    /// json.py's `_NoValue(pos)`: no value starts at byte offset `pos`.
    fn no_value(&self, vm: &mut Vm, pos: usize) -> PyErr {
        let made = vm
            .new_int(char_index(self.b, pos) as i64)
            .and_then(|p| vm.call(&self.no_value_class, vec![p]));
        match made {
            Ok(e) => PyErr::Exc(e),
            Err(e) => e,
        }
    }

    fn check_room(&mut self, vm: &mut Vm, depth: usize, kind: &str) -> PyResult<()> {
        if depth < SHALLOW {
            return Ok(());
        }
        let room = match self.room {
            Some(r) => r,
            None => {
                let r = vm
                    .recursion_limit()
                    .saturating_sub(self.frames)
                    .saturating_sub(1);
                self.room = Some(r);
                r
            }
        };
        if depth >= room {
            return Err(vm.recursion_error(format!(
                "maximum recursion depth exceeded while decoding a JSON {kind} from a unicode string"
            )));
        }
        Ok(())
    }

    /// Scans the string whose body starts at byte `start` (after the quote); returns
    /// the body and the offset after the closing quote.
    fn string(&mut self, vm: &mut Vm, start: usize) -> PyResult<(Body, usize)> {
        let b = self.b;
        let begin = start - 1;
        let mut owned = false;
        let mut chunk = start;
        let mut j = start;
        loop {
            let Some(&c) = b.get(j) else {
                return Err(self.error(vm, "Unterminated string starting at", begin));
            };
            if c == b'"' {
                if !owned {
                    return Ok((Body::Span(start, j), j + 1));
                }
                self.push(vm, chunk, j)?;
                return Ok((Body::Buffer, j + 1));
            }
            if c == b'\\' {
                if !owned {
                    self.buf.clear();
                    owned = true;
                }
                self.push(vm, chunk, j)?;
                j = self.escape(vm, j, begin)?;
                chunk = j;
                continue;
            }
            if c < b' ' && self.strict {
                return Err(self.error(vm, "Invalid control character at", j));
            }
            j += 1;
        }
    }

    /// Appends the document's bytes `from..to` to the buffer.
    fn push(&mut self, vm: &Vm, from: usize, to: usize) -> PyResult<()> {
        let piece = self.b.get(from..to).unwrap_or(&[]);
        reserve(vm, &mut self.buf, piece.len())?;
        self.buf.extend_from_slice(piece);
        Ok(())
    }

    /// Decodes the escape at byte `at` (a backslash) into the buffer; returns the offset
    /// after it.
    fn escape(&mut self, vm: &mut Vm, at: usize, begin: usize) -> PyResult<usize> {
        let b = self.b;
        let Some(e) = b.get(at + 1).copied() else {
            return Err(self.error(vm, "Unterminated string starting at", begin));
        };
        reserve(vm, &mut self.buf, 4)?;
        let simple = match e {
            b'"' => Some(b'"'),
            b'\\' => Some(b'\\'),
            b'/' => Some(b'/'),
            b'b' => Some(8),
            b'f' => Some(12),
            b'n' => Some(b'\n'),
            b'r' => Some(b'\r'),
            b't' => Some(b'\t'),
            _ => None,
        };
        if let Some(c) = simple {
            self.buf.push(c);
            return Ok(at + 2);
        }
        if e != b'u' {
            return Err(self.error(vm, "Invalid \\escape", at));
        }
        // \uXXXX needs its four hex digits and one more character after them.
        let mut end = at + 6;
        let u = match hex4(b, at + 2) {
            Some(u) if end < b.len() => u,
            _ => return Err(self.error(vm, "Invalid \\uXXXX escape", at + 1)),
        };
        let mut cp = u;
        if (0xd800..=0xdbff).contains(&u)
            && b.get(end) == Some(&b'\\')
            && b.get(end + 1) == Some(&b'u')
            && has_chars(b, end, 7)
        {
            let Some(u2) = hex4(b, end + 2) else {
                return Err(self.error(vm, "Invalid \\uXXXX escape", end + 1));
            };
            if (0xdc00..=0xdfff).contains(&u2) {
                cp = 0x10000 + (((u - 0xd800) << 10) | (u2 - 0xdc00));
                end += 6;
            }
        }
        crate::text::wtf8::push_code_point(&mut self.buf, cp);
        Ok(end)
    }

    /// A str object of a scanned body.
    fn text(&self, vm: &Vm, body: &Body) -> PyResult {
        match body {
            Body::Span(a, z) => vm.new_str_wtf8(self.b.get(*a..*z).unwrap_or(&[])),
            Body::Buffer => vm.new_str_wtf8(&self.buf),
        }
    }

    /// `"key" :` at byte `i` and the whitespace after it; returns the key (shared with
    /// equal keys before it) and the offset of the value.
    fn key(&mut self, vm: &mut Vm, i: usize) -> PyResult<(Obj, usize)> {
        if self.at(i) != Some(b'"') {
            return Err(self.error(vm, "Expecting property name enclosed in double quotes", i));
        }
        let (body, i) = self.string(vm, i + 1)?;
        let bytes = match &body {
            Body::Span(a, z) => self.b.get(*a..*z).unwrap_or(&[]),
            Body::Buffer => &self.buf[..],
        };
        let key = match self.memo.get(bytes) {
            Some(k) => k.clone(),
            None => {
                let owned = bytes.to_vec();
                let k = self.text(vm, &body)?;
                self.memo.insert(owned, k.clone());
                k
            }
        };
        let i = self.skip_ws(i);
        if self.at(i) != Some(b':') {
            return Err(self.error(vm, "Expecting ':' delimiter", i));
        }
        Ok((key, self.skip_ws(i + 1)))
    }

    /// The number at byte `start`: `-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][-+]?[0-9]+)?`.
    fn number(&mut self, vm: &mut Vm, start: usize) -> PyResult<(Obj, usize)> {
        let b = self.b;
        let digit = |i: usize| b.get(i).is_some_and(u8::is_ascii_digit);
        let mut i = start;
        if b.get(i) == Some(&b'-') {
            i += 1;
        }
        match b.get(i) {
            Some(b'0') => i += 1,
            Some(b'1'..=b'9') => {
                i += 1;
                while digit(i) {
                    i += 1;
                }
            }
            _ => return Err(self.no_value(vm, start)),
        }
        let mut is_float = false;
        if b.get(i) == Some(&b'.') && digit(i + 1) {
            is_float = true;
            i += 2;
            while digit(i) {
                i += 1;
            }
        }
        if matches!(b.get(i), Some(b'e' | b'E')) && i + 1 < b.len() {
            let mut j = i + 1;
            if matches!(b.get(j), Some(b'-' | b'+')) {
                j += 1;
            }
            let mut k = j;
            while digit(k) {
                k += 1;
            }
            if k > j {
                is_float = true;
                i = k;
            }
        }
        let text = std::str::from_utf8(b.get(start..i).unwrap_or(&[])).unwrap_or("0");
        let hook = if is_float {
            &self.parse_float
        } else {
            &self.parse_int
        };
        if let Some(h) = hook.clone() {
            let t = vm.new_str(text)?;
            return Ok((vm.call(&h, vec![t])?, i));
        }
        let v = if is_float {
            let f = vm.parse_float_str(text)?;
            vm.new_float(f)?
        } else if text.len() <= 18 {
            vm.new_int(text.parse::<i64>().unwrap_or(0))?
        } else {
            vm.parse_int_str(text, 10)?
        };
        Ok((v, i))
    }

    fn constant(&mut self, vm: &mut Vm, name: &str) -> PyResult {
        let n = vm.new_str(name)?;
        let f = self.parse_constant.clone();
        vm.call(&f, vec![n])
    }

    /// An object just closed, through the hooks.
    fn finish_object(&mut self, vm: &mut Vm, target: Obj, pairs: Vec<Obj>) -> PyResult {
        if let Some(h) = self.pairs_hook.clone() {
            let l = vm.new_list(pairs)?;
            return vm.call(&h, vec![l]);
        }
        if let Some(h) = self.object_hook.clone() {
            return vm.call(&h, vec![target]);
        }
        Ok(target)
    }

    fn literal(&self, i: usize, word: &[u8]) -> bool {
        self.b.get(i..i + word.len()) == Some(word)
    }

    /// The value at byte `i` and the offset after it.
    fn value(&mut self, vm: &mut Vm, mut i: usize) -> PyResult<(Obj, usize)> {
        let mut stack: Vec<Open> = Vec::new();
        loop {
            let Some(c) = self.at(i) else {
                return Err(self.no_value(vm, i));
            };
            let mut val = match c {
                b'"' => {
                    let (body, end) = self.string(vm, i + 1)?;
                    i = end;
                    self.text(vm, &body)?
                }
                b'{' => {
                    self.check_room(vm, stack.len(), "object")?;
                    i = self.skip_ws(i + 1);
                    if self.at(i) == Some(b'}') {
                        i += 1;
                        let d = vm.new_dict()?;
                        self.finish_object(vm, d, Vec::new())?
                    } else {
                        let (key, at) = self.key(vm, i)?;
                        i = at;
                        let target = if self.pairs_hook.is_some() {
                            vm.none()
                        } else {
                            vm.new_dict()?
                        };
                        vm.grow_vec(&mut stack, 1)?;
                        stack.push(Open::Object {
                            target,
                            pairs: Vec::new(),
                            key,
                        });
                        continue;
                    }
                }
                b'[' => {
                    self.check_room(vm, stack.len(), "array")?;
                    i = self.skip_ws(i + 1);
                    if self.at(i) == Some(b']') {
                        i += 1;
                        vm.new_list(Vec::new())?
                    } else {
                        vm.grow_vec(&mut stack, 1)?;
                        stack.push(Open::Array(Vec::new()));
                        continue;
                    }
                }
                b'n' if self.literal(i, b"null") => {
                    i += 4;
                    vm.none()
                }
                b't' if self.literal(i, b"true") => {
                    i += 4;
                    vm.new_bool(true)
                }
                b'f' if self.literal(i, b"false") => {
                    i += 5;
                    vm.new_bool(false)
                }
                b'N' if self.literal(i, b"NaN") => {
                    i += 3;
                    self.constant(vm, "NaN")?
                }
                b'I' if self.literal(i, b"Infinity") => {
                    i += 8;
                    self.constant(vm, "Infinity")?
                }
                b'-' if self.literal(i, b"-Infinity") => {
                    i += 9;
                    self.constant(vm, "-Infinity")?
                }
                _ => {
                    let (v, end) = self.number(vm, i)?;
                    i = end;
                    v
                }
            };
            // Store the value in the innermost container; close those that end here.
            loop {
                let Some(top) = stack.last_mut() else {
                    return Ok((val, i));
                };
                i = self.skip_ws(i);
                let closing = match top {
                    Open::Array(items) => {
                        vm.grow_vec(items, 1)?;
                        items.push(val);
                        self.at(i) == Some(b']')
                    }
                    Open::Object { target, pairs, key } => {
                        if self.pairs_hook.is_some() {
                            let pair = vm.new_pair(key.clone(), val)?;
                            vm.grow_vec(pairs, 1)?;
                            pairs.push(pair);
                        } else {
                            vm.dict_set(target, key.clone(), val)?;
                        }
                        self.at(i) == Some(b'}')
                    }
                };
                if closing {
                    i += 1;
                    val = match stack.pop() {
                        Some(Open::Array(items)) => vm.new_list(items)?,
                        Some(Open::Object { target, pairs, .. }) => {
                            self.finish_object(vm, target, pairs)?
                        }
                        None => vm.none(),
                    };
                    continue;
                }
                if self.at(i) != Some(b',') {
                    return Err(self.error(vm, "Expecting ',' delimiter", i));
                }
                i = self.skip_ws(i + 1);
                if matches!(stack.last(), Some(Open::Object { .. })) {
                    let (k, at) = self.key(vm, i)?;
                    i = at;
                    if let Some(Open::Object { key, .. }) = stack.last_mut() {
                        *key = k;
                    }
                }
                break;
            }
        }
    }
}

fn opt(vm: &Vm, o: &Obj) -> Option<Obj> {
    if o.ptr_eq(&vm.none()) {
        None
    } else {
        Some(o.clone())
    }
}

/// `scan(s, idx, whole, strict, object_hook, object_pairs_hook, parse_float, parse_int,
/// parse_constant, JSONDecodeError, _NoValue)`: with `whole`, the value of the document
/// `s` (whitespace around it allowed, nothing else); without, `(value, end)` for the
/// value at character `idx`. `parse_float` / `parse_int` are None for float / int.
/// Called from json.py's `JSONDecoder._fast`, whose frame stands where `_scan`'s did.
pub(super) fn scan(vm: &mut Vm, args: Args) -> PyResult {
    args.check(vm, "scan", 11, 11)?;
    let a = &args.pos;
    let doc = a[0].clone();
    let Some(b) = as_text(&doc) else {
        return Err(vm.type_error("scan() argument 1 must be str"));
    };
    let idx = vm.to_index(&a[1])?;
    let whole = vm.truthy(&a[2])?;
    let strict = vm.truthy(&a[3])?;
    let mut s = Scanner {
        b,
        doc: doc.clone(),
        strict,
        object_hook: opt(vm, &a[4]),
        pairs_hook: opt(vm, &a[5]),
        parse_float: opt(vm, &a[6]),
        parse_int: opt(vm, &a[7]),
        parse_constant: a[8].clone(),
        error_class: a[9].clone(),
        no_value_class: a[10].clone(),
        memo: FxHashMap::default(),
        buf: Vec::new(),
        frames: vm.frames.len(),
        room: None,
    };
    if idx < 0 {
        return Err(vm.value_error("idx cannot be negative"));
    }
    let ascii = doc
        .downcast::<crate::objects::StrObj>()
        .is_some_and(|so| so.is_ascii());
    let start = if ascii {
        Some(idx as usize).filter(|&i| i < b.len())
    } else {
        byte_offset(b, idx as usize)
    };
    let Some(mut start) = start else {
        // No value starts past the end.
        let p = vm.new_int(idx)?;
        let e = vm.call(&s.no_value_class, vec![p])?;
        return Err(PyErr::Exc(e));
    };
    if whole {
        start = s.skip_ws(start);
    }
    let (val, end) = s.value(vm, start)?;
    if whole {
        let end = s.skip_ws(end);
        if end != b.len() {
            return Err(s.error(vm, "Extra data", end));
        }
        return Ok(val);
    }
    let end_index = if ascii { end } else { char_index(b, end) };
    let e = vm.new_int(end_index as i64)?;
    vm.new_pair(val, e)
}
