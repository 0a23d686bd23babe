//! What CPython's `site` module adds to the builtins of every program and of the
//! interactive prompt: `exit`, `quit`, `copyright`, `credits`, `license` and `help`,
//! the objects of the frozen module `_sitebuiltins` (`py/_sitebuiltins.py`), which is
//! imported (and so compiled only once, through the code cache) at start-up.

use crate::heap::Obj;
use crate::vm::{PyResult, Vm};

/// Puts the objects of `_sitebuiltins` into the builtins, replacing the plain `exit`
/// and `quit` functions embedders see.
pub fn install(vm: &mut Vm) -> PyResult<()> {
    let module = vm.import_module("_sitebuiltins")?;
    let globals = vm.module_dict(&module).ok_or_else(|| vm.bad_payload())?;
    let builtins: Obj = vm.builtins.clone();
    for name in ["exit", "quit", "copyright", "credits", "license", "help"] {
        let key = vm.intern(name)?;
        if let Some(v) = vm.dict_get_str(&globals, &key) {
            vm.dict_set(&builtins, key, v)?;
        }
    }
    Ok(())
}
