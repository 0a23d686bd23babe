//! Instances of user-defined classes. Attributes live inside the instance (as in CPython
//! 3.11); a real dict object is made only when `__dict__` is asked for, and from then on
//! the instance uses that dict.

use std::cell::RefCell;
use std::ops::Deref;

use super::Tag;
use super::class::TypeObj;
use super::dict::DictObj;
use super::dict_table::DictTable;
use super::str::as_str_obj;
use crate::declare_payload;
use crate::heap::{AllocError, Allocator, Behaviour, HeapBox, HeapVec, Obj, ObjCell, OptObjCell};

/// An instance namespace. Most objects have a handful of attributes: those live in a
/// small vector searched by name identity (interned names), growing into a hash table
/// past `SMALL_ATTRS`. Asking for `__dict__` turns the namespace into a real dict.
pub enum Attrs {
    /// Up to `SMALL_ATTRS` pairs, scanned in order. The flag is set once a name that is
    /// not interned was stored: until then a lookup by an interned name that matches no
    /// key by identity is a miss, with no text compared.
    Small(HeapVec<(Obj, Obj)>, bool),
    /// Boxed: a table is four times the size of the small vector, and rare.
    Table(HeapBox<DictTable>),
    Dict(Obj),
}

const SMALL_ATTRS: usize = 8;

impl Default for Attrs {
    fn default() -> Self {
        Attrs::Small(HeapVec::new(), false)
    }
}

/// Attribute names are nearly always interned strings, and there is one interned
/// object per text: two different interned objects never name the same attribute,
/// so the text is compared only when one of them is not interned.
#[inline]
fn same_name(a: &Obj, b: &Obj) -> bool {
    if a.ptr_eq(b) {
        return true;
    }
    match (as_str_obj(a), as_str_obj(b)) {
        (Some((sa, ta)), Some((sb, tb))) => !(sa.interned.get() && sb.interned.get()) && ta == tb,
        _ => false,
    }
}

fn is_interned(name: &Obj) -> bool {
    as_str_obj(name).is_some_and(|(so, _)| so.interned.get())
}

/// The index of `name` among the inline pairs: by identity first (interned names),
/// then by text when a name involved is not interned.
#[inline]
fn find_small(v: &[(Obj, Obj)], mixed: bool, name: &Obj) -> Option<usize> {
    if let Some(i) = v.iter().position(|(k, _)| k.ptr_eq(name)) {
        return Some(i);
    }
    if !mixed && is_interned(name) {
        return None;
    }
    v.iter().position(|(k, _)| same_name(k, name))
}

fn name_hash(name: &Obj) -> Option<i64> {
    as_str_obj(name).map(|(so, s)| so.hash(s))
}

impl Attrs {
    pub fn traverse(&self, visit: &mut dyn FnMut(&Obj)) {
        match self {
            Attrs::Small(v, _) => {
                for (k, val) in v.iter() {
                    visit(k);
                    visit(val);
                }
            }
            Attrs::Table(t) => {
                for e in t.iter() {
                    visit(&e.key);
                    visit(&e.value);
                }
            }
            Attrs::Dict(d) => visit(d),
        }
    }

    /// The (name, value) pairs held inline (empty once the namespace is a dict object).
    pub fn inline_items(&self) -> Vec<(Obj, Obj)> {
        match self {
            Attrs::Small(v, _) => v.iter().cloned().collect(),
            Attrs::Table(t) => t.iter().map(|e| (e.key.clone(), e.value.clone())).collect(),
            Attrs::Dict(_) => Vec::new(),
        }
    }

    /// The dict object, once `__dict__` was asked for.
    pub fn dict(&self) -> Option<&Obj> {
        match self {
            Attrs::Dict(d) => Some(d),
            _ => None,
        }
    }

    /// Looks up a str-keyed attribute.
    #[inline]
    pub fn get(&self, name: &Obj) -> Option<Obj> {
        match self {
            Attrs::Small(v, mixed) => find_small(v, *mixed, name).map(|i| v[i].1.clone()),
            Attrs::Table(t) => {
                let idx = t.lookup_pure(name_hash(name)?, name, same_name)?;
                t.entry(idx).map(|e| e.value.clone())
            }
            Attrs::Dict(d) => {
                let dd = d.downcast::<DictObj>()?;
                let t = dd.table.try_borrow().ok()?;
                let idx = t.lookup_pure(name_hash(name)?, name, same_name)?;
                t.entry(idx).map(|e| e.value.clone())
            }
        }
    }

