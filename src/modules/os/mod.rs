//! The `os` module: its native halves (single paths and the process in `files.rs`,
//! `stat.rs`, directory listings in `dirs.rs`, the environment in `environ.rs`) and
//! `os.py`, the Python part (environ, stat_result, scandir's DirEntry, walk,
//! makedirs, PathLike, ...). `os.path` is `path.py`, as CPython's posixpath.
//! Process control (fork, exec, system, kill) is left out.

mod dirs;
mod environ;
mod files;
mod stat;

use crate::heap::Obj;
use crate::vm::{Args, PyResult, Vm};

use super::io::path_arg;

/// The path argument `i` of a call: its text and the object to show in errors.
fn path_at(vm: &mut Vm, args: &Args, i: usize) -> PyResult<(String, Obj)> {
    let none = vm.none();
    path_arg(vm, args.get(i).unwrap_or(&none))
}

pub fn create(vm: &mut Vm) -> PyResult<Obj> {
    let m = super::module_with_functions(vm, "os", files::FUNCTIONS)?;
    for table in [stat::FUNCTIONS, dirs::FUNCTIONS, environ::FUNCTIONS] {
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
