//! The heap: the only part of minipy that touches raw memory.
//!
//! - `pool`: the pymalloc-style allocator (arenas, pools, size classes, large blocks).
//! - `buffer`: `HeapVec`, growable storage for object buffers, served by the allocator.
//! - `heap_box`: `HeapBox`, one value in a counted block of its own.
//! - `obj_cell`: `ObjCell`/`OptObjCell`, a replaceable object reference in one pointer.
//! - `stats`: allocator figures and the `sys._debugmallocstats()`-style report.
//! - `object`: the object header, the refcounted handle `Obj`, typed allocation.
//! - `gc`: the generational cycle collector.
//! - `hot_vec`: `HotVec`, the VM's value and frame stacks, with pushes always inlined.
//! - `trashcan`: deferred freeing so that dropping deep structures never recurses deeply.
//! - `libc_ffi`: safe wrappers over the few C library calls `time` and `os` need (the
//!   local time zone, the environment, `fstat`), kept here with the other `unsafe`.
//! - `gil`: the global interpreter lock, which moves the interpreter between OS threads.
//! - `zlib_ffi`: safe streams and checksums over the C zlib library (the `zlib` module).
//!
//! Every `unsafe` block in the project lives under this module and carries a `SAFETY:`
//! comment stating why it holds. The invariants are collected in `docs/memory.md`.
#![deny(clippy::undocumented_unsafe_blocks)]

mod arena;
mod attr_values;
pub mod buffer;
mod dict_keys;
pub mod gc;
pub mod gil;
mod heap_box;
mod hot_vec;
mod large;
pub mod lend;
pub mod libc_ffi;
pub mod libm_ffi;
mod obj_cell;
pub mod object;
pub mod pool;
pub mod profile;
pub mod stats;
#[cfg(test)]
mod test_support;
mod text;
pub mod trace;
mod trashcan;
mod vec_cell;
pub mod weak;
pub mod zlib_ffi;

use std::cell::{Cell, RefCell};
use std::ptr::NonNull;

pub use attr_values::AttrValues;
pub use buffer::{AllocError, HeapVec};
pub use dict_keys::{DictKeys, MAX_LOG2_SIZE as DICT_MAX_LOG2_SIZE, usable as dict_usable};
pub use gc::{CollectStats, Collection, GcModuleLists, GcState};
pub use heap_box::HeapBox;
pub use hot_vec::HotVec;
pub use obj_cell::{ObjCell, OptObjCell};
pub use object::{
    Behaviour, Header, NoTail, Obj, Payload, PayloadDecl, Utf8Byte, VTable, vtable_for,
};
pub use pool::Allocator;
pub use stats::{AllocStats, SizeClassStats};
pub use text::{InternedFlag, StrObj};
pub use vec_cell::{BorrowError, VecCell, VecRef, VecRefMut};

use object::block_start;

/// One interpreter's heap. Its state lives in a box whose address never changes: every
/// block it hands out finds its way back there through the allocator's owner pointer.
///
/// Dropping the heap while objects are still alive (a handle kept by an embedding
/// program after its interpreter went away, or garbage nothing could free) leaks the
/// state instead of freeing it, so that such handles stay valid: never a dangling pointer.
pub struct Heap {
    state: std::mem::ManuallyDrop<Box<HeapState>>,
}

impl std::ops::Deref for Heap {
    type Target = HeapState;
    #[inline(always)]
    fn deref(&self) -> &HeapState {
        &self.state
    }
}

impl Default for Heap {
    fn default() -> Heap {
        Heap::new()
    }
}

impl Drop for Heap {
    fn drop(&mut self) {
        let mine: *const Allocator = &*self.state.alloc;
        THREAD_ALLOCATOR.with(|current| {
            if std::ptr::eq(current.get(), mine) {
                current.set(std::ptr::null());
            }
        });
        if self.state.live_objects() != 0 {
            self.state.collect_leftover_cycles();
        }
        if self.state.live_objects() == 0 {
            // SAFETY: no object is left, so nothing can reach the state any more; it is
            // taken exactly once, here.
            unsafe { std::mem::ManuallyDrop::drop(&mut self.state) };
        }
        // Otherwise the state (with its arenas) is deliberately leaked.
    }
}

thread_local! {
    /// The allocator of the heap most recently created on this thread, for code that
    /// builds large buffers without a heap at hand (the pure formatting and text
    /// libraries) and must still respect `--max-heap`. Null when there is none.
    static THREAD_ALLOCATOR: Cell<*const Allocator> = const { Cell::new(std::ptr::null()) };
}

