//! Attribute caches: where `o.name` was found last time, per name of a code object,
//! for the few classes most recently seen there (CPython's specialised `LOAD_ATTR`,
//! `STORE_ATTR` and `LOAD_METHOD`, with more than one entry where CPython gives up).
//!
//! An entry is valid for instances of one class while that class keeps the version tag
//! recorded in the entry: the tag is dropped (set to 0) when the namespace of the class
//! or of any class in its MRO changes, so a hit needs no MRO walk. What the entry points
//! at is checked again on use (the name at the remembered position must be the same
//! interned object), so a stale position is a miss, never a wrong answer.

use crate::compile::bytecode::{AttrCacheEntry, AttrCacheKind, CodeObject};
use crate::heap::Obj;
use crate::objects::class::slots;
use crate::objects::descr::PropertyObj;
use crate::objects::function::{BoundMethodObj, FunctionObj};
use crate::objects::str::as_str;
use crate::objects::tuple::as_tuple;
use crate::objects::{DictObj, InstanceObj, ModuleObj, Tag, TypeObj, tag_of};

use super::{PyResult, Vm};

/// Flags under which instance attribute access is not the plain
/// `object.__getattribute__` / `object.__setattr__`, so nothing is cached.
const UNCACHEABLE: u32 = slots::GETATTRIBUTE | slots::SETATTR;

/// The value at entry `index` of a namespace dict, if the key there is `name`.
#[inline]
fn namespace_value_at(dict: &Obj, index: u32, name: &Obj) -> Option<Obj> {
    let d = dict.downcast::<DictObj>()?;
    let t = d.table.try_borrow().ok()?;
    let e = t.entry(index as usize)?;
    e.key.ptr_eq(name).then(|| e.value.clone())
}

/// The class attribute an entry points at: entry `index` of `mro[depth]`'s namespace.
#[inline]
fn class_value_at(tp: &TypeObj, e: &AttrCacheEntry, name: &Obj) -> Option<Obj> {
    mro_value_at(tp, e.depth as usize, e.index, name)
}

/// The value of entry `index` of the namespace of `mro[depth]`, if its key is `name`.
#[inline]
pub(super) fn mro_value_at(tp: &TypeObj, depth: usize, index: u32, name: &Obj) -> Option<Obj> {
    let mro = tp.mro.try_borrow().ok()?;
    let owner = as_tuple(&mro)?.get(depth)?.downcast::<TypeObj>()?;
    namespace_value_at(&owner.dict, index, name)
}

/// The entry of `code`'s cache for name `i` that matches the class `addr` at `version`.
/// (Entries for classes are only filled with nonzero versions, and a class whose tag
/// was dropped has version 0, so it matches nothing.)
#[inline(always)]
fn find_entry(code: &CodeObject, i: usize, addr: usize, version: u32) -> Option<AttrCacheEntry> {
    code.attr_cache
        .get(i)?
        .iter()
        .map(std::cell::Cell::get)
        .find(|e| e.type_addr == addr && e.version == version)
}

/// Records `entry` as the most recent one for name `i`: it replaces the entry for the
/// same class, or else the least recently filled one.
fn store_entry(code: &CodeObject, i: usize, entry: AttrCacheEntry) {
    let Some(ways) = code.attr_cache.get(i) else {
        return;
    };
    let same = ways
        .iter()
        .position(|w| w.get().type_addr == entry.type_addr)
        .unwrap_or(ways.len() - 1);
    for k in (1..=same).rev() {
        ways[k].set(ways[k - 1].get());
    }
    ways[0].set(entry);
}

/// Values that are no descriptors, so a class attribute holding one is returned as is.
fn plain_class_value(v: &Obj) -> bool {
    matches!(
        tag_of(v),
        Tag::None
            | Tag::Bool
            | Tag::Int
            | Tag::BigInt
            | Tag::Float
            | Tag::Str
            | Tag::Bytes
            | Tag::Tuple
            | Tag::FrozenSet
            | Tag::List
            | Tag::Dict
            | Tag::Set
    )
}

/// The cache entry for name `i` that applies to instance `inst`.
#[inline(always)]
fn instance_entry(code: &CodeObject, i: usize, inst: &InstanceObj) -> Option<AttrCacheEntry> {
    let cls = inst.class.get();
    let tp = cls.downcast::<TypeObj>()?;
    find_entry(code, i, cls.addr(), tp.version_tag.get())
}

