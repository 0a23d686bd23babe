//! Numeric literals: scanning with CPython's tokenizer rules (so that malformed literals
//! get the same messages and positions), and conversion of the text to a constant.

use num_bigint::BigUint;
use num_traits::Num;

use super::ast::Constant;

/// A malformed numeric literal. `pos` is the byte offset whose character column is the
/// error's `offset` (CPython reports the column of its read cursor); `end_pos` likewise
/// for the end offset.
#[derive(Debug)]
pub struct NumberError {
    pub msg: String,
    pub pos: usize,
    pub end_pos: usize,
}

/// Read cursor over the source bytes, mirroring the tokenizer's `tok_nextc`/`tok_backup`.
/// Decisions only ever look at ASCII bytes; any byte >= 0x80 counts as a potential
/// identifier character, which is what CPython checks for.
struct Cursor<'s> {
    bytes: &'s [u8],
    cur: usize,
}

/// End of input, as `tok_nextc` reports it.
const EOF: u8 = 0;

impl Cursor<'_> {
    fn next(&mut self) -> u8 {
        match self.bytes.get(self.cur) {
            Some(&b) => {
                self.cur += 1;
                b
            }
            None => EOF,
        }
    }

    fn backup(&mut self, c: u8) {
        if c != EOF {
            self.cur -= 1;
        }
    }

    fn lookahead(&self, word: &str) -> bool {
        self.bytes
            .get(self.cur..self.cur + word.len())
            .is_some_and(|s| s == word.as_bytes())
    }

    fn err<T>(&self, msg: impl Into<String>) -> Result<T, NumberError> {
        // Never report a position inside a multi-byte character.
        let mut pos = self.cur;
        while pos > 0 && pos < self.bytes.len() && (self.bytes[pos] & 0xC0) == 0x80 {
            pos -= 1;
        }
        Err(NumberError {
            msg: msg.into(),
            pos,
            end_pos: pos,
        })
    }
}

fn is_potential_identifier_char(c: u8) -> bool {
    c.is_ascii_alphanumeric() || c == b'_' || c >= 128
}

/// After a literal, a letter may follow only if it starts one of the keywords that can
/// legally follow a number (`1if x else y`); anything else identifier-like is an error.
fn verify_end_of_number(cur: &mut Cursor, c: u8, kind: &str) -> Result<(), NumberError> {
    let keyword_follows = match c {
        b'a' => cur.lookahead("nd"),
        b'e' => cur.lookahead("lse"),
        b'f' => cur.lookahead("or"),
        b'i' => matches!(cur.bytes.get(cur.cur), Some(b'f' | b'n' | b's')),
        b'o' => cur.lookahead("r"),
        b'n' => cur.lookahead("ot"),
        _ => false,
    };
    // Only ASCII: a non-ASCII character after a number is left to the next token.
    if !keyword_follows && c < 128 && is_potential_identifier_char(c) {
        cur.backup(c);
        return cur.err(format!("invalid {kind} literal"));
    }
    Ok(())
}

/// Digits and single underscores after the first digit; returns the first character
/// that is not part of the run.
fn decimal_tail(cur: &mut Cursor) -> Result<u8, NumberError> {
    loop {
        let mut c = cur.next();
        while c.is_ascii_digit() {
            c = cur.next();
        }
        if c != b'_' {
            return Ok(c);
        }
        c = cur.next();
        if !c.is_ascii_digit() {
            cur.backup(c);
            return cur.err("invalid decimal literal");
        }
    }
}

/// Scans the numeric literal starting at `start` (a digit, or a `.` followed by a digit)
/// and returns its end offset.
pub fn scan_number(text: &str, start: usize) -> Result<usize, NumberError> {
    let mut cur = Cursor {
        bytes: text.as_bytes(),
        cur: start,
    };
    let first = cur.next();
    let c = if first == b'.' {
        let c = cur.next();
        fraction(&mut cur, c)?
    } else if first == b'0' {
        leading_zero(&mut cur, start)?
    } else {
        let c = decimal_tail(&mut cur)?;
        decimal_rest(&mut cur, c)?
    };
    cur.backup(c);
    Ok(cur.cur)
}

