//! Subscription: `o[key]`, `o[key] = v`, `del o[key]`, with slices.

use crate::heap::{HeapVec, Obj};
use crate::objects::slice::adjust_indices;
use crate::objects::str::{as_str, as_str_obj};
use crate::objects::tuple::as_tuple;
use crate::objects::{DictObj, ListObj, RangeObj, SliceObj, Tag, tag_of};

use super::{PyResult, Vm};

/// A resolved index or slice.
pub(crate) enum Index {
    At(i64),
    Slice {
        start: i64,
        stop: i64,
        step: i64,
        len: i64,
    },
}

impl Vm {
    pub fn new_slice(&self, start: Option<Obj>, stop: Option<Obj>, step: Option<Obj>) -> PyResult {
        let none = |o: Option<Obj>| o.filter(|v| !v.ptr_eq(&self.s.none));
        Ok(self.heap.alloc(SliceObj {
            start: none(start),
            stop: none(stop),
            step: none(step),
        })?)
    }

    fn slice_part(&mut self, o: &Option<Obj>) -> PyResult<Option<i64>> {
        match o {
            None => Ok(None),
            // Huge bounds clamp like CPython's PyNumber_AsSsize_t with clipping.
            Some(v) => match self.slice_bound_value(v) {
                Some(r) => r.map(Some),
                None => Err(self.type_error(
                    "slice indices must be integers or None or have an __index__ method",
                )),
            },
        }
    }

    /// `(start, stop, step, length)` of a slice applied to a sequence of `len` items.
    pub(crate) fn slice_indices(&mut self, s: &Obj, len: i64) -> PyResult<(i64, i64, i64, i64)> {
        self.slice_indices_of(s, || len)
    }

    /// [`Vm::slice_indices`] for a sequence that `__index__` may resize: its length is
    /// read by `len` only after the bounds were converted (as CPython's
    /// `PySlice_Unpack` then `PySlice_AdjustIndices`).
    pub(crate) fn slice_indices_of(
        &mut self,
        s: &Obj,
        len: impl FnOnce() -> i64,
    ) -> PyResult<(i64, i64, i64, i64)> {
        let Some(sl) = s.downcast::<SliceObj>() else {
            return Err(self.type_error("expected a slice"));
        };
        let (a, b, c) = (sl.start.clone(), sl.stop.clone(), sl.step.clone());
        let step = self.slice_part(&c)?.unwrap_or(1);
        if step == 0 {
            return Err(self.value_error("slice step cannot be zero"));
        }
        let start = self.slice_part(&a)?;
        let stop = self.slice_part(&b)?;
        Ok(adjust_indices(start, stop, step, len()))
    }

    /// Resolves `key` against a sequence whose length `len` reads (after `__index__` ran,
    /// since that may resize it); `what` names the sequence in errors ("list", "tuple").
    /// Returns the index and the length it was resolved against.
    fn seq_index(
        &mut self,
        key: &Obj,
        len: impl Fn() -> i64,
        what: &str,
    ) -> PyResult<(Index, i64)> {
        if key.is::<SliceObj>() {
            let (start, stop, step, n) = self.slice_indices_of(key, &len)?;
            let index = Index::Slice {
                start,
                stop,
                step,
                len: n,
            };
            return Ok((index, len()));
        }
        match self.index_value(key) {
            Some(r) => {
                let i = match r {
                    Ok(i) => i,
                    Err(e) => {
                        let ie = self.exc.overflow_error.clone();
                        if self.err_matches(&e, &ie) {
                            let name = self.type_name(key);
                            return Err(self.index_error(format!(
                                "cannot fit '{name}' into an index-sized integer"
                            )));
                        }
                        return Err(e);
                    }
                };
                let len = len();
                Ok((Index::At(if i < 0 { i + len } else { i }), len))
            }
            None => {
                let n = self.type_name(key);
                Err(if what == "str" {
                    self.type_error(format!("string indices must be integers, not '{n}'"))
                } else {
                    self.type_error(format!(
                        "{what} indices must be integers or slices, not {n}"
                    ))
                })
            }
        }
    }

