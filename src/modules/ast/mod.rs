//! The native half of the frozen `ast` module: `compile(source, filename, mode,
//! ast.PyCF_ONLY_AST)` (and so `ast.parse`) parses with minipy's parser and turns the
//! tree into objects of the node classes `ast.py` defines.
//!
//! - `nodes.rs`: the conversion state (node classes, shared operator instances, field
//!   names) and the making of one node object;
//! - `stmts.rs`: statements, handlers, `match` cases and patterns;
//! - `exprs.rs`: expressions, parameters, comprehensions, constants;
//! - `func_type.rs`: the `func_type` mode (signature type comments).
//!
//! `compile(tree, filename, mode)` goes the other way: `reader.rs` (with
//! `read_stmts.rs` and `read_exprs.rs`) reads the node objects back into minipy's tree
//! and compiles it.

mod exprs;
mod func_type;
mod nodes;
mod read_exprs;
mod read_stmts;
mod reader;
mod stmts;

pub(crate) use func_type::parse_func_type;
pub(crate) use reader::compile_tree;

use crate::compile::CompileMode;
use crate::heap::Obj;
use crate::syntax::{self, Mode, SyntaxError, SyntaxErrorKind};
use crate::vm::{CompileFailure, PyResult, Vm};

use nodes::Converter;

/// `compile()` flag: return the tree instead of a code object.
pub(crate) const PYCF_ONLY_AST: i64 = 0x400;
/// `compile()` flag: keep `# type:` comments (accepted; minipy's parser drops them).
pub(crate) const PYCF_TYPE_COMMENTS: i64 = 0x1000;
/// `compile()` flag: allow top-level `await` (accepted with `PYCF_ONLY_AST`).
pub(crate) const PYCF_ALLOW_TOP_LEVEL_AWAIT: i64 = 0x2000;

/// Parses `text` and returns the `ast.Module` / `ast.Expression` / `ast.Interactive`
/// object for it; a syntax error is raised as `compile` raises it.
pub(crate) fn parse_to_nodes(
    vm: &mut Vm,
    text: &str,
    filename: &str,
    mode: CompileMode,
) -> PyResult<Obj> {
    let parse_mode = match mode {
        CompileMode::Module => Mode::File,
        CompileMode::Interactive => Mode::Single,
        CompileMode::Eval => Mode::Eval,
    };
    let arena = bumpalo::Bump::new();
    let parsed = syntax::parse(text, parse_mode, &arena).and_then(|m| {
        check_digit_limit(vm, &m)?;
        Ok(m)
    });
    let module = match parsed {
        Ok(m) => m,
        Err(e) => {
            vm.add_source(filename, text);
            return Err(vm.compile_failure_to_exception(CompileFailure::Syntax(e), filename));
        }
    };
    let mut conv = Converter::new(vm, text)?;
    match mode {
        CompileMode::Module => {
            let body = conv.stmts(module.body)?;
            let ignores = conv.vm.new_list(Vec::new())?;
            conv.node("Module", &[("body", body), ("type_ignores", ignores)], None)
        }
        CompileMode::Interactive => {
            let body = conv.stmts(module.body)?;
            conv.node("Interactive", &[("body", body)], None)
        }
        CompileMode::Eval => {
            let body = match module.body.first().map(|s| &s.kind) {
                Some(syntax::ast::StmtKind::Expr(e)) => conv.load(e)?,
                _ => conv.vm.none(),
            };
            conv.node("Expression", &[("body", body)], None)
        }
    }
}

/// A decimal literal longer than `sys.get_int_max_str_digits()` is a SyntaxError, as
/// CPython reports it while building the tree.
fn check_digit_limit(vm: &Vm, m: &syntax::ast::Module) -> Result<(), SyntaxError> {
    let Some((digits, line)) = m.longest_decimal_literal else {
        return Ok(());
    };
    let limit = vm.int_max_str_digits;
    if limit == 0 || digits <= limit {
        return Ok(());
    }
    Err(SyntaxError {
        kind: SyntaxErrorKind::SyntaxError,
        msg: format!(
            "Exceeds the limit ({limit} digits) for integer string conversion: value has \
             {digits} digits; use sys.set_int_max_str_digits() to increase the limit - \
             Consider hexadecimal for huge integer literals to avoid decimal conversion \
             limits."
        ),
        line,
        col: 0,
        end_line: line,
        end_col: 0,
        incomplete: false,
    })
}
