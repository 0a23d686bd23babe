//! The small-block allocator, modelled on CPython's `Objects/obmalloc.c` (pymalloc).
//!
//! Requests of up to [`MAX_SMALL_REQUEST`] bytes are rounded up to a multiple of
//! [`ALIGNMENT`]; each rounded size is a *size class*. Blocks of one class are cut from a
//! *pool*: a [`POOL_SIZE`]-aligned page that starts with a [`PoolHeader`]. Pools are carved
//! out of [`ARENA_SIZE`] *arenas* obtained from the system allocator (`arena.rs`). Larger
//! requests go straight to the system allocator (`large.rs`) and are still counted.
//!
//! Because pools are aligned to their own size, the header of the pool that holds a small
//! block is found by clearing the low bits of the block's address, and the header points
//! back to its [`Allocator`]: that is why [`Allocator::free`] needs no allocator argument.
//!
//! Per size class the allocator keeps `used_pools`, a list of pools that have both used and
//! free blocks. Allocating pops the free list of the first pool of the class (or carves the
//! pool's next never-used block); a pool that fills up leaves the list, a full pool that
//! gets a block back rejoins it, and a pool whose last block is freed goes back to its
//! arena, where any size class may reuse it.
//!
//! # Invariants
//!
//! - Every block is [`ALIGNMENT`]-aligned and at least [`Allocator::block_size`] bytes.
//! - An `Allocator` must outlive every block it handed out, and must stay where
//!   [`Allocator::new`] put it (it is boxed: pool headers and large-block prefixes hold its
//!   address). The interpreter owns its allocator for longer than any object.
//! - A block is freed at most once, with the size it was requested with.

use std::cell::UnsafeCell;
use std::marker::PhantomData;
use std::ptr::{self, NonNull};

use super::arena::{Arena, ArenaList};
use super::large::LargeBlocks;
use super::stats::{AllocStats, SizeClassStats};

/// Every block is aligned to this many bytes; size classes are this far apart. Eight,
/// as pymalloc had it before 3.8: no payload needs more than a pointer's alignment, and
/// a float then takes 24 bytes, not 32.
pub const ALIGNMENT: usize = 8;
const ALIGNMENT_SHIFT: u32 = ALIGNMENT.trailing_zeros();
/// Requests up to this size come from pools; larger ones from the system allocator.
pub const MAX_SMALL_REQUEST: usize = 512;
/// The smallest block: a free block holds the free-list link and, in debug builds, the
/// freed mark.
pub const MIN_BLOCK: usize = 2 * size_of::<usize>();
/// Number of size classes: 16, 24, ..., 512 bytes.
pub const NUM_SIZE_CLASSES: usize = (MAX_SMALL_REQUEST - MIN_BLOCK) / ALIGNMENT + 1;
/// Size of a pool; pools are also aligned to this size.
pub const POOL_SIZE: usize = 16 * 1024;
/// Size of an arena, the unit obtained from and returned to the system allocator.
pub const ARENA_SIZE: usize = 1024 * 1024;
/// Pools per arena: the arena is pool-aligned, so every one of them is usable.
pub const POOLS_PER_ARENA: usize = ARENA_SIZE / POOL_SIZE;
/// Bytes at the start of each pool taken by its header; the first block follows.
pub const POOL_OVERHEAD: usize = size_of::<PoolHeader>().next_multiple_of(ALIGNMENT);

/// `size_class` of a pool that was carved from its arena but never initialised.
pub(super) const NO_SIZE_CLASS: u32 = u32::MAX;
/// Written into every pool header; checked (in debug builds) when a block is freed.
pub(super) const POOL_MAGIC: u32 = 0x706f_6f6c;
/// Written into a live allocator; checked (in debug builds) through block back-pointers.
const ALLOCATOR_MAGIC: usize = 0x6d69_6e69_7079_6865;
/// Debug builds mark the second word of a freed small block with this value, so that a
/// double free is detected without walking the pool's free list on every free.
const FREED_MARK: usize = 0xdead_f4ee_b10c_dead_u64 as usize;
/// Debug builds fill the rest of a freed small block with this byte (as CPython's debug
/// hooks fill with 0xDD), so that a use after free reads obvious garbage.
const FREED_FILL: u8 = 0xdd;

const _: () = assert!(ALIGNMENT.is_power_of_two() && POOL_SIZE.is_power_of_two());
const _: () = assert!(ARENA_SIZE.is_multiple_of(POOL_SIZE));
const _: () = assert!(MAX_SMALL_REQUEST.is_multiple_of(ALIGNMENT));
const _: () = assert!(POOL_OVERHEAD + 2 * MAX_SMALL_REQUEST <= POOL_SIZE);
// A free block stores the free-list link in its first word and, in debug builds, the
// freed mark in its second: the smallest block must hold both.
const _: () = assert!(MIN_BLOCK.is_multiple_of(ALIGNMENT) && ALIGNMENT >= align_of::<usize>());

