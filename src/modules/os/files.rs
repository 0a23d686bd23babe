//! `os` functions on single paths and the process: remove, mkdir, rename, chdir,
//! getcwd, getpid, urandom, cpu_count, access.

use std::path::Path;

use crate::heap::Obj;
use crate::objects::NativeFn;
use crate::vm::{Args, PyErr, PyResult, Vm};

use super::{PATH_KINDS, path_at};
use crate::objects::bytes::as_bytes;

/// Runs a file-system operation on one path, raising OSError with the path.
fn on_path(
    vm: &mut Vm,
    args: &Args,
    name: &str,
    op: impl FnOnce(&Path) -> std::io::Result<()>,
) -> PyResult {
    args.check(vm, name, 1, 2)?;
    let (path, shown) = path_at(vm, args, 0, &format!("{name}: path"), PATH_KINDS)?;
    match op(&path) {
        Ok(()) => Ok(vm.none()),
        Err(e) => Err(vm.io_error(&e, Some(shown))),
    }
}

fn os_remove(vm: &mut Vm, args: Args) -> PyResult {
    on_path(vm, &args, "remove", |p| {
        if Path::new(p).is_dir() && !Path::new(p).is_symlink() {
            return Err(std::io::Error::from_raw_os_error(21));
        }
        std::fs::remove_file(p)
    })
}

fn os_mkdir(vm: &mut Vm, mut args: Args) -> PyResult {
    // The mode is applied through the umask, as mkdir(2) does.
    let mode = match args.take_kw("mode").or_else(|| args.get(1).cloned()) {
        Some(m) => vm.to_index(&m)?,
        None => 0o777,
    };
    let mode = u32::try_from(mode & 0o7777).unwrap_or(0o777);
    on_path(vm, &args, "mkdir", |p| {
        use std::os::unix::fs::DirBuilderExt;
        std::fs::DirBuilder::new().mode(mode).create(p)
    })
}

fn os_rmdir(vm: &mut Vm, args: Args) -> PyResult {
    on_path(vm, &args, "rmdir", |p| std::fs::remove_dir(p))
}

fn os_chdir(vm: &mut Vm, args: Args) -> PyResult {
    on_path(vm, &args, "chdir", |p| std::env::set_current_dir(p))
}

/// An OSError naming both paths, as rename's and replace's are.
pub(super) fn two_path_error(vm: &mut Vm, e: &std::io::Error, src: Obj, dst: Obj) -> PyErr {
    let err = vm.io_error(e, Some(src));
    if let PyErr::Exc(exc) = &err
        && let Ok(key) = vm.intern("filename2")
        && let Err(e2) = vm.instance_attr_set(exc, &key, dst)
    {
        return e2;
    }
    err
}

fn rename_like(vm: &mut Vm, args: Args, name: &str) -> PyResult {
    args.check(vm, name, 2, 2)?;
    let (src, src_shown) = path_at(vm, &args, 0, &format!("{name}: src"), PATH_KINDS)?;
    let (dst, dst_shown) = path_at(vm, &args, 1, &format!("{name}: dst"), PATH_KINDS)?;
    match std::fs::rename(&src, &dst) {
        Ok(()) => Ok(vm.none()),
        Err(e) => Err(two_path_error(vm, &e, src_shown, dst_shown)),
    }
}

fn os_rename(vm: &mut Vm, args: Args) -> PyResult {
    rename_like(vm, args, "rename")
}

/// On POSIX rename(2) already replaces an existing destination.
fn os_replace(vm: &mut Vm, args: Args) -> PyResult {
    rename_like(vm, args, "replace")
}

fn os_getcwd(vm: &mut Vm, args: Args) -> PyResult {
    args.check(vm, "getcwd", 0, 0)?;
    match std::env::current_dir() {
        Ok(d) => super::fs_name(vm, d.as_os_str(), false),
        Err(e) => Err(vm.io_error(&e, None)),
    }
}

fn os_getpid(vm: &mut Vm, args: Args) -> PyResult {
    args.check(vm, "getpid", 0, 0)?;
    vm.new_int(i64::from(std::process::id()))
}

/// `os.kill(pid, sig)`: sends signal `sig` to process `pid`; a handler the program set
/// for a signal sent to itself runs before the call returns, as in CPython.
fn os_kill(vm: &mut Vm, args: Args) -> PyResult {
    args.check(vm, "kill", 2, 2)?;
    let mut c_int = |o: &crate::heap::Obj| -> PyResult<i32> {
        let n = vm.to_index(o)?;
        i32::try_from(n).map_err(|_| vm.overflow_error("Python int too large to convert to C int"))
    };
    let pid = c_int(&args.pos[0])?;
    let sig = c_int(&args.pos[1])?;
    if let Err(errno) = crate::heap::libc_ffi::kill(pid, sig) {
        return Err(vm.new_os_error(errno, None));
    }
    vm.handle_signals()?;
    Ok(vm.none())
}

