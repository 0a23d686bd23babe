//! `_weakref`: the weak reference primitives (`ref`, counts); the `weakref` module
//! builds its containers on top of them.

use crate::heap::Obj;
use crate::objects::Tag;
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

pub fn create(vm: &mut Vm) -> PyResult<Obj> {
    let m = super::module_with_functions(
        vm,
        "_weakref",
        &[
            ("getweakrefcount", getweakrefcount),
            ("getweakrefs", getweakrefs),
        ],
    )?;
    let ref_type = vm.types.by_tag(Tag::WeakRef).clone();
    super::set_attr(vm, &m, "ref", ref_type.clone())?;
    super::set_attr(vm, &m, "ReferenceType", ref_type)?;
    Ok(m)
}
