//! Methods that live on `object`, `type`, `BaseException`, generators, `int`, `float`
//! and `property`, visible to Python code (`super().__init__()`, `gen.send(v)`, ...).

use num_bigint::BigInt;
use num_traits::{Signed, ToPrimitive, Zero};

use crate::heap::Obj;
use crate::objects::function::NativeFn;
use crate::objects::str::as_str;
use crate::objects::tuple::as_tuple;
use crate::objects::{ExceptionObj, FloatObj, InstanceObj, Tag, TypeObj, tag_of};

use super::convert::hash_pointer;
use super::{Args, PyResult, Vm};

fn need_self(vm: &mut Vm, args: &Args, name: &str) -> PyResult<Obj> {
    match args.pos.first() {
        Some(o) => Ok(o.clone()),
        None => Err(vm.type_error(format!("descriptor '{name}' needs an argument"))),
    }
}

/// A slot wrapper that takes only self (`__str__`, `__index__`, ...): CPython's
/// wording when it is given more.
fn slot_no_args(vm: &mut Vm, args: &Args, name: &str) -> PyResult<()> {
    if !args.kw.is_empty() {
        return Err(vm.type_error(format!("wrapper {name}() takes no keyword arguments")));
    }
    match args.pos.len() {
        0 | 1 => Ok(()),
        n => Err(vm.type_error(format!("expected 0 arguments, got {}", n - 1))),
    }
}

fn object_init(vm: &mut Vm, args: Args) -> PyResult {
    need_self(vm, &args, "__init__")?;
    Ok(vm.none())
}

fn object_new(vm: &mut Vm, args: Args) -> PyResult {
    let object = vm.types.object.clone();
    let cls = vm.checked_new_subtype(&object, &args)?;
    let rest = Args {
        pos: args.pos[1..].iter().cloned().collect(),
        kw: args.kw,
    };
    vm.alloc_instance(&cls, &rest)
}

/// `__new__` of the mutable builtins and BaseException: `object.__new__`'s allocation
/// with the type's own safety check. Arguments are left to `__init__`, except that an
/// exception keeps them as its `args`.
fn mutable_new(vm: &mut Vm, args: Args, tag: Tag) -> PyResult {
    let me = match tag {
        Tag::Exception => vm.exc.base_exception.clone(),
        t => vm.types.by_tag(t).clone(),
    };
    exception_or_mutable_new(vm, args, tag, &me)
}

/// `OSError.__new__`: OSError allocates its own instances in CPython (errno, strerror,
/// filename), so `BaseException.__new__(OSError)` is refused.
pub(crate) fn oserror_new(vm: &mut Vm, args: Args) -> PyResult {
    let me = vm.exc.os_error.clone();
    exception_or_mutable_new(vm, args, Tag::Exception, &me)
}

fn exception_or_mutable_new(vm: &mut Vm, args: Args, tag: Tag, me: &Obj) -> PyResult {
    let cls = vm.checked_new_subtype(me, &args)?;
    let rest = Args {
        pos: args.pos[1..].iter().cloned().collect(),
        kw: args.kw,
    };
    if tag != Tag::Exception && cls.downcast::<TypeObj>().is_some_and(|t| t.builtin) {
        return vm.construct_builtin(&cls, Args::default());
    }
    vm.alloc_instance(&cls, &rest)
}

macro_rules! new_for_tag {
    ($($name:ident => $imp:ident($tag:expr);)*) => {
        $(fn $name(vm: &mut Vm, args: Args) -> PyResult {
            $imp(vm, args, $tag)
        })*
    };
}

new_for_tag! {
    list_new => mutable_new(Tag::List);
    dict_new => mutable_new(Tag::Dict);
    set_new => mutable_new(Tag::Set);
    bytearray_new => mutable_new(Tag::ByteArray);
    property_new => mutable_new(Tag::Property);
    deque_new => mutable_new(Tag::Deque);
    exception_new => mutable_new(Tag::Exception);
    int_new => builtin_new(Tag::Int);
    bool_new => builtin_new(Tag::Bool);
    float_new => builtin_new(Tag::Float);
    complex_new => builtin_new(Tag::Complex);
    str_new => builtin_new(Tag::Str);
    tuple_new => builtin_new(Tag::Tuple);
    frozenset_new => builtin_new(Tag::FrozenSet);
    bytes_new => builtin_new(Tag::Bytes);
    weakref_new => builtin_new(Tag::WeakRef);
}

