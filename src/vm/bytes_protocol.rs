//! The protocols of bytes and bytearray: construction, indexing and slicing, item and
//! slice assignment, `in`, concatenation and repetition, iteration. `vm/extension.rs`
//! routes the hooks here.

use crate::compile::bytecode::BinOpCode;
use crate::heap::Obj;
use crate::objects::bytes::{ByteArrayObj, BytesIterObj, as_bytes, is_bytes_like, with_bytes};
use crate::objects::str::as_str;
use crate::objects::{FloatObj, SliceObj, Tag, tag_of};
use crate::text::codecs::{Codec, CodecError};
use crate::vm::unicode_error::CodecInput;

use super::{Args, PyErr, PyResult, Vm};

/// Results longer than this are refused with MemoryError before allocating (a failed
/// allocation would abort the process instead).
const MAX_BYTES_LEN: usize = crate::format::error::MAX_RESULT_LEN;

impl Vm {
    /// The contents of a bytes-like argument: bytes, bytearray, or an instance of a
    /// subclass of either.
    pub(crate) fn bytes_like(&self, o: &Obj) -> Option<Vec<u8>> {
        if let Some(v) = with_bytes(o, <[u8]>::to_vec) {
            return Some(v);
        }
        if let Some(n) = o.downcast::<crate::objects::native::NativeObj>() {
            return n.state.buffer_bytes();
        }
        let base = self.base_value(o)?;
        with_bytes(&base, <[u8]>::to_vec)
    }

    /// A bytes-like argument, or CPython's "a bytes-like object is required" error.
    pub(crate) fn bytes_arg(&mut self, o: &Obj) -> PyResult<Vec<u8>> {
        match self.bytes_like(o) {
            Some(v) => Ok(v),
            None => {
                self.refuse_released_view(o)?;
                let n = self.type_name(o);
                Err(self.type_error(format!("a bytes-like object is required, not '{n}'")))
            }
        }
    }

    /// An int in `range(0, 256)`.
    pub(crate) fn byte_value(&mut self, o: &Obj) -> PyResult<u8> {
        let v = self.to_index(o);
        self.byte_in_range(v)
    }

    /// Checks an index value against `range(0, 256)` (huge ints are out of range too).
    pub(crate) fn byte_in_range(&mut self, v: PyResult<i64>) -> PyResult<u8> {
        match v {
            Ok(v) => u8::try_from(v).map_err(|_| self.value_error("byte must be in range(0, 256)")),
            Err(e) if self.err_matches(&e, &self.exc.overflow_error.clone()) => {
                Err(self.value_error("byte must be in range(0, 256)"))
            }
            Err(e) => Err(e),
        }
    }

    /// Turns a codec failure on `input` into the Python exception.
    pub(crate) fn codec_error(&mut self, e: CodecError, input: CodecInput) -> PyErr {
        match e {
            CodecError::Unicode(f) => {
                let size = match input {
                    CodecInput::Bytes(b) => b.len(),
                    CodecInput::Text(s) => s.len(),
                };
                if let Err(e) = self.ensure_room(size) {
                    return e;
                }
                self.unicode_fault_error(f, input)
            }
            CodecError::UnknownHandler(m) => self.lookup_error(m),
        }
    }

    /// A str argument of a codec function (`default` when absent; None is an error,
    /// as in CPython).
    pub(crate) fn str_param(
        &mut self,
        o: Option<&Obj>,
        what: &str,
        default: &str,
    ) -> PyResult<String> {
        let Some(v) = o else {
            return Ok(default.to_owned());
        };
        match as_str(v) {
            Some(s) => Ok(s.to_owned()),
            None => {
                // CPython's bad-argument message spells None's type "None".
                let n = if v.ptr_eq(&self.s.none) {
                    "None".into()
                } else {
                    self.type_name(v)
                };
                Err(self.type_error(format!("{what} must be str, not {n}")))
            }
        }
    }

    /// Encodes (`helper` `_encode_as_text`) or decodes (`_decode_as_text`) `input` with
    /// the codec `encoding` names through the registry of the `codecs` module: the
    /// path for codecs the core does not implement itself, as `unicode_escape`.
    pub(crate) fn registry_codec(
        &mut self,
        helper: &str,
        input: Obj,
        encoding: &str,
        errors: &str,
    ) -> PyResult {
        let codecs = self.import_module("codecs")?;
        let f = self.getattr_str(&codecs, helper)?;
        let encoding = self.new_str(encoding)?;
        let errors = self.new_str(errors)?;
        self.call(&f, vec![input, encoding, errors])
    }

