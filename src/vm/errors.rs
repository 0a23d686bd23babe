//! Python exceptions as Rust error values, and constructors for the builtin ones.

use crate::heap::{AllocError, Obj};
use crate::objects::ExceptionObj;

use super::Vm;

/// A raised Python exception.
#[derive(Debug)]
pub enum PyErr {
    Exc(Obj),
    /// An allocation failed; becomes the preallocated MemoryError instance.
    NoMemory,
    /// An error from the formatting library, made into an exception object when it is
    /// first looked at.
    Fmt(Box<crate::format::PyErrorMsg>),
}

impl From<AllocError> for PyErr {
    fn from(_: AllocError) -> PyErr {
        PyErr::NoMemory
    }
}

macro_rules! exc_constructors {
    ($($fn_name:ident => $field:ident),* $(,)?) => {
        impl Vm {
            $(
                pub fn $fn_name(&mut self, msg: impl AsRef<str>) -> PyErr {
                    let cls = self.exc.$field.clone();
                    self.new_exception_msg(&cls, msg.as_ref())
                }
            )*
        }
    };
}

exc_constructors! {
    type_error => type_error,
    value_error => value_error,
    index_error => index_error,
    name_error => name_error,
    attribute_error => attribute_error,
    zero_division_error => zero_division_error,
    overflow_error => overflow_error,
    runtime_error => runtime_error,
    recursion_error => recursion_error,
    not_implemented_error => not_implemented_error,
    unbound_local_error => unbound_local_error,
    assertion_error => assertion_error,
    import_error => import_error,
    module_not_found_error => module_not_found_error,
    os_error => os_error,
    eof_error => eof_error,
    system_error => system_error,
    lookup_error => lookup_error,
}

impl Vm {
    /// The exception object of an error (MemoryError for a failed allocation).
    pub fn exc_object(&self, e: PyErr) -> Obj {
        match e {
            PyErr::Exc(o) => o,
            PyErr::NoMemory => self.fresh_memory_error(),
            PyErr::Fmt(m) => {
                let cls = self.fmt_error_class(&m);
                let made = self
                    .new_str(&m.msg)
                    .and_then(|msg| self.new_tuple(vec![msg]))
                    .and_then(|args| Ok(self.heap.alloc(ExceptionObj::new(cls, args))?));
                made.unwrap_or_else(|_| self.fresh_memory_error())
            }
        }
    }

    /// A MemoryError instance for a failed allocation: a new one when memory allows (a
    /// shared instance would keep the traceback, and through it the frames' constants,
    /// of the last failure alive), else the preallocated one, reset so that it carries
    /// nothing over from an earlier raise.
    fn fresh_memory_error(&self) -> Obj {
        let cls = self.exc.memory_error.clone();
        let args = self.s.empty_tuple.clone();
        if let Ok(o) = self.heap.alloc(ExceptionObj::new(cls, args)) {
            return o;
        }
        let shared = self.s.memory_error.clone();
        if let Some(e) = shared.downcast::<ExceptionObj>() {
            e.reset_raise_state();
        }
        shared
    }

    /// The exception class a formatting-library error names.
    fn fmt_error_class(&self, m: &crate::format::PyErrorMsg) -> Obj {
        use crate::format::ErrorKind;
        match m.kind {
            ErrorKind::ValueError => self.exc.value_error.clone(),
            ErrorKind::TypeError => self.exc.type_error.clone(),
            ErrorKind::OverflowError => self.exc.overflow_error.clone(),
            ErrorKind::ZeroDivisionError => self.exc.zero_division_error.clone(),
            ErrorKind::KeyError => self.exc.key_error.clone(),
            ErrorKind::IndexError => self.exc.index_error.clone(),
            ErrorKind::MemoryError => self.exc.memory_error.clone(),
        }
    }

    /// Instantiates exception class `cls` with the given arguments (no `__init__` call).
    pub fn new_exception(&mut self, cls: &Obj, args: Vec<Obj>) -> PyErr {
        let args = match self.new_tuple(args) {
            Ok(t) => t,
            Err(e) => return e,
        };
        match self.heap.alloc(ExceptionObj::new(cls.clone(), args)) {
            Ok(o) => PyErr::Exc(o),
            Err(e) => e.into(),
        }
    }

    /// Instantiates `cls(msg)`.
    pub fn new_exception_msg(&mut self, cls: &Obj, msg: &str) -> PyErr {
        match self.new_str(msg) {
            Ok(m) => self.new_exception(cls, vec![m]),
            Err(e) => e,
        }
    }

    /// `KeyError(key)`.
    pub fn key_error(&mut self, key: Obj) -> PyErr {
        let cls = self.exc.key_error.clone();
        self.new_exception(&cls, vec![key])
    }

    /// `KeyError('message')`.
    pub fn key_error_msg(&mut self, msg: &str) -> PyErr {
        let cls = self.exc.key_error.clone();
        self.new_exception_msg(&cls, msg)
    }

    /// `StopIteration(value)` (no argument when value is None).
    pub fn stop_iteration(&mut self, value: Option<Obj>) -> PyErr {
        let cls = self.exc.stop_iteration.clone();
        self.new_exception(&cls, value.into_iter().collect())
    }

    /// `TypeError: 'X' object is not ...` style message with the type name of `o`.
    pub fn type_error_for(&mut self, o: &Obj, what: &str) -> PyErr {
        let name = self.type_name(o);
        self.type_error(format!("'{name}' object {what}"))
    }

    /// True when `err` is an instance of exception class `cls`.
    pub fn err_matches(&self, err: &PyErr, cls: &Obj) -> bool {
        match err {
            PyErr::Exc(o) => {
                let t = self.type_of(o);
                self.is_subclass(&t, cls)
            }
            PyErr::NoMemory => self.is_subclass(&self.exc.memory_error, cls),
            PyErr::Fmt(m) => self.is_subclass(&self.fmt_error_class(m), cls),
        }
    }

    /// A payload that does not match its tag (ruled out by the heap; reported rather
    /// than trusted).
    #[cold]
    pub fn bad_payload(&mut self) -> PyErr {
        self.system_error("object payload does not match its type")
    }
}

/// `io.UnsupportedOperation(msg)` (OSError if the io module cannot be loaded).
pub fn unsupported_operation(vm: &mut Vm, msg: &str) -> PyErr {
    let cls = vm
        .import_module("io")
        .and_then(|m| vm.getattr_str(&m, "UnsupportedOperation"));
    match cls {
        Ok(c) => vm.new_exception_msg(&c, msg),
        Err(e) => e,
    }
}

#[cfg(test)]
mod size_tests {
    use super::*;

    /// Keeping results two words wide lets them travel in registers.
    #[test]
    fn results_stay_small() {
        assert!(std::mem::size_of::<PyErr>() <= 16);
        assert!(std::mem::size_of::<Result<Obj, PyErr>>() <= 16);
    }
}