/// The header at the start of every pool.
///
/// A pool is in exactly one of three states: *used* (some blocks used, some free; linked
/// into `used_pools[size_class]` through `next_pool`/`prev_pool`), *full* (no free block;
/// linked nowhere, `free_block` is null) or *empty* (no block used; linked into its arena's
/// free-pool list through `next_pool`, keeping its old size class and free list so that
/// reuse for the same class needs no re-initialisation).
#[repr(C)]
pub(super) struct PoolHeader {
    /// The allocator the pool belongs to; `free` reaches the allocator through it.
    pub(super) allocator: *const Allocator,
    /// The arena the pool was carved from.
    pub(super) arena: *mut Arena,
    /// Head of the list of free blocks; each stores the next link in its first word.
    /// Never null while the pool is in `used_pools`.
    pub(super) free_block: *mut u8,
    pub(super) next_pool: *mut PoolHeader,
    pub(super) prev_pool: *mut PoolHeader,
    /// Number of blocks handed out and not yet freed.
    pub(super) used_blocks: u32,
    pub(super) size_class: u32,
    /// Offset of the next never-used block. Blocks are carved lazily, one at a time, when
    /// the free list runs dry (so a fresh pool costs no up-front work).
    pub(super) next_offset: u32,
    /// Largest `next_offset` at which a whole block still fits in the pool.
    pub(super) max_next_offset: u32,
    pub(super) magic: u32,
}

/// Size class of a small request (`size <= MAX_SMALL_REQUEST`); requests below
/// [`MIN_BLOCK`] (0 included) get the smallest block.
#[inline(always)]
fn small_class(size: usize) -> usize {
    (size.max(MIN_BLOCK) - MIN_BLOCK).div_ceil(ALIGNMENT)
}

/// Block size of a size class.
#[inline(always)]
pub(super) const fn class_block_size(class: usize) -> usize {
    MIN_BLOCK + (class << ALIGNMENT_SHIFT)
}

/// How many blocks of a size class fit in one pool.
pub(super) const fn blocks_per_pool(class: usize) -> usize {
    (POOL_SIZE - POOL_OVERHEAD) / class_block_size(class)
}

/// The header of the pool holding a small block: the block's address with the low bits
/// cleared (the pointer keeps the block's provenance, which covers the whole arena).
#[inline(always)]
fn pool_of(block: NonNull<u8>) -> *mut PoolHeader {
    block
        .as_ptr()
        .map_addr(|addr| addr & !(POOL_SIZE - 1))
        .cast::<PoolHeader>()
}

/// Mutable allocator state, behind the `UnsafeCell` of [`Allocator`].
pub(super) struct State {
    pub(super) bytes_in_use: usize,
    /// `usize::MAX` when no limit is set, so the check on the fast path is one comparison.
    pub(super) limit: usize,
    pub(super) peak_bytes_in_use: usize,
    pub(super) allocations: u64,
    pub(super) frees: u64,
    /// Of `bytes_in_use`, the bytes objects hold outside the heap (see
    /// [`Allocator::add_external`]).
    pub(super) external_bytes: usize,
    /// `used_pools[c]`: head of the doubly linked, null-terminated list of used pools of
    /// size class `c`. New blocks always come from the head.
    used_pools: [*mut PoolHeader; NUM_SIZE_CLASSES],
    pub(super) arenas: ArenaList,
    pub(super) large: LargeBlocks,
    /// Opaque pointer for the layer above (see [`Allocator::set_owner`]).
    owner: *const (),
    /// Where the allocator lives; debug builds check it never moves.
    home: *const Allocator,
}

/// A pymalloc-style pooled heap. See the module documentation for the design.
///
/// Single-threaded: not `Send`, not `Sync` (mutation goes through an `UnsafeCell`, and
/// blocks freed through [`Allocator::free`] reach the allocator from any caller).
///
/// ```compile_fail,E0277
/// fn needs_send<T: Send>() {}
/// needs_send::<minipy::heap::Allocator>();
/// ```
///
/// ```compile_fail,E0277
/// fn needs_sync<T: Sync>() {}
/// needs_sync::<minipy::heap::Allocator>();
/// ```
pub struct Allocator {
    /// `ALLOCATOR_MAGIC` while alive; checked in debug builds when a block is freed.
    magic: usize,
    state: UnsafeCell<State>,
    /// True while `tracer` records blocks (checked on every alloc and free).
    tracing: std::cell::Cell<bool>,
    tracer: std::cell::RefCell<super::trace::Tracer>,
    _single_threaded: PhantomData<*mut ()>,
}

