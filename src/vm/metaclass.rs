//! Metaclasses: classes whose instances are classes. A class records its metaclass;
//! `type.__new__` makes classes for any metaclass, calling a class goes through its
//! metaclass's `__call__`, and class attribute lookup falls back to the metaclass.

use crate::heap::Obj;
use crate::objects::function::NativeFn;
use crate::objects::tuple::as_tuple;
use crate::objects::{Tag, TypeObj, tag_of};

use super::{Args, PyResult, Vm};

impl Vm {
    /// `type.__new__(mcls, name, bases, namespace)`: a new class whose class is `mcls`.
    pub(crate) fn type_new(&mut self, mcls: &Obj, args: &Args) -> PyResult {
        if args.pos.len() != 3 {
            return Err(self.type_error("type.__new__() takes exactly 3 arguments"));
        }
        let name = self
            .expect_str(&args.pos[0], "type.__new__() argument 1")?
            .to_owned();
        let Some(bases) = as_tuple(&args.pos[1]).map(<[Obj]>::to_vec) else {
            let n = self.type_name(&args.pos[1]);
            return Err(
                self.type_error(format!("type.__new__() argument 2 must be tuple, not {n}"))
            );
        };
        // A dict subclass (a metaclass's `__prepare__` namespace) gives its dict.
        let ns = match self.base_value(&args.pos[2]) {
            Some(d) if tag_of(&d) == Tag::Dict => d,
            _ => args.pos[2].clone(),
        };
        if tag_of(&ns) != Tag::Dict {
            let n = self.type_name(&args.pos[2]);
            return Err(self.type_error(format!("type.__new__() argument 3 must be dict, not {n}")));
        }
        let cls = self.new_class_kw(&name, bases, &ns, args.kw.clone())?;
        if !mcls.ptr_eq(&self.types.type_)
            && let Some(t) = cls.downcast::<TypeObj>()
        {
            *t.metaclass.borrow_mut() = Some(mcls.clone());
            self.apply_custom_mro(mcls, &cls)?;
        }
        Ok(cls)
    }

    /// A metaclass that overrides `mro()` decides the class's `__mro__`; its answer
    /// must hold classes whose layouts the new class extends (CPython's
    /// `mro_check`).
    fn apply_custom_mro(&mut self, mcls: &Obj, cls: &Obj) -> PyResult<()> {
        let Some(f) = self.lookup_type_attr(mcls, "mro") else {
            return Ok(());
        };
        if f.is::<crate::objects::BuiltinFunctionObj>() {
            return Ok(());
        }
        let r = self.call_method_with(&f, cls, &[])?;
        let items = self.iterate_to_vec(&r)?;
        let solid = super::slots::solid_base(cls);
        let layout = cls
            .downcast::<TypeObj>()
            .map_or(Tag::Instance, |t| t.layout);
        for item in &items {
            let Some(item_layout) = item.downcast::<TypeObj>().map(|t| t.layout) else {
                let n = self.type_name(item);
                return Err(self.type_error(format!("mro() returned a non-class ('{n}')")));
            };
            if (item_layout != Tag::Instance && item_layout != layout)
                || !self.is_subclass(&solid, &super::slots::solid_base(item))
            {
                let n = self.class_name(item);
                return Err(self.type_error(format!(
                    "mro() returned base with unsuitable layout ('{n}')"
                )));
            }
        }
        let mro = self.new_tuple(items)?;
        if let Some(t) = cls.downcast::<TypeObj>() {
            drop(t.mro.replace(mro));
        }
        self.invalidate_type_versions(cls);
        self.update_slot_flags(cls);
        self.method_cache_epoch += 1;
        Ok(())
    }

    /// The metaclass a `class` statement uses when none is given: the most derived
    /// metaclass among the bases (None for plain `type`).
    pub(crate) fn derived_metaclass(&mut self, bases: &[Obj]) -> PyResult<Option<Obj>> {
        let t = self.types.type_.clone();
        let m = self.calculate_metaclass(&t, bases)?;
        Ok((!m.ptr_eq(&self.types.type_)).then_some(m))
    }

    /// CPython's `_PyType_CalculateMetaclass`: the most derived of `meta` and the
    /// bases' metaclasses, which must form a chain of subclasses.
    pub(crate) fn calculate_metaclass(&mut self, meta: &Obj, bases: &[Obj]) -> PyResult {
        let mut winner = meta.clone();
        for b in bases {
            let m = self.type_of(b);
            if self.is_subclass(&winner, &m) {
                continue;
            }
            if self.is_subclass(&m, &winner) {
                winner = m;
                continue;
            }
            return Err(self.type_error(
                "metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the metaclasses of all its bases",
            ));
        }
        Ok(winner)
    }

