//! The open-addressing hash table behind set and frozenset, following CPython's
//! Objects/setobject.c closely (linear probes, then perturbation; the same resize rule)
//! so that iteration order matches CPython wherever hashes do (ints, tuples of ints).

use crate::heap::{AllocError, Allocator, HeapVec, Obj};

const MIN_SIZE: usize = 8;
const LINEAR_PROBES: usize = 9;
const PERTURB_SHIFT: u32 = 5;
/// Hash stored in a slot whose key was deleted.
const DUMMY_HASH: i64 = -1;

#[derive(Default)]
pub struct SetSlot {
    pub hash: i64,
    pub key: Option<Obj>,
}

impl SetSlot {
    fn is_empty(&self) -> bool {
        self.key.is_none() && self.hash == 0
    }
    fn is_dummy(&self) -> bool {
        self.key.is_none() && self.hash == DUMMY_HASH
    }
}

/// Result of `SetTable::quick_probe`.
pub enum QuickProbe {
    Held(usize),
    Absent { slot: usize, fresh: bool },
    Unsure,
}

/// Result of probing for a key: the slot holding it, or where it would go.
pub enum Probe {
    Found(usize),
    /// Not present: insert at this slot; `fresh` is false when it reuses a dummy.
    Vacant {
        slot: usize,
        fresh: bool,
    },
    /// An entry with an equal hash needs a Python-level equality test.
    NeedsEq(usize),
}

#[derive(Default)]
pub struct SetTable {
    slots: HeapVec<SetSlot>,
    /// Active plus dummy slots.
    fill: usize,
    used: usize,
    /// Where `pop` starts looking.
    finger: usize,
}

impl SetTable {
    pub fn len(&self) -> usize {
        self.used
    }

    pub fn is_empty(&self) -> bool {
        self.used == 0
    }

    fn mask(&self) -> usize {
        self.slots.len().wrapping_sub(1)
    }

    /// Bytes of storage owned (for `sys.getsizeof`).
    pub fn storage_bytes(&self) -> usize {
        let n = self.slots.capacity() * std::mem::size_of::<SetSlot>();
        if n == 0 { 0 } else { Allocator::block_size(n) }
    }

    fn ensure_table(&mut self, alloc: &Allocator) -> Result<(), AllocError> {
        if self.slots.is_empty() {
            self.slots = HeapVec::filled_with(alloc, MIN_SIZE, SetSlot::default)?;
        }
        Ok(())
    }

    /// The quick answer for the commonest lookups, on the probe sequence of `probe`:
    /// `Held` when the table holds `key` itself, `Absent` when it certainly lacks it
    /// (an empty slot came before any entry with an equal hash; the slot is where the
    /// key would go, as `probe` would choose it), `Unsure` when telling needs `probe`
    /// (an entry with an equal hash is another object).
    #[inline]
    pub fn quick_probe(&self, hash: i64, key: &Obj) -> QuickProbe {
        if self.slots.is_empty() {
            return QuickProbe::Absent {
                slot: 0,
                fresh: true,
            };
        }
        let mask = self.mask();
        let mut perturb = hash as u64;
        let mut i = (hash as u64 as usize) & mask;
        let mut freeslot = None;
        loop {
            let probes = if i + LINEAR_PROBES <= mask {
                LINEAR_PROBES
            } else {
                0
            };
            for idx in i..=i + probes {
                let Some(e) = self.slots.get(idx) else {
                    return QuickProbe::Unsure;
                };
                match &e.key {
                    Some(k) if k.ptr_eq(key) => return QuickProbe::Held(idx),
                    Some(_) if e.hash == hash => return QuickProbe::Unsure,
                    Some(_) => {}
                    None if e.hash == 0 => {
                        return match freeslot {
                            Some(f) => QuickProbe::Absent {
                                slot: f,
                                fresh: false,
                            },
                            None => QuickProbe::Absent {
                                slot: idx,
                                fresh: true,
                            },
                        };
                    }
                    // A deleted slot: CPython reuses the last one passed.
                    None => freeslot = Some(idx),
                }
            }
            perturb >>= PERTURB_SHIFT;
            i = (i
                .wrapping_mul(5)
                .wrapping_add(1)
                .wrapping_add(perturb as usize))
                & mask;
        }
    }

