//! `os.stat`, `os.lstat`, `os.fstat`: the raw fields of `struct stat` as a flat
//! tuple, which `os._stat_result` (in `os.py`) turns into an `os.stat_result`. They
//! are builtin functions so that their errors show no frames of `os.py`.

use std::os::unix::fs::MetadataExt;

use crate::heap::libc_ffi::{self, FileStat};
use crate::objects::NativeFn;
use crate::objects::int::IntObj;
use crate::vm::{Args, PyResult, Vm};

use super::path_at;

fn from_metadata(md: &std::fs::Metadata) -> FileStat {
    FileStat {
        mode: md.mode(),
        ino: md.ino(),
        dev: md.dev(),
        nlink: md.nlink(),
        uid: md.uid(),
        gid: md.gid(),
        size: i64::try_from(md.size()).unwrap_or(i64::MAX),
        atime: (md.atime(), md.atime_nsec()),
        mtime: (md.mtime(), md.mtime_nsec()),
        ctime: (md.ctime(), md.ctime_nsec()),
        blksize: i64::try_from(md.blksize()).unwrap_or(i64::MAX),
        blocks: i64::try_from(md.blocks()).unwrap_or(i64::MAX),
        rdev: md.rdev(),
    }
}

/// `(mode, ino, dev, nlink, uid, gid, size, atime, mtime, ctime, atime_nsec,
/// mtime_nsec, ctime_nsec, blksize, blocks, rdev)`.
fn stat_tuple(vm: &mut Vm, st: &FileStat) -> PyResult {
    let big = |v: u64| num_bigint::BigInt::from(v);
    let mut items = vec![vm.new_int(i64::from(st.mode))?];
    items.push(vm.new_bigint(big(st.ino))?);
    items.push(vm.new_bigint(big(st.dev))?);
    items.push(vm.new_bigint(big(st.nlink))?);
    items.push(vm.new_int(i64::from(st.uid))?);
    items.push(vm.new_int(i64::from(st.gid))?);
    for v in [
        st.size, st.atime.0, st.mtime.0, st.ctime.0, st.atime.1, st.mtime.1, st.ctime.1,
        st.blksize, st.blocks,
    ] {
        items.push(vm.new_int(v)?);
    }
    items.push(vm.new_bigint(big(st.rdev))?);
    vm.new_tuple(items)
}

/// The `os.stat_result` of the raw fields.
fn stat_result(vm: &mut Vm, st: &FileStat) -> PyResult {
    let raw = stat_tuple(vm, st)?;
    let os = vm.import_module("os")?;
    let make = vm.getattr_str(&os, "_stat_result")?;
    vm.call(&make, vec![raw])
}

/// Stats a path (following symbolic links or not) or, for an int, a file descriptor.
fn stat_of(vm: &mut Vm, args: &Args, name: &str, follow: bool) -> PyResult {
    if let Some(fd) = args.pos[0].downcast::<IntObj>() {
        let fd = i32::try_from(fd.0).unwrap_or(-1);
        return match libc_ffi::fstat(fd) {
            Ok(st) => stat_result(vm, &st),
            Err(errno) => Err(vm.new_os_error(errno, None)),
        };
    }
    let kinds = if name == "lstat" {
        "string, bytes or os.PathLike"
    } else {
        "string, bytes, os.PathLike or integer"
    };
    let (path, shown) = path_at(vm, args, 0, &format!("{name}: path"), kinds)?;
    let md = if follow {
        std::fs::metadata(&path)
    } else {
        std::fs::symlink_metadata(&path)
    };
    match md {
        Ok(md) => stat_result(vm, &from_metadata(&md)),
        Err(e) => Err(vm.io_error(&e, Some(shown))),
    }
}

/// `stat(path, *, dir_fd=None, follow_symlinks=True)` (dir_fd only as None).
fn os_stat(vm: &mut Vm, mut args: Args) -> PyResult {
    let _ = args.take_kw("dir_fd");
    let follow = match args.take_kw("follow_symlinks") {
        Some(f) => vm.truthy(&f)?,
        None => true,
    };
    args.check(vm, "stat", 1, 1)?;
    stat_of(vm, &args, "stat", follow)
}

fn os_lstat(vm: &mut Vm, mut args: Args) -> PyResult {
    let _ = args.take_kw("dir_fd");
    args.check(vm, "lstat", 1, 1)?;
    stat_of(vm, &args, "lstat", false)
}

fn os_fstat(vm: &mut Vm, args: Args) -> PyResult {
    args.check(vm, "fstat", 1, 1)?;
    if !args.pos[0].is::<IntObj>() {
        return Err(vm.type_error_for(&args.pos[0], "cannot be interpreted as an integer"));
    }
    stat_of(vm, &args, "fstat", true)
}

pub const FUNCTIONS: &[(&str, NativeFn)] =
    &[("stat", os_stat), ("lstat", os_lstat), ("fstat", os_fstat)];