    /// PEP 560: a base that is not a class but has `__mro_entries__` (`List[int]`,
    /// `Generic[T]`) is replaced by the classes that method returns.
    pub(crate) fn resolve_mro_entries(&mut self, bases: &[Obj]) -> PyResult<Vec<Obj>> {
        if bases.iter().all(|b| tag_of(b) == Tag::Type) {
            return Ok(bases.to_vec());
        }
        let orig = self.new_tuple(bases.to_vec())?;
        let mut out = Vec::with_capacity(bases.len());
        for b in bases {
            if tag_of(b) == Tag::Type {
                out.push(b.clone());
                continue;
            }
            let key = self.intern("__mro_entries__")?;
            let Some(f) = self.getattr_opt(b, &key)? else {
                out.push(b.clone());
                continue;
            };
            let r = self.call(&f, vec![orig.clone()])?;
            match as_tuple(&r) {
                Some(items) => out.extend(items.iter().cloned()),
                None => {
                    return Err(self.type_error("__mro_entries__ must return a tuple"));
                }
            }
        }
        Ok(out)
    }

    /// The namespace a class body runs in: `metaclass.__prepare__(name, bases, **kw)`
    /// when the metaclass defines one, else a new dict.
    pub(crate) fn prepare_namespace(
        &mut self,
        meta: Option<&Obj>,
        name: &Obj,
        bases: &[Obj],
        kw: &[(Obj, Obj)],
    ) -> PyResult {
        let Some(meta) = meta else {
            return self.new_dict();
        };
        let prepare = self.intern("__prepare__")?;
        let Some(f) = self.getattr_opt(meta, &prepare)? else {
            return self.new_dict();
        };
        if f.is::<crate::objects::BuiltinFunctionObj>() {
            return self.new_dict();
        }
        let bases_t = self.new_tuple(bases.to_vec())?;
        let args = Args {
            pos: smallvec::smallvec![name.clone(), bases_t],
            kw: kw.to_vec(),
        };
        let ns = self.call_args(&f, args)?;
        if !self.is_mapping_like(&ns) {
            let mname = self.class_name(meta);
            let t = self.type_name(&ns);
            return Err(self.type_error(format!(
                "{mname}.__prepare__() must return a mapping, not {t}"
            )));
        }
        Ok(ns)
    }

    fn is_mapping_like(&mut self, o: &Obj) -> bool {
        if tag_of(o) == Tag::Dict {
            return true;
        }
        let t = self.type_of(o);
        self.lookup_type_attr(&t, "__getitem__").is_some()
    }

    /// Calling a class whose metaclass defines its own `__call__`.
    pub(crate) fn call_via_metaclass(&mut self, cls: &Obj, args: &Args) -> PyResult<Option<Obj>> {
        let meta = self.type_of(cls);
        if meta.ptr_eq(&self.types.type_) {
            return Ok(None);
        }
        let Some(f) = self.lookup_type_attr(&meta, "__call__") else {
            return Ok(None);
        };
        if f.is::<crate::objects::BuiltinFunctionObj>() {
            return Ok(None);
        }
        let mut a = Args {
            pos: args.pos.clone(),
            kw: args.kw.clone(),
        };
        a.pos.insert(0, cls.clone());
        self.call_args(&f, a).map(Some)
    }
}

/// `type.__new__`.
fn type_new_native(vm: &mut Vm, args: Args) -> PyResult {
    let Some(mcls) = args.pos.first().cloned() else {
        return Err(vm.type_error("type.__new__(): not enough arguments"));
    };
    if tag_of(&mcls) != Tag::Type {
        let n = vm.type_name(&mcls);
        return Err(vm.type_error(format!("type.__new__(X): X is not a type object ({n})")));
    }
    let rest = Args {
        pos: args.pos[1..].iter().cloned().collect(),
        kw: args.kw,
    };
    if rest.pos.len() == 1 && mcls.ptr_eq(&vm.types.type_) {
        return Ok(vm.type_of(&rest.pos[0]));
    }
    vm.type_new(&mcls, &rest)
}

/// `type.__call__(cls, *args)`: the default construction.
fn type_call_native(vm: &mut Vm, args: Args) -> PyResult {
    let Some(cls) = args.pos.first().cloned() else {
        return Err(vm.type_error("descriptor '__call__' of 'type' object needs an argument"));
    };
    if tag_of(&cls) != Tag::Type {
        let n = vm.type_name(&cls);
        return Err(vm.type_error(format!(
            "descriptor '__call__' requires a 'type' object but received a '{n}'"
        )));
    }
    let rest = Args {
        pos: args.pos[1..].iter().cloned().collect(),
        kw: args.kw,
    };
    vm.call_type_default(&cls, rest)
}

/// `type.__init__`: accepts the class-creation arguments.
fn type_init_native(vm: &mut Vm, args: Args) -> PyResult {
    if args.pos.is_empty() {
        return Err(vm.type_error("descriptor '__init__' of 'type' object needs an argument"));
    }
    Ok(vm.none())
}

pub const TYPE_STATIC: &[(&str, NativeFn)] = &[("__new__", type_new_native)];
pub const TYPE_INSTANCE: &[(&str, NativeFn)] = &[
    ("__call__", type_call_native),
    ("__init__", type_init_native),
];
