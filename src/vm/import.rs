//! Imports: builtin modules written in Rust, `.py` modules next to the main script,
//! `sys.modules` caching, and module teardown at exit.

use std::rc::Rc;

use crate::heap::Obj;
use crate::objects::str::as_str;
use crate::objects::tuple::as_tuple;
use crate::objects::{DictObj, ModuleObj};

use super::{PyResult, Vm};

impl Vm {
    /// A new module object with `__name__` set.
    pub fn new_module(&mut self, name: &str) -> PyResult {
        let dict = self.new_dict()?;
        let k = self.intern("__name__")?;
        let v = self.new_str(name)?;
        self.dict_set(&dict, k, v)?;
        let k = self.intern("__doc__")?;
        let none = self.none();
        self.dict_set(&dict, k, none)?;
        Ok(self.heap.alloc(ModuleObj {
            name: Rc::from(name),
            dict,
        })?)
    }

    /// The namespace dict of a module.
    pub fn module_dict(&self, m: &Obj) -> Option<Obj> {
        m.downcast::<ModuleObj>().map(|m| m.dict.clone())
    }

    pub(crate) fn module_file(&mut self, m: &Obj) -> Option<String> {
        let d = self.module_dict(m)?;
        let k = self.intern("__file__").ok()?;
        let f = self.dict_get_str(&d, &k)?;
        as_str(&f).map(str::to_owned)
    }

    /// Loads (or finds in `sys.modules`) the module `name`.
    pub fn import_module(&mut self, name: &str) -> PyResult {
        let key = self.new_str(name)?;
        let modules = self.modules.clone();
        if let Some(m) = self.dict_lookup(&modules, &key)? {
            return Ok(m);
        }
        // As in CPython, a `.py` file on `sys.path` (beside the script) shadows a
        // standard module, except for the few compiled into the interpreter itself or
        // imported by CPython before the script runs (`io`, `os`, ...).
        let shadowable = !(self.library.is_core_module)(name);
        if shadowable && let Some(m) = self.import_source_module(name)? {
            return Ok(m);
        }
        if let Some(m) = (self.library.create_builtin_module)(self, name)? {
            self.dict_set(&modules, key, m.clone())?;
            // As CPython's: `__package__` (''), and a `__path__` for one holding
            // submodules (`collections` holds `collections.abc`).
            if let Some(d) = self.module_dict(&m) {
                let k = self.intern("__package__")?;
                if self.dict_get_str(&d, &k).is_none() {
                    let package = (self.library.is_frozen_package)(name).then_some("");
                    self.set_package_attrs(&d, name, package)?;
                }
            }
            return Ok(m);
        }
        if let Some(source) = (self.library.frozen_source)(name) {
            return self.import_frozen(name, source);
        }
        if !shadowable && let Some(m) = self.import_source_module(name)? {
            return Ok(m);
        }
        let e = self.exc.module_not_found_error.clone();
        Err(self.import_error_with_name(&e, &format!("No module named '{name}'"), name))
    }

    /// `IMPORT_NAME`: `import a.b` binds the top package `a`; with a fromlist the
    /// module `a.b` itself is returned.
    pub(crate) fn import_name(&mut self, name: &Obj, fromlist: &Obj, level: &Obj) -> PyResult {
        let mut full = as_str(name).unwrap_or("").to_owned();
        let level = usize::try_from(self.to_index(level).unwrap_or(0)).unwrap_or(0);
        if level > 0 {
            full = self.resolve_relative_import(&full, level)?;
        }
        self.check_statement_import(&full)?;
        self.check_not_finalizing()?;
        let mut parent: Option<Obj> = None;
        let mut top: Option<Obj> = None;
        let mut prefix = String::new();
        for part in full.split('.') {
            if !prefix.is_empty() {
                prefix.push('.');
            }
            prefix.push_str(part);
            let m = self.import_module(&prefix)?;
            if let Some(p) = &parent {
                let key = self.intern(part)?;
                self.setattr(p, &key, m.clone())?;
            }
            if top.is_none() {
                top = Some(m.clone());
            }
            parent = Some(m);
        }
        let has_fromlist = as_tuple(fromlist).is_some_and(|t| !t.is_empty());
        let chosen = if has_fromlist { parent } else { top };
        match chosen {
            Some(m) => Ok(m),
            None => Err(self.value_error("Empty module name")),
        }
    }

