//! Moving call arguments off the value stack. `Vec::drain(..).collect()` pays for an
//! iterator, a tail move and its drop guard on every call; popping the few arguments
//! a call has and reversing them is several times cheaper.

use smallvec::SmallVec;

use crate::heap::Obj;

use super::Vm;

impl Vm {
    /// Moves the values above `start` on the stack into `out` (empty), bottom first.
    /// Filled in place: building the small vector locally and returning it by value
    /// made the caller copy it back with wide loads over the narrow stores just made,
    /// a store-forwarding stall on every call.
    #[inline(always)]
    pub(crate) fn take_stack_args_into(&mut self, start: usize, out: &mut SmallVec<[Obj; 6]>) {
        let n = self.stack.len().saturating_sub(start);
        out.reserve(n);
        for _ in 0..n {
            if let Some(v) = self.stack.pop() {
                out.push(v);
            }
        }
        out.reverse();
    }
}
