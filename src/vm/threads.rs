//! Python threads: OS threads taking turns under the global interpreter lock
//! (`heap::gil`), as in CPython.
//!
//! One `Vm` serves every thread. What describes "the code running now" (CPython's
//! `PyThreadState`) is swapped in and out of it at each handoff; the rest is the
//! interpreter's, shared by all threads. Field by field:
//!
//! - per thread (`ThreadState`): `frames` and `stack` (the frame and value stacks; a
//!   generator's stack swaps with `stack` inside one thread only); `handled_exc`
//!   (`sys.exc_info()` is per thread); `native_depth` and `stack_origin` (each OS thread
//!   has its own Rust stack, measured from where that thread entered the interpreter);
//!   the stack size (`config.stack_size`, which the stack checks read);
//!   `repr_stack` (reprs under way on this thread's stack, so that another thread's
//!   repr of the same list is not cut to `[...]`); `locals_holders` (indices into this
//!   thread's `frames`).
//! - shared: the heap, types, modules, interned names, caches, `config`, the budget
//!   (a process-wide limit), `initializing_modules` (imports are under the lock too),
//!   the standard streams, the profilers (`instrument`, whose last traced call stack is
//!   forgotten at each switch since it describes one thread's frames).
//!
//! Invariant: while the lock is free (the `Vm` parked in it), the per-thread fields hold
//! nothing and every thread's state is in `Threads::parked`. A thread saves its state
//! before it releases the lock and restores it after it takes it back.
//!
//! Objects held by a parked thread state are ordinary counted references, so the
//! collector sees them as reachable from outside the heap (as it sees the running
//! thread's frames); `gc.get_objects` lists them.

use std::sync::Arc;

use crate::heap::gil::Gil;
use crate::heap::{HotVec, Obj};

use super::{Frame, PyResult, Vm};

/// The interpreter lock of a `Vm`.
pub(crate) type VmGil = Gil<Vm>;

/// What a thread needs to start: the callable, its positional and keyword arguments.
type Bootstrap = (Obj, Obj, Option<Obj>);

/// The state of a thread that is not running now.
pub(crate) struct ThreadState {
    ident: u64,
    frames: HotVec<Frame>,
    stack: HotVec<Obj>,
    handled_exc: Option<Obj>,
    repr_stack: Vec<usize>,
    locals_holders: Vec<(usize, usize, Obj)>,
    native_depth: usize,
    c_levels: Vec<usize>,
    stack_origin: usize,
    /// The size of the thread's Rust stack (`Config::stack_size` describes the running
    /// thread's, which the stack checks read).
    stack_size: Option<usize>,
    /// For a thread not started yet: what it runs.
    bootstrap: Option<Bootstrap>,
}

impl ThreadState {
    fn empty(ident: u64) -> ThreadState {
        ThreadState {
            ident,
            frames: HotVec::with_capacity(0),
            stack: HotVec::with_capacity(0),
            handled_exc: None,
            repr_stack: Vec::new(),
            locals_holders: Vec::new(),
            native_depth: 0,
            c_levels: Vec::new(),
            stack_origin: 0,
            stack_size: None,
            bootstrap: None,
        }
    }
}

/// The threads of one interpreter (made when the first thread is started).
pub(crate) struct Threads {
    pub(crate) gil: Arc<VmGil>,
    /// `_thread.get_ident()` of the thread running now.
    pub(crate) current: u64,
    pub(crate) main: u64,
    next_ident: u64,
    /// Threads started and not finished (`_thread._count()`).
    pub(crate) running: usize,
    /// Rust stack size for new threads (`_thread.stack_size`; 0: the interpreter's).
    pub(crate) stack_size: usize,
    /// The main thread's Rust stack size (the interpreter's).
    main_stack_size: usize,
    /// The states of the threads that are not running now.
    parked: Vec<ThreadState>,
    /// Set when the interpreter begins to shut down: no thread starts, and no thread but
    /// the finalizing one runs again.
    pub(crate) finalizing: bool,
}

/// The smallest Rust stack a thread is started with.
const MIN_THREAD_STACK: usize = 4 * 1024 * 1024;

/// The ident of the main thread (and of the only thread before any is started).
pub(crate) const MAIN_IDENT: u64 = 1;

impl Vm {
    /// The ident of the thread running now.
    pub(crate) fn thread_ident(&self) -> u64 {
        self.threads.as_ref().map_or(MAIN_IDENT, |t| t.current)
    }

