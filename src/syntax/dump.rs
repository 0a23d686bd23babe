//! Prints an AST exactly as CPython 3.11's `ast.dump(tree)` (or
//! `ast.dump(tree, include_attributes=True)`) prints the tree `ast.parse` returns, so the
//! parser can be compared against CPython text for text.
//!
//! The expression context (`ctx=Load()` / `Store()` / `Del()`), which this AST does not
//! store, is derived from where the expression sits.
//!
//! The printer recurses over the tree; it is meant for tests and debugging, and prints
//! `...` instead of descending below `MAX_DEPTH` levels.

use std::fmt::Write;

use super::printable::is_printable;

use super::ast::{
    Alias, Arg, Arguments, BinOp, BoolOp, CmpOp, Comprehension, Constant, ExceptHandler, Expr,
    ExprKind, Keyword, Loc, MatchCase, Module, Pattern, PatternKind, Stmt, StmtKind, UnaryOp,
    WithItem,
};

const MAX_DEPTH: usize = 1000;

#[derive(Clone, Copy, PartialEq, Eq)]
enum Ctx {
    Load,
    Store,
    Del,
}

impl Ctx {
    fn name(self) -> &'static str {
        match self {
            Ctx::Load => "Load()",
            Ctx::Store => "Store()",
            Ctx::Del => "Del()",
        }
    }
}

/// `ast.dump(module)`.
pub fn dump_module(module: &Module, include_attributes: bool) -> String {
    let mut d = Dumper {
        out: String::new(),
        attrs: include_attributes,
        depth: 0,
    };
    d.out.push_str("Module(body=");
    d.stmts(module.body);
    d.out.push_str(", type_ignores=[])");
    d.out
}

struct Dumper {
    out: String,
    attrs: bool,
    depth: usize,
}

/// Python's `repr()` of a str.
pub fn repr_str(s: &str) -> String {
    let quote = if s.contains('\'') && !s.contains('"') {
        '"'
    } else {
        '\''
    };
    let mut out = String::with_capacity(s.len() + 2);
    out.push(quote);
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if c == quote => {
                out.push('\\');
                out.push(c);
            }
            c if !is_printable(c) => {
                let cp = c as u32;
                if cp < 0x100 {
                    let _ = write!(out, "\\x{cp:02x}");
                } else if cp < 0x10000 {
                    let _ = write!(out, "\\u{cp:04x}");
                } else {
                    let _ = write!(out, "\\U{cp:08x}");
                }
            }
            c => out.push(c),
        }
    }
    out.push(quote);
    out
}

/// Python's `repr()` of a bytes object.
pub fn repr_bytes(b: &[u8]) -> String {
    let quote = if b.contains(&b'\'') && !b.contains(&b'"') {
        b'"'
    } else {
        b'\''
    };
    let mut out = String::from("b");
    out.push(quote as char);
    for &c in b {
        match c {
            b'\\' => out.push_str("\\\\"),
            b'\n' => out.push_str("\\n"),
            b'\r' => out.push_str("\\r"),
            b'\t' => out.push_str("\\t"),
            c if c == quote => {
                out.push('\\');
                out.push(c as char);
            }
            0x20..=0x7e => out.push(c as char),
            c => {
                let _ = write!(out, "\\x{c:02x}");
            }
        }
    }
    out.push(quote as char);
    out
}

