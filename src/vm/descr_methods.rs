//! The Python-visible methods of the builtin descriptors: `property` (`getter`,
//! `setter`, `deleter`, `__get__`, `__set__`, `__delete__`, `__set_name__`) and the
//! `__get__` of `classmethod` / `staticmethod` with CPython's binding rules. Attribute
//! lookup binds these descriptors itself (`builtin_descr_get`); the methods serve code
//! that calls them by name.

use crate::heap::{Obj, OptObjCell};
use crate::objects::descr::{ClassMethodObj, PropertyObj, StaticMethodObj};
use crate::objects::function::{BoundMethodObj, NativeFn};

use super::{Args, PyResult, Vm};

fn property_with(vm: &mut Vm, args: Args, which: usize) -> PyResult {
    args.check(vm, "property", 2, 2)?;
    let Some(p) = args.pos[0].downcast::<PropertyObj>() else {
        return Err(vm.type_error("descriptor requires a 'property' object"));
    };
    let f = Some(args.pos[1].clone()).filter(|f| !f.ptr_eq(&vm.s.none));
    let mut parts = [p.fget.clone(), p.fset.clone(), p.fdel.clone()];
    parts[which] = f;
    let [fget, fset, fdel] = parts;
    let doc = p.doc.get();
    let name = p.name.get();
    Ok(vm.heap.alloc(PropertyObj {
        fget,
        fset,
        fdel,
        doc: OptObjCell::new(doc),
        name: OptObjCell::new(name),
    })?)
}

fn property_getter(vm: &mut Vm, args: Args) -> PyResult {
    property_with(vm, args, 0)
}

fn property_setter(vm: &mut Vm, args: Args) -> PyResult {
    property_with(vm, args, 1)
}

fn property_deleter(vm: &mut Vm, args: Args) -> PyResult {
    property_with(vm, args, 2)
}

fn property_get(vm: &mut Vm, args: Args) -> PyResult {
    args.check(vm, "__get__", 2, 3)?;
    let p = args.pos[0].clone();
    let obj = args.pos[1].clone();
    if obj.ptr_eq(&vm.s.none) {
        return Ok(p);
    }
    let cls = vm.type_of(&obj);
    vm.builtin_descr_get(&p, Some(&obj), &cls)
}

fn property_set(vm: &mut Vm, args: Args) -> PyResult {
    args.check(vm, "__set__", 3, 3)?;
    vm.descr_set(&args.pos[0], &args.pos[1], Some(args.pos[2].clone()))?;
    Ok(vm.none())
}

fn property_delete(vm: &mut Vm, args: Args) -> PyResult {
    args.check(vm, "__delete__", 2, 2)?;
    vm.descr_set(&args.pos[0], &args.pos[1], None)?;
    Ok(vm.none())
}

/// `__set_name__(owner, name)`: remembered for the "has no setter" message.
fn property_set_name(vm: &mut Vm, args: Args) -> PyResult {
    args.check(vm, "__set_name__", 3, 3)?;
    if let Some(p) = args.pos[0].downcast::<PropertyObj>() {
        let old = p.name.replace(Some(args.pos[2].clone()));
        drop(old);
    }
    Ok(vm.none())
}

pub const PROPERTY_METHODS: &[(&str, NativeFn)] = &[
    ("getter", property_getter),
    ("setter", property_setter),
    ("deleter", property_deleter),
    ("__get__", property_get),
    ("__set__", property_set),
    ("__delete__", property_delete),
    ("__set_name__", property_set_name),
];

/// The descriptor itself, or the builtin value of an instance of a subclass
/// (`class abstractclassmethod(classmethod)`).
fn own_value(vm: &Vm, d: &Obj) -> Obj {
    vm.base_value(d).unwrap_or_else(|| d.clone())
}

