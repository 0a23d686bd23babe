//! Statements, exception handlers, `with` items, import aliases, `match` cases and
//! patterns, with CPython's class and field names.

use crate::heap::Obj;
use crate::syntax::ast::{
    Alias, ExceptHandler, MatchCase, Pattern, PatternKind, Stmt, StmtKind, WithItem,
};
use crate::vm::PyResult;

use super::exprs::{Ctx, binop_name};
use super::nodes::Converter;

impl Converter<'_, '_> {
    pub(super) fn stmts(&mut self, body: &[Stmt]) -> PyResult {
        self.list(body, |c, s| c.stmt(s))
    }

    fn stmt(&mut self, s: &Stmt) -> PyResult {
        self.enter()?;
        let r = self.stmt_inner(s);
        self.leave();
        r
    }

    fn stmt_inner(&mut self, s: &Stmt) -> PyResult {
        let loc = Some(s.loc);
        let none = self.vm.none();
        match s.kind {
            StmtKind::FunctionDef(f) => {
                let name = self.vm.new_str(f.name)?;
                let args = self.arguments(f.args)?;
                let body = self.stmts(f.body)?;
                let decorators = self.exprs(f.decorators, Ctx::Load)?;
                let returns = self.opt_load(f.returns)?;
                let class = if f.is_async {
                    "AsyncFunctionDef"
                } else {
                    "FunctionDef"
                };
                let fields = [
                    ("name", name),
                    ("args", args),
                    ("body", body),
                    ("decorator_list", decorators),
                    ("returns", returns),
                    ("type_comment", none),
                ];
                self.node(class, &fields, loc)
            }
            StmtKind::ClassDef(c) => {
                let name = self.vm.new_str(c.name)?;
                let bases = self.exprs(c.bases, Ctx::Load)?;
                let keywords = self.list(c.keywords, |cv, k| cv.keyword(k))?;
                let body = self.stmts(c.body)?;
                let decorators = self.exprs(c.decorators, Ctx::Load)?;
                let fields = [
                    ("name", name),
                    ("bases", bases),
                    ("keywords", keywords),
                    ("body", body),
                    ("decorator_list", decorators),
                ];
                self.node("ClassDef", &fields, loc)
            }
            StmtKind::Return(v) => {
                let value = self.opt_load(v)?;
                self.node("Return", &[("value", value)], loc)
            }
            StmtKind::Delete(targets) => {
                let targets = self.exprs(targets, Ctx::Del)?;
                self.node("Delete", &[("targets", targets)], loc)
            }
            StmtKind::Assign { targets, value } => {
                let targets = self.exprs(targets, Ctx::Store)?;
                let value = self.load(value)?;
                let fields = [
                    ("targets", targets),
                    ("value", value),
                    ("type_comment", none),
                ];
                self.node("Assign", &fields, loc)
            }
            StmtKind::AugAssign { target, op, value } => {
                let target = self.expr(target, Ctx::Store)?;
                let op = self.singleton(binop_name(op))?;
                let value = self.load(value)?;
                let fields = [("target", target), ("op", op), ("value", value)];
                self.node("AugAssign", &fields, loc)
            }
            StmtKind::AnnAssign {
                target,
                annotation,
                value,
                simple,
            } => {
                let target = self.expr(target, Ctx::Store)?;
                let annotation = self.load(annotation)?;
                let value = self.opt_load(value)?;
                let simple = self.vm.new_int(i64::from(simple))?;
                let fields = [
                    ("target", target),
                    ("annotation", annotation),
                    ("value", value),
                    ("simple", simple),
                ];
                self.node("AnnAssign", &fields, loc)
            }
            StmtKind::For {
                target,
                iter,
                body,
                orelse,
                is_async,
            } => {
                let target = self.expr(target, Ctx::Store)?;
                let iter = self.load(iter)?;
                let body = self.stmts(body)?;
                let orelse = self.stmts(orelse)?;
                let fields = [
                    ("target", target),
                    ("iter", iter),
                    ("body", body),
                    ("orelse", orelse),
                    ("type_comment", none),
                ];
                self.node(if is_async { "AsyncFor" } else { "For" }, &fields, loc)
            }
            StmtKind::While { test, body, orelse } => {
                let fields = self.test_body_orelse(test, body, orelse)?;
                self.node("While", &fields, loc)
            }
            StmtKind::If { test, body, orelse } => {
                let fields = self.test_body_orelse(test, body, orelse)?;
                self.node("If", &fields, loc)
            }
            StmtKind::With {
                items,
                body,
                is_async,
            } => {
                let items = self.list(items, |c, w| c.with_item(w))?;
                let body = self.stmts(body)?;
                let fields = [("items", items), ("body", body), ("type_comment", none)];
                self.node(if is_async { "AsyncWith" } else { "With" }, &fields, loc)
            }
            StmtKind::Raise { exc, cause } => {
                let exc = self.opt_load(exc)?;
                let cause = self.opt_load(cause)?;
                self.node("Raise", &[("exc", exc), ("cause", cause)], loc)
            }
            StmtKind::Try {
                body,
                handlers,
                orelse,
                finalbody,
            } => {
                // `except*` clauses make the statement a TryStar.
                let kind = if handlers.first().is_some_and(|h| h.star) {
                    "TryStar"
                } else {
                    "Try"
                };
                let body = self.stmts(body)?;
                let handlers = self.list(handlers, |c, h| c.handler(h))?;
                let orelse = self.stmts(orelse)?;
                let finalbody = self.stmts(finalbody)?;
                let fields = [
                    ("body", body),
                    ("handlers", handlers),
                    ("orelse", orelse),
                    ("finalbody", finalbody),
                ];
                self.node(kind, &fields, loc)
            }
            StmtKind::Assert { test, msg } => {
                let test = self.load(test)?;
                let msg = self.opt_load(msg)?;
                self.node("Assert", &[("test", test), ("msg", msg)], loc)
            }
            StmtKind::Import(names) => {
                let names = self.list(names, |c, a| c.alias(a))?;
                self.node("Import", &[("names", names)], loc)
            }
            StmtKind::ImportFrom {
                module,
                names,
                level,
            } => {
                let module = self.opt_str(module)?;
                let names = self.list(names, |c, a| c.alias(a))?;
                let level = self.vm.new_int(i64::from(level))?;
                let fields = [("module", module), ("names", names), ("level", level)];
                self.node("ImportFrom", &fields, loc)
            }
            StmtKind::Match { subject, cases } => {
                let subject = self.load(subject)?;
                let cases = self.list(cases, |c, m| c.match_case(m))?;
                self.node("Match", &[("subject", subject), ("cases", cases)], loc)
            }
            StmtKind::Global(names) => {
                let names = self.str_list(names)?;
                self.node("Global", &[("names", names)], loc)
            }
            StmtKind::Nonlocal(names) => {
                let names = self.str_list(names)?;
                self.node("Nonlocal", &[("names", names)], loc)
            }
            StmtKind::Expr(e) => {
                let value = self.load(e)?;
                self.node("Expr", &[("value", value)], loc)
            }
            StmtKind::Pass => self.node("Pass", &[], loc),
            StmtKind::Break => self.node("Break", &[], loc),
            StmtKind::Continue => self.node("Continue", &[], loc),
        }
    }

