//! What the interpreter core needs from the standard library built on top of it,
//! handed to `Vm::new` by whoever assembles an interpreter (`modules::LIBRARY`), so
//! that the core does not depend on the modules: the builtins namespace, the native
//! and frozen modules an import finds, `sys.version_info`, and the `atexit` functions.

use crate::heap::Obj;
use crate::objects::function::FastMethod;

use super::{PyResult, Vm};

pub struct Library {
    /// Fills the builtins namespace (`print`, `len`, ...) once the types exist.
    pub init_builtins: fn(&mut Vm) -> PyResult<()>,
    /// The native module `name`, newly made, or None when there is none by that name.
    pub create_builtin_module: fn(&mut Vm, &str) -> PyResult<Option<Obj>>,
    /// Whether `name` is a native module (imports report it as built-in).
    pub is_builtin_module: fn(&str) -> bool,
    /// Whether `name` is one of the modules a file on `sys.path` cannot shadow.
    pub is_core_module: fn(&str) -> bool,
    /// The source text of frozen (Python) module `name`.
    pub frozen_source: fn(&str) -> Option<&'static str>,
    /// Whether frozen module `name` is a package (other frozen modules are inside it).
    pub is_frozen_package: fn(&str) -> bool,
    /// Sets `sys.version_info` and its friends, once `sys` and the builtins exist.
    pub install_version_info: fn(&mut Vm) -> PyResult<()>,
    /// Runs the functions registered with `atexit`, at shutdown.
    pub run_exit_functions: fn(&mut Vm),
    /// What the program asked signal `n` to do (`signal.signal`), or None when it did
    /// not say (the `signal` module is not in use).
    pub signal_action: fn(&mut Vm, usize) -> PyResult<Option<super::SignalAction>>,
    /// The direct entries of methods of types the modules define, by the type's name
    /// (as `list`, `dict` and `set` have theirs in objects/).
    pub fast_methods: &'static [(&'static str, &'static [(&'static str, FastMethod)])],
}
