//! Code generation for statements: assignments and their targets, `del`, conditions, loops with `break` / `continue`, and the statement dispatcher.
//! (A child module of `codegen`.)

use super::*;

impl<'a> Compiler<'_, 'a> {
    /// Compiles a block. A simple assignment that completed binds its names for the
    /// rest of the block (and the blocks inside it); nothing bound inside the block
    /// counts after it, since it may not have run.
    pub(super) fn body(&mut self, stmts: &'a [Stmt<'a>]) -> CResult {
        let bound = self.ur().bound_locals.len();
        for s in stmts {
            self.stmt(s)?;
            match &s.kind {
                StmtKind::Assign { targets, .. } => {
                    for t in *targets {
                        self.note_bound_target(t);
                    }
                }
                StmtKind::AnnAssign {
                    target,
                    value: Some(_),
                    ..
                }
                | StmtKind::AugAssign { target, .. } => self.note_bound_target(target),
                _ => {}
            }
        }
        self.u().bound_locals.truncate(bound);
        Ok(())
    }

    pub(super) fn stmt(&mut self, s: &'a Stmt<'a>) -> CResult {
        let prev = self.set_loc(s.loc);
        let r = self.stmt_inner(s);
        self.set_loc(prev);
        r
    }

    pub(super) fn stmt_inner(&mut self, s: &'a Stmt<'a>) -> CResult {
        match &s.kind {
            StmtKind::Expr(e) => {
                if self.mode == CompileMode::Interactive && self.units.len() == 1 {
                    self.expr(e)?;
                    self.emit(Op::PrintExpr);
                } else if let ExprKind::Constant(_) = e.kind {
                    // A bare constant (e.g. a docstring) compiles to nothing.
                } else {
                    self.expr(e)?;
                    self.emit(Op::PopTop);
                }
            }
            StmtKind::Assign { targets, value } => {
                self.expr(value)?;
                for (i, t) in targets.iter().enumerate() {
                    if i + 1 < targets.len() {
                        self.emit(Op::Copy(1));
                    }
                    self.store_target(t)?;
                }
            }
            StmtKind::AugAssign { target, op, value } => self.aug_assign(target, *op, value)?,
            StmtKind::AnnAssign {
                target,
                annotation,
                value,
                simple,
            } => {
                if let ExprKind::Name(n) = target.kind {
                    // Even an annotation alone may not name `__debug__` (reported at the
                    // statement).
                    self.forbid_debug(n, false)?;
                }
                if let Some(v) = value {
                    self.expr(v)?;
                    self.store_target(target)?;
                }
                let kind = self.ur().kind;
                if *simple && kind != ScopeKind::Function {
                    if let ExprKind::Name(n) = target.kind {
                        // __annotations__[name] = annotation
                        self.annotation(annotation)?;
                        let ai = self.name_idx("__annotations__")?;
                        self.emit(Op::LoadName(ai));
                        let key = self.mangle(n).into_owned();
                        self.load_const(ConstValue::Str(key))?;
                        self.emit(Op::StoreSubscr);
                    }
                } else if kind != ScopeKind::Function && !self.features.annotations {
                    self.expr(annotation)?;
                    self.emit(Op::PopTop);
                }
                if value.is_none() {
                    // `a.b: int` still evaluates the target's object.
                    match &target.kind {
                        ExprKind::Attribute { value: obj, .. } => {
                            self.expr(obj)?;
                            self.emit(Op::PopTop);
                        }
                        ExprKind::Subscript { value: obj, slice } => {
                            self.expr(obj)?;
                            self.emit(Op::PopTop);
                            self.expr(slice)?;
                            self.emit(Op::PopTop);
                        }
                        _ => {}
                    }
                }
            }
            StmtKind::Delete(targets) => {
                for t in *targets {
                    self.delete_target(t)?;
                }
            }
            StmtKind::Pass => {
                self.emit(Op::Nop);
            }
            StmtKind::Match { subject, cases } => self.match_stmt(subject, cases)?,
            StmtKind::If { test, body, orelse } => {
                let else_l = self.new_label();
                let end = self.new_label();
                self.jump_if(test, false, else_l)?;
                self.body(body)?;
                if !orelse.is_empty() {
                    self.emit(Op::Jump(end as u32));
                }
                self.bind_label(else_l);
                self.body(orelse)?;
                self.bind_label(end);
            }
            StmtKind::While { test, body, orelse } => {
                let start = self.new_label();
                let else_l = self.new_label();
                let exit = self.new_label();
                self.bind_label(start);
                self.jump_if(test, false, else_l)?;
                self.u().blocks.push(Block::While { start, exit });
                self.body(body)?;
                self.u().blocks.pop();
                self.emit(Op::Jump(start as u32));
                self.bind_label(else_l);
                self.body(orelse)?;
                self.bind_label(exit);
            }
            StmtKind::For {
                target,
                iter,
                body,
                orelse,
                is_async: true,
            } => self.async_for(s, target, iter, body, orelse)?,
            StmtKind::For {
                target,
                iter,
                body,
                orelse,
                is_async: false,
            } => {
                let start = self.new_label();
                let else_l = self.new_label();
                let exit = self.new_label();
                self.expr(iter)?;
                self.emit(Op::GetIter);
                self.bind_label(start);
                self.set_loc(s.loc);
                self.emit(Op::ForIter(else_l as u32));
                self.u().depth += 1;
                self.u().blocks.push(Block::For { start, exit });
                self.store_target(target)?;
                let bound = self.ur().bound_locals.len();
                self.note_bound_target(target);
                self.body(body)?;
                self.u().bound_locals.truncate(bound);
                self.u().blocks.pop();
                self.set_loc(s.loc);
                self.emit_loop_back(start);
                self.u().depth -= 1;
                self.bind_label(else_l);
                self.body(orelse)?;
                self.bind_label(exit);
            }
            StmtKind::Break => self.break_continue(true, s.loc)?,
            StmtKind::Continue => self.break_continue(false, s.loc)?,
            StmtKind::Return(v) => {
                if v.is_some() && self.ur().flags & code_flags::ASYNC_GENERATOR != 0 {
                    return Err(self.err("'return' with value in async generator", s.loc));
                }
                if self.in_except_star() {
                    // CPython reports a constant value's position, else the statement's.
                    let at = match v {
                        Some(v) if self.const_value(v)?.is_some() => v.loc,
                        _ => s.loc,
                    };
                    return Err(self.except_star_exit_error(at));
                }
                match v {
                    Some(v) => self.expr(v)?,
                    None => self.load_const(ConstValue::None)?,
                }
                self.unwind_blocks_for_return()?;
            }
            StmtKind::FunctionDef(f) => self.function_def(f, s.loc)?,
            StmtKind::ClassDef(c) => self.class_def(c, s.loc)?,
            StmtKind::Raise { exc, cause } => match (exc, cause) {
                (None, _) => {
                    self.emit(Op::Raise(0));
                }
                (Some(e), None) => {
                    self.expr(e)?;
                    self.emit(Op::Raise(1));
                }
                (Some(e), Some(c)) => {
                    self.expr(e)?;
                    self.expr(c)?;
                    self.emit(Op::Raise(2));
                }
            },
            StmtKind::Try {
                body,
                handlers,
                orelse,
                finalbody,
            } => {
                if handlers.first().is_some_and(|h| h.star) && finalbody.is_empty() {
                    self.try_star_except(body, handlers, orelse)?;
                } else if finalbody.is_empty() {
                    self.try_except(body, handlers, orelse)?;
                } else {
                    self.try_finally(body, handlers, orelse, finalbody)?;
                }
            }
            StmtKind::With {
                items,
                body,
                is_async: false,
            } => self.with_stmt(items, body, s.loc, false)?,
            StmtKind::With {
                items,
                body,
                is_async: true,
            } => {
                self.check_async_stmt("'async with' outside async function", s.loc)?;
                self.with_stmt(items, body, s.loc, true)?
            }
            StmtKind::Assert { test, msg } => {
                if matches!(&test.kind, ExprKind::Tuple(items) if !items.is_empty()) {
                    self.warn(
                        s.loc,
                        "assertion is always true, perhaps remove parentheses?",
                    )?;
                }
                let end = self.new_label();
                self.jump_if(test, true, end)?;
                self.emit(Op::LoadAssertionError);
                if let Some(m) = msg {
                    self.expr(m)?;
                    self.emit(Op::Call(1));
                }
                self.emit(Op::Raise(1));
                self.bind_label(end);
            }
            StmtKind::Import(names) => {
                for a in *names {
                    self.load_const(ConstValue::Int(BigInt::from(0)))?;
                    self.load_const(ConstValue::None)?;
                    let i = self.name_idx(a.name)?;
                    self.emit(Op::ImportName(i));
                    match a.asname {
                        Some(asname) => {
                            let parts: Vec<&str> = a.name.split('.').collect();
                            for p in &parts[1..] {
                                let pi = self.name_idx(p)?;
                                self.emit(Op::ImportFrom(pi));
                                self.emit(Op::Swap(2));
                                self.emit(Op::PopTop);
                            }
                            self.store_name(asname)?;
                        }
                        None => {
                            let top = a.name.split('.').next().unwrap_or(a.name);
                            self.store_name(top)?;
                        }
                    }
                }
            }
            StmtKind::ImportFrom {
                module,
                names,
                level,
            } => {
                self.load_const(ConstValue::Int(BigInt::from(*level)))?;
                let fromlist: Vec<ConstValue> = names
                    .iter()
                    .map(|a| ConstValue::Str(a.name.to_owned()))
                    .collect();
                self.load_const(ConstValue::Tuple(fromlist))?;
                let mi = self.name_idx(module.unwrap_or(""))?;
                self.emit(Op::ImportName(mi));
                if names.len() == 1 && names[0].name == "*" {
                    self.emit(Op::ImportStar);
                } else {
                    for a in *names {
                        let ni = self.name_idx(a.name)?;
                        self.emit(Op::ImportFrom(ni));
                        self.store_name(a.asname.unwrap_or(a.name))?;
                    }
                    self.emit(Op::PopTop);
                }
            }
            StmtKind::Global(_) | StmtKind::Nonlocal(_) => {}
        }
        Ok(())
    }

    /// `target OP= value`: the target's loads and stores are reported at the target,
    /// the operator at the whole statement (CPython's positions).
    pub(super) fn aug_assign(
        &mut self,
        target: &'a Expr<'a>,
        op: BinOp,
        value: &'a Expr<'a>,
    ) -> CResult {
        let code = bin_code(op);
        let stmt_loc = self.ur().loc;
        match &target.kind {
            ExprKind::Name(n) => {
                self.set_loc(target.loc);
                self.load_name(n)?;
                self.set_loc(stmt_loc);
                self.expr(value)?;
                self.emit(Op::InplaceOp(code));
                self.set_loc(target.loc);
                self.store_name(n)?;
            }
            ExprKind::Attribute { value: obj, attr } => {
                let attr_loc = attr_position(target.loc, attr);
                self.set_loc(target.loc);
                self.expr(obj)?;
                self.emit(Op::Copy(1));
                self.set_loc(attr_loc);
                let i = self.attr_idx(attr)?;
                self.emit(Op::LoadAttr(i));
                self.set_loc(stmt_loc);
                self.expr(value)?;
                self.emit(Op::InplaceOp(code));
                self.set_loc(attr_loc);
                self.emit(Op::Swap(2));
                self.emit(Op::StoreAttr(i));
            }
            ExprKind::Subscript { value: obj, slice } if self.reloadable_subscript(obj, slice) => {
                // `v[i] += x` with `v` and `i` locals or constants: reading them again
                // for the store gives the same objects, so they are loaded twice
                // instead of copied and swapped under the value (the instructions
                // fuse into one subscript read and one subscript store).
                self.set_loc(target.loc);
                self.expr(obj)?;
                self.subscript_key(slice)?;
                self.emit(Op::BinarySubscr);
                self.set_loc(stmt_loc);
                self.expr(value)?;
                self.emit(Op::InplaceOp(code));
                self.set_loc(target.loc);
                self.expr(obj)?;
                self.subscript_key(slice)?;
                self.emit(Op::StoreSubscr);
            }
            ExprKind::Subscript { value: obj, slice } => {
                self.set_loc(target.loc);
                self.expr(obj)?;
                self.subscript_key(slice)?;
                self.emit(Op::Copy(2));
                self.emit(Op::Copy(2));
                self.emit(Op::BinarySubscr);
                self.set_loc(stmt_loc);
                self.expr(value)?;
                self.emit(Op::InplaceOp(code));
                self.set_loc(target.loc);
                self.emit(Op::Swap(3));
                self.emit(Op::Swap(2));
                self.emit(Op::StoreSubscr);
            }
            _ => {
                return Err(self.err(
                    "'expression' is an illegal expression for augmented assignment",
                    target.loc,
                ));
            }
        }
        self.set_loc(stmt_loc);
        Ok(())
    }

    /// Whether an augmented assignment to `obj[key]` may load `obj` and `key` again for
    /// the store: each is a fast local no assignment expression rebinds, or (the key)
    /// a constant.
    fn reloadable_subscript(&self, obj: &Expr<'_>, key: &Expr<'_>) -> bool {
        let stable = |e: &Expr<'_>| match &e.kind {
            ExprKind::Name(n) => self.is_stable_fast_local(n),
            _ => false,
        };
        stable(obj) && (stable(key) || matches!(key.kind, ExprKind::Constant(_)))
    }

    pub(super) fn store_target(&mut self, t: &'a Expr<'a>) -> CResult {
        let prev = self.set_loc(t.loc);
        let r = self.store_target_here(t);
        self.set_loc(prev);
        r
    }

    /// `store_target` with the target's position already current.
    pub(super) fn store_target_here(&mut self, t: &'a Expr<'a>) -> CResult {
        match &t.kind {
            ExprKind::Name(n) => self.store_name(n),
            ExprKind::Attribute { value, attr } => {
                self.forbid_debug(attr, false)?;
                self.expr(value)?;
                self.set_loc(attr_position(t.loc, attr));
                let i = self.attr_idx(attr)?;
                self.emit(Op::StoreAttr(i));
                Ok(())
            }
            ExprKind::Subscript { value, slice } => {
                self.expr(value)?;
                if let Some(n) = self.slice_bounds(slice)? {
                    self.emit(Op::StoreSlice(n));
                    return Ok(());
                }
                self.subscript_key(slice)?;
                self.emit(Op::StoreSubscr);
                Ok(())
            }
            ExprKind::Tuple(items) | ExprKind::List(items) => {
                let star = items
                    .iter()
                    .position(|e| matches!(e.kind, ExprKind::Starred(_)));
                match star {
                    None => {
                        self.emit(Op::UnpackSequence(items.len() as u32));
                    }
                    Some(si) => {
                        if items
                            .iter()
                            .filter(|e| matches!(e.kind, ExprKind::Starred(_)))
                            .count()
                            > 1
                        {
                            return Err(
                                self.err("multiple starred expressions in assignment", t.loc)
                            );
                        }
                        let after = items.len() - si - 1;
                        self.emit(Op::UnpackEx((si as u32) | ((after as u32) << 8)));
                    }
                }
                for it in *items {
                    match &it.kind {
                        ExprKind::Starred(inner) => self.store_target(inner)?,
                        _ => self.store_target(it)?,
                    }
                }
                Ok(())
            }
            ExprKind::Starred(_) => Err(self.err(
                "starred assignment target must be in a list or tuple",
                t.loc,
            )),
            _ => Err(self.err("cannot assign to expression", t.loc)),
        }
    }

    pub(super) fn delete_target(&mut self, t: &'a Expr<'a>) -> CResult {
        let prev = self.set_loc(t.loc);
        match &t.kind {
            ExprKind::Name(n) => self.delete_name(n)?,
            ExprKind::Attribute { value, attr } => {
                self.expr(value)?;
                self.set_loc(attr_position(t.loc, attr));
                let i = self.attr_idx(attr)?;
                self.emit(Op::DeleteAttr(i));
            }
            ExprKind::Subscript { value, slice } => {
                self.expr(value)?;
                self.subscript_key(slice)?;
                self.emit(Op::DeleteSubscr);
            }
            ExprKind::Tuple(items) | ExprKind::List(items) => {
                for it in *items {
                    self.delete_target(it)?;
                }
            }
            _ => return Err(self.err("cannot delete expression", t.loc)),
        }
        self.set_loc(prev);
        Ok(())
    }

    /// Jumps to `label` when `test` is `when` (with the usual short-circuit shapes).
    pub(super) fn jump_if(&mut self, test: &'a Expr<'a>, when: bool, label: usize) -> CResult {
        match &test.kind {
            ExprKind::UnaryOp {
                op: UnaryOp::Not,
                operand,
            } => return self.jump_if(operand, !when, label),
            ExprKind::BoolOp { op, values } => {
                let is_and = *op == BoolOp::And;
                if is_and != when {
                    // and/False or or/True: any element deciding jumps.
                    for v in *values {
                        self.jump_if(v, when, label)?;
                    }
                } else {
                    let skip = self.new_label();
                    let n = values.len();
                    for (i, v) in values.iter().enumerate() {
                        if i + 1 < n {
                            self.jump_if(v, !when, skip)?;
                        } else {
                            self.jump_if(v, when, label)?;
                        }
                    }
                    self.bind_label(skip);
                }
                return Ok(());
            }
            _ => {}
        }
        if let ExprKind::Compare {
            left,
            ops: ops @ [op],
            comparators: comparators @ [right],
        } = &test.kind
        {
            if matches!(op, CmpOp::Is | CmpOp::IsNot)
                && matches!(right.kind, ExprKind::Constant(Constant::None))
            {
                // `x is None` / `x is not None` branch on the value itself, as
                // CPython's POP_JUMP_IF_NONE does: no comparison result is made.
                self.set_loc(test.loc);
                self.check_compare(left, ops, comparators)?;
                self.expr(left)?;
                self.set_loc(test.loc);
                let jump_if_none = (*op == CmpOp::Is) == when;
                self.emit(if jump_if_none {
                    Op::PopJumpIfNone(label as u32)
                } else {
                    Op::PopJumpIfNotNone(label as u32)
                });
                return Ok(());
            }
            if let Some(code) = rich_cmp(*op) {
                self.expr(left)?;
                self.expr(right)?;
                self.set_loc(test.loc);
                self.emit(if when {
                    Op::CompareJumpIfTrue(code, label as u32)
                } else {
                    Op::CompareJumpIfFalse(code, label as u32)
                });
                return Ok(());
            }
        }
        if let ExprKind::Compare {
            left,
            ops,
            comparators,
        } = &test.kind
            && ops.len() > 1
            && comparators[..ops.len() - 1]
                .iter()
                .all(|c| self.is_reloadable(c))
        {
            return self.jump_if_chain(test, left, ops, comparators, when, label);
        }
        self.expr(test)?;
        self.emit(if when {
            Op::PopJumpIfTrue(label as u32)
        } else {
            Op::PopJumpIfFalse(label as u32)
        });
        Ok(())
    }

    /// `if a < b < c:` whose middle operands are constants or stable fast locals: each
    /// link is a comparison that jumps, its left operand read again rather than kept
    /// under the first result with `Swap`/`Copy` (reading such an operand twice gives
    /// the same object, and has no effect a program can see).
    fn jump_if_chain(
        &mut self,
        test: &'a Expr<'a>,
        left: &'a Expr<'a>,
        ops: &'a [CmpOp],
        comparators: &'a [Expr<'a>],
        when: bool,
        label: usize,
    ) -> CResult {
        self.set_loc(test.loc);
        self.check_compare(left, ops, comparators)?;
        let skip = self.new_label();
        let last = ops.len() - 1;
        let mut lhs = left;
        for (i, (op, right)) in ops.iter().zip(comparators).enumerate() {
            self.expr(lhs)?;
            self.expr(right)?;
            self.set_loc(test.loc);
            // A false link ends the chain: it jumps to `label` when the jump is taken on
            // false, past the last link when it is taken on true.
            let (jump_when, target) = match (i < last, when) {
                (true, true) => (false, skip),
                (true, false) => (false, label),
                (false, w) => (w, label),
            };
            match rich_cmp(*op) {
                Some(code) if jump_when => {
                    self.emit(Op::CompareJumpIfTrue(code, target as u32));
                }
                Some(code) => {
                    self.emit(Op::CompareJumpIfFalse(code, target as u32));
                }
                None => {
                    self.emit_cmp(*op);
                    self.emit(if jump_when {
                        Op::PopJumpIfTrue(target as u32)
                    } else {
                        Op::PopJumpIfFalse(target as u32)
                    });
                }
            }
            lhs = right;
        }
        self.bind_label(skip);
        Ok(())
    }

    /// An operand that can be evaluated a second time in place of a copy of its value:
    /// a constant, or a fast local no assignment expression rebinds.
    fn is_reloadable(&self, e: &Expr<'_>) -> bool {
        match &e.kind {
            ExprKind::Constant(_) => true,
            ExprKind::Name(name) => self.is_stable_fast_local(name),
            _ => false,
        }
    }

    pub(super) fn break_continue(&mut self, is_break: bool, loc: Loc) -> CResult {
        let blocks = self.ur().blocks.clone();
        let saved_handlers = self.ur().handler_stack.clone();
        let saved_depth = self.ur().depth;
        let r = self.leave_blocks_to_loop(is_break, loc, &blocks);
        self.u().depth = saved_depth;
        self.u().handler_stack = saved_handlers;
        match r {
            Ok(true) => Ok(()),
            Ok(false) => Err(self.err(
                if is_break {
                    "'break' outside loop"
                } else {
                    "'continue' not properly in loop"
                },
                loc,
            )),
            Err(e) => Err(e),
        }
    }

    /// The jump of `break` / `continue` out of the blocks inside the innermost loop;
    /// false when there is no loop.
    fn leave_blocks_to_loop(
        &mut self,
        is_break: bool,
        loc: Loc,
        blocks: &[Block<'a>],
    ) -> Result<bool, CompileError> {
        let mut i = blocks.len();
        while i > 0 {
            i -= 1;
            match blocks[i] {
                Block::For { start, exit } => {
                    if is_break {
                        self.emit(Op::PopTop);
                        self.emit(Op::Jump(exit as u32));
                    } else {
                        self.emit(Op::Jump(start as u32));
                    }
                    return Ok(true);
                }
                Block::While { start, exit } => {
                    self.emit(Op::Jump(if is_break { exit } else { start } as u32));
                    return Ok(true);
                }
                Block::ExceptStarHandler => return Err(self.except_star_exit_error(loc)),
                b => {
                    self.unwind_block(b, false, &blocks[..i])?;
                    self.leave_block_depth(b);
                }
            }
        }
        Ok(false)
    }
}
