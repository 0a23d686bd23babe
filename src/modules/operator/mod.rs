//! The `operator` module: the operators as functions, and the callable helpers
//! itemgetter, attrgetter and methodcaller.

mod getters;

use crate::compile::bytecode::{BinOpCode, CmpOpCode, UnaryOpCode};
use crate::heap::Obj;
use crate::objects::{NativeFn, Tag, tag_of};
use crate::vm::params::check_positional;
use crate::vm::{Args, PyResult, Vm};

/// Checks a one-argument function (`_operator.neg() takes exactly one argument`).
fn one(vm: &mut Vm, args: &Args, name: &str) -> PyResult<Obj> {
    if !args.kw.is_empty() {
        return Err(vm.type_error(format!("_operator.{name}() takes no keyword arguments")));
    }
    match args.pos.as_slice() {
        [a] => Ok(a.clone()),
        _ => Err(vm.type_error(format!(
            "_operator.{name}() takes exactly one argument ({} given)",
            args.pos.len()
        ))),
    }
}

fn two(vm: &mut Vm, args: &Args, name: &str) -> PyResult<(Obj, Obj)> {
    check_positional(vm, args, name, 2, 2)?;
    Ok((args.pos[0].clone(), args.pos[1].clone()))
}

macro_rules! binary {
    ($($fname:ident, $name:literal, $op:ident;)*) => {
        $(fn $fname(vm: &mut Vm, args: Args) -> PyResult {
            let (a, b) = two(vm, &args, $name)?;
            vm.binary_op(BinOpCode::$op, &a, &b)
        })*
    };
}

binary! {
    op_add, "add", Add;
    op_sub, "sub", Sub;
    op_mul, "mul", Mul;
    op_matmul, "matmul", MatMul;
    op_truediv, "truediv", TrueDiv;
    op_floordiv, "floordiv", FloorDiv;
    op_mod, "mod", Mod;
    op_pow, "pow", Pow;
    op_lshift, "lshift", LShift;
    op_rshift, "rshift", RShift;
    op_and, "and_", And;
    op_or, "or_", Or;
    op_xor, "xor", Xor;
}

macro_rules! inplace {
    ($($fname:ident, $name:literal, $op:ident;)*) => {
        $(fn $fname(vm: &mut Vm, args: Args) -> PyResult {
            let (a, b) = two(vm, &args, $name)?;
            vm.inplace_op(BinOpCode::$op, a, &b)
        })*
    };
}

inplace! {
    op_iadd, "iadd", Add;
    op_isub, "isub", Sub;
    op_imul, "imul", Mul;
    op_imatmul, "imatmul", MatMul;
    op_itruediv, "itruediv", TrueDiv;
    op_ifloordiv, "ifloordiv", FloorDiv;
    op_imod, "imod", Mod;
    op_ipow, "ipow", Pow;
    op_ilshift, "ilshift", LShift;
    op_irshift, "irshift", RShift;
    op_iand, "iand", And;
    op_ior, "ior", Or;
    op_ixor, "ixor", Xor;
}

macro_rules! comparison {
    ($($fname:ident, $name:literal, $op:ident;)*) => {
        $(fn $fname(vm: &mut Vm, args: Args) -> PyResult {
            let (a, b) = two(vm, &args, $name)?;
            vm.compare(CmpOpCode::$op, &a, &b)
        })*
    };
}

comparison! {
    op_lt, "lt", Lt;
    op_le, "le", Le;
    op_eq, "eq", Eq;
    op_ne, "ne", Ne;
    op_gt, "gt", Gt;
    op_ge, "ge", Ge;
}

macro_rules! unary {
    ($($fname:ident, $name:literal, $op:ident;)*) => {
        $(fn $fname(vm: &mut Vm, args: Args) -> PyResult {
            let a = one(vm, &args, $name)?;
            vm.unary_op(UnaryOpCode::$op, &a)
        })*
    };
}

unary! {
    op_neg, "neg", Neg;
    op_pos, "pos", Pos;
    op_invert, "invert", Invert;
    op_inv, "inv", Invert;
}

fn op_not(vm: &mut Vm, args: Args) -> PyResult {
    let a = one(vm, &args, "not_")?;
    let t = vm.truthy(&a)?;
    Ok(vm.new_bool(!t))
}

fn op_truth(vm: &mut Vm, args: Args) -> PyResult {
    let a = one(vm, &args, "truth")?;
    let t = vm.truthy(&a)?;
    Ok(vm.new_bool(t))
}

fn op_abs(vm: &mut Vm, args: Args) -> PyResult {
    let a = one(vm, &args, "abs")?;
    let k = vm.intern("abs")?;
    let builtins = vm.builtins.clone();
    match vm.dict_get_str(&builtins, &k) {
        Some(f) => vm.call(&f, vec![a]),
        None => Err(vm.system_error("builtins.abs is missing")),
    }
}

