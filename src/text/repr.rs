//! `repr(str)` and `ascii(str)`.

use super::unicode_props::is_printable;
use std::fmt::Write;

/// CPython's `repr()` of a str.
///
/// Quotes with `'` unless the text contains `'` but no `"`. Escapes `\\`,
/// `\t`, `\n`, `\r`, the chosen quote, and non-printable characters (as
/// `\xNN`, `\uNNNN` or `\UNNNNNNNN`); printable non-ASCII is kept.
pub fn str_repr(s: &str) -> String {
    let quote = choose_quote(s);
    let mut out = String::with_capacity(s.len() + 2);
    out.push(quote);
    for c in s.chars() {
        push_escaped(&mut out, c, quote, false);
    }
    out.push(quote);
    out
}

/// CPython's `ascii()` of a str: `repr()` with every non-ASCII character
/// escaped as well.
pub fn ascii_repr(s: &str) -> String {
    let quote = choose_quote(s);
    let mut out = String::with_capacity(s.len() + 2);
    out.push(quote);
    for c in s.chars() {
        push_escaped(&mut out, c, quote, true);
    }
    out.push(quote);
    out
}

/// `repr()` of text holding lone surrogates (generalised UTF-8): a surrogate is not
/// printable, so it is always written `\udXXX`.
pub fn wtf8_repr(bytes: &[u8]) -> String {
    let quote = if bytes.contains(&b'\'') && !bytes.contains(&b'"') {
        '"'
    } else {
        '\''
    };
    let mut out = String::with_capacity(bytes.len() + 2);
    out.push(quote);
    for cp in super::wtf8::code_points(bytes) {
        match char::from_u32(cp) {
            Some(c) => push_escaped(&mut out, c, quote, false),
            None => super::encode::push_escape(&mut out, cp),
        }
    }
    out.push(quote);
    out
}

fn choose_quote(s: &str) -> char {
    if s.contains('\'') && !s.contains('"') {
        '"'
    } else {
        '\''
    }
}

fn push_escaped(out: &mut String, c: char, quote: char, ascii_only: bool) {
    match c {
        '\\' => out.push_str("\\\\"),
        '\t' => out.push_str("\\t"),
        '\n' => out.push_str("\\n"),
        '\r' => out.push_str("\\r"),
        _ if c == quote => {
            out.push('\\');
            out.push(c);
        }
        ' '..='~' => out.push(c),
        _ if !c.is_ascii() && !ascii_only && is_printable(c) => out.push(c),
        _ => push_hex_escape(out, c),
    }
}

/// `\xNN`, `\uNNNN` or `\UNNNNNNNN`, lowercase hex, by code point size.
pub(crate) fn push_hex_escape(out: &mut String, c: char) {
    let cp = c as u32;
    // Writing to a String cannot fail.
    let _ = if cp < 0x100 {
        write!(out, "\\x{cp:02x}")
    } else if cp < 0x10000 {
        write!(out, "\\u{cp:04x}")
    } else {
        write!(out, "\\U{cp:08x}")
    };
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quoting() {
        assert_eq!(str_repr("a"), "'a'");
        assert_eq!(str_repr("it's"), "\"it's\"");
        assert_eq!(str_repr("'\""), "'\\'\"'");
        assert_eq!(
            str_repr("é\u{200b}\u{1f600}\x7f"),
            "'é\\u200b\u{1f600}\\x7f'"
        );
        assert_eq!(ascii_repr("é\u{1f600}"), "'\\xe9\\U0001f600'");
    }
}
