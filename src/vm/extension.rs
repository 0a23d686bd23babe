//! Protocol hooks for the types defined outside the core object set (bytes, deque,
//! weak references, ...). Each type's module adds its cases here.

use crate::compile::bytecode::{BinOpCode, CmpOpCode};
use crate::heap::Obj;

use crate::objects::bytes::{ByteArrayObj, as_bytes};
use crate::objects::{Tag, tag_of};

use super::{PyResult, Vm};

impl Vm {
    pub(crate) fn extension_len(&mut self, o: &Obj) -> Option<usize> {
        if let Some(d) = o.downcast::<crate::objects::deque::DequeObj>() {
            return Some(d.len());
        }
        if let Some(b) = as_bytes(o) {
            return Some(b.len());
        }
        o.downcast::<ByteArrayObj>().map(|b| b.data.borrow().len())
    }
    pub(crate) fn extension_hash(&mut self, o: &Obj) -> PyResult<Option<i64>> {
        if let Some(b) = as_bytes(o) {
            // Equal to the hash of the same text as str, as in CPython.
            let s: String = b.iter().map(|&c| c as char).collect();
            return Ok(Some(crate::objects::str::hash_str(&s)));
        }
        if o.is::<ByteArrayObj>() {
            return Err(self.unhashable(o));
        }
        if tag_of(o) == Tag::Native {
            return self.native_hash(o);
        }
        Ok(None)
    }
    pub(crate) fn extension_write_repr(&mut self, o: &Obj, out: &mut String) -> PyResult<bool> {
        if let Some(b) = as_bytes(o) {
            out.push_str(&crate::text::bytes_repr(b));
            return Ok(true);
        }
        if let Some(b) = o.downcast::<ByteArrayObj>() {
            out.push_str(&crate::text::bytearray_repr(&b.data.borrow()));
            return Ok(true);
        }
        match tag_of(o) {
            Tag::Native => self.native_write_repr(o, out),
            Tag::Deque => self.deque_write_repr(o, out).map(|()| true),
            _ => Ok(false),
        }
    }
    pub(crate) fn extension_iter(&mut self, o: &Obj) -> PyResult<Option<Obj>> {
        match tag_of(o) {
            Tag::Native => self.native_iter(o),
            Tag::Deque => self.deque_iter(o, false).map(Some),
            _ => Ok(None),
        }
    }
    pub(crate) fn extension_next(&mut self, it: &Obj) -> PyResult<Option<Option<Obj>>> {
        match tag_of(it) {
            Tag::Native => self.native_next(it),
            Tag::DequeIter => self.deque_iter_next(it).map(Some),
            _ => Ok(None),
        }
    }
    pub(crate) fn extension_getitem(&mut self, o: &Obj, key: &Obj) -> PyResult<Option<Obj>> {
        match tag_of(o) {
            Tag::Native => self.native_getitem(o, key),
            Tag::Deque => self.deque_getitem(o, key).map(Some),
            _ => Ok(None),
        }
    }
    pub(crate) fn extension_setitem(&mut self, o: &Obj, key: &Obj, value: &Obj) -> PyResult<bool> {
        match tag_of(o) {
            Tag::Native => self.native_setitem(o, key, value),
            Tag::Deque => self.deque_setitem(o, key, value).map(|()| true),
            _ => Ok(false),
        }
    }
    pub(crate) fn extension_delitem(&mut self, o: &Obj, key: &Obj) -> PyResult<bool> {
        match tag_of(o) {
            Tag::Native => self.native_delitem(o, key),
            Tag::Deque => self.deque_delitem(o, key).map(|()| true),
            _ => Ok(false),
        }
    }
    pub(crate) fn extension_contains(&mut self, c: &Obj, item: &Obj) -> PyResult<Option<bool>> {
        match tag_of(c) {
            Tag::Native => self.native_contains(c, item),
            Tag::Deque => self.deque_contains(c, item).map(Some),
            _ => Ok(None),
        }
    }
    pub(crate) fn extension_compare(
        &mut self,
        op: CmpOpCode,
        a: &Obj,
        b: &Obj,
    ) -> PyResult<Option<bool>> {
        if tag_of(a) == Tag::Deque && tag_of(b) == Tag::Deque {
            return self.deque_compare(op, a, b).map(Some);
        }
        let (Some(x), Some(y)) = (self.extension_bytes_data(a), self.extension_bytes_data(b))
        else {
            return Ok(None);
        };
        let o = x.cmp(&y);
        Ok(Some(match op {
            CmpOpCode::Lt => o.is_lt(),
            CmpOpCode::Le => o.is_le(),
            CmpOpCode::Eq => o.is_eq(),
            CmpOpCode::Ne => o.is_ne(),
            CmpOpCode::Gt => o.is_gt(),
            CmpOpCode::Ge => o.is_ge(),
        }))
    }
    pub(crate) fn extension_binary(
        &mut self,
        op: BinOpCode,
        a: &Obj,
        b: &Obj,
    ) -> PyResult<Option<Obj>> {
        if tag_of(a) == Tag::Deque || tag_of(b) == Tag::Deque {
            return self.deque_binary(op, a, b);
        }
        Ok(None)
    }
    pub(crate) fn extension_inplace(
        &mut self,
        op: BinOpCode,
        a: &Obj,
        b: &Obj,
    ) -> PyResult<Option<Obj>> {
        if tag_of(a) == Tag::Deque {
            return self.deque_inplace(op, a, b);
        }
        Ok(None)
    }
    /// Calls a builtin type defined outside the core set; None if `layout` is unknown.
    pub(crate) fn extension_construct(
        &mut self,
        cls: &Obj,
        layout: Tag,
        args: super::Args,
    ) -> PyResult<Option<Obj>> {
        match layout {
            Tag::Native => self.native_construct(cls, args),
            Tag::Deque => self.deque_construct(cls, args).map(Some),
            _ => Ok(None),
        }
    }
    /// `int(x)` for extension types (bytes-like objects are not ints).
    pub(crate) fn extension_to_int(&mut self, _o: &Obj) -> PyResult<Option<Obj>> {
        Ok(None)
    }
    /// The bytes of a bytes-like extension object.
    pub(crate) fn extension_bytes_data(&self, o: &Obj) -> Option<Vec<u8>> {
        if let Some(b) = as_bytes(o) {
            return Some(b.to_vec());
        }
        o.downcast::<ByteArrayObj>()
            .map(|b| b.data.borrow().to_vec())
    }
    /// Clears weak references to collected objects and runs their callbacks.
    pub(crate) fn weakref_clear_hook(&mut self, _garbage: &[Obj]) {}
    pub(crate) fn extension_special_attr(&mut self, o: &Obj, n: &str) -> PyResult<Option<Obj>> {
        match tag_of(o) {
            Tag::Native => self.native_special_attr(o, n),
            Tag::Deque => self.deque_special_attr(o, n),
            _ => Ok(None),
        }
    }
}
