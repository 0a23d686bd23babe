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