/// The owner `__get__(obj, type)` binds to: `type`, or `type(obj)` when it is None.
fn get_owner(vm: &mut Vm, args: &Args) -> PyResult<Obj> {
    args.check(vm, "__get__", 2, 3)?;
    let none = vm.none();
    let obj = &args.pos[1];
    match args.pos.get(2).filter(|t| !t.ptr_eq(&none)) {
        Some(t) => Ok(t.clone()),
        None if obj.ptr_eq(&none) => Err(vm.type_error("__get__(None, None) is invalid")),
        None => Ok(vm.type_of(obj)),
    }
}

/// `classmethod.__get__(obj, type=None)`: the function bound to the class.
fn classmethod_get(vm: &mut Vm, args: Args) -> PyResult {
    let owner = get_owner(vm, &args)?;
    let this = own_value(vm, &args.pos[0]);
    let Some(c) = this.downcast::<ClassMethodObj>() else {
        let n = vm.type_name(&args.pos[0]);
        return Err(vm.type_error(format!(
            "descriptor '__get__' requires a 'classmethod' object but received a '{n}'"
        )));
    };
    let func = c.func.clone();
    Ok(vm.heap.alloc(BoundMethodObj { func, this: owner })?)
}

/// `staticmethod.__get__(obj, type=None)`: the function itself.
fn staticmethod_get(vm: &mut Vm, args: Args) -> PyResult {
    get_owner(vm, &args)?;
    let this = own_value(vm, &args.pos[0]);
    match this.downcast::<StaticMethodObj>() {
        Some(s) => Ok(s.func.clone()),
        None => {
            let n = vm.type_name(&args.pos[0]);
            Err(vm.type_error(format!(
                "descriptor '__get__' requires a 'staticmethod' object but received a '{n}'"
            )))
        }
    }
}

pub const CLASSMETHOD_METHODS: &[(&str, NativeFn)] = &[("__get__", classmethod_get)];

/// `staticmethod(f)(...)` calls `f` (staticmethod objects are callable since 3.10).
fn staticmethod_call(vm: &mut Vm, mut args: Args) -> PyResult {
    if args.pos.is_empty() {
        return Err(
            vm.type_error("descriptor '__call__' of 'staticmethod' object needs an argument")
        );
    }
    let this = args.pos.remove(0);
    let this = own_value(vm, &this);
    let Some(s) = this.downcast::<StaticMethodObj>() else {
        let n = vm.type_name(&this);
        return Err(vm.type_error(format!(
            "descriptor '__call__' requires a 'staticmethod' object but received a '{n}'"
        )));
    };
    let func = s.func.clone();
    vm.call_args(&func, args)
}

pub const STATICMETHOD_METHODS: &[(&str, NativeFn)] = &[
    ("__get__", staticmethod_get),
    ("__call__", staticmethod_call),
];

/// The attributes `classmethod(f)` and `staticmethod(f)` copy from `f` into their own
/// `__dict__`, in CPython's order (a missing one is skipped).
const WRAPPED_ATTRS: [&str; 5] = [
    "__module__",
    "__name__",
    "__qualname__",
    "__doc__",
    "__annotations__",
];

impl Vm {
    /// The `__dict__` of a classmethod or staticmethod object, made on first use from
    /// its function's attributes as CPython's constructor makes it.
    pub(crate) fn method_wrapper_dict(&mut self, o: &Obj) -> PyResult<Option<Obj>> {
        let (cell, func) = match (
            o.downcast::<ClassMethodObj>(),
            o.downcast::<StaticMethodObj>(),
        ) {
            (Some(c), _) => (&c.dict, c.func.clone()),
            (_, Some(s)) => (&s.dict, s.func.clone()),
            _ => return Ok(None),
        };
        if let Some(d) = cell.get() {
            return Ok(Some(d));
        }
        let d = self.new_dict()?;
        for name in WRAPPED_ATTRS {
            let key = self.intern(name)?;
            if let Some(v) = self.getattr_opt(&func, &key)? {
                self.dict_set(&d, key, v)?;
            }
        }
        // The lookups above ran Python code that may have made the dict already.
        match cell.get() {
            Some(made) => Ok(Some(made)),
            None => {
                drop(cell.replace(Some(d.clone())));
                Ok(Some(d))
            }
        }
    }
}
