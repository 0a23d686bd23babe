//! Ctrl-C while Python code runs. An interactive session asks for SIGINT to set a flag
//! (`catch_sigint`); the dispatch loop polls it on every backward jump, so any loop can
//! be interrupted and raises KeyboardInterrupt at that point, as in CPython. Without
//! `catch_sigint` SIGINT keeps its default action (end the process).

use std::sync::atomic::{AtomicBool, Ordering};

use super::{PyErr, Vm};

/// Set from the signal handler; taken by the dispatch loop.
static SIGINT_RECEIVED: AtomicBool = AtomicBool::new(false);

/// Makes SIGINT set the interrupt flag instead of ending the process. Returns false
/// when the handler could not be installed.
pub fn catch_sigint() -> bool {
    signal_hook::flag::register(signal_hook::consts::SIGINT, &SIGINT_RECEIVED).is_ok()
}

/// Forgets a Ctrl-C that arrived while no Python code was running.
pub fn clear_interrupt() {
    SIGINT_RECEIVED.store(false, Ordering::Relaxed);
}

/// True (once) when Ctrl-C was pressed since the last check.
#[inline(always)]
pub fn take_interrupt() -> bool {
    SIGINT_RECEIVED.load(Ordering::Relaxed) && SIGINT_RECEIVED.swap(false, Ordering::Relaxed)
}

impl Vm {
    /// The exception a Ctrl-C raises.
    #[cold]
    pub(crate) fn keyboard_interrupt(&mut self) -> PyErr {
        let cls = self.exc.keyboard_interrupt.clone();
        self.new_exception(&cls, Vec::new())
    }
}
