//! The special methods of the builtin types as Python-visible attributes (`int.__add__`,
//! `list.__len__`, `str.__getitem__`, ...), as CPython's slot wrappers provide them.
//!
//! Each wrapper works on the builtin value itself: for an instance of a user subclass
//! (`class MyList(list)`) it takes the builtin value the instance extends. That makes
//! `super().__getitem__(i)`, `int.__add__(self, o)` and `len(my_list)` all go through one
//! mechanism. The protocols never call these wrappers for builtin values (they have
//! their own fast paths), so a wrapper cannot recurse into itself.

use crate::compile::bytecode::{BinOpCode, CmpOpCode, UnaryOpCode};
use crate::heap::Obj;
use crate::objects::function::NativeFn;
use crate::objects::{FloatObj, Tag, tag_of};

use super::slot_receiver::{
    BoolOwner, ByteArrayOwner, BytesOwner, ComplexOwner, DictOwner, FloatOwner, FrozenSetOwner,
    IntOwner, ListOwner, Owner, RangeOwner, SetOwner, StrOwner, TupleOwner, slot,
};
use super::{Args, PyResult, Vm};

/// The builtin value behind `o` (itself unless it is an instance of a subclass).
fn unwrap(vm: &Vm, o: &Obj) -> Obj {
    vm.base_value(o).unwrap_or_else(|| o.clone())
}

/// `self` and exactly `n` further arguments, unwrapped.
fn operands(vm: &mut Vm, args: &Args, name: &str, n: usize) -> PyResult<Vec<Obj>> {
    if !args.kw.is_empty() {
        return Err(vm.type_error(format!("{name}() takes no keyword arguments")));
    }
    let Some(first) = args.pos.first() else {
        return Err(vm.type_error(format!("descriptor '{name}' needs an argument")));
    };
    let given = args.pos.len() - 1;
    if given != n {
        let s = if n == 1 { "" } else { "s" };
        return Err(vm.type_error(format!("expected {n} argument{s}, got {given}")));
    }
    let mut out = vec![unwrap(vm, first)];
    out.extend(args.pos[1..].iter().map(|o| unwrap(vm, o)));
    Ok(out)
}

fn is_intlike(o: &Obj) -> bool {
    matches!(tag_of(o), Tag::Int | Tag::BigInt | Tag::Bool)
}

fn is_setlike(o: &Obj) -> bool {
    matches!(tag_of(o), Tag::Set | Tag::FrozenSet)
}

/// Whether the builtin type of `a` implements `op` with `b` as the other operand;
/// when it does not, the wrapper answers NotImplemented (CPython's binary slots).
fn binary_accepts(op: BinOpCode, a: &Obj, b: &Obj, reflected: bool) -> bool {
    match tag_of(a) {
        Tag::Int | Tag::BigInt | Tag::Bool => is_intlike(b),
        Tag::Float => is_intlike(b) || tag_of(b) == Tag::Float,
        Tag::Complex => is_intlike(b) || matches!(tag_of(b), Tag::Float | Tag::Complex),
        Tag::Set | Tag::FrozenSet => is_setlike(b),
        Tag::Dict => tag_of(b) == Tag::Dict,
        Tag::Str if op == BinOpCode::Mod && reflected => tag_of(b) == Tag::Str,
        _ => true,
    }
}

/// Whether rich comparison between the builtin values is defined by `a`'s type.
fn compare_accepts(a: &Obj, b: &Obj) -> bool {
    match tag_of(a) {
        Tag::Int | Tag::BigInt | Tag::Bool => is_intlike(b),
        Tag::Float => is_intlike(b) || tag_of(b) == Tag::Float,
        Tag::Complex => is_intlike(b) || matches!(tag_of(b), Tag::Float | Tag::Complex),
        Tag::Set | Tag::FrozenSet => is_setlike(b),
        t => t == tag_of(b),
    }
}

/// A sequence's `__mul__` / `__rmul__` / `__imul__` is CPython's repeat slot, which
/// converts its count with `__index__` and never answers NotImplemented: a count that
/// is no integer is refused there (the `*` operator words it differently).
fn check_repeat_count(vm: &mut Vm, op: BinOpCode, a: &Obj, b: &Obj) -> PyResult<()> {
    if is_repeat(op, a) && !is_intlike(b) && tag_of(b) != Tag::Instance {
        return Err(vm.type_error_for(b, "cannot be interpreted as an integer"));
    }
    Ok(())
}

