//! Generators resumed by a `for` loop inside the dispatch loop itself.
//!
//! `for x in gen():` would otherwise resume the generator through `resume_generator`,
//! which runs its frame in a nested dispatch loop on the Rust stack. Here `ForIter`
//! pushes the generator's frame like a call; its `yield` pops it again, saving it into
//! the generator and leaving the value on the loop's stack; its `return` ends the loop;
//! an exception leaving it finishes the generator on the way out (with PEP 479's
//! StopIteration → RuntimeError), as the nested path does.
//!
//! Only the plain case is taken: a generator (not a coroutine) that is not running, has
//! a frame, and neither it nor the loop is handling an exception (so no exception state
//! needs swapping). Everything else takes the nested path.

use crate::compile::bytecode::Op;
use crate::heap::Obj;
use crate::objects::ExceptionObj;
use crate::objects::generator::{GenKind, GeneratorObj, SuspendedFrame};

use super::frame::Frame;
use super::{PyErr, Vm};

impl Vm {
    /// Pushes the frame of generator `it` to resume it with None, when it qualifies;
    /// false (and nothing changed) otherwise. The caller saved its frame's `ip`.
    pub(super) fn resume_generator_inline(&mut self, it: &Obj) -> bool {
        let Some(g) = it.downcast::<GeneratorObj>() else {
            return false;
        };
        if g.kind != GenKind::Generator
            || g.running.get()
            || self.handled_exc.is_some()
            || self.frames.len() >= self.recursion_limit
            || g.exc_state.try_borrow().map_or(true, |e| e.is_some())
        {
            return false;
        }
        let Some(sf) = g.frame.try_borrow_mut().ok().and_then(|mut f| f.take()) else {
            return false;
        };
        g.running.set(true);
        g.started.set(true);
        // The value `yield` evaluates to in the generator.
        let none = self.s.none.clone();
        self.push_generator_frame(g, sf, Some(none), Some(it.clone()));
        true
    }

    /// `yield value` in an inline generator frame (the top frame, its `ip` saved): saves
    /// the frame into the generator and leaves `value` on the loop's stack.
    pub(super) fn yield_inline(&mut self, value: Obj) {
        let Some(mut f) = self.frames.pop() else {
            return;
        };
        let Some(generator) = f.inline_gen.take() else {
            return;
        };
        let Some(g) = generator.downcast::<GeneratorObj>() else {
            return;
        };
        g.running.set(false);
        // The loop handled no exception when the generator was resumed: one being
        // handled now is the generator's own, restored when it resumes.
        if let Some(own) = self.handled_exc.take()
            && let Ok(mut state) = g.exc_state.try_borrow_mut()
        {
            *state = Some(own);
        }
        self.save_generator_frame(g, f);
        self.stack.push(value);
    }

    /// Moves a suspended frame of `g` back onto the VM's stacks (its values, then `sent`
    /// when given) and pushes it: an entry frame of a nested run, or, with `inline_gen`,
    /// a frame of the running dispatch loop. The emptied buffer is kept for the next
    /// yield.
    #[inline]
    pub(super) fn push_generator_frame(
        &mut self,
        g: &GeneratorObj,
        sf: SuspendedFrame,
        sent: Option<Obj>,
        inline_gen: Option<Obj>,
    ) {
        let SuspendedFrame {
            code,
            ip,
            globals,
            func,
            mut values,
            nlocals,
        } = sf;
        let locals_base = self.stack.len();
        let stack_base = locals_base + nlocals;
        self.stack.append(&mut values);
        if let Ok(mut spare) = g.spare.try_borrow_mut() {
            std::mem::swap(&mut *spare, &mut values);
        }
        // `values` is now the previous spare buffer: normally an empty one without
        // storage (the last yield took it), whose drop needs no call.
        if values.capacity() == 0 {
            std::mem::forget(values);
        }
        if let Some(v) = sent {
            self.stack.push(v);
        }
        let is_entry = inline_gen.is_none();
        self.frames.push(Frame {
            code,
            ip,
            base: locals_base,
            locals_base,
            stack_base,
            globals,
            namespace: None,
            func,
            is_entry,
            ctor: None,
            inline_gen,
        });
    }

    /// Saves popped frame `f` of `g` into the generator (into the buffer it was resumed
    /// from) and cuts the VM's stack back to below it.
    #[inline]
    pub(super) fn save_generator_frame(&mut self, g: &GeneratorObj, f: Frame) {
        let mut values = g
            .spare
            .try_borrow_mut()
            .map(|mut s| std::mem::take(&mut *s))
            .unwrap_or_default();
        self.stack.move_tail_into(f.locals_base, &mut values);
        self.stack.truncate(f.base);
        if let Ok(mut slot) = g.frame.try_borrow_mut() {
            *slot = Some(SuspendedFrame {
                code: f.code,
                ip: f.ip,
                globals: f.globals,
                func: f.func,
                nlocals: f.stack_base - f.locals_base,
                values,
            });
        }
    }

    /// After an inline generator frame returned (popped, its stack cut): the generator
    /// is finished and the `for` loop that resumed it ends.
    pub(super) fn return_inline(&mut self, generator: &Obj) -> Result<(), PyErr> {
        if let Some(g) = generator.downcast::<GeneratorObj>() {
            g.running.set(false);
            g.finished.set(true);
        }
        self.handled_exc = None;
        let Some(caller) = self.frames.last_mut() else {
            return Err(self.system_error("no frame to return to"));
        };
        let at = caller.ip.wrapping_sub(1);
        let Some(&Op::ForIter(target)) = caller.code.instrs.get(at) else {
            return Err(self.system_error("inline generator not resumed by a for loop"));
        };
        caller.ip = target as usize;
        // The exhausted generator, the loop's iterator.
        self.stack.pop();
        Ok(())
    }

    /// An exception leaves the inline frame of `gen` (already popped): the generator is
    /// finished; a StopIteration becomes RuntimeError (PEP 479), as when resumed
    /// through `resume_generator`.
    pub(super) fn unwind_inline_generator(&mut self, generator: &Obj, exc: Obj) -> Obj {
        if let Some(g) = generator.downcast::<GeneratorObj>() {
            g.running.set(false);
            g.finished.set(true);
        }
        self.handled_exc = None;
        let t = self.type_of(&exc);
        if !self.is_subclass(&t, &self.exc.stop_iteration) {
            return exc;
        }
        let err = self.runtime_error("generator raised StopIteration");
        let new = self.exc_object(err);
        if let Some(x) = new.downcast::<ExceptionObj>() {
            *x.cause.borrow_mut() = Some(exc.clone());
            *x.context.borrow_mut() = Some(exc);
            x.suppress_context.set(true);
        }
        new
    }
}
