//! Arithmetic: the numeric tower (bool < int < float) with Python's rules, sequence
//! concatenation and repetition, and the special-method protocol with reflected operands.

use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::{Signed, ToPrimitive, Zero};

use crate::compile::bytecode::{BinOpCode, UnaryOpCode};
use crate::heap::{HeapVec, Obj};
use crate::objects::str::{as_str, as_text};
use crate::objects::tuple::as_tuple;
use crate::objects::{BigIntObj, BoolObj, FloatObj, IntObj, ListObj, Tag, TypeObj, tag_of};

use super::{PyErr, PyResult, Vm};

/// A number taken out of an int, bool or float object.
pub enum Num {
    Int(i64),
    Big(BigInt),
    Float(f64),
}

/// The numeric value of `o`, if it is an int, bool or float.
pub fn as_num(o: &Obj) -> Option<Num> {
    if let Some(i) = o.downcast::<IntObj>() {
        return Some(Num::Int(i.0));
    }
    if let Some(f) = o.downcast::<FloatObj>() {
        return Some(Num::Float(f.0));
    }
    if let Some(b) = o.downcast::<BigIntObj>() {
        return Some(Num::Big(b.0.clone()));
    }
    if let Some(b) = o.downcast::<BoolObj>() {
        return Some(Num::Int(b.0 as i64));
    }
    None
}

fn to_big(n: &Num) -> BigInt {
    match n {
        Num::Int(i) => BigInt::from(*i),
        Num::Big(b) => b.clone(),
        Num::Float(f) => BigInt::from(*f as i64),
    }
}

/// Correctly rounded conversion of a big int to float (None on overflow).
pub fn big_to_f64(b: &BigInt) -> Option<f64> {
    let f = b.to_f64()?;
    if f.is_finite() { Some(f) } else { None }
}

fn num_to_f64(vm: &mut Vm, n: &Num) -> PyResult<f64> {
    match n {
        Num::Int(i) => Ok(*i as f64),
        Num::Float(f) => Ok(*f),
        Num::Big(b) => {
            big_to_f64(b).ok_or_else(|| vm.overflow_error("int too large to convert to float"))
        }
    }
}

impl Vm {
    fn int_result(&self, v: BigInt) -> PyResult {
        self.new_bigint(v)
    }

    /// True division of two ints, correctly rounded.
    /// `a / b` for ints, correctly rounded (down to the smallest subnormals).
    fn int_truediv(&mut self, a: &BigInt, b: &BigInt) -> PyResult {
        let v = crate::format::int_true_divide(
            crate::format::IntRef::Big(a),
            crate::format::IntRef::Big(b),
        )
        .map_err(|e| self.fmt_error(e))?;
        self.new_float(v)
    }

