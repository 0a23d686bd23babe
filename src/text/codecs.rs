//! The text codecs `str.encode` / `bytes.decode` / `open()` support — UTF-8,
//! ASCII, Latin-1 and Windows-1252, and (for `str.encode` / `bytes.decode` only) UTF-16 and
//! UTF-32 — with CPython's error handlers (`strict`, `ignore`, `replace`,
//! `backslashreplace`, `xmlcharrefreplace`) and error messages.

use std::fmt::Write;

use super::wtf8::Wtf8Buf;

/// A supported codec.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Codec {
    Utf8,
    Ascii,
    Latin1,
    /// Windows-1252: Latin-1 with printable characters in 0x80-0x9f (five unassigned).
    Cp1252,
    Utf16(ByteOrder),
    Utf32(ByteOrder),
}

/// The byte order of a UTF-16 / UTF-32 codec: `Bom` (`utf-16`) writes a byte order
/// mark and little-endian units and reads the mark if there is one.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ByteOrder {
    Bom,
    Little,
    Big,
}

impl Codec {
    /// The codec for an encoding name, accepting CPython's usual aliases
    /// (case, `-`, `_` and spaces are not significant).
    pub fn lookup(name: &str) -> Option<Codec> {
        let norm: String = name
            .trim()
            .chars()
            .map(|c| match c {
                '-' | ' ' => '_',
                c => c.to_ascii_lowercase(),
            })
            .collect();
        match norm.as_str() {
            "utf_8" | "utf8" | "u8" | "utf" | "cp65001" => Some(Codec::Utf8),
            // `ANSI_X3.4-1968` is the C library's name for the C locale's codeset.
            "ascii" | "us_ascii" | "646" | "us" | "ansi_x3.4_1968" | "ansi_x3_4_1968" => {
                Some(Codec::Ascii)
            }
            "latin_1" | "latin1" | "latin" | "l1" | "iso_8859_1" | "iso8859_1" | "8859"
            | "cp819" | "iso_ir_100" => Some(Codec::Latin1),
            "cp1252" | "windows_1252" | "1252" => Some(Codec::Cp1252),
            "utf_16" | "utf16" | "u16" => Some(Codec::Utf16(ByteOrder::Bom)),
            "utf_16_le" | "utf_16le" | "unicodelittleunmarked" => {
                Some(Codec::Utf16(ByteOrder::Little))
            }
            "utf_16_be" | "utf_16be" | "unicodebigunmarked" => Some(Codec::Utf16(ByteOrder::Big)),
            "utf_32" | "utf32" | "u32" => Some(Codec::Utf32(ByteOrder::Bom)),
            "utf_32_le" | "utf_32le" => Some(Codec::Utf32(ByteOrder::Little)),
            "utf_32_be" | "utf_32be" => Some(Codec::Utf32(ByteOrder::Big)),
            _ => None,
        }
    }

    /// The canonical name, as error messages spell it.
    pub fn name(self) -> &'static str {
        match self {
            Codec::Utf8 => "utf-8",
            Codec::Ascii => "ascii",
            Codec::Latin1 => "latin-1",
            Codec::Cp1252 => "cp1252",
            Codec::Utf16(ByteOrder::Bom) => "utf-16",
            Codec::Utf16(ByteOrder::Little) => "utf-16-le",
            Codec::Utf16(ByteOrder::Big) => "utf-16-be",
            Codec::Utf32(ByteOrder::Bom) => "utf-32",
            Codec::Utf32(ByteOrder::Little) => "utf-32-le",
            Codec::Utf32(ByteOrder::Big) => "utf-32-be",
        }
    }

    /// True for the codecs that encode ASCII as itself, one byte a character: the
    /// only ones text files and source files may use.
    pub fn ascii_compatible(self) -> bool {
        matches!(
            self,
            Codec::Utf8 | Codec::Ascii | Codec::Latin1 | Codec::Cp1252
        )
    }

    /// The codec name Unicode errors carry: CPython's table-driven codecs report
    /// themselves as 'charmap'.
    pub fn error_name(self) -> &'static str {
        match self {
            Codec::Cp1252 => "charmap",
            other => other.name(),
        }
    }

    /// The name `TextIOWrapper.encoding` reports for the default encoding.
    pub fn display_name(self) -> &'static str {
        match self {
            Codec::Utf8 => "UTF-8",
            other => other.name(),
        }
    }
}

