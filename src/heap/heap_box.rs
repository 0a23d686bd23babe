//! [`HeapBox`]: one value in a block of its own from the pool [`Allocator`], for the
//! rarely used, large variant of a small enum (an instance namespace grown into a hash
//! table), so that the common variant does not pay for its size inline. One pointer
//! wide; the block is counted like every other.

use std::ops::{Deref, DerefMut};
use std::ptr::NonNull;

use super::buffer::AllocError;
use super::pool::{ALIGNMENT, Allocator};

pub struct HeapBox<T> {
    ptr: NonNull<T>,
}

impl<T> HeapBox<T> {
    const LAYOUT_SUPPORTED: () = {
        assert!(
            size_of::<T>() != 0,
            "HeapBox does not hold zero-sized types"
        );
        assert!(
            align_of::<T>() <= ALIGNMENT,
            "HeapBox values need at most the allocator's alignment"
        );
    };

    /// Moves `value` into a new block; gives it back when the allocation fails.
    pub fn new(a: &Allocator, value: T) -> Result<Self, (AllocError, T)> {
        let () = Self::LAYOUT_SUPPORTED;
        let Some(block) = a.alloc(size_of::<T>()) else {
            return Err((AllocError, value));
        };
        let ptr = block.cast::<T>();
        // SAFETY: the block is fresh, at least size_of::<T>() bytes and aligned for T.
        unsafe { ptr.as_ptr().write(value) };
        Ok(HeapBox { ptr })
    }

    /// Bytes the allocator handed out for the block.
    pub fn storage_bytes(&self) -> usize {
        Allocator::block_size(size_of::<T>())
    }

    /// Takes the value out and frees the block.
    pub fn into_inner(self) -> T {
        let this = std::mem::ManuallyDrop::new(self);
        // SAFETY: the block holds an initialised T that nothing else will read or drop
        // (self is not dropped); it came from `alloc(size_of::<T>())`.
        unsafe {
            let value = this.ptr.as_ptr().read();
            Allocator::free(this.ptr.cast(), size_of::<T>());
            value
        }
    }
}

impl<T> Deref for HeapBox<T> {
    type Target = T;

    #[inline(always)]
    fn deref(&self) -> &T {
        // SAFETY: the block holds an initialised T owned by self.
        unsafe { self.ptr.as_ref() }
    }
}

impl<T> DerefMut for HeapBox<T> {
    #[inline(always)]
    fn deref_mut(&mut self) -> &mut T {
        // SAFETY: as in deref; &mut self makes the access unique.
        unsafe { self.ptr.as_mut() }
    }
}

impl<T> Drop for HeapBox<T> {
    fn drop(&mut self) {
        // SAFETY: the value is initialised and dropped once, here; the block came from
        // `alloc(size_of::<T>())` and is freed once, after the value is gone. Dropping
        // the value may run code, but nothing else can reach this block.
        unsafe {
            std::ptr::drop_in_place(self.ptr.as_ptr());
            Allocator::free(self.ptr.cast(), size_of::<T>());
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_box_counts_its_block_and_frees_it() {
        let a = Allocator::new();
        let b = HeapBox::new(&a, [7u64; 9]).expect("no limit set");
        assert_eq!(a.bytes_in_use(), 72);
        assert_eq!(b.storage_bytes(), 72);
        assert_eq!(b[8], 7);
        let inner = b.into_inner();
        assert_eq!(inner[0], 7);
        assert_eq!(a.bytes_in_use(), 0);
        let c = HeapBox::new(&a, vec![1, 2]).expect("no limit set");
        drop(c);
        assert_eq!(a.bytes_in_use(), 0);
    }
}