fn op_index(vm: &mut Vm, args: Args) -> PyResult {
    let a = one(vm, &args, "index")?;
    if let Some(v) = vm.to_bigint(&a) {
        return vm.new_bigint(v);
    }
    if let Some(r) = vm.call_special(&a, "__index__", vec![])? {
        if vm.to_bigint(&r).is_some() {
            return Ok(r);
        }
        let n = vm.type_name(&r);
        return Err(vm.type_error(format!("__index__ returned non-int (type {n})")));
    }
    Err(vm.type_error_for(&a, "cannot be interpreted as an integer"))
}

fn op_is(vm: &mut Vm, args: Args) -> PyResult {
    let (a, b) = two(vm, &args, "is_")?;
    Ok(vm.new_bool(a.ptr_eq(&b)))
}

fn op_is_not(vm: &mut Vm, args: Args) -> PyResult {
    let (a, b) = two(vm, &args, "is_not")?;
    Ok(vm.new_bool(!a.ptr_eq(&b)))
}

/// True for what `PySequence_Check` accepts.
fn is_sequence(vm: &mut Vm, o: &Obj) -> bool {
    match tag_of(o) {
        Tag::Dict => false,
        Tag::List
        | Tag::Tuple
        | Tag::Str
        | Tag::Bytes
        | Tag::ByteArray
        | Tag::Range
        | Tag::Deque => true,
        _ => {
            let cls = vm.type_of(o);
            vm.lookup_type_attr(&cls, "__getitem__").is_some()
                || vm.base_value(o).is_some_and(|b| tag_of(&b) != Tag::Dict)
        }
    }
}

fn concat_check(vm: &mut Vm, a: &Obj) -> PyResult<()> {
    if is_sequence(vm, a) {
        return Ok(());
    }
    let n = vm.type_name(a);
    Err(vm.type_error(format!("'{n}' object can't be concatenated")))
}

fn op_concat(vm: &mut Vm, args: Args) -> PyResult {
    let (a, b) = two(vm, &args, "concat")?;
    concat_check(vm, &a)?;
    vm.binary_op(BinOpCode::Add, &a, &b)
}

fn op_iconcat(vm: &mut Vm, args: Args) -> PyResult {
    let (a, b) = two(vm, &args, "iconcat")?;
    concat_check(vm, &a)?;
    vm.inplace_op(BinOpCode::Add, a, &b)
}

fn op_contains(vm: &mut Vm, args: Args) -> PyResult {
    let (a, b) = two(vm, &args, "contains")?;
    let r = vm.contains(&a, &b)?;
    Ok(vm.new_bool(r))
}

fn op_count_of(vm: &mut Vm, args: Args) -> PyResult {
    let (a, b) = two(vm, &args, "countOf")?;
    let it = vm.get_iter(&a)?;
    let mut n = 0;
    while let Some(v) = vm.next(&it)? {
        if v.ptr_eq(&b) || vm.eq(&v, &b)? {
            n += 1;
        }
    }
    vm.new_int(n)
}

fn op_index_of(vm: &mut Vm, args: Args) -> PyResult {
    let (a, b) = two(vm, &args, "indexOf")?;
    let it = vm.get_iter(&a)?;
    let mut i = 0;
    while let Some(v) = vm.next(&it)? {
        if v.ptr_eq(&b) || vm.eq(&v, &b)? {
            return vm.new_int(i);
        }
        i += 1;
    }
    Err(vm.value_error("sequence.index(x): x not in sequence"))
}

fn op_getitem(vm: &mut Vm, args: Args) -> PyResult {
    let (a, b) = two(vm, &args, "getitem")?;
    vm.getitem(&a, &b)
}

fn op_setitem(vm: &mut Vm, args: Args) -> PyResult {
    check_positional(vm, &args, "setitem", 3, 3)?;
    let (a, b, c) = (
        args.pos[0].clone(),
        args.pos[1].clone(),
        args.pos[2].clone(),
    );
    vm.setitem(&a, b, c)?;
    Ok(vm.none())
}

fn op_delitem(vm: &mut Vm, args: Args) -> PyResult {
    let (a, b) = two(vm, &args, "delitem")?;
    vm.delitem(&a, &b)?;
    Ok(vm.none())
}

fn op_length_hint(vm: &mut Vm, args: Args) -> PyResult {
    check_positional(vm, &args, "length_hint", 1, 2)?;
    let o = args.pos[0].clone();
    let default = match args.pos.get(1) {
        Some(d) => {
            if vm.index_value(d).is_none() {
                let n = vm.type_name(d);
                return Err(
                    vm.type_error(format!("'{n}' object cannot be interpreted as an integer"))
                );
            }
            vm.to_index(d)?
        }
        None => 0,
    };
    match vm.length_hint(&o)? {
        Some(n) => vm.new_int(i64::try_from(n).unwrap_or(i64::MAX)),
        None => vm.new_int(default),
    }
}

