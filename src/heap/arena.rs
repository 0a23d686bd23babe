//! Arenas: the 1 MiB units the pool allocator obtains from and returns to the system.
//!
//! Each arena is [`POOL_SIZE`]-aligned, so all of its [`POOLS_PER_ARENA`] pools are
//! usable. Pools are carved lazily, front to back; a pool that empties comes back on the
//! arena's free-pool list and may be reused for any size class.
//!
//! As in pymalloc, arenas with at least one free pool are kept in a *usable* list sorted
//! by their number of free pools, fewest first, and new pools come from the head: the
//! most used arenas fill up while the others get a chance to empty. An arena whose pools
//! are all free is returned to the system at once.
//!
//! Arena descriptors ([`Arena`]) live outside the arena (allocated separately from the
//! system allocator), so that every pool of the arena holds blocks.

use std::alloc::{Layout, alloc as system_alloc, dealloc as system_dealloc};
use std::ptr;

use super::pool::{
    ARENA_SIZE, Allocator, NO_SIZE_CLASS, POOL_MAGIC, POOL_SIZE, POOLS_PER_ARENA, PoolHeader,
};

const ARENA_LAYOUT: Layout = match Layout::from_size_align(ARENA_SIZE, POOL_SIZE) {
    Ok(layout) => layout,
    Err(_) => panic!("arena size and alignment form a valid layout"),
};

/// Descriptor of one arena.
pub(super) struct Arena {
    /// Start of the arena's memory: `ARENA_SIZE` bytes, `POOL_SIZE`-aligned.
    base: *mut u8,
    /// Pools that were used and are empty again, linked through `PoolHeader::next_pool`.
    free_pools: *mut PoolHeader,
    /// Pools carved so far; the pools after them have never been touched.
    carved_pools: usize,
    /// Empty pools: those on `free_pools` plus those never carved.
    free_pool_count: usize,
    /// Neighbours in the usable list (only while `free_pool_count > 0`).
    usable_next: *mut Arena,
    usable_prev: *mut Arena,
    /// Neighbours in the list of all arenas.
    all_next: *mut Arena,
    all_prev: *mut Arena,
}

/// All arenas of one allocator.
pub(super) struct ArenaList {
    /// Arenas with a free pool, sorted by `free_pool_count` ascending.
    usable: *mut Arena,
    /// `last_with_free[n]`: the last arena of `usable` with exactly `n` free pools, or null
    /// (pymalloc's `nfp2lasta`). It keeps the usable list sorted in constant time.
    last_with_free: [*mut Arena; POOLS_PER_ARENA + 1],
    /// Every arena, in no particular order (for statistics and for releasing them all).
    all: *mut Arena,
    pub(super) current: usize,
    pub(super) allocated_total: usize,
    pub(super) freed_total: usize,
    pub(super) peak: usize,
}

impl ArenaList {
    pub(super) const fn new() -> Self {
        ArenaList {
            usable: ptr::null_mut(),
            last_with_free: [ptr::null_mut(); POOLS_PER_ARENA + 1],
            all: ptr::null_mut(),
            current: 0,
            allocated_total: 0,
            freed_total: 0,
            peak: 0,
        }
    }

