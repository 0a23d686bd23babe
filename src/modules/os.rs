//! The `os` module's file-system basics (remove, rename, mkdir, listdir, getpid, ...)
//! and `os.path` (exists, isfile, isdir, getsize, join, basename, dirname).

use std::path::Path;

use crate::heap::Obj;
use crate::objects::NativeFn;
use crate::objects::str::as_str;
use crate::vm::{Args, PyResult, Vm};

use super::io::path_arg;

/// The path argument `i` of a call named `name`.
fn path_at(vm: &mut Vm, args: &Args, i: usize) -> PyResult<(String, Obj)> {
    let none = vm.none();
    path_arg(vm, args.get(i).unwrap_or(&none))
}

/// Runs a file-system operation on one path, raising OSError with the path.
fn on_path(
    vm: &mut Vm,
    args: Args,
    name: &str,
    op: impl FnOnce(&str) -> std::io::Result<()>,
) -> PyResult {
    args.check(vm, name, 1, 1)?;
    let (path, shown) = path_at(vm, &args, 0)?;
    match op(&path) {
        Ok(()) => Ok(vm.none()),
        Err(e) => Err(vm.io_error(&e, Some(shown))),
    }
}

fn os_remove(vm: &mut Vm, args: Args) -> PyResult {
    on_path(vm, args, "remove", |p| {
        if Path::new(p).is_dir() {
            return Err(std::io::Error::from_raw_os_error(21));
        }
        std::fs::remove_file(p)
    })
}

fn os_unlink(vm: &mut Vm, args: Args) -> PyResult {
    os_remove(vm, args)
}

fn os_mkdir(vm: &mut Vm, args: Args) -> PyResult {
    on_path(vm, args, "mkdir", |p| std::fs::create_dir(p))
}

fn os_rmdir(vm: &mut Vm, args: Args) -> PyResult {
    on_path(vm, args, "rmdir", |p| std::fs::remove_dir(p))
}

fn os_rename(vm: &mut Vm, args: Args) -> PyResult {
    args.check(vm, "rename", 2, 2)?;
    let (src, src_shown) = path_at(vm, &args, 0)?;
    let (dst, dst_shown) = path_at(vm, &args, 1)?;
    match std::fs::rename(&src, &dst) {
        Ok(()) => Ok(vm.none()),
        Err(e) => {
            let err = vm.io_error(&e, Some(src_shown));
            if let crate::vm::PyErr::Exc(exc) = &err {
                let key = vm.intern("filename2")?;
                vm.instance_attr_set(exc, &key, dst_shown)?;
            }
            Err(err)
        }
    }
}

fn os_listdir(vm: &mut Vm, args: Args) -> PyResult {
    args.check(vm, "listdir", 0, 1)?;
    let (path, shown) = match args.get(0) {
        Some(p) => path_arg(vm, p)?,
        None => (".".to_owned(), vm.new_str(".")?),
    };
    let entries = match std::fs::read_dir(&path) {
        Ok(d) => d,
        Err(e) => return Err(vm.io_error(&e, Some(shown))),
    };
    let mut names = Vec::new();
    for entry in entries {
        match entry {
            Ok(e) => names.push(vm.new_str(&e.file_name().to_string_lossy())?),
            Err(e) => return Err(vm.io_error(&e, Some(shown))),
        }
    }
    vm.new_list(names)
}

fn os_getcwd(vm: &mut Vm, args: Args) -> PyResult {
    args.check(vm, "getcwd", 0, 0)?;
    match std::env::current_dir() {
        Ok(d) => vm.new_str(&d.to_string_lossy()),
        Err(e) => Err(vm.io_error(&e, None)),
    }
}

fn os_getpid(vm: &mut Vm, args: Args) -> PyResult {
    args.check(vm, "getpid", 0, 0)?;
    vm.new_int(i64::from(std::process::id()))
}

fn os_fspath(vm: &mut Vm, args: Args) -> PyResult {
    args.check(vm, "fspath", 1, 1)?;
    let (_, shown) = path_at(vm, &args, 0)?;
    Ok(shown)
}

const FUNCTIONS: &[(&str, NativeFn)] = &[
    ("remove", os_remove),
    ("unlink", os_unlink),
    ("mkdir", os_mkdir),
    ("rmdir", os_rmdir),
    ("rename", os_rename),
    ("listdir", os_listdir),
    ("getcwd", os_getcwd),
    ("getpid", os_getpid),
    ("fspath", os_fspath),
];

