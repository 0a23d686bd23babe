//! The `os` module: its native halves (single paths and the process in `files.rs`,
//! `stat.rs`, directory listings in `dirs.rs`, the environment in `environ.rs`) and
//! `os.py`, the Python part (environ, stat_result, scandir's DirEntry, walk,
//! makedirs, PathLike, ...). `os.path` is `path.py`, as CPython's posixpath.
//! File descriptors are in `fds.rs`, links and owners in `links.rs`, facts about the
//! process in `process.rs`, their argument conversions in `args.rs`.
//! Process control (fork, exec, system) is left out.

mod args;
mod dirs;
mod environ;
mod fds;
mod files;
mod links;
mod modes;
mod process;
mod stat;

use crate::heap::Obj;
use crate::objects::bytes::as_bytes;
use crate::objects::str::as_text;
use crate::objects::{Tag, tag_of};
use crate::vm::{Args, PyResult, Vm};

use super::io::path_arg;

/// What most `os` functions accept as a path, in their TypeError.
const PATH_KINDS: &str = "string, bytes or os.PathLike";

/// The path argument `i` of a call: its text and the object to show in errors.
/// `who` names it in CPython's TypeError (`"stat: path"`), `kinds` the accepted types.
fn path_at(
    vm: &mut Vm,
    args: &Args,
    i: usize,
    who: &str,
    kinds: &str,
) -> PyResult<(std::path::PathBuf, Obj)> {
    let none = vm.none();
    let o = args.get(i).unwrap_or(&none).clone();
    let plausible = as_text(&o).is_some() || as_bytes(&o).is_some() || tag_of(&o) == Tag::Instance;
    if !plausible {
        let n = vm.type_name(&o);
        return Err(vm.type_error(format!("{who} should be {kinds}, not {n}")));
    }
    path_arg(vm, &o)
}

/// A name the file system gave, as `os.fsdecode` makes it a str: UTF-8, each byte
/// that is not from `surrogateescape` (U+DC80..U+DCFF); bytes when `as_bytes` (the
/// caller passed a bytes path).
fn fs_name(vm: &mut Vm, name: &std::ffi::OsStr, as_bytes: bool) -> PyResult {
    use std::os::unix::ffi::OsStrExt;
    let raw = name.as_bytes();
    if as_bytes {
        return vm.new_bytes(raw.to_vec());
    }
    match std::str::from_utf8(raw) {
        Ok(s) => vm.new_str(s),
        Err(_) => {
            let text = crate::text::codecs::decode_wtf8(
                raw,
                crate::text::codecs::Codec::Utf8,
                "surrogateescape",
            )
            .map_err(|e| vm.codec_error(e, crate::vm::unicode_error::CodecInput::Bytes(raw)))?;
            vm.new_str_wtf8(&text)
        }
    }
}

pub fn create(vm: &mut Vm) -> PyResult<Obj> {
    let m = super::module_with_functions(vm, "os", files::FUNCTIONS)?;
    for table in [
        stat::FUNCTIONS,
        dirs::FUNCTIONS,
        environ::FUNCTIONS,
        modes::FUNCTIONS,
        fds::FUNCTIONS,
        links::FUNCTIONS,
        process::FUNCTIONS,
    ] {
        super::add_functions(vm, &m, table)?;
    }
    super::exec_python(vm, &m, include_str!("os.py"), "<frozen os>")?;
    Ok(m)
}

pub fn create_path(vm: &mut Vm) -> PyResult<Obj> {
    let m = super::module_with_functions(vm, "posixpath", &[])?;
    super::exec_python(vm, &m, include_str!("path.py"), "<frozen posixpath>")?;
    Ok(m)
}
