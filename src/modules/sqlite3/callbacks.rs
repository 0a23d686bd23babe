//! SQL functions and aggregates written in Python (`create_function`,
//! `create_aggregate`). SQLite calls them from inside a statement's step, so while a
//! statement runs the interpreter is lent (`heap::lend`) and the database being run is
//! on a stack here; a callback finds its Python callable by the index it was registered
//! under. As in CPython, an exception in a callback is dropped and the statement fails
//! with SQLite's error carrying CPython's message.

use std::cell::RefCell;

use rusqlite::ffi;
use rusqlite::functions::{Aggregate, Context, FunctionFlags};
use rusqlite::types::{Value, ValueRef};

use super::errors::raise;
use super::execute::to_sql;
use super::{Database, database, str_arg, with_conn};
use crate::heap::Obj;
use crate::heap::lend::{lend, with_lent};
use crate::objects::native::native_state;
use crate::vm::{Args, PyResult, Vm};

thread_local! {
    /// The databases whose statements are running, innermost last.
    static RUNNING: RefCell<Vec<Obj>> = const { RefCell::new(Vec::new()) };
}

/// Pops `RUNNING` when dropped (also when unwinding).
struct Running;

impl Drop for Running {
    fn drop(&mut self) {
        let top = RUNNING.with(|r| r.borrow_mut().pop());
        drop(top);
    }
}

/// Runs `f` (which steps statements of `db`) with the interpreter lent to the SQL
/// functions it may call.
pub(super) fn with_callbacks<R>(vm: &mut Vm, db: &Obj, f: impl FnOnce() -> R) -> R {
    RUNNING.with(|r| r.borrow_mut().push(db.clone()));
    let _running = Running;
    lend(vm, f)
}

/// The innermost running database.
fn running_database() -> Option<Obj> {
    RUNNING.with(|r| r.borrow().last().cloned())
}

/// The error a failed callback reports to SQLite. A MemoryError or OverflowError becomes
/// SQLITE_NOMEM or SQLITE_TOOBIG, as in CPython; anything else SQLITE_ERROR with
/// `msg` (so that the statement fails with an OperationalError).
fn callback_error(code: i32, msg: Option<&str>) -> rusqlite::Error {
    rusqlite::Error::SqliteFailure(ffi::Error::new(code), msg.map(str::to_owned))
}

/// What a callback reports when its Python code fails.
struct Failure {
    /// The message for an exception (or an unusable result).
    raised: &'static str,
    /// The message for an AttributeError (a missing method), if it has its own.
    missing: Option<&'static str>,
}

const FUNCTION_RAISED: Failure = Failure {
    raised: "user-defined function raised exception",
    missing: None,
};

/// The arguments SQLite passed, as Python values.
fn python_args(vm: &mut Vm, ctx: &Context<'_>) -> PyResult<Vec<Obj>> {
    let mut out = Vec::with_capacity(ctx.len());
    for i in 0..ctx.len() {
        let v = match ctx.get_raw(i) {
            ValueRef::Null => vm.none(),
            ValueRef::Integer(n) => vm.new_int(n)?,
            ValueRef::Real(f) => vm.new_float(f)?,
            ValueRef::Text(t) => match std::str::from_utf8(t) {
                Ok(s) => vm.new_str(s)?,
                Err(_) => return Err(vm.value_error("invalid UTF-8 in a text argument")),
            },
            ValueRef::Blob(b) => vm.new_bytes(b.to_vec())?,
        };
        out.push(v);
    }
    Ok(out)
}

/// The callable registered under `index` on the running database.
fn callable(index: usize) -> Option<Obj> {
    let db = running_database()?;
    let state = native_state::<Database>(&db)?;
    state.callables.try_borrow().ok()?.get(index).cloned()
}

