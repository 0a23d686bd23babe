//! What CPython's `site` module gives an interactive session: `exit` and `quit` as
//! objects that explain themselves when echoed (`Use exit() or Ctrl-D (i.e. EOF) to
//! exit`) and raise SystemExit when called. Written in Python, as in CPython's
//! `_sitebuiltins`, and run in a module of that name.

use crate::heap::Obj;
use crate::vm::{PyResult, Vm};

const SITEBUILTINS: &str = r#"
class Quitter(object):
    def __init__(self, name, eof):
        self.name = name
        self.eof = eof

    def __repr__(self):
        return 'Use ' + self.name + '() or ' + self.eof + ' to exit'

    def __call__(self, code=None):
        raise SystemExit(code)

exit = Quitter('exit', 'Ctrl-D (i.e. EOF)')
quit = Quitter('quit', 'Ctrl-D (i.e. EOF)')
"#;

/// Replaces the builtins `exit` and `quit` by `_sitebuiltins.Quitter` objects.
pub fn install_quitters(vm: &mut Vm) -> PyResult<()> {
    let module = vm.new_module("_sitebuiltins")?;
    let globals = vm.module_dict(&module).ok_or_else(|| vm.bad_payload())?;
    vm.exec_source(SITEBUILTINS, "<frozen _sitebuiltins>", &globals)?;
    let builtins: Obj = vm.builtins.clone();
    for name in ["exit", "quit"] {
        let key = vm.intern(name)?;
        if let Some(quitter) = vm.dict_get_str(&globals, &key) {
            vm.dict_set(&builtins, key, quitter)?;
        }
    }
    Ok(())
}