    /// `o[key]`.
    pub fn getitem(&mut self, o: &Obj, key: &Obj) -> PyResult {
        match tag_of(o) {
            Tag::List => {
                let Some(l) = o.downcast::<ListObj>() else {
                    return Err(self.bad_payload());
                };
                let len = l.items.borrow().len() as i64;
                if let Some(i) = crate::objects::IntObj::value(key) {
                    let i = if i < 0 { i + len } else { i };
                    if i >= 0 && i < len {
                        return Ok(l.items.borrow()[i as usize].clone());
                    }
                    return Err(self.index_error("list index out of range"));
                }
                let (index, len) = self.seq_index(key, || l.items.borrow().len() as i64, "list")?;
                match index {
                    Index::At(i) => {
                        if i < 0 || i >= len {
                            return Err(self.index_error("list index out of range"));
                        }
                        Ok(l.items.borrow()[i as usize].clone())
                    }
                    Index::Slice {
                        start,
                        step,
                        len: n,
                        ..
                    } => self.list_get_slice(l, start, step, n),
                }
            }
            Tag::Tuple => {
                let items = as_tuple(o).unwrap_or(&[]);
                let len = items.len() as i64;
                if let Some(i) = crate::objects::IntObj::value(key) {
                    let i = if i < 0 { i + len } else { i };
                    if i >= 0 && i < len {
                        return Ok(items[i as usize].clone());
                    }
                    return Err(self.index_error("tuple index out of range"));
                }
                match self.seq_index(key, || len, "tuple")?.0 {
                    Index::At(i) => {
                        if i < 0 || i >= len {
                            return Err(self.index_error("tuple index out of range"));
                        }
                        Ok(items[i as usize].clone())
                    }
                    Index::Slice {
                        start,
                        step,
                        len: n,
                        ..
                    } => self.tuple_get_slice(o, items, start, step, n),
                }
            }
            Tag::Str => self.str_getitem(o, key),
            Tag::Dict => match self.dict_lookup(o, key)? {
                Some(v) => Ok(v),
                None => Err(self.key_error(key.clone())),
            },
            Tag::Range => {
                let Some(r) = o.downcast::<RangeObj>() else {
                    return Err(self.bad_payload());
                };
                match crate::objects::IntObj::value(key) {
                    Some(i) if r.big.is_none() && !key.is::<crate::objects::BoolObj>() => {
                        let i = if i < 0 { i + r.len() } else { i };
                        if i < 0 || i >= r.len() {
                            return Err(self.index_error("range object index out of range"));
                        }
                        self.new_int(r.item(i))
                    }
                    _ => self.range_getitem_general(o, key),
                }
            }
            Tag::Type => self.class_getitem(o, key),
            Tag::Instance => {
                let cls = self.type_of(o);
                if let Some(f) = self.lookup_type_attr(&cls, "__getitem__") {
                    return self.call_method_with(&f, o, std::slice::from_ref(key));
                }
                if let Some(base) = self.base_value(o) {
                    return self.getitem_on_base(o, &base, key);
                }
                Err(self.type_error_for(o, "is not subscriptable"))
            }
            _ => match self.builtin_getitem(o, key)? {
                Some(v) => Ok(v),
                None => Err(self.type_error_for(o, "is not subscriptable")),
            },
        }
    }

    /// `o[key]` for an instance of a subclass of a builtin (dict subclasses honour
    /// `__missing__`).
    pub(crate) fn getitem_on_base(&mut self, o: &Obj, base: &Obj, key: &Obj) -> PyResult {
        if tag_of(base) == Tag::Dict {
            if let Some(v) = self.dict_lookup(base, key)? {
                return Ok(v);
            }
            let cls = self.type_of(o);
            if let Some(m) = self.lookup_type_attr(&cls, "__missing__") {
                return self.call_method_with(&m, o, std::slice::from_ref(key));
            }
            return Err(self.key_error(key.clone()));
        }
        self.getitem(base, key)
    }

    fn str_getitem(&mut self, o: &Obj, key: &Obj) -> PyResult {
        let Some((so, s)) = as_str_obj(o) else {
            return self.wtf8_getitem(o, key);
        };
        let len = so.char_len() as i64;
        let ascii = so.is_ascii();
        match self.seq_index(key, || len, "str")?.0 {
            Index::At(i) => {
                if i < 0 || i >= len {
                    return Err(self.index_error("string index out of range"));
                }
                let c = if ascii {
                    s.as_bytes()[i as usize] as char
                } else {
                    s.chars().nth(i as usize).unwrap_or('\0')
                };
                self.new_char(c)
            }
            Index::Slice {
                start,
                step,
                len: n,
                ..
            } => self.str_get_slice(o, so, s, start, step, n),
        }
    }