    /// Takes an empty pool from the most used arena that has one, opening a new arena if
    /// none has. The pool is linked into no list; its `allocator`, `arena` and `magic`
    /// fields are set, and its `size_class` is either its previous class (with that class's
    /// header and free list intact) or `NO_SIZE_CLASS` for a pool never used before.
    ///
    /// Returns `None` when the system allocator cannot provide a new arena.
    pub(super) fn take_pool(&mut self, allocator: *const Allocator) -> Option<*mut PoolHeader> {
        if self.usable.is_null() {
            let arena = self.open_arena()?;
            self.usable = arena;
            self.last_with_free[POOLS_PER_ARENA] = arena;
        }
        let arena = self.usable;
        // SAFETY: arenas in the usable list are live descriptors of live arenas with a free
        // pool. A pool on `free_pools` is an initialised header of this arena; a pool at
        // index `carved_pools < POOLS_PER_ARENA` lies inside the arena and its header fields
        // are written before anything reads them.
        unsafe {
            let free_count = (*arena).free_pool_count;
            // The head has the fewest free pools, so one fewer keeps it first; only the
            // `last_with_free` bookkeeping changes.
            if self.last_with_free[free_count] == arena {
                self.last_with_free[free_count] = ptr::null_mut();
            }
            if free_count > 1 {
                self.last_with_free[free_count - 1] = arena;
            }
            let pool = if (*arena).free_pools.is_null() {
                let pool = (*arena)
                    .base
                    .add((*arena).carved_pools * POOL_SIZE)
                    .cast::<PoolHeader>();
                (*arena).carved_pools += 1;
                (*pool).allocator = allocator;
                (*pool).arena = arena;
                (*pool).magic = POOL_MAGIC;
                (*pool).size_class = NO_SIZE_CLASS;
                (*pool).used_blocks = 0;
                pool
            } else {
                let pool = (*arena).free_pools;
                (*arena).free_pools = (*pool).next_pool;
                pool
            };
            (*arena).free_pool_count = free_count - 1;
            if free_count == 1 {
                // Wholly allocated: it leaves the usable list (it is the head).
                self.usable = (*arena).usable_next;
                if !self.usable.is_null() {
                    (*self.usable).usable_prev = ptr::null_mut();
                }
                (*arena).usable_next = ptr::null_mut();
            }
            Some(pool)
        }
    }

    /// Puts an empty pool back on its arena's free-pool list, keeps the usable list sorted,
    /// and returns the arena to the system if all its pools are now free.
    ///
    /// # Safety
    ///
    /// `pool` is a pool of one of these arenas, with no block in use, in no list.
    pub(super) unsafe fn return_pool(&mut self, pool: *mut PoolHeader) {
        // SAFETY: per the contract `pool` is a live header of a live arena of this list;
        // every arena reached through the usable list or `last_with_free` is live.
        unsafe {
            let arena = (*pool).arena;
            (*pool).next_pool = (*arena).free_pools;
            (*arena).free_pools = pool;
            let old_count = (*arena).free_pool_count;
            let last_with_old = self.last_with_free[old_count];
            if last_with_old == arena {
                let prev = (*arena).usable_prev;
                self.last_with_free[old_count] =
                    if !prev.is_null() && (*prev).free_pool_count == old_count {
                        prev
                    } else {
                        ptr::null_mut()
                    };
            }
            let count = old_count + 1;
            (*arena).free_pool_count = count;

            if count == POOLS_PER_ARENA {
                // Wholly free: it was usable (it had free pools before), so unlink it and
                // give it back to the system.
                self.unlink_usable(arena);
                self.close_arena(arena);
                return;
            }
            if count == 1 {
                // It was full, hence not in the usable list; one free pool is the fewest
                // possible, so it goes first.
                (*arena).usable_prev = ptr::null_mut();
                (*arena).usable_next = self.usable;
                if !self.usable.is_null() {
                    (*self.usable).usable_prev = arena;
                }
                self.usable = arena;
                if self.last_with_free[1].is_null() {
                    self.last_with_free[1] = arena;
                }
                return;
            }
            if self.last_with_free[count].is_null() {
                self.last_with_free[count] = arena;
            }
            if last_with_old == arena {
                // It was the last arena with its old count: the list is still sorted.
                return;
            }
            // Arenas after it still have `old_count` free pools: move it to just after the
            // last of them.
            self.unlink_usable(arena);
            let after = last_with_old;
            (*arena).usable_prev = after;
            (*arena).usable_next = (*after).usable_next;
            if !(*arena).usable_next.is_null() {
                (*(*arena).usable_next).usable_prev = arena;
            }
            (*after).usable_next = arena;
        }
    }

