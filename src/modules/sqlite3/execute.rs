//! Running SQL: binding Python values to a statement's parameters with CPython's rules
//! and messages, stepping the statement to its end, and turning the rows into Python
//! values (INTEGER -> int, REAL -> float, TEXT -> str, BLOB -> bytes, NULL -> None).

use rusqlite::types::{Value, ValueRef};
use rusqlite::{Connection, Statement};

use super::callbacks::with_callbacks;
use super::errors::{from_sqlite, programming_error, raise};
use super::{database, str_arg, with_conn};
use crate::heap::Obj;
use crate::objects::bool_none::BoolObj;
use crate::objects::float::FloatObj;
use crate::objects::int::{BigIntObj, IntObj};
use crate::objects::str::as_str;
use crate::objects::{Tag, tag_of};
use crate::vm::{Args, PyResult, Vm};

/// What one statement produced.
struct Outcome {
    rows: Vec<Vec<Cell>>,
    /// (name, declared type) of each result column; empty for statements without any.
    columns: Vec<(String, Option<String>)>,
}

/// `run(db, sql, params, text_factory, begin)`: runs one statement with its parameters
/// (None, a list, or a dict) and returns `(rows, columns, changes, lastrowid)`: the rows as
/// tuples, the columns as `(name, decltype)` pairs (None when the statement has no
/// result columns), `sqlite3_changes()` and `sqlite3_last_insert_rowid()` after it.
/// TEXT values are decoded as UTF-8 when `text_factory` is None, else passed to it as
/// bytes. `begin` (a `BEGIN ...` statement or None) opens a transaction first when none
/// is open, once the statement has compiled, as CPython 3.11 does before a DML statement.
pub(super) fn run(vm: &mut Vm, args: Args) -> PyResult {
    args.check(vm, "run", 5, 5)?;
    let db_obj = args.pos[0].clone();
    let db = database(vm, &args, 0)?;
    let sql = str_arg(vm, &args.pos[1], "operation")?;
    let params = &args.pos[2];
    let text_factory = match tag_of(&args.pos[3]) {
        Tag::None => None,
        _ => Some(args.pos[3].clone()),
    };
    let begin = match tag_of(&args.pos[4]) {
        Tag::None => None,
        _ => Some(str_arg(vm, &args.pos[4], "begin")?),
    };
    let (outcome, changes, lastrowid) = with_conn(vm, db, |vm, conn| {
        let outcome = match conn.prepare(sql) {
            Ok(mut stmt) => {
                if let Some(begin) = begin
                    && conn.is_autocommit()
                {
                    conn.execute_batch(begin).map_err(|e| from_sqlite(vm, &e))?;
                }
                bind(vm, &mut stmt, params)?;
                let columns = stmt
                    .columns()
                    .map(|c| (c.name().to_owned(), c.decl_type().map(str::to_owned)))
                    .collect();
                // The statement is finalized while callbacks can still run: SQLite
                // finishes an interrupted aggregate then.
                let rows = with_callbacks(vm, &db_obj, move || {
                    let rows = step_all(&mut stmt);
                    drop(stmt);
                    rows
                });
                let rows = rows.map_err(|e| from_sqlite(vm, &e))?;
                Outcome { rows, columns }
            }
            Err(rusqlite::Error::Empty) => Outcome {
                rows: Vec::new(),
                columns: Vec::new(),
            },
            Err(e) => return Err(from_sqlite(vm, &e)),
        };
        Ok((outcome, conn.changes(), conn.last_insert_rowid()))
    })?;
    let rows = rows_to_python(vm, &outcome, text_factory.as_ref())?;
    let columns = if outcome.columns.is_empty() {
        vm.none()
    } else {
        let mut cols = Vec::with_capacity(outcome.columns.len());
        for (name, decl) in &outcome.columns {
            let name = vm.new_str(name)?;
            let decl = match decl {
                Some(d) => vm.new_str(d)?,
                None => vm.none(),
            };
            cols.push(vm.new_pair(name, decl)?);
        }
        vm.new_tuple(cols)?
    };
    let changes = vm.new_int(i64::try_from(changes).unwrap_or(i64::MAX))?;
    let lastrowid = vm.new_int(lastrowid)?;
    vm.new_tuple(vec![rows, columns, changes, lastrowid])
}

