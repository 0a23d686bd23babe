//! The general (big-integer) paths of range objects: construction from any ints,
//! indexing and slicing, membership, equality, hashing, repr and iteration. Ranges whose
//! bounds fit in machine words take the fast paths elsewhere; these handle the rest.

use crate::text::text_buf::TextBuf;
use std::fmt::Write;

use num_bigint::BigInt;
use num_traits::{Signed, ToPrimitive, Zero};

use crate::heap::Obj;
use crate::objects::iter::{SeqIterObj, SeqIterState};
use crate::objects::range::position_of;
use crate::objects::{RangeObj, SliceObj, Tag, tag_of};

use super::{PyResult, Vm};

fn is_intlike(o: &Obj) -> bool {
    matches!(tag_of(o), Tag::Int | Tag::BigInt | Tag::Bool)
}

impl Vm {
    /// An int argument of `range()`, through `__index__` for other objects.
    fn range_arg(&mut self, a: &Obj) -> PyResult<BigInt> {
        if let Some(v) = self.to_bigint(a) {
            return Ok(v);
        }
        if tag_of(a) == Tag::Instance
            && let Some(r) = self.call_special(a, "__index__", vec![])?
        {
            return match self.to_bigint(&r) {
                Some(v) => Ok(v),
                None => {
                    let n = self.type_name(&r);
                    Err(self.type_error(format!("__index__ returned non-int (type {n})")))
                }
            };
        }
        let t = self.type_name(a);
        Err(self.type_error(format!("'{t}' object cannot be interpreted as an integer")))
    }

    /// `range(stop)`, `range(start, stop[, step])` from already counted arguments.
    pub(crate) fn new_range_from_args(&mut self, args: &[Obj]) -> PyResult {
        let mut vals = Vec::with_capacity(3);
        for a in args {
            vals.push(self.range_arg(a)?);
        }
        let (start, stop, step) = match vals.len() {
            1 => (BigInt::zero(), vals[0].clone(), BigInt::from(1)),
            2 => (vals[0].clone(), vals[1].clone(), BigInt::from(1)),
            _ => (vals[0].clone(), vals[1].clone(), vals[2].clone()),
        };
        if step.is_zero() {
            return Err(self.value_error("range() arg 3 must not be zero"));
        }
        Ok(self.heap.alloc(RangeObj::from_bigints(start, stop, step))?)
    }

    /// `len(r)` for any range.
    pub(crate) fn range_len(&mut self, r: &RangeObj) -> PyResult<usize> {
        if r.big.is_none() {
            return Ok(r.len() as usize);
        }
        let (_, _, _, len) = r.bounds();
        match len.to_usize().filter(|n| *n <= isize::MAX as usize) {
            Some(n) => Ok(n),
            None => Err(self.overflow_error("Python int too large to convert to C ssize_t")),
        }
    }

    /// `r[key]` when the range or the index is big, or the key is a slice.
    pub(crate) fn range_getitem_general(&mut self, o: &Obj, key: &Obj) -> PyResult {
        let Some(r) = o.downcast::<RangeObj>() else {
            return Err(self.bad_payload());
        };
        let (start, _, step, len) = r.bounds();
        if key.is::<SliceObj>() {
            return self.range_slice(&start, &step, &len, key);
        }
        let i = if is_intlike(key) {
            self.to_bigint(key).unwrap_or_default()
        } else {
            match self.index_value(key) {
                Some(Ok(i)) => BigInt::from(i),
                Some(Err(e)) => return Err(e),
                None => {
                    let n = self.type_name(key);
                    return Err(self
                        .type_error(format!("range indices must be integers or slices, not {n}")));
                }
            }
        };
        let i = if i.is_negative() { i + &len } else { i };
        if i.is_negative() || i >= len {
            return Err(self.index_error("range object index out of range"));
        }
        self.new_bigint(start + i * step)
    }

