//! range objects: machine-word bounds, or big-integer ones when needed.

use super::Tag;
use crate::declare_payload;
use crate::heap::Behaviour;

use num_bigint::BigInt;

/// A range; `big` holds the bounds when one of them (or the length) does not fit in
/// i64, and the i64 fields are then unused (an empty range). The length is computed
/// when asked, so that a range is 48 bytes, as in CPython.
pub struct RangeObj {
    pub start: i64,
    pub stop: i64,
    pub step: i64,
    pub big: Option<Box<BigRange>>,
}
const _: () = assert!(size_of::<RangeObj>() == 32);
declare_payload!(RangeObj, "range", Tag::Range, nogc);
impl Behaviour for RangeObj {}

/// Arbitrary-precision bounds of a range.
pub struct BigRange {
    pub start: BigInt,
    pub stop: BigInt,
    pub step: BigInt,
    pub len: BigInt,
}

impl RangeObj {
    /// `step` must be non-zero, and the length must fit in i64 (see `from_bigints`).
    pub fn new(start: i64, stop: i64, step: i64) -> RangeObj {
        RangeObj {
            start,
            stop,
            step,
            big: None,
        }
    }

    /// Any range (`step` non-zero): machine-word fields when everything fits.
    pub fn from_bigints(start: BigInt, stop: BigInt, step: BigInt) -> RangeObj {
        use num_traits::{Signed, ToPrimitive, Zero};
        if let (Some(a), Some(b), Some(c)) = (start.to_i64(), stop.to_i64(), step.to_i64())
            && i64::try_from(range_len_i128(a, b, c)).is_ok()
        {
            return RangeObj::new(a, b, c);
        }
        let len = if step.is_positive() && start < stop {
            (&stop - &start - 1u32) / &step + 1u32
        } else if step.is_negative() && start > stop {
            (&start - &stop - 1u32) / (-&step) + 1u32
        } else {
            BigInt::zero()
        };
        RangeObj {
            start: 0,
            stop: 0,
            step: 1,
            big: Some(Box::new(BigRange {
                start,
                stop,
                step,
                len,
            })),
        }
    }

    /// (start, stop, step, len) as big integers, whatever the representation.
    pub fn bounds(&self) -> (BigInt, BigInt, BigInt, BigInt) {
        match &self.big {
            Some(b) => (
                b.start.clone(),
                b.stop.clone(),
                b.step.clone(),
                b.len.clone(),
            ),
            None => (
                BigInt::from(self.start),
                BigInt::from(self.stop),
                BigInt::from(self.step),
                BigInt::from(self.len()),
            ),
        }
    }

    /// The length of a machine-word range (0 for a big one). It fits i64: `new` is
    /// only given bounds whose length does (`from_bigints` checks).
    #[inline]
    pub fn len(&self) -> i64 {
        i64::try_from(range_len_i128(self.start, self.stop, self.step)).unwrap_or(i64::MAX)
    }

    /// True for a machine-word range with no elements (a big range's length is in
    /// `big`, as for `len`).
    #[inline]
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// The i-th element (0 <= i < len) of a machine-word range.
    pub fn item(&self, i: i64) -> i64 {
        self.start.wrapping_add(i.wrapping_mul(self.step))
    }
}

fn range_len_i128(start: i64, stop: i64, step: i64) -> i128 {
    let (start, stop, step) = (start as i128, stop as i128, step as i128);
    if step > 0 && start < stop {
        (stop - start - 1) / step + 1
    } else if step < 0 && start > stop {
        (start - stop - 1) / (-step) + 1
    } else {
        0
    }
}

/// Position of the int `v` in the range, if it is a member.
pub fn position_of(r: &RangeObj, v: &BigInt) -> Option<BigInt> {
    use num_integer::Integer;
    use num_traits::{Signed, Zero};
    let (start, _, step, len) = r.bounds();
    let off = v - &start;
    let (q, rem) = off.div_mod_floor(&step);
    (rem.is_zero() && !q.is_negative() && q < len).then_some(q)
}

fn this_range(
    vm: &mut crate::vm::Vm,
    args: &crate::vm::Args,
    name: &str,
) -> crate::vm::PyResult<crate::heap::Obj> {
    match args.pos.first() {
        Some(o) if o.is::<RangeObj>() => Ok(o.clone()),
        Some(o) => Err(crate::vm::wrong_receiver(vm, name, "range", o)),
        None => Err(vm.type_error(format!("unbound method range.{name}() needs an argument"))),
    }
}

/// Positions of `v` in the range (ints by arithmetic, other values by equality).
fn positions(
    vm: &mut crate::vm::Vm,
    o: &crate::heap::Obj,
    v: &crate::heap::Obj,
    first_only: bool,
) -> crate::vm::PyResult<Vec<BigInt>> {
    let Some(r) = o.downcast::<RangeObj>() else {
        return Ok(Vec::new());
    };
    if matches!(super::tag_of(v), Tag::Int | Tag::BigInt | Tag::Bool) {
        let x = vm.to_bigint(v).unwrap_or_default();
        return Ok(position_of(r, &x).into_iter().collect());
    }
    let (start, _, step, len) = r.bounds();
    let mut out = Vec::new();
    let mut i = BigInt::from(0);
    while i < len {
        let item = vm.new_bigint(&start + &i * &step)?;
        if vm.eq(&item, v)? {
            out.push(i.clone());
            if first_only {
                break;
            }
        }
        i += 1;
    }
    Ok(out)
}

fn range_index(vm: &mut crate::vm::Vm, args: crate::vm::Args) -> crate::vm::PyResult {
    args.check_method(vm, "range.index", 1, 1)?;
    let r = this_range(vm, &args, "index")?;
    let v = args.pos[1].clone();
    match positions(vm, &r, &v, true)?.into_iter().next() {
        Some(i) => vm.new_bigint(i),
        None => {
            let s = vm.repr_string(&v)?;
            Err(vm.value_error(format!("{s} is not in range")))
        }
    }
}

fn range_count(vm: &mut crate::vm::Vm, args: crate::vm::Args) -> crate::vm::PyResult {
    args.check_method(vm, "range.count", 1, 1)?;
    let r = this_range(vm, &args, "count")?;
    let v = args.pos[1].clone();
    let n = positions(vm, &r, &v, false)?.len();
    vm.new_int(n as i64)
}

pub const METHODS: &[(&str, crate::objects::NativeFn)] =
    &[("index", range_index), ("count", range_count)];
