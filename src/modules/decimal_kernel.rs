//! `_decimal_kernel`: what the frozen `decimal` module (`src/modules/py/decimal.py`)
//! cannot do quickly in Python. The module keeps every rule of the arithmetic; the
//! kernel takes over only the common case of an operation — finite, non-zero operands
//! and a normal result under the context's precision and rounding — and answers None
//! for anything else, so that the Python code decides the rest exactly as before.
//!
//! A `Decimal` holds four slots, in layout order `_exp`, `_int`, `_kind`, `_sign`
//! (slots are laid out by name); `decimal.py` checks that order when it is imported
//! and leaves the kernel unused if it ever differs.

use num_bigint::{BigInt, Sign};
use num_integer::Integer;
use num_traits::{ToPrimitive, Zero};

use crate::heap::{Obj, OptObjCell};
use crate::objects::class::slots::ABSTRACT;
use crate::objects::str::as_str;
use crate::objects::{BoolObj, InstanceObj, IntObj, Tag, TypeObj};
use crate::vm::{Args, PyResult, Vm};

/// The number of `__slots__` values of a Decimal.
const FIELDS: usize = 4;
/// Condition bits of `decimal.py` (libmpdec's status word).
const INEXACT: i64 = 64;
const ROUNDED: i64 = 4096;
/// Past these sizes the Python code does the work (no huge powers of ten here).
const MAX_PREC: i64 = 5000;
const MAX_BITS: u64 = 60_000;
const MAX_SHIFT: i64 = 20_000;

/// `make(cls, exp, int, kind, sign)`: what `object.__new__(cls)` then assigning the
/// four values to the instance's four slots (in layout order) gives. `cls` must be a
/// Python class whose instances hold exactly four slot values and no builtin value.
fn make(vm: &mut Vm, args: Args) -> PyResult {
    if !args.kw.is_empty() {
        return Err(vm.type_error("make() takes no keyword arguments"));
    }
    let [cls, a, b, c, d] = args.pos.as_slice() else {
        return Err(vm.type_error(format!(
            "make() takes exactly 5 arguments ({} given)",
            args.pos.len()
        )));
    };
    if !four_slot_class(vm, cls) {
        return Err(vm.type_error("make() needs a class of four slots"));
    }
    new_value(vm, cls, [a.clone(), b.clone(), c.clone(), d.clone()])
}

fn four_slot_class(vm: &mut Vm, cls: &Obj) -> bool {
    cls.downcast::<TypeObj>()
        .is_some_and(|t| !t.builtin && t.layout == Tag::Instance && t.instance_tail_len() == FIELDS)
        && vm.type_flags(cls) & ABSTRACT == 0
}

fn new_value(vm: &mut Vm, cls: &Obj, fields: [Obj; FIELDS]) -> PyResult {
    let tail = fields.map(|v| OptObjCell::new(Some(v)));
    let inst = InstanceObj::new(cls.clone());
    Ok(vm.heap.alloc_with_tail(inst, FIELDS, tail)?)
}

/// A finite, non-zero Decimal's value: (-1)**sign * c * 10**e.
struct Finite {
    sign: bool,
    c: BigInt,
    e: i64,
}

/// The value of `o` when it is an instance of exactly `cls`, finite and non-zero, with
/// sizes the kernel handles, or a non-zero int (not bool) when `ints` allows.
fn finite(vm: &Vm, cls: &Obj, o: &Obj, ints: bool) -> Option<Finite> {
    if ints && matches!(crate::objects::tag_of(o), Tag::Int | Tag::BigInt) {
        let v = vm.to_bigint(o)?;
        if v.is_zero() || v.bits() > MAX_BITS {
            return None;
        }
        let sign = v.sign() == Sign::Minus;
        let c = if sign { -v } else { v };
        return Some(Finite { sign, c, e: 0 });
    }
    finite_decimal(vm, cls, o)
}

