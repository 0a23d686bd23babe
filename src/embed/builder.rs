//! `Builder`: the settings of an embedded interpreter — limits, sandbox policy, output
//! sinks and the globals the program starts with.

use std::time::Duration;

use super::error::Error;
use super::output::{self, Captured, Output};
use super::value::{self, Value};
use crate::Interpreter;
use crate::vm::{Capability, Config, Policy, Vm};

/// Default cap on a captured output stream (bytes kept for the host).
const DEFAULT_MAX_OUTPUT: usize = 16 << 20;
/// Rust stack a thread spawned with `std::thread::spawn` has by default.
const DEFAULT_STACK: usize = 2 << 20;

/// Settings for an [`Interpreter`]; made by [`Interpreter::builder`].
///
/// Nothing is limited or denied unless asked: call [`Builder::sandbox`] for untrusted
/// code, then the limits.
pub struct Builder {
    config: Config,
    stdout: Output,
    stderr: Output,
    max_output: usize,
    max_recursion: Option<usize>,
    stack_size: usize,
    globals: Vec<(String, Value)>,
}

impl Interpreter {
    /// Starts configuring an embedded interpreter.
    ///
    /// ```
    /// use minipy::embed::Value;
    /// let mut py = minipy::Interpreter::builder().sandbox().build().unwrap();
    /// assert_eq!(py.eval("6 * 7").unwrap(), Value::Int(42));
    /// ```
    pub fn builder() -> Builder {
        Builder {
            config: Config {
                argv: vec![String::new()],
                ..Config::default()
            },
            stdout: Output::Inherit,
            stderr: Output::Inherit,
            max_output: DEFAULT_MAX_OUTPUT,
            max_recursion: None,
            stack_size: DEFAULT_STACK,
            globals: Vec::new(),
        }
    }
}

impl Builder {
    /// Runs untrusted code: no file system, environment, clock, standard input or
    /// process facts, and imports limited to [`crate::vm::SANDBOX_MODULES`]. Grant
    /// back what the program needs with [`Builder::allow`] and
    /// [`Builder::allow_module`].
    pub fn sandbox(mut self) -> Builder {
        self.config.policy = Policy::sandbox();
        self
    }

    /// Replaces the whole policy.
    pub fn policy(mut self, policy: Policy) -> Builder {
        self.config.policy = policy;
        self
    }

    /// Grants a capability the policy denies.
    pub fn allow(mut self, cap: Capability) -> Builder {
        let p = &mut self.config.policy;
        match cap {
            Capability::FileSystem => p.file_system = true,
            Capability::Environment => p.environment = true,
            Capability::Clock => p.clock = true,
            Capability::Stdin => p.stdin = true,
            Capability::Process => p.process = true,
        }
        self
    }

    /// Lets the program import `module` (and its submodules). Without a sandbox every
    /// module may be imported already.
    pub fn allow_module(mut self, module: &str) -> Builder {
        if let Some(list) = &mut self.config.policy.allowed_modules {
            list.push(module.to_owned());
        }
        self
    }

    /// Limits the program's imports to exactly these modules (and their submodules).
    pub fn allowed_modules(mut self, modules: &[&str]) -> Builder {
        self.config.policy.allowed_modules =
            Some(modules.iter().map(|m| (*m).to_owned()).collect());
        self
    }

    /// Caps the interpreter's heap at `bytes`; allocations past it raise MemoryError.
    pub fn max_heap(mut self, bytes: usize) -> Builder {
        self.config.max_heap = Some(bytes);
        self
    }

    /// Stops each run after about `n` bytecode instructions with TimeoutError (see the
    /// README for how they are counted).
    pub fn max_instructions(mut self, n: u64) -> Builder {
        self.config.max_instructions = Some(n);
        self
    }

    /// Stops each run after `limit` of wall-clock time with TimeoutError.
    pub fn max_time(mut self, limit: Duration) -> Builder {
        self.config.max_time = Some(limit);
        self
    }