    /// `None` when the operator does not apply to these numbers (e.g. `1.5 << 2`).
    fn numeric_op(&mut self, op: BinOpCode, x: Num, y: Num) -> PyResult<Option<Obj>> {
        use BinOpCode::*;
        if matches!(x, Num::Float(_)) || matches!(y, Num::Float(_)) {
            if matches!(op, LShift | RShift | And | Or | Xor | MatMul) {
                return Ok(None);
            }
            let a = num_to_f64(self, &x)?;
            let b = num_to_f64(self, &y)?;
            let r = match op {
                Add => a + b,
                Sub => a - b,
                Mul => a * b,
                TrueDiv => {
                    if b == 0.0 {
                        return Err(self.zero_division_error("float division by zero"));
                    }
                    a / b
                }
                FloorDiv => crate::format::float_floordiv(a, b)?,
                Mod => crate::format::float_mod(a, b)?,
                Pow => return self.float_pow(a, b).map(Some),
                _ => return Ok(None),
            };
            return self.new_float(r).map(Some);
        }
        if let (Num::Int(a), Num::Int(b)) = (&x, &y) {
            let (a, b) = (*a, *b);
            let r = match op {
                Add => a.checked_add(b),
                Sub => a.checked_sub(b),
                Mul => a.checked_mul(b),
                And => Some(a & b),
                Or => Some(a | b),
                Xor => Some(a ^ b),
                _ => None,
            };
            if let Some(r) = r {
                return self.new_int(r).map(Some);
            }
            if op == TrueDiv {
                if b == 0 {
                    return Err(self.zero_division_error("division by zero"));
                }
                const EXACT: u64 = 1 << 53;
                if a.unsigned_abs() <= EXACT && b.unsigned_abs() <= EXACT {
                    return self.new_float(a as f64 / b as f64).map(Some);
                }
            }
        }
        let a = to_big(&x);
        let b = to_big(&y);
        let r = match op {
            Add => self.int_result(a + b),
            Sub => self.int_result(a - b),
            Mul => self.int_result(a * b),
            TrueDiv => self.int_truediv(&a, &b),
            FloorDiv => {
                if b.is_zero() {
                    return Err(self.zero_division_error("integer division or modulo by zero"));
                }
                self.int_result(a.div_floor(&b))
            }
            Mod => {
                if b.is_zero() {
                    return Err(self.zero_division_error("integer modulo by zero"));
                }
                self.int_result(a.mod_floor(&b))
            }
            Pow => self.int_pow(&a, &b),
            LShift | RShift => {
                if b.is_negative() {
                    return Err(self.value_error("negative shift count"));
                }
                let Some(s) = b.to_usize() else {
                    if op == RShift {
                        return self.new_int(if a.is_negative() { -1 } else { 0 }).map(Some);
                    }
                    return Err(self.overflow_error("too many digits in integer"));
                };
                if op == LShift {
                    let bits = (s as u64).saturating_add(a.bits());
                    if !a.is_zero() && (bits > 1 << 32 || !self.int_bits_fit(bits)) {
                        return Err(PyErr::NoMemory);
                    }
                    self.int_result(a << s)
                } else {
                    // Python's >> rounds toward negative infinity.
                    self.int_result(a >> s)
                }
            }
            And => self.int_result(a & b),
            Or => self.int_result(a | b),
            Xor => self.int_result(a ^ b),
            MatMul => return Ok(None),
        };
        r.map(Some)
    }

    fn int_pow(&mut self, a: &BigInt, b: &BigInt) -> PyResult {
        if b.is_negative() {
            let af = big_to_f64(a)
                .ok_or_else(|| self.overflow_error("int too large to convert to float"))?;
            let bf = big_to_f64(b).unwrap_or(f64::NEG_INFINITY);
            return self.float_pow(af, bf);
        }
        if let Some(x) = a.to_i64()
            && let Some(e) = b.to_u32()
            && let Some(r) = x.checked_pow(e)
        {
            return self.new_int(r);
        }
        let Some(e) = b.to_u64() else {
            // Only 0, 1 and -1 can be raised to such powers without exhausting memory.
            return match a.to_i64() {
                Some(0) => self.new_int(0),
                Some(1) => self.new_int(1),
                Some(-1) => self.new_int(if b.is_even() { 1 } else { -1 }),
                _ => Err(PyErr::NoMemory),
            };
        };
        let bits = a.bits().saturating_mul(e);
        if bits > 1 << 34 || !self.int_bits_fit(bits) {
            return Err(PyErr::NoMemory);
        }
        self.int_result(num_traits::pow::Pow::pow(a, e))
    }

    fn float_pow(&mut self, a: f64, b: f64) -> PyResult {
        if a == 0.0 && b < 0.0 && b.is_finite() {
            return Err(self.zero_division_error("0.0 cannot be raised to a negative power"));
        }
        if crate::format::pow_needs_complex(a, b) {
            return self.float_pow_complex(a, b);
        }
        let r = a.powf(b);
        if r.is_infinite() && a.is_finite() && b.is_finite() {
            return Err(self.overflow_error("(34, 'Numerical result out of range')"));
        }
        self.new_float(r)
    }