/// Literals starting with `0`: radix prefixes, zero runs, and floats like `0.5`/`09.5`.
fn leading_zero(cur: &mut Cursor, start: usize) -> Result<u8, NumberError> {
    let mut c = cur.next();
    match c {
        b'x' | b'X' => radix_digits(cur, 16, "hexadecimal"),
        b'o' | b'O' => radix_digits(cur, 8, "octal"),
        b'b' | b'B' => radix_digits(cur, 2, "binary"),
        _ => {
            let mut nonzero = false;
            loop {
                if c == b'_' {
                    c = cur.next();
                    if !c.is_ascii_digit() {
                        cur.backup(c);
                        return cur.err("invalid decimal literal");
                    }
                }
                if c != b'0' {
                    break;
                }
                c = cur.next();
            }
            let zeros_end = cur.cur;
            if c.is_ascii_digit() {
                nonzero = true;
                c = decimal_tail(cur)?;
            }
            match c {
                b'.' => {
                    let c = cur.next();
                    fraction(cur, c)
                }
                b'e' | b'E' => exponent(cur, c),
                b'j' | b'J' => imaginary(cur),
                _ if nonzero => {
                    cur.backup(c);
                    Err(NumberError {
                        msg: "leading zeros in decimal integer literals are not permitted; \
                              use an 0o prefix for octal integers"
                            .into(),
                        pos: start + 1,
                        end_pos: zeros_end,
                    })
                }
                _ => {
                    verify_end_of_number(cur, c, "decimal")?;
                    Ok(c)
                }
            }
        }
    }
}

/// Digits of a `0x`/`0o`/`0b` literal, with single underscores allowed between them.
fn radix_digits(cur: &mut Cursor, radix: u32, kind: &str) -> Result<u8, NumberError> {
    let is_digit = |c: u8| (c as char).is_digit(radix);
    let mut c = cur.next();
    loop {
        if c == b'_' {
            c = cur.next();
        }
        if !is_digit(c) {
            if radix < 10 && c.is_ascii_digit() {
                return cur.err(format!("invalid digit '{}' in {kind} literal", c as char));
            }
            cur.backup(c);
            return cur.err(format!("invalid {kind} literal"));
        }
        loop {
            c = cur.next();
            if !is_digit(c) {
                break;
            }
        }
        if c != b'_' {
            break;
        }
    }
    if radix < 10 && c.is_ascii_digit() {
        return cur.err(format!("invalid digit '{}' in {kind} literal", c as char));
    }
    verify_end_of_number(cur, c, kind)?;
    Ok(c)
}

/// After the integer part of a decimal literal (`c` is the character following it).
fn decimal_rest(cur: &mut Cursor, c: u8) -> Result<u8, NumberError> {
    if c == b'.' {
        let c = cur.next();
        return fraction(cur, c);
    }
    after_fraction(cur, c)
}

fn fraction(cur: &mut Cursor, mut c: u8) -> Result<u8, NumberError> {
    if c.is_ascii_digit() {
        c = decimal_tail(cur)?;
    }
    after_fraction(cur, c)
}

fn after_fraction(cur: &mut Cursor, c: u8) -> Result<u8, NumberError> {
    if c == b'e' || c == b'E' {
        return exponent(cur, c);
    }
    if c == b'j' || c == b'J' {
        return imaginary(cur);
    }
    verify_end_of_number(cur, c, "decimal")?;
    Ok(c)
}

fn exponent(cur: &mut Cursor, e: u8) -> Result<u8, NumberError> {
    let mut c = cur.next();
    if c == b'+' || c == b'-' {
        c = cur.next();
        if !c.is_ascii_digit() {
            cur.backup(c);
            return cur.err("invalid decimal literal");
        }
    } else if !c.is_ascii_digit() {
        // `1else`: the `e` starts a keyword, not an exponent.
        cur.backup(c);
        verify_end_of_number(cur, e, "decimal")?;
        cur.backup(e);
        // The caller backs up the returned character; hand it a re-read `e`.
        return Ok(cur.next());
    }
    let c = decimal_tail(cur)?;
    if c == b'j' || c == b'J' {
        return imaginary(cur);
    }
    verify_end_of_number(cur, c, "decimal")?;
    Ok(c)
}