/// Whether `op` on `a` is a sequence's repetition (commutative: `__rmul__` repeats too).
fn is_repeat(op: BinOpCode, a: &Obj) -> bool {
    op == BinOpCode::Mul
        && matches!(
            tag_of(a),
            Tag::Str | Tag::Bytes | Tag::ByteArray | Tag::List | Tag::Tuple
        )
}

fn binary(vm: &mut Vm, args: Args, name: &str, op: BinOpCode, reflected: bool) -> PyResult {
    let v = operands(vm, &args, name, 1)?;
    let (a, b) = (&v[0], &v[1]);
    check_repeat_count(vm, op, a, b)?;
    if !binary_accepts(op, a, b, reflected) {
        return Ok(vm.s.not_implemented.clone());
    }
    if reflected && !is_repeat(op, a) {
        vm.binary_op(op, b, a)
    } else {
        vm.binary_op(op, a, b)
    }
}

/// `__iadd__` and friends of the mutable builtins: the operation happens on the builtin
/// value, and the object itself is the result.
fn inplace(vm: &mut Vm, args: Args, name: &str, op: BinOpCode) -> PyResult {
    let v = operands(vm, &args, name, 1)?;
    check_repeat_count(vm, op, &v[0], &v[1])?;
    if !binary_accepts(op, &v[0], &v[1], false) {
        return Ok(vm.s.not_implemented.clone());
    }
    let r = vm.inplace_op(op, v[0].clone(), &v[1])?;
    if r.ptr_eq(&v[0]) {
        return Ok(args.pos[0].clone());
    }
    Ok(r)
}

fn compare(vm: &mut Vm, args: Args, name: &str, op: CmpOpCode) -> PyResult {
    let v = operands(vm, &args, name, 1)?;
    if !compare_accepts(&v[0], &v[1]) {
        return Ok(vm.s.not_implemented.clone());
    }
    vm.compare(op, &v[0], &v[1])
}

fn unary(vm: &mut Vm, args: Args, name: &str, op: UnaryOpCode) -> PyResult {
    let v = operands(vm, &args, name, 0)?;
    vm.unary_op(op, &v[0])
}

macro_rules! binary_slots {
    ($($fname:ident $rname:ident $name:literal $rdunder:literal $op:ident;)*) => {
        $(
            fn $fname(vm: &mut Vm, args: Args) -> PyResult {
                binary(vm, args, $name, BinOpCode::$op, false)
            }
            fn $rname(vm: &mut Vm, args: Args) -> PyResult {
                binary(vm, args, $rdunder, BinOpCode::$op, true)
            }
        )*
    };
}

binary_slots! {
    slot_add slot_radd "__add__" "__radd__" Add;
    slot_sub slot_rsub "__sub__" "__rsub__" Sub;
    slot_mul slot_rmul "__mul__" "__rmul__" Mul;
    slot_truediv slot_rtruediv "__truediv__" "__rtruediv__" TrueDiv;
    slot_floordiv slot_rfloordiv "__floordiv__" "__rfloordiv__" FloorDiv;
    slot_mod slot_rmod "__mod__" "__rmod__" Mod;
    slot_lshift slot_rlshift "__lshift__" "__rlshift__" LShift;
    slot_rshift slot_rrshift "__rshift__" "__rrshift__" RShift;
    slot_and slot_rand "__and__" "__rand__" And;
    slot_or slot_ror "__or__" "__ror__" Or;
    slot_xor slot_rxor "__xor__" "__rxor__" Xor;
}

macro_rules! named_slots {
    ($kind:ident: $($fname:ident $name:literal $ty:ident $op:ident;)*) => {
        $(
            fn $fname(vm: &mut Vm, args: Args) -> PyResult {
                $kind(vm, args, $name, $ty::$op)
            }
        )*
    };
}

named_slots! { inplace:
    slot_iadd "__iadd__" BinOpCode Add;
}

