//! `BaseException.__reduce__` and `__setstate__`: how `copy` and `pickle` take an
//! exception apart and rebuild it, as CPython's do. minipy keeps the fields of OSError,
//! ImportError, SyntaxError and UnicodeError in the instance namespace; CPython keeps
//! them in the object, so they are left out of the state here and travel in the
//! arguments (or, for ImportError's `name` and `path`, as CPython adds them).

use crate::heap::Obj;
use crate::objects::ExceptionObj;
use crate::objects::str::as_str;
use crate::objects::tuple::as_tuple;

use super::exc_kinds::{FAMILY_IMPORT, FAMILY_OS, FAMILY_SYNTAX, FAMILY_UNICODE};
use super::{Args, PyResult, Vm};

/// A dict's entries, in order (copied out, so that storing them may run code).
fn dict_pairs(d: &Obj) -> Vec<(Obj, Obj)> {
    d.downcast::<crate::objects::DictObj>()
        .map(|d| {
            d.table
                .borrow()
                .iter()
                .map(|e| (e.key.clone(), e.value.clone()))
                .collect()
        })
        .unwrap_or_default()
}

/// The namespace entries that are a family's fields rather than user attributes.
fn is_field(family: u8, name: &str) -> bool {
    (family & FAMILY_OS != 0 && matches!(name, "errno" | "strerror" | "filename" | "filename2"))
        || (family & FAMILY_IMPORT != 0 && matches!(name, "name" | "path" | "msg"))
        || (family & FAMILY_SYNTAX != 0
            && matches!(
                name,
                "msg"
                    | "filename"
                    | "lineno"
                    | "offset"
                    | "text"
                    | "end_lineno"
                    | "end_offset"
                    | "print_file_and_line"
            ))
        || (family & FAMILY_UNICODE != 0
            && matches!(name, "encoding" | "object" | "start" | "end" | "reason"))
}

/// `exc.__reduce__()`: `(type(exc), exc.args)`, with the instance's attributes as a
/// third item when it has any.
pub(super) fn exc_reduce(vm: &mut Vm, args: Args) -> PyResult {
    args.check(vm, "__reduce__", 1, 1)?;
    let o = args.pos[0].clone();
    let Some(e) = o.downcast::<ExceptionObj>() else {
        return Err(vm.type_error("descriptor '__reduce__' requires a 'BaseException' object"));
    };
    let cls = vm.type_of(&o);
    let family = vm.exception_family(&cls);
    let mut exc_args = e.args();
    if family & FAMILY_OS != 0 {
        exc_args = os_error_args(vm, &o, exc_args)?;
    }
    let mut state: Vec<(Obj, Obj)> = Vec::new();
    if let Some(d) = vm.instance_dict(&o)? {
        for (k, v) in dict_pairs(&d) {
            if !as_str(&k).is_some_and(|n| is_field(family, n)) {
                state.push((k, v));
            }
        }
    }
    if family & FAMILY_IMPORT != 0 {
        for name in ["name", "path"] {
            let k = vm.intern(name)?;
            if let Some(v) = vm.getattr_opt(&o, &k)?
                && !v.ptr_eq(&vm.s.none)
            {
                state.push((k, v));
            }
        }
    }
    if state.is_empty() {
        return vm.new_tuple(vec![cls, exc_args]);
    }
    let d = vm.new_dict()?;
    for (k, v) in state {
        vm.dict_set(&d, k, v)?;
    }
    vm.new_tuple(vec![cls, exc_args, d])
}

/// OSError's arguments for rebuilding it: `(errno, strerror, filename)` (and
/// `filename2`) when it was made with a file name, which its `args` do not hold.
fn os_error_args(vm: &mut Vm, o: &Obj, args: Obj) -> PyResult {
    if as_tuple(&args).is_none_or(|t| t.len() != 2) {
        return Ok(args);
    }
    let field = |vm: &mut Vm, name: &str| -> PyResult<Obj> {
        let k = vm.intern(name)?;
        Ok(vm.getattr_opt(o, &k)?.unwrap_or_else(|| vm.none()))
    };
    let filename = field(vm, "filename")?;
    if filename.ptr_eq(&vm.s.none) {
        return Ok(args);
    }
    let (errno, strerror) = (field(vm, "errno")?, field(vm, "strerror")?);
    let filename2 = field(vm, "filename2")?;
    if filename2.ptr_eq(&vm.s.none) {
        return vm.new_tuple(vec![errno, strerror, filename]);
    }
    let winerror = vm.none();
    vm.new_tuple(vec![errno, strerror, filename, winerror, filename2])
}

/// `exc.__setstate__(state)`: sets the attributes of a dict state; None does nothing.
pub(super) fn exc_setstate(vm: &mut Vm, args: Args) -> PyResult {
    args.check(vm, "__setstate__", 2, 2)?;
    let (o, state) = (args.pos[0].clone(), args.pos[1].clone());
    if state.ptr_eq(&vm.s.none) {
        return Ok(vm.none());
    }
    if !state.is::<crate::objects::DictObj>() {
        return Err(vm.type_error("state is not a dictionary"));
    }
    for (k, v) in dict_pairs(&state) {
        vm.setattr(&o, &k, v)?;
    }
    Ok(vm.none())
}
