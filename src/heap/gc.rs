//! The generational cycle collector (CPython's algorithm, Modules/gcmodule.c).
//!
//! Containers carry a `GcHead` in front of their header and sit in one of three
//! generation lists. A collection of generation `g` merges the younger generations into
//! `g`, computes for each object its refcount minus the references coming from other
//! objects being collected, treats what stays above zero as reachable from outside, marks
//! everything reachable from those, and calls the rest garbage. Finalizers run once
//! (PEP 442) through `GcHooks`; objects they resurrect survive; weakrefs to garbage are
//! cleared; then every garbage object is `clear`ed and refcounting frees the cycles.

use std::cell::{Cell, RefCell};
use std::ptr::NonNull;

use super::object::{Header, Untrack};
use super::{HeapState, Obj, flags};

/// Collector links in front of every container's header: 16 bytes, as CPython's
/// `PyGC_Head`. Blocks are 8-byte aligned, so the low 3 bits of each link are free:
/// `next` carries the flags (`flags::*`), `prev` the state. During the counting steps
/// of a collection (see `collect_begin_entered`) `prev` holds the signed `gc_refs`
/// count instead of an address, as CPython's collector does; the links are put back
/// before anything walks the list backwards.
#[repr(C)]
pub struct GcHead {
    next: Cell<*mut GcHead>,
    prev: Cell<*mut GcHead>,
}

const TAG_BITS: u32 = 3;
const TAG_MASK: usize = (1 << TAG_BITS) - 1;
const _: () = assert!(super::pool::ALIGNMENT > TAG_MASK);
/// The largest `gc_refs` the `prev` word holds; counts are clamped to it.
const REFS_MAX: isize = isize::MAX >> TAG_BITS;

impl GcHead {
    #[inline(always)]
    fn next_node(&self) -> *mut GcHead {
        self.next.get().map_addr(|a| a & !TAG_MASK)
    }

    #[inline(always)]
    fn set_next_node(&self, p: *mut GcHead) {
        let tag = self.next.get().addr() & TAG_MASK;
        self.next.set(p.map_addr(|a| a | tag));
    }

    #[inline(always)]
    fn prev_node(&self) -> *mut GcHead {
        self.prev.get().map_addr(|a| a & !TAG_MASK)
    }

    #[inline(always)]
    fn set_prev_node(&self, p: *mut GcHead) {
        let tag = self.prev.get().addr() & TAG_MASK;
        self.prev.set(p.map_addr(|a| a | tag));
    }

    #[inline(always)]
    fn state(&self) -> u8 {
        (self.prev.get().addr() & TAG_MASK) as u8
    }

    #[inline(always)]
    fn set_state(&self, state: u8) {
        let p = self.prev.get();
        self.prev
            .set(p.map_addr(|a| (a & !TAG_MASK) | usize::from(state)));
    }

    #[inline(always)]
    pub(super) fn flags(&self) -> u32 {
        (self.next.get().addr() & TAG_MASK) as u32
    }

    #[inline(always)]
    pub(super) fn set_flags(&self, flags: u32) {
        let p = self.next.get();
        let bits = flags as usize & TAG_MASK;
        self.next.set(p.map_addr(|a| (a & !TAG_MASK) | bits));
    }

    /// The count kept in `prev` during a collection's counting steps.
    #[inline(always)]
    fn gc_refs(&self) -> isize {
        // Arithmetic shift of the signed word brings back the sign of the count.
        (self.prev.get().addr() as isize) >> TAG_BITS
    }

    /// Replaces the `prev` link by a count (the list must not be walked backwards
    /// until the collection has put the links back).
    #[inline(always)]
    fn set_gc_refs(&self, refs: isize) {
        let refs = refs.min(REFS_MAX);
        let state = self.prev.get().addr() & TAG_MASK;
        self.prev.set(std::ptr::without_provenance_mut(
            ((refs << TAG_BITS) as usize) | state,
        ));
    }
}

/// Where a container is: a generation, or a transient state during a collection.
const GEN_MAX: u8 = 2;
/// Frozen by `gc.freeze()`: tracked, but never examined by a collection.
const PERMANENT: u8 = 3;
const UNTRACKED: u8 = 4;
/// Being counted by a collection (its `prev` word holds `gc_refs`).
const COLLECTING: u8 = 5;
/// Found to be garbage. Shares COLLECTING's value: a collection's counting steps end
/// with none of its objects COLLECTING, before any is marked UNREACHABLE.
const UNREACHABLE: u8 = 5;
const REACHABLE: u8 = 6;
/// Set aside by a collection's scan: no outside reference found (yet).
const SET_ASIDE: u8 = 7;
const _: () = assert!(SET_ASIDE as usize <= TAG_MASK);

pub const NUM_GENERATIONS: usize = 3;
const DEFAULT_THRESHOLDS: [usize; NUM_GENERATIONS] = [700, 10, 10];

