//! `os.stat`, `os.lstat`, `os.fstat`: the raw fields of `struct stat` as a flat
//! tuple, which `os.py` turns into an `os.stat_result`.

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

/// `_stat(path, follow_symlinks)`; an int path is a file descriptor.
fn os_stat(vm: &mut Vm, args: Args) -> PyResult {
    args.check(vm, "stat", 2, 2)?;
    if let Some(fd) = args.pos[0].downcast::<IntObj>() {
        let fd = i32::try_from(fd.0).unwrap_or(-1);
        return match libc_ffi::fstat(fd) {
            Ok(st) => stat_tuple(vm, &st),
            Err(errno) => Err(vm.new_os_error(errno, None)),
        };
    }
    let (path, shown) = path_at(vm, &args, 0)?;
    let follow = vm.truthy(&args.pos[1])?;
    let md = if follow {
        std::fs::metadata(&path)
    } else {
        std::fs::symlink_metadata(&path)
    };
    match md {
        Ok(md) => stat_tuple(vm, &from_metadata(&md)),
        Err(e) => Err(vm.io_error(&e, Some(shown))),
    }
}

pub const FUNCTIONS: &[(&str, NativeFn)] = &[("_stat", os_stat)];