    /// The name of an `errors` argument ("strict" when absent).
    pub(crate) fn errors_arg(&mut self, errors: Option<&Obj>, what: &str) -> PyResult<String> {
        self.str_param(errors, what, "strict")
    }

    /// Decodes `data`; empty data decodes to '' whatever the encoding names, as in
    /// CPython.
    pub(crate) fn decode_args(
        &mut self,
        data: &[u8],
        encoding: Option<&Obj>,
        errors: Option<&Obj>,
        what: &str,
    ) -> PyResult {
        let enc = self.str_param(encoding, &format!("{what}() argument 'encoding'"), "utf-8")?;
        let errors = self.errors_arg(errors, &format!("{what}() argument 'errors'"))?;
        if data.is_empty() {
            return Ok(self.s.empty_str.clone());
        }
        let Some(codec) = Codec::lookup(&enc) else {
            let data = self.new_bytes(data.to_vec())?;
            return self.registry_codec("_decode_as_text", data, &enc, &errors);
        };
        let s = crate::text::codecs::decode_wtf8(data, codec, &errors)
            .map_err(|e| self.codec_error(e, CodecInput::Bytes(data)))?;
        self.new_str_wtf8(&s)
    }

    /// `bytes(...)` / `bytearray(...)`: the contents the constructor arguments describe.
    fn bytes_source(&mut self, mut args: Args, bytearray: bool) -> PyResult<Vec<u8>> {
        let name = if bytearray { "bytearray" } else { "bytes" };
        let source = args.take_kw("source");
        let encoding = args.take_kw("encoding");
        let errors = args.take_kw("errors");
        if let Some((k, _)) = args.kw.first() {
            let k = as_str(k).unwrap_or("?").to_owned();
            return Err(
                self.type_error(format!("'{k}' is an invalid keyword argument for {name}()"))
            );
        }
        if args.len() > 3 {
            return Err(self.type_error(format!(
                "{name}() takes at most 3 arguments ({} given)",
                args.len()
            )));
        }
        let mut pos = args.pos.into_iter();
        let source = pos.next().or(source);
        let encoding = pos.next().or(encoding);
        let errors = pos.next().or(errors);
        let Some(src) = source else {
            if encoding.is_some() {
                return Err(self.type_error("encoding without a string argument"));
            }
            if errors.is_some() {
                return Err(self.type_error("errors without a string argument"));
            }
            return Ok(Vec::new());
        };
        let text = crate::objects::str::as_text;
        if let Some(s) = text(&src).map(<[u8]>::to_vec).or_else(|| {
            self.base_value(&src)
                .and_then(|b| text(&b).map(<[u8]>::to_vec))
        }) {
            if encoding.is_none() {
                return Err(self.type_error("string argument without an encoding"));
            }
            let enc = self.str_param(
                encoding.as_ref(),
                &format!("{name}() argument 'encoding'"),
                "",
            )?;
            let errors =
                self.errors_arg(errors.as_ref(), &format!("{name}() argument 'errors'"))?;
            let Some(codec) = Codec::lookup(&enc) else {
                let data = self.registry_codec("_encode_as_text", src, &enc, &errors)?;
                return Ok(as_bytes(&data).map(<[u8]>::to_vec).unwrap_or_default());
            };
            return crate::text::codecs::encode_wtf8(&s, codec, &errors)
                .map_err(|e| self.codec_error(e, CodecInput::Text(&s)));
        }
        if encoding.is_some() {
            return Err(self.type_error("encoding without a string argument"));
        }
        if errors.is_some() {
            return Err(self.type_error("errors without a string argument"));
        }
        if tag_of(&src) == Tag::Instance
            && let Some(r) = self.call_special(&src, "__bytes__", vec![])?
        {
            return match as_bytes(&r) {
                Some(b) => Ok(b.to_vec()),
                None => {
                    let n = self.type_name(&r);
                    Err(self.type_error(format!("__bytes__ returned non-bytes (type {n})")))
                }
            };
        }
        if let Some(v) = self.bytes_like(&src) {
            return Ok(v);
        }
        self.refuse_released_view(&src)?;
        if let Some(n) = self.index_value(&src) {
            let n = n?;
            if n < 0 {
                return Err(self.value_error("negative count"));
            }
            let n = usize::try_from(n).unwrap_or(usize::MAX);
            if n > MAX_BYTES_LEN {
                return Err(PyErr::NoMemory);
            }
            let mut zeros = self.vec_with_room(n)?;
            zeros.resize(n, 0);
            return Ok(zeros);
        }
        if src.is::<FloatObj>() || self.get_iter(&src).is_err() {
            let n = self.type_name(&src);
            return Err(self.type_error(format!("cannot convert '{n}' object to {name}")));
        }
        self.bytes_from_iterable(&src, bytearray)
    }