/// The header of the container `h`.
///
/// # Safety
/// `h` is a live container object.
pub(super) unsafe fn head_of<'a>(h: NonNull<Header>) -> &'a GcHead {
    // SAFETY: containers are allocated with a GcHead immediately before the header.
    unsafe { &*h.as_ptr().cast::<GcHead>().sub(1) }
}

fn header_of(g: *mut GcHead) -> NonNull<Header> {
    // SAFETY (pointer arithmetic only): the header follows its GcHead in the same block.
    NonNull::new(g.wrapping_add(1).cast::<Header>()).unwrap_or(NonNull::dangling())
}

/// A circular doubly linked list of containers with a heap-allocated sentinel (so that
/// its address is stable).
struct GcList {
    sentinel: Box<GcHead>,
}

impl GcList {
    fn new() -> GcList {
        let sentinel = Box::new(GcHead {
            next: Cell::new(std::ptr::null_mut()),
            prev: Cell::new(std::ptr::null_mut()),
        });
        let p = &*sentinel as *const GcHead as *mut GcHead;
        sentinel.set_next_node(p);
        sentinel.set_prev_node(p);
        GcList { sentinel }
    }

    fn head(&self) -> *mut GcHead {
        &*self.sentinel as *const GcHead as *mut GcHead
    }

    fn is_empty(&self) -> bool {
        self.sentinel.next_node() == self.head()
    }

    /// Appends `g` (which must not be in any list).
    unsafe fn push(&self, g: *mut GcHead) {
        // SAFETY: g and the sentinel's neighbours are valid list nodes.
        unsafe {
            let last = self.sentinel.prev_node();
            (*g).set_prev_node(last);
            (*g).set_next_node(self.head());
            (*last).set_next_node(g);
            self.sentinel.set_prev_node(g);
        }
    }

    /// Moves every node of `other` to the end of this list.
    unsafe fn splice(&self, other: &GcList) {
        if other.is_empty() {
            return;
        }
        // SAFETY: both lists are well-formed circular lists.
        unsafe {
            let first = other.sentinel.next_node();
            let last = other.sentinel.prev_node();
            let tail = self.sentinel.prev_node();
            (*tail).set_next_node(first);
            (*first).set_prev_node(tail);
            (*last).set_next_node(self.head());
            self.sentinel.set_prev_node(last);
            other.sentinel.set_next_node(other.head());
            other.sentinel.set_prev_node(other.head());
        }
    }

    /// Snapshot of the nodes, so that callers may relink them while walking.
    fn nodes(&self) -> Vec<*mut GcHead> {
        let mut out = Vec::new();
        let mut p = self.sentinel.next_node();
        while p != self.head() {
            out.push(p);
            // SAFETY: p is a node of this well-formed list.
            p = unsafe { (*p).next_node() };
        }
        out
    }

    fn len(&self) -> usize {
        let mut n = 0;
        let mut p = self.sentinel.next_node();
        while p != self.head() {
            n += 1;
            // SAFETY: p is a node of this well-formed list.
            p = unsafe { (*p).next_node() };
        }
        n
    }
}

unsafe fn unlink(g: *mut GcHead) {
    // SAFETY: g is in a well-formed list.
    unsafe {
        let prev = (*g).prev_node();
        let next = (*g).next_node();
        (*prev).set_next_node(next);
        (*next).set_prev_node(prev);
        (*g).set_next_node(std::ptr::null_mut());
        (*g).set_prev_node(std::ptr::null_mut());
    }
}

/// Per-generation statistics, as `gc.get_stats()` reports them.
#[derive(Clone, Copy, Debug, Default)]
pub struct GenStats {
    pub collections: u64,
    pub collected: u64,
    pub uncollectable: u64,
}

/// The result of one collection.
#[derive(Clone, Copy, Debug, Default)]
pub struct CollectStats {
    pub generation: usize,
    /// Objects examined (the size of the collected generations).
    pub examined: usize,
    /// Unreachable objects found (what `gc.collect()` returns).
    pub unreachable: usize,
    /// Unreachable objects that were resurrected by a finalizer.
    pub resurrected: usize,
    /// Unreachable objects that a finalizer set free by breaking their cycle (CPython
    /// frees those by reference counting before the collection clears the rest, and
    /// does not count them).
    pub freed_by_finalizers: usize,
}

impl CollectStats {
    /// Unreachable objects that were not resurrected: what `gc.collect()` returns and
    /// the `collected` figure of `gc.get_stats()` and of `gc.callbacks`.
    pub fn collected(&self) -> usize {
        self.unreachable - self.resurrected - self.freed_by_finalizers
    }
}

/// A collection in progress (see `HeapState::collect_begin`).
pub struct Collection {
    result: CollectStats,
    garbage: Vec<Obj>,
    /// Weakref objects whose referents are garbage, to call back first (weakrefs that
    /// are garbage themselves are not called back, as in CPython).
    pub weak_callbacks: Vec<Obj>,
    /// Garbage with a finalizer (`__del__`) that has not run yet: run each once.
    pub to_finalize: Vec<Obj>,
    target_gen: u8,
    active: bool,
}

