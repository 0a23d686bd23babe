//! Generators resumed by a `for` loop or a `yield from` inside the dispatch loop itself.
//!
//! `for x in gen():` would otherwise resume the generator through `resume_generator`,
//! which runs its frame in a nested dispatch loop on the Rust stack. Here `ForIter`
//! pushes the generator's frame like a call, its buffer as the value stack (both ways
//! resume the frame in place: nothing is copied); its `yield` pops it again, handing
//! the buffer back to the generator and leaving the value on the loop's stack; its
//! `return` ends the loop;
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

/// The most value-stack room a generator's buffer is given up front (see
/// `CodeObject::generator_room`).
const MAX_LEARNED_ROOM: usize = 64;

impl Vm {
    /// Pushes the frame of generator `it` to resume it with `sent`, when it qualifies;
    /// otherwise hands `sent` back (and nothing changed). The caller saved its frame's
    /// `ip`.
    #[inline(never)]
    pub(super) fn resume_generator_inline(&mut self, it: &Obj, sent: Obj) -> Result<(), Obj> {
        let Some(g) = it.downcast::<GeneratorObj>() else {
            return Err(sent);
        };
        if g.kind != GenKind::Generator
            || g.running.get()
            || (!g.started.get() && !sent.ptr_eq(&self.s.none))
            || self.handled_exc.is_some()
            || self.frames.len() >= self.recursion_limit
            || g.exc_state.is_some()
        {
            return Err(sent);
        }
        let Some(sf) = g.frame.try_borrow_mut().ok().and_then(|mut f| f.take()) else {
            return Err(sent);
        };
        g.running.set(true);
        g.started.set(true);
        // `sent` is the value `yield` evaluates to in the generator.
        self.push_generator_frame(g, sf, Some(sent), it.clone(), false);
        Ok(())
    }

    /// `yield value` in an inline generator frame (the top frame, its `ip` saved): saves
    /// the frame into the generator and leaves `value` on the loop's stack, or, with
    /// `fuse_store` (an untraced loop), stores it where the loop's `StoreFast` would.
    #[inline(never)]
    pub(super) fn yield_inline(&mut self, value: Obj, fuse_store: bool) {
        let Some(mut f) = self.frames.pop() else {
            return;
        };
        let Some(generator) = f.generator.take() else {
            return;
        };
        let Some(g) = generator.downcast::<GeneratorObj>() else {
            return;
        };
        g.running.set(false);
        // The loop handled no exception when the generator was resumed: one being
        // handled now is the generator's own, restored when it resumes.
        if let Some(own) = self.handled_exc.take() {
            drop(g.exc_state.replace(Some(own)));
        }
        self.save_generator_frame(g, f);
        // `for x in gen`: the `StoreFast` of the loop variable that would take the
        // value next is done here (untraced runs only: a traced one reports it).
        if fuse_store
            && let Some(caller) = self.frames.last_mut()
            && let Some(&Op::StoreFast(slot)) = caller.code.instrs.get(caller.ip)
            && let Some(dst) = self.stack.get_mut(caller.locals_base + slot as usize)
        {
            caller.ip += 1;
            let old = std::mem::replace(dst, value);
            // A finalizer this queues runs at the safe point of the frame switch.
            drop(old);
            return;
        }
        self.stack.push(value);
    }

    /// Resumes a suspended frame of `generator` (`g`) in place: its buffer becomes the
    /// value stack (then `sent` is pushed, when given) and the caller's is kept in the
    /// generator. The frame is an entry frame of a nested run (`is_entry`), or one of
    /// the running dispatch loop.
    #[inline(always)]
    pub(super) fn push_generator_frame(
        &mut self,
        g: &GeneratorObj,
        sf: SuspendedFrame,
        sent: Option<Obj>,
        generator: Obj,
        is_entry: bool,
    ) {
        let SuspendedFrame {
            code,
            mut ip,
            globals,
            func,
            mut values,
            nlocals,
        } = sf;
        // A `yield` statement resumed with None: the `PopTop` that would drop the sent
        // value is skipped with it (not at the start, which traced runs report).
        let sent = match sent {
            // An inline frame is resumed only by the untraced loop.
            Some(v)
                if ip > 0
                    && v.ptr_eq(&self.s.none)
                    && matches!(code.instrs.get(ip), Some(Op::PopTop))
                    && (!is_entry || !self.instrumented()) =>
            {
                ip += 1;
                None
            }
            other => other,
        };
        std::mem::swap(&mut *self.stack, &mut values);
        if let Ok(mut caller) = g.caller_stack.try_borrow_mut() {
            let empty = std::mem::replace(&mut *caller, values);
            // The empty vector the last `restore_caller_stack` left, which owns no
            // storage: dropping it would be a call that does nothing.
            if empty.capacity() == 0 {
                std::mem::forget(empty);
            }
        }
        if let Some(v) = sent {
            self.stack.push(v);
        }
        self.frames
            .push_with(|| Frame::resumed(code, ip, globals, func, nlocals, generator, is_entry));
    }