impl Allocator {
    /// Creates an empty allocator. It is boxed so that its address is stable: pool headers
    /// and large-block prefixes point back to it. Never move it out of the box.
    pub fn new() -> Box<Allocator> {
        let mut allocator = Box::new(Allocator {
            magic: ALLOCATOR_MAGIC,
            state: UnsafeCell::new(State {
                bytes_in_use: 0,
                external_bytes: 0,
                limit: usize::MAX,
                peak_bytes_in_use: 0,
                allocations: 0,
                frees: 0,
                used_pools: [ptr::null_mut(); NUM_SIZE_CLASSES],
                arenas: ArenaList::new(),
                large: LargeBlocks::new(),
                owner: ptr::null(),
                home: ptr::null(),
            }),
            tracing: std::cell::Cell::new(false),
            tracer: std::cell::RefCell::new(super::trace::Tracer::default()),
            _single_threaded: PhantomData,
        });
        let home: *const Allocator = &*allocator;
        allocator.state.get_mut().home = home;
        allocator
    }

    /// Returns a block of at least `size` bytes, aligned to [`ALIGNMENT`]. Requests up to
    /// [`MAX_SMALL_REQUEST`] come from pools, larger ones from the system allocator. A
    /// request of 0 bytes is served as 1 byte.
    ///
    /// Returns `None` when the block would take [`Allocator::bytes_in_use`] past the limit
    /// set by [`Allocator::set_limit`], or when the system is out of memory.
    #[inline]
    pub fn alloc(&self, size: usize) -> Option<NonNull<u8>> {
        self.alloc_inlined(size)
    }

    /// `alloc`, always inlined: for the few hot call sites (ints and floats made by the
    /// dispatch loop), where a call would cost as much as the allocation.
    #[inline(always)]
    pub fn alloc_inlined(&self, size: usize) -> Option<NonNull<u8>> {
        let block = if size <= MAX_SMALL_REQUEST {
            self.alloc_small(size)
        } else {
            self.alloc_large(size)
        };
        if self.tracing.get()
            && let Some(b) = block
        {
            self.trace_alloc(b, size, self.bytes_in_use());
        }
        block
    }

    /// Records a new block with the tracer; `heap_now` is the bytes in use with it.
    #[cold]
    pub(super) fn trace_alloc(&self, block: NonNull<u8>, size: usize, heap_now: usize) {
        if let Ok(mut t) = self.tracer.try_borrow_mut() {
            t.record_alloc(
                block.as_ptr() as usize,
                Self::block_size(size.max(1)),
                heap_now,
            );
        }
    }

    /// Records a freed block with the tracer; `heap_now` is the bytes in use before.
    #[cold]
    pub(super) fn trace_free(&self, block: NonNull<u8>, heap_now: usize) {
        if let Ok(mut t) = self.tracer.try_borrow_mut() {
            t.record_free(block.as_ptr() as usize, heap_now);
        }
    }

    /// Turns the allocation hook on while `tracemalloc` traces or a profile records.
    fn update_hook(&self) {
        let on = self
            .tracer
            .try_borrow()
            .map(|t| t.python || t.profile.is_some())
            .unwrap_or(true);
        self.tracing.set(on);
    }

    /// Sets whether `tracemalloc` traces, and refreshes the hook.
    fn set_python_tracing(&self, on: bool) {
        if let Ok(mut t) = self.tracer.try_borrow_mut() {
            t.python = on;
        }
        self.update_hook();
    }

    /// Starts recording allocations (`tracemalloc.start()`).
    pub fn start_tracing(&self) {
        self.set_python_tracing(true);
    }

    /// Stops recording and forgets all traces (`tracemalloc.stop()`).
    pub fn stop_tracing(&self) {
        if let Ok(mut t) = self.tracer.try_borrow_mut() {
            t.clear();
        }
        self.set_python_tracing(false);
    }

    /// Stops or resumes recording without forgetting the traces (while the tracer's
    /// own results are built, so that they do not trace themselves).
    pub fn pause_tracing(&self, paused: bool) {
        self.set_python_tracing(!paused);
    }

    /// True while the allocation hook is on (`tracemalloc` traces or a profile records):
    /// the interpreter then reports where allocations happen.
    #[inline]
    pub fn is_tracing(&self) -> bool {
        self.tracing.get()
    }