fn finite_decimal(vm: &Vm, cls: &Obj, o: &Obj) -> Option<Finite> {
    let (inst, slots) = o.downcast_with_tail::<InstanceObj>()?;
    if !inst.class.get().ptr_eq(cls) || slots.len() != FIELDS {
        return None;
    }
    let field = |i: usize| slots.get(i).and_then(OptObjCell::get);
    if IntObj::value(&field(2)?)? != 0 {
        return None;
    }
    let e = IntObj::value(&field(0)?)?;
    let sign = match IntObj::value(&field(3)?)? {
        0 => false,
        1 => true,
        _ => return None,
    };
    let c = vm.to_bigint(&field(1)?)?;
    if c.sign() != Sign::Plus || c.bits() > MAX_BITS || e.unsigned_abs() > 1 << 60 {
        return None;
    }
    Some(Finite { sign, c, e })
}

/// The context values an operation rounds to, and the conditions it traps.
struct Ctx {
    prec: i64,
    emin: i64,
    emax: i64,
    clamp: bool,
    rounding: Rounding,
    traps: i64,
}

#[derive(Clone, Copy, PartialEq)]
enum Rounding {
    Down,
    HalfUp,
    HalfEven,
    Ceiling,
    Floor,
    Up,
    HalfDown,
    ZeroFiveUp,
}

fn context(args: &[Obj]) -> Option<Ctx> {
    let [prec, emin, emax, clamp, rounding, traps] = args else {
        return None;
    };
    let prec = IntObj::value(prec)?;
    let emin = IntObj::value(emin)?;
    let emax = IntObj::value(emax)?;
    if !(1..=MAX_PREC).contains(&prec)
        || emin.unsigned_abs() > 1 << 60
        || emax.unsigned_abs() > 1 << 60
    {
        return None;
    }
    let rounding = match as_str(rounding)? {
        "ROUND_DOWN" => Rounding::Down,
        "ROUND_HALF_UP" => Rounding::HalfUp,
        "ROUND_HALF_EVEN" => Rounding::HalfEven,
        "ROUND_CEILING" => Rounding::Ceiling,
        "ROUND_FLOOR" => Rounding::Floor,
        "ROUND_UP" => Rounding::Up,
        "ROUND_HALF_DOWN" => Rounding::HalfDown,
        "ROUND_05UP" => Rounding::ZeroFiveUp,
        _ => return None,
    };
    Some(Ctx {
        prec,
        emin,
        emax,
        clamp: IntObj::value(clamp)? != 0,
        rounding,
        traps: IntObj::value(traps)?,
    })
}

fn pow10(n: i64) -> BigInt {
    BigInt::from(10u32).pow(u32::try_from(n).unwrap_or(0))
}

/// The number of decimal digits of c > 0.
fn ndigits(c: &BigInt) -> i64 {
    if let Some(mut v) = c.to_u128() {
        let mut n = 1;
        while v >= 10 {
            v /= 10;
            n += 1;
        }
        return n;
    }
    let bits = c.bits() as f64;
    let mut n = ((bits - 1.0) * std::f64::consts::LOG10_2) as i64 + 1;
    while *c >= pow10(n) {
        n += 1;
    }
    while n > 1 && *c < pow10(n - 1) {
        n -= 1;
    }
    n
}

/// Whether dropping the non-zero remainder r (0 < r < p) of quotient q rounds q up.
fn rounds_up(mode: Rounding, sign: bool, q: &BigInt, r: &BigInt, p: &BigInt) -> bool {
    let twice = r * 2u32;
    match mode {
        Rounding::HalfEven => twice > *p || (twice == *p && q.is_odd()),
        Rounding::HalfUp => twice >= *p,
        Rounding::HalfDown => twice > *p,
        Rounding::Down => false,
        Rounding::Up => true,
        Rounding::Ceiling => !sign,
        Rounding::Floor => sign,
        Rounding::ZeroFiveUp => (q % 5u32).is_zero(),
    }
}

