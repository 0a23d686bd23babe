//! The sandbox policy, in one place: which capabilities (file system, environment,
//! clock, standard input, process) a program may use, which modules it may import, and
//! the ceiling on the recursion limit.
//!
//! The policy is enforced at the few points where the interpreter touches the outside
//! world, not at the import statement alone: a module the program may not import can
//! still be reached (as an attribute of an allowed module that imported it, through
//! `gc.get_objects()`, `sys.modules`, ...), so the native functions that read files,
//! the environment or the clock are replaced, when a module is created, by stubs that
//! raise PermissionError. `native_fn` is that table; the import check is
//! `Vm::check_import_allowed`.

use crate::objects::function::NativeFn;

use super::{Args, PyErr, PyResult, Vm};

/// A kind of access to the world outside the interpreter.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Capability {
    /// Reading and writing files and directories: `open`, `io.open`, `os.stat`,
    /// `os.listdir`, `os.getcwd`, ..., and `.py` modules found on `sys.path`.
    FileSystem,
    /// Reading or changing environment variables (`os.environ`, `os.getenv`,
    /// `os.putenv`).
    Environment,
    /// Reading the clocks and sleeping (`time.time`, `time.monotonic`,
    /// `time.perf_counter`, `time.sleep`, `datetime.now`, `time.localtime()`).
    Clock,
    /// Reading standard input (`input`, `sys.stdin`).
    Stdin,
    /// Facts about the process (`os.getpid`, `os.getuid`, `os.umask`, `os.times`,
    /// `os.sysconf`, `os.urandom`, `os.cpu_count`, ...) and signals
    /// (`os.kill`, `signal.signal`, `signal.alarm`, ...).
    Process,
}

impl Capability {
    fn describe(self) -> &'static str {
        match self {
            Capability::FileSystem => "file-system access",
            Capability::Environment => "access to the environment",
            Capability::Clock => "access to the clock",
            Capability::Stdin => "reading standard input",
            Capability::Process => "access to the process",
        }
    }
}

/// What a program may do. The default allows everything (the `minipy` command);
/// [`Policy::sandbox`] denies every capability and restricts imports to
/// [`SANDBOX_MODULES`].
#[derive(Clone, Debug)]
pub struct Policy {
    /// Files and directories.
    pub file_system: bool,
    /// Environment variables.
    pub environment: bool,
    /// Clocks and sleeping.
    pub clock: bool,
    /// Standard input.
    pub stdin: bool,
    /// Process facts (pid, cpu count, OS randomness).
    pub process: bool,
    /// Modules the program may import (a name allows its submodules too); None allows
    /// every module. Modules that allowed modules import internally are not checked.
    pub allowed_modules: Option<Vec<String>>,
    /// The highest recursion limit the program may set with `sys.setrecursionlimit`
    /// (a higher request is lowered to it).
    pub max_recursion: Option<usize>,
}

impl Default for Policy {
    fn default() -> Policy {
        Policy {
            file_system: true,
            environment: true,
            clock: true,
            stdin: true,
            process: true,
            allowed_modules: None,
            max_recursion: None,
        }
    }
}

/// The highest recursion limit a sandboxed program may set unless the host chooses
/// another (`Builder::max_recursion`).
pub const SANDBOX_MAX_RECURSION: usize = 10_000;

/// Modules a sandboxed program may import unless the host chooses otherwise: pure
/// computation, no access to the world outside.
pub const SANDBOX_MODULES: &[&str] = &[
    "__future__",
    "abc",
    "ast",
    "array",
    "base64",
    "binascii",
    "bisect",
    "builtins",
    "cmath",
    "collections",
    "colorsys",
    "contextlib",
    "copy",
    "dataclasses",
    "datetime",
    "decimal",
    "difflib",
    "enum",
    "fractions",
    "functools",
    "graphlib",
    "hashlib",
    "heapq",
    "html",
    "itertools",
    "json",
    "keyword",
    "math",
    "numbers",
    "operator",
    "pprint",
    "random",
    "re",
    "reprlib",
    "statistics",
    "string",
    "struct",
    "textwrap",
    "token",
    "tokenize",
    "typing",
    "unicodedata",
];

impl Policy {
    /// Everything denied; imports limited to [`SANDBOX_MODULES`]; the recursion limit
    /// capped at [`SANDBOX_MAX_RECURSION`].
    pub fn sandbox() -> Policy {
        Policy {
            file_system: false,
            environment: false,
            clock: false,
            stdin: false,
            process: false,
            allowed_modules: Some(SANDBOX_MODULES.iter().map(|s| (*s).to_owned()).collect()),
            // Frames live outside the capped heap: the program may not make the frame
            // stack grow without bound through `sys.setrecursionlimit`.
            max_recursion: Some(SANDBOX_MAX_RECURSION),
        }
    }

    /// Whether `cap` is granted.
    pub fn allows(&self, cap: Capability) -> bool {
        match cap {
            Capability::FileSystem => self.file_system,
            Capability::Environment => self.environment,
            Capability::Clock => self.clock,
            Capability::Stdin => self.stdin,
            Capability::Process => self.process,
        }
    }