    /// Sets the recursion limit (Python frames; RecursionError past it). The program
    /// cannot raise it with `sys.setrecursionlimit`.
    pub fn max_recursion(mut self, depth: usize) -> Builder {
        self.max_recursion = Some(depth);
        self
    }

    /// Keeps the program's standard output and error in buffers that the host reads
    /// with [`Interpreter::take_stdout`] and [`Interpreter::take_stderr`].
    pub fn capture_output(mut self) -> Builder {
        self.stdout = Output::Capture;
        self.stderr = Output::Capture;
        self
    }

    /// Where the program's standard output goes.
    pub fn stdout(mut self, output: Output) -> Builder {
        self.stdout = output;
        self
    }

    /// Where the program's standard error (warnings, `sys.stderr`) goes.
    pub fn stderr(mut self, output: Output) -> Builder {
        self.stderr = output;
        self
    }

    /// The most bytes a captured stream keeps (16 MiB by default); the rest is dropped.
    pub fn max_output(mut self, bytes: usize) -> Builder {
        self.max_output = bytes;
        self
    }

    /// The Rust stack of the thread that will run the interpreter (2 MiB by default,
    /// what `std::thread::spawn` gives). Deep nesting of calls from Rust into Python
    /// (`repr` of nested objects, sort keys, ...) raises RecursionError before using it
    /// up. Give a bigger thread and say so here to allow deeper nesting.
    pub fn stack_size(mut self, bytes: usize) -> Builder {
        self.stack_size = bytes;
        self
    }

    /// A global variable of `__main__` the program starts with.
    pub fn global(mut self, name: &str, value: Value) -> Builder {
        self.globals.push((name.to_owned(), value));
        self
    }

    /// Keep the compiled standard-library modules in `dir` between runs (off by
    /// default; see README, "The compiled-module cache"). The interpreter reads and
    /// writes only its own files there, whatever the program is allowed.
    pub fn code_cache(mut self, dir: impl Into<std::path::PathBuf>) -> Builder {
        self.config.code_cache = Some(crate::vm::CodeCacheConfig {
            dir: dir.into(),
            write: true,
        });
        self
    }

    /// `sys.argv`.
    pub fn argv(mut self, argv: Vec<String>) -> Builder {
        self.config.argv = argv;
        self
    }

    /// Creates the interpreter (an error when the heap cap is too small to start, or a
    /// global cannot be converted).
    pub fn build(self) -> Result<Interpreter, Error> {
        let mut config = self.config;
        config.stack_size = Some(self.stack_size);
        if let Some(depth) = self.max_recursion {
            config.policy.max_recursion = Some(depth);
        }
        let vm = Vm::new(config, &crate::modules::LIBRARY)
            .map_err(|_| Error::internal("MemoryError", "cannot start the interpreter"))?;
        let mut captured = Captured::default();
        let stdout = output::sink(self.stdout, self.max_output, &mut captured.stdout);
        let stderr = output::sink(self.stderr, self.max_output, &mut captured.stderr);
        let mut interp = Interpreter::from_vm(vm);
        interp.captured = captured;
        let vm = interp.vm();
        vm.set_output(stdout, stderr);
        if let Some(depth) = self.max_recursion {
            vm.set_recursion_limit(depth);
        }
        for (name, v) in &self.globals {
            interp.set_global(name, v)?;
        }
        Ok(interp)
    }
}

impl Interpreter {
    /// Sets a global variable of `__main__`.
    pub fn set_global(&mut self, name: &str, value: &Value) -> Result<(), Error> {
        let vm = self.vm();
        let r = (|| {
            let globals = vm.main_module(None).and_then(|m| {
                vm.module_dict(&m)
                    .ok_or_else(|| vm.type_error("no __main__"))
            })?;
            let key = vm.intern(name)?;
            let obj = value::to_object(vm, value)?;
            vm.dict_set(&globals, key, obj)
        })();
        r.map_err(|e| Error::from_exception(self.vm(), e))
    }
}