/// Calls Python code from a callback for the callable registered under `index`: `f`
/// runs with the lent interpreter; `Ok(None)` is a result SQLite cannot take.
fn from_python<T>(
    index: usize,
    failure: &Failure,
    f: impl FnOnce(&mut Vm) -> PyResult<Option<T>>,
) -> rusqlite::Result<T> {
    let outcome = with_lent::<Vm, _>(|vm| match f(vm) {
        Ok(Some(v)) => Ok(v),
        Ok(None) => Err(callback_error(ffi::SQLITE_ERROR, Some(failure.raised))),
        Err(e) => {
            let reported = classify(vm, &e, failure);
            if tracebacks_enabled(vm) {
                let shown = match callable(index) {
                    Some(c) => vm.repr_string(&c).unwrap_or_default(),
                    None => String::new(),
                };
                vm.report_unraisable(&format!("Exception ignored in: {shown}"), e);
            }
            Err(reported)
        }
    });
    outcome.unwrap_or_else(|| Err(callback_error(ffi::SQLITE_ERROR, Some(failure.raised))))
}

/// True after `sqlite3.enable_callback_tracebacks(True)`: the exceptions of callbacks
/// are then reported as unraisable instead of dropped.
fn tracebacks_enabled(vm: &mut Vm) -> bool {
    let Ok(key) = vm.new_str("_sqlite3") else {
        return false;
    };
    let modules = vm.modules.clone();
    let Some(module) = vm.dict_get_str(&modules, &key) else {
        return false;
    };
    match vm.getattr_str(&module, "callback_tracebacks") {
        Ok(flag) => vm.truthy(&flag).unwrap_or(false),
        Err(_) => false,
    }
}

fn classify(vm: &mut Vm, e: &crate::vm::PyErr, failure: &Failure) -> rusqlite::Error {
    let memory = vm.exc.memory_error.clone();
    let overflow = vm.exc.overflow_error.clone();
    let attribute = vm.exc.attribute_error.clone();
    if vm.err_matches(e, &memory) {
        callback_error(ffi::SQLITE_NOMEM, None)
    } else if vm.err_matches(e, &overflow) {
        callback_error(ffi::SQLITE_TOOBIG, None)
    } else if let Some(missing) = failure.missing.filter(|_| vm.err_matches(e, &attribute)) {
        callback_error(ffi::SQLITE_ERROR, Some(missing))
    } else {
        callback_error(ffi::SQLITE_ERROR, Some(failure.raised))
    }
}

/// A scalar function's result for SQLite.
fn call_function(index: usize, ctx: &Context<'_>) -> rusqlite::Result<Value> {
    from_python(index, &FUNCTION_RAISED, |vm| {
        let Some(f) = callable(index) else {
            return Ok(None);
        };
        let args = python_args(vm, ctx)?;
        let result = vm.call(&f, args)?;
        to_sql(vm, &result)
    })
}

/// `create_function(db, name, narg, func, deterministic)` (as in CPython 3.11, a func of
/// None is called too, and fails).
pub(super) fn create_function(vm: &mut Vm, args: Args) -> PyResult {
    args.check(vm, "create_function", 5, 5)?;
    let db = database(vm, &args, 0)?;
    let name = str_arg(vm, &args.pos[1], "name")?;
    let narg = narg(vm, &args.pos[2])?;
    let func = args.pos[3].clone();
    let mut flags = FunctionFlags::SQLITE_UTF8;
    if vm.truthy(&args.pos[4])? {
        flags |= FunctionFlags::SQLITE_DETERMINISTIC;
    }
    let index = register(vm, db, func)?;
    with_conn(vm, db, |vm, conn| {
        conn.create_scalar_function(name, narg, flags, move |ctx| call_function(index, ctx))
            .map_err(|_| raise(vm, "OperationalError", "Error creating function"))
    })?;
    Ok(vm.none())
}

/// Keeps `callable` with the database; its index.
fn register(vm: &mut Vm, db: &Database, callable: Obj) -> PyResult<usize> {
    let Ok(mut c) = db.callables.try_borrow_mut() else {
        return Err(vm.runtime_error("the database's functions are in use"));
    };
    c.push(callable);
    Ok(c.len() - 1)
}

fn narg(vm: &mut Vm, o: &Obj) -> PyResult<i32> {
    let n = vm.to_index(o)?;
    i32::try_from(n).map_err(|_| vm.overflow_error("Python int too large to convert to C int"))
}