    /// `quick_probe` for lookups: `Some(true)` held, `Some(false)` surely absent.
    #[inline]
    pub fn holds_identical(&self, hash: i64, key: &Obj) -> Option<(bool, usize)> {
        match self.quick_probe(hash, key) {
            QuickProbe::Held(idx) => Some((true, idx)),
            QuickProbe::Absent { slot, .. } => Some((false, slot)),
            QuickProbe::Unsure => None,
        }
    }

    /// Probes for `key`, skipping entries for which `skip_eq` says the keys differ.
    /// `eq` answers identity-free equality for keys it can compare without Python code
    /// (None means "ask Python": the probe stops with NeedsEq).
    pub fn probe(
        &self,
        hash: i64,
        key: &Obj,
        eq: &dyn Fn(&Obj, &Obj) -> Option<bool>,
        resume_after: Option<usize>,
    ) -> Probe {
        if self.slots.is_empty() {
            return Probe::Vacant {
                slot: 0,
                fresh: true,
            };
        }
        let mask = self.mask();
        let mut perturb = hash as u64;
        let mut i = (hash as u64 as usize) & mask;
        let mut freeslot: Option<usize> = None;
        let mut skipping = resume_after.is_some();
        loop {
            let probes = if i + LINEAR_PROBES <= mask {
                LINEAR_PROBES
            } else {
                0
            };
            for j in 0..=probes {
                let idx = i + j;
                let e = &self.slots[idx];
                if e.is_empty() {
                    return match freeslot {
                        Some(f) => Probe::Vacant {
                            slot: f,
                            fresh: false,
                        },
                        None => Probe::Vacant {
                            slot: idx,
                            fresh: true,
                        },
                    };
                }
                // CPython 3.11 reuses the last deleted slot passed before the first
                // empty one.
                if skipping {
                    if Some(idx) == resume_after {
                        skipping = false;
                    }
                    if e.is_dummy() {
                        freeslot = Some(idx);
                    }
                    continue;
                }
                if e.hash == hash
                    && let Some(k) = &e.key
                {
                    if k.ptr_eq(key) {
                        return Probe::Found(idx);
                    }
                    match eq(k, key) {
                        Some(true) => return Probe::Found(idx),
                        Some(false) => {}
                        None => return Probe::NeedsEq(idx),
                    }
                } else if e.is_dummy() {
                    freeslot = Some(idx);
                }
            }
            perturb >>= PERTURB_SHIFT;
            i = (i
                .wrapping_mul(5)
                .wrapping_add(1)
                .wrapping_add(perturb as usize))
                & mask;
        }
    }

    /// The `minused` CPython's set grows (or compacts) to: four times the entries, twice
    /// for big sets.
    fn grown_size(&self) -> usize {
        if self.used > 50000 {
            self.used * 2
        } else {
            self.used * 4
        }
    }

    /// CPython's clean-up after `difference_update`: rebuilds the table when more than
    /// a quarter of its slots hold deleted entries.
    pub fn compact_if_sparse(&mut self, alloc: &Allocator) -> Result<(), AllocError> {
        if self.fill - self.used <= self.mask() / 4 {
            return Ok(());
        }
        let minused = self.grown_size();
        self.resize(alloc, minused)
    }

    /// Nothing was ever stored (no live or deleted slots).
    pub fn is_pristine(&self) -> bool {
        self.fill == 0
    }

    pub fn slot_count(&self) -> usize {
        self.slots.len()
    }

    pub fn has_dummies(&self) -> bool {
        self.fill != self.used
    }

    pub fn key_at(&self, idx: usize) -> Option<&Obj> {
        self.slots.get(idx).and_then(|s| s.key.as_ref())
    }

