//! The virtual machine: interpreter state, the dispatch loop, calls, and the protocols
//! (attributes, operators, iteration, conversion) that the bytecode relies on.

mod args;
mod attr;
mod attr_cache;
mod bind_fast;
mod budget;
mod builtin_descrs;
pub(crate) mod builtin_docs;
mod builtin_method_kinds;
pub(crate) mod builtin_numeric;
mod builtin_types;
mod bytes_format;
mod bytes_protocol;
mod call;
mod class;
mod code_cache;
mod code_image;
mod code_methods;
mod compare;
pub(crate) mod complex;
mod construct;
pub(crate) mod convert;
mod coroutine;
mod delegate;
mod descr_methods;
pub(crate) mod dir_names;
pub(crate) mod disassemble;
pub(crate) mod errno_text;
pub(crate) mod errors;
mod eval;
mod exc_kinds;
mod exc_reduce;
mod except_star;
mod exception_group;
mod extension;
mod finalize;
mod float_fromhex;
mod format;
mod format_methods;
mod frame;
mod frame_locals;
mod frame_object;
pub(crate) mod gc_observe;
mod gen_inline;
mod getset_descr;
pub mod heap_profile;
mod import;
mod init;
pub(crate) mod instance_layout_descrs;
mod instrument;
mod interrupt;
mod introspect;
mod iterate;
mod iterate_pairs;
mod iterator_methods;
mod lazy_types;
mod length_hint;
pub mod library;
mod limits;
pub(crate) mod line_profile;
mod mappingproxy;
mod member_descr;
pub(crate) mod memoryview_methods;
mod memreport;
mod metaclass;
pub(crate) mod method_docs;
mod misc;
mod names;
pub mod native;
mod new;
mod new_safety;
mod object_maker;
mod object_methods;
mod object_reduce;
mod ops;
mod os_error;
pub(crate) mod params;
mod pattern;
pub mod policy;
mod program_text;
mod range_ops;
mod repr;
mod room;
mod run;
mod run_module;
mod sizeof;
mod slice_ops;
mod slot_receiver;
mod slot_wrappers;
mod slots;
mod source_text;
mod stack_args;
mod stack_guard;
pub(crate) mod stack_table;
pub mod stdio_config;
mod stdout;
pub mod str_format;
mod subscript;
mod suggestions;
pub(crate) mod threads;
mod traceback;
mod traceback_carets;
mod traceback_group;
mod type_alias;
mod type_cache;
mod type_setattr;
mod types;
pub(crate) mod unicode_error;
mod unpack;

use std::collections::HashMap;
use std::rc::Rc;

pub use args::{Args, wrong_receiver};
pub use budget::BudgetKind;
pub use code_cache::CodeCacheConfig;
pub use convert::hash_i64;
pub(crate) use coroutine::is_async_object;
pub use errors::PyErr;
pub use finalize::INTERPRETER_STACK;
pub use frame::Frame;
pub use init::MethodKind;
pub use interrupt::SignalAction;
pub(crate) use interrupt::{
    CHECK_INTERVAL, NSIG, catching_sigint, hook_signal, raise_sigint_flag, signal_hooked,
    signal_pending,
};
pub use interrupt::{catch_sigint, clear_interrupt, exit_by_sigint, take_interrupt};
pub use policy::{Capability, Policy, SANDBOX_MODULES};
pub use run::CompileFailure;
pub(crate) use run::compile_stage_error;
pub use run_module::{MainModuleError, MainModuleSource};
pub use stdio_config::{StdioConfig, StdioConfigError};
pub use traceback_carets::{SyntaxErrorSpan, syntax_error_text};
pub use types::{ExcTypes, Types};

use crate::heap::{Heap, Obj};

pub type PyResult<T = Obj> = Result<T, PyErr>;

/// Settings fixed when the interpreter starts.
#[derive(Clone, Debug, Default)]
pub struct Config {
    /// Collect at every safe point (tests prove the collector is invisible).
    pub gc_stress: bool,
    /// Start with automatic collection disabled.
    pub gc_disabled: bool,
    /// Cap on heap bytes; an allocation past it raises MemoryError.
    pub max_heap: Option<usize>,
    /// Log every collection to stderr.
    pub trace_gc: bool,
    /// `sys.argv`.
    pub argv: Vec<String>,
    /// What the program may touch outside the interpreter (everything by default).
    pub policy: Policy,
    /// Instructions the program may execute (counted on loop back-edges, calls and
    /// items taken from iterators); past it TimeoutError is raised.
    pub max_instructions: Option<u64>,
    /// Wall-clock time the program may run; past it TimeoutError is raised.
    pub max_time: Option<std::time::Duration>,
    /// Rust stack of the thread running the interpreter (default `INTERPRETER_STACK`,
    /// the `minipy` command's thread); Rust-level nesting stops short of it.
    pub stack_size: Option<usize>,
    /// Where compiled frozen modules are kept between runs (None: compiled every
    /// time). The `minipy` command sets it; embedders choose.
    pub code_cache: Option<CodeCacheConfig>,
    /// The standard streams' encoding and error handlers (the `minipy` command reads
    /// them from the environment, as CPython does).
    pub stdio: StdioConfig,
}

