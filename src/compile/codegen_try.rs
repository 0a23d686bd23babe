//! Code generation for exception handling: `try` / `except` / `finally`, `with`, and leaving the blocks they open on `return`, `break` and `continue` (handler regions go into the code's exception table, so the normal path pays nothing).
//! (A child module of `codegen`.)

use super::*;

impl<'a> Compiler<'_, 'a> {
    /// Leaves every enclosing block before `return`, keeping the value on top.
    pub(super) fn unwind_blocks_for_return(&mut self) -> CResult {
        let blocks = self.ur().blocks.clone();
        let saved_handlers = self.ur().handler_stack.clone();
        let saved_depth = self.ur().depth;
        let mut i = blocks.len();
        let mut r = Ok(());
        while i > 0 && r.is_ok() {
            i -= 1;
            match blocks[i] {
                Block::For { .. } => {
                    self.emit(Op::Swap(2));
                    self.emit(Op::PopTop);
                }
                Block::While { .. } => {}
                b => r = self.unwind_block(b, true, &blocks[..i]),
            }
            self.leave_block_depth(blocks[i]);
        }
        self.u().depth = saved_depth;
        r?;
        self.emit(Op::ReturnValue);
        self.u().handler_stack = saved_handlers;
        Ok(())
    }

    /// Takes the values `block` keeps on the stack off the statement-level depth, once
    /// the code leaving it early has popped them: a `finally` body copied in after
    /// that point (for the same `return`, `break` or `continue`) records its handlers'
    /// depths without them.
    pub(super) fn leave_block_depth(&mut self, block: Block<'a>) {
        let n = match block {
            Block::For { .. }
            | Block::With { .. }
            | Block::ExceptHandler { .. }
            | Block::PopValue => 1,
            Block::FinallyHandler { .. } => 2,
            Block::ExceptStarHandler => 4,
            Block::While { .. } | Block::Finally { .. } => 0,
        };
        let u = self.u();
        u.depth = u.depth.saturating_sub(n);
    }

    /// Emits the code that leaves `block` early; `preserve` keeps a value on top. The
    /// code runs outside the block's own handler region.
    pub(super) fn unwind_block(
        &mut self,
        block: Block<'a>,
        preserve: bool,
        outer: &[Block<'a>],
    ) -> CResult {
        match block {
            Block::With {
                handlers_len,
                is_async,
            } => {
                self.u().handler_stack.truncate(handlers_len);
                if preserve {
                    self.emit(Op::Swap(2));
                }
                self.load_const(ConstValue::None)?;
                self.load_const(ConstValue::None)?;
                self.load_const(ConstValue::None)?;
                self.emit(Op::Call(3));
                if is_async {
                    self.emit_await(2)?;
                }
                self.emit(Op::PopTop);
            }
            Block::ExceptHandler { name, handlers_len } => {
                self.u().handler_stack.truncate(handlers_len);
                if preserve {
                    self.emit(Op::Swap(2));
                }
                self.emit(Op::PopExcept);
                if let Some(n) = name {
                    self.load_const(ConstValue::None)?;
                    self.store_name(n)?;
                    self.delete_name(n)?;
                }
            }
            Block::FinallyHandler { handlers_len } => {
                self.u().handler_stack.truncate(handlers_len);
                if preserve {
                    self.emit(Op::Swap(2));
                    self.emit(Op::PopTop);
                    self.emit(Op::Swap(2));
                } else {
                    self.emit(Op::PopTop);
                }
                self.emit(Op::PopExcept);
            }
            Block::Finally { body, handlers_len } => {
                self.u().handler_stack.truncate(handlers_len);
                let mut blocks = outer.to_vec();
                if preserve {
                    blocks.push(Block::PopValue);
                }
                let saved_blocks = std::mem::replace(&mut self.u().blocks, blocks);
                let saved_depth = self.ur().depth;
                if preserve {
                    self.u().depth += 1;
                }
                let r = self.body(body);
                self.u().blocks = saved_blocks;
                self.u().depth = saved_depth;
                r?;
            }
            Block::PopValue => {
                if preserve {
                    self.emit(Op::Swap(2));
                }
                self.emit(Op::PopTop);
            }
            Block::For { .. } | Block::While { .. } | Block::ExceptStarHandler => {}
        }
        Ok(())
    }

    pub(super) fn push_handler(&mut self, label: usize, depth: u32) {
        self.u().handler_stack.push((label, depth));
    }

    pub(super) fn pop_handler(&mut self) {
        self.u().handler_stack.pop();
    }

    /// The restore-and-reraise cleanup at the end of a handler: `[prev, exc]`.
    pub(super) fn emit_cleanup(&mut self, label: usize) {
        self.bind_label(label);
        self.emit(Op::Swap(2));
        self.emit(Op::PopExcept);
        self.emit(Op::Reraise);
    }

    pub(super) fn try_except(
        &mut self,
        body: &'a [Stmt<'a>],
        handlers: &'a [ExceptHandler<'a>],
        orelse: &'a [Stmt<'a>],
    ) -> CResult {
        let handler_l = self.new_label();
        let cleanup = self.new_label();
        let end = self.new_label();
        let depth = self.ur().depth;
        self.push_handler(handler_l, depth);
        self.body(body)?;
        self.pop_handler();
        self.body(orelse)?;
        self.emit(Op::Jump(end as u32));

        self.bind_label(handler_l);
        self.emit(Op::PushExcInfo);
        self.push_handler(cleanup, depth + 1);
        let handlers_len = self.ur().handler_stack.len();
        for h in handlers {
            let prev = self.set_loc(h.loc);
            let next = self.new_label();
            if let Some(t) = h.typ {
                self.expr(t)?;
                self.emit(Op::CheckExcMatch);
                self.emit(Op::PopJumpIfFalse(next as u32));
            }
            match h.name {
                Some(n) => self.store_name(n)?,
                None => {
                    self.emit(Op::PopTop);
                }
            }
            let name_cleanup = self.new_label();
            if h.name.is_some() {
                self.push_handler(name_cleanup, depth + 1);
            }
            self.u().blocks.push(Block::ExceptHandler {
                name: h.name,
                handlers_len: handlers_len - 1,
            });
            self.u().depth += 1;
            self.body(h.body)?;
            self.u().depth -= 1;
            self.u().blocks.pop();
            if h.name.is_some() {
                self.pop_handler();
            }
            self.emit(Op::PopExcept);
            if let Some(n) = h.name {
                self.load_const(ConstValue::None)?;
                self.store_name(n)?;
                self.delete_name(n)?;
            }
            self.emit(Op::Jump(end as u32));
            if let Some(n) = h.name {
                // An exception inside the handler body: clear the name, then re-raise.
                self.bind_label(name_cleanup);
                self.load_const(ConstValue::None)?;
                self.store_name(n)?;
                self.delete_name(n)?;
                self.emit(Op::Reraise);
            }
            self.bind_label(next);
            self.set_loc(prev);
        }
        // No clause matched.
        self.emit(Op::Reraise);
        self.pop_handler();
        self.emit_cleanup(cleanup);
        self.bind_label(end);
        Ok(())
    }

    pub(super) fn try_finally(
        &mut self,
        body: &'a [Stmt<'a>],
        handlers: &'a [ExceptHandler<'a>],
        orelse: &'a [Stmt<'a>],
        finalbody: &'a [Stmt<'a>],
    ) -> CResult {
        let finally_l = self.new_label();
        let cleanup = self.new_label();
        let end = self.new_label();
        let depth = self.ur().depth;
        let handlers_len = self.ur().handler_stack.len();
        self.push_handler(finally_l, depth);
        self.u().blocks.push(Block::Finally {
            body: finalbody,
            handlers_len,
        });
        if handlers.is_empty() {
            self.body(body)?;
            self.body(orelse)?;
        } else if handlers[0].star {
            self.try_star_except(body, handlers, orelse)?;
        } else {
            self.try_except(body, handlers, orelse)?;
        }
        self.u().blocks.pop();
        self.pop_handler();
        self.body(finalbody)?;
        self.emit(Op::Jump(end as u32));

        self.bind_label(finally_l);
        self.emit(Op::PushExcInfo);
        self.push_handler(cleanup, depth + 1);
        self.u().blocks.push(Block::FinallyHandler { handlers_len });
        self.u().depth += 2;
        self.body(finalbody)?;
        self.u().depth -= 2;
        self.u().blocks.pop();
        self.emit(Op::Reraise);
        self.pop_handler();
        self.emit_cleanup(cleanup);
        self.bind_label(end);
        Ok(())
    }

    /// `with` / `async with` (`is_async`: entering and exiting are awaited).
    pub(super) fn with_stmt(
        &mut self,
        items: &'a [WithItem<'a>],
        body: &'a [Stmt<'a>],
        loc: Loc,
        is_async: bool,
    ) -> CResult {
        let Some((first, rest)) = items.split_first() else {
            return self.body(body);
        };
        let handler_l = self.new_label();
        let cleanup = self.new_label();
        let suppress = self.new_label();
        let end = self.new_label();
        let depth = self.ur().depth;
        self.expr(first.context)?;
        self.set_loc(loc);
        if is_async {
            self.emit(Op::Async(async_op::BEFORE_ASYNC_WITH));
            self.emit_await(1)?;
        } else {
            self.emit(Op::BeforeWith);
        }
        let handlers_len = self.ur().handler_stack.len();
        self.push_handler(handler_l, depth + 1);
        self.u().blocks.push(Block::With {
            handlers_len,
            is_async,
        });
        self.u().depth += 1;
        match first.optional_vars {
            Some(t) => self.store_target(t)?,
            None => {
                self.emit(Op::PopTop);
            }
        }
        if rest.is_empty() {
            self.body(body)?;
        } else {
            self.with_stmt(rest, body, loc, is_async)?;
        }
        self.u().depth -= 1;
        self.u().blocks.pop();
        self.pop_handler();
        self.set_loc(loc);
        self.load_const(ConstValue::None)?;
        self.load_const(ConstValue::None)?;
        self.load_const(ConstValue::None)?;
        self.emit(Op::Call(3));
        if is_async {
            self.emit_await(2)?;
        }
        self.emit(Op::PopTop);
        self.emit(Op::Jump(end as u32));

        self.bind_label(handler_l);
        self.emit(Op::PushExcInfo);
        self.push_handler(cleanup, depth + 2);
        self.emit(Op::WithExceptStart);
        if is_async {
            self.emit_await(2)?;
        }
        self.emit(Op::PopJumpIfTrue(suppress as u32));
        self.emit(Op::Reraise);
        self.pop_handler();
        self.bind_label(suppress);
        self.emit(Op::PopTop);
        self.emit(Op::PopExcept);
        self.emit(Op::PopTop);
        self.emit(Op::Jump(end as u32));
        self.emit_cleanup(cleanup);
        self.bind_label(end);
        Ok(())
    }
}