    /// Stores a new key at a slot found by `probe` (Vacant), resizing when full.
    pub fn insert_at(
        &mut self,
        alloc: &Allocator,
        slot: usize,
        fresh: bool,
        hash: i64,
        key: Obj,
    ) -> Result<(), AllocError> {
        if self.slots.is_empty() {
            self.ensure_table(alloc)?;
            return self.insert_clean_counted(alloc, hash, key);
        }
        let e = &mut self.slots[slot];
        e.key = Some(key);
        e.hash = hash;
        self.used += 1;
        if fresh {
            self.fill += 1;
            if self.fill * 5 >= self.mask() * 3 {
                let minused = self.grown_size();
                self.resize(alloc, minused)?;
            }
        }
        Ok(())
    }

    /// `insert_at` for a caller that cannot report an error (a generator's item taken
    /// where it is yielded): when the first table or the growth it needs cannot be
    /// allocated, the table is left as it was and `key` is handed back, for a path that
    /// can raise MemoryError to insert it again. The key lands where `insert_at` puts
    /// it, so iteration order stays CPython's.
    pub fn insert_at_or_hand_back(
        &mut self,
        alloc: &Allocator,
        slot: usize,
        fresh: bool,
        hash: i64,
        key: Obj,
    ) -> Result<(), Obj> {
        if self.slots.is_empty() {
            if self.ensure_table(alloc).is_err() {
                return Err(key);
            }
            // One entry in a fresh table of MIN_SIZE slots never calls for a resize.
            let mask = self.mask();
            insert_clean(&mut self.slots, mask, hash, key);
            self.used += 1;
            self.fill += 1;
            return Ok(());
        }
        let Some(e) = self.slots.get_mut(slot) else {
            return Err(key);
        };
        e.key = Some(key);
        e.hash = hash;
        self.used += 1;
        if !fresh {
            return Ok(());
        }
        self.fill += 1;
        if self.fill * 5 < self.mask() * 3 {
            return Ok(());
        }
        let minused = self.grown_size();
        if self.resize(alloc, minused).is_ok() {
            return Ok(());
        }
        // `resize` allocates before it changes anything: undo the insert (the slot
        // was empty, as `fresh` says).
        self.fill -= 1;
        self.used -= 1;
        match self.slots.get_mut(slot) {
            Some(e) => {
                e.hash = 0;
                e.key.take().map_or(Ok(()), Err)
            }
            None => Ok(()),
        }
    }

    /// Inserts a key known to be absent (merging into a table with no deleted slots).
    pub fn insert_clean_counted(
        &mut self,
        alloc: &Allocator,
        hash: i64,
        key: Obj,
    ) -> Result<(), AllocError> {
        let mask = self.mask();
        insert_clean(&mut self.slots, mask, hash, key);
        self.used += 1;
        self.fill += 1;
        if self.fill * 5 >= self.mask() * 3 {
            let minused = self.grown_size();
            self.resize(alloc, minused)?;
        }
        Ok(())
    }

    /// Rebuilds the table with more than `minused` slots (CPython's `set_table_resize`).
    pub fn resize(&mut self, alloc: &Allocator, minused: usize) -> Result<(), AllocError> {
        let mut newsize = MIN_SIZE;
        while newsize <= minused {
            newsize <<= 1;
        }
        let table = HeapVec::filled_with(alloc, newsize, SetSlot::default)?;
        let old = std::mem::replace(&mut self.slots, table);
        let mask = newsize - 1;
        for s in old.into_iter() {
            if let Some(k) = s.key {
                insert_clean(&mut self.slots, mask, s.hash, k);
            }
        }
        self.fill = self.used;
        Ok(())
    }

    /// Removes the key in slot `idx`, returning it.
    pub fn remove_at(&mut self, idx: usize) -> Option<Obj> {
        let e = self.slots.get_mut(idx)?;
        let k = e.key.take()?;
        e.hash = DUMMY_HASH;
        self.used -= 1;
        Some(k)
    }