    /// CPython's `PyObject_Bytes` as `int.from_bytes` uses it: bytes-like objects,
    /// `__bytes__`, or an iterable of ints in range; a str or an int is refused (unlike
    /// `bytes(...)`, which encodes the one and zero-fills for the other).
    pub(crate) fn bytes_from_object(&mut self, src: &Obj) -> PyResult<Vec<u8>> {
        if tag_of(src) == Tag::Instance
            && let Some(r) = self.call_special(src, "__bytes__", vec![])?
        {
            return match as_bytes(&r) {
                Some(b) => Ok(b.to_vec()),
                None => {
                    let n = self.type_name(&r);
                    Err(self.type_error(format!("__bytes__ returned non-bytes (type {n})")))
                }
            };
        }
        if let Some(v) = self.bytes_like(src) {
            return Ok(v);
        }
        self.refuse_released_view(src)?;
        if as_str(src).is_some() || self.get_iter(src).is_err() {
            let n = self.type_name(src);
            return Err(self.type_error(format!("cannot convert '{n}' object to bytes")));
        }
        self.bytes_from_iterable(src, false)
    }

    /// A released memoryview is no longer bytes-like; CPython says why instead of
    /// treating it as some other object.
    pub(crate) fn refuse_released_view(&mut self, src: &Obj) -> PyResult<()> {
        match crate::objects::memoryview::view_state(src) {
            Some(st) if st.is_released() => {
                Err(self.value_error("operation forbidden on released memoryview object"))
            }
            _ => Ok(()),
        }
    }

    /// The bytes an iterable of ints gives, each checked to be in range(0, 256).
    fn bytes_from_iterable(&mut self, src: &Obj, bytearray: bool) -> PyResult<Vec<u8>> {
        // Bytes are gathered as the items come (no list of int objects).
        let iter = self.get_iter(src)?;
        // A known length is reserved first: bytes(range(10**18)) is a MemoryError at once.
        let hint = crate::objects::iter::builtin_iter_remaining(&iter).unwrap_or(0);
        let mut out = self.vec_with_room(hint)?;
        while let Some(it) = self.next(&iter)? {
            self.grow_vec(&mut out, 1)?;
            // An int too large for an index is out of range as well.
            let v = match self.to_index(&it) {
                Err(e) if self.err_matches(&e, &self.exc.overflow_error.clone()) => -1,
                v => v?,
            };
            match u8::try_from(v) {
                Ok(b) => out.push(b),
                Err(_) if bytearray => {
                    return Err(self.value_error("byte must be in range(0, 256)"));
                }
                Err(_) => return Err(self.value_error("bytes must be in range(0, 256)")),
            }
        }
        Ok(out)
    }

    /// Calls `bytes` or `bytearray`.
    pub(crate) fn construct_bytes(&mut self, layout: Tag, args: Args) -> PyResult<Option<Obj>> {
        match layout {
            Tag::Bytes => {
                if args.len() == 1 && args.kw.is_empty() && as_bytes(&args.pos[0]).is_some() {
                    return Ok(Some(args.pos[0].clone()));
                }
                let data = self.bytes_source(args, false)?;
                self.new_bytes(data).map(Some)
            }
            Tag::ByteArray => {
                let data = self.bytes_source(args, true)?;
                self.new_bytearray(data).map(Some)
            }
            _ => Ok(None),
        }
    }

    /// A resolved integer index into `o`, with list-style overflow handling. The length
    /// is read after `__index__` ran: it may have resized a bytearray.
    fn byte_index(&mut self, key: &Obj, o: &Obj, type_name: &str) -> PyResult<Option<i64>> {
        match self.index_value(key) {
            Some(Ok(i)) => Ok(Some(if i < 0 {
                i + Self::bytes_len(o) as i64
            } else {
                i
            })),
            Some(Err(e)) => {
                if self.err_matches(&e, &self.exc.overflow_error.clone()) {
                    let name = self.type_name(key);
                    return Err(self
                        .index_error(format!("cannot fit '{name}' into an index-sized integer")));
                }
                Err(e)
            }
            None if key.is::<SliceObj>() => Ok(None),
            None => {
                let what = if type_name == "bytes" {
                    "byte"
                } else {
                    type_name
                };
                let n = self.type_name(key);
                Err(self.type_error(format!(
                    "{what} indices must be integers or slices, not {n}"
                )))
            }
        }
    }

