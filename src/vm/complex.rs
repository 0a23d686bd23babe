//! The `complex` type's behaviour: construction, operators with int/float/complex on
//! either side, comparison, hashing, attributes, methods and `format()`, as CPython
//! 3.11's `complexobject.c`. The numeric work is `format::complex_ops`; the protocols
//! in ops.rs / compare.rs / extension.rs reach this file through one branch each.

use num_traits::ToPrimitive;

use crate::compile::bytecode::{BinOpCode, CmpOpCode, UnaryOpCode};
use crate::format::complex_ops::{
    Complex, c_abs, c_diff, c_neg, c_prod, c_sum, complex_div, complex_pow, complex_repr,
    hash_complex, parse_complex,
};
use crate::heap::Obj;
use crate::objects::function::NativeFn;
use crate::objects::str::as_str;
use crate::objects::{BigIntObj, BoolObj, ComplexObj, FloatObj, IntObj, Tag, tag_of};

use super::convert::hash_pointer;
use super::ops::{Num, as_num, big_to_f64};
use super::{Args, PyResult, Vm};

/// The value of a complex object (not of a subclass instance).
#[inline]
pub fn as_complex(o: &Obj) -> Option<Complex> {
    o.downcast::<ComplexObj>().map(|c| c.0)
}

impl Vm {
    pub fn new_complex(&self, z: Complex) -> PyResult {
        Ok(self.heap.alloc(ComplexObj(z))?)
    }

    /// An operand of complex arithmetic (CPython's `TO_COMPLEX`): an int, bool, float or
    /// complex; None for anything else (the operator is then not implemented).
    fn complex_operand(&mut self, o: &Obj) -> PyResult<Option<Complex>> {
        if let Some(z) = as_complex(o) {
            return Ok(Some(z));
        }
        Ok(match as_num(o) {
            Some(Num::Float(f)) => Some(Complex::new(f, 0.0)),
            Some(Num::Int(i)) => Some(Complex::new(i as f64, 0.0)),
            Some(Num::Big(b)) => match big_to_f64(&b) {
                Some(f) => Some(Complex::new(f, 0.0)),
                None => return Err(self.overflow_error("int too large to convert to float")),
            },
            None => None,
        })
    }

    /// `a op b` where at least one operand is a complex; None when the operator does not
    /// apply (the caller reports the TypeError).
    pub(crate) fn complex_binary(
        &mut self,
        op: BinOpCode,
        a: &Obj,
        b: &Obj,
    ) -> PyResult<Option<Obj>> {
        let Some(x) = self.complex_operand(a)? else {
            return Ok(None);
        };
        let Some(y) = self.complex_operand(b)? else {
            return Ok(None);
        };
        let r = match op {
            BinOpCode::Add => c_sum(x, y),
            BinOpCode::Sub => c_diff(x, y),
            BinOpCode::Mul => c_prod(x, y),
            BinOpCode::TrueDiv => complex_div(x, y).map_err(|e| self.fmt_error(e))?,
            BinOpCode::Pow => complex_pow(x, y).map_err(|e| self.fmt_error(e))?,
            _ => return Ok(None),
        };
        self.new_complex(r).map(Some)
    }

    /// `a ** b` for floats whose real result does not exist (a negative base with a
    /// fractional exponent): CPython hands these to complex power.
    pub(crate) fn float_pow_complex(&mut self, a: f64, b: f64) -> PyResult {
        let r = complex_pow(Complex::new(a, 0.0), Complex::new(b, 0.0))
            .map_err(|e| self.fmt_error(e))?;
        self.new_complex(r)
    }

    /// `-z`, `+z`, `~z`, `not z`.
    pub(crate) fn complex_unary(&mut self, op: UnaryOpCode, o: &Obj, z: Complex) -> PyResult {
        match op {
            UnaryOpCode::Neg => self.new_complex(c_neg(z)),
            UnaryOpCode::Pos => Ok(o.clone()),
            UnaryOpCode::Not => Ok(self.new_bool(z.re == 0.0 && z.im == 0.0)),
            UnaryOpCode::Invert => Err(self.type_error("bad operand type for unary ~: 'complex'")),
        }
    }

