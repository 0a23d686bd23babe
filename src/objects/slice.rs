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
