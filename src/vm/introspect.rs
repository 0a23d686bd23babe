//! Questions about objects and the running frame: callability, isinstance with tuples,
//! the current namespaces.

use crate::heap::Obj;
use crate::objects::tuple::as_tuple;
use crate::objects::{Tag, TypeObj, tag_of};

use super::{PyResult, Vm};

impl Vm {
    /// `callable(o)`.
    pub fn callable(&mut self, o: &Obj) -> bool {
        match tag_of(o) {
            Tag::Function | Tag::BuiltinFunction | Tag::BoundMethod | Tag::Type => true,
            _ => {
                let cls = self.type_of(o);
                self.lookup_type_attr(&cls, "__call__").is_some()
            }
        }
    }

    /// `isinstance(o, spec)` where spec is a class or a (nested) tuple of classes.
    pub fn isinstance_check(&mut self, o: &Obj, spec: &Obj, fname: &str) -> PyResult<bool> {
        if let Some(members) = self.union_as_tuple(spec)? {
            return self.isinstance_check(o, &members, fname);
        }
        if let Some(items) = as_tuple(spec) {
            // Each tuple level counts toward the recursion limit, as in CPython.
            let items = items.to_vec();
            self.enter_native(" in __instancecheck__")?;
            let mut r = Ok(false);
            for c in &items {
                match self.isinstance_check(o, c, fname) {
                    Ok(false) => {}
                    other => {
                        r = other;
                        break;
                    }
                }
            }
            self.leave_native();
            return r;
        }
        if tag_of(spec) != Tag::Type {
            // Any object whose type defines `__instancecheck__` (typing's aliases).
            if let Some(r) = self.metaclass_check(spec, o, "__instancecheck__")? {
                return Ok(r);
            }
            return Err(self.type_error(format!(
                "{fname}() arg 2 must be a type, a tuple of types, or a union"
            )));
        }
        if self.isinstance(o, spec) {
            return Ok(true);
        }
        if let Some(r) = self.metaclass_check(spec, o, "__instancecheck__")? {
            return Ok(r);
        }
        self.isinstance_by_class_attr(o, spec)
    }

    /// `type.__instancecheck__(cls, o)`: the check without the metaclass hook.
    pub fn default_instance_check(&mut self, o: &Obj, cls: &Obj) -> PyResult<bool> {
        if self.isinstance(o, cls) {
            return Ok(true);
        }
        self.isinstance_by_class_attr(o, cls)
    }

    /// A metaclass's `__instancecheck__` / `__subclasscheck__` (as `abc.ABCMeta`
    /// defines): None when the metaclass of `spec` is a builtin type, which keeps the
    /// common case free of lookups.
    fn metaclass_check(&mut self, spec: &Obj, arg: &Obj, hook: &str) -> PyResult<Option<bool>> {
        let meta = self.type_of(spec);
        let Some(f) = self.lookup_user_method(&meta, hook) else {
            return Ok(None);
        };
        self.enter_native(if hook == "__instancecheck__" {
            " in __instancecheck__"
        } else {
            " in __subclasscheck__"
        })?;
        let r = self.call_method_with(&f, spec, std::slice::from_ref(arg));
        self.leave_native();
        let r = r?;
        self.truthy(&r).map(Some)
    }

    /// CPython's second chance for `isinstance`: when `o.__class__` is a class other
    /// than `type(o)` (a property on a proxy or mock), it decides. Instances of builtin
    /// types cannot override `__class__`, so only user classes pay for the lookup.
    fn isinstance_by_class_attr(&mut self, o: &Obj, spec: &Obj) -> PyResult<bool> {
        let t = self.type_of(o);
        if t.downcast::<TypeObj>().is_none_or(|tp| tp.builtin) {
            return Ok(false);
        }
        let key = self.names.__class__.clone();
        match self.getattr_opt(o, &key)? {
            Some(icls) if !icls.ptr_eq(&t) && tag_of(&icls) == Tag::Type => {
                Ok(self.is_subclass(&icls, spec))
            }
            _ => Ok(false),
        }
    }