/// An aggregate whose steps and result come from instances of a Python class.
struct PyAggregate {
    /// Where the class is in the database's callables.
    class_index: usize,
}

/// Where an aggregate instance is in the running database's accumulators.
type Slot = usize;

fn accumulator(slot: Slot) -> Option<Obj> {
    let db = running_database()?;
    let state = native_state::<Database>(&db)?;
    state
        .accumulators
        .try_borrow()
        .ok()?
        .get(slot)
        .cloned()
        .flatten()
}

impl Aggregate<Slot, Value> for PyAggregate {
    fn init(&self, _: &mut Context<'_>) -> rusqlite::Result<Slot> {
        let failure = Failure {
            raised: "user-defined aggregate's '__init__' method raised error",
            missing: None,
        };
        from_python(self.class_index, &failure, |vm| {
            let Some(cls) = callable(self.class_index) else {
                return Ok(None);
            };
            let instance = vm.call(&cls, Vec::new())?;
            let Some(db) = running_database() else {
                return Ok(None);
            };
            let Some(state) = native_state::<Database>(&db) else {
                return Ok(None);
            };
            let Ok(mut acc) = state.accumulators.try_borrow_mut() else {
                return Ok(None);
            };
            let slot = match acc.iter().position(Option::is_none) {
                Some(free) => {
                    acc[free] = Some(instance);
                    free
                }
                None => {
                    acc.push(Some(instance));
                    acc.len() - 1
                }
            };
            Ok(Some(slot))
        })
    }

    fn step(&self, ctx: &mut Context<'_>, slot: &mut Slot) -> rusqlite::Result<()> {
        let failure = Failure {
            raised: "user-defined aggregate's 'step' method raised error",
            missing: Some("user-defined aggregate's 'step' method not defined"),
        };
        from_python(self.class_index, &failure, |vm| {
            let Some(instance) = accumulator(*slot) else {
                return Ok(None);
            };
            let args = python_args(vm, ctx)?;
            let step = vm.getattr_str(&instance, "step")?;
            vm.call(&step, args)?;
            Ok(Some(()))
        })
    }

    fn finalize(&self, _: &mut Context<'_>, slot: Option<Slot>) -> rusqlite::Result<Value> {
        // No row reached the aggregate: SQLite's NULL, as CPython gives.
        let Some(slot) = slot else {
            return Ok(Value::Null);
        };
        let instance = take_accumulator(slot);
        let failure = Failure {
            raised: "user-defined aggregate's 'finalize' method raised error",
            missing: Some("user-defined aggregate's 'finalize' method not defined"),
        };
        from_python(self.class_index, &failure, |vm| {
            let Some(instance) = instance else {
                return Ok(None);
            };
            let finalize = vm.getattr_str(&instance, "finalize")?;
            let result = vm.call(&finalize, Vec::new())?;
            to_sql(vm, &result)
        })
    }
}

/// Removes the instance from its slot (the aggregate is finished).
fn take_accumulator(slot: Slot) -> Option<Obj> {
    let db = running_database()?;
    let state = native_state::<Database>(&db)?;
    state
        .accumulators
        .try_borrow_mut()
        .ok()?
        .get_mut(slot)?
        .take()
}

/// `create_aggregate(db, name, narg, cls)`.
pub(super) fn create_aggregate(vm: &mut Vm, args: Args) -> PyResult {
    args.check(vm, "create_aggregate", 4, 4)?;
    let db = database(vm, &args, 0)?;
    let name = str_arg(vm, &args.pos[1], "name")?;
    let narg = narg(vm, &args.pos[2])?;
    let cls = args.pos[3].clone();
    let class_index = register(vm, db, cls)?;
    with_conn(vm, db, |vm, conn| {
        let aggregate = PyAggregate { class_index };
        conn.create_aggregate_function(name, narg, FunctionFlags::SQLITE_UTF8, aggregate)
            .map_err(|_| raise(vm, "OperationalError", "Error creating aggregate"))
    })?;
    Ok(vm.none())
}