    /// `abs(z)`.
    pub(crate) fn complex_abs(&mut self, z: Complex) -> PyResult {
        match c_abs(z) {
            Some(r) => self.new_float(r),
            None => Err(self.overflow_error("absolute value too large")),
        }
    }

    /// `==` / `!=` between a complex and an int, float or complex; None for the other
    /// operators and operands (ordering then raises TypeError).
    pub(crate) fn complex_compare(
        &mut self,
        op: CmpOpCode,
        a: &Obj,
        b: &Obj,
    ) -> PyResult<Option<bool>> {
        if !matches!(op, CmpOpCode::Eq | CmpOpCode::Ne) {
            return Ok(None);
        }
        let (z, other) = match (as_complex(a), as_complex(b)) {
            (Some(z), _) => (z, b),
            (None, Some(z)) => (z, a),
            _ => return Ok(None),
        };
        let equal = if let Some(w) = as_complex(other) {
            z.re == w.re && z.im == w.im
        } else {
            match as_num(other) {
                Some(Num::Float(f)) => z.re == f && z.im == 0.0,
                Some(n) => {
                    // An int compares exactly with the real part (no rounding of the int).
                    z.im == 0.0
                        && super::compare::cmp_num(&Num::Float(z.re), &n)
                            == Some(std::cmp::Ordering::Equal)
                }
                None => return Ok(None),
            }
        };
        Ok(Some(equal == (op == CmpOpCode::Eq)))
    }

    pub(crate) fn complex_hash(&self, o: &Obj, z: Complex) -> i64 {
        hash_complex(z, hash_pointer(o.addr()))
    }

    /// `z.real`, `z.imag`.
    pub(crate) fn complex_attr(&mut self, z: Complex, name: &str) -> PyResult<Option<Obj>> {
        match name {
            "real" => self.new_float(z.re).map(Some),
            "imag" => self.new_float(z.im).map(Some),
            _ => Ok(None),
        }
    }

    /// `format(z, spec)`.
    pub(crate) fn complex_format(&mut self, z: Complex, spec: &str) -> PyResult {
        if spec.is_empty() {
            let s = complex_repr(z);
            return self.new_str(&s);
        }
        let parsed =
            crate::format::parse_format_spec(spec, "complex").map_err(|e| self.fmt_error(e))?;
        let s = crate::format::format_complex(z, &parsed).map_err(|e| self.fmt_error(e))?;
        self.new_str(&s)
    }

    /// The value of `o` as a complex, the way functions taking a complex argument
    /// convert it (CPython's `PyComplex_AsCComplex`): a complex, `__complex__`, then
    /// `__float__` / `__index__` for the real part.
    pub fn to_complex(&mut self, o: &Obj) -> PyResult<Complex> {
        if let Some(z) = as_complex(o) {
            return Ok(z);
        }
        // A subclass instance gives its value without calling `__complex__`.
        if let Some(base) = self.base_value(o)
            && let Some(z) = as_complex(&base)
        {
            return Ok(z);
        }
        if let Some(z) = self.complex_special(o)? {
            return Ok(z);
        }
        let re = crate::vm::convert::to_f64(self, o)?;
        Ok(Complex::new(re, 0.0))
    }

    /// The result of `o.__complex__()` if its type defines one (user classes only;
    /// builtin complex values are read directly).
    fn complex_special(&mut self, o: &Obj) -> PyResult<Option<Complex>> {
        if tag_of(o) != Tag::Instance {
            return Ok(None);
        }
        let Some(r) = self.call_special(o, "__complex__", vec![])? else {
            return Ok(None);
        };
        let value = as_complex(&r).or_else(|| {
            self.base_value(&r)
                .as_ref()
                .and_then(as_complex)
                .filter(|_| self.isinstance(&r, &self.types.by_tag(Tag::Complex).clone()))
        });
        match value {
            Some(z) => Ok(Some(z)),
            None => {
                let n = self.type_name(&r);
                Err(self.type_error(format!("__complex__ returned non-complex (type {n})")))
            }
        }
    }

