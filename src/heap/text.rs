//! The storage of a str: its payload (cached hash, byte length, code-point count and
//! flags) and a tail of text bytes. The tail is UTF-8, or, for a string holding a lone
//! surrogate, generalised UTF-8 (WTF-8 without pair merging: every code point, surrogates
//! included, as its 1- to 4-byte form). Only the heap marks a string as WTF-8, at the
//! allocation that writes bytes that are not UTF-8, and a marked string's bytes are never
//! handed out as `&str`: that is what keeps `downcast_str` sound.

use std::cell::Cell;

use super::HeapState;
use super::buffer::AllocError;
use super::object::{Obj, Utf8Byte};

/// 24 bytes after the 16-byte header, so that `'abc'` takes a 48-byte block (CPython's
/// compact ASCII string is 52 bytes: a 40-byte header, the text and a NUL).
pub struct StrObj {
    /// Cached hash; `HASH_UNSET` until first computed.
    hash: Cell<i64>,
    nbytes: usize,
    /// Whether the string is interned, sharing its word with the WTF-8 mark and the
    /// length in code points.
    pub interned: InternedFlag,
}
const _: () = assert!(size_of::<StrObj>() == 24);

const HASH_UNSET: i64 = -1;

const INTERNED_BIT: u64 = 1;
/// Set only by `HeapState::alloc_wtf8`, for bytes that are not UTF-8.
const WTF8_BIT: u64 = 2;
const CHARS_SHIFT: u32 = 2;

/// The interned flag of a string in the low bit of a word whose next bit marks WTF-8
/// text and whose other 62 bits hold the length in code points (at most the length in
/// bytes, so it fits). The WTF-8 bit has no setter: only the heap makes it.
pub struct InternedFlag(Cell<u64>);

impl InternedFlag {
    fn with_chars(nchars: usize) -> InternedFlag {
        InternedFlag(Cell::new((nchars as u64) << CHARS_SHIFT))
    }

    #[inline]
    fn chars(&self) -> usize {
        (self.0.get() >> CHARS_SHIFT) as usize
    }

    #[inline]
    fn wtf8(&self) -> bool {
        self.0.get() & WTF8_BIT != 0
    }

    /// True once the string is the interpreter's interned copy of its text.
    #[inline]
    pub fn get(&self) -> bool {
        self.0.get() & INTERNED_BIT != 0
    }

    pub fn set(&self, interned: bool) {
        self.0
            .set(self.0.get() & !INTERNED_BIT | u64::from(interned));
    }
}

impl StrObj {
    pub fn new(s: &str) -> StrObj {
        StrObj::with_counts(
            s.len(),
            if s.is_ascii() {
                s.len()
            } else {
                s.chars().count()
            },
        )
    }

    /// The payload of this text with `extra` appended (`nbytes` bytes in all), for
    /// growing a string in place.
    pub fn grown_by(&self, extra: &str, nbytes: usize) -> StrObj {
        let extra_chars = if extra.is_ascii() {
            extra.len()
        } else {
            extra.chars().count()
        };
        StrObj::with_counts(nbytes, self.char_len() + extra_chars)
    }

    /// A payload for UTF-8 text of `nbytes` bytes and `nchars` code points.
    pub fn with_counts(nbytes: usize, nchars: usize) -> StrObj {
        StrObj {
            hash: Cell::new(HASH_UNSET),
            nbytes,
            interned: InternedFlag::with_chars(nchars),
        }
    }

    /// Length in code points.
    #[inline]
    pub fn char_len(&self) -> usize {
        self.interned.chars()
    }

    /// Length of the text in bytes (UTF-8, or WTF-8 for a string with surrogates).
    #[inline]
    pub fn byte_len(&self) -> usize {
        self.nbytes
    }

    #[inline]
    pub fn is_ascii(&self) -> bool {
        self.char_len() == self.nbytes
    }

    /// Whether the text holds a lone surrogate (its bytes are WTF-8, not UTF-8).
    #[inline]
    pub fn is_wtf8(&self) -> bool {
        self.interned.wtf8()
    }

    /// The string's hash, computed once by `f` from the text bytes.
    #[inline]
    pub fn hash_with(&self, bytes: &[u8], f: impl FnOnce(&[u8]) -> i64) -> i64 {
        let h = self.hash.get();
        if h != HASH_UNSET {
            return h;
        }
        let h = f(bytes);
        self.hash.set(h);
        h
    }
}

/// Code points in generalised UTF-8 bytes: every byte that does not continue a sequence.
fn count_code_points(bytes: &[u8]) -> usize {
    bytes.iter().filter(|&&b| b & 0xC0 != 0x80).count()
}

impl Obj {
    /// The payload and text of a str whose text is UTF-8 (None for other objects and for
    /// strings holding surrogates, which `downcast_text` reads).
    #[inline(always)]
    pub fn downcast_str(&self) -> Option<(&StrObj, &str)> {
        let (p, tail) = self.downcast_with_tail::<StrObj>()?;
        if p.is_wtf8() {
            return None;
        }
        // SAFETY: Utf8Byte is repr(transparent) over u8. A str's tail is written either
        // from the bytes of a &str (alloc_with_str and its variants) or by alloc_wtf8,
        // which sets the WTF-8 bit exactly when its bytes are not UTF-8; that bit has no
        // other setter and is checked just above.
        let s = unsafe {
            std::str::from_utf8_unchecked(std::slice::from_raw_parts(
                tail.as_ptr().cast::<u8>(),
                tail.len(),
            ))
        };
        Some((p, s))
    }

    /// The payload and text bytes of any str: UTF-8, or WTF-8 when `is_wtf8()`.
    #[inline(always)]
    pub fn downcast_text(&self) -> Option<(&StrObj, &[u8])> {
        let (p, tail) = self.downcast_with_tail::<StrObj>()?;
        // SAFETY: Utf8Byte is repr(transparent) over u8, so the tail is tail.len() bytes.
        let bytes = unsafe { std::slice::from_raw_parts(tail.as_ptr().cast::<u8>(), tail.len()) };
        Some((p, bytes))
    }
}

impl HeapState {
    /// A str holding `bytes`, generalised UTF-8 that may encode lone surrogates. Bytes
    /// that are UTF-8 make an ordinary string; any others are marked WTF-8, so that they
    /// are never read as `&str`.
    pub fn alloc_wtf8(&self, bytes: &[u8]) -> Result<Obj, AllocError> {
        let mut payload = StrObj::with_counts(bytes.len(), count_code_points(bytes));
        if std::str::from_utf8(bytes).is_err() {
            payload.interned = InternedFlag(Cell::new(payload.interned.0.get() | WTF8_BIT));
        }
        self.alloc_with_tail(payload, bytes.len(), bytes.iter().map(|&b| Utf8Byte(b)))
    }
}