pub struct GcState {
    gens: [GcList; NUM_GENERATIONS],
    /// Objects frozen by `gc.freeze()`: ignored by collections until `gc.unfreeze()`.
    permanent: GcList,
    /// A list for objects the collector is working on, so that a dealloc during a
    /// collection can always unlink them.
    work: GcList,
    counts: [Cell<usize>; NUM_GENERATIONS],
    thresholds: [Cell<usize>; NUM_GENERATIONS],
    enabled: Cell<bool>,
    collecting: Cell<bool>,
    /// Survivors of the next collection stay in their generations (a collection the
    /// program must not notice, see `schedule`).
    keep_generations: Cell<bool>,
    /// Objects surviving into the oldest generation since its last collection, and its
    /// size after that collection (CPython's long-lived heuristic).
    long_lived_pending: Cell<usize>,
    long_lived_total: Cell<usize>,
    stats: RefCell<[GenStats; NUM_GENERATIONS]>,
    tracked: Cell<usize>,
    /// The `gc.set_debug()` flags.
    debug: Cell<u32>,
    /// The `gc.callbacks` and `gc.garbage` lists, once the `gc` module exists (the
    /// interpreter calls the former around collections and fills the latter).
    module_lists: RefCell<Option<GcModuleLists>>,
}

/// The collector's scheduling state (see `GcState::schedule`).
#[derive(Clone, Copy)]
pub struct GcSchedule {
    counts: [usize; NUM_GENERATIONS],
    long_lived_pending: usize,
    long_lived_total: usize,
    stats: [GenStats; NUM_GENERATIONS],
}

/// The lists the `gc` module shares with the collector.
#[derive(Clone)]
pub struct GcModuleLists {
    pub callbacks: Obj,
    pub garbage: Obj,
}

impl GcState {
    pub(super) fn new() -> GcState {
        GcState {
            gens: [GcList::new(), GcList::new(), GcList::new()],
            permanent: GcList::new(),
            work: GcList::new(),
            counts: Default::default(),
            thresholds: DEFAULT_THRESHOLDS.map(Cell::new),
            enabled: Cell::new(true),
            collecting: Cell::new(false),
            keep_generations: Cell::new(false),
            long_lived_pending: Cell::new(0),
            long_lived_total: Cell::new(0),
            stats: RefCell::new(Default::default()),
            tracked: Cell::new(0),
            debug: Cell::new(0),
            module_lists: RefCell::new(None),
        }
    }

    pub fn debug_flags(&self) -> u32 {
        self.debug.get()
    }

    pub fn set_debug_flags(&self, flags: u32) {
        self.debug.set(flags);
    }

    /// The `gc.callbacks` / `gc.garbage` lists, if the `gc` module was created.
    pub fn module_lists(&self) -> Option<GcModuleLists> {
        self.module_lists.try_borrow().ok().and_then(|l| l.clone())
    }

    /// Records (or, with None, releases) the lists of the `gc` module.
    pub fn set_module_lists(&self, lists: Option<GcModuleLists>) {
        let old = self
            .module_lists
            .try_borrow_mut()
            .map(|mut l| std::mem::replace(&mut *l, lists));
        drop(old);
    }

    /// Marks a collection as running (false if one already is): automatic collections
    /// and `gc.collect()` do nothing until `leave_collection`.
    pub fn try_enter_collection(&self) -> bool {
        !self.collecting.replace(true)
    }

    pub fn leave_collection(&self) {
        self.collecting.set(false);
    }

    /// `gc.freeze()`: moves every tracked object to the permanent generation.
    pub fn freeze(&self) {
        for list in &self.gens {
            for n in list.nodes() {
                // SAFETY: n is a node of a generation list.
                unsafe { (*n).set_state(PERMANENT) };
            }
            // SAFETY: distinct well-formed lists.
            unsafe { self.permanent.splice(list) };
        }
        self.counts[0].set(0);
    }

    /// `gc.unfreeze()`: moves the permanent generation back into the oldest one.
    pub fn unfreeze(&self) {
        for n in self.permanent.nodes() {
            // SAFETY: n is a node of the permanent list.
            unsafe { (*n).set_state(GEN_MAX) };
        }
        // SAFETY: distinct well-formed lists.
        unsafe { self.gens[NUM_GENERATIONS - 1].splice(&self.permanent) };
    }

    /// Moves every tracked object of the younger generations to the end of the oldest,
    /// older generations first, leaving the counts and the collection schedule as
    /// they are. Done once start-up is over: CPython's start-up makes enough objects
    /// for its collections to age its own into the oldest generation, so that a
    /// program's objects are the only young ones, and a collection meets them after
    /// the modules holding them (which decides, for example, the order in which the
    /// `__del__` methods of `__main__`'s objects run at exit).
    pub fn age_all(&self) {
        for g in (0..NUM_GENERATIONS - 1).rev() {
            for n in self.gens[g].nodes() {
                // SAFETY: n is a node of a generation list.
                unsafe { (*n).set_state(GEN_MAX) };
            }
            // SAFETY: distinct well-formed lists.
            unsafe { self.gens[NUM_GENERATIONS - 1].splice(&self.gens[g]) };
        }
    }

