//! [`HeapVec`]: a growable array whose storage comes from the pool [`Allocator`], so that
//! list items, dict tables and other object buffers are accounted to the byte.
//!
//! Growth follows CPython's `list_resize` (Objects/listobject.c, 3.11), so capacities and
//! therefore `sys.getsizeof` figures match CPython's lists. Operations that may need
//! memory take the allocator and report failure as [`AllocError`] (the interpreter raises
//! `MemoryError`); the storage is freed without one, through [`Allocator::free`].
//!
//! Dropping an element may run arbitrary code (dropping a Python object can free others).
//! Every operation that drops elements first makes the vector consistent (length updated,
//! dropped elements out of reach), and operations that remove a range hand the removed
//! elements back as a separate vector, so callers can release their own borrows before
//! dropping them.

use std::fmt;
use std::marker::PhantomData;
use std::mem::{self, ManuallyDrop};
use std::ops::{Deref, DerefMut, Range};
use std::ptr::{self, NonNull};

use super::pool::{ALIGNMENT, Allocator};

/// An allocation failed: the heap limit was reached or the system is out of memory.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct AllocError;

impl fmt::Display for AllocError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("out of memory")
    }
}

impl std::error::Error for AllocError {}

/// A growable array with storage from an [`Allocator`]. An empty vector with no capacity
/// holds no allocation. `T` must not be zero-sized and must need at most 16-byte
/// alignment (both checked at compile time).
///
/// The allocator that provided the storage must outlive the vector (see `heap::pool`).
/// All growing operations should be given that same allocator; the storage is always
/// returned to the allocator that provided it.
/// Capacities stay below this (2^48 elements, far beyond any memory), so that a
/// [`super::VecCell`] can keep its borrow state in the capacity word's top bits.
pub(super) const MAX_CAPACITY: usize = 1 << 48;

pub struct HeapVec<T> {
    ptr: NonNull<T>,
    len: usize,
    cap: usize,
    _owns: PhantomData<T>,
}

/// The capacity CPython's `list_resize` picks when a list of `len` items and `cap` slots
/// is resized to `new_len` items: keep the storage while `new_len` fits and is at least
/// half of it; otherwise over-allocate by about 1/8 (rounded to a multiple of 4), unless
/// the growth is so large that the exact size (rounded up to 4) is closer.
pub fn list_capacity(len: usize, cap: usize, new_len: usize) -> usize {
    if cap >= new_len && new_len >= cap >> 1 {
        return cap;
    }
    if new_len == 0 {
        return 0;
    }
    let mut new_cap = new_len.saturating_add((new_len >> 3) + 6) & !3;
    if new_len.saturating_sub(len) > new_cap - new_len {
        new_cap = new_len.saturating_add(3) & !3;
    }
    new_cap
}

impl<T> HeapVec<T> {
    const LAYOUT_SUPPORTED: () = {
        assert!(
            size_of::<T>() != 0,
            "HeapVec does not hold zero-sized types"
        );
        assert!(
            align_of::<T>() <= ALIGNMENT,
            "HeapVec elements need at most the allocator's alignment"
        );
    };

    /// An empty vector; allocates nothing.
    pub const fn new() -> Self {
        let () = Self::LAYOUT_SUPPORTED;
        HeapVec {
            ptr: NonNull::dangling(),
            len: 0,
            cap: 0,
            _owns: PhantomData,
        }
    }

    /// The vector's words, its storage now owned by the caller.
    pub(super) fn into_raw_parts(self) -> (NonNull<T>, usize, usize) {
        let vec = ManuallyDrop::new(self);
        (vec.ptr, vec.len, vec.cap)
    }

    /// The vector's words, the storage still owned by `self`.
    #[inline(always)]
    pub(super) fn raw_parts(&self) -> (NonNull<T>, usize, usize) {
        (self.ptr, self.len, self.cap)
    }

    /// The vector made of the words given by `into_raw_parts`.
    ///
    /// # Safety
    /// The words are those of one vector, whose storage the result now owns (or a
    /// copy that is never dropped and lives no longer than the owner's storage stays
    /// as it was).
    #[inline(always)]
    pub(super) unsafe fn from_raw_parts(ptr: NonNull<T>, len: usize, cap: usize) -> Self {
        HeapVec {
            ptr,
            len,
            cap,
            _owns: PhantomData,
        }
    }

    /// An empty vector with room for exactly `cap` elements.
    pub fn with_capacity(a: &Allocator, cap: usize) -> Result<Self, AllocError> {
        let mut vec = Self::new();
        vec.set_capacity(a, cap)?;
        Ok(vec)
    }

