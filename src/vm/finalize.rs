//! Safe points: running finalizers (`__del__`, generator cleanup) queued by the heap,
//! automatic and forced collections, the recursion guard for Rust-level nesting, and
//! interpreter shutdown.

use super::gc_observe;
use crate::heap::Obj;
use crate::objects::generator::GeneratorObj;
use crate::objects::{Tag, tag_of};

use super::{PyErr, PyResult, Vm};

/// Rust stack the interpreter keeps in reserve: nesting deeper than this raises
/// RecursionError instead of overflowing.
const STACK_RESERVE: usize = 256 * 1024;
/// Under `--gc-stress`, one young-generation stress collection in this many collects
/// the whole heap instead (a full collection costs as much as the heap is large).
const GC_STRESS_FULL_EVERY: u64 = 64;
/// Under `--gc-stress`, the youngest generation is collected at a safe point once this
/// fraction of it is new since the previous stress collection (at least one container).
/// The survivors of a stress collection stay where they were (so the program's own
/// collection schedule and `gc.get_count()` are unchanged), so each collection costs as
/// much as the young objects alive: collecting it at every safe point made the suite
/// quadratic in a program's young objects, this keeps the work per allocation constant.
const GC_STRESS_YOUNG_FRACTION: usize = 8;
/// Total Rust stack the interpreter thread is given (see `main`).
pub const INTERPRETER_STACK: usize = 256 * 1024 * 1024;

impl Vm {
    /// Work the heap asked for: queued finalizers, then a due collection.
    pub(crate) fn safe_point(&mut self) {
        if self.config.gc_stress && !self.heap.gc.is_collecting() {
            // A safe point collects the youngest generation (the objects made since the
            // last automatic collection) once enough of it is new, and every
            // `GC_STRESS_FULL_EVERY`th such collection is of the whole heap. Invisible
            // to the program: no callbacks, no debug output, and what schedules
            // automatic collections (and `gc.get_stats()`) is kept.
            let young = self.heap.gc.counts()[0];
            let since = young.wrapping_sub(self.gc_stress_young_seen);
            let due = young < self.gc_stress_young_seen
                || since >= (young / GC_STRESS_YOUNG_FRACTION).max(1);
            let generation = due.then(|| {
                self.gc_stress_count = self.gc_stress_count.wrapping_add(1);
                if self.gc_stress_count.is_multiple_of(GC_STRESS_FULL_EVERY) {
                    2
                } else {
                    0
                }
            });
            if let Some(generation) = generation {
                let schedule = self.heap.gc.schedule();
                self.heap.gc.keep_generations_once();
                self.collect_observed(generation, false);
                self.heap.gc.restore_schedule(schedule);
            }
            self.gc_stress_young_seen = self.heap.gc.counts()[0];
        }
        loop {
            let pending = self.heap.take_pending_finalizers();
            let callbacks = self.heap.take_weak_callbacks();
            if pending.is_empty() && callbacks.is_empty() {
                break;
            }
            for wr in callbacks {
                self.run_weak_callback(&wr);
            }
            for obj in pending {
                self.run_finalizer(&obj);
                drop(obj);
            }
        }
        if self.heap.gc.collection_due() {
            let g = self.heap.gc.generation_due();
            self.collect_garbage(g);
        }
        if self.config.gc_stress {
            // The dispatch loop enters here only when the heap asks: under stress it
            // always asks, so that every safe point collects.
            self.heap.request_safe_point();
        }
    }

    /// Collects generation `generation` (2 = full) and returns the number of
    /// unreachable objects found.
    pub fn collect_garbage(&mut self, generation: usize) -> usize {
        self.collect_observed(generation, true)
    }

    /// A collection; when `observed`, `gc.callbacks` are called around it and the
    /// `gc.set_debug()` output is written.
    pub(crate) fn collect_observed(&mut self, generation: usize, observed: bool) -> usize {
        if !self.heap.gc.try_enter_collection() {
            return 0;
        }
        let watch = observed.then(|| gc_observe::start(self, generation));
        let started = self.config.trace_gc.then(std::time::Instant::now);
        let profile_started = if observed { self.profile_clock() } else { None };
        let pass = self.heap.collect_begin_entered(generation);
        if observed {
            gc_observe::report_collectable(self, pass.garbage());
        }
        for wr in &pass.weak_callbacks {
            self.run_weak_callback(wr);
        }
        for obj in &pass.to_finalize {
            self.run_finalizer(obj);
        }
        let save_all = self.heap.gc.debug_flags() & gc_observe::DEBUG_SAVEALL != 0;
        let (stats, saved) = self.heap.collect_finish_saving(pass, save_all);
        gc_observe::save_garbage(self, saved);
        if let Some(t) = started {
            self.trace_collection(&stats, t.elapsed().as_micros());
        }
        if let Some(t) = profile_started {
            self.profile_collection(generation, t);
        }
        // Finalizers queued during the collection run now.
        let pending = self.heap.take_pending_finalizers();
        for obj in pending {
            self.run_finalizer(&obj);
        }
        if let Some(w) = watch {
            gc_observe::stop(self, &stats, w);
        }
        stats.collected()
    }

