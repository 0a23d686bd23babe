//! `sys.getsizeof`: the bytes the heap really handed out for an object and the buffers
//! it owns (exact, because the heap is ours).

use crate::heap::{Allocator, Obj};
use crate::objects::bytes::ByteArrayObj;
use crate::objects::set::set_table;
use crate::objects::{DictObj, ExceptionObj, InstanceObj, ListObj};

use super::Vm;

impl Vm {
    pub fn sizeof(&self, o: &Obj) -> usize {
        let mut n = o.block_bytes() + o.external_bytes();
        if let Some(l) = o.downcast::<ListObj>() {
            n += l.items.borrow().storage_bytes();
        } else if let Some(d) = o.downcast::<DictObj>() {
            n += d.table.borrow().storage_bytes();
        } else if let Some(t) = set_table(o) {
            n += t.borrow().storage_bytes();
        } else if let Some(d) = o.downcast::<crate::objects::deque::DequeObj>()
            && let Ok(s) = d.store.try_borrow()
        {
            n += s.storage_bytes();
        } else if let Some(b) = o.downcast::<ByteArrayObj>() {
            n += b.data.borrow().storage_bytes();
        } else if let Some(nat) = o.downcast::<crate::objects::native::NativeObj>() {
            n += nat.state.heap_bytes();
        } else if let Some(i) = o.downcast::<InstanceObj>() {
            n += i.attrs.storage_bytes();
        } else if let Some(e) = o.downcast::<ExceptionObj>() {
            n += e.attrs.storage_bytes() + e.storage_bytes();
        }
        let _ = Allocator::block_size(0);
        n
    }
}