/// `**` takes an optional modulus (`pow(a, b, m)` reaches `__pow__(b, m)`).
fn pow_slot(vm: &mut Vm, args: Args, reflected: bool) -> PyResult {
    let name = if reflected { "__rpow__" } else { "__pow__" };
    let mut args = args;
    let modulus = if args.pos.len() == 3 {
        args.pos.pop().filter(|m| !m.ptr_eq(&vm.s.none))
    } else {
        None
    };
    let v = operands(vm, &args, name, 1)?;
    if !binary_accepts(BinOpCode::Pow, &v[0], &v[1], reflected) {
        return Ok(vm.s.not_implemented.clone());
    }
    let (base, exp) = if reflected {
        (v[1].clone(), v[0].clone())
    } else {
        (v[0].clone(), v[1].clone())
    };
    match modulus {
        Some(m) => {
            let m = unwrap(vm, &m);
            if !is_intlike(&base) || !is_intlike(&exp) || !is_intlike(&m) {
                return Ok(vm.s.not_implemented.clone());
            }
            crate::vm::builtin_numeric::builtin_pow(vm, Args::new(vec![base, exp, m]))
        }
        None => vm.binary_op(BinOpCode::Pow, &base, &exp),
    }
}

fn slot_pow(vm: &mut Vm, args: Args) -> PyResult {
    pow_slot(vm, args, false)
}

fn slot_rpow(vm: &mut Vm, args: Args) -> PyResult {
    pow_slot(vm, args, true)
}

fn slot_divmod(vm: &mut Vm, args: Args) -> PyResult {
    let v = operands(vm, &args, "__divmod__", 1)?;
    if !binary_accepts(BinOpCode::FloorDiv, &v[0], &v[1], false) {
        return Ok(vm.s.not_implemented.clone());
    }
    vm.divmod(&v[0], &v[1])
}

fn slot_rdivmod(vm: &mut Vm, args: Args) -> PyResult {
    let v = operands(vm, &args, "__rdivmod__", 1)?;
    if !binary_accepts(BinOpCode::FloorDiv, &v[0], &v[1], true) {
        return Ok(vm.s.not_implemented.clone());
    }
    vm.divmod(&v[1], &v[0])
}

fn slot_imul(vm: &mut Vm, args: Args) -> PyResult {
    inplace(vm, args, "__imul__", BinOpCode::Mul)
}

fn slot_ior(vm: &mut Vm, args: Args) -> PyResult {
    inplace(vm, args, "__ior__", BinOpCode::Or)
}

fn slot_iand(vm: &mut Vm, args: Args) -> PyResult {
    inplace(vm, args, "__iand__", BinOpCode::And)
}

fn slot_isub(vm: &mut Vm, args: Args) -> PyResult {
    inplace(vm, args, "__isub__", BinOpCode::Sub)
}

fn slot_ixor(vm: &mut Vm, args: Args) -> PyResult {
    inplace(vm, args, "__ixor__", BinOpCode::Xor)
}

named_slots! { compare:
    slot_eq "__eq__" CmpOpCode Eq;
    slot_ne "__ne__" CmpOpCode Ne;
    slot_lt "__lt__" CmpOpCode Lt;
    slot_le "__le__" CmpOpCode Le;
    slot_gt "__gt__" CmpOpCode Gt;
    slot_ge "__ge__" CmpOpCode Ge;
}

named_slots! { unary:
    slot_neg "__neg__" UnaryOpCode Neg;
    slot_pos "__pos__" UnaryOpCode Pos;
    slot_invert "__invert__" UnaryOpCode Invert;
}

fn slot_abs(vm: &mut Vm, args: Args) -> PyResult {
    let v = operands(vm, &args, "__abs__", 0)?;
    crate::vm::builtin_numeric::builtin_abs(vm, Args::new(v))
}

fn slot_bool(vm: &mut Vm, args: Args) -> PyResult {
    let v = operands(vm, &args, "__bool__", 0)?;
    let t = vm.truthy(&v[0])?;
    Ok(vm.new_bool(t))
}

fn slot_len(vm: &mut Vm, args: Args) -> PyResult {
    let v = operands(vm, &args, "__len__", 0)?;
    let n = vm.len(&v[0])?;
    vm.new_int(n as i64)
}

