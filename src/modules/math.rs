//! The `math` module.

use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::{One, Signed, ToPrimitive, Zero};

use crate::heap::Obj;
use crate::objects::FloatObj;
use crate::vm::convert::to_f64;
use crate::vm::{Args, PyResult, Vm};

fn math_domain(vm: &mut Vm) -> crate::vm::PyErr {
    vm.value_error("math domain error")
}

/// Checks a float result as CPython's math module does.
fn checked(vm: &mut Vm, x: f64, r: f64) -> PyResult {
    if r.is_nan() && !x.is_nan() {
        return Err(math_domain(vm));
    }
    if r.is_infinite() && x.is_finite() {
        return Err(vm.overflow_error("math range error"));
    }
    vm.new_float(r)
}

macro_rules! unary {
    ($fname:ident, $name:literal, $f:expr) => {
        fn $fname(vm: &mut Vm, args: Args) -> PyResult {
            args.check(vm, $name, 1, 1)?;
            let x = to_f64(vm, &args.pos[0])?;
            let f: fn(f64) -> f64 = $f;
            checked(vm, x, f(x))
        }
    };
}

unary!(math_sin, "sin", f64::sin);
unary!(math_cos, "cos", f64::cos);
unary!(math_tan, "tan", f64::tan);
unary!(math_asin, "asin", f64::asin);
unary!(math_acos, "acos", f64::acos);
unary!(math_atan, "atan", f64::atan);
unary!(math_sinh, "sinh", f64::sinh);
unary!(math_cosh, "cosh", f64::cosh);
unary!(math_tanh, "tanh", f64::tanh);
// Rust's `f64::asinh` rounds differently from the C library CPython calls.
unary!(math_asinh, "asinh", super::cmath::functions::asinh);
unary!(math_acosh, "acosh", super::cmath::functions::acosh_real);
unary!(math_atanh, "atanh", super::cmath::functions::atanh_real);
unary!(math_exp, "exp", f64::exp);
unary!(math_expm1, "expm1", f64::exp_m1);
unary!(math_log1p, "log1p", f64::ln_1p);
unary!(math_fabs, "fabs", f64::abs);
unary!(math_degrees, "degrees", f64::to_degrees);
unary!(math_radians, "radians", f64::to_radians);
// CPython calls the C library's erf and erfc.
unary!(math_erf, "erf", crate::heap::libm_ffi::erf);
unary!(math_erfc, "erfc", crate::heap::libm_ffi::erfc);

fn math_sqrt(vm: &mut Vm, args: Args) -> PyResult {
    args.check(vm, "sqrt", 1, 1)?;
    let x = to_f64(vm, &args.pos[0])?;
    if x < 0.0 {
        return Err(math_domain(vm));
    }
    vm.new_float(x.sqrt())
}

fn math_log(vm: &mut Vm, args: Args) -> PyResult {
    args.check(vm, "log", 1, 2)?;
    let x = log_arg(vm, &args.pos[0])?;
    match args.get(1) {
        None => vm.new_float(x),
        Some(b) => {
            let b = log_arg(vm, b)?;
            if b == 0.0 {
                return Err(vm.zero_division_error("float division by zero"));
            }
            vm.new_float(x / b)
        }
    }
}

/// Natural log of a positive real, exact for huge ints.
fn log_arg(vm: &mut Vm, o: &Obj) -> PyResult<f64> {
    if let Some(b) = vm.to_bigint(o)
        && b.bits() > 1000
    {
        if !b.is_positive() {
            return Err(math_domain(vm));
        }
        let shift = b.bits() - 64;
        let top = (&b >> shift as usize).to_f64().unwrap_or(1.0);
        return Ok(top.ln() + shift as f64 * std::f64::consts::LN_2);
    }
    let x = to_f64(vm, o)?;
    if x <= 0.0 {
        return Err(math_domain(vm));
    }
    Ok(x.ln())
}

fn math_log2(vm: &mut Vm, args: Args) -> PyResult {
    args.check(vm, "log2", 1, 1)?;
    let x = log_arg(vm, &args.pos[0])?;
    let exact = to_f64(vm, &args.pos[0])
        .ok()
        .filter(|v| v.is_finite() && *v > 0.0);
    vm.new_float(exact.map_or(x / std::f64::consts::LN_2, f64::log2))
}

fn math_log10(vm: &mut Vm, args: Args) -> PyResult {
    args.check(vm, "log10", 1, 1)?;
    let x = log_arg(vm, &args.pos[0])?;
    let exact = to_f64(vm, &args.pos[0])
        .ok()
        .filter(|v| v.is_finite() && *v > 0.0);
    vm.new_float(exact.map_or(x / std::f64::consts::LN_10, f64::log10))
}

