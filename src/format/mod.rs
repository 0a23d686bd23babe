//! Number formatting and parsing with CPython 3.11's exact semantics:
//! `repr(float)`, `format()` specs, `%` formatting, `int()`/`float()` from
//! strings, correctly rounded int/float conversions, and Python's float
//! arithmetic and numeric hashing.
//!
//! Everything here works on plain Rust values and reports failures as a
//! [`PyErrorMsg`] naming the exception class and message CPython would
//! raise.

pub mod complex_ops;
pub mod double_to_string;
/// The error type is shared with `text`, whose functions fail the same way.
pub use crate::text::error;
pub mod float_ops;
pub mod float_parse;
pub mod float_repr;
pub mod float_round;
pub mod int_parse;
pub mod int_to_float;
pub mod int_to_str;
pub mod int_value;
pub mod number_layout;
pub mod numeric_hash;
pub mod numeric_text;
pub mod percent;
pub mod percent_driver;
pub mod percent_format;
pub mod spec;
pub mod spec_complex;
pub mod spec_float;
pub mod spec_int;
pub mod spec_str;
pub mod struct_layout;

pub use error::{ErrorKind, PyErrorMsg, PyResult};
pub use float_ops::{
    float_div, float_divmod, float_floordiv, float_is_integer, float_mod, float_pow, float_to_int,
    int_pow_negative, pow_needs_complex,
};
pub use float_parse::parse_float;
pub use float_repr::float_repr;
pub use float_round::{round_float, round_to_int};
pub use int_parse::parse_int;
pub use int_to_float::{float_from_bigint, int_to_float, int_true_divide};
pub use int_to_str::{DEFAULT_MAX_STR_DIGITS, int_to_decimal, int_to_prefixed};
pub use int_value::{IntRef, PyInt};
pub use numeric_hash::{hash_bigint, hash_float, hash_int};
pub use percent::{
    Count, PercentFlags, PercentPiece, PercentSpec, PercentTemplate, parse_percent_template,
};
pub use percent_driver::{ArgCursor, ArgSlot, ArgsShape, PercentArgSource, format_percent};
pub use percent_format::{PercentArg, format_percent_one};
pub use spec::{Align, FormatSpec, Grouping, SignMode, parse as parse_format_spec};
pub use spec_complex::format_complex;
pub use spec_float::format_float;
pub use spec_int::format_int;
pub use spec_str::format_str;
