//! Expressions back to source text, as CPython's `ast_unparse.c` writes them: the
//! strings that `from __future__ import annotations` stores in `__annotations__`
//! (`Dict[str, int]`, `int | None`, `'(int, str)'`).

use crate::syntax::ast::{
    Arguments, BinOp, BoolOp, CmpOp, Comprehension, Constant, Expr, ExprKind, UnaryOp,
};

// Precedence levels, lowest first (CPython's `PR_*`).
const TUPLE: u8 = 0;
const TEST: u8 = 1;
const OR: u8 = 2;
const AND: u8 = 3;
const NOT: u8 = 4;
const CMP: u8 = 5;
const EXPR: u8 = 6;
const BOR: u8 = EXPR;
const BXOR: u8 = 7;
const BAND: u8 = 8;
const SHIFT: u8 = 9;
const ARITH: u8 = 10;
const TERM: u8 = 11;
const FACTOR: u8 = 12;
const POWER: u8 = 13;
const AWAIT: u8 = 14;
const ATOM: u8 = 15;

/// The source text of an annotation.
pub fn annotation_text(e: &Expr<'_>) -> String {
    let mut out = String::new();
    expr(&mut out, e, TEST);
    out
}

fn binop(op: BinOp) -> (&'static str, u8) {
    match op {
        BinOp::Add => (" + ", ARITH),
        BinOp::Sub => (" - ", ARITH),
        BinOp::Mult => (" * ", TERM),
        BinOp::MatMult => (" @ ", TERM),
        BinOp::Div => (" / ", TERM),
        BinOp::Mod => (" % ", TERM),
        BinOp::FloorDiv => (" // ", TERM),
        BinOp::Pow => (" ** ", POWER),
        BinOp::LShift => (" << ", SHIFT),
        BinOp::RShift => (" >> ", SHIFT),
        BinOp::BitOr => (" | ", BOR),
        BinOp::BitXor => (" ^ ", BXOR),
        BinOp::BitAnd => (" & ", BAND),
    }
}

fn cmpop(op: CmpOp) -> &'static str {
    match op {
        CmpOp::Eq => " == ",
        CmpOp::NotEq => " != ",
        CmpOp::Lt => " < ",
        CmpOp::LtE => " <= ",
        CmpOp::Gt => " > ",
        CmpOp::GtE => " >= ",
        CmpOp::Is => " is ",
        CmpOp::IsNot => " is not ",
        CmpOp::In => " in ",
        CmpOp::NotIn => " not in ",
    }
}

fn open(out: &mut String, level: u8, pr: u8) {
    if level > pr {
        out.push('(');
    }
}

fn close(out: &mut String, level: u8, pr: u8) {
    if level > pr {
        out.push(')');
    }
}

