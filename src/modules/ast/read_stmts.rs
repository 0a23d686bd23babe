//! Reading statements, handlers, `with` items, aliases, `match` cases and patterns
//! from node objects (the reverse of `stmts.rs`).

use crate::heap::Obj;
use crate::syntax::ast::{
    Alias, ClassDef, Constant, ExceptHandler, ExprKind, FunctionDef, MatchCase, Pattern,
    PatternKind, Stmt, StmtKind, WithItem,
};
use crate::vm::PyResult;

use super::read_exprs::{Ctx, binop_of};
use super::reader::Reader;

impl<'a> Reader<'a, '_> {
    /// A statement list field.
    pub(super) fn body(&mut self, o: &Obj, name: &str, owner: &str) -> PyResult<&'a [Stmt<'a>]> {
        let items = self.list(o, name, owner)?;
        let mut out = Vec::with_capacity(items.len());
        for s in &items {
            out.push(self.stmt(s)?);
        }
        Ok(self.arena.alloc_slice_copy(&out))
    }

    /// A non-empty expression list whose items must have the context `ctx`.
    fn nonempty_exprs(
        &mut self,
        o: &Obj,
        name: &str,
        owner: &str,
        ctx: Ctx,
    ) -> PyResult<&'a [crate::syntax::ast::Expr<'a>]> {
        let items = self.exprs_in(o, name, owner, ctx)?;
        if items.is_empty() {
            return Err(self.vm.value_error(format!("empty {name} on {owner}")));
        }
        Ok(items)
    }

    /// The target of an augmented or annotated assignment: a list, tuple or starred
    /// target is CPython's compiler SystemError (with its node kind number).
    fn single_target(&mut self, target: &Obj, what: &str) -> PyResult<()> {
        let number = match &*self.kind(target) {
            "Starred" => 23,
            "List" => 25,
            "Tuple" => 26,
            _ => return Ok(()),
        };
        Err(self
            .vm
            .system_error(format!("invalid node type ({number}) for {what}")))
    }

    /// A statement list that may not be empty (`empty body on FunctionDef`).
    fn block(&mut self, o: &Obj, name: &str, owner: &str) -> PyResult<&'a [Stmt<'a>]> {
        let body = self.body(o, name, owner)?;
        if body.is_empty() {
            return Err(self.vm.value_error(format!("empty {name} on {owner}")));
        }
        Ok(body)
    }

    fn stmt(&mut self, o: &Obj) -> PyResult<Stmt<'a>> {
        self.enter("stmt")?;
        let r = self.stmt_inner(o);
        self.leave();
        r
    }

    fn stmt_inner(&mut self, o: &Obj) -> PyResult<Stmt<'a>> {
        let kind = self.kind(o);
        let k: &str = &kind;
        if !is_stmt(k) {
            return Err(self.wrong_node("stmt", o));
        }
        let loc = self.loc(o, "stmt")?;
        let kind = match k {
            "FunctionDef" | "AsyncFunctionDef" => {
                let name = self.ident_field(o, "name", k)?;
                let args = self.field(o, "args", k)?;
                let args = self.arguments(&args)?;
                let body = self.block(o, "body", k)?;
                let decorators = self.exprs(o, "decorator_list", k)?;
                let returns = self.opt_expr(o, "returns")?;
                StmtKind::FunctionDef(self.arena.alloc(FunctionDef {
                    name,
                    args: self.arena.alloc(args),
                    body,
                    decorators,
                    returns,
                    is_async: k == "AsyncFunctionDef",
                }))
            }
            "ClassDef" => {
                let name = self.ident_field(o, "name", k)?;
                let bases = self.exprs(o, "bases", k)?;
                let keywords = self.keywords(o, "keywords", k)?;
                let body = self.block(o, "body", k)?;
                let decorators = self.exprs(o, "decorator_list", k)?;
                StmtKind::ClassDef(self.arena.alloc(ClassDef {
                    name,
                    bases,
                    keywords,
                    body,
                    decorators,
                }))
            }
            "Return" => StmtKind::Return(self.opt_expr(o, "value")?),
            "Delete" => StmtKind::Delete(self.nonempty_exprs(o, "targets", k, Ctx::Del)?),
            "Assign" => {
                let targets = self.nonempty_exprs(o, "targets", k, Ctx::Store)?;
                StmtKind::Assign {
                    targets,
                    value: self.expr_ref(o, "value", k)?,
                }
            }
            "AugAssign" => {
                let target = self.field(o, "target", k)?;
                self.single_target(&target, "augmented assignment")?;
                StmtKind::AugAssign {
                    target: self.expr_ref_in(o, "target", k, Ctx::Store)?,
                    op: {
                        let op = self.field(o, "op", k)?;
                        binop_of(self, &op)?
                    },
                    value: self.expr_ref(o, "value", k)?,
                }
            }
            "AnnAssign" => {
                let simple = self.int(o, "simple", k)? != 0;
                let target = self.field(o, "target", k)?;
                if simple && &*self.kind(&target) != "Name" {
                    return Err(self.vm.type_error("AnnAssign with simple non-Name target"));
                }
                self.single_target(&target, "annotated assignment")?;
                StmtKind::AnnAssign {
                    target: self.expr_ref_in(o, "target", k, Ctx::Store)?,
                    annotation: self.expr_ref(o, "annotation", k)?,
                    value: self.opt_expr(o, "value")?,
                    simple,
                }
            }
            "For" | "AsyncFor" => StmtKind::For {
                target: self.expr_ref_in(o, "target", k, Ctx::Store)?,
                iter: self.expr_ref(o, "iter", k)?,
                body: self.block(o, "body", k)?,
                orelse: self.body(o, "orelse", k)?,
                is_async: k == "AsyncFor",
            },
            "While" => StmtKind::While {
                test: self.expr_ref(o, "test", k)?,
                body: self.block(o, "body", k)?,
                orelse: self.body(o, "orelse", k)?,
            },
            "If" => StmtKind::If {
                test: self.expr_ref(o, "test", k)?,
                body: self.block(o, "body", k)?,
                orelse: self.body(o, "orelse", k)?,
            },
            "With" | "AsyncWith" => {
                let items = self.list(o, "items", k)?;
                if items.is_empty() {
                    return Err(self.vm.value_error(format!("empty items on {k}")));
                }
                let mut out = Vec::with_capacity(items.len());
                for i in &items {
                    out.push(self.with_item(i)?);
                }
                StmtKind::With {
                    items: self.arena.alloc_slice_copy(&out),
                    body: self.block(o, "body", k)?,
                    is_async: k == "AsyncWith",
                }
            }
            "Raise" => {
                let exc = self.opt_expr(o, "exc")?;
                let cause = self.opt_expr(o, "cause")?;
                if exc.is_none() && cause.is_some() {
                    return Err(self.vm.value_error("Raise with cause but no exception"));
                }
                StmtKind::Raise { exc, cause }
            }
            "Try" | "TryStar" => {
                let star = k == "TryStar";
                let body = self.block(o, "body", k)?;
                let items = self.list(o, "handlers", k)?;
                let mut handlers = Vec::with_capacity(items.len());
                for h in &items {
                    handlers.push(self.handler(h, star)?);
                }
                let orelse = self.body(o, "orelse", k)?;
                let finalbody = self.body(o, "finalbody", k)?;
                if handlers.is_empty() && finalbody.is_empty() {
                    return Err(self
                        .vm
                        .value_error(format!("{k} has neither except handlers nor finalbody")));
                }
                if handlers.is_empty() && !orelse.is_empty() {
                    return Err(self
                        .vm
                        .value_error(format!("{k} has orelse but no except handlers")));
                }
                StmtKind::Try {
                    body,
                    handlers: self.arena.alloc_slice_copy(&handlers),
                    orelse,
                    finalbody,
                }
            }
            "Assert" => StmtKind::Assert {
                test: self.expr_ref(o, "test", k)?,
                msg: self.opt_expr(o, "msg")?,
            },
            "Import" => StmtKind::Import(self.aliases(o, k)?),
            "ImportFrom" => {
                let level = match self.opt(o, "level")? {
                    Some(_) => self.int(o, "level", k)?,
                    None => 0,
                };
                if level < 0 {
                    return Err(self.vm.value_error("Negative ImportFrom level"));
                }
                StmtKind::ImportFrom {
                    module: self.opt_ident(o, "module")?,
                    names: self.aliases(o, k)?,
                    level: u32::try_from(level.max(0)).unwrap_or(0),
                }
            }
            "Match" => {
                let subject = self.expr_ref(o, "subject", k)?;
                let items = self.list(o, "cases", k)?;
                if items.is_empty() {
                    return Err(self.vm.value_error("empty cases on Match"));
                }
                let mut cases = Vec::with_capacity(items.len());
                for c in &items {
                    cases.push(self.match_case(c)?);
                }
                StmtKind::Match {
                    subject,
                    cases: self.arena.alloc_slice_copy(&cases),
                }
            }
            "Global" | "Nonlocal" => {
                let names = self.ident_list(o, "names", k)?;
                if names.is_empty() {
                    return Err(self.vm.value_error(format!("empty names on {k}")));
                }
                if k == "Global" {
                    StmtKind::Global(names)
                } else {
                    StmtKind::Nonlocal(names)
                }
            }
            "Expr" => StmtKind::Expr(self.expr_ref(o, "value", k)?),
            "Pass" => StmtKind::Pass,
            "Break" => StmtKind::Break,
            _ => StmtKind::Continue,
        };
        Ok(Stmt { loc, kind })
    }

    fn with_item(&mut self, o: &Obj) -> PyResult<WithItem<'a>> {
        if &*self.kind(o) != "withitem" {
            return Err(self.wrong_node("withitem", o));
        }
        Ok(WithItem {
            context: self.expr_ref(o, "context_expr", "withitem")?,
            optional_vars: self.opt_expr_in(o, "optional_vars", Ctx::Store)?,
        })
    }

    /// An except clause; `star` for those of a TryStar.
    fn handler(&mut self, o: &Obj, star: bool) -> PyResult<ExceptHandler<'a>> {
        if &*self.kind(o) != "ExceptHandler" {
            return Err(self.wrong_node("excepthandler", o));
        }
        Ok(ExceptHandler {
            loc: self.loc(o, "excepthandler")?,
            typ: self.opt_expr(o, "type")?,
            name: self.opt_ident(o, "name")?,
            body: self.block(o, "body", "ExceptHandler")?,
            star,
        })
    }

    fn aliases(&mut self, o: &Obj, owner: &str) -> PyResult<&'a [Alias<'a>]> {
        let items = self.list(o, "names", owner)?;
        if items.is_empty() {
            return Err(self.vm.value_error(format!("empty names on {owner}")));
        }
        let mut out = Vec::with_capacity(items.len());
        for a in &items {
            if &*self.kind(a) != "alias" {
                return Err(self.wrong_node("alias", a));
            }
            out.push(Alias {
                loc: self.loc(a, "alias")?,
                name: self.ident_field(a, "name", "alias")?,
                asname: self.opt_ident(a, "asname")?,
            });
        }
        Ok(self.arena.alloc_slice_copy(&out))
    }

    fn match_case(&mut self, o: &Obj) -> PyResult<MatchCase<'a>> {
        if &*self.kind(o) != "match_case" {
            return Err(self.wrong_node("match_case", o));
        }
        let pattern = self.field(o, "pattern", "match_case")?;
        let pattern = self.pattern(&pattern, false)?;
        Ok(MatchCase {
            pattern: self.arena.alloc(pattern),
            guard: self.opt_expr(o, "guard")?,
            body: self.block(o, "body", "match_case")?,
        })
    }

    /// A list of patterns; `star_ok`: they are the items of a sequence pattern.
    fn patterns(
        &mut self,
        o: &Obj,
        name: &str,
        owner: &str,
        star_ok: bool,
    ) -> PyResult<&'a [Pattern<'a>]> {
        let items = self.list(o, name, owner)?;
        let mut out = Vec::with_capacity(items.len());
        for p in &items {
            out.push(self.pattern(p, star_ok)?);
        }
        Ok(self.arena.alloc_slice_copy(&out))
    }

    fn pattern(&mut self, o: &Obj, star_ok: bool) -> PyResult<Pattern<'a>> {
        self.enter("pattern")?;
        let r = self.pattern_inner(o, star_ok);
        self.leave();
        r
    }

    fn pattern_inner(&mut self, o: &Obj, star_ok: bool) -> PyResult<Pattern<'a>> {
        let kind = self.kind(o);
        let k: &str = &kind;
        let known = [
            "MatchValue",
            "MatchSingleton",
            "MatchSequence",
            "MatchMapping",
            "MatchClass",
            "MatchStar",
            "MatchAs",
            "MatchOr",
        ];
        if !known.contains(&k) {
            return Err(self.wrong_node("pattern", o));
        }
        let loc = self.loc(o, "pattern")?;
        let kind = match k {
            "MatchValue" => {
                let value = self.expr_ref(o, "value", k)?;
                if !matches!(
                    value.kind,
                    ExprKind::Constant(_)
                        | ExprKind::Attribute { .. }
                        | ExprKind::UnaryOp { .. }
                        | ExprKind::BinOp { .. }
                ) {
                    return Err(self
                        .vm
                        .value_error("patterns may only match literals and attribute lookups"));
                }
                PatternKind::MatchValue(value)
            }
            "MatchSingleton" => {
                let v = self.attr(o, "value")?.unwrap_or_else(|| self.vm.none());
                let c = if v.ptr_eq(&self.vm.new_bool(true)) {
                    Constant::True
                } else if v.ptr_eq(&self.vm.new_bool(false)) {
                    Constant::False
                } else if v.ptr_eq(&self.vm.none()) {
                    Constant::None
                } else {
                    return Err(self
                        .vm
                        .value_error("MatchSingleton can only contain True, False and None"));
                };
                PatternKind::MatchSingleton(c)
            }
            "MatchSequence" => PatternKind::MatchSequence(self.patterns(o, "patterns", k, true)?),
            "MatchMapping" => {
                let keys = self.exprs(o, "keys", k)?;
                let patterns = self.patterns(o, "patterns", k, false)?;
                if keys.len() != patterns.len() {
                    return Err(self.vm.value_error(
                        "MatchMapping doesn't have the same number of keys as patterns",
                    ));
                }
                PatternKind::MatchMapping {
                    keys,
                    patterns,
                    rest: self.opt_ident(o, "rest")?,
                }
            }
            "MatchClass" => {
                let cls = self.expr_ref(o, "cls", k)?;
                let patterns = self.patterns(o, "patterns", k, false)?;
                let kwd_attrs = self.ident_list(o, "kwd_attrs", k)?;
                let kwd_patterns = self.patterns(o, "kwd_patterns", k, false)?;
                if kwd_attrs.len() != kwd_patterns.len() {
                    return Err(self.vm.value_error(
                        "MatchClass doesn't have the same number of keyword attributes as patterns",
                    ));
                }
                PatternKind::MatchClass {
                    cls,
                    patterns,
                    kwd_attrs,
                    kwd_patterns,
                }
            }
            "MatchStar" => {
                if !star_ok {
                    return Err(self.vm.value_error("can't use MatchStar here"));
                }
                PatternKind::MatchStar(self.opt_ident(o, "name")?)
            }
            "MatchAs" => {
                let pattern = match self.opt(o, "pattern")? {
                    Some(p) => {
                        let p = self.pattern(&p, false)?;
                        Some(&*self.arena.alloc(p))
                    }
                    None => None,
                };
                PatternKind::MatchAs {
                    pattern,
                    name: self.opt_ident(o, "name")?,
                }
            }
            _ => {
                let patterns = self.patterns(o, "patterns", k, false)?;
                if patterns.len() < 2 {
                    return Err(self.vm.value_error("MatchOr requires at least 2 patterns"));
                }
                PatternKind::MatchOr(patterns)
            }
        };
        Ok(Pattern { loc, kind })
    }
}

fn is_stmt(k: &str) -> bool {
    matches!(
        k,
        "FunctionDef"
            | "AsyncFunctionDef"
            | "ClassDef"
            | "Return"
            | "Delete"
            | "Assign"
            | "AugAssign"
            | "AnnAssign"
            | "For"
            | "AsyncFor"
            | "While"
            | "If"
            | "With"
            | "AsyncWith"
            | "Raise"
            | "Try"
            | "TryStar"
            | "Assert"
            | "Import"
            | "ImportFrom"
            | "Match"
            | "Global"
            | "Nonlocal"
            | "Expr"
            | "Pass"
            | "Break"
            | "Continue"
    )
}
