//! The builtins `abs`, `round` and `pow`, which the numeric types' slot wrappers
//! (`__abs__`, `__round__`, three-argument `__pow__`) share.

use num_bigint::BigInt;
use num_traits::{Signed, Zero};

use crate::compile::bytecode::BinOpCode;
use crate::heap::Obj;
use crate::objects::{FloatObj, Tag, tag_of};

use super::{Args, PyResult, Vm};

pub(crate) fn builtin_abs(vm: &mut Vm, args: Args) -> PyResult {
    args.check(vm, "abs", 1, 1)?;
    let x = &args.pos[0];
    if let Some(f) = x.downcast::<FloatObj>() {
        return vm.new_float(f.0.abs());
    }
    if let Some(z) = crate::vm::complex::as_complex(x) {
        return vm.complex_abs(z);
    }
    if let Some(b) = vm.to_bigint(x) {
        return vm.new_bigint(b.abs());
    }
    match vm.call_special(x, "__abs__", vec![])? {
        Some(r) => Ok(r),
        None => {
            let n = vm.type_name(x);
            Err(vm.type_error(format!("bad operand type for abs(): '{n}'")))
        }
    }
}

pub(crate) fn builtin_round(vm: &mut Vm, mut args: Args) -> PyResult {
    let nd_kw = args.take_kw("ndigits");
    if args.pos.is_empty() {
        return Err(vm.type_error("round() missing required argument 'number' (pos 1)"));
    }
    args.check_kw(vm, "round", 1, 2)?;
    let x = args.pos[0].clone();
    let nd = nd_kw
        .or_else(|| args.get(1).cloned())
        .filter(|n| !n.ptr_eq(&vm.s.none));
    if let Some(f) = x.downcast::<FloatObj>() {
        let f = f.0;
        return match nd {
            None => match crate::format::round_to_int(f) {
                Ok(crate::format::PyInt::Small(i)) => vm.new_int(i),
                Ok(crate::format::PyInt::Big(b)) => vm.new_bigint(b),
                Err(e) => Err(vm.fmt_error(e)),
            },
            Some(n) => {
                let n = vm.to_index_clamped(&n)?;
                let r = crate::format::round_float(f, n).map_err(|e| vm.fmt_error(e))?;
                vm.new_float(r)
            }
        };
    }
    if let Some(v) = vm.to_bigint(&x) {
        return match nd {
            None => vm.new_bigint(v),
            Some(n) => {
                let n = vm.to_index_clamped(&n)?;
                if n >= 0 {
                    return vm.new_bigint(v);
                }
                // 10**(-n) > 2 * |v| once -n exceeds v's bit length: the result is 0.
                if n.unsigned_abs() > v.bits() {
                    return vm.new_int(0);
                }
                // Round half to even at 10**(-n).
                let p = num_traits::pow(BigInt::from(10), n.unsigned_abs() as usize);
                let (q, r) = num_integer::Integer::div_mod_floor(&v, &p);
                let twice = &r * 2;
                let q = if twice > p || (twice == p && num_integer::Integer::is_odd(&q)) {
                    q + 1
                } else {
                    q
                };
                vm.new_bigint(q * p)
            }
        };
    }
    let mut call_args = vec![];
    if let Some(n) = nd {
        call_args.push(n);
    }
    match vm.call_special(&x, "__round__", call_args)? {
        Some(r) => Ok(r),
        None => {
            let n = vm.type_name(&x);
            Err(vm.type_error(format!("type {n} doesn't define __round__ method")))
        }
    }
}