/// Why encoding or decoding failed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum CodecError {
    /// UnicodeDecodeError / UnicodeEncodeError.
    Unicode(UnicodeFault),
    /// LookupError: an error handler that does not exist.
    UnknownHandler(String),
}

/// The details of a UnicodeDecodeError / UnicodeEncodeError: the codec, the bad
/// input `start..end` (bytes of the input when decoding, characters when encoding),
/// the reason, and the message CPython words from them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UnicodeFault {
    pub decode: bool,
    pub encoding: &'static str,
    pub start: usize,
    pub end: usize,
    pub reason: String,
    pub message: String,
}

pub(super) fn unknown_handler(errors: &str) -> CodecError {
    CodecError::UnknownHandler(format!("unknown error handler name '{errors}'"))
}

fn decode_error(codec: Codec, data: &[u8], start: usize, end: usize, reason: &str) -> CodecError {
    let name = codec.error_name();
    let message = if end - start == 1 {
        format!(
            "'{name}' codec can't decode byte 0x{:02x} in position {start}: {reason}",
            data[start]
        )
    } else {
        format!(
            "'{name}' codec can't decode bytes in position {start}-{}: {reason}",
            end - 1
        )
    };
    CodecError::Unicode(UnicodeFault {
        decode: true,
        encoding: name,
        start,
        end,
        reason: reason.to_owned(),
        message,
    })
}

/// How a decoding error handler continues after the bad bytes `data[start..end]`:
/// writes its replacement and gives the position to resume at (None: the error
/// stands, as `strict` or a handler that cannot repair these bytes).
fn decode_replacement(
    out: &mut Wtf8Buf,
    errors: &str,
    codec: Codec,
    data: &[u8],
    (start, end): (usize, usize),
) -> Result<usize, Option<CodecError>> {
    let bad = &data[start..end];
    match errors {
        "strict" => return Err(None),
        "ignore" => {}
        "replace" => out.push('\u{fffd}'),
        "backslashreplace" => {
            for b in bad {
                let _ = write!(out, "\\x{b:02x}");
            }
        }
        "surrogateescape" => {
            // CPython's handler escapes the leading bytes from 0x80 up (at most four) and
            // resumes after them; bytes below 0x80 would not come back unchanged, so a
            // range starting with one stays an error.
            let n = bad.iter().take(4).take_while(|&&b| b >= 0x80).count();
            if n == 0 {
                return Err(None);
            }
            for &b in &bad[..n] {
                out.push_code_point(0xDC00 + u32::from(b));
            }
            return Ok(start + n);
        }
        "surrogatepass" => {
            let (cp, width) = encoded_surrogate(codec, &data[start..]).ok_or(None)?;
            out.push_code_point(cp);
            return Ok(start + width);
        }
        "xmlcharrefreplace" | "namereplace" => return Err(None),
        other => return Err(Some(unknown_handler(other))),
    }
    Ok(end)
}

/// The surrogate `codec` encodes at the start of `data` (as `surrogatepass` writes it)
/// and its length in bytes, if there is one.
fn encoded_surrogate(codec: Codec, data: &[u8]) -> Option<(u32, usize)> {
    let (cp, width) = match codec {
        Codec::Utf8 => match data {
            [0xED, b1 @ 0xA0..=0xBF, b2 @ 0x80..=0xBF, ..] => (
                0xD000 | (u32::from(b1 & 0x3F) << 6) | u32::from(b2 & 0x3F),
                3,
            ),
            _ => return None,
        },
        Codec::Utf16(order) => {
            let u = data.get(..2)?;
            let u = if order == ByteOrder::Big {
                u16::from_be_bytes([u[0], u[1]])
            } else {
                u16::from_le_bytes([u[0], u[1]])
            };
            (u32::from(u), 2)
        }
        Codec::Utf32(order) => {
            let u: [u8; 4] = data.get(..4)?.try_into().ok()?;
            let u = if order == ByteOrder::Big {
                u32::from_be_bytes(u)
            } else {
                u32::from_le_bytes(u)
            };
            (u, 4)
        }
        _ => return None,
    };
    super::wtf8::is_surrogate(cp).then_some((cp, width))
}