    /// Makes the caller's value stack, kept in `g` while its frame ran, the VM's again,
    /// and returns the generator's buffer it replaces.
    #[inline(always)]
    pub(super) fn restore_caller_stack(&mut self, g: &GeneratorObj) -> Vec<Obj> {
        let mut values = g
            .caller_stack
            .try_borrow_mut()
            .map(|mut c| std::mem::take(&mut *c))
            .unwrap_or_default();
        std::mem::swap(&mut *self.stack, &mut values);
        values
    }

    /// Saves popped frame `f` of `g` into the generator, its buffer with it, and gives
    /// the caller its value stack back.
    #[inline(always)]
    pub(super) fn save_generator_frame(&mut self, g: &GeneratorObj, f: Frame) {
        let values = self.restore_caller_stack(g);
        // Remembered for the next generators of this code (see `generator_room`), up to
        // a bound: one deep moment (a call spreading a long `*args`) must not make every
        // later generator of the code large.
        let room = values.capacity().saturating_sub(f.stack_base);
        if room > f.code.generator_room.get() as usize && room <= MAX_LEARNED_ROOM {
            f.code.generator_room.set(room as u32);
        }
        if let Ok(mut slot) = g.frame.try_borrow_mut() {
            *slot = Some(SuspendedFrame {
                code: f.code,
                ip: f.ip,
                globals: f.globals,
                func: f.func,
                nlocals: f.stack_base,
                values,
            });
        }
    }

    /// The value in local slot `slot` of the frame at `index` of the frame stack. The
    /// frames below a running generator's frame keep their values in that generator.
    pub(crate) fn frame_local(&self, index: usize, slot: usize) -> Option<Obj> {
        let lb = self.frames.get(index)?.locals_base;
        let owner = self.frames.get(index + 1..)?.iter().find_map(|f| {
            f.generator
                .as_ref()
                .and_then(|g| g.downcast::<GeneratorObj>())
        });
        match owner {
            None => self.stack.get(lb + slot).cloned(),
            Some(g) => g.caller_stack.try_borrow().ok()?.get(lb + slot).cloned(),
        }
    }

    /// After an inline generator frame returned `value` (popped, its stack cut): the
    /// generator is finished, and the `for` loop that resumed it ends, or the `yield
    /// from` that resumed it evaluates to `value`.
    pub(super) fn return_inline(&mut self, generator: &Obj, value: Obj) -> Result<(), PyErr> {
        if let Some(g) = generator.downcast::<GeneratorObj>() {
            g.running.set(false);
            g.finished.set(true);
            self.restore_caller_stack(g);
        }
        self.handled_exc = None;
        let Some(caller) = self.frames.last_mut() else {
            return Err(self.system_error("no frame to return to"));
        };
        let at = caller.ip.wrapping_sub(1);
        match caller.code.instrs.get(at) {
            Some(&Op::ForIter(target)) => {
                caller.ip = target as usize;
                // The exhausted generator, the loop's iterator.
                self.stack.pop();
            }
            Some(&Op::Send(target)) => {
                caller.ip = target as usize;
                // The generator delegated to gives way to its return value.
                self.stack.pop();
                self.stack.push(value);
            }
            _ => return Err(self.system_error("inline generator not resumed by a loop")),
        }
        Ok(())
    }

    /// An exception leaves the inline frame of `gen` (already popped): the generator is
    /// finished; a StopIteration becomes RuntimeError (PEP 479), as when resumed
    /// through `resume_generator`.
    pub(super) fn unwind_inline_generator(&mut self, generator: &Obj, exc: Obj) -> Obj {
        if let Some(g) = generator.downcast::<GeneratorObj>() {
            g.running.set(false);
            g.finished.set(true);
            self.restore_caller_stack(g);
        }
        self.handled_exc = None;
        let t = self.type_of(&exc);
        if !self.is_subclass(&t, &self.exc.stop_iteration) {
            return exc;
        }
        let err = self.runtime_error("generator raised StopIteration");
        let new = self.exc_object(err);
        if let Some(x) = new.downcast::<ExceptionObj>() {
            x.set_context(Some(exc.clone()));
            if let Err(e) = x.set_cause(self.alloc(), Some(exc), true) {
                return self.exc_object(e.into());
            }
        }
        new
    }
}