/// `run_script(db, sql)`: runs every statement of a script, discarding their rows.
pub(super) fn run_script(vm: &mut Vm, args: Args) -> PyResult {
    args.check(vm, "run_script", 2, 2)?;
    let db_obj = args.pos[0].clone();
    let db = database(vm, &args, 0)?;
    let sql = str_arg(vm, &args.pos[1], "sql_script")?;
    if sql.contains('\0') {
        return Err(raise(vm, "ProgrammingError", "embedded null character"));
    }
    with_conn(vm, db, |vm, conn| {
        let done = with_callbacks(vm, &db_obj, || run_batch(conn, sql));
        done.map_err(|e| from_sqlite(vm, &e))
    })?;
    Ok(vm.none())
}

fn run_batch(conn: &Connection, sql: &str) -> rusqlite::Result<()> {
    conn.execute_batch(sql)
}

/// One value of a result row, its text still undecoded (SQLite does not check that
/// text is UTF-8; a column that is not is an error only when read as str).
enum Cell {
    Null,
    Integer(i64),
    Real(f64),
    Text(Vec<u8>),
    Blob(Vec<u8>),
}

impl From<ValueRef<'_>> for Cell {
    fn from(v: ValueRef<'_>) -> Cell {
        match v {
            ValueRef::Null => Cell::Null,
            ValueRef::Integer(i) => Cell::Integer(i),
            ValueRef::Real(f) => Cell::Real(f),
            ValueRef::Text(t) => Cell::Text(t.to_vec()),
            ValueRef::Blob(b) => Cell::Blob(b.to_vec()),
        }
    }
}

/// Steps `stmt` to its end, collecting the rows.
fn step_all(stmt: &mut Statement<'_>) -> rusqlite::Result<Vec<Vec<Cell>>> {
    let n = stmt.column_count();
    let mut rows = stmt.raw_query();
    let mut out = Vec::new();
    while let Some(row) = rows.next()? {
        let mut values = Vec::with_capacity(n);
        for i in 0..n {
            values.push(Cell::from(row.get_ref(i)?));
        }
        out.push(values);
    }
    Ok(out)
}

/// The rows as a list of tuples.
fn rows_to_python(vm: &mut Vm, outcome: &Outcome, text_factory: Option<&Obj>) -> PyResult {
    let mut rows = Vec::with_capacity(outcome.rows.len());
    for row in &outcome.rows {
        let mut items = Vec::with_capacity(row.len());
        for (i, v) in row.iter().enumerate() {
            let item = match v {
                Cell::Null => vm.none(),
                Cell::Integer(n) => vm.new_int(*n)?,
                Cell::Real(f) => vm.new_float(*f)?,
                Cell::Blob(b) => vm.new_bytes(b.clone())?,
                Cell::Text(t) => match text_factory {
                    Some(f) => {
                        let b = vm.new_bytes(t.clone())?;
                        vm.call(f, vec![b])?
                    }
                    None => match std::str::from_utf8(t) {
                        Ok(s) => vm.new_str(s)?,
                        Err(_) => return Err(undecodable(vm, outcome, i, t)),
                    },
                },
            };
            items.push(item);
        }
        rows.push(vm.new_tuple(items)?);
    }
    vm.new_list(rows)
}

/// CPython's error for TEXT that is not UTF-8.
fn undecodable(vm: &mut Vm, outcome: &Outcome, i: usize, text: &[u8]) -> crate::vm::PyErr {
    let column = outcome.columns.get(i).map_or("", |c| c.0.as_str());
    let text = String::from_utf8_lossy(text);
    raise(
        vm,
        "OperationalError",
        &format!("Could not decode to UTF-8 column '{column}' with text '{text}'"),
    )
}

