//! Large blocks: requests above `MAX_SMALL_REQUEST`, served by the system allocator.
//!
//! Each block is preceded by a [`LargeHeader`] prefix. Its last 16 bytes, just before the
//! block, record the owning allocator and the requested size, so that `free` needs no
//! allocator argument; its first 16 bytes link the block into its allocator's list of
//! large blocks, so that dropping the allocator can return any survivors to the system.

use std::alloc::{
    Layout, alloc as system_alloc, dealloc as system_dealloc, realloc as system_realloc,
};
use std::ptr::{self, NonNull};

use super::pool::{ALIGNMENT, Allocator};

/// The prefix in front of every large block.
#[repr(C)]
pub(super) struct LargeHeader {
    next: *mut LargeHeader,
    prev: *mut LargeHeader,
    allocator: *const Allocator,
    size: usize,
}

/// Bytes in front of a large block (a multiple of `ALIGNMENT`, so the block stays aligned).
pub(super) const LARGE_PREFIX: usize = size_of::<LargeHeader>();
const _: () = assert!(LARGE_PREFIX.is_multiple_of(ALIGNMENT));

/// The system layout of a large block of `size` bytes, prefix included.
fn layout_for(size: usize) -> Option<Layout> {
    let total = size.checked_add(LARGE_PREFIX)?;
    Layout::from_size_align(total, ALIGNMENT).ok()
}

/// The prefix of a large block.
fn header_of(block: NonNull<u8>) -> *mut LargeHeader {
    block
        .as_ptr()
        .wrapping_sub(LARGE_PREFIX)
        .cast::<LargeHeader>()
}

/// The large blocks of one allocator: a doubly linked list through their prefixes.
pub(super) struct LargeBlocks {
    head: *mut LargeHeader,
    count: usize,
    bytes: usize,
}

impl LargeBlocks {
    pub(super) const fn new() -> Self {
        LargeBlocks {
            head: ptr::null_mut(),
            count: 0,
            bytes: 0,
        }
    }

    /// Number of live large blocks.
    pub(super) fn count(&self) -> usize {
        self.count
    }

    /// Requested bytes of the live large blocks.
    pub(super) fn bytes(&self) -> usize {
        self.bytes
    }

    /// Allocates a block of `size` bytes owned by `allocator`. `None` if the size is too
    /// big for a layout or the system is out of memory.
    pub(super) fn alloc(
        &mut self,
        allocator: *const Allocator,
        size: usize,
    ) -> Option<NonNull<u8>> {
        let layout = layout_for(size)?;
        // SAFETY: the layout has a non-zero size (at least the prefix).
        let header = unsafe { system_alloc(layout) }.cast::<LargeHeader>();
        if header.is_null() {
            return None;
        }
        // SAFETY: `header` is fresh memory, aligned for and larger than `LargeHeader`; the
        // old head, if any, is a live large block of this list. The block starts
        // `LARGE_PREFIX` bytes in, inside the allocation.
        unsafe {
            header.write(LargeHeader {
                next: self.head,
                prev: ptr::null_mut(),
                allocator,
                size,
            });
            if !self.head.is_null() {
                (*self.head).prev = header;
            }
            self.head = header;
            self.count += 1;
            self.bytes += size;
            NonNull::new(header.cast::<u8>().add(LARGE_PREFIX))
        }
    }

    /// Points the neighbours of a block (or the list head, when it has no predecessor)
    /// elsewhere: `prev`'s successor becomes `after_prev`, `next`'s predecessor
    /// `before_next`. Unlinking passes the block's own neighbours; moving the block
    /// passes its new address twice.
    ///
    /// # Safety
    ///
    /// `prev` and `next` are null or live prefixes of this list.
    unsafe fn relink_neighbours(
        &mut self,
        prev: *mut LargeHeader,
        next: *mut LargeHeader,
        after_prev: *mut LargeHeader,
        before_next: *mut LargeHeader,
    ) {
        // SAFETY: per the contract, non-null neighbours are live prefixes.
        unsafe {
            if prev.is_null() {
                self.head = after_prev;
            } else {
                (*prev).next = after_prev;
            }
            if !next.is_null() {
                (*next).prev = before_next;
            }
        }
    }

    /// Unlinks a large block and returns it to the system; gives back its requested size.
    ///
    /// # Safety
    ///
    /// `header` is the prefix of a live large block of this list.
    unsafe fn free(&mut self, header: *mut LargeHeader) -> usize {
        // SAFETY: per the contract `header` and its neighbours are live prefixes, and the
        // allocation was made with `layout_for(size)`, which therefore succeeds again.
        unsafe {
            let (prev, next) = ((*header).prev, (*header).next);
            self.relink_neighbours(prev, next, next, prev);
            let size = (*header).size;
            self.count -= 1;
            self.bytes -= size;
            if let Some(layout) = layout_for(size) {
                system_dealloc(header.cast::<u8>(), layout);
            }
            size
        }
    }

