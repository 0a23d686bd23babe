//! [`VecCell`]: a [`HeapVec`] with a `RefCell`'s dynamic borrow checking, in the vector's
//! own three words: the borrow state sits in the top bits of the capacity (capacities
//! stay below `2^48`, see `buffer::MAX_CAPACITY`). A list is then 56 bytes, as in
//! CPython, instead of 64 with a separate borrow flag.
//!
//! Sound without ever handing out a reference into the cell: a guard holds its own
//! bitwise copy of the vector (never dropped), and a mutable guard writes its copy back
//! when it ends. While a mutable guard lives the cell is marked as written and no other
//! guard can be made, so the cell's stale words are never read as a vector; while shared
//! guards live nothing may change the vector, so their copies stay exact.

use std::cell::Cell;
use std::marker::PhantomData;
use std::mem::ManuallyDrop;
use std::ops::{Deref, DerefMut};
use std::ptr::NonNull;

use super::HeapVec;
use super::buffer::MAX_CAPACITY;

const STATE_SHIFT: u32 = 48;
const CAP_MASK: usize = (1 << STATE_SHIFT) - 1;
/// The state while a mutable guard lives.
const WRITING: usize = 0xffff;
/// The most shared guards at once (one more fails, as a write would).
const MAX_READERS: usize = WRITING - 1;

const _: () = assert!(MAX_CAPACITY - 1 <= CAP_MASK);

/// The cell was borrowed in a way that conflicts (as `std::cell::BorrowError`).
#[derive(Debug)]
pub struct BorrowError;

pub struct VecCell<T> {
    ptr: Cell<NonNull<T>>,
    len: Cell<usize>,
    /// The capacity in the low 48 bits; the borrow state (0 free, 1..=MAX_READERS
    /// shared guards, WRITING) above.
    cap_state: Cell<usize>,
    _owns: PhantomData<T>,
}

impl<T> Default for VecCell<T> {
    fn default() -> Self {
        Self::new(HeapVec::new())
    }
}

impl<T> VecCell<T> {
    pub fn new(vec: HeapVec<T>) -> VecCell<T> {
        let (ptr, len, cap) = vec.into_raw_parts();
        VecCell {
            ptr: Cell::new(ptr),
            len: Cell::new(len),
            cap_state: Cell::new(cap),
            _owns: PhantomData,
        }
    }

    /// A copy of the vector's words (its capacity given), not to be dropped.
    #[inline(always)]
    fn copy(&self, cap: usize) -> ManuallyDrop<HeapVec<T>> {
        // SAFETY: the words are those of a vector this cell owns (no mutable guard is
        // live when this is called); the copy is never dropped, so the storage keeps
        // one owner.
        ManuallyDrop::new(unsafe { HeapVec::from_raw_parts(self.ptr.get(), self.len.get(), cap) })
    }

    #[inline(always)]
    pub fn try_borrow(&self) -> Result<VecRef<'_, T>, BorrowError> {
        let c = self.cap_state.get();
        if c >> STATE_SHIFT >= MAX_READERS {
            return Err(BorrowError);
        }
        self.cap_state.set(c + (1 << STATE_SHIFT));
        Ok(VecRef {
            cell: self,
            vec: self.copy(c & CAP_MASK),
        })
    }

    #[inline(always)]
    pub fn try_borrow_mut(&self) -> Result<VecRefMut<'_, T>, BorrowError> {
        let c = self.cap_state.get();
        if c >> STATE_SHIFT != 0 {
            return Err(BorrowError);
        }
        // No guard: `c` is the capacity alone.
        let vec = self.copy(c);
        self.cap_state.set(c | (WRITING << STATE_SHIFT));
        Ok(VecRefMut { cell: self, vec })
    }

    /// As `RefCell::borrow`: panics while a mutable guard lives.
    #[inline(always)]
    #[track_caller]
    pub fn borrow(&self) -> VecRef<'_, T> {
        match self.try_borrow() {
            Ok(r) => r,
            Err(_) => panic!("already mutably borrowed"),
        }
    }

    /// As `RefCell::borrow_mut`: panics while any other guard lives.
    #[inline(always)]
    #[track_caller]
    pub fn borrow_mut(&self) -> VecRefMut<'_, T> {
        match self.try_borrow_mut() {
            Ok(r) => r,
            Err(_) => panic!("already borrowed"),
        }
    }
}

/// The elements are dropped last to first: a list's items die in that order, as in
/// CPython, which decides the order their `__del__` methods run in.
impl<T> Drop for VecCell<T> {
    fn drop(&mut self) {
        // A guard still live here was leaked (`mem::forget`): the storage leaks with it.
        let c = self.cap_state.get();
        if c >> STATE_SHIFT == 0 {
            ManuallyDrop::into_inner(self.copy(c)).clear_last_first();
        }
    }
}

/// A shared borrow of a [`VecCell`]'s vector.
pub struct VecRef<'a, T> {
    cell: &'a VecCell<T>,
    vec: ManuallyDrop<HeapVec<T>>,
}

impl<T> Deref for VecRef<'_, T> {
    type Target = HeapVec<T>;
    #[inline(always)]
    fn deref(&self) -> &HeapVec<T> {
        &self.vec
    }
}

impl<T> Drop for VecRef<'_, T> {
    #[inline(always)]
    fn drop(&mut self) {
        let c = &self.cell.cap_state;
        c.set(c.get() - (1 << STATE_SHIFT));
    }
}

/// A mutable borrow of a [`VecCell`]'s vector; changes are written back when it ends.
pub struct VecRefMut<'a, T> {
    cell: &'a VecCell<T>,
    vec: ManuallyDrop<HeapVec<T>>,
}

impl<T> Deref for VecRefMut<'_, T> {
    type Target = HeapVec<T>;
    #[inline(always)]
    fn deref(&self) -> &HeapVec<T> {
        &self.vec
    }
}

impl<T> DerefMut for VecRefMut<'_, T> {
    #[inline(always)]
    fn deref_mut(&mut self) -> &mut HeapVec<T> {
        &mut self.vec
    }
}

impl<T> Drop for VecRefMut<'_, T> {
    #[inline(always)]
    fn drop(&mut self) {
        let (ptr, len, cap) = self.vec.raw_parts();
        self.cell.ptr.set(ptr);
        self.cell.len.set(len);
        // Clears the WRITING state: `cap` is below MAX_CAPACITY.
        self.cell.cap_state.set(cap);
    }
}