    /// Runs one object's finalizer; errors are reported as "Exception ignored in".
    pub(crate) fn run_finalizer(&mut self, obj: &Obj) {
        let result: PyResult<()> = match tag_of(obj) {
            Tag::Generator => {
                if obj.is::<GeneratorObj>() {
                    self.finalize_generator(obj)
                } else {
                    Ok(())
                }
            }
            _ => match self.lookup_type_attr(&self.type_of(obj), "__del__") {
                Some(f) => self.call_method_with(&f, obj, &[]).map(|_| ()),
                None => Ok(()),
            },
        };
        if let Err(e) = result {
            let what = match tag_of(obj) {
                Tag::Generator => self.repr_string(obj).unwrap_or_default(),
                _ => {
                    let cls = self.type_of(obj);
                    match self.lookup_type_attr(&cls, "__del__") {
                        Some(f) => self.repr_string(&f).unwrap_or_default(),
                        None => String::new(),
                    }
                }
            };
            self.report_unraisable(&format!("Exception ignored in: {what}"), e);
        }
    }

    /// Prints an error that cannot propagate (CPython's `PyErr_WriteUnraisable`).
    pub(crate) fn report_unraisable(&mut self, header: &str, e: PyErr) {
        self.flush_stdout();
        let exc = self.exc_object(e);
        if self.call_unraisablehook(header, &exc).is_ok() {
            return;
        }
        let text = self.format_unraisable(&exc);
        self.write_stderr(&format!("{header}\n{text}"));
    }

    /// `sys.unraisablehook(unraisable)`: `err_msg` is the whole header line (minipy
    /// names the object in it) and `object` is None.
    fn call_unraisablehook(&mut self, header: &str, exc: &Obj) -> PyResult<()> {
        let sys = self.import_module("sys")?;
        let Some(hook) = self.getattr_opt_str(&sys, "unraisablehook")? else {
            return Err(self.runtime_error("lost sys.unraisablehook"));
        };
        let cls = self.lazy_class("UnraisableHookArgs", "sys", &[])?;
        let args = self.call(&cls, vec![])?;
        let ty = self.type_of(exc);
        let tb = self.traceback_object(exc)?;
        let msg = self.new_str(header)?;
        let none = self.none();
        for (k, v) in [
            ("exc_type", ty),
            ("exc_value", exc.clone()),
            ("exc_traceback", tb),
            ("err_msg", msg),
            ("object", none),
        ] {
            let k = self.intern(k)?;
            self.instance_attr_set(&args, &k, v)?;
        }
        self.call(&hook, vec![args])?;
        Ok(())
    }

    /// Enters Rust-level nesting (a call from Rust into Python, a nested repr or
    /// comparison); raises RecursionError past the recursion limit or when the Rust
    /// stack runs low.
    ///
    /// An entry that names what it does (`what`, CPython's `Py_EnterRecursiveCall`
    /// suffix such as " while getting the repr of an object") is a recursion level
    /// as CPython counts them: it and the frames share the limit, and when it is the
    /// level past the limit, the message says what was being done. An entry with an
    /// empty `what` (a nested dispatch loop, an iterator's step) only guards the Rust
    /// stack.
    #[inline]
    pub(crate) fn enter_native(&mut self, what: &str) -> PyResult<()> {
        self.enter_native_level(what, !what.is_empty())
    }

    /// `enter_native` of a level that counts against the recursion limit even though
    /// its RecursionError says nothing more (CPython's frames of a Python function that
    /// minipy writes in Rust, such as `copy.deepcopy`'s helpers).
    pub(crate) fn enter_counted_level(&mut self, what: &str) -> PyResult<()> {
        self.enter_native_level(what, true)
    }

    #[inline]
    fn enter_native_level(&mut self, what: &str, counted: bool) -> PyResult<()> {
        let ceiling = self.recursion_limit + self.c_levels.len();
        if counted && self.frames.len() + self.c_levels.len() >= ceiling {
            return Err(self.recursion_error(format!("maximum recursion depth exceeded{what}")));
        }
        self.native_depth += 1;
        let marker = 0u8;
        let here = &marker as *const u8 as usize;
        let used = self.stack_origin.saturating_sub(here);
        let stack = self.config.stack_size.unwrap_or(INTERPRETER_STACK);
        // Each Python frame run from Rust is a nested dispatch loop (an entry of its
        // own, besides the frame), so the Rust-level entries alone are what bounds
        // deep Rust recursion deterministically; the stack check bounds it for safety.
        if self.native_depth > ceiling + 50 || used > stack.saturating_sub(STACK_RESERVE) {
            self.native_depth -= 1;
            return Err(self.recursion_error(format!("maximum recursion depth exceeded{what}")));
        }
        if counted {
            self.c_levels.push(self.native_depth);
            self.recursion_limit = self.recursion_limit.saturating_sub(1);
        }
        Ok(())
    }

