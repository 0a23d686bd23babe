//! The DB-API exception hierarchy of `sqlite3`, and SQLite's errors as those exceptions:
//! the class chosen from SQLite's primary result code as CPython chooses it, the message
//! SQLite gives (`no such table: t`), and `sqlite_errorcode` / `sqlite_errorname`.

use rusqlite::ffi;

use crate::heap::Obj;
use crate::vm::{PyErr, PyResult, Vm};

/// Every exception class, each after its base.
pub(super) const CLASS_NAMES: [&str; 10] = [
    "Warning",
    "Error",
    "InterfaceError",
    "DatabaseError",
    "DataError",
    "OperationalError",
    "IntegrityError",
    "InternalError",
    "ProgrammingError",
    "NotSupportedError",
];

fn base_name(name: &str) -> Option<&'static str> {
    match name {
        "Warning" | "Error" => None,
        "InterfaceError" | "DatabaseError" => Some("Error"),
        _ => Some("DatabaseError"),
    }
}

/// The class `sqlite3.NAME`, made once per interpreter.
pub(crate) fn error_class(vm: &mut Vm, name: &'static str) -> PyResult<Obj> {
    if let Some(c) = vm.native_types.get(&("sqlite3", name)) {
        return Ok(c.clone());
    }
    let base = match base_name(name) {
        Some(b) => error_class(vm, b)?,
        None => vm.exc.exception.clone(),
    };
    let ns = vm.new_dict()?;
    let k = vm.intern("__module__")?;
    let v = vm.new_str("sqlite3")?;
    vm.dict_set(&ns, k, v)?;
    let cls = vm.new_class(name, vec![base], &ns)?;
    vm.native_types.insert(("sqlite3", name), cls.clone());
    Ok(cls)
}

/// `sqlite3.NAME(msg)`.
pub(super) fn raise(vm: &mut Vm, name: &'static str, msg: &str) -> PyErr {
    match error_class(vm, name) {
        Ok(cls) => vm.new_exception_msg(&cls, msg),
        Err(e) => e,
    }
}

pub(super) fn programming_error(vm: &mut Vm, msg: &str) -> PyErr {
    raise(vm, "ProgrammingError", msg)
}

pub(super) fn closed_database(vm: &mut Vm) -> PyErr {
    programming_error(vm, "Cannot operate on a closed database.")
}

/// The class CPython raises for a primary result code (`_pysqlite_seterror`).
fn class_for(code: i32) -> &'static str {
    match code & 0xff {
        ffi::SQLITE_INTERNAL | ffi::SQLITE_NOTFOUND => "InternalError",
        ffi::SQLITE_ERROR
        | ffi::SQLITE_PERM
        | ffi::SQLITE_ABORT
        | ffi::SQLITE_BUSY
        | ffi::SQLITE_LOCKED
        | ffi::SQLITE_READONLY
        | ffi::SQLITE_INTERRUPT
        | ffi::SQLITE_IOERR
        | ffi::SQLITE_FULL
        | ffi::SQLITE_CANTOPEN
        | ffi::SQLITE_PROTOCOL
        | ffi::SQLITE_EMPTY
        | ffi::SQLITE_SCHEMA => "OperationalError",
        ffi::SQLITE_TOOBIG => "DataError",
        ffi::SQLITE_CONSTRAINT | ffi::SQLITE_MISMATCH => "IntegrityError",
        ffi::SQLITE_MISUSE | ffi::SQLITE_RANGE => "InterfaceError",
        _ => "DatabaseError",
    }
}