    /// Moves the youngest generation to the end of the middle one, in its order (as a
    /// young collection's survivors move, without collecting).
    pub fn promote_young(&self) {
        for n in self.gens[0].nodes() {
            // SAFETY: n is a node of a generation list.
            unsafe { (*n).set_state(1) };
        }
        // SAFETY: distinct well-formed lists.
        unsafe { self.gens[1].splice(&self.gens[0]) };
    }

    /// `gc.get_freeze_count()`.
    pub fn freeze_count(&self) -> usize {
        self.permanent.len()
    }

    /// True once the object's finalizer ran (PEP 442; `gc.is_finalized`).
    pub fn is_finalized(obj: &Obj) -> bool {
        head(obj).is_some_and(|h| h.flags() & flags::FINALIZED != 0)
    }

    pub fn is_enabled(&self) -> bool {
        self.enabled.get()
    }

    pub fn set_enabled(&self, on: bool) {
        self.enabled.set(on);
    }

    pub fn counts(&self) -> [usize; NUM_GENERATIONS] {
        [
            self.counts[0].get(),
            self.counts[1].get(),
            self.counts[2].get(),
        ]
    }

    /// Puts back counts saved by `counts` (after a collection the program must not
    /// notice).
    pub fn restore_counts(&self, counts: [usize; NUM_GENERATIONS]) {
        for (cell, v) in self.counts.iter().zip(counts) {
            cell.set(v);
        }
    }

    /// What schedules automatic collections and what `gc.get_count()` /
    /// `gc.get_stats()` report, saved around a collection the program must not notice
    /// (`--gc-stress`).
    pub fn schedule(&self) -> GcSchedule {
        GcSchedule {
            counts: self.counts(),
            long_lived_pending: self.long_lived_pending.get(),
            long_lived_total: self.long_lived_total.get(),
            stats: self.stats(),
        }
    }

    /// Makes the survivors of the next collection stay in their generations.
    pub fn keep_generations_once(&self) {
        self.keep_generations.set(true);
    }

    /// Puts back what `schedule` saved.
    pub fn restore_schedule(&self, saved: GcSchedule) {
        self.keep_generations.set(false);
        self.restore_counts(saved.counts);
        self.long_lived_pending.set(saved.long_lived_pending);
        self.long_lived_total.set(saved.long_lived_total);
        if let Ok(mut stats) = self.stats.try_borrow_mut() {
            *stats = saved.stats;
        }
    }

    pub fn thresholds(&self) -> [usize; NUM_GENERATIONS] {
        [
            self.thresholds[0].get(),
            self.thresholds[1].get(),
            self.thresholds[2].get(),
        ]
    }

    pub fn set_thresholds(&self, t: &[usize]) {
        for (cell, v) in self.thresholds.iter().zip(t) {
            cell.set(*v);
        }
    }

    pub fn stats(&self) -> [GenStats; NUM_GENERATIONS] {
        *self.stats.borrow()
    }

    pub fn is_collecting(&self) -> bool {
        self.collecting.get()
    }

    /// Number of containers currently tracked.
    pub fn tracked(&self) -> usize {
        self.tracked.get()
    }

    /// Number of containers in generation `g`.
    pub fn generation_len(&self, g: usize) -> usize {
        self.gens.get(g).map_or(0, GcList::len)
    }

    /// True when an automatic collection should run at the next safe point.
    #[inline]
    pub fn collection_due(&self) -> bool {
        self.enabled.get()
            && !self.collecting.get()
            && self.thresholds[0].get() > 0
            && self.counts[0].get() > self.thresholds[0].get()
    }

    /// The generation an automatic collection should examine (CPython's
    /// `gc_collect_generations`): the oldest whose count exceeds its threshold, with the
    /// full collection held back until enough long-lived objects are pending.
    pub fn generation_due(&self) -> usize {
        for g in (0..NUM_GENERATIONS).rev() {
            if self.counts[g].get() > self.thresholds[g].get() {
                if g == NUM_GENERATIONS - 1
                    && self.long_lived_pending.get() < self.long_lived_total.get() / 4
                {
                    continue;
                }
                return g;
            }
        }
        0
    }

    /// Links a new container into the youngest generation.
    pub(super) unsafe fn track(&self, h: NonNull<Header>) {
        // SAFETY: h is a new container with an unlinked GcHead.
        unsafe {
            let g = head_of(h) as *const GcHead as *mut GcHead;
            // Generation 0, no flags.
            (*g).next.set(std::ptr::null_mut());
            (*g).prev.set(std::ptr::null_mut());
            self.gens[0].push(g);
        }
        self.tracked.set(self.tracked.get() + 1);
        self.counts[0].set(self.counts[0].get() + 1);
    }