    /// A vector of `n` elements made by `make`, with exactly that capacity: the fresh
    /// tables of sets, dicts and deques, filled without a capacity check per element.
    pub fn filled_with(
        a: &Allocator,
        n: usize,
        mut make: impl FnMut() -> T,
    ) -> Result<Self, AllocError> {
        let mut vec = Self::with_capacity(a, n)?;
        for i in 0..n {
            // SAFETY: `i < n == cap`: the slot is inside the storage and unused; `len`
            // counts it only once written, so a panic in `make` leaks nothing unsound.
            unsafe { vec.ptr.as_ptr().add(i).write(make()) };
            vec.len = i + 1;
        }
        Ok(vec)
    }

    /// A vector holding the items of `items`, grown as a list would be.
    pub fn from_iter_in(
        a: &Allocator,
        items: impl IntoIterator<Item = T>,
    ) -> Result<Self, AllocError> {
        let mut vec = Self::new();
        vec.extend(a, items)?;
        Ok(vec)
    }

    /// A copy of the vector with exactly `len` capacity.
    pub fn try_clone(&self, a: &Allocator) -> Result<Self, AllocError>
    where
        T: Clone,
    {
        let mut copy = Self::with_capacity(a, self.len)?;
        copy.extend_from_slice(a, self)?;
        Ok(copy)
    }

    #[inline]
    pub fn len(&self) -> usize {
        self.len
    }

    #[inline]
    pub fn is_empty(&self) -> bool {
        self.len == 0
    }

    /// Number of elements the storage can hold.
    #[inline]
    pub fn capacity(&self) -> usize {
        self.cap
    }

    /// Bytes the allocator handed out for the storage (0 without storage): what
    /// `__sizeof__` should count for this buffer.
    pub fn storage_bytes(&self) -> usize {
        if self.cap == 0 {
            0
        } else {
            Allocator::block_size(self.cap * size_of::<T>())
        }
    }

    #[inline]
    pub fn as_slice(&self) -> &[T] {
        // SAFETY: the first `len` slots are initialised; `ptr` is aligned and non-null
        // (dangling only when `len == 0`).
        unsafe { std::slice::from_raw_parts(self.ptr.as_ptr(), self.len) }
    }

    #[inline]
    pub fn as_mut_slice(&mut self) -> &mut [T] {
        // SAFETY: as in `as_slice`, and `&mut self` makes the access unique.
        unsafe { std::slice::from_raw_parts_mut(self.ptr.as_ptr(), self.len) }
    }

    /// Appends `value`. On failure `value` is dropped; call [`HeapVec::reserve`] first to
    /// keep it instead.
    #[inline]
    pub fn push(&mut self, a: &Allocator, value: T) -> Result<(), AllocError> {
        if self.len == self.cap {
            self.grow_to(a, self.len + 1)?;
        }
        // SAFETY: `len < cap`, so the slot is inside the storage and unused.
        unsafe { self.ptr.as_ptr().add(self.len).write(value) };
        self.len += 1;
        Ok(())
    }

    /// `push` that hands `value` back when the storage cannot grow.
    #[inline]
    pub fn try_push(&mut self, a: &Allocator, value: T) -> Result<(), T> {
        if self.len == self.cap && self.grow_to(a, self.len + 1).is_err() {
            return Err(value);
        }
        // SAFETY: `len < cap`, so the slot is inside the storage and unused.
        unsafe { self.ptr.as_ptr().add(self.len).write(value) };
        self.len += 1;
        Ok(())
    }

    /// Makes room for `additional` more elements as CPython's `list.extend` does: a vector
    /// without storage gets exactly that many slots, rounded up to an even number
    /// (`list_preallocate_exact`); one with storage grows by `list_resize`'s rule.
    pub fn reserve(&mut self, a: &Allocator, additional: usize) -> Result<(), AllocError> {
        let new_len = self.len.checked_add(additional).ok_or(AllocError)?;
        if new_len <= self.cap {
            return Ok(());
        }
        if self.cap == 0 {
            let even = new_len.checked_add(1).ok_or(AllocError)? & !1;
            self.set_capacity(a, even)
        } else {
            self.grow_to(a, new_len)
        }
    }

