//! float: an IEEE double.

use super::Tag;
use crate::declare_payload;
use crate::heap::Behaviour;

#[derive(Clone, Copy)]
pub struct FloatObj(pub f64);
declare_payload!(FloatObj, "float", Tag::Float, nogc);
impl Behaviour for FloatObj {}
