//! `compile(tree, filename, mode)`: the node objects of an `ast` tree read back into
//! minipy's arena tree, which the compiler then compiles as if it had been parsed. A
//! missing or ill-typed field is CPython's TypeError (`required field "value" missing
//! from Expr`), and the checks of CPython's validator (each expression's context where
//! it sits, non-empty lists, pattern rules) are its ValueErrors.

use bumpalo::Bump;

use crate::compile::future::Features;
use crate::compile::{CompileError, CompileMode, compile_module};
use crate::heap::Obj;
use crate::objects::str::as_str;
use crate::objects::tuple::as_tuple;
use crate::objects::{ListObj, Tag, TypeObj, tag_of};
use crate::syntax::ast::{Loc, Module};
use crate::vm::{CompileFailure, PyResult, Vm};

/// How deep a tree may nest before reading it gives up with RecursionError (the
/// compiler's own nesting limit).
const MAX_DEPTH: usize = 2000;

pub(super) struct Reader<'a, 'v> {
    pub(super) vm: &'v mut Vm,
    pub(super) arena: &'a Bump,
    depth: usize,
}

/// Compiles the tree `root` (a Module, Expression or Interactive node, as `mode` asks).
pub(crate) fn compile_tree(
    vm: &mut Vm,
    root: &Obj,
    filename: &str,
    mode: CompileMode,
    features: Features,
) -> PyResult<std::rc::Rc<crate::compile::bytecode::CodeObject>> {
    let wanted = match mode {
        CompileMode::Module => "Module",
        CompileMode::Eval => "Expression",
        CompileMode::Interactive => "Interactive",
    };
    let arena = Bump::new();
    let mut r = Reader {
        vm,
        arena: &arena,
        depth: 0,
    };
    if &*r.kind(root) != wanted {
        let got = r.vm.type_name(root);
        return Err(r
            .vm
            .type_error(format!("expected {wanted} node, got {got}")));
    }
    let body = if mode == CompileMode::Eval {
        let e = r.expr_field(root, "body", "Expression")?;
        let loc = e.loc;
        let stmt = crate::syntax::ast::Stmt {
            loc,
            kind: crate::syntax::ast::StmtKind::Expr(arena.alloc(e)),
        };
        arena.alloc_slice_copy(&[stmt])
    } else {
        r.body(root, "body", wanted)?
    };
    let module = Module {
        body,
        longest_decimal_literal: None,
    };
    let vm = r.vm;
    match compile_module(vm, &module, filename, mode, features) {
        Ok(code) => Ok(code),
        Err(CompileError::Syntax { msg, loc, stage }) => {
            let e = crate::vm::compile_stage_error(msg, loc);
            Err(vm.compile_failure_to_exception(CompileFailure::Compile(e, stage), filename))
        }
        Err(CompileError::TooDeep) => {
            Err(vm.compile_failure_to_exception(CompileFailure::TooDeep, filename))
        }
    }
}

