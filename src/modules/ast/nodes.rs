//! The conversion state: the `ast` module's node classes looked up once by name, the
//! shared instances of the operator and context classes (`ast.Load()` and `ast.Add()`
//! are singletons in every tree, as in CPython), and the making of one node object:
//! an instance of its class with the fields, then the position attributes, stored in
//! its `__dict__` (the class's `__init__` is not run).

use std::collections::HashMap;

use crate::heap::Obj;
use crate::syntax::ast::Loc;
use crate::vm::{Args, PyResult, Vm};

/// How deep the tree may nest before the conversion gives up with RecursionError.
const MAX_DEPTH: usize = 3000;

pub(super) struct Converter<'v, 's> {
    pub(super) vm: &'v mut Vm,
    module: Obj,
    singletons: Obj,
    classes: HashMap<&'static str, Obj>,
    names: HashMap<&'static str, Obj>,
    /// The source and the byte offset where each line starts, to see string prefixes.
    source: &'s str,
    line_starts: Vec<usize>,
    depth: usize,
}

impl<'v, 's> Converter<'v, 's> {
    pub(super) fn new(vm: &'v mut Vm, source: &'s str) -> PyResult<Self> {
        let module = vm.import_module("ast")?;
        let key = vm.intern("_singletons")?;
        let singletons = vm.getattr(&module, &key)?;
        let mut line_starts = vec![0];
        line_starts.extend(
            source
                .bytes()
                .enumerate()
                .filter(|&(_, b)| b == b'\n')
                .map(|(i, _)| i + 1),
        );
        Ok(Converter {
            vm,
            module,
            singletons,
            classes: HashMap::new(),
            names: HashMap::new(),
            source,
            line_starts,
            depth: 0,
        })
    }

    /// The source byte at a node's start (a string's prefix letter, if any).
    pub(super) fn first_byte(&self, loc: Loc) -> Option<u8> {
        let start = *self.line_starts.get(loc.line.checked_sub(1)? as usize)?;
        self.source
            .as_bytes()
            .get(start + loc.col as usize)
            .copied()
    }

    fn name(&mut self, name: &'static str) -> PyResult {
        if let Some(n) = self.names.get(name) {
            return Ok(n.clone());
        }
        let n = self.vm.intern(name)?;
        self.names.insert(name, n.clone());
        Ok(n)
    }

    fn class(&mut self, name: &'static str) -> PyResult {
        if let Some(c) = self.classes.get(name) {
            return Ok(c.clone());
        }
        let key = self.name(name)?;
        let module = self.module.clone();
        let c = self.vm.getattr(&module, &key)?;
        self.classes.insert(name, c.clone());
        Ok(c)
    }

    /// The shared instance of an operator or context class (`Load`, `Add`, ...).
    pub(super) fn singleton(&mut self, name: &'static str) -> PyResult {
        let key = self.name(name)?;
        match self.vm.dict_get_str(&self.singletons, &key) {
            Some(o) => Ok(o),
            None => Err(self
                .vm
                .runtime_error(format!("ast has no singleton for {name}"))),
        }
    }

    /// One node: `class(**fields)` with `lineno`, `col_offset`, `end_lineno` and
    /// `end_col_offset` from `loc` when the class has position attributes.
    pub(super) fn node(
        &mut self,
        class: &'static str,
        fields: &[(&'static str, Obj)],
        loc: Option<Loc>,
    ) -> PyResult {
        let cls = self.class(class)?;
        let obj = self.vm.alloc_instance(&cls, &Args::default())?;
        for (name, value) in fields {
            let key = self.name(name)?;
            self.vm.instance_attr_set(&obj, &key, value.clone())?;
        }
        if let Some(loc) = loc {
            let attrs = [
                ("lineno", loc.line),
                ("col_offset", loc.col),
                ("end_lineno", loc.end_line),
                ("end_col_offset", loc.end_col),
            ];
            for (name, v) in attrs {
                let key = self.name(name)?;
                let v = self.vm.new_int(i64::from(v))?;
                self.vm.instance_attr_set(&obj, &key, v)?;
            }
        }
        Ok(obj)
    }

    /// A str object, or None.
    pub(super) fn opt_str(&mut self, s: Option<&str>) -> PyResult {
        match s {
            Some(s) => self.vm.new_str(s),
            None => Ok(self.vm.none()),
        }
    }

    /// A list of str objects.
    pub(super) fn str_list(&mut self, items: &[&str]) -> PyResult {
        let mut out = Vec::with_capacity(items.len());
        for s in items {
            out.push(self.vm.new_str(s)?);
        }
        self.vm.new_list(out)
    }

    /// A list of converted items.
    pub(super) fn list<T>(
        &mut self,
        items: &[T],
        mut each: impl FnMut(&mut Self, &T) -> PyResult,
    ) -> PyResult {
        let mut out = Vec::with_capacity(items.len());
        for item in items {
            out.push(each(self, item)?);
        }
        self.vm.new_list(out)
    }

    /// Counts one level of nesting; too deep a tree is a RecursionError.
    pub(super) fn enter(&mut self) -> PyResult<()> {
        self.depth += 1;
        if self.depth > MAX_DEPTH {
            self.depth = 0;
            return Err(self
                .vm
                .recursion_error("maximum recursion depth exceeded during ast construction"));
        }
        Ok(())
    }

    pub(super) fn leave(&mut self) {
        self.depth = self.depth.saturating_sub(1);
    }
}
