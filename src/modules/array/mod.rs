//! The `array` module: `array.array`, a compact sequence of numbers (or characters)
//! of one C type, stored in a heap buffer of exactly `itemsize` bytes per item.

use std::cell::RefCell;

use crate::heap::{HeapVec, Obj};
use crate::objects::native::{NativeState, native_state};

/// The state of an `array.array`.
pub(crate) struct ArrayState {
    pub typecode: u8,
    pub data: RefCell<HeapVec<u8>>,
}

impl NativeState for ArrayState {
    fn heap_bytes(&self) -> usize {
        self.data.try_borrow().map_or(0, |d| d.storage_bytes())
    }
}

/// Runs `f` on the bytes of an array.
pub(crate) fn with_array_bytes<R>(o: &Obj, f: impl FnOnce(&[u8]) -> R) -> Option<R> {
    let a = native_state::<ArrayState>(o)?;
    let d = a.data.try_borrow().ok()?;
    Some(f(d.as_slice()))
}

/// Runs `f` on the bytes of an array, writable.
pub(crate) fn with_array_bytes_mut<R>(o: &Obj, f: impl FnOnce(&mut [u8]) -> R) -> Option<R> {
    let a = native_state::<ArrayState>(o)?;
    let mut d = a.data.try_borrow_mut().ok()?;
    Some(f(d.as_mut_slice()))
}

pub(crate) fn create(vm: &mut crate::vm::Vm) -> crate::vm::PyResult<Obj> {
    super::module_with_functions(vm, "array", &[])
}