/// Decodes `data` with `codec` into UTF-8 text, for callers that hold text as `String`:
/// a handler that produced surrogates (`surrogateescape`, `surrogatepass`) is refused
/// as unknown there, never replaced. `decode_wtf8` keeps them.
pub fn decode(data: &[u8], codec: Codec, errors: &str) -> Result<String, CodecError> {
    let text = decode_wtf8(data, codec, errors)?;
    String::from_utf8(text).map_err(|_| {
        CodecError::UnknownHandler(format!(
            "error handler '{errors}' is not supported by this text layer"
        ))
    })
}

/// Decodes `data` with `codec` into generalised UTF-8 (surrogates from the
/// `surrogateescape` / `surrogatepass` handlers); `errors` names the error handler.
pub fn decode_wtf8(data: &[u8], codec: Codec, errors: &str) -> Result<Vec<u8>, CodecError> {
    match codec {
        Codec::Latin1 => Ok(latin1(data)),
        Codec::Ascii => {
            if data.is_ascii() {
                return Ok(data.to_vec());
            }
            let mut out = Wtf8Buf::with_capacity(data.len());
            for (i, &b) in data.iter().enumerate() {
                if b.is_ascii() {
                    out.push(char::from(b));
                    continue;
                }
                decode_replacement(&mut out, errors, codec, data, (i, i + 1)).map_err(|e| {
                    e.unwrap_or_else(|| {
                        decode_error(codec, data, i, i + 1, "ordinal not in range(128)")
                    })
                })?;
            }
            Ok(out.0)
        }
        Codec::Cp1252 => {
            let mut out = Wtf8Buf::with_capacity(data.len());
            for (i, &b) in data.iter().enumerate() {
                if let Some(c) = cp1252_char(b) {
                    out.push(c);
                    continue;
                }
                decode_replacement(&mut out, errors, codec, data, (i, i + 1)).map_err(|e| {
                    e.unwrap_or_else(|| {
                        decode_error(codec, data, i, i + 1, "character maps to <undefined>")
                    })
                })?;
            }
            Ok(out.0)
        }
        Codec::Utf8 => decode_utf8(data, errors),
        Codec::Utf16(order) => decode_utf16(data, order, errors),
        Codec::Utf32(order) => decode_utf32(data, order, errors),
    }
}

/// The byte order a `utf-16` / `utf-32` decoder uses and where the units start: a
/// byte order mark picks the order and is skipped, else little-endian (CPython's
/// native order here).
fn detect_order(data: &[u8], order: ByteOrder, le_mark: &[u8], be_mark: &[u8]) -> (bool, usize) {
    match order {
        ByteOrder::Little => (false, 0),
        ByteOrder::Big => (true, 0),
        ByteOrder::Bom if data.starts_with(le_mark) => (false, le_mark.len()),
        ByteOrder::Bom if data.starts_with(be_mark) => (true, be_mark.len()),
        ByteOrder::Bom => (false, 0),
    }
}

