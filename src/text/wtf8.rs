//! Text that may hold lone surrogates, as generalised UTF-8 bytes: every code point
//! 0..=0x10FFFF in its 1- to 4-byte form, a surrogate U+D800..U+DFFF as the 3-byte
//! `ED A0..BF xx`. A surrogate pair stays two code points (Python never merges them),
//! so equal strings have equal bytes and byte order is code-point order.

/// Whether `cp` is a surrogate code point.
#[inline]
pub fn is_surrogate(cp: u32) -> bool {
    (0xD800..0xE000).contains(&cp)
}

/// Appends the generalised UTF-8 form of `cp` (anything above U+10FFFF is taken as
/// U+FFFD; callers check the range first).
pub fn push_code_point(out: &mut Vec<u8>, cp: u32) {
    match cp {
        0..=0x7F => out.push(cp as u8),
        0x80..=0x7FF => out.extend_from_slice(&[0xC0 | (cp >> 6) as u8, 0x80 | (cp & 0x3F) as u8]),
        0x800..=0xFFFF => out.extend_from_slice(&[
            0xE0 | (cp >> 12) as u8,
            0x80 | ((cp >> 6) & 0x3F) as u8,
            0x80 | (cp & 0x3F) as u8,
        ]),
        0x10000..=0x10FFFF => out.extend_from_slice(&[
            0xF0 | (cp >> 18) as u8,
            0x80 | ((cp >> 12) & 0x3F) as u8,
            0x80 | ((cp >> 6) & 0x3F) as u8,
            0x80 | (cp & 0x3F) as u8,
        ]),
        _ => push_code_point(out, 0xFFFD),
    }
}

/// The code point starting at `bytes[i]` and its length in bytes. Bytes that are not
/// generalised UTF-8 (which a str never holds) read as U+FFFD one byte at a time, so
/// that no input can make a reader fail.
#[inline]
pub fn decode_at(bytes: &[u8], i: usize) -> (u32, usize) {
    let Some(&b0) = bytes.get(i) else {
        return (0xFFFD, 1);
    };
    let (len, init) = match b0 {
        0..=0x7F => return (b0 as u32, 1),
        0xC2..=0xDF => (2, (b0 & 0x1F) as u32),
        0xE0..=0xEF => (3, (b0 & 0x0F) as u32),
        0xF0..=0xF4 => (4, (b0 & 0x07) as u32),
        _ => return (0xFFFD, 1),
    };
    let Some(rest) = bytes.get(i + 1..i + len) else {
        return (0xFFFD, 1);
    };
    let mut cp = init;
    for &b in rest {
        if b & 0xC0 != 0x80 {
            return (0xFFFD, 1);
        }
        cp = (cp << 6) | (b & 0x3F) as u32;
    }
    let min = [0, 0, 0x80, 0x800, 0x10000][len];
    if cp < min || cp > 0x10FFFF {
        return (0xFFFD, 1);
    }
    (cp, len)
}

/// The code points of generalised UTF-8 text.
pub fn code_points(bytes: &[u8]) -> CodePoints<'_> {
    CodePoints { bytes, pos: 0 }
}

pub struct CodePoints<'a> {
    bytes: &'a [u8],
    pos: usize,
}

impl Iterator for CodePoints<'_> {
    type Item = u32;

    #[inline]
    fn next(&mut self) -> Option<u32> {
        if self.pos >= self.bytes.len() {
            return None;
        }
        let (cp, len) = decode_at(self.bytes, self.pos);
        self.pos += len;
        Some(cp)
    }
}

/// The byte offset of the first `needle` in `hay`. Generalised UTF-8 is
/// self-synchronising, so a byte match is a match of whole code points.
pub fn find(hay: &[u8], needle: &[u8]) -> Option<usize> {
    if needle.is_empty() {
        return Some(0);
    }
    hay.windows(needle.len()).position(|w| w == needle)
}

/// The byte offsets at which each code point starts, plus the end.
pub fn boundaries(bytes: &[u8]) -> Vec<usize> {
    let mut out = Vec::with_capacity(bytes.len() + 1);
    let mut i = 0;
    while i < bytes.len() {
        out.push(i);
        i += decode_at(bytes, i).1;
    }
    out.push(bytes.len());
    out
}

/// Generalised UTF-8 text from code points (each at most U+10FFFF).
pub fn from_code_points(cps: impl IntoIterator<Item = u32>) -> Vec<u8> {
    let mut out = Vec::new();
    for cp in cps {
        push_code_point(&mut out, cp);
    }
    out
}

/// Growing generalised UTF-8 text: what decoders write, surrogates included.
#[derive(Default)]
pub struct Wtf8Buf(pub Vec<u8>);

impl Wtf8Buf {
    pub fn with_capacity(n: usize) -> Wtf8Buf {
        Wtf8Buf(Vec::with_capacity(n))
    }

    pub fn push(&mut self, c: char) {
        let mut buf = [0u8; 4];
        self.0.extend_from_slice(c.encode_utf8(&mut buf).as_bytes());
    }

    pub fn push_str(&mut self, s: &str) {
        self.0.extend_from_slice(s.as_bytes());
    }