    /// Unlinks a container that is being freed.
    pub(super) unsafe fn untrack(&self, h: NonNull<Header>) {
        // SAFETY: h is a live container.
        let g = unsafe { head_of(h) } as *const GcHead as *mut GcHead;
        // SAFETY: g is valid; a tracked node is in exactly one well-formed list.
        unsafe {
            if (*g).state() == UNTRACKED {
                // Untracked while alive (`untrack_live`): its allocation still counted.
                let c = self.counts[0].get();
                self.counts[0].set(c.saturating_sub(1));
                return;
            }
            unlink(g);
            (*g).set_state(UNTRACKED);
        }
        self.tracked.set(self.tracked.get() - 1);
        let c = self.counts[0].get();
        if c > 0 {
            self.counts[0].set(c - 1);
        }
    }

    /// Stops tracking a live container that cannot be part of a cycle (a dict holding
    /// only atomic values, as CPython untracks them). Whoever later stores a container
    /// into it must call `retrack`. Objects in the middle of a collection stay.
    pub fn untrack_live(&self, obj: &Obj) {
        if !obj.vtable().is_gc {
            return;
        }
        // SAFETY: obj is a live container.
        let g = unsafe { head_of(obj.as_ptr()) };
        if g.state() > GEN_MAX {
            return;
        }
        // SAFETY: a tracked node in a generation is in exactly one well-formed list.
        unsafe { unlink(g as *const GcHead as *mut GcHead) };
        g.set_state(UNTRACKED);
        self.tracked.set(self.tracked.get() - 1);
    }

    /// Tracks again (in the youngest generation) a container `untrack_live` released.
    #[inline]
    pub fn retrack(&self, obj: &Obj) {
        if !obj.vtable().is_gc {
            return;
        }
        // SAFETY: obj is a live container.
        let g = unsafe { head_of(obj.as_ptr()) };
        if g.state() != UNTRACKED {
            return;
        }
        g.set_state(0);
        // SAFETY: an untracked node is in no list; the youngest generation is well formed.
        unsafe { self.gens[0].push(g as *const GcHead as *mut GcHead) };
        self.tracked.set(self.tracked.get() + 1);
    }

    /// Whether `obj` may be part of a cycle: a container, unless it is an untracked
    /// one of a kind that is never tracked again (a tuple), as CPython's
    /// `_PyObject_GC_MAY_BE_TRACKED`.
    #[inline]
    pub fn may_be_tracked(obj: &Obj) -> bool {
        let vt = obj.vtable();
        vt.is_gc
            && (vt.untrack != Untrack::WhenAtomic
                // SAFETY: obj is a live container.
                || unsafe { head_of(obj.as_ptr()) }.state() != UNTRACKED)
    }

    /// True when the container is tracked by the collector.
    pub fn is_tracked(obj: &Obj) -> bool {
        obj.vtable().is_gc
            // SAFETY: obj is a live container.
            && matches!(unsafe { head_of(obj.as_ptr()) }.state(), 0..=PERMANENT)
    }

    /// Calls `f` on every tracked container of generation `g` (all when None).
    pub fn for_each_tracked(&self, g: Option<usize>, f: &mut dyn FnMut(&Obj)) {
        let lists: Vec<&GcList> = match g {
            Some(g) => self.gens.get(g).into_iter().collect(),
            None => self.gens.iter().collect(),
        };
        let mut objs = Vec::new();
        for list in lists {
            for node in list.nodes() {
                // SAFETY: nodes of a generation list are live containers; the handle
                // takes a new reference.
                objs.push(unsafe { new_ref(header_of(node)) });
            }
        }
        for o in &objs {
            f(o);
        }
    }
}

/// A new strong handle to a live object.
unsafe fn new_ref(h: NonNull<Header>) -> Obj {
    // SAFETY: h is live; we add the reference the handle will own.
    unsafe {
        let hdr = &*h.as_ptr();
        hdr.rc.set(hdr.rc.get() + 1);
        Obj::from_raw(h)
    }
}

fn head(obj: &Obj) -> Option<&GcHead> {
    if obj.vtable().is_gc {
        // SAFETY: obj is a live container.
        Some(unsafe { head_of(obj.as_ptr()) })
    } else {
        None
    }
}

impl Collection {
    /// The unreachable objects found (before finalizers ran).
    pub fn garbage(&self) -> &[Obj] {
        &self.garbage
    }
}

impl HeapState {
    pub(super) unsafe fn gc_track_new(&self, h: NonNull<Header>) {
        // SAFETY: forwarded contract.
        unsafe { self.gc.track(h) };
        if self.gc.collection_due() {
            self.request_safe_point();
        }
    }

