//! Call frames. Frames live on the VM's frame stack, not on the Rust stack; their local
//! slots and value stack are windows into two VM-wide vectors.

use std::rc::Rc;

use crate::compile::bytecode::CodeObject;
use crate::heap::Obj;

pub struct Frame {
    pub code: Rc<CodeObject>,
    /// Index of the next instruction.
    pub ip: usize,
    /// Where this frame's slots start in `Vm::locals`.
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
    /// The generator that owns this frame, if any.
    pub generator: Option<Obj>,
}
