//! The process environment: the snapshot `os.environ` starts from, and `putenv` /
//! `unsetenv`, which change the C environment (what `time.tzset` reads).

use crate::heap::libc_ffi;
use crate::objects::NativeFn;
use crate::objects::str::as_str;
use crate::vm::{Args, PyResult, Vm};

/// `[(name, value), ...]` of the environment at the call.
fn os_environ_items(vm: &mut Vm, args: Args) -> PyResult {
    args.check(vm, "_environ_items", 0, 0)?;
    let mut out = Vec::new();
    for (k, v) in std::env::vars_os() {
        let k = super::fs_name(vm, &k, false)?;
        let v = super::fs_name(vm, &v, false)?;
        out.push(vm.new_tuple(vec![k, v])?);
    }
    vm.new_list(out)
}

/// A str argument of putenv/unsetenv, with CPython's checks.
fn env_str(vm: &mut Vm, args: &Args, i: usize, name: &str, what: &str) -> PyResult<String> {
    let o = &args.pos[i];
    let Some(s) = as_str(o) else {
        let n = vm.type_name(o);
        return Err(vm.type_error(format!(
            "{name}: {what} should be string, bytes or os.PathLike, not {n}"
        )));
    };
    if s.contains('\0') {
        return Err(vm.value_error("embedded null byte"));
    }
    Ok(s.to_owned())
}

fn os_putenv(vm: &mut Vm, args: Args) -> PyResult {
    args.check(vm, "putenv", 2, 2)?;
    let key = env_str(vm, &args, 0, "putenv", "name")?;
    let value = env_str(vm, &args, 1, "putenv", "value")?;
    if !libc_ffi::set_env(&key, &value) {
        return Err(vm.value_error("illegal environment variable name"));
    }
    Ok(vm.none())
}

fn os_unsetenv(vm: &mut Vm, args: Args) -> PyResult {
    args.check(vm, "unsetenv", 1, 1)?;
    let key = env_str(vm, &args, 0, "unsetenv", "name")?;
    if key.is_empty() {
        // unsetenv(3) refuses an empty name with EINVAL, which CPython reports.
        return Err(vm.new_os_error(22, None));
    }
    if !libc_ffi::unset_env(&key) {
        return Err(vm.value_error("illegal environment variable name"));
    }
    Ok(vm.none())
}

pub const FUNCTIONS: &[(&str, NativeFn)] = &[
    ("_environ_items", os_environ_items),
    ("putenv", os_putenv),
    ("unsetenv", os_unsetenv),
];