    /// Collects generation `generation` and every younger one.
    ///
    /// The collection runs in two steps so that the interpreter can run Python code
    /// (weakref callbacks, `__del__`) in between without the heap being borrowed:
    /// `collect_begin` finds the garbage, the caller runs `Collection::weak_callbacks`
    /// and the finalizers of `Collection::to_finalize`, then `collect_finish` breaks the
    /// cycles.
    pub fn collect_begin(&self, generation: usize) -> Collection {
        if !self.gc.try_enter_collection() {
            return Collection {
                result: CollectStats {
                    generation: generation.min(NUM_GENERATIONS - 1),
                    ..CollectStats::default()
                },
                garbage: Vec::new(),
                weak_callbacks: Vec::new(),
                to_finalize: Vec::new(),
                target_gen: 0,
                active: false,
            };
        }
        self.collect_begin_entered(generation)
    }

    /// `collect_begin` for a caller that already marked the collection as running
    /// with `GcState::try_enter_collection` (to call `gc.callbacks` first).
    pub fn collect_begin_entered(&self, generation: usize) -> Collection {
        let gc = &self.gc;
        let generation = generation.min(NUM_GENERATIONS - 1);
        let mut result = CollectStats {
            generation,
            ..CollectStats::default()
        };

        if generation + 1 < NUM_GENERATIONS {
            let c = &gc.counts[generation + 1];
            c.set(c.get() + 1);
        }
        for c in &gc.counts[..=generation] {
            c.set(0);
        }
        let young = &gc.gens[generation];
        for g in 0..generation {
            // SAFETY: distinct well-formed lists.
            unsafe { young.splice(&gc.gens[g]) };
        }
        let older = &gc.gens[(generation + 1).min(NUM_GENERATIONS - 1)];

        // Step 1: gc_refs = refcount, for everything being collected (in the same walk
        // that takes the snapshot of the list).
        let keep_generations = gc.keep_generations.replace(false);
        let mut nodes = Vec::new();
        let mut origin: Vec<u8> = Vec::new();
        let mut p = young.sentinel.next_node();
        while p != young.head() {
            nodes.push(p);
            // SAFETY: p is a live tracked container of this well-formed list.
            unsafe {
                if keep_generations {
                    origin.push((*p).state());
                }
                let rc = (*header_of(p).as_ptr()).rc.get();
                (*p).set_gc_refs(rc as isize);
                (*p).set_state(COLLECTING);
                p = (*p).next_node();
            }
        }
        result.examined = nodes.len();
        // Step 2: subtract references that come from inside the collected set.
        for &n in &nodes {
            // SAFETY: n is a live container; traverse only reads its children.
            unsafe { traverse_raw(header_of(n), &mut subtract_ref) };
        }
        // Step 3 (CPython's move_unreachable): scan in list order. An object with
        // outside references is alive and its children with none so far are marked
        // alive; one with none is set aside, and brought back to the end of the scan
        // when something alive turns out to reach it. The survivors' order is the one
        // CPython's list ends up in, which decides which tuples are untracked below.
        let mut scan: Vec<*mut GcHead> = nodes.clone();
        let mut survivors: Vec<*mut GcHead> = Vec::with_capacity(nodes.len());
        let mut i = 0;
        while let Some(&n) = scan.get(i) {
            i += 1;
            // SAFETY: n is a live container of the collected set.
            unsafe {
                if (*n).gc_refs() <= 0 {
                    (*n).set_state(SET_ASIDE);
                    continue;
                }
                (*n).set_state(REACHABLE);
                survivors.push(n);
                traverse_raw(header_of(n), &mut |child: &Obj| {
                    if let Some(ch) = head(child) {
                        match ch.state() {
                            SET_ASIDE => {
                                ch.set_state(COLLECTING);
                                ch.set_gc_refs(1);
                                scan.push(ch as *const GcHead as *mut GcHead);
                            }
                            COLLECTING if ch.gc_refs() <= 0 => ch.set_gc_refs(1),
                            _ => {}
                        }
                    }
                })
            };
        }
        drop(scan);
        // The counting is over: put back the `prev` links the counts replaced (`nodes`
        // holds the list's order, and nothing has been relinked yet).
        let mut prev = young.head();
        for &n in &nodes {
            // SAFETY: n is a live container of `young`.
            unsafe { (*n).set_prev_node(prev) };
            prev = n;
        }
        // Survivors move to the older generation in that order (a stress collection
        // puts each back where it was); the rest is garbage, held by strong handles
        // while finalizers and weakref callbacks run.
        let target_gen = (generation + 1).min(NUM_GENERATIONS - 1) as u8;
        let full = generation == NUM_GENERATIONS - 1;
        let mut untracked = 0;
        if keep_generations {
            for (i, &n) in nodes.iter().enumerate() {
                // SAFETY: n is valid and in `young`.
                unsafe {
                    if (*n).state() != REACHABLE {
                        continue;
                    }
                    match origin.get(i) {
                        Some(&g) if (g as usize) < NUM_GENERATIONS => {
                            unlink(n);
                            (*n).set_state(g);
                            gc.gens[g as usize].push(n);
                        }
                        _ => (*n).set_state(target_gen),
                    }
                }
            }
        } else {
            for &n in &survivors {
                // SAFETY: n is valid and in `young`; `older` is well formed (for a full
                // collection it is `young` itself: each survivor moves to its end).
                unsafe {
                    unlink(n);
                    if holds_only_atomic(n, full) {
                        // As CPython's untrack_tuples / untrack_dicts.
                        (*n).set_state(UNTRACKED);
                        untracked += 1;
                    } else {
                        (*n).set_state(target_gen);
                        older.push(n);
                    }
                }
            }
        }
        let mut garbage: Vec<Obj> = Vec::new();
        for &n in &nodes {
            // SAFETY: n is valid and in `young`.
            unsafe {
                if (*n).state() == SET_ASIDE {
                    unlink(n);
                    (*n).set_state(UNREACHABLE);
                    gc.work.push(n);
                    garbage.push(new_ref(header_of(n)));
                }
            }
        }
        gc.tracked.set(gc.tracked.get() - untracked);
        if generation + 1 < NUM_GENERATIONS {
            // SAFETY: distinct well-formed lists.
            unsafe { older.splice(young) };
        }
        let survivors = survivors.len() - untracked;
        if generation == NUM_GENERATIONS - 2 {
            gc.long_lived_pending
                .set(gc.long_lived_pending.get() + survivors);
        } else if generation == NUM_GENERATIONS - 1 {
            // As CPython: the oldest generation's size after its collection.
            gc.long_lived_pending.set(0);
            gc.long_lived_total.set(survivors);
        }
        result.unreachable = garbage.len();

        let mut weak_callbacks = Vec::new();
        let mut to_finalize = Vec::new();
        if !garbage.is_empty() {
            for obj in &garbage {
                // SAFETY: garbage objects are live containers until we drop our handles.
                unsafe { self.clear_weakrefs(obj.as_ptr()) };
            }
            weak_callbacks = self
                .take_weak_callbacks()
                .into_iter()
                .filter(|w| head(w).is_none_or(|h| h.state() != UNREACHABLE))
                .collect();
            // Finalizers run once, even if the object survives (PEP 442).
            for obj in &garbage {
                let needs = head(obj).is_some_and(|h| h.flags() & flags::FINALIZED == 0)
                    // SAFETY: obj is a live container of this vtable.
                    && unsafe { (obj.vtable().needs_finalize)(obj.as_ptr()) };
                if needs {
                    if let Some(h) = head(obj) {
                        h.set_flags(h.flags() | flags::FINALIZED);
                    }
                    to_finalize.push(obj.clone());
                }
            }
        }
        Collection {
            result,
            garbage,
            weak_callbacks,
            to_finalize,
            target_gen,
            active: true,
        }
    }