fn slot_iter(vm: &mut Vm, args: Args) -> PyResult {
    let v = operands(vm, &args, "__iter__", 0)?;
    vm.get_iter(&v[0])
}

fn slot_reversed(vm: &mut Vm, args: Args) -> PyResult {
    let v = operands(vm, &args, "__reversed__", 0)?;
    vm.reversed(&v[0])
}

fn slot_hash(vm: &mut Vm, args: Args) -> PyResult {
    let v = operands(vm, &args, "__hash__", 0)?;
    let h = vm.hash(&v[0])?;
    vm.new_int(h)
}

fn slot_repr(vm: &mut Vm, args: Args) -> PyResult {
    let v = operands(vm, &args, "__repr__", 0)?;
    // A set subclass shows its own name (`S({1})`), as CPython's set repr does.
    if is_setlike(&v[0])
        && let Some(this) = args.pos.first()
        && !this.ptr_eq(&v[0])
    {
        let name = vm.type_name(this);
        let mut out = crate::text::text_buf::TextBuf::new();
        vm.set_repr_named(&v[0], &name, &mut out)?;
        return vm.new_str_buf(&out);
    }
    // So does a bytearray subclass (`B(b'x')`).
    if tag_of(&v[0]) == Tag::ByteArray
        && let Some(this) = args.pos.first()
        && !this.ptr_eq(&v[0])
    {
        let name = vm.type_name(this);
        let data = vm.bytes_like(&v[0]).unwrap_or_default();
        let plain = crate::text::bytearray_repr(&data);
        let inner = plain.strip_prefix("bytearray").unwrap_or(&plain);
        return vm.new_str(&format!("{name}{inner}"));
    }
    vm.repr(&v[0])
}

fn slot_str(vm: &mut Vm, args: Args) -> PyResult {
    let v = operands(vm, &args, "__str__", 0)?;
    vm.str_of(&v[0])
}

fn slot_getitem(vm: &mut Vm, args: Args) -> PyResult {
    // list and dict have a `__getitem__` method of their own in CPython (not a slot
    // wrapper), with the method's wording for a wrong argument count.
    if let Some(first) = args.pos.first()
        && args.pos.len() != 2
        && args.kw.is_empty()
    {
        let base = unwrap(vm, first);
        let owner = match tag_of(&base) {
            Tag::List => Some("list"),
            Tag::Dict => Some("dict"),
            _ => None,
        };
        if let Some(owner) = owner {
            let n = args.pos.len() - 1;
            return Err(vm.type_error(format!(
                "{owner}.__getitem__() takes exactly one argument ({n} given)"
            )));
        }
    }
    let v = operands(vm, &args, "__getitem__", 1)?;
    if !v[0].ptr_eq(&args.pos[0]) {
        // An instance of a subclass: dict subclasses consult `__missing__`.
        return vm.getitem_on_base(&args.pos[0], &v[0], &args.pos[1]);
    }
    vm.getitem(&v[0], &args.pos[1])
}

fn slot_setitem(vm: &mut Vm, args: Args) -> PyResult {
    let v = operands(vm, &args, "__setitem__", 2)?;
    vm.setitem(&v[0], args.pos[1].clone(), args.pos[2].clone())?;
    Ok(vm.none())
}

fn slot_delitem(vm: &mut Vm, args: Args) -> PyResult {
    let v = operands(vm, &args, "__delitem__", 1)?;
    vm.delitem(&v[0], &args.pos[1])?;
    Ok(vm.none())
}

fn slot_contains(vm: &mut Vm, args: Args) -> PyResult {
    let v = operands(vm, &args, "__contains__", 1)?;
    let r = vm.contains(&v[0], &args.pos[1])?;
    Ok(vm.new_bool(r))
}

fn slot_float(vm: &mut Vm, args: Args) -> PyResult {
    let v = operands(vm, &args, "__float__", 0)?;
    if let Some(f) = v[0].downcast::<FloatObj>() {
        return vm.new_float(f.0);
    }
    let ty = vm.types.float.clone();
    vm.construct_builtin(&ty, Args::new(v))
}

/// `__trunc__`, `__floor__`, `__ceil__` of an int: the int itself.
fn int_identity(vm: &mut Vm, args: Args) -> PyResult {
    let v = operands(vm, &args, "__trunc__", 0)?;
    let ty = vm.types.int.clone();
    vm.construct_builtin(&ty, Args::new(v))
}