/// Whether `size` more bytes fit under the limit of this thread's heap (see
/// [`Allocator::can_allocate`]); with no heap on the thread, only the address space
/// bounds it.
pub fn thread_can_allocate(size: usize) -> bool {
    let alloc = THREAD_ALLOCATOR.with(Cell::get);
    if alloc.is_null() {
        return size <= isize::MAX as usize;
    }
    // SAFETY: the pointer is set by `Heap::new` to its boxed allocator, whose address is
    // stable, and cleared by that heap's `Drop` before the allocator is freed (a heap
    // leaked with live objects keeps its allocator alive forever). Only this thread can
    // see the pointer, and the allocator is single-threaded.
    unsafe { (*alloc).can_allocate(size) }
}

/// The heap's state; see [`Heap`].
pub struct HeapState {
    alloc: Box<Allocator>,
    pub(crate) gc: GcState,
    trash: trashcan::Trashcan,
    /// Objects whose refcount reached zero but that must be finalized first (`__del__`,
    /// suspended generators). Each holds one resurrecting reference.
    pending_finalize: RefCell<Vec<Obj>>,
    /// Set when there is work for the interpreter at its next safe point.
    pending: Cell<bool>,
    /// Weakly referenced objects (by address) and their weak slots.
    weak_registry: RefCell<rustc_hash::FxHashMap<usize, Vec<std::rc::Weak<weak::WeakSlot>>>>,
    /// Weakref objects whose referent died, waiting for their callbacks.
    weak_callbacks: RefCell<Vec<Obj>>,
    /// Live objects per vtable tag, and each tag's vtable (for its type name).
    live_by_tag: [Cell<usize>; MAX_COUNTED_TAGS],
    tag_vtables: RefCell<Vec<Option<&'static VTable>>>,
}

/// Per-type counters (tags are taken modulo this; the object layer has fewer types).
const MAX_COUNTED_TAGS: usize = 128;

/// Flag bits kept in a container's `GcHead`.
pub mod flags {
    /// `__del__` (or another finalizer) has run: never run it again (PEP 442).
    pub const FINALIZED: u32 = 1;
    /// Weak references to the object exist (see `weak.rs`).
    pub const HAS_WEAKREFS: u32 = 2;
}

impl Heap {
    pub fn new() -> Heap {
        let state = Box::new(HeapState {
            alloc: Allocator::new(),
            gc: GcState::new(),
            trash: trashcan::Trashcan::default(),
            pending_finalize: RefCell::new(Vec::new()),
            pending: Cell::new(false),
            weak_registry: RefCell::new(rustc_hash::FxHashMap::default()),
            weak_callbacks: RefCell::new(Vec::new()),
            live_by_tag: std::array::from_fn(|_| Cell::new(0)),
            tag_vtables: RefCell::new(vec![None; MAX_COUNTED_TAGS]),
        });
        state
            .alloc
            .set_owner(&*state as *const HeapState as *const ());
        let alloc: *const Allocator = &*state.alloc;
        THREAD_ALLOCATOR.with(|current| current.set(alloc));
        Heap {
            state: std::mem::ManuallyDrop::new(state),
        }
    }
}

impl Heap {
    /// Makes this heap the one `thread_can_allocate` consults on the calling thread (a
    /// thread the interpreter started, while it holds the interpreter lock).
    pub fn adopt_on_this_thread(&self) {
        let alloc: *const Allocator = &*self.state.alloc;
        THREAD_ALLOCATOR.with(|current| current.set(alloc));
    }
}

impl HeapState {
    pub fn allocator(&self) -> &Allocator {
        &self.alloc
    }

    /// Every object allocation funnels through here.
    #[inline(always)]
    fn allocate<const HOT: bool>(&self, size: usize) -> Result<NonNull<u8>, AllocError> {
        if HOT {
            self.alloc.alloc_inlined(size).ok_or(AllocError)
        } else {
            self.alloc.alloc(size).ok_or(AllocError)
        }
    }

    /// Counts an object freed outside `free_object`.
    #[inline]
    pub(super) fn note_freed(&self, vt: &VTable) {
        let c = &self.live_by_tag[vt.tag as usize & (MAX_COUNTED_TAGS - 1)];
        c.set(c.get().wrapping_sub(1));
    }

    /// Counts a new object of vtable `vt`.
    #[inline(always)]
    pub(super) fn note_allocated(&self, vt: &'static VTable) {
        let i = vt.tag as usize & (MAX_COUNTED_TAGS - 1);
        let c = &self.live_by_tag[i];
        if c.get() == 0
            && let Ok(mut names) = self.tag_vtables.try_borrow_mut()
        {
            names[i] = Some(vt);
        }
        c.set(c.get() + 1);
    }