pub fn create(vm: &mut Vm) -> PyResult<Obj> {
    let m = super::module_with_functions(vm, "os", FUNCTIONS)?;
    for (name, v) in [
        ("sep", "/"),
        ("linesep", "\n"),
        ("name", "posix"),
        ("curdir", "."),
    ] {
        let v = vm.new_str(v)?;
        super::set_attr(vm, &m, name, v)?;
    }
    let path = vm.import_module("os.path")?;
    super::set_attr(vm, &m, "path", path)?;
    Ok(m)
}

/// A predicate on a path's metadata; false when the path cannot be examined.
fn path_test(vm: &mut Vm, args: Args, name: &str, f: fn(&Path) -> bool) -> PyResult {
    args.check(vm, name, 1, 1)?;
    let ok = match path_at(vm, &args, 0) {
        Ok((p, _)) => f(Path::new(&p)),
        Err(_) => false,
    };
    Ok(vm.new_bool(ok))
}

fn path_exists(vm: &mut Vm, args: Args) -> PyResult {
    path_test(vm, args, "exists", Path::exists)
}

fn path_isfile(vm: &mut Vm, args: Args) -> PyResult {
    path_test(vm, args, "isfile", Path::is_file)
}

fn path_isdir(vm: &mut Vm, args: Args) -> PyResult {
    path_test(vm, args, "isdir", Path::is_dir)
}

fn path_getsize(vm: &mut Vm, args: Args) -> PyResult {
    args.check(vm, "getsize", 1, 1)?;
    let (p, shown) = path_at(vm, &args, 0)?;
    match std::fs::metadata(&p) {
        Ok(md) => vm.new_int(i64::try_from(md.len()).unwrap_or(i64::MAX)),
        Err(e) => Err(vm.io_error(&e, Some(shown))),
    }
}

/// The str arguments of a path function.
fn str_args(vm: &mut Vm, args: &Args, name: &str) -> PyResult<Vec<String>> {
    let mut out = Vec::with_capacity(args.len());
    for a in &args.pos {
        match as_str(a) {
            Some(s) => out.push(s.to_owned()),
            None => {
                let n = vm.type_name(a);
                return Err(vm.type_error(format!(
                    "{name}() argument must be str, bytes, or os.PathLike object, not '{n}'"
                )));
            }
        }
    }
    Ok(out)
}

/// `os.path.join(a, *p)`: an absolute component restarts the path.
fn path_join(vm: &mut Vm, args: Args) -> PyResult {
    args.check(vm, "join", 1, usize::MAX)?;
    let parts = str_args(vm, &args, "join")?;
    let mut out = String::new();
    for p in parts {
        if p.starts_with('/') {
            out = p;
        } else if out.is_empty() || out.ends_with('/') {
            out.push_str(&p);
        } else {
            out.push('/');
            out.push_str(&p);
        }
    }
    vm.new_str(&out)
}

/// The position just after the last `/`.
fn split_point(p: &str) -> usize {
    p.rfind('/').map_or(0, |i| i + 1)
}

fn path_basename(vm: &mut Vm, args: Args) -> PyResult {
    args.check(vm, "basename", 1, 1)?;
    let p = str_args(vm, &args, "basename")?.concat();
    vm.new_str(&p[split_point(&p)..])
}

fn path_dirname(vm: &mut Vm, args: Args) -> PyResult {
    args.check(vm, "dirname", 1, 1)?;
    let p = str_args(vm, &args, "dirname")?.concat();
    let head = &p[..split_point(&p)];
    let trimmed = head.trim_end_matches('/');
    vm.new_str(if trimmed.is_empty() { head } else { trimmed })
}

const PATH_FUNCTIONS: &[(&str, NativeFn)] = &[
    ("exists", path_exists),
    ("isfile", path_isfile),
    ("isdir", path_isdir),
    ("getsize", path_getsize),
    ("join", path_join),
    ("basename", path_basename),
    ("dirname", path_dirname),
];

pub fn create_path(vm: &mut Vm) -> PyResult<Obj> {
    let m = super::module_with_functions(vm, "os.path", PATH_FUNCTIONS)?;
    let sep = vm.new_str("/")?;
    super::set_attr(vm, &m, "sep", sep)?;
    Ok(m)
}
