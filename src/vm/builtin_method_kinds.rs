//! The kinds of callable CPython makes of a builtin type's methods, which minipy keeps
//! in one payload (`BuiltinFunctionObj`) and tells apart here, for `type()`, `repr()`
//! and the descriptor attributes:
//!
//! | CPython type | what it is | repr |
//! | --- | --- | --- |
//! | `wrapper_descriptor` | a special method filling a type slot, from the class | `<slot wrapper '__add__' of 'int' objects>` |
//! | `method-wrapper` | the same bound to an object | `<method-wrapper '__add__' of int object at 0x...>` |
//! | `method_descriptor` | any other method, from the class | `<method 'join' of 'str' objects>` |
//! | `builtin_function_or_method` | that bound, a module function, a builtin class method | `<built-in method join of str object at 0x...>` |
//! | `classmethod_descriptor` | a builtin class method in the class's `__dict__` | `<method 'fromkeys' of 'dict' objects>` |

use crate::heap::Obj;
use crate::objects::descr::ClassMethodObj;
use crate::objects::function::{BoundMethodObj, BuiltinFunctionObj};
use crate::objects::{Tag, TypeObj, tag_of};

use super::{Args, PyResult, Vm};

/// The special methods CPython implements as type slots (its `slotdefs`): from the
/// class they are slot wrappers, bound they are method-wrappers.
const SLOT_NAMES: &[&str] = &[
    "__getattribute__",
    "__getattr__",
    "__setattr__",
    "__delattr__",
    "__repr__",
    "__hash__",
    "__call__",
    "__str__",
    "__lt__",
    "__le__",
    "__eq__",
    "__ne__",
    "__gt__",
    "__ge__",
    "__iter__",
    "__next__",
    "__get__",
    "__set__",
    "__delete__",
    "__init__",
    "__del__",
    "__await__",
    "__aiter__",
    "__anext__",
    "__add__",
    "__radd__",
    "__sub__",
    "__rsub__",
    "__mul__",
    "__rmul__",
    "__mod__",
    "__rmod__",
    "__divmod__",
    "__rdivmod__",
    "__pow__",
    "__rpow__",
    "__neg__",
    "__pos__",
    "__abs__",
    "__bool__",
    "__invert__",
    "__lshift__",
    "__rlshift__",
    "__rshift__",
    "__rrshift__",
    "__and__",
    "__rand__",
    "__xor__",
    "__rxor__",
    "__or__",
    "__ror__",
    "__int__",
    "__float__",
    "__iadd__",
    "__isub__",
    "__imul__",
    "__imod__",
    "__ipow__",
    "__ilshift__",
    "__irshift__",
    "__iand__",
    "__ixor__",
    "__ior__",
    "__floordiv__",
    "__rfloordiv__",
    "__truediv__",
    "__rtruediv__",
    "__ifloordiv__",
    "__itruediv__",
    "__index__",
    "__matmul__",
    "__rmatmul__",
    "__imatmul__",
    "__len__",
    "__getitem__",
    "__setitem__",
    "__delitem__",
    "__contains__",
];

/// Slot methods a type also lists among its ordinary methods (CPython's
/// `METH_COEXIST`), which then shadow the slot wrapper in the class.
const COEXISTING: &[(&str, &str)] = &[
    ("dict", "__getitem__"),
    ("dict", "__contains__"),
    ("list", "__getitem__"),
    ("set", "__contains__"),
    ("frozenset", "__contains__"),
];

/// Whether method `name` of builtin type `owner` is one of CPython's slot wrappers.
pub(super) fn is_slot_method(owner: &str, name: &str) -> bool {
    SLOT_NAMES.contains(&name) && !COEXISTING.contains(&(owner, name))
}

/// The static methods of builtin types (CPython's `METH_STATIC`).
const STATIC_METHODS: &[(&str, &str)] = &[
    ("str", "maketrans"),
    ("bytes", "maketrans"),
    ("bytearray", "maketrans"),
];