    /// Sets the storage as CPython's `list_resize` does for a list about to hold
    /// `new_len` items, keeping the length as it is: `list.extend`'s room for the
    /// items it expects, and its cut back to the items it got.
    pub fn resize_like_list(&mut self, a: &Allocator, new_len: usize) -> Result<(), AllocError> {
        let new_cap = list_capacity(self.len, self.cap, new_len).max(self.len);
        self.set_capacity(a, new_cap)
    }

    /// Makes room for exactly `additional` more elements (no over-allocation).
    pub fn reserve_exact(&mut self, a: &Allocator, additional: usize) -> Result<(), AllocError> {
        let new_len = self.len.checked_add(additional).ok_or(AllocError)?;
        if new_len > self.cap {
            self.set_capacity(a, new_len)?;
        }
        Ok(())
    }

    /// Inserts `value` at `index`, shifting later elements up. An `index` past the end
    /// appends (as Python's `list.insert` does with a large index). On failure `value` is
    /// dropped.
    pub fn insert(&mut self, a: &Allocator, index: usize, value: T) -> Result<(), AllocError> {
        let index = index.min(self.len);
        if self.len == self.cap {
            self.grow_to(a, self.len + 1)?;
        }
        // SAFETY: `index <= len < cap`: the shifted range and the written slot are inside
        // the storage; `ptr::copy` handles the overlap.
        unsafe {
            let slot = self.ptr.as_ptr().add(index);
            ptr::copy(slot, slot.add(1), self.len - index);
            slot.write(value);
        }
        self.len += 1;
        Ok(())
    }

    /// Removes and returns the last element.
    #[inline]
    pub fn pop(&mut self) -> Option<T> {
        if self.len == 0 {
            return None;
        }
        self.len -= 1;
        // SAFETY: the slot at the old last index is initialised and now outside `len`,
        // so it is read exactly once.
        Some(unsafe { self.ptr.as_ptr().add(self.len).read() })
    }

    /// Removes and returns the element at `index`, shifting later elements down; `None`
    /// if `index` is out of range.
    pub fn remove(&mut self, index: usize) -> Option<T> {
        if index >= self.len {
            return None;
        }
        // SAFETY: `index < len`: the slot is initialised; after reading it the tail moves
        // down one slot, inside the storage.
        unsafe {
            let slot = self.ptr.as_ptr().add(index);
            let value = slot.read();
            ptr::copy(slot.add(1), slot, self.len - index - 1);
            self.len -= 1;
            Some(value)
        }
    }

    /// Removes and returns the element at `index`, moving the last element into its
    /// place; `None` if `index` is out of range.
    pub fn swap_remove(&mut self, index: usize) -> Option<T> {
        if index >= self.len {
            return None;
        }
        self.len -= 1;
        // SAFETY: `index` and the old last index are initialised slots; the last one is
        // now outside `len`, and is moved (not copied) into `index` after that is read.
        unsafe {
            let base = self.ptr.as_ptr();
            let value = base.add(index).read();
            if index != self.len {
                base.add(self.len)
                    .copy_to_nonoverlapping(base.add(index), 1);
            }
            Some(value)
        }
    }

    /// Drops the elements from `new_len` on; keeps the storage. The length is updated
    /// before any element is dropped.
    pub fn truncate(&mut self, new_len: usize) {
        if new_len >= self.len {
            return;
        }
        let old_len = self.len;
        self.len = new_len;
        // SAFETY: slots `new_len..old_len` are initialised and now outside `len`, so they
        // are dropped exactly once.
        unsafe {
            ptr::drop_in_place(ptr::slice_from_raw_parts_mut(
                self.ptr.as_ptr().add(new_len),
                old_len - new_len,
            ));
        }
    }

    /// Drops every element; keeps the storage. To release the storage as well (as
    /// CPython's `list.clear()` does) use `drop(vec.take())`, which also runs the element
    /// drops after the vector is already empty.
    pub fn clear(&mut self) {
        self.truncate(0);
    }

    /// Drops the elements last to first: the order CPython's lists and tuples release
    /// their items in, which decides the order `__del__` methods run in.
    pub fn clear_last_first(&mut self) {
        while let Some(v) = self.pop() {
            drop(v);
        }
    }

    /// Moves the contents out, leaving `self` empty without storage. O(1).
    pub fn take(&mut self) -> HeapVec<T> {
        mem::take(self)
    }

    /// Reallocates the storage to exactly `len` elements (frees it when empty).
    pub fn shrink_to_fit(&mut self, a: &Allocator) -> Result<(), AllocError> {
        self.set_capacity(a, self.len)
    }