    /// Whether `o` has the number protocol CPython requires of `complex()`'s arguments
    /// (a float or index conversion).
    fn has_real_conversion(&mut self, o: &Obj) -> bool {
        match tag_of(o) {
            Tag::Int | Tag::BigInt | Tag::Bool | Tag::Float | Tag::Complex => true,
            Tag::Instance => {
                let cls = self.type_of(o);
                self.base_value(o).is_some()
                    || self.lookup_type_attr(&cls, "__float__").is_some()
                    || self.lookup_type_attr(&cls, "__index__").is_some()
            }
            _ => false,
        }
    }

    /// A real argument of `complex()` as a float (`PyNumber_Float`).
    fn complex_real_arg(&mut self, o: &Obj) -> PyResult<f64> {
        if let Some(f) = o.downcast::<FloatObj>() {
            return Ok(f.0);
        }
        if let Some(i) = o.downcast::<IntObj>() {
            return Ok(i.0 as f64);
        }
        if let Some(b) = o.downcast::<BoolObj>() {
            return Ok(f64::from(u8::from(b.0)));
        }
        if let Some(b) = o.downcast::<BigIntObj>() {
            return b
                .0
                .to_f64()
                .filter(|f| f.is_finite())
                .ok_or_else(|| self.overflow_error("int too large to convert to float"));
        }
        let ty = self.types.float.clone();
        let f = self.construct_builtin(&ty, Args::new(vec![o.clone()]))?;
        Ok(f.downcast::<FloatObj>().map_or(f64::NAN, |f| f.0))
    }

    /// `complex(real=0, imag=0)` / `complex(string)`.
    pub(crate) fn construct_complex(&mut self, mut args: Args) -> PyResult {
        let real_kw = args.take_kw("real");
        let imag_kw = args.take_kw("imag");
        if let Some((k, _)) = args.kw.first() {
            let k = as_str(k).unwrap_or("?").to_owned();
            return Err(self.type_error(format!(
                "'{k}' is an invalid keyword argument for complex()"
            )));
        }
        if args.pos.len() > 2 {
            let n = args.pos.len();
            return Err(self.type_error(format!("complex() takes at most 2 arguments ({n} given)")));
        }
        let mut pos = args.pos.iter().cloned();
        let r = pos.next();
        let i = pos.next();
        if (r.is_some() && real_kw.is_some()) || (i.is_some() && imag_kw.is_some()) {
            let (name, n) = if r.is_some() && real_kw.is_some() {
                ("real", 1)
            } else {
                ("imag", 2)
            };
            return Err(self.type_error(format!(
                "argument for complex() given by name ('{name}') and position ({n})"
            )));
        }
        let i = i.or(imag_kw);
        let r = match r.or(real_kw) {
            Some(r) => r,
            None => self.new_int(0)?,
        };
        if i.is_none() && tag_of(&r) == Tag::Complex {
            return Ok(r);
        }
        if let Some(s) = as_str(&r) {
            if i.is_some() {
                return Err(self.type_error("complex() can't take second arg if first is a string"));
            }
            let s = s.to_owned();
            let z = parse_complex(&s).map_err(|e| self.fmt_error(e))?;
            return self.new_complex(z);
        }
        if crate::objects::str::as_text(&r).is_some() {
            // Holding a lone surrogate, which is never part of a number.
            if i.is_some() {
                return Err(self.type_error("complex() can't take second arg if first is a string"));
            }
            return Err(self.value_error("complex() arg is a malformed string"));
        }
        if let Some(i) = &i
            && crate::objects::str::as_text(i).is_some()
        {
            return Err(self.type_error("complex() second arg can't be a string"));
        }
        let (cr, cr_is_complex) = match self.complex_special(&r)? {
            Some(z) => (z, true),
            None => {
                if !self.has_real_conversion(&r) {
                    let n = self.type_name(&r);
                    return Err(self.type_error(format!(
                        "complex() first argument must be a string or a number, not '{n}'"
                    )));
                }
                match as_complex(&r).or_else(|| self.base_value(&r).as_ref().and_then(as_complex)) {
                    Some(z) => (z, true),
                    None => (Complex::new(self.complex_real_arg(&r)?, 0.0), false),
                }
            }
        };
        let Some(i) = i else {
            return self.new_complex(cr);
        };
        let (ci, ci_is_complex) = self.complex_imag_arg(&i)?;
        let mut re = cr.re;
        let mut im = ci.re;
        if ci_is_complex {
            re -= ci.im;
        }
        if cr_is_complex {
            im += cr.im;
        }
        self.new_complex(Complex::new(re, im))
    }