    fn bytes_len(o: &Obj) -> usize {
        with_bytes(o, <[u8]>::len).unwrap_or(0)
    }

    /// The positions a slice selects in `o` (its length read after the bounds' `__index__`).
    fn slice_positions(&mut self, key: &Obj, o: &Obj) -> PyResult<Vec<usize>> {
        let (start, _, step, n) = self.slice_indices_of(key, || Self::bytes_len(o) as i64)?;
        Ok((0..n).map(|k| (start + k * step) as usize).collect())
    }

    /// `o[key]` for bytes and bytearray.
    pub(crate) fn bytes_getitem(&mut self, o: &Obj, key: &Obj) -> PyResult<Option<Obj>> {
        if !is_bytes_like(o) {
            return Ok(None);
        }
        let bytearray = o.is::<ByteArrayObj>();
        let tname = if bytearray { "bytearray" } else { "bytes" };
        match self.byte_index(key, o, tname)? {
            Some(i) => {
                let v = usize::try_from(i)
                    .ok()
                    .and_then(|i| with_bytes(o, |d| d.get(i).copied()).flatten());
                match v {
                    Some(b) => self.new_int(i64::from(b)).map(Some),
                    None if bytearray => Err(self.index_error("bytearray index out of range")),
                    None => Err(self.index_error("index out of range")),
                }
            }
            None => {
                let picks = self.slice_positions(key, o)?;
                let data = with_bytes(o, |d| {
                    picks.iter().filter_map(|&i| d.get(i).copied()).collect()
                })
                .unwrap_or_default();
                self.new_bytes_of(bytearray, data).map(Some)
            }
        }
    }

    /// The new contents for a bytearray slice assignment: what `bytearray(value)` would
    /// hold, except that numbers and str are refused.
    fn slice_source(&mut self, value: &Obj) -> PyResult<Vec<u8>> {
        if let Some(v) = self.bytes_like(value) {
            return Ok(v);
        }
        if as_str(value).is_some()
            || value.is::<FloatObj>()
            || super::ops::as_num(value).is_some()
            || self.index_value(value).is_some()
        {
            return Err(self.type_error(
                "can assign only bytes, buffers, or iterables of ints in range(0, 256)",
            ));
        }
        self.bytes_source(Args::new([value.clone()]), true)
    }

    /// `ba[key] = value`.
    pub(crate) fn bytearray_setitem(&mut self, o: &Obj, key: &Obj, value: &Obj) -> PyResult<bool> {
        let Some(ba) = o.downcast::<ByteArrayObj>() else {
            return Ok(false);
        };
        match self.byte_index(key, o, "bytearray")? {
            Some(i) => {
                let b = self.byte_value(value)?;
                let mut data = ba.data.borrow_mut();
                match usize::try_from(i).ok().and_then(|i| data.get_mut(i)) {
                    Some(slot) => *slot = b,
                    None => {
                        drop(data);
                        return Err(self.index_error("bytearray index out of range"));
                    }
                }
            }
            None => {
                let new = self.slice_source(value)?;
                let (start, stop, step, n) =
                    self.slice_indices_of(key, || Self::bytes_len(o) as i64)?;
                let len = Self::bytes_len(o) as i64;
                if step == 1 {
                    let start = start.clamp(0, len) as usize;
                    let stop = (stop.max(start as i64)).clamp(start as i64, len) as usize;
                    if stop - start != new.len() {
                        self.check_resizable(ba)?;
                    }
                    let mut data = ba.data.borrow_mut();
                    data.replace_range(self.heap.allocator(), start..stop, new)?;
                } else if new.is_empty() {
                    self.bytearray_delete(o, key)?;
                } else {
                    if new.len() as i64 != n {
                        return Err(self.value_error(format!(
                            "attempt to assign bytes of size {} to extended slice of size {n}",
                            new.len()
                        )));
                    }
                    let mut data = ba.data.borrow_mut();
                    for (k, b) in new.into_iter().enumerate() {
                        let idx = (start + k as i64 * step) as usize;
                        if let Some(slot) = data.get_mut(idx) {
                            *slot = b;
                        }
                    }
                }
            }
        }
        Ok(true)
    }