/// Python's `repr()` of a float.
pub fn repr_float(f: f64) -> String {
    if f.is_nan() {
        return "nan".into();
    }
    if f.is_infinite() {
        return if f > 0.0 { "inf" } else { "-inf" }.into();
    }
    // Shortest round-trip digits, in scientific form: "d.ddde[-]x".
    let sci = format!("{f:e}");
    let (mantissa, exp) = sci.split_once('e').unwrap_or((&sci, "0"));
    let exp: i32 = exp.parse().unwrap_or(0);
    let negative = mantissa.starts_with('-');
    let digits: String = mantissa.chars().filter(|c| c.is_ascii_digit()).collect();
    let mut out = String::new();
    if negative {
        out.push('-');
    }
    if (-4..16).contains(&exp) {
        if exp < 0 {
            out.push_str("0.");
            for _ in 0..(-exp - 1) {
                out.push('0');
            }
            out.push_str(&digits);
        } else {
            let int_len = exp as usize + 1;
            if digits.len() <= int_len {
                out.push_str(&digits);
                for _ in digits.len()..int_len {
                    out.push('0');
                }
                out.push_str(".0");
            } else {
                out.push_str(&digits[..int_len]);
                out.push('.');
                out.push_str(&digits[int_len..]);
            }
        }
    } else {
        out.push_str(&digits[..1]);
        if digits.len() > 1 {
            out.push('.');
            out.push_str(&digits[1..]);
        }
        let sign = if exp < 0 { '-' } else { '+' };
        let _ = write!(out, "e{sign}{:02}", exp.abs());
    }
    out
}

fn repr_constant(c: &Constant) -> String {
    match c {
        Constant::None => "None".into(),
        Constant::True => "True".into(),
        Constant::False => "False".into(),
        Constant::Ellipsis => "Ellipsis".into(),
        Constant::Int(i) => i.to_string(),
        Constant::BigInt(s) => (*s).to_string(),
        Constant::Float(f) => repr_float(*f),
        Constant::Imaginary(f) => {
            let r = repr_float(*f);
            format!("{}j", r.strip_suffix(".0").unwrap_or(&r))
        }
        Constant::Str(s) => repr_str(s),
        Constant::StrWtf8(s) => crate::text::repr::wtf8_repr(s),
        Constant::Bytes(b) => repr_bytes(b),
    }
}

fn binop_name(op: BinOp) -> &'static str {
    match op {
        BinOp::Add => "Add()",
        BinOp::Sub => "Sub()",
        BinOp::Mult => "Mult()",
        BinOp::MatMult => "MatMult()",
        BinOp::Div => "Div()",
        BinOp::Mod => "Mod()",
        BinOp::Pow => "Pow()",
        BinOp::LShift => "LShift()",
        BinOp::RShift => "RShift()",
        BinOp::BitOr => "BitOr()",
        BinOp::BitXor => "BitXor()",
        BinOp::BitAnd => "BitAnd()",
        BinOp::FloorDiv => "FloorDiv()",
    }
}

fn cmpop_name(op: CmpOp) -> &'static str {
    match op {
        CmpOp::Eq => "Eq()",
        CmpOp::NotEq => "NotEq()",
        CmpOp::Lt => "Lt()",
        CmpOp::LtE => "LtE()",
        CmpOp::Gt => "Gt()",
        CmpOp::GtE => "GtE()",
        CmpOp::Is => "Is()",
        CmpOp::IsNot => "IsNot()",
        CmpOp::In => "In()",
        CmpOp::NotIn => "NotIn()",
    }
}

impl Dumper {
    fn s(&mut self, text: &str) {
        self.out.push_str(text);
    }

    fn loc(&mut self, loc: Loc) {
        if self.attrs {
            let _ = write!(
                self.out,
                ", lineno={}, col_offset={}, end_lineno={}, end_col_offset={}",
                loc.line, loc.col, loc.end_line, loc.end_col
            );
        }
    }

    fn list<T>(&mut self, items: &[T], mut each: impl FnMut(&mut Self, &T)) {
        self.s("[");
        for (i, item) in items.iter().enumerate() {
            if i > 0 {
                self.s(", ");
            }
            each(self, item);
        }
        self.s("]");
    }

    fn stmts(&mut self, body: &[Stmt]) {
        self.list(body, |d, s| d.stmt(s));
    }

    fn exprs(&mut self, items: &[Expr], ctx: Ctx) {
        self.list(items, |d, e| d.expr(e, ctx));
    }

    fn opt_field(&mut self, name: &str, e: Option<&Expr>, ctx: Ctx) {
        if let Some(e) = e {
            let _ = write!(self.out, ", {name}=");
            self.expr(e, ctx);
        }
    }