    /// Finishes a collection begun by `collect_begin` (after the caller ran the callbacks
    /// and finalizers it asked for) and returns its figures.
    pub fn collect_finish(&self, c: Collection) -> CollectStats {
        self.collect_finish_saving(c, false).0
    }

    /// `collect_finish`; with `save_all` (`gc.DEBUG_SAVEALL`) the garbage is not
    /// cleared but returned, alive, for `gc.garbage`.
    pub fn collect_finish_saving(&self, c: Collection, save_all: bool) -> (CollectStats, Vec<Obj>) {
        let gc = &self.gc;
        let mut saved = Vec::new();
        let Collection {
            mut result,
            mut garbage,
            to_finalize,
            target_gen,
            active,
            ..
        } = c;
        if !active {
            return (result, saved);
        }
        let generation = result.generation;
        let older = &gc.gens[target_gen as usize];
        if !garbage.is_empty() {
            if !to_finalize.is_empty() {
                drop(to_finalize);
                garbage = self.handle_resurrected(garbage, target_gen, &mut result);
            }
            if save_all {
                saved = garbage;
            } else {
                // Break the cycles; dropping our handles then frees everything.
                for obj in &garbage {
                    // SAFETY: obj is a live object of its vtable's type.
                    unsafe { (obj.vtable().clear)(obj.as_ptr()) };
                }
                drop(garbage);
            }
            // Anything still alive (kept by something `clear` could not break) survives.
            for n in gc.work.nodes() {
                // SAFETY: nodes of the work list are live containers.
                unsafe {
                    unlink(n);
                    (*n).set_state(target_gen);
                    older.push(n);
                }
            }
        }

        {
            let mut stats = gc.stats.borrow_mut();
            stats[generation].collections += 1;
            stats[generation].collected += result.collected() as u64;
        }
        gc.collecting.set(false);
        self.pending
            .set(gc.collection_due() || !self.pending_finalize.borrow().is_empty());
        (result, saved)
    }