fn is_static_method(owner: &Obj, name: &str) -> bool {
    owner
        .downcast::<TypeObj>()
        .is_some_and(|t| STATIC_METHODS.contains(&(&*t.name(), name)))
}

/// A builtin type's method as the class holds it (not bound to an object).
fn unbound_method(o: &Obj) -> Option<(Obj, &'static str)> {
    let b = o.downcast::<BuiltinFunctionObj>()?;
    match (&b.bound, b.owner()) {
        (None, Some(owner)) => Some((owner.clone(), b.name())),
        _ => None,
    }
}

/// Whether method `name` of the builtin type `owner` is one of CPython's slot wrappers.
fn is_slot_method_of(owner: &Obj, name: &str) -> bool {
    owner
        .downcast::<TypeObj>()
        .is_some_and(|t| is_slot_method(&t.name(), name))
}

/// How a native callable presents itself.
pub(crate) enum NativeKind {
    SlotWrapper {
        owner: Obj,
    },
    MethodWrapper {
        this: Obj,
    },
    MethodDescriptor {
        owner: Obj,
    },
    /// `<built-in method __new__ of type object at ...>`: CPython's `__new__` and
    /// static methods (`str.maketrans`) of a builtin type are functions bound to the
    /// type.
    TypeStatic {
        owner: Obj,
    },
    BuiltinMethod {
        this: Obj,
    },
    BuiltinFunction,
}

pub(crate) fn native_kind(b: &BuiltinFunctionObj) -> NativeKind {
    match (&b.bound, b.owner()) {
        (None, Some(owner)) if b.name() == "__new__" || is_static_method(owner, b.name()) => {
            NativeKind::TypeStatic {
                owner: owner.clone(),
            }
        }
        (None, Some(owner)) if is_slot_method_of(owner, b.name()) => NativeKind::SlotWrapper {
            owner: owner.clone(),
        },
        (None, Some(owner)) => NativeKind::MethodDescriptor {
            owner: owner.clone(),
        },
        (Some(this), _) if tag_of(this) == Tag::Module => NativeKind::BuiltinFunction,
        (Some(this), Some(owner)) if is_slot_method_of(owner, b.name()) => {
            NativeKind::MethodWrapper { this: this.clone() }
        }
        (Some(this), _) => NativeKind::BuiltinMethod { this: this.clone() },
        (None, None) => NativeKind::BuiltinFunction,
    }
}

impl Vm {
    /// `type(o)` for a native callable (`Tag::BuiltinFunction`).
    pub(crate) fn native_callable_type(&self, o: &Obj) -> Obj {
        let Some(b) = o.downcast::<BuiltinFunctionObj>() else {
            return self.types.builtin_function.clone();
        };
        match native_kind(b) {
            NativeKind::SlotWrapper { .. } => self.types.wrapper_descriptor.clone(),
            NativeKind::MethodWrapper { .. } => self.types.method_wrapper.clone(),
            NativeKind::MethodDescriptor { .. } => self.types.method_descriptor.clone(),
            _ => self.types.builtin_function.clone(),
        }
    }

    /// `type(o)` for a bound method: a builtin type's class method bound to its class
    /// (`dict.fromkeys`) is a `builtin_function_or_method` in CPython.
    pub(crate) fn bound_method_type(&self, o: &Obj) -> Obj {
        match o.downcast::<BoundMethodObj>() {
            Some(m) if unbound_method(&m.func).is_some() => self.types.builtin_function.clone(),
            _ => self.types.bound_method.clone(),
        }
    }

    /// `type(o)` for a classmethod object: a builtin type's own is a
    /// `classmethod_descriptor`.
    pub(crate) fn classmethod_type(&self, o: &Obj) -> Obj {
        match o.downcast::<ClassMethodObj>() {
            Some(c) if unbound_method(&c.func).is_some() => {
                self.types.classmethod_descriptor.clone()
            }
            _ => self.types.classmethod.clone(),
        }
    }

