//! str: immutable text stored inline after the header, with its hash cached; UTF-8, or
//! WTF-8 for a string holding lone surrogates (the storage is heap/text.rs).

use super::Tag;
use crate::declare_payload;
use crate::heap::{Behaviour, Obj, Utf8Byte};

pub use crate::heap::StrObj;

declare_payload!(StrObj, "str", Tag::Str, nogc, tail = Utf8Byte);
impl Behaviour for StrObj {
    fn tail_len(&self) -> usize {
        self.byte_len()
    }
}

impl StrObj {
    /// The string's hash over its text bytes, computed once.
    #[inline]
    pub fn hash(&self, text: &[u8]) -> i64 {
        self.hash_with(text, hash_text)
    }
}

/// A fast deterministic string hash (FxHash-style over 8-byte words), never -1.
pub fn hash_str(s: &str) -> i64 {
    hash_text(s.as_bytes())
}

/// `hash_str` over text bytes (UTF-8, or WTF-8 for a string with surrogates: equal
/// strings have equal bytes either way).
pub fn hash_text(bytes: &[u8]) -> i64 {
    const K: u64 = 0x517c_c1b7_2722_0a95;
    let mut h: u64 = bytes.len() as u64;
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
    o.downcast_str().map(|(_, s)| s)
}

/// The text bytes of any str object: UTF-8, or WTF-8 when it holds surrogates. Equal
/// strings have equal bytes, and byte order is code-point order.
#[inline(always)]
pub fn as_text(o: &Obj) -> Option<&[u8]> {
    o.downcast_text().map(|(_, t)| t)
}

/// The payload and text bytes of any str object.
#[inline(always)]
pub fn as_text_obj(o: &Obj) -> Option<(&StrObj, &[u8])> {
    o.downcast_text()
}

/// The payload and text of a str object.
#[inline(always)]
pub fn as_str_obj(o: &Obj) -> Option<(&StrObj, &str)> {
    o.downcast_str()
}

/// Appends the text of `o` (any str, surrogates included) to `out`; false when `o` is
/// not a str.
#[inline]
pub fn push_text(out: &mut crate::text::text_buf::TextBuf, o: &Obj) -> bool {
    if let Some(s) = as_str(o) {
        out.push_str(s);
        return true;
    }
    match as_text(o) {
        Some(t) => {
            out.push_wtf8(t);
            true
        }
        None => false,
    }
}

/// Byte offset of the `idx`-th character (idx <= char count).
pub fn char_to_byte(s: &str, ascii: bool, idx: usize) -> usize {
    if ascii {
        idx
    } else {
        s.char_indices().nth(idx).map_or(s.len(), |(b, _)| b)
    }
}