    /// True while `tracemalloc` traces.
    pub fn is_tracemalloc_tracing(&self) -> bool {
        self.tracing.get() && self.tracer.try_borrow().is_ok_and(|t| t.python)
    }

    /// Starts a heap profile (`--flamegraph`, `--mem-timeline`) from the heap as it is.
    pub fn start_profile(&self) {
        let heap_now = self.bytes_in_use();
        if let Ok(mut t) = self.tracer.try_borrow_mut() {
            t.profile = Some(Box::new(super::profile::HeapProfile::new(heap_now)));
        }
        self.update_hook();
    }

    /// Ends the heap profile and hands it over.
    pub fn take_profile(&self) -> Option<Box<super::profile::HeapProfile>> {
        let p = self.tracer.try_borrow_mut().ok()?.profile.take();
        self.update_hook();
        p
    }

    /// True while a heap profile records.
    pub fn is_profiling(&self) -> bool {
        self.tracing.get() && self.tracer.try_borrow().is_ok_and(|t| t.profile.is_some())
    }

    /// Sets the source location that new traced blocks are attributed to.
    #[inline]
    pub fn set_trace_location(&self, loc: super::trace::TraceLocation) {
        if let Ok(mut t) = self.tracer.try_borrow_mut() {
            t.location = loc;
        }
    }

    /// Sets the call stack that new profiled blocks are attributed to.
    #[inline]
    pub fn set_profile_stack(&self, stack: super::profile::StackId) {
        if let Ok(mut t) = self.tracer.try_borrow_mut()
            && let Some(p) = &mut t.profile
        {
            p.stack = stack;
        }
    }

    /// Runs `f` on the tracer (for statistics and snapshots).
    pub fn with_tracer<R>(&self, f: impl FnOnce(&mut super::trace::Tracer) -> R) -> Option<R> {
        self.tracer.try_borrow_mut().ok().map(|mut t| f(&mut t))
    }

    #[inline(always)]
    fn alloc_small(&self, size: usize) -> Option<NonNull<u8>> {
        let class = small_class(size);
        // SAFETY: the allocator is single-threaded and no other reference to the state is
        // alive: every method takes such a reference only for its own duration and never
        // calls out to code that could re-enter the allocator.
        let state = unsafe { &mut *self.state.get() };
        let in_use = state.bytes_in_use + class_block_size(class);
        if in_use > state.limit {
            return None;
        }
        let pool = state.used_pools[class];
        if pool.is_null() {
            return self.alloc_from_fresh_pool(state, class);
        }
        state.record_allocation(in_use);
        // SAFETY: a pool in `used_pools[class]` is live, initialised for `class`, and has a
        // non-empty free list.
        let block = unsafe { take_block(state, pool, class) };
        Some(mark_handed_out(block))
    }

    /// Slow path: no used pool for `class`, so take an empty pool from an arena (opening
    /// a new arena if needed) and make it the class's only used pool.
    #[cold]
    #[inline(never)]
    fn alloc_from_fresh_pool(&self, state: &mut State, class: usize) -> Option<NonNull<u8>> {
        debug_assert!(
            ptr::eq(state.home, self),
            "an Allocator was moved out of its Box"
        );
        let pool = state.arenas.take_pool(self)?;
        // SAFETY: `take_pool` returns a pool of a live arena, not linked into any list, whose
        // `allocator`, `arena`, `magic` and `size_class` fields are initialised; when
        // `size_class` names a class, the rest of the header is initialised too and its
        // free list holds every carved block (at least two), none of them in use.
        unsafe {
            (*pool).next_pool = ptr::null_mut();
            (*pool).prev_pool = ptr::null_mut();
            state.used_pools[class] = pool;
            (*pool).used_blocks = 1;
            let size = class_block_size(class);
            state.record_allocation(state.bytes_in_use + size);
            if (*pool).size_class == class as u32 {
                let block = NonNull::new_unchecked((*pool).free_block);
                (*pool).free_block = block.as_ptr().cast::<*mut u8>().read();
                if (*pool).free_block.is_null() {
                    extend_pool(state, pool, class, block);
                }
                return Some(mark_handed_out(block));
            }
            let first = pool.cast::<u8>().add(POOL_OVERHEAD);
            let second = first.add(size);
            second.cast::<*mut u8>().write(ptr::null_mut());
            (*pool).size_class = class as u32;
            (*pool).free_block = second;
            (*pool).next_offset = (POOL_OVERHEAD + 2 * size) as u32;
            (*pool).max_next_offset = (POOL_SIZE - size) as u32;
            Some(mark_handed_out(NonNull::new_unchecked(first)))
        }
    }

