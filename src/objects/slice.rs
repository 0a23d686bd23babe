//! slice objects, and the index arithmetic of `seq[start:stop:step]`.

use super::{Tag, visit_opt};
use crate::declare_payload;
use crate::heap::{Behaviour, NoTail, Obj};

pub struct SliceObj {
    pub start: Option<Obj>,
    pub stop: Option<Obj>,
    pub step: Option<Obj>,
}
declare_payload!(SliceObj, "slice", Tag::Slice, gc);
impl Behaviour for SliceObj {
    fn traverse(&self, _: &[NoTail], visit: &mut dyn FnMut(&Obj)) {
        visit_opt(&self.start, visit);
        visit_opt(&self.stop, visit);
        visit_opt(&self.step, visit);
    }
}

/// Clamps slice bounds for a sequence of length `len` (CPython's `PySlice_AdjustIndices`)
/// and returns `(start, stop, step, slicelength)`.
pub fn adjust_indices(
    start: Option<i64>,
    stop: Option<i64>,
    step: i64,
    len: i64,
) -> (i64, i64, i64, i64) {
    let (lo_default, hi_default) = if step < 0 { (len - 1, -1) } else { (0, len) };
    let clamp = |v: Option<i64>, default: i64| -> i64 {
        match v {
            None => default,
            Some(mut v) => {
                if v < 0 {
                    v += len;
                    if v < 0 {
                        v = if step < 0 { -1 } else { 0 };
                    }
                } else if v >= len {
                    v = if step < 0 { len - 1 } else { len };
                }
                v
            }
        }
    };
    let start = clamp(start, lo_default);
    let stop = clamp(stop, hi_default);
    let n = if step < 0 {
        if stop < start {
            (start - stop - 1) / (-step) + 1
        } else {
            0
        }
    } else if start < stop {
        (stop - start - 1) / step + 1
    } else {
        0
    };
    (start, stop, step, n)
}

/// `slice.indices(length)`.
fn slice_indices_m(vm: &mut crate::vm::Vm, args: crate::vm::Args) -> crate::vm::PyResult {
    args.check_method(vm, "slice.indices", 1, 1)?;
    let s = args.pos[0].clone();
    if !s.is::<SliceObj>() {
        return Err(vm.type_error("descriptor 'indices' requires a 'slice' object"));
    }
    let len = vm.to_index(&args.pos[1])?;
    if len < 0 {
        return Err(vm.value_error("length should not be negative"));
    }
    let (start, stop, step, _) = vm.slice_indices(&s, len)?;
    let items = vec![vm.new_int(start)?, vm.new_int(stop)?, vm.new_int(step)?];
    vm.new_tuple(items)
}

pub const METHODS: &[(&str, crate::objects::NativeFn)] = &[("indices", slice_indices_m)];