/// Binds `params` (None, a list or tuple, or a dict) to the statement's parameters.
fn bind(vm: &mut Vm, stmt: &mut Statement<'_>, params: &Obj) -> PyResult<()> {
    let needed = stmt.parameter_count();
    match tag_of(params) {
        Tag::None => bind_sequence(vm, stmt, &[], needed),
        Tag::List | Tag::Tuple => {
            let items = vm.iterate_to_vec(params)?;
            bind_sequence(vm, stmt, &items, needed)
        }
        _ => bind_mapping(vm, stmt, params, needed),
    }
}

fn bind_sequence(
    vm: &mut Vm,
    stmt: &mut Statement<'_>,
    items: &[Obj],
    needed: usize,
) -> PyResult<()> {
    if items.len() != needed {
        return Err(programming_error(
            vm,
            &format!(
                "Incorrect number of bindings supplied. The current statement uses {needed}, \
                 and there are {} supplied.",
                items.len()
            ),
        ));
    }
    for (i, item) in items.iter().enumerate() {
        bind_one(vm, stmt, i + 1, item)?;
    }
    Ok(())
}

fn bind_mapping(vm: &mut Vm, stmt: &mut Statement<'_>, map: &Obj, needed: usize) -> PyResult<()> {
    for i in 1..=needed {
        let Some(name) = stmt.parameter_name(i).map(str::to_owned) else {
            return Err(programming_error(
                vm,
                &format!(
                    "Binding {i} has no name, but you supplied a dictionary (which has only \
                     names)."
                ),
            ));
        };
        // The name as written, without its ':' / '@' / '$'.
        let bare = name.get(1..).unwrap_or("");
        let key = vm.new_str(bare)?;
        let value = match vm.getitem(map, &key) {
            Ok(v) => v,
            Err(e) => {
                let lookup = vm.exc.lookup_error.clone();
                if !vm.err_matches(&e, &lookup) {
                    return Err(e);
                }
                return Err(programming_error(
                    vm,
                    &format!("You did not supply a value for binding parameter {name}."),
                ));
            }
        };
        bind_one(vm, stmt, i, &value)?;
    }
    Ok(())
}

/// Binds parameter `index` (counted from 1).
fn bind_one(vm: &mut Vm, stmt: &mut Statement<'_>, index: usize, value: &Obj) -> PyResult<()> {
    let Some(v) = to_sql(vm, value)? else {
        let ty = vm.type_name(value);
        return Err(programming_error(
            vm,
            &format!("Error binding parameter {index}: type '{ty}' is not supported"),
        ));
    };
    stmt.raw_bind_parameter(index, v)
        .map_err(|e| from_sqlite(vm, &e))
}

/// The SQLite value of a Python value, None for an unsupported type.
pub(super) fn to_sql(vm: &mut Vm, o: &Obj) -> PyResult<Option<Value>> {
    if tag_of(o) == Tag::None {
        return Ok(Some(Value::Null));
    }
    if let Some(i) = IntObj::value(o) {
        return Ok(Some(Value::Integer(i)));
    }
    if let Some(b) = o.downcast::<BoolObj>() {
        return Ok(Some(Value::Integer(i64::from(b.0))));
    }
    if o.downcast::<BigIntObj>().is_some() {
        return Err(vm.overflow_error("Python int too large to convert to SQLite INTEGER"));
    }
    if let Some(f) = o.downcast::<FloatObj>() {
        return Ok(Some(Value::Real(f.0)));
    }
    if let Some(s) = as_str(o) {
        return Ok(Some(Value::Text(s.to_owned())));
    }
    if let Some(b) = vm.bytes_like(o) {
        return Ok(Some(Value::Blob(b)));
    }
    // An instance of a subclass of int, float or str binds as its value.
    match vm.base_value(o) {
        Some(base) if tag_of(&base) != Tag::None => to_sql(vm, &base),
        _ => Ok(None),
    }
}