    #[inline]
    fn alloc_large(&self, size: usize) -> Option<NonNull<u8>> {
        // SAFETY: as in `alloc_small`: single-threaded, no other state reference alive.
        let state = unsafe { &mut *self.state.get() };
        let in_use = state.bytes_in_use.checked_add(size)?;
        if in_use > state.limit {
            return None;
        }
        debug_assert!(
            ptr::eq(state.home, self),
            "an Allocator was moved out of its Box"
        );
        let block = state.large.alloc(self, size)?;
        state.record_allocation(in_use);
        Some(block)
    }

    /// Frees a small block (`size` at most `MAX_SMALL_REQUEST`) and returns the owner
    /// of the allocator it came from (see [`Allocator::set_owner`]), found on the way.
    ///
    /// # Safety
    ///
    /// Contract of [`Allocator::free`], and `size` is a small request.
    #[inline(always)]
    pub unsafe fn free_small_block(ptr: NonNull<u8>, size: usize) -> *const () {
        // SAFETY: forwarded caller contract.
        unsafe { free_small(ptr, size) }
    }

    /// Frees a block. No allocator argument is needed: a small block finds its pool header
    /// by masking its address, and the header points to the allocator; a large block's
    /// prefix records its allocator.
    ///
    /// # Safety
    ///
    /// `ptr` was returned by `alloc(size)` (same `size`) of an allocator that is still
    /// alive, and has not been freed since.
    #[inline(always)]
    pub unsafe fn free(ptr: NonNull<u8>, size: usize) {
        if size <= MAX_SMALL_REQUEST {
            // SAFETY: forwarded caller contract.
            unsafe {
                free_small(ptr, size);
            }
        } else {
            // SAFETY: forwarded caller contract.
            unsafe { super::large::free_large(ptr, size) }
        }
    }

    /// Resizes a block to `new_size` bytes, keeping its first `min(old_size, new_size)`
    /// bytes. A large block that stays large is resized by the system (no copy for big
    /// blocks); any other change is allocate, copy, free. `None` (over the limit or out of
    /// memory) leaves the old block untouched.
    ///
    /// # Safety
    ///
    /// Contract of [`Allocator::free`] for `ptr` and `old_size`.
    pub unsafe fn realloc(
        &self,
        ptr: NonNull<u8>,
        old_size: usize,
        new_size: usize,
    ) -> Option<NonNull<u8>> {
        if old_size > MAX_SMALL_REQUEST && new_size > MAX_SMALL_REQUEST {
            // SAFETY: forwarded caller contract; both sizes are large.
            return unsafe { super::large::realloc_large(ptr, old_size, new_size) };
        }
        let new = self.alloc(new_size)?;
        // SAFETY: the old block holds `old_size` bytes and the new one `new_size`; they
        // are distinct live blocks. The old one is then freed once, per the contract.
        unsafe {
            ptr::copy_nonoverlapping(ptr.as_ptr(), new.as_ptr(), old_size.min(new_size));
            Self::free(ptr, old_size);
        }
        Some(new)
    }

    /// The allocator that handed out `ptr`.
    ///
    /// # Safety
    ///
    /// Same contract as [`Allocator::free`]: `ptr` is a live block from `alloc(size)`.
    pub unsafe fn allocator_of(ptr: NonNull<u8>, size: usize) -> *const Allocator {
        if size <= MAX_SMALL_REQUEST {
            // SAFETY: a live small block lies in a live pool whose header is initialised.
            unsafe { (*pool_of(ptr)).allocator }
        } else {
            // SAFETY: a live large block is preceded by its initialised prefix.
            unsafe { super::large::allocator_of_large(ptr) }
        }
    }

    /// Caps [`Allocator::bytes_in_use`]: an allocation that would exceed `max_bytes` fails.
    /// Lowering the limit below the current use frees nothing; it only stops growth.
    pub fn set_limit(&self, max_bytes: Option<usize>) {
        // SAFETY: single-threaded, no other state reference alive (see `alloc_small`).
        let state = unsafe { &mut *self.state.get() };
        state.limit = max_bytes.unwrap_or(usize::MAX);
    }

    /// Whether `size` more bytes fit under the limit set by [`Allocator::set_limit`] (and
    /// in an address space: at most `isize::MAX`). Code that builds a large temporary
    /// buffer outside the heap asks first, so that `--max-heap` bounds it too and an
    /// impossible size fails at once instead of after the memory was spent.
    pub fn can_allocate(&self, size: usize) -> bool {
        let state = self.state_ref();
        size <= isize::MAX as usize
            && state
                .bytes_in_use
                .checked_add(size)
                .is_some_and(|total| total <= state.limit)
    }

