//! collections.deque: a double-ended queue stored, as in CPython, in fixed blocks of 64
//! slots, so that growing at either end never moves the items already stored and memory
//! comes and goes a block at a time.
//!
//! CPython chains its blocks in a doubly linked list; here the blocks sit in a small
//! ring-buffer map (safe Rust, and O(1) indexing as a bonus). Every block and the map
//! come from the heap's allocator, so `sys.getsizeof` reports what a deque really holds.

use std::cell::{Cell, RefCell};

use super::Tag;
use crate::declare_payload;
use crate::heap::{AllocError, Allocator, Behaviour, HeapVec, NoTail, Obj};

/// Slots per block (CPython's BLOCKLEN).
pub const BLOCK_LEN: usize = 64;
/// Where the first item of an empty deque goes, so that it can grow both ways (CPython's
/// CENTER + 1).
const START: usize = (BLOCK_LEN - 1) / 2 + 1;
/// Smallest map of blocks.
const MIN_MAP: usize = 8;

type Block = HeapVec<Option<Obj>>;

/// The items of a deque: `len` items starting at slot `left` of the first block.
pub struct DequeStore {
    /// Ring buffer of blocks: block `b` is `map[(head + b) % map.len()]`.
    map: HeapVec<Option<Block>>,
    head: usize,
    nblocks: usize,
    left: usize,
    len: usize,
}

fn new_block(a: &Allocator) -> Result<Block, AllocError> {
    let mut b = HeapVec::with_capacity(a, BLOCK_LEN)?;
    b.extend(a, std::iter::repeat_n(None, BLOCK_LEN))?;
    Ok(b)
}

impl DequeStore {
    /// An empty deque: one block, positioned at its centre.
    pub fn new(a: &Allocator) -> Result<DequeStore, AllocError> {
        let mut map = HeapVec::with_capacity(a, MIN_MAP)?;
        map.extend(a, std::iter::repeat_with(|| None).take(MIN_MAP))?;
        if let Some(slot) = map.as_mut_slice().first_mut() {
            *slot = Some(new_block(a)?);
        }
        Ok(DequeStore {
            map,
            head: 0,
            nblocks: 1,
            left: START,
            len: 0,
        })
    }

    pub fn len(&self) -> usize {
        self.len
    }

    /// Where the items of an empty deque start: CPython fills a deque that `extend`
    /// starts from the left edge of its block (`extendleft` from the right edge), so
    /// that a deque built in one go uses as few blocks as possible.
    pub fn position_empty(&mut self, from_left: bool) {
        if self.len == 0 {
            self.left = if from_left { 1 } else { BLOCK_LEN - 1 };
        }
    }

    pub fn is_empty(&self) -> bool {
        self.len == 0
    }

    /// Bytes of storage: the block map and every block.
    pub fn storage_bytes(&self) -> usize {
        self.map.storage_bytes()
            + self
                .map
                .iter()
                .flatten()
                .map(HeapVec::storage_bytes)
                .sum::<usize>()
    }

    fn map_index(&self, block: usize) -> usize {
        (self.head + block) % self.map.len().max(1)
    }

    /// The slot at absolute position `p` (counted from slot 0 of the first block).
    fn slot(&self, p: usize) -> Option<&Option<Obj>> {
        let b = self.map.get(self.map_index(p / BLOCK_LEN))?.as_ref()?;
        b.get(p % BLOCK_LEN)
    }

    fn slot_mut(&mut self, p: usize) -> Option<&mut Option<Obj>> {
        let i = self.map_index(p / BLOCK_LEN);
        let b = self.map.as_mut_slice().get_mut(i)?.as_mut()?;
        b.as_mut_slice().get_mut(p % BLOCK_LEN)
    }

    /// The item at index `i`.
    pub fn get(&self, i: usize) -> Option<&Obj> {
        if i >= self.len {
            return None;
        }
        self.slot(self.left + i)?.as_ref()
    }

    /// Replaces the item at index `i`, returning the old one.
    pub fn set(&mut self, i: usize, v: Obj) -> Option<Obj> {
        if i >= self.len {
            return None;
        }
        let p = self.left + i;
        self.slot_mut(p)?.replace(v)
    }

    /// Doubles the map when every entry holds a block, keeping block order.
    fn grow_map(&mut self, a: &Allocator) -> Result<(), AllocError> {
        if self.nblocks < self.map.len() {
            return Ok(());
        }
        let cap = (self.map.len() * 2).max(MIN_MAP);
        let mut map: HeapVec<Option<Block>> = HeapVec::with_capacity(a, cap)?;
        map.extend(a, std::iter::repeat_with(|| None).take(cap))?;
        for b in 0..self.nblocks {
            let i = self.map_index(b);
            let blk = self.map.as_mut_slice().get_mut(i).and_then(Option::take);
            if let Some(slot) = map.as_mut_slice().get_mut(b) {
                *slot = blk;
            }
        }
        let old = std::mem::replace(&mut self.map, map);
        drop(old);
        self.head = 0;
        Ok(())
    }