fn math_pow(vm: &mut Vm, args: Args) -> PyResult {
    args.check(vm, "pow", 2, 2)?;
    let x = to_f64(vm, &args.pos[0])?;
    let y = to_f64(vm, &args.pos[1])?;
    if x == 0.0 && y < 0.0 {
        return Err(math_domain(vm));
    }
    if x < 0.0 && y.fract() != 0.0 && y.is_finite() {
        return Err(math_domain(vm));
    }
    let r = x.powf(y);
    if r.is_infinite() && x.is_finite() && y.is_finite() {
        return Err(vm.overflow_error("math range error"));
    }
    vm.new_float(r)
}

fn math_atan2(vm: &mut Vm, args: Args) -> PyResult {
    args.check(vm, "atan2", 2, 2)?;
    let y = to_f64(vm, &args.pos[0])?;
    let x = to_f64(vm, &args.pos[1])?;
    vm.new_float(y.atan2(x))
}

fn math_copysign(vm: &mut Vm, args: Args) -> PyResult {
    args.check(vm, "copysign", 2, 2)?;
    let x = to_f64(vm, &args.pos[0])?;
    let y = to_f64(vm, &args.pos[1])?;
    vm.new_float(x.copysign(y))
}

fn math_fmod(vm: &mut Vm, args: Args) -> PyResult {
    args.check(vm, "fmod", 2, 2)?;
    let x = to_f64(vm, &args.pos[0])?;
    let y = to_f64(vm, &args.pos[1])?;
    if y == 0.0 || x.is_infinite() {
        return Err(math_domain(vm));
    }
    vm.new_float(x % y)
}

/// floor/ceil/trunc: ints pass through; floats convert exactly.
fn rounding(vm: &mut Vm, args: Args, name: &str, f: fn(f64) -> f64, dunder: &str) -> PyResult {
    args.check(vm, name, 1, 1)?;
    let o = &args.pos[0];
    if let Some(b) = vm.to_bigint(o) {
        return vm.new_bigint(b);
    }
    if let Some(fl) = o.downcast::<FloatObj>() {
        let v = f(fl.0);
        return vm.float_to_int(v);
    }
    if let Some(r) = vm.call_special(o, dunder, vec![])? {
        return Ok(r);
    }
    let x = to_f64(vm, o)?;
    vm.float_to_int(f(x))
}

fn math_floor(vm: &mut Vm, args: Args) -> PyResult {
    rounding(vm, args, "floor", f64::floor, "__floor__")
}

fn math_ceil(vm: &mut Vm, args: Args) -> PyResult {
    rounding(vm, args, "ceil", f64::ceil, "__ceil__")
}

fn math_trunc(vm: &mut Vm, args: Args) -> PyResult {
    rounding(vm, args, "trunc", f64::trunc, "__trunc__")
}

fn int_arg(vm: &mut Vm, o: &Obj) -> PyResult<BigInt> {
    if let Some(b) = vm.to_bigint(o) {
        return Ok(b);
    }
    if o.is::<FloatObj>() {
        return Err(vm.type_error("'float' object cannot be interpreted as an integer"));
    }
    vm.to_index_bigint(o)
}

fn math_gcd(vm: &mut Vm, args: Args) -> PyResult {
    // Machine-word ints (what `fractions` passes almost always) need no big-int digits.
    if let Some(g) = small_gcd(&args.pos) {
        return vm.new_int(g);
    }
    let mut g = BigInt::zero();
    for a in args.pos.iter() {
        let v = int_arg(vm, a)?;
        g = g.gcd(&v);
    }
    vm.new_bigint(g)
}

/// The gcd of machine-word ints, when every argument is one and the result fits i64
/// (`gcd(-2**63, 0)` does not).
fn small_gcd(args: &[Obj]) -> Option<i64> {
    let mut g: u64 = 0;
    for a in args {
        g = binary_gcd(g, crate::objects::int::IntObj::value(a)?.unsigned_abs());
    }
    i64::try_from(g).ok()
}

/// Stein's algorithm: shifts and subtractions only.
fn binary_gcd(mut a: u64, mut b: u64) -> u64 {
    if a == 0 {
        return b;
    }
    if b == 0 {
        return a;
    }
    let shift = (a | b).trailing_zeros();
    a >>= a.trailing_zeros();
    loop {
        b >>= b.trailing_zeros();
        if a > b {
            std::mem::swap(&mut a, &mut b);
        }
        b -= a;
        if b == 0 {
            return a << shift;
        }
    }
}