    /// Counts `bytes` of memory outside the heap (a big int's digits) as in use with the
    /// block at `block`, handed out just now: in the bytes in use and their peak, and in
    /// the block's trace. The caller checked [`Allocator::can_allocate`] first.
    pub fn add_external(&self, block: NonNull<u8>, bytes: usize) {
        if bytes == 0 {
            return;
        }
        // SAFETY: single-threaded, no other state reference alive (see `alloc_small`).
        let state = unsafe { &mut *self.state.get() };
        state.bytes_in_use = state.bytes_in_use.saturating_add(bytes);
        state.external_bytes = state.external_bytes.saturating_add(bytes);
        state.peak_bytes_in_use = state.peak_bytes_in_use.max(state.bytes_in_use);
        let heap_now = state.bytes_in_use;
        if self.tracing.get()
            && let Ok(mut t) = self.tracer.try_borrow_mut()
        {
            t.record_grow(block.as_ptr() as usize, bytes, heap_now);
        }
    }

    /// The bytes of [`Allocator::add_external`] given back, before their block is freed.
    pub fn remove_external(&self, bytes: usize) {
        // SAFETY: single-threaded, no other state reference alive (see `alloc_small`).
        let state = unsafe { &mut *self.state.get() };
        state.bytes_in_use = state.bytes_in_use.saturating_sub(bytes);
        state.external_bytes = state.external_bytes.saturating_sub(bytes);
    }

    /// The limit set by [`Allocator::set_limit`].
    pub fn limit(&self) -> Option<usize> {
        let limit = self.state_ref().limit;
        (limit != usize::MAX).then_some(limit)
    }

    /// Bytes handed out and not yet freed: block sizes for small blocks, requested sizes
    /// for large ones.
    #[inline]
    pub fn bytes_in_use(&self) -> usize {
        self.state_ref().bytes_in_use
    }

    /// Attaches an opaque pointer (typically the interpreter that owns this allocator), so
    /// that code holding only a block can reach it through [`Allocator::allocator_of`].
    pub fn set_owner(&self, owner: *const ()) {
        // SAFETY: single-threaded, no other state reference alive (see `alloc_small`).
        let state = unsafe { &mut *self.state.get() };
        state.owner = owner;
    }

    /// The pointer set by [`Allocator::set_owner`] (null if none).
    pub fn owner(&self) -> *const () {
        self.state_ref().owner
    }

    /// The size class index serving a request of `size` bytes; `None` for large requests.
    pub fn size_class_of(size: usize) -> Option<usize> {
        (size <= MAX_SMALL_REQUEST).then(|| small_class(size))
    }

    /// The bytes really handed out for a request of `size`: the class's block size for a
    /// small request, the request itself for a large one. This is what is accounted.
    #[inline]
    pub fn block_size(size: usize) -> usize {
        if size <= MAX_SMALL_REQUEST {
            class_block_size(small_class(size))
        } else {
            size
        }
    }

    /// A snapshot of the allocator's figures. Walks every pool of every arena: meant for
    /// reports and tests, not for hot paths.
    pub fn stats(&self) -> AllocStats {
        let state = self.state_ref();
        let mut size_classes = [SizeClassStats::default(); NUM_SIZE_CLASSES];
        for (class, stats) in size_classes.iter_mut().enumerate() {
            stats.block_size = class_block_size(class);
        }
        let mut free_pools = 0;
        state.arenas.for_each_pool(|pool| match pool {
            Some((class, used)) => {
                let stats = &mut size_classes[class];
                stats.pools_in_use += 1;
                stats.blocks_in_use += used;
                stats.free_blocks += blocks_per_pool(class) - used;
            }
            None => free_pools += 1,
        });
        let large_bytes_in_use = state.large.bytes();
        let large_blocks = state.large.count();
        AllocStats {
            arenas_current: state.arenas.current,
            arenas_allocated_total: state.arenas.allocated_total,
            arenas_freed_total: state.arenas.freed_total,
            arenas_peak: state.arenas.peak,
            free_pools,
            size_classes,
            bytes_in_use: state.bytes_in_use,
            small_bytes_in_use: state.bytes_in_use - large_bytes_in_use - state.external_bytes,
            external_bytes_in_use: state.external_bytes,
            large_bytes_in_use,
            large_blocks,
            bytes_reserved: state.arenas.current * ARENA_SIZE
                + large_bytes_in_use
                + large_blocks * super::large::LARGE_PREFIX,
            peak_bytes_in_use: state.peak_bytes_in_use,
            allocations_total: state.allocations,
            frees_total: state.frees,
            limit: self.limit(),
        }
    }

