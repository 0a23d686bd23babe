//! Weak references. A `WeakSlot` remembers an object without owning a reference to it;
//! the heap keeps a registry from each weakly referenced object to its slots and clears
//! them when the object is freed (by refcounting or by the collector), queueing the
//! owning weakref objects so that the interpreter can run their callbacks.

use std::cell::Cell;
use std::ptr::NonNull;
use std::rc::{Rc, Weak};

use super::gc::head_of;
use super::object::Header;
use super::{HeapState, Obj, flags};

pub struct WeakSlot {
    target: Cell<Option<NonNull<Header>>>,
    /// A reference without callback: `weakref.ref(x)` returns the same one each time.
    basic: Cell<bool>,
    /// The weakref object this slot belongs to, if it wants its callback run.
    owner: Cell<Option<NonNull<Header>>>,
}

impl WeakSlot {
    /// A strong reference to the target, if it is still alive.
    pub fn get(&self) -> Option<Obj> {
        let h = self.target.get()?;
        // SAFETY: a registered target is alive: the heap clears every slot of an object
        // before freeing it (and before its refcount is allowed to be zero at a point
        // where this could run), so the pointer is valid and the object has a count.
        unsafe {
            let hdr = &*h.as_ptr();
            hdr.rc.set(hdr.rc.get() + 1);
            Some(Obj::from_raw(h))
        }
    }

    pub fn is_alive(&self) -> bool {
        self.target.get().is_some()
    }

    /// The target's address (its `id()`), while alive.
    pub fn target_addr(&self) -> Option<usize> {
        self.target.get().map(|h| h.as_ptr() as usize)
    }

    /// Records the weakref object owning this slot (its callback runs when the target
    /// dies). The owner must own the slot, so it outlives the registration.
    pub fn set_owner(&self, owner: &Obj, basic: bool) {
        self.owner.set(Some(owner.as_ptr()));
        self.basic.set(basic);
    }
}

impl HeapState {
    /// A new weak reference to `target`; None for objects that cannot be weakly
    /// referenced (only containers can, as in CPython where ints, strs and tuples can't).
    pub fn weak_ref(&self, target: &Obj) -> Option<Rc<WeakSlot>> {
        if !target.vtable().is_gc {
            return None;
        }
        let h = target.as_ptr();
        let slot = Rc::new(WeakSlot {
            target: Cell::new(Some(h)),
            basic: Cell::new(false),
            owner: Cell::new(None),
        });
        let mut reg = self.weak_registry.borrow_mut();
        let list = reg.entry(h.as_ptr() as usize).or_default();
        list.retain(|w| w.strong_count() > 0);
        list.push(Rc::downgrade(&slot));
        // SAFETY: target is a live container, so it has a GcHead.
        let head = unsafe { head_of(h) };
        head.set_flags(head.flags() | flags::HAS_WEAKREFS);
        Some(slot)
    }

    /// The existing callback-free weakref object to `target`, if any.
    pub fn weak_find_basic(&self, target: &Obj) -> Option<Obj> {
        let reg = self.weak_registry.borrow();
        let list = reg.get(&(target.as_ptr().as_ptr() as usize))?;
        for w in list {
            if let Some(slot) = w.upgrade()
                && slot.basic.get()
                && slot.is_alive()
                && let Some(owner) = slot.owner.get()
            {
                // SAFETY: the owner holds this slot, so it is alive if its count is not
                // zero (a zero count means it is being freed right now: skip it).
                unsafe {
                    let hdr = &*owner.as_ptr();
                    if hdr.rc.get() > 0 {
                        hdr.rc.set(hdr.rc.get() + 1);
                        return Some(Obj::from_raw(owner));
                    }
                }
            }
        }
        None
    }

    /// The weakref objects (owners) referring to `target`, most recent last.
    pub fn weak_owners(&self, target: &Obj) -> Vec<Obj> {
        let reg = self.weak_registry.borrow();
        let mut out = Vec::new();
        if let Some(list) = reg.get(&(target.as_ptr().as_ptr() as usize)) {
            for w in list {
                if let Some(slot) = w.upgrade()
                    && slot.is_alive()
                    && let Some(owner) = slot.owner.get()
                {
                    // SAFETY: as in weak_find_basic.
                    unsafe {
                        let hdr = &*owner.as_ptr();
                        if hdr.rc.get() > 0 {
                            hdr.rc.set(hdr.rc.get() + 1);
                            out.push(Obj::from_raw(owner));
                        }
                    }
                }
            }
        }
        out
    }

    /// Number of live weak references to `target` (`weakref.getweakrefcount`).
    pub fn weak_count(&self, target: &Obj) -> usize {
        self.weak_registry
            .borrow()
            .get(&(target.as_ptr().as_ptr() as usize))
            .map_or(0, |l| {
                l.iter()
                    .filter(|w| w.upgrade().is_some_and(|s| s.is_alive()))
                    .count()
            })
    }

    /// Clears the weak references to a dying object and queues the weakref objects whose
    /// callbacks must run.
    ///
    /// # Safety
    /// `h` is a live container.
    #[inline(always)]
    pub(super) unsafe fn clear_weakrefs(&self, h: NonNull<Header>) {
        // SAFETY: forwarded contract.
        let head = unsafe { head_of(h) };
        if head.flags() & flags::HAS_WEAKREFS != 0 {
            // SAFETY: forwarded contract.
            unsafe { self.clear_registered_weakrefs(h) };
        }
    }

    /// `clear_weakrefs` of an object that has weak references.
    ///
    /// # Safety
    /// `h` is a live container.
    #[inline(never)]
    unsafe fn clear_registered_weakrefs(&self, h: NonNull<Header>) {
        // SAFETY: forwarded contract.
        let head = unsafe { head_of(h) };
        head.set_flags(head.flags() & !flags::HAS_WEAKREFS);
        let slots: Vec<Weak<WeakSlot>> = self
            .weak_registry
            .borrow_mut()
            .remove(&(h.as_ptr() as usize))
            .unwrap_or_default();
        let mut callbacks = Vec::new();
        for w in slots {
            if let Some(slot) = w.upgrade() {
                slot.target.set(None);
                if let Some(owner) = slot.owner.take() {
                    // SAFETY: the owner holds the slot (we just upgraded it), so the owner's
                    // payload is not yet dropped; it is alive with a non-zero count unless it
                    // is being freed right now, which the upgrade rules out.
                    unsafe {
                        let hdr = &*owner.as_ptr();
                        if hdr.rc.get() > 0 {
                            hdr.rc.set(hdr.rc.get() + 1);
                            callbacks.push(Obj::from_raw(owner));
                        }
                    }
                }
            }
        }
        // CPython calls the callbacks of the most recent weak references first.
        callbacks.reverse();
        if !callbacks.is_empty() {
            self.weak_callbacks.borrow_mut().extend(callbacks);
            self.pending.set(true);
        }
    }

    /// The weakref objects whose referents died, for the interpreter to call back.
    pub fn take_weak_callbacks(&self) -> Vec<Obj> {
        std::mem::take(&mut *self.weak_callbacks.borrow_mut())
    }
}