    /// An import by the program (a statement or `__import__`) once teardown has
    /// begun: `sys.modules` is empty and CPython's import system, finding
    /// `sys.meta_path` None, refuses every module.
    pub(crate) fn check_not_finalizing(&mut self) -> PyResult<()> {
        if !self.finalizing_modules {
            return Ok(());
        }
        let e = self.exc.import_error.clone();
        Err(self.new_exception_msg(&e, "sys.meta_path is None, Python is likely shutting down"))
    }

    /// The absolute name of a relative import (`level` leading dots before `name`) made
    /// from the running module: its `__package__`, or else the package its `__name__`
    /// (or `__path__`) says it is in, as CPython's `importlib._bootstrap` resolves it.
    fn resolve_relative_import(&mut self, name: &str, level: usize) -> PyResult<String> {
        let globals = match self.frames.last() {
            Some(f) => f.globals.clone(),
            None => {
                return Err(
                    self.import_error("attempted relative import with no known parent package")
                );
            }
        };
        let package_key = self.intern("__package__")?;
        let package = match self.dict_get_str(&globals, &package_key) {
            Some(p) if as_str(&p).is_some() => as_str(&p).unwrap_or("").to_owned(),
            Some(p) if !p.ptr_eq(&self.s.none) => {
                return Err(self.type_error("package must be a string"));
            }
            _ => {
                let name_key = self.intern("__name__")?;
                let path_key = self.intern("__path__")?;
                let module_name = self
                    .dict_get_str(&globals, &name_key)
                    .and_then(|n| as_str(&n).map(str::to_owned))
                    .unwrap_or_default();
                if self.dict_get_str(&globals, &path_key).is_some() {
                    module_name
                } else {
                    module_name
                        .rsplit_once('.')
                        .map_or(String::new(), |(p, _)| p.to_owned())
                }
            }
        };
        if package.is_empty() {
            return Err(self.import_error("attempted relative import with no known parent package"));
        }
        let bits: Vec<&str> = package.rsplitn(level, '.').collect();
        if bits.len() < level {
            return Err(self.import_error("attempted relative import beyond top-level package"));
        }
        let base = bits[bits.len() - 1];
        Ok(if name.is_empty() {
            base.to_owned()
        } else {
            format!("{base}.{name}")
        })
    }

    /// Sets the package attributes of a module loaded from source or frozen:
    /// `__package__` (the package it is in, or itself for a package) and, for a
    /// package, `__path__` (its directory; empty for a frozen package, given as '').
    fn set_package_attrs(
        &mut self,
        d: &Obj,
        name: &str,
        package_dir: Option<&str>,
    ) -> PyResult<()> {
        let package = match package_dir {
            Some(_) => name,
            None => name.rsplit_once('.').map_or("", |(p, _)| p),
        };
        let k = self.intern("__package__")?;
        let v = self.new_str(package)?;
        self.dict_set(d, k, v)?;
        if let Some(dir) = package_dir {
            let k = self.intern("__path__")?;
            let entries = if dir.is_empty() {
                Vec::new()
            } else {
                vec![self.new_str(dir)?]
            };
            let v = self.new_list(entries)?;
            self.dict_set(d, k, v)?;
        }
        Ok(())
    }

    fn finish_initializing(&mut self, m: &Obj) {
        if let Some(i) = self.initializing_modules.iter().rposition(|x| x.ptr_eq(m)) {
            self.initializing_modules.remove(i);
        }
    }

    /// True while `m`'s own code is still running (an import cycle can see it so).
    pub(crate) fn is_initializing(&self, m: &Obj) -> bool {
        self.initializing_modules.iter().any(|x| x.ptr_eq(m))
    }

