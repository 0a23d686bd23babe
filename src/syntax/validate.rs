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
        ExprKind::Await(_) => "await expression",
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

/// Targets of `a = b = value` (all but the value). `stmt_start` is where the statement
/// starts.
pub fn assign_targets<'s, 'a>(
    b: &Builder<'s, 'a>,
    targets: Vec<Expr<'a>>,
    value: &Expr<'a>,
    stmt_start: usize,
) -> PResult<'s, &'a [Expr<'a>]> {
    let mut first_bad = None;
    for t in &targets {
        let bad = if matches!(t.kind, ExprKind::Yield(_) | ExprKind::YieldFrom(_)) {
            Some(t)
        } else {
            invalid_target(t, TargetKind::Assign)
        };
        if let Some(bad) = bad {
            first_bad = Some((t, bad));
            break;
        }
    }
    let Some((target, bad)) = first_bad else {
        return Ok(b.exprs(targets));
    };
    if let Some(err) = mistyped_comparison(b, &targets, value, stmt_start) {
        return Err(err);
    }
    if std::ptr::eq(target, bad) && matches!(bad.kind, ExprKind::Yield(_) | ExprKind::YieldFrom(_))
    {
        return Err(b.error_loc("assignment to yield expression not possible", bad.loc));
    }
    Err(b.error_loc(&format!("cannot assign to {}", expr_name(bad)), bad.loc))
}

/// Is `e` written inside parentheses of its own (the source before it, ignoring
/// whitespace, is an opening parenthesis)?
fn in_parentheses(b: &Builder, e: &Expr) -> bool {
    let start = b.offset(e.loc.line, e.loc.col);
    let before = b.map.text().get(..start).unwrap_or("");
    before.trim_end().ends_with('(')
}

/// CPython's "bitwise_or" level: what can stand on either side of a mistyped `=`.
fn is_bitwise_or(b: &Builder, e: &Expr) -> bool {
    match e.kind {
        ExprKind::Tuple(_) => b.is_parenthesized_tuple(e.loc),
        _ => is_bitwise_or_level(e) || in_parentheses(b, e),
    }
}

/// The `bitwise_or` that a value starts with, if it starts with one.
fn leading_bitwise_or<'e, 'a>(b: &Builder, e: &'e Expr<'a>) -> Option<&'e Expr<'a>> {
    let mut e = e;
    loop {
        if is_bitwise_or(b, e) {
            return Some(e);
        }
        e = match e.kind {
            ExprKind::Tuple(elts) => elts.first()?,
            ExprKind::BoolOp { values, .. } => values.first()?,
            ExprKind::Compare { left, .. } => left,
            ExprKind::IfExp { body, .. } => body,
            _ => return None,
        };
    }
}

/// Does the source of `e` start with a list display, a parenthesised tuple, a generator
/// expression or `True`/`False`/`None` (which CPython's hint rule excludes)?
pub fn starts_with_excluded_atom(b: &Builder, e: &Expr) -> bool {
    let mut e = e;
    loop {
        match e.kind {
            ExprKind::List(_) | ExprKind::GeneratorExp { .. } => return true,
            ExprKind::Tuple(_) => return b.is_parenthesized_tuple(e.loc),
            ExprKind::Constant(Constant::True | Constant::False | Constant::None) => return true,
            ExprKind::Call { func: inner, .. }
            | ExprKind::Attribute { value: inner, .. }
            | ExprKind::Subscript { value: inner, .. }
            | ExprKind::BinOp { left: inner, .. }
                if !in_parentheses(b, e) =>
            {
                e = inner;
            }
            _ => return false,
        }
    }
}

/// CPython re-reads the start of an invalid assignment as a named expression, and a
/// `<target> = <value>` there reads like a mistyped comparison: it then suggests `==`
/// (or `:=` after a plain name) instead of reporting the invalid target.
fn mistyped_comparison<'s, 'a>(
    b: &Builder<'s, 'a>,
    targets: &[Expr<'a>],
    value: &Expr<'a>,
    stmt_start: usize,
) -> Option<super::builder::PError<'s>> {
    let first = targets.first()?;
    // The part of the first target directly before the first `=`.
    let before_eq = match first.kind {
        ExprKind::Tuple(elts) if !b.is_parenthesized_tuple(first.loc) => {
            let last = elts.last()?;
            if (last.loc.end_line, last.loc.end_col) != (first.loc.end_line, first.loc.end_col) {
                return None; // a trailing comma stands before the `=`
            }
            last
        }
        _ => first,
    };
    if matches!(before_eq.kind, ExprKind::Starred(_)) || !is_bitwise_or(b, before_eq) {
        return None;
    }
    let next = targets.get(1).unwrap_or(value);
    let rhs = leading_bitwise_or(b, next)?;
    if targets.len() > 1 && std::ptr::eq(rhs, next) {
        return None; // `<rhs> =` follows: a chained assignment, not a comparison
    }
    let first_start = b.offset(before_eq.loc.line, before_eq.loc.col);
    let bare_name = matches!(before_eq.kind, ExprKind::Name(_))
        && !(std::ptr::eq(before_eq, first) && first_start != stmt_start)
        && !in_parentheses(b, before_eq);
    if bare_name {
        return Some(b.error_between(
            "invalid syntax. Maybe you meant '==' or ':=' instead of '='?",
            before_eq.loc,
            rhs.loc,
        ));
    }
    if starts_with_excluded_atom(b, before_eq) {
        return None;
    }
    Some(b.error_loc(
        &format!(
            "cannot assign to {} here. Maybe you meant '==' instead of '='?",
            expr_name(before_eq)
        ),
        before_eq.loc,
    ))
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