    /// Halves the map (or more) once three quarters of its entries are empty, so that a
    /// deque that drained gives back its map as well as its blocks. If memory is short
    /// the larger map is simply kept.
    pub fn shrink_map(&mut self, a: &Allocator) {
        let len = self.map.len();
        if len <= MIN_MAP || self.nblocks * 4 > len {
            return;
        }
        let cap = (self.nblocks * 2).next_power_of_two().max(MIN_MAP);
        let Ok(mut map) = HeapVec::<Option<Block>>::with_capacity(a, cap) else {
            return;
        };
        if map
            .extend(a, std::iter::repeat_with(|| None).take(cap))
            .is_err()
        {
            return;
        }
        for b in 0..self.nblocks {
            let i = self.map_index(b);
            let blk = self.map.as_mut_slice().get_mut(i).and_then(Option::take);
            if let Some(slot) = map.as_mut_slice().get_mut(b) {
                *slot = blk;
            }
        }
        let old = std::mem::replace(&mut self.map, map);
        drop(old);
        self.head = 0;
    }

    fn push_block_back(&mut self, a: &Allocator) -> Result<(), AllocError> {
        self.grow_map(a)?;
        let blk = new_block(a)?;
        let i = self.map_index(self.nblocks);
        if let Some(slot) = self.map.as_mut_slice().get_mut(i) {
            *slot = Some(blk);
        }
        self.nblocks += 1;
        Ok(())
    }

    fn push_block_front(&mut self, a: &Allocator) -> Result<(), AllocError> {
        self.grow_map(a)?;
        let blk = new_block(a)?;
        let n = self.map.len();
        self.head = (self.head + n - 1) % n;
        if let Some(slot) = self.map.as_mut_slice().get_mut(self.head) {
            *slot = Some(blk);
        }
        self.nblocks += 1;
        Ok(())
    }

    fn pop_block_back(&mut self) -> Option<Block> {
        if self.nblocks <= 1 {
            return None;
        }
        self.nblocks -= 1;
        let i = self.map_index(self.nblocks);
        self.map.as_mut_slice().get_mut(i).and_then(Option::take)
    }

    fn pop_block_front(&mut self) -> Option<Block> {
        if self.nblocks <= 1 {
            return None;
        }
        let blk = self
            .map
            .as_mut_slice()
            .get_mut(self.head)
            .and_then(Option::take);
        self.head = (self.head + 1) % self.map.len().max(1);
        self.nblocks -= 1;
        blk
    }

    /// After the last item went: back to one block, centred (as CPython does).
    fn recentre(&mut self) -> Vec<Block> {
        let mut freed = Vec::new();
        while let Some(b) = self.pop_block_back() {
            freed.push(b);
        }
        self.left = START;
        freed
    }

    pub fn push_back(&mut self, a: &Allocator, v: Obj) -> Result<(), AllocError> {
        let p = self.left + self.len;
        if p >= self.nblocks * BLOCK_LEN {
            self.push_block_back(a)?;
        }
        if let Some(s) = self.slot_mut(p) {
            *s = Some(v);
            self.len += 1;
        }
        Ok(())
    }

    pub fn push_front(&mut self, a: &Allocator, v: Obj) -> Result<(), AllocError> {
        if self.left == 0 {
            self.push_block_front(a)?;
            self.left = BLOCK_LEN;
        }
        self.left -= 1;
        let p = self.left;
        if let Some(s) = self.slot_mut(p) {
            *s = Some(v);
            self.len += 1;
        }
        Ok(())
    }

    /// Removes the last item; blocks that empty are returned for the caller to drop.
    pub fn pop_back(&mut self) -> Option<(Obj, Vec<Block>)> {
        if self.len == 0 {
            return None;
        }
        let p = self.left + self.len - 1;
        let v = self.slot_mut(p)?.take()?;
        self.len -= 1;
        let mut freed = Vec::new();
        if self.len == 0 {
            freed = self.recentre();
        } else if (self.left + self.len) <= (self.nblocks - 1) * BLOCK_LEN {
            freed.extend(self.pop_block_back());
        }
        Some((v, freed))
    }

    /// Removes the first item; blocks that empty are returned for the caller to drop.
    pub fn pop_front(&mut self) -> Option<(Obj, Vec<Block>)> {
        if self.len == 0 {
            return None;
        }
        let p = self.left;
        let v = self.slot_mut(p)?.take()?;
        self.len -= 1;
        self.left += 1;
        let mut freed = Vec::new();
        if self.len == 0 {
            freed = self.recentre();
        } else if self.left == BLOCK_LEN {
            freed.extend(self.pop_block_front());
            self.left = 0;
        }
        Some((v, freed))
    }

