//! `os` functions on file descriptors: `open` / `read` / `write` / `close` / `lseek`,
//! `pipe`, `dup` / `dup2`, `fsync`, `ftruncate` / `truncate`, blocking mode, and the
//! terminal queries (`isatty`, `ttyname`, `get_terminal_size`, `device_encoding`).
//! Descriptors are plain ints owned by the program, as in CPython; the ones minipy
//! creates are not inheritable (`O_CLOEXEC`), as CPython's are.

use crate::heap::libc_ffi;
use crate::objects::NativeFn;
use crate::vm::{Args, PyErr, PyResult, Vm};

use super::args::{bind, c_int, c_long, c_ssize, errno_error, fd_or_fileno, int_value, positional};
use super::path_at;

/// The `int` return of a descriptor call, or its OSError (no filename).
fn fd_result<T: Into<i64>>(vm: &mut Vm, r: Result<T, i32>) -> PyResult {
    match r {
        Ok(v) => vm.new_int(v.into()),
        Err(errno) => Err(errno_error(vm, errno, None)),
    }
}

fn none_result(vm: &mut Vm, r: Result<(), i32>) -> PyResult {
    match r {
        Ok(()) => Ok(vm.none()),
        Err(errno) => Err(errno_error(vm, errno, None)),
    }
}

/// `open(path, flags, mode=0o777, *, dir_fd=None)`: a new descriptor; `mode` goes
/// through the umask, as open(2) applies it.
fn os_open(vm: &mut Vm, mut args: Args) -> PyResult {
    super::links::at_most_positional(vm, &args, "open", 3, 4)?;
    let p = bind(
        vm,
        &mut args,
        "open",
        &["path", "flags", "mode", "dir_fd"],
        2,
    )?;
    let path_args = Args::new(p[0].clone());
    let (path, shown) = path_at(vm, &path_args, 0, "open: path", super::PATH_KINDS)?;
    let none = vm.none();
    let flags = c_int(vm, p[1].as_ref().unwrap_or(&none))?;
    let mode = match &p[2] {
        Some(m) => c_int(vm, m)?,
        None => 0o777,
    };
    let dir_fd = match p[3].as_ref().filter(|d| !d.ptr_eq(&none)) {
        Some(d) => Some(c_int(vm, d)?),
        None => None,
    };
    // The bit pattern of a negative mode is what the C call would see.
    let r = libc_ffi::open(&path, flags | libc::O_CLOEXEC, mode as u32, dir_fd);
    match r {
        Ok(fd) => vm.new_int(i64::from(fd)),
        Err(errno) => Err(errno_error(vm, errno, Some(shown))),
    }
}

/// `read(fd, n)`: at most `n` bytes, `b''` at end of file.
fn os_read(vm: &mut Vm, args: Args) -> PyResult {
    positional(vm, &args, "read", 2, 2)?;
    let fd = c_int(vm, &args.pos[0])?;
    let n = c_ssize(vm, &args.pos[1])?;
    let Ok(n) = usize::try_from(n) else {
        return Err(errno_error(vm, libc::EINVAL, None));
    };
    loop {
        match libc_ffi::read_to_vec(fd, n) {
            Ok(data) => return vm.new_bytes(data),
            Err(None) => return Err(PyErr::NoMemory),
            // Interrupted by a signal: its handler runs (and may raise), then retry.
            Err(Some(libc::EINTR)) => vm.handle_signals()?,
            Err(Some(errno)) => return Err(errno_error(vm, errno, None)),
        }
    }
}

/// `write(fd, data)`: how many bytes were written.
fn os_write(vm: &mut Vm, args: Args) -> PyResult {
    positional(vm, &args, "write", 2, 2)?;
    let fd = c_int(vm, &args.pos[0])?;
    let Some(data) = vm.bytes_like(&args.pos[1]) else {
        let n = vm.type_name(&args.pos[1]);
        return Err(vm.type_error(format!("a bytes-like object is required, not '{n}'")));
    };
    loop {
        match libc_ffi::write(fd, &data) {
            Ok(n) => return vm.new_int(n as i64),
            Err(libc::EINTR) => vm.handle_signals()?,
            Err(errno) => return Err(errno_error(vm, errno, None)),
        }
    }
}

