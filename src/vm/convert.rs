//! Conversions every protocol needs: type lookup, truth, repr/str, hash, len, and
//! integer extraction.

use std::rc::Rc;

use num_bigint::BigInt;
use num_traits::{ToPrimitive, Zero};

use crate::heap::Obj;
use crate::objects::str::as_text;
use crate::objects::tuple::as_tuple;
use crate::objects::{
    BigIntObj, BoolObj, DictObj, ExceptionObj, FloatObj, InstanceObj, IntObj, ListObj, RangeObj,
    Tag, TypeObj, tag_of,
};

use super::{PyErr, PyResult, Vm};

/// Modulus of CPython's numeric hash (2**61 - 1).
pub const HASH_MODULUS: u64 = (1 << 61) - 1;

/// CPython's hash of an int.
pub fn hash_i64(v: i64) -> i64 {
    let m = HASH_MODULUS;
    // Ints below the modulus in magnitude (all but the largest) hash to themselves.
    let r = v.unsigned_abs() % m;
    let h = if v < 0 { -(r as i64) } else { r as i64 };
    if h == -1 { -2 } else { h }
}

pub fn hash_bigint(v: &BigInt) -> i64 {
    let m = BigInt::from(HASH_MODULUS);
    let r = (v.magnitude() % m.magnitude()).to_i64().unwrap_or(0);
    let h = if v.sign() == num_bigint::Sign::Minus {
        -r
    } else {
        r
    };
    if h == -1 { -2 } else { h }
}

/// CPython's `_Py_HashDouble`.
pub fn hash_f64(v: f64) -> Option<i64> {
    if v.is_nan() {
        return None;
    }
    if v.is_infinite() {
        return Some(if v > 0.0 { 314159 } else { -314159 });
    }
    let (mut m, mut e) = frexp(v);
    let mut sign = 1i64;
    if m < 0.0 {
        sign = -1;
        m = -m;
    }
    let mut x: u64 = 0;
    while m != 0.0 {
        x = ((x << 28) & HASH_MODULUS) | (x >> (61 - 28));
        m *= 268435456.0;
        e -= 28;
        let y = m as u64;
        m -= y as f64;
        x += y;
        if x >= HASH_MODULUS {
            x -= HASH_MODULUS;
        }
    }
    let e = if e >= 0 { e % 61 } else { 60 - ((-1 - e) % 61) };
    x = ((x << e) & HASH_MODULUS) | (x >> (61 - e));
    let h = x as i64 * sign;
    Some(if h == -1 { -2 } else { h })
}

fn frexp(v: f64) -> (f64, i32) {
    if v == 0.0 || !v.is_finite() {
        return (v, 0);
    }
    let bits = v.to_bits();
    let exp = ((bits >> 52) & 0x7ff) as i32;
    if exp == 0 {
        // Subnormal: scale up first.
        let (m, e) = frexp(v * 2f64.powi(64));
        return (m, e - 64);
    }
    let e = exp - 1022;
    let m = f64::from_bits((bits & !(0x7ffu64 << 52)) | (1022u64 << 52));
    (m, e)
}

/// CPython's hash of an object address (`_Py_HashPointer`).
pub fn hash_pointer(addr: usize) -> i64 {
    let y = addr.rotate_right(4) as i64;
    if y == -1 { -2 } else { y }
}

/// CPython's tuple hash (xxHash-based, Objects/tupleobject.c).
pub fn hash_tuple_of(hashes: impl ExactSizeIterator<Item = i64>) -> i64 {
    const P1: u64 = 11400714785074694791;
    const P2: u64 = 14029467366897019727;
    const P5: u64 = 2870177450012600261;
    let len = hashes.len() as u64;
    let mut acc: u64 = P5;
    for h in hashes {
        acc = acc.wrapping_add((h as u64).wrapping_mul(P2));
        acc = acc.rotate_left(31);
        acc = acc.wrapping_mul(P1);
    }
    acc = acc.wrapping_add(len ^ (P5 ^ 3527539));
    if acc == u64::MAX {
        return 1546275796;
    }
    acc as i64
}

