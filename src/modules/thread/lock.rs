//! `_thread.lock` and `_thread.RLock`. A lock's state is a `Mutex<bool>` with a
//! condition variable, shared (`Arc`) with the waits that run while the interpreter
//! lock is released: a thread that must wait for a lock lets the others run meanwhile,
//! and the thread that releases the lock wakes it. An RLock is a lock plus its owner's
//! ident and a recursion count, which only the interpreter lock's holder touches.

use std::cell::Cell;
use std::sync::{Arc, Condvar, Mutex, MutexGuard, PoisonError};
use std::time::{Duration, Instant};

use crate::heap::Obj;
use crate::objects::native::{NativeState, native_state};
use crate::vm::native::NativeTypeSpec;
use crate::vm::params::{Sig, bind};
use crate::vm::{Args, PyResult, Vm};

/// The largest timeout a wait accepts, in seconds (CPython's `TIMEOUT_MAX` on Linux).
pub(super) const TIMEOUT_MAX: f64 = 9_223_372_036.0;

/// A plain lock, waitable without the interpreter lock.
#[derive(Default)]
pub(super) struct LockCore {
    locked: Mutex<bool>,
    freed: Condvar,
}

impl LockCore {
    fn state(&self) -> MutexGuard<'_, bool> {
        self.locked.lock().unwrap_or_else(PoisonError::into_inner)
    }

    fn try_acquire(&self) -> bool {
        let mut locked = self.state();
        !std::mem::replace(&mut *locked, true)
    }

    /// Waits until the lock is free and takes it, or until `until` passes.
    fn acquire_until(&self, until: Option<Instant>) -> bool {
        let mut locked = self.state();
        while *locked {
            locked = match until {
                None => self
                    .freed
                    .wait(locked)
                    .unwrap_or_else(PoisonError::into_inner),
                Some(t) => {
                    let left = t.saturating_duration_since(Instant::now());
                    if left.is_zero() {
                        return false;
                    }
                    self.freed
                        .wait_timeout(locked, left)
                        .unwrap_or_else(PoisonError::into_inner)
                        .0
                }
            };
        }
        *locked = true;
        true
    }

    /// False when the lock was not locked.
    fn release(&self) -> bool {
        let mut locked = self.state();
        if !*locked {
            return false;
        }
        *locked = false;
        drop(locked);
        self.freed.notify_one();
        true
    }

    fn is_locked(&self) -> bool {
        *self.state()
    }
}

/// Takes `core`, waiting (with the interpreter lock released) at most `timeout`
/// (forever when None). The main thread wakes up every `CHECK_INTERVAL` to run signal
/// handlers, so that Ctrl-C interrupts a wait with KeyboardInterrupt.
pub(super) fn acquire(
    vm: &mut Vm,
    core: &Arc<LockCore>,
    timeout: Option<Duration>,
) -> PyResult<bool> {
    if core.try_acquire() {
        return Ok(true);
    }
    if timeout.is_some_and(|t| t.is_zero()) {
        return Ok(false);
    }
    let deadline = timeout.and_then(|t| Instant::now().checked_add(t));
    loop {
        let slice = vm
            .on_main_thread()
            .then(|| Instant::now() + crate::vm::CHECK_INTERVAL);
        let until = match (deadline, slice) {
            (Some(d), Some(s)) => Some(d.min(s)),
            (d, s) => d.or(s),
        };
        let waiter = Arc::clone(core);
        if vm.without_gil(move || waiter.acquire_until(until)) {
            return Ok(true);
        }
        if deadline.is_some_and(|d| Instant::now() >= d) {
            return Ok(false);
        }
        if crate::vm::signal_pending() {
            vm.handle_signals()?;
        }
    }
}