/// Values created once at start-up and shared.
pub struct Singletons {
    pub none: Obj,
    pub true_: Obj,
    pub false_: Obj,
    pub not_implemented: Obj,
    pub ellipsis: Obj,
    /// The stack marker pushed by `LoadMethod`.
    pub null: Obj,
    pub empty_tuple: Obj,
    pub empty_str: Obj,
    /// Preallocated, so that running out of memory can still be reported.
    pub memory_error: Obj,
}

/// Small ints -5..=256 are created at start-up and shared, as in CPython.
pub const SMALL_INT_MIN: i64 = -5;
pub const SMALL_INT_MAX: i64 = 256;

pub struct Vm {
    pub(crate) frames: crate::heap::HotVec<Frame>,
    pub(crate) stack: crate::heap::HotVec<Obj>,
    pub types: Types,
    pub exc: ExcTypes,
    pub s: Singletons,
    /// Interned special names (filled in at start-up).
    pub names: Box<names::Names>,
    small_ints: Vec<Obj>,
    /// One-character strings for code points below 256.
    latin1: Vec<Obj>,
    interned: rustc_hash::FxHashMap<Box<str>, Obj>,
    /// The namespace of the `builtins` module.
    pub builtins: Obj,
    /// The builtin `len` and `isinstance`, which the dispatch loop calls without
    /// building an argument list (None after shutdown).
    pub(crate) hot_builtins: Option<(Obj, Obj)>,
    /// `sys.modules`.
    pub modules: Obj,
    /// The exception being handled (`sys.exc_info()`, context chaining, bare `raise`).
    pub(crate) handled_exc: Option<Obj>,
    /// Containers whose repr is being built (to print `[...]` for self-references).
    pub(crate) repr_stack: Vec<usize>,
    /// The holders of locals made for running frames that a traceback passed through
    /// (`vm/frame_locals.rs`): the frame's index in `frames`, its `locals_base`, the
    /// holder. Kept beside the frames so that calls pay nothing for them.
    pub(crate) locals_holders: Vec<(usize, usize, Obj)>,
    /// Classes made on first use (`traceback`, `types.GenericAlias`, ...), by name.
    pub(crate) lazy_types: HashMap<&'static str, Obj>,
    /// The Python call depth enforced now: `sys.setrecursionlimit`'s value, capped
    /// (see `limits.rs`), less the C-level recursion levels entered (`c_levels`).
    pub(crate) recursion_limit: usize,
    /// The `native_depth` of each Rust-level entry that CPython counts as a recursion
    /// level (getting a repr or str, a comparison, a call of a C function): with the
    /// frames they make the depth the recursion limit bounds, as in CPython, so that
    /// the same level fails with the same message (see `enter_native`).
    pub(crate) c_levels: Vec<usize>,
    /// The value `sys.setrecursionlimit` was given (what `sys.getrecursionlimit` shows).
    pub(crate) requested_recursion_limit: usize,
    /// Bumped whenever any class namespace changes or a class is created.
    pub(crate) method_cache_epoch: u64,
    /// The standard library's entry points (builtins, native and frozen modules).
    pub(crate) library: &'static library::Library,
    /// The last type version tag handed out (see `attr_cache.rs`).
    pub(crate) next_type_version: std::cell::Cell<u32>,
    /// Where names were found in the MRO of classes (see `type_cache.rs`).
    pub(crate) type_cache: type_cache::TypeCache,
    /// Nested runs of the dispatch loop (calls from Rust into Python).
    pub(crate) native_depth: usize,
    /// Address of a local variable at start-up: how deep the Rust stack may go.
    pub(crate) stack_origin: usize,
    /// Source text by file name, for traceback lines.
    pub(crate) sources: HashMap<Rc<str>, source_text::SourceText>,
    pub config: Config,
    pub(crate) int_max_str_digits: usize,
    /// File names seen while tracing allocations (a traced location holds the index).
    pub(crate) trace_files: Vec<Rc<str>>,
    /// State of the instrumented dispatch mode (traceback depth, line profilers).
    pub(crate) instrument: instrument::Instrumentation,
    /// Safe points passed under `--gc-stress` (every so many collects the whole heap).
    pub(crate) gc_stress_count: u64,
    /// The young generation's count after the last `--gc-stress` collection.
    pub(crate) gc_stress_young_seen: usize,
    /// Set once the interpreter has torn down its modules.
    pub(crate) shut_down: bool,
    /// Set once module teardown has begun: imports fail as CPython's do when
    /// `sys.meta_path` is None, and tracebacks show no source lines (CPython cannot
    /// import `io` to read them any more).
    pub(crate) finalizing_modules: bool,
    /// A replaced `sys.stdout` or `sys.stderr` could not be flushed at exit (CPython
    /// then exits with status 120).
    pub(crate) exit_flush_failed: bool,
    /// Modules whose code is running right now (CPython's `__spec__._initializing`):
    /// a name missing from one of them is most likely a circular import.
    pub(crate) initializing_modules: Vec<Obj>,
    /// Type objects of the types builtin modules define in Rust, by (module, name).
    pub(crate) native_types: rustc_hash::FxHashMap<(&'static str, &'static str), Obj>,
    /// Output written by `print` goes here before reaching stdout (or the sink an
    /// embedder chose).
    pub(crate) stdout: stdout::StdoutBuffer,
    /// Where `sys.stderr` and warnings go; None is the process's standard error.
    pub(crate) stderr: Option<Box<dyn std::io::Write>>,
    /// Set while the interpreter compiles its own frozen modules (see
    /// `CodeObject::trusted`).
    pub(crate) compiling_trusted: bool,
    /// The instruction and time budget (see `budget.rs`).
    pub(crate) budget: budget::Budget,
    /// The threads the program started and the lock they take turns under (None until
    /// the first thread starts; see `threads.rs`).
    pub(crate) threads: Option<Box<threads::Threads>>,
    /// Where a "coroutine was never awaited" warning was shown already (file, line,
    /// name): the default warnings action shows each once.
    pub(crate) never_awaited_warned: std::collections::HashSet<String>,
    /// Declared last: every object above must be dropped before the heap.
    pub heap: Heap,
}