    /// Sets an attribute, returning the value it replaced (to be dropped by the caller
    /// outside any borrow). Names must be str objects.
    pub fn set(
        &mut self,
        alloc: &Allocator,
        name: Obj,
        value: Obj,
    ) -> Result<Option<Obj>, AllocError> {
        match self {
            Attrs::Small(v, mixed) => {
                if let Some(i) = find_small(v, *mixed, &name) {
                    return Ok(Some(std::mem::replace(&mut v[i].1, value)));
                }
                if v.len() < SMALL_ATTRS {
                    *mixed |= !is_interned(&name);
                    v.push(alloc, (name, value))?;
                    return Ok(None);
                }
                let mut t = DictTable::new();
                for (k, val) in v.take().into_iter() {
                    let h = name_hash(&k).unwrap_or(0);
                    t.insert_new(alloc, h, k, val)?;
                }
                *self = Attrs::Table(HeapBox::new(alloc, t).map_err(|(e, _)| e)?);
                self.set(alloc, name, value)
            }
            Attrs::Table(t) => {
                let h = name_hash(&name).unwrap_or(0);
                match t.lookup_pure(h, &name, same_name) {
                    Some(idx) => Ok(t.replace_value(idx, value)),
                    None => t.insert_new(alloc, h, name, value).map(|_| None),
                }
            }
            Attrs::Dict(d) => {
                let Some(dd) = d.downcast::<DictObj>() else {
                    return Ok(None);
                };
                let Ok(mut t) = dd.table.try_borrow_mut() else {
                    return Err(AllocError);
                };
                let h = name_hash(&name).unwrap_or(0);
                match t.lookup_pure(h, &name, same_name) {
                    Some(idx) => Ok(t.replace_value(idx, value)),
                    None => t.insert_new(alloc, h, name, value).map(|_| None),
                }
            }
        }
    }

    /// Removes an attribute, returning its value (None when absent).
    pub fn remove(&mut self, name: &Obj) -> Option<Obj> {
        match self {
            Attrs::Small(v, mixed) => {
                let i = find_small(v, *mixed, name)?;
                v.remove(i).map(|(_, val)| val)
            }
            Attrs::Table(t) => {
                let idx = t.lookup_pure(name_hash(name)?, name, same_name)?;
                t.remove_at(idx).map(|e| e.value)
            }
            Attrs::Dict(d) => {
                let dd = d.downcast::<DictObj>()?;
                let mut t = dd.table.try_borrow_mut().ok()?;
                let idx = t.lookup_pure(name_hash(name)?, name, same_name)?;
                t.remove_at(idx).map(|e| e.value)
            }
        }
    }

    /// The attributes as a dict table (for materialising `__dict__`); leaves self empty.
    pub fn take_table(&mut self, alloc: &Allocator) -> Result<DictTable, AllocError> {
        match std::mem::take(self) {
            Attrs::Small(v, _) => {
                let mut t = DictTable::new();
                for (k, val) in v.into_iter() {
                    let h = name_hash(&k).unwrap_or(0);
                    t.insert_new(alloc, h, k, val)?;
                }
                Ok(t)
            }
            Attrs::Table(t) => Ok(t.into_inner()),
            Attrs::Dict(d) => {
                *self = Attrs::Dict(d);
                Ok(DictTable::new())
            }
        }
    }

    /// The value at position `idx` (inline pair or table entry) when the name there is
    /// `name` (the same interned object): the attribute caches' check that a remembered
    /// position is still right for this instance.
    #[inline]
    pub fn value_at(&self, idx: usize, name: &Obj) -> Option<&Obj> {
        match self {
            Attrs::Small(v, _) => v
                .get(idx)
                .filter(|(k, _)| k.ptr_eq(name))
                .map(|(_, val)| val),
            Attrs::Table(t) => t
                .entry(idx)
                .filter(|e| e.key.ptr_eq(name))
                .map(|e| &e.value),
            Attrs::Dict(_) => None,
        }
    }

