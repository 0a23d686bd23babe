//! Character-index helpers. Python indexes strings by code point while a
//! Rust `str` is indexed by byte, so every method that takes or returns
//! positions goes through these.

/// CPython's `ADJUST_INDICES`: `None` means "from the start" / "to the
/// end"; negative values count from the end and clamp at 0; `end` clamps
/// at `len`. The result may still have `start > end` or `start > len`.
pub fn adjust_indices(start: Option<i64>, end: Option<i64>, len: usize) -> (i64, i64) {
    let len = i64::try_from(len).unwrap_or(i64::MAX);
    let mut end = end.unwrap_or(len);
    if end > len {
        end = len;
    } else if end < 0 {
        end = (end + len).max(0);
    }
    let mut start = start.unwrap_or(0);
    if start < 0 {
        start = (start + len).max(0);
    }
    (start, end)
}

/// Byte offsets of a string's characters, for converting between
/// character and byte positions.
pub struct CharOffsets<'a> {
    text: &'a str,
    /// `None` for ASCII text, where character and byte offsets coincide.
    offsets: Option<Vec<usize>>,
}

impl<'a> CharOffsets<'a> {
    pub fn new(text: &'a str) -> Self {
        let offsets = if text.is_ascii() {
            None
        } else {
            let mut v: Vec<usize> = text.char_indices().map(|(i, _)| i).collect();
            v.push(text.len());
            Some(v)
        };
        CharOffsets { text, offsets }
    }

    /// Number of characters.
    pub fn len(&self) -> usize {
        match &self.offsets {
            None => self.text.len(),
            Some(v) => v.len() - 1,
        }
    }

    pub fn is_empty(&self) -> bool {
        self.text.is_empty()
    }

    /// Byte offset of character `index` (clamped to the end).
    pub fn byte(&self, index: usize) -> usize {
        match &self.offsets {
            None => index.min(self.text.len()),
            Some(v) => v[index.min(v.len() - 1)],
        }
    }

    /// Character index of byte offset `byte` (which must be a boundary).
    pub fn char_index(&self, byte: usize) -> usize {
        match &self.offsets {
            None => byte,
            Some(v) => v.partition_point(|&b| b < byte),
        }
    }

    /// The text between two character indices.
    pub fn slice(&self, start: usize, end: usize) -> &'a str {
        let (a, b) = (self.byte(start), self.byte(end));
        if a <= b { &self.text[a..b] } else { "" }
    }
}

pub(crate) fn char_len(s: &str) -> usize {
    if s.is_ascii() {
        s.len()
    } else {
        s.chars().count()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn adjust() {
        assert_eq!(adjust_indices(None, None, 3), (0, 3));
        assert_eq!(adjust_indices(Some(-10), Some(-1), 3), (0, 2));
        assert_eq!(adjust_indices(Some(5), Some(10), 3), (5, 3));
    }

    #[test]
    fn offsets() {
        let o = CharOffsets::new("aé€b");
        assert_eq!(o.len(), 4);
        assert_eq!(o.byte(2), 3);
        assert_eq!(o.char_index(6), 3);
        assert_eq!(o.slice(1, 3), "é€");
    }
}
