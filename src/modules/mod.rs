//! Builtin modules written in Rust, one per file.

pub mod builtins;
mod collections;
mod gc;
mod math;
pub(crate) mod params;
mod sys;
mod time;

use crate::heap::Obj;
use crate::objects::function::{BuiltinFunctionObj, NativeFn};
use crate::vm::{PyResult, Vm};

/// Names of the modules implemented in Rust.
const BUILTIN_MODULES: &[&str] = &["sys", "gc", "math", "time", "collections"];

pub fn is_builtin_module(name: &str) -> bool {
    BUILTIN_MODULES.contains(&name)
}

/// Creates the builtin module `name`, or None if there is no such builtin module.
pub fn create_builtin_module(vm: &mut Vm, name: &str) -> PyResult<Option<Obj>> {
    let m = match name {
        "sys" => sys::create(vm)?,
        "gc" => gc::create(vm)?,
        "math" => math::create(vm)?,
        "time" => time::create(vm)?,
        "collections" => collections::create(vm)?,
        _ => return Ok(None),
    };
    Ok(Some(m))
}

/// A module object holding the given functions.
pub(crate) fn module_with_functions(
    vm: &mut Vm,
    name: &str,
    functions: &[(&'static str, NativeFn)],
) -> PyResult<Obj> {
    let m = vm.new_module(name)?;
    let d = vm.module_dict(&m).ok_or_else(|| vm.bad_payload())?;
    for (fname, f) in functions {
        let fo = vm.heap.alloc(BuiltinFunctionObj {
            name: fname,
            func: *f,
            bound: None,
            owner: None,
        })?;
        let k = vm.intern(fname)?;
        vm.dict_set(&d, k, fo)?;
    }
    Ok(m)
}

/// Sets `module.name = value`.
pub(crate) fn set_attr(vm: &mut Vm, m: &Obj, name: &str, value: Obj) -> PyResult<()> {
    let d = vm.module_dict(m).ok_or_else(|| vm.bad_payload())?;
    let k = vm.intern(name)?;
    vm.dict_set(&d, k, value)
}