fn os_close(vm: &mut Vm, mut args: Args) -> PyResult {
    let p = bind(vm, &mut args, "close", &["fd"], 1)?;
    let none = vm.none();
    let fd = c_int(vm, p[0].as_ref().unwrap_or(&none))?;
    none_result(vm, libc_ffi::close(fd))
}

/// `lseek(fd, pos, how)`: the new position.
fn os_lseek(vm: &mut Vm, args: Args) -> PyResult {
    positional(vm, &args, "lseek", 3, 3)?;
    let fd = c_int(vm, &args.pos[0])?;
    let pos = c_long(vm, &args.pos[1])?;
    let how = c_int(vm, &args.pos[2])?;
    fd_result(vm, libc_ffi::lseek(fd, pos, how))
}

/// `pipe()`: `(read_end, write_end)`.
fn os_pipe(vm: &mut Vm, args: Args) -> PyResult {
    positional(vm, &args, "pipe", 0, 0)?;
    match libc_ffi::pipe() {
        Ok((r, w)) => {
            let items = vec![vm.new_int(i64::from(r))?, vm.new_int(i64::from(w))?];
            vm.new_tuple(items)
        }
        Err(errno) => Err(errno_error(vm, errno, None)),
    }
}

fn os_dup(vm: &mut Vm, args: Args) -> PyResult {
    positional(vm, &args, "dup", 1, 1)?;
    let fd = c_int(vm, &args.pos[0])?;
    fd_result(vm, libc_ffi::dup(fd))
}

/// `dup2(fd, fd2, inheritable=True)`: `fd2`, now a copy of `fd`.
fn os_dup2(vm: &mut Vm, mut args: Args) -> PyResult {
    let p = bind(vm, &mut args, "dup2", &["fd", "fd2", "inheritable"], 2)?;
    let none = vm.none();
    let fd = c_int(vm, p[0].as_ref().unwrap_or(&none))?;
    let fd2 = c_int(vm, p[1].as_ref().unwrap_or(&none))?;
    let inheritable = match &p[2] {
        Some(o) => vm.truthy(o)?,
        None => true,
    };
    fd_result(vm, libc_ffi::dup2(fd, fd2, inheritable))
}

fn os_fsync(vm: &mut Vm, mut args: Args) -> PyResult {
    let p = bind(vm, &mut args, "fsync", &["fd"], 1)?;
    let none = vm.none();
    let fd = fd_or_fileno(vm, p[0].as_ref().unwrap_or(&none))?;
    none_result(vm, libc_ffi::fsync(fd))
}

fn os_ftruncate(vm: &mut Vm, args: Args) -> PyResult {
    positional(vm, &args, "ftruncate", 2, 2)?;
    let fd = c_int(vm, &args.pos[0])?;
    let length = c_long(vm, &args.pos[1])?;
    none_result(vm, libc_ffi::ftruncate(fd, length))
}

/// `truncate(path, length)`; an int path is a descriptor, as `ftruncate`.
fn os_truncate(vm: &mut Vm, mut args: Args) -> PyResult {
    let p = bind(vm, &mut args, "truncate", &["path", "length"], 2)?;
    let none = vm.none();
    let target = p[0].clone().unwrap_or_else(|| none.clone());
    if vm.to_bigint(&target).is_some() {
        let fd = c_int(vm, &target)?;
        let length = c_long(vm, p[1].as_ref().unwrap_or(&none))?;
        return match libc_ffi::ftruncate(fd, length) {
            Ok(()) => Ok(none),
            Err(errno) => Err(errno_error(vm, errno, None)),
        };
    }
    let kinds = "string, bytes, os.PathLike or integer";
    let (path, shown) = path_at(vm, &Args::new([target]), 0, "truncate: path", kinds)?;
    let length = c_long(vm, p[1].as_ref().unwrap_or(&none))?;
    match libc_ffi::truncate(&path, length) {
        Ok(()) => Ok(none),
        Err(errno) => Err(errno_error(vm, errno, Some(shown))),
    }
}