    /// Writes a report in the spirit of CPython's `sys._debugmallocstats()`.
    pub fn write_debug_stats(&self, out: &mut impl std::fmt::Write) -> std::fmt::Result {
        self.stats().write_report(out)
    }

    /// The mutable state of the allocator behind a back-pointer.
    ///
    /// # Safety
    ///
    /// `allocator` is alive, and no other reference to its state is used while the result
    /// is.
    #[inline(always)]
    pub(super) unsafe fn state_of<'a>(allocator: *const Allocator) -> &'a mut State {
        // SAFETY: per the contract the allocator is alive and its state unaliased.
        unsafe {
            debug_assert_eq!(
                (*allocator).magic,
                ALLOCATOR_MAGIC,
                "free: allocator is gone"
            );
            &mut *(*allocator).state.get()
        }
    }

    #[inline(always)]
    fn state_ref(&self) -> &State {
        // SAFETY: single-threaded, and no mutable reference to the state outlives the
        // method that created it, so none is alive while a shared one is used.
        unsafe { &*self.state.get() }
    }
}

impl Drop for Allocator {
    /// Returns every arena and every remaining large block to the system. Blocks still
    /// handed out become dangling: the owner must not use or free them afterwards.
    fn drop(&mut self) {
        self.magic = 0;
        let state = self.state.get_mut();
        state.arenas.release_all();
        state.large.release_all();
        state.used_pools = [ptr::null_mut(); NUM_SIZE_CLASSES];
    }
}

impl State {
    /// Counts a successful allocation that brings the bytes in use to `in_use`.
    #[inline(always)]
    pub(super) fn record_allocation(&mut self, in_use: usize) {
        self.bytes_in_use = in_use;
        self.peak_bytes_in_use = self.peak_bytes_in_use.max(in_use);
        self.allocations += 1;
    }
}

/// Last step of every small allocation. Debug builds clear the block's freed mark, so
/// that the double-free check in `free` only walks a free list for a block really freed.
#[inline(always)]
fn mark_handed_out(block: NonNull<u8>) -> NonNull<u8> {
    if cfg!(debug_assertions) {
        // SAFETY: small blocks have at least 16 bytes, so the second word is inside it.
        unsafe { block.as_ptr().cast::<usize>().add(1).write(0) };
    }
    block
}

/// Pops a block off the free list of `pool`, the head of `used_pools[class]`.
///
/// # Safety
///
/// `pool` is the head of `state.used_pools[class]` (so live, initialised for `class`, and
/// with a non-null free list).
#[inline(always)]
unsafe fn take_block(state: &mut State, pool: *mut PoolHeader, class: usize) -> NonNull<u8> {
    // SAFETY: per the contract the header is live and its free list head is a free block
    // of this pool, whose first word holds the next link.
    unsafe {
        (*pool).used_blocks += 1;
        let block = NonNull::new_unchecked((*pool).free_block);
        let next = block.as_ptr().cast::<*mut u8>().read();
        (*pool).free_block = next;
        if next.is_null() {
            // A tail call: nothing stays live across it, so the fast path needs no spills.
            return extend_pool(state, pool, class, block);
        }
        block
    }
}

/// The free list of `pool` just ran dry while handing out `block`: carve the pool's next
/// never-used block, or, if the pool is now full, unlink it from `used_pools[class]`
/// (whose head it is). Returns `block`.
///
/// # Safety
///
/// `pool` is the initialised head of `state.used_pools[class]` with an empty free list.
#[inline(never)]
unsafe fn extend_pool(
    state: &mut State,
    pool: *mut PoolHeader,
    class: usize,
    block: NonNull<u8>,
) -> NonNull<u8> {
    // SAFETY: per the contract the header is live; `next_offset <= max_next_offset` means a
    // whole block at that offset lies inside the pool; its neighbour in the list, if any,
    // is a live pool.
    unsafe {
        if (*pool).next_offset <= (*pool).max_next_offset {
            let fresh = pool.cast::<u8>().add((*pool).next_offset as usize);
            fresh.cast::<*mut u8>().write(ptr::null_mut());
            (*pool).free_block = fresh;
            (*pool).next_offset += class_block_size(class) as u32;
            return block;
        }
        let next = (*pool).next_pool;
        state.used_pools[class] = next;
        if !next.is_null() {
            (*next).prev_pool = ptr::null_mut();
        }
        (*pool).next_pool = ptr::null_mut();
        (*pool).prev_pool = ptr::null_mut();
    }
    block
}

