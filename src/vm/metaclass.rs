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
        if tag_of(&args.pos[2]) != Tag::Dict {
            let n = self.type_name(&args.pos[2]);
            return Err(self.type_error(format!("type.__new__() argument 3 must be dict, not {n}")));
        }
        let cls = self.new_class_kw(&name, bases, &args.pos[2], args.kw.clone())?;
        if !mcls.ptr_eq(&self.types.type_)
            && let Some(t) = cls.downcast::<TypeObj>()
        {
            *t.metaclass.borrow_mut() = Some(mcls.clone());
        }
        Ok(cls)
    }

    /// The metaclass a `class` statement uses when none is given: the most derived
    /// metaclass among the bases (None for plain `type`).
    pub(crate) fn derived_metaclass(&mut self, bases: &[Obj]) -> Option<Obj> {
        let mut winner: Option<Obj> = None;
        for b in bases {
            if tag_of(b) != Tag::Type {
                continue;
            }
            let m = self.type_of(b);
            if m.ptr_eq(&self.types.type_) {
                continue;
            }
            winner = match winner {
                Some(w) if self.is_subclass(&w, &m) => Some(w),
                _ => Some(m),
            };
        }
        winner
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