    /// `o[key]` for a str holding lone surrogates, over its code points.
    fn wtf8_getitem(&mut self, o: &Obj, key: &Obj) -> PyResult {
        let Some(text) = crate::objects::str::as_text(o) else {
            return Err(self.bad_payload());
        };
        let cps: Vec<u32> = crate::text::wtf8::code_points(text).collect();
        let len = cps.len() as i64;
        match self.seq_index(key, || len, "str")?.0 {
            Index::At(i) => {
                if i < 0 || i >= len {
                    return Err(self.index_error("string index out of range"));
                }
                self.new_code_point(cps[i as usize])
            }
            Index::Slice {
                start,
                step,
                len: n,
                ..
            } => {
                if step == 1 && n == len {
                    return Ok(o.clone());
                }
                let picked = (0..n).map(|k| cps[(start + k * step) as usize]);
                let out = crate::text::wtf8::from_code_points(picked);
                self.new_str_wtf8(&out)
            }
        }
    }

    /// `o[key] = value`.
    pub fn setitem(&mut self, o: &Obj, key: Obj, value: Obj) -> PyResult<()> {
        match tag_of(o) {
            Tag::List => {
                let Some(l) = o.downcast::<ListObj>() else {
                    return Err(self.bad_payload());
                };
                let (index, len) =
                    self.seq_index(&key, || l.items.borrow().len() as i64, "list")?;
                match index {
                    Index::At(i) => {
                        if i < 0 || i >= len {
                            return Err(self.index_error("list assignment index out of range"));
                        }
                        let old = std::mem::replace(&mut l.items.borrow_mut()[i as usize], value);
                        drop(old);
                        Ok(())
                    }
                    Index::Slice {
                        start,
                        stop,
                        step,
                        len: n,
                    } => self.list_set_slice(l, start, stop, step, n, value),
                }
            }
            Tag::Dict => self.dict_set(o, key, value),
            Tag::Instance => {
                let cls = self.type_of(o);
                if let Some(f) = self.lookup_type_attr(&cls, "__setitem__") {
                    self.call_method_with(&f, o, &[key, value])?;
                    return Ok(());
                }
                if let Some(base) = self.base_value(o) {
                    return self.setitem(&base, key, value);
                }
                Err(self.type_error_for(o, "does not support item assignment"))
            }
            _ => {
                if self.builtin_setitem(o, &key, &value)? {
                    return Ok(());
                }
                Err(self.type_error_for(o, "does not support item assignment"))
            }
        }
    }

    /// `del o[key]`.
    pub fn delitem(&mut self, o: &Obj, key: &Obj) -> PyResult<()> {
        match tag_of(o) {
            Tag::List => {
                let Some(l) = o.downcast::<ListObj>() else {
                    return Err(self.bad_payload());
                };
                let (index, len) = self.seq_index(key, || l.items.borrow().len() as i64, "list")?;
                match index {
                    Index::At(i) => {
                        if i < 0 || i >= len {
                            return Err(self.index_error("list assignment index out of range"));
                        }
                        let old = l.items.borrow_mut().remove(i as usize);
                        drop(old);
                        Ok(())
                    }
                    Index::Slice {
                        start,
                        step,
                        len: n,
                        ..
                    } => {
                        if n == 0 {
                            return Ok(());
                        }
                        let (lo, hi, st) = if step > 0 {
                            (start, start + (n - 1) * step, step)
                        } else {
                            (start + (n - 1) * step, start, -step)
                        };
                        let old: Vec<Obj> = {
                            let mut items = l.items.borrow_mut();
                            let mut keep: Vec<Obj> = Vec::with_capacity(items.len());
                            let mut removed = Vec::with_capacity(n as usize);
                            let all = std::mem::take(&mut *items);
                            for (idx, v) in all.into_iter().enumerate() {
                                let i = idx as i64;
                                if i >= lo && i <= hi && (i - lo) % st == 0 {
                                    removed.push(v);
                                } else {
                                    keep.push(v);
                                }
                            }
                            let mut v = HeapVec::with_capacity(self.heap.allocator(), keep.len())?;
                            v.extend(self.heap.allocator(), keep)?;
                            *items = v;
                            removed
                        };
                        // `del l[i:j]` releases the items last to first, as CPython's
                        // `list_ass_slice`; an extended slice's go in index order.
                        if step == 1 {
                            old.into_iter().rev().for_each(drop);
                        } else {
                            drop(old);
                        }
                        Ok(())
                    }
                }
            }
            Tag::Dict => match self.dict_pop(o, key)? {
                Some(_) => Ok(()),
                None => Err(self.key_error(key.clone())),
            },
            Tag::Instance => {
                let cls = self.type_of(o);
                if let Some(f) = self.lookup_type_attr(&cls, "__delitem__") {
                    self.call_method_with(&f, o, std::slice::from_ref(key))?;
                    return Ok(());
                }
                if let Some(base) = self.base_value(o) {
                    return self.delitem(&base, key);
                }
                Err(self.deletion_refused(o, key))
            }
            _ => {
                if self.builtin_delitem(o, key)? {
                    return Ok(());
                }
                Err(self.deletion_refused(o, key))
            }
        }
    }

