//! `aiter()` and `anext()`: the asynchronous counterparts of `iter()` and `next()`.

use crate::heap::Obj;
use crate::vm::{Args, PyResult, Vm};

/// Whether the type of `o` defines `name` (a slot CPython would find filled).
fn type_has(vm: &mut Vm, o: &Obj, name: &str) -> bool {
    let cls = vm.type_of(o);
    vm.lookup_type_attr(&cls, name).is_some()
}

/// `aiter(async_iterable)`: `type(x).__aiter__(x)`, which must be an async iterator.
pub fn builtin_aiter(vm: &mut Vm, args: Args) -> PyResult {
    args.check(vm, "aiter", 1, 1)?;
    let o = &args.pos[0];
    let Some(it) = vm.call_special(o, "__aiter__", vec![])? else {
        let n = vm.type_name(o);
        return Err(vm.type_error(format!("'{n}' object is not an async iterable")));
    };
    if !type_has(vm, &it, "__anext__") {
        let n = vm.type_name(&it);
        return Err(vm.type_error(format!(
            "aiter() returned not an async iterator of type '{n}'"
        )));
    }
    Ok(it)
}

/// `anext(async_iterator[, default])`: the awaitable `type(x).__anext__(x)`; with a
/// default, an awaitable that gives the default in place of StopAsyncIteration.
pub fn builtin_anext(vm: &mut Vm, args: Args) -> PyResult {
    args.check(vm, "anext", 1, 2)?;
    let o = &args.pos[0];
    if !type_has(vm, o, "__anext__") {
        let n = vm.type_name(o);
        return Err(vm.type_error(format!("'{n}' object is not an async iterator")));
    }
    let awaitable = vm
        .call_special(o, "__anext__", vec![])?
        .ok_or_else(|| vm.bad_payload())?;
    let Some(default) = args.pos.get(1).cloned() else {
        return Ok(awaitable);
    };
    // The awaiting with a default is a coroutine of the frozen `_anext` module.
    let module = vm.import_module("_anext")?;
    let wrap = vm.getattr_str(&module, "anext_awaitable")?;
    vm.call(&wrap, vec![awaitable, default])
}
