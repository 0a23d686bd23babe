//! `_signal`, the native half of the `signal` module (`py/signal.py` wraps it in the
//! `Signals`, `Handlers` and `Sigmasks` enums, as CPython's does).
//!
//! A Python handler does not run inside the C signal handler: the signal only sets a
//! flag (`vm::hook_signal`), and the dispatch loop, `time.sleep` and `pause` run the
//! handler at their next check, as CPython runs its handlers between bytecodes. The
//! handlers the program chose are kept in the module's `_handlers` dict (signal
//! number → handler), which `signal_action` reads when a signal arrives.

use crate::heap::Obj;
use crate::heap::libc_ffi;
use crate::objects::function::NativeFn;
use crate::vm::{Args, NSIG, PyResult, SignalAction, Vm};

const SIG_DFL: i64 = 0;
const SIG_IGN: i64 = 1;

/// The signal numbers the module names, as CPython lists them on Linux.
const SIGNALS: &[(&str, i32)] = &[
    ("SIGHUP", libc::SIGHUP),
    ("SIGINT", libc::SIGINT),
    ("SIGQUIT", libc::SIGQUIT),
    ("SIGILL", libc::SIGILL),
    ("SIGTRAP", libc::SIGTRAP),
    ("SIGABRT", libc::SIGABRT),
    ("SIGIOT", libc::SIGIOT),
    ("SIGBUS", libc::SIGBUS),
    ("SIGFPE", libc::SIGFPE),
    ("SIGKILL", libc::SIGKILL),
    ("SIGUSR1", libc::SIGUSR1),
    ("SIGSEGV", libc::SIGSEGV),
    ("SIGUSR2", libc::SIGUSR2),
    ("SIGPIPE", libc::SIGPIPE),
    ("SIGALRM", libc::SIGALRM),
    ("SIGTERM", libc::SIGTERM),
    ("SIGSTKFLT", libc::SIGSTKFLT),
    ("SIGCHLD", libc::SIGCHLD),
    ("SIGCLD", libc::SIGCHLD),
    ("SIGCONT", libc::SIGCONT),
    ("SIGSTOP", libc::SIGSTOP),
    ("SIGTSTP", libc::SIGTSTP),
    ("SIGTTIN", libc::SIGTTIN),
    ("SIGTTOU", libc::SIGTTOU),
    ("SIGURG", libc::SIGURG),
    ("SIGXCPU", libc::SIGXCPU),
    ("SIGXFSZ", libc::SIGXFSZ),
    ("SIGVTALRM", libc::SIGVTALRM),
    ("SIGPROF", libc::SIGPROF),
    ("SIGWINCH", libc::SIGWINCH),
    ("SIGIO", libc::SIGIO),
    ("SIGPOLL", libc::SIGPOLL),
    ("SIGPWR", libc::SIGPWR),
    ("SIGSYS", libc::SIGSYS),
    // glibc reserves the first two real-time signals for its threads.
    ("SIGRTMIN", 34),
    ("SIGRTMAX", 64),
];

const FUNCTIONS: &[(&str, NativeFn)] = &[
    ("signal", signal_signal),
    ("getsignal", signal_getsignal),
    ("default_int_handler", signal_default_int_handler),
    ("alarm", signal_alarm),
    ("pause", signal_pause),
    ("raise_signal", signal_raise_signal),
    ("strsignal", signal_strsignal),
    ("valid_signals", signal_valid_signals),
];