fn math_lcm(vm: &mut Vm, args: Args) -> PyResult {
    let mut l = BigInt::one();
    for a in args.pos.iter() {
        let v = int_arg(vm, a)?;
        if v.is_zero() {
            return vm.new_int(0);
        }
        l = l.lcm(&v);
    }
    vm.new_bigint(l.abs())
}

fn math_factorial(vm: &mut Vm, args: Args) -> PyResult {
    args.check(vm, "factorial", 1, 1)?;
    let n = int_arg(vm, &args.pos[0])?;
    if n.is_negative() {
        return Err(vm.value_error("factorial() not defined for negative values"));
    }
    let Some(n) = n.to_i64() else {
        return Err(vm.overflow_error(format!(
            "factorial() argument should not exceed {}",
            i64::MAX
        )));
    };
    let n = n.unsigned_abs();
    // log2(n!) < n * log2(n) bits: refuse at once what the heap cannot hold.
    let bits = n.saturating_mul(u64::from(64 - n.leading_zeros()));
    vm.ensure_room(usize::try_from(bits / 8).unwrap_or(usize::MAX))?;
    vm.new_bigint(range_product(1, n))
}

/// The product of `lo..=hi` by binary splitting: the factors of each multiplication
/// stay of similar size, so the big multiplications use the fast algorithms instead
/// of n small-by-huge steps.
fn range_product(lo: u64, hi: u64) -> BigInt {
    if hi < lo {
        return BigInt::one();
    }
    if hi - lo < 16 {
        // Small runs in a machine word while it fits.
        let mut r = BigInt::one();
        let mut acc: u64 = 1;
        for i in lo..=hi {
            match acc.checked_mul(i) {
                Some(v) => acc = v,
                None => {
                    r *= acc;
                    acc = i;
                }
            }
        }
        return r * acc;
    }
    let mid = lo + (hi - lo) / 2;
    range_product(lo, mid) * range_product(mid + 1, hi)
}

fn math_isqrt(vm: &mut Vm, args: Args) -> PyResult {
    args.check(vm, "isqrt", 1, 1)?;
    let n = int_arg(vm, &args.pos[0])?;
    if n.is_negative() {
        return Err(vm.value_error("isqrt() argument must be nonnegative"));
    }
    vm.new_bigint(num_integer::Roots::sqrt(&n))
}

fn math_comb(vm: &mut Vm, args: Args) -> PyResult {
    args.check(vm, "comb", 2, 2)?;
    let n = int_arg(vm, &args.pos[0])?;
    let k = int_arg(vm, &args.pos[1])?;
    if n.is_negative() {
        return Err(vm.value_error("n must be a non-negative integer"));
    }
    if k.is_negative() {
        return Err(vm.value_error("k must be a non-negative integer"));
    }
    if k > n {
        return vm.new_int(0);
    }
    let k = std::cmp::min(k.clone(), &n - &k).to_u64().unwrap_or(0);
    let mut r = BigInt::one();
    for i in 0..k {
        r = r * (&n - i) / (i + 1);
    }
    vm.new_bigint(r)
}

fn math_perm(vm: &mut Vm, args: Args) -> PyResult {
    args.check(vm, "perm", 1, 2)?;
    let n = int_arg(vm, &args.pos[0])?;
    let k = match args.get(1).filter(|k| !k.ptr_eq(&vm.s.none)) {
        Some(k) => int_arg(vm, &k.clone())?,
        None => n.clone(),
    };
    if n.is_negative() {
        return Err(vm.value_error("n must be a non-negative integer"));
    }
    if k.is_negative() {
        return Err(vm.value_error("k must be a non-negative integer"));
    }
    if k > n {
        return vm.new_int(0);
    }
    let k = k.to_u64().unwrap_or(0);
    let mut r = BigInt::one();
    for i in 0..k {
        r *= &n - i;
    }
    vm.new_bigint(r)
}

fn math_prod(vm: &mut Vm, mut args: Args) -> PyResult {
    let start = args.take_kw("start");
    args.check(vm, "prod", 1, 1)?;
    let mut acc = match start {
        Some(s) => s,
        None => vm.new_int(1)?,
    };
    // One factor at a time, as CPython (the iterable is never copied).
    let it = vm.get_iter(&args.pos[0])?;
    while let Some(v) = vm.next(&it)? {
        acc = vm.binary_op(crate::compile::bytecode::BinOpCode::Mul, &acc, &v)?;
    }
    Ok(acc)
}

