//! Expressions, parameter lists, call keywords, comprehensions and constants. The
//! expression context (`Load` / `Store` / `Del`), which minipy's tree does not store, is
//! given by where the expression sits, as CPython's parser decides it.

use num_bigint::BigInt;

use crate::format::complex_ops::Complex;
use crate::syntax::ast::{
    Arg, Arguments, BinOp, BoolOp, CmpOp, Comprehension, Constant, Expr, ExprKind, Keyword, UnaryOp,
};
use crate::vm::PyResult;

use super::nodes::Converter;

#[derive(Clone, Copy, PartialEq, Eq)]
pub(super) enum Ctx {
    Load,
    Store,
    Del,
}

impl Ctx {
    fn name(self) -> &'static str {
        match self {
            Ctx::Load => "Load",
            Ctx::Store => "Store",
            Ctx::Del => "Del",
        }
    }
}

pub(super) fn binop_name(op: BinOp) -> &'static str {
    match op {
        BinOp::Add => "Add",
        BinOp::Sub => "Sub",
        BinOp::Mult => "Mult",
        BinOp::MatMult => "MatMult",
        BinOp::Div => "Div",
        BinOp::Mod => "Mod",
        BinOp::Pow => "Pow",
        BinOp::LShift => "LShift",
        BinOp::RShift => "RShift",
        BinOp::BitOr => "BitOr",
        BinOp::BitXor => "BitXor",
        BinOp::BitAnd => "BitAnd",
        BinOp::FloorDiv => "FloorDiv",
    }
}

fn cmpop_name(op: CmpOp) -> &'static str {
    match op {
        CmpOp::Eq => "Eq",
        CmpOp::NotEq => "NotEq",
        CmpOp::Lt => "Lt",
        CmpOp::LtE => "LtE",
        CmpOp::Gt => "Gt",
        CmpOp::GtE => "GtE",
        CmpOp::Is => "Is",
        CmpOp::IsNot => "IsNot",
        CmpOp::In => "In",
        CmpOp::NotIn => "NotIn",
    }
}

impl Converter<'_, '_> {
    pub(super) fn load(&mut self, e: &Expr) -> PyResult {
        self.expr(e, Ctx::Load)
    }

    pub(super) fn opt_load(&mut self, e: Option<&Expr>) -> PyResult {
        match e {
            Some(e) => self.load(e),
            None => Ok(self.vm.none()),
        }
    }

    pub(super) fn exprs(&mut self, items: &[Expr], ctx: Ctx) -> PyResult {
        self.list(items, |c, e| c.expr(e, ctx))
    }

    pub(super) fn expr(&mut self, e: &Expr, ctx: Ctx) -> PyResult {
        self.enter()?;
        let r = self.expr_inner(e, ctx);
        self.leave();
        r
    }

    /// The Python value of a constant.
    pub(super) fn constant_value(&mut self, c: &Constant) -> PyResult {
        let vm = &mut *self.vm;
        match c {
            Constant::None => Ok(vm.none()),
            Constant::True => Ok(vm.new_bool(true)),
            Constant::False => Ok(vm.new_bool(false)),
            Constant::Ellipsis => Ok(vm.s.ellipsis.clone()),
            Constant::Int(i) => vm.new_int(*i),
            Constant::BigInt(digits) => vm.new_bigint(digits.parse::<BigInt>().unwrap_or_default()),
            Constant::Float(f) => vm.new_float(*f),
            Constant::Imaginary(f) => vm.new_complex(Complex::new(0.0, *f)),
            Constant::Str(s) => vm.new_str(s),
            Constant::StrWtf8(s) => vm.new_str_wtf8(s),
            Constant::Bytes(b) => vm.new_bytes(b.to_vec()),
        }
    }

    /// `Constant(value, kind)`; `kind` is `'u'` for a string written with the `u`
    /// prefix, unless the string is part of an f-string.
    fn constant(&mut self, e: &Expr, c: &Constant, in_fstring: bool) -> PyResult {
        let value = self.constant_value(c)?;
        let u_prefix = matches!(c, Constant::Str(_) | Constant::StrWtf8(_))
            && !in_fstring
            && matches!(self.first_byte(e.loc), Some(b'u' | b'U'));
        let kind = if u_prefix {
            self.vm.new_str("u")?
        } else {
            self.vm.none()
        };
        self.node("Constant", &[("value", value), ("kind", kind)], Some(e.loc))
    }

