//! Ctrl-C while Python code runs. The command line and the interactive session ask
//! for SIGINT to set a flag (`catch_sigint`); the dispatch loop polls it on every
//! backward jump, so any loop can be interrupted and raises KeyboardInterrupt at that
//! point, as in CPython; `time.sleep` and reading standard input wait in short slices
//! and check it too. A program that ends with an uncaught KeyboardInterrupt ends by
//! SIGINT itself (`exit_by_sigint`), as CPython does. Without `catch_sigint` SIGINT
//! keeps its default action (end the process).

use std::sync::atomic::{AtomicBool, Ordering};
use std::time::{Duration, Instant};

use super::{PyErr, PyResult, Vm};

/// Set from the signal handler; taken by the dispatch loop.
static SIGINT_RECEIVED: AtomicBool = AtomicBool::new(false);
/// The handler is installed: blocking waits must wake up to check the flag.
static CATCHING: AtomicBool = AtomicBool::new(false);

/// How long a blocking wait (sleep, reading input) goes without checking for Ctrl-C.
pub(crate) const CHECK_INTERVAL: Duration = Duration::from_millis(20);

/// Makes SIGINT set the interrupt flag instead of ending the process. Returns false
/// when the handler could not be installed, or when SIGINT is ignored (a background
/// job), which is left as it is, as CPython does.
pub fn catch_sigint() -> bool {
    if CATCHING.load(Ordering::Relaxed) {
        return true;
    }
    if crate::heap::libc_ffi::sigint_ignored() {
        return false;
    }
    let ok = signal_hook::flag::register(signal_hook::consts::SIGINT, &SIGINT_RECEIVED).is_ok();
    CATCHING.store(ok, Ordering::Relaxed);
    ok
}

/// True while Ctrl-C is turned into KeyboardInterrupt.
pub(crate) fn catching_sigint() -> bool {
    CATCHING.load(Ordering::Relaxed)
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

/// Ends the process by SIGINT with its default action, as CPython does after an
/// uncaught KeyboardInterrupt (so that a calling shell sees the interruption); 130
/// (128 + SIGINT) if that fails.
pub fn exit_by_sigint() -> i32 {
    let _ = signal_hook::low_level::emulate_default_handler(signal_hook::consts::SIGINT);
    130
}

impl Vm {
    /// The exception a Ctrl-C raises.
    #[cold]
    pub(crate) fn keyboard_interrupt(&mut self) -> PyErr {
        let cls = self.exc.keyboard_interrupt.clone();
        self.new_exception(&cls, Vec::new())
    }

    /// `time.sleep`: sleeps `d`, raising KeyboardInterrupt as soon as Ctrl-C is pressed.
    pub(crate) fn sleep_interruptibly(&mut self, d: Duration) -> PyResult<()> {
        if !catching_sigint() {
            std::thread::sleep(d);
            return Ok(());
        }
        let end = Instant::now().checked_add(d);
        loop {
            if take_interrupt() {
                return Err(self.keyboard_interrupt());
            }
            let left = match end {
                Some(end) => end.saturating_duration_since(Instant::now()),
                None => CHECK_INTERVAL,
            };
            if left.is_zero() {
                return Ok(());
            }
            std::thread::sleep(left.min(CHECK_INTERVAL));
        }
    }
}
