//! The argument conversions of the low-level `os` functions, with CPython's errors:
//! C `int` / `long` / `ssize_t` ranges, file descriptors (`fileno()` objects too),
//! uid/gid values, and the OSError of an errno.

use num_bigint::BigInt;
use num_traits::ToPrimitive;

use crate::heap::Obj;
use crate::objects::method_args::bind_function;
use crate::objects::{Tag, tag_of};
use crate::vm::{Args, PyErr, PyResult, Vm};

/// An integer-like argument's whole value (`__index__` for instances).
pub(super) fn int_value(vm: &mut Vm, o: &Obj) -> PyResult<BigInt> {
    if let Some(v) = vm.to_bigint(o) {
        return Ok(v);
    }
    if tag_of(o) == Tag::Instance
        && let Some(r) = vm.call_special(o, "__index__", vec![])?
    {
        if let Some(v) = vm.to_bigint(&r) {
            return Ok(v);
        }
        let n = vm.type_name(&r);
        return Err(vm.type_error(format!("__index__ returned non-int (type {n})")));
    }
    Err(vm.type_error_for(o, "cannot be interpreted as an integer"))
}

/// A C `int` argument.
pub(super) fn c_int(vm: &mut Vm, o: &Obj) -> PyResult<i32> {
    let v = int_value(vm, o)?;
    v.to_i32()
        .ok_or_else(|| vm.overflow_error("Python int too large to convert to C int"))
}

/// A C `long` argument (also `off_t` on Linux).
pub(super) fn c_long(vm: &mut Vm, o: &Obj) -> PyResult<i64> {
    let v = int_value(vm, o)?;
    v.to_i64()
        .ok_or_else(|| vm.overflow_error("Python int too large to convert to C long"))
}

/// A C `ssize_t` argument.
pub(super) fn c_ssize(vm: &mut Vm, o: &Obj) -> PyResult<i64> {
    let v = int_value(vm, o)?;
    v.to_i64()
        .ok_or_else(|| vm.overflow_error("Python int too large to convert to C ssize_t"))
}

/// A file descriptor as `fsync` takes it: an int, or an object whose `fileno()`
/// gives one; never negative.
pub(super) fn fd_or_fileno(vm: &mut Vm, o: &Obj) -> PyResult<i32> {
    let fd_obj = if vm.to_bigint(o).is_some() {
        o.clone()
    } else {
        let fileno = vm.getattr_str(o, "fileno").ok();
        match fileno {
            Some(f) => {
                let r = vm.call(&f, vec![])?;
                if vm.to_bigint(&r).is_none() {
                    return Err(vm.type_error("fileno() returned a non-integer"));
                }
                r
            }
            None => {
                return Err(vm.type_error("argument must be an int, or have a fileno() method."));
            }
        }
    };
    let fd = c_int(vm, &fd_obj)?;
    if fd < 0 {
        return Err(vm.value_error(format!(
            "file descriptor cannot be a negative integer ({fd})"
        )));
    }
    Ok(fd)
}

/// A uid or gid: -1 (or its unsigned form) leaves it unchanged, as `chown(2)` reads it.
/// The OverflowError texts are CPython's, including "less than minimum" for a positive
/// value that fits a C long but not the id type.
pub(super) fn id_value(vm: &mut Vm, o: &Obj, what: &str) -> PyResult<Option<u32>> {
    let is_int = vm.to_bigint(o).is_some() || tag_of(o) == Tag::Instance;
    if !is_int {
        let n = vm.type_name(o);
        return Err(vm.type_error(format!("{what} should be integer, not {n}")));
    }
    let v = int_value(vm, o)?;
    let Some(v) = v.to_i64() else {
        let sign = if v.sign() == num_bigint::Sign::Minus {
            "less than minimum"
        } else {
            "greater than maximum"
        };
        return Err(vm.overflow_error(format!("{what} is {sign}")));
    };
    if v == -1 || v == i64::from(u32::MAX) {
        return Ok(None);
    }
    match u32::try_from(v) {
        Ok(id) => Ok(Some(id)),
        Err(_) => Err(vm.overflow_error(format!("{what} is less than minimum"))),
    }
}

/// The arity check of a positional-only `posix` function, in CPython's words:
/// "posix.dup() takes exactly one argument (0 given)", "read expected 2 arguments,
/// got 1", "posix.read() takes no keyword arguments".
pub(super) fn positional(
    vm: &mut Vm,
    args: &Args,
    name: &str,
    min: usize,
    max: usize,
) -> PyResult<()> {
    if !args.kw.is_empty() {
        return Err(vm.type_error(format!("posix.{name}() takes no keyword arguments")));
    }
    let shown = if min == max && min <= 1 {
        format!("posix.{name}")
    } else {
        name.to_owned()
    };
    args.check(vm, &shown, min, max)
}

/// Binds a function that takes keywords, with CPython's "missing required argument"
/// error for the first `min` parameters.
pub(super) fn bind(
    vm: &mut Vm,
    args: &mut Args,
    name: &str,
    names: &[&str],
    min: usize,
) -> PyResult<Vec<Option<Obj>>> {
    let out = bind_function(vm, args, name, names, 0)?;
    if let Some(i) = out.iter().take(min).position(Option::is_none) {
        return Err(vm.type_error(format!(
            "{name}() missing required argument '{}' (pos {})",
            names[i],
            i + 1
        )));
    }
    Ok(out)
}

/// The OSError for an errno, with the C library's message.
pub(super) fn errno_error(vm: &mut Vm, errno: i32, filename: Option<Obj>) -> PyErr {
    vm.os_error_with_text(errno, &strerror_text(errno), filename)
}

/// The C library's message for an error number.
pub(super) fn strerror_text(errno: i32) -> String {
    crate::vm::errno_text::strerror_text(errno)
}