    /// CPython's two wordings: a type with the sequence protocol given an index
    /// "doesn't support item deletion"; any other case "does not support" it.
    fn deletion_refused(&mut self, o: &Obj, key: &Obj) -> super::PyErr {
        let index = match tag_of(key) {
            Tag::Int | Tag::BigInt | Tag::Bool => true,
            Tag::Instance => {
                let cls = self.type_of(key);
                self.lookup_type_attr(&cls, "__index__").is_some()
            }
            _ => false,
        };
        let sequence = match tag_of(o) {
            Tag::Instance
            | Tag::Str
            | Tag::Bytes
            | Tag::ByteArray
            | Tag::Tuple
            | Tag::List
            | Tag::Range
            | Tag::Set
            | Tag::FrozenSet
            | Tag::Dict
            | Tag::Deque
            | Tag::DictKeys
            | Tag::DictValues
            | Tag::DictItems => true,
            // Native types with a length or membership test (mappingproxy, array,
            // memoryview).
            Tag::Native => {
                let cls = self.type_of(o);
                self.lookup_type_attr(&cls, "__len__").is_some()
                    || self.lookup_type_attr(&cls, "__contains__").is_some()
            }
            _ => false,
        };
        if index && sequence {
            self.type_error_for(o, "doesn't support item deletion")
        } else {
            self.type_error_for(o, "does not support item deletion")
        }
    }

    /// Reads `mapping[key]` for namespaces that may be any mapping (class bodies).
    pub(crate) fn mapping_get(&mut self, m: &Obj, key: &Obj) -> PyResult<Option<Obj>> {
        if m.is::<DictObj>() {
            return Ok(self.dict_get_str(m, key));
        }
        match self.getitem(m, key) {
            Ok(v) => Ok(Some(v)),
            Err(e) if self.err_matches(&e, &self.exc.key_error.clone()) => Ok(None),
            Err(e) => Err(e),
        }
    }

    pub(crate) fn mapping_set(&mut self, m: &Obj, key: Obj, value: Obj) -> PyResult<()> {
        if m.is::<DictObj>() {
            return self.dict_set(m, key, value);
        }
        self.setitem(m, key, value)
    }

    /// Deletes `mapping[key]`; false when absent.
    pub(crate) fn mapping_del(&mut self, m: &Obj, key: &Obj) -> PyResult<bool> {
        if m.is::<DictObj>() {
            return Ok(self.dict_pop(m, key)?.is_some());
        }
        match self.delitem(m, key) {
            Ok(()) => Ok(true),
            Err(e) if self.err_matches(&e, &self.exc.key_error.clone()) => Ok(false),
            Err(e) => Err(e),
        }
    }

    /// Text of a str, for callers that must have one.
    pub fn expect_str<'a>(&mut self, o: &'a Obj, what: &str) -> PyResult<&'a str> {
        match as_str(o) {
            Some(s) => Ok(s),
            None => {
                let n = self.type_name(o);
                Err(self.type_error(format!("{what} must be str, not {n}")))
            }
        }
    }
}