impl Vm {
    /// The heap's allocator (for container storage).
    #[inline(always)]
    pub fn alloc(&self) -> &crate::heap::Allocator {
        self.heap.allocator()
    }

    /// Records the source of `filename` so that tracebacks can quote it.
    pub fn add_source(&mut self, filename: &str, source: &str) {
        let text = source_text::SourceText::Read(Rc::from(source));
        self.sources.insert(Rc::from(filename), text);
    }

    /// Records the source of a frozen module: the binary's own text, not a copy.
    pub(crate) fn add_frozen_source(&mut self, filename: &str, source: &'static str) {
        let text = source_text::SourceText::Frozen(source);
        self.sources.insert(Rc::from(filename), text);
    }

    /// Flushes buffered standard output.
    pub fn flush_stdout(&mut self) {
        use std::io::Write;
        let _ = self.stdout.flush();
    }

    /// Writes text to standard error (or the embedder's sink), after flushing stdout
    /// so that the two streams interleave as the program wrote them.
    pub fn write_stderr(&mut self, s: &str) {
        // As the process's `sys.stderr` writes it: in the standard streams' encoding,
        // with `backslashreplace` for what that encoding cannot hold.
        let codec = self.config.stdio.codec;
        if s.is_ascii() || codec == crate::text::codecs::Codec::Utf8 {
            self.write_stderr_bytes(s.as_bytes());
            return;
        }
        match crate::text::codecs::encode(s, codec, "backslashreplace") {
            Ok(bytes) => self.write_stderr_bytes(&bytes),
            Err(_) => self.write_stderr_bytes(s.as_bytes()),
        }
    }

    /// Writes bytes to standard error (see `write_stderr`).
    pub fn write_stderr_bytes(&mut self, b: &[u8]) {
        use std::io::Write;
        self.flush_stdout();
        let _ = match &mut self.stderr {
            Some(w) => w.write_all(b).and_then(|()| w.flush()),
            None => std::io::stderr().write_all(b),
        };
    }

    /// Sends standard output and standard error to the given sinks instead of the
    /// process's streams (None keeps the process's stream).
    pub fn set_output(
        &mut self,
        stdout: Option<Box<dyn std::io::Write>>,
        stderr: Option<Box<dyn std::io::Write>>,
    ) {
        self.flush_stdout();
        if let Some(w) = stdout {
            self.stdout = stdout::StdoutBuffer::writer(w);
            self.stdout.write_through = self.config.stdio.unbuffered;
        }
        if stderr.is_some() {
            self.stderr = stderr;
        }
    }
}

impl Drop for Vm {
    fn drop(&mut self) {
        self.flush_stdout();
        self.shutdown();
    }
}