fn float_rounded(vm: &mut Vm, args: Args, name: &str, f: fn(f64) -> f64) -> PyResult {
    let v = operands(vm, &args, name, 0)?;
    match v[0].downcast::<FloatObj>() {
        Some(x) => vm.float_to_int(f(x.0)),
        None => Err(vm.type_error(format!("descriptor '{name}' requires a 'float' object"))),
    }
}

fn float_floor(vm: &mut Vm, args: Args) -> PyResult {
    float_rounded(vm, args, "__floor__", f64::floor)
}

fn float_ceil(vm: &mut Vm, args: Args) -> PyResult {
    float_rounded(vm, args, "__ceil__", f64::ceil)
}

fn slot_round(vm: &mut Vm, args: Args) -> PyResult {
    let Some(first) = args.pos.first() else {
        return Err(vm.type_error("descriptor '__round__' needs an argument"));
    };
    let mut a = Args {
        pos: args.pos.clone(),
        kw: args.kw.clone(),
    };
    a.pos[0] = unwrap(vm, first);
    crate::vm::builtin_numeric::builtin_round(vm, a)
}

/// `object.__lt__` and friends: ordering is not defined for plain objects.
fn object_not_implemented(vm: &mut Vm, args: Args) -> PyResult {
    operands(vm, &args, "__lt__", 1)?;
    Ok(vm.s.not_implemented.clone())
}

/// Named native methods to put on a type.
type SlotTable = &'static [(&'static str, NativeFn)];

/// The special methods of the builtin types in groups, each entry checking its receiver
/// against the type whose table it is (`Self`, see `slot_receiver`).
trait OwnerTables: Owner + Sized {
    const ARITHMETIC: SlotTable = &[
        slot!("__add__", slot_add),
        slot!("__radd__", slot_radd),
        slot!("__sub__", slot_sub),
        slot!("__rsub__", slot_rsub),
        slot!("__mul__", slot_mul),
        slot!("__rmul__", slot_rmul),
        slot!("__truediv__", slot_truediv),
        slot!("__rtruediv__", slot_rtruediv),
        slot!("__floordiv__", slot_floordiv),
        slot!("__rfloordiv__", slot_rfloordiv),
        slot!("__mod__", slot_mod),
        slot!("__rmod__", slot_rmod),
        slot!("__divmod__", slot_divmod),
        slot!("__rdivmod__", slot_rdivmod),
        slot!("__pow__", slot_pow),
        slot!("__rpow__", slot_rpow),
        slot!("__neg__", slot_neg),
        slot!("__pos__", slot_pos),
        slot!("__abs__", slot_abs),
        slot!("__bool__", slot_bool),
        slot!("__float__", slot_float),
        slot!("__round__", slot_round),
    ];

    /// complex: the true arithmetic only (no `//`, `%`, `divmod`, ordering or `__float__`).
    const COMPLEX_ARITHMETIC: SlotTable = &[
        slot!("__add__", slot_add),
        slot!("__radd__", slot_radd),
        slot!("__sub__", slot_sub),
        slot!("__rsub__", slot_rsub),
        slot!("__mul__", slot_mul),
        slot!("__rmul__", slot_rmul),
        slot!("__truediv__", slot_truediv),
        slot!("__rtruediv__", slot_rtruediv),
        slot!("__pow__", slot_pow),
        slot!("__rpow__", slot_rpow),
        slot!("__neg__", slot_neg),
        slot!("__pos__", slot_pos),
        slot!("__abs__", slot_abs),
        slot!("__bool__", slot_bool),
    ];

    const BITWISE: SlotTable = &[
        slot!("__lshift__", slot_lshift),
        slot!("__rlshift__", slot_rlshift),
        slot!("__rshift__", slot_rshift),
        slot!("__rrshift__", slot_rrshift),
        slot!("__and__", slot_and),
        slot!("__rand__", slot_rand),
        slot!("__or__", slot_or),
        slot!("__ror__", slot_ror),
        slot!("__xor__", slot_xor),
        slot!("__rxor__", slot_rxor),
        slot!("__invert__", slot_invert),
        slot!("__trunc__", int_identity),
        slot!("__floor__", int_identity),
        slot!("__ceil__", int_identity),
    ];

