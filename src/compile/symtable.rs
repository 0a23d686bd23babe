//! Scopes: for every function, lambda, comprehension, class and the module, which
//! names are local, global, free (from an enclosing function) or cells (captured by an
//! inner function). Follows CPython's symtable rules.

use rustc_hash::{FxHashMap, FxHashSet};

use super::codegen::ErrorStage;
use crate::syntax::ast::*;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ScopeKind {
    Module,
    Class,
    Function,
}

/// Where a name lives in a given scope.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum NameScope {
    Local,
    GlobalExplicit,
    GlobalImplicit,
    Free,
    Cell,
}

#[derive(Debug)]
pub struct Scope {
    pub kind: ScopeKind,
    pub name: String,
    /// Parameters in order.
    pub params: Vec<String>,
    /// Every name bound in this scope, in first-binding order.
    pub bound_order: Vec<String>,
    bound: FxHashSet<String>,
    used: FxHashSet<String>,
    /// Names given an annotation as a simple target (`x: int`).
    annotated: FxHashSet<String>,
    globals: FxHashSet<String>,
    nonlocals: FxHashSet<String>,
    /// Where each `nonlocal` name was declared, in order (for error locations).
    nonlocal_decls: Vec<(String, Loc)>,
    pub children: Vec<usize>,
    pub parent: Option<usize>,
    /// Final classification of the names that appear here.
    pub symbols: FxHashMap<String, NameScope>,
    /// Cell names in first-seen order, and free names in first-seen order.
    pub cellvars: Vec<String>,
    pub freevars: Vec<String>,
    pub is_generator: bool,
    /// `async def`, or a comprehension with `async for` or `await`.
    pub is_coroutine: bool,
    /// A method that uses `super` or `__class__` needs the class cell.
    pub needs_class_cell: bool,
    /// A class whose methods need `__class__`.
    pub has_class_cell: bool,
    /// Comprehension scopes are inlined as functions with the iterator parameter `.0`.
    pub is_comprehension: bool,
    /// The class whose private names (`__x`) are mangled here: the innermost enclosing
    /// class, or this scope itself when it is a class body.
    pub private: Option<String>,
    /// Names an assignment expression (`:=`) binds here: the only way an expression can
    /// rebind a fast local, which the compiler's augmented-assignment shortcut relies on.
    pub walrus_targets: FxHashSet<String>,
    /// Names a `del` or an `except ... as` can unbind here: a parameter not among them
    /// is bound whenever the function runs, so its loads need no position of their own
    /// for an UnboundLocalError (see `compile/fuse.rs`).
    pub unbinds: FxHashSet<String>,
}

impl Scope {
    fn new(kind: ScopeKind, name: &str, parent: Option<usize>) -> Scope {
        Scope {
            kind,
            name: name.to_owned(),
            params: Vec::new(),
            bound_order: Vec::new(),
            bound: FxHashSet::default(),
            used: FxHashSet::default(),
            annotated: FxHashSet::default(),
            globals: FxHashSet::default(),
            nonlocals: FxHashSet::default(),
            nonlocal_decls: Vec::new(),
            children: Vec::new(),
            parent,
            symbols: FxHashMap::default(),
            cellvars: Vec::new(),
            freevars: Vec::new(),
            is_generator: false,
            is_coroutine: false,
            needs_class_cell: false,
            has_class_cell: false,
            is_comprehension: false,
            private: None,
            walrus_targets: FxHashSet::default(),
            unbinds: FxHashSet::default(),
        }
    }

    fn bind(&mut self, name: &str) {
        if self.bound.insert(name.to_owned()) {
            self.bound_order.push(name.to_owned());
        }
    }

    pub fn lookup(&self, name: &str) -> NameScope {
        match self.symbols.get(name) {
            Some(s) => *s,
            None => match self.kind {
                ScopeKind::Function => NameScope::GlobalImplicit,
                _ => NameScope::Local,
            },
        }
    }
}

