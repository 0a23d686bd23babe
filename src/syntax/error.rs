//! The error value the front end reports, shaped like CPython's SyntaxError.

use std::fmt;

/// Which exception class CPython would raise.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SyntaxErrorKind {
    SyntaxError,
    IndentationError,
    TabError,
}

impl SyntaxErrorKind {
    pub fn class_name(self) -> &'static str {
        match self {
            SyntaxErrorKind::SyntaxError => "SyntaxError",
            SyntaxErrorKind::IndentationError => "IndentationError",
            SyntaxErrorKind::TabError => "TabError",
        }
    }
}

/// A syntax error with CPython's position conventions: `line` is 1-based, `col` is the
/// 1-based *character* offset of the caret within that line (CPython's `offset`), and
/// `end_col` (also 1-based, exclusive) marks the end of the highlighted range when CPython
/// prints more than one caret; it is 0 where CPython's tokenizer gives no end column, and
/// -1 where the error sits at a token with no position of its own (an INDENT, a DEDENT,
/// the end of the input), as CPython's `end_offset` is then. `incomplete` is true when the input ended inside an open
/// block, bracket or triple-quoted string: the REPL then asks for another line.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SyntaxError {
    pub kind: SyntaxErrorKind,
    pub msg: String,
    pub line: u32,
    pub col: u32,
    pub end_line: u32,
    pub end_col: i32,
    pub incomplete: bool,
}

impl SyntaxError {
    pub fn new(kind: SyntaxErrorKind, msg: impl Into<String>, line: u32, col: u32) -> Self {
        SyntaxError {
            kind,
            msg: msg.into(),
            line,
            col,
            end_line: line,
            end_col: end_column(col).saturating_add(1),
            incomplete: false,
        }
    }
}

/// A 1-based column as an `end_col` (columns past `i32::MAX` are clamped).
pub fn end_column(col: u32) -> i32 {
    i32::try_from(col).unwrap_or(i32::MAX)
}

impl fmt::Display for SyntaxError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{}: {} (line {})",
            self.kind.class_name(),
            self.msg,
            self.line
        )
    }
}