/// The `__new__` a builtin type lists in its namespace, if it has one of its own.
pub(crate) fn own_new(tag: Tag) -> Option<NativeFn> {
    Some(match tag {
        Tag::List => list_new,
        Tag::Dict => dict_new,
        Tag::Set => set_new,
        Tag::ByteArray => bytearray_new,
        Tag::Property => property_new,
        Tag::Deque => deque_new,
        Tag::Exception => exception_new,
        Tag::Int => int_new,
        Tag::Bool => bool_new,
        Tag::Float => float_new,
        Tag::Complex => complex_new,
        Tag::Str => str_new,
        Tag::Tuple => tuple_new,
        Tag::FrozenSet => frozenset_new,
        Tag::Bytes => bytes_new,
        Tag::WeakRef => weakref_new,
        _ => return None,
    })
}

fn object_repr(vm: &mut Vm, args: Args) -> PyResult {
    slot_no_args(vm, &args, "__repr__")?;
    let o = need_self(vm, &args, "__repr__")?;
    let s = vm.default_object_repr(&o);
    vm.new_str(&s)
}

fn object_str(vm: &mut Vm, args: Args) -> PyResult {
    slot_no_args(vm, &args, "__str__")?;
    let o = need_self(vm, &args, "__str__")?;
    vm.repr(&o)
}

fn object_eq(vm: &mut Vm, args: Args) -> PyResult {
    args.check(vm, "__eq__", 2, 2)?;
    if args.pos[0].ptr_eq(&args.pos[1]) {
        return Ok(vm.new_bool(true));
    }
    Ok(vm.s.not_implemented.clone())
}

fn object_ne(vm: &mut Vm, args: Args) -> PyResult {
    args.check(vm, "__ne__", 2, 2)?;
    let r = vm.compare(
        crate::compile::bytecode::CmpOpCode::Eq,
        &args.pos[0],
        &args.pos[1],
    )?;
    if r.ptr_eq(&vm.s.not_implemented) {
        return Ok(r);
    }
    let t = vm.truthy(&r)?;
    Ok(vm.new_bool(!t))
}

fn object_hash(vm: &mut Vm, args: Args) -> PyResult {
    slot_no_args(vm, &args, "__hash__")?;
    let o = need_self(vm, &args, "__hash__")?;
    vm.new_int(hash_pointer(o.addr()))
}

fn object_setattr(vm: &mut Vm, args: Args) -> PyResult {
    args.check(vm, "__setattr__", 3, 3)?;
    let name = attr_key(vm, &args.pos[1])?;
    vm.generic_setattr(&args.pos[0], &name, args.pos[2].clone())?;
    Ok(vm.none())
}

fn object_delattr(vm: &mut Vm, args: Args) -> PyResult {
    args.check(vm, "__delattr__", 2, 2)?;
    let name = attr_key(vm, &args.pos[1])?;
    vm.generic_delattr(&args.pos[0], &name)?;
    Ok(vm.none())
}

fn object_getattribute(vm: &mut Vm, args: Args) -> PyResult {
    args.check(vm, "__getattribute__", 2, 2)?;
    let name = attr_key(vm, &args.pos[1])?;
    vm.object_getattribute(&args.pos[0], &name)
}

fn attr_key(vm: &mut Vm, o: &Obj) -> PyResult<Obj> {
    match as_str(o) {
        Some(s) => vm.intern(s),
        None => {
            let n = vm.type_name(o);
            Err(vm.type_error(format!("attribute name must be string, not '{n}'")))
        }
    }
}

