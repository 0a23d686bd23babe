//! The `cmath` module: CPython's complex functions with its special-value handling and
//! errors (`ValueError: math domain error`, `OverflowError: math range error`).
//!
//! functions.rs computes; special_values.rs holds the C99 Annex G tables; this file
//! converts arguments and registers the module.

pub(crate) mod functions;
mod special_values;

use functions::{MathError, Outcome};

use crate::format::complex_ops::{Complex, c_abs, c_diff, c_quot};
use crate::heap::Obj;
use crate::vm::{Args, PyResult, Vm};

use crate::vm::convert::to_f64;

/// The function's result as a Python complex, or the error it signalled.
fn finish(vm: &mut Vm, (z, err): Outcome) -> PyResult {
    match err {
        MathError::None => vm.new_complex(z),
        MathError::Domain => Err(vm.value_error("math domain error")),
        MathError::Range => Err(vm.overflow_error("math range error")),
    }
}

macro_rules! unary {
    ($($fname:ident $name:literal $f:path;)*) => {
        $(
            fn $fname(vm: &mut Vm, args: Args) -> PyResult {
                args.check(vm, concat!("cmath.", $name), 1, 1)?;
                let z = vm.to_complex(&args.pos[0])?;
                let r = $f(z);
                finish(vm, r)
            }
        )*
    };
}

unary! {
    cmath_sqrt "sqrt" functions::sqrt;
    cmath_exp "exp" functions::exp;
    cmath_log10 "log10" functions::log10;
    cmath_acos "acos" functions::acos;
    cmath_asin "asin" functions::asin;
    cmath_atan "atan" functions::atan;
    cmath_cos "cos" functions::cos;
    cmath_sin "sin" functions::sin;
    cmath_tan "tan" functions::tan;
    cmath_acosh "acosh" functions::acosh;
    cmath_asinh "asinh" functions::asinh_c;
    cmath_atanh "atanh" functions::atanh;
    cmath_cosh "cosh" functions::cosh;
    cmath_sinh "sinh" functions::sinh;
    cmath_tanh "tanh" functions::tanh;
}

/// `log(z[, base])`: errors of either logarithm are reported after the division.
fn cmath_log(vm: &mut Vm, args: Args) -> PyResult {
    if !args.kw.is_empty() {
        return Err(vm.type_error("cmath.log() takes no keyword arguments"));
    }
    args.check(vm, "log", 1, 2)?;
    let z = vm.to_complex(&args.pos[0])?;
    let (mut r, mut err) = functions::log(z);
    if let Some(b) = args.pos.get(1) {
        let base = vm.to_complex(b)?;
        // As in CPython, the base's logarithm decides the error (the first one's is
        // forgotten), and a zero divisor is a domain error.
        let (lb, berr) = functions::log(base);
        err = berr;
        match c_quot(r, lb) {
            Some(q) => r = q,
            None => {
                r = Complex::new(0.0, 0.0);
                err = MathError::Domain;
            }
        }
    }
    finish(vm, (r, err))
}

fn cmath_phase(vm: &mut Vm, args: Args) -> PyResult {
    args.check(vm, "cmath.phase", 1, 1)?;
    let z = vm.to_complex(&args.pos[0])?;
    vm.new_float(z.im.atan2(z.re))
}

fn cmath_polar(vm: &mut Vm, args: Args) -> PyResult {
    args.check(vm, "cmath.polar", 1, 1)?;
    let z = vm.to_complex(&args.pos[0])?;
    let phi = z.im.atan2(z.re);
    let (r, err) = functions::modulus(z);
    if err != MathError::None {
        return Err(vm.overflow_error("math range error"));
    }
    let r = vm.new_float(r)?;
    let phi = vm.new_float(phi)?;
    vm.new_tuple(vec![r, phi])
}

fn cmath_rect(vm: &mut Vm, args: Args) -> PyResult {
    if !args.kw.is_empty() {
        return Err(vm.type_error("cmath.rect() takes no keyword arguments"));
    }
    if args.pos.len() != 2 {
        let n = args.pos.len();
        return Err(vm.type_error(format!("rect expected 2 arguments, got {n}")));
    }
    let r = to_f64(vm, &args.pos[0])?;
    let phi = to_f64(vm, &args.pos[1])?;
    let out = functions::rect(r, phi);
    finish(vm, out)
}

