//! Builtin modules written in Rust, one per file.

pub(crate) mod array;
mod ast;
pub(crate) mod atexit;
mod bisect;
mod breakpoint;
pub mod builtins;
mod builtins_async;
mod builtins_eval;
mod cmath;
pub(crate) mod collections;
mod copy;
mod decimal_kernel;
pub mod frozen;
mod functools;
mod gc;
mod hashlib;
mod heapq;
pub mod io;
mod itertools;
mod json;
pub(crate) mod math;
mod math_gamma;
mod math_ieee;
mod memory_profiler;
pub(crate) mod operator;
mod os;
mod random;
mod re;
mod signal;
pub mod sitebuiltins;
mod sqlite3;
mod string;
pub(crate) mod struct_module;
pub(crate) mod sys;
mod sys_stdlib_names;
#[cfg(debug_assertions)]
mod testing;
mod thread;
mod time;
mod traceback;
mod tracemalloc;
mod unicodedata;
mod weakref;
mod zlib;

use crate::heap::Obj;
use crate::objects::function::{BuiltinFunctionObj, NativeFn};
use crate::vm::{PyResult, Vm};

/// Names of the modules implemented in Rust.
const BUILTIN_MODULES: &[&str] = &[
    "sys",
    "gc",
    "math",
    "cmath",
    "time",
    "_weakref",
    "io",
    "os",
    "os.path",
    "collections",
    "itertools",
    "operator",
    "functools",
    "heapq",
    "bisect",
    "string",
    "copy",
    "random",
    "re",
    "_random",
    "_tracemalloc",
    "_traceback",
    "_memory_profiler",
    "struct",
    "_struct",
    "array",
    "unicodedata",
    "hashlib",
    "binascii",
    "zlib",
    "_signal",
    "_sqlite3",
    "_thread",
    "_json",
    "_decimal_kernel",
];

/// Modules CPython compiles into the interpreter (`sys.builtin_module_names`): a `.py`
/// file of the same name beside a script does not shadow them.
/// The standard library as the interpreter core sees it.
pub static LIBRARY: crate::vm::library::Library = crate::vm::library::Library {
    init_builtins: builtins::init,
    create_builtin_module,
    is_builtin_module,
    is_core_module,
    frozen_source: frozen::source,
    is_frozen_package: frozen::is_package,
    install_version_info: sys::install_version_info,
    run_exit_functions: atexit::run_exit_functions,
    signal_action: signal::signal_action,
    fast_methods: &[("deque", collections::DEQUE_FAST_METHODS)],
};

pub fn is_core_module(name: &str) -> bool {
    CORE_MODULES.contains(&name) || STARTUP_MODULES.contains(&name)
}

/// Modules CPython 3.11 has imported before a script starts (the `io` stack, `site`
/// and what it needs): `sys.modules` holds them already, so a `.py` file of the same
/// name beside the script is not what `import` finds either.
const STARTUP_MODULES: &[&str] = &[
    "abc",
    "codecs",
    "io",
    "os",
    "os.path",
    "posixpath",
    "stat",
    "_sitebuiltins",
];

/// `sys.builtin_module_names`, sorted as CPython lists them.
pub(crate) const CORE_MODULES: &[&str] = &[
    "_tracemalloc",
    "_weakref",
    "atexit",
    "builtins",
    "gc",
    "itertools",
    "sys",
    "time",
];

pub fn is_builtin_module(name: &str) -> bool {
    BUILTIN_MODULES.contains(&name) || (cfg!(debug_assertions) && name == "_minipy_testing")
}

