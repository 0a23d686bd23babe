//! Code generation for coroutines: `await`, `async for`, `async with` and asynchronous
//! comprehensions (a child module of `codegen`, kept apart so that the rest of the
//! code generator hardly changes).
//!
//! `await x` compiles as CPython 3.11 does: `GET_AWAITABLE` turns `x` into an iterator
//! and the send loop of `yield from` drives it, so a suspended coroutine is just a
//! generator frame paused in that loop.

use super::*;

impl<'v, 'a> Compiler<'v, 'a> {
    /// True when the unit being compiled is an `async def` (coroutine or async generator).
    fn in_async_function(&self) -> bool {
        self.ur().flags & (code_flags::COROUTINE | code_flags::ASYNC_GENERATOR) != 0
    }

    /// `await` and asynchronous comprehensions are allowed here: an `async def` body, or
    /// a comprehension (whose own check then applies).
    pub(super) fn in_async_context(&self) -> bool {
        self.in_async_function() || self.table.scopes[self.ur().scope].is_comprehension
    }

    /// `async for` / `async with` must be inside an `async def`.
    pub(super) fn check_async_stmt(&self, msg: &str, loc: Loc) -> CResult {
        if self.in_async_function() {
            Ok(())
        } else {
            Err(self.err(msg, loc))
        }
    }

    /// Awaits the value on top of the stack: `GET_AWAITABLE` then the `yield from` loop.
    /// `kind` picks the error message (0 `await`, 1 `__aenter__`, 2 `__aexit__`).
    pub(super) fn emit_await(&mut self, kind: u32) -> CResult {
        self.emit(Op::Async(async_op::GET_AWAITABLE + kind));
        self.load_const(ConstValue::None)?;
        let start = self.new_label();
        let end = self.new_label();
        self.bind_label(start);
        self.emit(Op::Send(end as u32));
        self.emit(Op::YieldValue);
        self.emit(Op::Jump(start as u32));
        self.bind_label(end);
        Ok(())
    }

    pub(super) fn await_expr(&mut self, e: &'a Expr<'a>, v: &'a Expr<'a>) -> CResult {
        if self.ur().kind != ScopeKind::Function {
            return Err(self.err("'await' outside function", e.loc));
        }
        if !self.in_async_context() {
            return Err(self.err("'await' outside async function", e.loc));
        }
        self.expr(v)?;
        self.set_loc(e.loc);
        self.emit_await(0)
    }

    pub(super) fn async_for(
        &mut self,
        s: &'a Stmt<'a>,
        target: &'a Expr<'a>,
        iter: &'a Expr<'a>,
        body: &'a [Stmt<'a>],
        orelse: &'a [Stmt<'a>],
    ) -> CResult {
        self.check_async_stmt("'async for' outside async function", s.loc)?;
        let start = self.new_label();
        let done = self.new_label();
        let exit = self.new_label();
        let depth = self.ur().depth;
        self.expr(iter)?;
        self.set_loc(s.loc);
        self.emit(Op::Async(async_op::GET_AITER));
        self.bind_label(start);
        self.set_loc(s.loc);
        self.push_handler(done, depth + 1);
        self.emit(Op::Async(async_op::GET_ANEXT));
        self.emit_await(0)?;
        self.pop_handler();
        self.u().depth += 1;
        self.u().blocks.push(Block::For { start, exit });
        self.store_target(target)?;
        self.body(body)?;
        self.u().blocks.pop();
        self.set_loc(s.loc);
        self.emit(Op::Jump(start as u32));
        self.u().depth -= 1;
        self.bind_label(done);
        self.emit(Op::Async(async_op::END_ASYNC_FOR));
        self.body(orelse)?;
        self.bind_label(exit);
        Ok(())
    }

    /// One `async for` level of a comprehension (its iterator already made by
    /// `GET_AITER`: the caller's for the first one).
    pub(super) fn async_comp_level(
        &mut self,
        gens: &'a [Comprehension<'a>],
        i: usize,
        kind: CompKind<'a>,
    ) -> CResult {
        let g = &gens[i];
        if i == 0 {
            let idx = self.varname_idx(".0");
            self.emit(Op::LoadFast(idx));
        } else {
            self.expr(g.iter)?;
            self.emit(Op::Async(async_op::GET_AITER));
        }
        let base = u32::from(!matches!(kind, CompKind::Gen(_)));
        let start = self.new_label();
        let done = self.new_label();
        self.bind_label(start);
        self.push_handler(done, base + i as u32 + 1);
        self.emit(Op::Async(async_op::GET_ANEXT));
        self.emit_await(0)?;
        self.pop_handler();
        self.store_target(g.target)?;
        for cond in g.ifs {
            self.jump_if(cond, false, start)?;
        }
        self.comp_body(gens, i, kind)?;
        self.emit(Op::Jump(start as u32));
        self.bind_label(done);
        self.emit(Op::Async(async_op::END_ASYNC_FOR));
        Ok(())
    }
}
