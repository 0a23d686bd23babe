//! complex: a pair of IEEE doubles (the behaviour lives in `vm/complex.rs`, the
//! arithmetic and text in `format/complex_ops.rs`).

use super::Tag;
use crate::declare_payload;
use crate::format::complex_ops::Complex;
use crate::heap::Behaviour;

pub struct ComplexObj(pub Complex);
declare_payload!(ComplexObj, "complex", Tag::Complex, nogc);
impl Behaviour for ComplexObj {}
