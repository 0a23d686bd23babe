//! The protocols for objects of the types builtin modules define in Rust
//! (`objects::native`): their type objects, construction, iteration, repr, attributes
//! and item access, all reached through the methods in the type's namespace.

use crate::text::text_buf::TextBuf;
use std::cell::{Cell, RefCell};
use std::rc::Rc;

use crate::heap::Obj;
use crate::objects::descr::{ClassMethodObj, PropertyObj, StaticMethodObj};
use crate::objects::function::{BuiltinFunctionObj, NativeFn};
use crate::objects::native::NativeObj;
use crate::objects::str::as_str;
use crate::objects::{Tag, TypeObj};

use super::new::{alloc_dict, alloc_tuple};
use super::{Args, PyResult, Vm};

/// How to build a native type object.
pub struct NativeTypeSpec {
    /// `__name__` (and `__qualname__`).
    pub name: &'static str,
    /// `__module__`.
    pub module: &'static str,
    /// The constructor, called as `new(cls, *args, **kwargs)`; None for types that
    /// cannot be instantiated from Python.
    pub new: Option<NativeFn>,
    /// Methods, special methods included (`__call__`, `__repr__`, `__len__`, ...).
    pub methods: &'static [(&'static str, NativeFn)],
    pub class_methods: &'static [(&'static str, NativeFn)],
    /// Read-only attributes computed by a getter.
    pub getters: &'static [(&'static str, NativeFn)],
    /// Iterators get `__iter__` (returning self) and `__next__`.
    pub iterator: bool,
    /// Named like a C type (`itertools.count`: the module is part of the name that
    /// messages show) rather than like a Python class (`Random`, shown as
    /// `random.Random` only in its repr).
    pub c_type: bool,
    /// Sets `__hash__` to None.
    pub unhashable: bool,
    /// Python classes may inherit from the type (their instances hold a value of it).
    pub subclassable: bool,
}

impl NativeTypeSpec {
    /// A spec with no methods; fill in the rest with struct update syntax.
    pub const fn new(module: &'static str, name: &'static str) -> NativeTypeSpec {
        NativeTypeSpec {
            name,
            module,
            new: None,
            methods: &[],
            class_methods: &[],
            getters: &[],
            iterator: false,
            c_type: true,
            unhashable: false,
            subclassable: false,
        }
    }
}

/// How a Rust function sits in a native type's namespace.
#[derive(Clone, Copy)]
enum Entry {
    Method,
    Static,
    Class,
    Getter,
}

fn native_iter_self(vm: &mut Vm, args: Args) -> PyResult {
    args.check(vm, "__iter__", 1, 1)?;
    Ok(args.pos[0].clone())
}

fn native_next_method(vm: &mut Vm, args: Args) -> PyResult {
    args.check(vm, "__next__", 1, 1)?;
    match vm.next(&args.pos[0])? {
        Some(v) => Ok(v),
        None => Err(vm.stop_iteration(None)),
    }
}

impl Vm {
    /// The type object described by `spec`, created on first use and then shared.
    pub fn native_type(&mut self, spec: &'static NativeTypeSpec) -> PyResult {
        let key = (spec.module, spec.name);
        if let Some(t) = self.native_types.get(&key) {
            return Ok(t.clone());
        }
        let t = self.make_native_type(spec)?;
        self.native_types.insert(key, t.clone());
        Ok(t)
    }

    fn make_native_type(&mut self, spec: &'static NativeTypeSpec) -> PyResult {
        let dict = alloc_dict(&self.heap)?;
        let object = self.types.object.clone();
        let bases = alloc_tuple(&self.heap, vec![object.clone()])?;
        let placeholder = alloc_tuple(&self.heap, Vec::new())?;
        let module = self.new_str(spec.module)?;
        let name: Rc<str> = if spec.c_type {
            Rc::from(format!("{}.{}", spec.module, spec.name))
        } else {
            Rc::from(spec.name)
        };
        let t = self.heap.alloc(TypeObj {
            name: RefCell::new(name.clone()),
            qualname: RefCell::new(name),
            module: RefCell::new(if spec.c_type {
                None
            } else {
                Some(module.clone())
            }),
            bases: RefCell::new(bases),
            mro: RefCell::new(placeholder),
            dict: dict.clone(),
            layout: Tag::Native,
            builtin: true,
            slot_flags: Cell::new(0),
            version: Cell::new(0),
            base_ok: spec.subclassable,
            init: RefCell::new(None),
            metaclass: RefCell::new(None),
            slot_names: None,
            nslots: 0,
            version_tag: Cell::new(0),
            subclasses: RefCell::new(Vec::new()),
            instance_keys: RefCell::new(crate::heap::HeapVec::new()),
        })?;
        let mro = alloc_tuple(&self.heap, vec![t.clone(), object])?;
        if let Some(tp) = t.downcast::<TypeObj>() {
            *tp.mro.borrow_mut() = mro;
        }
        let k = self.intern("__module__")?;
        self.dict_set(&dict, k, module)?;
        let add =
            |vm: &mut Vm, name: &'static &'static str, f: NativeFn, kind: Entry| -> PyResult<()> {
                let func = vm
                    .heap
                    .alloc(BuiltinFunctionObj::method(name, f, None, t.clone()))?;
                let v = match kind {
                    Entry::Method => func,
                    Entry::Static => vm.heap.alloc(StaticMethodObj::new(func))?,
                    Entry::Class => vm.heap.alloc(ClassMethodObj::new(func))?,
                    Entry::Getter => vm.heap.alloc(PropertyObj {
                        fget: Some(func),
                        fset: None,
                        fdel: None,
                        doc: crate::heap::OptObjCell::new(None),
                        name: crate::heap::OptObjCell::new(None),
                    })?,
                };
                let k = vm.intern(name)?;
                vm.dict_set(&dict, k, v)
            };
        if let Some(new) = spec.new {
            add(self, &"__new__", new, Entry::Static)?;
        }
        if spec.iterator {
            add(self, &"__iter__", native_iter_self, Entry::Method)?;
            add(self, &"__next__", native_next_method, Entry::Method)?;
        }
        for (n, f) in spec.methods {
            add(self, n, *f, Entry::Method)?;
        }
        for (n, f) in spec.class_methods {
            add(self, n, *f, Entry::Class)?;
        }
        for (n, f) in spec.getters {
            add(self, n, *f, Entry::Getter)?;
        }
        if spec.unhashable {
            let k = self.intern("__hash__")?;
            let none = self.none();
            self.dict_set(&dict, k, none)?;
        }
        self.update_slot_flags(&t);
        Ok(t)
    }