    /// `a op b`.
    pub fn binary_op(&mut self, op: BinOpCode, a: &Obj, b: &Obj) -> PyResult {
        if let (Some(x), Some(y)) = (as_num(a), as_num(b)) {
            if a.is::<BoolObj>()
                && b.is::<BoolObj>()
                && matches!(op, BinOpCode::And | BinOpCode::Or | BinOpCode::Xor)
            {
                let (p, q) = (self.truthy(a)?, self.truthy(b)?);
                return Ok(self.new_bool(match op {
                    BinOpCode::And => p & q,
                    BinOpCode::Or => p | q,
                    _ => p ^ q,
                }));
            }
            return match self.numeric_op(op, x, y)? {
                Some(r) => Ok(r),
                None => Err(self.unsupported_operands(op, a, b)),
            };
        }
        let ta = tag_of(a);
        let tb = tag_of(b);
        // A metaclass's own operators come before `type`'s (an enum's `Flag | ...`,
        // typing's special forms).
        if ((ta == Tag::Type && self.has_user_metaclass(a))
            || (tb == Tag::Type && self.has_user_metaclass(b)))
            && let Some(r) = self.dunder_binary(op, a, b)?
        {
            return Ok(r);
        }
        // `int | None`, `list[int] | str`: union types for annotations.
        if op == BinOpCode::Or
            && (matches!(ta, Tag::Type | Tag::Instance) || matches!(tb, Tag::Type | Tag::Instance))
            && let Some(u) = self.type_union(a, b)?
        {
            return Ok(u);
        }
        let user = matches!(ta, Tag::Instance | Tag::Exception)
            || matches!(tb, Tag::Instance | Tag::Exception);
        if !user && let Some(r) = self.builtin_binary(op, a, b)? {
            return Ok(r);
        }
        // `str % x` formats before `x.__rmod__` is asked, unless x's type derives from
        // str (a reflected method of a subclass goes first, as for every operator).
        if op == BinOpCode::Mod
            && ta == Tag::Str
            && !self.base_value(b).is_some_and(|v| tag_of(&v) == Tag::Str)
            && let Some(r) = self.builtin_binary(op, a, b)?
        {
            return Ok(r);
        }
        if let Some(r) = self.dunder_binary(op, a, b)? {
            return Ok(r);
        }
        // A builtin left operand still gets its turn with an instance on the right
        // (`"%s" % obj`, `[0] * index_like`).
        if user
            && !matches!(ta, Tag::Instance | Tag::Exception)
            && let Some(r) = self.builtin_binary(op, a, b)?
        {
            return Ok(r);
        }
        if user && let Some(r) = self.builtin_binary_on_base(op, a, b)? {
            return Ok(r);
        }
        Err(self.binary_type_error(op, a, b))
    }