/// `os.uname()`: the raw fields, which `os._uname_result` (in `os.py`) turns into a
/// `posix.uname_result`.
fn os_uname(vm: &mut Vm, args: Args) -> PyResult {
    args.check(vm, "posix.uname", 0, 0)?;
    let fields = match crate::heap::libc_ffi::uname() {
        Ok(f) => f,
        Err(errno) => return Err(vm.new_os_error(errno, None)),
    };
    let items = fields
        .iter()
        .map(|f| vm.new_str(f))
        .collect::<PyResult<Vec<_>>>()?;
    let raw = vm.new_tuple(items)?;
    let os = vm.import_module("os")?;
    let make = vm.getattr_str(&os, "_uname_result")?;
    vm.call(&make, vec![raw])
}

fn os_urandom(vm: &mut Vm, args: Args) -> PyResult {
    use std::io::Read;
    args.check(vm, "urandom", 1, 1)?;
    let n = vm.to_index(&args.pos[0])?;
    let Ok(n) = usize::try_from(n) else {
        return Err(vm.value_error("negative argument not allowed"));
    };
    let mut buf = Vec::new();
    if buf.try_reserve_exact(n).is_err() {
        return Err(PyErr::NoMemory);
    }
    buf.resize(n, 0u8);
    let read = std::fs::File::open("/dev/urandom").and_then(|mut f| f.read_exact(&mut buf));
    match read {
        Ok(()) => vm.new_bytes(buf),
        Err(e) => Err(vm.io_error(&e, None)),
    }
}

fn os_cpu_count(vm: &mut Vm, args: Args) -> PyResult {
    args.check(vm, "cpu_count", 0, 0)?;
    match std::thread::available_parallelism() {
        Ok(n) => vm.new_int(n.get() as i64),
        Err(_) => Ok(vm.none()),
    }
}

fn os_access(vm: &mut Vm, args: Args) -> PyResult {
    args.check(vm, "access", 2, 2)?;
    let (path, _) = path_at(vm, &args, 0, "access: path", PATH_KINDS)?;
    let mode = vm.to_index(&args.pos[1])?;
    let mode = i32::try_from(mode).unwrap_or(-1);
    Ok(vm.new_bool(crate::heap::libc_ffi::access(&path, mode)))
}

fn os_readlink(vm: &mut Vm, args: Args) -> PyResult {
    args.check(vm, "readlink", 1, 1)?;
    let (path, shown) = path_at(vm, &args, 0, "readlink: path", PATH_KINDS)?;
    match std::fs::read_link(&path) {
        Ok(target) => {
            let bytes = as_bytes(&args.pos[0]).is_some();
            super::fs_name(vm, target.as_os_str(), bytes)
        }
        Err(e) => Err(vm.io_error(&e, Some(shown))),
    }
}

fn os_symlink(vm: &mut Vm, args: Args) -> PyResult {
    args.check(vm, "symlink", 2, 3)?;
    let (src, src_shown) = path_at(vm, &args, 0, "symlink: src", PATH_KINDS)?;
    let (dst, dst_shown) = path_at(vm, &args, 1, "symlink: dst", PATH_KINDS)?;
    match std::os::unix::fs::symlink(&src, &dst) {
        Ok(()) => Ok(vm.none()),
        Err(e) => Err(two_path_error(vm, &e, src_shown, dst_shown)),
    }
}

/// `os.strerror(code)`: the C library's message for an error number.
fn os_strerror(vm: &mut Vm, args: Args) -> PyResult {
    args.check(vm, "strerror", 1, 1)?;
    let code = vm.to_index(&args.pos[0])?;
    let Ok(code) = i32::try_from(code) else {
        return Err(vm.overflow_error("Python int too large to convert to C int"));
    };
    vm.new_str(&super::args::strerror_text(code))
}

pub const FUNCTIONS: &[(&str, NativeFn)] = &[
    ("strerror", os_strerror),
    ("remove", os_remove),
    ("unlink", os_remove),
    ("mkdir", os_mkdir),
    ("rmdir", os_rmdir),
    ("chdir", os_chdir),
    ("rename", os_rename),
    ("replace", os_replace),
    ("getcwd", os_getcwd),
    ("getpid", os_getpid),
    ("kill", os_kill),
    ("uname", os_uname),
    ("urandom", os_urandom),
    ("cpu_count", os_cpu_count),
    ("access", os_access),
    ("readlink", os_readlink),
    ("symlink", os_symlink),
];
