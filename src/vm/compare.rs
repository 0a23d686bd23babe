//! Rich comparison and membership.

use std::cmp::Ordering;

use num_bigint::BigInt;
use num_traits::{FromPrimitive, ToPrimitive};

use crate::compile::bytecode::CmpOpCode;
use crate::heap::Obj;
use crate::objects::str::{as_str, as_text};
use crate::objects::tuple::as_tuple;
use crate::objects::{DictObj, ListObj, RangeObj, Tag, tag_of};

use super::ops::{Num, as_num};
use super::{PyResult, Vm};

/// Exact comparison of a big int with a float (None when the float is NaN).
fn cmp_int_float(i: &BigInt, f: f64) -> Option<Ordering> {
    if f.is_nan() {
        return None;
    }
    if f.is_infinite() {
        return Some(if f > 0.0 {
            Ordering::Less
        } else {
            Ordering::Greater
        });
    }
    let fl = f.floor();
    let fb = BigInt::from_f64(fl)?;
    match i.cmp(&fb) {
        Ordering::Equal => {
            if f > fl {
                Some(Ordering::Less)
            } else {
                Some(Ordering::Equal)
            }
        }
        o => Some(o),
    }
}

/// Compares two numbers; None for NaN comparisons.
pub fn cmp_num(a: &Num, b: &Num) -> Option<Ordering> {
    match (a, b) {
        (Num::Int(x), Num::Int(y)) => Some(x.cmp(y)),
        (Num::Float(x), Num::Float(y)) => x.partial_cmp(y),
        (Num::Int(x), Num::Float(y)) => {
            if x.unsigned_abs() < (1 << 53) {
                (*x as f64).partial_cmp(y)
            } else {
                cmp_int_float(&BigInt::from(*x), *y)
            }
        }
        (Num::Float(x), Num::Int(y)) => {
            if y.unsigned_abs() < (1 << 53) {
                x.partial_cmp(&(*y as f64))
            } else {
                cmp_int_float(&BigInt::from(*y), *x).map(Ordering::reverse)
            }
        }
        (Num::Big(x), Num::Float(y)) => cmp_int_float(x, *y),
        (Num::Float(x), Num::Big(y)) => cmp_int_float(y, *x).map(Ordering::reverse),
        (Num::Big(x), Num::Big(y)) => Some(x.cmp(y)),
        (Num::Big(x), Num::Int(y)) => Some(x.cmp(&BigInt::from(*y))),
        (Num::Int(x), Num::Big(y)) => Some(BigInt::from(*x).cmp(y)),
    }
}

fn ordering_satisfies(op: CmpOpCode, o: Option<Ordering>) -> bool {
    match o {
        None => op == CmpOpCode::Ne,
        Some(o) => match op {
            CmpOpCode::Lt => o == Ordering::Less,
            CmpOpCode::Le => o != Ordering::Greater,
            CmpOpCode::Eq => o == Ordering::Equal,
            CmpOpCode::Ne => o != Ordering::Equal,
            CmpOpCode::Gt => o == Ordering::Greater,
            CmpOpCode::Ge => o != Ordering::Less,
        },
    }
}

/// The recursion level of a rich comparison (CPython's `PyObject_RichCompare`).
const COMPARISON_LEVEL: &str = " in comparison";

impl Vm {
    /// `a op b` as a Python object (user methods may return anything).
    pub fn compare(&mut self, op: CmpOpCode, a: &Obj, b: &Obj) -> PyResult {
        if let Some(r) = Self::compare_scalars(op, a, b) {
            return Ok(self.new_bool(r));
        }
        // A rich comparison is a recursion level of its own in CPython (also each
        // comparison of items a container comparison makes).
        self.enter_native(COMPARISON_LEVEL)?;
        let r = match self.builtin_compare(op, a, b) {
            Ok(Some(r)) => Ok(self.new_bool(r)),
            Ok(None) => self.user_compare(op, a, b),
            Err(e) => Err(e),
        };
        self.leave_native();
        r
    }

