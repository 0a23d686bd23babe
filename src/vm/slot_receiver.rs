//! The receiver check of the builtin types' special methods called through the class
//! (`list.__len__(())`, `int.__add__('a', 1)`): CPython's wrapper and method descriptors
//! refuse a `self` that is not an instance of the type that owns them.
//!
//! The wrappers in `slot_wrappers` are shared between types (one `slot_len` serves
//! list, str, dict, ...), so each type's table entry is a small function generic over
//! an `Owner` marker that checks the receiver, then hands over to the shared wrapper.

use crate::heap::Obj;
use crate::objects::Tag;
use crate::objects::function::NativeFn;

use super::builtin_method_kinds::is_slot_method;
use super::{Args, PyResult, Vm};

/// A builtin type that owns slot wrappers.
pub(super) trait Owner {
    const TAG: Tag;
    const NAME: &'static str;
}

macro_rules! owners {
    ($($marker:ident => $tag:ident, $name:literal;)*) => {
        $(
            pub(super) struct $marker;
            impl Owner for $marker {
                const TAG: Tag = Tag::$tag;
                const NAME: &'static str = $name;
            }
        )*
    };
}

owners! {
    IntOwner => Int, "int";
    BoolOwner => Bool, "bool";
    FloatOwner => Float, "float";
    ComplexOwner => Complex, "complex";
    StrOwner => Str, "str";
    BytesOwner => Bytes, "bytes";
    ByteArrayOwner => ByteArray, "bytearray";
    TupleOwner => Tuple, "tuple";
    ListOwner => List, "list";
    DictOwner => Dict, "dict";
    SetOwner => Set, "set";
    FrozenSetOwner => FrozenSet, "frozenset";
    RangeOwner => Range, "range";
}

/// Calls `wrapper` once the receiver (`self`, the first argument) is known to be an
/// instance of `O`'s type, with CPython's error otherwise: a slot wrapper "requires"
/// its type, a method descriptor (`list.__getitem__`, `float.__round__`) "doesn't
/// apply" to another.
pub(super) fn checked<O: Owner>(
    vm: &mut Vm,
    args: Args,
    name: &'static str,
    wrapper: NativeFn,
) -> PyResult {
    let owner = O::NAME;
    let slot = is_slot_method(owner, name);
    let Some(receiver) = args.pos.first() else {
        let msg = if slot {
            format!("descriptor '{name}' of '{owner}' object needs an argument")
        } else {
            format!("unbound method {owner}.{name}() needs an argument")
        };
        return Err(vm.type_error(msg));
    };
    if !is_instance_of::<O>(vm, receiver) {
        let got = vm.type_name(receiver);
        let msg = if slot {
            format!("descriptor '{name}' requires a '{owner}' object but received a '{got}'")
        } else {
            format!("descriptor '{name}' for '{owner}' objects doesn't apply to a '{got}' object")
        };
        return Err(vm.type_error(msg));
    }
    wrapper(vm, args)
}

fn is_instance_of<O: Owner>(vm: &Vm, o: &Obj) -> bool {
    let ty = vm.types.by_tag(O::TAG).clone();
    vm.isinstance(o, &ty)
}

/// The `__init__` of list, dict and set (the mutable containers `__init__` fills),
/// checked against its type.
pub(super) fn builtin_init_table(tag: Tag) -> &'static [(&'static str, NativeFn)] {
    match tag {
        Tag::List => &[("__init__", list_init)],
        Tag::Dict => &[("__init__", dict_init)],
        _ => &[("__init__", set_init)],
    }
}

fn list_init(vm: &mut Vm, args: Args) -> PyResult {
    checked::<ListOwner>(vm, args, "__init__", super::object_methods::builtin_init)
}

fn dict_init(vm: &mut Vm, args: Args) -> PyResult {
    checked::<DictOwner>(vm, args, "__init__", super::object_methods::builtin_init)
}

fn set_init(vm: &mut Vm, args: Args) -> PyResult {
    checked::<SetOwner>(vm, args, "__init__", super::object_methods::builtin_init)
}

/// One table entry: the special method `name` served by the shared `wrapper`, checked
/// against the owner of the table it is written in (`Self`).
macro_rules! slot {
    ($name:literal, $wrapper:ident) => {
        (
            $name,
            (|vm: &mut Vm, args: Args| {
                super::slot_receiver::checked::<Self>(vm, args, $name, $wrapper)
            }) as NativeFn,
        )
    };
}
pub(super) use slot;
