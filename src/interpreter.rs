//! The embedding API: an `Interpreter` runs files and source text and reports how the
//! program ended, printing tracebacks the way CPython does.

#![warn(missing_docs)]

use crate::compile::CompileMode;
use crate::heap::Obj;
use crate::objects::str::as_str;
use crate::syntax::{SyntaxError, SyntaxErrorKind};
use crate::vm::{CompileFailure, Config, PyErr, SyntaxErrorSpan, Vm, syntax_error_text};

/// How a program run ended.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Outcome {
    /// Ran to completion.
    Finished,
    /// Ended with this process exit status (uncaught exception: 1; `sys.exit(n)`: n).
    Exit(i32),
}

impl Outcome {
    /// The process exit status this outcome stands for.
    pub fn exit_code(&self) -> i32 {
        match self {
            Outcome::Finished => 0,
            Outcome::Exit(c) => *c,
        }
    }
}

/// A Python interpreter: runs programs for the `minipy` command and for Rust hosts
/// (see [`Interpreter::builder`] and the `embed` module).
pub struct Interpreter {
    vm: Vm,
    /// Profile every function of the main file line by line (`--profile-memory`).
    profile_memory: bool,
    /// The program ended with an uncaught KeyboardInterrupt (Ctrl-C).
    interrupted: bool,
    /// Output buffers the host reads (embedding API).
    pub(crate) captured: crate::embed::Captured,
    /// Set after a panic inside the interpreter: it refuses to run more code.
    pub(crate) poisoned: bool,
}

impl Interpreter {
    /// A fresh interpreter. Run it on a thread with a large stack (see
    /// `vm::INTERPRETER_STACK`) so that Rust-level nesting is bounded only by the
    /// recursion limit.
    pub fn new(config: Config) -> Option<Interpreter> {
        Vm::new(config, &crate::modules::LIBRARY)
            .ok()
            .map(Interpreter::from_vm)
    }

    pub(crate) fn from_vm(vm: Vm) -> Interpreter {
        Interpreter {
            vm,
            profile_memory: false,
            interrupted: false,
            captured: Default::default(),
            poisoned: false,
        }
    }

    /// The virtual machine, for hosts that need more than the embedding API offers.
    pub fn vm(&mut self) -> &mut Vm {
        &mut self.vm
    }

    /// Runs a program as `__main__`.
    pub fn run_main(&mut self, source: &str, filename: &str) -> Outcome {
        // `-c` code (`<string>`) has no `__file__`, as in CPython.
        let file = (filename != "<string>").then_some(filename);
        match self.main_namespace(file) {
            Ok(globals) => self.run_in_main(source, filename, &globals),
            Err(outcome) => outcome,
        }
    }

    /// The namespace of `__main__` (made with `__file__` = `file`), the site builtins
    /// (`help`, `exit`, ...) installed; the outcome to end with when that fails.
    fn main_namespace(&mut self, file: Option<&str>) -> Result<Obj, Outcome> {
        let main = self.vm.main_module(file).map_err(|e| self.report(e))?;
        let globals = self.vm.module_dict(&main).ok_or(Outcome::Exit(1))?;
        crate::modules::sitebuiltins::install(&mut self.vm).map_err(|e| self.report(e))?;
        Ok(globals)
    }

    /// Runs module `name` as `__main__` (`minipy -m NAME`): the packages above it are
    /// imported first, a package runs its `__main__` submodule, and `sys.argv[0]`
    /// becomes the module's file.
    pub fn run_module(&mut self, name: &str) -> Outcome {
        let globals = match self.main_namespace(None) {
            Ok(g) => g,
            Err(outcome) => return outcome,
        };
        let found = match self.vm.find_main_module(name) {
            Ok(found) => found,
            Err(crate::vm::MainModuleError::Raised(e)) => return self.report(e),
            Err(crate::vm::MainModuleError::Message(m)) => {
                self.vm.flush_stdout();
                self.vm.write_stderr(&format!("minipy: {m}\n"));
                return Outcome::Exit(1);
            }
        };
        if let Err(e) = self.vm.prepare_main_for_module(&globals, &found) {
            return self.report(e);
        }
        self.run_in_main(&found.source, &found.filename, &globals)
    }