/// `_fix`'s common case: c > 0 rounded to the precision with a normal result;
/// (coefficient, exponent, status) or None for the general code.
fn fix(ctx: &Ctx, sign: bool, c: BigInt, e: i64) -> Option<(BigInt, i64, i64)> {
    let n = ndigits(&c);
    let adj = e + n - 1;
    if adj < ctx.emin || adj > ctx.emax {
        return None;
    }
    if n <= ctx.prec {
        if ctx.clamp && e > ctx.emax - ctx.prec + 1 {
            return None;
        }
        return Some((c, e, 0));
    }
    let drop = n - ctx.prec;
    let p = pow10(drop);
    let (mut q, r) = c.div_rem(&p);
    let mut status = ROUNDED;
    if !r.is_zero() {
        status |= INEXACT;
        if rounds_up(ctx.rounding, sign, &q, &r, &p) {
            q += 1u32;
        }
    }
    let mut exp = e + drop;
    if q == pow10(ctx.prec) {
        if adj >= ctx.emax {
            return None;
        }
        q /= 10u32;
        exp += 1;
    }
    Some((q, exp, status))
}

fn add(ctx: &Ctx, a: Finite, b: Finite) -> Option<(bool, BigInt, i64)> {
    let (hi, lo) = if a.e >= b.e { (a, b) } else { (b, a) };
    let (mut ca, mut cb, mut eb) = (hi.c, lo.c, lo.e);
    if hi.e != eb {
        let low = hi.e + (-1i64).min(ndigits(&ca) - ctx.prec - 2);
        if eb < low && eb + ndigits(&cb) - 1 < low {
            cb = BigInt::from(1u32);
            eb = low;
        }
        let shift = hi.e - eb;
        if shift > MAX_SHIFT {
            return None;
        }
        ca *= pow10(shift);
    }
    let va = if hi.sign { -ca } else { ca };
    let vb = if lo.sign { -cb } else { cb };
    let v = va + vb;
    match v.sign() {
        Sign::NoSign => None,
        Sign::Minus => Some((true, -v, eb)),
        Sign::Plus => Some((false, v, eb)),
    }
}

fn div(ctx: &Ctx, a: Finite, b: Finite) -> Option<(bool, BigInt, i64)> {
    let ideal = a.e - b.e;
    let shift = ndigits(&b.c) - ndigits(&a.c) + ctx.prec + 1;
    if shift.abs() > MAX_SHIFT {
        return None;
    }
    let (mut q, r) = if shift >= 0 {
        (a.c * pow10(shift)).div_rem(&b.c)
    } else {
        a.c.div_rem(&(b.c * pow10(-shift)))
    };
    let mut e = ideal - shift;
    if !r.is_zero() {
        q = q * 10u32 + 1u32;
        e -= 1;
    } else {
        let ten = BigInt::from(10u32);
        while e < ideal {
            let (q2, r2) = q.div_rem(&ten);
            if !r2.is_zero() {
                break;
            }
            q = q2;
            e += 1;
        }
    }
    Some((a.sign != b.sign, q, e))
}

/// `arith(cls, op, a, b, prec, Emin, Emax, clamp, rounding, traps)`: a + b, a - b,
/// a * b or a / b (op 0 to 3) for a Decimal `a` of class `cls` and a Decimal or int
/// `b` (or the other way round) in the context given by its values: (result, status)
/// or None when the operation is not the common case.
fn arith(vm: &mut Vm, args: Args) -> PyResult {
    let none = vm.none();
    let [cls, op, a, b, rest @ ..] = args.pos.as_slice() else {
        return Ok(none);
    };
    let (Some(op), Some(ctx)) = (IntObj::value(op), context(rest)) else {
        return Ok(none);
    };
    let (Some(a), Some(mut b)) = (finite(vm, cls, a, true), finite(vm, cls, b, true)) else {
        return Ok(none);
    };
    let exact = match op {
        0 => add(&ctx, a, b),
        1 => {
            b.sign = !b.sign;
            add(&ctx, a, b)
        }
        2 => Some((a.sign != b.sign, a.c * b.c, a.e + b.e)),
        3 => div(&ctx, a, b),
        _ => None,
    };
    let Some((sign, c, e)) = exact else {
        return Ok(none);
    };
    match fix(&ctx, sign, c, e) {
        Some((c, e, status)) => result(vm, cls, sign, c, e, status, &ctx),
        None => Ok(none),
    }
}