/// The fast path of `LoadAttr` for an attribute held by the instance itself.
#[inline(always)]
pub(super) fn cached_instance_value(code: &CodeObject, i: usize, o: &Obj) -> Option<Obj> {
    let inst = o.downcast::<InstanceObj>()?;
    let e = instance_entry(code, i, inst)?;
    if e.kind != AttrCacheKind::Instance {
        // An unset slot is a miss: the generic path raises the AttributeError.
        if e.kind != AttrCacheKind::Slot {
            return None;
        }
        let (_, slots) = o.downcast_with_tail::<InstanceObj>()?;
        return slots.get(e.index as usize)?.get();
    }
    // The entry's version pins the class's key list, where position `index` names the
    // attribute for good; a namespace in dict mode has no values, so it misses.
    inst.attrs.value(e.index as usize)
}

/// The fast path of `LoadMethod`: a plain function found on the class of an instance
/// that does not shadow it.
#[inline(always)]
pub(super) fn cached_method(code: &CodeObject, i: usize, o: &Obj) -> Option<Obj> {
    let inst = o.downcast::<InstanceObj>()?;
    let cls = inst.class.get();
    let tp = cls.downcast::<TypeObj>()?;
    let e = find_entry(code, i, cls.addr(), tp.version_tag.get())?;
    let name = code.names.get(i)?;
    // Method entries are made only while the class's key list lacks the name, and a
    // new key changes the class's version: an instance in values mode cannot shadow it.
    if e.kind != AttrCacheKind::Method || !inst.attrs.has_values() {
        return None;
    }
    class_value_at(tp, &e, name).filter(|f| tag_of(f) == Tag::Function)
}

impl Vm {
    /// The version tag of a class, handing out a new one if it has none. 0 when the
    /// tags have run out (nothing is cached for the class then).
    pub(crate) fn type_version(&self, tp: &TypeObj) -> u32 {
        let v = tp.version_tag.get();
        if v != 0 {
            return v;
        }
        let Some(next) = self.next_type_version.get().checked_add(1) else {
            return 0;
        };
        self.next_type_version.set(next);
        tp.version_tag.set(next);
        next
    }

    /// Drops the version tags of `t` and of every class below it, after its namespace
    /// (or its bases) changed.
    pub(crate) fn invalidate_type_versions(&self, t: &Obj) {
        let mut pending = vec![t.clone()];
        while let Some(c) = pending.pop() {
            let Some(tp) = c.downcast::<TypeObj>() else {
                continue;
            };
            tp.version_tag.set(0);
            if let Ok(subs) = tp.subclasses.try_borrow() {
                pending.extend(subs.iter().filter_map(|w| w.get()));
            }
        }
    }

    /// Records `cls` among the subclasses of each of its direct bases.
    pub(crate) fn register_subclass(&self, cls: &Obj, bases: &[Obj]) {
        for b in bases {
            let Some(tp) = b.downcast::<TypeObj>() else {
                continue;
            };
            let Some(slot) = self.heap.weak_ref(cls) else {
                continue;
            };
            let Ok(mut subs) = tp.subclasses.try_borrow_mut() else {
                continue;
            };
            // Forget dead classes now and then (amortised: at powers of two).
            if subs.len().is_power_of_two() {
                subs.retain(|w| w.is_alive());
            }
            subs.push(slot);
        }
    }

    /// The live direct subclasses of `t`, oldest first (`type.__subclasses__()`).
    pub(crate) fn live_subclasses(&self, t: &Obj) -> Vec<Obj> {
        t.downcast::<TypeObj>()
            .and_then(|tp| {
                tp.subclasses
                    .try_borrow()
                    .ok()
                    .map(|s| s.iter().filter_map(|w| w.get()).collect())
            })
            .unwrap_or_default()
    }

    /// The getter of the property that `o.name` (name `i` of `code`) reads, when the
    /// cache knows it and it is a Python function: the dispatch loop runs it as a call.
    pub(crate) fn cached_property_getter(
        &self,
        code: &CodeObject,
        i: usize,
        o: &Obj,
    ) -> Option<Obj> {
        let name = code.names.get(i)?;
        let inst = o.downcast::<InstanceObj>()?;
        let cls = inst.class.get();
        let tp = cls.downcast::<TypeObj>()?;
        let e = find_entry(code, i, cls.addr(), tp.version_tag.get())?;
        if e.kind != AttrCacheKind::Property {
            return None;
        }
        let p = class_value_at(tp, &e, name)?;
        let getter = p.downcast::<PropertyObj>()?.fget.clone()?;
        getter.is::<FunctionObj>().then_some(getter)
    }

