//! The text codecs `str.encode` / `bytes.decode` / `open()` support — UTF-8,
//! ASCII and Latin-1 — with CPython's error handlers (`strict`, `ignore`,
//! `replace`, `backslashreplace`, `xmlcharrefreplace`) and error messages.

use std::fmt::Write;

/// A supported codec.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Codec {
    Utf8,
    Ascii,
    Latin1,
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
            "ascii" | "us_ascii" | "646" | "us" => Some(Codec::Ascii),
            "latin_1" | "latin1" | "latin" | "l1" | "iso_8859_1" | "iso8859_1" | "8859"
            | "cp819" | "iso_ir_100" => Some(Codec::Latin1),
            _ => None,
        }
    }

    /// The canonical name, as error messages spell it.
    pub fn name(self) -> &'static str {
        match self {
            Codec::Utf8 => "utf-8",
            Codec::Ascii => "ascii",
            Codec::Latin1 => "latin-1",
        }
    }

    /// The name `TextIOWrapper.encoding` reports for the default encoding.
    pub fn display_name(self) -> &'static str {
        match self {
            Codec::Utf8 => "UTF-8",
            Codec::Ascii => "ascii",
            Codec::Latin1 => "latin-1",
        }
    }
}

/// Why encoding or decoding failed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum CodecError {
    /// UnicodeDecodeError / UnicodeEncodeError with this message.
    Unicode { decode: bool, message: String },
    /// LookupError: an error handler that does not exist.
    UnknownHandler(String),
}

fn unknown_handler(errors: &str) -> CodecError {
    CodecError::UnknownHandler(format!("unknown error handler name '{errors}'"))
}

fn decode_error(codec: Codec, data: &[u8], start: usize, end: usize, reason: &str) -> CodecError {
    let name = codec.name();
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
    CodecError::Unicode {
        decode: true,
        message,
    }
}

/// How a decoding error handler continues: the text to insert for the bad
/// bytes `data[start..end]`.
fn decode_replacement(
    out: &mut String,
    errors: &str,
    bad: &[u8],
) -> Result<(), Option<CodecError>> {
    match errors {
        "strict" => return Err(None),
        "ignore" => {}
        "replace" => out.push('\u{fffd}'),
        "backslashreplace" => {
            for b in bad {
                let _ = write!(out, "\\x{b:02x}");
            }
        }
        "surrogateescape" | "surrogatepass" | "xmlcharrefreplace" | "namereplace" => {
            return Err(None);
        }
        other => return Err(Some(unknown_handler(other))),
    }
    Ok(())
}

/// Decodes `data` with `codec`; `errors` names the error handler.
pub fn decode(data: &[u8], codec: Codec, errors: &str) -> Result<String, CodecError> {
    match codec {
        Codec::Latin1 => Ok(data.iter().map(|&b| char::from(b)).collect()),
        Codec::Ascii => {
            if data.is_ascii() {
                return Ok(data.iter().map(|&b| char::from(b)).collect());
            }
            let mut out = String::with_capacity(data.len());
            for (i, &b) in data.iter().enumerate() {
                if b.is_ascii() {
                    out.push(char::from(b));
                    continue;
                }
                decode_replacement(&mut out, errors, &[b]).map_err(|e| {
                    e.unwrap_or_else(|| {
                        decode_error(codec, data, i, i + 1, "ordinal not in range(128)")
                    })
                })?;
            }
            Ok(out)
        }
        Codec::Utf8 => decode_utf8(data, errors),
    }
}

fn decode_utf8(data: &[u8], errors: &str) -> Result<String, CodecError> {
    let mut out = String::with_capacity(data.len());
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
                decode_replacement(&mut out, errors, &data[start..end]).map_err(|e| {
                    e.unwrap_or_else(|| decode_error(Codec::Utf8, data, start, end, reason))
                })?;
                pos = end;
            }
        }
    }
    Ok(out)
}

/// `'\xe9'`, `'\u20ac'` or `'\U0001f600'`: how encode errors show a character.
fn escaped_char(c: char) -> String {
    let n = c as u32;
    if n < 0x100 {
        format!("\\x{n:02x}")
    } else if n < 0x10000 {
        format!("\\u{n:04x}")
    } else {
        format!("\\U{n:08x}")
    }
}

/// Encodes `s` with `codec`; `errors` names the error handler.
pub fn encode(s: &str, codec: Codec, errors: &str) -> Result<Vec<u8>, CodecError> {
    let limit: u32 = match codec {
        Codec::Utf8 => return Ok(s.as_bytes().to_vec()),
        Codec::Ascii => 0x80,
        Codec::Latin1 => 0x100,
    };
    let chars: Vec<char> = s.chars().collect();
    let mut out = Vec::with_capacity(chars.len());
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        if (c as u32) < limit {
            out.push(c as u32 as u8);
            i += 1;
            continue;
        }
        // The run of characters the codec cannot encode.
        let mut end = i + 1;
        while end < chars.len() && chars[end] as u32 >= limit {
            end += 1;
        }
        match errors {
            "ignore" => {}
            "replace" => out.extend(std::iter::repeat_n(b'?', end - i)),
            "backslashreplace" => {
                for &c in &chars[i..end] {
                    out.extend_from_slice(escaped_char(c).as_bytes());
                }
            }
            "xmlcharrefreplace" => {
                for &c in &chars[i..end] {
                    out.extend_from_slice(format!("&#{};", c as u32).as_bytes());
                }
            }
            "strict" | "surrogateescape" | "surrogatepass" | "namereplace" => {
                let name = codec.name();
                let reason = format!("ordinal not in range({limit})");
                let message = if end - i == 1 {
                    format!(
                        "'{name}' codec can't encode character '{}' in position {i}: {reason}",
                        escaped_char(c)
                    )
                } else {
                    format!(
                        "'{name}' codec can't encode characters in position {i}-{}: {reason}",
                        end - 1
                    )
                };
                return Err(CodecError::Unicode {
                    decode: false,
                    message,
                });
            }
            other => return Err(unknown_handler(other)),
        }
        i = end;
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn msg(e: CodecError) -> String {
        match e {
            CodecError::Unicode { message, .. } | CodecError::UnknownHandler(message) => message,
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
