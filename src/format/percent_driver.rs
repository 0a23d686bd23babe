//! Running a parsed `%` template against the right-hand operand of `%`.
//!
//! The object layer implements [`PercentArgSource`] for its values and calls
//! [`format_percent`]; argument selection (tuple items, a single value, a
//! mapping with `%(key)` lookups) and the order in which errors surface
//! follow CPython's `PyUnicode_Format`.

use super::error::PyErrorMsg;
use super::percent::{Count, PercentPiece, PercentSpec, PercentTemplate};
use super::percent_format::{PercentArg, format_percent_one, star_precision, star_width};
use crate::text::text_buf::TextBuf;
use crate::text::wtf8::{Placeholders, from_placeholders, is_surrogate, to_placeholders};

/// What kind of object the right operand of `%` is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ArgsShape {
    /// A tuple of this length: its items are the arguments.
    Tuple(usize),
    /// A mapping (anything with `__getitem__` that is not a tuple or str):
    /// `%(key)` looks keys up in it, and a bare `%s` formats it whole.
    Mapping,
    /// Any other single object: it is the only argument.
    Single,
}

/// Which argument a conversion or `*` consumes next.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ArgSlot {
    /// Item `i` of the tuple.
    Item(usize),
    /// The current single value: the operand itself, or the value of the
    /// latest `%(key)` lookup.
    Current,
}

/// CPython's argument bookkeeping (`argidx`/`arglen`) for `%` formatting.
#[derive(Debug, Clone)]
pub struct ArgCursor {
    len: i64,
    next: i64,
    mapping: bool,
}

impl ArgCursor {
    pub fn new(shape: ArgsShape) -> Self {
        match shape {
            ArgsShape::Tuple(n) => ArgCursor {
                len: i64::try_from(n).unwrap_or(i64::MAX),
                next: 0,
                mapping: false,
            },
            ArgsShape::Mapping | ArgsShape::Single => ArgCursor {
                len: -1,
                next: -2,
                mapping: shape == ArgsShape::Mapping,
            },
        }
    }

    /// After a `%(key)` lookup the looked-up value is the single argument.
    pub fn enter_key(&mut self) {
        self.len = -1;
        self.next = -2;
    }

    /// Takes the next argument, or fails with "not enough arguments".
    pub fn take(&mut self) -> Result<ArgSlot, PyErrorMsg> {
        if self.next < self.len {
            let index = self.next;
            self.next += 1;
            if self.len < 0 {
                Ok(ArgSlot::Current)
            } else {
                // 0 <= index < len here.
                Ok(ArgSlot::Item(index as usize))
            }
        } else {
            Err(PyErrorMsg::type_error(
                "not enough arguments for format string",
            ))
        }
    }

    /// The check after the whole template: unused arguments are an error
    /// unless the operand is a mapping.
    pub fn finish(&self) -> Result<(), PyErrorMsg> {
        if self.next < self.len && !self.mapping {
            Err(PyErrorMsg::type_error(
                "not all arguments converted during string formatting",
            ))
        } else {
            Ok(())
        }
    }
}

/// The right operand of `%`, as seen by [`format_percent`].
pub trait PercentArgSource {
    /// A handle to one argument value.
    type Value: Clone;
    /// The caller's error type; lookups and conversions may raise
    /// arbitrary exceptions.
    type Error: From<PyErrorMsg>;

    fn shape(&self) -> ArgsShape;
    /// The operand itself.
    fn whole(&mut self) -> Self::Value;
    /// Tuple item `index` (always in range).
    fn item(&mut self, index: usize) -> Result<Self::Value, Self::Error>;
    /// `mapping[key]` (raising `KeyError` as the mapping does).
    fn lookup(&mut self, key: &str) -> Result<Self::Value, Self::Error>;
    /// Presents `value` to conversion `conversion`: for `s`, `r` and `a` the
    /// result of `str()`, `repr()` or `ascii()` as [`PercentArg::Str`]; for
    /// every other conversion, and for `*` counts (`conversion == '*'`),
    /// the value as it is (`Int` for ints and bools, `Float`, `Str`, or
    /// `Other` with its type name).
    fn present<'s>(
        &'s mut self,
        value: &'s Self::Value,
        conversion: char,
    ) -> Result<PercentArg<'s>, Self::Error>;
    /// Appends a literal piece of the template to `out` (a source whose template's
    /// lone surrogates were parsed as placeholders maps them back).
    fn push_literal(&mut self, out: &mut TextBuf, text: &str) {
        out.push_str(text);
    }
}