    /// Applies CPython's shrinking rule after removals: when fewer than half of the slots
    /// are used, the storage is reallocated to the list capacity for the current length.
    /// If that allocation fails the larger storage is simply kept.
    pub fn shrink_if_sparse(&mut self, a: &Allocator) {
        let target = list_capacity(self.len, self.cap, self.len);
        if target < self.cap {
            // Keeping the larger storage is a correct outcome when memory is short.
            let _ = self.set_capacity(a, target);
        }
    }

    /// Appends clones of `items`.
    pub fn extend_from_slice(&mut self, a: &Allocator, items: &[T]) -> Result<(), AllocError>
    where
        T: Clone,
    {
        self.reserve(a, items.len())?;
        for item in items {
            // SAFETY: `reserve` made room for all of `items`, so `len < cap`.
            unsafe { self.ptr.as_ptr().add(self.len).write(item.clone()) };
            self.len += 1;
        }
        Ok(())
    }

    /// Appends the items of an iterator. On failure the items appended so far stay, and
    /// the rest of the iterator is dropped.
    pub fn extend(
        &mut self,
        a: &Allocator,
        items: impl IntoIterator<Item = T>,
    ) -> Result<(), AllocError> {
        let items = items.into_iter();
        let (lower_bound, _) = items.size_hint();
        self.reserve(a, lower_bound)?;
        for item in items {
            self.push(a, item)?;
        }
        Ok(())
    }

    /// Splits the vector at `at`: `self` keeps `..at`, the returned vector (with exact
    /// capacity) holds the rest. `at` past the end returns an empty vector.
    pub fn split_off(&mut self, a: &Allocator, at: usize) -> Result<HeapVec<T>, AllocError> {
        let at = at.min(self.len);
        let mut tail = HeapVec::with_capacity(a, self.len - at)?;
        // SAFETY: slots `at..len` are initialised and move to the fresh storage, which has
        // room for them; `self.len` then excludes them.
        unsafe {
            ptr::copy_nonoverlapping(self.ptr.as_ptr().add(at), tail.ptr.as_ptr(), self.len - at);
        }
        tail.len = self.len - at;
        self.len = at;
        Ok(tail)
    }

    /// Removes `range` and returns the removed elements (Python's `del a[i:j]`), shrinking
    /// the storage as `list_resize` would. See [`HeapVec::replace_range`].
    pub fn drain_range(
        &mut self,
        a: &Allocator,
        range: Range<usize>,
    ) -> Result<HeapVec<T>, AllocError> {
        self.replace_range(a, range, std::iter::empty())
    }

    /// Replaces the elements in `range` with `items` (Python's `a[i:j] = items`) and
    /// returns the removed elements, so the caller chooses when they are dropped (after
    /// releasing its own borrows; CPython's `list_ass_slice` defers them the same way).
    ///
    /// The range is clamped to the vector (`end` to `len`, `start` to `end`). Storage is
    /// resized as CPython's `list_resize` would. On failure the vector is unchanged (the
    /// items are dropped).
    pub fn replace_range(
        &mut self,
        a: &Allocator,
        range: Range<usize>,
        items: impl IntoIterator<Item = T>,
    ) -> Result<HeapVec<T>, AllocError> {
        let end = range.end.min(self.len);
        let start = range.start.min(end);
        let mut incoming = HeapVec::from_iter_in(a, items)?;
        let removed_count = end - start;
        let inserted = incoming.len;
        if removed_count == 0 && inserted == 0 {
            return Ok(HeapVec::new());
        }
        let mut removed = HeapVec::with_capacity(a, removed_count)?;
        let new_len = self.len - removed_count + inserted;
        let new_cap = list_capacity(self.len, self.cap, new_len);
        // Allocate the new storage before moving anything, so failure changes nothing. A
        // failed shrink is not an error: the elements still fit the old storage. A new
        // capacity of 0 (nothing left) frees the storage at the end.
        let new_storage = if new_cap == self.cap || new_cap == 0 {
            None
        } else {
            match Self::allocate(a, new_cap) {
                Ok(storage) => Some(storage),
                Err(error) if new_len > self.cap => return Err(error),
                Err(_) => None,
            }
        };
        let tail_len = self.len - end;
        // SAFETY: `start <= end <= len`. The removed slots move into `removed` (capacity
        // `removed_count`); the incoming items move out of `incoming` (whose length is then
        // zeroed so they are not dropped twice); the tail moves to follow them. The
        // destination storage has room for `new_len` elements in both branches.
        unsafe {
            let old = self.ptr.as_ptr();
            ptr::copy_nonoverlapping(old.add(start), removed.ptr.as_ptr(), removed_count);
            removed.len = removed_count;
            match new_storage {
                Some(new) => {
                    let new = new.as_ptr();
                    ptr::copy_nonoverlapping(old, new, start);
                    ptr::copy_nonoverlapping(incoming.ptr.as_ptr(), new.add(start), inserted);
                    ptr::copy_nonoverlapping(old.add(end), new.add(start + inserted), tail_len);
                    self.free_storage();
                    self.ptr = NonNull::new_unchecked(new);
                    self.cap = new_cap;
                }
                None => {
                    ptr::copy(old.add(end), old.add(start + inserted), tail_len);
                    ptr::copy_nonoverlapping(incoming.ptr.as_ptr(), old.add(start), inserted);
                }
            }
            incoming.len = 0;
        }
        self.len = new_len;
        if new_cap == 0 {
            self.free_storage();
        }
        Ok(removed)
    }