    /// `o.name` from the cache for name `i` of `code` (kinds other than an instance's
    /// own attribute, which `cached_instance_value` serves); None when the cache cannot
    /// say.
    #[inline(never)]
    pub(crate) fn load_attr_cached(
        &mut self,
        code: &CodeObject,
        i: usize,
        o: &Obj,
    ) -> Option<PyResult> {
        if o.is::<ModuleObj>() {
            return self.load_module_attr_cached(code, i, o).map(Ok);
        }
        let name = code.names.get(i)?;
        let inst = o.downcast::<InstanceObj>()?;
        let cls = inst.class.get();
        let tp = cls.downcast::<TypeObj>()?;
        let e = find_entry(code, i, cls.addr(), tp.version_tag.get())?;
        match e.kind {
            AttrCacheKind::Method => {
                if !inst.attrs.has_values() {
                    return None;
                }
                let func = class_value_at(tp, &e, name).filter(|f| tag_of(f) == Tag::Function)?;
                drop(cls);
                Some(
                    self.heap
                        .alloc(BoundMethodObj {
                            func,
                            this: o.clone(),
                        })
                        .map_err(Into::into),
                )
            }
            AttrCacheKind::ClassValue => {
                if !inst.attrs.has_values() {
                    return None;
                }
                class_value_at(tp, &e, name)
                    .filter(plain_class_value)
                    .map(Ok)
            }
            AttrCacheKind::Property => {
                let p = class_value_at(tp, &e, name)?;
                let getter = p.downcast::<PropertyObj>()?.fget.clone()?;
                drop(cls);
                Some(self.call_method_with(&getter, o, &[]))
            }
            // `cached_instance_value` already tried an instance's own attribute and
            // its set slots.
            AttrCacheKind::Instance
            | AttrCacheKind::Slot
            | AttrCacheKind::Module
            | AttrCacheKind::Empty
            | AttrCacheKind::Generic => None,
        }
    }

    /// A module attribute for `LoadMethod` from the cache.
    #[inline]
    pub(crate) fn load_module_attr_cached(
        &self,
        code: &CodeObject,
        i: usize,
        o: &Obj,
    ) -> Option<Obj> {
        let m = o.downcast::<ModuleObj>()?;
        let e = code.attr_cache.get(i)?[0].get();
        if e.kind != AttrCacheKind::Module {
            return None;
        }
        namespace_value_at(&m.dict, e.index, code.names.get(i)?)
    }

    /// `o.name = value` through the cache; gives the value back on a miss.
    #[inline(always)]
    pub(crate) fn store_attr_cached(
        &mut self,
        code: &CodeObject,
        i: usize,
        o: &Obj,
        value: Obj,
    ) -> Result<PyResult<()>, Obj> {
        let Some(inst) = o.downcast::<InstanceObj>() else {
            return Err(value);
        };
        let old = {
            let index = match instance_entry(code, i, inst) {
                Some(e) if e.kind == AttrCacheKind::Instance => e.index,
                Some(e) if e.kind == AttrCacheKind::Slot => {
                    let slot = o
                        .downcast_with_tail::<InstanceObj>()
                        .and_then(|(_, slots)| slots.get(e.index as usize));
                    let Some(slot) = slot else {
                        return Err(value);
                    };
                    // Dropped after the store: it may run a finalizer that touches `o`.
                    drop(slot.replace(Some(value)));
                    return Ok(Ok(()));
                }
                _ => return Err(value),
            };
            let alloc = self.heap.allocator();
            if inst.attrs.has_no_values() {
                // The first attribute of a new instance: room for the class's usual set.
                let room = inst
                    .class
                    .get()
                    .downcast::<TypeObj>()
                    .map_or(0, TypeObj::key_count);
                if let Err(e) = inst.attrs.reserve(alloc, room) {
                    return Ok(Err(e.into()));
                }
            }
            match inst.attrs.store(alloc, index as usize, value) {
                Ok(stored) => match stored {
                    Ok(old) => old,
                    Err(e) => return Ok(Err(e.into())),
                },
                Err(value) => return Err(value),
            }
        };
        // Dropped outside the borrows: it may run a finalizer that touches `o`.
        drop(old);
        Ok(Ok(()))
    }

