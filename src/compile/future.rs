//! `from __future__ import ...`: the features CPython 3.11 knows, and its rules that
//! such imports come first in a module (after the docstring) and name a real feature.

use super::codegen::ErrorStage;
use crate::syntax::ast::{Constant, ExprKind, Loc, Module, Stmt, StmtKind};

/// Every feature name 3.11 accepts. All but `annotations` are the language's behaviour
/// already (`barry_as_FLUFL` is accepted and has no effect).
const FEATURES: &[&str] = &[
    "nested_scopes",
    "generators",
    "division",
    "absolute_import",
    "with_statement",
    "print_function",
    "unicode_literals",
    "barry_as_FLUFL",
    "generator_stop",
    "annotations",
];

/// The features a module turns on.
#[derive(Clone, Copy, Default, Debug)]
pub struct Features {
    /// PEP 563: annotations are stored as strings, not evaluated.
    pub annotations: bool,
}

/// A misplaced or unknown future import: the message and where CPython points.
pub struct FutureError {
    pub msg: String,
    pub loc: Loc,
    pub stage: ErrorStage,
}

fn is_future_import(s: &Stmt<'_>) -> bool {
    matches!(
        s.kind,
        StmtKind::ImportFrom {
            module: Some("__future__"),
            level: 0,
            ..
        }
    )
}

/// Reads the leading future imports of a module and rejects later ones.
pub fn features(module: &Module<'_>) -> Result<Features, FutureError> {
    let mut features = Features::default();
    let mut body = module.body;
    if let Some(Stmt {
        kind: StmtKind::Expr(e),
        ..
    }) = body.first()
        && matches!(e.kind, ExprKind::Constant(Constant::Str(_)))
    {
        body = &body[1..];
    }
    let mut leading = 0;
    for s in body {
        let StmtKind::ImportFrom { names, .. } = s.kind else {
            break;
        };
        if !is_future_import(s) {
            break;
        }
        for alias in names {
            match alias.name {
                "annotations" => features.annotations = true,
                "braces" => return Err(point_error("not a chance", s.loc)),
                n if FEATURES.contains(&n) => {}
                n => {
                    return Err(point_error(
                        &format!("future feature {n} is not defined"),
                        s.loc,
                    ));
                }
            }
        }
        leading += 1;
    }
    let late_msg = "from __future__ imports must occur at the beginning of the file";
    // CPython's future-import check reads on while statements share the line of the
    // first other one, and reports a future import among them at its column (0-based,
    // as it passes it); the compiler rejects any later one, with its range.
    if let Some(first) = body.get(leading) {
        let line = first.loc.line;
        let same_line = body[leading..].iter().take_while(|s| s.loc.line == line);
        if let Some(s) = same_line.skip(1).find(|s| is_future_import(s)) {
            return Err(FutureError {
                msg: late_msg.into(),
                loc: Loc {
                    col: s.loc.col.saturating_sub(1),
                    ..s.loc
                },
                stage: ErrorStage::Future,
            });
        }
    }
    if let Some(late) = body[leading..].iter().find_map(late_future_import) {
        return Err(FutureError {
            msg: late_msg.into(),
            loc: late,
            stage: ErrorStage::Compiler,
        });
    }
    Ok(features)
}

/// A single caret at the start of the statement, as CPython reports these.
fn point_error(msg: &str, loc: Loc) -> FutureError {
    FutureError {
        msg: msg.to_owned(),
        loc: Loc {
            line: loc.line,
            col: loc.col,
            end_line: loc.line,
            end_col: loc.col + 1,
        },
        stage: ErrorStage::Future,
    }
}

/// The location of a future import inside `s` (at any depth).
fn late_future_import(s: &Stmt<'_>) -> Option<Loc> {
    if is_future_import(s) {
        return Some(s.loc);
    }
    let bodies: Vec<&[Stmt<'_>]> = match &s.kind {
        StmtKind::FunctionDef(f) => vec![f.body],
        StmtKind::ClassDef(c) => vec![c.body],
        StmtKind::For { body, orelse, .. }
        | StmtKind::While { body, orelse, .. }
        | StmtKind::If { body, orelse, .. } => vec![body, orelse],
        StmtKind::With { body, .. } => vec![body],
        StmtKind::Match { cases, .. } => cases.iter().map(|c| c.body).collect(),
        StmtKind::Try {
            body,
            handlers,
            orelse,
            finalbody,
        } => {
            let mut v = vec![*body, *orelse, *finalbody];
            v.extend(handlers.iter().map(|h| h.body));
            v
        }
        _ => return None,
    };
    bodies.into_iter().flatten().find_map(late_future_import)
}
