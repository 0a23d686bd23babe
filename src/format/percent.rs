//! Parsing printf-style templates for `str % args`.
//!
//! CPython interleaves parsing with argument consumption: `*` widths take
//! arguments while the spec is still being read, and a malformed spec is
//! only reported once every earlier conversion (and the malformed spec's
//! own `%(key)` lookup and `*` arguments) has been processed. The parsed
//! template therefore keeps the partial spec next to the error
//! ([`PercentPiece::Malformed`]) so a driver can replay that order exactly.

use super::error::PyErrorMsg;

/// The flag characters `-+ #0`.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct PercentFlags {
    /// `-`: pad on the right.
    pub left_justify: bool,
    /// `+`: always show a sign.
    pub sign: bool,
    /// ` `: a space in place of `+`.
    pub blank: bool,
    /// `#`: alternate form (`0x`, `0o` prefixes; keep the point for floats).
    pub alternate: bool,
    /// `0`: pad numbers with zeros.
    pub zero: bool,
}

/// A width or precision.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Count {
    Absent,
    Fixed(usize),
    /// `*`: taken from the next argument.
    Star,
}

/// One `%...` conversion.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PercentSpec {
    /// The `name` of `%(name)s`.
    pub key: Option<String>,
    pub flags: PercentFlags,
    pub width: Count,
    pub precision: Count,
    /// The conversion character. It is not validated while parsing,
    /// because CPython consumes the argument before rejecting it.
    pub conversion: char,
    /// Character index of the conversion character in the template, for
    /// the "unsupported format character" message.
    pub conversion_index: usize,
}

/// A piece of a parsed template.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PercentPiece {
    /// Text to copy (with `%%` already turned into `%`).
    Literal(String),
    Spec(PercentSpec),
    /// A spec that fails to parse; always the last piece. `partial` holds
    /// the key and `*` counts read before the failure, which are still
    /// looked up and consumed before `error` is raised. `key_started`
    /// records that a `(` was seen, so a non-mapping argument is reported
    /// as "format requires a mapping" first.
    Malformed {
        partial: PercentSpec,
        key_started: bool,
        error: PyErrorMsg,
    },
}

/// A parsed `%` template.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PercentTemplate {
    pub pieces: Vec<PercentPiece>,
}

impl PercentSpec {
    /// Whether the conversion character is one CPython accepts.
    pub fn has_valid_conversion(&self) -> bool {
        matches!(
            self.conversion,
            's' | 'r'
                | 'a'
                | 'd'
                | 'i'
                | 'u'
                | 'o'
                | 'x'
                | 'X'
                | 'e'
                | 'E'
                | 'f'
                | 'F'
                | 'g'
                | 'G'
                | 'c'
        )
    }

    /// `ValueError: unsupported format character 'y' (0x79) at index 3`.
    pub fn unsupported_error(&self) -> PyErrorMsg {
        let code = self.conversion as u32;
        let shown = if (31..=126).contains(&code) {
            self.conversion
        } else {
            '?'
        };
        PyErrorMsg::value(format!(
            "unsupported format character '{shown}' (0x{code:x}) at index {}",
            self.conversion_index
        ))
    }

    /// Replaces `*` counts with the values taken from the arguments: a
    /// negative width means left-justify, a negative precision means 0.
    pub fn with_star_values(&self, width: Option<i64>, precision: Option<i64>) -> PercentSpec {
        let mut out = self.clone();
        if let (Count::Star, Some(w)) = (self.width, width) {
            if w < 0 {
                out.flags.left_justify = true;
            }
            out.width = Count::Fixed(usize::try_from(w.unsigned_abs()).unwrap_or(usize::MAX));
        }
        if let (Count::Star, Some(p)) = (self.precision, precision) {
            out.precision = Count::Fixed(usize::try_from(p.max(0)).unwrap_or(usize::MAX));
        }
        out
    }
}

/// Parses a `%` template. Never fails: a malformed spec becomes the final
/// [`PercentPiece::Malformed`] piece.
pub fn parse_percent_template(template: &str) -> PercentTemplate {
    let chars: Vec<char> = template.chars().collect();
    let mut pieces = Vec::new();
    let mut literal = String::new();
    let mut pos = 0;
    while pos < chars.len() {
        let c = chars[pos];
        if c != '%' {
            literal.push(c);
            pos += 1;
            continue;
        }
        if chars.get(pos + 1) == Some(&'%') {
            literal.push('%');
            pos += 2;
            continue;
        }
        if !literal.is_empty() {
            pieces.push(PercentPiece::Literal(std::mem::take(&mut literal)));
        }
        let mut reader = SpecReader {
            chars: &chars,
            pos: pos + 1,
        };
        let piece = reader.read();
        pos = reader.pos;
        let stop = matches!(piece, PercentPiece::Malformed { .. });
        pieces.push(piece);
        if stop {
            return PercentTemplate { pieces };
        }
    }
    if !literal.is_empty() {
        pieces.push(PercentPiece::Literal(literal));
    }
    PercentTemplate { pieces }
}