/// `repr(float)`: the shortest string that round-trips, laid out as CPython does.
pub fn float_repr(v: f64) -> String {
    if v.is_nan() {
        return "nan".into();
    }
    if v.is_infinite() {
        return if v > 0.0 { "inf".into() } else { "-inf".into() };
    }
    if v == 0.0 {
        return if v.is_sign_negative() {
            "-0.0".into()
        } else {
            "0.0".into()
        };
    }
    let mut sci = format!("{:e}", v);
    // Rust's shortest digits may break a tie between two equally short round-tripping
    // strings upward; CPython takes the correctly rounded one (2**-25 ends in ...312).
    // Such ties need 16 or 17 digits.
    let len = sci
        .split('e')
        .next()
        .map_or(0, |m| m.bytes().filter(u8::is_ascii_digit).count());
    if len >= 16 {
        let nearest = format!("{:.*e}", len - 1, v);
        if nearest != sci && nearest.parse::<f64>() == Ok(v) {
            sci = nearest;
        }
    }
    let (mant, exp) = sci.split_once('e').unwrap_or((&sci, "0"));
    let exp: i32 = exp.parse().unwrap_or(0);
    let neg = mant.starts_with('-');
    let digits: String = mant.chars().filter(|c| c.is_ascii_digit()).collect();
    let mut out = String::new();
    if neg {
        out.push('-');
    }
    if !(-4..16).contains(&exp) {
        out.push_str(&digits[..1]);
        if digits.len() > 1 {
            out.push('.');
            out.push_str(&digits[1..]);
        }
        out.push('e');
        out.push(if exp < 0 { '-' } else { '+' });
        out.push_str(&format!("{:02}", exp.abs()));
    } else if exp < 0 {
        out.push_str("0.");
        for _ in 0..(-exp - 1) {
            out.push('0');
        }
        out.push_str(&digits);
    } else {
        let point = exp as usize + 1;
        if digits.len() <= point {
            out.push_str(&digits);
            for _ in digits.len()..point {
                out.push('0');
            }
            out.push_str(".0");
        } else {
            out.push_str(&digits[..point]);
            out.push('.');
            out.push_str(&digits[point..]);
        }
    }
    out
}

impl Vm {
    /// The Python type of `o`.
    #[inline]
    pub fn type_of(&self, o: &Obj) -> Obj {
        match tag_of(o) {
            Tag::Instance => match o.downcast::<InstanceObj>() {
                Some(i) => i.class.get(),
                None => self.types.object.clone(),
            },
            Tag::Exception => match o.downcast::<ExceptionObj>() {
                Some(e) => e.class.get(),
                None => self.exc.base_exception.clone(),
            },
            Tag::Native => match o.downcast::<crate::objects::native::NativeObj>() {
                Some(n) => n.class.clone(),
                None => self.types.object.clone(),
            },
            Tag::Generator => match super::coroutine::gen_kind(o) {
                Some(crate::objects::generator::GenKind::Coroutine) => self.types.coroutine.clone(),
                Some(crate::objects::generator::GenKind::AsyncGenerator) => {
                    self.types.async_generator.clone()
                }
                _ => self.types.generator.clone(),
            },
            Tag::Type => match o
                .downcast::<TypeObj>()
                .and_then(|t| t.metaclass.borrow().clone())
            {
                Some(m) => m,
                None => self.types.type_.clone(),
            },
            Tag::BuiltinFunction => self.native_callable_type(o),
            Tag::BoundMethod => self.bound_method_type(o),
            Tag::ClassMethod => self.classmethod_type(o),
            Tag::Reversed | Tag::StrIter | Tag::SeqIter | Tag::BytesIter => {
                let v = crate::objects::iter::variant_of(o);
                match self.types.iter_variant(v) {
                    Some(t) => t.clone(),
                    None => self.types.by_tag(tag_of(o)).clone(),
                }
            }
            t => self.types.by_tag(t).clone(),
        }
    }