/// `fsum`: exactly rounded sum (Shewchuk's algorithm, as CPython).
/// `math.fsum(iterable)`: Shewchuk's exact partial sums (CPython's algorithm, the
/// iterable consumed lazily), with CPython's handling of infinities, NaNs and overflow.
fn math_fsum(vm: &mut Vm, args: Args) -> PyResult {
    args.check(vm, "fsum", 1, 1)?;
    let it = vm.get_iter(&args.pos[0])?;
    let mut partials: Vec<f64> = Vec::new();
    let mut special_sum = 0.0f64;
    let mut inf_sum = 0.0f64;
    while let Some(v) = vm.next(&it)? {
        let mut x = to_f64(vm, &v)?;
        let xsave = x;
        let mut i = 0;
        for j in 0..partials.len() {
            let mut y = partials[j];
            if x.abs() < y.abs() {
                std::mem::swap(&mut x, &mut y);
            }
            let hi = x + y;
            let lo = y - (hi - x);
            if lo != 0.0 {
                partials[i] = lo;
                i += 1;
            }
            x = hi;
        }
        partials.truncate(i);
        if x != 0.0 {
            if !x.is_finite() {
                // Either an overflow of finite inputs or an infinity/NaN given.
                if xsave.is_finite() {
                    return Err(vm.overflow_error("intermediate overflow in fsum"));
                }
                if xsave.is_infinite() {
                    inf_sum += xsave;
                }
                special_sum += xsave;
                partials.clear();
            } else {
                partials.push(x);
            }
        }
    }
    if special_sum != 0.0 {
        if inf_sum.is_nan() {
            return Err(vm.value_error("-inf + inf in fsum"));
        }
        return vm.new_float(special_sum);
    }
    let mut hi = 0.0;
    if let Some(mut n) = partials.len().checked_sub(1) {
        hi = partials[n];
        let mut lo = 0.0;
        while n > 0 {
            let x = hi;
            n -= 1;
            let y = partials[n];
            hi = x + y;
            let yr = hi - x;
            lo = y - yr;
            if lo != 0.0 {
                break;
            }
        }
        if n > 0 && ((lo < 0.0 && partials[n - 1] < 0.0) || (lo > 0.0 && partials[n - 1] > 0.0)) {
            let y = lo * 2.0;
            let x = hi + y;
            let yr = x - hi;
            if y == yr {
                hi = x;
            }
        }
    }
    vm.new_float(hi)
}

fn math_isnan(vm: &mut Vm, args: Args) -> PyResult {
    args.check(vm, "isnan", 1, 1)?;
    let x = to_f64(vm, &args.pos[0])?;
    Ok(vm.new_bool(x.is_nan()))
}

fn math_isinf(vm: &mut Vm, args: Args) -> PyResult {
    args.check(vm, "isinf", 1, 1)?;
    let x = to_f64(vm, &args.pos[0])?;
    Ok(vm.new_bool(x.is_infinite()))
}

fn math_isfinite(vm: &mut Vm, args: Args) -> PyResult {
    args.check(vm, "isfinite", 1, 1)?;
    let x = to_f64(vm, &args.pos[0])?;
    Ok(vm.new_bool(x.is_finite()))
}

fn math_isclose(vm: &mut Vm, mut args: Args) -> PyResult {
    let rel = args.take_kw("rel_tol");
    let abs = args.take_kw("abs_tol");
    args.check(vm, "isclose", 2, 2)?;
    let a = to_f64(vm, &args.pos[0])?;
    let b = to_f64(vm, &args.pos[1])?;
    let rel = match rel {
        Some(r) => to_f64(vm, &r)?,
        None => 1e-9,
    };
    let abs = match abs {
        Some(r) => to_f64(vm, &r)?,
        None => 0.0,
    };
    if rel < 0.0 || abs < 0.0 {
        return Err(vm.value_error("tolerances must be non-negative"));
    }
    if a == b {
        return Ok(vm.new_bool(true));
    }
    if a.is_infinite() || b.is_infinite() {
        return Ok(vm.new_bool(false));
    }
    let diff = (b - a).abs();
    let r = diff <= (rel * b).abs() || diff <= (rel * a).abs() || diff <= abs;
    Ok(vm.new_bool(r))
}

fn math_modf(vm: &mut Vm, args: Args) -> PyResult {
    args.check(vm, "modf", 1, 1)?;
    let x = to_f64(vm, &args.pos[0])?;
    let i = x.trunc();
    let f = if x.is_infinite() {
        0.0f64.copysign(x)
    } else {
        x - i
    };
    let a = vm.new_float(f)?;
    let b = vm.new_float(i)?;
    vm.new_tuple(vec![a, b])
}