/// `acquire(blocking=True, timeout=-1)`'s arguments: the longest wait (None: forever).
fn wait_limit(vm: &mut Vm, args: Args, name: &'static str) -> PyResult<Option<Duration>> {
    static PARAMS: &[&str] = &["blocking", "timeout"];
    let sig = Sig::c(name, PARAMS, 0);
    let a = bind(vm, args, &sig)?;
    let blocking = match &a[0] {
        Some(b) => vm.truthy(b)?,
        None => true,
    };
    let timeout = match &a[1] {
        Some(t) => crate::vm::convert::to_f64(vm, t)?,
        None => -1.0,
    };
    if !blocking && timeout != -1.0 {
        return Err(vm.value_error("can't specify a timeout for a non-blocking call"));
    }
    if timeout < 0.0 && timeout != -1.0 {
        return Err(vm.value_error("timeout value must be positive"));
    }
    if !blocking {
        return Ok(Some(Duration::ZERO));
    }
    if timeout == -1.0 {
        return Ok(None);
    }
    if timeout > TIMEOUT_MAX || timeout.is_nan() {
        return Err(vm.overflow_error("timestamp out of range for platform time_t"));
    }
    Ok(Some(Duration::from_secs_f64(timeout)))
}

/// The arguments after `self`.
fn rest(args: &Args) -> Args {
    Args {
        pos: args.pos.iter().skip(1).cloned().collect(),
        kw: args.kw.clone(),
    }
}

pub(super) static LOCK: NativeTypeSpec = NativeTypeSpec {
    methods: &[
        ("acquire", lock_acquire),
        ("acquire_lock", lock_acquire),
        ("__enter__", lock_acquire),
        ("release", lock_release),
        ("release_lock", lock_release),
        ("__exit__", lock_exit),
        ("locked", lock_locked),
        ("locked_lock", lock_locked),
        ("__repr__", lock_repr),
    ],
    ..NativeTypeSpec::new("_thread", "lock")
};

pub(super) struct LockState(pub(super) Arc<LockCore>);

impl NativeState for LockState {}

fn lock_of(vm: &mut Vm, args: &Args) -> PyResult<Arc<LockCore>> {
    match args.pos.first().and_then(native_state::<LockState>) {
        Some(s) => Ok(Arc::clone(&s.0)),
        None => Err(vm.type_error("descriptor requires a '_thread.lock' object")),
    }
}

/// `_thread.allocate_lock()`.
pub(super) fn new_lock(vm: &mut Vm) -> PyResult {
    vm.new_native(&LOCK, LockState(Arc::default()))
}

fn lock_acquire(vm: &mut Vm, args: Args) -> PyResult {
    let core = lock_of(vm, &args)?;
    let limit = wait_limit(vm, rest(&args), "acquire")?;
    let got = acquire(vm, &core, limit)?;
    Ok(vm.new_bool(got))
}

fn lock_release(vm: &mut Vm, args: Args) -> PyResult {
    let core = lock_of(vm, &args)?;
    if !core.release() {
        return Err(vm.runtime_error("release unlocked lock"));
    }
    Ok(vm.none())
}

fn lock_exit(vm: &mut Vm, args: Args) -> PyResult {
    let core = lock_of(vm, &args)?;
    if !core.release() {
        return Err(vm.runtime_error("release unlocked lock"));
    }
    Ok(vm.none())
}

fn lock_locked(vm: &mut Vm, args: Args) -> PyResult {
    let core = lock_of(vm, &args)?;
    Ok(vm.new_bool(core.is_locked()))
}

fn lock_repr(vm: &mut Vm, args: Args) -> PyResult {
    let core = lock_of(vm, &args)?;
    let state = if core.is_locked() {
        "locked"
    } else {
        "unlocked"
    };
    let addr = args.pos.first().map_or(0, Obj::addr);
    vm.new_str(&format!("<{state} _thread.lock object at {addr:#x}>"))
}

pub(super) static RLOCK: NativeTypeSpec = NativeTypeSpec {
    new: Some(rlock_new),
    methods: &[
        ("acquire", rlock_acquire),
        ("__enter__", rlock_acquire),
        ("release", rlock_release),
        ("__exit__", rlock_release),
        ("_is_owned", rlock_is_owned),
        ("_release_save", rlock_release_save),
        ("_acquire_restore", rlock_acquire_restore),
        ("__repr__", rlock_repr),
    ],
    ..NativeTypeSpec::new("_thread", "RLock")
};

#[derive(Default)]
struct RLockState {
    core: Arc<LockCore>,
    /// The owner's ident (0: none) and how many times it acquired the lock.
    owner: Cell<u64>,
    count: Cell<u64>,
}

impl NativeState for RLockState {}

