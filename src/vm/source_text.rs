//! The source text the interpreter keeps for each file it compiled, so that tracebacks,
//! `linecache`-style lookups and the memory profilers can quote lines.
//!
//! The frozen modules' text is part of the executable: it is kept as a reference into
//! the binary (whose pages the kernel may drop and read again) instead of a copy on
//! the heap. A program's own text, read from a file or given as a string, is copied.

use std::ops::Deref;
use std::rc::Rc;

#[derive(Clone)]
pub(crate) enum SourceText {
    /// The text of a module compiled into the interpreter.
    Frozen(&'static str),
    /// Text read at run time.
    Read(Rc<str>),
}

impl Deref for SourceText {
    type Target = str;

    fn deref(&self) -> &str {
        match self {
            SourceText::Frozen(s) => s,
            SourceText::Read(s) => s,
        }
    }
}
