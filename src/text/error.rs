//! The error value every function in `format` and `text` returns.
//!
//! These modules know nothing about Python objects, so instead of raising
//! they hand back the exception class and the exact message CPython would
//! use; the object layer turns that into a real exception.

use std::fmt;

/// The CPython exception class an error corresponds to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ErrorKind {
    ValueError,
    TypeError,
    OverflowError,
    ZeroDivisionError,
    KeyError,
    IndexError,
    MemoryError,
}

impl ErrorKind {
    /// The Python-visible class name, e.g. `"ValueError"`.
    pub fn name(self) -> &'static str {
        match self {
            ErrorKind::ValueError => "ValueError",
            ErrorKind::TypeError => "TypeError",
            ErrorKind::OverflowError => "OverflowError",
            ErrorKind::ZeroDivisionError => "ZeroDivisionError",
            ErrorKind::KeyError => "KeyError",
            ErrorKind::IndexError => "IndexError",
            ErrorKind::MemoryError => "MemoryError",
        }
    }
}

/// An exception to raise: its class and its `str()` text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PyErrorMsg {
    pub kind: ErrorKind,
    pub msg: String,
}

impl PyErrorMsg {
    pub fn new(kind: ErrorKind, msg: impl Into<String>) -> Self {
        PyErrorMsg {
            kind,
            msg: msg.into(),
        }
    }

    pub fn value(msg: impl Into<String>) -> Self {
        Self::new(ErrorKind::ValueError, msg)
    }

    pub fn type_error(msg: impl Into<String>) -> Self {
        Self::new(ErrorKind::TypeError, msg)
    }

    pub fn overflow(msg: impl Into<String>) -> Self {
        Self::new(ErrorKind::OverflowError, msg)
    }

    pub fn zero_division(msg: impl Into<String>) -> Self {
        Self::new(ErrorKind::ZeroDivisionError, msg)
    }

    /// CPython raises a bare `MemoryError` when a result cannot be allocated.
    pub fn memory() -> Self {
        Self::new(ErrorKind::MemoryError, "")
    }
}

impl fmt::Display for PyErrorMsg {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.msg.is_empty() {
            f.write_str(self.kind.name())
        } else {
            write!(f, "{}: {}", self.kind.name(), self.msg)
        }
    }
}

impl std::error::Error for PyErrorMsg {}

/// Shorthand for results carrying a [`PyErrorMsg`].
pub type PyResult<T> = Result<T, PyErrorMsg>;

/// Largest string these modules will build. CPython would try to allocate
/// anything and raise `MemoryError` on failure; a fixed ceiling gives the
/// same outcome without letting the process abort on a failed allocation.
pub const MAX_RESULT_LEN: usize = 1 << 30;

/// Fails with `MemoryError` when a result of `len` characters is too large: past
/// [`MAX_RESULT_LEN`], or past what the heap limit (`--max-heap`) leaves room for.
pub fn check_result_len(len: usize) -> PyResult<()> {
    if len > MAX_RESULT_LEN || !crate::heap::thread_can_allocate(len) {
        Err(PyErrorMsg::memory())
    } else {
        Ok(())
    }
}
