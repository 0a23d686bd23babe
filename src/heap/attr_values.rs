//! [`AttrValues`]: the attribute values of one instance, indexed by the position of each
//! name in its class's shared key list (CPython 3.11's instance "values" array). One
//! pointer in the instance; the block it points at starts with the row's length and
//! capacity, then holds the optional object references. No block until a value is
//! stored.
//!
//! Sound for the same reason as [`super::ObjCell`]: no reference into the block ever
//! escapes a method. Reading clones a handle (a refcount increment, which runs no code);
//! storing swaps a handle in and gives the old one back, so dropping it (which may run a
//! finalizer that reads or stores into this very row, even growing it) happens after the
//! row is consistent; growing moves the handles without running code.

use std::cell::Cell;
use std::ptr::NonNull;

use super::{AllocError, Allocator, Obj};

/// The start of a row's block; `cap` slots of `Option<Obj>` follow.
#[repr(C)]
struct RowHead {
    len: u32,
    cap: u32,
}

const HEAD: usize = size_of::<RowHead>();
const SLOT: usize = size_of::<Option<Obj>>();

// The slots follow the head with no padding, and blocks are 16-aligned.
const _: () = assert!(HEAD.is_multiple_of(align_of::<Option<Obj>>()));

#[derive(Default)]
pub struct AttrValues(Cell<Option<NonNull<RowHead>>>);

/// Bytes of a block with `cap` slots, if it can exist (`cap` fits the u32 field).
fn block_bytes(cap: usize) -> Result<usize, AllocError> {
    if cap > u32::MAX as usize {
        return Err(AllocError);
    }
    cap.checked_mul(SLOT)
        .and_then(|b| b.checked_add(HEAD))
        .filter(|&b| b <= isize::MAX as usize)
        .ok_or(AllocError)
}

impl AttrValues {
    #[inline(always)]
    fn head(&self) -> Option<&RowHead> {
        // SAFETY: a block pointer is only ever stored right after the block was
        // allocated and its head written, and it is freed only after being taken out of
        // the cell; the reference lives no longer than this call's caller uses it, during
        // which nothing can free the block (no code runs in these methods).
        self.0.get().map(|p| unsafe { &*p.as_ptr() })
    }

    /// The slot `i` of a block with more than `i` slots.
    ///
    /// # Safety
    /// `i < cap` of the block at `block`.
    #[inline(always)]
    unsafe fn slot(block: NonNull<RowHead>, i: usize) -> *mut Option<Obj> {
        // SAFETY: by the contract, slot `i` lies inside the block.
        unsafe {
            block
                .as_ptr()
                .cast::<u8>()
                .add(HEAD + i * SLOT)
                .cast::<Option<Obj>>()
        }
    }

    /// How many positions the row has (set or not).
    #[inline(always)]
    pub fn len(&self) -> usize {
        self.head().map_or(0, |h| h.len as usize)
    }

    #[inline(always)]
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    fn capacity(&self) -> usize {
        self.head().map_or(0, |h| h.cap as usize)
    }

    /// The slot at an existing position `i`.
    #[inline(always)]
    fn slot_at(&self, i: usize) -> Option<*mut Option<Obj>> {
        let block = self.0.get()?;
        // SAFETY: the head is initialised (see `head`).
        let len = unsafe { (*block.as_ptr()).len } as usize;
        // SAFETY: `i < len <= cap`.
        (i < len).then(|| unsafe { Self::slot(block, i) })
    }

    /// A new reference to the value at position `i`, if it is set.
    #[inline(always)]
    pub fn get(&self, i: usize) -> Option<Obj> {
        let slot = self.slot_at(i)?;
        // SAFETY: slots below `len` are initialised; cloning runs no code.
        unsafe { (*slot).clone() }
    }

    /// True when position `i` holds a value.
    #[inline(always)]
    pub fn is_set(&self, i: usize) -> bool {
        // SAFETY: as in get; reading the discriminant runs no code.
        self.slot_at(i).is_some_and(|s| unsafe { (*s).is_some() })
    }

    /// True when some position after `i` holds a value.
    pub fn any_set_after(&self, i: usize) -> bool {
        (i + 1..self.len()).any(|j| self.is_set(j))
    }