pub(crate) fn builtin_pow(vm: &mut Vm, mut args: Args) -> PyResult {
    // All three parameters may be passed by name (`partial(pow, exp=3)`); CPython
    // checks the count, then what is missing, then what is given twice.
    let named = [
        args.take_kw("base"),
        args.take_kw("exp"),
        args.take_kw("mod"),
    ];
    let given = args.pos.len() + args.kw.len() + named.iter().flatten().count();
    if given > 3 {
        return Err(vm.type_error(format!("pow() takes at most 3 arguments ({given} given)")));
    }
    for (i, which) in ["'base' (pos 1)", "'exp' (pos 2)"].into_iter().enumerate() {
        if args.pos.len() <= i && named[i].is_none() {
            return Err(vm.type_error(format!("pow() missing required argument {which}")));
        }
    }
    let [base_kw, exp_kw, m_kw] = named;
    for (i, (name, v)) in [("base", base_kw), ("exp", exp_kw)].into_iter().enumerate() {
        let Some(v) = v else {
            continue;
        };
        if args.pos.len() > i {
            return Err(vm.type_error(format!(
                "argument for pow() given by name ('{name}') and position ({})",
                i + 1
            )));
        }
        args.pos.push(v);
    }
    if m_kw.is_some() && args.pos.len() > 2 {
        return Err(vm.type_error("argument for pow() given by name ('mod') and position (3)"));
    }
    args.check_kw(vm, "pow", 2, 3)?;
    let m = m_kw
        .or_else(|| args.get(2).cloned())
        .filter(|m| !m.ptr_eq(&vm.s.none));
    let Some(m) = m else {
        return vm.binary_op(BinOpCode::Pow, &args.pos[0], &args.pos[1]);
    };
    vm.complex_ternary_pow(&args.pos[0], &args.pos[1])?;
    let (Some(b), Some(e), Some(md)) = (
        vm.to_bigint(&args.pos[0]),
        vm.to_bigint(&args.pos[1]),
        vm.to_bigint(&m),
    ) else {
        return ternary_pow_dunder(vm, &args.pos[0], &args.pos[1], &m);
    };
    if md.is_zero() {
        return Err(vm.value_error("pow() 3rd argument cannot be 0"));
    }
    let base = if e.is_negative() {
        match mod_inverse(&b, &md) {
            Some(inv) => inv,
            None => return Err(vm.value_error("base is not invertible for the given modulus")),
        }
    } else {
        b
    };
    let e = e.abs();
    let mabs = md.abs();
    let mut r = base.modpow(&e, &mabs);
    // Python's result has the sign of the modulus.
    if md.is_negative() && !r.is_zero() {
        r -= &mabs;
    }
    if !md.is_negative() && r.is_negative() {
        r += &mabs;
    }
    vm.new_bigint(r)
}

/// Three-argument `pow` on something other than ints: only the first operand's
/// `__pow__` is asked (CPython never calls a three-argument `__rpow__`).
fn ternary_pow_dunder(vm: &mut Vm, base: &Obj, exp: &Obj, m: &Obj) -> PyResult {
    let numeric = |o: &Obj| matches!(tag_of(o), Tag::Int | Tag::BigInt | Tag::Bool | Tag::Float);
    if numeric(base) && numeric(exp) && numeric(m) {
        return Err(
            vm.type_error("pow() 3rd argument not allowed unless all arguments are integers")
        );
    }
    if tag_of(base) == Tag::Instance {
        let cls = vm.type_of(base);
        if let Some(f) = vm.lookup_user_method(&cls, "__pow__") {
            let r = vm.call_method_with(&f, base, &[exp.clone(), m.clone()])?;
            if !r.ptr_eq(&vm.s.not_implemented) {
                return Ok(r);
            }
        }
    }
    let (a, b, c) = (vm.type_name(base), vm.type_name(exp), vm.type_name(m));
    Err(vm.type_error(format!(
        "unsupported operand type(s) for ** or pow(): '{a}', '{b}', '{c}'"
    )))
}

fn mod_inverse(a: &BigInt, m: &BigInt) -> Option<BigInt> {
    let m = m.abs();
    let (mut t, mut newt) = (BigInt::zero(), BigInt::from(1));
    let (mut r, mut newr) = (m.clone(), num_integer::Integer::mod_floor(a, &m));
    while !newr.is_zero() {
        let q = &r / &newr;
        let nt = &t - &q * &newt;
        t = std::mem::replace(&mut newt, nt);
        let nr = &r - &q * &newr;
        r = std::mem::replace(&mut newr, nr);
    }
    if r != BigInt::from(1) {
        return None;
    }
    Some(num_integer::Integer::mod_floor(&t, &m))
}