    /// `type(o).__name__`.
    pub fn type_name(&self, o: &Obj) -> Rc<str> {
        let t = self.type_of(o);
        t.downcast::<TypeObj>()
            .map(|tp| tp.name.borrow().clone())
            .unwrap_or_else(|| Rc::from("object"))
    }

    /// `cls.__name__` for a type object.
    pub fn class_name(&self, cls: &Obj) -> Rc<str> {
        cls.downcast::<TypeObj>()
            .map(|tp| tp.name.borrow().clone())
            .unwrap_or_else(|| Rc::from("?"))
    }

    /// True when `sub` has `cls` in its MRO.
    pub fn is_subclass(&self, sub: &Obj, cls: &Obj) -> bool {
        if sub.ptr_eq(cls) {
            return true;
        }
        match sub.downcast::<TypeObj>() {
            Some(t) => as_tuple(&t.mro.borrow()).is_some_and(|m| m.iter().any(|c| c.ptr_eq(cls))),
            None => false,
        }
    }

    pub fn isinstance(&self, o: &Obj, cls: &Obj) -> bool {
        let t = self.type_of(o);
        self.is_subclass(&t, cls)
    }

    /// Python truth value.
    #[inline]
    /// The truth of a bool, None, int, float or str (found without Python code, and
    /// the object holds nothing whose release could run any); None for other objects.
    pub fn builtin_truth(&self, o: &Obj) -> Option<bool> {
        match tag_of(o) {
            Tag::Bool => o.downcast::<BoolObj>().map(|b| b.0),
            Tag::None => Some(false),
            Tag::Int => o.downcast::<IntObj>().map(|i| i.0 != 0),
            Tag::BigInt => Some(true),
            Tag::Float => o.downcast::<FloatObj>().map(|f| f.0 != 0.0),
            Tag::Str => as_text(o).map(|s| !s.is_empty()),
            _ => None,
        }
    }

    pub fn truthy(&mut self, o: &Obj) -> PyResult<bool> {
        if let Some(b) = o.downcast::<BoolObj>() {
            return Ok(b.0);
        }
        match tag_of(o) {
            Tag::None => Ok(false),
            Tag::Int => Ok(o.downcast::<IntObj>().is_some_and(|i| i.0 != 0)),
            Tag::BigInt => Ok(true),
            Tag::Float => Ok(o.downcast::<FloatObj>().is_some_and(|f| f.0 != 0.0)),
            Tag::Complex => {
                Ok(super::complex::as_complex(o).is_some_and(|z| z.re != 0.0 || z.im != 0.0))
            }
            Tag::Str => Ok(as_text(o).is_some_and(|s| !s.is_empty())),
            Tag::List => Ok(o
                .downcast::<ListObj>()
                .is_some_and(|l| !l.items.borrow().is_empty())),
            Tag::Tuple => Ok(as_tuple(o).is_some_and(|t| !t.is_empty())),
            Tag::Dict => Ok(o
                .downcast::<DictObj>()
                .is_some_and(|d| !d.table.borrow().is_empty())),
            Tag::Range => Ok(o.downcast::<RangeObj>().is_some_and(|r| {
                r.big
                    .as_ref()
                    .map_or(!r.is_empty(), |b| b.len != num_bigint::BigInt::from(0))
            })),
            Tag::Instance | Tag::Exception | Tag::Native => self.instance_truthy(o),
            Tag::Set | Tag::FrozenSet | Tag::Bytes | Tag::ByteArray | Tag::Deque => {
                Ok(self.len(o)? != 0)
            }
            _ => Ok(true),
        }
    }

