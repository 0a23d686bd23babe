//! What CPython's `site` module gives an interactive session: `exit` and `quit` as
//! objects that explain themselves when echoed (`Use exit() or Ctrl-D (i.e. EOF) to
//! exit`) and raise SystemExit when called; `copyright`, `credits` and `license`, which
//! show their text when echoed or called (minipy's own texts, in CPython's shapes); and
//! `help`, which says what it is when echoed and, called with an object, prints what
//! the object is and its docstring (CPython's pydoc and its interactive help utility
//! are not part of minipy). Written in Python, as in CPython's `_sitebuiltins`, and run
//! in a module of that name.

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


class _Printer(object):
    """Interactive prompt objects for printing a text: shown whole when echoed if
    short, else on calling."""

    MAXLINES = 23

    def __init__(self, name, text):
        self.__name = name
        self.__lines = text.split('\n')

    def __repr__(self):
        if len(self.__lines) <= self.MAXLINES:
            return '\n'.join(self.__lines)
        return 'Type %s() to see the full %s text' % ((self.__name,) * 2)

    def __call__(self):
        for line in self.__lines:
            print(line)


copyright = _Printer('copyright', """\
minipy: a Python 3.11 subset interpreter written in Rust.

Python, the language it implements, is Copyright (c) 2001-2023 Python Software
Foundation. All Rights Reserved.""")

credits = _Printer('credits', """\
    Thanks to the CPython developers, whose interpreter is minipy's reference for
    every behaviour, and to the authors of the Rust crates minipy is built on.""")

license = _Printer('license', """\
minipy's source states no license of its own yet.

Python is distributed under the PSF License Agreement; see
https://docs.python.org/3/license.html for its text and history.""")
# Shown on calling only, as CPython's long license text is.
license.MAXLINES = 0


class _Helper(object):
    """help(): what an object is and its docstring (minipy has no pydoc)."""

    def __repr__(self):
        return ("Type help() for interactive help, "
                "or help(object) for help about object.")

    def __call__(self, *args, **kwds):
        if not args:
            print("minipy has no interactive help utility (CPython's pydoc).")
            print("help(object) prints what the object is and its documentation.")
            return
        obj = args[0]
        if isinstance(obj, str):
            try:
                obj = __import__(obj)
            except ImportError:
                print("No Python documentation found for %r." % (obj,))
                print("Use help(str) for help on the str class.")
                return
        if type(obj).__name__ == 'module':
            kind, name = 'module', obj.__name__
        elif isinstance(obj, type):
            kind, name = 'class', obj.__name__
        elif callable(obj) and hasattr(obj, '__name__'):
            kind = 'built-in function' if type(obj).__name__ == 'builtin_function_or_method' else 'function'
            name = obj.__name__
        else:
            obj = type(obj)
            kind, name = 'class', obj.__name__
        module = getattr(obj, '__module__', None)
        where = ' in module ' + module if isinstance(module, str) and kind != 'module' else ''
        print('Help on %s %s%s:' % (kind, name, where))
        print()
        doc = getattr(obj, '__doc__', None)
        print(name)
        if isinstance(doc, str) and doc:
            for line in doc.expandtabs().split('\n'):
                print(('    ' + line).rstrip())
        print()


help = _Helper()
"#;

/// Replaces the builtins `exit` and `quit` by `_sitebuiltins.Quitter` objects and adds
/// `copyright`, `credits`, `license` and `help`.
pub fn install_quitters(vm: &mut Vm) -> PyResult<()> {
    let module = vm.new_module("_sitebuiltins")?;
    let globals = vm.module_dict(&module).ok_or_else(|| vm.bad_payload())?;
    vm.exec_source(SITEBUILTINS, "<frozen _sitebuiltins>", &globals)?;
    let builtins: Obj = vm.builtins.clone();
    for name in ["exit", "quit", "copyright", "credits", "license", "help"] {
        let key = vm.intern(name)?;
        if let Some(quitter) = vm.dict_get_str(&globals, &key) {
            vm.dict_set(&builtins, key, quitter)?;
        }
    }
    Ok(())
}
