//! Generator objects. A generator's frame has a value buffer of its own (local slots,
//! then its value stack). While the generator is suspended the buffer is kept here;
//! resuming makes it the VM's value stack in place, keeping the caller's in the
//! generator until the frame yields or ends.

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use super::{Tag, visit_opt};
use crate::compile::bytecode::CodeObject;
use crate::declare_payload;
use crate::heap::{Behaviour, NoTail, Obj, ObjCell, OptObjCell};

/// A frame that is not running.
pub struct SuspendedFrame {
    pub code: Rc<CodeObject>,
    pub ip: usize,
    pub globals: Obj,
    pub func: Option<Obj>,
    /// The local slots then cells (unbound slots hold the NULL marker), then the value
    /// stack: the frame's own buffer, which is the VM's value stack while it runs.
    pub values: Vec<Obj>,
    /// How many of `values` are local slots and cells.
    pub nlocals: usize,
}

impl SuspendedFrame {
    fn traverse(&self, visit: &mut dyn FnMut(&Obj)) {
        visit(&self.globals);
        visit_opt(&self.func, visit);
        self.values.iter().for_each(visit);
    }

    /// The frame's value stack.
    pub fn stack(&self) -> &[Obj] {
        self.values.get(self.nlocals..).unwrap_or(&[])
    }

    /// The iterator a `yield from` or `await` is delegating to, when the frame is
    /// paused inside one (`gi_yieldfrom`, `cr_await`): such a pause is at the `Jump`
    /// back to the loop's `Send`, with the iterator on top of the value stack.
    pub fn delegate(&self) -> Option<Obj> {
        use crate::compile::bytecode::Op;
        let instrs = &self.code.instrs;
        let paused_in_loop = matches!(instrs.get(self.ip.checked_sub(1)?), Some(Op::YieldValue))
            && matches!(instrs.get(self.ip), Some(&Op::Jump(t))
                if matches!(instrs.get(t as usize), Some(Op::Send(_))));
        if paused_in_loop {
            self.stack().last().cloned()
        } else {
            None
        }
    }
}

/// What kind of frame object this is: they share the machinery and the tag.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum GenKind {
    Generator,
    Coroutine,
    AsyncGenerator,
}

impl GenKind {
    /// The prefix of the attributes only this kind has (`gi_yieldfrom`, `cr_await`,
    /// `ag_await`).
    pub fn attr_prefix(self) -> &'static str {
        match self {
            GenKind::Generator => "gi_",
            GenKind::Coroutine => "cr_",
            GenKind::AsyncGenerator => "ag_",
        }
    }

    /// The type's name, as messages spell it.
    pub fn name(self) -> &'static str {
        match self {
            GenKind::Generator => "generator",
            GenKind::Coroutine => "coroutine",
            GenKind::AsyncGenerator => "async generator",
        }
    }
}

pub struct GeneratorObj {
    pub kind: GenKind,
    /// Async generators: an `asend`/`athrow` awaitable is running it.
    pub running_async: Cell<bool>,
    /// Async generators: `aclose()` was called or it finished by an exit.
    pub ag_closed: Cell<bool>,
    /// None once the generator has finished (or while it runs).
    pub frame: RefCell<Option<SuspendedFrame>>,
    pub running: Cell<bool>,
    /// True once it has started (a `send` of a non-None value is then allowed).
    pub started: Cell<bool>,
    pub finished: Cell<bool>,
    pub name: ObjCell,
    pub qualname: ObjCell,
    /// The exception its frame was handling when it yielded.
    pub exc_state: OptObjCell,
    /// Its code, which `gi_code` shows also once the frame is gone (finished).
    pub code: Rc<CodeObject>,
    /// While the frame runs: the value stack of the frames below it, set aside until
    /// the frame yields or ends (empty otherwise). It is not traversed: like the VM's
    /// stack, it holds references from running frames.
    pub caller_stack: RefCell<Vec<Obj>>,
}
declare_payload!(GeneratorObj, "generator", Tag::Generator, gc);
impl Behaviour for GeneratorObj {
    fn traverse(&self, _: &[NoTail], visit: &mut dyn FnMut(&Obj)) {
        if let Ok(f) = self.frame.try_borrow()
            && let Some(f) = f.as_ref()
        {
            f.traverse(visit);
        }
        visit(&self.name.get());
        visit(&self.qualname.get());
        self.exc_state.visit(visit);
    }
    fn clear(&self) {
        let old = self.frame.try_borrow_mut().map(|mut f| f.take());
        drop(old);
    }
    /// A generator suspended inside a `try` must run its `finally`/`except` blocks
    /// (by `close()`) before it is freed.
    fn needs_finalize(&self) -> bool {
        self.frame.try_borrow().is_ok_and(|f| {
            f.as_ref().is_some_and(|f| {
                (f.ip > 0 && f.code.handler_for(f.ip.saturating_sub(1)).is_some())
                    || (self.kind == GenKind::Coroutine && !self.started.get())
            })
        })
    }
}

impl GeneratorObj {
    pub fn new(frame: SuspendedFrame, name: Obj, qualname: Obj) -> GeneratorObj {
        use crate::compile::bytecode::code_flags;
        let kind = if frame.code.flags & code_flags::COROUTINE != 0 {
            GenKind::Coroutine
        } else if frame.code.flags & code_flags::ASYNC_GENERATOR != 0 {
            GenKind::AsyncGenerator
        } else {
            GenKind::Generator
        };
        let code = frame.code.clone();
        GeneratorObj {
            kind,
            running_async: Cell::new(false),
            ag_closed: Cell::new(false),
            frame: RefCell::new(Some(frame)),
            running: Cell::new(false),
            started: Cell::new(false),
            finished: Cell::new(false),
            name: ObjCell::new(name),
            qualname: ObjCell::new(qualname),
            exc_state: OptObjCell::new(None),
            code,
            caller_stack: RefCell::new(Vec::new()),
        }
    }
}
