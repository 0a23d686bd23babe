//! The insertion-ordered hash table behind dict objects and instance attributes
//! (CPython's compact dict: a sparse index array pointing into a dense entry array).
//!
//! Key equality may run Python code (`__eq__`), so the table never compares keys itself
//! beyond identity: callers pass an `eq` callback, consulted only for entries whose hash
//! matches and whose key is a different object.

use crate::heap::{
    AllocError, Allocator, DICT_MAX_LOG2_SIZE, DictKeys, Obj, dict_usable as usable,
};

pub struct DictEntry {
    pub hash: i64,
    pub key: Obj,
    pub value: Obj,
}

use super::dict_indices::{self as indices, DUMMY, EMPTY};
const MIN_SIZE: usize = 8;

/// 24 bytes, so that a dict object (collector head, header, borrow flag and this) is
/// 64 bytes as in CPython.
#[derive(Default)]
pub struct DictTable {
    /// One block: the power-of-two sized index array (EMPTY, DUMMY for deleted, or a
    /// position in the entries), then the entries in insertion order (None where an
    /// entry was deleted). No block while the table has never held an entry.
    keys: DictKeys<Option<DictEntry>>,
    /// Changes on every mutation, to a value no other table had (so that caches keyed
    /// by table version, like the interpreter's global-variable cache, stay exact).
    version: u64,
    /// Live entries. (Entry positions fit 32 bits: see `DICT_MAX_LOG2_SIZE`.)
    used: u32,
    /// `entries[..dead_prefix]` are all deleted: scans for the first live entry (FIFO
    /// `popitem`, iteration after removing from the front) start there.
    dead_prefix: u32,
}

const _: () = assert!(size_of::<DictTable>() == 24);

/// The next slot of the probe sequence (CPython's: `i*5 + perturb + 1`, perturb
/// shifting in the hash's higher bits).
#[inline(always)]
fn next_probe(i: usize, perturb: &mut u64, mask: usize) -> usize {
    *perturb >>= 5;
    (i.wrapping_mul(5)
        .wrapping_add(*perturb as usize)
        .wrapping_add(1))
        & mask
}

/// The first EMPTY or DUMMY slot on `hash`'s probe sequence (the table is never full).
fn free_slot(idx: &[u8], hash: i64) -> usize {
    let mask = indices::slots(idx) - 1;
    let mut perturb = hash as u64;
    let mut i = (hash as u64 as usize) & mask;
    loop {
        let v = indices::get(idx, i);
        if v == EMPTY || v == DUMMY {
            return i;
        }
        i = next_probe(i, &mut perturb, mask);
    }
}

/// Dict versions are unique in the process: every thread an interpreter runs (and every
/// interpreter) draws from the one counter, so no two tables ever share a version.
static NEXT_VERSION: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(1);

fn new_version() -> u64 {
    NEXT_VERSION.fetch_add(1, std::sync::atomic::Ordering::Relaxed)
}

impl DictTable {
    pub const fn new() -> DictTable {
        DictTable {
            keys: DictKeys::new(),
            version: 0,
            used: 0,
            dead_prefix: 0,
        }
    }

    /// The table's current version (see the field).
    #[inline]
    pub fn version(&self) -> u64 {
        self.version
    }

    #[inline]
    pub fn len(&self) -> usize {
        self.used as usize
    }

    #[inline]
    pub fn is_empty(&self) -> bool {
        self.used == 0
    }

    /// Bytes of storage owned by the table (for `sys.getsizeof`).
    pub fn storage_bytes(&self) -> usize {
        self.keys.storage_bytes()
    }

    /// Finds the entry index of `key`.
    #[inline]
    pub fn lookup<E>(
        &self,
        hash: i64,
        key: &Obj,
        eq: &mut dyn FnMut(&Obj, &Obj) -> Result<bool, E>,
    ) -> Result<Option<usize>, E> {
        let (idx, entries) = self.keys.parts();
        if idx.is_empty() {
            return Ok(None);
        }
        // One probe loop per index width, so that each slot read is a single load.
        match indices::width(idx) {
            1 => Self::lookup_in::<1, E>(idx, entries, hash, key, eq),
            2 => Self::lookup_in::<2, E>(idx, entries, hash, key, eq),
            _ => Self::lookup_in::<4, E>(idx, entries, hash, key, eq),
        }
    }

