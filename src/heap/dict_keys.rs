//! [`DictKeys`]: the one block behind a dict's hash table, laid out as CPython's
//! `PyDictKeysObject`: a small head, the sparse index array, then the dense entry array.
//! One allocation per table instead of two, and no head of its own beside the dict's.
//!
//! A table with no block is the shared empty table (CPython's `Py_EMPTY_KEYS`): `{}`
//! costs only its object, and its first insertion allocates.
//!
//! Sound for the same reasons as [`super::HeapVec`]: the block is owned by exactly one
//! `DictKeys`; references into it borrow the `DictKeys` itself, so nothing can free or
//! grow the block while they live; entries below `nentries` are initialised, the ones
//! after are not and are never read.

use std::marker::PhantomData;
use std::ptr::NonNull;

use super::{AllocError, Allocator};

/// The start of a table's block; the index array and then the entries follow.
#[repr(C)]
struct KeysHead {
    /// Entries written so far (live or deleted), from the front of the entry array.
    nentries: u32,
    /// The index array has `1 << log2_size` slots.
    log2_size: u8,
    /// ... and `1 << log2_index_bytes` bytes (CPython's `dk_log2_index_bytes`): the
    /// entries start that far after the head, found with one shift.
    log2_index_bytes: u8,
}

const HEAD: usize = 8;
const _: () = assert!(size_of::<KeysHead>() <= HEAD);

/// The most index slots a table may have: entry positions must stay below the two
/// reserved 4-byte index values.
pub const MAX_LOG2_SIZE: u8 = 32;

/// log2 of the bytes per index slot at a table of `1 << log2_size` slots: the
/// narrowest integer that holds every entry position (one byte up to 128 slots, two up
/// to 2^15, four beyond), as CPython's `dk_indices`.
fn log2_index_width(log2_size: u8) -> u8 {
    if log2_size <= 7 {
        0
    } else if log2_size <= 15 {
        1
    } else {
        2
    }
}

/// Entries a table of `size` index slots holds before it must grow (CPython's
/// `USABLE_FRACTION`: two thirds).
#[inline(always)]
pub fn usable(size: usize) -> usize {
    (size << 1) / 3
}

pub struct DictKeys<E> {
    block: Option<NonNull<KeysHead>>,
    _owns: PhantomData<E>,
}

impl<E> Default for DictKeys<E> {
    fn default() -> Self {
        Self::new()
    }
}

impl<E> DictKeys<E> {
    const LAYOUT_SUPPORTED: () = {
        assert!(size_of::<E>() != 0, "entries must not be zero-sized");
        assert!(align_of::<E>() <= 8, "blocks are 8-byte aligned");
    };

    /// The shared empty table: no block.
    pub const fn new() -> Self {
        let () = Self::LAYOUT_SUPPORTED;
        DictKeys {
            block: None,
            _owns: PhantomData,
        }
    }

    /// Bytes of the block of a table with `1 << log2_size` index slots.
    fn block_bytes(log2_size: u8) -> Result<usize, AllocError> {
        if log2_size > MAX_LOG2_SIZE {
            return Err(AllocError);
        }
        let size = 1usize << log2_size;
        let indices = 1usize << (log2_size + log2_index_width(log2_size));
        usable(size)
            .checked_mul(size_of::<E>())
            .and_then(|e| e.checked_add(indices))
            .and_then(|b| b.checked_add(HEAD))
            .filter(|&b| b <= isize::MAX as usize)
            .ok_or(AllocError)
    }

    /// A table of `1 << log2_size` index slots (at least 8), every slot EMPTY (all
    /// bits set), no entries.
    pub fn with_log2_size(a: &Allocator, log2_size: u8) -> Result<Self, AllocError> {
        if log2_size < 3 {
            return Err(AllocError);
        }
        let bytes = Self::block_bytes(log2_size)?;
        let block = a.alloc(bytes).ok_or(AllocError)?.cast::<KeysHead>();
        let log2_index_bytes = log2_size + log2_index_width(log2_size);
        // SAFETY: a fresh block of `bytes` bytes, 8-aligned: the head and the index
        // array (`1 << log2_index_bytes` bytes right after it) lie inside it.
        unsafe {
            block.as_ptr().write(KeysHead {
                nentries: 0,
                log2_size,
                log2_index_bytes,
            });
            let indices = block.as_ptr().cast::<u8>().add(HEAD);
            std::ptr::write_bytes(indices, 0xff, 1 << log2_index_bytes);
        }
        Ok(DictKeys {
            block: Some(block),
            _owns: PhantomData,
        })
    }

    #[inline(always)]
    fn head(&self) -> Option<&KeysHead> {
        // SAFETY: a block's head is written when it is allocated; the block lives as
        // long as `self` owns it, and the reference borrows `self`.
        self.block.map(|b| unsafe { &*b.as_ptr() })
    }

    /// log2 of the number of index slots; None for the empty table.
    #[inline(always)]
    pub fn log2_size(&self) -> Option<u8> {
        self.head().map(|h| h.log2_size)
    }

    /// Number of index slots (0 for the empty table).
    #[inline(always)]
    pub fn size(&self) -> usize {
        self.log2_size().map_or(0, |l| 1 << l)
    }

    /// Entries the block has room for.
    #[inline(always)]
    pub fn capacity(&self) -> usize {
        usable(self.size())
    }

    /// Entries written so far (live or deleted).
    #[inline(always)]
    pub fn len(&self) -> usize {
        self.head().map_or(0, |h| h.nentries as usize)
    }

