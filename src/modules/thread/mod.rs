//! The `_thread` module: starting OS threads that run Python code under the interpreter
//! lock (`vm/threads.rs`), locks (`lock.rs`), thread idents. `threading` (in Python)
//! builds on it.

mod lock;

use crate::heap::Obj;
use crate::objects::DictObj;
use crate::objects::tuple::as_tuple;
use crate::vm::{Args, PyResult, Vm};

const FUNCTIONS: &[(&str, crate::objects::function::NativeFn)] = &[
    ("start_new_thread", start_new_thread),
    ("start_new", start_new_thread),
    ("allocate_lock", allocate_lock),
    ("allocate", allocate_lock),
    ("get_ident", get_ident),
    ("get_native_id", get_native_id),
    ("_count", count),
    ("stack_size", stack_size),
    ("interrupt_main", interrupt_main),
    ("_is_main_thread", is_main_thread),
    ("_format_exception", format_exception),
];

pub(crate) fn create(vm: &mut Vm) -> PyResult<Obj> {
    let m = super::module_with_functions(vm, "_thread", FUNCTIONS)?;
    let lock_type = vm.native_type(&lock::LOCK)?;
    super::set_attr(vm, &m, "LockType", lock_type)?;
    let rlock_type = vm.native_type(&lock::RLOCK)?;
    super::set_attr(vm, &m, "RLock", rlock_type)?;
    let max = vm.new_float(lock::TIMEOUT_MAX)?;
    super::set_attr(vm, &m, "TIMEOUT_MAX", max)?;
    let error = vm.exc.runtime_error.clone();
    super::set_attr(vm, &m, "error", error)?;
    Ok(m)
}

/// `start_new_thread(function, args, kwargs=None)`.
fn start_new_thread(vm: &mut Vm, args: Args) -> PyResult {
    if !args.kw.is_empty() {
        return Err(vm.type_error("start_new_thread() takes no keyword arguments"));
    }
    let n = args.pos.len();
    if !(2..=3).contains(&n) {
        return Err(vm.type_error(format!(
            "start_new_thread expected at least 2 arguments, got {n}"
        )));
    }
    let mut pos = args.pos.into_iter();
    let (Some(func), Some(fargs)) = (pos.next(), pos.next()) else {
        return Err(vm.type_error("start_new_thread expected at least 2 arguments"));
    };
    let kwargs = pos.next();
    if !vm.callable(&func) {
        return Err(vm.type_error("first arg must be callable"));
    }
    if as_tuple(&fargs).is_none() {
        return Err(vm.type_error("2nd arg must be a tuple"));
    }
    if kwargs
        .as_ref()
        .is_some_and(|k| k.downcast::<DictObj>().is_none())
    {
        return Err(vm.type_error("optional 3rd arg must be a dictionary"));
    }
    vm.start_thread(func, fargs, kwargs)
}

fn allocate_lock(vm: &mut Vm, _args: Args) -> PyResult {
    lock::new_lock(vm)
}

fn get_ident(vm: &mut Vm, _args: Args) -> PyResult {
    let id = vm.thread_ident();
    vm.new_int(id as i64)
}

fn get_native_id(vm: &mut Vm, _args: Args) -> PyResult {
    let id = crate::heap::libc_ffi::thread_native_id();
    vm.new_int(id as i64)
}

fn count(vm: &mut Vm, _args: Args) -> PyResult {
    let n = vm.threads_running();
    vm.new_int(n as i64)
}

fn is_main_thread(vm: &mut Vm, _args: Args) -> PyResult {
    let main = vm.on_main_thread();
    Ok(vm.new_bool(main))
}

/// `stack_size(size=0)`: sets the Rust stack of threads started from now on (0: the
/// interpreter's own) and returns the previous setting. As CPython, a size other than 0
/// must be at least 32 KiB.
fn stack_size(vm: &mut Vm, args: Args) -> PyResult {
    if !args.kw.is_empty() {
        return Err(vm.type_error("stack_size() takes no keyword arguments"));
    }
    if args.pos.len() > 1 {
        let n = args.pos.len();
        return Err(vm.type_error(format!("stack_size() takes at most 1 argument ({n} given)")));
    }
    let n = match args.pos.first() {
        Some(s) => crate::vm::params::ssize_arg(vm, s)?,
        None => 0,
    };
    if n < 0 {
        return Err(vm.value_error("size must be 0 or a positive value"));
    }
    if n != 0 && n < 32768 {
        return Err(vm.value_error(format!("size not valid: {n} bytes")));
    }
    let old = vm.thread_stack_size(n as usize);
    vm.new_int(old as i64)
}

/// `_format_exception(exc)`: the traceback report of `exc` as the interpreter prints
/// an uncaught exception (for `threading.excepthook`).
fn format_exception(vm: &mut Vm, args: Args) -> PyResult {
    args.check(vm, "_format_exception", 1, 1)?;
    let text = vm.format_exception(&args.pos[0]);
    vm.new_str(&text)
}

/// `interrupt_main()`: raises KeyboardInterrupt in the main thread at its next check,
/// as Ctrl-C would.
fn interrupt_main(vm: &mut Vm, _args: Args) -> PyResult {
    crate::vm::raise_sigint_flag();
    Ok(vm.none())
}