    /// `from m import name`.
    pub(crate) fn import_from(&mut self, m: &Obj, name: &Obj) -> PyResult {
        if let Some(v) = self.getattr_opt(m, name)? {
            return Ok(v);
        }
        let n = as_str(name).unwrap_or("?").to_owned();
        let mname = m
            .downcast::<ModuleObj>()
            .map(|m| m.name.to_string())
            .unwrap_or_default();
        // A submodule not yet imported.
        let sub_name = format!("{mname}.{n}");
        self.check_statement_import(&sub_name)?;
        if let Ok(sub) = self.import_module(&sub_name) {
            // As every import of a submodule does, it becomes an attribute of its
            // package (`from p import sub` then `p.sub`).
            self.setattr(m, name, sub.clone())?;
            return Ok(sub);
        }
        let loc = self
            .module_file(m)
            .unwrap_or_else(|| "unknown location".to_owned());
        let loc = if mname == "sys" || (self.library.is_builtin_module)(&mname) {
            "unknown location".to_owned()
        } else {
            loc
        };
        let e = self.exc.import_error.clone();
        let msg = if self.is_initializing(m) {
            format!(
                "cannot import name '{n}' from partially initialized module '{mname}' \
                 (most likely due to a circular import) ({loc})"
            )
        } else {
            format!("cannot import name '{n}' from '{mname}' ({loc})")
        };
        Err(self.import_error_with_name(&e, &msg, &mname))
    }

    /// `from m import *`: the names in `__all__`, or every public name.
    pub(crate) fn import_star(&mut self, m: &Obj) -> PyResult<()> {
        let Some(src) = self.module_dict(m) else {
            return Ok(());
        };
        let ns = match self.frames.last() {
            Some(f) => f.namespace.clone().unwrap_or_else(|| f.globals.clone()),
            None => return Ok(()),
        };
        let all_key = self.intern("__all__")?;
        let names: Vec<Obj> = match self.dict_get_str(&src, &all_key) {
            Some(all) => self.iterate_to_vec(&all)?,
            None => src
                .downcast::<DictObj>()
                .map(|d| {
                    d.table
                        .borrow()
                        .iter()
                        .filter(|e| as_str(&e.key).is_some_and(|s| !s.starts_with('_')))
                        .map(|e| e.key.clone())
                        .collect()
                })
                .unwrap_or_default(),
        };
        for n in names {
            let v = self.getattr(m, &n)?;
            self.mapping_set(&ns, n, v)?;
        }
        Ok(())
    }

    /// Runs a module compiled into the interpreter.
    fn import_frozen(&mut self, name: &str, source: &'static str) -> PyResult {
        let m = self.new_module(name)?;
        let d = self.module_dict(&m).ok_or_else(|| self.bad_payload())?;
        let key = self.new_str(name)?;
        let modules = self.modules.clone();
        self.dict_set(&modules, key.clone(), m.clone())?;
        // A frozen package (`json`, `xml.etree`) has a `__path__`, empty: its modules
        // are found by name, not in a directory.
        let package = (self.library.is_frozen_package)(name).then_some("");
        self.set_package_attrs(&d, name, package)?;
        let filename = format!("<frozen {name}>");
        self.initializing_modules.push(m.clone());
        let r = self.exec_trusted_source(source, &filename, &d);
        self.finish_initializing(&m);
        if let Err(e) = r {
            self.dict_pop(&modules, &key)?;
            return Err(e);
        }
        Ok(m)
    }

    /// Finds `name.py` beside the main script (the first entry of `sys.path`).
    fn import_source_module(&mut self, name: &str) -> PyResult<Option<Obj>> {
        if !self.policy().allows(crate::vm::Capability::FileSystem) {
            return Ok(None);
        }
        let rel = name.replace('.', "/");
        for dir in self.search_path() {
            let candidates = [
                std::path::Path::new(&dir).join(format!("{rel}.py")),
                std::path::Path::new(&dir).join(&rel).join("__init__.py"),
            ];
            for path in candidates {
                if let Ok(bytes) = std::fs::read(&path) {
                    let filename = path.to_string_lossy().into_owned();
                    let source = match crate::syntax::decode_source(&bytes) {
                        Ok(s) => s,
                        Err(e) => {
                            let cls = self.exc.syntax_error.clone();
                            return Err(self.new_exception_msg(&cls, &e.message(&filename)));
                        }
                    };
                    let m = self.new_module(name)?;
                    let d = self.module_dict(&m).ok_or_else(|| self.bad_payload())?;
                    let k = self.intern("__file__")?;
                    let f = self.new_str(&filename)?;
                    self.dict_set(&d, k, f)?;
                    let package_dir = path
                        .file_name()
                        .is_some_and(|f| f == "__init__.py")
                        .then(|| path.parent().map(|p| p.to_string_lossy().into_owned()))
                        .flatten();
                    self.set_package_attrs(&d, name, package_dir.as_deref())?;
                    let key = self.new_str(name)?;
                    let modules = self.modules.clone();
                    self.dict_set(&modules, key.clone(), m.clone())?;
                    self.initializing_modules.push(m.clone());
                    let r = self.exec_source(&source, &filename, &d);
                    self.finish_initializing(&m);
                    if let Err(e) = r {
                        self.dict_pop(&modules, &key)?;
                        return Err(e);
                    }
                    return Ok(Some(m));
                }
            }
        }
        Ok(None)
    }

