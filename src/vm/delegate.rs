//! Throwing into (and closing) a generator that is suspended in `yield from`: the
//! exception goes to the sub-iterator first, as CPython's `gen_throw` does.

use crate::compile::bytecode::Op;
use crate::heap::Obj;
use crate::objects::generator::GeneratorObj;
use crate::objects::{Tag, tag_of};

use super::{PyErr, PyResult, Vm};

impl Vm {
    /// The sub-iterator a suspended generator is delegating to with `yield from`: it is
    /// paused right after the `YieldValue` of a `Send` loop, sub-iterator on its stack.
    fn yield_from_target(&self, generator: &Obj) -> Option<Obj> {
        let g = generator.downcast::<GeneratorObj>()?;
        let frame = g.frame.try_borrow().ok()?;
        let f = frame.as_ref()?;
        let instrs = &f.code.instrs;
        let after_yield = f.ip.checked_sub(1).and_then(|i| instrs.get(i));
        if !matches!(after_yield, Some(Op::YieldValue)) {
            return None;
        }
        let Some(Op::Jump(t)) = instrs.get(f.ip) else {
            return None;
        };
        if !matches!(instrs.get(*t as usize), Some(Op::Send(_))) {
            return None;
        }
        f.stack().last().cloned()
    }

    /// Moves a generator paused in `yield from` past the loop, as if the sub-iterator
    /// had returned (its value is pushed by the resumption that follows).
    fn finish_yield_from(&self, generator: &Obj) {
        let Some(g) = generator.downcast::<GeneratorObj>() else {
            return;
        };
        let Ok(mut frame) = g.frame.try_borrow_mut() else {
            return;
        };
        let Some(f) = frame.as_mut() else {
            return;
        };
        let end = match f.code.instrs.get(f.ip) {
            Some(Op::Jump(t)) => match f.code.instrs.get(*t as usize) {
                Some(Op::Send(end)) => *end as usize,
                _ => return,
            },
            _ => return,
        };
        let recv = if f.values.len() > f.nlocals {
            f.values.pop()
        } else {
            None
        };
        f.ip = end;
        drop(frame);
        drop(recv);
    }

    /// Closes a sub-iterator: generators by `close()`, other objects through their own
    /// `close` method when they have one.
    pub(crate) fn close_iterator(&mut self, it: &Obj) -> PyResult<()> {
        if tag_of(it) == Tag::Generator {
            return self.generator_close(it);
        }
        let key = self.intern("close")?;
        let Some(close) = self.getattr_opt(it, &key)? else {
            return Ok(());
        };
        self.call(&close, vec![])?;
        Ok(())
    }

    /// Throws `exc` into `generator`, handing it to the sub-iterator of a `yield from`
    /// first. `Ok(Ok(v))` is a yielded value, `Ok(Err(v))` the return value.
    pub(crate) fn throw_into_generator(
        &mut self,
        generator: &Obj,
        exc: PyErr,
    ) -> PyResult<Result<Obj, Obj>> {
        let Some(sub) = self.yield_from_target(generator) else {
            return self.resume_generator(generator, None, Some(exc));
        };
        if generator
            .downcast::<GeneratorObj>()
            .is_some_and(|g| g.running.get())
        {
            return Err(self.value_error("generator already executing"));
        }
        let generator_exit = self.exc.generator_exit.clone();
        if self.err_matches(&exc, &generator_exit) {
            // The sub-iterator is closed first; an error from that replaces the exit.
            let exc = match self.close_iterator(&sub) {
                Ok(()) => exc,
                Err(e) => e,
            };
            return self.resume_generator(generator, None, Some(exc));
        }
        let thrown = if tag_of(&sub) == Tag::Generator {
            self.throw_into_generator(&sub, exc)
        } else {
            let key = self.intern("throw")?;
            match self.getattr_opt(&sub, &key)? {
                Some(throw) => {
                    let e = self.exc_object(exc);
                    match self.call(&throw, vec![e]) {
                        Ok(v) => Ok(Ok(v)),
                        Err(e) => Err(e),
                    }
                }
                None => return self.resume_generator(generator, None, Some(exc)),
            }
        };
        match thrown {
            Ok(Ok(v)) => Ok(Ok(v)),
            Ok(Err(ret)) => {
                self.finish_yield_from(generator);
                self.resume_generator(generator, Some(ret), None)
            }
            Err(e) if self.err_matches(&e, &self.exc.stop_iteration.clone()) => {
                let eo = self.exc_object(e);
                let ret = self.getattr_str(&eo, "value")?;
                self.finish_yield_from(generator);
                self.resume_generator(generator, Some(ret), None)
            }
            Err(e) => self.resume_generator(generator, None, Some(e)),
        }
    }
}
