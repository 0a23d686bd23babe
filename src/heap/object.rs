//! The object header, the refcounted handle `Obj`, and typed allocation.
//!
//! Every object is one block from the pool allocator laid out as
//!
//! ```text
//! [GcHead (containers only)] [Header] [payload T] [tail: n × T::Tail (var-sized types only)]
//!                             ^ Obj points here
//! ```
//!
//! The heap knows nothing about Python types: a type reaches it only through the
//! `Payload` trait (its children listing for the collector, its finalizer hook), turned
//! into a static `VTable` by `declare_payload!`.

use std::cell::Cell;
use std::marker::PhantomData;
use std::mem::{align_of, size_of};
use std::ptr::NonNull;

use super::gc::GcHead;
use super::pool::{ALIGNMENT, Allocator};
use super::text::StrObj;
use super::{AllocError, HeapState};

/// The fixed part of every object.
#[repr(C)]
pub struct Header {
    pub(super) rc: Cell<usize>,
    pub(super) vtable: &'static VTable,
}

/// What the heap needs to know about one payload type.
/// Visits each child of an object (the collector's traverse).
pub(super) type TraverseFn = unsafe fn(NonNull<Header>, &mut dyn FnMut(&Obj));

pub struct VTable {
    /// Short type name, for heap reports.
    pub name: &'static str,
    /// The object layer's type id, opaque to the heap.
    pub tag: u32,
    /// True for containers: they carry a `GcHead` and are tracked by the collector.
    pub is_gc: bool,
    /// False when freeing the payload runs no code (plain data such as an int).
    pub(super) needs_drop: bool,
    /// The block size of every object of the type, or 0 for var-sized types.
    pub(super) fixed_size: usize,
    /// Not a container, nothing to drop, one small block size: freeing it is only handing
    /// the block back to its pool (ints, floats, and other plain values).
    pub(super) plain_small: bool,
    pub(super) drop_payload: unsafe fn(NonNull<Header>),
    pub(super) block_size: unsafe fn(NonNull<Header>) -> usize,
    pub(super) traverse: TraverseFn,
    pub(super) clear: unsafe fn(NonNull<Header>),
    pub(super) needs_finalize: unsafe fn(NonNull<Header>) -> bool,
    /// When the collector may stop tracking a survivor that holds no container.
    pub(super) untrack: Untrack,
    /// For payloads that hold memory outside the heap: how many bytes (counted with
    /// the block while the object lives; see `Behaviour::external_bytes`).
    pub(super) external_bytes: Option<unsafe fn(NonNull<Header>) -> usize>,
}

/// When a collection may untrack a surviving container whose references are all to
/// objects that cannot be in a cycle (as CPython untracks tuples and dicts of atomic
/// values: `gc.is_tracked((1, 2))` is False after a collection).
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Untrack {
    Never,
    /// In every collection that sees it (immutable containers: tuples). A container
    /// of this kind that is untracked counts as atomic for the others.
    WhenAtomic,
    /// In full collections only (dicts: whoever stores a container into one tracks it
    /// again).
    WhenAtomicInFullCollection,
}

/// A marker for payloads without a var-sized tail.
pub enum NoTail {}

/// Everything the heap needs from a payload type. Implemented for every type that
/// implements `PayloadDecl` (written by `declare_payload!`) and `Behaviour`.
pub trait Payload: Sized + 'static {
    /// Element type of the var-sized tail (`NoTail` when there is none).
    type Tail: 'static;
    /// Containers are tracked by the cycle collector.
    const IS_GC: bool;
    const UNTRACK: Untrack;
    fn vtable() -> &'static VTable;
    fn tail_len(&self) -> usize;
    fn traverse(&self, tail: &[Self::Tail], visit: &mut dyn FnMut(&Obj));
    fn clear(&self);
    fn clear_tail(&self, tail: &[Self::Tail]);
    fn needs_finalize(&self) -> bool;
    const HAS_EXTERNAL: bool;
    fn external_bytes(&self) -> usize;
    /// The tail's elements are dropped last to first (a tuple's items, as in CPython).
    const TAIL_LAST_FIRST: bool;
}

#[repr(C)]
struct ObjBox<T> {
    header: Header,
    payload: T,
}

/// Byte offsets of the parts of a `T` object inside its block.
struct Layout<T: Payload>(PhantomData<T>);