/// The symbolic name of a result code, as `sqlite_errorname` shows it.
fn code_name(code: i32) -> &'static str {
    match code {
        ffi::SQLITE_ERROR => "SQLITE_ERROR",
        ffi::SQLITE_INTERNAL => "SQLITE_INTERNAL",
        ffi::SQLITE_PERM => "SQLITE_PERM",
        ffi::SQLITE_ABORT => "SQLITE_ABORT",
        ffi::SQLITE_BUSY => "SQLITE_BUSY",
        ffi::SQLITE_LOCKED => "SQLITE_LOCKED",
        ffi::SQLITE_NOMEM => "SQLITE_NOMEM",
        ffi::SQLITE_READONLY => "SQLITE_READONLY",
        ffi::SQLITE_INTERRUPT => "SQLITE_INTERRUPT",
        ffi::SQLITE_IOERR => "SQLITE_IOERR",
        ffi::SQLITE_CORRUPT => "SQLITE_CORRUPT",
        ffi::SQLITE_NOTFOUND => "SQLITE_NOTFOUND",
        ffi::SQLITE_FULL => "SQLITE_FULL",
        ffi::SQLITE_CANTOPEN => "SQLITE_CANTOPEN",
        ffi::SQLITE_PROTOCOL => "SQLITE_PROTOCOL",
        ffi::SQLITE_EMPTY => "SQLITE_EMPTY",
        ffi::SQLITE_SCHEMA => "SQLITE_SCHEMA",
        ffi::SQLITE_TOOBIG => "SQLITE_TOOBIG",
        ffi::SQLITE_CONSTRAINT => "SQLITE_CONSTRAINT",
        ffi::SQLITE_MISMATCH => "SQLITE_MISMATCH",
        ffi::SQLITE_MISUSE => "SQLITE_MISUSE",
        ffi::SQLITE_NOLFS => "SQLITE_NOLFS",
        ffi::SQLITE_AUTH => "SQLITE_AUTH",
        ffi::SQLITE_FORMAT => "SQLITE_FORMAT",
        ffi::SQLITE_RANGE => "SQLITE_RANGE",
        ffi::SQLITE_NOTADB => "SQLITE_NOTADB",
        ffi::SQLITE_CONSTRAINT_CHECK => "SQLITE_CONSTRAINT_CHECK",
        ffi::SQLITE_CONSTRAINT_FOREIGNKEY => "SQLITE_CONSTRAINT_FOREIGNKEY",
        ffi::SQLITE_CONSTRAINT_FUNCTION => "SQLITE_CONSTRAINT_FUNCTION",
        ffi::SQLITE_CONSTRAINT_NOTNULL => "SQLITE_CONSTRAINT_NOTNULL",
        ffi::SQLITE_CONSTRAINT_PRIMARYKEY => "SQLITE_CONSTRAINT_PRIMARYKEY",
        ffi::SQLITE_CONSTRAINT_TRIGGER => "SQLITE_CONSTRAINT_TRIGGER",
        ffi::SQLITE_CONSTRAINT_UNIQUE => "SQLITE_CONSTRAINT_UNIQUE",
        ffi::SQLITE_CONSTRAINT_ROWID => "SQLITE_CONSTRAINT_ROWID",
        ffi::SQLITE_CANTOPEN_ISDIR => "SQLITE_CANTOPEN_ISDIR",
        ffi::SQLITE_READONLY_DBMOVED => "SQLITE_READONLY_DBMOVED",
        _ => match code & 0xff {
            c if c != code => code_name(c),
            _ => "SQLITE_ERROR",
        },
    }
}

/// The exception for SQLite's error `code` with message `msg`.
fn with_code(vm: &mut Vm, code: i32, msg: &str) -> PyErr {
    if code & 0xff == ffi::SQLITE_NOMEM {
        return PyErr::NoMemory;
    }
    let err = raise(vm, class_for(code), msg);
    let PyErr::Exc(exc) = &err else {
        return err;
    };
    let exc = exc.clone();
    let attrs = [
        ("sqlite_errorcode", vm.new_int(i64::from(code))),
        ("sqlite_errorname", vm.new_str(code_name(code))),
    ];
    for (name, value) in attrs {
        let set = value.and_then(|v| {
            let k = vm.intern(name)?;
            vm.setattr(&exc, &k, v)
        });
        if let Err(e) = set {
            return e;
        }
    }
    err
}

/// A rusqlite error as the exception CPython raises for it.
pub(super) fn from_sqlite(vm: &mut Vm, e: &rusqlite::Error) -> PyErr {
    use rusqlite::Error as E;
    match e {
        E::SqliteFailure(err, msg) => {
            let msg = msg
                .clone()
                .unwrap_or_else(|| ffi::code_to_str(err.extended_code).to_owned());
            with_code(vm, err.extended_code, &msg)
        }
        E::SqlInputError { error, msg, .. } => with_code(vm, error.extended_code, msg),
        E::MultipleStatement => {
            programming_error(vm, "You can only execute one statement at a time.")
        }
        E::NulError(_) => programming_error(vm, "the query contains a null character"),
        E::Utf8Error(..) | E::FromSqlConversionFailure(..) => {
            raise(vm, "OperationalError", &e.to_string())
        }
        other => raise(vm, "DatabaseError", &other.to_string()),
    }
}

/// A failed open: rusqlite adds the path to SQLite's message, CPython does not.
pub(super) fn open_failed(vm: &mut Vm, e: &rusqlite::Error, path: &str) -> PyErr {
    if let rusqlite::Error::SqliteFailure(err, Some(msg)) = e
        && let Some(bare) = msg.strip_suffix(path).and_then(|m| m.strip_suffix(": "))
    {
        return with_code(vm, err.extended_code, bare);
    }
    from_sqlite(vm, e)
}
