//! The `gc` module: control of and insight into the cycle collector.

use crate::heap::{GcModuleLists, GcState, Obj};
use crate::vm::gc_observe::{
    DEBUG_COLLECTABLE, DEBUG_LEAK, DEBUG_SAVEALL, DEBUG_STATS, DEBUG_UNCOLLECTABLE,
};
use crate::vm::{Args, PyResult, Vm};

fn gc_collect(vm: &mut Vm, mut args: Args) -> PyResult {
    let g = args.take_kw("generation");
    args.check(vm, "collect", 0, 1)?;
    let generation = match g.or_else(|| args.get(0).cloned()) {
        Some(g) => vm.to_index(&g)?,
        None => 2,
    };
    if !(0..=2).contains(&generation) {
        return Err(vm.value_error("invalid generation"));
    }
    let n = vm.collect_garbage(generation as usize);
    vm.new_int(n as i64)
}

fn gc_set_debug(vm: &mut Vm, mut args: Args) -> PyResult {
    let f = args.take_kw("flags");
    args.check(vm, "set_debug", 0, 1)?;
    let Some(flags) = f.or_else(|| args.get(0).cloned()) else {
        return Err(vm.type_error("set_debug() missing required argument 'flags' (pos 1)"));
    };
    let flags = vm.to_index(&flags)?;
    vm.heap.gc.set_debug_flags(flags as u32);
    Ok(vm.none())
}

fn gc_get_debug(vm: &mut Vm, args: Args) -> PyResult {
    args.check(vm, "get_debug", 0, 0)?;
    vm.new_int(i64::from(vm.heap.gc.debug_flags()))
}

fn gc_freeze(vm: &mut Vm, args: Args) -> PyResult {
    args.check(vm, "freeze", 0, 0)?;
    vm.heap.gc.freeze();
    Ok(vm.none())
}

fn gc_unfreeze(vm: &mut Vm, args: Args) -> PyResult {
    args.check(vm, "unfreeze", 0, 0)?;
    vm.heap.gc.unfreeze();
    Ok(vm.none())
}

fn gc_get_freeze_count(vm: &mut Vm, args: Args) -> PyResult {
    args.check(vm, "get_freeze_count", 0, 0)?;
    vm.new_int(vm.heap.gc.freeze_count() as i64)
}

fn gc_is_finalized(vm: &mut Vm, args: Args) -> PyResult {
    args.check(vm, "is_finalized", 1, 1)?;
    Ok(vm.new_bool(GcState::is_finalized(&args.pos[0])))
}

fn gc_enable(vm: &mut Vm, args: Args) -> PyResult {
    args.check(vm, "enable", 0, 0)?;
    vm.heap.gc.set_enabled(true);
    Ok(vm.none())
}

fn gc_disable(vm: &mut Vm, args: Args) -> PyResult {
    args.check(vm, "disable", 0, 0)?;
    vm.heap.gc.set_enabled(false);
    Ok(vm.none())
}

fn gc_isenabled(vm: &mut Vm, args: Args) -> PyResult {
    args.check(vm, "isenabled", 0, 0)?;
    Ok(vm.new_bool(vm.heap.gc.is_enabled()))
}

fn gc_get_count(vm: &mut Vm, args: Args) -> PyResult {
    args.check(vm, "get_count", 0, 0)?;
    let c = vm.heap.gc.counts();
    let items = vec![
        vm.new_int(c[0] as i64)?,
        vm.new_int(c[1] as i64)?,
        vm.new_int(c[2] as i64)?,
    ];
    vm.new_tuple(items)
}

fn gc_get_threshold(vm: &mut Vm, args: Args) -> PyResult {
    args.check(vm, "get_threshold", 0, 0)?;
    let t = vm.heap.gc.thresholds();
    let items = vec![
        vm.new_int(t[0] as i64)?,
        vm.new_int(t[1] as i64)?,
        vm.new_int(t[2] as i64)?,
    ];
    vm.new_tuple(items)
}

fn gc_set_threshold(vm: &mut Vm, args: Args) -> PyResult {
    args.check(vm, "set_threshold", 1, 3)?;
    let mut t = vm.heap.gc.thresholds();
    for (i, a) in args.pos.iter().enumerate() {
        let v = vm.to_index(a)?;
        t[i] = v.max(0) as usize;
    }
    vm.heap.gc.set_thresholds(&t);
    Ok(vm.none())
}

fn gc_is_tracked(vm: &mut Vm, args: Args) -> PyResult {
    args.check(vm, "is_tracked", 1, 1)?;
    Ok(vm.new_bool(GcState::is_tracked(&args.pos[0])))
}