/// A compile-time error found while building scopes (CPython's symtable errors).
#[derive(Debug, Clone)]
pub struct ScopeError {
    pub msg: String,
    pub loc: Loc,
    /// CPython's compiler proper reports some of the errors minipy finds here.
    pub stage: ErrorStage,
}

pub struct SymbolTable {
    pub scopes: Vec<Scope>,
    /// Scope index of each function, lambda, class or comprehension node, keyed by the
    /// node's address in the arena.
    by_node: FxHashMap<usize, usize>,
}

impl SymbolTable {
    pub fn scope_of<T>(&self, node: &T) -> Option<usize> {
        self.by_node.get(&(node as *const T as usize)).copied()
    }
}

struct Builder {
    scopes: Vec<Scope>,
    by_node: FxHashMap<usize, usize>,
    current: usize,
    error: Option<ScopeError>,
}

pub fn build(module: &Module<'_>) -> Result<SymbolTable, ScopeError> {
    let mut b = Builder {
        scopes: vec![Scope::new(ScopeKind::Module, "<module>", None)],
        by_node: FxHashMap::default(),
        current: 0,
        error: None,
    };
    for s in module.body {
        b.stmt(s);
    }
    if let Some(e) = b.error {
        return Err(e);
    }
    b.resolve()?;
    Ok(SymbolTable {
        scopes: b.scopes,
        by_node: b.by_node,
    })
}

impl Builder {
    fn cur(&mut self) -> &mut Scope {
        &mut self.scopes[self.current]
    }

    fn fail(&mut self, msg: String, loc: Loc) {
        self.fail_in(msg, loc, ErrorStage::Symtable);
    }

    /// An error CPython's compiler proper reports ('return' outside function, ...).
    fn fail_compiler(&mut self, msg: String, loc: Loc) {
        self.fail_in(msg, loc, ErrorStage::Compiler);
    }

    fn fail_in(&mut self, msg: String, loc: Loc, stage: ErrorStage) {
        if self.error.is_none() {
            self.error = Some(ScopeError { msg, loc, stage });
        }
    }

    fn push_scope<T>(&mut self, node: &T, kind: ScopeKind, name: &str) -> usize {
        let idx = self.scopes.len();
        let mut scope = Scope::new(kind, name, Some(self.current));
        scope.private = if kind == ScopeKind::Class {
            Some(name.to_owned())
        } else {
            self.scopes[self.current].private.clone()
        };
        self.scopes.push(scope);
        self.scopes[self.current].children.push(idx);
        self.by_node.insert(node as *const T as usize, idx);
        let prev = self.current;
        self.current = idx;
        prev
    }