fn math_frexp(vm: &mut Vm, args: Args) -> PyResult {
    args.check(vm, "frexp", 1, 1)?;
    let x = to_f64(vm, &args.pos[0])?;
    if x == 0.0 || !x.is_finite() {
        let a = vm.new_float(x)?;
        let b = vm.new_int(0)?;
        return vm.new_tuple(vec![a, b]);
    }
    let e = x.abs().log2().floor() as i32 + 1;
    let mut m = x / 2f64.powi(e);
    let mut e = e;
    if m.abs() >= 1.0 {
        m /= 2.0;
        e += 1;
    } else if m.abs() < 0.5 {
        m *= 2.0;
        e -= 1;
    }
    let a = vm.new_float(m)?;
    let b = vm.new_int(e as i64)?;
    vm.new_tuple(vec![a, b])
}

fn math_ldexp(vm: &mut Vm, args: Args) -> PyResult {
    args.check(vm, "ldexp", 2, 2)?;
    let x = to_f64(vm, &args.pos[0])?;
    // An exponent of any size: past a few thousand the result is already 0 or out of
    // range, so it is clamped (ldexp_exact steps through it).
    let Some(e) = vm.to_bigint(&args.pos[1]) else {
        return Err(vm.type_error("Expected an int as second argument to ldexp."));
    };
    let e = e.clamp(BigInt::from(-100_000), BigInt::from(100_000));
    let e = e.to_i64().unwrap_or(0);
    let r = crate::format::int_to_float::ldexp_exact(x, e);
    checked(vm, x, r)
}

fn math_dist(vm: &mut Vm, args: Args) -> PyResult {
    args.check(vm, "dist", 2, 2)?;
    let p = vm.iterate_to_vec(&args.pos[0])?;
    let q = vm.iterate_to_vec(&args.pos[1])?;
    if p.len() != q.len() {
        return Err(vm.value_error("both points must have the same number of dimensions"));
    }
    let mut diffs = Vec::new();
    for (a, b) in p.iter().zip(&q) {
        let d = to_f64(vm, a)? - to_f64(vm, b)?;
        diffs.push(vm.new_float(d)?);
    }
    super::math_ieee::math_hypot(vm, Args::new(diffs))
}

pub fn create(vm: &mut Vm) -> PyResult<Obj> {
    let m = super::module_with_functions(
        vm,
        "math",
        &[
            ("sin", math_sin),
            ("cos", math_cos),
            ("tan", math_tan),
            ("asin", math_asin),
            ("acos", math_acos),
            ("atan", math_atan),
            ("sinh", math_sinh),
            ("cosh", math_cosh),
            ("tanh", math_tanh),
            ("asinh", math_asinh),
            ("acosh", math_acosh),
            ("atanh", math_atanh),
            ("exp", math_exp),
            ("expm1", math_expm1),
            ("log1p", math_log1p),
            ("fabs", math_fabs),
            ("degrees", math_degrees),
            ("radians", math_radians),
            ("erf", math_erf),
            ("erfc", math_erfc),
            ("sqrt", math_sqrt),
            ("log", math_log),
            ("log2", math_log2),
            ("log10", math_log10),
            ("pow", math_pow),
            ("atan2", math_atan2),
            ("hypot", super::math_ieee::math_hypot),
            ("cbrt", super::math_ieee::math_cbrt),
            ("exp2", super::math_ieee::math_exp2),
            ("nextafter", super::math_ieee::math_nextafter),
            ("ulp", super::math_ieee::math_ulp),
            ("remainder", super::math_ieee::math_remainder),
            ("copysign", math_copysign),
            ("fmod", math_fmod),
            ("floor", math_floor),
            ("ceil", math_ceil),
            ("trunc", math_trunc),
            ("gcd", math_gcd),
            ("lcm", math_lcm),
            ("factorial", math_factorial),
            ("isqrt", math_isqrt),
            ("comb", math_comb),
            ("perm", math_perm),
            ("prod", math_prod),
            ("fsum", math_fsum),
            ("isnan", math_isnan),
            ("isinf", math_isinf),
            ("isfinite", math_isfinite),
            ("isclose", math_isclose),
            ("modf", math_modf),
            ("frexp", math_frexp),
            ("ldexp", math_ldexp),
            ("dist", math_dist),
            ("gamma", super::math_gamma::math_gamma),
            ("lgamma", super::math_gamma::math_lgamma),
        ],
    )?;
    for (name, v) in [
        ("pi", std::f64::consts::PI),
        ("e", std::f64::consts::E),
        ("tau", std::f64::consts::TAU),
        ("inf", f64::INFINITY),
        ("nan", f64::NAN),
    ] {
        let f = vm.new_float(v)?;
        super::set_attr(vm, &m, name, f)?;
    }
    Ok(m)
}