    /// Fills the cache for name `i` after a generic lookup or store of `o.name`.
    pub(crate) fn specialize_attr(&mut self, code: &CodeObject, i: usize, o: &Obj) {
        let Some(name) = code.names.get(i) else {
            return;
        };
        if let Some(m) = o.downcast::<ModuleObj>() {
            if let Some(index) = self.dict_entry_index(&m.dict, name) {
                store_entry(
                    code,
                    i,
                    AttrCacheEntry {
                        type_addr: 0,
                        version: 0,
                        index: index as u32,
                        depth: 0,
                        kind: AttrCacheKind::Module,
                    },
                );
            }
            return;
        }
        if tag_of(o) != Tag::Instance || as_str(name).is_none_or(|n| n.starts_with("__")) {
            return;
        }
        let cls = self.type_of(o);
        let Some(tp) = cls.downcast::<TypeObj>() else {
            return;
        };
        let version = self.type_version(tp);
        if version == 0 {
            return;
        }
        if find_entry(code, i, cls.addr(), version)
            .is_some_and(|e| e.kind == AttrCacheKind::Generic)
        {
            return;
        }
        let generic = AttrCacheEntry {
            type_addr: cls.addr(),
            version,
            index: 0,
            depth: 0,
            kind: AttrCacheKind::Generic,
        };
        if self.type_flags(&cls) & UNCACHEABLE != 0 {
            return store_entry(code, i, generic);
        }
        let Ok(found) = self.find_in_mro(&cls, name) else {
            return store_entry(code, i, generic);
        };
        // The name's position in the class's key list; an entry that assumes instances
        // lack the name (a method, a class value) is only made when no instance of the
        // class has stored it.
        let key = tp.key_index(name);
        let inline = key.filter(|&k| {
            o.downcast::<InstanceObj>()
                .is_some_and(|inst| inst.attrs.has_values() && inst.attrs.is_set(k))
        });
        let slot = found
            .as_ref()
            .and_then(|(_, _, v)| super::member_descr::slot_index(v));
        let (kind, index, depth) = match found {
            None => match inline {
                Some(idx) => (AttrCacheKind::Instance, idx, 0),
                None => return,
            },
            Some((depth, index, v)) => match tag_of(&v) {
                Tag::Property => (AttrCacheKind::Property, index, depth),
                _ if let Some(slot) = slot => (AttrCacheKind::Slot, slot, depth),
                _ if self.is_data_descriptor(&v) => return store_entry(code, i, generic),
                _ if inline.is_some() => (AttrCacheKind::Instance, inline.unwrap_or(0), 0),
                _ if key.is_some() => return store_entry(code, i, generic),
                Tag::Function => (AttrCacheKind::Method, index, depth),
                _ if plain_class_value(&v) => (AttrCacheKind::ClassValue, index, depth),
                _ => return store_entry(code, i, generic),
            },
        };
        let (Ok(index), Ok(depth)) = (u32::try_from(index), u16::try_from(depth)) else {
            return;
        };
        store_entry(
            code,
            i,
            AttrCacheEntry {
                type_addr: cls.addr(),
                version,
                index,
                depth,
                kind,
            },
        );
    }

    /// Where `name` is first found in the MRO of `cls`: (MRO position, namespace entry
    /// index, value). Err when the answer cannot be cached (a namespace key equal to
    /// `name` but not the same interned object, or an MRO of non-classes).
    #[allow(clippy::type_complexity)]
    pub(super) fn find_in_mro(
        &self,
        cls: &Obj,
        name: &Obj,
    ) -> Result<Option<(usize, usize, Obj)>, ()> {
        let tp = cls.downcast::<TypeObj>().ok_or(())?;
        let mro = tp.mro.borrow().clone();
        for (depth, c) in as_tuple(&mro).ok_or(())?.iter().enumerate() {
            let ctp = c.downcast::<TypeObj>().ok_or(())?;
            if let Some(index) = self.dict_entry_index(&ctp.dict, name) {
                let v = namespace_value_at(&ctp.dict, index as u32, name).ok_or(())?;
                return Ok(Some((depth, index, v)));
            }
        }
        Ok(None)
    }
}