    const BOOL_OPS: SlotTable = &[
        slot!("__and__", slot_and),
        slot!("__rand__", slot_rand),
        slot!("__or__", slot_or),
        slot!("__ror__", slot_ror),
        slot!("__xor__", slot_xor),
        slot!("__rxor__", slot_rxor),
        slot!("__repr__", slot_repr),
    ];

    const FLOAT_ONLY: SlotTable = &[
        slot!("__floor__", float_floor),
        slot!("__ceil__", float_ceil),
    ];

    const ORDERING: SlotTable = &[
        slot!("__eq__", slot_eq),
        slot!("__ne__", slot_ne),
        slot!("__lt__", slot_lt),
        slot!("__le__", slot_le),
        slot!("__gt__", slot_gt),
        slot!("__ge__", slot_ge),
    ];

    const EQUALITY: SlotTable = &[slot!("__eq__", slot_eq), slot!("__ne__", slot_ne)];

    const HASHABLE: SlotTable = &[slot!("__hash__", slot_hash), slot!("__repr__", slot_repr)];

    const SEQUENCE: SlotTable = &[
        slot!("__len__", slot_len),
        slot!("__iter__", slot_iter),
        slot!("__getitem__", slot_getitem),
        slot!("__contains__", slot_contains),
    ];

    const CONCAT: SlotTable = &[
        slot!("__add__", slot_add),
        slot!("__mul__", slot_mul),
        slot!("__rmul__", slot_rmul),
    ];

    const MUTABLE: SlotTable = &[
        slot!("__setitem__", slot_setitem),
        slot!("__delitem__", slot_delitem),
        slot!("__repr__", slot_repr),
    ];

    const LIST_EXTRA: SlotTable = &[
        slot!("__iadd__", slot_iadd),
        slot!("__imul__", slot_imul),
        slot!("__reversed__", slot_reversed),
    ];

    /// bytearray grows in place (`ba += b'x'`, `ba *= 2`), as a list does.
    const BYTEARRAY_INPLACE: SlotTable =
        &[slot!("__iadd__", slot_iadd), slot!("__imul__", slot_imul)];

    const DICT_EXTRA: SlotTable = &[
        slot!("__or__", slot_or),
        slot!("__ror__", slot_ror),
        slot!("__ior__", slot_ior),
        slot!("__reversed__", slot_reversed),
    ];

    const SET_OPS: SlotTable = &[
        slot!("__len__", slot_len),
        slot!("__iter__", slot_iter),
        slot!("__contains__", slot_contains),
        slot!("__or__", slot_or),
        slot!("__ror__", slot_ror),
        slot!("__and__", slot_and),
        slot!("__rand__", slot_rand),
        slot!("__sub__", slot_sub),
        slot!("__rsub__", slot_rsub),
        slot!("__xor__", slot_xor),
        slot!("__rxor__", slot_rxor),
        slot!("__repr__", slot_repr),
    ];

    const SET_INPLACE: SlotTable = &[
        slot!("__ior__", slot_ior),
        slot!("__iand__", slot_iand),
        slot!("__isub__", slot_isub),
        slot!("__ixor__", slot_ixor),
    ];

    const STR_EXTRA: SlotTable = &[
        slot!("__mod__", slot_mod),
        slot!("__rmod__", slot_rmod),
        slot!("__str__", slot_str),
    ];

    const RANGE_EXTRA: SlotTable = &[
        slot!("__reversed__", slot_reversed),
        slot!("__bool__", slot_bool),
    ];

    const HASH_ONLY: SlotTable = &[slot!("__hash__", slot_hash)];
}

impl<T: Owner> OwnerTables for T {}

const OBJECT_ORDERING: &[(&str, NativeFn)] = &[
    ("__lt__", object_not_implemented),
    ("__le__", object_not_implemented),
    ("__gt__", object_not_implemented),
    ("__ge__", object_not_implemented),
];

