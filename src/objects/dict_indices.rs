//! The sparse index array of a dict table, each slot in the narrowest integer that can
//! hold an entry position at the table's size, as CPython's `dk_indices`: one byte up to
//! 128 slots, two up to 2^15, four beyond. A small dict pays 8 bytes for its indices,
//! not 32. The array lives in the table's block (`heap::DictKeys`); these functions
//! read and write it as a byte slice.

/// A slot that never held an entry (all bits set at every width).
pub const EMPTY: u32 = u32::MAX;
/// A slot whose entry was deleted.
pub const DUMMY: u32 = u32::MAX - 1;

/// Bytes per slot, told by the array's length (the widths' ranges do not overlap:
/// at most 128 bytes, 512 to 65,536, 262,144 and more).
#[inline(always)]
pub fn width(bytes: &[u8]) -> usize {
    let n = bytes.len();
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
pub fn slots(bytes: &[u8]) -> usize {
    bytes.len() / width(bytes)
}

/// Slot `i` when the width is known to be `W`.
#[inline(always)]
pub fn get_at<const W: usize>(bytes: &[u8], i: usize) -> u32 {
    // One bounds check for the slot, then one load of its width. (Out of range
    // cannot happen: callers mask their positions; it reads as EMPTY.)
    let Some(slot) = bytes.get(W * i..W * i + W) else {
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

/// Slot `i`: an entry position, EMPTY or DUMMY.
#[inline(always)]
pub fn get(bytes: &[u8], i: usize) -> u32 {
    match width(bytes) {
        1 => get_at::<1>(bytes, i),
        2 => get_at::<2>(bytes, i),
        _ => get_at::<4>(bytes, i),
    }
}

/// Sets slot `i` to an entry position (which fits the width: positions stay below
/// two thirds of the slot count), EMPTY or DUMMY. Out of range does nothing (callers
/// mask their positions).
#[inline(always)]
pub fn set(bytes: &mut [u8], i: usize, v: u32) {
    let w = width(bytes);
    let le = v.to_le_bytes();
    // EMPTY and DUMMY keep their all-ones pattern at every width.
    if let Some(slot) = bytes.get_mut(w * i..w * i + w) {
        slot.copy_from_slice(&le[..w]);
    }
}
