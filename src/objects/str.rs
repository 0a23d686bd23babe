//! str: immutable UTF-8 text stored inline after the header, with its hash cached.

use std::cell::Cell;

use super::Tag;
use crate::declare_payload;
use crate::heap::{Behaviour, Obj, Utf8Byte};

/// 24 bytes after the 16-byte header, so that `'abc'` takes a 48-byte block (CPython's
/// compact ASCII string is 52 bytes: a 40-byte header, the text and a NUL).
pub struct StrObj {
    /// Cached hash; `HASH_UNSET` until first computed.
    hash: Cell<i64>,
    nbytes: usize,
    /// Whether the string is interned, sharing its word with the length in code points.
    pub interned: InternedFlag,
}
const _: () = assert!(size_of::<StrObj>() == 24);
declare_payload!(StrObj, "str", Tag::Str, nogc, tail = Utf8Byte);
impl Behaviour for StrObj {
    fn tail_len(&self) -> usize {
        self.nbytes
    }
}

const HASH_UNSET: i64 = -1;

/// The interned flag of a string in the low bit of a word whose other 63 bits hold the
/// string's length in code points (at most its length in bytes, so it fits).
pub struct InternedFlag(Cell<u64>);

impl InternedFlag {
    fn with_chars(nchars: usize) -> InternedFlag {
        InternedFlag(Cell::new((nchars as u64) << 1))
    }

    #[inline]
    fn chars(&self) -> usize {
        (self.0.get() >> 1) as usize
    }

    /// True once the string is the interpreter's interned copy of its text.
    #[inline]
    pub fn get(&self) -> bool {
        self.0.get() & 1 != 0
    }

    pub fn set(&self, interned: bool) {
        self.0.set(self.0.get() & !1 | u64::from(interned));
    }
}

impl StrObj {
    pub fn new(s: &str) -> StrObj {
        StrObj {
            hash: Cell::new(HASH_UNSET),
            nbytes: s.len(),
            interned: InternedFlag::with_chars(if s.is_ascii() {
                s.len()
            } else {
                s.chars().count()
            }),
        }
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

    /// A payload for text of `nbytes` bytes and `nchars` code points.
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

    #[inline]
    pub fn is_ascii(&self) -> bool {
        self.char_len() == self.nbytes
    }
    /// The string's hash, computed once.
    #[inline]
    pub fn hash(&self, s: &str) -> i64 {
        let h = self.hash.get();
        if h != HASH_UNSET {
            return h;
        }
        let h = hash_str(s);
        self.hash.set(h);
        h
    }
}

/// A fast deterministic string hash (FxHash-style over 8-byte words), never -1.
pub fn hash_str(s: &str) -> i64 {
    const K: u64 = 0x517c_c1b7_2722_0a95;
    let mut h: u64 = s.len() as u64;
    let bytes = s.as_bytes();
    let mut chunks = bytes.chunks_exact(8);
    for c in &mut chunks {
        let mut w = [0u8; 8];
        w.copy_from_slice(c);
        h = (h.rotate_left(5) ^ u64::from_le_bytes(w)).wrapping_mul(K);
    }
    for &b in chunks.remainder() {
        h = (h.rotate_left(5) ^ b as u64).wrapping_mul(K);
    }
    // Final avalanche so that short keys spread over the low bits used by tables.
    h ^= h >> 33;
    h = h.wrapping_mul(0xff51_afd7_ed55_8ccd);
    h ^= h >> 33;
    let h = h as i64;
    if h == -1 { -2 } else { h }
}

/// The text of a str object.
#[inline(always)]
pub fn as_str(o: &Obj) -> Option<&str> {
    o.downcast_str::<StrObj>().map(|(_, s)| s)
}

/// The payload and text of a str object.
#[inline(always)]
pub fn as_str_obj(o: &Obj) -> Option<(&StrObj, &str)> {
    o.downcast_str::<StrObj>()
}

/// Byte offset of the `idx`-th character (idx <= char count).
pub fn char_to_byte(s: &str, ascii: bool, idx: usize) -> usize {
    if ascii {
        idx
    } else {
        s.char_indices().nth(idx).map_or(s.len(), |(b, _)| b)
    }
}