pub(crate) fn create(vm: &mut Vm) -> PyResult<Obj> {
    let m = super::module_with_functions(vm, "_signal", FUNCTIONS)?;
    let ints = SIGNALS.iter().map(|&(n, v)| (n, i64::from(v))).chain([
        ("NSIG", NSIG as i64),
        ("SIG_DFL", SIG_DFL),
        ("SIG_IGN", SIG_IGN),
        ("SIG_BLOCK", i64::from(libc::SIG_BLOCK)),
        ("SIG_UNBLOCK", i64::from(libc::SIG_UNBLOCK)),
        ("SIG_SETMASK", i64::from(libc::SIG_SETMASK)),
    ]);
    for (name, value) in ints {
        let v = vm.new_int(value)?;
        super::set_attr(vm, &m, name, v)?;
    }
    // The handlers in effect: Ctrl-C raises KeyboardInterrupt, SIGPIPE and SIGXFSZ are
    // ignored (by the command line, as CPython does, so that a write reports the error
    // instead), and everything else has its default action.
    let handlers = vm.new_dict()?;
    for sig in 1..NSIG as i32 {
        let handler = if sig == libc::SIGINT && crate::vm::catching_sigint() {
            let d = vm.module_dict(&m).ok_or_else(|| vm.bad_payload())?;
            let k = vm.intern("default_int_handler")?;
            vm.dict_get_str(&d, &k)
        } else if libc_ffi::signal_ignored(sig) {
            Some(vm.new_int(SIG_IGN)?)
        } else {
            Some(vm.new_int(SIG_DFL)?)
        };
        if let Some(h) = handler {
            let k = vm.new_int(i64::from(sig))?;
            vm.dict_set(&handlers, k, h)?;
        }
    }
    super::set_attr(vm, &m, "_handlers", handlers)?;
    Ok(m)
}

/// The `_handlers` dict of the imported `_signal` module.
fn handler_table(vm: &mut Vm) -> PyResult<Option<Obj>> {
    let modules = vm.modules.clone();
    let key = vm.intern("_signal")?;
    let Some(m) = vm.dict_lookup(&modules, &key)? else {
        return Ok(None);
    };
    let Some(d) = vm.module_dict(&m) else {
        return Ok(None);
    };
    let key = vm.intern("_handlers")?;
    Ok(vm.dict_get_str(&d, &key))
}

/// What the program asked signal `sig` to do, for `vm::handle_signals`.
pub(crate) fn signal_action(vm: &mut Vm, sig: usize) -> PyResult<Option<SignalAction>> {
    let Some(table) = handler_table(vm)? else {
        return Ok(None);
    };
    let key = vm.new_int(sig as i64)?;
    let Some(handler) = vm.dict_lookup(&table, &key)? else {
        return Ok(None);
    };
    Ok(Some(match int_handler(vm, &handler)? {
        Some(SIG_IGN) => SignalAction::Ignore,
        Some(_) => SignalAction::Default,
        None => SignalAction::Call(handler),
    }))
}

/// SIG_DFL or SIG_IGN when `handler` equals one of them (CPython compares with `==`,
/// so `True` means SIG_IGN), else None.
fn int_handler(vm: &mut Vm, handler: &Obj) -> PyResult<Option<i64>> {
    for value in [SIG_DFL, SIG_IGN] {
        let v = vm.new_int(value)?;
        if vm.eq(handler, &v)? {
            return Ok(Some(value));
        }
    }
    Ok(None)
}

/// A signal number argument in `1..NSIG`.
fn signal_number(vm: &mut Vm, o: &Obj) -> PyResult<usize> {
    let n = vm.to_index(o)?;
    match usize::try_from(n) {
        Ok(n) if (1..NSIG).contains(&n) => Ok(n),
        _ => Err(vm.value_error("signal number out of range")),
    }
}

/// `signal(signalnum, handler)`: sets the handler and returns the previous one.
fn signal_signal(vm: &mut Vm, args: Args) -> PyResult {
    args.check(vm, "signal", 2, 2)?;
    let sig = signal_number(vm, &args.pos[0])?;
    let handler = args.pos[1].clone();
    let action = int_handler(vm, &handler)?;
    if action.is_none() && !vm.callable(&handler) {
        return Err(vm.type_error(
            "signal handler must be signal.SIG_IGN, signal.SIG_DFL, or a callable object",
        ));
    }
    let signum = sig as i32;
    if signum == libc::SIGKILL || signum == libc::SIGSTOP {
        return Err(vm.new_os_error(libc::EINVAL, None));
    }
    let ok = match action {
        // Once a signal has a flag-setting handler, that handler stays and the dispatch
        // loop carries out SIG_DFL and SIG_IGN; before, the C library does.
        Some(value) if !crate::vm::signal_hooked(sig) => {
            libc_ffi::set_signal_disposition(signum, value == SIG_IGN)
        }
        Some(_) => true,
        None => crate::vm::hook_signal(sig),
    };
    if !ok {
        return Err(vm.new_os_error(libc::EINVAL, None));
    }
    let stored = match action {
        Some(value) => vm.new_int(value)?,
        None => handler,
    };
    let table = handler_table(vm)?.ok_or_else(|| vm.bad_payload())?;
    let key = vm.new_int(sig as i64)?;
    let old = vm.dict_lookup(&table, &key)?;
    vm.dict_set(&table, key, stored)?;
    Ok(old.unwrap_or_else(|| vm.none()))
}