fn object_format(vm: &mut Vm, args: Args) -> PyResult {
    args.check(vm, "__format__", 2, 2)?;
    // `str.__format__`, `int.__format__`, `float.__format__` (reached through object's
    // entry): the builtin value formats itself.
    let o = &args.pos[0];
    let builtin_value = matches!(
        tag_of(o),
        Tag::Int | Tag::BigInt | Tag::Bool | Tag::Float | Tag::Complex | Tag::Str
    ) || vm.base_value(o).is_some();
    if builtin_value {
        return vm.format(o, Some(&args.pos[1]));
    }
    let spec = vm.expect_str(&args.pos[1], "format_spec")?.to_owned();
    if !spec.is_empty() {
        let n = vm.type_name(&args.pos[0]);
        return Err(vm.type_error(format!(
            "unsupported format string passed to {n}.__format__"
        )));
    }
    vm.str_of(&args.pos[0])
}

fn object_init_subclass(vm: &mut Vm, args: Args) -> PyResult {
    if !args.kw.is_empty() {
        let name = match args.pos.first() {
            Some(cls) => vm.class_name(cls),
            None => "object".into(),
        };
        return Err(vm.type_error(format!(
            "{name}.__init_subclass__() takes no keyword arguments"
        )));
    }
    Ok(vm.none())
}

fn object_sizeof(vm: &mut Vm, args: Args) -> PyResult {
    args.check_method(vm, "object.__sizeof__", 0, 0)?;
    let o = need_self(vm, &args, "__sizeof__")?;
    let n = vm.sizeof(&o);
    vm.new_int(n as i64)
}

pub const OBJECT_METHODS: &[(&str, NativeFn)] = &[
    ("__init__", object_init),
    ("__repr__", object_repr),
    ("__str__", object_str),
    ("__eq__", object_eq),
    ("__ne__", object_ne),
    ("__hash__", object_hash),
    ("__setattr__", object_setattr),
    ("__delattr__", object_delattr),
    ("__getattribute__", object_getattribute),
    ("__format__", object_format),
    ("__sizeof__", object_sizeof),
];

pub const OBJECT_STATIC: &[(&str, NativeFn)] = &[("__new__", object_new)];

/// `object.__subclasshook__`: no opinion, so `abc` falls back to the normal check.
fn object_subclasshook(vm: &mut Vm, _args: Args) -> PyResult {
    Ok(vm.s.not_implemented.clone())
}

pub const OBJECT_CLASS: &[(&str, NativeFn)] = &[
    ("__init_subclass__", object_init_subclass),
    ("__subclasshook__", object_subclasshook),
];

fn type_mro(vm: &mut Vm, args: Args) -> PyResult {
    let t = need_self(vm, &args, "mro")?;
    let m = t.downcast::<TypeObj>().map(|t| t.mro.borrow().clone());
    match m {
        Some(m) => {
            let items = vm.iterate_to_vec(&m)?;
            vm.new_list(items)
        }
        None => Err(super::wrong_receiver(vm, "mro", "type", &t)),
    }
}

fn type_instancecheck(vm: &mut Vm, args: Args) -> PyResult {
    args.check(vm, "__instancecheck__", 2, 2)?;
    let r = vm.default_instance_check(&args.pos[1], &args.pos[0])?;
    Ok(vm.new_bool(r))
}

fn type_subclasscheck(vm: &mut Vm, args: Args) -> PyResult {
    args.check(vm, "__subclasscheck__", 2, 2)?;
    let r = vm.default_subclass_check(&args.pos[1], &args.pos[0])?;
    Ok(vm.new_bool(r))
}

/// `type.__prepare__(name, bases, **kwds)`: the namespace of a class body, a new dict.
fn type_prepare(vm: &mut Vm, _args: Args) -> PyResult {
    vm.new_dict()
}

pub const TYPE_CLASS: &[(&str, NativeFn)] = &[("__prepare__", type_prepare)];

fn type_setattr_native(vm: &mut Vm, args: Args) -> PyResult {
    args.check(vm, "__setattr__", 3, 3)?;
    if tag_of(&args.pos[0]) != Tag::Type {
        return Err(vm.type_error("descriptor '__setattr__' requires a 'type' object"));
    }
    vm.type_setattr(&args.pos[0], &args.pos[1], Some(args.pos[2].clone()))?;
    Ok(vm.none())
}

fn type_delattr_native(vm: &mut Vm, args: Args) -> PyResult {
    args.check(vm, "__delattr__", 2, 2)?;
    if tag_of(&args.pos[0]) != Tag::Type {
        return Err(vm.type_error("descriptor '__delattr__' requires a 'type' object"));
    }
    vm.type_setattr(&args.pos[0], &args.pos[1], None)?;
    Ok(vm.none())
}