    fn ident_list(&mut self, names: &[&str]) {
        self.list(names, |d, n| {
            let r = repr_str(n);
            d.s(&r);
        });
    }

    fn stmt(&mut self, stmt: &Stmt) {
        use Ctx::{Del, Load, Store};
        match stmt.kind {
            StmtKind::FunctionDef(f) => {
                let kind = if f.is_async {
                    "AsyncFunctionDef"
                } else {
                    "FunctionDef"
                };
                let _ = write!(self.out, "{kind}(name={}, args=", repr_str(f.name));
                self.arguments(f.args);
                self.s(", body=");
                self.stmts(f.body);
                self.s(", decorator_list=");
                self.exprs(f.decorators, Load);
                self.opt_field("returns", f.returns, Load);
            }
            StmtKind::ClassDef(c) => {
                let _ = write!(self.out, "ClassDef(name={}, bases=", repr_str(c.name));
                self.exprs(c.bases, Load);
                self.s(", keywords=");
                self.list(c.keywords, |d, k| d.keyword(k));
                self.s(", body=");
                self.stmts(c.body);
                self.s(", decorator_list=");
                self.exprs(c.decorators, Load);
            }
            StmtKind::Return(v) => {
                self.s("Return(");
                if let Some(v) = v {
                    self.s("value=");
                    self.expr(v, Load);
                }
            }
            StmtKind::Delete(targets) => {
                self.s("Delete(targets=");
                self.exprs(targets, Del);
            }
            StmtKind::Assign { targets, value } => {
                self.s("Assign(targets=");
                self.exprs(targets, Store);
                self.s(", value=");
                self.expr(value, Load);
            }
            StmtKind::AugAssign { target, op, value } => {
                self.s("AugAssign(target=");
                self.expr(target, Store);
                let _ = write!(self.out, ", op={}, value=", binop_name(op));
                self.expr(value, Load);
            }
            StmtKind::AnnAssign {
                target,
                annotation,
                value,
                simple,
            } => {
                self.s("AnnAssign(target=");
                self.expr(target, Store);
                self.s(", annotation=");
                self.expr(annotation, Load);
                self.opt_field("value", value, Load);
                let _ = write!(self.out, ", simple={}", u8::from(simple));
            }
            StmtKind::For {
                target,
                iter,
                body,
                orelse,
                is_async,
            } => {
                self.s(if is_async {
                    "AsyncFor(target="
                } else {
                    "For(target="
                });
                self.expr(target, Store);
                self.s(", iter=");
                self.expr(iter, Load);
                self.s(", body=");
                self.stmts(body);
                self.s(", orelse=");
                self.stmts(orelse);
            }
            StmtKind::While { test, body, orelse } => {
                self.s("While(test=");
                self.expr(test, Load);
                self.s(", body=");
                self.stmts(body);
                self.s(", orelse=");
                self.stmts(orelse);
            }
            StmtKind::If { test, body, orelse } => {
                self.s("If(test=");
                self.expr(test, Load);
                self.s(", body=");
                self.stmts(body);
                self.s(", orelse=");
                self.stmts(orelse);
            }
            StmtKind::With {
                items,
                body,
                is_async,
            } => {
                self.s(if is_async {
                    "AsyncWith(items="
                } else {
                    "With(items="
                });
                self.list(items, |d, w| d.with_item(w));
                self.s(", body=");
                self.stmts(body);
            }
            StmtKind::Raise { exc, cause } => {
                self.s("Raise(");
                if let Some(exc) = exc {
                    self.s("exc=");
                    self.expr(exc, Load);
                    self.opt_field("cause", cause, Load);
                } else if let Some(cause) = cause {
                    self.s("cause=");
                    self.expr(cause, Load);
                }
            }
            StmtKind::Try {
                body,
                handlers,
                orelse,
                finalbody,
            } => {
                let star = handlers.first().is_some_and(|h| h.star);
                self.s(if star { "TryStar(body=" } else { "Try(body=" });
                self.stmts(body);
                self.s(", handlers=");
                self.list(handlers, |d, h| d.handler(h));
                self.s(", orelse=");
                self.stmts(orelse);
                self.s(", finalbody=");
                self.stmts(finalbody);
            }
            StmtKind::Assert { test, msg } => {
                self.s("Assert(test=");
                self.expr(test, Load);
                self.opt_field("msg", msg, Load);
            }
            StmtKind::Import(names) => {
                self.s("Import(names=");
                self.list(names, |d, a| d.alias(a));
            }
            StmtKind::ImportFrom {
                module,
                names,
                level,
            } => {
                self.s("ImportFrom(");
                if let Some(m) = module {
                    let _ = write!(self.out, "module={}, ", repr_str(m));
                }
                self.s("names=");
                self.list(names, |d, a| d.alias(a));
                let _ = write!(self.out, ", level={level}");
            }
            StmtKind::Global(names) => {
                self.s("Global(names=");
                self.ident_list(names);
            }
            StmtKind::Nonlocal(names) => {
                self.s("Nonlocal(names=");
                self.ident_list(names);
            }
            StmtKind::Expr(e) => {
                self.s("Expr(value=");
                self.expr(e, Load);
            }
            StmtKind::Match { subject, cases } => {
                self.s("Match(subject=");
                self.expr(subject, Load);
                self.s(", cases=");
                self.list(cases, |d, c| d.match_case(c));
            }
            StmtKind::Pass => self.s("Pass("),
            StmtKind::Break => self.s("Break("),
            StmtKind::Continue => self.s("Continue("),
        }
        if self.attrs {
            let loc = stmt.loc;
            // `Pass()` and friends have no fields: no leading comma.
            let no_fields = matches!(
                stmt.kind,
                StmtKind::Pass | StmtKind::Break | StmtKind::Continue | StmtKind::Return(None)
            ) || matches!(
                stmt.kind,
                StmtKind::Raise {
                    exc: None,
                    cause: None
                }
            );
            if no_fields {
                let _ = write!(
                    self.out,
                    "lineno={}, col_offset={}, end_lineno={}, end_col_offset={}",
                    loc.line, loc.col, loc.end_line, loc.end_col
                );
            } else {
                self.loc(loc);
            }
        }
        self.s(")");
    }