    /// Exchanges the items at indices `i` and `j` (both below `len`).
    fn swap(&mut self, i: usize, j: usize) {
        let (pa, pb) = (self.left + i, self.left + j);
        let x = self.slot_mut(pa).and_then(Option::take);
        let y = self.slot_mut(pb).and_then(Option::take);
        if let Some(s) = self.slot_mut(pa) {
            *s = y;
        }
        if let Some(s) = self.slot_mut(pb) {
            *s = x;
        }
    }

    /// Removes the item at index `i`: it moves to the nearer end and leaves from there.
    pub fn remove(&mut self, i: usize) -> Option<(Obj, Vec<Block>)> {
        if i >= self.len {
            return None;
        }
        if i < self.len / 2 {
            for j in (0..i).rev() {
                self.swap(j, j + 1);
            }
            self.pop_front()
        } else {
            for j in i..self.len - 1 {
                self.swap(j, j + 1);
            }
            self.pop_back()
        }
    }

    /// Inserts `v` so that it becomes the item at index `i` (clamped to `len`): it
    /// enters at the nearer end and moves into place.
    pub fn insert(&mut self, a: &Allocator, i: usize, v: Obj) -> Result<(), AllocError> {
        let i = i.min(self.len);
        if i < self.len / 2 {
            self.push_front(a, v)?;
            for j in 0..i {
                self.swap(j, j + 1);
            }
        } else {
            self.push_back(a, v)?;
            for j in (i..self.len - 1).rev() {
                self.swap(j, j + 1);
            }
        }
        Ok(())
    }

    /// Reverses the items in place.
    pub fn reverse(&mut self) {
        let n = self.len;
        for i in 0..n / 2 {
            self.swap(i, n - 1 - i);
        }
    }

    /// Removes every item, keeping one centred block; returns what was removed.
    pub fn take_all(&mut self) -> (Vec<Obj>, Vec<Block>) {
        let mut items = Vec::with_capacity(self.len);
        for i in 0..self.len {
            let p = self.left + i;
            if let Some(v) = self.slot_mut(p).and_then(Option::take) {
                items.push(v);
            }
        }
        self.len = 0;
        let freed = self.recentre();
        (items, freed)
    }

    /// Every item in order.
    pub fn to_vec(&self) -> Vec<Obj> {
        (0..self.len).filter_map(|i| self.get(i).cloned()).collect()
    }

    fn for_each(&self, visit: &mut dyn FnMut(&Obj)) {
        for i in 0..self.len {
            if let Some(v) = self.get(i) {
                visit(v);
            }
        }
    }
}

pub struct DequeObj {
    pub store: RefCell<DequeStore>,
    /// The bound on the length (None: unbounded).
    pub maxlen: Cell<Option<usize>>,
    /// Bumped by every change of the item sequence, so iterators can detect mutation.
    pub state: Cell<u64>,
}
declare_payload!(DequeObj, "deque", Tag::Deque, gc);
impl Behaviour for DequeObj {
    fn traverse(&self, _: &[NoTail], visit: &mut dyn FnMut(&Obj)) {
        if let Ok(s) = self.store.try_borrow() {
            s.for_each(visit);
        }
    }
    fn clear(&self) {
        let taken = self.store.try_borrow_mut().map(|mut s| s.take_all());
        drop(taken);
    }
}

impl DequeObj {
    pub fn new(a: &Allocator, maxlen: Option<usize>) -> Result<DequeObj, AllocError> {
        Ok(DequeObj {
            store: RefCell::new(DequeStore::new(a)?),
            maxlen: Cell::new(maxlen),
            state: Cell::new(0),
        })
    }

    pub fn len(&self) -> usize {
        self.store.try_borrow().map_or(0, |s| s.len())
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    pub fn bump(&self) {
        self.state.set(self.state.get().wrapping_add(1));
    }
}

/// Iterator over a deque, forwards or backwards; it fails if the deque changes.
pub struct DequeIterObj {
    pub deque: RefCell<Option<Obj>>,
    /// Next index to yield (counting from the end when `reverse`).
    pub index: Cell<usize>,
    /// The deque's `state` when iteration began.
    pub state: u64,
    pub reverse: bool,
}
declare_payload!(DequeIterObj, "deque_iterator", Tag::DequeIter, gc);
impl Behaviour for DequeIterObj {
    fn traverse(&self, _: &[NoTail], visit: &mut dyn FnMut(&Obj)) {
        if let Ok(d) = self.deque.try_borrow() {
            super::visit_opt(&d, visit);
        }
    }
    fn clear(&self) {
        let old = self.deque.try_borrow_mut().map(|mut d| d.take());
        drop(old);
    }
}
