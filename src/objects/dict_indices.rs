//! The sparse index array of a dict table, each slot in the narrowest integer that can
//! hold an entry position at the table's size, as CPython's `dk_indices`: one byte up to
//! 128 slots, two up to 2^15, four beyond. A small dict pays 8 bytes for its indices,
//! not 32.

use crate::heap::{AllocError, Allocator, HeapVec};

/// A slot that never held an entry (all bits set at every width).
pub const EMPTY: u32 = u32::MAX;
/// A slot whose entry was deleted.
pub const DUMMY: u32 = u32::MAX - 1;

#[derive(Default)]
pub struct DictIndices {
    bytes: HeapVec<u8>,
}

/// Bytes per slot for a table of `size` slots.
fn width_for(size: usize) -> usize {
    if size <= 128 {
        1
    } else if size <= 1 << 15 {
        2
    } else {
        4
    }
}

impl DictIndices {
    pub const fn new() -> DictIndices {
        DictIndices {
            bytes: HeapVec::new(),
        }
    }

    /// `size` slots, all EMPTY.
    pub fn with_size(alloc: &Allocator, size: usize) -> Result<DictIndices, AllocError> {
        let n = size.checked_mul(width_for(size)).ok_or(AllocError)?;
        let bytes = HeapVec::filled_with(alloc, n, || 0xff)?;
        Ok(DictIndices { bytes })
    }

    /// Bytes per slot, told by the array's length (the widths' ranges do not overlap:
    /// at most 128 bytes, 512 to 65,536, 262,144 and more).
    #[inline(always)]
    pub fn width(&self) -> usize {
        let n = self.bytes.len();
        if n <= 128 {
            1
        } else if n <= 1 << 16 {
            2
        } else {
            4
        }
    }

    /// Number of slots.
    #[inline]
    pub fn len(&self) -> usize {
        self.bytes.len() / self.width()
    }

    #[inline]
    pub fn is_empty(&self) -> bool {
        self.bytes.is_empty()
    }

    /// `len()` when the width is known to be `W`.
    #[inline(always)]
    pub fn len_at<const W: usize>(&self) -> usize {
        self.bytes.len() / W
    }

    /// `get(i)` when the width is known to be `W`.
    #[inline(always)]
    pub fn get_at<const W: usize>(&self, i: usize) -> u32 {
        // One bounds check for the slot, then one load of its width. (Out of range
        // cannot happen: callers mask their positions; it reads as EMPTY.)
        let Some(slot) = self.bytes.get(W * i..W * i + W) else {
            return EMPTY;
        };
        let mut word = [0u8; 4];
        word[..W].copy_from_slice(slot);
        match W {
            1 => match word[0] {
                0xff => EMPTY,
                0xfe => DUMMY,
                v => u32::from(v),
            },
            2 => match u16::from_le_bytes([word[0], word[1]]) {
                0xffff => EMPTY,
                0xfffe => DUMMY,
                v => u32::from(v),
            },
            _ => u32::from_le_bytes(word),
        }
    }

    /// Slot `i`: an entry position, EMPTY or DUMMY. `i` must be below `len()`.
    #[inline(always)]
    pub fn get(&self, i: usize) -> u32 {
        match self.width() {
            1 => self.get_at::<1>(i),
            2 => self.get_at::<2>(i),
            _ => self.get_at::<4>(i),
        }
    }

    /// Sets slot `i` to an entry position (which fits the width: positions stay below
    /// two thirds of the slot count), EMPTY or DUMMY.
    #[inline(always)]
    pub fn set(&mut self, i: usize, v: u32) {
        let w = self.width();
        let le = v.to_le_bytes();
        let b = &mut self.bytes;
        // EMPTY and DUMMY keep their all-ones pattern at every width.
        b[w * i..w * i + w].copy_from_slice(&le[..w]);
    }

    /// Bytes the allocator handed out for the array.
    pub fn storage_bytes(&self) -> usize {
        self.bytes.storage_bytes()
    }
}