    #[inline(always)]
    fn lookup_in<const W: usize, E>(
        idx: &[u8],
        entries: &[Option<DictEntry>],
        hash: i64,
        key: &Obj,
        eq: &mut dyn FnMut(&Obj, &Obj) -> Result<bool, E>,
    ) -> Result<Option<usize>, E> {
        let mask = idx.len() / W - 1;
        let mut perturb = hash as u64;
        let mut i = (hash as u64 as usize) & mask;
        loop {
            let ix = indices::get_at::<W>(idx, i);
            if ix == EMPTY {
                return Ok(None);
            }
            if ix != DUMMY
                && let Some(Some(e)) = entries.get(ix as usize)
                && (e.key.ptr_eq(key) || (e.hash == hash && eq(&e.key, key)?))
            {
                return Ok(Some(ix as usize));
            }
            i = next_probe(i, &mut perturb, mask);
        }
    }

    /// Finds a key by identity or with a pure equality test (no Python code), e.g. for
    /// interned attribute names.
    #[inline]
    pub fn lookup_pure(
        &self,
        hash: i64,
        key: &Obj,
        eq: impl Fn(&Obj, &Obj) -> bool,
    ) -> Option<usize> {
        let r: Result<Option<usize>, ()> = self.lookup(hash, key, &mut |a, b| Ok(eq(a, b)));
        r.ok().flatten()
    }

    #[inline]
    pub fn entry(&self, idx: usize) -> Option<&DictEntry> {
        self.keys.entries().get(idx).and_then(Option::as_ref)
    }

    /// The first live entry at or after position `pos`, with its position.
    pub fn next_entry(&self, pos: usize) -> Option<(usize, &DictEntry)> {
        let entries = self.keys.entries();
        let mut pos = pos.max(self.dead_prefix as usize);
        while pos < entries.len() {
            if let Some(e) = &entries[pos] {
                return Some((pos, e));
            }
            pos += 1;
        }
        None
    }

    /// The last live entry (for `popitem`).
    pub fn last_index(&self) -> Option<usize> {
        self.keys.entries().iter().rposition(Option::is_some)
    }

    /// Replaces the value of entry `idx`, returning the old value.
    pub fn replace_value(&mut self, idx: usize, value: Obj) -> Option<Obj> {
        self.version = new_version();
        match self.keys.entries_mut().get_mut(idx) {
            Some(Some(e)) => Some(std::mem::replace(&mut e.value, value)),
            _ => None,
        }
    }

    /// Replaces the value of entry `idx` when its key is `key` itself (identity), giving
    /// the old value; gives the new value back when the entry holds another key.
    pub fn replace_value_if_key(&mut self, idx: usize, key: &Obj, value: Obj) -> Result<Obj, Obj> {
        if !self.entry(idx).is_some_and(|e| e.key.ptr_eq(key)) {
            return Err(value);
        }
        self.version = new_version();
        match self.keys.entries_mut().get_mut(idx) {
            Some(Some(e)) => Ok(std::mem::replace(&mut e.value, value)),
            _ => Err(value),
        }
    }

    /// Replaces the value of entry `idx` when its key is `key` and its value is `value`
    /// (both by identity), giving the old value; None otherwise.
    pub fn replace_value_if_key_value(
        &mut self,
        idx: usize,
        key: &Obj,
        value: &Obj,
        new: Obj,
    ) -> Option<Obj> {
        if !self
            .entry(idx)
            .is_some_and(|e| e.key.ptr_eq(key) && e.value.ptr_eq(value))
        {
            return None;
        }
        self.replace_value_if_key(idx, key, new).ok()
    }

