//! Source text to AST: a logos lexer with an indentation layer, and a LALRPOP grammar.

pub mod ast;
mod error;

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
pub fn parse<'a>(
    source: &str,
    mode: Mode,
    arena: &'a bumpalo::Bump,
) -> Result<ast::Module<'a>, SyntaxError> {
    let _ = (source, mode, arena);
    Err(SyntaxError::new(
        SyntaxErrorKind::SyntaxError,
        "parser not built yet",
        1,
        1,
    ))
}