fn gc_get_objects(vm: &mut Vm, mut args: Args) -> PyResult {
    let g = args.take_kw("generation");
    args.check(vm, "get_objects", 0, 1)?;
    let generation = match g
        .or_else(|| args.get(0).cloned())
        .filter(|g| !g.ptr_eq(&vm.s.none))
    {
        Some(g) => {
            let v = vm.to_index(&g)?;
            if v >= 3 {
                return Err(vm.value_error("generation parameter must be less than the number of available generations (3)"));
            }
            if v < -1 {
                return Err(vm.value_error("generation parameter cannot be negative"));
            }
            // -1 asks for every generation, as None does.
            usize::try_from(v).ok()
        }
        None => None,
    };
    let mut objs: Vec<Obj> = Vec::new();
    vm.heap
        .gc
        .for_each_tracked(generation, &mut |o| objs.push(o.clone()));
    vm.new_list(objs)
}

fn gc_get_referents(vm: &mut Vm, args: Args) -> PyResult {
    let mut out: Vec<Obj> = Vec::new();
    for o in args.pos.iter() {
        o.traverse(&mut |c| out.push(c.clone()));
    }
    vm.new_list(out)
}

fn gc_get_referrers(vm: &mut Vm, args: Args) -> PyResult {
    let targets: Vec<Obj> = args.pos.to_vec();
    let mut all: Vec<Obj> = Vec::new();
    vm.heap
        .gc
        .for_each_tracked(None, &mut |o| all.push(o.clone()));
    let mut out = Vec::new();
    for o in all {
        let mut hit = false;
        o.traverse(&mut |c| {
            if targets.iter().any(|t| t.ptr_eq(c)) {
                hit = true;
            }
        });
        if hit {
            out.push(o);
        }
    }
    vm.new_list(out)
}

fn gc_get_stats(vm: &mut Vm, args: Args) -> PyResult {
    args.check(vm, "get_stats", 0, 0)?;
    let stats = vm.heap.gc.stats();
    let mut items = Vec::new();
    for s in stats {
        let d = vm.new_dict()?;
        for (k, v) in [
            ("collections", s.collections),
            ("collected", s.collected),
            ("uncollectable", s.uncollectable),
        ] {
            let key = vm.new_str(k)?;
            let val = vm.new_int(v as i64)?;
            vm.dict_set(&d, key, val)?;
        }
        items.push(d);
    }
    vm.new_list(items)
}

pub fn create(vm: &mut Vm) -> PyResult<Obj> {
    let m = super::module_with_functions(
        vm,
        "gc",
        &[
            ("collect", gc_collect),
            ("enable", gc_enable),
            ("disable", gc_disable),
            ("isenabled", gc_isenabled),
            ("get_count", gc_get_count),
            ("get_threshold", gc_get_threshold),
            ("set_threshold", gc_set_threshold),
            ("is_tracked", gc_is_tracked),
            ("get_objects", gc_get_objects),
            ("get_referents", gc_get_referents),
            ("get_referrers", gc_get_referrers),
            ("get_stats", gc_get_stats),
            ("set_debug", gc_set_debug),
            ("get_debug", gc_get_debug),
            ("freeze", gc_freeze),
            ("unfreeze", gc_unfreeze),
            ("get_freeze_count", gc_get_freeze_count),
            ("is_finalized", gc_is_finalized),
        ],
    )?;
    for (name, value) in [
        ("DEBUG_STATS", DEBUG_STATS),
        ("DEBUG_COLLECTABLE", DEBUG_COLLECTABLE),
        ("DEBUG_UNCOLLECTABLE", DEBUG_UNCOLLECTABLE),
        ("DEBUG_SAVEALL", DEBUG_SAVEALL),
        ("DEBUG_LEAK", DEBUG_LEAK),
    ] {
        let v = vm.new_int(i64::from(value))?;
        super::set_attr(vm, &m, name, v)?;
    }
    // The collector keeps its own references to these lists: rebinding `gc.garbage`
    // or `gc.callbacks` does not change what it uses (as in CPython).
    let garbage = vm.new_list(vec![])?;
    super::set_attr(vm, &m, "garbage", garbage.clone())?;
    let callbacks = vm.new_list(vec![])?;
    super::set_attr(vm, &m, "callbacks", callbacks.clone())?;
    vm.heap
        .gc
        .set_module_lists(Some(GcModuleLists { callbacks, garbage }));
    Ok(m)
}
