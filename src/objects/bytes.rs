//! bytes (immutable, stored inline) and bytearray (a growable heap buffer), and the
//! iterator over either.

use std::cell::{Cell, RefCell};

use super::Tag;
use crate::declare_payload;
use crate::heap::{Behaviour, HeapVec, Obj};
use crate::vm::{PyResult, Vm};

pub struct BytesObj {
    len: usize,
}
declare_payload!(BytesObj, "bytes", Tag::Bytes, nogc, tail = u8);
impl Behaviour for BytesObj {
    fn tail_len(&self) -> usize {
        self.len
    }
}

pub struct ByteArrayObj {
    pub data: RefCell<HeapVec<u8>>,
    /// Live memoryviews of the bytes: while there are any, the size cannot change.
    pub exports: Cell<u32>,
}
declare_payload!(ByteArrayObj, "bytearray", Tag::ByteArray, nogc);
impl Behaviour for ByteArrayObj {}

/// Iterator over a bytes or bytearray object (which cannot hold references, so the
/// iterator cannot be part of a cycle). The sequence is dropped once exhausted.
pub struct BytesIterObj {
    pub seq: RefCell<Option<Obj>>,
    pub index: Cell<usize>,
    /// `ByteArray` for a bytearray's iterator (a type of its own in CPython).
    pub variant: super::iter::IterVariant,
}
declare_payload!(BytesIterObj, "bytes_iterator", Tag::BytesIter, nogc);
impl Behaviour for BytesIterObj {}

/// The bytes of a bytes object.
pub fn as_bytes(o: &Obj) -> Option<&[u8]> {
    o.downcast_with_tail::<BytesObj>().map(|(_, b)| b)
}

/// True for bytes and bytearray objects (not instances of subclasses).
pub fn is_bytes_like(o: &Obj) -> bool {
    as_bytes(o).is_some() || o.is::<ByteArrayObj>()
}

/// Runs `f` on the contents of a bytes or bytearray object (None for anything else).
/// The bytearray stays borrowed only for the duration of `f`, which must not run
/// Python code.
pub fn with_bytes<R>(o: &Obj, f: impl FnOnce(&[u8]) -> R) -> Option<R> {
    if let Some(b) = as_bytes(o) {
        return Some(f(b));
    }
    let ba = o.downcast::<ByteArrayObj>()?;
    let data = ba.data.try_borrow().ok()?;
    Some(f(&data))
}

impl Vm {
    /// CPython's refusal to resize a bytearray that memoryviews look at.
    pub(crate) fn check_resizable(&mut self, ba: &ByteArrayObj) -> PyResult<()> {
        if ba.exports.get() == 0 {
            return Ok(());
        }
        let cls = self.exc.buffer_error.clone();
        Err(self.new_exception_msg(&cls, "Existing exports of data: object cannot be re-sized"))
    }

    pub fn new_bytes(&self, data: Vec<u8>) -> PyResult {
        let n = data.len();
        Ok(self.heap.alloc_with_tail(BytesObj { len: n }, n, data)?)
    }

    pub fn new_bytearray(&self, data: Vec<u8>) -> PyResult {
        let mut v = HeapVec::with_capacity(self.alloc(), data.len())?;
        v.extend_from_slice(self.alloc(), &data)?;
        Ok(self.heap.alloc(ByteArrayObj {
            data: RefCell::new(v),
            exports: Cell::new(0),
        })?)
    }

    /// A bytearray when `bytearray` is true, else bytes.
    pub fn new_bytes_of(&self, bytearray: bool, data: Vec<u8>) -> PyResult {
        if bytearray {
            self.new_bytearray(data)
        } else {
            self.new_bytes(data)
        }
    }
}