fn os_get_blocking(vm: &mut Vm, args: Args) -> PyResult {
    positional(vm, &args, "get_blocking", 1, 1)?;
    let fd = c_int(vm, &args.pos[0])?;
    match libc_ffi::get_blocking(fd) {
        Ok(b) => Ok(vm.new_bool(b)),
        Err(errno) => Err(errno_error(vm, errno, None)),
    }
}

/// `set_blocking(fd, blocking)`; `blocking` is read as an int, as CPython's converter
/// does (a str is a TypeError).
fn os_set_blocking(vm: &mut Vm, args: Args) -> PyResult {
    positional(vm, &args, "set_blocking", 2, 2)?;
    let fd = c_int(vm, &args.pos[0])?;
    let blocking = int_value(vm, &args.pos[1])? != 0.into();
    none_result(vm, libc_ffi::set_blocking(fd, blocking))
}

fn os_isatty(vm: &mut Vm, args: Args) -> PyResult {
    positional(vm, &args, "isatty", 1, 1)?;
    let fd = c_int(vm, &args.pos[0])?;
    Ok(vm.new_bool(libc_ffi::isatty(fd)))
}

fn os_ttyname(vm: &mut Vm, args: Args) -> PyResult {
    positional(vm, &args, "ttyname", 1, 1)?;
    let fd = c_int(vm, &args.pos[0])?;
    match libc_ffi::ttyname(fd) {
        Ok(name) => vm.new_str(&name),
        Err(errno) => Err(errno_error(vm, errno, None)),
    }
}

/// `get_terminal_size(fd=1)`: an `os.terminal_size` of the terminal's columns and
/// lines; OSError when `fd` is not a terminal.
fn os_get_terminal_size(vm: &mut Vm, args: Args) -> PyResult {
    if !args.kw.is_empty() {
        return Err(vm.type_error("get_terminal_size() takes no keyword arguments"));
    }
    args.check(vm, "get_terminal_size", 0, 1)?;
    let fd = match args.pos.first() {
        Some(o) => c_int(vm, o)?,
        None => 1,
    };
    let (columns, lines) = match libc_ffi::terminal_size(fd) {
        Ok(size) => size,
        Err(errno) => return Err(errno_error(vm, errno, None)),
    };
    let items = vec![
        vm.new_int(i64::from(columns))?,
        vm.new_int(i64::from(lines))?,
    ];
    let raw = vm.new_tuple(items)?;
    let os = vm.import_module("os")?;
    let make = vm.getattr_str(&os, "terminal_size")?;
    vm.call(&make, vec![raw])
}

/// `device_encoding(fd)`: the encoding of the terminal on `fd`, None when it is not
/// one. minipy's standard streams are UTF-8 (as CPython's are under the C locale,
/// which it coerces to UTF-8).
fn os_device_encoding(vm: &mut Vm, mut args: Args) -> PyResult {
    let p = bind(vm, &mut args, "device_encoding", &["fd"], 1)?;
    let none = vm.none();
    let fd = c_int(vm, p[0].as_ref().unwrap_or(&none))?;
    if !libc_ffi::isatty(fd) {
        return Ok(none);
    }
    vm.new_str("UTF-8")
}

pub const FUNCTIONS: &[(&str, NativeFn)] = &[
    ("open", os_open),
    ("read", os_read),
    ("write", os_write),
    ("close", os_close),
    ("lseek", os_lseek),
    ("pipe", os_pipe),
    ("dup", os_dup),
    ("dup2", os_dup2),
    ("fsync", os_fsync),
    ("ftruncate", os_ftruncate),
    ("truncate", os_truncate),
    ("get_blocking", os_get_blocking),
    ("set_blocking", os_set_blocking),
    ("isatty", os_isatty),
    ("ttyname", os_ttyname),
    ("get_terminal_size", os_get_terminal_size),
    ("device_encoding", os_device_encoding),
];
