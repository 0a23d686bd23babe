//! [`ObjCell`] and [`OptObjCell`]: a replaceable reference to an object in one pointer,
//! where a `RefCell<Obj>` takes two. For fields whose size is paid per object: an
//! instance's class, a function's attributes, a cell's value, what an iterator iterates,
//! an exception's arguments and context.
//!
//! Sound without a borrow flag because no reference into the cell ever escapes: reading
//! clones the handle (a refcount increment, which runs no code), and replacing swaps the
//! handle and gives the old one back, so that dropping it (which may run any code,
//! including code that reads or replaces this cell) happens after the cell is consistent.

use std::cell::UnsafeCell;

use super::Obj;

/// Always holds an object.
pub struct ObjCell(UnsafeCell<Obj>);

impl ObjCell {
    pub fn new(obj: Obj) -> ObjCell {
        ObjCell(UnsafeCell::new(obj))
    }

    /// A new reference to the object held.
    #[inline(always)]
    pub fn get(&self) -> Obj {
        // SAFETY: the cell is not Sync and no reference into it outlives a method call;
        // cloning only increments a refcount and cannot reach this cell.
        unsafe { (*self.0.get()).clone() }
    }

    /// True when the cell holds `other` itself.
    #[inline(always)]
    pub fn holds(&self, other: &Obj) -> bool {
        // SAFETY: as in get; comparing addresses runs no code.
        unsafe { (*self.0.get()).ptr_eq(other) }
    }

    /// The address of the object held (its identity), without a new reference.
    #[inline(always)]
    pub fn addr(&self) -> usize {
        // SAFETY: as in holds.
        unsafe { (*self.0.get()).addr() }
    }

    /// Puts `obj` in the cell and returns the object it held, for the caller to drop.
    #[must_use]
    pub fn replace(&self, obj: Obj) -> Obj {
        // SAFETY: as in get; the swap runs no code, and the old handle is returned, not
        // dropped here.
        unsafe { std::mem::replace(&mut *self.0.get(), obj) }
    }
}

/// Holds an object or nothing.
#[derive(Default)]
pub struct OptObjCell(UnsafeCell<Option<Obj>>);

impl OptObjCell {
    pub fn new(obj: Option<Obj>) -> OptObjCell {
        OptObjCell(UnsafeCell::new(obj))
    }

    /// A new reference to the object held, if any.
    #[inline(always)]
    pub fn get(&self) -> Option<Obj> {
        // SAFETY: as in ObjCell::get.
        unsafe { (*self.0.get()).clone() }
    }

    #[inline(always)]
    pub fn is_some(&self) -> bool {
        // SAFETY: as in ObjCell::holds.
        unsafe { (*self.0.get()).is_some() }
    }

    /// Puts `obj` in the cell and returns what it held, for the caller to drop.
    #[must_use]
    pub fn replace(&self, obj: Option<Obj>) -> Option<Obj> {
        // SAFETY: as in ObjCell::replace.
        unsafe { std::mem::replace(&mut *self.0.get(), obj) }
    }

    /// Empties the cell and returns what it held, for the caller to drop.
    #[must_use]
    pub fn take(&self) -> Option<Obj> {
        self.replace(None)
    }

    /// Calls `visit` on the object held, if any (the collector's traverse), without the
    /// new reference `get` makes: the object is out of the cell during the call and put
    /// back after it (dropping whatever `visit` may have stored meanwhile).
    #[inline]
    pub fn visit(&self, visit: &mut dyn FnMut(&Obj)) {
        let held = self.take();
        if let Some(o) = &held {
            visit(o);
        }
        drop(self.replace(held));
    }
}
