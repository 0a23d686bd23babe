//! Source text to AST: a logos lexer with an indentation layer, and a LALRPOP grammar.
//!
//! The pipeline, one file per step:
//! - `lexer` (with `indent`, `numbers`, `strings` for scanning literals) turns the source
//!   into `tokens`, including NEWLINE/INDENT/DEDENT, with CPython's tokenizer errors;
//! - `parser` runs the grammar generated from `grammar/python.lalrpop`, whose actions
//!   build the AST through `builder` (arena allocation, argument and parameter order),
//!   `validate` (assignment targets and the like) and `fstring` (string concatenation
//!   and f-string fields, whose expressions are parsed by the same grammar);
//! - on failure, `diagnose` (with `token_scan`) reproduces the message and position
//!   CPython 3.11 reports for the same input.
//!
//! `dump` prints an AST the way CPython's `ast.dump` does; the tests compare it with
//! CPython's output.

pub mod ast;
mod builder;
mod diagnose;
pub mod dump;
mod error;
mod fstring;
mod indent;
mod lexer;
mod numbers;
mod parser;
mod patterns;
mod printable;
mod segment;
mod soft_keywords;
mod source_encoding;
mod source_map;
mod strings;
mod token_scan;
mod tokens;
mod validate;

pub use error::{SyntaxError, SyntaxErrorKind, end_column};
pub use segment::{SegmentShape, segment_shape};
pub use source_encoding::{SourceDecodeError, decode_source};

/// What the source is: a whole file, one interactive REPL entry, or an `eval` expression.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Mode {
    File,
    Interactive,
    Eval,
    /// `compile(source, filename, 'single')`: one interactive statement, but the source
    /// is all there is (no prompt waiting for more lines), so errors are the file's.
    Single,
}

/// Parses `source` into an AST allocated in `arena`.
///
/// In `Mode::Eval` the module body holds a single `StmtKind::Expr` statement.
///
/// In `Mode::Interactive` the source is what has been typed at the prompt so far, each
/// line ending with `\n`. An error with `incomplete` set means more lines are needed:
/// the input ended inside brackets, a triple-quoted string, after a backslash, or in a
/// compound statement; a compound statement is only complete once a blank line follows
/// it (as at CPython's prompt).
pub fn parse<'a>(
    source: &str,
    mode: Mode,
    arena: &'a bumpalo::Bump,
) -> Result<ast::Module<'a>, SyntaxError> {
    parser::parse(source, mode, arena)
}
