//! The singletons: None, NotImplemented, Ellipsis, True/False, and the VM's NULL marker.

use super::Tag;
use crate::declare_payload;
use crate::heap::Behaviour;

pub struct NoneObj;
declare_payload!(NoneObj, "NoneType", Tag::None, nogc);
impl Behaviour for NoneObj {}

pub struct NotImplementedObj;
declare_payload!(
    NotImplementedObj,
    "NotImplementedType",
    Tag::NotImplemented,
    nogc
);
impl Behaviour for NotImplementedObj {}

pub struct EllipsisObj;
declare_payload!(EllipsisObj, "ellipsis", Tag::Ellipsis, nogc);
impl Behaviour for EllipsisObj {}

/// The stack marker `LoadMethod` pushes when it found no unbound method.
pub struct NullObj;
declare_payload!(NullObj, "NULL", Tag::Null, nogc);
impl Behaviour for NullObj {}

pub struct BoolObj(pub bool);
declare_payload!(BoolObj, "bool", Tag::Bool, nogc);
impl Behaviour for BoolObj {}