impl<T: Payload> Layout<T> {
    const GC_OFFSET: usize = if T::IS_GC { size_of::<GcHead>() } else { 0 };
    /// Offset of the tail from the header.
    const TAIL_OFFSET: usize = {
        let end = size_of::<ObjBox<T>>();
        let align = align_of::<T::Tail>();
        end.div_ceil(align) * align
    };
    const ALIGN_OK: () = assert!(
        align_of::<ObjBox<T>>() <= ALIGNMENT && align_of::<T::Tail>() <= ALIGNMENT,
        "heap objects must not need more than the pool's alignment"
    );

    fn block_size(tail_len: usize) -> usize {
        Self::GC_OFFSET + Self::TAIL_OFFSET + tail_len * size_of::<T::Tail>()
    }

    /// [`Self::block_size`] for a tail length not yet known to fit: None on overflow.
    fn checked_block_size(tail_len: usize) -> Option<usize> {
        tail_len
            .checked_mul(size_of::<T::Tail>())?
            .checked_add(Self::GC_OFFSET + Self::TAIL_OFFSET)
    }
}

/// The vtable entries for `T`, used by `declare_payload!`.
pub const fn vtable_for<T: Payload>(name: &'static str, tag: u32) -> VTable {
    VTable {
        name,
        tag,
        is_gc: T::IS_GC,
        needs_drop: std::mem::needs_drop::<T>()
            || std::mem::needs_drop::<T::Tail>()
            || T::HAS_EXTERNAL,
        fixed_size: if size_of::<T::Tail>() == 0 {
            Layout::<T>::GC_OFFSET + Layout::<T>::TAIL_OFFSET
        } else {
            0
        },
        plain_small: !(T::IS_GC
            || T::HAS_EXTERNAL
            || std::mem::needs_drop::<T>()
            || std::mem::needs_drop::<T::Tail>())
            && size_of::<T::Tail>() == 0
            && Layout::<T>::TAIL_OFFSET <= super::pool::MAX_SMALL_REQUEST,
        drop_payload: drop_payload::<T>,
        block_size: block_size::<T>,
        traverse: traverse::<T>,
        clear: clear::<T>,
        needs_finalize: needs_finalize::<T>,
        untrack: T::UNTRACK,
        external_bytes: if T::HAS_EXTERNAL {
            Some(external_bytes::<T>)
        } else {
            None
        },
    }
}

/// Declares the static vtable of a payload type and implements `Payload::vtable`.
///
/// `declare_payload!(List, "list", tag = 3, gc)` or `... , nogc)`; an optional
/// `tail = Ty` gives the var-sized tail element type.
#[macro_export]
macro_rules! declare_payload {
    ($ty:ty, $name:expr, $tag:expr, gc $(, tail = $tail:ty)?) => {
        $crate::declare_payload!(@impl $ty, $name, $tag, true $(, $tail)?);
    };
    ($ty:ty, $name:expr, $tag:expr, nogc $(, tail = $tail:ty)?) => {
        $crate::declare_payload!(@impl $ty, $name, $tag, false $(, $tail)?);
    };
    (@impl $ty:ty, $name:expr, $tag:expr, $gc:expr) => {
        $crate::declare_payload!(@impl $ty, $name, $tag, $gc, $crate::heap::NoTail);
    };
    (@impl $ty:ty, $name:expr, $tag:expr, $gc:expr, $tail:ty) => {
        impl $crate::heap::PayloadDecl for $ty {
            type Tail = $tail;
            const IS_GC: bool = $gc;
            fn vtable() -> &'static $crate::heap::VTable {
                static VT: $crate::heap::VTable =
                    $crate::heap::vtable_for::<$ty>($name, $tag as u32);
                &VT
            }
        }
    };
}

/// The part of `Payload` that `declare_payload!` writes; types implement `Behaviour` for
/// the rest. Split so that a type's collector hooks live next to its data.
pub trait PayloadDecl: Sized + 'static {
    type Tail: 'static;
    const IS_GC: bool;
    fn vtable() -> &'static VTable;
}