    /// Removes and returns an arbitrary key (CPython's finger-based `set.pop`).
    pub fn pop(&mut self) -> Option<Obj> {
        if self.used == 0 {
            return None;
        }
        let n = self.slots.len();
        let mut i = self.finger & self.mask();
        while self.slots[i].key.is_none() {
            i += 1;
            if i >= n {
                i = 0;
            }
        }
        self.finger = i + 1;
        self.remove_at(i)
    }

    pub fn iter(&self) -> impl Iterator<Item = (i64, &Obj)> {
        self.slots
            .iter()
            .filter_map(|s| s.key.as_ref().map(|k| (s.hash, k)))
    }

    /// The first active slot at or after `pos`.
    pub fn next_at(&self, mut pos: usize) -> Option<(usize, &Obj)> {
        while pos < self.slots.len() {
            if let Some(k) = &self.slots[pos].key {
                return Some((pos, k));
            }
            pos += 1;
        }
        None
    }

    pub fn take(&mut self) -> SetTable {
        std::mem::take(self)
    }

    /// A copy with the same layout (so iteration order is preserved, as CPython's
    /// `set_merge` fast path does for an empty target).
    pub fn try_clone(&self, alloc: &Allocator) -> Result<SetTable, AllocError> {
        let mut slots = HeapVec::with_capacity(alloc, self.slots.len())?;
        slots.extend(
            alloc,
            self.slots.iter().map(|s| SetSlot {
                hash: if s.key.is_some() { s.hash } else { 0 },
                key: s.key.clone(),
            }),
        )?;
        Ok(SetTable {
            slots,
            fill: self.used,
            used: self.used,
            finger: 0,
        })
    }

    /// Grows the table ahead of merging `incoming` more keys (as `set_update_internal`).
    pub fn reserve_for_merge(
        &mut self,
        alloc: &Allocator,
        incoming: usize,
    ) -> Result<(), AllocError> {
        self.ensure_table(alloc)?;
        if (self.fill + incoming) * 5 >= self.mask() * 3 {
            self.resize(alloc, (self.used + incoming) * 2)?;
        }
        Ok(())
    }

    /// CPython's frozenset hash over the whole table.
    pub fn frozen_hash(&self) -> i64 {
        fn shuffle(h: u64) -> u64 {
            ((h ^ 89869747) ^ (h << 16)).wrapping_mul(3644798167)
        }
        let mut hash: u64 = 0;
        for s in self.slots.iter() {
            hash ^= shuffle(if s.key.is_some() { s.hash as u64 } else { 0 });
        }
        // Empty and dummy slots each contributed shuffle(0) above: an odd number of
        // them leaves one in, which CPython's hash (over active entries) does not have.
        if (self.slots.len() - self.used) & 1 == 1 {
            hash ^= shuffle(0);
        }
        hash ^= (self.used as u64 + 1).wrapping_mul(1927868237);
        hash ^= (hash >> 11) ^ (hash >> 25);
        hash = hash.wrapping_mul(69069).wrapping_add(907133923);
        if hash == u64::MAX {
            590923713
        } else {
            hash as i64
        }
    }
}

fn insert_clean(slots: &mut HeapVec<SetSlot>, mask: usize, hash: i64, key: Obj) {
    let mut perturb = hash as u64;
    let mut i = (hash as u64 as usize) & mask;
    loop {
        if slots[i].key.is_none() {
            slots[i] = SetSlot {
                hash,
                key: Some(key),
            };
            return;
        }
        if i + LINEAR_PROBES <= mask {
            for j in 1..=LINEAR_PROBES {
                if slots[i + j].key.is_none() {
                    slots[i + j] = SetSlot {
                        hash,
                        key: Some(key),
                    };
                    return;
                }
            }
        }
        perturb >>= PERTURB_SHIFT;
        i = (i
            .wrapping_mul(5)
            .wrapping_add(1)
            .wrapping_add(perturb as usize))
            & mask;
    }
}
