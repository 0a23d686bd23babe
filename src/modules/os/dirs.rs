//! Directory listings: `os.listdir`, and `_scandir`, the entries with their file
//! types from which `os.py` builds `os.scandir`'s DirEntry objects.

use crate::objects::NativeFn;
use crate::objects::bytes::as_bytes;
use crate::vm::{Args, PyResult, Vm};

use super::path_at;

/// The names in a directory, with a one-letter file type when `with_types` (`d`
/// directory, `f` regular file, `l` symbolic link, `o` other).
fn read_dir(vm: &mut Vm, args: &Args, name: &str, with_types: bool) -> PyResult {
    args.check(vm, name, 0, 1)?;
    let (path, shown) = match args.get(0) {
        Some(_) if name == "listdir" => path_at(
            vm,
            args,
            0,
            "listdir: path",
            "string, bytes, os.PathLike, integer or None",
        )?,
        Some(_) => path_at(
            vm,
            args,
            0,
            "scandir: path",
            "string, bytes, os.PathLike, integer or None",
        )?,
        None => (std::path::PathBuf::from("."), vm.new_str(".")?),
    };
    // A bytes path lists bytes names, as CPython's.
    let bytes = args.get(0).is_some_and(|p| as_bytes(p).is_some());
    let entries = match std::fs::read_dir(&path) {
        Ok(d) => d,
        Err(e) => return Err(vm.io_error(&e, Some(shown))),
    };
    let mut out = Vec::new();
    for entry in entries {
        let entry = match entry {
            Ok(e) => e,
            Err(e) => return Err(vm.io_error(&e, Some(shown))),
        };
        let name = super::fs_name(vm, &entry.file_name(), bytes)?;
        if !with_types {
            out.push(name);
            continue;
        }
        let kind = match entry.file_type() {
            Ok(t) if t.is_symlink() => "l",
            Ok(t) if t.is_dir() => "d",
            Ok(t) if t.is_file() => "f",
            _ => "o",
        };
        let kind = vm.new_str(kind)?;
        out.push(vm.new_tuple(vec![name, kind])?);
    }
    vm.new_list(out)
}

fn os_listdir(vm: &mut Vm, args: Args) -> PyResult {
    read_dir(vm, &args, "listdir", false)
}

fn os_scandir(vm: &mut Vm, args: Args) -> PyResult {
    read_dir(vm, &args, "scandir", true)
}

pub const FUNCTIONS: &[(&str, NativeFn)] = &[("listdir", os_listdir), ("_scandir", os_scandir)];
