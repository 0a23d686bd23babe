//! Call frames. Frames live on the VM's frame stack, not on the Rust stack. A frame's
//! local slots and its value stack are consecutive windows of the VM's value stack
//! (as in CPython): a call leaves its arguments where they are and they become the
//! callee's first locals. Unbound local slots hold the NULL marker. A generator's frame
//! is the exception: it runs in the generator's own buffer, which becomes the value
//! stack while it runs (the frames below it then find theirs in the generator).

use std::rc::Rc;

use crate::compile::bytecode::CodeObject;
use crate::heap::Obj;

pub struct Frame {
    pub code: Rc<CodeObject>,
    /// Index of the next instruction.
    pub ip: usize,
    /// The stack is cut back to here when the frame exits (below the locals, and below
    /// the callable for a Python-to-Python call).
    pub base: usize,
    /// Where this frame's local slots (then cells) start in `Vm::stack`.
    pub locals_base: usize,
    /// Where this frame's value stack starts in `Vm::stack`.
    pub stack_base: usize,
    pub globals: Obj,
    /// The namespace of module and class bodies (`LoadName`/`StoreName`).
    pub namespace: Option<Obj>,
    /// The function being run (None for module and class bodies).
    pub func: Option<Obj>,
    /// Returning from this frame returns from the current `run` call.
    pub is_entry: bool,
    /// For the `__init__` frame of `Class(...)`: the new instance, which the call
    /// evaluates to once `__init__` returns None. For the frame of an operator method
    /// run for `a op b` (`binop`): the left operand.
    pub ctor: Option<Obj>,
    /// For the frame of `a.__op__(b)` run for `a op b`: the operator and the right
    /// operand, for the TypeError a NotImplemented result becomes.
    pub binop: Option<(crate::compile::bytecode::BinOpCode, Obj)>,
    /// For a generator's frame: the generator, whose buffer is the value stack while
    /// this frame runs and which keeps the caller's. Without `is_entry`, the frame was
    /// resumed by a `for` loop in the same dispatch loop, and its `yield` and `return`
    /// go back to that loop.
    pub generator: Option<Obj>,
}

impl Frame {
    /// The frame of a call of `code`: its `slots` local slots (locals, then cells) start
    /// at `locals_base` and its value stack follows them; returning cuts the VM's stack
    /// back to `base` (below the callable, for a call from Python code).
    #[inline(always)]
    pub fn call(
        code: Rc<CodeObject>,
        globals: Obj,
        func: Option<Obj>,
        base: usize,
        locals_base: usize,
        slots: usize,
    ) -> Frame {
        Frame {
            code,
            ip: 0,
            base,
            locals_base,
            stack_base: locals_base + slots,
            globals,
            namespace: None,
            func,
            is_entry: false,
            ctor: None,
            binop: None,
            generator: None,
        }
    }

    /// The frame of a module or class body (`func` is a class body's function), whose
    /// names live in `namespace`; its local slots start at `locals_base`. It is the entry
    /// frame of a run of its own.
    pub fn body(
        code: Rc<CodeObject>,
        globals: Obj,
        namespace: Obj,
        func: Option<Obj>,
        locals_base: usize,
    ) -> Frame {
        let slots = code.frame_slots();
        Frame {
            namespace: Some(namespace),
            is_entry: true,
            ..Frame::call(code, globals, func, locals_base, locals_base, slots)
        }
    }

    /// The frame of `generator` resumed at `ip`, running in the generator's own buffer:
    /// its `nlocals` slots at the start, its value stack after them.
    #[inline(always)]
    pub fn resumed(
        code: Rc<CodeObject>,
        ip: usize,
        globals: Obj,
        func: Option<Obj>,
        nlocals: usize,
        generator: Obj,
        is_entry: bool,
    ) -> Frame {
        Frame {
            ip,
            is_entry,
            generator: Some(generator),
            ..Frame::call(code, globals, func, 0, 0, nlocals)
        }
    }
}