    fn generators(&mut self, gens: &[Comprehension]) -> PyResult {
        self.list(gens, |c, g| {
            let target = c.expr(g.target, Ctx::Store)?;
            let iter = c.load(g.iter)?;
            let ifs = c.exprs(g.ifs, Ctx::Load)?;
            let is_async = c.vm.new_int(i64::from(g.is_async))?;
            let fields = [
                ("target", target),
                ("iter", iter),
                ("ifs", ifs),
                ("is_async", is_async),
            ];
            c.node("comprehension", &fields, None)
        })
    }

    pub(super) fn keyword(&mut self, k: &Keyword) -> PyResult {
        let arg = self.opt_str(k.name)?;
        let value = self.load(k.value)?;
        self.node("keyword", &[("arg", arg), ("value", value)], Some(k.loc))
    }

    fn arg(&mut self, a: &Arg) -> PyResult {
        let name = self.vm.new_str(a.name)?;
        let annotation = self.opt_load(a.annotation)?;
        let none = self.vm.none();
        let fields = [
            ("arg", name),
            ("annotation", annotation),
            ("type_comment", none),
        ];
        self.node("arg", &fields, Some(a.loc))
    }

    fn opt_arg(&mut self, a: Option<&Arg>) -> PyResult {
        match a {
            Some(a) => self.arg(a),
            None => Ok(self.vm.none()),
        }
    }

    pub(super) fn arguments(&mut self, a: &Arguments) -> PyResult {
        let posonly = self.list(a.posonlyargs, |c, x| c.arg(x))?;
        let args = self.list(a.args, |c, x| c.arg(x))?;
        let vararg = self.opt_arg(a.vararg)?;
        let kwonly = self.list(a.kwonlyargs, |c, x| c.arg(x))?;
        let kw_defaults = self.list(a.kw_defaults, |c, d| c.opt_load(*d))?;
        let kwarg = self.opt_arg(a.kwarg)?;
        let defaults = self.exprs(a.defaults, Ctx::Load)?;
        let fields = [
            ("posonlyargs", posonly),
            ("args", args),
            ("vararg", vararg),
            ("kwonlyargs", kwonly),
            ("kw_defaults", kw_defaults),
            ("kwarg", kwarg),
            ("defaults", defaults),
        ];
        self.node("arguments", &fields, None)
    }

    /// The parts of an f-string: its literal pieces are constants without a `kind`.
    fn fstring_parts(&mut self, values: &[Expr]) -> PyResult {
        self.list(values, |c, v| match &v.kind {
            ExprKind::Constant(k) => c.constant(v, k, true),
            _ => c.load(v),
        })
    }