    /// Keeps the elements for which `keep` returns true, in order. While it runs the
    /// vector's length is zero, so dropping a rejected element never exposes one that was
    /// already dropped or moved.
    pub fn retain(&mut self, mut keep: impl FnMut(&T) -> bool) {
        let original_len = self.len;
        self.len = 0;
        let base = self.ptr.as_ptr();
        let mut kept = 0;
        for index in 0..original_len {
            // SAFETY: slot `index` is initialised (not yet visited); kept elements are moved
            // down to `kept <= index`, rejected ones dropped once. Slots `kept..index` hold
            // nothing live, so the move does not overwrite a live element.
            unsafe {
                let slot = base.add(index);
                if keep(&*slot) {
                    if kept != index {
                        slot.copy_to_nonoverlapping(base.add(kept), 1);
                    }
                    kept += 1;
                } else {
                    ptr::drop_in_place(slot);
                }
            }
        }
        self.len = kept;
    }

    /// Grows the storage for `new_len` elements with list over-allocation.
    #[cold]
    #[inline(never)]
    fn grow_to(&mut self, a: &Allocator, new_len: usize) -> Result<(), AllocError> {
        let new_cap = list_capacity(self.len, self.cap, new_len).max(new_len);
        self.set_capacity(a, new_cap)
    }

    /// Moves the elements into storage for exactly `new_cap` elements (`new_cap >= len`);
    /// with `new_cap == 0` the storage is freed. Growing or shrinking existing storage goes
    /// through `Allocator::realloc`.
    fn set_capacity(&mut self, a: &Allocator, new_cap: usize) -> Result<(), AllocError> {
        debug_assert!(new_cap >= self.len);
        if new_cap == self.cap {
            return Ok(());
        }
        if new_cap == 0 || self.cap == 0 {
            let new_ptr = if new_cap == 0 {
                NonNull::dangling()
            } else {
                Self::allocate(a, new_cap)?
            };
            // (An empty vector, as a list emptied by pop() and appended to again, has
            // nothing to copy: skip the call.)
            if self.len > 0 {
                // SAFETY: both storages hold at least `len` slots (none when either is
                // empty) and are distinct allocations.
                unsafe { ptr::copy_nonoverlapping(self.ptr.as_ptr(), new_ptr.as_ptr(), self.len) };
            }
            self.free_storage();
            self.ptr = new_ptr;
            self.cap = new_cap;
            return Ok(());
        }
        let bytes = Self::bytes_for(new_cap)?;
        // SAFETY: the storage came from `alloc(cap * size_of::<T>())` of a live allocator;
        // the first `len` slots, all that is initialised, fit in both sizes and are kept.
        // On failure the old storage is untouched and still ours.
        let moved = unsafe { a.realloc(self.ptr.cast(), self.cap * size_of::<T>(), bytes) };
        self.ptr = moved.ok_or(AllocError)?.cast();
        self.cap = new_cap;
        Ok(())
    }

    /// The bytes of storage for `cap` elements, if that size can be allocated at all.
    fn bytes_for(cap: usize) -> Result<usize, AllocError> {
        if cap >= MAX_CAPACITY {
            return Err(AllocError);
        }
        let bytes = cap.checked_mul(size_of::<T>()).ok_or(AllocError)?;
        if bytes > isize::MAX as usize {
            return Err(AllocError);
        }
        Ok(bytes)
    }

    /// Storage for `cap > 0` elements.
    fn allocate(a: &Allocator, cap: usize) -> Result<NonNull<T>, AllocError> {
        let bytes = Self::bytes_for(cap)?;
        // Blocks are 16-aligned, which `LAYOUT_SUPPORTED` checked is enough for `T`.
        a.alloc(bytes).map(NonNull::cast).ok_or(AllocError)
    }