impl<'a> Reader<'a, '_> {
    /// Counts one level of nesting; too deep a tree is a RecursionError naming the
    /// kind of node (`expr`, `stmt`, `pattern`) being read.
    pub(super) fn enter(&mut self, what: &str) -> PyResult<()> {
        self.depth += 1;
        if self.depth > MAX_DEPTH {
            return Err(self.vm.recursion_error(format!(
                "maximum recursion depth exceeded while traversing '{what}' node"
            )));
        }
        Ok(())
    }

    pub(super) fn leave(&mut self) {
        self.depth = self.depth.saturating_sub(1);
    }

    /// The class name of a node: the name of the first class of the `ast` module in
    /// its class's MRO (a subclass of `ast.Name` reads as a Name).
    pub(super) fn kind(&mut self, o: &Obj) -> std::rc::Rc<str> {
        let cls = self.vm.type_of(o);
        let Some(t) = cls.downcast::<TypeObj>() else {
            return self.vm.type_name(o);
        };
        let mro = t.mro.borrow().clone();
        let Ok(key) = self.vm.intern("__module__") else {
            return self.vm.type_name(o);
        };
        for c in as_tuple(&mro).unwrap_or(&[]) {
            if let Some(ct) = c.downcast::<TypeObj>()
                && let Some(m) = self.vm.dict_get_str(&ct.dict, &key)
                && as_str(&m) == Some("ast")
            {
                return ct.name.borrow().clone();
            }
        }
        self.vm.type_name(o)
    }

    /// An attribute, or None when it is missing.
    pub(super) fn attr(&mut self, o: &Obj, name: &str) -> PyResult<Option<Obj>> {
        let key = self.vm.intern(name)?;
        match self.vm.getattr(o, &key) {
            Ok(v) => Ok(Some(v)),
            Err(e) => {
                let cls = self.vm.exc.attribute_error.clone();
                if self.vm.err_matches(&e, &cls) {
                    Ok(None)
                } else {
                    Err(e)
                }
            }
        }
    }

    /// A required field: missing or None is CPython's TypeError.
    pub(super) fn field(&mut self, o: &Obj, name: &str, owner: &str) -> PyResult<Obj> {
        match self.opt(o, name)? {
            Some(v) => Ok(v),
            None => Err(self
                .vm
                .type_error(format!("required field \"{name}\" missing from {owner}"))),
        }
    }

    /// An optional field: missing and None are both None.
    pub(super) fn opt(&mut self, o: &Obj, name: &str) -> PyResult<Option<Obj>> {
        let none = self.vm.none();
        Ok(self.attr(o, name)?.filter(|v| !v.ptr_eq(&none)))
    }

    /// A list field (required).
    pub(super) fn list(&mut self, o: &Obj, name: &str, owner: &str) -> PyResult<Vec<Obj>> {
        let v = self.field(o, name, owner)?;
        match v.downcast::<ListObj>() {
            Some(l) => Ok(l.items.borrow().to_vec()),
            None => {
                let t = self.vm.type_name(&v);
                Err(self.vm.type_error(format!(
                    "{owner} field \"{name}\" must be a list, not a {t}"
                )))
            }
        }
    }

    /// An identifier.
    pub(super) fn ident(&mut self, v: &Obj) -> PyResult<&'a str> {
        match as_str(v) {
            Some(s) => Ok(self.arena.alloc_str(s)),
            None => Err(self.vm.type_error("AST identifier must be of type str")),
        }
    }

    pub(super) fn ident_field(&mut self, o: &Obj, name: &str, owner: &str) -> PyResult<&'a str> {
        let v = self.field(o, name, owner)?;
        self.ident(&v)
    }

    pub(super) fn opt_ident(&mut self, o: &Obj, name: &str) -> PyResult<Option<&'a str>> {
        match self.opt(o, name)? {
            Some(v) => self.ident(&v).map(Some),
            None => Ok(None),
        }
    }

    pub(super) fn ident_list(
        &mut self,
        o: &Obj,
        name: &str,
        owner: &str,
    ) -> PyResult<&'a [&'a str]> {
        let items = self.list(o, name, owner)?;
        let mut out = Vec::with_capacity(items.len());
        for i in &items {
            out.push(self.ident(i)?);
        }
        Ok(self.arena.alloc_slice_copy(&out))
    }

    /// An int field (required).
    pub(super) fn int(&mut self, o: &Obj, name: &str, owner: &str) -> PyResult<i64> {
        let v = self.field(o, name, owner)?;
        if !matches!(tag_of(&v), Tag::Int | Tag::BigInt | Tag::Bool) {
            let r = self.vm.repr_string(&v)?;
            return Err(self.vm.type_error(format!("invalid integer value: {r}")));
        }
        self.vm.to_index(&v)
    }

    /// The position attributes; the end defaults to the start.
    pub(super) fn loc(&mut self, o: &Obj, owner: &str) -> PyResult<Loc> {
        let line = self.int(o, "lineno", owner)?;
        let col = self.int(o, "col_offset", owner)?;
        let end_line = match self.opt(o, "end_lineno")? {
            Some(_) => self.int(o, "end_lineno", owner)?,
            None => line,
        };
        let end_col = match self.opt(o, "end_col_offset")? {
            Some(_) => self.int(o, "end_col_offset", owner)?,
            None => col,
        };
        let clamp = |v: i64| u32::try_from(v.max(0)).unwrap_or(u32::MAX);
        Ok(Loc {
            line: clamp(line),
            col: clamp(col),
            end_line: clamp(end_line),
            end_col: clamp(end_col),
        })
    }

    /// "expected some sort of expr, but got <repr>".
    pub(super) fn wrong_node(&mut self, what: &str, o: &Obj) -> crate::vm::PyErr {
        match self.vm.repr_string(o) {
            Ok(r) => self
                .vm
                .type_error(format!("expected some sort of {what}, but got {r}")),
            Err(e) => e,
        }
    }
}