    /// The second argument of `complex()`: a complex taken whole, or a real number.
    fn complex_imag_arg(&mut self, i: &Obj) -> PyResult<(Complex, bool)> {
        if let Some(z) = as_complex(i).or_else(|| self.base_value(i).as_ref().and_then(as_complex))
        {
            return Ok((z, true));
        }
        if !self.has_real_conversion(i) {
            let n = self.type_name(i);
            return Err(self.type_error(format!(
                "complex() second argument must be a number, not '{n}'"
            )));
        }
        Ok((Complex::new(self.complex_real_arg(i)?, 0.0), false))
    }
}

/// The complex value behind a method's `self` (a complex or an instance of a subclass).
fn complex_self(vm: &mut Vm, args: &Args, name: &str) -> PyResult<Complex> {
    let this = args.pos.first().cloned();
    let value = this
        .as_ref()
        .and_then(|o| as_complex(o).or_else(|| vm.base_value(o).as_ref().and_then(as_complex)));
    match value {
        Some(z) => Ok(z),
        None if this.is_none() => Err(vm.type_error(format!(
            "descriptor '{name}' of 'complex' object needs an argument"
        ))),
        None => {
            let n = this.as_ref().map(|o| vm.type_name(o)).unwrap_or_default();
            Err(vm.type_error(format!(
                "descriptor '{name}' for 'complex' objects doesn't apply to a '{n}' object"
            )))
        }
    }
}

fn complex_conjugate(vm: &mut Vm, args: Args) -> PyResult {
    args.check(vm, "conjugate", 1, 1)?;
    let z = complex_self(vm, &args, "conjugate")?;
    vm.new_complex(Complex::new(z.re, -z.im))
}

fn complex_dunder_complex(vm: &mut Vm, args: Args) -> PyResult {
    args.check(vm, "__complex__", 1, 1)?;
    if let Some(o) = args.pos.first()
        && tag_of(o) == Tag::Complex
    {
        return Ok(o.clone());
    }
    let z = complex_self(vm, &args, "__complex__")?;
    vm.new_complex(z)
}

fn complex_getnewargs(vm: &mut Vm, args: Args) -> PyResult {
    args.check(vm, "__getnewargs__", 1, 1)?;
    let z = complex_self(vm, &args, "__getnewargs__")?;
    let re = vm.new_float(z.re)?;
    let im = vm.new_float(z.im)?;
    vm.new_tuple(vec![re, im])
}

fn complex_dunder_format(vm: &mut Vm, args: Args) -> PyResult {
    args.check(vm, "__format__", 2, 2)?;
    let z = complex_self(vm, &args, "__format__")?;
    let Some(spec) = as_str(&args.pos[1]).map(str::to_owned) else {
        let n = vm.type_name(&args.pos[1]);
        return Err(vm.type_error(format!("__format__() argument must be str, not {n}")));
    };
    vm.complex_format(z, &spec)
}

impl Vm {
    /// Puts `complex`'s methods on the type (its `real` / `imag` members are
    /// `builtin_descrs`').
    pub(crate) fn init_complex_type(&mut self) -> PyResult<()> {
        let ty = self.types.by_tag(Tag::Complex).clone();
        self.add_methods(&ty, "complex", COMPLEX_METHODS, super::MethodKind::Instance)
    }

    /// `pow(a, b, m)` with a complex operand: CPython's complex power refuses a modulus.
    pub(crate) fn complex_ternary_pow(&mut self, a: &Obj, b: &Obj) -> PyResult<Option<Obj>> {
        let complex = |o: &Obj| tag_of(o) == Tag::Complex;
        if (complex(a) || complex(b))
            && self.complex_operand(a)?.is_some()
            && self.complex_operand(b)?.is_some()
        {
            return Err(self.value_error("complex modulo"));
        }
        Ok(None)
    }
}

/// The methods of `complex` (operators come from the slot wrappers).
pub const COMPLEX_METHODS: &[(&str, NativeFn)] = &[
    ("conjugate", complex_conjugate),
    ("__complex__", complex_dunder_complex),
    ("__getnewargs__", complex_getnewargs),
    ("__format__", complex_dunder_format),
];
