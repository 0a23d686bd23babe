//! `ast.parse(source, mode='func_type')`: a signature type comment such as
//! `(int, str) -> bool`, as an `ast.FunctionType` node. The text is split at its
//! top-level `->`; both halves are parsed as expressions by minipy's parser, the return
//! type inside parentheses that keep every line and column where the source has them.
//! Starred argument types (`(*int, **str)`) are not supported.

use crate::heap::Obj;
use crate::syntax::ast::{ExprKind, StmtKind};
use crate::syntax::{self, Mode, SyntaxError, SyntaxErrorKind};
use crate::vm::{CompileFailure, PyResult, Vm};

use super::nodes::Converter;

/// The byte offset of the `->` outside brackets, strings and comments, if any.
fn top_level_arrow(text: &str) -> Option<usize> {
    let b = text.as_bytes();
    let mut depth = 0i32;
    let mut i = 0;
    while i < b.len() {
        match b[i] {
            b'(' | b'[' | b'{' => depth += 1,
            b')' | b']' | b'}' => depth -= 1,
            b'#' => {
                while i < b.len() && b[i] != b'\n' {
                    i += 1;
                }
            }
            q @ (b'\'' | b'"') => {
                let triple = b.get(i + 1) == Some(&q) && b.get(i + 2) == Some(&q);
                i += if triple { 3 } else { 1 };
                while i < b.len() {
                    if b[i] == b'\\' {
                        i += 2;
                        continue;
                    }
                    if b[i] == q
                        && (!triple || (b.get(i + 1) == Some(&q) && b.get(i + 2) == Some(&q)))
                    {
                        i += if triple { 2 } else { 0 };
                        break;
                    }
                    i += 1;
                }
            }
            b'-' if depth == 0 && b.get(i + 1) == Some(&b'>') => return Some(i),
            _ => {}
        }
        i += 1;
    }
    None
}

/// `text` with every character but line ends replaced by as many spaces as it has
/// UTF-8 bytes (so that what follows keeps its line and byte column).
fn blank(text: &str) -> String {
    text.chars()
        .map(|c| match c {
            '\n' | '\r' => c.to_string(),
            c => " ".repeat(c.len_utf8()),
        })
        .collect()
}

fn invalid(line: u32, col: u32) -> SyntaxError {
    SyntaxError {
        kind: SyntaxErrorKind::SyntaxError,
        msg: "invalid syntax".to_owned(),
        line,
        col,
        end_line: line,
        end_col: crate::syntax::end_column(col),
        incomplete: false,
    }
}

/// Parses a signature type comment into an `ast.FunctionType` object.
pub(crate) fn parse_func_type(vm: &mut Vm, text: &str, filename: &str) -> PyResult<Obj> {
    let fail = |vm: &mut Vm, e: SyntaxError| {
        vm.add_source(filename, text);
        vm.compile_failure_to_exception(CompileFailure::Syntax(e), filename)
    };
    let Some(arrow) = top_level_arrow(text) else {
        return Err(fail(vm, invalid(1, 1)));
    };
    let (left, right) = (&text[..arrow], &text[arrow + 2..]);
    let trimmed = left.trim_end();
    if !left.starts_with('(') || !trimmed.ends_with(')') {
        return Err(fail(vm, invalid(1, 1)));
    }
    let args_arena = bumpalo::Bump::new();
    let args = match syntax::parse(left, Mode::Eval, &args_arena) {
        Ok(m) => m,
        Err(e) => return Err(fail(vm, e)),
    };
    let returns_text = format!("({}  {right}\n)", blank(&left[1..]));
    let returns_arena = bumpalo::Bump::new();
    let returns = match syntax::parse(&returns_text, Mode::Eval, &returns_arena) {
        Ok(m) => m,
        Err(e) => return Err(fail(vm, e)),
    };
    let mut conv = Converter::new(vm, text)?;
    let argtypes = match args.body.first().map(|s| &s.kind) {
        Some(StmtKind::Expr(e)) => match e.kind {
            ExprKind::Tuple(elts) => conv.list(elts, |c, x| c.load(x))?,
            _ => conv.list(std::slice::from_ref(*e), |c, x| c.load(x))?,
        },
        _ => conv.vm.new_list(Vec::new())?,
    };
    let returns = match returns.body.first().map(|s| &s.kind) {
        Some(StmtKind::Expr(e)) => conv.load(e)?,
        _ => conv.vm.none(),
    };
    conv.node(
        "FunctionType",
        &[("argtypes", argtypes), ("returns", returns)],
        None,
    )
}
