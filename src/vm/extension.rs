//! Protocol hooks for the types defined outside the core object set (bytes, deque,
//! weak references, ...). Each type's module adds its cases here.

use crate::compile::bytecode::{BinOpCode, CmpOpCode};
use crate::heap::Obj;

use super::{PyResult, Vm};

impl Vm {
    pub(crate) fn extension_len(&mut self, _o: &Obj) -> Option<usize> {
        None
    }
    pub(crate) fn extension_hash(&mut self, _o: &Obj) -> PyResult<Option<i64>> {
        Ok(None)
    }
    pub(crate) fn extension_write_repr(&mut self, _o: &Obj, _out: &mut String) -> PyResult<bool> {
        Ok(false)
    }
    pub(crate) fn extension_iter(&mut self, _o: &Obj) -> PyResult<Option<Obj>> {
        Ok(None)
    }
    pub(crate) fn extension_next(&mut self, _it: &Obj) -> PyResult<Option<Option<Obj>>> {
        Ok(None)
    }
    pub(crate) fn extension_getitem(&mut self, _o: &Obj, _key: &Obj) -> PyResult<Option<Obj>> {
        Ok(None)
    }
    pub(crate) fn extension_setitem(&mut self, _o: &Obj, _key: &Obj, _value: &Obj) -> PyResult<bool> {
        Ok(false)
    }
    pub(crate) fn extension_delitem(&mut self, _o: &Obj, _key: &Obj) -> PyResult<bool> {
        Ok(false)
    }
    pub(crate) fn extension_contains(&mut self, _c: &Obj, _item: &Obj) -> PyResult<Option<bool>> {
        Ok(None)
    }
    pub(crate) fn extension_compare(&mut self, _op: CmpOpCode, _a: &Obj, _b: &Obj) -> PyResult<Option<bool>> {
        Ok(None)
    }
    pub(crate) fn extension_binary(&mut self, _op: BinOpCode, _a: &Obj, _b: &Obj) -> PyResult<Option<Obj>> {
        Ok(None)
    }
    pub(crate) fn extension_inplace(&mut self, _op: BinOpCode, _a: &Obj, _b: &Obj) -> PyResult<Option<Obj>> {
        Ok(None)
    }
    /// Calls a builtin type defined outside the core set; None if `layout` is unknown.
    pub(crate) fn extension_construct(
        &mut self,
        _cls: &Obj,
        _layout: crate::objects::Tag,
        _args: super::Args,
    ) -> PyResult<Option<Obj>> {
        Ok(None)
    }
    /// `int(x)` for extension types (bytes-like objects are not ints).
    pub(crate) fn extension_to_int(&mut self, _o: &Obj) -> PyResult<Option<Obj>> {
        Ok(None)
    }
    /// Clears weak references to collected objects and runs their callbacks.
    pub(crate) fn weakref_clear_hook(&mut self, _garbage: &[Obj]) {}
    pub(crate) fn extension_special_attr(&mut self, _o: &Obj, _n: &str) -> PyResult<Option<Obj>> {
        Ok(None)
    }
}