    /// Calls `visit` for every carved pool of every arena with `Some((size class, blocks in
    /// use))` for a pool in use, `None` for an empty one; never-carved pools count as
    /// empty too.
    pub(super) fn for_each_pool(&self, mut visit: impl FnMut(Option<(usize, usize)>)) {
        let mut arena = self.all;
        while !arena.is_null() {
            // SAFETY: arenas in the all-list are live; their first `carved_pools` pools have
            // initialised headers.
            unsafe {
                for index in 0..POOLS_PER_ARENA {
                    if index >= (*arena).carved_pools {
                        visit(None);
                        continue;
                    }
                    let pool = (*arena).base.add(index * POOL_SIZE).cast::<PoolHeader>();
                    let used = (*pool).used_blocks as usize;
                    if used == 0 {
                        visit(None);
                    } else {
                        visit(Some(((*pool).size_class as usize, used)));
                    }
                }
                arena = (*arena).all_next;
            }
        }
    }

    /// Returns every arena to the system (the allocator is being dropped).
    pub(super) fn release_all(&mut self) {
        while !self.all.is_null() {
            // SAFETY: `self.all` is a live arena; `close_arena` unlinks and frees it.
            unsafe { self.close_arena(self.all) };
        }
        self.usable = ptr::null_mut();
        self.last_with_free = [ptr::null_mut(); POOLS_PER_ARENA + 1];
    }

    /// Obtains a new arena from the system and links it into the all-list (not into the
    /// usable list). `None` if the system is out of memory.
    fn open_arena(&mut self) -> Option<*mut Arena> {
        // SAFETY: `ARENA_LAYOUT` has a non-zero size.
        let base = unsafe { system_alloc(ARENA_LAYOUT) };
        if base.is_null() {
            return None;
        }
        // SAFETY: `Arena` has a non-zero size.
        let arena = unsafe { system_alloc(Layout::new::<Arena>()) }.cast::<Arena>();
        if arena.is_null() {
            // SAFETY: `base` was just allocated with `ARENA_LAYOUT`.
            unsafe { system_dealloc(base, ARENA_LAYOUT) };
            return None;
        }
        // SAFETY: `arena` is fresh memory with the layout of `Arena`; the old head of the
        // all-list, if any, is a live arena.
        unsafe {
            arena.write(Arena {
                base,
                free_pools: ptr::null_mut(),
                carved_pools: 0,
                free_pool_count: POOLS_PER_ARENA,
                usable_next: ptr::null_mut(),
                usable_prev: ptr::null_mut(),
                all_next: self.all,
                all_prev: ptr::null_mut(),
            });
            if !self.all.is_null() {
                (*self.all).all_prev = arena;
            }
        }
        self.all = arena;
        self.current += 1;
        self.allocated_total += 1;
        self.peak = self.peak.max(self.current);
        Some(arena)
    }

    /// Unlinks an arena from the all-list and returns its memory and descriptor to the
    /// system.
    ///
    /// # Safety
    ///
    /// `arena` is a live arena of this list, not in the usable list, with no block in use.
    unsafe fn close_arena(&mut self, arena: *mut Arena) {
        // SAFETY: per the contract `arena` and its all-list neighbours are live; its memory
        // and descriptor were allocated with the layouts used here.
        unsafe {
            let next = (*arena).all_next;
            let prev = (*arena).all_prev;
            if prev.is_null() {
                self.all = next;
            } else {
                (*prev).all_next = next;
            }
            if !next.is_null() {
                (*next).all_prev = prev;
            }
            system_dealloc((*arena).base, ARENA_LAYOUT);
            system_dealloc(arena.cast::<u8>(), Layout::new::<Arena>());
        }
        self.current -= 1;
        self.freed_total += 1;
    }

    /// Removes an arena from the usable list.
    ///
    /// # Safety
    ///
    /// `arena` is live and in the usable list.
    unsafe fn unlink_usable(&mut self, arena: *mut Arena) {
        // SAFETY: per the contract `arena` and its usable-list neighbours are live.
        unsafe {
            let next = (*arena).usable_next;
            let prev = (*arena).usable_prev;
            if prev.is_null() {
                self.usable = next;
            } else {
                (*prev).usable_next = next;
            }
            if !next.is_null() {
                (*next).usable_prev = prev;
            }
            (*arena).usable_next = ptr::null_mut();
            (*arena).usable_prev = ptr::null_mut();
        }
    }
}