/// (the Decimal (-1)**sign * c * 10**e, status), or None when the status is trapped
/// (the Python code then raises).
fn result(
    vm: &mut Vm,
    cls: &Obj,
    sign: bool,
    c: BigInt,
    e: i64,
    status: i64,
    ctx: &Ctx,
) -> PyResult {
    if status & ctx.traps != 0 {
        return Ok(vm.none());
    }
    let fields = [
        vm.new_int(e)?,
        vm.new_bigint(c)?,
        vm.new_int(0)?,
        vm.new_int(i64::from(sign))?,
    ];
    let d = new_value(vm, cls, fields)?;
    let st = vm.new_int(status)?;
    vm.new_tuple(vec![d, st])
}

/// `quantize(cls, a, b, prec, Emin, Emax, clamp, rounding, traps)`: `a.quantize(b)`
/// for Decimals of class `cls`, `a` finite and non-zero, `b` finite, with a normal
/// result: (result, status), or None for the general code.
fn quantize(vm: &mut Vm, args: Args) -> PyResult {
    let none = vm.none();
    let [cls, a, b, rest @ ..] = args.pos.as_slice() else {
        return Ok(none);
    };
    let Some(ctx) = context(rest) else {
        return Ok(none);
    };
    let Some(a) = finite_decimal(vm, cls, a) else {
        return Ok(none);
    };
    let Some(target) = exponent_of(cls, b) else {
        return Ok(none);
    };
    if target < ctx.emin - ctx.prec + 1 || target > ctx.emax {
        return Ok(none);
    }
    let mut c = a.c;
    let mut status = 0;
    if target <= a.e {
        if a.e - target > MAX_SHIFT {
            return Ok(none);
        }
        c *= pow10(a.e - target);
    } else {
        let mut n = target - a.e;
        if n > ndigits(&c) + 1 {
            c = BigInt::from(1u32);
            n = 2;
        }
        let p = pow10(n);
        let (mut q, r) = c.div_rem(&p);
        status = ROUNDED;
        if !r.is_zero() {
            status |= INEXACT;
            if rounds_up(ctx.rounding, a.sign, &q, &r, &p) {
                q += 1u32;
            }
        }
        c = q;
    }
    if c.is_zero() {
        return Ok(none);
    }
    let n = ndigits(&c);
    let adj = target + n - 1;
    if n > ctx.prec || adj > ctx.emax || adj < ctx.emin {
        return Ok(none);
    }
    if ctx.clamp && target > ctx.emax - ctx.prec + 1 {
        return Ok(none);
    }
    result(vm, cls, a.sign, c, target, status, &ctx)
}

/// The exponent of a finite Decimal of class `cls` (zero or not).
fn exponent_of(cls: &Obj, o: &Obj) -> Option<i64> {
    let (inst, slots) = o.downcast_with_tail::<InstanceObj>()?;
    if !inst.class.get().ptr_eq(cls) || slots.len() != FIELDS {
        return None;
    }
    let field = |i: usize| slots.get(i).and_then(OptObjCell::get);
    if IntObj::value(&field(2)?)? != 0 {
        return None;
    }
    let e = IntObj::value(&field(0)?)?;
    (e.unsigned_abs() <= 1 << 60).then_some(e)
}

