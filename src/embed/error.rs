//! `Error`: how a run that did not finish is reported to the host — the Python
//! exception (type name, message, traceback as CPython prints it) and, when one of the
//! interpreter's limits stopped the program, which one.

use std::fmt;

use crate::heap::Obj;
use crate::vm::{BudgetKind, PyErr, Vm};

/// A limit of the interpreter that stopped a program.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Limit {
    /// The heap cap (`max_heap`): the program saw MemoryError.
    Heap,
    /// The instruction budget (`max_instructions`): the program saw TimeoutError.
    Instructions,
    /// The time budget (`max_time`): the program saw TimeoutError.
    Time,
    /// The recursion limit (`max_recursion`): the program saw RecursionError.
    Recursion,
}

/// A Python exception that ended a run (or a failure to start the interpreter).
#[derive(Clone, Debug, PartialEq)]
pub struct Error {
    /// The exception's type name: `"ZeroDivisionError"`, `"SyntaxError"`, ...
    pub type_name: String,
    /// `str(exception)`.
    pub message: String,
    /// The report CPython would print for it (`Traceback (most recent call last): ...`).
    pub traceback: String,
    /// The limit that stopped the program, if one did. A budget limit is reported even
    /// when the program caught the TimeoutError (the budget stays exhausted).
    pub limit: Option<Limit>,
    /// For `SystemExit` (`sys.exit(n)`, `exit(n)`): the exit status it asked for.
    pub exit_code: Option<i32>,
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.message.is_empty() {
            write!(f, "{}", self.type_name)
        } else {
            write!(f, "{}: {}", self.type_name, self.message)
        }
    }
}

impl std::error::Error for Error {}

impl Error {
    /// An error that is not a Python exception (the interpreter could not start, ...).
    pub(crate) fn internal(type_name: &str, message: &str) -> Error {
        Error {
            type_name: type_name.to_owned(),
            message: message.to_owned(),
            traceback: format!("{type_name}: {message}\n"),
            limit: None,
            exit_code: None,
        }
    }

    /// The report of a Python exception.
    pub(crate) fn from_exception(vm: &mut Vm, e: PyErr) -> Error {
        let exc = vm.exc_object(e);
        let type_name = vm.type_name(&exc).to_string();
        let traceback = vm.format_exception(&exc);
        let message = message_of(vm, &exc, &traceback, &type_name);
        let limit = limit_of(vm, &exc);
        let exit_code = vm
            .isinstance(&exc, &vm.exc.system_exit.clone())
            .then(|| exit_status(vm, &exc));
        Error {
            type_name,
            message,
            traceback,
            limit,
            exit_code,
        }
    }

    /// The error for a budget the program exhausted but caught the exception of.
    pub(crate) fn budget(kind: BudgetKind) -> Error {
        let (limit, message) = match kind {
            BudgetKind::Instructions => (Limit::Instructions, "instruction limit exceeded"),
            BudgetKind::Time => (Limit::Time, "time limit exceeded"),
        };
        Error {
            limit: Some(limit),
            ..Error::internal("TimeoutError", message)
        }
    }
}

/// `str(exc)`, or the last line of the report when `__str__` fails.
fn message_of(vm: &mut Vm, exc: &Obj, traceback: &str, type_name: &str) -> String {
    match vm.str_string(exc) {
        Ok(s) => s,
        Err(_) => {
            let last = traceback.lines().last().unwrap_or("");
            last.strip_prefix(type_name)
                .and_then(|r| r.strip_prefix(": "))
                .unwrap_or(last)
                .to_owned()
        }
    }
}

fn limit_of(vm: &mut Vm, exc: &Obj) -> Option<Limit> {
    if let Some(kind) = vm.budget_exhausted() {
        return Some(match kind {
            BudgetKind::Instructions => Limit::Instructions,
            BudgetKind::Time => Limit::Time,
        });
    }
    let memory = vm.exc.memory_error.clone();
    if vm.config.max_heap.is_some() && vm.isinstance(exc, &memory) {
        return Some(Limit::Heap);
    }
    let recursion = vm.exc.recursion_error.clone();
    if vm.isinstance(exc, &recursion) {
        return Some(Limit::Recursion);
    }
    None
}

/// The status `SystemExit(code)` asks for, as the `minipy` command computes it.
fn exit_status(vm: &mut Vm, exc: &Obj) -> i32 {
    let Ok(code) = vm.getattr_str(exc, "code") else {
        return 0;
    };
    if code.ptr_eq(&vm.s.none) {
        return 0;
    }
    if let Some(i) = crate::objects::IntObj::value(&code) {
        return i32::try_from(i).unwrap_or(1);
    }
    if let Some(b) = code.downcast::<crate::objects::BoolObj>() {
        return i32::from(b.0);
    }
    1
}