    #[inline]
    pub(crate) fn leave_native(&mut self) {
        if self.c_levels.last() == Some(&self.native_depth) {
            self.c_levels.pop();
            self.recursion_limit += 1;
        }
        self.native_depth = self.native_depth.saturating_sub(1);
    }

    /// Tears the interpreter down: drops frames and module namespaces, then collects
    /// the cycles left behind so that the heap ends empty of user objects.
    pub(crate) fn shutdown(&mut self) {
        if self.shut_down {
            return;
        }
        self.shut_down = true;
        self.frames.clear();
        self.locals_holders.clear();
        self.stack.clear();
        self.join_threads_at_exit();
        (self.library.run_exit_functions)(self);
        self.stop_threads();
        self.stack.clear();
        self.handled_exc = None;
        self.hot_builtins = None;
        // As CPython's Py_FinalizeEx: once finalizing, a full collection (callbacks
        // and all, if the collector is enabled) while every module is still alive.
        // It frees only garbage the program left, but it reorders the survivors as
        // any collection does, and that order is the one in which the module
        // teardown's collection later runs the `__del__` methods of `__main__`'s
        // objects.
        self.finalizing_modules = true;
        self.flush_replaced_std_files();
        // (`--gc-disabled` stops automatic collections only: the program did not
        // disable the collector, so this one runs as in CPython.)
        if self.heap.gc.is_enabled() || self.config.gc_disabled {
            // The module namespaces are scanned as alive where they stand (in CPython
            // the modules table reaches them before the collection meets them), so
            // that what they hold keeps its place.
            let namespaces = self.module_namespaces();
            if self.config.gc_stress {
                // Stress collections moved the program's older objects to the middle
                // generation and left the newer ones young; joined in that order they
                // are in the order they would all be young in without them.
                self.heap.gc.promote_young();
            }
            self.collect_observed(2, true);
            drop(namespaces);
            self.safe_point();
        }
        self.clear_modules();
        // The collector lets go of `gc.garbage` and `gc.callbacks`, and the final
        // collections free everything, quietly (as CPython's do at exit).
        self.heap.gc.set_module_lists(None);
        self.heap.gc.set_debug_flags(0);
        // Profilers hold code objects (and through them constants) until now.
        self.instrument = Default::default();
        self.heap.gc.set_enabled(true);
        for _ in 0..3 {
            if self.collect_observed(2, false) == 0 {
                break;
            }
        }
        self.flush_stdout();
    }
}

impl Vm {
    /// CPython's `flush_std_files` at exit, for streams a program put in `sys`: the
    /// `flush()` of `sys.stdout` (a failure reported as unraisable) and of `sys.stderr`
    /// (a failure ignored); either failing makes the exit status 120. The process's own
    /// streams are flushed at the very end.
    fn flush_replaced_std_files(&mut self) {
        for name in ["stdout", "stderr"] {
            let Ok(Some(stream)) = self.replaced_sys_stream(name) else {
                continue;
            };
            if stream.ptr_eq(&self.s.none) || self.stream_is_closed(&stream) {
                continue;
            }
            let flushed = self
                .getattr_str(&stream, "flush")
                .and_then(|f| self.call(&f, vec![]));
            if let Err(e) = flushed {
                self.exit_flush_failed = true;
                if name == "stdout" {
                    let what = self
                        .repr_string(&stream)
                        .unwrap_or_else(|_| "<object repr() failed>".into());
                    self.report_unraisable(&format!("Exception ignored in: {what}"), e);
                }
            }
        }
    }

    /// Whether a stream says it is closed (`closed` true; no `closed` is open).
    fn stream_is_closed(&mut self, stream: &Obj) -> bool {
        match self.getattr_str(stream, "closed") {
            Ok(c) => self.truthy(&c).unwrap_or(false),
            Err(_) => false,
        }
    }

    /// The namespace dicts of the modules in `sys.modules`.
    fn module_namespaces(&mut self) -> Vec<Obj> {
        let modules: Vec<Obj> = self
            .modules
            .downcast::<crate::objects::DictObj>()
            .map(|d| d.table.borrow().iter().map(|e| e.value.clone()).collect())
            .unwrap_or_default();
        modules.iter().filter_map(|m| self.module_dict(m)).collect()
    }

    /// Measures Rust stack use from here on (an embedder calls into the interpreter
    /// from a place of its own choosing, perhaps deeper than where it was created).
    pub fn reset_stack_origin(&mut self) {
        if self.native_depth == 0 {
            let marker = 0u8;
            self.stack_origin = &marker as *const u8 as usize;
        }
    }

    /// Runs pending finalizers and due collections (for embedders, between runs).
    pub fn safe_point_public(&mut self) {
        self.safe_point();
    }
}