    /// `a op b` for two numbers or two strs, which needs no Python code; None for
    /// other operands.
    pub fn compare_scalars(op: CmpOpCode, a: &Obj, b: &Obj) -> Option<bool> {
        if let (Some(x), Some(y)) = (as_num(a), as_num(b)) {
            return Some(ordering_satisfies(op, cmp_num(&x, &y)));
        }
        // Text bytes order as code points do, lone surrogates included.
        let (x, y) = (as_text(a)?, as_text(b)?);
        Some(ordering_satisfies(op, Some(x.cmp(y))))
    }

    /// `a op b` as a Rust bool.
    pub fn compare_bool(&mut self, op: CmpOpCode, a: &Obj, b: &Obj) -> PyResult<bool> {
        if let Some(r) = Self::compare_scalars(op, a, b) {
            return Ok(r);
        }
        self.enter_native(COMPARISON_LEVEL)?;
        let r = match self.builtin_compare(op, a, b) {
            Ok(Some(r)) => {
                self.leave_native();
                return Ok(r);
            }
            Ok(None) => self.user_compare(op, a, b),
            Err(e) => Err(e),
        };
        self.leave_native();
        self.truthy(&r?)
    }

    /// Equality as containers use it: identity implies equality.
    pub fn eq(&mut self, a: &Obj, b: &Obj) -> PyResult<bool> {
        if a.ptr_eq(b) {
            return Ok(true);
        }
        self.compare_bool(CmpOpCode::Eq, a, b)
    }

    /// Comparisons between builtin values; None when user methods must decide.
    fn builtin_compare(&mut self, op: CmpOpCode, a: &Obj, b: &Obj) -> PyResult<Option<bool>> {
        if let (Some(x), Some(y)) = (as_num(a), as_num(b)) {
            return Ok(Some(ordering_satisfies(op, cmp_num(&x, &y))));
        }
        let (ta, tb) = (tag_of(a), tag_of(b));
        if matches!(ta, Tag::Instance | Tag::Exception | Tag::Native)
            || matches!(tb, Tag::Instance | Tag::Exception | Tag::Native)
        {
            return Ok(None);
        }
        match (ta, tb) {
            (Tag::Str, Tag::Str) => {
                let (x, y) = (as_text(a).unwrap_or(b""), as_text(b).unwrap_or(b""));
                Ok(Some(ordering_satisfies(op, Some(x.cmp(y)))))
            }
            (Tag::List, Tag::List) => self.compare_lists(op, a, b).map(Some),
            (Tag::Tuple, Tag::Tuple) => {
                let xs = self.seq_items(a);
                let ys = self.seq_items(b);
                self.compare_sequences(op, &xs, &ys).map(Some)
            }
            (Tag::Dict, Tag::Dict) if matches!(op, CmpOpCode::Eq | CmpOpCode::Ne) => {
                let eq = self.dict_eq(a, b)?;
                Ok(Some(eq == (op == CmpOpCode::Eq)))
            }
            (Tag::Range, Tag::Range) if matches!(op, CmpOpCode::Eq | CmpOpCode::Ne) => {
                let (Some(x), Some(y)) = (a.downcast::<RangeObj>(), b.downcast::<RangeObj>())
                else {
                    return Ok(None);
                };
                let same = self.range_eq(x, y);
                Ok(Some(same == (op == CmpOpCode::Eq)))
            }
            // Bound methods are equal when they bind the same object (by identity) to
            // equal functions, as CPython's `meth_richcompare`.
            (Tag::BoundMethod, Tag::BoundMethod) | (Tag::BuiltinFunction, Tag::BuiltinFunction)
                if matches!(op, CmpOpCode::Eq | CmpOpCode::Ne) =>
            {
                let same = bound_methods_equal(a, b);
                Ok(Some(same == (op == CmpOpCode::Eq)))
            }
            _ => {
                if let Some(r) = self.builtin_compare_more(op, a, b)? {
                    return Ok(Some(r));
                }
                match op {
                    CmpOpCode::Eq => Ok(Some(a.ptr_eq(b))),
                    CmpOpCode::Ne => Ok(Some(!a.ptr_eq(b))),
                    _ => Err(self.compare_type_error(op, a, b)),
                }
            }
        }
    }

