//! The state of an `array.array` (the `array` module defines the type): its items'
//! bytes in one heap buffer, and the export count of the memoryviews over them.

use std::cell::{Cell, RefCell};

use super::native::{NativeState, native_state};
use crate::heap::{HeapVec, Obj};

/// The state of an `array.array`.
pub(crate) struct ArrayState {
    pub typecode: u8,
    pub data: RefCell<HeapVec<u8>>,
    /// Live memoryviews of the items: while there are any, the size cannot change.
    pub exports: Cell<u32>,
}

impl NativeState for ArrayState {
    fn buffer_bytes(&self) -> Option<Vec<u8>> {
        self.data.try_borrow().ok().map(|d| d.to_vec())
    }
    fn heap_bytes(&self) -> usize {
        self.data.try_borrow().map_or(0, |d| d.storage_bytes())
    }
}

impl ArrayState {
    pub fn itemsize(&self) -> usize {
        itemsize(self.typecode)
    }

    /// Number of items.
    pub fn len(&self) -> usize {
        self.data.borrow().len() / self.itemsize()
    }

    /// A copy of the bytes.
    pub fn bytes(&self) -> Vec<u8> {
        self.data.borrow().to_vec()
    }

    /// The bytes of item `i` (in range).
    pub fn item_bytes(&self, i: usize) -> Vec<u8> {
        let n = self.itemsize();
        self.data
            .borrow()
            .get(i * n..(i + 1) * n)
            .map(<[u8]>::to_vec)
            .unwrap_or_default()
    }
}

pub(crate) fn itemsize(tc: u8) -> usize {
    match tc {
        b'b' | b'B' => 1,
        b'h' | b'H' => 2,
        b'u' | b'i' | b'I' | b'f' => 4,
        _ => 8,
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
