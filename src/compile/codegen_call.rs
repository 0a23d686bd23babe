//! Code generation for calls (positional, keyword and unpacked arguments), subscript keys and comprehensions.
//! (A child module of `codegen`.)

use super::*;

impl<'a> Compiler<'_, 'a> {
    pub(super) fn call(
        &mut self,
        func: &'a Expr<'a>,
        args: &'a [Expr<'a>],
        keywords: &'a [Keyword<'a>],
    ) -> CResult {
        let simple =
            !args.iter().any(|a| matches!(a.kind, ExprKind::Starred(_))) && keywords.is_empty();
        let call_loc = self.ur().loc;
        // CPython's `check_caller`: calling a literal or a display.
        if !matches!(func.kind, ExprKind::Lambda { .. })
            && let Some(t) = self.infer_type(func)?
        {
            let msg = format!("'{t}' object is not callable; perhaps you missed a comma?");
            self.warn(call_loc, &msg)?;
        }
        if keywords.iter().any(|k| k.name == Some("__debug__")) {
            return Err(self.err("cannot assign to __debug__", call_loc));
        }
        if simple && let ExprKind::Attribute { value, attr } = &func.kind {
            self.expr(value)?;
            self.set_loc(attr_position(func.loc, attr));
            let i = self.attr_idx(attr)?;
            self.emit(Op::LoadMethod(i));
            self.set_loc(call_loc);
            for a in args {
                self.expr(a)?;
            }
            self.set_loc(method_call_position(call_loc, func.loc, attr));
            self.emit(Op::CallMethod(args.len() as u32));
            self.set_loc(call_loc);
            return Ok(());
        }
        self.expr(func)?;
        let method_call = !args.iter().any(|a| matches!(a.kind, ExprKind::Starred(_)))
            && keywords.iter().all(|k| k.name.is_some());
        match &func.kind {
            // CPython calls these as methods too, reported where the method name is.
            ExprKind::Attribute { attr, .. } if method_call => {
                self.set_loc(method_call_position(call_loc, func.loc, attr));
                let r = self.call_args(args, keywords, 0);
                self.set_loc(call_loc);
                r
            }
            _ => self.call_args(args, keywords, 0),
        }
    }

    /// Arguments of a call whose callable (and `extra` leading arguments already pushed)
    /// is on the stack.
    pub(super) fn call_args(
        &mut self,
        args: &'a [Expr<'a>],
        keywords: &'a [Keyword<'a>],
        extra: u32,
    ) -> CResult {
        let star = args.iter().any(|a| matches!(a.kind, ExprKind::Starred(_)))
            || keywords.iter().any(|k| k.name.is_none());
        if !star {
            for a in args {
                self.expr(a)?;
            }
            let n = args.len() as u32 + extra;
            if keywords.is_empty() {
                self.emit(Op::Call(n));
            } else {
                let mut names = Vec::new();
                for k in keywords {
                    self.expr(k.value)?;
                    names.push(ConstValue::Str(k.name.unwrap_or("").to_owned()));
                }
                self.load_const(ConstValue::Tuple(names))?;
                self.emit(Op::CallKw(n + keywords.len() as u32));
            }
            return Ok(());
        }
        if let ([only], 0) = (args, extra)
            && let ExprKind::Starred(inner) = &only.kind
        {
            // `f(*x)`: the call unpacks x itself (and names f if x is not iterable).
            self.expr(inner)?;
        } else {
            self.star_args_tuple(args, extra)?;
        }
        if keywords.is_empty() {
            self.emit(Op::CallEx(0));
            return Ok(());
        }
        // Runs of named keywords become small dicts; every part is merged into the
        // keyword dict so that a repeated name is reported.
        self.emit(Op::BuildMap(0));
        let mut i = 0;
        while i < keywords.len() {
            if keywords[i].name.is_none() {
                self.expr(keywords[i].value)?;
                self.emit(Op::DictMerge(1));
                i += 1;
                continue;
            }
            let mut n = 0;
            while let Some(k) = keywords.get(i) {
                let Some(name) = k.name else { break };
                self.load_const(ConstValue::Str(name.to_owned()))?;
                self.expr(k.value)?;
                n += 1;
                i += 1;
            }
            self.emit(Op::BuildMap(n));
            self.emit(Op::DictMerge(1));
        }
        self.emit(Op::CallEx(1));
        Ok(())
    }

    /// The positional tuple of a call with `*` arguments, including the `extra` values
    /// already pushed.
    pub(super) fn star_args_tuple(&mut self, args: &'a [Expr<'a>], extra: u32) -> CResult {
        self.emit(Op::BuildList(extra));
        for a in args {
            match &a.kind {
                ExprKind::Starred(inner) => {
                    self.expr(inner)?;
                    self.emit(Op::ListExtend(1));
                }
                _ => {
                    self.expr(a)?;
                    self.emit(Op::ListAppend(1));
                }
            }
        }
        self.emit(Op::ListToTuple);
        Ok(())
    }

    /// For a plain slice key `a:b` or `a:b:c`, pushes its bounds (None for those left
    /// out) and returns how many, for `BinarySlice`/`StoreSlice`; for any other key
    /// pushes nothing and returns None.
    pub(super) fn slice_bounds(&mut self, key: &'a Expr<'a>) -> CResult<Option<u32>> {
        let ExprKind::Slice { lower, upper, step } = &key.kind else {
            return Ok(None);
        };
        for part in [lower, upper] {
            match part {
                Some(p) => self.expr(p)?,
                None => self.load_const(ConstValue::None)?,
            }
        }
        match step {
            Some(s) => {
                self.expr(s)?;
                Ok(Some(3))
            }
            None => Ok(Some(2)),
        }
    }

    pub(super) fn subscript_key(&mut self, key: &'a Expr<'a>) -> CResult {
        if let Some(n) = self.slice_bounds(key)? {
            self.emit(Op::BuildSlice(n));
            return Ok(());
        }
        match &key.kind {
            ExprKind::Tuple(items)
                if items
                    .iter()
                    .any(|i| matches!(i.kind, ExprKind::Slice { .. })) =>
            {
                for it in *items {
                    self.subscript_key(it)?;
                }
                self.emit(Op::BuildTuple(items.len() as u32));
                Ok(())
            }
            _ => self.expr(key),
        }
    }

    pub(super) fn comprehension(
        &mut self,
        node: &'a Expr<'a>,
        gens: &'a [Comprehension<'a>],
        kind: CompKind<'a>,
    ) -> CResult {
        let Some(scope) = self.table.scope_of(node) else {
            return Err(self.err("internal: comprehension scope missing", node.loc));
        };
        let name = match kind {
            CompKind::List(_) => "<listcomp>",
            CompKind::Set(_) => "<setcomp>",
            CompKind::Dict(..) => "<dictcomp>",
            CompKind::Gen(_) => "<genexpr>",
        };
        let is_coro = self.table.scopes[scope].is_coroutine;
        if is_coro && !matches!(kind, CompKind::Gen(_)) && !self.in_async_context() {
            return Err(self.err(
                "asynchronous comprehension outside of an asynchronous function",
                node.loc,
            ));
        }
        let flags = self.load_closure(scope)?;
        self.enter_scope(scope, name, node.loc);
        // Inside, the loop's own instructions are placed at the whole comprehension (as
        // CPython's are): an error raised by the iterator points there.
        self.set_loc(node.loc);
        self.u().argcount = 1;
        if is_coro && !matches!(kind, CompKind::Gen(_)) {
            // A coroutine starts with the value sent by its first resumption.
            self.emit(Op::PopTop);
        }
        match kind {
            CompKind::List(_) => {
                self.emit(Op::BuildList(0));
            }
            CompKind::Set(_) => {
                self.emit(Op::BuildSet(0));
            }
            CompKind::Dict(..) => {
                self.emit(Op::BuildMap(0));
            }
            CompKind::Gen(_) => {
                self.emit(Op::PopTop);
            }
        }
        self.comp_level(gens, 0, kind)?;
        if let CompKind::Gen(_) = kind {
            self.load_const(ConstValue::None)?;
        }
        self.emit(Op::ReturnValue);
        let code = self.finish_unit()?;
        self.load_code(code)?;
        self.emit(Op::MakeFunction(flags));
        if let Some(first) = gens.first() {
            self.expr(first.iter)?;
        }
        if gens.first().is_some_and(|g| g.is_async) {
            self.emit(Op::Async(async_op::GET_AITER));
        } else {
            self.emit(Op::GetIter);
        }
        self.set_loc(node.loc);
        self.emit(Op::Call(1));
        if is_coro && !matches!(kind, CompKind::Gen(_)) {
            self.emit_await(0)?;
        }
        Ok(())
    }

    pub(super) fn comp_level(
        &mut self,
        gens: &'a [Comprehension<'a>],
        i: usize,
        kind: CompKind<'a>,
    ) -> CResult {
        let g = &gens[i];
        if g.is_async {
            return self.async_comp_level(gens, i, kind);
        }
        if i == 0 {
            let idx = self.varname_idx(".0");
            self.emit(Op::LoadFast(idx));
        } else {
            self.expr(g.iter)?;
            self.emit(Op::GetIter);
        }
        let start = self.new_label();
        let end = self.new_label();
        self.bind_label(start);
        self.emit(Op::ForIter(end as u32));
        self.store_target(g.target)?;
        let bound = self.ur().bound_locals.len();
        self.note_bound_target(g.target);
        for cond in g.ifs {
            self.jump_if(cond, false, start)?;
        }
        self.comp_body(gens, i, kind)?;
        self.u().bound_locals.truncate(bound);
        self.emit(Op::Jump(start as u32));
        self.bind_label(end);
        Ok(())
    }

    /// The rest of a comprehension inside the loop of generator `i`: the next loop, or
    /// the element added to the result (or yielded).
    pub(super) fn comp_body(
        &mut self,
        gens: &'a [Comprehension<'a>],
        i: usize,
        kind: CompKind<'a>,
    ) -> CResult {
        if i + 1 < gens.len() {
            self.comp_level(gens, i + 1, kind)?;
        } else {
            let depth = (gens.len() + 1) as u32;
            match kind {
                CompKind::List(elt) => {
                    self.expr(elt)?;
                    self.emit(Op::ListAppend(depth));
                }
                CompKind::Set(elt) => {
                    self.expr(elt)?;
                    self.emit(Op::SetAdd(depth));
                }
                CompKind::Dict(k, v) => {
                    self.expr(k)?;
                    self.expr(v)?;
                    self.emit(Op::MapAdd(depth));
                }
                CompKind::Gen(elt) => {
                    self.expr(elt)?;
                    if self.ur().flags & code_flags::ASYNC_GENERATOR != 0 {
                        self.emit(Op::Async(async_op::ASYNC_GEN_WRAP));
                    }
                    self.emit(Op::YieldValue);
                    self.emit(Op::PopTop);
                }
            }
        }
        Ok(())
    }
}