/// `getsignal(signalnum)`: the handler in effect.
fn signal_getsignal(vm: &mut Vm, args: Args) -> PyResult {
    args.check(vm, "getsignal", 1, 1)?;
    let sig = signal_number(vm, &args.pos[0])?;
    let table = handler_table(vm)?.ok_or_else(|| vm.bad_payload())?;
    let key = vm.new_int(sig as i64)?;
    Ok(vm.dict_lookup(&table, &key)?.unwrap_or_else(|| vm.none()))
}

/// `default_int_handler(signalnum, frame)`: raises KeyboardInterrupt.
fn signal_default_int_handler(vm: &mut Vm, args: Args) -> PyResult {
    args.check(vm, "default_int_handler", 0, usize::MAX)?;
    let cls = vm.exc.keyboard_interrupt.clone();
    Err(vm.new_exception(&cls, Vec::new()))
}

/// A C `int` argument, as CPython converts one.
fn c_int(vm: &mut Vm, o: &Obj) -> PyResult<i32> {
    let n = vm.to_index(o)?;
    i32::try_from(n).map_err(|_| vm.overflow_error("Python int too large to convert to C int"))
}

/// `alarm(seconds)`: SIGALRM after `seconds` (0 cancels); the seconds the previous
/// alarm had left.
fn signal_alarm(vm: &mut Vm, args: Args) -> PyResult {
    args.check(vm, "alarm", 1, 1)?;
    let seconds = c_int(vm, &args.pos[0])?;
    // The C function takes an unsigned int: a negative count wraps, as in CPython.
    vm.new_int(i64::from(libc_ffi::alarm(seconds as u32)))
}

/// `pause()`: waits for a signal, then runs its handler.
fn signal_pause(vm: &mut Vm, args: Args) -> PyResult {
    args.check(vm, "pause", 0, 0)?;
    libc_ffi::pause();
    vm.handle_signals()?;
    Ok(vm.none())
}

/// `raise_signal(signalnum)`: sends the signal to this process; its handler runs
/// before the call returns.
fn signal_raise_signal(vm: &mut Vm, args: Args) -> PyResult {
    args.check(vm, "raise_signal", 1, 1)?;
    let sig = c_int(vm, &args.pos[0])?;
    if !(0..NSIG as i32).contains(&sig) {
        return Err(vm.new_os_error(libc::EINVAL, None));
    }
    if sig != 0 && signal_hook::low_level::raise(sig).is_err() {
        return Err(vm.new_os_error(libc::EINVAL, None));
    }
    vm.handle_signals()?;
    Ok(vm.none())
}

/// `strsignal(signalnum)`: the system's description of the signal, or None.
fn signal_strsignal(vm: &mut Vm, args: Args) -> PyResult {
    args.check(vm, "strsignal", 1, 1)?;
    let sig = signal_number(vm, &args.pos[0])?;
    match libc_ffi::strsignal(sig as i32) {
        Some(text) => vm.new_str(&text),
        None => Ok(vm.none()),
    }
}

/// `valid_signals()`: the signal numbers this platform has, as a set.
fn signal_valid_signals(vm: &mut Vm, args: Args) -> PyResult {
    args.check(vm, "valid_signals", 0, 0)?;
    // glibc keeps 32 and 33 for itself; every other number below NSIG is a signal.
    let numbers = (1..NSIG as i64)
        .filter(|n| !matches!(n, 32 | 33))
        .map(|n| vm.new_int(n))
        .collect::<PyResult<Vec<_>>>()?;
    let list = vm.new_list(numbers)?;
    vm.set_from_iterable(&list, false)
}
