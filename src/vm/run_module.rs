//! `minipy -m NAME`: finding the module to run as `__main__`, as CPython's runpy does.
//! The packages above it are imported first (so `pkg/__init__.py` runs); a package
//! runs its `__main__` submodule; a module compiled into the interpreter has no code
//! to run. The module's own code then runs in `__main__`, with `__package__` set so
//! that its relative imports work.

use crate::objects::str::as_str;

use super::{PyErr, Vm};

/// The code `-m` runs.
pub struct MainModuleSource {
    pub source: String,
    /// The name tracebacks show: the file's path, or `<frozen NAME>`.
    pub filename: String,
    /// The file it was read from (`__file__` and `sys.argv[0]`), None when frozen.
    pub file: Option<String>,
    /// `__package__`: the package the module is in ('' at the top level).
    pub package: String,
}

/// Why `-m` cannot run a module.
pub enum MainModuleError {
    /// A message CPython prints after the program's name (`No module named x`).
    Message(String),
    /// An exception raised while importing a package above the module.
    Raised(PyErr),
}

impl Vm {
    /// Finds module `name` for `-m`, importing the packages above it.
    pub fn find_main_module(&mut self, name: &str) -> Result<MainModuleSource, MainModuleError> {
        self.find_main_module_in(name, None)
    }

    /// `find_main_module`; `package_of` is the package whose `__main__` is sought.
    fn find_main_module_in(
        &mut self,
        name: &str,
        package_of: Option<&str>,
    ) -> Result<MainModuleSource, MainModuleError> {
        if name.is_empty() || name.starts_with('.') {
            return Err(MainModuleError::Message(
                "Relative module names not supported".to_owned(),
            ));
        }
        let package = name.rsplit_once('.').map_or("", |(p, _)| p).to_owned();
        if !package.is_empty() {
            self.import_parents(name, &package)?;
        }
        let not_found = || match package_of {
            Some(p) => MainModuleError::Message(format!(
                "No module named {name}; '{p}' is a package and cannot be directly executed"
            )),
            None => MainModuleError::Message(format!("No module named {name}")),
        };
        let shadowable = !(self.library.is_core_module)(name);
        if shadowable && let Some(found) = self.main_module_file(name, &package)? {
            return Ok(found);
        }
        if (self.library.is_builtin_module)(name) {
            return Err(MainModuleError::Message(format!(
                "No code object available for {name}"
            )));
        }
        if let Some(source) = (self.library.frozen_source)(name) {
            return Ok(MainModuleSource {
                source: source.to_owned(),
                filename: format!("<frozen {name}>"),
                file: None,
                package,
            });
        }
        if !shadowable && let Some(found) = self.main_module_file(name, &package)? {
            return Ok(found);
        }
        Err(not_found())
    }

    /// Imports each package above `name` (`a`, then `a.b` for `a.b.c`), as the import
    /// of `name` would; a missing one is CPython's "Error while finding module
    /// specification" message.
    fn import_parents(&mut self, name: &str, package: &str) -> Result<(), MainModuleError> {
        let mut prefix = String::new();
        for part in package.split('.') {
            if !prefix.is_empty() {
                prefix.push('.');
            }
            prefix.push_str(part);
            let module = match self.import_module(&prefix) {
                Ok(m) => m,
                Err(e) => {
                    let not_found = self.exc.module_not_found_error.clone();
                    if !self.err_matches(&e, &not_found) {
                        return Err(MainModuleError::Raised(e));
                    }
                    let exc = self.exc_object(e);
                    let text = self
                        .str_of(&exc)
                        .ok()
                        .and_then(|s| as_str(&s).map(str::to_owned))
                        .unwrap_or_default();
                    return Err(MainModuleError::Message(format!(
                        "Error while finding module specification for '{name}' \
                         (ModuleNotFoundError: {text})"
                    )));
                }
            };
            if self.getattr_str(&module, "__path__").is_err() {
                return Err(MainModuleError::Message(format!(
                    "Error while finding module specification for '{name}' \
                     (ModuleNotFoundError: __path__ attribute not found on '{prefix}' \
                     while trying to find '{name}')"
                )));
            }
        }
        Ok(())
    }

    /// The file of module `name` on `sys.path` (`name.py`), or the `__main__` of the
    /// package there (`name/__init__.py` beside `name/__main__.py`).
    fn main_module_file(
        &mut self,
        name: &str,
        package: &str,
    ) -> Result<Option<MainModuleSource>, MainModuleError> {
        if !self.policy().allows(super::Capability::FileSystem) {
            return Ok(None);
        }
        let rel = name.replace('.', "/");
        for dir in self.search_path() {
            let dir = std::path::Path::new(&dir);
            let file = dir.join(format!("{rel}.py"));
            if file.is_file() {
                return self.read_main_module(&file, package).map(Some);
            }
            if dir.join(&rel).join("__init__.py").is_file() {
                // A package: it is imported, then its `__main__` runs.
                let main = format!("{name}.__main__");
                return self.find_main_module_in(&main, Some(name)).map(Some);
            }
        }
        Ok(None)
    }

    /// Reads a module's source file for `-m`.
    fn read_main_module(
        &mut self,
        file: &std::path::Path,
        package: &str,
    ) -> Result<MainModuleSource, MainModuleError> {
        let path = std::path::absolute(file).unwrap_or_else(|_| file.to_path_buf());
        let shown = path.to_string_lossy().into_owned();
        let bytes = std::fs::read(&path).map_err(|e| {
            let name = self.new_str(&shown).ok();
            MainModuleError::Raised(self.io_error(&e, name))
        })?;
        let source = crate::syntax::decode_source(&bytes).map_err(|e| {
            let cls = self.exc.syntax_error.clone();
            MainModuleError::Raised(self.new_exception_msg(&cls, &e.message(&shown)))
        })?;
        Ok(MainModuleSource {
            source,
            filename: shown.clone(),
            file: Some(shown),
            package: package.to_owned(),
        })
    }

    /// Gives `__main__` the module attributes `-m` sets (`__file__`, `__package__`)
    /// and `sys.argv[0]` the module's file.
    pub fn prepare_main_for_module(
        &mut self,
        main_dict: &crate::heap::Obj,
        found: &MainModuleSource,
    ) -> super::PyResult<()> {
        let k = self.intern("__package__")?;
        let v = self.new_str(&found.package)?;
        self.dict_set(main_dict, k, v)?;
        let argv0 = found.file.as_deref().unwrap_or(&found.filename);
        if let Some(file) = &found.file {
            let k = self.intern("__file__")?;
            let v = self.new_str(file)?;
            self.dict_set(main_dict, k, v)?;
            let k = self.intern("__cached__")?;
            let none = self.none();
            self.dict_set(main_dict, k, none)?;
        }
        let sys = self.import_module("sys")?;
        let argv = self.getattr_str(&sys, "argv")?;
        if let Some(list) = argv.downcast::<crate::objects::ListObj>() {
            let v = self.new_str(argv0)?;
            if let Ok(mut items) = list.items.try_borrow_mut()
                && let Some(first) = items.get_mut(0)
            {
                let old = std::mem::replace(first, v);
                drop(items);
                drop(old);
            }
        }
        Ok(())
    }
}
