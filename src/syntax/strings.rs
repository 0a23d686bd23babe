//! String literals: finding where a literal ends (lexer side), splitting off its prefix
//! and quotes, and decoding escape sequences (parser side).

use crate::text::wtf8::Wtf8Buf;

/// Where a string literal failed to terminate.
#[derive(Debug)]
pub struct UnterminatedString {
    pub triple: bool,
    /// Byte offset at which the end of line / end of input was hit.
    pub detected_at: usize,
    pub at_eof: bool,
}

/// Scans the string literal whose prefix starts at `start` and returns its end offset.
/// Follows CPython's tokenizer: a backslash always skips the next character (so `\"`
/// does not close and a backslash-newline continues a single-quoted literal), and a
/// single-quoted literal may not contain a raw newline.
pub fn scan_string(text: &str, start: usize) -> Result<usize, UnterminatedString> {
    let bytes = text.as_bytes();
    let mut i = start;
    while i < bytes.len() && bytes[i] != b'\'' && bytes[i] != b'"' {
        i += 1;
    }
    let Some(&quote) = bytes.get(i) else {
        return Err(UnterminatedString {
            triple: false,
            detected_at: bytes.len(),
            at_eof: true,
        });
    };
    i += 1;
    let triple = bytes.get(i) == Some(&quote) && bytes.get(i + 1) == Some(&quote);
    if triple {
        i += 2;
    } else if bytes.get(i) == Some(&quote) {
        // The empty string.
        return Ok(i + 1);
    }
    let quote_size = if triple { 3 } else { 1 };
    let mut end_quote_size = 0;
    while end_quote_size != quote_size {
        let Some(&c) = bytes.get(i) else {
            return Err(UnterminatedString {
                triple,
                detected_at: bytes.len(),
                at_eof: true,
            });
        };
        if c == b'\n' && !triple {
            return Err(UnterminatedString {
                triple,
                detected_at: i,
                at_eof: false,
            });
        }
        i += 1;
        if c == quote {
            end_quote_size += 1;
        } else {
            end_quote_size = 0;
            if c == b'\\' && i < bytes.len() {
                // Skip the escaped character (all of it, if it is multi-byte).
                i += 1;
                while i < bytes.len() && (bytes[i] & 0xC0) == 0x80 {
                    i += 1;
                }
            }
        }
    }
    Ok(i)
}

/// The parts of a string literal token.
#[derive(Clone, Copy, Debug)]
pub struct Literal<'s> {
    pub raw: bool,
    pub bytes: bool,
    pub fstring: bool,
    /// The text between the quotes, as written.
    pub body: &'s str,
    /// Byte offset of `body` within the token text.
    pub body_offset: usize,
}

/// Splits a scanned string token into prefix flags and body.
pub fn split_literal(token: &str) -> Literal<'_> {
    let prefix_len = token
        .find(['\'', '"'])
        .unwrap_or(token.len().min(token.len()));
    let prefix = token[..prefix_len].to_ascii_lowercase();
    let rest = &token[prefix_len..];
    let quote_len = if rest.starts_with("'''") || rest.starts_with("\"\"\"") {
        3
    } else {
        1
    };
    let body_start = prefix_len + quote_len.min(rest.len());
    let body_end = token.len().saturating_sub(quote_len).max(body_start);
    Literal {
        raw: prefix.contains('r'),
        bytes: prefix.contains('b'),
        fstring: prefix.contains('f'),
        body: token.get(body_start..body_end).unwrap_or(""),
        body_offset: body_start,
    }
}

/// A bad escape sequence, with CPython's message (without the "(unicode error) " or
/// "(value error) " lead-in, which the caller adds).
#[derive(Debug, PartialEq, Eq)]
pub struct EscapeError {
    pub msg: String,
}

/// Byte position of `pos` in the buffer CPython's `decode_unicode_with_escapes` builds, in
/// which every non-ASCII character is spelled `\UXXXXXXXX` (ten bytes): error messages
/// count positions in that buffer.
fn cpython_escape_position(body: &str, pos: usize) -> usize {
    body[..pos.min(body.len())]
        .chars()
        .map(|c| if c.is_ascii() { 1 } else { 10 })
        .sum()
}