    /// Resizes a large block to `new_size` bytes (also large) with the system's realloc,
    /// which grows a big block by remapping its pages instead of copying them (a list
    /// that grows by appends would otherwise copy itself, and touch fresh pages, at
    /// every resize). The block keeps its place in the list. `None` leaves it untouched.
    ///
    /// # Safety
    ///
    /// `header` is the prefix of a live large block of this list.
    unsafe fn realloc(&mut self, header: *mut LargeHeader, new_size: usize) -> Option<NonNull<u8>> {
        let new_layout = layout_for(new_size)?;
        // SAFETY: per the contract `header` is a live prefix allocated with
        // `layout_for(size)`; the new size is non-zero and, as `layout_for` checked, does
        // not overflow `isize` once aligned. On success the old pointer is dead and the
        // prefix, copied with the block, is relinked at its new address, its neighbours
        // (live prefixes of this list) pointing to it again.
        unsafe {
            let old_size = (*header).size;
            let old_layout = layout_for(old_size)?;
            let moved = system_realloc(header.cast::<u8>(), old_layout, new_layout.size())
                .cast::<LargeHeader>();
            if moved.is_null() {
                return None;
            }
            (*moved).size = new_size;
            self.relink_neighbours((*moved).prev, (*moved).next, moved, moved);
            self.bytes = self.bytes - old_size + new_size;
            NonNull::new(moved.cast::<u8>().add(LARGE_PREFIX))
        }
    }

    /// Returns every remaining large block to the system (the allocator is being dropped).
    pub(super) fn release_all(&mut self) {
        while !self.head.is_null() {
            // SAFETY: the head is a live large block of this list.
            unsafe { self.free(self.head) };
        }
    }
}

/// Frees a large block through the allocator recorded in its prefix.
///
/// # Safety
///
/// Contract of `Allocator::free`, with `size > MAX_SMALL_REQUEST`.
pub(super) unsafe fn free_large(block: NonNull<u8>, size: usize) {
    let header = header_of(block);
    // SAFETY: the block is live, so its prefix is initialised and its allocator alive; no
    // other reference to that allocator's state is alive (single-threaded, and allocator
    // methods never call out while holding one).
    unsafe {
        debug_assert_eq!((*header).size, size, "free: size does not match the block");
        let owner = &*(*header).allocator;
        if owner.is_tracing() {
            owner.trace_free(block, owner.bytes_in_use());
        }
        let state = Allocator::state_of((*header).allocator);
        let freed = state.large.free(header);
        state.bytes_in_use -= freed;
        state.frees += 1;
    }
}

/// Resizes a large block to `new_size` bytes (also above `MAX_SMALL_REQUEST`), through
/// the allocator recorded in its prefix. The figures move as for a free of the old block
/// followed by an allocation of the new one; `--max-heap` is checked against the use
/// after the resize. `None` (over the limit, or out of memory) leaves the block as it was.
///
/// # Safety
///
/// Contract of `Allocator::free` for `block` and `old_size`; `new_size > MAX_SMALL_REQUEST`.
pub(super) unsafe fn realloc_large(
    block: NonNull<u8>,
    old_size: usize,
    new_size: usize,
) -> Option<NonNull<u8>> {
    let header = header_of(block);
    // SAFETY: as in `free_large`: the block is live, its prefix initialised and its
    // allocator alive, with no other reference to that allocator's state.
    unsafe {
        debug_assert_eq!(
            (*header).size,
            old_size,
            "realloc: size does not match the block"
        );
        let owner = &*(*header).allocator;
        let state = Allocator::state_of((*header).allocator);
        let in_use = (state.bytes_in_use - old_size).checked_add(new_size)?;
        if in_use > state.limit {
            return None;
        }
        let moved = state.large.realloc(header, new_size)?;
        state.frees += 1;
        state.record_allocation(in_use);
        if owner.is_tracing() {
            owner.trace_free(block, in_use);
            owner.trace_alloc(moved, new_size, in_use);
        }
        Some(moved)
    }
}

/// The allocator recorded in a large block's prefix.
///
/// # Safety
///
/// `block` is a live large block.
pub(super) unsafe fn allocator_of_large(block: NonNull<u8>) -> *const Allocator {
    // SAFETY: per the contract the prefix is initialised.
    unsafe { (*header_of(block)).allocator }
}
