//! Code generation for nested scopes: entering and finishing a code unit, closures, function and class definitions, decorators and annotations.
//! (A child module of `codegen`.)

use super::*;

impl<'a> Compiler<'_, 'a> {
    /// Stores a leading docstring into `__doc__` (modules and classes).
    pub(super) fn docstring_to_name(&mut self, body: &'a [Stmt<'a>]) -> CResult {
        if let Some(doc) = docstring(body) {
            self.load_const(ConstValue::Str(doc.to_owned()))?;
            let i = self.name_idx("__doc__")?;
            self.emit(Op::StoreName(i));
        }
        Ok(())
    }

    pub(super) fn qualname_for(&self, name: &str) -> String {
        let u = self.ur();
        match u.kind {
            ScopeKind::Module => name.to_owned(),
            ScopeKind::Class => format!("{}.{}", u.qualname, name),
            ScopeKind::Function => format!("{}.<locals>.{}", u.qualname, name),
        }
    }

    /// Starts compiling a nested scope.
    pub(super) fn enter_scope(&mut self, scope: usize, name: &str, loc: Loc) {
        let qualname = self.qualname_for(name);
        let sc = &self.table.scopes[scope];
        let kind = sc.kind;
        let mut u = Unit::new(scope, kind, name, qualname, loc.line);
        u.cellvars = sc.cellvars.clone();
        u.freevars = sc.freevars.clone();
        if kind == ScopeKind::Function {
            u.varnames = sc.params.clone();
            u.flags |= code_flags::FUNCTION;
            if sc.is_generator {
                u.flags |= code_flags::GENERATOR;
            }
            if sc.is_coroutine {
                u.flags |= code_flags::GENERATOR
                    | if sc.is_generator {
                        code_flags::ASYNC_GENERATOR
                    } else {
                        code_flags::COROUTINE
                    };
            }
            if self.ur().kind == ScopeKind::Function {
                u.flags |= code_flags::NESTED;
            }
        }
        self.units.push(u);
    }

    /// Finishes the current unit and returns its code object.
    pub(super) fn finish_unit(&mut self) -> CResult<Rc<CodeObject>> {
        let Some(u) = self.units.pop() else {
            return Err(self.err("no code unit", Loc::default()));
        };
        let resolve = |l: u32, labels: &[Option<usize>]| {
            labels.get(l as usize).copied().flatten().unwrap_or(0) as u32
        };
        let mut instrs = u.instrs;
        for op in instrs.iter_mut() {
            if let Some(label) = op.jump_target() {
                *op = crate::compile::fuse::retarget(*op, resolve(label, &u.labels));
            }
        }
        let mut locs = u.locs;
        let mut handlers = u.handlers;
        let handler_targets: Vec<u32> = handlers
            .iter()
            .flatten()
            .map(|&(label, _)| resolve(label as u32, &u.labels))
            .collect();
        let new_pos = crate::compile::fuse::fuse_compare_jumps(
            &mut instrs,
            &mut locs,
            &mut handlers,
            &handler_targets,
        );
        crate::compile::fuse::thread_jumps_to_returns(&mut instrs, &mut locs, u.firstlineno);
        // Exception table: maximal runs of instructions sharing a handler.
        let mut table: Vec<ExceptionEntry> = Vec::new();
        let mut i = 0;
        while i < handlers.len() {
            if let Some((label, depth)) = handlers[i] {
                let start = i;
                while i < handlers.len() && handlers[i] == Some((label, depth)) {
                    i += 1;
                }
                let target = resolve(label as u32, &u.labels);
                table.push(ExceptionEntry {
                    start: start as u32,
                    end: i as u32,
                    target: new_pos.get(target as usize).copied().unwrap_or(target),
                    depth,
                });
            } else {
                i += 1;
            }
        }
        let mut varnames = Vec::with_capacity(u.varnames.len());
        for v in &u.varnames {
            varnames.push(self.vm.interned_str(v).map_err(|e| self.vm_err(e))?);
        }
        let mut cellvars = Vec::new();
        for v in &u.cellvars {
            cellvars.push(self.vm.interned_str(v).map_err(|e| self.vm_err(e))?);
        }
        let mut freevars = Vec::new();
        for v in &u.freevars {
            freevars.push(self.vm.interned_str(v).map_err(|e| self.vm_err(e))?);
        }
        let cell_params = u
            .cellvars
            .iter()
            .map(|c| {
                let nparams = u.argcount
                    + u.kwonlyargcount
                    + (u.flags & code_flags::VARARGS != 0) as u32
                    + (u.flags & code_flags::VARKEYWORDS != 0) as u32;
                u.varnames
                    .iter()
                    .take(nparams as usize)
                    .position(|v| v == c)
                    .map(|p| p as u32)
            })
            .collect();
        let global_cache = (0..u.names.len()).map(|_| Default::default()).collect();
        let method_cache = (0..u.names.len()).map(|_| Default::default()).collect();
        let attr_cache = (0..u.names.len()).map(|_| Default::default()).collect();
        let fast_call =
            u.flags & (code_flags::VARARGS | code_flags::VARKEYWORDS | code_flags::GENERATOR) == 0
                && u.kwonlyargcount == 0
                && u.cellvars.is_empty()
                && u.freevars.is_empty();
        let name_obj = self.vm.interned_str(&u.name).map_err(|e| self.vm_err(e))?;
        let qualname_obj = self.vm.str(&u.qualname).map_err(|e| self.vm_err(e))?;
        Ok(Rc::new(CodeObject {
            name_obj,
            qualname_obj,
            global_cache,
            method_cache,
            attr_cache,
            traced_lines: Default::default(),
            generator_room: std::cell::Cell::new(crate::compile::bytecode::DEFAULT_GENERATOR_ROOM),
            fast_call,
            name: Rc::from(u.name.as_str()),
            qualname: Rc::from(u.qualname.as_str()),
            filename: self.filename.clone(),
            trusted: self.vm.compiling_trusted(),
            firstlineno: u.firstlineno,
            instrs,
            positions: crate::compile::locations::LocationTable::new(&locs),
            consts: u.consts,
            names: u.names,
            varnames,
            cellvars,
            freevars,
            cell_params,
            argcount: u.argcount,
            posonlyargcount: u.posonlyargcount,
            kwonlyargcount: u.kwonlyargcount,
            flags: u.flags
                | if self.features.annotations {
                    code_flags::FUTURE_ANNOTATIONS
                } else {
                    0
                },
            exception_table: table,
        }))
    }

    /// Loads a finished child code object as a constant.
    pub(super) fn load_code(&mut self, code: Rc<CodeObject>) -> CResult {
        let o = self.vm.code(code).map_err(|e| self.vm_err(e))?;
        let id = self.next_code_id;
        self.next_code_id += 1;
        let i = self.add_const_obj(ConstKey::Code(id), o);
        self.emit(Op::LoadConst(i));
        Ok(())
    }

    /// Pushes the closure tuple for a child scope and returns the MakeFunction flag bit.
    pub(super) fn load_closure(&mut self, child_scope: usize) -> CResult<u32> {
        let free = self.table.scopes[child_scope].freevars.clone();
        if free.is_empty() {
            return Ok(0);
        }
        for name in &free {
            let idx = match self.deref_idx(name) {
                Some(i) => i,
                None => {
                    return Err(self.err(
                        format!("internal: no cell for free variable '{name}'"),
                        self.ur().loc,
                    ));
                }
            };
            self.emit(Op::LoadClosure(idx));
        }
        self.emit(Op::BuildTuple(free.len() as u32));
        Ok(8)
    }

    /// An annotation's value: the expression, or under `from __future__ import
    /// annotations` its source text (PEP 563).
    pub(super) fn annotation(&mut self, e: &'a Expr<'a>) -> CResult {
        if self.features.annotations {
            let text = crate::compile::unparse::annotation_text(e);
            self.load_const(ConstValue::Str(text))
        } else {
            self.expr(e)
        }
    }

    /// Defaults, keyword defaults and annotations of a function; returns the flags.
    pub(super) fn function_prelude(
        &mut self,
        args: &'a Arguments<'a>,
        returns: Option<&'a Expr<'a>>,
    ) -> CResult<u32> {
        let mut flags = 0;
        if !args.defaults.is_empty() {
            self.expr_tuple(args.defaults)?;
            flags |= 1;
        }
        let kwd: Vec<(&str, &Expr<'_>)> = args
            .kwonlyargs
            .iter()
            .zip(args.kw_defaults.iter())
            .filter_map(|(a, d)| d.map(|d| (a.name, d)))
            .collect();
        if !kwd.is_empty() {
            for (n, d) in &kwd {
                let key = self.mangle(n).into_owned();
                self.load_const(ConstValue::Str(key))?;
                self.expr(d)?;
            }
            self.emit(Op::BuildMap(kwd.len() as u32));
            flags |= 2;
        }
        let mut anns: Vec<(&str, &Expr<'_>)> = Vec::new();
        for a in args.posonlyargs.iter().chain(args.args) {
            if let Some(t) = a.annotation {
                anns.push((a.name, t));
            }
        }
        if let Some(v) = args.vararg
            && let Some(t) = v.annotation
        {
            anns.push((v.name, t));
        }
        for a in args.kwonlyargs {
            if let Some(t) = a.annotation {
                anns.push((a.name, t));
            }
        }
        if let Some(v) = args.kwarg
            && let Some(t) = v.annotation
        {
            anns.push((v.name, t));
        }
        if let Some(r) = returns {
            anns.push(("return", r));
        }
        if !anns.is_empty() {
            for (n, t) in &anns {
                let key = self.mangle(n).into_owned();
                self.load_const(ConstValue::Str(key))?;
                self.annotation(t)?;
            }
            self.emit(Op::BuildMap(anns.len() as u32));
            flags |= 4;
        }
        Ok(flags)
    }

    pub(super) fn set_arg_counts(&mut self, args: &Arguments<'_>) {
        let u = self.u();
        u.posonlyargcount = args.posonlyargs.len() as u32;
        u.argcount = (args.posonlyargs.len() + args.args.len()) as u32;
        u.kwonlyargcount = args.kwonlyargs.len() as u32;
        if args.vararg.is_some() {
            u.flags |= code_flags::VARARGS;
        }
        if args.kwarg.is_some() {
            u.flags |= code_flags::VARKEYWORDS;
        }
    }

    pub(super) fn function_def(&mut self, f: &'a FunctionDef<'a>, loc: Loc) -> CResult {
        self.forbid_debug_params(f.args, loc)?;
        for d in f.decorators {
            self.expr(d)?;
        }
        let mut flags = self.function_prelude(f.args, f.returns)?;
        let Some(scope) = self.table.scope_of(f) else {
            return Err(self.err("internal: function scope missing", loc));
        };
        flags |= self.load_closure(scope)?;
        self.enter_scope(scope, f.name, loc);
        self.set_arg_counts(f.args);
        if let Some(doc) = docstring(f.body) {
            let o = self
                .make_const(&ConstValue::Str(doc.to_owned()))
                .map_err(|e| self.vm_err(e))?;
            self.add_const_obj(const_key(&ConstValue::Str(doc.to_owned())), o);
            self.u().flags |= code_flags::HAS_DOCSTRING;
        }
        if self.ur().flags & code_flags::GENERATOR != 0 {
            self.emit(Op::PopTop);
        }
        self.body(f.body)?;
        self.load_const(ConstValue::None)?;
        self.emit(Op::ReturnValue);
        let code = self.finish_unit()?;
        self.load_code(code)?;
        self.emit(Op::MakeFunction(flags));
        self.apply_decorators(f.decorators);
        self.store_name(f.name)
    }

    pub(super) fn class_def(&mut self, c: &'a ClassDef<'a>, loc: Loc) -> CResult {
        for d in c.decorators {
            self.expr(d)?;
        }
        self.emit(Op::LoadBuildClass);
        let Some(scope) = self.table.scope_of(c) else {
            return Err(self.err("internal: class scope missing", loc));
        };
        let flags = self.load_closure(scope)?;
        self.enter_scope(scope, c.name, loc);
        if c.body.iter().any(stmt_has_annotations) {
            self.emit(Op::SetupAnnotations);
        }
        self.docstring_to_name(c.body)?;
        self.body(c.body)?;
        if self.table.scopes[scope].has_class_cell {
            let idx = self.deref_idx("__class__").unwrap_or(0);
            self.emit(Op::LoadClosure(idx));
            let i = self.name_idx("__classcell__")?;
            self.emit(Op::StoreName(i));
        }
        self.load_const(ConstValue::None)?;
        self.emit(Op::ReturnValue);
        let code = self.finish_unit()?;
        self.load_code(code)?;
        self.emit(Op::MakeFunction(flags));
        self.load_const(ConstValue::Str(c.name.to_owned()))?;
        self.call_args(c.bases, c.keywords, 2)?;
        self.apply_decorators(c.decorators);
        self.store_name(c.name)
    }

    /// Calls the decorators on the value on top, innermost first; an error in one is
    /// reported at its `@` line, as CPython does.
    pub(super) fn apply_decorators(&mut self, decorators: &'a [Expr<'a>]) {
        for d in decorators.iter().rev() {
            let prev = self.set_loc(d.loc);
            self.emit(Op::Call(1));
            self.set_loc(prev);
        }
    }

    // ----- expressions -----
}