    fn seq_items(&self, o: &Obj) -> Vec<Obj> {
        if let Some(t) = as_tuple(o) {
            return t.to_vec();
        }
        o.downcast::<ListObj>()
            .map(|l| l.items.borrow().to_vec())
            .unwrap_or_default()
    }

    /// Lexicographic comparison of two lists, read afresh at each step as CPython's
    /// `list_richcompare` does: an `__eq__` may resize either list.
    fn compare_lists(&mut self, op: CmpOpCode, a: &Obj, b: &Obj) -> PyResult<bool> {
        let item = |o: &Obj, i: usize| {
            o.downcast::<ListObj>()
                .and_then(|l| l.items.borrow().get(i).cloned())
        };
        let len = |o: &Obj| {
            o.downcast::<ListObj>()
                .map_or(0, |l| l.items.borrow().len())
        };
        if matches!(op, CmpOpCode::Eq | CmpOpCode::Ne) && len(a) != len(b) {
            return Ok(op == CmpOpCode::Ne);
        }
        let mut i = 0;
        while let (Some(x), Some(y)) = (item(a, i), item(b, i)) {
            let r = self.eq(&x, &y);
            if !r? {
                break;
            }
            i += 1;
        }
        let (Some(x), Some(y)) = (item(a, i), item(b, i)) else {
            return Ok(ordering_satisfies(op, Some(len(a).cmp(&len(b)))));
        };
        match op {
            CmpOpCode::Eq => Ok(false),
            CmpOpCode::Ne => Ok(true),
            _ => self.compare_bool(op, &x, &y),
        }
    }

    /// Lexicographic comparison: first differing item decides, else the lengths.
    pub(crate) fn compare_sequences(
        &mut self,
        op: CmpOpCode,
        xs: &[Obj],
        ys: &[Obj],
    ) -> PyResult<bool> {
        if matches!(op, CmpOpCode::Eq | CmpOpCode::Ne) && xs.len() != ys.len() {
            return Ok(op == CmpOpCode::Ne);
        }
        for (x, y) in xs.iter().zip(ys.iter()) {
            let r = self.eq(x, y);
            if !r? {
                return match op {
                    CmpOpCode::Eq => Ok(false),
                    CmpOpCode::Ne => Ok(true),
                    _ => self.compare_bool(op, x, y),
                };
            }
        }
        Ok(ordering_satisfies(op, Some(xs.len().cmp(&ys.len()))))
    }

    fn dict_eq(&mut self, a: &Obj, b: &Obj) -> PyResult<bool> {
        let (Some(x), Some(y)) = (a.downcast::<DictObj>(), b.downcast::<DictObj>()) else {
            return Ok(false);
        };
        if x.table.borrow().len() != y.table.borrow().len() {
            return Ok(false);
        }
        let pairs: Vec<(Obj, Obj)> = x
            .table
            .borrow()
            .iter()
            .map(|e| (e.key.clone(), e.value.clone()))
            .collect();
        for (k, v) in pairs {
            match self.dict_lookup(b, &k)? {
                Some(w) => {
                    // Value comparisons nest like CPython's (a recursion level each).
                    let r = self.eq(&v, &w);
                    if !r? {
                        return Ok(false);
                    }
                }
                None => return Ok(false),
            }
        }
        Ok(true)
    }