    /// Compiles and runs a program in the namespace of `__main__`.
    fn run_in_main(&mut self, source: &str, filename: &str, globals: &Obj) -> Outcome {
        let code = match self
            .vm
            .compile_source(source, filename, CompileMode::Module)
        {
            Ok(c) => c,
            Err(CompileFailure::Syntax(e)) => {
                self.vm.flush_stdout();
                // The line quoted is the file's, as CPython reads it.
                let (text, e) = self.vm.parse_error_view(&e, filename);
                eprint!(
                    "{}",
                    format_syntax_error_quoting(&e, filename, text.as_deref())
                );
                return Outcome::Exit(1);
            }
            Err(f) => {
                let e = self.vm.compile_failure_to_exception(f, filename);
                return self.report(e);
            }
        };
        let profiler = if self.profile_memory {
            match self.vm.start_file_profile(&code) {
                Ok(p) => Some(p),
                Err(e) => return self.report(e),
            }
        } else {
            None
        };
        self.vm.heap.gc.age_all();
        let mut r = self.vm.run_code(code, globals);
        if let Some(p) = profiler
            && let Err(e) = self.vm.finish_file_profile(&p)
            && r.is_ok()
        {
            r = Err(e);
        }
        self.vm.flush_stdout();
        match r {
            Ok(_) => {
                self.vm.safe_point_public();
                // A program that caught the TimeoutError of its budget still failed.
                if let Some(kind) = self.vm.budget_exhausted() {
                    let what = match kind {
                        crate::vm::BudgetKind::Instructions => "instruction",
                        crate::vm::BudgetKind::Time => "time",
                    };
                    self.vm
                        .write_stderr(&format!("minipy: {what} limit exceeded\n"));
                    return Outcome::Exit(1);
                }
                Outcome::Finished
            }
            Err(e) => self.report(e),
        }
    }

    /// Makes `run_main` profile every function of the program line by line and print
    /// memory_profiler's tables when it ends (`minipy --profile-memory`).
    pub fn set_profile_memory(&mut self, on: bool) {
        self.profile_memory = on;
    }

    /// The bytecode listing of a program (`minipy --dis`), or its syntax error report.
    pub fn disassemble(&mut self, source: &str, filename: &str) -> Result<String, String> {
        match self
            .vm
            .compile_source(source, filename, CompileMode::Module)
        {
            Ok(code) => Ok(crate::vm::disassemble::disassemble(&mut self.vm, &code)),
            Err(CompileFailure::Syntax(e)) => Err(format_syntax_error(&e, filename, source)),
            Err(f) => {
                let e = self.vm.compile_failure_to_exception(f, filename);
                let exc = self.vm.exc_object(e);
                Err(self.vm.format_exception(&exc))
            }
        }
    }

    /// Tears the program down (module namespaces, then a final collection), as CPython
    /// does at exit; `__del__` methods still run and may print. False when buffered
    /// output could not be written (reported on stderr; CPython then exits with 120).
    pub fn finish(&mut self) -> bool {
        self.vm.shutdown();
        self.vm.flush_stdout_at_exit() && !self.vm.exit_flush_failed
    }

    /// The program ended with an uncaught KeyboardInterrupt: CPython then ends by SIGINT
    /// (`vm::exit_by_sigint`) after tearing down.
    pub fn interrupted(&self) -> bool {
        self.interrupted
    }

    /// The `--mem-report` text.
    pub fn memory_report(&self) -> String {
        self.vm.memory_report()
    }

    /// After `finish`: objects still alive that the interpreter cannot reach (leaks).
    pub fn leaked_objects(&mut self) -> Vec<(&'static str, usize)> {
        self.vm.leaked_objects()
    }

    /// Prints an uncaught exception (or handles SystemExit) and gives the exit status.
    pub fn report(&mut self, e: PyErr) -> Outcome {
        self.vm.flush_stdout();
        let exc = self.vm.exc_object(e);
        let se = self.vm.exc.system_exit.clone();
        if self.vm.isinstance(&exc, &se) {
            return self.system_exit_code(&exc);
        }
        let ki = self.vm.exc.keyboard_interrupt.clone();
        self.interrupted = self.vm.isinstance(&exc, &ki);
        self.print_uncaught(&exc);
        Outcome::Exit(1)
    }

