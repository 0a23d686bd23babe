//! Moving call arguments off the value stack. `Vec::drain(..).collect()` pays for an
//! iterator, a tail move and its drop guard on every call; popping the few arguments
//! a call has and reversing them is several times cheaper.

use smallvec::SmallVec;

use crate::heap::Obj;

use super::Vm;

impl Vm {
    /// Removes and returns the values above `start` on the stack, bottom first.
    #[inline]
    pub(crate) fn take_stack_args(&mut self, start: usize) -> SmallVec<[Obj; 6]> {
        let n = self.stack.len().saturating_sub(start);
        let mut out: SmallVec<[Obj; 6]> = SmallVec::with_capacity(n);
        for _ in 0..n {
            if let Some(v) = self.stack.pop() {
                out.push(v);
            }
        }
        out.reverse();
        out
    }
}
