//! [`AttrValues`]: the attribute values of one instance, indexed by the position of each
//! name in its class's shared key list (CPython 3.11's instance "values" array). A
//! growable row of optional object references without a borrow flag.
//!
//! Sound for the same reason as [`super::ObjCell`]: no reference into the storage ever
//! escapes a method. Reading clones a handle (a refcount increment, which runs no code);
//! storing swaps a handle in and gives the old one back, so dropping it (which may run a
//! finalizer that reads or stores into this very row, even growing it) happens after the
//! row is consistent; growing moves the handles without running code.

use std::cell::UnsafeCell;

use super::{AllocError, Allocator, HeapVec, Obj};

#[derive(Default)]
pub struct AttrValues(UnsafeCell<HeapVec<Option<Obj>>>);

impl AttrValues {
    /// How many positions the row has (set or not).
    #[inline(always)]
    pub fn len(&self) -> usize {
        // SAFETY: the cell is not Sync and no reference into it outlives a method call.
        unsafe { (*self.0.get()).len() }
    }

    #[inline(always)]
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// A new reference to the value at position `i`, if it is set.
    #[inline(always)]
    pub fn get(&self, i: usize) -> Option<Obj> {
        // SAFETY: as in len; cloning only increments a refcount and cannot reach the row.
        unsafe { (&*self.0.get()).get(i).and_then(Clone::clone) }
    }

    /// True when position `i` holds a value.
    #[inline(always)]
    pub fn is_set(&self, i: usize) -> bool {
        // SAFETY: as in len; reading a discriminant runs no code.
        unsafe { (&*self.0.get()).get(i).is_some_and(Option::is_some) }
    }

    /// True when some position after `i` holds a value.
    pub fn any_set_after(&self, i: usize) -> bool {
        // SAFETY: as in is_set.
        unsafe {
            let v = &*self.0.get();
            v.get(i + 1..)
                .is_some_and(|rest| rest.iter().any(Option::is_some))
        }
    }

    /// Replaces the value at an existing position `i`, returning the old one for the
    /// caller to drop; gives `value` back when the row is shorter.
    #[inline(always)]
    pub fn replace(&self, i: usize, value: Option<Obj>) -> Result<Option<Obj>, Option<Obj>> {
        // SAFETY: as in len; the swap runs no code and the old handle is returned.
        unsafe {
            match (&mut *self.0.get()).get_mut(i) {
                Some(slot) => Ok(std::mem::replace(slot, value)),
                None => Err(value),
            }
        }
    }

    /// Replaces the value at position `i` when one is set there, returning the old one
    /// for the caller to drop; gives `value` back otherwise.
    #[inline(always)]
    pub fn replace_set(&self, i: usize, value: Obj) -> Result<Obj, Obj> {
        // SAFETY: as in replace.
        unsafe {
            match (&mut *self.0.get()).get_mut(i) {
                Some(Some(slot)) => Ok(std::mem::replace(slot, value)),
                _ => Err(value),
            }
        }
    }

    /// Stores `value` at position `i`, lengthening the row with unset positions first
    /// when it is shorter. Returns the old value for the caller to drop. On allocation
    /// failure the row is unchanged and `value` is dropped.
    pub fn store(&self, a: &Allocator, i: usize, value: Obj) -> Result<Option<Obj>, AllocError> {
        let value = match self.replace(i, Some(value)) {
            Ok(old) => return Ok(old),
            Err(value) => value,
        };
        // SAFETY: as in len; growing moves handles and runs no code, and on failure the
        // vector is left as it was.
        unsafe {
            let v = &mut *self.0.get();
            let missing = i + 1 - v.len();
            if v.capacity() < i + 1 {
                v.reserve_exact(a, missing)?;
            }
            for _ in 1..missing {
                v.push(a, None)?;
            }
            v.push(a, value)?;
        }
        Ok(None)
    }

    /// Makes room for `total` positions in one block, so that an instance filling its
    /// class's usual attributes allocates once.
    pub fn reserve_total(&self, a: &Allocator, total: usize) -> Result<(), AllocError> {
        // SAFETY: as in store.
        unsafe {
            let v = &mut *self.0.get();
            if v.capacity() < total {
                v.reserve_exact(a, total - v.len())?;
            }
        }
        Ok(())
    }

    /// Empties the row, giving back its values (and storage) for the caller to drop.
    #[must_use]
    pub fn take(&self) -> HeapVec<Option<Obj>> {
        // SAFETY: as in replace.
        unsafe { std::mem::take(&mut *self.0.get()) }
    }

    /// Bytes of storage the allocator handed out for the row.
    pub fn storage_bytes(&self) -> usize {
        // SAFETY: as in len.
        unsafe { (*self.0.get()).storage_bytes() }
    }
}
