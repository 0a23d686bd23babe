//! `breakpoint()` and the default `sys.breakpointhook`, which reads PYTHONBREAKPOINT.

use crate::vm::{Args, PyResult, Vm};

/// `breakpoint(*args, **kws)`: calls `sys.breakpointhook` with the same arguments.
pub fn builtin_breakpoint(vm: &mut Vm, args: Args) -> PyResult {
    let sys = vm.import_module("sys")?;
    let hook = match vm.getattr_str(&sys, "breakpointhook") {
        Ok(h) => h,
        Err(e) => {
            let attribute_error = vm.exc.attribute_error.clone();
            if !vm.err_matches(&e, &attribute_error) {
                return Err(e);
            }
            return Err(vm.runtime_error("lost sys.breakpointhook"));
        }
    };
    vm.call_args(&hook, args)
}

/// `sys.breakpointhook(*args, **kws)`: PYTHONBREAKPOINT names the function to call
/// (`module.attr`, or a builtin's name); `0` turns breakpoints off; unset or empty
/// means `pdb.set_trace`. A name that cannot be imported is ignored with a
/// RuntimeWarning, as CPython does (minipy has no `pdb`, so the default warns).
pub fn sys_breakpointhook(vm: &mut Vm, args: Args) -> PyResult {
    let spec = std::env::var("PYTHONBREAKPOINT").unwrap_or_default();
    let spec = if spec.is_empty() {
        "pdb.set_trace".to_owned()
    } else {
        spec
    };
    if spec == "0" {
        return Ok(vm.none());
    }
    let (module, attr) = match spec.rsplit_once('.') {
        None => ("builtins", spec.as_str()),
        Some(("", _)) => return warn_unimportable(vm, &spec),
        Some(pair) => pair,
    };
    let hook = match vm.import_module(module) {
        Ok(m) => vm.getattr_str(&m, attr),
        Err(e) => Err(e),
    };
    let hook = match hook {
        Ok(h) => h,
        Err(e) => {
            let import_error = vm.exc.import_error.clone();
            let attribute_error = vm.exc.attribute_error.clone();
            if vm.err_matches(&e, &import_error) || vm.err_matches(&e, &attribute_error) {
                return warn_unimportable(vm, &spec);
            }
            return Err(e);
        }
    };
    vm.call_args(&hook, args)
}

fn warn_unimportable(vm: &mut Vm, spec: &str) -> PyResult {
    let warnings = vm.import_module("warnings")?;
    let warn = vm.getattr_str(&warnings, "warn")?;
    let msg = vm.new_str(&format!(
        "Ignoring unimportable $PYTHONBREAKPOINT: \"{spec}\""
    ))?;
    let category = vm.exc.runtime_warning.clone();
    vm.call(&warn, vec![msg, category])?;
    Ok(vm.none())
}