/// The collector-facing behaviour of a payload type; every method has a default.
pub trait Behaviour: PayloadDecl {
    /// Whether a collection may untrack a surviving object of the type that holds
    /// only atomic references.
    const UNTRACK: Untrack = Untrack::Never;
    /// Drop the tail's elements last to first when the object dies (CPython's tuples
    /// release their items in that order, which `__del__` methods can observe).
    const TAIL_LAST_FIRST: bool = false;
    fn tail_len(&self) -> usize {
        0
    }
    fn traverse(&self, tail: &[Self::Tail], visit: &mut dyn FnMut(&Obj)) {
        let _ = (tail, visit);
    }
    fn clear(&self) {}
    /// Drops the references the tail holds that could form cycles (for tails of
    /// replaceable references, such as an instance's slot values).
    fn clear_tail(&self, tail: &[Self::Tail]) {
        let _ = tail;
    }
    fn needs_finalize(&self) -> bool {
        false
    }
    /// True for a payload that holds memory outside the heap (a big int's digits, in
    /// the arithmetic crate's own vector).
    const HAS_EXTERNAL: bool = false;
    /// How many bytes of memory outside the heap the payload holds. They are counted
    /// with the object's block for as long as it lives: in `sys.getsizeof`, in the
    /// heap's bytes in use (so under `--max-heap` and in the peak) and in the block's
    /// trace. Must not change while the object lives.
    fn external_bytes(&self) -> usize {
        0
    }
}

impl<T: Behaviour> Payload for T {
    type Tail = <T as PayloadDecl>::Tail;
    const IS_GC: bool = <T as PayloadDecl>::IS_GC;
    const UNTRACK: Untrack = <T as Behaviour>::UNTRACK;
    fn vtable() -> &'static VTable {
        <T as PayloadDecl>::vtable()
    }
    #[inline(always)]
    fn tail_len(&self) -> usize {
        Behaviour::tail_len(self)
    }
    fn traverse(&self, tail: &[Self::Tail], visit: &mut dyn FnMut(&Obj)) {
        Behaviour::traverse(self, tail, visit)
    }
    fn clear(&self) {
        Behaviour::clear(self)
    }
    fn clear_tail(&self, tail: &[Self::Tail]) {
        Behaviour::clear_tail(self, tail)
    }
    fn needs_finalize(&self) -> bool {
        Behaviour::needs_finalize(self)
    }
    const HAS_EXTERNAL: bool = <T as Behaviour>::HAS_EXTERNAL;
    fn external_bytes(&self) -> usize {
        Behaviour::external_bytes(self)
    }
    const TAIL_LAST_FIRST: bool = <T as Behaviour>::TAIL_LAST_FIRST;
}

unsafe fn external_bytes<T: Payload>(h: NonNull<Header>) -> usize {
    // SAFETY: h is a live T object.
    unsafe { payload_ref::<T>(h).external_bytes() }
}

unsafe fn payload_ref<'a, T: Payload>(h: NonNull<Header>) -> &'a T {
    // SAFETY: callers pass a header whose vtable is T's, so the block holds an ObjBox<T>.
    unsafe { &(*h.cast::<ObjBox<T>>().as_ptr()).payload }
}

unsafe fn tail_ptr<T: Payload>(h: NonNull<Header>) -> *mut T::Tail {
    // SAFETY: the tail starts TAIL_OFFSET bytes after the header inside the same block.
    unsafe { h.as_ptr().cast::<u8>().add(Layout::<T>::TAIL_OFFSET).cast() }
}

unsafe fn tail_ref<'a, T: Payload>(h: NonNull<Header>) -> &'a [T::Tail] {
    // SAFETY: a T object has tail_len() initialised tail elements after the payload.
    unsafe {
        let len = payload_ref::<T>(h).tail_len();
        std::slice::from_raw_parts(tail_ptr::<T>(h), len)
    }
}

unsafe fn drop_payload<T: Payload>(h: NonNull<Header>) {
    // SAFETY: called once, by dealloc, on a T object whose refcount reached zero.
    unsafe {
        let len = payload_ref::<T>(h).tail_len();
        let tail = std::ptr::slice_from_raw_parts_mut(tail_ptr::<T>(h), len);
        std::ptr::drop_in_place(&mut (*h.cast::<ObjBox<T>>().as_ptr()).payload);
        if T::TAIL_LAST_FIRST {
            // Each of the `len` initialised elements is dropped once, from the end.
            for i in (0..len).rev() {
                std::ptr::drop_in_place(tail_ptr::<T>(h).add(i));
            }
        } else {
            std::ptr::drop_in_place(tail);
        }
    }
}

unsafe fn block_size<T: Payload>(h: NonNull<Header>) -> usize {
    // SAFETY: h is a live T object.
    Layout::<T>::block_size(unsafe { payload_ref::<T>(h) }.tail_len())
}