    fn instance_truthy(&mut self, o: &Obj) -> PyResult<bool> {
        if let Some(r) = self.call_special(o, "__bool__", vec![])? {
            return match r.downcast::<BoolObj>() {
                Some(b) => Ok(b.0),
                None => {
                    let n = self.type_name(&r);
                    Err(self.type_error(format!("__bool__ should return bool, returned {n}")))
                }
            };
        }
        if let Some(r) = self.call_special(o, "__len__", vec![])? {
            let n = self.len_result(&r)?;
            return Ok(n != 0);
        }
        if let Some(base) = self.base_value(o) {
            return self.truthy(&base);
        }
        Ok(true)
    }

    /// Converts the result of a `__len__` call.
    fn len_result(&mut self, r: &Obj) -> PyResult<usize> {
        match self.index_value(r) {
            Some(Ok(n)) if n >= 0 => Ok(n as usize),
            Some(Ok(_)) => Err(self.value_error("__len__() should return >= 0")),
            Some(Err(e)) => Err(e),
            None => Err(self.type_error_for(r, "cannot be interpreted as an integer")),
        }
    }

    /// `len(o)`.
    pub fn len(&mut self, o: &Obj) -> PyResult<usize> {
        match tag_of(o) {
            Tag::Str => {
                return Ok(o
                    .downcast::<crate::objects::StrObj>()
                    .map_or(0, |so| so.char_len()));
            }
            Tag::List => {
                return Ok(o
                    .downcast::<ListObj>()
                    .map_or(0, |l| l.items.borrow().len()));
            }
            Tag::Tuple => return Ok(as_tuple(o).map_or(0, <[Obj]>::len)),
            Tag::Dict => {
                return Ok(o
                    .downcast::<DictObj>()
                    .map_or(0, |d| d.table.borrow().len()));
            }
            Tag::Range => {
                if let Some(r) = o.downcast::<RangeObj>() {
                    return self.range_len(r);
                }
            }
            _ => {}
        }
        if let Some(n) = self.builtin_len(o) {
            return Ok(n);
        }
        match self.call_special(o, "__len__", vec![])? {
            Some(r) => self.len_result(&r),
            // Subclasses of builtins without their own __len__ measure the builtin value.
            None => match self.base_value(o) {
                Some(base) => self.len(&base),
                None => {
                    let n = self.type_name(o);
                    Err(self.type_error(format!("object of type '{n}' has no len()")))
                }
            },
        }
    }

    /// The integer value of an int, bool, or an object with `__index__`; None when `o`
    /// is not integer-like. Big ints that do not fit give OverflowError.
    pub fn index_value(&mut self, o: &Obj) -> Option<PyResult<i64>> {
        if let Some(i) = o.downcast::<IntObj>() {
            return Some(Ok(i.0));
        }
        if let Some(b) = o.downcast::<BoolObj>() {
            return Some(Ok(b.0 as i64));
        }
        if o.is::<BigIntObj>() {
            let name = self.type_name(o);
            return Some(Err(self.overflow_error(format!(
                "cannot fit '{name}' into an index-sized integer"
            ))));
        }
        if matches!(tag_of(o), Tag::Instance) {
            return match self.call_special(o, "__index__", vec![]) {
                Ok(Some(r)) => match self.index_value(&r) {
                    // Too big: CPython names the object converted, not its __index__ result.
                    Some(Err(_)) if r.is::<BigIntObj>() => {
                        let name = self.type_name(o);
                        Some(Err(self.overflow_error(format!(
                            "cannot fit '{name}' into an index-sized integer"
                        ))))
                    }
                    Some(v) if r.is::<IntObj>() || r.is::<BigIntObj>() || r.is::<BoolObj>() => {
                        Some(v)
                    }
                    _ => {
                        let n = self.type_name(&r);
                        Some(Err(self.type_error(format!(
                            "__index__ returned non-int (type {n})"
                        ))))
                    }
                },
                Ok(None) => None,
                Err(e) => Some(Err(e)),
            };
        }
        None
    }