    /// `name` as stored: private names inside a class are mangled.
    fn mangle<'n>(&self, name: &'n str) -> std::borrow::Cow<'n, str> {
        mangle(self.scopes[self.current].private.as_deref(), name)
    }

    fn bind_name(&mut self, name: &str, loc: Loc) {
        let name = &*self.mangle(name).into_owned();
        let s = self.cur();
        if s.globals.contains(name) || s.nonlocals.contains(name) {
            // Declared: the binding goes to the declared scope.
            s.used.insert(name.to_owned());
            return;
        }
        s.bind(name);
        let _ = loc;
    }

    fn use_name(&mut self, name: &str) {
        let name = self.mangle(name).into_owned();
        self.cur().used.insert(name);
    }

    fn body(&mut self, stmts: &[Stmt<'_>]) {
        for s in stmts {
            self.stmt(s);
        }
    }

    fn stmt(&mut self, s: &Stmt<'_>) {
        match &s.kind {
            StmtKind::FunctionDef(f) => {
                for d in f.decorators {
                    self.expr(d);
                }
                self.arguments_defaults(f.args);
                if let Some(r) = f.returns {
                    self.expr(r);
                }
                self.bind_name(f.name, s.loc);
                let prev = self.push_scope(*f, ScopeKind::Function, f.name);
                self.cur().is_coroutine = f.is_async;
                self.params(f.args);
                self.body(f.body);
                self.current = prev;
            }
            StmtKind::ClassDef(c) => {
                for d in c.decorators {
                    self.expr(d);
                }
                for b in c.bases {
                    self.expr(b);
                }
                for k in c.keywords {
                    self.expr(k.value);
                }
                self.bind_name(c.name, s.loc);
                let prev = self.push_scope(*c, ScopeKind::Class, c.name);
                self.body(c.body);
                self.current = prev;
            }
            StmtKind::Return(v) => {
                if self.cur().kind != ScopeKind::Function {
                    self.fail_compiler("'return' outside function".into(), s.loc);
                }
                if let Some(v) = v {
                    self.expr(v);
                }
            }
            StmtKind::Delete(targets) => {
                for t in *targets {
                    self.note_unbinds(t);
                    self.target(t);
                }
            }
            StmtKind::Assign { targets, value } => {
                self.expr(value);
                for t in *targets {
                    self.target(t);
                }
            }
            StmtKind::AugAssign { target, value, .. } => {
                self.expr(value);
                if let ExprKind::Name(n) = target.kind {
                    self.use_name(n);
                }
                self.target(target);
            }
            StmtKind::AnnAssign {
                target,
                annotation,
                value,
                simple,
            } => {
                if let ExprKind::Name(n) = target.kind {
                    let s2 = &self.scopes[self.current];
                    if *simple && (s2.globals.contains(n) || s2.nonlocals.contains(n)) {
                        let kind = if s2.globals.contains(n) {
                            "global"
                        } else {
                            "nonlocal"
                        };
                        self.fail(format!("annotated name '{n}' can't be {kind}"), s.loc);
                    }
                    if *simple {
                        self.cur().annotated.insert(n.to_owned());
                    }
                }
                if self.cur().kind != ScopeKind::Function {
                    self.expr(annotation);
                }
                if let Some(v) = value {
                    self.expr(v);
                    self.target(target);
                } else if let ExprKind::Name(n) = target.kind {
                    // `x: int` makes x local in a function even without a value.
                    if self.cur().kind == ScopeKind::Function {
                        self.bind_name(n, s.loc);
                    }
                } else {
                    self.target_subexprs(target);
                }
            }
            StmtKind::For {
                target,
                iter,
                body,
                orelse,
                ..
            } => {
                self.expr(iter);
                self.target(target);
                self.body(body);
                self.body(orelse);
            }
            StmtKind::While { test, body, orelse } | StmtKind::If { test, body, orelse } => {
                self.expr(test);
                self.body(body);
                self.body(orelse);
            }
            StmtKind::Match { subject, cases } => {
                self.expr(subject);
                for c in *cases {
                    self.pattern(c.pattern);
                    if let Some(g) = c.guard {
                        self.expr(g);
                    }
                    self.body(c.body);
                }
            }
            StmtKind::With { items, body, .. } => {
                for it in *items {
                    self.expr(it.context);
                    if let Some(v) = it.optional_vars {
                        self.target(v);
                    }
                }
                self.body(body);
            }
            StmtKind::Raise { exc, cause } => {
                if let Some(e) = exc {
                    self.expr(e);
                }
                if let Some(c) = cause {
                    self.expr(c);
                }
            }
            StmtKind::Try {
                body,
                handlers,
                orelse,
                finalbody,
            } => {
                self.body(body);
                for h in *handlers {
                    if let Some(t) = h.typ {
                        self.expr(t);
                    }
                    if let Some(n) = h.name {
                        let mangled = self.mangle(n).into_owned();
                        self.cur().unbinds.insert(mangled);
                        self.bind_name(n, h.loc);
                    }
                    self.body(h.body);
                }
                self.body(orelse);
                self.body(finalbody);
            }
            StmtKind::Assert { test, msg } => {
                self.expr(test);
                if let Some(m) = msg {
                    self.expr(m);
                }
            }
            StmtKind::Import(names) => {
                for a in *names {
                    let bound = a
                        .asname
                        .unwrap_or_else(|| a.name.split('.').next().unwrap_or(a.name));
                    self.bind_name(bound, a.loc);
                }
            }
            StmtKind::ImportFrom { names, .. } => {
                for a in *names {
                    if a.name == "*" {
                        if self.cur().kind == ScopeKind::Function {
                            self.fail("import * only allowed at module level".into(), s.loc);
                        }
                        continue;
                    }
                    self.bind_name(a.asname.unwrap_or(a.name), a.loc);
                }
            }
            StmtKind::Global(names) => {
                for n in *names {
                    let n = &&*self.mangle(n).into_owned();
                    let sc = &self.scopes[self.current];
                    // CPython's order: a parameter, then a use, an annotation, a binding.
                    if sc.params.iter().any(|p| p == n) {
                        self.fail(format!("name '{n}' is parameter and global"), s.loc);
                    } else if sc.used.contains(*n) {
                        self.fail(
                            format!("name '{n}' is used prior to global declaration"),
                            s.loc,
                        );
                    } else if sc.annotated.contains(*n) {
                        self.fail(format!("annotated name '{n}' can't be global"), s.loc);
                    } else if sc.bound.contains(*n) {
                        self.fail(
                            format!("name '{n}' is assigned to before global declaration"),
                            s.loc,
                        );
                    } else if sc.nonlocals.contains(*n) {
                        self.fail(format!("name '{n}' is nonlocal and global"), s.loc);
                    }
                    self.cur().globals.insert((*n).to_owned());
                }
            }
            StmtKind::Nonlocal(names) => {
                for n in *names {
                    let n = &&*self.mangle(n).into_owned();
                    let sc = &self.scopes[self.current];
                    if sc.kind == ScopeKind::Module {
                        self.fail(
                            "nonlocal declaration not allowed at module level".into(),
                            s.loc,
                        );
                    } else if sc.params.iter().any(|p| p == n) {
                        self.fail(format!("name '{n}' is parameter and nonlocal"), s.loc);
                    } else if sc.used.contains(*n) {
                        self.fail(
                            format!("name '{n}' is used prior to nonlocal declaration"),
                            s.loc,
                        );
                    } else if sc.annotated.contains(*n) {
                        self.fail(format!("annotated name '{n}' can't be nonlocal"), s.loc);
                    } else if sc.bound.contains(*n) {
                        self.fail(
                            format!("name '{n}' is assigned to before nonlocal declaration"),
                            s.loc,
                        );
                    } else if sc.globals.contains(*n) {
                        self.fail(format!("name '{n}' is nonlocal and global"), s.loc);
                    }
                    self.cur().nonlocals.insert((*n).to_owned());
                    self.cur().nonlocal_decls.push(((*n).to_owned(), s.loc));
                }
            }
            StmtKind::Expr(e) => self.expr(e),
            StmtKind::Pass | StmtKind::Break | StmtKind::Continue => {}
        }
    }

    fn arguments_defaults(&mut self, a: &Arguments<'_>) {
        for d in a.defaults {
            self.expr(d);
        }
        for d in a.kw_defaults.iter().flatten() {
            self.expr(d);
        }
        for arg in a.posonlyargs.iter().chain(a.args).chain(a.kwonlyargs) {
            if let Some(ann) = arg.annotation {
                self.expr(ann);
            }
        }
        for arg in [a.vararg, a.kwarg].into_iter().flatten() {
            if let Some(ann) = arg.annotation {
                self.expr(ann);
            }
        }
    }

    /// Declares the parameters of the current (function) scope in CPython's order:
    /// positional, keyword-only, then *args and **kwargs.
    fn params(&mut self, a: &Arguments<'_>) {
        let mut names: Vec<(&str, Loc)> = Vec::new();
        for arg in a.posonlyargs.iter().chain(a.args).chain(a.kwonlyargs) {
            names.push((arg.name, arg.loc));
        }
        if let Some(v) = a.vararg {
            names.push((v.name, v.loc));
        }
        if let Some(k) = a.kwarg {
            names.push((k.name, k.loc));
        }
        for (n, loc) in names {
            let n = &*self.mangle(n).into_owned();
            if self.cur().params.iter().any(|p| p == n) {
                self.fail(
                    format!("duplicate argument '{n}' in function definition"),
                    loc,
                );
            }
            self.cur().params.push(n.to_owned());
            self.cur().bind(n);
        }
    }

    /// A case pattern: its captures are assignments, its values and classes are loads.
    fn pattern(&mut self, p: &Pattern<'_>) {
        match p.kind {
            PatternKind::MatchValue(e) => self.expr(e),
            PatternKind::MatchSingleton(_) => {}
            PatternKind::MatchSequence(ps) | PatternKind::MatchOr(ps) => {
                for sub in ps {
                    self.pattern(sub);
                }
            }
            PatternKind::MatchMapping {
                keys,
                patterns,
                rest,
            } => {
                for k in keys {
                    self.expr(k);
                }
                for sub in patterns {
                    self.pattern(sub);
                }
                if let Some(r) = rest {
                    self.bind_name(r, p.loc);
                }
            }
            PatternKind::MatchClass {
                cls,
                patterns,
                kwd_patterns,
                ..
            } => {
                self.expr(cls);
                for sub in patterns.iter().chain(kwd_patterns) {
                    self.pattern(sub);
                }
            }
            PatternKind::MatchStar(name) => {
                if let Some(n) = name {
                    self.bind_name(n, p.loc);
                }
            }
            PatternKind::MatchAs { pattern, name } => {
                if let Some(sub) = pattern {
                    self.pattern(sub);
                }
                if let Some(n) = name {
                    self.bind_name(n, p.loc);
                }
            }
        }
    }

    fn target(&mut self, t: &Expr<'_>) {
        match &t.kind {
            ExprKind::Name(n) => self.bind_name(n, t.loc),
            ExprKind::Tuple(items) | ExprKind::List(items) => {
                for i in *items {
                    self.target(i);
                }
            }
            ExprKind::Starred(inner) => self.target(inner),
            _ => self.target_subexprs(t),
        }
    }

    /// Records the names a `del` target unbinds.
    fn note_unbinds(&mut self, t: &Expr<'_>) {
        match &t.kind {
            ExprKind::Name(n) => {
                let mangled = self.mangle(n).into_owned();
                self.cur().unbinds.insert(mangled);
            }
            ExprKind::Tuple(items) | ExprKind::List(items) => {
                for i in *items {
                    self.note_unbinds(i);
                }
            }
            _ => {}
        }
    }

    fn target_subexprs(&mut self, t: &Expr<'_>) {
        match &t.kind {
            ExprKind::Attribute { value, .. } => self.expr(value),
            ExprKind::Subscript { value, slice } => {
                self.expr(value);
                self.expr(slice);
            }
            _ => self.expr(t),
        }
    }

    fn expr(&mut self, e: &Expr<'_>) {
        match &e.kind {
            ExprKind::BoolOp { values, .. } => {
                for v in *values {
                    self.expr(v);
                }
            }
            ExprKind::NamedExpr { target, value } => {
                self.expr(value);
                if let ExprKind::Name(n) = target.kind {
                    // In a comprehension, the walrus binds in the enclosing function.
                    let mut idx = self.current;
                    while self.scopes[idx].is_comprehension {
                        match self.scopes[idx].parent {
                            Some(p) => idx = p,
                            None => break,
                        }
                    }
                    if idx != self.current {
                        let mut j = self.current;
                        while j != idx {
                            if self.scopes[j].bound.contains(n) {
                                self.fail(format!("assignment expression cannot rebind comprehension iteration variable '{n}'"), target.loc);
                            }
                            j = self.scopes[j].parent.unwrap_or(idx);
                        }
                        if self.scopes[idx].kind == ScopeKind::Class {
                            self.fail("assignment expression within a comprehension cannot be used in a class body".into(), e.loc);
                        }
                        let target_scope = &mut self.scopes[idx];
                        // A module-level (or `global`) target is a global in the
                        // comprehension too; otherwise it is the function's local.
                        let global = target_scope.kind == ScopeKind::Module
                            || target_scope.globals.contains(n);
                        target_scope.walrus_targets.insert(n.to_string());
                        if !target_scope.globals.contains(n) {
                            target_scope.bind(n);
                        }
                        let mut j = self.current;
                        while j != idx {
                            if global {
                                self.scopes[j].globals.insert(n.to_string());
                            } else {
                                self.scopes[j].nonlocals.insert(n.to_string());
                            }
                            self.scopes[j].used.insert(n.to_string());
                            j = self.scopes[j].parent.unwrap_or(idx);
                        }
                    } else {
                        let mangled = self.mangle(n).into_owned();
                        self.cur().walrus_targets.insert(mangled);
                        self.bind_name(n, e.loc);
                    }
                }
            }
            ExprKind::BinOp { left, right, .. } => {
                self.expr(left);
                self.expr(right);
            }
            ExprKind::UnaryOp { operand, .. } => self.expr(operand),
            ExprKind::Lambda { args, body } => {
                self.arguments_defaults(args);
                let prev = self.push_scope(e, ScopeKind::Function, "<lambda>");
                self.params(args);
                self.expr(body);
                self.current = prev;
            }
            ExprKind::IfExp { test, body, orelse } => {
                self.expr(test);
                self.expr(body);
                self.expr(orelse);
            }
            ExprKind::Dict { keys, values } => {
                for (k, v) in keys.iter().zip(values.iter()) {
                    if let Some(k) = k {
                        self.expr(k);
                    }
                    self.expr(v);
                }
            }
            ExprKind::Set(items) | ExprKind::List(items) | ExprKind::Tuple(items) => {
                for i in *items {
                    self.expr(i);
                }
            }
            ExprKind::ListComp { elt, generators }
            | ExprKind::SetComp { elt, generators }
            | ExprKind::GeneratorExp { elt, generators } => {
                let is_gen = matches!(e.kind, ExprKind::GeneratorExp { .. });
                self.comprehension(e, generators, &[elt], is_gen);
            }
            ExprKind::DictComp {
                key,
                value,
                generators,
            } => {
                self.comprehension(e, generators, &[key, value], false);
            }
            ExprKind::Yield(v) => {
                self.mark_generator(e.loc);
                if let Some(v) = v {
                    self.expr(v);
                }
            }
            ExprKind::YieldFrom(v) => {
                self.mark_generator(e.loc);
                self.expr(v);
            }
            ExprKind::Await(v) => {
                if self.cur().is_comprehension {
                    self.cur().is_coroutine = true;
                }
                self.expr(v);
            }
            ExprKind::Compare {
                left, comparators, ..
            } => {
                self.expr(left);
                for c in *comparators {
                    self.expr(c);
                }
            }
            ExprKind::Call {
                func,
                args,
                keywords,
            } => {
                self.expr(func);
                for a in *args {
                    self.expr(a);
                }
                for (i, k) in keywords.iter().enumerate() {
                    if let Some(name) = k.name
                        && keywords[..i].iter().any(|p| p.name == Some(name))
                    {
                        self.fail_compiler(format!("keyword argument repeated: {name}"), k.loc);
                    }
                }
                for k in *keywords {
                    self.expr(k.value);
                }
                if let ExprKind::Name("super") = func.kind {
                    self.uses_class();
                }
            }
            ExprKind::FormattedValue {
                value, format_spec, ..
            } => {
                self.expr(value);
                if let Some(s) = format_spec {
                    self.expr(s);
                }
            }
            ExprKind::JoinedStr(parts) => {
                for p in *parts {
                    self.expr(p);
                }
            }
            ExprKind::Constant(_) => {}
            ExprKind::Attribute { value, .. } => self.expr(value),
            ExprKind::Subscript { value, slice } => {
                self.expr(value);
                self.expr(slice);
            }
            ExprKind::Starred(v) => self.expr(v),
            ExprKind::Name(n) => {
                if *n == "__class__" {
                    self.uses_class();
                }
                self.use_name(n);
            }
            ExprKind::Slice { lower, upper, step } => {
                for p in [lower, upper, step].into_iter().flatten() {
                    self.expr(p);
                }
            }
        }
    }

    fn mark_generator(&mut self, loc: Loc) {
        let s = &mut self.scopes[self.current];
        match s.kind {
            ScopeKind::Function => s.is_generator = true,
            _ => self.fail_compiler("'yield' outside function".into(), loc),
        }
    }

    /// `super()` or `__class__` inside a method: the nearest enclosing function needs the
    /// class cell.
    fn uses_class(&mut self) {
        let s = &mut self.scopes[self.current];
        if s.kind == ScopeKind::Function {
            s.needs_class_cell = true;
            s.used.insert("__class__".into());
        }
    }

    fn comprehension(
        &mut self,
        node: &Expr<'_>,
        gens: &[Comprehension<'_>],
        elts: &[&Expr<'_>],
        is_gen: bool,
    ) {
        // The first iterable is evaluated in the enclosing scope.
        if let Some(first) = gens.first() {
            self.expr(first.iter);
        }
        let prev = self.push_scope(node, ScopeKind::Function, comp_name(node));
        self.cur().is_comprehension = true;
        self.cur().is_generator = is_gen;
        self.cur().is_coroutine = gens.iter().any(|g| g.is_async);
        self.cur().params.push(".0".into());
        self.cur().bind(".0");
        for (i, g) in gens.iter().enumerate() {
            if i > 0 {
                self.expr(g.iter);
            }
            self.target(g.target);
            for cond in g.ifs {
                self.expr(cond);
            }
        }
        for e in elts {
            self.expr(e);
        }
        self.current = prev;
    }

    /// Classifies every name, scope by scope from the module down.
    fn resolve(&mut self) -> Result<(), ScopeError> {
        self.resolve_scope(0, &FxHashSet::default())
    }

    /// `enclosing` holds the names bound in enclosing function scopes (visible to this
    /// scope as free variables).
    fn resolve_scope(
        &mut self,
        idx: usize,
        enclosing: &FxHashSet<String>,
    ) -> Result<(), ScopeError> {
        let kind = self.scopes[idx].kind;
        let mut symbols: FxHashMap<String, NameScope> = FxHashMap::default();
        // Each scope is resolved once, after the whole tree was built: its name sets
        // are not needed afterwards.
        let (bound, used, globals, nonlocals) = {
            let s = &mut self.scopes[idx];
            (
                std::mem::take(&mut s.bound),
                std::mem::take(&mut s.used),
                std::mem::take(&mut s.globals),
                std::mem::take(&mut s.nonlocals),
            )
        };
        for (n, loc) in &self.scopes[idx].nonlocal_decls {
            if !enclosing.contains(n) {
                return Err(ScopeError {
                    msg: format!("no binding for nonlocal '{n}' found"),
                    loc: *loc,
                    stage: ErrorStage::Symtable,
                });
            }
        }
        for n in &nonlocals {
            if !enclosing.contains(n) {
                return Err(ScopeError {
                    msg: format!("no binding for nonlocal '{n}' found"),
                    loc: Loc::default(),
                    stage: ErrorStage::Symtable,
                });
            }
            symbols.insert(n.clone(), NameScope::Free);
        }
        for n in &globals {
            symbols.insert(n.clone(), NameScope::GlobalExplicit);
        }
        for n in &bound {
            symbols.entry(n.clone()).or_insert(NameScope::Local);
        }
        for n in &used {
            if symbols.contains_key(n) {
                continue;
            }
            let s = if enclosing.contains(n) {
                NameScope::Free
            } else if kind == ScopeKind::Function {
                NameScope::GlobalImplicit
            } else {
                // Module and class bodies look names up dynamically (LoadName).
                NameScope::GlobalImplicit
            };
            symbols.insert(n.clone(), s);
        }
        // Outside a class body there is no `__class__` cell: `super()` then fails at run
        // time, as in CPython.
        if self.scopes[idx].needs_class_cell && enclosing.contains("__class__") {
            symbols.insert("__class__".into(), NameScope::Free);
        }
        self.scopes[idx].symbols = symbols;
        let children = self.scopes[idx].children.clone();
        if !children.is_empty() {
            // Names visible to children as free variables.
            let mut child_enclosing = enclosing.clone();
            if kind == ScopeKind::Function {
                for (n, s) in &self.scopes[idx].symbols {
                    match s {
                        NameScope::Local | NameScope::Free | NameScope::Cell => {
                            child_enclosing.insert(n.clone());
                        }
                        _ => {
                            child_enclosing.remove(n);
                        }
                    }
                }
            }
            if kind == ScopeKind::Class {
                // A class provides `__class__` to its methods, but not its other names.
                child_enclosing.insert("__class__".into());
            }
            for c in &children {
                self.resolve_scope(*c, &child_enclosing)?;
            }
        }
        // Names free in children that are local here become cells.
        let mut cells: Vec<String> = Vec::new();
        for c in &children {
            let free = self.scopes[*c].freevars.clone();
            for n in free {
                let sym = self.scopes[idx].symbols.get(&n).copied();
                match (kind, sym) {
                    (ScopeKind::Function, Some(NameScope::Local))
                    | (ScopeKind::Function, Some(NameScope::Cell)) => {
                        self.scopes[idx].symbols.insert(n.clone(), NameScope::Cell);
                        if !cells.contains(&n) {
                            cells.push(n);
                        }
                    }
                    (ScopeKind::Class, _) if n == "__class__" => {
                        self.scopes[idx].has_class_cell = true;
                        if !cells.contains(&n) {
                            cells.push(n);
                        }
                    }
                    (_, Some(NameScope::Free)) | (_, None) | (ScopeKind::Class, _) => {
                        // Passes through this scope as a free variable.
                        let s = &mut self.scopes[idx];
                        if !s.freevars.contains(&n) {
                            s.freevars.push(n.clone());
                        }
                        if s.kind == ScopeKind::Class {
                            s.symbols.entry(n.clone()).or_insert(NameScope::Local);
                        } else {
                            s.symbols.insert(n.clone(), NameScope::Free);
                        }
                    }
                    _ => {}
                }
            }
        }
        // This scope's own free variables, in a stable order.
        let mut own_free: Vec<String> = self.scopes[idx]
            .symbols
            .iter()
            .filter(|(_, s)| **s == NameScope::Free)
            .map(|(n, _)| n.clone())
            .collect();
        own_free.sort();
        for n in own_free {
            if !self.scopes[idx].freevars.contains(&n) {
                self.scopes[idx].freevars.push(n);
            }
        }
        // Cells in a stable order: parameters first (as CPython), then others sorted.
        let params = self.scopes[idx].params.clone();
        let mut ordered: Vec<String> = params
            .iter()
            .filter(|p| cells.contains(p))
            .cloned()
            .collect();
        let mut rest: Vec<String> = cells.into_iter().filter(|c| !params.contains(c)).collect();
        rest.sort();
        ordered.extend(rest);
        self.scopes[idx].cellvars = ordered;
        Ok(())
    }
}

fn comp_name(node: &Expr<'_>) -> &'static str {
    match node.kind {
        ExprKind::ListComp { .. } => "<listcomp>",
        ExprKind::SetComp { .. } => "<setcomp>",
        ExprKind::DictComp { .. } => "<dictcomp>",
        _ => "<genexpr>",
    }
}

/// CPython's private name mangling: inside class `C`, `__x` (not ending in `__`, without
/// a dot) is `_C__x`; the class name loses its leading underscores, and a class named
/// only with underscores mangles nothing.
pub fn mangle<'n>(private: Option<&str>, name: &'n str) -> std::borrow::Cow<'n, str> {
    let Some(class) = private else {
        return name.into();
    };
    if !name.starts_with("__") || name.ends_with("__") || name.contains('.') {
        return name.into();
    }
    let class = class.trim_start_matches('_');
    if class.is_empty() {
        return name.into();
    }
    format!("_{class}{name}").into()
}
