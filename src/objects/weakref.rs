//! `weakref.ref` objects: a weak slot in the heap plus an optional callback.

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use super::{Tag, visit_opt};
use crate::declare_payload;
use crate::heap::weak::WeakSlot;
use crate::heap::{Behaviour, NoTail, Obj};
use crate::vm::{PyResult, Vm};

pub struct WeakRefObj {
    pub slot: Rc<WeakSlot>,
    pub callback: RefCell<Option<Obj>>,
    /// The referent's hash, kept once computed (a dead ref still hashes).
    pub hash: Cell<Option<i64>>,
}
declare_payload!(WeakRefObj, "weakref.ReferenceType", Tag::WeakRef, gc);
impl Behaviour for WeakRefObj {
    fn traverse(&self, _: &[NoTail], visit: &mut dyn FnMut(&Obj)) {
        if let Ok(c) = self.callback.try_borrow() {
            visit_opt(&c, visit);
        }
    }
    fn clear(&self) {
        let old = self.callback.try_borrow_mut().map(|mut c| c.take());
        drop(old);
    }
}

impl Vm {
    /// `weakref.ref(target[, callback])`.
    pub fn new_weakref(&mut self, target: &Obj, callback: Option<Obj>) -> PyResult {
        let callback = callback.filter(|c| !c.ptr_eq(&self.s.none));
        if callback.is_none()
            && let Some(existing) = self.heap.weak_find_basic(target)
        {
            return Ok(existing);
        }
        let Some(slot) = self.heap.weak_ref(target) else {
            let n = self.type_name(target);
            return Err(self.type_error(format!("cannot create weak reference to '{n}' object")));
        };
        let basic = callback.is_none();
        let wr = self.heap.alloc(WeakRefObj {
            slot: slot.clone(),
            callback: RefCell::new(callback),
            hash: Cell::new(None),
        })?;
        slot.set_owner(&wr, basic);
        Ok(wr)
    }

    /// `wr()`: the referent, or None once it died.
    pub(crate) fn call_weakref(&mut self, wr: &Obj, args: crate::vm::Args) -> PyResult {
        args.check(self, "weakref", 0, 0)?;
        Ok(wr
            .downcast::<WeakRefObj>()
            .and_then(|w| w.slot.get())
            .unwrap_or_else(|| self.none()))
    }

    /// `repr(wr)`: `<weakref at 0x...; to 'T' at 0x...>` or `<weakref at 0x...; dead>`.
    pub(crate) fn weakref_repr(&mut self, wr: &Obj) -> String {
        match wr.downcast::<WeakRefObj>().and_then(|w| w.slot.get()) {
            Some(t) => {
                let n = self.type_name(&t);
                format!(
                    "<weakref at {:#x}; to '{}' at {:#x}>",
                    wr.addr(),
                    n,
                    t.addr()
                )
            }
            None => format!("<weakref at {:#x}; dead>", wr.addr()),
        }
    }

    /// `hash(wr)`: the referent's hash, remembered; TypeError once dead if never taken.
    pub(crate) fn weakref_hash(&mut self, wr: &Obj) -> PyResult<i64> {
        let Some(w) = wr.downcast::<WeakRefObj>() else {
            return Err(self.bad_payload());
        };
        if let Some(h) = w.hash.get() {
            return Ok(h);
        }
        match w.slot.get() {
            Some(t) => {
                let h = self.hash(&t)?;
                w.hash.set(Some(h));
                Ok(h)
            }
            None => Err(self.type_error("weak object has gone away")),
        }
    }

    /// Calls the callback of a weakref whose referent died; errors are reported as
    /// "Exception ignored in".
    pub(crate) fn run_weak_callback(&mut self, wr: &Obj) {
        let cb = wr
            .downcast::<WeakRefObj>()
            .and_then(|w| w.callback.borrow_mut().take());
        if let Some(cb) = cb
            && let Err(e) = self.call(&cb, vec![wr.clone()])
        {
            let what = self.repr_string(&cb).unwrap_or_default();
            self.report_unraisable(&format!("Exception ignored in: {what}"), e);
        }
    }
}
