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
    /// evaluates to once `__init__` returns None.
    pub ctor: Option<Obj>,
    /// For a generator's frame: the generator, whose buffer is the value stack while
    /// this frame runs and which keeps the caller's. Without `is_entry`, the frame was
    /// resumed by a `for` loop in the same dispatch loop, and its `yield` and `return`
    /// go back to that loop.
    pub generator: Option<Obj>,
}