    #[inline(always)]
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// The index array (`size * width` bytes; empty for the empty table).
    #[inline(always)]
    pub fn indices(&self) -> &[u8] {
        match self.block {
            None => &[],
            Some(b) => {
                // SAFETY: the head is initialised; the index array follows it inside the
                // block, initialised when the block was made; borrowed from `self`.
                unsafe {
                    let n = 1usize << (*b.as_ptr()).log2_index_bytes;
                    std::slice::from_raw_parts(b.as_ptr().cast::<u8>().add(HEAD), n)
                }
            }
        }
    }

    /// The index array, to write.
    #[inline(always)]
    pub fn indices_mut(&mut self) -> &mut [u8] {
        match self.block {
            None => &mut [],
            Some(b) => {
                // SAFETY: as in `indices`; `&mut self` makes the borrow exclusive.
                unsafe {
                    let n = 1usize << (*b.as_ptr()).log2_index_bytes;
                    std::slice::from_raw_parts_mut(b.as_ptr().cast::<u8>().add(HEAD), n)
                }
            }
        }
    }

    /// The index array and the entries written so far, read with one look at the head
    /// (the lookup path needs both).
    #[inline(always)]
    pub fn parts(&self) -> (&[u8], &[E]) {
        match self.block {
            None => (&[], &[]),
            Some(b) => {
                // SAFETY: as in `indices` and `entries`: both regions lie inside the live
                // block, initialised (the first `nentries` entries), borrowed from `self`.
                unsafe {
                    let head = &*b.as_ptr();
                    let n = 1usize << head.log2_index_bytes;
                    let base = b.as_ptr().cast::<u8>().add(HEAD);
                    (
                        std::slice::from_raw_parts(base, n),
                        std::slice::from_raw_parts(base.add(n).cast::<E>(), head.nentries as usize),
                    )
                }
            }
        }
    }

    /// The first entry slot of block `b`.
    ///
    /// # Safety
    /// `b` is a live block of this type with its head initialised.
    #[inline(always)]
    unsafe fn entries_ptr(b: NonNull<KeysHead>) -> *mut E {
        // SAFETY: the entry array starts right after the index array, inside the block,
        // at a multiple of 8 (the head is 8 bytes, the index array at least 8 slots).
        unsafe {
            let off = HEAD + (1usize << (*b.as_ptr()).log2_index_bytes);
            b.as_ptr().cast::<u8>().add(off).cast::<E>()
        }
    }

    /// The entries written so far, in order.
    #[inline(always)]
    pub fn entries(&self) -> &[E] {
        match self.block {
            None => &[],
            // SAFETY: the first `nentries` entries are initialised; borrowed from `self`.
            Some(b) => unsafe {
                std::slice::from_raw_parts(Self::entries_ptr(b), (*b.as_ptr()).nentries as usize)
            },
        }
    }

    /// The entries written so far, to change in place.
    #[inline(always)]
    pub fn entries_mut(&mut self) -> &mut [E] {
        match self.block {
            None => &mut [],
            // SAFETY: as in `entries`; `&mut self` makes the borrow exclusive.
            Some(b) => unsafe {
                std::slice::from_raw_parts_mut(
                    Self::entries_ptr(b),
                    (*b.as_ptr()).nentries as usize,
                )
            },
        }
    }

    /// Appends an entry; gives it back when the block is full (or there is none).
    #[inline]
    pub fn push(&mut self, e: E) -> Result<(), E> {
        let Some(b) = self.block else {
            return Err(e);
        };
        // SAFETY: the head is initialised; slot `nentries` is below the capacity (checked)
        // and uninitialised, so it is written once before being counted.
        unsafe {
            let head = &mut *b.as_ptr();
            let n = head.nentries as usize;
            if n >= usable(1usize << head.log2_size) {
                return Err(e);
            }
            Self::entries_ptr(b).add(n).write(e);
            head.nentries += 1;
        }
        Ok(())
    }

    /// Removes and returns the last entry written.
    pub fn pop(&mut self) -> Option<E> {
        let b = self.block?;
        // SAFETY: the head is initialised; the last entry is initialised and is moved
        // out after the count no longer covers it, so it is never dropped twice.
        unsafe {
            let head = &mut *b.as_ptr();
            let n = head.nentries.checked_sub(1)?;
            head.nentries = n;
            Some(Self::entries_ptr(b).add(n as usize).read())
        }
    }

    /// Bytes the allocator handed out for the block (0 for the empty table).
    pub fn storage_bytes(&self) -> usize {
        match self.log2_size() {
            None => 0,
            Some(l) => Self::block_bytes(l).map_or(0, Allocator::block_size),
        }
    }
}

impl<E> Drop for DictKeys<E> {
    fn drop(&mut self) {
        let Some(b) = self.block.take() else {
            return;
        };
        // SAFETY: the block is ours alone: its first `nentries` entries are initialised
        // and dropped once; it is then freed with the size it was allocated with (its
        // size was valid then, so `block_bytes` succeeds again). Dropping an entry may
        // run code, which cannot reach this block (it left its owner already).
        unsafe {
            let KeysHead {
                nentries,
                log2_size,
                ..
            } = b.as_ptr().read();
            let entries = Self::entries_ptr(b);
            for i in 0..nentries as usize {
                std::ptr::drop_in_place(entries.add(i));
            }
            if let Ok(bytes) = Self::block_bytes(log2_size) {
                Allocator::free(b.cast(), bytes);
            }
        }
    }
}
