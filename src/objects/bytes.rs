//! bytes (immutable, stored inline) and bytearray (a growable heap buffer).

use std::cell::RefCell;

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
}
declare_payload!(ByteArrayObj, "bytearray", Tag::ByteArray, nogc);
impl Behaviour for ByteArrayObj {}

/// The bytes of a bytes object.
pub fn as_bytes(o: &Obj) -> Option<&[u8]> {
    o.downcast_with_tail::<BytesObj>().map(|(_, b)| b)
}

impl Vm {
    pub fn new_bytes(&self, data: Vec<u8>) -> PyResult {
        let n = data.len();
        Ok(self.heap.alloc_with_tail(BytesObj { len: n }, n, data)?)
    }

    pub fn new_bytearray(&self, data: Vec<u8>) -> PyResult {
        let mut v = HeapVec::with_capacity(self.alloc(), data.len())?;
        v.extend_from_slice(self.alloc(), &data)?;
        Ok(self.heap.alloc(ByteArrayObj {
            data: RefCell::new(v),
        })?)
    }
}