    /// A slice of a range is a range (CPython's `compute_slice`).
    fn range_slice(&mut self, start: &BigInt, step: &BigInt, len: &BigInt, key: &Obj) -> PyResult {
        let Some(sl) = key.downcast::<SliceObj>() else {
            return Err(self.bad_payload());
        };
        let part = |vm: &mut Vm, p: &Option<Obj>| -> PyResult<Option<BigInt>> {
            match p {
                None => Ok(None),
                Some(v) if v.ptr_eq(&vm.s.none) => Ok(None),
                Some(v) => match vm.to_bigint(v) {
                    Some(b) => Ok(Some(b)),
                    None => match vm.index_value(v) {
                        Some(r) => r.map(|i| Some(BigInt::from(i))),
                        None => Err(vm.type_error(
                            "slice indices must be integers or None or have an __index__ method",
                        )),
                    },
                },
            }
        };
        let (a, b, c) = (sl.start.clone(), sl.stop.clone(), sl.step.clone());
        let sstep = part(self, &c)?.unwrap_or_else(|| BigInt::from(1));
        if sstep.is_zero() {
            return Err(self.value_error("slice step cannot be zero"));
        }
        let neg = sstep.is_negative();
        let (lower, upper) = if neg {
            (BigInt::from(-1), len - 1u32)
        } else {
            (BigInt::zero(), len.clone())
        };
        let clamp = |v: Option<BigInt>, default: &BigInt| -> BigInt {
            match v {
                None => default.clone(),
                Some(v) => {
                    let v = if v.is_negative() { v + len } else { v };
                    if v < lower {
                        lower.clone()
                    } else if v > upper {
                        upper.clone()
                    } else {
                        v
                    }
                }
            }
        };
        let sstart = clamp(part(self, &a)?, if neg { &upper } else { &lower });
        let sstop = clamp(part(self, &b)?, if neg { &lower } else { &upper });
        let new_start = start + &sstart * step;
        let new_stop = start + &sstop * step;
        let new_step = step * &sstep;
        Ok(self
            .heap
            .alloc(RangeObj::from_bigints(new_start, new_stop, new_step))?)
    }

    /// `v in r` for an int `v` and any range.
    pub(crate) fn range_contains_int(&mut self, r: &RangeObj, v: &Obj) -> bool {
        let x = self.to_bigint(v).unwrap_or_default();
        position_of(r, &x).is_some()
    }

    /// Range equality: the same sequence of values.
    pub(crate) fn range_eq(&self, x: &RangeObj, y: &RangeObj) -> bool {
        let (s1, _, st1, l1) = x.bounds();
        let (s2, _, st2, l2) = y.bounds();
        l1 == l2 && (l1.is_zero() || (s1 == s2 && (l1 == BigInt::from(1) || st1 == st2)))
    }

    /// CPython's range hash: that of `(len, start, step)`, with the parts that do not
    /// matter for short ranges replaced by None.
    pub(crate) fn range_hash(&mut self, r: &RangeObj) -> PyResult<i64> {
        let (start, _, step, len) = r.bounds();
        let none = self.none();
        let l = self.new_bigint(len.clone())?;
        let parts = if len.is_zero() {
            vec![l, none.clone(), none]
        } else if len == BigInt::from(1) {
            vec![l, self.new_bigint(start)?, none]
        } else {
            vec![l, self.new_bigint(start)?, self.new_bigint(step)?]
        };
        let t = self.new_tuple(parts)?;
        self.hash(&t)
    }

    /// `repr(r)`.
    pub(crate) fn write_range_repr(&self, r: &RangeObj, out: &mut TextBuf) {
        let (start, stop, step, _) = r.bounds();
        if step == BigInt::from(1) {
            let _ = write!(out, "range({start}, {stop})");
        } else {
            let _ = write!(out, "range({start}, {stop}, {step})");
        }
    }

    /// `r.start`, `r.stop`, `r.step`.
    pub(crate) fn range_attr(&mut self, r: &RangeObj, name: &str) -> PyResult<Option<Obj>> {
        let (start, stop, step, _) = r.bounds();
        let v = match name {
            "start" => start,
            "stop" => stop,
            "step" => step,
            _ => return Ok(None),
        };
        self.new_bigint(v).map(Some)
    }

    /// Refuses to collect an iterator whose length hint does not fit a Py_ssize_t
    /// (`list(range(2**70))`): CPython's length hint raises OverflowError before any
    /// item is taken.
    pub(crate) fn check_length_hint_fits(&mut self, it: &Obj) -> PyResult<()> {
        if let Some(n) = crate::objects::iter::long_range_remaining(it)
            && n > BigInt::from(i64::MAX)
        {
            return Err(self.overflow_error("Python int too large to convert to C ssize_t"));
        }
        Ok(())
    }

    /// Iterator over a big range: item by item through indexing.
    pub(crate) fn big_range_iter(&mut self, o: &Obj) -> PyResult {
        Ok(self.heap.alloc(SeqIterObj(SeqIterState::with_variant(
            o.clone(),
            crate::objects::iter::IterVariant::LongRange,
        )))?)
    }

    /// `reversed(r)` for any range.
    pub(crate) fn range_reversed(&mut self, r: &RangeObj) -> PyResult {
        let (start, _, step, len) = r.bounds();
        let last = &start + (&len - 1u32) * &step;
        let rr = self
            .heap
            .alloc(RangeObj::from_bigints(last, start - &step, -step))?;
        self.get_iter(&rr)
    }
}
