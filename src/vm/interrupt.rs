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

/// One more than the highest signal number (Linux's `NSIG`).
pub(crate) const NSIG: usize = 65;
const SIGINT: usize = signal_hook::consts::SIGINT as usize;

/// Per signal: it arrived and has not been handled yet. Set from the signal handler.
static PENDING: [AtomicBool; NSIG] = [const { AtomicBool::new(false) }; NSIG];
/// Some signal is pending: the one flag the dispatch loop polls.
static ANY_PENDING: AtomicBool = AtomicBool::new(false);
/// Per signal: its arrival sets the flags above (a handler is installed for it).
static HOOKED: [AtomicBool; NSIG] = [const { AtomicBool::new(false) }; NSIG];
/// SIGINT raises KeyboardInterrupt: blocking waits must wake up to check the flag.
static CATCHING: AtomicBool = AtomicBool::new(false);

/// How long a blocking wait (sleep, reading input) goes without checking for Ctrl-C.
pub(crate) const CHECK_INTERVAL: Duration = Duration::from_millis(20);

/// Makes signal `sig` set its pending flag instead of taking its default action (the
/// `signal` module's handlers, and Ctrl-C). True once it does.
pub(crate) fn hook_signal(sig: usize) -> bool {
    let Some(hooked) = HOOKED.get(sig) else {
        return false;
    };
    if hooked.load(Ordering::Relaxed) {
        return true;
    }
    let Ok(signum) = i32::try_from(sig) else {
        return false;
    };
    let ok = signal_hook::flag::register(signum, &PENDING[sig]).is_ok()
        && signal_hook::flag::register(signum, &ANY_PENDING).is_ok();
    hooked.store(ok, Ordering::Relaxed);
    ok
}

/// Whether signal `sig` has a handler that sets its flag.
pub(crate) fn signal_hooked(sig: usize) -> bool {
    HOOKED.get(sig).is_some_and(|h| h.load(Ordering::Relaxed))
}

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
    let ok = hook_signal(SIGINT);
    CATCHING.store(ok, Ordering::Relaxed);
    ok
}

/// True while Ctrl-C is turned into KeyboardInterrupt.
pub(crate) fn catching_sigint() -> bool {
    CATCHING.load(Ordering::Relaxed)
}

/// Forgets a Ctrl-C that arrived while no Python code was running.
pub fn clear_interrupt() {
    PENDING[SIGINT].store(false, Ordering::Relaxed);
}

/// True (once) when Ctrl-C was pressed since the last check.
#[inline(always)]
pub fn take_interrupt() -> bool {
    PENDING[SIGINT].load(Ordering::Relaxed) && PENDING[SIGINT].swap(false, Ordering::Relaxed)
}

/// True when some signal arrived that has not been handled: the dispatch loop then
/// calls `handle_signals`.
#[inline(always)]
pub(crate) fn signal_pending() -> bool {
    ANY_PENDING.load(Ordering::Relaxed)
}

/// Makes the dispatch loop call `handle_signals` at its next check (another thread
/// asks for the interpreter lock).
pub(crate) fn request_check() {
    ANY_PENDING.store(true, Ordering::Relaxed);
}

/// Makes the main thread act as if Ctrl-C was pressed (`_thread.interrupt_main`).
pub(crate) fn raise_sigint_flag() {
    PENDING[SIGINT].store(true, Ordering::Relaxed);
    ANY_PENDING.store(true, Ordering::Relaxed);
}

/// Ends the process by SIGINT with its default action, as CPython does after an
/// uncaught KeyboardInterrupt (so that a calling shell sees the interruption); 130
/// (128 + SIGINT) if that fails.
pub fn exit_by_sigint() -> i32 {
    let _ = signal_hook::low_level::emulate_default_handler(signal_hook::consts::SIGINT);
    130
}

/// What the program asked signal `sig` to do (`signal.signal`), when the `signal`
/// module is in use.
pub enum SignalAction {
    Default,
    Ignore,
    Call(crate::heap::Obj),
}

impl Vm {
    /// The exception a Ctrl-C raises.
    #[cold]
    pub(crate) fn keyboard_interrupt(&mut self) -> PyErr {
        let cls = self.exc.keyboard_interrupt.clone();
        self.new_exception(&cls, Vec::new())
    }

    /// `time.sleep`: sleeps `d`, raising KeyboardInterrupt as soon as Ctrl-C is pressed.
    /// A signal handler that raises runs in the sleeping code; one that returns lets
    /// the sleep go on for the time left, as CPython's does (PEP 475).
    /// With threads, the sleeper lets the others run meanwhile; only the main thread
    /// wakes up for signals.
    pub(crate) fn sleep_interruptibly(&mut self, d: Duration) -> PyResult<()> {
        let no_signals = !catching_sigint() && !HOOKED.iter().any(|h| h.load(Ordering::Relaxed));
        if no_signals || !self.on_main_thread() {
            self.without_gil(move || std::thread::sleep(d));
            return Ok(());
        }
        let end = Instant::now().checked_add(d);
        loop {
            if signal_pending() {
                self.handle_signals()?;
            }
            let left = match end {
                Some(end) => end.saturating_duration_since(Instant::now()),
                None => CHECK_INTERVAL,
            };
            if left.is_zero() {
                return Ok(());
            }
            let slice = left.min(CHECK_INTERVAL);
            self.without_gil(move || std::thread::sleep(slice));
        }
    }
}

impl Vm {
    /// Runs what each pending signal asks for, lowest number first: the program's
    /// handler (`signal.signal`) called with the signal number and the running frame,
    /// or, for Ctrl-C without one, KeyboardInterrupt. An exception a handler raises
    /// propagates from here; signals still pending are handled at the next check.
    #[cold]
    #[inline(never)]
    pub(crate) fn handle_signals(&mut self) -> PyResult<()> {
        ANY_PENDING.store(false, Ordering::Relaxed);
        if self.threads.is_some() {
            self.serve_switch_request();
            // Signals are handled on the main thread only, as in CPython: the flag
            // stays up for it.
            if !self.on_main_thread() {
                if PENDING.iter().any(|p| p.load(Ordering::Relaxed)) {
                    ANY_PENDING.store(true, Ordering::Relaxed);
                }
                return Ok(());
            }
        }
        for (sig, flag) in PENDING.iter().enumerate().skip(1) {
            if !flag.load(Ordering::Relaxed) || !flag.swap(false, Ordering::Relaxed) {
                continue;
            }
            if let Err(e) = self.run_signal_action(sig) {
                if PENDING.iter().any(|p| p.load(Ordering::Relaxed)) {
                    ANY_PENDING.store(true, Ordering::Relaxed);
                }
                return Err(e);
            }
        }
        Ok(())
    }

    fn run_signal_action(&mut self, sig: usize) -> PyResult<()> {
        match (self.library.signal_action)(self, sig)? {
            None if sig == SIGINT => Err(self.keyboard_interrupt()),
            None | Some(SignalAction::Ignore) => Ok(()),
            Some(SignalAction::Default) => {
                if let Ok(signum) = i32::try_from(sig) {
                    let _ = signal_hook::low_level::emulate_default_handler(signum);
                }
                Ok(())
            }
            Some(SignalAction::Call(handler)) => {
                let signum = self.new_int(sig as i64)?;
                let frame = match self.frames.is_empty() {
                    true => self.none(),
                    false => self.frame_at_depth(0)?,
                };
                self.call(&handler, vec![signum, frame]).map(drop)
            }
        }
    }
}