    /// Appends any code point up to U+10FFFF, a surrogate included.
    pub fn push_code_point(&mut self, cp: u32) {
        push_code_point(&mut self.0, cp);
    }
}

impl std::fmt::Write for Wtf8Buf {
    fn write_str(&mut self, s: &str) -> std::fmt::Result {
        self.push_str(s);
        Ok(())
    }
}

/// Text with each surrogate replaced by its placeholder from `map`; ordinary text
/// unchanged. Placeholders are private-use code points (valid UTF-8).
pub fn to_placeholders(bytes: &[u8], map: &Placeholders) -> String {
    let mut out = String::with_capacity(bytes.len());
    for cp in code_points(bytes) {
        let c = if is_surrogate(cp) {
            map.placeholder(cp)
        } else {
            cp
        };
        out.push(char::from_u32(c).unwrap_or('\u{FFFD}'));
    }
    out
}

/// `s` with every placeholder of `map` turned back into its surrogate.
pub fn from_placeholders(s: &str, map: &Placeholders) -> Vec<u8> {
    let mut out = Vec::with_capacity(s.len());
    for c in s.chars() {
        push_code_point(&mut out, map.surrogate(c as u32).unwrap_or(c as u32));
    }
    out
}

/// The private-use ranges placeholders are drawn from: like surrogates, their code
/// points are unassigned-looking to every predicate (category Co: not printable, not
/// alphanumeric, not whitespace, no case, not identifier characters).
const PRIVATE_USE: [(u32, u32); 3] = [(0xE000, 0xF8FF), (0xF0000, 0xFFFFD), (0x100000, 0x10FFFD)];

/// A one-to-one map between the surrogates some texts hold and private-use code points
/// none of those texts hold, so that text functions over `&str` can run on them and their
/// results be mapped back exactly.
pub struct Placeholders {
    /// (surrogate, placeholder), sorted by surrogate.
    pairs: Vec<(u32, u32)>,
}

impl Placeholders {
    /// A map for the surrogates of `texts`; None when the texts hold so many distinct
    /// private-use code points that too few are left free.
    pub fn for_texts(texts: &[&[u8]]) -> Option<Placeholders> {
        let mut surrogates = Vec::new();
        let mut used = Vec::new();
        for t in texts {
            for cp in code_points(t) {
                if is_surrogate(cp) {
                    surrogates.push(cp);
                } else if PRIVATE_USE.iter().any(|&(lo, hi)| (lo..=hi).contains(&cp)) {
                    used.push(cp);
                }
            }
        }
        surrogates.sort_unstable();
        surrogates.dedup();
        used.sort_unstable();
        used.dedup();
        let mut free = PRIVATE_USE
            .iter()
            .flat_map(|&(lo, hi)| lo..=hi)
            .filter(|cp| used.binary_search(cp).is_err());
        let mut pairs = Vec::with_capacity(surrogates.len());
        for s in surrogates {
            pairs.push((s, free.next()?));
        }
        Some(Placeholders { pairs })
    }

    fn placeholder(&self, surrogate: u32) -> u32 {
        match self.pairs.binary_search_by_key(&surrogate, |p| p.0) {
            Ok(i) => self.pairs[i].1,
            // Every surrogate of the texts was given one; others stay as U+FFFD never
            // reaches here because callers map only those texts.
            Err(_) => 0xFFFD,
        }
    }

    /// The surrogate `cp` stands for, when it is one of the placeholders.
    pub fn surrogate(&self, cp: u32) -> Option<u32> {
        self.pairs.iter().find(|p| p.1 == cp).map(|p| p.0)
    }

    /// Whether the map holds no surrogate at all.
    pub fn is_empty(&self) -> bool {
        self.pairs.is_empty()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trips_every_code_point_class() {
        let cps = [
            0x41, 0xE9, 0x20AC, 0xD800, 0xDFFF, 0xD83D, 0xDE00, 0x1F600, 0x10FFFF,
        ];
        let bytes = from_code_points(cps);
        assert_eq!(code_points(&bytes).collect::<Vec<_>>(), cps);
        assert_eq!(boundaries(&bytes).len(), cps.len() + 1);
    }

    #[test]
    fn garbage_never_panics() {
        let mut seed = 0x2545_f491_4f6c_dd1du64;
        for _ in 0..2000 {
            let mut v = Vec::new();
            for _ in 0..(seed % 13) {
                seed ^= seed << 13;
                seed ^= seed >> 7;
                seed ^= seed << 17;
                v.push(seed as u8);
            }
            let n = code_points(&v).count();
            assert_eq!(boundaries(&v).len(), n + 1);
            if let Some(map) = Placeholders::for_texts(&[&v]) {
                let s = to_placeholders(&v, &map);
                let _ = from_placeholders(&s, &map);
            }
        }
    }

    #[test]
    fn placeholders_avoid_private_use_text() {
        let mut text = from_code_points([0xD800, 0xE000, 0xE001]);
        text.extend_from_slice(b"x");
        let map = Placeholders::for_texts(&[&text]).unwrap();
        let s = to_placeholders(&text, &map);
        assert_eq!(s.chars().next(), Some('\u{E002}'));
        assert_eq!(from_placeholders(&s, &map), text);
    }
}