    /// Builtin non-numeric operators: sequences, formatting, sets and dicts.
    fn builtin_binary(&mut self, op: BinOpCode, a: &Obj, b: &Obj) -> PyResult<Option<Obj>> {
        let ta = tag_of(a);
        match (op, ta) {
            (BinOpCode::Add, Tag::Str) => {
                if let (Some(x), Some(y)) = (as_str(a), as_str(b)) {
                    return Ok(Some(self.new_str_concat(x, y)?));
                }
                // Text with lone surrogates: the bytes side by side (a pair made of two
                // halves stays two code points, as in CPython).
                let Some(y) = as_text(b) else { return Ok(None) };
                let x = as_text(a).unwrap_or(b"");
                let joined = [x, y].concat();
                Ok(Some(self.new_str_wtf8(&joined)?))
            }
            (BinOpCode::Add, Tag::List) => {
                let Some(y) = b.downcast::<ListObj>() else {
                    return Ok(None);
                };
                let x = a
                    .downcast::<ListObj>()
                    .map(|l| l.items.borrow().to_vec())
                    .unwrap_or_default();
                let mut v = HeapVec::with_capacity(self.alloc(), x.len() + y.items.borrow().len())?;
                v.extend(self.alloc(), x)?;
                v.extend(self.alloc(), y.items.borrow().iter().cloned())?;
                Ok(Some(self.new_list_from_vec(v)?))
            }
            (BinOpCode::Add, Tag::Tuple) => {
                let Some(y) = as_tuple(b) else {
                    return Ok(None);
                };
                let x = as_tuple(a).unwrap_or(&[]);
                let n = x.len() + y.len();
                Ok(Some(
                    self.new_tuple_from(n, x.iter().chain(y.iter()).cloned())?,
                ))
            }
            (BinOpCode::Mul, Tag::Str | Tag::List | Tag::Tuple) => self.repeat(a, b),
            (BinOpCode::Mul, _) if matches!(tag_of(b), Tag::Str | Tag::List | Tag::Tuple) => {
                if as_num(a).is_some_and(|n| !matches!(n, Num::Float(_))) {
                    self.repeat(b, a)
                } else {
                    // `bytearray * "x"`: the left operand's type reports the error.
                    self.builtin_binary_more(op, a, b)
                }
            }
            (BinOpCode::Mod, Tag::Str) => {
                let r = self.percent_format(a, b)?;
                Ok(Some(r))
            }
            _ => self.builtin_binary_more(op, a, b),
        }
    }

    /// `seq * n`.
    fn repeat(&mut self, seq: &Obj, n: &Obj) -> PyResult<Option<Obj>> {
        let count = match as_num(n) {
            Some(Num::Int(i)) => i,
            Some(Num::Big(_)) => {
                // Either sign: CPython converts the count to a Py_ssize_t first.
                return Err(self.overflow_error("cannot fit 'int' into an index-sized integer"));
            }
            Some(Num::Float(_)) | None => {
                if matches!(tag_of(n), Tag::Instance) {
                    match self.index_value(n) {
                        Some(r) => r?,
                        None => return Ok(None),
                    }
                } else {
                    let tn = self.type_name(n);
                    return Err(self
                        .type_error(format!("can't multiply sequence by non-int of type '{tn}'")));
                }
            }
        };
        let count = count.max(0) as usize;
        match tag_of(seq) {
            Tag::Str => {
                if count == 1 && seq.is::<crate::objects::StrObj>() {
                    return Ok(Some(seq.clone()));
                }
                let Some((so, s)) = crate::objects::str::as_str_obj(seq) else {
                    let text =
                        crate::objects::str::as_text(seq).ok_or_else(|| self.bad_payload())?;
                    let n = self.room_for(text.len(), count)?;
                    let mut out = Vec::with_capacity(n);
                    for _ in 0..count {
                        out.extend_from_slice(text);
                    }
                    return Ok(Some(self.new_str_wtf8(&out)?));
                };
                // CPython counts code points against PY_SSIZE_T_MAX, then bytes fail to
                // allocate.
                let nchars = so
                    .char_len()
                    .checked_mul(count)
                    .filter(|&n| n <= isize::MAX as usize)
                    .ok_or_else(|| self.overflow_error("repeated string is too long"))?;
                if nchars <= 1 {
                    return Ok(Some(self.new_str(&s.repeat(count))?));
                }
                let nbytes = self.room_for(s.len(), count)?;
                let payload = crate::objects::StrObj::with_counts(nbytes, nchars);
                Ok(Some(self.heap.alloc_with_str_repeated(payload, s, count)?))
            }
            Tag::List => {
                let items = seq
                    .downcast::<ListObj>()
                    .map(|l| l.items.borrow().to_vec())
                    .unwrap_or_default();
                if items.is_empty() {
                    // `[] * n` is empty whatever n is: no loop over the count.
                    return Ok(Some(self.new_list_from_vec(HeapVec::new())?));
                }
                let total = items.len().checked_mul(count).ok_or(PyErr::NoMemory)?;
                let mut v = HeapVec::with_capacity(self.alloc(), total)?;
                if let [item] = items.as_slice() {
                    // `[x] * n`, the common case: one run of clones, not n extends.
                    v.extend(self.alloc(), std::iter::repeat_n(item, count).cloned())?;
                } else {
                    for _ in 0..count {
                        v.extend_from_slice(self.alloc(), &items)?;
                    }
                }
                Ok(Some(self.new_list_from_vec(v)?))
            }
            Tag::Tuple => {
                let items = as_tuple(seq).map(<[Obj]>::to_vec).unwrap_or_default();
                if count == 1 || items.is_empty() {
                    // `() * n` is the empty tuple itself, with no loop over the count.
                    return Ok(Some(if items.is_empty() {
                        self.s.empty_tuple.clone()
                    } else {
                        seq.clone()
                    }));
                }
                let total = items.len().checked_mul(count).ok_or(PyErr::NoMemory)?;
                if total > 1 << 40 {
                    return Err(PyErr::NoMemory);
                }
                let it = (0..count).flat_map(|_| items.iter().cloned());
                Ok(Some(self.new_tuple_from(total, it)?))
            }
            _ => Ok(None),
        }
    }

