//! `object.__reduce_ex__` and `object.__reduce__`: how `copy` and `pickle`-style code
//! take any object apart. As in CPython, `__reduce_ex__` defers to a `__reduce__` the
//! class overrides; otherwise both hand the object to `copyreg` (its
//! `_reduce_ex_default`), which knows the reductions of the builtin types, the
//! `__newobj__` form of protocols 2 and above and the `_reconstructor` form of 0 and 1.

use crate::objects::NativeFn;
use crate::vm::{Args, PyResult, Vm};

/// `obj.__reduce_ex__(protocol)`.
fn object_reduce_ex(vm: &mut Vm, args: Args) -> PyResult {
    args.check_method(vm, "object.__reduce_ex__", 1, 1)?;
    let (obj, proto) = (args.pos[0].clone(), args.pos[1].clone());
    match vm.index_value(&proto) {
        Some(p) => {
            p?;
        }
        None => return Err(vm.type_error_for(&proto, "cannot be interpreted as an integer")),
    }
    let cls = vm.type_of(&obj);
    if let Some(own) = vm.lookup_type_attr(&cls, "__reduce__")
        && !vm.is_object_slot(&own)
    {
        return vm.call_bound(&own, &obj, Vec::new());
    }
    reduce_in_copyreg(vm, obj, proto)
}

/// `obj.__reduce__()`: the reduction of protocol 0.
fn object_reduce(vm: &mut Vm, args: Args) -> PyResult {
    args.check_method(vm, "object.__reduce__", 0, 0)?;
    let zero = vm.new_int(0)?;
    reduce_in_copyreg(vm, args.pos[0].clone(), zero)
}

fn reduce_in_copyreg(vm: &mut Vm, obj: crate::heap::Obj, proto: crate::heap::Obj) -> PyResult {
    let copyreg = vm.import_module("copyreg")?;
    let f = vm.getattr_str(&copyreg, "_reduce_ex_default")?;
    vm.call(&f, vec![obj, proto])
}

pub const OBJECT_REDUCE: &[(&str, NativeFn)] = &[
    ("__reduce_ex__", object_reduce_ex),
    ("__reduce__", object_reduce),
];