    /// The position of an interned name held inline or in the table (not once the
    /// namespace is a dict object, which code may change behind the instance's back).
    pub fn inline_index(&self, name: &Obj) -> Option<usize> {
        match self {
            Attrs::Small(v, _) => v.iter().position(|(k, _)| k.ptr_eq(name)),
            Attrs::Table(t) => {
                let idx = t.lookup_pure(name_hash(name)?, name, same_name)?;
                t.entry(idx).filter(|e| e.key.ptr_eq(name)).map(|_| idx)
            }
            Attrs::Dict(_) => None,
        }
    }

    /// True when the namespace certainly does not hold the interned `name`; false when
    /// it does or when telling would need more than a table probe.
    #[inline]
    pub fn surely_lacks(&self, name: &Obj) -> bool {
        match self {
            Attrs::Small(v, false) => !v.iter().any(|(k, _)| k.ptr_eq(name)),
            Attrs::Small(_, true) => false,
            Attrs::Table(t) => {
                name_hash(name).is_some_and(|h| t.lookup_pure(h, name, same_name).is_none())
            }
            Attrs::Dict(_) => false,
        }
    }

    /// Replaces the value at position `idx` if the name there is `name`, returning the
    /// old value (to be dropped outside any borrow); gives the new value back when the
    /// position does not match.
    #[inline]
    pub fn replace_at(&mut self, idx: usize, name: &Obj, value: Obj) -> Result<Obj, Obj> {
        match self {
            Attrs::Small(v, _) => match v.get_mut(idx) {
                Some((k, val)) if k.ptr_eq(name) => Ok(std::mem::replace(val, value)),
                _ => Err(value),
            },
            Attrs::Table(t) => t.replace_value_if_key(idx, name, value),
            Attrs::Dict(_) => Err(value),
        }
    }

    /// Adds the interned `name` at inline position `idx` when that is the next free
    /// position and the name is not there yet (the attribute caches' fast path for
    /// `self.x = ...` in `__init__`); gives the value back otherwise.
    #[inline]
    pub fn append_at(
        &mut self,
        alloc: &Allocator,
        idx: usize,
        name: &Obj,
        value: Obj,
    ) -> Result<Result<(), AllocError>, Obj> {
        match self {
            Attrs::Small(v, false)
                if v.len() == idx
                    && idx < SMALL_ATTRS
                    && !v.iter().any(|(k, _)| k.ptr_eq(name)) =>
            {
                Ok(v.push(alloc, (name.clone(), value)))
            }
            _ => Err(value),
        }
    }

    /// Bytes of attribute storage owned by the instance (for `sys.getsizeof`).
    pub fn storage_bytes(&self) -> usize {
        match self {
            Attrs::Small(v, _) => v.storage_bytes(),
            Attrs::Table(t) => t.storage_bytes() + t.deref().storage_bytes(),
            Attrs::Dict(_) => 0,
        }
    }
}

pub struct InstanceObj {
    pub class: ObjCell,
    pub attrs: RefCell<Attrs>,
    /// For subclasses of builtin types (list, dict, int, ...): the builtin value the
    /// instance extends.
    pub base_value: OptObjCell,
}
// The tail holds the values of the class's `__slots__` (its member descriptors index
// it), as many as the class's `nslots`; None for a slot not set.
declare_payload!(InstanceObj, "object", Tag::Instance, gc, tail = OptObjCell);
impl Behaviour for InstanceObj {
    fn tail_len(&self) -> usize {
        // The class decides the layout; `__class__` assignment keeps `nslots`.
        self.class
            .get()
            .downcast::<TypeObj>()
            .map_or(0, |t| t.nslots)
    }
    fn traverse(&self, slots: &[OptObjCell], visit: &mut dyn FnMut(&Obj)) {
        visit(&self.class.get());
        if let Ok(a) = self.attrs.try_borrow() {
            a.traverse(visit);
        }
        super::visit_opt(&self.base_value.get(), visit);
        for s in slots {
            super::visit_opt(&s.get(), visit);
        }
    }
    fn clear(&self) {
        let old = self
            .attrs
            .try_borrow_mut()
            .map(|mut a| std::mem::take(&mut *a));
        drop(old);
        drop(self.base_value.take());
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
            attrs: RefCell::new(Attrs::default()),
            base_value: OptObjCell::default(),
        }
    }
}