    /// True on the main thread (which handles signals).
    pub(crate) fn on_main_thread(&self) -> bool {
        self.threads.as_ref().is_none_or(|t| t.current == t.main)
    }

    /// Threads started and not finished (`_thread._count()`).
    pub(crate) fn threads_running(&self) -> usize {
        self.threads.as_ref().map_or(0, |t| t.running)
    }

    /// Sets the Rust stack size of threads started from now on; returns the previous.
    pub(crate) fn thread_stack_size(&mut self, new: usize) -> usize {
        std::mem::replace(&mut self.threads_mut().stack_size, new)
    }

    /// `sys.getswitchinterval()`.
    pub(crate) fn switch_interval(&mut self) -> std::time::Duration {
        self.threads_mut().gil.switch_interval()
    }

    /// `sys.setswitchinterval()`.
    pub(crate) fn set_switch_interval(&mut self, d: std::time::Duration) {
        self.threads_mut().gil.set_switch_interval(d);
    }

    /// The thread table, made on first use.
    fn threads_mut(&mut self) -> &mut Threads {
        // Made on the main thread, whose stack size the configuration gives.
        let main_stack_size = self.config.stack_size.unwrap_or(super::INTERPRETER_STACK);
        self.threads.get_or_insert_with(|| {
            Box::new(Threads {
                gil: Arc::new(Gil::new(super::interrupt::request_check)),
                current: MAIN_IDENT,
                main: MAIN_IDENT,
                next_ident: MAIN_IDENT + 1,
                running: 0,
                stack_size: 0,
                main_stack_size,
                parked: Vec::new(),
                finalizing: false,
            })
        })
    }

    /// Runs `wait` with the interpreter lock released, so that other threads run
    /// meanwhile (a blocking wait: a lock, a sleep). `wait` is `Send`: it cannot hold
    /// objects, which only the lock's holder may touch.
    pub(crate) fn without_gil<R>(&mut self, wait: impl FnOnce() -> R + Send) -> R {
        let Some(gil) = self.threads.as_ref().map(|t| Arc::clone(&t.gil)) else {
            return wait();
        };
        let me = self.save_thread_state();
        let r = gil.release_while(self, wait);
        self.restore_thread_state(me);
        r
    }

    /// Yields the lock when another thread asked for it (called where the dispatch
    /// loop checks for signals).
    pub(crate) fn serve_switch_request(&mut self) {
        let Some(t) = &self.threads else {
            return;
        };
        if t.finalizing || !t.gil.switch_requested() {
            return;
        }
        let gil = Arc::clone(&t.gil);
        let me = self.save_thread_state();
        gil.yield_now(self);
        self.restore_thread_state(me);
    }

    /// Moves the running thread's state into `parked`; returns its ident.
    fn save_thread_state(&mut self) -> u64 {
        let mut st = ThreadState::empty(self.thread_ident());
        self.swap_thread_state(&mut st);
        let ident = st.ident;
        self.threads_mut().parked.push(st);
        ident
    }

    /// Takes thread `ident`'s state out of `parked` and makes it the running one;
    /// returns what a thread not started yet is to run.
    fn restore_thread_state(&mut self, ident: u64) -> Option<Bootstrap> {
        let threads = self.threads_mut();
        let i = threads.parked.iter().position(|s| s.ident == ident)?;
        let mut st = threads.parked.swap_remove(i);
        threads.current = ident;
        self.swap_thread_state(&mut st);
        self.heap.adopt_on_this_thread();
        self.instrument.forget_last_stack();
        // `st` now holds the empty fields the previous holder left.
        st.bootstrap.take()
    }

    fn swap_thread_state(&mut self, st: &mut ThreadState) {
        std::mem::swap(&mut self.frames, &mut st.frames);
        std::mem::swap(&mut self.stack, &mut st.stack);
        std::mem::swap(&mut self.handled_exc, &mut st.handled_exc);
        std::mem::swap(&mut self.repr_stack, &mut st.repr_stack);
        std::mem::swap(&mut self.locals_holders, &mut st.locals_holders);
        std::mem::swap(&mut self.native_depth, &mut st.native_depth);
        std::mem::swap(&mut self.c_levels, &mut st.c_levels);
        self.update_frame_limit();
        std::mem::swap(&mut self.stack_origin, &mut st.stack_origin);
        std::mem::swap(&mut self.config.stack_size, &mut st.stack_size);
    }