fn list(out: &mut String, items: &[Expr<'_>], level: u8) {
    for (i, e) in items.iter().enumerate() {
        if i > 0 {
            out.push_str(", ");
        }
        expr(out, e, level);
    }
}

fn expr(out: &mut String, e: &Expr<'_>, level: u8) {
    match &e.kind {
        ExprKind::BoolOp { op, values } => {
            let (sep, pr) = match op {
                BoolOp::And => (" and ", AND),
                BoolOp::Or => (" or ", OR),
            };
            open(out, level, pr);
            for (i, v) in values.iter().enumerate() {
                if i > 0 {
                    out.push_str(sep);
                }
                expr(out, v, pr + 1);
            }
            close(out, level, pr);
        }
        ExprKind::NamedExpr { target, value } => {
            open(out, level, TUPLE);
            expr(out, target, ATOM);
            out.push_str(" := ");
            expr(out, value, ATOM);
            close(out, level, TUPLE);
        }
        ExprKind::BinOp { left, op, right } => {
            let (sym, pr) = binop(*op);
            let right_assoc = u8::from(*op == BinOp::Pow);
            open(out, level, pr);
            expr(out, left, pr + right_assoc);
            out.push_str(sym);
            expr(out, right, pr + 1 - right_assoc);
            close(out, level, pr);
        }
        ExprKind::UnaryOp { op, operand } => {
            let (sym, pr) = match op {
                UnaryOp::Not => ("not ", NOT),
                UnaryOp::Invert => ("~", FACTOR),
                UnaryOp::UAdd => ("+", FACTOR),
                UnaryOp::USub => ("-", FACTOR),
            };
            open(out, level, pr);
            out.push_str(sym);
            expr(out, operand, pr);
            close(out, level, pr);
        }
        ExprKind::Lambda { args, body } => {
            open(out, level, TEST);
            if arguments_empty(args) {
                out.push_str("lambda: ");
            } else {
                out.push_str("lambda ");
                arguments(out, args);
                out.push_str(": ");
            }
            expr(out, body, TEST);
            close(out, level, TEST);
        }
        ExprKind::IfExp { test, body, orelse } => {
            open(out, level, TEST);
            expr(out, body, TEST + 1);
            out.push_str(" if ");
            expr(out, test, TEST + 1);
            out.push_str(" else ");
            expr(out, orelse, TEST);
            close(out, level, TEST);
        }
        ExprKind::Dict { keys, values } => {
            out.push('{');
            for (i, (k, v)) in keys.iter().zip(values.iter()).enumerate() {
                if i > 0 {
                    out.push_str(", ");
                }
                match k {
                    Some(k) => {
                        expr(out, k, TEST);
                        out.push_str(": ");
                        expr(out, v, TEST);
                    }
                    None => {
                        out.push_str("**");
                        expr(out, v, EXPR);
                    }
                }
            }
            out.push('}');
        }
        ExprKind::Set(items) => {
            if items.is_empty() {
                out.push_str("{*()}");
            } else {
                out.push('{');
                list(out, items, TEST);
                out.push('}');
            }
        }
        ExprKind::ListComp { elt, generators } => {
            out.push('[');
            expr(out, elt, TEST);
            comprehensions(out, generators);
            out.push(']');
        }
        ExprKind::SetComp { elt, generators } => {
            out.push('{');
            expr(out, elt, TEST);
            comprehensions(out, generators);
            out.push('}');
        }
        ExprKind::DictComp {
            key,
            value,
            generators,
        } => {
            out.push('{');
            expr(out, key, TEST);
            out.push_str(": ");
            expr(out, value, TEST);
            comprehensions(out, generators);
            out.push('}');
        }
        ExprKind::GeneratorExp { elt, generators } => {
            out.push('(');
            expr(out, elt, TEST);
            comprehensions(out, generators);
            out.push(')');
        }
        ExprKind::Yield(v) => {
            open(out, level, ATOM);
            out.push_str("yield");
            if let Some(v) = v {
                out.push(' ');
                expr(out, v, TUPLE);
            }
            close(out, level, ATOM);
        }
        ExprKind::YieldFrom(v) => {
            open(out, level, ATOM);
            out.push_str("yield from ");
            expr(out, v, TUPLE);
            close(out, level, ATOM);
        }
        ExprKind::Await(v) => {
            open(out, level, AWAIT);
            out.push_str("await ");
            expr(out, v, ATOM);
            close(out, level, AWAIT);
        }
        ExprKind::Compare {
            left,
            ops,
            comparators,
        } => {
            open(out, level, CMP);
            expr(out, left, CMP + 1);
            for (op, c) in ops.iter().zip(comparators.iter()) {
                out.push_str(cmpop(*op));
                expr(out, c, CMP + 1);
            }
            close(out, level, CMP);
        }
        ExprKind::Call {
            func,
            args,
            keywords,
        } => {
            expr(out, func, ATOM);
            if let [only] = args
                && keywords.is_empty()
                && matches!(only.kind, ExprKind::GeneratorExp { .. })
            {
                // `f(x for x in y)`: the generator's own parentheses suffice.
                expr(out, only, TEST);
                return;
            }
            out.push('(');
            let mut first = true;
            for a in *args {
                if !first {
                    out.push_str(", ");
                }
                first = false;
                expr(out, a, TEST);
            }
            for k in *keywords {
                if !first {
                    out.push_str(", ");
                }
                first = false;
                match k.name {
                    Some(n) => {
                        out.push_str(n);
                        out.push('=');
                        expr(out, k.value, TEST);
                    }
                    None => {
                        out.push_str("**");
                        expr(out, k.value, EXPR);
                    }
                }
            }
            out.push(')');
        }
        ExprKind::FormattedValue { .. } | ExprKind::JoinedStr(_) => {
            let mut body = String::new();
            fstring_body(&mut body, e);
            out.push('f');
            out.push_str(&crate::text::repr::str_repr(&body));
        }
        ExprKind::Constant(c) => constant(out, c),
        ExprKind::Attribute { value, attr } => {
            expr(out, value, ATOM);
            // `1 .real`: an int literal needs a space before the dot.
            if matches!(
                value.kind,
                ExprKind::Constant(Constant::Int(_) | Constant::BigInt(_))
            ) {
                out.push(' ');
            }
            out.push('.');
            out.push_str(attr);
        }
        ExprKind::Subscript { value, slice } => {
            expr(out, value, ATOM);
            out.push('[');
            match &slice.kind {
                ExprKind::Tuple(items) if !items.is_empty() => {
                    list(out, items, TEST);
                    if items.len() == 1 {
                        out.push(',');
                    }
                }
                _ => expr(out, slice, TUPLE),
            }
            out.push(']');
        }
        ExprKind::Starred(v) => {
            out.push('*');
            expr(out, v, EXPR);
        }
        ExprKind::Name(n) => out.push_str(n),
        ExprKind::List(items) => {
            out.push('[');
            list(out, items, TEST);
            out.push(']');
        }
        ExprKind::Tuple(items) => {
            if items.is_empty() {
                out.push_str("()");
                return;
            }
            open(out, level, TUPLE);
            list(out, items, TEST);
            if items.len() == 1 {
                out.push(',');
            }
            close(out, level, TUPLE);
        }
        ExprKind::Slice { lower, upper, step } => {
            if let Some(l) = lower {
                expr(out, l, TEST);
            }
            out.push(':');
            if let Some(u) = upper {
                expr(out, u, TEST);
            }
            if let Some(s) = step {
                out.push(':');
                expr(out, s, TEST);
            }
        }
    }
}

fn constant(out: &mut String, c: &Constant<'_>) {
    match c {
        Constant::None => out.push_str("None"),
        Constant::True => out.push_str("True"),
        Constant::False => out.push_str("False"),
        Constant::Ellipsis => out.push_str("..."),
        Constant::Int(i) => out.push_str(&i.to_string()),
        Constant::BigInt(digits) => out.push_str(digits),
        Constant::Float(f) => out.push_str(&float_text(*f)),
        Constant::Imaginary(f) => {
            out.push_str(&float_text(*f));
            out.push('j');
        }
        Constant::Str(s) => out.push_str(&crate::text::repr::str_repr(s)),
        Constant::StrWtf8(s) => out.push_str(&crate::text::repr::wtf8_repr(s)),
        Constant::Bytes(b) => out.push_str(&crate::text::bytes_repr::bytes_repr(b)),
    }
}

/// A float literal's repr; infinity (an overflowing literal) is written `1e309`.
fn float_text(f: f64) -> String {
    if f.is_infinite() {
        "1e309".to_owned()
    } else {
        crate::format::float_repr::float_repr(f)
    }
}

/// The text between the quotes of an f-string: literal parts with braces doubled,
/// fields as `{expr!c:spec}`.
fn fstring_body(out: &mut String, e: &Expr<'_>) {
    match &e.kind {
        ExprKind::JoinedStr(parts) => {
            for p in *parts {
                fstring_body(out, p);
            }
        }
        ExprKind::Constant(Constant::Str(s)) => {
            out.push_str(&s.replace('{', "{{").replace('}', "}}"));
        }
        ExprKind::FormattedValue {
            value,
            conversion,
            format_spec,
        } => {
            let mut inner = String::new();
            expr(&mut inner, value, TEST + 1);
            out.push('{');
            if inner.starts_with('{') {
                // `{ {1: 2}}`: a space keeps the field from reading as an escaped brace.
                out.push(' ');
            }
            out.push_str(&inner);
            if let Some(c) = conversion {
                out.push('!');
                out.push(*c);
            }
            if let Some(spec) = format_spec {
                out.push(':');
                fstring_body(out, spec);
            }
            out.push('}');
        }
        _ => expr(out, e, TEST + 1),
    }
}

fn comprehensions(out: &mut String, generators: &[Comprehension<'_>]) {
    for g in generators {
        out.push_str(if g.is_async { " async for " } else { " for " });
        expr(out, g.target, TUPLE);
        out.push_str(" in ");
        expr(out, g.iter, TEST + 1);
        for cond in g.ifs {
            out.push_str(" if ");
            expr(out, cond, TEST + 1);
        }
    }
}

fn arguments_empty(a: &Arguments<'_>) -> bool {
    a.posonlyargs.is_empty()
        && a.args.is_empty()
        && a.vararg.is_none()
        && a.kwonlyargs.is_empty()
        && a.kwarg.is_none()
}

/// A lambda's parameter list: `a, b=1, /, c, *d, e=2, **f`.
fn arguments(out: &mut String, a: &Arguments<'_>) {
    let mut first = true;
    let mut sep = |out: &mut String| {
        if !first {
            out.push_str(", ");
        }
        first = false;
    };
    let positional: Vec<_> = a.posonlyargs.iter().chain(a.args.iter()).collect();
    let first_default = positional.len().saturating_sub(a.defaults.len());
    for (i, p) in positional.iter().enumerate() {
        sep(out);
        out.push_str(p.name);
        if i >= first_default {
            out.push('=');
            expr(out, &a.defaults[i - first_default], TEST);
        }
        if i + 1 == a.posonlyargs.len() {
            out.push_str(", /");
        }
    }
    if a.vararg.is_some() || !a.kwonlyargs.is_empty() {
        sep(out);
        out.push('*');
        if let Some(v) = a.vararg {
            out.push_str(v.name);
        }
    }
    for (k, d) in a.kwonlyargs.iter().zip(a.kw_defaults.iter()) {
        sep(out);
        out.push_str(k.name);
        if let Some(d) = d {
            out.push('=');
            expr(out, d, TEST);
        }
    }
    if let Some(k) = a.kwarg {
        sep(out);
        out.push_str("**");
        out.push_str(k.name);
    }
}