    /// Removes the bytes a slice selects.
    fn bytearray_delete(&mut self, o: &Obj, key: &Obj) -> PyResult<()> {
        let Some(ba) = o.downcast::<ByteArrayObj>() else {
            return Ok(());
        };
        let mut picks = self.slice_positions(key, o)?;
        if !picks.is_empty() {
            self.check_resizable(ba)?;
        }
        picks.sort_unstable();
        let mut data = ba.data.borrow_mut();
        let mut k = 0;
        let mut idx = 0;
        data.retain(|_| {
            let drop_it = picks.get(k) == Some(&idx);
            if drop_it {
                k += 1;
            }
            idx += 1;
            !drop_it
        });
        Ok(())
    }

    /// `del ba[key]`.
    pub(crate) fn bytearray_delitem(&mut self, o: &Obj, key: &Obj) -> PyResult<bool> {
        let Some(ba) = o.downcast::<ByteArrayObj>() else {
            return Ok(false);
        };
        match self.byte_index(key, o, "bytearray")? {
            Some(i) => {
                let i = usize::try_from(i).ok().filter(|&i| i < Self::bytes_len(o));
                if i.is_some() {
                    self.check_resizable(ba)?;
                }
                let removed = i.and_then(|i| ba.data.borrow_mut().remove(i));
                if removed.is_none() {
                    return Err(self.index_error("bytearray index out of range"));
                }
            }
            None => self.bytearray_delete(o, key)?,
        }
        Ok(true)
    }

    /// `item in o` for bytes and bytearray.
    pub(crate) fn bytes_contains(&mut self, o: &Obj, item: &Obj) -> PyResult<Option<bool>> {
        if !is_bytes_like(o) {
            return Ok(None);
        }
        if let Some(v) = self.index_value(item) {
            let b = self.byte_in_range(v)?;
            return Ok(with_bytes(o, |d| d.contains(&b)));
        }
        let needle = self.bytes_arg(item)?;
        Ok(with_bytes(o, |d| {
            crate::text::bytes_ops::find(d, &needle, None, None) >= 0
        }))
    }

    /// `seq * n` for a bytes-like `seq`.
    fn bytes_repeat(&mut self, seq: &Obj, n: &Obj) -> PyResult<Option<Obj>> {
        let bytearray = seq.is::<ByteArrayObj>();
        let count = match self.index_value(n) {
            Some(r) => r?,
            None => {
                let t = self.type_name(n);
                return Err(
                    self.type_error(format!("can't multiply sequence by non-int of type '{t}'"))
                );
            }
        };
        let data = with_bytes(seq, <[u8]>::to_vec).unwrap_or_default();
        let count = usize::try_from(count).unwrap_or(0);
        let total = data.len().checked_mul(count);
        if !bytearray && total.is_none_or(|t| t > isize::MAX as usize) {
            return Err(self.overflow_error("repeated bytes are too long"));
        }
        let total = total.ok_or(PyErr::NoMemory)?;
        if total > MAX_BYTES_LEN {
            return Err(PyErr::NoMemory);
        }
        let mut out = self.vec_with_room(total)?;
        if !data.is_empty() {
            for _ in 0..count {
                out.extend_from_slice(&data);
            }
        }
        self.new_bytes_of(bytearray, out).map(Some)
    }

    /// `a + b` and `a * n` when `a` (or, for `*`, `b`) is bytes or bytearray.
    pub(crate) fn bytes_binary(
        &mut self,
        op: BinOpCode,
        a: &Obj,
        b: &Obj,
    ) -> PyResult<Option<Obj>> {
        match op {
            BinOpCode::Add if is_bytes_like(a) => {
                let Some(y) = self.bytes_like(b) else {
                    let (na, nb) = (self.type_name(a), self.type_name(b));
                    return Err(self.type_error(format!("can't concat {nb} to {na}")));
                };
                let mut x = with_bytes(a, <[u8]>::to_vec).unwrap_or_default();
                x.extend_from_slice(&y);
                self.new_bytes_of(a.is::<ByteArrayObj>(), x).map(Some)
            }
            BinOpCode::Mul if is_bytes_like(a) => self.bytes_repeat(a, b),
            BinOpCode::Mod if is_bytes_like(a) => self.bytes_percent_format(a, b).map(Some),
            BinOpCode::Mul if is_bytes_like(b) => self.bytes_repeat(b, a),
            _ => Ok(None),
        }
    }

