//! range objects (bounds within i64).

use super::Tag;
use crate::declare_payload;
use crate::heap::Behaviour;

pub struct RangeObj {
    pub start: i64,
    pub stop: i64,
    pub step: i64,
    pub len: i64,
}
declare_payload!(RangeObj, "range", Tag::Range, nogc);
impl Behaviour for RangeObj {}

impl RangeObj {
    /// `step` must be non-zero.
    pub fn new(start: i64, stop: i64, step: i64) -> RangeObj {
        let len = if step > 0 && start < stop {
            ((stop as i128 - start as i128 - 1) / step as i128 + 1) as i64
        } else if step < 0 && start > stop {
            ((start as i128 - stop as i128 - 1) / (-(step as i128)) + 1) as i64
        } else {
            0
        };
        RangeObj {
            start,
            stop,
            step,
            len,
        }
    }

    /// The i-th element (0 <= i < len).
    pub fn item(&self, i: i64) -> i64 {
        self.start.wrapping_add(i.wrapping_mul(self.step))
    }
}

fn this_range(vm: &mut crate::vm::Vm, args: &crate::vm::Args, name: &str) -> crate::vm::PyResult<(i64, i64, i64)> {
    match args.pos.first().and_then(|o| o.downcast::<RangeObj>()) {
        Some(r) => Ok((r.start, r.step, r.len)),
        None => Err(vm.type_error(format!("descriptor '{name}' requires a 'range' object"))),
    }
}

/// Position of `v` in the range when it is an int member.
fn int_position(start: i64, step: i64, len: i64, v: i64) -> Option<i64> {
    let off = (v as i128) - (start as i128);
    if off % (step as i128) != 0 {
        return None;
    }
    let i = off / (step as i128);
    (0..len as i128).contains(&i).then_some(i as i64)
}

fn range_index(vm: &mut crate::vm::Vm, args: crate::vm::Args) -> crate::vm::PyResult {
    args.check_method(vm, "range.index", 1, 1)?;
    let (start, step, len) = this_range(vm, &args, "index")?;
    let v = args.pos[1].clone();
    let int_like = matches!(super::tag_of(&v), Tag::Int | Tag::Bool);
    if let Some(x) = crate::objects::IntObj::value(&v).filter(|_| int_like) {
        if let Some(i) = int_position(start, step, len, x) {
            return vm.new_int(i);
        }
    } else if !matches!(super::tag_of(&v), Tag::BigInt) {
        for i in 0..len {
            let item = vm.new_int(start + i * step)?;
            if vm.eq(&item, &v)? {
                return vm.new_int(i);
            }
        }
    }
    let r = vm.repr_string(&v)?;
    Err(vm.value_error(format!("{r} is not in range")))
}

fn range_count(vm: &mut crate::vm::Vm, args: crate::vm::Args) -> crate::vm::PyResult {
    args.check_method(vm, "range.count", 1, 1)?;
    let (start, step, len) = this_range(vm, &args, "count")?;
    let v = args.pos[1].clone();
    let int_like = matches!(super::tag_of(&v), Tag::Int | Tag::Bool);
    if let Some(x) = crate::objects::IntObj::value(&v).filter(|_| int_like) {
        let n = i64::from(int_position(start, step, len, x).is_some());
        return vm.new_int(n);
    }
    let mut n = 0;
    for i in 0..len {
        let item = vm.new_int(start + i * step)?;
        if vm.eq(&item, &v)? {
            n += 1;
        }
    }
    vm.new_int(n)
}

pub const METHODS: &[(&str, crate::objects::NativeFn)] =
    &[("index", range_index), ("count", range_count)];
