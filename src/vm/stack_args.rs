//! Moving call arguments off the value stack. `Vec::drain(..).collect()` pays for an
//! iterator, a tail move and its drop guard on every call; popping the few arguments
//! a call has and reversing them is several times cheaper. Tuples and lists built from
//! the stack copy the values straight into the new object (no temporary `Vec`).

use smallvec::SmallVec;

use crate::heap::{HeapVec, Obj};
use crate::objects::{ListObj, TupleObj};

use super::Vm;

impl Vm {
    /// Moves the values above `start` on the stack into `out` (empty), bottom first.
    /// Filled in place: building the small vector locally and returning it by value
    /// made the caller copy it back with wide loads over the narrow stores just made,
    /// a store-forwarding stall on every call.
    #[inline(always)]
    pub(crate) fn take_stack_args_into(&mut self, start: usize, out: &mut SmallVec<[Obj; 6]>) {
        self.stack.move_tail_into_small(start, out);
    }

    /// `BuildTuple`: a tuple of the `n` values on top of the stack, which are popped.
    #[inline]
    pub(crate) fn tuple_from_stack(&mut self, n: usize) -> super::PyResult {
        let start = self.stack.len().saturating_sub(n);
        // The values actually there (`n` unless the stack is malformed).
        let count = self.stack.len() - start;
        let r = if count == 0 {
            Ok(self.s.empty_tuple.clone())
        } else {
            let items = self.stack[start..].iter().cloned();
            self.heap
                .alloc_with_tail(TupleObj::new(count), count, items)
                .map_err(Into::into)
        };
        self.stack.truncate(start);
        r
    }

    /// `BuildList`: a list of the `n` values on top of the stack, which are popped.
    #[inline]
    pub(crate) fn list_from_stack(&mut self, n: usize) -> super::PyResult {
        let start = self.stack.len().saturating_sub(n);
        let r = HeapVec::with_capacity(self.alloc(), self.stack.len() - start)
            .and_then(|mut v| {
                v.extend_from_slice(self.alloc(), &self.stack[start..])?;
                Ok(v)
            })
            .map_err(Into::into)
            .and_then(|v| Ok(self.heap.alloc(ListObj::new(v))?));
        self.stack.truncate(start);
        r
    }

    /// `BuildSet`: a set of the `n` values on top of the stack (left to right, so that
    /// of equal items the first is kept), which are popped. Each is cloned from its
    /// stack slot as it is added: hashing may run Python code, which pushes above them.
    pub(crate) fn set_from_stack(&mut self, n: usize) -> super::PyResult {
        let start = self.stack.len().saturating_sub(n);
        let r = self.new_empty_set(false).and_then(|s| {
            for i in start..self.stack.len() {
                let Some(item) = self.stack.get(i).cloned() else {
                    break;
                };
                self.set_add(&s, item)?;
            }
            Ok(s)
        });
        self.stack.truncate(start);
        r
    }
}