fn unicode_error(body: &str, start: usize, end: usize, what: &str) -> EscapeError {
    let a = cpython_escape_position(body, start);
    let b = cpython_escape_position(body, end).saturating_sub(1).max(a);
    let position = if a == b {
        format!("position {a}")
    } else {
        format!("position {a}-{b}")
    };
    EscapeError {
        msg: format!(
            "(unicode error) 'unicodeescape' codec can't decode bytes in {position}: {what}"
        ),
    }
}

fn hex_value(s: &str) -> Option<u32> {
    if s.bytes().all(|b| b.is_ascii_hexdigit()) {
        u32::from_str_radix(s, 16).ok()
    } else {
        None
    }
}

/// Decodes the escapes of a (non-raw) str literal body into generalised UTF-8 (a
/// `\ud800` escape is a lone surrogate, as in CPython; see text::wtf8).
pub fn decode_str(body: &str) -> Result<Vec<u8>, EscapeError> {
    let mut out = Wtf8Buf::with_capacity(body.len());
    let mut chars = body.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        if c != '\\' {
            out.push(c);
            continue;
        }
        let Some((j, e)) = chars.next() else {
            // A lone trailing backslash (possible in an f-string literal part before `{`).
            out.push('\\');
            break;
        };
        match e {
            '\n' => {}
            '\\' => out.push('\\'),
            '\'' => out.push('\''),
            '"' => out.push('"'),
            'a' => out.push('\x07'),
            'b' => out.push('\x08'),
            'f' => out.push('\x0c'),
            'n' => out.push('\n'),
            'r' => out.push('\r'),
            't' => out.push('\t'),
            'v' => out.push('\x0b'),
            '0'..='7' => {
                let mut value = e as u32 - '0' as u32;
                for _ in 0..2 {
                    match chars.peek() {
                        Some(&(_, d @ '0'..='7')) => {
                            value = value * 8 + (d as u32 - '0' as u32);
                            chars.next();
                        }
                        _ => break,
                    }
                }
                out.push(char::from_u32(value).unwrap_or('\u{fffd}'));
            }
            'x' | 'u' | 'U' => {
                let width = match e {
                    'x' => 2,
                    'u' => 4,
                    _ => 8,
                };
                let digits_start = j + 1;
                let digits_end = (digits_start + width).min(body.len());
                let digits = body.get(digits_start..digits_end).unwrap_or("");
                let valid_len = digits.bytes().take_while(|b| b.is_ascii_hexdigit()).count();
                if valid_len < width {
                    let what = match e {
                        'x' => "truncated \\xXX escape",
                        'u' => "truncated \\uXXXX escape",
                        _ => "truncated \\UXXXXXXXX escape",
                    };
                    return Err(unicode_error(body, i, digits_start + valid_len, what));
                }
                let value = hex_value(digits).unwrap_or(u32::MAX);
                match char::from_u32(value) {
                    Some(ch) => out.push(ch),
                    None if (0xD800..0xE000).contains(&value) => out.push_code_point(value),
                    None => {
                        return Err(unicode_error(
                            body,
                            i,
                            digits_end,
                            "illegal Unicode character",
                        ));
                    }
                }
                for _ in 0..width {
                    chars.next();
                }
            }
            'N' => {
                let rest = &body[j + 1..];
                let named = rest
                    .strip_prefix('{')
                    .and_then(|r| r.find('}').map(|close| &r[..close]));
                match named.and_then(lookup_char_name) {
                    Some(ch) => {
                        out.push(ch);
                        let consumed = named.map_or(0, |n| n.len() + 2);
                        while chars.peek().is_some_and(|&(k, _)| k < j + 1 + consumed) {
                            chars.next();
                        }
                    }
                    None => {
                        let (end, what) = match named {
                            Some(n) => (j + 3 + n.len(), "unknown Unicode character name"),
                            None => (j + 1, "malformed \\N character escape"),
                        };
                        return Err(unicode_error(body, i, end, what));
                    }
                }
            }
            other => {
                // Unknown escapes are kept as written.
                out.push('\\');
                out.push(other);
            }
        }
    }
    Ok(out.0)
}