/// `type.__subclasses__()`: the live direct subclasses, oldest first.
fn type_subclasses(vm: &mut Vm, args: Args) -> PyResult {
    let t = need_self(vm, &args, "__subclasses__")?;
    if tag_of(&t) != Tag::Type {
        return Err(vm.type_error("descriptor '__subclasses__' requires a 'type' object"));
    }
    let subs = vm.live_subclasses(&t);
    vm.new_list(subs)
}

/// `type.__repr__`: `<class 'name'>` (a metaclass's own `__repr__` may call it).
fn type_repr_native(vm: &mut Vm, args: Args) -> PyResult {
    slot_no_args(vm, &args, "__repr__")?;
    let o = need_self(vm, &args, "__repr__")?;
    if tag_of(&o) != Tag::Type {
        let t = vm.type_name(&o);
        return Err(vm.type_error(format!(
            "descriptor '__repr__' requires a 'type' object but received a '{t}'"
        )));
    }
    let name = vm.type_display_name(&o);
    vm.new_str(&format!("<class '{name}'>"))
}

pub const TYPE_METHODS: &[(&str, NativeFn)] = &[
    ("mro", type_mro),
    ("__repr__", type_repr_native),
    ("__subclasses__", type_subclasses),
    ("__setattr__", type_setattr_native),
    ("__delattr__", type_delattr_native),
    ("__instancecheck__", type_instancecheck),
    ("__subclasscheck__", type_subclasscheck),
];

fn exc_init(vm: &mut Vm, args: Args) -> PyResult {
    let o = need_self(vm, &args, "__init__")?;
    if let Some(e) = o.downcast::<ExceptionObj>() {
        let t = vm.new_tuple(args.pos[1..].to_vec())?;
        e.set_args(t);
        vm.init_exception_fields(&o, &args.kw)?;
        vm.init_unicode_error(&o, &args.pos[1..])?;
    }
    Ok(vm.none())
}

fn exc_str(vm: &mut Vm, args: Args) -> PyResult {
    slot_no_args(vm, &args, "__str__")?;
    let o = need_self(vm, &args, "__str__")?;
    vm.exception_str_obj(&o)
}

fn exc_repr(vm: &mut Vm, args: Args) -> PyResult {
    slot_no_args(vm, &args, "__repr__")?;
    let o = need_self(vm, &args, "__repr__")?;
    vm.exception_repr_obj(&o)
}

/// `exc.with_traceback(tb)`: None clears the traceback; a traceback object is kept as
/// the exception's own (minipy records tracebacks as it unwinds).
fn exc_with_traceback(vm: &mut Vm, args: Args) -> PyResult {
    args.check(vm, "with_traceback", 2, 2)?;
    let o = args.pos[0].clone();
    let k = vm.intern("__traceback__")?;
    vm.setattr(&o, &k, args.pos[1].clone())?;
    Ok(o)
}

/// `exc.add_note(note)`: appends to the `__notes__` list (made on first use), which
/// tracebacks print after the exception line.
fn exc_add_note(vm: &mut Vm, args: Args) -> PyResult {
    if args.pos.len() != 2 || !args.kw.is_empty() {
        let n = (args.pos.len() + args.kw.len()).saturating_sub(1);
        return Err(vm.type_error(format!(
            "BaseException.add_note() takes exactly one argument ({n} given)"
        )));
    }
    let (o, note) = (args.pos[0].clone(), args.pos[1].clone());
    if tag_of(&note) != Tag::Str && vm.base_value(&note).is_none_or(|b| tag_of(&b) != Tag::Str) {
        let n = vm.type_name(&note);
        return Err(vm.type_error(format!("note must be a str, not '{n}'")));
    }
    let k = vm.intern("__notes__")?;
    let notes = match vm.getattr_opt(&o, &k)? {
        Some(l) => l,
        None => {
            let l = vm.new_list(Vec::new())?;
            vm.setattr(&o, &k, l.clone())?;
            l
        }
    };
    let list = match tag_of(&notes) {
        Tag::List => Some(notes),
        _ => vm.base_value(&notes).filter(|b| tag_of(b) == Tag::List),
    };
    match list {
        Some(l) => vm.list_append(&l, note)?,
        None => return Err(vm.type_error("Cannot add note: __notes__ is not a list")),
    }
    Ok(vm.none())
}