    /// Replaces the value at an existing position `i`, returning the old one for the
    /// caller to drop; gives `value` back when the row is shorter.
    #[inline(always)]
    pub fn replace(&self, i: usize, value: Option<Obj>) -> Result<Option<Obj>, Option<Obj>> {
        match self.slot_at(i) {
            // SAFETY: as in get; the swap runs no code and the old handle is returned.
            Some(slot) => Ok(unsafe { std::mem::replace(&mut *slot, value) }),
            None => Err(value),
        }
    }

    /// Replaces the value at position `i` when one is set there, returning the old one
    /// for the caller to drop; gives `value` back otherwise.
    #[inline(always)]
    pub fn replace_set(&self, i: usize, value: Obj) -> Result<Obj, Obj> {
        match self.slot_at(i) {
            // SAFETY: as in replace.
            Some(slot) => match unsafe { &mut *slot } {
                Some(old) => Ok(std::mem::replace(old, value)),
                None => Err(value),
            },
            None => Err(value),
        }
    }

    /// Gives the block room for `cap` slots (at least the current length).
    fn grow(&self, a: &Allocator, cap: usize) -> Result<(), AllocError> {
        let old_cap = self.capacity();
        if cap <= old_cap {
            return Ok(());
        }
        let bytes = block_bytes(cap)?;
        let block = match self.0.get() {
            None => {
                let b = a.alloc(bytes).ok_or(AllocError)?.cast::<RowHead>();
                // SAFETY: a fresh block of at least HEAD bytes, 16-aligned.
                unsafe { b.as_ptr().write(RowHead { len: 0, cap: 0 }) };
                b
            }
            Some(old) => {
                // SAFETY: the block came from this allocator with `block_bytes(old_cap)`
                // bytes and is live; on failure it is left as it was.
                let moved = unsafe { a.realloc(old.cast(), block_bytes(old_cap)?, bytes) };
                moved.ok_or(AllocError)?.cast::<RowHead>()
            }
        };
        // SAFETY: the head was copied or written above; `cap` fits u32 (block_bytes).
        unsafe { (*block.as_ptr()).cap = cap as u32 };
        self.0.set(Some(block));
        Ok(())
    }

    /// Stores `value` at position `i`, lengthening the row with unset positions first
    /// when it is shorter. Returns the old value for the caller to drop. On allocation
    /// failure the row is unchanged and `value` is dropped.
    pub fn store(&self, a: &Allocator, i: usize, value: Obj) -> Result<Option<Obj>, AllocError> {
        let value = match self.replace(i, Some(value)) {
            Ok(old) => return Ok(old),
            Err(value) => value,
        };
        let len = self.len();
        self.grow(a, i.checked_add(1).ok_or(AllocError)?)?;
        let Some(block) = self.0.get() else {
            return Err(AllocError);
        };
        // SAFETY: `grow` made room for `i + 1` slots; slots `len..=i` are unused and are
        // written before `len` is raised to cover them.
        unsafe {
            for j in len..i {
                Self::slot(block, j).write(None);
            }
            Self::slot(block, i).write(value);
            (*block.as_ptr()).len = (i + 1) as u32;
        }
        Ok(None)
    }

    /// Makes room for `total` positions in one block, so that an instance filling its
    /// class's usual attributes allocates once.
    pub fn reserve_total(&self, a: &Allocator, total: usize) -> Result<(), AllocError> {
        self.grow(a, total)
    }

    /// Empties the row, giving back its values and block as a row of their own for the
    /// caller to drop.
    #[must_use]
    pub fn take(&self) -> AttrValues {
        AttrValues(Cell::new(self.0.take()))
    }

    /// Bytes of storage the allocator handed out for the row.
    pub fn storage_bytes(&self) -> usize {
        match self.head() {
            Some(h) => Allocator::block_size(HEAD + h.cap as usize * SLOT),
            None => 0,
        }
    }
}

impl Drop for AttrValues {
    fn drop(&mut self) {
        let Some(block) = self.0.take() else {
            return;
        };
        // SAFETY: the block is ours alone now (taken out of the cell): its first `len`
        // slots are initialised and dropped once; then it is freed with the size it was
        // allocated with. Dropping a value may run code, which cannot reach this block.
        unsafe {
            let RowHead { len, cap } = block.as_ptr().read();
            for j in 0..len as usize {
                std::ptr::drop_in_place(Self::slot(block, j));
            }
            Allocator::free(block.cast(), HEAD + cap as usize * SLOT);
        }
    }
}
