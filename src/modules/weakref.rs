//! `_weakref`: the weak reference primitives (`ref`, counts); the `weakref` module
//! builds its containers on top of them.

use crate::heap::Obj;
use crate::objects::Tag;
use crate::objects::weakref::WeakRefObj;
use crate::vm::{Args, PyResult, Vm};

fn getweakrefcount(vm: &mut Vm, args: Args) -> PyResult {
    args.check(vm, "getweakrefcount", 1, 1)?;
    let n = vm.heap.weak_count(&args.pos[0]);
    vm.new_int(n as i64)
}

fn getweakrefs(vm: &mut Vm, args: Args) -> PyResult {
    args.check(vm, "getweakrefs", 1, 1)?;
    let owners = vm.heap.weak_owners(&args.pos[0]);
    vm.new_list(owners)
}

/// `_weakref._unchecked_ref(obj[, callback])`: a reference to any container (the
/// proxies of `weakref` refer to themselves through it).
fn unchecked_ref(vm: &mut Vm, args: Args) -> PyResult {
    args.check(vm, "_unchecked_ref", 1, 2)?;
    vm.new_weakref_unchecked(&args.pos[0], args.pos.get(1).cloned())
}

/// `_weakref._deref(r)`: the referent of a reference (also of an instance of a
/// subclass of `ref`), or None once it died.
fn deref(vm: &mut Vm, args: Args) -> PyResult {
    args.check(vm, "_deref", 1, 1)?;
    let r = &args.pos[0];
    let base = vm.base_value(r);
    let target = base
        .as_ref()
        .unwrap_or(r)
        .downcast::<WeakRefObj>()
        .and_then(|w| w.slot.get());
    Ok(target.unwrap_or_else(|| vm.none()))
}

pub fn create(vm: &mut Vm) -> PyResult<Obj> {
    let m = super::module_with_functions(
        vm,
        "_weakref",
        &[
            ("getweakrefcount", getweakrefcount),
            ("getweakrefs", getweakrefs),
            ("_unchecked_ref", unchecked_ref),
            ("_deref", deref),
        ],
    )?;
    let ref_type = vm.types.by_tag(Tag::WeakRef).clone();
    super::set_attr(vm, &m, "ref", ref_type.clone())?;
    super::set_attr(vm, &m, "ReferenceType", ref_type)?;
    Ok(m)
}