/// Frees a small block: pushes it on its pool's free list and moves the pool between
/// lists when it stops being full or becomes empty.
///
/// # Safety
///
/// Contract of [`Allocator::free`], with `size <= MAX_SMALL_REQUEST`.
#[inline(always)]
unsafe fn free_small(block: NonNull<u8>, size: usize) -> *const () {
    let class = small_class(size);
    let pool = pool_of(block);
    // SAFETY: the block is live, so its pool is live, its header initialised, and the
    // header's allocator alive; no other reference to that allocator's state is alive
    // (single-threaded, and allocator methods never call out while holding one).
    unsafe {
        if cfg!(debug_assertions) {
            debug_check_free(pool, block, class);
        }
        let owner = &*(*pool).allocator;
        if owner.tracing.get() {
            owner.trace_free(block, owner.bytes_in_use());
        }
        let state = Allocator::state_of((*pool).allocator);
        let heap_owner = state.owner;
        state.bytes_in_use -= class_block_size(class);
        state.frees += 1;
        let old_head = (*pool).free_block;
        block.as_ptr().cast::<*mut u8>().write(old_head);
        (*pool).free_block = block.as_ptr();
        (*pool).used_blocks -= 1;
        if old_head.is_null() {
            // The pool was full; it has at least two blocks, so it is not empty now.
            link_used_pool(state, pool, class);
        } else if (*pool).used_blocks == 0 {
            release_empty_pool(state, pool, class);
        }
        heap_owner
    }
}

/// Puts a pool that was full back at the head of `used_pools[class]`.
///
/// # Safety
///
/// `pool` is a live, initialised pool of `class` in no list.
#[inline(never)]
unsafe fn link_used_pool(state: &mut State, pool: *mut PoolHeader, class: usize) {
    let head = state.used_pools[class];
    // SAFETY: `pool` is live per the contract; `head`, if not null, is a live pool.
    unsafe {
        (*pool).next_pool = head;
        (*pool).prev_pool = ptr::null_mut();
        if !head.is_null() {
            (*head).prev_pool = pool;
        }
    }
    state.used_pools[class] = pool;
}

/// Unlinks a pool whose last block was just freed from `used_pools[class]` and hands it
/// back to its arena (which returns itself to the system if it is now wholly free).
///
/// # Safety
///
/// `pool` is a live pool of `class` in `used_pools[class]` with no block in use.
#[inline(never)]
unsafe fn release_empty_pool(state: &mut State, pool: *mut PoolHeader, class: usize) {
    // SAFETY: `pool` and its list neighbours are live pools of `state`.
    unsafe {
        let next = (*pool).next_pool;
        let prev = (*pool).prev_pool;
        if prev.is_null() {
            state.used_pools[class] = next;
        } else {
            (*prev).next_pool = next;
        }
        if !next.is_null() {
            (*next).prev_pool = prev;
        }
        state.arenas.return_pool(pool);
    }
}

/// Debug-build checks on a small block about to be freed: that it belongs to a live
/// allocator's pool of the right size class, sits on a block boundary of the carved part
/// of the pool, and is not already free.
///
/// # Safety
///
/// `pool` is the masked address of `block`, which lies in memory this allocator owns.
#[cold]
unsafe fn debug_check_free(pool: *mut PoolHeader, block: NonNull<u8>, class: usize) {
    // SAFETY: per the contract the pool header is readable; the allocator's magic is read
    // only after the pool's own magic confirmed it is one of ours; the second word of the
    // block is inside the block (blocks are at least 16 bytes); free-list links are read
    // only from blocks of this pool.
    unsafe {
        assert_eq!((*pool).magic, POOL_MAGIC, "free: not a pool block");
        assert_eq!(
            (*pool).size_class as usize,
            class,
            "free: size does not match the block's size class"
        );
        let offset = block.as_ptr().addr() - pool.addr();
        let size = class_block_size(class);
        assert!(
            offset >= POOL_OVERHEAD
                && (offset - POOL_OVERHEAD).is_multiple_of(size)
                && offset < (*pool).next_offset as usize,
            "free: not the start of a block handed out by this pool"
        );
        assert!((*pool).used_blocks > 0, "free: pool has no block in use");
        let mark = block.as_ptr().cast::<usize>().add(1);
        if mark.read() == FREED_MARK {
            let mut free = (*pool).free_block;
            while !free.is_null() {
                assert!(free != block.as_ptr(), "free: double free");
                free = free.cast::<*mut u8>().read();
            }
        }
        mark.write(FREED_MARK);
        ptr::write_bytes(
            block.as_ptr().add(2 * size_of::<usize>()),
            FREED_FILL,
            size - 2 * size_of::<usize>(),
        );
    }
}

#[cfg(test)]
#[path = "pool_tests.rs"]
mod tests;
