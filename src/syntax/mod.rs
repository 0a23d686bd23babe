//! Source text to AST: a logos lexer with an indentation layer, and a LALRPOP grammar.

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
mod printable;
mod source_map;
mod strings;
mod tokens;
mod validate;

pub use error::{SyntaxError, SyntaxErrorKind};

/// What the source is: a whole file, one interactive REPL entry, or an `eval` expression.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Mode {
    File,
    Interactive,
    Eval,
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
