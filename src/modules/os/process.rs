//! Facts about the process and its limits: user and group ids, parent and group and
//! session ids, `umask`, `times`, `getloadavg`, `sysconf`, `nice`, `getlogin`.

use crate::heap::libc_ffi;
use crate::objects::NativeFn;
use crate::objects::str::as_str;
use crate::vm::{Args, PyResult, Vm};

use super::args::{c_int, errno_error, positional};

/// One of `libc_ffi::process_ids`, by index, for a function that takes no arguments.
fn process_id(vm: &mut Vm, args: &Args, name: &str, index: usize) -> PyResult {
    positional(vm, args, name, 0, 0)?;
    vm.new_int(libc_ffi::process_ids()[index])
}

fn os_getuid(vm: &mut Vm, args: Args) -> PyResult {
    process_id(vm, &args, "getuid", 0)
}

fn os_geteuid(vm: &mut Vm, args: Args) -> PyResult {
    process_id(vm, &args, "geteuid", 1)
}

fn os_getgid(vm: &mut Vm, args: Args) -> PyResult {
    process_id(vm, &args, "getgid", 2)
}

fn os_getegid(vm: &mut Vm, args: Args) -> PyResult {
    process_id(vm, &args, "getegid", 3)
}

fn os_getppid(vm: &mut Vm, args: Args) -> PyResult {
    process_id(vm, &args, "getppid", 4)
}

fn os_getpgrp(vm: &mut Vm, args: Args) -> PyResult {
    process_id(vm, &args, "getpgrp", 5)
}

fn os_getsid(vm: &mut Vm, args: Args) -> PyResult {
    positional(vm, &args, "getsid", 1, 1)?;
    let pid = c_int(vm, &args.pos[0])?;
    match libc_ffi::getsid(pid) {
        Ok(sid) => vm.new_int(i64::from(sid)),
        Err(errno) => Err(errno_error(vm, errno, None)),
    }
}

/// `umask(mask)`: sets the creation mask, returns the previous one.
fn os_umask(vm: &mut Vm, args: Args) -> PyResult {
    positional(vm, &args, "umask", 1, 1)?;
    let mask = c_int(vm, &args.pos[0])?;
    // The C call takes the bit pattern (and keeps only the permission bits).
    vm.new_int(i64::from(libc_ffi::umask(mask as u32)))
}

/// `times()`: a `posix.times_result` of five float seconds.
fn os_times(vm: &mut Vm, args: Args) -> PyResult {
    positional(vm, &args, "times", 0, 0)?;
    let fields = match libc_ffi::times() {
        Ok(f) => f,
        Err(errno) => return Err(errno_error(vm, errno, None)),
    };
    let items = fields
        .iter()
        .map(|&v| vm.new_float(v))
        .collect::<PyResult<Vec<_>>>()?;
    let raw = vm.new_tuple(items)?;
    let os = vm.import_module("os")?;
    let make = vm.getattr_str(&os, "times_result")?;
    vm.call(&make, vec![raw])
}

fn os_getloadavg(vm: &mut Vm, args: Args) -> PyResult {
    positional(vm, &args, "getloadavg", 0, 0)?;
    let Some(avg) = libc_ffi::getloadavg() else {
        let cls = vm.exc.os_error.clone();
        return Err(vm.new_exception_msg(&cls, "Load averages are unobtainable"));
    };
    let items = avg
        .iter()
        .map(|&v| vm.new_float(v))
        .collect::<PyResult<Vec<_>>>()?;
    vm.new_tuple(items)
}

/// `sysconf(name)`: a configuration value by name (a key of `sysconf_names`) or number;
/// -1 for a limit the system leaves indeterminate.
fn os_sysconf(vm: &mut Vm, args: Args) -> PyResult {
    positional(vm, &args, "sysconf", 1, 1)?;
    let arg = &args.pos[0];
    let name = if let Some(s) = as_str(arg) {
        match libc_ffi::SYSCONF_NAMES.iter().find(|(n, _)| *n == s) {
            Some(&(_, v)) => v,
            None => return Err(vm.value_error("unrecognized configuration name")),
        }
    } else if vm.to_bigint(arg).is_some() {
        c_int(vm, arg)?
    } else {
        return Err(vm.type_error("configuration names must be strings or integers"));
    };
    match libc_ffi::sysconf(name) {
        Ok(v) => vm.new_int(v),
        Err(errno) => Err(errno_error(vm, errno, None)),
    }
}

/// `(name, number)` pairs of the names `sysconf` knows, which `os.py` makes the
/// `sysconf_names` dict.
fn os_sysconf_names(vm: &mut Vm, args: Args) -> PyResult {
    args.check(vm, "_sysconf_names", 0, 0)?;
    let mut pairs = Vec::with_capacity(libc_ffi::SYSCONF_NAMES.len());
    for &(name, value) in libc_ffi::SYSCONF_NAMES {
        let pair = vec![vm.new_str(name)?, vm.new_int(i64::from(value))?];
        pairs.push(vm.new_tuple(pair)?);
    }
    vm.new_list(pairs)
}

/// `nice(increment)`: the new niceness.
fn os_nice(vm: &mut Vm, args: Args) -> PyResult {
    positional(vm, &args, "nice", 1, 1)?;
    let increment = c_int(vm, &args.pos[0])?;
    match libc_ffi::nice(increment) {
        Ok(v) => vm.new_int(i64::from(v)),
        Err(errno) => Err(errno_error(vm, errno, None)),
    }
}

/// `getlogin()`: the user logged in on the controlling terminal.
fn os_getlogin(vm: &mut Vm, args: Args) -> PyResult {
    positional(vm, &args, "getlogin", 0, 0)?;
    match libc_ffi::getlogin() {
        Ok(name) => vm.new_str(&name),
        Err(0) => {
            let cls = vm.exc.os_error.clone();
            Err(vm.new_exception_msg(&cls, "unable to determine login name"))
        }
        Err(errno) => Err(errno_error(vm, errno, None)),
    }
}

pub const FUNCTIONS: &[(&str, NativeFn)] = &[
    ("getuid", os_getuid),
    ("geteuid", os_geteuid),
    ("getgid", os_getgid),
    ("getegid", os_getegid),
    ("getppid", os_getppid),
    ("getpgrp", os_getpgrp),
    ("getsid", os_getsid),
    ("umask", os_umask),
    ("times", os_times),
    ("getloadavg", os_getloadavg),
    ("sysconf", os_sysconf),
    ("_sysconf_names", os_sysconf_names),
    ("nice", os_nice),
    ("getlogin", os_getlogin),
];
