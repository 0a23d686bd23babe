//! The local variables of a function's frame, kept for the tracebacks that pass through
//! it.
//!
//! In CPython a traceback refers to the frames it passes through, and a frame that has
//! ended keeps its local variables: an exception that is stored (`err = e`) keeps every
//! local of every frame it left alive, and they are freed only when the traceback is.
//! minipy's frames live on the VM's frame stack, so the first time a traceback entry is
//! recorded for a frame, the frame gets one of these holders (the entries share it);
//! when the frame ends, its local slots and cells are moved here instead of being
//! dropped. `tb.tb_frame.f_locals` reads them.

use std::cell::Cell;

use super::Tag;
use crate::declare_payload;
use crate::heap::{Behaviour, Obj, OptObjCell};

pub struct FrameLocalsObj {
    /// How many slots the frame has (locals, then cells and free variables).
    len: usize,
    /// Set when the frame has ended and its slots were moved into the tail. Until then
    /// the values are the running frame's own.
    ended: Cell<bool>,
}
// The tail holds the frame's slots once it has ended (None for a slot that was unbound).
declare_payload!(FrameLocalsObj, "frame", Tag::Other, gc, tail = OptObjCell);
impl Behaviour for FrameLocalsObj {
    fn tail_len(&self) -> usize {
        self.len
    }
    fn traverse(&self, slots: &[OptObjCell], visit: &mut dyn FnMut(&Obj)) {
        slots.iter().for_each(|s| s.visit(visit));
    }
    fn clear_tail(&self, slots: &[OptObjCell]) {
        for s in slots {
            drop(s.take());
        }
    }
}

impl FrameLocalsObj {
    pub fn new(len: usize) -> FrameLocalsObj {
        FrameLocalsObj {
            len,
            ended: Cell::new(false),
        }
    }

    pub fn has_ended(&self) -> bool {
        self.ended.get()
    }

    pub fn mark_ended(&self) {
        self.ended.set(true);
    }
}

/// The holder's payload and its slots.
pub fn frame_locals(o: &Obj) -> Option<(&FrameLocalsObj, &[OptObjCell])> {
    o.downcast_with_tail::<FrameLocalsObj>()
}