/// `text(cls, d, caps)`: `str(d)` of a finite Decimal of class `cls` (scientific
/// notation), or None.
fn text(vm: &mut Vm, args: Args) -> PyResult {
    let none = vm.none();
    let [cls, d, caps] = args.pos.as_slice() else {
        return Ok(none);
    };
    let Some((inst, slots)) = d.downcast_with_tail::<InstanceObj>() else {
        return Ok(none);
    };
    if !inst.class.get().ptr_eq(cls) || slots.len() != FIELDS {
        return Ok(none);
    }
    let field = |i: usize| slots.get(i).and_then(OptObjCell::get);
    let (Some(e), Some(c), Some(kind), Some(sign)) = (field(0), field(1), field(2), field(3))
    else {
        return Ok(none);
    };
    let (Some(e), Some(0), Some(sign), Some(c)) = (
        IntObj::value(&e),
        IntObj::value(&kind),
        IntObj::value(&sign),
        vm.to_bigint(&c),
    ) else {
        return Ok(none);
    };
    if c.sign() == Sign::Minus || c.bits() > 30_000 || e.unsigned_abs() > 1 << 60 {
        return Ok(none);
    }
    let digits = c.to_string();
    let len = digits.len() as i64;
    let left = e + len;
    let dot = if e <= 0 && left > -6 { left } else { 1 };
    let mut s = String::with_capacity(digits.len() + 12);
    if sign != 0 {
        s.push('-');
    }
    if dot <= 0 {
        s.push_str("0.");
        s.extend(std::iter::repeat_n('0', dot.unsigned_abs() as usize));
        s.push_str(&digits);
    } else if dot >= len {
        s.push_str(&digits);
        s.extend(std::iter::repeat_n('0', (dot - len) as usize));
    } else {
        let (hi, lo) = digits.split_at(dot as usize);
        s.push_str(hi);
        s.push('.');
        s.push_str(lo);
    }
    let x = left - dot;
    if x != 0 {
        let caps = crate::objects::IntObj::value(caps).unwrap_or(1) != 0;
        s.push(if caps { 'E' } else { 'e' });
        if x > 0 {
            s.push('+');
        }
        s.push_str(&x.to_string());
    }
    vm.new_str(&s)
}

/// `compare(cls, a, b)`: -1, 0 or 1 for a finite non-zero Decimal `a` of class `cls`
/// and a finite non-zero Decimal of that class or int `b`, None otherwise.
fn compare(vm: &mut Vm, args: Args) -> PyResult {
    let none = vm.none();
    let [cls, a, b] = args.pos.as_slice() else {
        return Ok(none);
    };
    let (Some(a), Some(b)) = (finite(vm, cls, a, false), finite(vm, cls, b, true)) else {
        return Ok(none);
    };
    if a.sign != b.sign {
        return vm.new_int(if a.sign { -1 } else { 1 });
    }
    let (adja, adjb) = (a.e + ndigits(&a.c), b.e + ndigits(&b.c));
    let mag = if adja != adjb {
        adja.cmp(&adjb)
    } else if a.e >= b.e {
        (a.c * pow10(a.e - b.e)).cmp(&b.c)
    } else {
        a.c.cmp(&(b.c * pow10(b.e - a.e)))
    };
    let r = mag as i64;
    vm.new_int(if a.sign { -r } else { r })
}

/// `from_value(cls, v)`: `cls(v)` for an int (not bool), a plain numeric str
/// (`[sign]digits[.digits]`, ASCII, no blanks, underscores or exponent) or a value of
/// class `cls` (returned as it is); None for anything else.
fn from_value(vm: &mut Vm, args: Args) -> PyResult {
    let none = vm.none();
    let [cls, v] = args.pos.as_slice() else {
        return Ok(none);
    };
    if let Some(inst) = v.downcast::<InstanceObj>() {
        return Ok(if inst.class.get().ptr_eq(cls) {
            v.clone()
        } else {
            none
        });
    }
    let (sign, c, e) = match crate::objects::tag_of(v) {
        Tag::Int | Tag::BigInt => {
            let Some(n) = vm.to_bigint(v) else {
                return Ok(none);
            };
            let sign = n.sign() == Sign::Minus;
            (sign, if sign { vm.new_bigint(-n)? } else { v.clone() }, 0)
        }
        Tag::Str => {
            let Some((sign, digits, frac)) = as_str(v).and_then(plain_number) else {
                return Ok(none);
            };
            let Some(c) = BigInt::parse_bytes(digits.as_bytes(), 10) else {
                return Ok(none);
            };
            (sign, vm.new_bigint(c)?, -(frac as i64))
        }
        _ => return Ok(none),
    };
    let fields = [
        vm.new_int(e)?,
        c,
        vm.new_int(0)?,
        vm.new_int(i64::from(sign))?,
    ];
    new_value(vm, cls, fields)
}