unsafe fn traverse<T: Payload>(h: NonNull<Header>, visit: &mut dyn FnMut(&Obj)) {
    // SAFETY: h is a live T object.
    unsafe { payload_ref::<T>(h).traverse(tail_ref::<T>(h), visit) }
}

unsafe fn clear<T: Payload>(h: NonNull<Header>) {
    // SAFETY: h is a live T object; its tail holds tail_len() initialised elements.
    unsafe {
        payload_ref::<T>(h).clear();
        payload_ref::<T>(h).clear_tail(tail_ref::<T>(h));
    }
}

unsafe fn needs_finalize<T: Payload>(h: NonNull<Header>) -> bool {
    // SAFETY: h is a live T object.
    unsafe { payload_ref::<T>(h).needs_finalize() }
}

/// A strong reference to a heap object: cloning increments the refcount, dropping
/// decrements it, and the last drop frees the object at once.
pub struct Obj {
    ptr: NonNull<Header>,
}

impl Obj {
    /// Wraps a pointer whose reference the caller transfers to the new handle.
    ///
    /// # Safety
    /// `ptr` must point to a live object and own one reference to it.
    pub(super) unsafe fn from_raw(ptr: NonNull<Header>) -> Obj {
        Obj { ptr }
    }

    pub(super) fn as_ptr(&self) -> NonNull<Header> {
        self.ptr
    }

    #[inline(always)]
    fn header(&self) -> &Header {
        // SAFETY: an Obj keeps its object alive, so the header is valid.
        unsafe { self.ptr.as_ref() }
    }

    #[inline(always)]
    pub fn vtable(&self) -> &'static VTable {
        self.header().vtable
    }

    /// The object layer's type id.
    #[inline(always)]
    pub fn tag(&self) -> u32 {
        self.header().vtable.tag
    }

    #[inline(always)]
    pub fn is<T: Payload>(&self) -> bool {
        std::ptr::eq(self.header().vtable, T::vtable())
    }

    /// Turns the only reference to an object of type `T` into an object holding
    /// `payload`, in place: an arithmetic temporary becomes the result without a free
    /// and an allocation. Gives both back when `self` is not a `T` or is shared.
    #[inline(always)]
    pub fn reuse_as<T: Payload + Copy>(self, payload: T) -> Result<Obj, (Obj, T)> {
        if !self.is::<T>() || self.refcount() != 1 {
            return Err((self, payload));
        }
        // SAFETY: the vtable says the block holds an ObjBox<T>; the count of 1 is this
        // Obj, taken by value, so no other reference (and no borrow of the payload) exists.
        // T is Copy, so the old payload needs no drop.
        unsafe {
            (*self.ptr.cast::<ObjBox<T>>().as_ptr()).payload = payload;
        }
        Ok(self)
    }

    /// Writes `payload` over the object this handle holds the only reference to, when it
    /// is a `T`: a loop variable rebound to the next int need not free one object and
    /// allocate another. False (nothing changed) when it is not a `T` or is shared.
    #[inline(always)]
    pub fn overwrite_unique<T: Payload + Copy>(&mut self, payload: T) -> bool {
        if !self.is::<T>() || self.refcount() != 1 {
            return false;
        }
        // SAFETY: as in `reuse_as`: the block holds an ObjBox<T>, and the count of 1 is
        // this handle, borrowed mutably, so no other reference or payload borrow exists.
        unsafe {
            (*self.ptr.cast::<ObjBox<T>>().as_ptr()).payload = payload;
        }
        true
    }

    #[inline(always)]
    pub fn downcast<T: Payload>(&self) -> Option<&T> {
        if self.is::<T>() {
            // SAFETY: the vtable identifies the block as an ObjBox<T>, alive while self is.
            Some(unsafe { payload_ref::<T>(self.ptr) })
        } else {
            None
        }
    }

    /// The var-sized tail of a `T` object.
    #[inline(always)]
    pub fn downcast_with_tail<T: Payload>(&self) -> Option<(&T, &[T::Tail])> {
        if self.is::<T>() {
            // SAFETY: as in downcast; the tail holds tail_len() initialised elements.
            Some(unsafe { (payload_ref::<T>(self.ptr), tail_ref::<T>(self.ptr)) })
        } else {
            None
        }
    }

    /// The current reference count.
    pub fn refcount(&self) -> usize {
        self.header().rc.get()
    }

    /// The object's address: its identity, as CPython's `id()`.
    #[inline(always)]
    pub fn addr(&self) -> usize {
        self.ptr.as_ptr() as usize
    }

    #[inline(always)]
    pub fn ptr_eq(&self, other: &Obj) -> bool {
        self.ptr == other.ptr
    }

    /// Calls `visit` on every object this one references (empty for non-containers).
    pub fn traverse(&self, visit: &mut dyn FnMut(&Obj)) {
        // SAFETY: the vtable's traverse matches the object's type.
        unsafe { (self.header().vtable.traverse)(self.ptr, visit) }
    }

    /// Bytes of the block that holds this object (not counting separately owned buffers).
    pub fn block_bytes(&self) -> usize {
        // SAFETY: the vtable's block_size matches the object's type.
        Allocator::block_size(unsafe { (self.header().vtable.block_size)(self.ptr) })
    }

    /// Bytes the object holds outside the heap, counted with its block (a big int's
    /// digits); 0 for most objects.
    pub fn external_bytes(&self) -> usize {
        match self.header().vtable.external_bytes {
            // SAFETY: the vtable's entry matches the object's type.
            Some(f) => unsafe { f(self.ptr) },
            None => 0,
        }
    }
}

