//! The insertion-ordered hash table behind dict objects and instance attributes
//! (CPython's compact dict: a sparse index array pointing into a dense entry array).
//!
//! Key equality may run Python code (`__eq__`), so the table never compares keys itself
//! beyond identity: callers pass an `eq` callback, consulted only for entries whose hash
//! matches and whose key is a different object.

use crate::heap::{AllocError, Allocator, HeapVec, Obj};

pub struct DictEntry {
    pub hash: i64,
    pub key: Obj,
    pub value: Obj,
}

use super::dict_indices::{DUMMY, DictIndices, EMPTY};
const MIN_SIZE: usize = 8;

#[derive(Default)]
pub struct DictTable {
    /// Power-of-two sized; EMPTY, DUMMY (deleted) or an index into `entries`.
    indices: DictIndices,
    /// Entries in insertion order; None where an entry was deleted.
    entries: HeapVec<Option<DictEntry>>,
    used: usize,
    /// Changes on every mutation, to a value no other table had (so that caches keyed
    /// by table version, like the interpreter's global-variable cache, stay exact).
    version: u64,
    /// `entries[..dead_prefix]` are all deleted: scans for the first live entry (FIFO
    /// `popitem`, iteration after removing from the front) start there.
    dead_prefix: usize,
}

thread_local! {
    static NEXT_VERSION: std::cell::Cell<u64> = const { std::cell::Cell::new(1) };
}

fn new_version() -> u64 {
    NEXT_VERSION.with(|c| {
        let v = c.get();
        c.set(v + 1);
        v
    })
}

fn usable(size: usize) -> usize {
    (size << 1) / 3
}