/// The sign, the digits (without the point) and the number of digits after the point
/// of a plain numeric string of at most 4000 digits.
fn plain_number(s: &str) -> Option<(bool, String, usize)> {
    let (sign, body) = match s.as_bytes().first()? {
        b'-' => (true, &s[1..]),
        b'+' => (false, &s[1..]),
        _ => (false, s),
    };
    let (int, frac) = body.split_once('.').unwrap_or((body, ""));
    let all_digits = |t: &str| t.bytes().all(|b| b.is_ascii_digit());
    if int.len() + frac.len() == 0
        || int.len() + frac.len() > 4000
        || !all_digits(int)
        || !all_digits(frac)
    {
        return None;
    }
    Some((sign, format!("{int}{frac}"), frac.len()))
}

/// `hash_of(cls, d)`: `hash(d)` of a finite Decimal of class `cls` (the hash of the
/// rational value it equals, as ints, floats and Fractions hash), None otherwise.
fn hash_of(vm: &mut Vm, args: Args) -> PyResult {
    const M: u128 = (1 << 61) - 1;
    let none = vm.none();
    let [cls, d] = args.pos.as_slice() else {
        return Ok(none);
    };
    let Some(e) = exponent_of(cls, d) else {
        return Ok(none);
    };
    let Some((_, slots)) = d.downcast_with_tail::<InstanceObj>() else {
        return Ok(none);
    };
    let field = |i: usize| slots.get(i).and_then(OptObjCell::get);
    let (Some(c), Some(sign)) = (
        field(1).and_then(|c| vm.to_bigint(&c)),
        field(3).and_then(|s| IntObj::value(&s)),
    ) else {
        return Ok(none);
    };
    let modpow = |mut b: u128, mut k: u128| {
        let mut r = 1u128;
        b %= M;
        while k > 0 {
            if k & 1 == 1 {
                r = r * b % M;
            }
            b = b * b % M;
            k >>= 1;
        }
        r
    };
    let scale = if e >= 0 {
        modpow(10, u128::from(e.unsigned_abs()))
    } else {
        modpow(modpow(10, M - 2), u128::from(e.unsigned_abs()))
    };
    let Some(cm) = (c % BigInt::from(M)).to_u128() else {
        return Ok(none);
    };
    let mut h = (cm * scale % M) as i64;
    if sign != 0 {
        h = -h;
    }
    vm.new_int(if h == -1 { -2 } else { h })
}

/// `p = 10**n`'s quotient of c, rounded by `mode` (n > 0).
fn round_off(mode: Rounding, sign: bool, c: &BigInt, n: i64) -> BigInt {
    let p = pow10(n);
    let (mut q, r) = c.div_rem(&p);
    if !r.is_zero() && rounds_up(mode, sign, &q, &r, &p) {
        q += 1u32;
    }
    q
}

/// A parsed format specification, as `_parse_spec` gives it.
struct Spec {
    fill: String,
    align: Option<char>,
    sign: char,
    z: bool,
    alt: bool,
    zero: bool,
    width: i64,
    sep: String,
    prec: Option<i64>,
    ty: Option<char>,
}

fn one_char(o: &Obj) -> Option<char> {
    let mut it = as_str(o)?.chars();
    let c = it.next()?;
    it.next().is_none().then_some(c)
}