    fn test_body_orelse(
        &mut self,
        test: &crate::syntax::ast::Expr,
        body: &[Stmt],
        orelse: &[Stmt],
    ) -> PyResult<[(&'static str, Obj); 3]> {
        let test = self.load(test)?;
        let body = self.stmts(body)?;
        let orelse = self.stmts(orelse)?;
        Ok([("test", test), ("body", body), ("orelse", orelse)])
    }

    fn with_item(&mut self, w: &WithItem) -> PyResult {
        let context = self.load(w.context)?;
        let vars = match w.optional_vars {
            Some(v) => self.expr(v, Ctx::Store)?,
            None => self.vm.none(),
        };
        let fields = [("context_expr", context), ("optional_vars", vars)];
        self.node("withitem", &fields, None)
    }

    fn handler(&mut self, h: &ExceptHandler) -> PyResult {
        let typ = self.opt_load(h.typ)?;
        let name = self.opt_str(h.name)?;
        let body = self.stmts(h.body)?;
        let fields = [("type", typ), ("name", name), ("body", body)];
        self.node("ExceptHandler", &fields, Some(h.loc))
    }

    fn alias(&mut self, a: &Alias) -> PyResult {
        let name = self.vm.new_str(a.name)?;
        let asname = self.opt_str(a.asname)?;
        self.node("alias", &[("name", name), ("asname", asname)], Some(a.loc))
    }

    fn match_case(&mut self, m: &MatchCase) -> PyResult {
        let pattern = self.pattern(m.pattern)?;
        let guard = self.opt_load(m.guard)?;
        let body = self.stmts(m.body)?;
        let fields = [("pattern", pattern), ("guard", guard), ("body", body)];
        self.node("match_case", &fields, None)
    }

    fn patterns(&mut self, ps: &[Pattern]) -> PyResult {
        self.list(ps, |c, p| c.pattern(p))
    }

    fn pattern(&mut self, p: &Pattern) -> PyResult {
        self.enter()?;
        let r = self.pattern_inner(p);
        self.leave();
        r
    }

    fn pattern_inner(&mut self, p: &Pattern) -> PyResult {
        let loc = Some(p.loc);
        match p.kind {
            PatternKind::MatchValue(e) => {
                let value = self.load(e)?;
                self.node("MatchValue", &[("value", value)], loc)
            }
            PatternKind::MatchSingleton(c) => {
                let value = self.constant_value(&c)?;
                self.node("MatchSingleton", &[("value", value)], loc)
            }
            PatternKind::MatchSequence(ps) => {
                let patterns = self.patterns(ps)?;
                self.node("MatchSequence", &[("patterns", patterns)], loc)
            }
            PatternKind::MatchMapping {
                keys,
                patterns,
                rest,
            } => {
                let keys = self.exprs(keys, Ctx::Load)?;
                let patterns = self.patterns(patterns)?;
                let rest = self.opt_str(rest)?;
                let fields = [("keys", keys), ("patterns", patterns), ("rest", rest)];
                self.node("MatchMapping", &fields, loc)
            }
            PatternKind::MatchClass {
                cls,
                patterns,
                kwd_attrs,
                kwd_patterns,
            } => {
                let cls = self.load(cls)?;
                let patterns = self.patterns(patterns)?;
                let kwd_attrs = self.str_list(kwd_attrs)?;
                let kwd_patterns = self.patterns(kwd_patterns)?;
                let fields = [
                    ("cls", cls),
                    ("patterns", patterns),
                    ("kwd_attrs", kwd_attrs),
                    ("kwd_patterns", kwd_patterns),
                ];
                self.node("MatchClass", &fields, loc)
            }
            PatternKind::MatchStar(name) => {
                let name = self.opt_str(name)?;
                self.node("MatchStar", &[("name", name)], loc)
            }
            PatternKind::MatchAs { pattern, name } => {
                let pattern = match pattern {
                    Some(sub) => self.pattern(sub)?,
                    None => self.vm.none(),
                };
                let name = self.opt_str(name)?;
                self.node("MatchAs", &[("pattern", pattern), ("name", name)], loc)
            }
            PatternKind::MatchOr(ps) => {
                let patterns = self.patterns(ps)?;
                self.node("MatchOr", &[("patterns", patterns)], loc)
            }
        }
    }
}
