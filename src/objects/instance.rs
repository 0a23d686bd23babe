//! Instances of user-defined classes. Attributes live inside the instance (as in CPython
//! 3.11); a real dict object is made only when `__dict__` is asked for, and from then on
//! the instance uses that dict.

use super::Tag;
use super::class::TypeObj;
use crate::declare_payload;
use crate::heap::{AllocError, Allocator, AttrValues, Behaviour, Obj, ObjCell, OptObjCell};

/// An instance namespace, in one of two modes (as CPython 3.11's managed dicts):
/// - values: `values[i]` is the attribute named by position `i` of the class's shared
///   key list ([`TypeObj::key_index`]), unset positions empty. Set positions were
///   stored in increasing order, so position order is insertion order (the order
///   `__dict__` and `vars()` show), and a lookup cached for the class needs no name
///   comparison.
/// - dict: once `__dict__` was asked for, or an attribute could not keep that order
///   (stored after a later one was, deleted and stored again, past the key limit),
///   a real dict object holds the namespace and `values` stays empty.
#[derive(Default)]
pub struct Attrs {
    values: AttrValues,
    dict: OptObjCell,
}

impl Attrs {
    pub fn traverse(&self, visit: &mut dyn FnMut(&Obj)) {
        for i in 0..self.values.len() {
            super::visit_opt(&self.values.get(i), visit);
        }
        super::visit_opt(&self.dict.get(), visit);
    }

    /// Drops every attribute (the collector's clear).
    pub fn clear(&self) {
        drop(self.values.take());
        drop(self.dict.replace(None));
    }

    /// The dict object, once the namespace is one.
    #[inline(always)]
    pub fn dict(&self) -> Option<Obj> {
        self.dict.get()
    }

    /// True while the namespace is in values mode (no dict object).
    #[inline(always)]
    pub fn has_values(&self) -> bool {
        !self.dict.is_some()
    }

    /// True when the values row is empty (a new instance, or dict mode).
    #[inline(always)]
    pub fn has_no_values(&self) -> bool {
        self.values.is_empty()
    }

    /// The value at key position `index` (values mode; nothing in dict mode, where the
    /// row is empty).
    #[inline(always)]
    pub fn value(&self, index: usize) -> Option<Obj> {
        self.values.get(index)
    }

    /// True when the value at key position `index` is set.
    pub fn is_set(&self, index: usize) -> bool {
        self.values.is_set(index)
    }

    /// Stores at key position `index` in values mode when that keeps insertion order:
    /// the position is set already, or no later one is. Gives the value back otherwise
    /// (the caller moves the namespace to a dict). The old value is returned for the
    /// caller to drop.
    #[inline]
    pub fn store(
        &self,
        alloc: &Allocator,
        index: usize,
        value: Obj,
    ) -> Result<Result<Option<Obj>, AllocError>, Obj> {
        // Replacing a set value: the common case, and order is unchanged.
        let value = match self.values.replace_set(index, value) {
            Ok(old) => return Ok(Ok(Some(old))),
            Err(value) => value,
        };
        if !self.has_values() || (!self.values.is_set(index) && self.values.any_set_after(index)) {
            return Err(value);
        }
        Ok(self.values.store(alloc, index, value))
    }

    /// Makes room for `total` values at once (the class's usual attribute count).
    pub fn reserve(&self, alloc: &Allocator, total: usize) -> Result<(), AllocError> {
        if self.values.is_empty() && total > 0 {
            self.values.reserve_total(alloc, total)?;
        }
        Ok(())
    }

    /// Unsets key position `index`, returning its value.
    pub fn remove(&self, index: usize) -> Option<Obj> {
        self.values.replace(index, None).ok().flatten()
    }

    /// The (name, value) pairs of values mode, in insertion order (empty in dict mode).
    pub fn items(&self, class: &TypeObj) -> Vec<(Obj, Obj)> {
        let keys = class.instance_keys.borrow();
        (0..self.values.len())
            .filter_map(|i| Some((keys.get(i)?.clone(), self.values.get(i)?)))
            .collect()
    }

    /// Makes `dict` the namespace. Returns the values and the dict it replaces, for the
    /// caller to drop outside any borrow.
    #[must_use]
    pub fn install_dict(&self, dict: Obj) -> (AttrValues, Option<Obj>) {
        let values = self.values.take();
        (values, self.dict.replace(Some(dict)))
    }

    /// Bytes of attribute storage owned by the instance (for `sys.getsizeof`).
    pub fn storage_bytes(&self) -> usize {
        self.values.storage_bytes()
    }
}

pub struct InstanceObj {
    pub class: ObjCell,
    pub attrs: Attrs,
}
// The tail holds the values of the class's `__slots__` (its member descriptors index
// it), as many as the class's `nslots`, None for a slot not set; then, for subclasses of
// builtin types (list, dict, int, ...), the builtin value the instance extends.
declare_payload!(InstanceObj, "object", Tag::Instance, gc, tail = OptObjCell);
impl Behaviour for InstanceObj {
    #[inline]
    fn tail_len(&self) -> usize {
        // The class decides the layout; `__class__` assignment keeps it.
        self.class
            .get()
            .downcast::<TypeObj>()
            .map_or(0, TypeObj::instance_tail_len)
    }
    /// CPython's subtype_traverse order: the `__slots__` values, the attributes, then
    /// the class.
    fn traverse(&self, slots: &[OptObjCell], visit: &mut dyn FnMut(&Obj)) {
        for s in slots {
            super::visit_opt(&s.get(), visit);
        }
        self.attrs.traverse(visit);
        visit(&self.class.get());
    }
    fn clear(&self) {
        self.attrs.clear();
    }
    fn clear_tail(&self, slots: &[OptObjCell]) {
        for s in slots {
            drop(s.take());
        }
    }
    fn needs_finalize(&self) -> bool {
        self.class
            .get()
            .downcast::<TypeObj>()
            .is_some_and(TypeObj::has_finalizer)
    }
}

impl InstanceObj {
    pub fn new(class: Obj) -> InstanceObj {
        InstanceObj {
            class: ObjCell::new(class),
            attrs: Attrs::default(),
        }
    }
}

/// An instance of `object` itself (`object()`, a common sentinel): no class pointer
/// (the class is always `object`), no namespace, not a container — the bare header,
/// 16 bytes as in CPython.
pub struct BareObject;
declare_payload!(BareObject, "object", Tag::Other, nogc);
impl Behaviour for BareObject {}
