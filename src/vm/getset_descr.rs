//! `getset_descriptor`: a computed attribute of the instances of one class, as
//! CPython's `int.real`, `type.__name__` or the `__dict__` / `__weakref__` that a
//! class statement adds to the namespace of a class whose instances carry them.
//! The value itself comes from the code that answers the attribute on the object
//! (`builtin_special_attr` and the like); the descriptor makes it visible in the
//! class namespace, with CPython's repr, `__get__` and read-only `__set__`.

use crate::heap::Obj;
use crate::objects::native::{NativeState, native_state};
use crate::objects::{Tag, tag_of};

use super::native::NativeTypeSpec;
use super::{Args, PyResult, Vm};

pub static GETSET_DESCRIPTOR: NativeTypeSpec = NativeTypeSpec {
    methods: &[
        ("__get__", getset_get),
        ("__set__", getset_set),
        ("__delete__", getset_delete),
        ("__repr__", getset_repr),
    ],
    getters: &[
        ("__name__", getset_name),
        ("__qualname__", getset_qualname),
        ("__objclass__", getset_objclass),
        ("__doc__", getset_doc),
    ],
    c_type: false,
    ..NativeTypeSpec::new("builtins", "getset_descriptor")
};

/// What the descriptor reads from an instance of its class.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(crate) enum GetSetKind {
    /// The attribute that the object's own kind answers (`real` of an int, `__name__`
    /// of a class): an instance of a subclass answers with its builtin value.
    Value,
    /// The namespace of an instance of a Python class (writable).
    InstanceDict,
    /// The first weak reference to an instance of a Python class.
    InstanceWeakref,
}

struct GetSet {
    name: Obj,
    owner: Obj,
    kind: GetSetKind,
    doc: Option<&'static str>,
}

impl NativeState for GetSet {
    fn traverse(&self, visit: &mut dyn FnMut(&Obj)) {
        visit(&self.name);
        visit(&self.owner);
    }
}

/// True for the `__dict__` / `__weakref__` descriptors a class statement adds: data
/// descriptors that an instance namespace cannot shadow anyway, so they need not
/// send every attribute lookup of the class's instances through the MRO first.
pub(crate) fn is_instance_layout_descr(d: &Obj) -> bool {
    native_state::<GetSet>(d).is_some_and(|g| g.kind != GetSetKind::Value)
}

/// True for any getset descriptor.
pub(crate) fn is_getset_descr(d: &Obj) -> bool {
    native_state::<GetSet>(d).is_some()
}

impl Vm {
    /// A getset descriptor `name` of the instances of `owner`.
    pub(crate) fn new_getset_descr(
        &mut self,
        owner: &Obj,
        name: &str,
        kind: GetSetKind,
        doc: Option<&'static str>,
    ) -> PyResult {
        let name = self.new_str(name)?;
        self.new_native(
            &GETSET_DESCRIPTOR,
            GetSet {
                name,
                owner: owner.clone(),
                kind,
                doc,
            },
        )
    }

    /// `d.__get__(obj)` of a getset descriptor `d` for an instance of its class (the
    /// attribute lookup's fast path, without a call through `__get__`).
    pub(crate) fn getset_read(&mut self, d: &Obj, obj: &Obj) -> PyResult {
        let Some(g) = native_state::<GetSet>(d) else {
            return Ok(d.clone());
        };
        self.getset_applies(g, obj)?;
        let n = as_name(&g.name).to_owned();
        let value = match g.kind {
            GetSetKind::InstanceDict => match self.instance_dict(obj)? {
                Some(d) => Some(d),
                None => self.method_wrapper_dict(obj)?,
            },
            GetSetKind::InstanceWeakref => self.weakref_attr(obj)?,
            GetSetKind::Value => self.builtin_value_attr(obj, &n)?,
        };
        match value {
            Some(v) => Ok(v),
            None => {
                let t = self.type_name(obj);
                Err(self.attribute_error(format!("'{t}' object has no attribute '{n}'")))
            }
        }
    }

    /// The attribute `n` that a builtin object (or the builtin value of an instance of
    /// a subclass) answers itself.
    pub(crate) fn builtin_value_attr(&mut self, obj: &Obj, n: &str) -> PyResult<Option<Obj>> {
        if tag_of(obj) == Tag::Type {
            let key = self.intern(n)?;
            return self.type_special_attr(obj, &key);
        }
        if tag_of(obj) == Tag::Function {
            return self.function_attr(obj, n);
        }
        let value = match tag_of(obj) {
            Tag::Instance => self.base_value(obj),
            _ => None,
        };
        let value = value.unwrap_or_else(|| obj.clone());
        self.builtin_special_attr(&value, n)
    }