    /// `ba += x` and `ba *= n`, in place.
    pub(crate) fn bytearray_inplace(
        &mut self,
        op: BinOpCode,
        a: &Obj,
        b: &Obj,
    ) -> PyResult<Option<Obj>> {
        let Some(ba) = a.downcast::<ByteArrayObj>() else {
            return Ok(None);
        };
        match op {
            BinOpCode::Add => {
                let Some(y) = self.bytes_like(b) else {
                    let nb = self.type_name(b);
                    return Err(self.type_error(format!("can't concat {nb} to bytearray")));
                };
                if !y.is_empty() {
                    self.check_resizable(ba)?;
                    // CPython holds `b`'s buffer while it resizes: `ba += ba` is a
                    // resize of an exported bytearray.
                    if a.ptr_eq(b) {
                        ba.exports.set(ba.exports.get() + 1);
                        let r = self.check_resizable(ba);
                        ba.exports.set(ba.exports.get() - 1);
                        r?;
                    }
                }
                ba.data
                    .borrow_mut()
                    .extend_from_slice(self.heap.allocator(), &y)?;
                Ok(Some(a.clone()))
            }
            BinOpCode::Mul => {
                let Some(r) = self.index_value(b) else {
                    let t = self.type_name(b);
                    return Err(self
                        .type_error(format!("can't multiply sequence by non-int of type '{t}'")));
                };
                let count = usize::try_from(r?).unwrap_or(0);
                let data = with_bytes(a, <[u8]>::to_vec).unwrap_or_default();
                if data.len().saturating_mul(count) > MAX_BYTES_LEN {
                    return Err(PyErr::NoMemory);
                }
                self.room_for(data.len(), count)?;
                if count != 1 && !data.is_empty() {
                    self.check_resizable(ba)?;
                }
                let mut d = ba.data.borrow_mut();
                d.clear();
                d.extend_from_slice(self.heap.allocator(), &data.repeat(count))?;
                drop(d);
                Ok(Some(a.clone()))
            }
            _ => Ok(None),
        }
    }

    /// `int(b)`: the ASCII digits of a bytes-like object, in base 10.
    pub(crate) fn bytes_to_int(&mut self, o: &Obj) -> PyResult<Option<Obj>> {
        let Some(data) = self.bytes_like(o) else {
            return Ok(None);
        };
        let invalid = |vm: &mut Vm| {
            vm.value_error(format!(
                "invalid literal for int() with base 10: {}",
                crate::text::bytes_repr(&data)
            ))
        };
        let Some(text) = std::str::from_utf8(&data).ok().filter(|_| data.is_ascii()) else {
            return Err(invalid(self));
        };
        match self.parse_int_str(text, 10) {
            Ok(v) => Ok(Some(v)),
            Err(e) if self.err_matches(&e, &self.exc.value_error.clone()) => Err(invalid(self)),
            Err(e) => Err(e),
        }
    }

    /// `iter(o)` for bytes and bytearray.
    pub(crate) fn bytes_iter(&mut self, o: &Obj) -> PyResult<Option<Obj>> {
        if !is_bytes_like(o) {
            return Ok(None);
        }
        let variant = if o.is::<ByteArrayObj>() {
            crate::objects::iter::IterVariant::ByteArray
        } else {
            crate::objects::iter::IterVariant::Plain
        };
        Ok(Some(self.heap.alloc(BytesIterObj {
            seq: std::cell::RefCell::new(Some(o.clone())),
            index: std::cell::Cell::new(0),
            variant,
        })?))
    }

    /// `next(it)` for a bytes iterator.
    pub(crate) fn bytes_iter_next(&mut self, it: &Obj) -> PyResult<Option<Option<Obj>>> {
        let Some(bi) = it.downcast::<BytesIterObj>() else {
            return Ok(None);
        };
        let seq = bi.seq.borrow().clone();
        let Some(seq) = seq else {
            return Ok(Some(None));
        };
        let i = bi.index.get();
        match with_bytes(&seq, |d| d.get(i).copied()).flatten() {
            Some(b) => {
                bi.index.set(i + 1);
                self.new_int(i64::from(b)).map(|v| Some(Some(v)))
            }
            None => {
                let old = bi.seq.borrow_mut().take();
                drop(old);
                Ok(Some(None))
            }
        }
    }
}