    /// Live objects by type name (types sharing a name are added up), largest first.
    pub fn live_by_type(&self) -> Vec<(&'static str, usize)> {
        let names = self.tag_vtables.borrow();
        let mut out: Vec<(&'static str, usize)> = Vec::new();
        for (i, c) in self.live_by_tag.iter().enumerate() {
            let n = c.get();
            if n == 0 {
                continue;
            }
            let name = names[i].map_or("?", |vt| vt.name);
            match out.iter_mut().find(|(k, _)| *k == name) {
                Some(e) => e.1 += n,
                None => out.push((name, n)),
            }
        }
        out.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(b.0)));
        out
    }

    /// Number of objects currently alive.
    pub fn live_objects(&self) -> usize {
        self.live_by_tag.iter().map(Cell::get).sum()
    }

    /// True when finalizers are waiting or a collection is due.
    #[inline(always)]
    pub fn has_pending(&self) -> bool {
        self.pending.get()
    }

    /// The last collections, when the heap is dropped: the interpreter's own objects
    /// (types and their dicts, the builtins, interned names) refer to one another in
    /// cycles that outlive every handle the interpreter held. Objects still reachable
    /// from a handle kept outside the heap are not garbage and stay alive. No finalizer
    /// runs: there is no interpreter left to run it.
    fn collect_leftover_cycles(&self) {
        self.drop_queued_handles();
        self.gc.unfreeze();
        loop {
            let pass = self.collect_begin(gc::NUM_GENERATIONS - 1);
            let freed = self.collect_finish(pass).collected();
            self.drop_queued_handles();
            if freed == 0 {
                break;
            }
        }
    }

    /// Lets go of the weakrefs waiting for callbacks and the objects waiting for
    /// finalizers (each list is taken before it is dropped: freeing may queue more).
    fn drop_queued_handles(&self) {
        let callbacks = std::mem::take(&mut *self.weak_callbacks.borrow_mut());
        drop(callbacks);
        let finalize = std::mem::take(&mut *self.pending_finalize.borrow_mut());
        drop(finalize);
    }

    /// Takes the objects waiting for their finalizer; the interpreter runs them and then
    /// drops the handles (which frees them unless a finalizer resurrected them).
    pub fn take_pending_finalizers(&self) -> Vec<Obj> {
        self.pending
            .set(self.gc.collection_due() || !self.weak_callbacks.borrow().is_empty());
        std::mem::take(&mut *self.pending_finalize.borrow_mut())
    }

    pub(crate) fn request_safe_point(&self) {
        self.pending.set(true);
    }

    /// Frees an object whose refcount reached zero (or queues it for its finalizer).
    ///
    /// # Safety
    /// `h` is a live object of this heap with refcount zero and no other handles.
    unsafe fn dealloc(&self, h: NonNull<Header>) {
        // SAFETY: h is live until we free it below.
        let vt = unsafe { (*h.as_ptr()).vtable };
        if vt.is_gc {
            // SAFETY: gc objects carry a GcHead before the header.
            let head = unsafe { gc::head_of(h) };
            // SAFETY: h is a live object of the vtable's type.
            let needs = unsafe { (vt.needs_finalize)(h) };
            if head.flags() & flags::FINALIZED == 0 && needs {
                head.set_flags(head.flags() | flags::FINALIZED);
                // SAFETY: resurrect with one reference, owned by the queue's handle.
                let resurrected = unsafe {
                    (*h.as_ptr()).rc.set(1);
                    Obj::from_raw(h)
                };
                self.pending_finalize.borrow_mut().push(resurrected);
                self.pending.set(true);
                return;
            }
        }
        if vt.is_gc {
            // SAFETY: h is a live container (its finalizer, if any, has run).
            unsafe { self.clear_weakrefs(h) };
        }
        if !self.trash.enter(h) {
            return;
        }
        // SAFETY: h is ours to free; the trashcan bounds the nesting of this call.
        unsafe { self.free_object(h) };
        while let Some(next) = self.trash.leave() {
            // SAFETY: deferred objects are dead objects waiting to be freed.
            unsafe { self.free_object(next) };
        }
    }

    /// Drops the payload of a dead object and returns its block to the allocator.
    unsafe fn free_object(&self, h: NonNull<Header>) {
        // SAFETY: h is a dead object of this heap, freed exactly once.
        unsafe {
            let vt = (*h.as_ptr()).vtable;
            if vt.is_gc {
                self.gc.untrack(h);
            }
            let size = (vt.block_size)(h);
            if let Some(external) = vt.external_bytes {
                self.alloc.remove_external(external(h));
            }
            (vt.drop_payload)(h);
            Allocator::free(block_start(h, vt), size);
            self.note_freed(vt);
        }
    }

    /// Allocates a raw buffer (for containers' item storage).
    pub fn buffer_allocator(&self) -> &Allocator {
        &self.alloc
    }
}
