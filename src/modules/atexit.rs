//! Running the functions registered with `atexit` (the module itself is written in
//! Python, `py/atexit.py`): at exit, before the modules are torn down.

use crate::heap::Obj;
use crate::objects::tuple::as_tuple;
use crate::objects::{DictObj, ListObj};
use crate::vm::{Args, Vm};

/// Calls the registered functions, most recent first; each error is reported as
/// "Exception ignored in atexit callback" and the others still run.
pub(crate) fn run_exit_functions(vm: &mut Vm) {
    let Some(handlers) = registered_handlers(vm) else {
        return;
    };
    loop {
        let entry = handlers
            .downcast::<ListObj>()
            .and_then(|l| l.items.try_borrow_mut().ok()?.pop());
        let Some(entry) = entry else {
            break;
        };
        let Some(parts) = as_tuple(&entry).map(<[Obj]>::to_vec) else {
            continue;
        };
        let [func, args, kwargs] = parts.as_slice() else {
            continue;
        };
        let pos = as_tuple(args).map(<[Obj]>::to_vec).unwrap_or_default();
        let kw: Vec<(Obj, Obj)> = kwargs
            .downcast::<DictObj>()
            .map(|d| {
                d.table
                    .borrow()
                    .iter()
                    .map(|e| (e.key.clone(), e.value.clone()))
                    .collect()
            })
            .unwrap_or_default();
        let mut call_args = Args::new(pos);
        call_args.kw = kw;
        let result = vm.call_args(func, call_args);
        if let Err(e) = result {
            let what = vm.repr_string(func).unwrap_or_default();
            vm.report_unraisable(&format!("Exception ignored in atexit callback: {what}"), e);
        }
    }
}

/// `atexit._exithandlers`, if the program imported `atexit`.
fn registered_handlers(vm: &mut Vm) -> Option<Obj> {
    let modules = vm.modules.clone();
    let key = vm.intern("atexit").ok()?;
    let m = vm.dict_lookup(&modules, &key).ok()??;
    let d = vm.module_dict(&m)?;
    let key = vm.intern("_exithandlers").ok()?;
    vm.dict_get_str(&d, &key)
}
