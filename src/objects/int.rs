//! int: a machine-word object for values that fit in i64, and a big-int object (via
//! num-bigint) for the rest. Both are Python `int`; results are always normalised so
//! that a value fitting in i64 is an `IntObj`.

use num_bigint::BigInt;

use super::Tag;
use crate::declare_payload;
use crate::heap::Behaviour;

#[derive(Clone, Copy)]
pub struct IntObj(pub i64);
declare_payload!(IntObj, "int", Tag::Int, nogc);
impl Behaviour for IntObj {}

/// An int outside the i64 range.
pub struct BigIntObj(pub BigInt);
declare_payload!(BigIntObj, "int", Tag::BigInt, nogc);
impl Behaviour for BigIntObj {
    /// The digits live in the arithmetic crate's own vector; they are counted with the
    /// object (8 bytes per 64-bit digit), as CPython counts its 30-bit digits.
    const HAS_EXTERNAL: bool = true;
    fn external_bytes(&self) -> usize {
        self.0.magnitude().iter_u64_digits().len() * 8
    }
}

impl IntObj {
    /// The value of a machine-word int object (not bool, not big).
    #[inline(always)]
    pub fn value(o: &crate::heap::Obj) -> Option<i64> {
        o.downcast::<IntObj>().map(|i| i.0)
    }
}