    /// After finalizers ran, objects that became reachable from outside the garbage set
    /// (and everything they reach) survive; returns what is still garbage.
    fn handle_resurrected(
        &self,
        garbage: Vec<Obj>,
        target_gen: u8,
        result: &mut CollectStats,
    ) -> Vec<Obj> {
        let older = &self.gc.gens[target_gen as usize];
        // Counts on the side: the garbage sits in the work list, whose links stay.
        let mut refs = RefCounts::default();
        for obj in &garbage {
            // One reference is ours (the handle in `garbage`).
            refs.set(obj, obj.refcount() as isize - 1);
        }
        for obj in &garbage {
            obj.traverse(&mut |child: &Obj| {
                if head(child).is_some_and(|ch| ch.state() == UNREACHABLE) {
                    refs.add(child, -1);
                }
            });
        }
        let mut work: Vec<Obj> = Vec::new();
        for obj in &garbage {
            if let Some(h) = head(obj)
                && h.state() == UNREACHABLE
                && refs.get(obj) > 0
            {
                h.set_state(REACHABLE);
                work.push(obj.clone());
            }
        }
        while let Some(obj) = work.pop() {
            obj.traverse(&mut |child: &Obj| {
                if let Some(ch) = head(child)
                    && ch.state() == UNREACHABLE
                {
                    ch.set_state(REACHABLE);
                    work.push(child.clone());
                }
            });
        }
        let mut still = Vec::with_capacity(garbage.len());
        for obj in garbage {
            match head(obj_ref(&obj)) {
                Some(h) if h.state() == REACHABLE => {
                    let g = h as *const GcHead as *mut GcHead;
                    // SAFETY: g is in the work list.
                    unsafe {
                        unlink(g);
                        (*g).set_state(target_gen);
                        older.push(g);
                    }
                    result.resurrected += 1;
                }
                _ => still.push(obj),
            }
        }
        result.freed_by_finalizers = freed_by_refcounts(&still);
        still
    }
}

/// How many of `garbage` (each held once by the collector, in state UNREACHABLE)
/// nothing else holds any more, directly or through others such: what reference
/// counting would free, once the collector let go, before any cycle is cleared.
fn freed_by_refcounts(garbage: &[Obj]) -> usize {
    let mut refs = RefCounts::default();
    let mut free: Vec<&Obj> = Vec::new();
    for obj in garbage {
        if let Some(h) = head(obj) {
            // One reference is the collector's own.
            let rc = obj.refcount() as isize - 1;
            refs.set(obj, rc);
            if rc <= 0 {
                h.set_state(SET_ASIDE);
                free.push(obj);
            }
        }
    }
    let mut freed = 0;
    let mut pending: Vec<Obj> = free.into_iter().cloned().collect();
    while let Some(obj) = pending.pop() {
        freed += 1;
        obj.traverse(&mut |child: &Obj| {
            if let Some(ch) = head(child)
                && ch.state() == UNREACHABLE
                && refs.add(child, -1) <= 0
            {
                ch.set_state(SET_ASIDE);
                pending.push(child.clone());
            }
        });
    }
    for obj in garbage {
        if let Some(h) = head(obj)
            && h.state() == SET_ASIDE
        {
            h.set_state(UNREACHABLE);
        }
    }
    freed
}

/// Reference counts kept beside the objects (by address) after a collection's counting
/// steps, when the `prev` words hold links again.
#[derive(Default)]
struct RefCounts(rustc_hash::FxHashMap<usize, isize>);

impl RefCounts {
    fn key(obj: &Obj) -> usize {
        obj.as_ptr().as_ptr().addr()
    }

    fn set(&mut self, obj: &Obj, refs: isize) {
        self.0.insert(Self::key(obj), refs);
    }

    fn get(&self, obj: &Obj) -> isize {
        self.0.get(&Self::key(obj)).copied().unwrap_or(0)
    }

    /// Adds `delta` to the count and returns the new count.
    fn add(&mut self, obj: &Obj, delta: isize) -> isize {
        let c = self.0.entry(Self::key(obj)).or_insert(0);
        *c += delta;
        *c
    }
}

/// Whether the surviving container `n` may be untracked now: its type allows it in
/// this kind of collection and everything it refers to is atomic.
///
/// # Safety
///
/// `n` is a live container.
unsafe fn holds_only_atomic(n: *mut GcHead, full_collection: bool) -> bool {
    let h = header_of(n);
    // SAFETY: n is live, so is its header and vtable.
    let policy = unsafe { (*h.as_ptr()).vtable.untrack };
    let applies = match policy {
        Untrack::Never => false,
        Untrack::WhenAtomic => true,
        Untrack::WhenAtomicInFullCollection => full_collection,
    };
    if !applies {
        return false;
    }
    let mut atomic = true;
    // SAFETY: traverse only reads the children of a live container.
    unsafe {
        traverse_raw(h, &mut |child: &Obj| {
            atomic &= !GcState::may_be_tracked(child);
        })
    };
    atomic
}

fn obj_ref(o: &Obj) -> &Obj {
    o
}

fn subtract_ref(child: &Obj) {
    if let Some(ch) = head(child)
        && ch.state() == COLLECTING
    {
        ch.set_gc_refs(ch.gc_refs() - 1);
    }
}

unsafe fn traverse_raw(h: NonNull<Header>, visit: &mut dyn FnMut(&Obj)) {
    // SAFETY: h is a live object; its vtable's traverse matches its type.
    unsafe { ((*h.as_ptr()).vtable.traverse)(h, visit) }
}