/// CPython's UTF-16 decoder: "truncated data" for an odd byte at the end,
/// "unexpected end of data" for a high surrogate the data ends after, "illegal
/// encoding" for a lone low surrogate, "illegal UTF-16 surrogate" for a high
/// surrogate not followed by a low one.
fn decode_utf16(data: &[u8], order: ByteOrder, errors: &str) -> Result<Vec<u8>, CodecError> {
    let (big, mut pos) = detect_order(data, order, b"\xff\xfe", b"\xfe\xff");
    let codec = Codec::Utf16(if big {
        ByteOrder::Big
    } else {
        ByteOrder::Little
    });
    let unit = |i: usize| -> u32 {
        let (a, b) = (u32::from(data[i]), u32::from(data[i + 1]));
        if big { (a << 8) | b } else { (b << 8) | a }
    };
    let mut out = Wtf8Buf::with_capacity(data.len() / 2);
    while pos < data.len() {
        let (start, end, reason) = if data.len() - pos < 2 {
            (pos, data.len(), "truncated data")
        } else {
            let u = unit(pos);
            if !(0xd800..0xe000).contains(&u) {
                out.push(char::from_u32(u).unwrap_or('\u{fffd}'));
                pos += 2;
                continue;
            }
            if u >= 0xdc00 {
                (pos, pos + 2, "illegal encoding")
            } else if data.len() - pos < 4 {
                (pos, data.len(), "unexpected end of data")
            } else {
                let low = unit(pos + 2);
                if (0xdc00..0xe000).contains(&low) {
                    let c = 0x10000 + ((u - 0xd800) << 10) + (low - 0xdc00);
                    out.push(char::from_u32(c).unwrap_or('\u{fffd}'));
                    pos += 4;
                    continue;
                }
                (pos, pos + 2, "illegal UTF-16 surrogate")
            }
        };
        pos = decode_replacement(&mut out, errors, codec, data, (start, end))
            .map_err(|e| e.unwrap_or_else(|| decode_error(codec, data, start, end, reason)))?;
    }
    Ok(out.0)
}

/// CPython's UTF-32 decoder: "truncated data" for fewer than four bytes at the end,
/// and a message for a unit past U+10FFFF or in the surrogate range.
fn decode_utf32(data: &[u8], order: ByteOrder, errors: &str) -> Result<Vec<u8>, CodecError> {
    let (big, mut pos) = detect_order(data, order, b"\xff\xfe\0\0", b"\0\0\xfe\xff");
    let codec = Codec::Utf32(if big {
        ByteOrder::Big
    } else {
        ByteOrder::Little
    });
    let mut out = Wtf8Buf::with_capacity(data.len() / 4);
    while pos < data.len() {
        let (start, end, reason) = if data.len() - pos < 4 {
            (pos, data.len(), "truncated data")
        } else {
            let b = [data[pos], data[pos + 1], data[pos + 2], data[pos + 3]];
            let u = if big {
                u32::from_be_bytes(b)
            } else {
                u32::from_le_bytes(b)
            };
            if let Some(c) = char::from_u32(u) {
                out.push(c);
                pos += 4;
                continue;
            }
            let reason = if (0xd800..0xe000).contains(&u) {
                "code point in surrogate code point range(0xd800, 0xe000)"
            } else {
                "code point not in range(0x110000)"
            };
            (pos, pos + 4, reason)
        };
        pos = decode_replacement(&mut out, errors, codec, data, (start, end))
            .map_err(|e| e.unwrap_or_else(|| decode_error(codec, data, start, end, reason)))?;
    }
    Ok(out.0)
}

fn decode_utf8(data: &[u8], errors: &str) -> Result<Vec<u8>, CodecError> {
    let mut out = Wtf8Buf::with_capacity(data.len());
    let mut pos = 0;
    while pos < data.len() {
        let rest = &data[pos..];
        match std::str::from_utf8(rest) {
            Ok(s) => {
                out.push_str(s);
                break;
            }
            Err(e) => {
                let good = e.valid_up_to();
                out.push_str(std::str::from_utf8(&rest[..good]).unwrap_or_default());
                let start = pos + good;
                let (bad_len, reason) = match e.error_len() {
                    None => (rest.len() - good, "unexpected end of data"),
                    Some(n) => {
                        let first = data[start];
                        if (0x80..=0xc1).contains(&first) || first >= 0xf5 {
                            (1, "invalid start byte")
                        } else {
                            (n, "invalid continuation byte")
                        }
                    }
                };
                let end = start + bad_len;
                pos = decode_replacement(&mut out, errors, Codec::Utf8, data, (start, end))
                    .map_err(|e| {
                        e.unwrap_or_else(|| decode_error(Codec::Utf8, data, start, end, reason))
                    })?;
            }
        }
    }
    Ok(out.0)
}