    /// `issubclass(cls, spec)`.
    pub fn subclass_check(&mut self, cls: &Obj, spec: &Obj) -> PyResult<bool> {
        if let Some(members) = self.union_as_tuple(spec)? {
            return self.subclass_check(cls, &members);
        }
        if let Some(items) = as_tuple(spec) {
            let items = items.to_vec();
            self.enter_native(" in __subclasscheck__")?;
            let mut r = Ok(false);
            for c in &items {
                match self.subclass_check(cls, c) {
                    Ok(false) => {}
                    other => {
                        r = other;
                        break;
                    }
                }
            }
            self.leave_native();
            return r;
        }
        if tag_of(spec) != Tag::Type {
            if let Some(r) = self.metaclass_check(spec, cls, "__subclasscheck__")? {
                return Ok(r);
            }
            return Err(self
                .type_error("issubclass() arg 2 must be a class, a tuple of classes, or a union"));
        }
        if let Some(r) = self.metaclass_check(spec, cls, "__subclasscheck__")? {
            return Ok(r);
        }
        self.default_subclass_check(cls, spec)
    }

    /// `type.__subclasscheck__(spec, cls)`: the check without the metaclass hook.
    pub fn default_subclass_check(&mut self, cls: &Obj, spec: &Obj) -> PyResult<bool> {
        if tag_of(cls) != Tag::Type {
            return Err(self.type_error("issubclass() arg 1 must be a class"));
        }
        Ok(self.is_subclass(cls, spec))
    }

    /// Calls a special method only when a user class defines it.
    pub fn call_special_user(&mut self, o: &Obj, name: &str) -> PyResult<Option<Obj>> {
        let cls = self.type_of(o);
        match self.lookup_user_method(&cls, name) {
            Some(f) => self.call_method_with(&f, o, &[]).map(Some),
            None => Ok(None),
        }
    }

    /// The namespace names are stored in at the current point (`dir()`).
    pub(crate) fn current_namespace(&mut self) -> Obj {
        match self.locals_dict() {
            Ok(d) => d,
            Err(_) => self.builtins.clone(),
        }
    }

    /// The globals of the running frame.
    pub(crate) fn frames_globals(&self) -> Option<Obj> {
        self.frames.last().map(|f| f.globals.clone())
    }

    /// `locals()`: the namespace of module and class bodies; for functions, a new dict
    /// of the bound local variables.
    pub(crate) fn locals_dict(&mut self) -> PyResult {
        match self.frames.len() {
            0 => self.new_dict(),
            n => self.locals_dict_of(n - 1),
        }
    }

    /// `locals()` of the frame at `index` in the frame stack.
    pub(crate) fn locals_dict_of(&mut self, index: usize) -> PyResult {
        let Some(frame) = self.frames.get(index) else {
            return self.new_dict();
        };
        if let Some(ns) = &frame.namespace {
            return Ok(ns.clone());
        }
        if !frame.code.is_function() {
            return Ok(frame.globals.clone());
        }
        let code = frame.code.clone();
        let d = self.new_dict()?;
        for (i, name) in code.varnames.iter().enumerate() {
            if let Some(v) = self
                .frame_local(index, i)
                .filter(|v| !v.ptr_eq(&self.s.null))
            {
                self.dict_set(&d, name.clone(), v)?;
            }
        }
        let cells = code.cellvars.iter().chain(code.freevars.iter());
        for (i, name) in cells.enumerate() {
            let v = self.frame_local(index, code.nlocals() + i).and_then(|c| {
                c.downcast::<crate::objects::CellObj>()
                    .and_then(|c| c.value.get())
            });
            if let Some(v) = v {
                self.dict_set(&d, name.clone(), v)?;
            }
        }
        Ok(d)
    }

    /// `next(generator)`: `Ok(v)` yielded, `Err(r)` finished with return value r.
    pub(crate) fn resume_generator_value(&mut self, g: &Obj) -> PyResult<Result<Obj, Obj>> {
        self.resume_generator(g, None, None)
    }
}
