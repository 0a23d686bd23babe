//! `os` functions that change a file's metadata: `chmod` and the `_utime` primitive
//! behind `os.utime` (whose argument rules live in os.py).

use std::time::{Duration, SystemTime, UNIX_EPOCH};

use crate::objects::NativeFn;
use crate::vm::{Args, PyResult, Vm};

use super::{PATH_KINDS, path_at};

fn os_chmod(vm: &mut Vm, mut args: Args) -> PyResult {
    // dir_fd and follow_symlinks=False are not supported: refused like CPython does
    // on platforms without them.
    if let Some(fs) = args.take_kw("follow_symlinks")
        && !vm.truthy(&fs)?
    {
        return Err(vm.not_implemented_error("chmod: follow_symlinks unavailable on this platform"));
    }
    let mode = match args.take_kw("mode").or_else(|| args.get(1).cloned()) {
        Some(m) => vm.to_index(&m)?,
        None => return Err(vm.type_error("chmod() missing required argument 'mode' (pos 2)")),
    };
    args.check(vm, "chmod", 1, 2)?;
    let (path, shown) = path_at(vm, &args, 0, "chmod: path", PATH_KINDS)?;
    let Ok(mode) = u32::try_from(mode) else {
        return Err(vm.overflow_error("mode is out of range"));
    };
    use std::os::unix::fs::PermissionsExt;
    match std::fs::set_permissions(&path, std::fs::Permissions::from_mode(mode)) {
        Ok(()) => Ok(vm.none()),
        Err(e) => Err(vm.io_error(&e, Some(shown))),
    }
}

/// A time `ns` nanoseconds from the epoch (before it when negative).
fn system_time(ns: i128) -> Option<SystemTime> {
    let secs = u64::try_from(ns.unsigned_abs() / 1_000_000_000).ok()?;
    let nanos = u32::try_from(ns.unsigned_abs() % 1_000_000_000).ok()?;
    let d = Duration::new(secs, nanos);
    if ns >= 0 {
        UNIX_EPOCH.checked_add(d)
    } else {
        UNIX_EPOCH.checked_sub(d)
    }
}

/// `_utime(path, atime_ns, mtime_ns)`: both None means now.
fn os_utime_ns(vm: &mut Vm, args: Args) -> PyResult {
    args.check(vm, "_utime", 3, 3)?;
    let (path, shown) = path_at(vm, &args, 0, "utime: path", PATH_KINDS)?;
    let mut times = [SystemTime::now(); 2];
    for (slot, o) in times.iter_mut().zip(&args.pos[1..3]) {
        if crate::objects::tag_of(o) == crate::objects::Tag::None {
            continue;
        }
        let Some(ns) = vm.to_bigint(o) else {
            return Err(vm.type_error("_utime: times must be ints (nanoseconds) or None"));
        };
        let t = i128::try_from(&ns).ok().and_then(system_time);
        match t {
            Some(t) => *slot = t,
            None => return Err(vm.overflow_error("timestamp out of range for platform time_t")),
        }
    }
    let ft = std::fs::FileTimes::new()
        .set_accessed(times[0])
        .set_modified(times[1]);
    let r = std::fs::File::open(&path).and_then(|f| f.set_times(ft));
    match r {
        Ok(()) => Ok(vm.none()),
        Err(e) => Err(vm.io_error(&e, Some(shown))),
    }
}

pub const FUNCTIONS: &[(&str, NativeFn)] = &[("chmod", os_chmod), ("_utime", os_utime_ns)];