fn op_call(vm: &mut Vm, mut args: Args) -> PyResult {
    if args.pos.is_empty() {
        return Err(vm.type_error("call() missing 1 required positional argument: 'obj'"));
    }
    let f = args.pos.remove(0);
    vm.call_args(&f, args)
}

const FUNCTIONS: &[(&str, NativeFn)] = &[
    ("abs", op_abs),
    ("add", op_add),
    ("and_", op_and),
    ("call", op_call),
    ("concat", op_concat),
    ("contains", op_contains),
    ("countOf", op_count_of),
    ("delitem", op_delitem),
    ("eq", op_eq),
    ("floordiv", op_floordiv),
    ("ge", op_ge),
    ("getitem", op_getitem),
    ("gt", op_gt),
    ("iadd", op_iadd),
    ("iand", op_iand),
    ("iconcat", op_iconcat),
    ("ifloordiv", op_ifloordiv),
    ("ilshift", op_ilshift),
    ("imatmul", op_imatmul),
    ("imod", op_imod),
    ("imul", op_imul),
    ("index", op_index),
    ("indexOf", op_index_of),
    ("inv", op_inv),
    ("invert", op_invert),
    ("ior", op_ior),
    ("ipow", op_ipow),
    ("irshift", op_irshift),
    ("is_", op_is),
    ("is_not", op_is_not),
    ("isub", op_isub),
    ("itruediv", op_itruediv),
    ("ixor", op_ixor),
    ("le", op_le),
    ("length_hint", op_length_hint),
    ("lshift", op_lshift),
    ("lt", op_lt),
    ("matmul", op_matmul),
    ("mod", op_mod),
    ("mul", op_mul),
    ("ne", op_ne),
    ("neg", op_neg),
    ("not_", op_not),
    ("or_", op_or),
    ("pos", op_pos),
    ("pow", op_pow),
    ("rshift", op_rshift),
    ("setitem", op_setitem),
    ("sub", op_sub),
    ("truediv", op_truediv),
    ("truth", op_truth),
    ("xor", op_xor),
];

/// `operator.__add__` and friends are the same objects as `operator.add`.
const DUNDER_ALIASES: &[(&str, &str)] = &[
    ("__abs__", "abs"),
    ("__add__", "add"),
    ("__and__", "and_"),
    ("__concat__", "concat"),
    ("__contains__", "contains"),
    ("__delitem__", "delitem"),
    ("__eq__", "eq"),
    ("__floordiv__", "floordiv"),
    ("__ge__", "ge"),
    ("__getitem__", "getitem"),
    ("__gt__", "gt"),
    ("__iadd__", "iadd"),
    ("__iand__", "iand"),
    ("__iconcat__", "iconcat"),
    ("__ifloordiv__", "ifloordiv"),
    ("__ilshift__", "ilshift"),
    ("__imatmul__", "imatmul"),
    ("__imod__", "imod"),
    ("__imul__", "imul"),
    ("__index__", "index"),
    ("__inv__", "inv"),
    ("__invert__", "invert"),
    ("__ior__", "ior"),
    ("__ipow__", "ipow"),
    ("__irshift__", "irshift"),
    ("__isub__", "isub"),
    ("__itruediv__", "itruediv"),
    ("__ixor__", "ixor"),
    ("__le__", "le"),
    ("__lshift__", "lshift"),
    ("__lt__", "lt"),
    ("__matmul__", "matmul"),
    ("__mod__", "mod"),
    ("__mul__", "mul"),
    ("__ne__", "ne"),
    ("__neg__", "neg"),
    ("__not__", "not_"),
    ("__or__", "or_"),
    ("__pos__", "pos"),
    ("__pow__", "pow"),
    ("__rshift__", "rshift"),
    ("__setitem__", "setitem"),
    ("__sub__", "sub"),
    ("__truediv__", "truediv"),
    ("__xor__", "xor"),
    ("__call__", "call"),
];

pub(crate) fn create(vm: &mut Vm) -> PyResult<Obj> {
    let m = super::module_with_functions(vm, "operator", FUNCTIONS)?;
    let d = vm.module_dict(&m).ok_or_else(|| vm.bad_payload())?;
    for (alias, name) in DUNDER_ALIASES {
        let k = vm.intern(name)?;
        if let Some(f) = vm.dict_get_str(&d, &k) {
            super::set_attr(vm, &m, alias, f)?;
        }
    }
    for spec in getters::TYPES {
        let t = vm.native_type(spec)?;
        super::set_attr(vm, &m, spec.name, t)?;
    }
    Ok(m)
}
