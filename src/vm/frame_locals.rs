//! Frames keep their locals for the tracebacks that pass through them, as CPython's
//! frame objects do: the holder (`objects/frame_locals.rs`) is made when the first
//! traceback entry is recorded for a frame, and the frame's slots move into it when the
//! frame ends. The holders of running frames are listed in `Vm::locals_holders` (by
//! frame index), not in the frames, so that calls and returns pay only for a check
//! that the list is empty.

use crate::heap::{Obj, OptObjCell};
use crate::objects::frame_locals::{FrameLocalsObj, frame_locals};

use super::Vm;
use super::frame::Frame;

impl Vm {
    /// The holder of the top frame's locals, for a traceback entry, made on first use.
    /// For a module or class body, its namespace (the dict its locals live in). None
    /// when the heap is full (the entry then keeps no locals).
    pub(super) fn top_locals_holder(&mut self) -> Option<Obj> {
        let index = self.frames.len().checked_sub(1)?;
        let frame = self.frames.last()?;
        if let Some(ns) = &frame.namespace {
            // A module or class body: its namespace is its locals.
            return Some(ns.clone());
        }
        if !frame.code.is_function() {
            return None;
        }
        if frame.generator.is_some() {
            return self.generator_locals_copy();
        }
        let base = frame.locals_base;
        let n = frame.stack_base.checked_sub(base)?;
        self.drop_stale_holders(index);
        if let Some((i, b, h)) = self.locals_holders.last()
            && *i == index
            && *b == base
        {
            return Some(h.clone());
        }
        let holder = self.new_locals_holder((0..n).map(|_| None))?;
        self.locals_holders.push((index, base, holder.clone()));
        Some(holder)
    }

    /// For the top frame, a generator's: a holder with a copy of its locals as they are
    /// now. A generator's frame can be suspended and resumed at another depth, so it is
    /// not listed in `locals_holders`; an exception leaving it ends the generator.
    fn generator_locals_copy(&mut self) -> Option<Obj> {
        let frame = self.frames.last()?;
        let base = frame.locals_base;
        let n = frame.stack_base.checked_sub(base)?;
        let values: Vec<Option<Obj>> = (0..n)
            .map(|i| {
                let v = self.stack.get(base + i).filter(|v| !v.ptr_eq(&self.s.null));
                v.cloned()
            })
            .collect();
        let holder = self.new_locals_holder(values.into_iter())?;
        if let Some((h, _)) = frame_locals(&holder) {
            h.mark_ended();
        }
        Some(holder)
    }

    /// A holder with these slot values (None when the heap is full).
    fn new_locals_holder(&self, values: impl ExactSizeIterator<Item = Option<Obj>>) -> Option<Obj> {
        let n = values.len();
        let tail = values.map(OptObjCell::new);
        self.heap
            .alloc_with_tail(FrameLocalsObj::new(n), n, tail)
            .ok()
    }

    /// Drops the holders listed for frames deeper than `index`: those frames ended
    /// without giving theirs up (abandoned by an internal error), so they are stale.
    fn drop_stale_holders(&mut self, index: usize) {
        while self.locals_holders.last().is_some_and(|h| h.0 > index) {
            drop(self.locals_holders.pop());
        }
    }

    /// `frame` has ended (it is popped; its slots are still on the value stack): when a
    /// traceback passed through it, its slots move into the holder instead of being
    /// dropped with the stack.
    #[inline(always)]
    pub(super) fn keep_frame_locals(&mut self, frame: &Frame) {
        if !self.locals_holders.is_empty() {
            self.end_frame_with_holder(frame);
        }
    }

    #[inline(never)]
    fn end_frame_with_holder(&mut self, frame: &Frame) {
        // The popped frame's index is the number of frames left.
        let index = self.frames.len();
        self.drop_stale_holders(index);
        let Some(&(i, base, _)) = self.locals_holders.last() else {
            return;
        };
        if i != index {
            return;
        }
        let Some((_, _, holder)) = self.locals_holders.pop() else {
            return;
        };
        if base != frame.locals_base {
            return;
        }
        let Some((h, slots)) = frame_locals(&holder) else {
            return;
        };
        for (i, cell) in slots.iter().enumerate() {
            let Some(v) = self.stack.get_mut(base + i) else {
                break;
            };
            let v = std::mem::replace(v, self.s.null.clone());
            if !v.ptr_eq(&self.s.null) {
                drop(cell.replace(Some(v)));
            }
        }
        h.mark_ended();
    }

    /// The index in `frames` of the running frame whose locals `holder` is for.
    pub(super) fn frame_of_holder(&self, holder: &Obj) -> Option<usize> {
        let &(index, base, _) = self
            .locals_holders
            .iter()
            .rev()
            .find(|(_, _, h)| h.ptr_eq(holder))?;
        (self.frames.get(index)?.locals_base == base).then_some(index)
    }
}