    /// A slice-style bound (`find`'s start, `index`'s stop, a slice part): like
    /// `index_value`, but an int too large for an index is clamped (CPython's
    /// `_PyEval_SliceIndex`), half-way to the i64 limits so `bound + len` cannot overflow.
    pub fn slice_bound_value(&mut self, o: &Obj) -> Option<PyResult<i64>> {
        if let Some(b) = o.downcast::<BigIntObj>() {
            return Some(Ok(if b.0.sign() == num_bigint::Sign::Minus {
                i64::MIN / 2
            } else {
                i64::MAX / 2
            }));
        }
        if matches!(tag_of(o), Tag::Instance) {
            return match self.call_special(o, "__index__", vec![]) {
                Ok(Some(r)) if r.is::<IntObj>() || r.is::<BigIntObj>() || r.is::<BoolObj>() => {
                    self.slice_bound_value(&r)
                }
                Ok(Some(r)) => {
                    let n = self.type_name(&r);
                    Some(Err(self.type_error(format!(
                        "__index__ returned non-int (type {n})"
                    ))))
                }
                Ok(None) => None,
                Err(e) => Some(Err(e)),
            };
        }
        self.index_value(o)
    }

    /// `PyNumber_AsSsize_t(o, NULL)`: an integer-like value, huge ones clamped.
    pub fn to_index_clamped(&mut self, o: &Obj) -> PyResult<i64> {
        match self.slice_bound_value(o) {
            Some(r) => r,
            None => Err(self.type_error_for(o, "cannot be interpreted as an integer")),
        }
    }

    /// Like `index_value`, with CPython's TypeError when `o` is not integer-like.
    pub fn to_index(&mut self, o: &Obj) -> PyResult<i64> {
        match self.index_value(o) {
            Some(r) => r,
            None => Err(self.type_error_for(o, "cannot be interpreted as an integer")),
        }
    }

    /// A C `int` argument as CPython converts one (`_PyLong_AsInt` of `__index__`):
    /// OverflowError past 32 bits.
    pub fn to_c_int(&mut self, o: &Obj) -> PyResult<i32> {
        let v = self.to_index_bigint(o)?;
        v.to_i32()
            .ok_or_else(|| self.overflow_error("Python int too large to convert to C int"))
    }

    /// The value of an int, bool or object with `__index__`, of any size (CPython's
    /// `PyNumber_Index`, for functions that take arbitrary ints: `hex`, `math.comb`).
    pub fn to_index_bigint(&mut self, o: &Obj) -> PyResult<BigInt> {
        if let Some(v) = self.to_bigint(o) {
            return Ok(v);
        }
        if matches!(tag_of(o), Tag::Instance)
            && let Some(r) = self.call_special(o, "__index__", vec![])?
        {
            return match self.to_bigint(&r) {
                Some(v) => Ok(v),
                None => {
                    let n = self.type_name(&r);
                    Err(self.type_error(format!("__index__ returned non-int (type {n})")))
                }
            };
        }
        Err(self.type_error_for(o, "cannot be interpreted as an integer"))
    }

    /// The big-integer value of an int or bool.
    pub fn to_bigint(&self, o: &Obj) -> Option<BigInt> {
        if let Some(i) = o.downcast::<IntObj>() {
            return Some(BigInt::from(i.0));
        }
        if let Some(b) = o.downcast::<BigIntObj>() {
            return Some(b.0.clone());
        }
        if let Some(b) = o.downcast::<BoolObj>() {
            return Some(BigInt::from(b.0 as i64));
        }
        None
    }