impl Clone for Obj {
    #[inline(always)]
    fn clone(&self) -> Obj {
        let h = self.header();
        h.rc.set(h.rc.get() + 1);
        Obj { ptr: self.ptr }
    }
}

impl Drop for Obj {
    #[inline(always)]
    fn drop(&mut self) {
        let h = self.header();
        let rc = h.rc.get() - 1;
        h.rc.set(rc);
        if rc == 0 {
            // SAFETY: the count reached zero: this was the last reference.
            unsafe { dealloc(self.ptr) }
        }
    }
}

impl PartialEq for Obj {
    /// Identity, as Python's `is`.
    fn eq(&self, other: &Obj) -> bool {
        self.ptr == other.ptr
    }
}
impl Eq for Obj {}

impl std::fmt::Debug for Obj {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "<{} object at {:#x}>", self.vtable().name, self.addr())
    }
}

/// Start of the block holding the object at `h`.
pub(super) unsafe fn block_start(h: NonNull<Header>, vt: &VTable) -> NonNull<u8> {
    let gc = if vt.is_gc { size_of::<GcHead>() } else { 0 };
    // SAFETY: the GcHead, when present, precedes the header in the same block.
    unsafe { NonNull::new_unchecked(h.as_ptr().cast::<u8>().sub(gc)) }
}

/// Frees an object whose count reached zero. The common case (an int, float or other
/// small object without references) is kept apart from the rest so that it needs no
/// saved registers.
#[inline(never)]
unsafe fn dealloc(h: NonNull<Header>) {
    // SAFETY: the object is alive (refcount just reached zero) and came from a Heap that
    // outlives it; its vtable matches its payload.
    unsafe {
        let vt = (*h.as_ptr()).vtable;
        if vt.plain_small {
            // No GcHead: the header starts the block.
            let owner = Allocator::free_small_block(h.cast::<u8>(), vt.fixed_size);
            (*(owner as *const HeapState)).note_freed(vt);
            return;
        }
        dealloc_general(h, vt);
    }
}

/// `dealloc` of an object with a GcHead, a tail, a payload to drop or a large block.
///
/// # Safety
///
/// As `dealloc`; `vt` is the object's vtable.
#[inline(never)]
unsafe fn dealloc_general(h: NonNull<Header>, vt: &'static VTable) {
    // SAFETY: forwarded contract of `dealloc`.
    unsafe {
        let size = if vt.fixed_size != 0 {
            vt.fixed_size
        } else {
            (vt.block_size)(h)
        };
        let start = block_start(h, vt);
        let alloc = Allocator::allocator_of(start, size);
        let heap = &*((*alloc).owner() as *const HeapState);
        if vt.is_gc {
            heap.dealloc(h);
        } else {
            // Non-containers hold no references that could chain deeply (or into cycles):
            // free at once, without the trashcan.
            if vt.needs_drop {
                // `needs_drop` includes payloads with memory outside the heap, so
                // objects with nothing to drop (strs, bytes) skip this check.
                if let Some(external) = vt.external_bytes {
                    (*alloc).remove_external(external(h));
                }
                (vt.drop_payload)(h);
            }
            Allocator::free(start, size);
            heap.note_freed(vt);
        }
    }
}