    /// `_thread.start_new_thread`: starts an OS thread that calls `func(*args,
    /// **kwargs)` under the interpreter lock; returns its ident.
    pub(crate) fn start_thread(&mut self, func: Obj, args: Obj, kwargs: Option<Obj>) -> PyResult {
        if self.finalizing_modules || self.threads.as_ref().is_some_and(|t| t.finalizing) {
            return Err(self.runtime_error("can't create new thread at interpreter shutdown"));
        }
        let threads = self.threads_mut();
        let ident = threads.next_ident;
        threads.next_ident += 1;
        let mut st = ThreadState::empty(ident);
        st.frames = HotVec::with_capacity(16);
        st.stack = HotVec::with_capacity(256);
        st.bootstrap = Some((func, args, kwargs));
        // The dispatch loop's Rust frames need more room than CPython's C ones: a
        // smaller stack asked for is rounded up.
        let stack = match threads.stack_size {
            0 => threads.main_stack_size,
            n => n.max(MIN_THREAD_STACK),
        };
        st.stack_size = Some(stack);
        threads.parked.push(st);
        threads.running += 1;
        let gil = Arc::clone(&threads.gil);
        let spawned = std::thread::Builder::new()
            .name(format!("minipy-{ident}"))
            .stack_size(stack)
            .spawn(move || gil.run_thread(|vm: &mut Vm| vm.thread_main(ident)));
        if spawned.is_err() {
            let threads = self.threads_mut();
            threads.running -= 1;
            let dropped = threads
                .parked
                .iter()
                .position(|s| s.ident == ident)
                .map(|i| threads.parked.swap_remove(i));
            drop(dropped);
            return Err(self.runtime_error("can't start new thread"));
        }
        self.new_int(ident as i64)
    }

    /// The body of a started thread, on its own OS thread, holding the lock.
    fn thread_main(&mut self, ident: u64) {
        let boot = self.restore_thread_state(ident);
        let marker = 0u8;
        self.stack_origin = &marker as *const u8 as usize;
        if let Some((func, args, kwargs)) = boot {
            self.run_thread_function(func, args, kwargs);
        }
        // The thread's state is dropped while the lock is still held.
        let mut done = ThreadState::empty(0);
        self.swap_thread_state(&mut done);
        drop(done);
        if let Some(t) = self.threads.as_mut() {
            t.running = t.running.saturating_sub(1);
        }
    }

    fn run_thread_function(&mut self, func: Obj, args: Obj, kwargs: Option<Obj>) {
        let pos = crate::objects::tuple::as_tuple(&args)
            .map(<[Obj]>::to_vec)
            .unwrap_or_default();
        let mut call_args = super::Args::new(pos);
        if let Some(kw) = kwargs
            .as_ref()
            .and_then(|k| k.downcast::<crate::objects::DictObj>())
        {
            call_args.kw = kw
                .table
                .borrow()
                .iter()
                .map(|e| (e.key.clone(), e.value.clone()))
                .collect();
        }
        if let Err(e) = self.call_args(&func, call_args) {
            let exc = self.exc_object(e);
            let system_exit = self.exc.system_exit.clone();
            if self.isinstance(&exc, &system_exit) {
                return;
            }
            let what = self.repr_string(&func).unwrap_or_default();
            self.report_unraisable(
                &format!("Exception ignored in thread started by: {what}"),
                super::PyErr::Exc(exc),
            );
        }
    }

    /// At the end of the main program (before the `atexit` functions): waits for the
    /// non-daemon threads (`threading._shutdown`).
    pub(crate) fn join_threads_at_exit(&mut self) {
        if self.threads.is_none() {
            return;
        }
        let threading = self.intern("threading").ok();
        let module = threading.and_then(|k| self.dict_get_str(&self.modules.clone(), &k));
        if let Some(m) = module
            && let Ok(Some(f)) = self.getattr_opt_str(&m, "_shutdown")
            && let Err(e) = self.call(&f, Vec::new())
        {
            self.report_unraisable("Exception ignored in: threading._shutdown", e);
        }
    }

    /// After the `atexit` functions, before module teardown: keeps the lock on this
    /// thread for good, so that the threads still running (daemon threads) never run
    /// again, and drops their states. No thread starts from now on.
    pub(crate) fn stop_threads(&mut self) {
        let Some(t) = self.threads.as_mut() else {
            return;
        };
        t.finalizing = true;
        t.gil.begin_finalization();
        let parked = std::mem::take(&mut t.parked);
        drop(parked);
    }
}
