//! Reading expressions, parameter lists, keywords, comprehensions and constants from
//! node objects (the reverse of `exprs.rs`).

use crate::heap::Obj;
use crate::objects::bytes::as_bytes;
use crate::objects::str::as_str;
use crate::objects::tuple::as_tuple;
use crate::objects::{BigIntObj, BoolObj, FloatObj, IntObj, Tag, tag_of};
use crate::syntax::ast::{
    Arg, Arguments, BinOp, BoolOp, CmpOp, Comprehension, Constant, Expr, ExprKind, Keyword, Loc,
    UnaryOp,
};
use crate::vm::PyResult;
use crate::vm::complex::as_complex;

use super::reader::Reader;

/// The context an expression must have where it sits, as CPython's validator checks.
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

/// The operator of a `BinOp` / `AugAssign` node.
pub(super) fn binop_of(r: &mut Reader, op: &Obj) -> PyResult<BinOp> {
    Ok(match &*r.kind(op) {
        "Add" => BinOp::Add,
        "Sub" => BinOp::Sub,
        "Mult" => BinOp::Mult,
        "MatMult" => BinOp::MatMult,
        "Div" => BinOp::Div,
        "Mod" => BinOp::Mod,
        "Pow" => BinOp::Pow,
        "LShift" => BinOp::LShift,
        "RShift" => BinOp::RShift,
        "BitOr" => BinOp::BitOr,
        "BitXor" => BinOp::BitXor,
        "BitAnd" => BinOp::BitAnd,
        "FloorDiv" => BinOp::FloorDiv,
        _ => return Err(r.wrong_node("operator", op)),
    })
}

fn cmpop_of(r: &mut Reader, op: &Obj) -> PyResult<CmpOp> {
    Ok(match &*r.kind(op) {
        "Eq" => CmpOp::Eq,
        "NotEq" => CmpOp::NotEq,
        "Lt" => CmpOp::Lt,
        "LtE" => CmpOp::LtE,
        "Gt" => CmpOp::Gt,
        "GtE" => CmpOp::GtE,
        "Is" => CmpOp::Is,
        "IsNot" => CmpOp::IsNot,
        "In" => CmpOp::In,
        "NotIn" => CmpOp::NotIn,
        _ => return Err(r.wrong_node("cmpop", op)),
    })
}