impl HeapState {
    /// Allocates an object without a tail.
    #[inline(always)]
    pub fn alloc<T: Payload<Tail = NoTail>>(&self, payload: T) -> Result<Obj, AllocError> {
        self.alloc_object::<T, false>(payload, 0, std::iter::empty())
    }

    /// `alloc` with the allocator's fast path inlined: for ints and floats made in the
    /// dispatch loop.
    #[inline(always)]
    pub fn alloc_hot<T: Payload<Tail = NoTail>>(&self, payload: T) -> Result<Obj, AllocError> {
        self.alloc_object::<T, true>(payload, 0, std::iter::empty())
    }

    /// Allocates an object whose tail takes the first `len` items of `tail`.
    ///
    /// `payload.tail_len()` must equal `len`, and `tail` must yield at least `len` items;
    /// otherwise nothing is allocated and AllocError is returned.
    #[inline(always)]
    pub fn alloc_with_tail<T: Payload>(
        &self,
        payload: T,
        len: usize,
        tail: impl IntoIterator<Item = T::Tail>,
    ) -> Result<Obj, AllocError> {
        self.alloc_object::<T, false>(payload, len, tail)
    }

    /// `alloc_with_tail`; `HOT` inlines the allocator's fast path.
    #[inline(always)]
    fn alloc_object<T: Payload, const HOT: bool>(
        &self,
        payload: T,
        len: usize,
        tail: impl IntoIterator<Item = T::Tail>,
    ) -> Result<Obj, AllocError> {
        #[allow(clippy::let_unit_value)]
        let () = Layout::<T>::ALIGN_OK;
        if payload.tail_len() != len {
            return Err(AllocError);
        }
        let size = Layout::<T>::checked_block_size(len).ok_or(AllocError)?;
        let external = if T::HAS_EXTERNAL {
            let bytes = payload.external_bytes();
            if !self.alloc.can_allocate(size.saturating_add(bytes)) {
                return Err(AllocError);
            }
            bytes
        } else {
            0
        };
        let block = self.allocate::<HOT>(size)?;
        // SAFETY: the block is `size` bytes, 16-aligned, and exclusively ours.
        unsafe {
            let hdr = block
                .as_ptr()
                .add(Layout::<T>::GC_OFFSET)
                .cast::<ObjBox<T>>();
            let tail_start = hdr
                .cast::<u8>()
                .add(Layout::<T>::TAIL_OFFSET)
                .cast::<T::Tail>();
            let mut written = 0;
            for item in tail.into_iter().take(len) {
                tail_start.add(written).write(item);
                written += 1;
            }
            if written < len {
                std::ptr::drop_in_place(std::ptr::slice_from_raw_parts_mut(tail_start, written));
                Allocator::free(block, size);
                return Err(AllocError);
            }
            hdr.write(ObjBox {
                header: Header {
                    rc: Cell::new(1),
                    vtable: T::vtable(),
                },
                payload,
            });
            let h = NonNull::new_unchecked(hdr.cast::<Header>());
            if T::HAS_EXTERNAL {
                self.alloc.add_external(block, external);
            }
            self.note_allocated(T::vtable());
            if T::IS_GC {
                self.gc_track_new(h);
            }
            Ok(Obj::from_raw(h))
        }
    }
}

/// A byte of a str's tail. Only the heap can make one: from a `&str`, or in `alloc_wtf8`,
/// which marks text that is not UTF-8 (see text.rs).
#[derive(Clone, Copy)]
#[repr(transparent)]
pub struct Utf8Byte(pub(super) u8);

impl HeapState {
    /// Allocates an object whose tail holds the concatenated bytes of `parts`;
    /// `payload.tail_len()` must be their total length.
    pub fn alloc_with_str_parts<T: Payload<Tail = Utf8Byte>>(
        &self,
        payload: T,
        parts: &[&str],
    ) -> Result<Obj, AllocError> {
        let len = parts.iter().map(|p| p.len()).sum();
        self.alloc_with_tail(
            payload,
            len,
            parts.iter().flat_map(|p| p.bytes()).map(Utf8Byte),
        )
    }

