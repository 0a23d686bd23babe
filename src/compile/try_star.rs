//! Code generation for `try: ... except* T: ...` (PEP 654), after CPython 3.11.
//!
//! The handler keeps, above the saved exc_info, the original exception and a list
//! collecting what the clauses raise; the part of the exception no clause has matched
//! yet sits on top and is what the next clause matches against:
//!
//! ```text
//! [prev, orig, raised, rest]   CHECK_EG_MATCH -> [prev, orig, raised, rest, match]
//! ```
//!
//! An exception raised in a clause body is appended to `raised`; after the last clause
//! the rest is appended too and PREP_RERAISE_STAR turns `orig` and the list into the
//! exception to re-raise (None when everything was handled).

use super::{CResult, Compiler, ConstValue};
use crate::compile::bytecode::{Op, except_star_op};
use crate::syntax::ast::{ExceptHandler, Loc, Stmt};

use super::Block;

impl<'a> Compiler<'_, 'a> {
    pub(super) fn try_star_except(
        &mut self,
        body: &'a [Stmt<'a>],
        handlers: &'a [ExceptHandler<'a>],
        orelse: &'a [Stmt<'a>],
    ) -> CResult {
        let handler_l = self.new_label();
        let cleanup = self.new_label();
        let reraise = self.new_label();
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
        // [prev, exc] -> [prev, orig, raised, exc]
        self.emit(Op::Copy(1));
        self.emit(Op::BuildList(0));
        self.emit(Op::Swap(2));
        for h in handlers {
            let prev = self.set_loc(h.loc);
            let next = self.new_label();
            let matched = self.new_label();
            let raised = self.new_label();
            if let Some(t) = h.typ {
                self.expr(t)?;
            }
            self.emit(Op::ExceptStar(except_star_op::CHECK_EG_MATCH));
            self.emit(Op::Copy(1));
            self.emit(Op::PopJumpIfNotNone(matched as u32));
            self.emit(Op::PopTop);
            self.emit(Op::Jump(next as u32));
            self.bind_label(matched);
            match h.name {
                Some(n) => self.store_name(n)?,
                None => {
                    self.emit(Op::PopTop);
                }
            }
            // [prev, orig, raised, rest]
            self.push_handler(raised, depth + 4);
            self.u().blocks.push(Block::ExceptStarHandler);
            self.u().depth += 4;
            let r = self.body(h.body);
            self.u().depth -= 4;
            self.u().blocks.pop();
            r?;
            self.pop_handler();
            self.clear_handler_name(h.name)?;
            self.emit(Op::Jump(next as u32));
            // An exception in the body joins the list of raised ones.
            self.bind_label(raised);
            self.clear_handler_name(h.name)?;
            self.emit(Op::ListAppend(2));
            self.bind_label(next);
            self.set_loc(prev);
        }
        // [prev, orig, raised, rest] -> [prev, to_raise]
        self.emit(Op::ListAppend(1));
        self.emit(Op::ExceptStar(except_star_op::PREP_RERAISE_STAR));
        self.emit(Op::Copy(1));
        self.emit(Op::PopJumpIfNotNone(reraise as u32));
        self.pop_handler();
        self.emit(Op::PopTop);
        self.emit(Op::PopExcept);
        self.emit(Op::Jump(end as u32));
        self.bind_label(reraise);
        self.emit(Op::Swap(2));
        self.emit(Op::PopExcept);
        self.emit(Op::Reraise);
        self.emit_cleanup(cleanup);
        self.bind_label(end);
        Ok(())
    }

    /// `name = None; del name` after an `except* ... as name` clause.
    fn clear_handler_name(&mut self, name: Option<&'a str>) -> CResult {
        if let Some(n) = name {
            self.load_const(ConstValue::None)?;
            self.store_name(n)?;
            self.delete_name(n)?;
        }
        Ok(())
    }

    /// Whether the code being compiled is inside an `except*` clause body (of this
    /// function).
    pub(super) fn in_except_star(&self) -> bool {
        self.ur()
            .blocks
            .iter()
            .any(|b| matches!(b, Block::ExceptStarHandler))
    }

    pub(super) fn except_star_exit_error(&self, loc: Loc) -> super::CompileError {
        self.err(
            "'break', 'continue' and 'return' cannot appear in an except* block",
            loc,
        )
    }
}