/// `template % args`. `max_str_digits` is `sys.get_int_max_str_digits()`.
pub fn format_percent<S: PercentArgSource>(
    template: &PercentTemplate,
    source: &mut S,
    max_str_digits: usize,
) -> Result<TextBuf, S::Error> {
    let shape = source.shape();
    let mut cursor = ArgCursor::new(shape);
    let mut current: Option<S::Value> = None;
    let mut out = TextBuf::new();

    for piece in &template.pieces {
        let (spec, key_started, parse_error) = match piece {
            PercentPiece::Literal(text) => {
                source.push_literal(&mut out, text);
                continue;
            }
            PercentPiece::Spec(spec) => (spec, spec.key.is_some(), None),
            PercentPiece::Malformed {
                partial,
                key_started,
                error,
            } => (partial, *key_started, Some(error)),
        };
        if key_started && shape != ArgsShape::Mapping {
            return Err(PyErrorMsg::type_error("format requires a mapping").into());
        }
        if let Some(key) = &spec.key {
            current = Some(source.lookup(key)?);
            cursor.enter_key();
        }
        if key_started && spec.key.is_none() {
            // The key itself was unterminated.
            if let Some(error) = parse_error {
                return Err(error.clone().into());
            }
        }
        let width = match spec.width {
            Count::Star => {
                let v = next_value(&mut cursor, &current, source)?;
                Some(star_width(source.present(&v, '*')?)?)
            }
            _ => None,
        };
        let precision = match spec.precision {
            Count::Star => {
                let v = next_value(&mut cursor, &current, source)?;
                Some(star_precision(source.present(&v, '*')?)?)
            }
            _ => None,
        };
        if let Some(error) = parse_error {
            return Err(error.clone().into());
        }
        let value = next_value(&mut cursor, &current, source)?;
        if !spec.has_valid_conversion() {
            return Err(spec.unsupported_error().into());
        }
        let resolved: PercentSpec = spec.with_star_values(width, precision);
        let arg = source.present(&value, spec.conversion)?;
        match arg {
            PercentArg::Wtf8(text) => push_wtf8_piece(&mut out, &resolved, text, max_str_digits)?,
            // `%c` of a surrogate code point.
            PercentArg::Int(v) if spec.conversion == 'c' && surrogate_of(v).is_some() => {
                let mut text = Vec::with_capacity(3);
                let cp = surrogate_of(v).unwrap_or(0xFFFD);
                crate::text::wtf8::push_code_point(&mut text, cp);
                push_wtf8_piece(&mut out, &resolved, &text, max_str_digits)?;
            }
            _ => out.push_str(&format_percent_one(&resolved, arg, max_str_digits)?),
        }
    }
    cursor.finish()?;
    Ok(out)
}

/// The surrogate code point `v` is, if it is one.
fn surrogate_of(v: super::int_value::IntRef<'_>) -> Option<u32> {
    v.to_i64()
        .and_then(|c| u32::try_from(c).ok())
        .filter(|&c| is_surrogate(c))
}

/// One conversion of text holding lone surrogates: formatted with each surrogate as a
/// private-use placeholder (which pads, truncates and counts as one code point, as a
/// surrogate does), then mapped back. The piece holds only that text and padding, so
/// the mapping cannot meet a placeholder that stood for nothing.
fn push_wtf8_piece(
    out: &mut TextBuf,
    spec: &PercentSpec,
    text: &[u8],
    max_str_digits: usize,
) -> Result<(), PyErrorMsg> {
    let map = Placeholders::for_texts(&[text]).ok_or_else(PyErrorMsg::memory)?;
    let mapped = to_placeholders(text, &map);
    let piece = format_percent_one(spec, PercentArg::Str(&mapped), max_str_digits)?;
    out.push_wtf8(&from_placeholders(&piece, &map));
    Ok(())
}

fn next_value<S: PercentArgSource>(
    cursor: &mut ArgCursor,
    current: &Option<S::Value>,
    source: &mut S,
) -> Result<S::Value, S::Error> {
    match cursor.take()? {
        ArgSlot::Item(i) => source.item(i),
        ArgSlot::Current => Ok(match current {
            Some(v) => v.clone(),
            None => source.whole(),
        }),
    }
}
