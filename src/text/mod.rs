//! Python `str` methods as pure functions on `&str`, with CPython 3.11's
//! semantics: positions are character (code point) indices, whitespace and
//! line breaks are Python's definitions, and case mappings and character
//! classes come from CPython's own Unicode 14 tables. Also `repr()` for
//! str, bytes and bytearray.

pub mod bytes_class;
pub mod bytes_ops;
pub mod bytes_repr;
pub mod case;
pub mod codecs;
pub mod encode;
pub mod error;
pub mod indices;
pub mod pad;
pub mod partition;
pub mod predicates;
pub mod replace;
pub mod repr;
pub mod search;
pub mod split;
pub mod strip;
pub mod text_buf;
pub mod unicode_props;
mod unicode_tables;
pub mod wtf8;

pub use bytes_repr::{bytearray_repr, bytes_repr};
pub use case::{capitalize, casefold, lower, swapcase, title, upper};
pub use indices::adjust_indices;
pub use pad::{center, expandtabs, ljust, rjust, zfill};
pub use partition::{partition, removeprefix, removesuffix, rpartition};
pub use predicates::{
    isalnum, isalpha, isascii, isdecimal, isdigit, isidentifier, islower, isnumeric, isprintable,
    isspace, istitle, isupper,
};
pub use replace::replace;
pub use repr::{ascii_repr, str_repr};
pub use search::{count, endswith, find, index, rfind, rindex, startswith};
pub use split::{rsplit, split, splitlines};
pub use strip::{lstrip, rstrip, strip};
