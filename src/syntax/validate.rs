//! Checks on expressions used as targets (assignment, `del`, `for`, `with ... as`,
//! augmented and annotated assignment, `:=`, keyword arguments), with CPython's messages.
//!
//! The grammar parses targets as ordinary expressions; these functions reject the ones
//! CPython's parser rejects. The walk only descends through tuples, lists and starred
//! items, whose nesting requires brackets, so its depth is bounded by the lexer's
//! bracket limit.

use super::ast::{Constant, Expr, ExprKind, UnaryOp};
use super::builder::{Builder, PResult, err_at};

/// Which statement the target belongs to (CPython's TARGETS_TYPE).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TargetKind {
    Assign,
    For,
    Del,
}

/// CPython's `_PyPegen_get_expr_name`: how an expression is named in messages.
pub fn expr_name(e: &Expr) -> &'static str {
    match e.kind {
        ExprKind::Attribute { .. } => "attribute",
        ExprKind::Subscript { .. } => "subscript",
        ExprKind::Starred(_) => "starred",
        ExprKind::Name(_) => "name",
        ExprKind::List(_) => "list",
        ExprKind::Tuple(_) => "tuple",
        ExprKind::Lambda { .. } => "lambda",
        ExprKind::Call { .. } => "function call",
        ExprKind::BoolOp { .. } | ExprKind::BinOp { .. } | ExprKind::UnaryOp { .. } => "expression",
        ExprKind::GeneratorExp { .. } => "generator expression",
        ExprKind::Yield(_) | ExprKind::YieldFrom(_) => "yield expression",
        ExprKind::ListComp { .. } => "list comprehension",
        ExprKind::SetComp { .. } => "set comprehension",
        ExprKind::DictComp { .. } => "dict comprehension",
        ExprKind::Dict { .. } => "dict literal",
        ExprKind::Set(_) => "set display",
        ExprKind::JoinedStr(_) | ExprKind::FormattedValue { .. } => "f-string expression",
        ExprKind::Constant(c) => match c {
            Constant::None => "None",
            Constant::True => "True",
            Constant::False => "False",
            Constant::Ellipsis => "ellipsis",
            _ => "literal",
        },
        ExprKind::Compare { .. } => "comparison",
        ExprKind::IfExp { .. } => "conditional expression",
        ExprKind::NamedExpr { .. } => "named expression",
        ExprKind::Slice { .. } => "slice",
    }
}

/// CPython's `_PyPegen_get_invalid_target`: the first sub-expression that cannot be
/// assigned to (or deleted), if any.
pub fn invalid_target<'e, 'a>(e: &'e Expr<'a>, kind: TargetKind) -> Option<&'e Expr<'a>> {
    // Iterative walk over the tuple/list/starred structure, in source order.
    let mut stack: Vec<&'e Expr<'a>> = vec![e];
    while let Some(e) = stack.pop() {
        match e.kind {
            ExprKind::List(elts) | ExprKind::Tuple(elts) => {
                stack.extend(elts.iter().rev());
            }
            ExprKind::Starred(inner) => {
                if kind == TargetKind::Del {
                    return Some(e);
                }
                stack.push(inner);
            }
            ExprKind::Name(_) | ExprKind::Subscript { .. } | ExprKind::Attribute { .. } => {}
            _ => return Some(e),
        }
    }
    None
}

/// Is `e` something CPython's `bitwise_or` rule can produce (no comparison, boolean
/// operator, `not`, conditional, lambda, starred or yield at its top)?
fn is_bitwise_or_level(e: &Expr) -> bool {
    !matches!(
        e.kind,
        ExprKind::Compare { .. }
            | ExprKind::BoolOp { .. }
            | ExprKind::UnaryOp {
                op: UnaryOp::Not,
                ..
            }
            | ExprKind::IfExp { .. }
            | ExprKind::Lambda { .. }
            | ExprKind::NamedExpr { .. }
            | ExprKind::Starred(_)
            | ExprKind::Yield(_)
            | ExprKind::YieldFrom(_)
    )
}

/// Does the text of `e` start with a `bitwise_or` (rather than `not`, `lambda`, `*` or
/// `yield`)? Follows the leftmost operand down.
fn starts_with_bitwise_or(e: &Expr) -> bool {
    let mut e = e;
    loop {
        match e.kind {
            ExprKind::Tuple(elts) if !elts.is_empty() && elts[0].loc.col == e.loc.col => {
                e = &elts[0]
            }
            ExprKind::BoolOp { values, .. } if !values.is_empty() => e = &values[0],
            ExprKind::Compare { left, .. } => e = left,
            ExprKind::IfExp { body, .. } => e = body,
            ExprKind::Lambda { .. }
            | ExprKind::Starred(_)
            | ExprKind::Yield(_)
            | ExprKind::YieldFrom(_)
            | ExprKind::UnaryOp {
                op: UnaryOp::Not, ..
            } => return false,
            _ => return true,
        }
    }
}

fn is_keyword_constant(e: &Expr) -> bool {
    matches!(
        e.kind,
        ExprKind::Constant(Constant::True | Constant::False | Constant::None)
    )
}

