//! Reading statements, handlers, `with` items, aliases, `match` cases and patterns
//! from node objects (the reverse of `stmts.rs`).

use crate::heap::Obj;
use crate::syntax::ast::{
    Alias, ClassDef, Constant, ExceptHandler, FunctionDef, MatchCase, Pattern, PatternKind, Stmt,
    StmtKind, WithItem,
};
use crate::vm::PyResult;

use super::read_exprs::binop_of;
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

    /// A statement list that may not be empty (`empty body on FunctionDef`).
    fn block(&mut self, o: &Obj, name: &str, owner: &str) -> PyResult<&'a [Stmt<'a>]> {
        let body = self.body(o, name, owner)?;
        if body.is_empty() {
            return Err(self.vm.value_error(format!("empty {name} on {owner}")));
        }
        Ok(body)
    }

    fn stmt(&mut self, o: &Obj) -> PyResult<Stmt<'a>> {
        self.enter()?;
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
            "Delete" => StmtKind::Delete(self.exprs(o, "targets", k)?),
            "Assign" => {
                let targets = self.exprs(o, "targets", k)?;
                if targets.is_empty() {
                    return Err(self.vm.value_error("empty targets on Assign"));
                }
                StmtKind::Assign {
                    targets,
                    value: self.expr_ref(o, "value", k)?,
                }
            }
            "AugAssign" => StmtKind::AugAssign {
                target: self.expr_ref(o, "target", k)?,
                op: {
                    let op = self.field(o, "op", k)?;
                    binop_of(self, &op)?
                },
                value: self.expr_ref(o, "value", k)?,
            },
            "AnnAssign" => StmtKind::AnnAssign {
                target: self.expr_ref(o, "target", k)?,
                annotation: self.expr_ref(o, "annotation", k)?,
                value: self.opt_expr(o, "value")?,
                simple: self.int(o, "simple", k)? != 0,
            },
            "For" | "AsyncFor" => StmtKind::For {
                target: self.expr_ref(o, "target", k)?,
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
            "Raise" => StmtKind::Raise {
                exc: self.opt_expr(o, "exc")?,
                cause: self.opt_expr(o, "cause")?,
            },
            "Try" => {
                let body = self.block(o, "body", k)?;
                let items = self.list(o, "handlers", k)?;
                let mut handlers = Vec::with_capacity(items.len());
                for h in &items {
                    handlers.push(self.handler(h)?);
                }
                StmtKind::Try {
                    body,
                    handlers: self.arena.alloc_slice_copy(&handlers),
                    orelse: self.body(o, "orelse", k)?,
                    finalbody: self.body(o, "finalbody", k)?,
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
                StmtKind::ImportFrom {
                    module: self.opt_ident(o, "module")?,
                    names: self.aliases(o, k)?,
                    level: u32::try_from(level.max(0)).unwrap_or(0),
                }
            }
            "Match" => {
                let subject = self.expr_ref(o, "subject", k)?;
                let items = self.list(o, "cases", k)?;
                let mut cases = Vec::with_capacity(items.len());
                for c in &items {
                    cases.push(self.match_case(c)?);
                }
                StmtKind::Match {
                    subject,
                    cases: self.arena.alloc_slice_copy(&cases),
                }
            }
            "Global" => StmtKind::Global(self.ident_list(o, "names", k)?),
            "Nonlocal" => StmtKind::Nonlocal(self.ident_list(o, "names", k)?),
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
            optional_vars: self.opt_expr(o, "optional_vars")?,
        })
    }

    fn handler(&mut self, o: &Obj) -> PyResult<ExceptHandler<'a>> {
        if &*self.kind(o) != "ExceptHandler" {
            return Err(self.wrong_node("excepthandler", o));
        }
        Ok(ExceptHandler {
            loc: self.loc(o, "excepthandler")?,
            typ: self.opt_expr(o, "type")?,
            name: self.opt_ident(o, "name")?,
            body: self.block(o, "body", "ExceptHandler")?,
        })
    }

    fn aliases(&mut self, o: &Obj, owner: &str) -> PyResult<&'a [Alias<'a>]> {
        let items = self.list(o, "names", owner)?;
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
        let pattern = self.pattern(&pattern)?;
        Ok(MatchCase {
            pattern: self.arena.alloc(pattern),
            guard: self.opt_expr(o, "guard")?,
            body: self.block(o, "body", "match_case")?,
        })
    }

    fn patterns(&mut self, o: &Obj, name: &str, owner: &str) -> PyResult<&'a [Pattern<'a>]> {
        let items = self.list(o, name, owner)?;
        let mut out = Vec::with_capacity(items.len());
        for p in &items {
            out.push(self.pattern(p)?);
        }
        Ok(self.arena.alloc_slice_copy(&out))
    }

    fn pattern(&mut self, o: &Obj) -> PyResult<Pattern<'a>> {
        self.enter()?;
        let r = self.pattern_inner(o);
        self.leave();
        r
    }

    fn pattern_inner(&mut self, o: &Obj) -> PyResult<Pattern<'a>> {
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
            "MatchValue" => PatternKind::MatchValue(self.expr_ref(o, "value", k)?),
            "MatchSingleton" => {
                let v = self.attr(o, "value")?.unwrap_or_else(|| self.vm.none());
                let c = if v.ptr_eq(&self.vm.new_bool(true)) {
                    Constant::True
                } else if v.ptr_eq(&self.vm.new_bool(false)) {
                    Constant::False
                } else {
                    Constant::None
                };
                PatternKind::MatchSingleton(c)
            }
            "MatchSequence" => PatternKind::MatchSequence(self.patterns(o, "patterns", k)?),
            "MatchMapping" => PatternKind::MatchMapping {
                keys: self.exprs(o, "keys", k)?,
                patterns: self.patterns(o, "patterns", k)?,
                rest: self.opt_ident(o, "rest")?,
            },
            "MatchClass" => PatternKind::MatchClass {
                cls: self.expr_ref(o, "cls", k)?,
                patterns: self.patterns(o, "patterns", k)?,
                kwd_attrs: self.ident_list(o, "kwd_attrs", k)?,
                kwd_patterns: self.patterns(o, "kwd_patterns", k)?,
            },
            "MatchStar" => PatternKind::MatchStar(self.opt_ident(o, "name")?),
            "MatchAs" => {
                let pattern = match self.opt(o, "pattern")? {
                    Some(p) => {
                        let p = self.pattern(&p)?;
                        Some(&*self.arena.alloc(p))
                    }
                    None => None,
                };
                PatternKind::MatchAs {
                    pattern,
                    name: self.opt_ident(o, "name")?,
                }
            }
            _ => PatternKind::MatchOr(self.patterns(o, "patterns", k)?),
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