impl DictTable {
    pub const fn new() -> DictTable {
        DictTable {
            indices: DictIndices::new(),
            entries: HeapVec::new(),
            used: 0,
            version: 0,
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
        self.used
    }

    #[inline]
    pub fn is_empty(&self) -> bool {
        self.used == 0
    }

    /// Bytes of storage owned by the table (for `sys.getsizeof`).
    pub fn storage_bytes(&self) -> usize {
        self.indices.storage_bytes() + self.entries.storage_bytes()
    }

    /// Finds the entry index of `key`.
    #[inline]
    pub fn lookup<E>(
        &self,
        hash: i64,
        key: &Obj,
        eq: &mut dyn FnMut(&Obj, &Obj) -> Result<bool, E>,
    ) -> Result<Option<usize>, E> {
        // One probe loop per index width, so that each slot read is a single load.
        match self.indices.width() {
            1 => self.lookup_in::<1, E>(hash, key, eq),
            2 => self.lookup_in::<2, E>(hash, key, eq),
            _ => self.lookup_in::<4, E>(hash, key, eq),
        }
    }

    #[inline(always)]
    fn lookup_in<const W: usize, E>(
        &self,
        hash: i64,
        key: &Obj,
        eq: &mut dyn FnMut(&Obj, &Obj) -> Result<bool, E>,
    ) -> Result<Option<usize>, E> {
        if self.indices.is_empty() {
            return Ok(None);
        }
        let mask = self.indices.len_at::<W>() - 1;
        let mut perturb = hash as u64;
        let mut i = (hash as u64 as usize) & mask;
        loop {
            let ix = self.indices.get_at::<W>(i);
            if ix == EMPTY {
                return Ok(None);
            }
            if ix != DUMMY
                && let Some(Some(e)) = self.entries.get(ix as usize)
                && (e.key.ptr_eq(key) || (e.hash == hash && eq(&e.key, key)?))
            {
                return Ok(Some(ix as usize));
            }
            perturb >>= 5;
            i = (i
                .wrapping_mul(5)
                .wrapping_add(perturb as usize)
                .wrapping_add(1))
                & mask;
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
        self.entries.get(idx).and_then(Option::as_ref)
    }

    /// The first live entry at or after position `pos`, with its position.
    pub fn next_entry(&self, pos: usize) -> Option<(usize, &DictEntry)> {
        let mut pos = pos.max(self.dead_prefix);
        while pos < self.entries.len() {
            if let Some(e) = &self.entries[pos] {
                return Some((pos, e));
            }
            pos += 1;
        }
        None
    }

    /// The last live entry (for `popitem`).
    pub fn last_index(&self) -> Option<usize> {
        self.entries.iter().rposition(Option::is_some)
    }

    /// Replaces the value of entry `idx`, returning the old value.
    pub fn replace_value(&mut self, idx: usize, value: Obj) -> Option<Obj> {
        self.version = new_version();
        match self.entries.get_mut(idx) {
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
        match self.entries.get_mut(idx) {
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
        if self.indices.is_empty() || self.entries.len() >= usable(self.indices.len()) {
            self.resize(alloc, (self.used * 3).max(MIN_SIZE))?;
        }
        self.entries.reserve(alloc, 1)?;
        let ix = self.entries.len() as u32;
        let slot = self.find_free_slot(hash);
        self.entries
            .push(alloc, Some(DictEntry { hash, key, value }))?;
        self.indices.set(slot, ix);
        self.used += 1;
        self.version = new_version();
        Ok(())
    }

    fn find_free_slot(&self, hash: i64) -> usize {
        let mask = self.indices.len() - 1;
        let mut perturb = hash as u64;
        let mut i = (hash as u64 as usize) & mask;
        while self.indices.get(i) != EMPTY && self.indices.get(i) != DUMMY {
            perturb >>= 5;
            i = (i
                .wrapping_mul(5)
                .wrapping_add(perturb as usize)
                .wrapping_add(1))
                & mask;
        }
        i
    }

    /// Rebuilds the table with room for at least `min_used` index slots, compacting the
    /// entries (deleted ones are dropped).
    fn resize(&mut self, alloc: &Allocator, min_size: usize) -> Result<(), AllocError> {
        let mut size = MIN_SIZE;
        while size < min_size {
            size <<= 1;
        }
        let indices = DictIndices::with_size(alloc, size)?;
        let mut entries = HeapVec::with_capacity(alloc, usable(size).max(self.used))?;
        for e in self.entries.take().into_iter().flatten() {
            entries.push(alloc, Some(e))?;
        }
        self.indices = indices;
        self.entries = entries;
        self.dead_prefix = 0;
        let mask = size - 1;
        for (ix, e) in self.entries.iter().enumerate() {
            if let Some(e) = e {
                let mut perturb = e.hash as u64;
                let mut i = (e.hash as u64 as usize) & mask;
                while self.indices.get(i) != EMPTY {
                    perturb >>= 5;
                    i = (i
                        .wrapping_mul(5)
                        .wrapping_add(perturb as usize)
                        .wrapping_add(1))
                        & mask;
                }
                self.indices.set(i, ix as u32);
            }
        }
        Ok(())
    }

    /// Removes entry `idx`, returning it (the caller drops it outside any borrow).
    pub fn remove_at(&mut self, idx: usize) -> Option<DictEntry> {
        let hash = self.entry(idx)?.hash;
        let mask = self.indices.len() - 1;
        let mut perturb = hash as u64;
        let mut i = (hash as u64 as usize) & mask;
        loop {
            let ix = self.indices.get(i);
            if ix == EMPTY {
                return None;
            }
            if ix as usize == idx {
                self.indices.set(i, DUMMY);
                break;
            }
            perturb >>= 5;
            i = (i
                .wrapping_mul(5)
                .wrapping_add(perturb as usize)
                .wrapping_add(1))
                & mask;
        }
        self.used -= 1;
        self.version = new_version();
        self.entries.get_mut(idx).and_then(Option::take)
    }

    /// `popitem`: removes the last entry and, as CPython does, gives back the trailing
    /// deleted slots (so repeated popitem stays O(1)).
    pub fn pop_last(&mut self) -> Option<DictEntry> {
        let i = self.last_index()?;
        let e = self.remove_at(i);
        while matches!(self.entries.last(), Some(None)) {
            self.entries.pop();
        }
        self.dead_prefix = self.dead_prefix.min(self.entries.len());
        while matches!(self.entries.get(self.dead_prefix), Some(None)) {
            self.dead_prefix += 1;
        }
        e
    }

    /// Empties the table, handing back the old storage for the caller to drop.
    pub fn take(&mut self) -> DictTable {
        let old = std::mem::take(self);
        self.version = new_version();
        old
    }

    pub fn iter(&self) -> impl Iterator<Item = &DictEntry> {
        self.entries.iter().flatten()
    }

    /// A copy of the table (new references to the same keys and values).
    pub fn try_clone(&self, alloc: &Allocator) -> Result<DictTable, AllocError> {
        let mut t = DictTable::new();
        if self.used > 0 {
            t.resize(alloc, self.used * 3 / 2 + 1)?;
            for e in self.iter() {
                let ix = t.entries.len() as u32;
                let slot = t.find_free_slot(e.hash);
                t.entries.push(
                    alloc,
                    Some(DictEntry {
                        hash: e.hash,
                        key: e.key.clone(),
                        value: e.value.clone(),
                    }),
                )?;
                t.indices.set(slot, ix);
                t.used += 1;
            }
        }
        t.version = new_version();
        Ok(t)
    }
}