    /// Adds a key known to be absent.
    pub fn insert_new(
        &mut self,
        alloc: &Allocator,
        hash: i64,
        key: Obj,
        value: Obj,
    ) -> Result<(), AllocError> {
        if self.keys.len() >= self.keys.capacity() {
            self.resize(alloc, (self.len() * 3).max(MIN_SIZE))?;
        }
        let ix = self.keys.len() as u32;
        let slot = free_slot(self.keys.indices(), hash);
        // The resize above left room, so the push cannot hand the entry back.
        if self
            .keys
            .push(Some(DictEntry { hash, key, value }))
            .is_err()
        {
            return Err(AllocError);
        }
        indices::set(self.keys.indices_mut(), slot, ix);
        self.used += 1;
        self.version = new_version();
        Ok(())
    }

    /// Rebuilds the table with at least `min_size` index slots (and room for every live
    /// entry), compacting the entries (deleted ones are dropped).
    fn resize(&mut self, alloc: &Allocator, min_size: usize) -> Result<(), AllocError> {
        let mut log2 = MIN_SIZE.trailing_zeros() as u8;
        while (1usize << log2) < min_size || usable(1 << log2) < self.len() {
            log2 += 1;
            if log2 > DICT_MAX_LOG2_SIZE {
                return Err(AllocError);
            }
        }
        let mut keys = DictKeys::with_log2_size(alloc, log2)?;
        let mut old = std::mem::take(&mut self.keys);
        for e in old.entries_mut() {
            if let Some(e) = e.take() {
                // Room for every live entry was checked above.
                let _ = keys.push(Some(e));
            }
        }
        drop(old);
        for ix in 0..keys.len() {
            if let Some(Some(e)) = keys.entries().get(ix) {
                let slot = free_slot(keys.indices(), e.hash);
                indices::set(keys.indices_mut(), slot, ix as u32);
            }
        }
        self.keys = keys;
        self.dead_prefix = 0;
        Ok(())
    }

    /// Removes entry `idx`, returning it (the caller drops it outside any borrow).
    pub fn remove_at(&mut self, idx: usize) -> Option<DictEntry> {
        let hash = self.entry(idx)?.hash;
        let slots = self.keys.indices_mut();
        let mask = indices::slots(slots) - 1;
        let mut perturb = hash as u64;
        let mut i = (hash as u64 as usize) & mask;
        loop {
            let ix = indices::get(slots, i);
            if ix == EMPTY {
                return None;
            }
            if ix as usize == idx {
                indices::set(slots, i, DUMMY);
                break;
            }
            i = next_probe(i, &mut perturb, mask);
        }
        self.used -= 1;
        self.version = new_version();
        self.keys.entries_mut().get_mut(idx).and_then(Option::take)
    }

    /// `popitem`: removes the last entry and, as CPython does, gives back the trailing
    /// deleted slots (so repeated popitem stays O(1)).
    pub fn pop_last(&mut self) -> Option<DictEntry> {
        let i = self.last_index()?;
        let e = self.remove_at(i);
        while matches!(self.keys.entries().last(), Some(None)) {
            self.keys.pop();
        }
        let n = self.keys.len();
        let mut dead = (self.dead_prefix as usize).min(n);
        while matches!(self.keys.entries().get(dead), Some(None)) {
            dead += 1;
        }
        self.dead_prefix = dead as u32;
        e
    }

    /// Empties the table, handing back the old storage for the caller to drop.
    pub fn take(&mut self) -> DictTable {
        let old = std::mem::take(self);
        self.version = new_version();
        old
    }

    pub fn iter(&self) -> impl Iterator<Item = &DictEntry> {
        self.keys.entries().iter().flatten()
    }

    /// A copy of the table (new references to the same keys and values).
    pub fn try_clone(&self, alloc: &Allocator) -> Result<DictTable, AllocError> {
        let mut t = DictTable::new();
        if self.used > 0 {
            t.resize(alloc, self.len() * 3 / 2 + 1)?;
            for e in self.iter() {
                let ix = t.keys.len() as u32;
                let slot = free_slot(t.keys.indices(), e.hash);
                let copy = DictEntry {
                    hash: e.hash,
                    key: e.key.clone(),
                    value: e.value.clone(),
                };
                if t.keys.push(Some(copy)).is_err() {
                    return Err(AllocError);
                }
                indices::set(t.keys.indices_mut(), slot, ix);
                t.used += 1;
            }
        }
        t.version = new_version();
        Ok(t)
    }
}