/// The `__init__` every builtin exception class has in its own namespace.
pub const EXCEPTION_INIT: &[(&str, NativeFn)] = &[("__init__", exc_init)];

pub const EXCEPTION_METHODS: &[(&str, NativeFn)] = &[
    ("__init__", exc_init),
    ("__str__", exc_str),
    ("__repr__", exc_repr),
    ("with_traceback", exc_with_traceback),
    ("add_note", exc_add_note),
    ("__reduce__", super::exc_reduce::exc_reduce),
    ("__setstate__", super::exc_reduce::exc_setstate),
];

pub(crate) fn gen_send(vm: &mut Vm, args: Args) -> PyResult {
    args.check(vm, "send", 2, 2)?;
    match vm.resume_generator(&args.pos[0], Some(args.pos[1].clone()), None)? {
        Ok(v) => Ok(v),
        Err(r) => Err(vm.stop_iteration(Some(r).filter(|r| !r.ptr_eq(&vm.s.none)))),
    }
}

fn gen_next(vm: &mut Vm, args: Args) -> PyResult {
    args.check(vm, "__next__", 1, 1)?;
    match vm.resume_generator(&args.pos[0], None, None)? {
        Ok(v) => Ok(v),
        Err(r) => Err(vm.stop_iteration(Some(r).filter(|r| !r.ptr_eq(&vm.s.none)))),
    }
}

fn gen_iter(vm: &mut Vm, args: Args) -> PyResult {
    args.check(vm, "__iter__", 1, 1)?;
    Ok(args.pos[0].clone())
}

/// `gen.throw(typ[, val[, tb]])`, normalised as CPython does: a class with an instance
/// of it as the value uses that instance; otherwise the class is called with the value
/// (a tuple is its argument list).
pub(crate) fn gen_throw(vm: &mut Vm, args: Args) -> PyResult {
    args.check(vm, "throw", 2, 4)?;
    let typ = args.pos[1].clone();
    let val = args.get(2).filter(|v| !v.ptr_eq(&vm.s.none)).cloned();
    // Only an exception class is instantiated: any other class is refused as it is,
    // without being called.
    let exception_class = tag_of(&typ) == Tag::Type && {
        let base = vm.exc.base_exception.clone();
        vm.is_subclass(&typ, &base)
    };
    let exc = if exception_class {
        match val {
            Some(v) if vm.isinstance(&v, &typ) && v.is::<ExceptionObj>() => v,
            Some(v) => match as_tuple(&v) {
                Some(items) => {
                    let items = items.to_vec();
                    vm.call(&typ, items)?
                }
                None => vm.call(&typ, vec![v])?,
            },
            None => vm.call(&typ, vec![])?,
        }
    } else {
        if val.is_some() && typ.is::<ExceptionObj>() {
            return Err(vm.type_error("instance exception may not have a separate value"));
        }
        typ
    };
    if !exc.is::<ExceptionObj>() {
        let t = vm.type_name(&exc);
        return Err(vm.type_error(format!(
            "exceptions must be classes or instances deriving from BaseException, not {t}"
        )));
    }
    vm.generator_throw(&args.pos[0], super::PyErr::Exc(exc))
}

pub(crate) fn gen_close(vm: &mut Vm, args: Args) -> PyResult {
    args.check(vm, "close", 1, 1)?;
    vm.generator_close(&args.pos[0])?;
    Ok(vm.none())
}

pub const GENERATOR_METHODS: &[(&str, NativeFn)] = &[
    ("send", gen_send),
    ("throw", gen_throw),
    ("close", gen_close),
    ("__next__", gen_next),
    ("__iter__", gen_iter),
];

