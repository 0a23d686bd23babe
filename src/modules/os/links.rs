//! `os.link`, `os.chown` and `os.lchown`: hard links and owners, with CPython's
//! `dir_fd` / `follow_symlinks` keywords (through linkat / fchownat).

use crate::heap::{Obj, libc_ffi};
use crate::objects::NativeFn;
use crate::vm::{Args, PyResult, Vm};

use super::args::{bind, c_int, errno_error, id_value};
use super::path_at;

/// An optional `dir_fd`-like keyword: None or a descriptor.
fn dir_fd(vm: &mut Vm, o: &Option<Obj>) -> PyResult<Option<i32>> {
    match o {
        Some(d) if !d.ptr_eq(&vm.none()) => Ok(Some(c_int(vm, d)?)),
        _ => Ok(None),
    }
}

fn follow(vm: &mut Vm, o: &Option<Obj>) -> PyResult<bool> {
    match o {
        Some(f) => vm.truthy(f),
        None => Ok(true),
    }
}

/// Refuses more than `max` positional arguments (but at most `total`, beyond which
/// the binder's "takes at most N arguments" is CPython's message), before keywords
/// are bound.
pub(super) fn at_most_positional(
    vm: &mut Vm,
    args: &Args,
    name: &str,
    max: usize,
    total: usize,
) -> PyResult<()> {
    if args.len() > max && args.len() <= total {
        return Err(vm.type_error(format!(
            "{name}() takes at most {max} positional arguments ({} given)",
            args.len()
        )));
    }
    Ok(())
}

/// `link(src, dst, *, src_dir_fd=None, dst_dir_fd=None, follow_symlinks=True)`.
fn os_link(vm: &mut Vm, mut args: Args) -> PyResult {
    at_most_positional(vm, &args, "link", 2, 5)?;
    let names = ["src", "dst", "src_dir_fd", "dst_dir_fd", "follow_symlinks"];
    let p = bind(vm, &mut args, "link", &names, 2)?;
    let paths = Args::new([p[0].clone(), p[1].clone()].into_iter().flatten());
    let kinds = super::PATH_KINDS;
    let (src, src_shown) = path_at(vm, &paths, 0, "link: src", kinds)?;
    let (dst, dst_shown) = path_at(vm, &paths, 1, "link: dst", kinds)?;
    let src_dir = dir_fd(vm, &p[2])?;
    let dst_dir = dir_fd(vm, &p[3])?;
    let follow = follow(vm, &p[4])?;
    match libc_ffi::link(&src, &dst, src_dir, dst_dir, follow) {
        Ok(()) => Ok(vm.none()),
        Err(errno) => {
            let e = std::io::Error::from_raw_os_error(errno);
            Err(super::files::two_path_error(vm, &e, src_shown, dst_shown))
        }
    }
}

/// The common part of chown and lchown: a path, or (for chown) a descriptor.
fn change_owner(
    vm: &mut Vm,
    p: &[Option<Obj>],
    name: &str,
    dir: Option<i32>,
    follow: bool,
) -> PyResult {
    let none = vm.none();
    let target = p[0].clone().unwrap_or_else(|| none.clone());
    let uid = id_value(vm, p[1].as_ref().unwrap_or(&none), "uid")?;
    let gid = id_value(vm, p[2].as_ref().unwrap_or(&none), "gid")?;
    if name == "chown" && vm.to_bigint(&target).is_some() {
        let fd = c_int(vm, &target)?;
        return match libc_ffi::fchown(fd, uid, gid) {
            Ok(()) => Ok(none),
            Err(errno) => Err(errno_error(vm, errno, Some(target))),
        };
    }
    let kinds = if name == "chown" {
        "string, bytes, os.PathLike or integer"
    } else {
        super::PATH_KINDS
    };
    let (path, shown) = path_at(vm, &Args::new([target]), 0, &format!("{name}: path"), kinds)?;
    match libc_ffi::chown(&path, uid, gid, dir, follow) {
        Ok(()) => Ok(none),
        Err(errno) => Err(errno_error(vm, errno, Some(shown))),
    }
}

/// `chown(path, uid, gid, *, dir_fd=None, follow_symlinks=True)`.
fn os_chown(vm: &mut Vm, mut args: Args) -> PyResult {
    at_most_positional(vm, &args, "chown", 3, 5)?;
    let names = ["path", "uid", "gid", "dir_fd", "follow_symlinks"];
    let p = bind(vm, &mut args, "chown", &names, 3)?;
    let dir = dir_fd(vm, &p[3])?;
    let follow = follow(vm, &p[4])?;
    change_owner(vm, &p, "chown", dir, follow)
}

/// `lchown(path, uid, gid)`: the link itself, not its target.
fn os_lchown(vm: &mut Vm, mut args: Args) -> PyResult {
    let p = bind(vm, &mut args, "lchown", &["path", "uid", "gid"], 3)?;
    change_owner(vm, &p, "lchown", None, false)
}

pub const FUNCTIONS: &[(&str, NativeFn)] = &[
    ("link", os_link),
    ("chown", os_chown),
    ("lchown", os_lchown),
];