    /// Tries `a.__op__(b)` then `b.__rop__(a)` (reflected first when b's type is a
    /// subclass of a's that overrides it).
    fn dunder_binary(&mut self, op: BinOpCode, a: &Obj, b: &Obj) -> PyResult<Option<Obj>> {
        let [name, rname, _] = self.names.binary[op as usize].clone();
        let ta = self.type_of(a);
        let tb = self.type_of(b);
        let fa = self.lookup_op_method(&ta, &name);
        let same = ta.ptr_eq(&tb);
        let fb = if same {
            None
        } else {
            self.lookup_op_method(&tb, &rname)
        };
        if let Some(fb) = &fb
            && self.is_subclass(&tb, &ta)
        {
            let r = self.call_method_with(fb, b, std::slice::from_ref(a))?;
            if !r.ptr_eq(&self.s.not_implemented) {
                return Ok(Some(r));
            }
            if let Some(fa) = fa {
                let r = self.call_method_with(&fa, a, std::slice::from_ref(b))?;
                if !r.ptr_eq(&self.s.not_implemented) {
                    return Ok(Some(r));
                }
            }
            return Ok(None);
        }
        if let Some(fa) = fa {
            let r = self.call_method_with(&fa, a, std::slice::from_ref(b))?;
            if !r.ptr_eq(&self.s.not_implemented) {
                return Ok(Some(r));
            }
        }
        if let Some(fb) = fb {
            let r = self.call_method_with(&fb, b, std::slice::from_ref(a))?;
            if !r.ptr_eq(&self.s.not_implemented) {
                return Ok(Some(r));
            }
        }
        Ok(None)
    }

    /// An operator method: one defined in Python on a user class, or one a type of a
    /// builtin module defines in Rust (`array.array.__add__`).
    fn lookup_op_method(&mut self, cls: &Obj, name: &Obj) -> Option<Obj> {
        let tp = cls.downcast::<TypeObj>()?;
        if tp.builtin {
            if tp.layout == Tag::Native {
                return self.lookup_type_attr_obj(cls, name);
            }
            return None;
        }
        self.user_method_named(cls, name)
    }

    /// True when `cls` is a class whose metaclass is a user class.
    pub(crate) fn has_user_metaclass(&self, cls: &Obj) -> bool {
        cls.downcast::<TypeObj>()
            .is_some_and(|t| t.metaclass.borrow().is_some())
    }

    /// A special method defined in Python on a user class (builtin types answer through
    /// the fast paths instead).
    pub(crate) fn lookup_user_method(&mut self, cls: &Obj, name: &str) -> Option<Obj> {
        if cls.downcast::<TypeObj>()?.builtin {
            return None;
        }
        let key = self.intern(name).ok()?;
        self.user_method_named(cls, &key)
    }