    /// Directories searched for source modules (`sys.path`).
    pub(super) fn search_path(&mut self) -> Vec<String> {
        let Ok(sys) = self.import_module("sys") else {
            return Vec::new();
        };
        let Ok(path) = self.getattr_str(&sys, "path") else {
            return Vec::new();
        };
        self.iterate_to_vec(&path)
            .unwrap_or_default()
            .iter()
            .filter_map(|p| as_str(p).map(str::to_owned))
            .collect()
    }

    /// Empties module namespaces at exit as CPython does: names starting with one
    /// underscore first, then the rest, each in definition order (so `__del__` methods
    /// run in a predictable order).
    pub(crate) fn clear_modules(&mut self) {
        self.finalizing_modules = true;
        let modules: Vec<Obj> = self
            .modules
            .downcast::<DictObj>()
            .map(|d| d.table.borrow().iter().map(|e| e.value.clone()).collect())
            .unwrap_or_default();
        let mut main_first: Vec<Obj> = modules;
        main_first.sort_by_key(|m| {
            m.downcast::<ModuleObj>()
                .is_none_or(|m| &*m.name != "__main__")
        });
        // As CPython: the modules leave `sys.modules` first and a collection runs, so
        // a namespace only cycles keep alive (functions refer to their globals) is
        // freed as garbage: weakrefs inside it die without calling back and `__del__`
        // methods see intact globals. Namespaces still alive are cleared below.
        let weak: Vec<Option<Obj>> = main_first
            .iter()
            .map(|m| self.new_weakref_unchecked(m, None).ok())
            .collect();
        let strong: Vec<Option<Obj>> = weak
            .iter()
            .zip(&main_first)
            .map(|(w, m)| w.is_none().then(|| m.clone()))
            .collect();
        drop(main_first);
        let old = self
            .modules
            .downcast::<DictObj>()
            .map(|d| d.table.borrow_mut().take());
        drop(old);
        self.safe_point();
        self.collect_observed(2, false);
        let alive: Vec<Obj> = weak
            .into_iter()
            .zip(strong)
            .filter_map(|(w, s)| {
                s.or_else(|| {
                    w.as_ref()
                        .and_then(|w| w.downcast::<crate::objects::weakref::WeakRefObj>())
                        .and_then(|r| r.slot.get())
                })
            })
            .collect();
        for m in alive {
            // The builtins namespace is cleared last, below.
            if let Some(d) = self.module_dict(&m).filter(|d| !d.ptr_eq(&self.builtins)) {
                self.clear_namespace(&d);
            }
        }
        let old = self
            .modules
            .downcast::<DictObj>()
            .map(|d| d.table.borrow_mut().take());
        drop(old);
        // Cycles left by the modules are collected while builtins still exist, so
        // that their `__del__` methods can use them (as in CPython).
        self.collect_observed(2, false);
        let b = self.builtins.clone();
        self.clear_namespace(&b);
        self.safe_point();
    }

    fn clear_namespace(&mut self, d: &Obj) {
        let keys: Vec<Obj> = d
            .downcast::<DictObj>()
            .map(|dd| dd.table.borrow().iter().map(|e| e.key.clone()).collect())
            .unwrap_or_default();
        for pass in 0..2 {
            for k in &keys {
                let Some(s) = as_str(k) else { continue };
                if s == "__builtins__" {
                    continue;
                }
                let underscore = s.starts_with('_') && !s.starts_with("__");
                if (pass == 0) == underscore {
                    let none = self.none();
                    let _ = self.dict_set(d, k.clone(), none);
                    self.safe_point();
                }
            }
        }
        let old = d
            .downcast::<DictObj>()
            .map(|dd| dd.table.borrow_mut().take());
        drop(old);
        self.safe_point();
    }
}