    fn match_case(&mut self, c: &MatchCase) {
        self.s("match_case(pattern=");
        self.pattern(c.pattern);
        self.opt_field("guard", c.guard, Ctx::Load);
        self.s(", body=");
        self.stmts(c.body);
        self.s(")");
    }

    fn pattern(&mut self, p: &Pattern) {
        // Whether a field was written (the location attributes then need a comma).
        let mut fields = true;
        match p.kind {
            PatternKind::MatchValue(e) => {
                self.s("MatchValue(value=");
                self.expr(e, Ctx::Load);
            }
            PatternKind::MatchSingleton(c) => {
                let _ = write!(self.out, "MatchSingleton(value={}", repr_constant(&c));
            }
            PatternKind::MatchSequence(ps) => {
                self.s("MatchSequence(patterns=");
                self.list(ps, |d, p| d.pattern(p));
            }
            PatternKind::MatchMapping {
                keys,
                patterns,
                rest,
            } => {
                self.s("MatchMapping(keys=");
                self.exprs(keys, Ctx::Load);
                self.s(", patterns=");
                self.list(patterns, |d, p| d.pattern(p));
                if let Some(r) = rest {
                    let _ = write!(self.out, ", rest={}", repr_str(r));
                }
            }
            PatternKind::MatchClass {
                cls,
                patterns,
                kwd_attrs,
                kwd_patterns,
            } => {
                self.s("MatchClass(cls=");
                self.expr(cls, Ctx::Load);
                self.s(", patterns=");
                self.list(patterns, |d, p| d.pattern(p));
                self.s(", kwd_attrs=");
                self.ident_list(kwd_attrs);
                self.s(", kwd_patterns=");
                self.list(kwd_patterns, |d, p| d.pattern(p));
            }
            PatternKind::MatchStar(name) => {
                self.s("MatchStar(");
                match name {
                    Some(n) => {
                        let _ = write!(self.out, "name={}", repr_str(n));
                    }
                    None => fields = false,
                }
            }
            PatternKind::MatchAs { pattern, name } => {
                self.s("MatchAs(");
                match pattern {
                    Some(sub) => {
                        self.s("pattern=");
                        self.pattern(sub);
                        if let Some(n) = name {
                            let _ = write!(self.out, ", name={}", repr_str(n));
                        }
                    }
                    None => match name {
                        Some(n) => {
                            let _ = write!(self.out, "name={}", repr_str(n));
                        }
                        None => fields = false,
                    },
                }
            }
            PatternKind::MatchOr(ps) => {
                self.s("MatchOr(patterns=");
                self.list(ps, |d, p| d.pattern(p));
            }
        }
        if self.attrs {
            if fields {
                self.loc(p.loc);
            } else {
                let l = p.loc;
                let _ = write!(
                    self.out,
                    "lineno={}, col_offset={}, end_lineno={}, end_col_offset={}",
                    l.line, l.col, l.end_line, l.end_col
                );
            }
        }
        self.s(")");
    }