fn int_self(vm: &mut Vm, args: &Args, name: &str) -> PyResult<BigInt> {
    let o = need_self(vm, args, name)?;
    match vm
        .to_bigint(&o)
        .or_else(|| vm.base_value(&o).and_then(|b| vm.to_bigint(&b)))
    {
        Some(v) => Ok(v),
        None => {
            let t = vm.type_name(&o);
            Err(vm.type_error(format!(
                "descriptor '{name}' for 'int' objects doesn't apply to a '{t}' object"
            )))
        }
    }
}

fn int_bit_length(vm: &mut Vm, args: Args) -> PyResult {
    args.check_method(vm, "int.bit_length", 0, 0)?;
    let v = int_self(vm, &args, "bit_length")?;
    vm.new_int(v.bits() as i64)
}

fn int_bit_count(vm: &mut Vm, args: Args) -> PyResult {
    args.check_method(vm, "int.bit_count", 0, 0)?;
    let v = int_self(vm, &args, "bit_count")?;
    let n: u64 = v
        .abs()
        .to_u64_digits()
        .1
        .iter()
        .map(|d| d.count_ones() as u64)
        .sum();
    vm.new_int(n as i64)
}

fn int_conjugate(vm: &mut Vm, args: Args) -> PyResult {
    args.check_method(vm, "int.conjugate", 0, 0)?;
    let v = int_self(vm, &args, "conjugate")?;
    vm.new_bigint(v)
}

fn int_as_integer_ratio(vm: &mut Vm, args: Args) -> PyResult {
    args.check_method(vm, "int.as_integer_ratio", 0, 0)?;
    let v = int_self(vm, &args, "as_integer_ratio")?;
    let a = vm.new_bigint(v)?;
    let b = vm.new_int(1)?;
    vm.new_tuple(vec![a, b])
}

fn int_to_bytes(vm: &mut Vm, mut args: Args) -> PyResult {
    let length_kw = args.take_kw("length");
    let order_kw = args.take_kw("byteorder");
    let signed = match args.take_kw("signed") {
        Some(s) => vm.truthy(&s)?,
        None => false,
    };
    let v = int_self(vm, &args, "to_bytes")?;
    let length = match length_kw.or_else(|| args.get(1).cloned()) {
        Some(l) => crate::vm::params::ssize_arg(vm, &l)?,
        None => 1,
    };
    if length < 0 {
        return Err(vm.value_error("length argument must be non-negative"));
    }
    let little = match order_kw.or_else(|| args.get(2).cloned()) {
        Some(o) => byteorder_is_little(vm, &o, "to_bytes")?,
        None => false,
    };
    if v.is_negative() && !signed {
        return Err(vm.overflow_error("can't convert negative int to unsigned"));
    }
    let mut bytes = if signed {
        v.to_signed_bytes_be()
    } else {
        v.to_bytes_be().1
    };
    if v.is_zero() {
        bytes = vec![];
    }
    let length = length as usize;
    if bytes.len() > length {
        return Err(vm.overflow_error("int too big to convert"));
    }
    let pad = if v.is_negative() { 0xff } else { 0 };
    let mut out = vm.vec_with_room(length)?;
    out.resize(length - bytes.len(), pad);
    out.extend(bytes);
    if little {
        out.reverse();
    }
    vm.new_bytes(out)
}

fn int_from_bytes(vm: &mut Vm, mut args: Args) -> PyResult {
    let order_kw = args.take_kw("byteorder");
    let signed = match args.take_kw("signed") {
        Some(s) => vm.truthy(&s)?,
        None => false,
    };
    if args.pos.len() < 2 {
        return Err(vm.type_error("from_bytes() missing required argument 'bytes' (pos 1)"));
    }
    let little = match order_kw.or_else(|| args.get(2).cloned()) {
        Some(o) => byteorder_is_little(vm, &o, "from_bytes")?,
        None => false,
    };
    let mut d = vm.bytes_from_object(&args.pos[1])?;
    if little {
        d.reverse();
    }
    let v = if signed {
        BigInt::from_signed_bytes_be(&d)
    } else {
        BigInt::from_bytes_be(num_bigint::Sign::Plus, &d)
    };
    let v = vm.new_bigint(v)?;
    // A subclass gets an instance of itself, made by calling it with the value.
    let cls = args.pos[0].clone();
    if cls.ptr_eq(&vm.types.int) {
        Ok(v)
    } else {
        vm.call(&cls, vec![v])
    }
}