    /// Whether a program may import `name` (`a.b` is allowed when `a` is).
    pub fn allows_module(&self, name: &str) -> bool {
        let Some(list) = &self.allowed_modules else {
            return true;
        };
        list.iter().any(|m| {
            name == m
                || (name.len() > m.len()
                    && name.starts_with(m.as_str())
                    && name.as_bytes()[m.len()] == b'.')
        })
    }
}

/// The capability a native function of module `module` needs, if any.
fn needed_capability(module: &str, name: &str) -> Option<Capability> {
    use Capability::*;
    match (module, name) {
        ("builtins" | "io", "open") => Some(FileSystem),
        ("builtins", "input") => Some(Stdin),
        ("os", "_environ_items" | "putenv" | "unsetenv") => Some(Environment),
        ("os", "getpid" | "urandom" | "cpu_count" | "kill") => Some(Process),
        // Who and where the process is, its limits and its scheduling.
        (
            "os",
            "getuid" | "geteuid" | "getgid" | "getegid" | "getppid" | "getpgrp" | "getsid"
            | "umask" | "times" | "getloadavg" | "sysconf" | "nice" | "getlogin",
        ) => Some(Process),
        ("_signal", "signal" | "alarm" | "pause" | "raise_signal") => Some(Process),
        // OS threads of the process.
        ("_thread", "start_new_thread" | "start_new" | "interrupt_main") => Some(Process),
        // Tables of messages and names: nothing outside the process (`os` imports
        // `_sysconf_names` to build `sysconf_names`).
        ("os", "strerror" | "_sysconf_names") => None,
        // Everything else `os` does in Rust touches files (new functions too).
        ("os", _) => Some(FileSystem),
        // A database, even `:memory:`, can ATTACH files.
        ("_sqlite3", "open") => Some(FileSystem),
        (
            "time",
            "time" | "time_ns" | "perf_counter" | "perf_counter_ns" | "monotonic" | "monotonic_ns"
            | "process_time" | "process_time_ns" | "thread_time" | "thread_time_ns" | "sleep"
            | "clock_gettime" | "clock_gettime_ns",
        ) => Some(Clock),
        _ => None,
    }
}

/// The function to register as `module.name`: `f` itself, or under a policy that
/// denies what it needs, a stand-in that raises PermissionError (the environment reads
/// as empty instead, so that `os` can still be imported).
pub(crate) fn native_fn(policy: &Policy, module: &str, name: &str, f: NativeFn) -> NativeFn {
    match needed_capability(module, name) {
        Some(cap) if !policy.allows(cap) => match (module, name) {
            ("os", "_environ_items") => empty_environment,
            _ => denier(cap),
        },
        _ => f,
    }
}

fn denier(cap: Capability) -> NativeFn {
    match cap {
        Capability::FileSystem => |vm, _| Err(vm.capability_denied(Capability::FileSystem)),
        Capability::Environment => |vm, _| Err(vm.capability_denied(Capability::Environment)),
        Capability::Clock => |vm, _| Err(vm.capability_denied(Capability::Clock)),
        Capability::Stdin => |vm, _| Err(vm.capability_denied(Capability::Stdin)),
        Capability::Process => |vm, _| Err(vm.capability_denied(Capability::Process)),
    }
}

/// `os._environ_items()` in a sandbox without the environment: nothing.
fn empty_environment(vm: &mut Vm, _args: Args) -> PyResult {
    vm.new_list(Vec::new())
}

impl Vm {
    /// The policy the program runs under.
    pub fn policy(&self) -> &Policy {
        &self.config.policy
    }

    /// Raises PermissionError unless the policy grants `cap`.
    pub(crate) fn require(&mut self, cap: Capability) -> PyResult<()> {
        if self.config.policy.allows(cap) {
            Ok(())
        } else {
            Err(self.capability_denied(cap))
        }
    }

    /// `PermissionError(1, 'Operation not permitted (the sandbox denies ...)')`.
    #[cold]
    pub(crate) fn capability_denied(&mut self, cap: Capability) -> PyErr {
        let text = format!(
            "Operation not permitted (the sandbox denies {})",
            cap.describe()
        );
        self.os_error_with_text(1, &text, None)
    }

    /// Raises ImportError when the program may not import `name`.
    pub(crate) fn check_import_allowed(&mut self, name: &str) -> PyResult<()> {
        if self.config.policy.allows_module(name) {
            return Ok(());
        }
        let cls = self.exc.import_error.clone();
        Err(self.import_error_with_name(
            &cls,
            &format!("import of '{name}' is not allowed in the sandbox"),
            name,
        ))
    }

    /// Checks an `import` statement: code of the interpreter's own frozen modules may
    /// import what it needs; the program's code only what the policy allows.
    pub(crate) fn check_statement_import(&mut self, name: &str) -> PyResult<()> {
        if self.config.policy.allowed_modules.is_none()
            || self.frames.last().is_some_and(|f| f.code.trusted)
        {
            return Ok(());
        }
        self.check_import_allowed(name)
    }

    /// The recursion limit `sys.setrecursionlimit(n)` actually sets.
    pub(crate) fn recursion_limit_within_policy(&self, n: usize) -> usize {
        match self.config.policy.max_recursion {
            Some(max) => n.min(max),
            None => n,
        }
    }
}