    fn user_method_named(&self, cls: &Obj, name: &Obj) -> Option<Obj> {
        let f = self.lookup_type_attr_obj(cls, name)?;
        if f.is::<crate::objects::BuiltinFunctionObj>() {
            return None;
        }
        Some(f)
    }

    /// For instances of user subclasses of builtins: the operator on the builtin value.
    fn builtin_binary_on_base(&mut self, op: BinOpCode, a: &Obj, b: &Obj) -> PyResult<Option<Obj>> {
        let a2 = self.base_value(a).unwrap_or_else(|| a.clone());
        let b2 = self.base_value(b).unwrap_or_else(|| b.clone());
        if a2.ptr_eq(a) && b2.ptr_eq(b) {
            return Ok(None);
        }
        match self.binary_op(op, &a2, &b2) {
            Ok(r) => Ok(Some(r)),
            Err(e) => Err(self.rename_operands_error(e, op, (&a2, &b2), (a, b))),
        }
    }

    /// An "unsupported operand" / "can only concatenate" / "can't multiply sequence"
    /// TypeError raised for the builtin base values names the operands' own classes,
    /// as CPython's `tp_name` does (`'D' and 'int'` for a dict subclass, not `'dict'`).
    fn rename_operands_error(
        &mut self,
        e: PyErr,
        op: BinOpCode,
        base: (&Obj, &Obj),
        orig: (&Obj, &Obj),
    ) -> PyErr {
        let te = self.exc.type_error.clone();
        if !self.err_matches(&e, &te) {
            return e;
        }
        let eo = self.exc_object(e);
        let msg = self.exception_str(&eo).unwrap_or_default();
        let (ba, bb) = (self.type_name(base.0), self.type_name(base.1));
        let (na, nb) = (self.type_name(orig.0), self.type_name(orig.1));
        let sym = if op == BinOpCode::Pow {
            "** or pow()"
        } else {
            op.symbol()
        };
        if msg == format!("unsupported operand type(s) for {sym}: '{ba}' and '{bb}'") {
            return self.type_error(format!(
                "unsupported operand type(s) for {sym}: '{na}' and '{nb}'"
            ));
        }
        if msg == format!("can only concatenate {ba} (not \"{bb}\") to {ba}") {
            return self.type_error(format!("can only concatenate {ba} (not \"{nb}\") to {ba}"));
        }
        for (b, n) in [(&bb, &nb), (&ba, &na)] {
            if msg == format!("can't multiply sequence by non-int of type '{b}'") {
                return self
                    .type_error(format!("can't multiply sequence by non-int of type '{n}'"));
            }
        }
        PyErr::Exc(eo)
    }

    pub(crate) fn unsupported_operands(&mut self, op: BinOpCode, a: &Obj, b: &Obj) -> PyErr {
        let (na, nb) = (self.type_name(a), self.type_name(b));
        let sym = if op == BinOpCode::Pow {
            "** or pow()"
        } else {
            op.symbol()
        };
        self.type_error(format!(
            "unsupported operand type(s) for {sym}: '{na}' and '{nb}'"
        ))
    }

    pub(crate) fn binary_type_error(&mut self, op: BinOpCode, a: &Obj, b: &Obj) -> PyErr {
        let ta = tag_of(a);
        if op == BinOpCode::Add && matches!(ta, Tag::Str | Tag::List | Tag::Tuple) {
            let (na, nb) = (self.type_name(a), self.type_name(b));
            return self.type_error(format!("can only concatenate {na} (not \"{nb}\") to {na}"));
        }
        let sequence = |t: Tag| {
            matches!(
                t,
                Tag::Str | Tag::List | Tag::Tuple | Tag::Bytes | Tag::ByteArray
            )
        };
        if op == BinOpCode::Mul && (sequence(ta) || sequence(tag_of(b))) {
            let other = if sequence(ta) { b } else { a };
            let n = self.type_name(other);
            return self.type_error(format!("can't multiply sequence by non-int of type '{n}'"));
        }
        self.unsupported_operands(op, a, b)
    }

