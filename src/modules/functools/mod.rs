//! The `functools` module. As in CPython, the hot parts are native (`reduce`,
//! `partial`, the `lru_cache` wrapper, `cmp_to_key`) and the decorators that only run
//! when a function or class is defined (`update_wrapper`, `wraps`, `lru_cache`,
//! `total_ordering`, `cached_property`) are Python, in `functools.py` beside this file.

mod keywrapper;
mod lru_cache;
mod partial;

use crate::heap::Obj;
use crate::vm::params::check_positional;
use crate::vm::{Args, PyResult, Vm};

/// `reduce(function, iterable[, initial])`.
fn reduce(vm: &mut Vm, args: Args) -> PyResult {
    check_positional(vm, &args, "reduce", 2, 3)?;
    let f = args.pos[0].clone();
    let seq = args.pos[1].clone();
    let it = match vm.get_iter(&seq) {
        Ok(it) => it,
        Err(e) => {
            let te = vm.exc.type_error.clone();
            if vm.err_matches(&e, &te) {
                return Err(vm.type_error("reduce() arg 2 must support iteration"));
            }
            return Err(e);
        }
    };
    let mut acc = args.pos.get(2).cloned();
    while let Some(v) = vm.next(&it)? {
        acc = Some(match acc {
            None => v,
            Some(a) => vm.call(&f, vec![a, v])?,
        });
    }
    match acc {
        Some(a) => Ok(a),
        None => Err(vm.type_error("reduce() of empty iterable with no initial value")),
    }
}

pub(crate) fn create(vm: &mut Vm) -> PyResult<Obj> {
    let m = super::module_with_functions(
        vm,
        "functools",
        &[("reduce", reduce), ("cmp_to_key", keywrapper::cmp_to_key)],
    )?;
    for spec in [
        &partial::PARTIAL,
        &lru_cache::LRU_CACHE_WRAPPER,
        &keywrapper::KEY_WRAPPER,
    ] {
        let t = vm.native_type(spec)?;
        super::set_attr(vm, &m, spec.name, t)?;
    }
    super::exec_python(vm, &m, include_str!("functools.py"), "<functools>")?;
    Ok(m)
}