    fn expr_inner(&mut self, e: &Expr, ctx: Ctx) -> PyResult {
        let loc = Some(e.loc);
        let load = Ctx::Load;
        match e.kind {
            ExprKind::BoolOp { op, values } => {
                let op = self.singleton(match op {
                    BoolOp::And => "And",
                    BoolOp::Or => "Or",
                })?;
                let values = self.exprs(values, load)?;
                self.node("BoolOp", &[("op", op), ("values", values)], loc)
            }
            ExprKind::NamedExpr { target, value } => {
                let target = self.expr(target, Ctx::Store)?;
                let value = self.load(value)?;
                self.node("NamedExpr", &[("target", target), ("value", value)], loc)
            }
            ExprKind::BinOp { left, op, right } => {
                let left = self.load(left)?;
                let op = self.singleton(binop_name(op))?;
                let right = self.load(right)?;
                let fields = [("left", left), ("op", op), ("right", right)];
                self.node("BinOp", &fields, loc)
            }
            ExprKind::UnaryOp { op, operand } => {
                let op = self.singleton(match op {
                    UnaryOp::Invert => "Invert",
                    UnaryOp::Not => "Not",
                    UnaryOp::UAdd => "UAdd",
                    UnaryOp::USub => "USub",
                })?;
                let operand = self.load(operand)?;
                self.node("UnaryOp", &[("op", op), ("operand", operand)], loc)
            }
            ExprKind::Lambda { args, body } => {
                let args = self.arguments(args)?;
                let body = self.load(body)?;
                self.node("Lambda", &[("args", args), ("body", body)], loc)
            }
            ExprKind::IfExp { test, body, orelse } => {
                let test = self.load(test)?;
                let body = self.load(body)?;
                let orelse = self.load(orelse)?;
                let fields = [("test", test), ("body", body), ("orelse", orelse)];
                self.node("IfExp", &fields, loc)
            }
            ExprKind::Dict { keys, values } => {
                let keys = self.list(keys, |c, k| c.opt_load(*k))?;
                let values = self.exprs(values, load)?;
                self.node("Dict", &[("keys", keys), ("values", values)], loc)
            }
            ExprKind::Set(elts) => {
                let elts = self.exprs(elts, load)?;
                self.node("Set", &[("elts", elts)], loc)
            }
            ExprKind::ListComp { elt, generators } => {
                let elt = self.load(elt)?;
                let gens = self.generators(generators)?;
                self.node("ListComp", &[("elt", elt), ("generators", gens)], loc)
            }
            ExprKind::SetComp { elt, generators } => {
                let elt = self.load(elt)?;
                let gens = self.generators(generators)?;
                self.node("SetComp", &[("elt", elt), ("generators", gens)], loc)
            }
            ExprKind::GeneratorExp { elt, generators } => {
                let elt = self.load(elt)?;
                let gens = self.generators(generators)?;
                self.node("GeneratorExp", &[("elt", elt), ("generators", gens)], loc)
            }
            ExprKind::DictComp {
                key,
                value,
                generators,
            } => {
                let key = self.load(key)?;
                let value = self.load(value)?;
                let gens = self.generators(generators)?;
                let fields = [("key", key), ("value", value), ("generators", gens)];
                self.node("DictComp", &fields, loc)
            }
            ExprKind::Yield(v) => {
                let value = self.opt_load(v)?;
                self.node("Yield", &[("value", value)], loc)
            }
            ExprKind::YieldFrom(v) => {
                let value = self.load(v)?;
                self.node("YieldFrom", &[("value", value)], loc)
            }
            ExprKind::Await(v) => {
                let value = self.load(v)?;
                self.node("Await", &[("value", value)], loc)
            }
            ExprKind::Compare {
                left,
                ops,
                comparators,
            } => {
                let left = self.load(left)?;
                let ops = self.list(ops, |c, op| c.singleton(cmpop_name(*op)))?;
                let comparators = self.exprs(comparators, load)?;
                let fields = [("left", left), ("ops", ops), ("comparators", comparators)];
                self.node("Compare", &fields, loc)
            }
            ExprKind::Call {
                func,
                args,
                keywords,
            } => {
                let func = self.load(func)?;
                let args = self.exprs(args, load)?;
                let keywords = self.list(keywords, |c, k| c.keyword(k))?;
                let fields = [("func", func), ("args", args), ("keywords", keywords)];
                self.node("Call", &fields, loc)
            }
            ExprKind::FormattedValue {
                value,
                conversion,
                format_spec,
            } => {
                let value = self.load(value)?;
                let conversion = self.vm.new_int(conversion.map_or(-1, |c| c as i64))?;
                let spec = self.opt_load(format_spec)?;
                let fields = [
                    ("value", value),
                    ("conversion", conversion),
                    ("format_spec", spec),
                ];
                self.node("FormattedValue", &fields, loc)
            }
            ExprKind::JoinedStr(values) => {
                let values = self.fstring_parts(values)?;
                self.node("JoinedStr", &[("values", values)], loc)
            }
            ExprKind::Constant(ref c) => self.constant(e, c, false),
            ExprKind::Attribute { value, attr } => {
                let value = self.load(value)?;
                let attr = self.vm.new_str(attr)?;
                let ctx = self.singleton(ctx.name())?;
                let fields = [("value", value), ("attr", attr), ("ctx", ctx)];
                self.node("Attribute", &fields, loc)
            }
            ExprKind::Subscript { value, slice } => {
                let value = self.load(value)?;
                let slice = self.load(slice)?;
                let ctx = self.singleton(ctx.name())?;
                let fields = [("value", value), ("slice", slice), ("ctx", ctx)];
                self.node("Subscript", &fields, loc)
            }
            ExprKind::Starred(value) => {
                let value = self.expr(value, ctx)?;
                let ctx = self.singleton(ctx.name())?;
                self.node("Starred", &[("value", value), ("ctx", ctx)], loc)
            }
            ExprKind::Name(id) => {
                let id = self.vm.new_str(id)?;
                let ctx = self.singleton(ctx.name())?;
                self.node("Name", &[("id", id), ("ctx", ctx)], loc)
            }
            ExprKind::List(elts) => {
                let elts = self.exprs(elts, ctx)?;
                let ctx = self.singleton(ctx.name())?;
                self.node("List", &[("elts", elts), ("ctx", ctx)], loc)
            }
            ExprKind::Tuple(elts) => {
                let elts = self.exprs(elts, ctx)?;
                let ctx = self.singleton(ctx.name())?;
                self.node("Tuple", &[("elts", elts), ("ctx", ctx)], loc)
            }
            ExprKind::Slice { lower, upper, step } => {
                let lower = self.opt_load(lower)?;
                let upper = self.opt_load(upper)?;
                let step = self.opt_load(step)?;
                let fields = [("lower", lower), ("upper", upper), ("step", step)];
                self.node("Slice", &fields, loc)
            }
        }
    }
}