/// The `byteorder` argument of `to_bytes` / `from_bytes`: true for 'little'.
fn byteorder_is_little(vm: &mut Vm, o: &Obj, method: &str) -> PyResult<bool> {
    match as_str(o) {
        Some("little") => Ok(true),
        Some("big") => Ok(false),
        Some(_) => Err(vm.value_error("byteorder must be either 'little' or 'big'")),
        None => {
            let t = vm.type_name(o);
            Err(vm.type_error(format!(
                "{method}() argument 'byteorder' must be str, not {t}"
            )))
        }
    }
}

fn int_index(vm: &mut Vm, args: Args) -> PyResult {
    slot_no_args(vm, &args, "__index__")?;
    let v = int_self(vm, &args, "__index__")?;
    vm.new_bigint(v)
}

pub const INT_METHODS: &[(&str, NativeFn)] = &[
    ("bit_length", int_bit_length),
    ("bit_count", int_bit_count),
    ("conjugate", int_conjugate),
    ("as_integer_ratio", int_as_integer_ratio),
    ("to_bytes", int_to_bytes),
    ("__index__", int_index),
    ("__int__", int_index),
];

pub const INT_CLASS_METHODS: &[(&str, NativeFn)] = &[("from_bytes", int_from_bytes)];

fn float_self(vm: &mut Vm, args: &Args, name: &str) -> PyResult<f64> {
    let o = need_self(vm, args, name)?;
    let b = vm.base_value(&o);
    match o
        .downcast::<FloatObj>()
        .or_else(|| b.as_ref().and_then(|b| b.downcast::<FloatObj>()))
    {
        Some(f) => Ok(f.0),
        None => {
            let t = vm.type_name(&o);
            Err(vm.type_error(format!(
                "descriptor '{name}' for 'float' objects doesn't apply to a '{t}' object"
            )))
        }
    }
}

fn float_is_integer(vm: &mut Vm, args: Args) -> PyResult {
    args.check_method(vm, "float.is_integer", 0, 0)?;
    let f = float_self(vm, &args, "is_integer")?;
    Ok(vm.new_bool(crate::format::float_is_integer(f)))
}

fn float_as_integer_ratio(vm: &mut Vm, args: Args) -> PyResult {
    args.check_method(vm, "float.as_integer_ratio", 0, 0)?;
    let f = float_self(vm, &args, "as_integer_ratio")?;
    if f.is_infinite() {
        return Err(vm.overflow_error("cannot convert Infinity to integer ratio"));
    }
    if f.is_nan() {
        return Err(vm.value_error("cannot convert NaN to integer ratio"));
    }
    let bits = f.to_bits();
    let sign = if bits >> 63 == 1 { -1 } else { 1 };
    let exp = ((bits >> 52) & 0x7ff) as i64;
    let mant = if exp == 0 {
        (bits & ((1 << 52) - 1)) << 1
    } else {
        (bits & ((1 << 52) - 1)) | (1 << 52)
    };
    let e = exp - 1075;
    let mut num = BigInt::from(mant) * sign;
    let mut den = BigInt::from(1);
    if e > 0 {
        num <<= e as usize;
    } else {
        den <<= (-e) as usize;
    }
    let g = num_integer::Integer::gcd(&num, &den);
    if !g.is_zero() {
        num /= &g;
        den /= &g;
    }
    let a = vm.new_bigint(num)?;
    let b = vm.new_bigint(den)?;
    vm.new_tuple(vec![a, b])
}

fn float_conjugate(vm: &mut Vm, args: Args) -> PyResult {
    args.check_method(vm, "float.conjugate", 0, 0)?;
    let f = float_self(vm, &args, "conjugate")?;
    vm.new_float(f)
}

fn float_hex(vm: &mut Vm, args: Args) -> PyResult {
    args.check_method(vm, "float.hex", 0, 0)?;
    let f = float_self(vm, &args, "hex")?;
    let s = float_to_hex(f);
    vm.new_str(&s)
}