impl Vm {
    /// Puts the slot wrappers on the builtin types (at start-up).
    pub(crate) fn add_slot_wrappers(&mut self) -> PyResult<()> {
        let object = self.types.object.clone();
        self.add_methods(
            &object,
            "object",
            OBJECT_ORDERING,
            super::MethodKind::Instance,
        )?;
        let table: Vec<(Tag, &'static str, &[SlotTable])> = vec![
            (
                Tag::Int,
                "int",
                &[
                    IntOwner::ARITHMETIC,
                    IntOwner::BITWISE,
                    IntOwner::ORDERING,
                    IntOwner::HASHABLE,
                ],
            ),
            (Tag::Bool, "bool", &[BoolOwner::BOOL_OPS]),
            (
                Tag::Float,
                "float",
                &[
                    FloatOwner::ARITHMETIC,
                    FloatOwner::FLOAT_ONLY,
                    FloatOwner::ORDERING,
                    FloatOwner::HASHABLE,
                ],
            ),
            (
                Tag::Str,
                "str",
                &[
                    StrOwner::SEQUENCE,
                    StrOwner::CONCAT,
                    StrOwner::STR_EXTRA,
                    StrOwner::ORDERING,
                    StrOwner::HASHABLE,
                ],
            ),
            (
                Tag::Tuple,
                "tuple",
                &[
                    TupleOwner::SEQUENCE,
                    TupleOwner::CONCAT,
                    TupleOwner::ORDERING,
                    TupleOwner::HASHABLE,
                ],
            ),
            (
                Tag::List,
                "list",
                &[
                    ListOwner::SEQUENCE,
                    ListOwner::CONCAT,
                    ListOwner::MUTABLE,
                    ListOwner::LIST_EXTRA,
                    ListOwner::ORDERING,
                ],
            ),
            (
                Tag::Dict,
                "dict",
                &[
                    DictOwner::SEQUENCE,
                    DictOwner::MUTABLE,
                    DictOwner::DICT_EXTRA,
                    DictOwner::EQUALITY,
                ],
            ),
            (
                Tag::Set,
                "set",
                &[SetOwner::SET_OPS, SetOwner::SET_INPLACE, SetOwner::ORDERING],
            ),
            (
                Tag::FrozenSet,
                "frozenset",
                &[
                    FrozenSetOwner::SET_OPS,
                    FrozenSetOwner::ORDERING,
                    FrozenSetOwner::HASH_ONLY,
                ],
            ),
            (
                Tag::Bytes,
                "bytes",
                &[
                    BytesOwner::SEQUENCE,
                    BytesOwner::CONCAT,
                    BytesOwner::ORDERING,
                    BytesOwner::HASHABLE,
                ],
            ),
            (
                Tag::ByteArray,
                "bytearray",
                &[
                    ByteArrayOwner::SEQUENCE,
                    ByteArrayOwner::CONCAT,
                    ByteArrayOwner::MUTABLE,
                    ByteArrayOwner::BYTEARRAY_INPLACE,
                    ByteArrayOwner::ORDERING,
                ],
            ),
            (
                Tag::Complex,
                "complex",
                &[
                    ComplexOwner::COMPLEX_ARITHMETIC,
                    ComplexOwner::EQUALITY,
                    ComplexOwner::HASHABLE,
                ],
            ),
            (
                Tag::Range,
                "range",
                &[
                    RangeOwner::SEQUENCE,
                    RangeOwner::RANGE_EXTRA,
                    RangeOwner::EQUALITY,
                    RangeOwner::HASHABLE,
                ],
            ),
        ];
        for (tag, owner, groups) in table {
            let ty = self.types.by_tag(tag).clone();
            for methods in groups {
                self.add_methods(&ty, owner, methods, super::MethodKind::Instance)?;
            }
        }
        // Mutable containers are unhashable: `__hash__` is None on the type. So is
        // slice in 3.11 (slices became hashable in 3.12).
        for tag in [Tag::List, Tag::Dict, Tag::Set, Tag::ByteArray, Tag::Slice] {
            let ty = self.types.by_tag(tag).clone();
            if let Some(d) = ty
                .downcast::<crate::objects::TypeObj>()
                .map(|t| t.dict.clone())
            {
                let k = self.intern("__hash__")?;
                let none = self.none();
                self.dict_set(&d, k, none)?;
            }
            self.update_slot_flags(&ty);
        }
        Ok(())
    }
}
