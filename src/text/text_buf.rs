//! Text being built that may come to hold lone surrogates: what `repr()` of a container,
//! `%`-formatting and `str.format` write. It stays a `String` (no extra cost for ordinary
//! text) until a piece holding a surrogate arrives, and is generalised UTF-8 bytes
//! (text::wtf8) from then on.

use super::wtf8::push_code_point;

pub enum TextBuf {
    Utf8(String),
    Wtf8(Vec<u8>),
}

impl Default for TextBuf {
    fn default() -> TextBuf {
        TextBuf::Utf8(String::new())
    }
}

impl TextBuf {
    pub fn new() -> TextBuf {
        TextBuf::default()
    }

    #[inline]
    pub fn push_str(&mut self, s: &str) {
        match self {
            TextBuf::Utf8(t) => t.push_str(s),
            TextBuf::Wtf8(b) => b.extend_from_slice(s.as_bytes()),
        }
    }

    #[inline]
    pub fn push(&mut self, c: char) {
        match self {
            TextBuf::Utf8(t) => t.push(c),
            TextBuf::Wtf8(b) => push_code_point(b, c as u32),
        }
    }

    /// Appends generalised UTF-8 text (the bytes of a str holding surrogates).
    pub fn push_wtf8(&mut self, bytes: &[u8]) {
        match self {
            TextBuf::Wtf8(b) => b.extend_from_slice(bytes),
            TextBuf::Utf8(t) => {
                let mut b = std::mem::take(t).into_bytes();
                b.extend_from_slice(bytes);
                *self = TextBuf::Wtf8(b);
            }
        }
    }

    /// Appends any code point up to U+10FFFF, a surrogate included.
    pub fn push_code_point(&mut self, cp: u32) {
        match char::from_u32(cp) {
            Some(c) => self.push(c),
            None => {
                let mut b = Vec::with_capacity(3);
                push_code_point(&mut b, cp);
                self.push_wtf8(&b);
            }
        }
    }

    /// Length in bytes.
    pub fn len(&self) -> usize {
        self.as_bytes().len()
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    pub fn as_bytes(&self) -> &[u8] {
        match self {
            TextBuf::Utf8(t) => t.as_bytes(),
            TextBuf::Wtf8(b) => b,
        }
    }

    /// The text for messages and other Rust consumers, each surrogate as U+FFFD.
    pub fn into_string_lossy(self) -> String {
        match self {
            TextBuf::Utf8(t) => t,
            TextBuf::Wtf8(b) => String::from_utf8_lossy(&b).into_owned(),
        }
    }
}

impl From<String> for TextBuf {
    fn from(s: String) -> TextBuf {
        TextBuf::Utf8(s)
    }
}

impl std::fmt::Write for TextBuf {
    fn write_str(&mut self, s: &str) -> std::fmt::Result {
        self.push_str(s);
        Ok(())
    }
}

/// The text as a `String`, each lone surrogate as U+FFFD (see `into_string_lossy`).
impl From<TextBuf> for String {
    fn from(b: TextBuf) -> String {
        b.into_string_lossy()
    }
}