fn spec_of(vm: &Vm, a: &[Obj]) -> Option<Spec> {
    let [fill, align, sign, z, alt, zero, width, sep, prec, ty] = a else {
        return None;
    };
    let none = vm.none();
    let flag = |o: &Obj| o.downcast::<BoolObj>().map(|b| b.0);
    let width = IntObj::value(width)?;
    let prec = if prec.ptr_eq(&none) {
        None
    } else {
        Some(IntObj::value(prec)?)
    };
    if !(0..=100_000).contains(&width) || prec.is_some_and(|p| !(0..=10_000).contains(&p)) {
        return None;
    }
    Some(Spec {
        fill: one_char(fill)?.to_string(),
        align: if align.ptr_eq(&none) {
            None
        } else {
            Some(one_char(align)?)
        },
        sign: one_char(sign)?,
        z: flag(z)?,
        alt: flag(alt)?,
        zero: flag(zero)?,
        width,
        sep: as_str(sep)?.to_string(),
        prec,
        ty: if ty.ptr_eq(&none) {
            None
        } else {
            Some(one_char(ty)?)
        },
    })
}

/// `_group`: sep every three digits, zeros in front up to `minw`.
fn group(digits: &str, sep: &str, mut minw: i64) -> String {
    let mut groups: Vec<String> = Vec::new();
    let mut digits = digits.to_string();
    loop {
        let len = digits.len() as i64;
        let l = len.max(minw).clamp(1, 3);
        let take = l.min(len) as usize;
        let mut g = "0".repeat((l - len).max(0) as usize);
        g.push_str(&digits[digits.len() - take..]);
        groups.push(g);
        if l < len {
            digits.truncate(digits.len() - take);
        } else {
            digits.clear();
        }
        minw -= l;
        if digits.is_empty() && minw <= 0 {
            break;
        }
        minw -= sep.chars().count() as i64;
    }
    groups.reverse();
    groups.join(sep)
}

/// `_align`.
fn align(sign: &str, body: &str, spec: &Spec) -> String {
    let pad = spec.width - sign.chars().count() as i64 - body.chars().count() as i64;
    if pad <= 0 {
        return format!("{sign}{body}");
    }
    let fill = |n: i64| spec.fill.repeat(n as usize);
    match spec.align.unwrap_or('>') {
        '<' => format!("{sign}{body}{}", fill(pad)),
        '=' => format!("{sign}{}{body}", fill(pad)),
        '^' => format!("{}{sign}{body}{}", fill(pad / 2), fill(pad - pad / 2)),
        _ => format!("{}{sign}{body}", fill(pad)),
    }
}

