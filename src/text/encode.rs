//! Encoding text (generalised UTF-8, so lone surrogates included) with one of the
//! codecs of `codecs`, and CPython's error handlers: `strict`, `ignore`, `replace`,
//! `backslashreplace`, `xmlcharrefreplace`, `namereplace`, `surrogateescape` (U+DC80..
//! U+DCFF back to the bytes 0x80..0xFF) and `surrogatepass` (surrogates written as the
//! UTF-8 / UTF-16 / UTF-32 codec would write any code point).

use std::fmt::Write;

use super::codecs::{ByteOrder, Codec, CodecError, UnicodeFault, cp1252_byte, unknown_handler};
use super::wtf8::{code_points, is_surrogate};

/// Encodes UTF-8 `s` with `codec`; `errors` names the error handler.
pub fn encode(s: &str, codec: Codec, errors: &str) -> Result<Vec<u8>, CodecError> {
    if codec == Codec::Utf8 {
        return Ok(s.as_bytes().to_vec());
    }
    encode_wtf8(s.as_bytes(), codec, errors)
}

/// Encodes generalised UTF-8 `text` with `codec`; `errors` names the error handler.
/// Positions in errors are code-point positions.
pub fn encode_wtf8(text: &[u8], codec: Codec, errors: &str) -> Result<Vec<u8>, CodecError> {
    if codec == Codec::Utf8
        && let Ok(s) = std::str::from_utf8(text)
    {
        return Ok(s.as_bytes().to_vec());
    }
    let cps: Vec<u32> = code_points(text).collect();
    let mut out = Vec::with_capacity(cps.len());
    if let Codec::Utf16(ByteOrder::Bom) = codec {
        out.extend_from_slice(b"\xff\xfe");
    } else if let Codec::Utf32(ByteOrder::Bom) = codec {
        out.extend_from_slice(b"\xff\xfe\0\0");
    }
    let mut i = 0;
    while i < cps.len() {
        if put(&mut out, codec, cps[i]) {
            i += 1;
            continue;
        }
        // The run the handler sees: the UTF-16 / UTF-32 encoders report one surrogate
        // at a time, the others every unencodable code point in a row.
        let mut end = i + 1;
        if !matches!(codec, Codec::Utf16(_) | Codec::Utf32(_)) {
            while end < cps.len() && !encodable(codec, cps[end]) {
                end += 1;
            }
        }
        let run = &cps[i..end];
        let fail = |start: usize| fault(codec, &cps, start, end);
        match errors {
            "strict" => return Err(fail(i)),
            "ignore" => {}
            "replace" => put_ascii(&mut out, codec, &"?".repeat(run.len())),
            "backslashreplace" => {
                let mut s = String::new();
                for &cp in run {
                    push_escape(&mut s, cp);
                }
                put_ascii(&mut out, codec, &s);
            }
            "namereplace" => {
                let mut s = String::new();
                for &cp in run {
                    match char::from_u32(cp).and_then(unicode_names2::name) {
                        Some(name) => {
                            let _ = write!(s, "\\N{{{name}}}");
                        }
                        None => push_escape(&mut s, cp),
                    }
                }
                put_ascii(&mut out, codec, &s);
            }
            "xmlcharrefreplace" => {
                let mut s = String::new();
                for &cp in run {
                    let _ = write!(s, "&#{cp};");
                }
                put_ascii(&mut out, codec, &s);
            }
            "surrogateescape" => {
                // Only byte-oriented codecs take the bytes back; a lone byte is not a
                // UTF-16 or UTF-32 code unit.
                let wide = matches!(codec, Codec::Utf16(_) | Codec::Utf32(_));
                let escaped = if wide {
                    0
                } else {
                    run.iter()
                        .take_while(|&&cp| (0xDC80..=0xDCFF).contains(&cp))
                        .count()
                };
                out.extend(run[..escaped].iter().map(|&cp| (cp - 0xDC00) as u8));
                if escaped < run.len() {
                    return Err(fail(i + escaped));
                }
            }
            "surrogatepass" => {
                if !run.iter().all(|&cp| is_surrogate(cp)) {
                    return Err(fail(i));
                }
                for &cp in run {
                    match codec {
                        Codec::Utf8 => super::wtf8::push_code_point(&mut out, cp),
                        Codec::Utf16(order) => put_unit(&mut out, order, &cp.to_le_bytes()[..2]),
                        Codec::Utf32(order) => put_unit(&mut out, order, &cp.to_le_bytes()),
                        _ => return Err(fail(i)),
                    }
                }
            }
            other => return Err(unknown_handler(other)),
        }
        i = end;
    }
    Ok(out)
}