    /// Allocates a native object of the type `spec`.
    pub fn new_native(
        &mut self,
        spec: &'static NativeTypeSpec,
        state: impl crate::objects::native::NativeState,
    ) -> PyResult {
        let cls = self.native_type(spec)?;
        Ok(self.heap.alloc(NativeObj::new(cls, state))?)
    }

    /// Calls a native type: its `__new__` with the class first.
    pub(crate) fn native_construct(&mut self, cls: &Obj, mut args: Args) -> PyResult<Option<Obj>> {
        let Some(new) = self.lookup_type_attr(cls, "__new__") else {
            return Ok(None);
        };
        let new = match new.downcast::<StaticMethodObj>() {
            Some(s) => s.func.clone(),
            None => new,
        };
        if self.is_object_slot(&new) {
            return Ok(None);
        }
        args.pos.insert(0, cls.clone());
        self.call_args(&new, args).map(Some)
    }

    /// The value an instance of a Python subclass of a native type extends: made by
    /// the nearest native class in the MRO, called without arguments.
    pub(crate) fn native_base_value(&mut self, cls: &Obj) -> PyResult {
        let mro = cls
            .downcast::<TypeObj>()
            .map(|t| t.mro.borrow().clone())
            .and_then(|m| crate::objects::tuple::as_tuple(&m).map(<[Obj]>::to_vec))
            .unwrap_or_default();
        let base = mro.into_iter().find(|c| {
            c.downcast::<TypeObj>()
                .is_some_and(|t| t.builtin && t.layout == Tag::Native)
        });
        let Some(base) = base else {
            return Err(self.type_error("no native base class"));
        };
        match self.native_construct(&base, Args::default())? {
            Some(v) => Ok(v),
            None => {
                let n = self.class_name(&base);
                Err(self.type_error(format!("cannot create '{n}' instances")))
            }
        }
    }

    pub(crate) fn native_is_iterator(&self, o: &Obj) -> bool {
        o.downcast::<NativeObj>()
            .is_some_and(|n| n.state.is_iterator())
    }

    /// `iter(o)`: iterators are their own iterators; other types need `__iter__`.
    pub(crate) fn native_iter(&mut self, o: &Obj) -> PyResult<Option<Obj>> {
        if self.native_is_iterator(o) {
            return Ok(Some(o.clone()));
        }
        self.call_special(o, "__iter__", vec![])
    }

    /// `next(it)`; None when `it` is not an iterator.
    pub(crate) fn native_next(&mut self, it: &Obj) -> PyResult<Option<Option<Obj>>> {
        let Some(n) = it.downcast::<NativeObj>() else {
            return Ok(None);
        };
        if !n.state.is_iterator() {
            return Ok(None);
        }
        // Iterators over iterators nest Rust calls: guard the depth.
        self.enter_native("")?;
        let r = n.state.next(self, it);
        self.leave_native();
        r.map(Some)
    }

    /// Appends the repr given by the type's `__repr__`; false for the default repr.
    pub(crate) fn native_write_repr(&mut self, o: &Obj, out: &mut TextBuf) -> PyResult<bool> {
        let cls = self.type_of(o);
        let Some(f) = self.lookup_type_attr(&cls, "__repr__") else {
            return Ok(false);
        };
        if self.is_object_slot(&f) {
            return Ok(false);
        }
        self.enter_native(" while getting the repr of an object")?;
        let r = self.call_method_with(&f, o, &[]);
        self.leave_native();
        let r = r?;
        if crate::objects::str::push_text(out, &r) {
            return Ok(true);
        }
        let n = self.type_name(&r);
        Err(self.type_error(format!("__repr__ returned non-string (type {n})")))
    }