/// Reads one spec, starting just after its `%`.
struct SpecReader<'a> {
    chars: &'a [char],
    pos: usize,
}

impl SpecReader<'_> {
    fn next(&mut self) -> Option<char> {
        let c = self.chars.get(self.pos).copied();
        if c.is_some() {
            self.pos += 1;
        }
        c
    }

    fn read(&mut self) -> PercentPiece {
        let mut spec = PercentSpec {
            key: None,
            flags: PercentFlags::default(),
            width: Count::Absent,
            precision: Count::Absent,
            conversion: '\0',
            conversion_index: 0,
        };
        let mut key_started = false;
        let fail = |spec: PercentSpec, key_started: bool, msg: &str| PercentPiece::Malformed {
            partial: spec,
            key_started,
            error: PyErrorMsg::value(msg),
        };
        const INCOMPLETE: &str = "incomplete format";

        if self.chars.get(self.pos) == Some(&'(') {
            key_started = true;
            self.pos += 1;
            let start = self.pos;
            let mut depth = 1;
            while depth > 0 {
                match self.next() {
                    Some(')') => depth -= 1,
                    Some('(') => depth += 1,
                    Some(_) => {}
                    None => return fail(spec, key_started, "incomplete format key"),
                }
            }
            spec.key = Some(self.chars[start..self.pos - 1].iter().collect());
        }

        let mut c = loop {
            let Some(c) = self.next() else {
                return fail(spec, key_started, INCOMPLETE);
            };
            match c {
                '-' => spec.flags.left_justify = true,
                '+' => spec.flags.sign = true,
                ' ' => spec.flags.blank = true,
                '#' => spec.flags.alternate = true,
                '0' => spec.flags.zero = true,
                _ => break c,
            }
        };

        if c == '*' {
            spec.width = Count::Star;
            let Some(n) = self.next() else {
                return fail(spec, key_started, INCOMPLETE);
            };
            c = n;
        } else if let Some(d) = c.to_digit(10) {
            let mut width = i64::from(d);
            loop {
                let Some(n) = self.next() else {
                    return fail(spec, key_started, INCOMPLETE);
                };
                let Some(d) = n.to_digit(10) else {
                    c = n;
                    break;
                };
                let d = i64::from(d);
                if width > (i64::MAX - d) / 10 {
                    return fail(spec, key_started, "width too big");
                }
                width = width * 10 + d;
            }
            spec.width = Count::Fixed(usize::try_from(width).unwrap_or(usize::MAX));
        }

        if c == '.' {
            spec.precision = Count::Fixed(0);
            let Some(n) = self.next() else {
                return fail(spec, key_started, INCOMPLETE);
            };
            c = n;
            if c == '*' {
                spec.precision = Count::Star;
                let Some(n) = self.next() else {
                    return fail(spec, key_started, INCOMPLETE);
                };
                c = n;
            } else if let Some(d) = c.to_digit(10) {
                let mut precision = i64::from(d);
                loop {
                    let Some(n) = self.next() else {
                        return fail(spec, key_started, INCOMPLETE);
                    };
                    let Some(d) = n.to_digit(10) else {
                        c = n;
                        break;
                    };
                    let d = i64::from(d);
                    if precision > (i64::from(i32::MAX) - d) / 10 {
                        return fail(spec, key_started, "precision too big");
                    }
                    precision = precision * 10 + d;
                }
                spec.precision = Count::Fixed(usize::try_from(precision).unwrap_or(usize::MAX));
            }
        }

        if matches!(c, 'h' | 'l' | 'L') {
            let Some(n) = self.next() else {
                return fail(spec, key_started, INCOMPLETE);
            };
            c = n;
        }
        spec.conversion = c;
        spec.conversion_index = self.pos - 1;
        PercentPiece::Spec(spec)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_keys_flags_and_stars() {
        let t = parse_percent_template("a%(x)-*.3fb%%");
        assert_eq!(t.pieces.len(), 3);
        let PercentPiece::Spec(s) = &t.pieces[1] else {
            panic!("expected a spec")
        };
        assert_eq!(s.key.as_deref(), Some("x"));
        assert!(s.flags.left_justify);
        assert_eq!(s.width, Count::Star);
        assert_eq!(s.precision, Count::Fixed(3));
        assert_eq!(s.conversion, 'f');
        assert_eq!(t.pieces[2], PercentPiece::Literal("b%".into()));
    }

    #[test]
    fn incomplete_specs() {
        let t = parse_percent_template("abc%");
        assert!(matches!(
            t.pieces.last(),
            Some(PercentPiece::Malformed { .. })
        ));
    }
}