/// Whether `codec` can write code point `cp` itself.
fn encodable(codec: Codec, cp: u32) -> bool {
    match codec {
        Codec::Utf8 | Codec::Utf16(_) | Codec::Utf32(_) => !is_surrogate(cp),
        Codec::Ascii => cp < 0x80,
        Codec::Latin1 => cp < 0x100,
        Codec::Cp1252 => char::from_u32(cp).and_then(cp1252_byte).is_some(),
    }
}

/// Writes `cp` in `codec` if it can; false if not.
fn put(out: &mut Vec<u8>, codec: Codec, cp: u32) -> bool {
    if !encodable(codec, cp) {
        return false;
    }
    match codec {
        Codec::Utf8 => super::wtf8::push_code_point(out, cp),
        Codec::Ascii | Codec::Latin1 => out.push(cp as u8),
        Codec::Cp1252 => out.extend(char::from_u32(cp).and_then(cp1252_byte)),
        Codec::Utf16(order) => {
            let mut units = [0u16; 2];
            let c = char::from_u32(cp).unwrap_or('\u{FFFD}');
            for u in c.encode_utf16(&mut units) {
                put_unit(out, order, &u.to_le_bytes());
            }
        }
        Codec::Utf32(order) => put_unit(out, order, &cp.to_le_bytes()),
    }
    true
}

/// One code unit given little-endian, written in `order` (the marked forms write
/// little-endian after their byte order mark).
fn put_unit(out: &mut Vec<u8>, order: ByteOrder, le: &[u8]) {
    if order == ByteOrder::Big {
        out.extend(le.iter().rev());
    } else {
        out.extend_from_slice(le);
    }
}

/// A handler's ASCII replacement text, written in the codec.
fn put_ascii(out: &mut Vec<u8>, codec: Codec, s: &str) {
    for b in s.bytes() {
        put(out, codec, u32::from(b));
    }
}

/// `\xNN`, `\uNNNN` or `\UNNNNNNNN`: how handlers and messages show a code point.
pub fn push_escape(s: &mut String, cp: u32) {
    let _ = if cp < 0x100 {
        write!(s, "\\x{cp:02x}")
    } else if cp < 0x10000 {
        write!(s, "\\u{cp:04x}")
    } else {
        write!(s, "\\U{cp:08x}")
    };
}

/// The UnicodeEncodeError for the code points `start..end` of `cps`, worded as CPython.
fn fault(codec: Codec, cps: &[u32], start: usize, end: usize) -> CodecError {
    let name = codec.error_name();
    let reason = match codec {
        Codec::Utf8 | Codec::Utf16(_) | Codec::Utf32(_) => "surrogates not allowed",
        Codec::Ascii => "ordinal not in range(128)",
        Codec::Latin1 => "ordinal not in range(256)",
        Codec::Cp1252 => "character maps to <undefined>",
    };
    let message = if end - start == 1 {
        let mut c = String::new();
        push_escape(&mut c, cps[start]);
        format!("'{name}' codec can't encode character '{c}' in position {start}: {reason}")
    } else {
        format!(
            "'{name}' codec can't encode characters in position {start}-{}: {reason}",
            end - 1
        )
    };
    CodecError::Unicode(UnicodeFault {
        decode: false,
        encoding: name,
        start,
        end,
        reason: reason.to_owned(),
        message,
    })
}