    /// Allocates an object whose tail holds `parts` joined by `sep` (`str.join`), written
    /// straight into the block: no list of pieces is built. `len` is the joined length.
    pub fn alloc_with_str_joined<'a, T: Payload<Tail = Utf8Byte>>(
        &self,
        payload: T,
        len: usize,
        sep: &'a str,
        parts: impl Iterator<Item = &'a str>,
    ) -> Result<Obj, AllocError> {
        let bytes = parts
            .enumerate()
            .flat_map(move |(i, p)| if i > 0 { sep } else { "" }.bytes().chain(p.bytes()));
        self.alloc_with_tail(payload, len, bytes.map(Utf8Byte))
    }

    /// Allocates an object whose tail holds `s` repeated `count` times, written straight
    /// into the block (no temporary string); `payload.tail_len()` must be their length.
    pub fn alloc_with_str_repeated<T: Payload<Tail = Utf8Byte>>(
        &self,
        payload: T,
        s: &str,
        count: usize,
    ) -> Result<Obj, AllocError> {
        let len = s.len().checked_mul(count).ok_or(AllocError)?;
        if let [byte] = s.as_bytes() {
            return self.alloc_with_tail(payload, len, std::iter::repeat_n(Utf8Byte(*byte), len));
        }
        let bytes = std::iter::repeat_n(s, count).flat_map(str::bytes);
        self.alloc_with_tail(payload, len, bytes.map(Utf8Byte))
    }

    /// Allocates an object whose tail holds the bytes of `s`; `payload.tail_len()` must be
    /// `s.len()`.
    pub fn alloc_with_str<T: Payload<Tail = Utf8Byte>>(
        &self,
        payload: T,
        s: &str,
    ) -> Result<Obj, AllocError> {
        self.alloc_with_tail(payload, s.len(), s.bytes().map(Utf8Byte))
    }
}

impl HeapState {
    /// Appends `extra` to the text of a str-like object whose only reference is `obj`,
    /// resizing its block (in place when the allocator can) instead of building a new
    /// object: `s += t` where nothing else holds `s`, as CPython does. `payload` makes
    /// the new payload from the old one and the new tail length. The object may move
    /// (its `id()` changes, as in CPython). Gives the object back untouched when it is
    /// shared or not a `T` (error None) or when memory runs out (error Some).
    pub fn append_to_str_tail<T: Payload<Tail = Utf8Byte>>(
        &self,
        obj: Obj,
        extra: &str,
        payload: impl FnOnce(&T, usize) -> T,
    ) -> Result<Obj, (Obj, Option<AllocError>)> {
        // A WTF-8 str keeps its mark only through `alloc_wtf8`: the payload made here
        // would be an ordinary one, so such a string is left alone.
        if T::IS_GC
            || !obj.is::<T>()
            || obj.refcount() != 1
            || obj.downcast::<StrObj>().is_some_and(|p| p.is_wtf8())
        {
            return Err((obj, None));
        }
        // SAFETY: the vtable says the block holds an ObjBox<T>.
        let old_len = unsafe { payload_ref::<T>(obj.ptr) }.tail_len();
        let Some(new_len) = old_len.checked_add(extra.len()) else {
            return Err((obj, Some(AllocError)));
        };
        let fixed = Layout::<T>::GC_OFFSET + Layout::<T>::TAIL_OFFSET;
        let Some(new_size) = fixed
            .checked_add(new_len)
            .filter(|n| *n <= isize::MAX as usize)
        else {
            return Err((obj, Some(AllocError)));
        };
        let old_size = Layout::<T>::block_size(old_len);
        // SAFETY: a non-GC object's block starts at its header and is `old_size` bytes
        // (its block size), handed out by this heap's allocator. The count of 1 is `obj`,
        // taken by value, so nothing else refers to the block: after a successful
        // realloc the old block is gone and `obj` is forgotten, never dropped. The new
        // block holds the old bytes (header, payload, old tail) followed by room for
        // `extra`, which lives in another object and cannot overlap it.
        unsafe {
            let start = obj.ptr.cast::<u8>();
            let Some(moved) = self.alloc.realloc(start, old_size, new_size) else {
                return Err((obj, Some(AllocError)));
            };
            std::mem::forget(obj);
            let h = moved.cast::<Header>();
            let tail = tail_ptr::<T>(h).cast::<u8>();
            std::ptr::copy_nonoverlapping(extra.as_ptr(), tail.add(old_len), extra.len());
            let boxed = h.cast::<ObjBox<T>>().as_ptr();
            let new_payload = payload(&(*boxed).payload, new_len);
            (*boxed).payload = new_payload;
            Ok(Obj::from_raw(h))
        }
    }
}
