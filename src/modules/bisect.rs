//! The `bisect` module, following CPython's `_bisect` (the same `<` comparisons in the
//! same order, `insort` through the list's `insert`).

use crate::compile::bytecode::CmpOpCode;
use crate::heap::Obj;
use crate::vm::params::{Sig, bind};
use crate::vm::{Args, PyResult, Vm};

/// The bound arguments: (a, x, lo, hi, key).
struct Call {
    a: Obj,
    x: Obj,
    lo: i64,
    hi: Option<i64>,
    key: Option<Obj>,
}

fn parse(vm: &mut Vm, args: Args, name: &'static str) -> PyResult<Call> {
    let sig = Sig::c(name, &["a", "x", "lo", "hi", "key"], 2).kwonly_from(4);
    let a = bind(vm, args, &sig)?;
    let none = vm.none();
    let is_none = |o: &Option<Obj>| o.as_ref().is_none_or(|v| v.ptr_eq(&none));
    let lo = match &a[2] {
        Some(l) => crate::vm::params::ssize_arg(vm, l)?,
        None => 0,
    };
    let hi = if is_none(&a[3]) {
        None
    } else {
        match &a[3] {
            Some(h) => Some(crate::vm::params::ssize_arg(vm, h)?),
            None => None,
        }
    };
    let key = if is_none(&a[4]) { None } else { a[4].clone() };
    Ok(Call {
        a: a[0].clone().unwrap_or_else(|| none.clone()),
        x: a[1].clone().unwrap_or(none),
        lo,
        hi,
        key,
    })
}

/// The insertion point of `item` (already passed through the key) in `c.a`.
fn search(vm: &mut Vm, c: &Call, item: &Obj, right: bool) -> PyResult<i64> {
    if c.lo < 0 {
        return Err(vm.value_error("lo must be non-negative"));
    }
    let mut lo = c.lo;
    let mut hi = match c.hi {
        Some(h) if h != -1 => h,
        _ => vm.len(&c.a)? as i64,
    };
    while lo < hi {
        let mid = ((lo as u64 + hi as u64) / 2) as i64;
        let idx = vm.new_int(mid)?;
        let mut litem = vm.getitem(&c.a, &idx)?;
        if let Some(k) = &c.key {
            litem = vm.call(k, vec![litem])?;
        }
        if right {
            if vm.compare_bool(CmpOpCode::Lt, item, &litem)? {
                hi = mid;
            } else {
                lo = mid + 1;
            }
        } else if vm.compare_bool(CmpOpCode::Lt, &litem, item)? {
            lo = mid + 1;
        } else {
            hi = mid;
        }
    }
    Ok(lo)
}

fn bisect(vm: &mut Vm, args: Args, name: &'static str, right: bool) -> PyResult {
    let c = parse(vm, args, name)?;
    let x = c.x.clone();
    let i = search(vm, &c, &x, right)?;
    vm.new_int(i)
}

fn insort(vm: &mut Vm, args: Args, name: &'static str, right: bool) -> PyResult {
    let c = parse(vm, args, name)?;
    let item = match &c.key {
        Some(k) => vm.call(k, vec![c.x.clone()])?,
        None => c.x.clone(),
    };
    let i = search(vm, &c, &item, right)?;
    let idx = vm.new_int(i)?;
    let insert = vm.getattr_str(&c.a, "insert")?;
    vm.call(&insert, vec![idx, c.x.clone()])?;
    Ok(vm.none())
}

fn bisect_right(vm: &mut Vm, args: Args) -> PyResult {
    bisect(vm, args, "bisect_right", true)
}

fn bisect_left(vm: &mut Vm, args: Args) -> PyResult {
    bisect(vm, args, "bisect_left", false)
}

fn insort_right(vm: &mut Vm, args: Args) -> PyResult {
    insort(vm, args, "insort_right", true)
}

fn insort_left(vm: &mut Vm, args: Args) -> PyResult {
    insort(vm, args, "insort_left", false)
}

pub(crate) fn create(vm: &mut Vm) -> PyResult<Obj> {
    let m = super::module_with_functions(
        vm,
        "bisect",
        &[
            ("bisect_right", bisect_right),
            ("bisect_left", bisect_left),
            ("insort_right", insort_right),
            ("insort_left", insort_left),
        ],
    )?;
    let d = vm.module_dict(&m).ok_or_else(|| vm.bad_payload())?;
    for (alias, name) in [("bisect", "bisect_right"), ("insort", "insort_right")] {
        let k = vm.intern(name)?;
        if let Some(f) = vm.dict_get_str(&d, &k) {
            super::set_attr(vm, &m, alias, f)?;
        }
    }
    Ok(m)
}