    fn with_item(&mut self, w: &WithItem) {
        self.s("withitem(context_expr=");
        self.expr(w.context, Ctx::Load);
        self.opt_field("optional_vars", w.optional_vars, Ctx::Store);
        self.s(")");
    }

    fn handler(&mut self, h: &ExceptHandler) {
        self.s("ExceptHandler(");
        if let Some(t) = h.typ {
            self.s("type=");
            self.expr(t, Ctx::Load);
            self.s(", ");
        }
        if let Some(n) = h.name {
            let _ = write!(self.out, "name={}, ", repr_str(n));
        }
        self.s("body=");
        self.stmts(h.body);
        self.loc(h.loc);
        self.s(")");
    }

    fn alias(&mut self, a: &Alias) {
        let _ = write!(self.out, "alias(name={}", repr_str(a.name));
        if let Some(asname) = a.asname {
            let _ = write!(self.out, ", asname={}", repr_str(asname));
        }
        self.loc(a.loc);
        self.s(")");
    }

    fn keyword(&mut self, k: &Keyword) {
        self.s("keyword(");
        if let Some(name) = k.name {
            let _ = write!(self.out, "arg={}, ", repr_str(name));
        }
        self.s("value=");
        self.expr(k.value, Ctx::Load);
        self.loc(k.loc);
        self.s(")");
    }

    fn arg(&mut self, a: &Arg) {
        let _ = write!(self.out, "arg(arg={}", repr_str(a.name));
        self.opt_field("annotation", a.annotation, Ctx::Load);
        self.loc(a.loc);
        self.s(")");
    }

    fn arguments(&mut self, a: &Arguments) {
        self.s("arguments(posonlyargs=");
        self.list(a.posonlyargs, |d, x| d.arg(x));
        self.s(", args=");
        self.list(a.args, |d, x| d.arg(x));
        if let Some(v) = a.vararg {
            self.s(", vararg=");
            self.arg(v);
        }
        self.s(", kwonlyargs=");
        self.list(a.kwonlyargs, |d, x| d.arg(x));
        self.s(", kw_defaults=");
        self.list(a.kw_defaults, |d, x| match x {
            Some(e) => d.expr(e, Ctx::Load),
            None => d.s("None"),
        });
        if let Some(k) = a.kwarg {
            self.s(", kwarg=");
            self.arg(k);
        }
        self.s(", defaults=");
        self.exprs(a.defaults, Ctx::Load);
        self.s(")");
    }

    fn comprehension(&mut self, c: &Comprehension) {
        self.s("comprehension(target=");
        self.expr(c.target, Ctx::Store);
        self.s(", iter=");
        self.expr(c.iter, Ctx::Load);
        self.s(", ifs=");
        self.exprs(c.ifs, Ctx::Load);
        let _ = write!(self.out, ", is_async={})", u8::from(c.is_async));
    }