    /// `a op= b`: `__iop__` first, then the plain operator. Lists extend in place.
    pub fn inplace_op(&mut self, op: BinOpCode, a: Obj, b: &Obj) -> PyResult {
        match (op, tag_of(&a)) {
            (BinOpCode::Add, Tag::List) => {
                self.list_extend(&a, b)?;
                return Ok(a);
            }
            (BinOpCode::Mul, Tag::List) => {
                let n = self.to_index(b)?;
                if let Some(l) = a.downcast::<ListObj>() {
                    let items = l.items.borrow().to_vec();
                    if n <= 0 {
                        let old = l.items.borrow_mut().take();
                        drop(old);
                    } else if !items.is_empty() {
                        // The whole size first (CPython's `list_resize`): a size past
                        // memory fails before any copy, and an empty list is never looped
                        // over `n` times.
                        let total = items.len().checked_mul(n as usize).ok_or(PyErr::NoMemory)?;
                        l.items
                            .borrow_mut()
                            .reserve(self.heap.allocator(), total - items.len())?;
                        for _ in 1..n {
                            l.items
                                .borrow_mut()
                                .extend(self.heap.allocator(), items.iter().cloned())?;
                        }
                    }
                }
                return Ok(a);
            }
            (_, Tag::Instance | Tag::Native) => {
                let iname = self.names.binary[op as usize][2].clone();
                let ta = self.type_of(&a);
                if let Some(f) = self.lookup_op_method(&ta, &iname) {
                    let r = self.call_method_with(&f, &a, std::slice::from_ref(b))?;
                    if !r.ptr_eq(&self.s.not_implemented) {
                        return Ok(r);
                    }
                }
                // A subclass of a mutable builtin inherits its in-place operators: they
                // change the builtin value and the result is the instance itself.
                if let Some(base) = self.base_value(&a)
                    && inherits_inplace(op, tag_of(&base))
                {
                    let r = self.inplace_op(op, base.clone(), b)?;
                    return Ok(if r.ptr_eq(&base) { a } else { r });
                }
            }
            _ => {
                if let Some(r) = self.builtin_inplace(op, &a, b)? {
                    return Ok(r);
                }
            }
        }
        match self.binary_op(op, &a, b) {
            Err(e) => {
                // CPython names the augmented operator in the message.
                let te = self.exc.type_error.clone();
                if self.err_matches(&e, &te) {
                    let eo = self.exc_object(e);
                    let msg = self.exception_str(&eo).unwrap_or_default();
                    let sym = op.symbol();
                    if let Some(rest) =
                        msg.strip_prefix(&format!("unsupported operand type(s) for {sym}:"))
                    {
                        return Err(self
                            .type_error(format!("unsupported operand type(s) for {sym}=:{rest}")));
                    }
                    if op == BinOpCode::Pow
                        && let Some(rest) =
                            msg.strip_prefix("unsupported operand type(s) for ** or pow():")
                    {
                        return Err(
                            self.type_error(format!("unsupported operand type(s) for **=:{rest}"))
                        );
                    }
                    return Err(PyErr::Exc(eo));
                }
                Err(e)
            }
            r => r,
        }
    }

