//! The type attribute cache (CPython's method cache): where a name was found in the
//! MRO of a class, so that looking up `__add__`, `__init__`, `__len__` or a class
//! attribute again needs no walk over the namespaces of the MRO.
//!
//! An entry is keyed by the class's version tag and the address of the interned name.
//! Version tags are never reused and are dropped whenever the namespace of the class
//! or of a base changes (see `attr_cache.rs`), so an entry for a live tag describes the
//! namespaces as they are. Only interned names are cached: they live as long as the
//! interpreter, so a name's address names it for good. A found entry records the MRO
//! position and the index in that namespace, and the key there is checked on every
//! hit, so an entry never holds a reference and never answers wrongly.

use std::cell::Cell;

use crate::heap::Obj;
use crate::objects::TypeObj;
use crate::objects::str::StrObj;

use super::Vm;

/// Entries in the cache (a power of two).
const SIZE: usize = 4096;
/// `depth` of an entry saying that no class of the MRO has the name.
const ABSENT: u32 = u32::MAX;

#[derive(Clone, Copy, Default)]
struct Entry {
    version: u32,
    depth: u32,
    name_addr: usize,
    index: u32,
}

pub(crate) struct TypeCache {
    entries: Box<[Cell<Entry>]>,
    /// Off while the builtin types are being filled in at start-up: their namespaces
    /// grow then without dropping version tags.
    enabled: Cell<bool>,
}

impl Default for TypeCache {
    fn default() -> TypeCache {
        TypeCache {
            entries: (0..SIZE).map(|_| Cell::new(Entry::default())).collect(),
            enabled: Cell::new(false),
        }
    }
}

impl TypeCache {
    #[inline(always)]
    fn slot(&self, version: u32, name: &Obj) -> &Cell<Entry> {
        let h = (version as usize).wrapping_mul(0x9E37_79B1) ^ (name.addr() >> 4);
        &self.entries[h & (SIZE - 1)]
    }

    /// Turns the cache on once every builtin type is complete.
    pub(crate) fn enable(&self) {
        self.entries.iter().for_each(|e| e.set(Entry::default()));
        self.enabled.set(true);
    }
}

impl Vm {
    /// `lookup_type_attr_obj` through the cache: `Some(answer)` on a hit or once the
    /// answer is cached, None when the lookup cannot be cached (the caller walks the MRO).
    #[inline]
    pub(super) fn lookup_type_attr_cached(
        &self,
        cls: &Obj,
        tp: &TypeObj,
        name: &Obj,
    ) -> Option<Option<Obj>> {
        if !self.type_cache.enabled.get()
            || !name.downcast::<StrObj>().is_some_and(|s| s.interned.get())
        {
            return None;
        }
        let version = self.type_version(tp);
        if version == 0 {
            return None;
        }
        let slot = self.type_cache.slot(version, name);
        let e = slot.get();
        if e.version == version && e.name_addr == name.addr() {
            if e.depth == ABSENT {
                return Some(None);
            }
            if let Some(v) = super::attr_cache::mro_value_at(tp, e.depth as usize, e.index, name) {
                return Some(Some(v));
            }
        }
        let found = self.find_in_mro(cls, name).ok()?;
        let (depth, index) = match &found {
            Some((d, i, _)) => (u32::try_from(*d).ok()?, u32::try_from(*i).ok()?),
            None => (ABSENT, 0),
        };
        slot.set(Entry {
            version,
            depth,
            name_addr: name.addr(),
            index,
        });
        Some(found.map(|(_, _, v)| v))
    }
}