    /// Attributes stored on the object itself (and `__dict__`).
    pub(crate) fn native_special_attr(&mut self, o: &Obj, n: &str) -> PyResult<Option<Obj>> {
        let Some(no) = o.downcast::<NativeObj>() else {
            return Ok(None);
        };
        if !no.has_dict {
            return Ok(None);
        }
        if n == "__dict__" {
            return self.native_dict(o).map(Some);
        }
        let d = no.dict.borrow().clone();
        match d {
            Some(d) => {
                let k = self.new_str(n)?;
                Ok(self.dict_get_str(&d, &k))
            }
            None => Ok(None),
        }
    }

    /// The attribute dict of a native object that has one, made on first use.
    pub(crate) fn native_dict(&mut self, o: &Obj) -> PyResult {
        let Some(no) = o.downcast::<NativeObj>() else {
            return Err(self.bad_payload());
        };
        let existing = no.dict.borrow().clone();
        if let Some(d) = existing {
            return Ok(d);
        }
        let d = self.new_dict()?;
        *no.dict.borrow_mut() = Some(d.clone());
        Ok(d)
    }

    /// `o.name = value` (or `del o.name` when `value` is None).
    pub(crate) fn native_setattr(
        &mut self,
        o: &Obj,
        name: &Obj,
        value: Option<Obj>,
    ) -> PyResult<()> {
        let cls = self.type_of(o);
        let descr = self.lookup_type_attr_obj(&cls, name);
        let has_dict = o.downcast::<NativeObj>().is_some_and(|n| n.has_dict);
        let tn = self.type_name(o);
        let n = as_str(name).unwrap_or("?").to_owned();
        if let Some(d) = &descr
            && d.is::<PropertyObj>()
        {
            return self.descr_set(d, o, value);
        }
        if !has_dict {
            return Err(if descr.is_some() {
                self.attribute_error(format!("'{tn}' object attribute '{n}' is read-only"))
            } else {
                self.attribute_error(format!("'{tn}' object has no attribute '{n}'"))
            });
        }
        if n == "__dict__" {
            let Some(v) = value else {
                return Err(self.type_error("cannot delete __dict__"));
            };
            if !v.is::<crate::objects::DictObj>() {
                let vt = self.type_name(&v);
                return Err(self.type_error(format!(
                    "__dict__ must be set to a dictionary, not a '{vt}'"
                )));
            }
            if let Some(no) = o.downcast::<NativeObj>() {
                let old = no.dict.borrow_mut().replace(v);
                drop(old);
            }
            return Ok(());
        }
        let d = self.native_dict(o)?;
        match value {
            Some(v) => self.dict_set(&d, name.clone(), v),
            None => {
                if self.dict_del_str(&d, name)? {
                    Ok(())
                } else {
                    Err(self.attribute_error(format!("'{tn}' object has no attribute '{n}'")))
                }
            }
        }
    }

    /// `o[key]` through `__getitem__`.
    pub(crate) fn native_getitem(&mut self, o: &Obj, key: &Obj) -> PyResult<Option<Obj>> {
        self.call_special(o, "__getitem__", vec![key.clone()])
    }

    /// `o[key] = value` through `__setitem__`.
    pub(crate) fn native_setitem(&mut self, o: &Obj, key: &Obj, value: &Obj) -> PyResult<bool> {
        Ok(self
            .call_special(o, "__setitem__", vec![key.clone(), value.clone()])?
            .is_some())
    }

    /// `del o[key]` through `__delitem__`.
    pub(crate) fn native_delitem(&mut self, o: &Obj, key: &Obj) -> PyResult<bool> {
        Ok(self
            .call_special(o, "__delitem__", vec![key.clone()])?
            .is_some())
    }

    /// `item in o` through `__contains__`, else by iterating.
    pub(crate) fn native_contains(&mut self, o: &Obj, item: &Obj) -> PyResult<Option<bool>> {
        if let Some(r) = self.call_special(o, "__contains__", vec![item.clone()])? {
            return self.truthy(&r).map(Some);
        }
        let Some(it) = self.native_iter(o)? else {
            return Ok(None);
        };
        while let Some(v) = self.next(&it)? {
            if self.eq(&v, item)? {
                return Ok(Some(true));
            }
        }
        Ok(Some(false))
    }

    /// `hash(o)`: a `__hash__` set to None makes the type unhashable.
    pub(crate) fn native_hash(&mut self, o: &Obj) -> PyResult<Option<i64>> {
        let cls = self.type_of(o);
        match self.lookup_type_attr(&cls, "__hash__") {
            Some(h) if h.ptr_eq(&self.s.none) => Err(self.unhashable(o)),
            Some(h) if !self.is_object_slot(&h) => {
                let r = self.call_method_with(&h, o, &[])?;
                Ok(Some(self.index_value(&r).unwrap_or(Ok(0))?))
            }
            _ => Ok(None),
        }
    }
}