fn rlock_of<'a>(vm: &mut Vm, args: &'a Args) -> PyResult<&'a RLockState> {
    match args.pos.first().and_then(native_state::<RLockState>) {
        Some(s) => Ok(s),
        None => Err(vm.type_error("descriptor requires a '_thread.RLock' object")),
    }
}

fn rlock_new(vm: &mut Vm, _args: Args) -> PyResult {
    vm.new_native(&RLOCK, RLockState::default())
}

fn rlock_acquire(vm: &mut Vm, args: Args) -> PyResult {
    let me = vm.thread_ident();
    let (core, owner) = {
        let s = rlock_of(vm, &args)?;
        (Arc::clone(&s.core), s.owner.get())
    };
    let limit = wait_limit(vm, rest(&args), "acquire")?;
    if owner == me {
        let s = rlock_of(vm, &args)?;
        s.count.set(s.count.get() + 1);
        return Ok(vm.new_bool(true));
    }
    if !acquire(vm, &core, limit)? {
        return Ok(vm.new_bool(false));
    }
    let s = rlock_of(vm, &args)?;
    s.owner.set(me);
    s.count.set(1);
    Ok(vm.new_bool(true))
}

fn rlock_release(vm: &mut Vm, args: Args) -> PyResult {
    let me = vm.thread_ident();
    let s = rlock_of(vm, &args)?;
    if s.owner.get() != me || s.count.get() == 0 {
        return Err(vm.runtime_error("cannot release un-acquired lock"));
    }
    s.count.set(s.count.get() - 1);
    if s.count.get() == 0 {
        s.owner.set(0);
        s.core.release();
    }
    Ok(vm.none())
}

fn rlock_is_owned(vm: &mut Vm, args: Args) -> PyResult {
    let me = vm.thread_ident();
    let s = rlock_of(vm, &args)?;
    let owned = s.owner.get() == me && s.count.get() > 0;
    Ok(vm.new_bool(owned))
}

/// `_release_save()`: releases the lock whatever its count (for `Condition.wait`);
/// returns `(count, owner)` for `_acquire_restore`.
fn rlock_release_save(vm: &mut Vm, args: Args) -> PyResult {
    let s = rlock_of(vm, &args)?;
    if s.count.get() == 0 {
        return Err(vm.runtime_error("cannot release un-acquired lock"));
    }
    let (count, owner) = (s.count.replace(0), s.owner.replace(0));
    s.core.release();
    let count = vm.new_int(count as i64)?;
    let owner = vm.new_int(owner as i64)?;
    vm.new_tuple(vec![count, owner])
}

fn rlock_acquire_restore(vm: &mut Vm, args: Args) -> PyResult {
    let core = Arc::clone(&rlock_of(vm, &args)?.core);
    let saved = args.pos.get(1).cloned();
    let parts = saved
        .as_ref()
        .and_then(crate::objects::tuple::as_tuple)
        .map(<[Obj]>::to_vec)
        .unwrap_or_default();
    let [count, owner] = parts.as_slice() else {
        return Err(vm.type_error("_acquire_restore() argument must be a (count, owner) tuple"));
    };
    let count = crate::vm::params::ssize_arg(vm, count)?;
    let owner = crate::vm::params::ssize_arg(vm, owner)?;
    acquire(vm, &core, None)?;
    let s = rlock_of(vm, &args)?;
    s.count.set(u64::try_from(count).unwrap_or(0));
    s.owner.set(u64::try_from(owner).unwrap_or(0));
    Ok(vm.none())
}

fn rlock_repr(vm: &mut Vm, args: Args) -> PyResult {
    let s = rlock_of(vm, &args)?;
    let state = if s.core.is_locked() {
        "locked"
    } else {
        "unlocked"
    };
    let (owner, count) = (s.owner.get(), s.count.get());
    let cls = args.pos.first().map(|o| vm.type_of(o));
    let name = match cls {
        Some(c) => vm.type_display_name(&c),
        None => "_thread.RLock".to_owned(),
    };
    let addr = args.pos.first().map_or(0, Obj::addr);
    vm.new_str(&format!(
        "<{state} {name} object owner={owner} count={count} at {addr:#x}>"
    ))
}