/// The characters Windows-1252 gives bytes 0x80-0x9f (None: unassigned); the other
/// bytes are the Latin-1 characters of the same number.
const CP1252_HIGH: [Option<char>; 32] = [
    Some('\u{20ac}'),
    None,
    Some('\u{201a}'),
    Some('\u{0192}'),
    Some('\u{201e}'),
    Some('\u{2026}'),
    Some('\u{2020}'),
    Some('\u{2021}'),
    Some('\u{02c6}'),
    Some('\u{2030}'),
    Some('\u{0160}'),
    Some('\u{2039}'),
    Some('\u{0152}'),
    None,
    Some('\u{017d}'),
    None,
    None,
    Some('\u{2018}'),
    Some('\u{2019}'),
    Some('\u{201c}'),
    Some('\u{201d}'),
    Some('\u{2022}'),
    Some('\u{2013}'),
    Some('\u{2014}'),
    Some('\u{02dc}'),
    Some('\u{2122}'),
    Some('\u{0161}'),
    Some('\u{203a}'),
    Some('\u{0153}'),
    None,
    Some('\u{017e}'),
    Some('\u{0178}'),
];

/// Latin-1 bytes as UTF-8 text.
fn latin1(data: &[u8]) -> Vec<u8> {
    let mut out = Wtf8Buf::with_capacity(data.len());
    for &b in data {
        out.push(char::from(b));
    }
    out.0
}

fn cp1252_char(b: u8) -> Option<char> {
    match b {
        0x80..=0x9f => CP1252_HIGH[usize::from(b - 0x80)],
        _ => Some(char::from(b)),
    }
}

pub(super) fn cp1252_byte(c: char) -> Option<u8> {
    match c as u32 {
        0x80..=0x9f => None,
        n @ 0..=0xff => Some(n as u8),
        _ => CP1252_HIGH
            .iter()
            .position(|&h| h == Some(c))
            .map(|i| 0x80 + i as u8),
    }
}

pub use super::encode::{encode, encode_wtf8};

#[cfg(test)]
mod tests {
    use super::*;

    fn msg(e: CodecError) -> String {
        match e {
            CodecError::Unicode(UnicodeFault { message, .. })
            | CodecError::UnknownHandler(message) => message,
        }
    }

    #[test]
    fn utf8_errors() {
        let e = decode(b"a\xe4b", Codec::Utf8, "strict").unwrap_err();
        assert_eq!(
            msg(e),
            "'utf-8' codec can't decode byte 0xe4 in position 1: invalid continuation byte"
        );
        let e = decode(b"a\xf0\x9f", Codec::Utf8, "strict").unwrap_err();
        assert_eq!(
            msg(e),
            "'utf-8' codec can't decode bytes in position 1-2: unexpected end of data"
        );
        assert_eq!(
            decode(b"a\xffb", Codec::Utf8, "replace").unwrap(),
            "a\u{fffd}b"
        );
        assert_eq!(
            decode(b"a\xffb", Codec::Ascii, "backslashreplace").unwrap(),
            "a\\xffb"
        );
    }

    #[test]
    fn encode_errors() {
        let e = encode("é€", Codec::Ascii, "strict").unwrap_err();
        assert_eq!(
            msg(e),
            "'ascii' codec can't encode characters in position 0-1: ordinal not in range(128)"
        );
        assert_eq!(
            encode("a€", Codec::Ascii, "xmlcharrefreplace").unwrap(),
            b"a&#8364;"
        );
        assert_eq!(encode("é", Codec::Latin1, "strict").unwrap(), b"\xe9");
        assert_eq!(Codec::lookup("UTF-8"), Some(Codec::Utf8));
        assert_eq!(Codec::lookup("Latin-1"), Some(Codec::Latin1));
    }
}
