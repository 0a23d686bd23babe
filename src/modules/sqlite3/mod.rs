//! `_sqlite3`: the native core of the `sqlite3` module (the Python-facing classes are in
//! `py/sqlite3.py`). It holds the SQLite library (compiled into minipy from its C
//! amalgamation), the database handle type, the exception hierarchy, and the functions
//! that run SQL: statements run to completion at once and hand back their rows as plain
//! values, so no SQLite statement outlives the call that made it.

mod callbacks;
mod errors;
mod execute;

use std::cell::RefCell;

use rusqlite::{Connection, OpenFlags};

use crate::heap::Obj;
use crate::objects::function::NativeFn;
use crate::objects::native::{NativeState, native_state};
use crate::objects::str::as_str;
use crate::vm::native::NativeTypeSpec;
use crate::vm::{Args, PyResult, Vm};

pub(crate) use errors::error_class;

static DATABASE: NativeTypeSpec = NativeTypeSpec {
    unhashable: false,
    ..NativeTypeSpec::new("_sqlite3", "Database")
};

/// An open database: the SQLite connection (None once closed) and the Python objects
/// its SQL functions call.
struct Database {
    conn: RefCell<Option<Connection>>,
    /// The callables behind `create_function` / `create_aggregate`, by the index their
    /// SQLite callbacks carry.
    callables: RefCell<Vec<Obj>>,
    /// Aggregate objects of the aggregates being computed, by the index SQLite keeps
    /// as the aggregate's state (None once finished).
    accumulators: RefCell<Vec<Option<Obj>>>,
}

impl NativeState for Database {
    fn traverse(&self, visit: &mut dyn FnMut(&Obj)) {
        if let Ok(c) = self.callables.try_borrow() {
            c.iter().for_each(&mut *visit);
        }
        if let Ok(a) = self.accumulators.try_borrow() {
            a.iter().flatten().for_each(visit);
        }
    }
    fn clear(&self) {
        let callables = self
            .callables
            .try_borrow_mut()
            .map(|mut c| std::mem::take(&mut *c));
        let accumulators = self
            .accumulators
            .try_borrow_mut()
            .map(|mut a| std::mem::take(&mut *a));
        drop((callables, accumulators));
    }
}

const FUNCTIONS: &[(&str, NativeFn)] = &[
    ("open", open),
    ("close", close),
    ("run", execute::run),
    ("run_script", execute::run_script),
    ("in_transaction", in_transaction),
    ("total_changes", total_changes),
    ("create_function", callbacks::create_function),
    ("create_aggregate", callbacks::create_aggregate),
];

pub fn create(vm: &mut Vm) -> PyResult<Obj> {
    let m = super::module_with_functions(vm, "_sqlite3", FUNCTIONS)?;
    for name in errors::CLASS_NAMES {
        let cls = error_class(vm, name)?;
        super::set_attr(vm, &m, name, cls)?;
    }
    let off = vm.new_bool(false);
    super::set_attr(vm, &m, "callback_tracebacks", off)?;
    let v = vm.new_str(rusqlite::version())?;
    super::set_attr(vm, &m, "sqlite_version", v)?;
    Ok(m)
}

/// The database handle `args.pos[i]`, open.
fn database<'a>(vm: &mut Vm, args: &'a Args, i: usize) -> PyResult<&'a Database> {
    match args.pos.get(i).and_then(native_state::<Database>) {
        Some(db) => Ok(db),
        None => Err(vm.type_error("expected a _sqlite3.Database")),
    }
}

/// Runs `f` on the open connection, or raises CPython's error for a closed one.
fn with_conn<R>(
    vm: &mut Vm,
    db: &Database,
    f: impl FnOnce(&mut Vm, &Connection) -> PyResult<R>,
) -> PyResult<R> {
    let Ok(conn) = db.conn.try_borrow() else {
        return Err(vm.runtime_error("the database is being closed"));
    };
    match conn.as_ref() {
        Some(c) => f(vm, c),
        None => Err(errors::closed_database(vm)),
    }
}

/// `open(path, uri)`: a new database handle.
fn open(vm: &mut Vm, args: Args) -> PyResult {
    args.check(vm, "open", 2, 2)?;
    let path = vm.expect_str(&args.pos[0], "database")?.to_owned();
    let mut flags = OpenFlags::SQLITE_OPEN_READ_WRITE | OpenFlags::SQLITE_OPEN_CREATE;
    if vm.truthy(&args.pos[1])? {
        flags |= OpenFlags::SQLITE_OPEN_URI;
    }
    let conn = match Connection::open_with_flags(&path, flags) {
        Ok(c) => c,
        Err(e) => return Err(errors::open_failed(vm, &e, &path)),
    };
    vm.new_native(
        &DATABASE,
        Database {
            conn: RefCell::new(Some(conn)),
            callables: RefCell::new(Vec::new()),
            accumulators: RefCell::new(Vec::new()),
        },
    )
}

/// `close(db)`: closes the connection (an open transaction is rolled back by SQLite).
fn close(vm: &mut Vm, args: Args) -> PyResult {
    args.check(vm, "close", 1, 1)?;
    let db = database(vm, &args, 0)?;
    let Ok(mut conn) = db.conn.try_borrow_mut() else {
        return Err(errors::programming_error(
            vm,
            "Cannot close the database while a statement is running.",
        ));
    };
    if let Some(c) = conn.take()
        && let Err((c, e)) = c.close()
    {
        *conn = Some(c);
        drop(conn);
        return Err(errors::from_sqlite(vm, &e));
    }
    drop(conn);
    // The functions can no longer be called: let them go.
    let callables = db
        .callables
        .try_borrow_mut()
        .map(|mut c| std::mem::take(&mut *c));
    drop(callables);
    Ok(vm.none())
}

/// `in_transaction(db)`: False in autocommit mode.
fn in_transaction(vm: &mut Vm, args: Args) -> PyResult {
    args.check(vm, "in_transaction", 1, 1)?;
    let db = database(vm, &args, 0)?;
    let open = with_conn(vm, db, |_, c| Ok(!c.is_autocommit()))?;
    Ok(vm.new_bool(open))
}

/// `total_changes(db)`: rows changed since the database was opened.
fn total_changes(vm: &mut Vm, args: Args) -> PyResult {
    args.check(vm, "total_changes", 1, 1)?;
    let db = database(vm, &args, 0)?;
    let n = with_conn(vm, db, |_, c| Ok(c.total_changes()))?;
    vm.new_int(i64::try_from(n).unwrap_or(i64::MAX))
}

/// A str argument of an internal function.
fn str_arg<'a>(vm: &mut Vm, o: &'a Obj, what: &str) -> PyResult<&'a str> {
    match as_str(o) {
        Some(s) => Ok(s),
        None => Err(vm.type_error(format!("{what} must be str"))),
    }
}