    /// Comparison through `__lt__`/`__gt__`/... with the reflected fallback, then
    /// identity for ==/!=.
    fn user_compare(&mut self, op: CmpOpCode, a: &Obj, b: &Obj) -> PyResult {
        let ta = self.type_of(a);
        let tb = self.type_of(b);
        let reflected = op.swapped();
        let try_b_first = !ta.ptr_eq(&tb) && self.is_subclass(&tb, &ta);
        let fa = self
            .lookup_type_attr(&ta, op.dunder())
            .filter(|f| !self.is_object_slot(f));
        let fb = self
            .lookup_type_attr(&tb, reflected.dunder())
            .filter(|f| !self.is_object_slot(f));
        if try_b_first && let Some(fb) = &fb {
            let r = self.call_method_with(fb, b, std::slice::from_ref(a))?;
            if !r.ptr_eq(&self.s.not_implemented) {
                return Ok(r);
            }
        }
        if let Some(fa) = &fa {
            let r = self.call_method_with(fa, a, std::slice::from_ref(b))?;
            if !r.ptr_eq(&self.s.not_implemented) {
                return Ok(r);
            }
        }
        if !try_b_first && let Some(fb) = &fb {
            let r = self.call_method_with(fb, b, std::slice::from_ref(a))?;
            if !r.ptr_eq(&self.s.not_implemented) {
                return Ok(r);
            }
        }
        if op == CmpOpCode::Ne {
            // Default __ne__ inverts __eq__.
            let has_eq = self
                .lookup_type_attr(&ta, "__eq__")
                .is_some_and(|f| !self.is_object_slot(&f))
                || self
                    .lookup_type_attr(&tb, "__eq__")
                    .is_some_and(|f| !self.is_object_slot(&f));
            if has_eq {
                let r = self.user_compare(CmpOpCode::Eq, a, b)?;
                let t = self.truthy(&r)?;
                return Ok(self.new_bool(!t));
            }
        }
        // Subclasses of builtins compare by their builtin value.
        let a2 = self.base_value(a);
        let b2 = self.base_value(b);
        if a2.is_some() || b2.is_some() {
            let a2 = a2.unwrap_or_else(|| a.clone());
            let b2 = b2.unwrap_or_else(|| b.clone());
            return self.compare(op, &a2, &b2);
        }
        match op {
            CmpOpCode::Eq => Ok(self.new_bool(a.ptr_eq(b))),
            CmpOpCode::Ne => Ok(self.new_bool(!a.ptr_eq(b))),
            _ => Err(self.compare_type_error(op, a, b)),
        }
    }

    fn compare_type_error(&mut self, op: CmpOpCode, a: &Obj, b: &Obj) -> super::PyErr {
        let (na, nb) = (self.type_name(a), self.type_name(b));
        self.type_error(format!(
            "'{}' not supported between instances of '{na}' and '{nb}'",
            op.symbol()
        ))
    }

    /// `item in container`.
    pub fn contains(&mut self, container: &Obj, item: &Obj) -> PyResult<bool> {
        match tag_of(container) {
            Tag::Str => {
                if let (Some(hay), Some(needle)) = (as_str(container), as_str(item)) {
                    return Ok(hay.contains(needle));
                }
                let Some(needle) = as_text(item) else {
                    let n = self.type_name(item);
                    return Err(self.type_error(format!(
                        "'in <string>' requires string as left operand, not {n}"
                    )));
                };
                let hay = as_text(container).unwrap_or(b"");
                Ok(crate::text::wtf8::find(hay, needle).is_some())
            }
            Tag::Tuple => {
                // A tuple cannot change, and `container` keeps its items alive while
                // `__eq__` runs: compare them in place.
                for x in as_tuple(container).unwrap_or(&[]) {
                    if x.ptr_eq(item) || self.eq(x, item)? {
                        return Ok(true);
                    }
                }
                Ok(false)
            }
            Tag::List => {
                // Item by item with the current length: `__eq__` may change the list.
                let Some(l) = container.downcast::<ListObj>() else {
                    return Ok(false);
                };
                let mut i = 0;
                loop {
                    // (The borrow must end before `__eq__` runs.)
                    let x = l.items.borrow().get(i).cloned();
                    let Some(x) = x else { break };
                    if self.eq(&x, item)? {
                        return Ok(true);
                    }
                    i += 1;
                }
                Ok(false)
            }
            Tag::Dict | Tag::DictKeys => {
                let d = match container.downcast::<crate::objects::iter::DictKeysObj>() {
                    Some(v) => v.dict.clone(),
                    None => container.clone(),
                };
                Ok(self.dict_lookup(&d, item)?.is_some())
            }
            Tag::Range => {
                let Some(r) = container.downcast::<RangeObj>() else {
                    return Ok(false);
                };
                if matches!(tag_of(item), Tag::Int | Tag::BigInt | Tag::Bool)
                    && (r.big.is_some() || tag_of(item) == Tag::BigInt)
                {
                    return Ok(self.range_contains_int(r, item));
                }
                if let Some(Num::Int(v)) =
                    as_num(item).filter(|_| !matches!(tag_of(item), Tag::Float))
                {
                    if r.is_empty() {
                        return Ok(false);
                    }
                    let (lo, hi) = if r.step > 0 {
                        (r.start, r.item(r.len() - 1))
                    } else {
                        (r.item(r.len() - 1), r.start)
                    };
                    return Ok(v >= lo && v <= hi && (v - r.start) % r.step == 0);
                }
                let (start, step, len) = (r.start, r.step, r.len());
                for i in 0..len {
                    let v = self.new_int(start + i * step)?;
                    if self.eq(&v, item)? {
                        return Ok(true);
                    }
                }
                Ok(false)
            }
            Tag::Type if self.has_user_metaclass(container) => {
                let meta = self.type_of(container);
                if let Some(f) = self.lookup_user_method(&meta, "__contains__") {
                    let r = self.call_method_with(&f, container, std::slice::from_ref(item))?;
                    return self.truthy(&r);
                }
                self.contains_by_iteration(container, item)
            }
            Tag::Instance => {
                let cls = self.type_of(container);
                if let Some(f) = self.lookup_type_attr(&cls, "__contains__") {
                    let r = self.call_method_with(&f, container, std::slice::from_ref(item))?;
                    return self.truthy(&r);
                }
                if let Some(base) = self.base_value(container) {
                    return self.contains(&base, item);
                }
                self.contains_by_iteration(container, item)
            }
            _ => {
                if let Some(r) = self.builtin_contains(container, item)? {
                    return Ok(r);
                }
                self.contains_by_iteration(container, item)
            }
        }
    }