fn imaginary(cur: &mut Cursor) -> Result<u8, NumberError> {
    let c = cur.next();
    verify_end_of_number(cur, c, "imaginary")?;
    Ok(c)
}

/// Converts well-formed literal text to a constant. Big integers are returned as
/// decimal digits through `big` (which allocates them where the caller wants).
pub fn number_value<'a>(text: &str, big: impl FnOnce(String) -> &'a str) -> Constant<'a> {
    let clean: String = text.chars().filter(|&c| c != '_').collect();
    let lower = clean.to_ascii_lowercase();
    if let Some(imag) = lower.strip_suffix('j') {
        return Constant::Imaginary(parse_float(imag));
    }
    let (digits, radix) = if let Some(d) = lower.strip_prefix("0x") {
        (d, 16)
    } else if let Some(d) = lower.strip_prefix("0o") {
        (d, 8)
    } else if let Some(d) = lower.strip_prefix("0b") {
        (d, 2)
    } else if lower.contains(['.', 'e']) {
        return Constant::Float(parse_float(&lower));
    } else {
        (lower.as_str(), 10)
    };
    if let Ok(v) = i64::from_str_radix(digits, radix) {
        return Constant::Int(v);
    }
    match BigUint::from_str_radix(digits, radix) {
        Ok(v) => Constant::BigInt(big(v.to_string())),
        // Unreachable for scanned literals; keep a harmless value rather than panic.
        Err(_) => Constant::Int(0),
    }
}

fn parse_float(text: &str) -> f64 {
    text.parse::<f64>().unwrap_or(f64::NAN)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn scan(s: &str) -> Result<usize, String> {
        scan_number(s, 0).map_err(|e| format!("{}@{}", e.msg, e.pos))
    }

    #[test]
    fn scans_valid_literals() {
        for (s, n) in [
            ("123", 3),
            ("1_000 ", 5),
            ("0x_1f)", 5),
            ("0o17", 4),
            ("0b1_0", 5),
            ("1.", 2),
            (".5", 2),
            ("1e-3", 4),
            ("1_0.5", 5),
            ("3j", 2),
            ("1.5J+", 4),
            ("00", 2),
            ("09.5", 4),
            ("09j", 3),
            ("1if", 1),
            ("1else", 1),
            ("1or", 1),
            ("0x1for", 4),
        ] {
            assert_eq!(scan(s), Ok(n), "{s}");
        }
    }

    #[test]
    fn reports_cpython_errors() {
        assert_eq!(scan("1abc"), Err("invalid decimal literal@1".into()));
        assert_eq!(scan("1_"), Err("invalid decimal literal@2".into()));
        assert_eq!(scan("0x"), Err("invalid hexadecimal literal@2".into()));
        assert_eq!(
            scan("0o8"),
            Err("invalid digit '8' in octal literal@3".into())
        );
        assert_eq!(scan("1e"), Err("invalid decimal literal@1".into()));
        assert_eq!(scan("1jx"), Err("invalid imaginary literal@2".into()));
        assert!(scan("0777").unwrap_err().starts_with("leading zeros"));
    }

    #[test]
    fn converts_values() {
        let big = |s: String| -> &'static str { Box::leak(s.into_boxed_str()) };
        assert_eq!(number_value("0x_ff", big), Constant::Int(255));
        assert_eq!(number_value("1_000", big), Constant::Int(1000));
        assert_eq!(number_value("1.5e2", big), Constant::Float(150.0));
        assert_eq!(number_value("2j", big), Constant::Imaginary(2.0));
        assert_eq!(
            number_value("99999999999999999999", big),
            Constant::BigInt("99999999999999999999")
        );
    }
}