/// `float.hex()`.
fn float_to_hex(f: f64) -> String {
    if f.is_nan() {
        return "nan".into();
    }
    if f.is_infinite() {
        return if f > 0.0 { "inf".into() } else { "-inf".into() };
    }
    let sign = if f.is_sign_negative() { "-" } else { "" };
    if f == 0.0 {
        return format!("{sign}0x0.0p+0");
    }
    let bits = f.to_bits();
    let exp = ((bits >> 52) & 0x7ff) as i64;
    let mant = bits & ((1 << 52) - 1);
    let (lead, e) = if exp == 0 {
        (0, -1022)
    } else {
        (1, exp - 1023)
    };
    // CPython always writes all thirteen fraction digits.
    let hex = format!("{mant:013x}");
    format!(
        "{sign}0x{lead}.{hex}p{}{}",
        if e >= 0 { "+" } else { "-" },
        e.abs()
    )
}

fn float_trunc(vm: &mut Vm, args: Args) -> PyResult {
    args.check_method(vm, "float.__trunc__", 0, 0)?;
    let f = float_self(vm, &args, "__trunc__")?;
    vm.float_to_int(f)
}

fn float_int(vm: &mut Vm, args: Args) -> PyResult {
    slot_no_args(vm, &args, "__int__")?;
    let f = float_self(vm, &args, "__int__")?;
    vm.float_to_int(f)
}

pub const FLOAT_METHODS: &[(&str, NativeFn)] = &[
    ("is_integer", float_is_integer),
    ("as_integer_ratio", float_as_integer_ratio),
    ("conjugate", float_conjugate),
    ("hex", float_hex),
    ("__int__", float_int),
    ("__trunc__", float_trunc),
];

/// `T.__new__(cls, *args)` for the immutable builtins: builds the builtin value and,
/// for a subclass, wraps it in an instance of `cls`.
fn builtin_new(vm: &mut Vm, args: Args, tag: Tag) -> PyResult {
    let me = vm.types.by_tag(tag).clone();
    let cls = vm.checked_new_subtype(&me, &args)?;
    let Some(tp) = cls.downcast::<TypeObj>() else {
        return Err(vm.type_error("__new__(X): X is not a type object"));
    };
    let layout = tp.layout;
    let builtin = tp.builtin;
    let base_type = vm.types.by_tag(layout).clone();
    let rest = Args {
        pos: args.pos[1..].iter().cloned().collect(),
        kw: args.kw,
    };
    let value = vm.construct_builtin(&base_type, rest)?;
    if builtin {
        return Ok(value);
    }
    vm.new_instance_with_base(InstanceObj::new(cls.clone()), Some(value))
}

/// `list.__init__` / `dict.__init__` / `set.__init__` on an instance of a subclass:
/// refills its builtin value from the arguments.
pub fn builtin_init(vm: &mut Vm, args: Args) -> PyResult {
    let Some(this) = args.pos.first().cloned() else {
        return Err(vm.type_error("__init__(): not enough arguments"));
    };
    let target = vm.base_value(&this).unwrap_or_else(|| this.clone());
    let ty = vm.type_of(&target);
    let rest = Args {
        pos: args.pos[1..].iter().cloned().collect(),
        kw: args.kw,
    };
    let fresh = vm.construct_builtin(&ty, rest)?;
    match tag_of(&target) {
        Tag::List => {
            let items = vm.iterate_to_vec(&fresh)?;
            vm.refill_list(&target, items)?;
        }
        Tag::Dict => {
            if let (Some(dst), Some(src)) = (
                target.downcast::<crate::objects::DictObj>(),
                fresh.downcast::<crate::objects::DictObj>(),
            ) {
                let t = src.table.borrow_mut().take();
                let old = std::mem::replace(&mut *dst.table.borrow_mut(), t);
                drop(old);
                vm.dict_refresh_tracking(&target);
            }
        }
        Tag::Set => {
            if let (Some(dst), Some(src)) = (
                crate::objects::set::set_table(&target),
                crate::objects::set::set_table(&fresh),
            ) {
                let t = src.borrow_mut().take();
                let old = std::mem::replace(&mut *dst.borrow_mut(), t);
                drop(old);
            }
        }
        _ => {}
    }
    let _ = BigInt::from(0).to_i64();
    Ok(vm.none())
}
