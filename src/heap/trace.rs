//! Allocation tracing for `tracemalloc`: while on, every block the allocator hands out is
//! recorded with its size and the source location the interpreter reported as current,
//! and forgotten when it is freed. Exact, because every allocation funnels through the
//! allocator.

use rustc_hash::FxHashMap;

/// A source location as the interpreter encodes it (file id and line).
pub type TraceLocation = u64;

#[derive(Default)]
pub struct Tracer {
    /// `tracemalloc` is tracing (the allocator's hook may also be on for the profile).
    pub(super) python: bool,
    /// The heap profile (`--flamegraph`, `--mem-timeline`), when one records.
    pub(super) profile: Option<Box<super::profile::HeapProfile>>,
    /// Live traced blocks: address -> (bytes, location).
    blocks: FxHashMap<usize, (usize, TraceLocation)>,
    current: usize,
    peak: usize,
    /// Where allocations happen now (set by the interpreter as it runs).
    pub(super) location: TraceLocation,
}

impl Tracer {
    pub(super) fn record_alloc(&mut self, addr: usize, bytes: usize, heap_now: usize) {
        if self.python {
            self.blocks.insert(addr, (bytes, self.location));
            self.current += bytes;
            self.peak = self.peak.max(self.current);
        }
        if let Some(p) = &mut self.profile {
            p.record_alloc(addr, bytes, heap_now);
        }
    }

    /// Adds `bytes` to the live block at `addr` (memory its object holds outside the
    /// heap, counted with it).
    pub(super) fn record_grow(&mut self, addr: usize, bytes: usize, heap_now: usize) {
        if self.python
            && let Some((size, _)) = self.blocks.get_mut(&addr)
        {
            *size += bytes;
            self.current += bytes;
            self.peak = self.peak.max(self.current);
        }
        if let Some(p) = &mut self.profile {
            p.record_grow(addr, bytes, heap_now);
        }
    }

    pub(super) fn record_free(&mut self, addr: usize, heap_now: usize) {
        if self.python
            && let Some((bytes, _)) = self.blocks.remove(&addr)
        {
            self.current -= bytes;
        }
        if let Some(p) = &mut self.profile {
            p.record_free(addr, heap_now);
        }
    }

    /// The heap profile, when one records.
    pub fn profile(&mut self) -> Option<&mut super::profile::HeapProfile> {
        self.profile.as_deref_mut()
    }

    /// (current, peak) bytes of traced blocks.
    pub fn traced_memory(&self) -> (usize, usize) {
        (self.current, self.peak)
    }

    pub fn reset_peak(&mut self) {
        self.peak = self.current;
    }

    /// Every live traced block as (location, bytes).
    pub fn blocks(&self) -> Vec<(TraceLocation, usize)> {
        self.blocks.values().map(|&(b, l)| (l, b)).collect()
    }

    /// The location of the traced block that holds address `addr`, if any.
    pub fn block_containing(&self, addr: usize) -> Option<TraceLocation> {
        self.blocks
            .iter()
            .find(|&(&b, &(size, _))| b <= addr && addr < b + size)
            .map(|(_, &(_, loc))| loc)
    }

    /// Bytes the trace table itself takes (`tracemalloc.get_tracemalloc_memory()`).
    pub fn table_bytes(&self) -> usize {
        let entry = std::mem::size_of::<(usize, (usize, TraceLocation))>() + 1;
        std::mem::size_of::<Self>() + self.blocks.capacity() * entry
    }

    /// Forgets all traces (`tracemalloc.clear_traces()`).
    pub fn clear(&mut self) {
        self.blocks.clear();
        self.current = 0;
        self.peak = 0;
    }
}