/// `format_finite(cls, d, rounding, capitals, fill, align, sign, z, alt, zero, width,
/// sep, prec, type)`: `_format` of a finite Decimal of class `cls` for the parsed
/// specification given by its fields; None for the general code.
fn format_finite(vm: &mut Vm, args: Args) -> PyResult {
    let none = vm.none();
    let [cls, d, rounding, caps, rest @ ..] = args.pos.as_slice() else {
        return Ok(none);
    };
    let (Some(e0), Some(spec)) = (exponent_of(cls, d), spec_of(vm, rest)) else {
        return Ok(none);
    };
    let Some((_, slots)) = d.downcast_with_tail::<InstanceObj>() else {
        return Ok(none);
    };
    let field = |i: usize| slots.get(i).and_then(OptObjCell::get);
    let (Some(mut c), Some(sign)) = (
        field(1).and_then(|c| vm.to_bigint(&c)),
        field(3).and_then(|s| IntObj::value(&s)),
    ) else {
        return Ok(none);
    };
    let caps = IntObj::value(caps).unwrap_or(1) != 0;
    let Some(mode) = context(&[
        vm.new_int(1)?,
        vm.new_int(0)?,
        vm.new_int(0)?,
        vm.new_int(0)?,
        rounding.clone(),
        vm.new_int(0)?,
    ])
    .map(|c| c.rounding) else {
        return Ok(none);
    };
    if c.sign() == Sign::Minus || c.bits() > 30_000 || e0.abs() > 10_000 {
        return Ok(none);
    }
    let mut sign = sign != 0;
    let mut e = e0;
    let mut prec = spec.prec;
    let ty = match spec.ty {
        None if prec.is_none() => 'S',
        None => {
            if caps {
                'G'
            } else {
                'g'
            }
        }
        Some(t) => t,
    };
    if ty == '%' {
        e += 2;
    }
    if "gGn".contains(ty) && prec == Some(0) {
        prec = Some(1);
    }
    if let Some(p) = prec {
        if "eE".contains(ty) {
            let n = ndigits(&c) - (p + 1);
            if !c.is_zero() && n < 0 {
                c *= pow10(-n);
                e += n;
            } else if !c.is_zero() && n != 0 {
                c = round_off(mode, sign, &c, n);
                e += n;
                if ndigits(&c) > p + 1 {
                    c /= 10u32;
                    e += 1;
                }
            }
        } else if "fF%".contains(ty) {
            let target = -p;
            if target <= e {
                c *= pow10(e - target);
            } else if !c.is_zero() {
                let mut n = target - e;
                if n > ndigits(&c) + 1 {
                    c = BigInt::from(1u32);
                    n = 2;
                }
                c = round_off(mode, sign, &c, n);
            }
            e = target;
        } else if "gGn".contains(ty) && ndigits(&c) > p {
            let n = ndigits(&c) - p;
            c = round_off(mode, sign, &c, n);
            e += n;
            if ndigits(&c) > p {
                c /= 10u32;
                e += 1;
            }
        }
    }
    if c.is_zero() && e > 0 && "fF%".contains(ty) {
        e = 0;
    }
    if c.is_zero() && spec.z {
        sign = false;
    }
    let digits = c.to_string();
    let len = digits.len() as i64;
    let left = e + len;
    let dot = if "eE".contains(ty) {
        match prec {
            Some(p) if c.is_zero() => 1 - p,
            _ => 1,
        }
    } else if "fF%".contains(ty) || (e <= 0 && left > -6) {
        left
    } else {
        1
    };
    let (ipart, mut fpart) = if dot <= 0 {
        (
            "0".to_string(),
            format!("{}{digits}", "0".repeat(dot.unsigned_abs() as usize)),
        )
    } else if dot >= len {
        (
            format!("{digits}{}", "0".repeat((dot - len) as usize)),
            String::new(),
        )
    } else {
        let (hi, lo) = digits.split_at(dot as usize);
        (hi.to_string(), lo.to_string())
    };
    let x = left - dot;
    let signstr = if sign {
        "-".to_string()
    } else if spec.sign == '-' {
        String::new()
    } else {
        spec.sign.to_string()
    };
    if !fpart.is_empty() || spec.alt {
        fpart.insert(0, '.');
    }
    let mut tail = fpart;
    if "eE".contains(ty) {
        tail.push(ty);
        tail.push_str(&format!("{x:+}"));
    } else if "gGnS".contains(ty) && x != 0 {
        tail.push(match ty {
            'g' | 'n' => 'e',
            'G' => 'E',
            _ if caps => 'E',
            _ => 'e',
        });
        tail.push_str(&format!("{x:+}"));
    }
    if ty == '%' {
        tail.push('%');
    }
    let minw = if spec.zero && spec.fill == "0" && spec.align == Some('=') {
        spec.width - signstr.chars().count() as i64 - tail.chars().count() as i64
    } else {
        0
    };
    let ipart = if !spec.sep.is_empty() {
        group(&ipart, &spec.sep, minw)
    } else if minw > ipart.len() as i64 {
        format!(
            "{}{ipart}",
            "0".repeat((minw - ipart.len() as i64) as usize)
        )
    } else {
        ipart
    };
    let out = align(&signstr, &format!("{ipart}{tail}"), &spec);
    vm.new_str(&out)
}

pub(crate) fn create(vm: &mut Vm) -> PyResult<Obj> {
    super::module_with_functions(
        vm,
        "_decimal_kernel",
        &[
            ("make", make),
            ("arith", arith),
            ("compare", compare),
            ("quantize", quantize),
            ("text", text),
            ("from_value", from_value),
            ("hash_of", hash_of),
            ("format_finite", format_finite),
        ],
    )
}