    /// Hands an uncaught exception to `sys.excepthook` (which prints the traceback
    /// unless the program replaced it), as CPython's top level does.
    fn print_uncaught(&mut self, exc: &Obj) {
        let hook = match self.vm.import_module("sys") {
            Ok(sys) => self.vm.getattr_opt_str(&sys, "excepthook").ok().flatten(),
            Err(_) => None,
        };
        let Some(hook) = hook else {
            let text = self.vm.format_exception(exc);
            eprint!("sys.excepthook is missing\n{text}");
            return;
        };
        let ty = self.vm.type_of(exc);
        let tb = match self.vm.traceback_object(exc) {
            Ok(tb) => tb,
            Err(_) => self.vm.none(),
        };
        if let Err(e) = self.vm.call(&hook, vec![ty, exc.clone(), tb]) {
            self.vm.flush_stdout();
            let hook_exc = self.vm.exc_object(e);
            let hook_text = self.vm.format_exception(&hook_exc);
            let text = self.vm.format_exception(exc);
            eprint!("Error in sys.excepthook:\n{hook_text}\nOriginal exception was:\n{text}");
        }
        self.vm.flush_stdout();
    }

    fn system_exit_code(&mut self, exc: &Obj) -> Outcome {
        let code = self.vm.getattr_str(exc, "code").ok();
        match code {
            None => Outcome::Exit(0),
            Some(c) if c.ptr_eq(&self.vm.s.none) => Outcome::Exit(0),
            Some(c) => {
                // The OS keeps the low 8 bits of the status (`exit(-1)` is 255, `exit(256)`
                // is 0); an int too big for a C long is -1 to CPython, so 255 too.
                if let Some(i) = crate::objects::IntObj::value(&c) {
                    return Outcome::Exit((i & 0xff) as i32);
                }
                if let Some(b) = c.downcast::<crate::objects::BoolObj>() {
                    return Outcome::Exit(b.0 as i32);
                }
                if c.is::<crate::objects::BigIntObj>() {
                    return Outcome::Exit(255);
                }
                let s = self.vm.str_string(&c).unwrap_or_default();
                eprintln!("{s}");
                Outcome::Exit(1)
            }
        }
    }

    /// Prepares `__main__` for an interactive session (no `__file__`; `sys.ps1` and
    /// `sys.ps2` set, as CPython does in interactive mode); false if it cannot be made.
    pub fn start_interactive(&mut self) -> bool {
        if self.main_globals().is_none() {
            return false;
        }
        if let Ok(sys) = self.vm.import_module("sys") {
            for (name, prompt) in [("ps1", PRIMARY_PROMPT), ("ps2", CONTINUATION_PROMPT)] {
                if let (Ok(key), Ok(value)) = (self.vm.intern(name), self.vm.new_str(prompt)) {
                    let _ = self.vm.setattr(&sys, &key, value);
                }
            }
        }
        true
    }

    /// The namespace of `__main__` (made if need be). The handle must be dropped
    /// before the interpreter.
    pub fn main_globals(&mut self) -> Option<Obj> {
        let main = self.vm.main_module(None).ok()?;
        self.vm.module_dict(&main)
    }

    /// The prompt to show: `str(sys.ps1)`, or `str(sys.ps2)` inside an entry (nothing
    /// when deleted, as in CPython).
    pub fn prompt(&mut self, continuation: bool) -> String {
        let (name, default) = if continuation {
            ("ps2", CONTINUATION_PROMPT)
        } else {
            ("ps1", PRIMARY_PROMPT)
        };
        let Ok(sys) = self.vm.import_module("sys") else {
            return default.to_owned();
        };
        match self.vm.getattr_opt_str(&sys, name) {
            Ok(Some(v)) => match self.vm.str_string(&v) {
                Ok(s) => s,
                Err(e) => {
                    self.print_exception(e);
                    default.to_owned()
                }
            },
            Ok(None) => String::new(),
            Err(e) => {
                self.print_exception(e);
                default.to_owned()
            }
        }
    }