    /// Checks that `obj` is an instance of the descriptor's class.
    fn getset_applies(&mut self, g: &GetSet, obj: &Obj) -> PyResult<()> {
        let cls = self.type_of(obj);
        if self.is_subclass(&cls, &g.owner) {
            return Ok(());
        }
        let n = as_name(&g.name).to_owned();
        let owner = self.class_name(&g.owner);
        let t = self.type_name(obj);
        Err(self.type_error(format!(
            "descriptor '{n}' for '{owner}' objects doesn't apply to a '{t}' object"
        )))
    }

    /// `__set__` / `__delete__` (value None): only an instance's `__dict__` is writable.
    fn getset_write(&mut self, g: &GetSet, obj: &Obj, value: Option<Obj>) -> PyResult<()> {
        self.getset_applies(g, obj)?;
        match (g.kind, value) {
            (GetSetKind::InstanceDict, Some(v)) => self.set_instance_dict(obj, v),
            // The namespace starts over empty (CPython drops it and makes a new one on
            // the next access).
            (GetSetKind::InstanceDict, None) => {
                let fresh = self.new_dict()?;
                self.set_instance_dict(obj, fresh)
            }
            _ => {
                let n = as_name(&g.name).to_owned();
                let owner = self.class_name(&g.owner);
                Err(self.attribute_error(format!(
                    "attribute '{n}' of '{owner}' objects is not writable"
                )))
            }
        }
    }

    /// The descriptor's state, or CPython's error for a call on another object.
    fn getset_of<'a>(&mut self, d: &'a Obj, what: &str) -> PyResult<&'a GetSet> {
        match native_state::<GetSet>(d) {
            Some(g) => Ok(g),
            None => {
                let t = self.type_name(d);
                Err(self.type_error(format!(
                    "descriptor '{what}' for 'getset_descriptor' objects doesn't apply to a '{t}' object"
                )))
            }
        }
    }
}

fn as_name(name: &Obj) -> &str {
    crate::objects::str::as_str(name).unwrap_or("?")
}

fn getset_get(vm: &mut Vm, args: Args) -> PyResult {
    args.check_method(vm, "getset_descriptor.__get__", 1, 2)?;
    let d = &args.pos[0];
    vm.getset_of(d, "__get__")?;
    let obj = &args.pos[1];
    if tag_of(obj) == Tag::None {
        let owner_given = args.pos.get(2).is_some_and(|t| tag_of(t) != Tag::None);
        if !owner_given {
            return Err(vm.type_error("__get__(None, None) is invalid"));
        }
        return Ok(d.clone());
    }
    vm.getset_read(d, obj)
}

fn getset_set(vm: &mut Vm, args: Args) -> PyResult {
    args.check_method(vm, "getset_descriptor.__set__", 2, 2)?;
    let g = vm.getset_of(&args.pos[0], "__set__")?;
    vm.getset_write(g, &args.pos[1], Some(args.pos[2].clone()))?;
    Ok(vm.none())
}

fn getset_delete(vm: &mut Vm, args: Args) -> PyResult {
    args.check_method(vm, "getset_descriptor.__delete__", 1, 1)?;
    let g = vm.getset_of(&args.pos[0], "__delete__")?;
    vm.getset_write(g, &args.pos[1], None)?;
    Ok(vm.none())
}

fn getset_repr(vm: &mut Vm, args: Args) -> PyResult {
    args.check_method(vm, "getset_descriptor.__repr__", 0, 0)?;
    let g = vm.getset_of(&args.pos[0], "__repr__")?;
    let owner = vm.class_name(&g.owner);
    let owner = owner.rsplit('.').next().unwrap_or("?");
    let n = as_name(&g.name);
    vm.new_str(&format!("<attribute '{n}' of '{owner}' objects>"))
}

fn getset_name(vm: &mut Vm, args: Args) -> PyResult {
    let g = vm.getset_of(&args.pos[0], "__name__")?;
    Ok(g.name.clone())
}

fn getset_qualname(vm: &mut Vm, args: Args) -> PyResult {
    let g = vm.getset_of(&args.pos[0], "__qualname__")?;
    let n = as_name(&g.name).to_owned();
    let owner = g.owner.clone();
    let q = vm.getattr_str(&owner, "__qualname__")?;
    let q = crate::objects::str::as_str(&q).unwrap_or("?").to_owned();
    vm.new_str(&format!("{q}.{n}"))
}

fn getset_objclass(vm: &mut Vm, args: Args) -> PyResult {
    let g = vm.getset_of(&args.pos[0], "__objclass__")?;
    Ok(g.owner.clone())
}

fn getset_doc(vm: &mut Vm, args: Args) -> PyResult {
    let g = vm.getset_of(&args.pos[0], "__doc__")?;
    match g.doc {
        Some(d) => vm.new_str(d),
        None => Ok(vm.none()),
    }
}