    /// `hash(o)`.
    pub fn hash(&mut self, o: &Obj) -> PyResult<i64> {
        if let Some(i) = o.downcast::<IntObj>() {
            return Ok(hash_i64(i.0));
        }
        if let Some((so, text)) = crate::objects::str::as_text_obj(o) {
            return Ok(so.hash(text));
        }
        match tag_of(o) {
            Tag::Int => return Ok(hash_i64(o.downcast::<IntObj>().map_or(0, |i| i.0))),
            Tag::BigInt => return Ok(o.downcast::<BigIntObj>().map_or(0, |b| hash_bigint(&b.0))),
            Tag::Bool => return Ok(o.downcast::<BoolObj>().map_or(0, |b| b.0 as i64)),
            Tag::Float => {
                let v = o.downcast::<FloatObj>().map_or(0.0, |f| f.0);
                return Ok(hash_f64(v).unwrap_or_else(|| hash_pointer(o.addr())));
            }
            Tag::Tuple => {
                // The tuple is immutable and `o` keeps it alive, so its items can be
                // hashed in place (an item's `__hash__` cannot change them).
                let items = as_tuple(o).unwrap_or(&[]);
                let mut hashes: smallvec::SmallVec<[i64; 8]> =
                    smallvec::SmallVec::with_capacity(items.len());
                for it in items {
                    hashes.push(self.hash(it)?);
                }
                return Ok(hash_tuple_of(hashes.into_iter()));
            }
            Tag::List | Tag::Dict | Tag::Set | Tag::ByteArray | Tag::Slice | Tag::Deque => {
                return Err(self.unhashable(o));
            }
            Tag::Instance | Tag::Exception => return self.instance_hash(o),
            _ => {}
        }
        if let Some(h) = self.builtin_hash(o)? {
            return Ok(h);
        }
        Ok(hash_pointer(o.addr()))
    }

    pub(crate) fn unhashable(&mut self, o: &Obj) -> PyErr {
        let name = self.type_name(o);
        self.type_error(format!("unhashable type: '{name}'"))
    }

    fn instance_hash(&mut self, o: &Obj) -> PyResult<i64> {
        let cls = self.type_of(o);
        match self.lookup_type_attr(&cls, "__hash__") {
            Some(h) if h.ptr_eq(&self.s.none) => Err(self.unhashable(o)),
            Some(h) if !self.is_object_slot(&h) => {
                let r = self.call_method_with(&h, o, &[])?;
                match self.to_bigint(&r) {
                    Some(v) => Ok(match v.to_i64() {
                        Some(i) => {
                            if i == -1 {
                                -2
                            } else {
                                i
                            }
                        }
                        None => hash_bigint(&v),
                    }),
                    None => Err(self.type_error("__hash__ method should return an integer")),
                }
            }
            // Subclasses of hashable builtins (tuple, str, int, ...) hash their value;
            // those of mutable ones are unhashable under their own name.
            _ => match self.base_value(o) {
                Some(base)
                    if matches!(
                        tag_of(&base),
                        Tag::List | Tag::Dict | Tag::Set | Tag::ByteArray | Tag::Deque
                    ) =>
                {
                    Err(self.unhashable(o))
                }
                Some(base) => self.hash(&base),
                None => Ok(hash_pointer(o.addr())),
            },
        }
    }

    /// True when a big int is zero (helper for division checks).
    pub fn bigint_is_zero(v: &BigInt) -> bool {
        v.is_zero()
    }
}

/// A real argument as f64 (ints, bools, floats, `__float__`, `__index__`).
pub fn to_f64(vm: &mut Vm, o: &Obj) -> PyResult<f64> {
    if let Some(f) = o.downcast::<FloatObj>() {
        return Ok(f.0);
    }
    if let Some(b) = vm.to_bigint(o) {
        return match b.to_f64().filter(|f| f.is_finite()) {
            Some(f) => Ok(f),
            None => Err(vm.overflow_error("int too large to convert to float")),
        };
    }
    if let Some(r) = vm.call_special(o, "__float__", vec![])?
        && let Some(f) = r.downcast::<FloatObj>()
    {
        return Ok(f.0);
    }
    if let Some(r) = vm.index_value(o) {
        return Ok(r? as f64);
    }
    let n = vm.type_name(o);
    Err(vm.type_error(format!("must be real number, not {n}")))
}