    /// Compiles and runs one complete REPL entry in `__main__`, echoing the values of
    /// expression statements (`repr`, bound to `builtins._`; None is not shown). An
    /// uncaught exception is reported and the session goes on (`Finished`); SystemExit
    /// ends it (`Exit` with its status).
    pub fn run_interactive(&mut self, source: &str) -> Outcome {
        crate::vm::clear_interrupt();
        let main = match self.vm.main_module(None) {
            Ok(m) => m,
            Err(e) => return self.report_interactive(e),
        };
        let Some(globals) = self.vm.module_dict(&main) else {
            return Outcome::Finished;
        };
        let code = match self
            .vm
            .compile_source(source, "<stdin>", CompileMode::Interactive)
        {
            Ok(c) => c,
            Err(CompileFailure::Syntax(e)) => {
                self.report_syntax_error(&e, source);
                return Outcome::Finished;
            }
            Err(f) => {
                let e = self.vm.compile_failure_to_exception(f, "<stdin>");
                return self.report_interactive(e);
            }
        };
        let r = self.vm.run_code(code, &globals);
        self.vm.flush_stdout();
        match r {
            Ok(_) => {
                self.vm.safe_point_public();
                self.vm.flush_stdout();
                Outcome::Finished
            }
            Err(e) => self.report_interactive(e),
        }
    }

    /// Runs a REPL entry like `run_interactive`, but survives a Rust panic inside it (a
    /// bug in minipy): the panic is reported as an internal error, the statement is
    /// abandoned and the session keeps its state.
    pub fn run_interactive_guarded(&mut self, source: &str) -> Outcome {
        let ran = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
            self.run_interactive(source)
        }));
        ran.unwrap_or_else(|_| {
            self.vm.reset_after_panic();
            eprintln!("minipy: internal error (a bug in minipy): the statement was abandoned");
            Outcome::Finished
        })
    }

    /// Prints a syntax error in a REPL entry the way CPython does for `<stdin>`.
    pub fn report_syntax_error(&mut self, e: &SyntaxError, source: &str) {
        self.vm.flush_stdout();
        eprint!("{}", format_syntax_error(e, "<stdin>", source));
    }

    /// An exception that escaped a REPL entry: SystemExit ends the session, anything
    /// else is printed and the session goes on.
    fn report_interactive(&mut self, e: PyErr) -> Outcome {
        self.vm.flush_stdout();
        let exc = self.vm.exc_object(e);
        let se = self.vm.exc.system_exit.clone();
        if self.vm.isinstance(&exc, &se) {
            return self.system_exit_code(&exc);
        }
        let text = self.vm.format_exception(&exc);
        eprint!("{text}");
        Outcome::Finished
    }

    /// Prints an exception raised outside any entry (by `str(sys.ps1)`, say).
    fn print_exception(&mut self, e: PyErr) {
        self.vm.flush_stdout();
        let exc = self.vm.exc_object(e);
        let text = self.vm.format_exception(&exc);
        eprint!("{text}");
    }

    /// The text of a str object (for embedders).
    pub fn str_value(o: &Obj) -> Option<String> {
        as_str(o).map(str::to_owned)
    }
}

/// CPython's `sys.ps1` and `sys.ps2`.
pub const PRIMARY_PROMPT: &str = ">>> ";
pub const CONTINUATION_PROMPT: &str = "... ";

/// CPython's report for a syntax error in the main program.
pub fn format_syntax_error(e: &SyntaxError, filename: &str, source: &str) -> String {
    let text = source
        .lines()
        .nth(e.line.saturating_sub(1) as usize)
        .map(|t| format!("{t}\n"));
    format_syntax_error_quoting(e, filename, text.as_deref())
}

/// The report of a syntax error quoting `text` as the line it is on.
fn format_syntax_error_quoting(e: &SyntaxError, filename: &str, text: Option<&str>) -> String {
    let mut out = String::new();
    out.push_str(&format!("  File \"{}\", line {}\n", filename, e.line));
    if let Some(text) = text {
        let span = SyntaxErrorSpan {
            line: i64::from(e.line),
            offset: i64::from(e.col),
            end_line: i64::from(e.end_line),
            end_offset: i64::from(e.end_col),
            one_caret: e.kind != SyntaxErrorKind::SyntaxError,
        };
        out.push_str(&syntax_error_text(text, span));
    }
    out.push_str(&format!("{}: {}\n", e.kind.class_name(), e.msg));
    out
}
