//! A Rust-stack check for the builtins that recurse natively without a Python frame
//! (a `map` of a `map` of ...): past a safe depth they raise RecursionError instead of
//! overflowing the interpreter thread's stack.

use super::{INTERPRETER_STACK, PyResult, Vm};

/// Stack kept free below the check, for the work done before the next one.
const GUARD_RESERVE: usize = 512 * 1024;

impl Vm {
    /// RecursionError when the Rust stack is nearly used up. The stack is the one the
    /// host said the interpreter's thread has (an embedder's thread may be far smaller
    /// than the command's).
    #[inline]
    pub(crate) fn native_stack_guard(&mut self) -> PyResult<()> {
        let marker = 0u8;
        let here = &marker as *const u8 as usize;
        let used = self.stack_origin.saturating_sub(here);
        let stack = self.config.stack_size.unwrap_or(INTERPRETER_STACK);
        if used > stack.saturating_sub(GUARD_RESERVE) {
            return Err(self.recursion_error("maximum recursion depth exceeded"));
        }
        Ok(())
    }
}
