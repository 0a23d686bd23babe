//! Large blocks: requests above `MAX_SMALL_REQUEST`, served by the system allocator.
//!
//! Each block is preceded by a [`LargeHeader`] prefix. Its last 16 bytes, just before the
//! block, record the owning allocator and the requested size, so that `free` needs no
//! allocator argument; its first 16 bytes link the block into its allocator's list of
//! large blocks, so that dropping the allocator can return any survivors to the system.

use std::alloc::{Layout, alloc as system_alloc, dealloc as system_dealloc};
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

    /// Unlinks a large block and returns it to the system; gives back its requested size.
    ///
    /// # Safety
    ///
    /// `header` is the prefix of a live large block of this list.
    unsafe fn free(&mut self, header: *mut LargeHeader) -> usize {
        // SAFETY: per the contract `header` and its neighbours are live prefixes, and the
        // allocation was made with `layout_for(size)`, which therefore succeeds again.
        unsafe {
            let next = (*header).next;
            let prev = (*header).prev;
            if prev.is_null() {
                self.head = next;
            } else {
                (*prev).next = next;
            }
            if !next.is_null() {
                (*next).prev = prev;
            }
            let size = (*header).size;
            self.count -= 1;
            self.bytes -= size;
            if let Some(layout) = layout_for(size) {
                system_dealloc(header.cast::<u8>(), layout);
            }
            size
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
            owner.trace_free(block);
        }
        let state = Allocator::state_of((*header).allocator);
        let freed = state.large.free(header);
        state.bytes_in_use -= freed;
        state.frees += 1;
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