    /// `-a`, `+a`, `~a`.
    pub fn unary_op(&mut self, op: UnaryOpCode, a: &Obj) -> PyResult {
        if let Some(n) = as_num(a) {
            return match (op, n) {
                (UnaryOpCode::Neg, Num::Int(i)) => match i.checked_neg() {
                    Some(v) => self.new_int(v),
                    None => self.new_bigint(-BigInt::from(i)),
                },
                (UnaryOpCode::Neg, Num::Big(b)) => self.new_bigint(-b),
                (UnaryOpCode::Neg, Num::Float(f)) => self.new_float(-f),
                (UnaryOpCode::Pos, Num::Float(f)) => self.new_float(f),
                (UnaryOpCode::Pos, Num::Int(i)) => self.new_int(i),
                (UnaryOpCode::Pos, Num::Big(b)) => self.new_bigint(b),
                (UnaryOpCode::Invert, Num::Int(i)) => self.new_int(!i),
                (UnaryOpCode::Invert, Num::Big(b)) => self.new_bigint(-b - 1),
                (UnaryOpCode::Not, _) => {
                    let t = self.truthy(a)?;
                    Ok(self.new_bool(!t))
                }
                (UnaryOpCode::Invert, Num::Float(_)) => {
                    Err(self.type_error("bad operand type for unary ~: 'float'"))
                }
            };
        }
        if let Some(z) = super::complex::as_complex(a) {
            return self.complex_unary(op, a, z);
        }
        let name = match op {
            UnaryOpCode::Neg => "__neg__",
            UnaryOpCode::Pos => "__pos__",
            UnaryOpCode::Invert => "__invert__",
            UnaryOpCode::Not => {
                let t = self.truthy(a)?;
                return Ok(self.new_bool(!t));
            }
        };
        if matches!(tag_of(a), Tag::Instance) {
            let ta = self.type_of(a);
            if let Some(f) = self.lookup_user_method(&ta, name) {
                return self.call_method_with(&f, a, &[]);
            }
            if let Some(base) = self.base_value(a) {
                return self.unary_op(op, &base);
            }
        }
        let sym = match op {
            UnaryOpCode::Neg => "-",
            UnaryOpCode::Pos => "+",
            _ => "~",
        };
        let tn = self.type_name(a);
        Err(self.type_error(format!("bad operand type for unary {sym}: '{tn}'")))
    }

    /// `divmod(a, b)`.
    pub fn divmod(&mut self, a: &Obj, b: &Obj) -> PyResult {
        if let (Some(_), Some(_)) = (as_num(a), as_num(b)) {
            let q = self
                .binary_op(BinOpCode::FloorDiv, a, b)
                .map_err(|e| self.fix_divmod_err(e))?;
            let r = self
                .binary_op(BinOpCode::Mod, a, b)
                .map_err(|e| self.fix_divmod_err(e))?;
            return self.new_tuple(vec![q, r]);
        }
        let ta = self.type_of(a);
        if let Some(f) = self.lookup_user_method(&ta, "__divmod__") {
            let r = self.call_method_with(&f, a, std::slice::from_ref(b))?;
            if !r.ptr_eq(&self.s.not_implemented) {
                return Ok(r);
            }
        }
        let tb = self.type_of(b);
        if let Some(f) = self.lookup_user_method(&tb, "__rdivmod__") {
            let r = self.call_method_with(&f, b, std::slice::from_ref(a))?;
            if !r.ptr_eq(&self.s.not_implemented) {
                return Ok(r);
            }
        }
        let (na, nb) = (self.type_name(a), self.type_name(b));
        Err(self.type_error(format!(
            "unsupported operand type(s) for divmod(): '{na}' and '{nb}'"
        )))
    }

    fn fix_divmod_err(&mut self, e: PyErr) -> PyErr {
        let zd = self.exc.zero_division_error.clone();
        if self.err_matches(&e, &zd) {
            let eo = self.exc_object(e);
            let msg = self.exception_str(&eo).unwrap_or_default();
            if msg == "integer modulo by zero" {
                return self.zero_division_error("integer division or modulo by zero");
            }
            if msg == "float floor division by zero" || msg == "float modulo" {
                return self.zero_division_error("float divmod()");
            }
            return PyErr::Exc(eo);
        }
        e
    }
}

/// The in-place operators mutable builtins define (`list.__iadd__`, `dict.__ior__`, ...).
fn inherits_inplace(op: BinOpCode, base: Tag) -> bool {
    use BinOpCode::{Add, And, Mul, Or, Sub, Xor};
    match base {
        Tag::List | Tag::ByteArray | Tag::Deque => matches!(op, Add | Mul),
        Tag::Dict => op == Or,
        Tag::Set => matches!(op, Or | And | Sub | Xor),
        _ => false,
    }
}