impl<'a> Reader<'a, '_> {
    /// A required expression field (in a Load position).
    pub(super) fn expr_field(&mut self, o: &Obj, name: &str, owner: &str) -> PyResult<Expr<'a>> {
        let v = self.field(o, name, owner)?;
        self.expr(&v, Ctx::Load)
    }

    pub(super) fn expr_ref(&mut self, o: &Obj, name: &str, owner: &str) -> PyResult<&'a Expr<'a>> {
        self.expr_ref_in(o, name, owner, Ctx::Load)
    }

    /// A required expression field that must have the context `ctx`.
    pub(super) fn expr_ref_in(
        &mut self,
        o: &Obj,
        name: &str,
        owner: &str,
        ctx: Ctx,
    ) -> PyResult<&'a Expr<'a>> {
        let v = self.field(o, name, owner)?;
        let e = self.expr(&v, ctx)?;
        Ok(self.arena.alloc(e))
    }

    pub(super) fn opt_expr(&mut self, o: &Obj, name: &str) -> PyResult<Option<&'a Expr<'a>>> {
        self.opt_expr_in(o, name, Ctx::Load)
    }

    pub(super) fn opt_expr_in(
        &mut self,
        o: &Obj,
        name: &str,
        ctx: Ctx,
    ) -> PyResult<Option<&'a Expr<'a>>> {
        match self.opt(o, name)? {
            Some(v) => {
                let e = self.expr(&v, ctx)?;
                Ok(Some(self.arena.alloc(e)))
            }
            None => Ok(None),
        }
    }

    pub(super) fn exprs(&mut self, o: &Obj, name: &str, owner: &str) -> PyResult<&'a [Expr<'a>]> {
        self.exprs_in(o, name, owner, Ctx::Load)
    }

    pub(super) fn exprs_in(
        &mut self,
        o: &Obj,
        name: &str,
        owner: &str,
        ctx: Ctx,
    ) -> PyResult<&'a [Expr<'a>]> {
        let items = self.list(o, name, owner)?;
        let mut out = Vec::with_capacity(items.len());
        for i in &items {
            out.push(self.expr(i, ctx)?);
        }
        Ok(self.arena.alloc_slice_copy(&out))
    }

    /// A list field whose items may be None (`Dict.keys`, `kw_defaults`).
    fn opt_exprs(
        &mut self,
        o: &Obj,
        name: &str,
        owner: &str,
    ) -> PyResult<&'a [Option<&'a Expr<'a>>]> {
        let items = self.list(o, name, owner)?;
        let none = self.vm.none();
        let mut out = Vec::with_capacity(items.len());
        for i in &items {
            if i.ptr_eq(&none) {
                out.push(None);
            } else {
                let e = self.expr(i, Ctx::Load)?;
                out.push(Some(&*self.arena.alloc(e)));
            }
        }
        Ok(self.arena.alloc_slice_copy(&out))
    }

    pub(super) fn keywords(
        &mut self,
        o: &Obj,
        name: &str,
        owner: &str,
    ) -> PyResult<&'a [Keyword<'a>]> {
        let items = self.list(o, name, owner)?;
        let mut out = Vec::with_capacity(items.len());
        for k in &items {
            if &*self.kind(k) != "keyword" {
                return Err(self.wrong_node("keyword", k));
            }
            out.push(Keyword {
                loc: self.loc(k, "keyword")?,
                name: self.opt_ident(k, "arg")?,
                value: self.expr_ref(k, "value", "keyword")?,
            });
        }
        Ok(self.arena.alloc_slice_copy(&out))
    }

    fn arg(&mut self, o: &Obj) -> PyResult<Arg<'a>> {
        if &*self.kind(o) != "arg" {
            return Err(self.wrong_node("arg", o));
        }
        Ok(Arg {
            loc: self.loc(o, "arg")?,
            name: self.ident_field(o, "arg", "arg")?,
            annotation: self.opt_expr(o, "annotation")?,
        })
    }

    fn args(&mut self, o: &Obj, name: &str) -> PyResult<&'a [Arg<'a>]> {
        let items = self.list(o, name, "arguments")?;
        let mut out = Vec::with_capacity(items.len());
        for a in &items {
            out.push(self.arg(a)?);
        }
        Ok(self.arena.alloc_slice_copy(&out))
    }

    fn opt_arg(&mut self, o: &Obj, name: &str) -> PyResult<Option<&'a Arg<'a>>> {
        match self.opt(o, name)? {
            Some(a) => {
                let a = self.arg(&a)?;
                Ok(Some(self.arena.alloc(a)))
            }
            None => Ok(None),
        }
    }

    pub(super) fn arguments(&mut self, o: &Obj) -> PyResult<Arguments<'a>> {
        if &*self.kind(o) != "arguments" {
            return Err(self.wrong_node("arguments", o));
        }
        let a = Arguments {
            posonlyargs: self.args(o, "posonlyargs")?,
            args: self.args(o, "args")?,
            vararg: self.opt_arg(o, "vararg")?,
            kwonlyargs: self.args(o, "kwonlyargs")?,
            kw_defaults: self.opt_exprs(o, "kw_defaults", "arguments")?,
            kwarg: self.opt_arg(o, "kwarg")?,
            defaults: self.exprs(o, "defaults", "arguments")?,
        };
        if a.defaults.len() > a.posonlyargs.len() + a.args.len() {
            return Err(self
                .vm
                .value_error("more positional defaults than args on arguments"));
        }
        if a.kw_defaults.len() != a.kwonlyargs.len() {
            return Err(self
                .vm
                .value_error("length of kwonlyargs is not the same as kw_defaults on arguments"));
        }
        Ok(a)
    }

    fn generators(&mut self, o: &Obj, owner: &str) -> PyResult<&'a [Comprehension<'a>]> {
        let items = self.list(o, "generators", owner)?;
        if items.is_empty() {
            return Err(self.vm.value_error("comprehension with no generators"));
        }
        let mut out = Vec::with_capacity(items.len());
        for g in &items {
            if &*self.kind(g) != "comprehension" {
                return Err(self.wrong_node("comprehension", g));
            }
            out.push(Comprehension {
                target: self.expr_ref_in(g, "target", "comprehension", Ctx::Store)?,
                iter: self.expr_ref(g, "iter", "comprehension")?,
                ifs: self.exprs(g, "ifs", "comprehension")?,
                is_async: self.int(g, "is_async", "comprehension")? != 0,
            });
        }
        Ok(self.arena.alloc_slice_copy(&out))
    }

    /// The value of a `Constant` node as an expression (a tuple constant becomes a
    /// tuple display of constants; a negative number a negation).
    fn constant(&mut self, v: &Obj, loc: Loc) -> PyResult<ExprKind<'a>> {
        let c = |c: Constant<'a>| ExprKind::Constant(c);
        if v.ptr_eq(&self.vm.none()) {
            return Ok(c(Constant::None));
        }
        if v.ptr_eq(&self.vm.s.ellipsis) {
            return Ok(c(Constant::Ellipsis));
        }
        if let Some(b) = v.downcast::<BoolObj>() {
            return Ok(c(if b.0 { Constant::True } else { Constant::False }));
        }
        if let Some(i) = v.downcast::<IntObj>() {
            return Ok(c(Constant::Int(i.0)));
        }
        if let Some(b) = v.downcast::<BigIntObj>() {
            let text = b.0.to_string();
            let digits = self.arena.alloc_str(text.trim_start_matches('-'));
            let negative = text.starts_with('-');
            let big = c(Constant::BigInt(digits));
            return Ok(self.signed(big, negative, loc).unwrap_or(big));
        }
        if let Some(f) = v.downcast::<FloatObj>() {
            return Ok(c(Constant::Float(f.0)));
        }
        if let Some(z) = as_complex(v) {
            let imag = c(Constant::Imaginary(z.im));
            if z.re == 0.0 && z.re.is_sign_positive() {
                return Ok(imag);
            }
            let left = self.arena.alloc(Expr {
                loc,
                kind: c(Constant::Float(z.re)),
            });
            let right = self.arena.alloc(Expr { loc, kind: imag });
            return Ok(ExprKind::BinOp {
                left,
                op: BinOp::Add,
                right,
            });
        }
        if let Some(s) = as_str(v) {
            return Ok(c(Constant::Str(self.arena.alloc_str(s))));
        }
        if let Some(b) = as_bytes(v) {
            return Ok(c(Constant::Bytes(self.arena.alloc_slice_copy(b))));
        }
        if matches!(tag_of(v), Tag::Tuple) {
            let items = as_tuple(v).map(<[Obj]>::to_vec).unwrap_or_default();
            let mut out = Vec::with_capacity(items.len());
            for i in &items {
                let kind = self.constant(i, loc)?;
                out.push(Expr { loc, kind });
            }
            return Ok(ExprKind::Tuple(self.arena.alloc_slice_copy(&out)));
        }
        let t = self.vm.type_name(v);
        Err(self
            .vm
            .type_error(format!("got an invalid type in Constant: {t}")))
    }

    /// `-value` when `negative`.
    fn signed(&mut self, value: ExprKind<'a>, negative: bool, loc: Loc) -> Option<ExprKind<'a>> {
        if !negative {
            return None;
        }
        let operand = self.arena.alloc(Expr { loc, kind: value });
        Some(ExprKind::UnaryOp {
            op: UnaryOp::USub,
            operand,
        })
    }

    pub(super) fn expr(&mut self, o: &Obj, ctx: Ctx) -> PyResult<Expr<'a>> {
        self.enter("expr")?;
        let r = self.expr_inner(o, ctx);
        self.leave();
        r
    }

    /// Checks that an expression of class `k` may stand where `ctx` is required.
    fn check_ctx(&mut self, o: &Obj, k: &str, ctx: Ctx) -> PyResult<()> {
        if !matches!(
            k,
            "Attribute" | "Subscript" | "Starred" | "Name" | "List" | "Tuple"
        ) {
            if ctx == Ctx::Load {
                return Ok(());
            }
            let c = ctx.name();
            return Err(self.vm.value_error(format!(
                "expression which can't be assigned to in {c} context"
            )));
        }
        let actual = self.field(o, "ctx", k)?;
        let actual = match &*self.kind(&actual) {
            "Load" => Ctx::Load,
            "Store" => Ctx::Store,
            "Del" => Ctx::Del,
            _ => return Err(self.wrong_node("expr_context", &actual)),
        };
        if actual != ctx {
            let (want, got) = (ctx.name(), actual.name());
            return Err(self.vm.value_error(format!(
                "expression must have {want} context but has {got} instead"
            )));
        }
        Ok(())
    }

    fn expr_inner(&mut self, o: &Obj, ctx: Ctx) -> PyResult<Expr<'a>> {
        let kind = self.kind(o);
        let k: &str = &kind;
        if !is_expr(k) {
            return Err(self.wrong_node("expr", o));
        }
        self.check_ctx(o, k, ctx)?;
        let loc = self.loc(o, "expr")?;
        let kind = match k {
            "BoolOp" => {
                let op = self.field(o, "op", k)?;
                let op = match &*self.kind(&op) {
                    "And" => BoolOp::And,
                    "Or" => BoolOp::Or,
                    _ => return Err(self.wrong_node("boolop", &op)),
                };
                let values = self.exprs(o, "values", k)?;
                if values.len() < 2 {
                    return Err(self.vm.value_error("BoolOp with less than 2 values"));
                }
                ExprKind::BoolOp { op, values }
            }
            "NamedExpr" => {
                let target = self.field(o, "target", k)?;
                if &*self.kind(&target) != "Name" {
                    return Err(self.vm.type_error("NamedExpr target must be a Name"));
                }
                ExprKind::NamedExpr {
                    target: self.expr_ref_in(o, "target", k, Ctx::Store)?,
                    value: self.expr_ref(o, "value", k)?,
                }
            }
            "BinOp" => {
                let left = self.expr_ref(o, "left", k)?;
                let op = self.field(o, "op", k)?;
                let op = binop_of(self, &op)?;
                let right = self.expr_ref(o, "right", k)?;
                ExprKind::BinOp { left, op, right }
            }
            "UnaryOp" => {
                let op = self.field(o, "op", k)?;
                let op = match &*self.kind(&op) {
                    "Invert" => UnaryOp::Invert,
                    "Not" => UnaryOp::Not,
                    "UAdd" => UnaryOp::UAdd,
                    "USub" => UnaryOp::USub,
                    _ => return Err(self.wrong_node("unaryop", &op)),
                };
                ExprKind::UnaryOp {
                    op,
                    operand: self.expr_ref(o, "operand", k)?,
                }
            }
            "Lambda" => {
                let args = self.field(o, "args", k)?;
                let args = self.arguments(&args)?;
                ExprKind::Lambda {
                    args: self.arena.alloc(args),
                    body: self.expr_ref(o, "body", k)?,
                }
            }
            "IfExp" => ExprKind::IfExp {
                test: self.expr_ref(o, "test", k)?,
                body: self.expr_ref(o, "body", k)?,
                orelse: self.expr_ref(o, "orelse", k)?,
            },
            "Dict" => {
                let keys = self.opt_exprs(o, "keys", k)?;
                let values = self.exprs(o, "values", k)?;
                if keys.len() != values.len() {
                    return Err(self
                        .vm
                        .value_error("Dict doesn't have the same number of keys as values"));
                }
                ExprKind::Dict { keys, values }
            }
            "Set" => ExprKind::Set(self.exprs(o, "elts", k)?),
            "ListComp" | "SetComp" | "GeneratorExp" => {
                let elt = self.expr_ref(o, "elt", k)?;
                let generators = self.generators(o, k)?;
                match k {
                    "ListComp" => ExprKind::ListComp { elt, generators },
                    "SetComp" => ExprKind::SetComp { elt, generators },
                    _ => ExprKind::GeneratorExp { elt, generators },
                }
            }
            "DictComp" => ExprKind::DictComp {
                key: self.expr_ref(o, "key", k)?,
                value: self.expr_ref(o, "value", k)?,
                generators: self.generators(o, k)?,
            },
            "Await" => ExprKind::Await(self.expr_ref(o, "value", k)?),
            "Yield" => ExprKind::Yield(self.opt_expr(o, "value")?),
            "YieldFrom" => ExprKind::YieldFrom(self.expr_ref(o, "value", k)?),
            "Compare" => {
                let left = self.expr_ref(o, "left", k)?;
                let op_objs = self.list(o, "ops", k)?;
                let mut ops = Vec::with_capacity(op_objs.len());
                for op in &op_objs {
                    ops.push(cmpop_of(self, op)?);
                }
                let comparators = self.exprs(o, "comparators", k)?;
                if comparators.is_empty() {
                    return Err(self.vm.value_error("Compare with no comparators"));
                }
                if ops.len() != comparators.len() {
                    return Err(self.vm.value_error(
                        "Compare has a different number of comparators and operands",
                    ));
                }
                ExprKind::Compare {
                    left,
                    ops: self.arena.alloc_slice_copy(&ops),
                    comparators,
                }
            }
            "Call" => ExprKind::Call {
                func: self.expr_ref(o, "func", k)?,
                args: self.exprs(o, "args", k)?,
                keywords: self.keywords(o, "keywords", k)?,
            },
            "FormattedValue" => {
                let conversion = match self.int(o, "conversion", k)? {
                    -1 => None,
                    c @ (115 | 114 | 97) => u32::try_from(c).ok().and_then(char::from_u32),
                    c => {
                        return Err(self
                            .vm
                            .system_error(format!("Unrecognized conversion character {c}")));
                    }
                };
                ExprKind::FormattedValue {
                    value: self.expr_ref(o, "value", k)?,
                    conversion,
                    format_spec: self.opt_expr(o, "format_spec")?,
                }
            }
            "JoinedStr" => ExprKind::JoinedStr(self.exprs(o, "values", k)?),
            "Constant" => {
                let v = self.attr(o, "value")?;
                let Some(v) = v else {
                    return Err(self
                        .vm
                        .type_error("required field \"value\" missing from Constant"));
                };
                self.constant(&v, loc)?
            }
            "Attribute" => ExprKind::Attribute {
                value: self.expr_ref(o, "value", k)?,
                attr: self.ident_field(o, "attr", k)?,
            },
            "Subscript" => ExprKind::Subscript {
                value: self.expr_ref(o, "value", k)?,
                slice: self.expr_ref(o, "slice", k)?,
            },
            "Starred" => ExprKind::Starred(self.expr_ref_in(o, "value", k, ctx)?),
            "Name" => {
                let id = self.ident_field(o, "id", k)?;
                if matches!(id, "None" | "True" | "False") {
                    return Err(self
                        .vm
                        .value_error(format!("identifier field can't represent '{id}' constant")));
                }
                ExprKind::Name(id)
            }
            "List" => ExprKind::List(self.exprs_in(o, "elts", k, ctx)?),
            "Tuple" => ExprKind::Tuple(self.exprs_in(o, "elts", k, ctx)?),
            _ => ExprKind::Slice {
                lower: self.opt_expr(o, "lower")?,
                upper: self.opt_expr(o, "upper")?,
                step: self.opt_expr(o, "step")?,
            },
        };
        Ok(Expr { loc, kind })
    }
}

fn is_expr(k: &str) -> bool {
    matches!(
        k,
        "BoolOp"
            | "NamedExpr"
            | "BinOp"
            | "UnaryOp"
            | "Lambda"
            | "IfExp"
            | "Dict"
            | "Set"
            | "ListComp"
            | "SetComp"
            | "DictComp"
            | "GeneratorExp"
            | "Await"
            | "Yield"
            | "YieldFrom"
            | "Compare"
            | "Call"
            | "FormattedValue"
            | "JoinedStr"
            | "Constant"
            | "Attribute"
            | "Subscript"
            | "Starred"
            | "Name"
            | "List"
            | "Tuple"
            | "Slice"
    )
}