fn predicate(vm: &mut Vm, args: Args, name: &str, f: fn(Complex) -> bool) -> PyResult {
    args.check(vm, &format!("cmath.{name}"), 1, 1)?;
    let z = vm.to_complex(&args.pos[0])?;
    Ok(vm.new_bool(f(z)))
}

fn cmath_isfinite(vm: &mut Vm, args: Args) -> PyResult {
    predicate(vm, args, "isfinite", |z| {
        z.re.is_finite() && z.im.is_finite()
    })
}

fn cmath_isnan(vm: &mut Vm, args: Args) -> PyResult {
    predicate(vm, args, "isnan", |z| z.re.is_nan() || z.im.is_nan())
}

fn cmath_isinf(vm: &mut Vm, args: Args) -> PyResult {
    predicate(vm, args, "isinf", |z| {
        z.re.is_infinite() || z.im.is_infinite()
    })
}

fn cmath_isclose(vm: &mut Vm, mut args: Args) -> PyResult {
    let rel = args.take_kw("rel_tol");
    let abs = args.take_kw("abs_tol");
    let a_kw = args.take_kw("a");
    let b_kw = args.take_kw("b");
    if let Some((k, _)) = args.kw.first() {
        let k = crate::objects::str::as_str(k).unwrap_or("?").to_owned();
        return Err(vm.type_error(format!(
            "'{k}' is an invalid keyword argument for isclose()"
        )));
    }
    let mut pos: Vec<Obj> = args.pos.to_vec();
    if pos.len() > 2 {
        let n = pos.len();
        return Err(vm.type_error(format!(
            "isclose() takes exactly 2 positional arguments ({n} given)"
        )));
    }
    for (kw, name, index) in [(a_kw, "a", 1), (b_kw, "b", 2)] {
        match kw {
            Some(v) if pos.len() < index => pos.push(v),
            Some(_) => {
                return Err(vm.type_error(format!(
                    "argument for isclose() given by name ('{name}') and position ({index})"
                )));
            }
            None => {}
        }
    }
    if pos.len() < 2 {
        let (name, index) = if pos.is_empty() { ("a", 1) } else { ("b", 2) };
        return Err(vm.type_error(format!(
            "isclose() missing required argument '{name}' (pos {index})"
        )));
    }
    let a = vm.to_complex(&pos[0])?;
    let b = vm.to_complex(&pos[1])?;
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
    if a.re == b.re && a.im == b.im {
        return Ok(vm.new_bool(true));
    }
    if a.re.is_infinite() || a.im.is_infinite() || b.re.is_infinite() || b.im.is_infinite() {
        return Ok(vm.new_bool(false));
    }
    let magnitude = |z: Complex| c_abs(z).unwrap_or(f64::INFINITY);
    let diff = magnitude(c_diff(a, b));
    let close = diff <= rel * magnitude(b) || diff <= rel * magnitude(a) || diff <= abs;
    Ok(vm.new_bool(close))
}

pub fn create(vm: &mut Vm) -> PyResult<Obj> {
    let m = super::module_with_functions(
        vm,
        "cmath",
        &[
            ("acos", cmath_acos),
            ("acosh", cmath_acosh),
            ("asin", cmath_asin),
            ("asinh", cmath_asinh),
            ("atan", cmath_atan),
            ("atanh", cmath_atanh),
            ("cos", cmath_cos),
            ("cosh", cmath_cosh),
            ("exp", cmath_exp),
            ("isclose", cmath_isclose),
            ("isfinite", cmath_isfinite),
            ("isinf", cmath_isinf),
            ("isnan", cmath_isnan),
            ("log", cmath_log),
            ("log10", cmath_log10),
            ("phase", cmath_phase),
            ("polar", cmath_polar),
            ("rect", cmath_rect),
            ("sin", cmath_sin),
            ("sinh", cmath_sinh),
            ("sqrt", cmath_sqrt),
            ("tan", cmath_tan),
            ("tanh", cmath_tanh),
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
    for (name, im) in [("infj", f64::INFINITY), ("nanj", f64::NAN)] {
        let z = vm.new_complex(Complex::new(0.0, im))?;
        super::set_attr(vm, &m, name, z)?;
    }
    Ok(m)
}