    fn generators(&mut self, gens: &[Comprehension]) {
        self.s(", generators=");
        self.list(gens, |d, c| d.comprehension(c));
    }

    fn expr(&mut self, e: &Expr, ctx: Ctx) {
        if self.depth >= MAX_DEPTH {
            self.s("...");
            return;
        }
        self.depth += 1;
        self.expr_inner(e, ctx);
        self.depth -= 1;
    }

    fn expr_inner(&mut self, e: &Expr, ctx: Ctx) {
        use Ctx::Load;
        match e.kind {
            ExprKind::BoolOp { op, values } => {
                let name = match op {
                    BoolOp::And => "And()",
                    BoolOp::Or => "Or()",
                };
                let _ = write!(self.out, "BoolOp(op={name}, values=");
                self.exprs(values, Load);
            }
            ExprKind::NamedExpr { target, value } => {
                self.s("NamedExpr(target=");
                self.expr(target, Ctx::Store);
                self.s(", value=");
                self.expr(value, Load);
            }
            ExprKind::BinOp { left, op, right } => {
                self.s("BinOp(left=");
                self.expr(left, Load);
                let _ = write!(self.out, ", op={}, right=", binop_name(op));
                self.expr(right, Load);
            }
            ExprKind::UnaryOp { op, operand } => {
                let name = match op {
                    UnaryOp::Invert => "Invert()",
                    UnaryOp::Not => "Not()",
                    UnaryOp::UAdd => "UAdd()",
                    UnaryOp::USub => "USub()",
                };
                let _ = write!(self.out, "UnaryOp(op={name}, operand=");
                self.expr(operand, Load);
            }
            ExprKind::Lambda { args, body } => {
                self.s("Lambda(args=");
                self.arguments(args);
                self.s(", body=");
                self.expr(body, Load);
            }
            ExprKind::IfExp { test, body, orelse } => {
                self.s("IfExp(test=");
                self.expr(test, Load);
                self.s(", body=");
                self.expr(body, Load);
                self.s(", orelse=");
                self.expr(orelse, Load);
            }
            ExprKind::Dict { keys, values } => {
                self.s("Dict(keys=");
                self.list(keys, |d, k| match k {
                    Some(k) => d.expr(k, Load),
                    None => d.s("None"),
                });
                self.s(", values=");
                self.exprs(values, Load);
            }
            ExprKind::Set(elts) => {
                self.s("Set(elts=");
                self.exprs(elts, Load);
            }
            ExprKind::ListComp { elt, generators } => {
                self.s("ListComp(elt=");
                self.expr(elt, Load);
                self.generators(generators);
            }
            ExprKind::SetComp { elt, generators } => {
                self.s("SetComp(elt=");
                self.expr(elt, Load);
                self.generators(generators);
            }
            ExprKind::DictComp {
                key,
                value,
                generators,
            } => {
                self.s("DictComp(key=");
                self.expr(key, Load);
                self.s(", value=");
                self.expr(value, Load);
                self.generators(generators);
            }
            ExprKind::GeneratorExp { elt, generators } => {
                self.s("GeneratorExp(elt=");
                self.expr(elt, Load);
                self.generators(generators);
            }
            ExprKind::Yield(v) => {
                self.s("Yield(");
                if let Some(v) = v {
                    self.s("value=");
                    self.expr(v, Load);
                }
            }
            ExprKind::YieldFrom(v) => {
                self.s("YieldFrom(value=");
                self.expr(v, Load);
            }
            ExprKind::Await(v) => {
                self.s("Await(value=");
                self.expr(v, Load);
            }
            ExprKind::Compare {
                left,
                ops,
                comparators,
            } => {
                self.s("Compare(left=");
                self.expr(left, Load);
                self.s(", ops=");
                self.list(ops, |d, op| d.s(cmpop_name(*op)));
                self.s(", comparators=");
                self.exprs(comparators, Load);
            }
            ExprKind::Call {
                func,
                args,
                keywords,
            } => {
                self.s("Call(func=");
                self.expr(func, Load);
                self.s(", args=");
                self.exprs(args, Load);
                self.s(", keywords=");
                self.list(keywords, |d, k| d.keyword(k));
            }
            ExprKind::FormattedValue {
                value,
                conversion,
                format_spec,
            } => {
                self.s("FormattedValue(value=");
                self.expr(value, Load);
                let conv = conversion.map_or(-1, |c| c as i64);
                let _ = write!(self.out, ", conversion={conv}");
                self.opt_field("format_spec", format_spec, Load);
            }
            ExprKind::JoinedStr(values) => {
                self.s("JoinedStr(values=");
                self.exprs(values, Load);
            }
            ExprKind::Constant(c) => {
                let _ = write!(self.out, "Constant(value={}", repr_constant(&c));
            }
            ExprKind::Attribute { value, attr } => {
                self.s("Attribute(value=");
                self.expr(value, Load);
                let _ = write!(self.out, ", attr={}, ctx={}", repr_str(attr), ctx.name());
            }
            ExprKind::Subscript { value, slice } => {
                self.s("Subscript(value=");
                self.expr(value, Load);
                self.s(", slice=");
                self.expr(slice, Load);
                let _ = write!(self.out, ", ctx={}", ctx.name());
            }
            ExprKind::Starred(value) => {
                self.s("Starred(value=");
                self.expr(value, ctx);
                let _ = write!(self.out, ", ctx={}", ctx.name());
            }
            ExprKind::Name(id) => {
                let _ = write!(self.out, "Name(id={}, ctx={}", repr_str(id), ctx.name());
            }
            ExprKind::List(elts) => {
                self.s("List(elts=");
                self.exprs(elts, ctx);
                let _ = write!(self.out, ", ctx={}", ctx.name());
            }
            ExprKind::Tuple(elts) => {
                self.s("Tuple(elts=");
                self.exprs(elts, ctx);
                let _ = write!(self.out, ", ctx={}", ctx.name());
            }
            ExprKind::Slice { lower, upper, step } => {
                self.s("Slice(");
                let mut first = true;
                for (name, part) in [("lower", lower), ("upper", upper), ("step", step)] {
                    if let Some(p) = part {
                        if !first {
                            self.s(", ");
                        }
                        first = false;
                        let _ = write!(self.out, "{name}=");
                        self.expr(p, Load);
                    }
                }
                if first && self.attrs {
                    let loc = e.loc;
                    let _ = write!(
                        self.out,
                        "lineno={}, col_offset={}, end_lineno={}, end_col_offset={})",
                        loc.line, loc.col, loc.end_line, loc.end_col
                    );
                    return;
                }
            }
        }
        let fieldless = matches!(e.kind, ExprKind::Yield(None));
        if fieldless && self.attrs {
            let loc = e.loc;
            let _ = write!(
                self.out,
                "lineno={}, col_offset={}, end_lineno={}, end_col_offset={}",
                loc.line, loc.col, loc.end_line, loc.end_col
            );
        } else {
            self.loc(e.loc);
        }
        self.s(")");
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn float_repr_matches_python() {
        assert_eq!(repr_float(1.0), "1.0");
        assert_eq!(repr_float(0.5), "0.5");
        assert_eq!(repr_float(1e16), "1e+16");
        assert_eq!(repr_float(1e15), "1000000000000000.0");
        assert_eq!(repr_float(1.5e-5), "1.5e-05");
        assert_eq!(repr_float(0.0001), "0.0001");
        assert_eq!(repr_float(123.456), "123.456");
        assert_eq!(repr_float(1e300), "1e+300");
    }

    #[test]
    fn str_repr_matches_python() {
        assert_eq!(repr_str("a'b"), "\"a'b\"");
        assert_eq!(repr_str("a'b\""), "'a\\'b\"'");
        assert_eq!(repr_str("\x00\u{e9}\n"), "'\\x00\u{e9}\\n'");
        assert_eq!(repr_bytes(b"\xff'"), "b\"\\xff'\"");
    }
}