/// Creates the builtin module `name`, or None if there is no such builtin module.
pub fn create_builtin_module(vm: &mut Vm, name: &str) -> PyResult<Option<Obj>> {
    let m = match name {
        "sys" => sys::create(vm)?,
        "gc" => gc::create(vm)?,
        "math" => math::create(vm)?,
        "cmath" => cmath::create(vm)?,
        "time" => time::create(vm)?,
        "_weakref" => weakref::create(vm)?,
        "io" => io::create(vm)?,
        "os" => os::create(vm)?,
        "os.path" => os::create_path(vm)?,
        // CPython's `os.path` is the module `posixpath`: one module under both names.
        "posixpath" => {
            let os = vm.import_module("os")?;
            vm.getattr_str(&os, "path")?
        }
        "collections" => collections::create(vm)?,
        "itertools" => itertools::create(vm)?,
        "operator" => operator::create(vm)?,
        "functools" => functools::create(vm)?,
        "heapq" => heapq::create(vm)?,
        "bisect" => bisect::create(vm)?,
        "_decimal_kernel" => decimal_kernel::create(vm)?,
        "string" => string::create(vm)?,
        "copy" => copy::create(vm)?,
        "random" => random::create(vm)?,
        "re" => re::create(vm)?,
        "_random" => random::create_core(vm)?,
        "_tracemalloc" => tracemalloc::create(vm)?,
        "_traceback" => traceback::create(vm)?,
        "_memory_profiler" => memory_profiler::create_module(vm)?,
        "struct" | "_struct" => struct_module::create(vm)?,
        "array" => array::create(vm)?,
        "unicodedata" => unicodedata::create(vm)?,
        "hashlib" => hashlib::create(vm)?,
        "binascii" => hashlib::binascii::create(vm)?,
        "zlib" => zlib::create(vm)?,
        "_signal" => signal::create(vm)?,
        "_sqlite3" => sqlite3::create(vm)?,
        "_thread" => thread::create(vm)?,
        "_json" => json::create(vm)?,
        #[cfg(debug_assertions)]
        "_minipy_testing" => testing::create(vm)?,
        _ => return Ok(None),
    };
    Ok(Some(m))
}

/// A module object holding the given functions.
pub(crate) fn module_with_functions(
    vm: &mut Vm,
    name: &str,
    functions: &'static [(&'static str, NativeFn)],
) -> PyResult<Obj> {
    let m = vm.new_module(name)?;
    add_functions(vm, &m, functions)?;
    Ok(m)
}

/// Adds builtin functions to a module.
pub(crate) fn add_functions(
    vm: &mut Vm,
    m: &Obj,
    functions: &'static [(&'static str, NativeFn)],
) -> PyResult<()> {
    let d = vm.module_dict(m).ok_or_else(|| vm.bad_payload())?;
    let module = m
        .downcast::<crate::objects::ModuleObj>()
        .map(|mo| mo.name.clone())
        .unwrap_or_else(|| std::rc::Rc::from(""));
    let module_name = vm.new_str(&module)?;
    for (fname, f) in functions {
        let fo = vm.heap.alloc(BuiltinFunctionObj::function(
            fname,
            crate::vm::policy::native_fn(vm.policy(), &module, fname, *f),
            Some(module_name.clone()),
        ))?;
        let k = vm.intern(fname)?;
        vm.dict_set(&d, k, fo)?;
    }
    Ok(())
}

/// Sets `module.name = value`.
pub(crate) fn set_attr(vm: &mut Vm, m: &Obj, name: &str, value: Obj) -> PyResult<()> {
    let d = vm.module_dict(m).ok_or_else(|| vm.bad_payload())?;
    let k = vm.intern(name)?;
    vm.dict_set(&d, k, value)
}

/// Runs the Python part of a builtin module in its namespace (the module is put in
/// `sys.modules` first, so that the code may import modules that import it).
pub(crate) fn exec_python(
    vm: &mut Vm,
    m: &Obj,
    source: &'static str,
    filename: &str,
) -> PyResult<()> {
    let d = vm.module_dict(m).ok_or_else(|| vm.bad_payload())?;
    let name = m
        .downcast::<crate::objects::ModuleObj>()
        .map(|mo| mo.name.to_string())
        .unwrap_or_default();
    let key = vm.new_str(&name)?;
    let modules = vm.modules.clone();
    vm.dict_set(&modules, key, m.clone())?;
    vm.exec_trusted_source(source, filename, &d)?;
    Ok(())
}