    fn contains_by_iteration(&mut self, container: &Obj, item: &Obj) -> PyResult<bool> {
        let it = match self.get_iter(container) {
            Ok(it) => it,
            Err(_) => {
                let n = self.type_name(container);
                return Err(self.type_error(format!("argument of type '{n}' is not iterable")));
            }
        };
        while let Some(x) = self.next(&it)? {
            if self.eq(&x, item)? {
                return Ok(true);
            }
        }
        Ok(false)
    }

    /// Total order used by `sorted`, `min` and `max`: `a < b`.
    pub fn less_than(&mut self, a: &Obj, b: &Obj) -> PyResult<bool> {
        if let (Some(x), Some(y)) = (as_num(a), as_num(b)) {
            return Ok(cmp_num(&x, &y) == Some(Ordering::Less));
        }
        self.compare_bool(CmpOpCode::Lt, a, b)
    }

    /// Converts an int-like object to i64 for fast paths (None if not an int).
    pub fn small_int_value(o: &Obj) -> Option<i64> {
        match as_num(o) {
            Some(Num::Int(i)) if !matches!(tag_of(o), Tag::Float) => Some(i),
            Some(Num::Big(b)) => b.to_i64(),
            _ => None,
        }
    }
}

/// Same receiver object and same function, for bound methods of Python functions and
/// for builtin methods bound to an object (`l.append == l.append`).
fn bound_methods_equal(a: &Obj, b: &Obj) -> bool {
    use crate::objects::function::{BoundMethodObj, BuiltinFunctionObj};
    if a.ptr_eq(b) {
        return true;
    }
    if let (Some(x), Some(y)) = (
        a.downcast::<BoundMethodObj>(),
        b.downcast::<BoundMethodObj>(),
    ) {
        return x.this.ptr_eq(&y.this) && x.func.ptr_eq(&y.func);
    }
    match (
        a.downcast::<BuiltinFunctionObj>(),
        b.downcast::<BuiltinFunctionObj>(),
    ) {
        (Some(x), Some(y)) => match (&x.bound, &y.bound) {
            (Some(sx), Some(sy)) => {
                sx.ptr_eq(sy) && x.name() == y.name() && std::ptr::fn_addr_eq(x.func, y.func)
            }
            _ => false,
        },
        _ => false,
    }
}
