//! CPython's dict tracking: a dict holding only atomic keys and values (None, numbers,
//! strings, bytes, ...) cannot be part of a reference cycle, so it is left out of the
//! collector's lists (`gc.is_tracked` says False) until a container is stored in it.
//!
//! Every store of a key or value into a dict table goes through `dict_set_hashed`, an
//! instance attribute store, or a whole-table replacement; each calls in here, so an
//! untracked dict never holds a container. As in CPython, a full collection untracks
//! dicts that became atomic again, and a tuple the collector untracked (one of atomic
//! items) counts as atomic.

use super::dict::DictObj;
use crate::heap::{GcState, Obj};
use crate::vm::Vm;

impl Vm {
    /// A new empty dict, untracked as CPython creates them.
    pub(crate) fn new_untracked_dict(&self) -> crate::vm::PyResult {
        let d = self.new_dict()?;
        self.heap.gc.untrack_live(&d);
        Ok(d)
    }

    /// Before `key: value` is stored in `d`: a container makes the dict tracked again.
    #[inline]
    pub(crate) fn dict_note_store(&self, d: &Obj, key: &Obj, value: &Obj) {
        if GcState::may_be_tracked(key) || GcState::may_be_tracked(value) {
            self.heap.gc.retrack(d);
        }
    }

    /// After `d`'s whole table was replaced: tracked exactly when it holds a container.
    pub(crate) fn dict_refresh_tracking(&self, d: &Obj) {
        let Some(dd) = d.downcast::<DictObj>() else {
            return;
        };
        let holds_container = match dd.table.try_borrow() {
            Ok(t) => t
                .iter()
                .any(|e| GcState::may_be_tracked(&e.key) || GcState::may_be_tracked(&e.value)),
            Err(_) => true,
        };
        if holds_container {
            self.heap.gc.retrack(d);
        } else {
            self.heap.gc.untrack_live(d);
        }
    }
}