/// Targets of `a = b = value` (all but the value).
pub fn assign_targets<'s, 'a>(
    b: &Builder<'s, 'a>,
    targets: Vec<Expr<'a>>,
    value: &Expr<'a>,
) -> PResult<'s, &'a [Expr<'a>]> {
    for (i, t) in targets.iter().enumerate() {
        if matches!(t.kind, ExprKind::Yield(_) | ExprKind::YieldFrom(_)) {
            return Err(b.error_loc("assignment to yield expression not possible", t.loc));
        }
        if let Some(bad) = invalid_target(t, TargetKind::Assign) {
            // `f() = 1` reads like a mistyped comparison; CPython suggests `==` when the
            // whole statement is `<bitwise_or> = <bitwise_or ...>`.
            let next = targets.get(i + 1).unwrap_or(value);
            let suggest = i == 0
                && targets.len() == 1
                && std::ptr::eq(bad, t)
                && is_bitwise_or_level(t)
                && !matches!(
                    t.kind,
                    ExprKind::List(_) | ExprKind::Tuple(_) | ExprKind::GeneratorExp { .. }
                )
                && !is_keyword_constant(t)
                && starts_with_bitwise_or(next);
            let msg = if suggest {
                format!(
                    "cannot assign to {} here. Maybe you meant '==' instead of '='?",
                    expr_name(bad)
                )
            } else {
                format!("cannot assign to {}", expr_name(bad))
            };
            return Err(b.error_loc(&msg, bad.loc));
        }
    }
    Ok(b.exprs(targets))
}

pub fn del_targets<'s, 'a>(b: &Builder<'s, 'a>, target: Expr<'a>) -> PResult<'s, &'a [Expr<'a>]> {
    if let Some(bad) = invalid_target(&target, TargetKind::Del) {
        return Err(b.error_loc(&format!("cannot delete {}", expr_name(bad)), bad.loc));
    }
    // `del a, b` deletes two targets; `del (a, b)` deletes one tuple target.
    match target.kind {
        ExprKind::Tuple(elts) if !b.is_parenthesized_tuple(target.loc) => Ok(elts),
        _ => Ok(b.exprs(vec![target])),
    }
}

pub fn for_target<'s, 'a>(b: &Builder<'s, 'a>, target: Expr<'a>) -> PResult<'s, Expr<'a>> {
    if let Some(bad) = invalid_target(&target, TargetKind::For) {
        return Err(b.error_loc(&format!("cannot assign to {}", expr_name(bad)), bad.loc));
    }
    Ok(target)
}

pub fn with_target<'s, 'a>(b: &Builder<'s, 'a>, target: Expr<'a>) -> PResult<'s, Expr<'a>> {
    if let Some(bad) = invalid_target(&target, TargetKind::Assign) {
        return Err(b.error_loc(&format!("cannot assign to {}", expr_name(bad)), bad.loc));
    }
    Ok(target)
}

pub fn aug_target<'s, 'a>(b: &Builder<'s, 'a>, target: Expr<'a>) -> PResult<'s, Expr<'a>> {
    match target.kind {
        ExprKind::Name(_) | ExprKind::Attribute { .. } | ExprKind::Subscript { .. } => Ok(target),
        _ => Err(b.error_loc(
            &format!(
                "'{}' is an illegal expression for augmented assignment",
                expr_name(&target)
            ),
            target.loc,
        )),
    }
}

/// Checks an annotated-assignment target; returns CPython's `simple` flag (a bare name
/// not written in parentheses). `stmt_start` is the offset where the statement starts.
pub fn ann_target<'s, 'a>(
    b: &Builder<'s, 'a>,
    target: &Expr<'a>,
    stmt_start: usize,
) -> PResult<'s, bool> {
    match target.kind {
        ExprKind::Name(_) => {
            let (line, col) = b.map.line_col(stmt_start);
            Ok(target.loc.line == line && target.loc.col == col)
        }
        ExprKind::Attribute { .. } | ExprKind::Subscript { .. } => Ok(false),
        ExprKind::Tuple(elts) if !b.is_parenthesized_tuple(target.loc) => {
            let at = elts.first().map(|e| e.loc).unwrap_or(target.loc);
            Err(b.error_loc("only single target (not tuple) can be annotated", at))
        }
        ExprKind::Tuple(_) | ExprKind::List(_) => Err(b.error_loc(
            &format!(
                "only single target (not {}) can be annotated",
                expr_name(target)
            ),
            target.loc,
        )),
        _ => Err(b.error_loc("illegal target for annotation", target.loc)),
    }
}

/// The target of `:=` must be a plain name.
pub fn walrus_target<'s>(b: &Builder<'s, '_>, target: &Expr) -> PResult<'s, ()> {
    match target.kind {
        ExprKind::Name(_) => Ok(()),
        _ => Err(b.error_loc(
            &format!(
                "cannot use assignment expressions with {}",
                expr_name(target)
            ),
            target.loc,
        )),
    }
}

/// The name of a keyword argument `name=value`: the left side must be a bare name.
/// `start` is where the argument starts (before any parentheses), `eq_end` where its `=`
/// ends.
pub fn keyword_name<'s, 'a>(
    b: &Builder<'s, 'a>,
    name: &Expr<'a>,
    start: usize,
    eq_end: usize,
) -> PResult<'s, &'a str> {
    let name_start = b.offset(name.loc.line, name.loc.col);
    match name.kind {
        ExprKind::Name(id) if name_start == start => Ok(id),
        ExprKind::Constant(Constant::True | Constant::False | Constant::None)
            if name_start == start =>
        {
            Err(err_at(
                b,
                &format!("cannot assign to {}", expr_name(name)),
                name_start,
                eq_end,
            ))
        }
        _ => Err(err_at(
            b,
            "expression cannot contain assignment, perhaps you meant \"==\"?",
            name_start,
            eq_end,
        )),
    }
}
