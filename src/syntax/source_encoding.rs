//! Source files as bytes -> text (PEP 263): UTF-8 unless a coding declaration in the
//! first two lines names another encoding, with CPython's messages when that fails.

use crate::text::codecs::{self, Codec};

/// Why a source file could not be decoded; `message` is the SyntaxError text CPython
/// prints for it (the file named as given).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SourceDecodeError {
    /// A byte that is not UTF-8 and no declaration: `byte` at `line` (1-based).
    NonUtf8 { byte: u8, line: usize },
    /// The declaration names an encoding minipy does not know.
    UnknownEncoding(String),
    /// The declared encoding cannot decode the bytes.
    Undecodable(String),
}

impl SourceDecodeError {
    pub fn message(&self, file: &str) -> String {
        match self {
            SourceDecodeError::NonUtf8 { byte, line } => format!(
                "Non-UTF-8 code starting with '\\x{byte:02x}' in file {file} on line {line}, \
                 but no encoding declared; see https://peps.python.org/pep-0263/ for details"
            ),
            SourceDecodeError::UnknownEncoding(name) => format!("encoding problem: {name}"),
            SourceDecodeError::Undecodable(msg) => format!("(unicode error) {msg}"),
        }
    }
}

/// Decodes a source file's bytes.
pub fn decode_source(bytes: &[u8]) -> Result<String, SourceDecodeError> {
    let declared = coding_declaration(bytes);
    // A UTF-8 byte order mark allows no declaration but UTF-8 (by CPython's spelling).
    if bytes.starts_with(b"\xef\xbb\xbf")
        && let Some(name) = &declared
    {
        let normal = normal_name(name);
        if normal != "utf-8" {
            return Err(SourceDecodeError::UnknownEncoding(format!(
                "{normal} with BOM"
            )));
        }
    }
    let codec = match &declared {
        None => Codec::Utf8,
        Some(name) => Codec::lookup(name)
            .filter(|c| c.ascii_compatible())
            .ok_or_else(|| SourceDecodeError::UnknownEncoding(name.clone()))?,
    };
    if codec == Codec::Utf8 {
        return match std::str::from_utf8(bytes) {
            Ok(s) => Ok(s.to_owned()),
            Err(e) if declared.is_none() => {
                let at = e.valid_up_to();
                Err(SourceDecodeError::NonUtf8 {
                    byte: bytes.get(at).copied().unwrap_or(0),
                    line: bytes[..at].iter().filter(|&&b| b == b'\n').count() + 1,
                })
            }
            Err(_) => Err(undecodable(bytes, codec)),
        };
    }
    codecs::decode(bytes, codec, "strict").map_err(|_| undecodable(bytes, codec))
}

/// CPython's `get_normal_name`: the spellings of UTF-8 and Latin-1 it recognises (in
/// the first 12 characters, lower case, `_` as `-`) by their normal names; any other
/// name as it is.
fn normal_name(name: &str) -> String {
    let buf: String = name
        .chars()
        .take(12)
        .map(|c| {
            if c == '_' {
                '-'
            } else {
                c.to_ascii_lowercase()
            }
        })
        .collect();
    if buf == "utf-8" || buf.starts_with("utf-8-") {
        return "utf-8".into();
    }
    let latin = ["latin-1", "iso-8859-1", "iso-latin-1"];
    if latin
        .iter()
        .any(|l| buf == *l || buf.starts_with(&format!("{l}-")))
    {
        return "iso-8859-1".into();
    }
    name.into()
}

fn undecodable(bytes: &[u8], codec: Codec) -> SourceDecodeError {
    let msg = match codecs::decode(bytes, codec, "strict") {
        Err(codecs::CodecError::Unicode(codecs::UnicodeFault { message, .. })) => message,
        _ => format!("'{}' codec can't decode the source", codec.name()),
    };
    SourceDecodeError::Undecodable(msg)
}

/// The encoding named by a `coding[:=]` comment on line 1, or on line 2 when line 1
/// is a comment or blank (PEP 263's rule).
fn coding_declaration(bytes: &[u8]) -> Option<String> {
    let bytes = bytes.strip_prefix(b"\xef\xbb\xbf").unwrap_or(bytes);
    let mut lines = bytes.split(|&b| b == b'\n');
    let first = lines.next()?;
    if let Some(name) = coding_in_line(first) {
        return Some(name);
    }
    let trimmed: Vec<u8> = first
        .iter()
        .copied()
        .skip_while(|b| matches!(b, b' ' | b'\t' | b'\x0c'))
        .collect();
    if trimmed.is_empty() || trimmed[0] == b'#' || trimmed == b"\r" {
        return lines.next().and_then(coding_in_line);
    }
    None
}

fn coding_in_line(line: &[u8]) -> Option<String> {
    let start = line
        .iter()
        .position(|b| !matches!(b, b' ' | b'\t' | b'\x0c'))?;
    if line[start] != b'#' {
        return None;
    }
    let comment = &line[start..];
    let at = comment.windows(6).position(|w| w == b"coding")?;
    let rest = &comment[at + 6..];
    if !matches!(rest.first(), Some(b':' | b'=')) {
        return None;
    }
    let name: Vec<u8> = rest[1..]
        .iter()
        .copied()
        .skip_while(|b| matches!(b, b' ' | b'\t'))
        .take_while(|b| b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b'.'))
        .collect();
    if name.is_empty() {
        return None;
    }
    String::from_utf8(name).ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn utf8_and_errors() {
        assert_eq!(decode_source(b"x = 1\n").as_deref(), Ok("x = 1\n"));
        assert_eq!(
            decode_source(b"# c\nx = '\xe9'\n"),
            Err(SourceDecodeError::NonUtf8 {
                byte: 0xe9,
                line: 2
            })
        );
        assert_eq!(
            decode_source(b"# -*- coding: latin-1 -*-\nprint('\xe9')\n").as_deref(),
            Ok("# -*- coding: latin-1 -*-\nprint('\u{e9}')\n")
        );
        assert_eq!(
            decode_source(b"#!/bin/python\n# coding=foo\n"),
            Err(SourceDecodeError::UnknownEncoding("foo".into()))
        );
        // Line 2 counts only after a comment or blank line 1.
        assert!(decode_source(b"x = 1\n# coding: foo\n").is_ok());
    }
}