/// Resolves the name in a `\N{...}` escape (case-insensitively, as CPython does).
fn lookup_char_name(name: &str) -> Option<char> {
    unicode_names2::character(name)
}

/// Decodes a (non-raw) bytes literal body. The body is known to be ASCII.
pub fn decode_bytes(body: &str) -> Result<Vec<u8>, EscapeError> {
    let b = body.as_bytes();
    let mut out = Vec::with_capacity(b.len());
    let mut i = 0;
    while i < b.len() {
        let c = b[i];
        i += 1;
        if c != b'\\' {
            out.push(c);
            continue;
        }
        let Some(&e) = b.get(i) else {
            out.push(b'\\');
            break;
        };
        let esc_start = i - 1;
        i += 1;
        match e {
            b'\n' => {}
            b'\\' => out.push(b'\\'),
            b'\'' => out.push(b'\''),
            b'"' => out.push(b'"'),
            b'a' => out.push(7),
            b'b' => out.push(8),
            b'f' => out.push(12),
            b'n' => out.push(b'\n'),
            b'r' => out.push(b'\r'),
            b't' => out.push(b'\t'),
            b'v' => out.push(11),
            b'0'..=b'7' => {
                let mut value = u32::from(e - b'0');
                for _ in 0..2 {
                    match b.get(i) {
                        Some(&d @ b'0'..=b'7') => {
                            value = value * 8 + u32::from(d - b'0');
                            i += 1;
                        }
                        _ => break,
                    }
                }
                out.push((value & 0xFF) as u8);
            }
            b'x' => {
                let digits = b.get(i..i + 2).unwrap_or(&[]);
                if digits.len() == 2 && digits.iter().all(u8::is_ascii_hexdigit) {
                    let hi = (digits[0] as char).to_digit(16).unwrap_or(0);
                    let lo = (digits[1] as char).to_digit(16).unwrap_or(0);
                    out.push((hi * 16 + lo) as u8);
                    i += 2;
                } else {
                    return Err(EscapeError {
                        msg: format!("(value error) invalid \\x escape at position {esc_start}"),
                    });
                }
            }
            other => {
                out.push(b'\\');
                out.push(other);
            }
        }
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn scans_literals() {
        assert_eq!(scan_string("'abc' x", 0).ok(), Some(5));
        assert_eq!(scan_string("rb'a\\'b'", 0).ok(), Some(8));
        assert_eq!(scan_string("''", 0).ok(), Some(2));
        assert_eq!(scan_string("'''a''b'''", 0).ok(), Some(10));
        assert_eq!(scan_string("'a\\\nb'", 0).ok(), Some(6));
        assert!(scan_string("'abc\n'", 0).is_err());
        assert!(scan_string("'''abc", 0).unwrap_err().triple);
    }

    #[test]
    fn splits_prefix() {
        let l = split_literal("Rb'''x'''");
        assert!(l.raw && l.bytes && !l.fstring);
        assert_eq!(l.body, "x");
        assert_eq!(split_literal("f\"\"").body, "");
    }

    #[test]
    fn decodes_escapes() {
        assert_eq!(
            decode_str(
                r"a\tb\x41\u00e9\101\q\
c"
            )
            .unwrap(),
            "a\tbA\u{e9}A\\qc".as_bytes()
        );
        assert_eq!(decode_str(r"\ud800").unwrap(), b"\xed\xa0\x80");
        assert_eq!(decode_bytes(r"\x41\777\n").unwrap(), b"A\xff\n");
        assert_eq!(
            decode_str(r"\x4").unwrap_err().msg,
            "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-2: truncated \\xXX escape"
        );
    }
}