    /// The repr of a native callable.
    pub(crate) fn native_callable_repr(&self, b: &BuiltinFunctionObj) -> String {
        match native_kind(b) {
            NativeKind::SlotWrapper { owner } => {
                let owner = self.type_display_name(&owner);
                format!("<slot wrapper '{}' of '{owner}' objects>", b.name())
            }
            NativeKind::MethodDescriptor { owner } => {
                let owner = self.type_display_name(&owner);
                format!("<method '{}' of '{owner}' objects>", b.name())
            }
            NativeKind::MethodWrapper { this } => format!(
                "<method-wrapper '{}' of {} object at {:#x}>",
                b.name(),
                self.type_name(&this),
                this.addr()
            ),
            NativeKind::TypeStatic { owner } => {
                format!(
                    "<built-in method {} of type object at {:#x}>",
                    b.name(),
                    owner.addr()
                )
            }
            NativeKind::BuiltinMethod { this } => format!(
                "<built-in method {} of {} object at {:#x}>",
                b.name(),
                self.type_name(&this),
                this.addr()
            ),
            NativeKind::BuiltinFunction => format!("<built-in function {}>", b.name()),
        }
    }

    /// The repr of a bound method whose function is a builtin type's class method
    /// (`<built-in method fromkeys of type object at 0x...>`); None for others.
    pub(crate) fn builtin_class_method_repr(&self, m: &BoundMethodObj) -> Option<String> {
        let (_, name) = unbound_method(&m.func)?;
        Some(format!(
            "<built-in method {name} of {} object at {:#x}>",
            self.type_name(&m.this),
            m.this.addr()
        ))
    }

    /// The repr of a builtin type's class method as its class holds it; None for
    /// other classmethod objects.
    pub(crate) fn classmethod_descriptor_repr(&self, o: &Obj) -> Option<String> {
        let c = o.downcast::<ClassMethodObj>()?;
        let (owner, name) = unbound_method(&c.func)?;
        let owner = self.type_display_name(&owner);
        Some(format!("<method '{name}' of '{owner}' objects>"))
    }

    /// `__objclass__` of a slot wrapper, method-wrapper or method descriptor: the
    /// class that defines it.
    pub(crate) fn native_objclass(&self, b: &BuiltinFunctionObj) -> Option<Obj> {
        match native_kind(b) {
            NativeKind::SlotWrapper { owner } | NativeKind::MethodDescriptor { owner } => {
                Some(owner)
            }
            NativeKind::MethodWrapper { .. } => b.owner().cloned(),
            _ => None,
        }
    }
}

/// `descriptor.__get__(instance, owner=None)`: the method bound to the instance (the
/// descriptor itself for None), after CPython's check that the instance is of the
/// defining class.
pub(crate) fn native_descr_get(vm: &mut Vm, args: Args) -> PyResult {
    args.check(vm, "__get__", 2, 3)?;
    let (descr, inst) = (args.pos[0].clone(), args.pos[1].clone());
    let Some((owner, name)) = unbound_method(&descr) else {
        return Ok(descr);
    };
    if inst.ptr_eq(&vm.s.none) {
        return Ok(descr);
    }
    let cls = vm.type_of(&inst);
    if !vm.is_subclass(&cls, &owner) {
        let owner = vm.type_display_name(&owner);
        let tn = vm.type_name(&inst);
        return Err(vm.type_error(format!(
            "descriptor '{name}' for '{owner}' objects doesn't apply to a '{tn}' object"
        )));
    }
    vm.bind_descriptor(descr, &inst, &cls)
}

/// `callable.__call__(*args, **kwargs)` of the builtin callable types (functions,
/// methods, native functions and their descriptors): calls the object itself, so that
/// `f.__call__` exists as in CPython (code testing callability reads it).
pub(crate) fn native_call(vm: &mut Vm, mut args: Args) -> PyResult {
    if args.pos.is_empty() {
        return Err(vm.type_error("descriptor '__call__' needs an argument"));
    }
    let callee = args.pos.remove(0);
    vm.call_args(&callee, args)
}
