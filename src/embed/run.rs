//! Running code for a host: `Interpreter::run` (a program; its `result` global is the
//! answer) and `Interpreter::eval` (one expression), with every failure — a Python
//! exception, an exhausted budget, even an internal panic — turned into an [`Error`].

use std::panic::{AssertUnwindSafe, catch_unwind};

use super::error::Error;
use super::value::{self, Value};
use crate::Interpreter;
use crate::compile::CompileMode;
use crate::heap::Obj;
use crate::vm::PyResult;

/// The global a program sets to hand a value back to the host.
pub const RESULT_GLOBAL: &str = "result";

/// The file name tracebacks show for code run by the host.
const FILENAME: &str = "<string>";

impl Interpreter {
    /// Runs a program in `__main__` and returns the value it left in the global
    /// `result` ([`Value::None`] if it set none). Globals persist from one run to the
    /// next; each run gets the whole instruction and time budget afresh.
    ///
    /// An uncaught exception is returned as an [`Error`]; so is an exhausted budget,
    /// even when the program caught the TimeoutError.
    pub fn run(&mut self, source: &str) -> Result<Value, Error> {
        self.guarded(|interp| {
            interp.execute(source, CompileMode::Module)?;
            let vm = interp.vm();
            let globals = main_globals(vm)?;
            let key = vm.intern(RESULT_GLOBAL)?;
            Ok(vm.dict_get_str(&globals, &key))
        })
    }

    /// Evaluates one expression in `__main__`'s namespace and returns its value.
    pub fn eval(&mut self, expression: &str) -> Result<Value, Error> {
        self.guarded(|interp| interp.execute(expression, CompileMode::Eval).map(Some))
    }

    /// The value of a global variable of `__main__`, if it is set.
    pub fn get_global(&mut self, name: &str) -> Option<Value> {
        let vm = self.vm();
        let globals = main_globals(vm).ok()?;
        let key = vm.intern(name).ok()?;
        let v = vm.dict_get_str(&globals, &key)?;
        Some(value::from_object(vm, &v))
    }

    /// The standard output captured since the last call (empty unless the builder
    /// asked for [`super::Output::Capture`]).
    pub fn take_stdout(&mut self) -> String {
        self.vm().flush_stdout();
        self.captured
            .stdout
            .as_ref()
            .map(|b| b.take_text())
            .unwrap_or_default()
    }

    /// The standard error captured since the last call.
    pub fn take_stderr(&mut self) -> String {
        self.captured
            .stderr
            .as_ref()
            .map(|b| b.take_text())
            .unwrap_or_default()
    }

    /// Instructions the last run used (as the budget counts them).
    pub fn instructions_used(&mut self) -> u64 {
        self.vm().instructions_used()
    }

    /// Compiles and runs `source` in `__main__` (an expression in Eval mode, whose
    /// value is returned).
    fn execute(&mut self, source: &str, mode: CompileMode) -> PyResult<Obj> {
        let vm = self.vm();
        let globals = main_globals(vm)?;
        vm.ensure_builtins_in(&globals)?;
        match vm.compile_source(source, FILENAME, mode) {
            Ok(code) => vm.run_code(code, &globals),
            Err(f) => Err(vm.compile_failure_to_exception(f, FILENAME)),
        }
    }

    /// Runs `body` with a fresh budget, converts what it returns, and reports any
    /// failure (even a panic inside the interpreter) as an [`Error`].
    fn guarded(
        &mut self,
        body: impl FnOnce(&mut Interpreter) -> PyResult<Option<Obj>>,
    ) -> Result<Value, Error> {
        if self.poisoned {
            return Err(Error::internal(
                "SystemError",
                "the interpreter stopped after an internal error",
            ));
        }
        let outcome = catch_unwind(AssertUnwindSafe(|| {
            let vm = self.vm();
            vm.restart_budget();
            vm.reset_stack_origin();
            let r = body(self);
            let vm = self.vm();
            vm.flush_stdout();
            let r = match r {
                Ok(v) => {
                    // Finalizers queued by the run run now, under the same budget.
                    vm.safe_point_public();
                    vm.flush_stdout();
                    Ok(v)
                }
                Err(e) => Err(e),
            };
            match (r, vm.budget_exhausted()) {
                (Err(e), _) => Err(Error::from_exception(vm, e)),
                (Ok(_), Some(kind)) => Err(Error::budget(kind)),
                (Ok(v), None) => Ok(v.map_or(Value::None, |v| value::from_object(vm, &v))),
            }
        }));
        match outcome {
            Ok(r) => r,
            Err(_) => {
                self.poisoned = true;
                Err(Error::internal(
                    "SystemError",
                    "internal error in the interpreter",
                ))
            }
        }
    }
}

fn main_globals(vm: &mut crate::vm::Vm) -> PyResult<Obj> {
    let m = vm.main_module(None)?;
    vm.module_dict(&m)
        .ok_or_else(|| vm.system_error("__main__ has no namespace"))
}