    /// Frees the storage (not the elements) and leaves the vector without storage.
    fn free_storage(&mut self) {
        if self.cap != 0 {
            // SAFETY: the storage came from `alloc(cap * size_of::<T>())` of an allocator
            // that outlives this vector, and it is freed once: `cap` is reset below.
            unsafe { Allocator::free(self.ptr.cast(), self.cap * size_of::<T>()) };
        }
        self.ptr = NonNull::dangling();
        self.cap = 0;
    }
}

impl<T> Drop for HeapVec<T> {
    fn drop(&mut self) {
        self.clear();
        self.free_storage();
    }
}

impl<T> Default for HeapVec<T> {
    fn default() -> Self {
        Self::new()
    }
}

impl<T> Deref for HeapVec<T> {
    type Target = [T];

    #[inline]
    fn deref(&self) -> &[T] {
        self.as_slice()
    }
}

impl<T> DerefMut for HeapVec<T> {
    #[inline]
    fn deref_mut(&mut self) -> &mut [T] {
        self.as_mut_slice()
    }
}

impl<T: fmt::Debug> fmt::Debug for HeapVec<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_list().entries(self.iter()).finish()
    }
}

impl<T: PartialEq> PartialEq for HeapVec<T> {
    fn eq(&self, other: &Self) -> bool {
        self.as_slice() == other.as_slice()
    }
}

impl<T: Eq> Eq for HeapVec<T> {}

impl<'v, T> IntoIterator for &'v HeapVec<T> {
    type Item = &'v T;
    type IntoIter = std::slice::Iter<'v, T>;

    fn into_iter(self) -> Self::IntoIter {
        self.iter()
    }
}

impl<'v, T> IntoIterator for &'v mut HeapVec<T> {
    type Item = &'v mut T;
    type IntoIter = std::slice::IterMut<'v, T>;

    fn into_iter(self) -> Self::IntoIter {
        self.iter_mut()
    }
}

impl<T> IntoIterator for HeapVec<T> {
    type Item = T;
    type IntoIter = IntoIter<T>;

    fn into_iter(self) -> IntoIter<T> {
        let vec = ManuallyDrop::new(self);
        IntoIter {
            ptr: vec.ptr,
            cap: vec.cap,
            front: 0,
            back: vec.len,
            _owns: PhantomData,
        }
    }
}

/// By-value iterator over a [`HeapVec`]; frees the storage (and drops the elements not
/// yet yielded) when dropped.
pub struct IntoIter<T> {
    ptr: NonNull<T>,
    cap: usize,
    /// Slots `front..back` hold the elements not yet yielded.
    front: usize,
    back: usize,
    _owns: PhantomData<T>,
}

impl<T> Iterator for IntoIter<T> {
    type Item = T;

    #[inline]
    fn next(&mut self) -> Option<T> {
        if self.front == self.back {
            return None;
        }
        self.front += 1;
        // SAFETY: slot `front - 1` is initialised and now outside `front..back`.
        Some(unsafe { self.ptr.as_ptr().add(self.front - 1).read() })
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        let remaining = self.back - self.front;
        (remaining, Some(remaining))
    }
}

impl<T> DoubleEndedIterator for IntoIter<T> {
    fn next_back(&mut self) -> Option<T> {
        if self.front == self.back {
            return None;
        }
        self.back -= 1;
        // SAFETY: slot `back` is initialised and now outside `front..back`.
        Some(unsafe { self.ptr.as_ptr().add(self.back).read() })
    }
}

impl<T> ExactSizeIterator for IntoIter<T> {}

impl<T> Drop for IntoIter<T> {
    fn drop(&mut self) {
        let (front, back) = (self.front, self.back);
        self.front = back;
        // SAFETY: slots `front..back` are the initialised elements not yet yielded; the
        // range is emptied first, so they are dropped exactly once. The storage came from
        // `alloc(cap * size_of::<T>())` of an allocator that outlives the vector.
        unsafe {
            ptr::drop_in_place(ptr::slice_from_raw_parts_mut(
                self.ptr.as_ptr().add(front),
                back - front,
            ));
            if self.cap != 0 {
                Allocator::free(self.ptr.cast(), self.cap * size_of::<T>());
            }
        }
    }
}

#[cfg(test)]
#[path = "buffer_tests.rs"]
mod tests;
