//! `repr(bytes)` and `repr(bytearray)`.

/// CPython's `repr()` of a bytes object: `b'...'`, switching to double
/// quotes when the data contains `'` but no `"`; `\t \n \r \\`, the quote,
/// and bytes outside `0x20..0x7f` are escaped (`\xNN`, lowercase).
pub fn bytes_repr(data: &[u8]) -> String {
    render(data, false)
}

/// CPython's `repr()` of a bytearray: `bytearray(b'...')`. Unlike bytes,
/// a `'` is escaped even inside double quotes (`bytearray(b"a\'b")`).
pub fn bytearray_repr(data: &[u8]) -> String {
    format!("bytearray({})", render(data, true))
}

fn render(data: &[u8], escape_single_quote: bool) -> String {
    let quote = if data.contains(&b'\'') && !data.contains(&b'"') {
        b'"'
    } else {
        b'\''
    };
    let mut out = String::with_capacity(data.len() + 3);
    out.push('b');
    out.push(char::from(quote));
    for &b in data {
        match b {
            b'\\' => out.push_str("\\\\"),
            b'\t' => out.push_str("\\t"),
            b'\n' => out.push_str("\\n"),
            b'\r' => out.push_str("\\r"),
            _ if b == quote || (escape_single_quote && b == b'\'') => {
                out.push('\\');
                out.push(char::from(b));
            }
            0x20..=0x7e => out.push(char::from(b)),
            _ => {
                const HEX: &[u8; 16] = b"0123456789abcdef";
                out.push_str("\\x");
                out.push(char::from(HEX[usize::from(b >> 4)]));
                out.push(char::from(HEX[usize::from(b & 0xf)]));
            }
        }
    }
    out.push(char::from(quote));
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes() {
        assert_eq!(bytes_repr(b"a'b"), "b\"a'b\"");
        assert_eq!(bytes_repr(b"\x00\xff\t"), "b'\\x00\\xff\\t'");
        assert_eq!(bytearray_repr(b""), "bytearray(b'')");
        assert_eq!(bytearray_repr(b"a'b"), "bytearray(b\"a\\'b\")");
    }
}
