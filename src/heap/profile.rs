//! The heap profile behind `--flamegraph` and `--mem-timeline`: while it records, every
//! block the allocator hands out is kept with its size and the call stack the interpreter
//! reported as current (an opaque stack id), so that the blocks live at the peak of heap
//! use, and everything allocated, can be told by stack; and the bytes in use are sampled
//! over time. Exact, because every allocation funnels through the allocator.
//!
//! The live-at-peak table costs O(1) per allocation, amortised: changes since the last
//! peak are kept per stack in `since_peak`, and folded into `at_peak` only when the heap
//! reaches a new peak (each folded entry was made by at least one event since then).

use std::time::Instant;

use rustc_hash::FxHashMap;

/// A call stack as the interpreter interns it.
pub type StackId = u32;

/// Allocations and frees between two samples of the bytes in use.
const FIRST_SAMPLE_STRIDE: u32 = 64;
/// Samples kept; when full, every other one is dropped and the stride doubles.
const MAX_SAMPLES: usize = 2048;

/// One reading of the heap: seconds since the profile started, bytes in use.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Sample {
    pub seconds: f64,
    pub bytes: usize,
}

/// One garbage collection: when it started, its generation, bytes in use after it.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Collection {
    pub seconds: f64,
    pub generation: usize,
    pub bytes_after: usize,
}

pub struct HeapProfile {
    started: Instant,
    /// Live recorded blocks: address -> (bytes, stack).
    blocks: FxHashMap<usize, (usize, StackId)>,
    /// Live bytes per stack at the last peak.
    at_peak: FxHashMap<StackId, usize>,
    /// Change of live bytes per stack since the last peak.
    since_peak: FxHashMap<StackId, isize>,
    /// Bytes ever allocated per stack.
    total: FxHashMap<StackId, usize>,
    peak: Sample,
    samples: Vec<Sample>,
    stride: u32,
    countdown: u32,
    collections: Vec<Collection>,
    /// The stack new blocks belong to (set by the interpreter as it runs).
    pub(super) stack: StackId,
}

impl HeapProfile {
    /// A profile whose clock starts now, with the heap at `bytes_in_use`.
    pub fn new(bytes_in_use: usize) -> Self {
        let first = Sample {
            seconds: 0.0,
            bytes: bytes_in_use,
        };
        HeapProfile {
            started: Instant::now(),
            blocks: FxHashMap::default(),
            at_peak: FxHashMap::default(),
            since_peak: FxHashMap::default(),
            total: FxHashMap::default(),
            peak: first,
            samples: vec![first],
            stride: FIRST_SAMPLE_STRIDE,
            countdown: FIRST_SAMPLE_STRIDE,
            collections: Vec::new(),
            stack: 0,
        }
    }

    fn now(&self) -> f64 {
        self.started.elapsed().as_secs_f64()
    }

    pub(super) fn record_alloc(&mut self, addr: usize, bytes: usize, heap_now: usize) {
        let stack = self.stack;
        self.blocks.insert(addr, (bytes, stack));
        self.add_live(stack, bytes, heap_now);
    }

    /// Adds `bytes` to the live block at `addr`, at the stack that allocated it.
    pub(super) fn record_grow(&mut self, addr: usize, bytes: usize, heap_now: usize) {
        let Some((size, stack)) = self.blocks.get_mut(&addr) else {
            return;
        };
        *size += bytes;
        let stack = *stack;
        self.add_live(stack, bytes, heap_now);
    }

    /// Counts `bytes` more live at `stack`, and the heap at `heap_now` bytes.
    fn add_live(&mut self, stack: StackId, bytes: usize, heap_now: usize) {
        *self.since_peak.entry(stack).or_insert(0) += bytes as isize;
        *self.total.entry(stack).or_insert(0) += bytes;
        if heap_now > self.peak.bytes {
            for (s, d) in self.since_peak.drain() {
                let live = self.at_peak.entry(s).or_insert(0);
                *live = live.saturating_add_signed(d);
            }
            self.at_peak.retain(|_, b| *b > 0);
            self.peak = Sample {
                seconds: self.started.elapsed().as_secs_f64(),
                bytes: heap_now,
            };
        }
        self.tick(heap_now);
    }

    pub(super) fn record_free(&mut self, addr: usize, heap_now: usize) {
        if let Some((bytes, stack)) = self.blocks.remove(&addr) {
            *self.since_peak.entry(stack).or_insert(0) -= bytes as isize;
        }
        self.tick(heap_now);
    }

    /// Counts one event; every `stride` events, samples the heap.
    #[inline]
    fn tick(&mut self, heap_now: usize) {
        self.countdown -= 1;
        if self.countdown == 0 {
            self.countdown = self.stride;
            self.sample(heap_now);
        }
    }

    /// Records the bytes in use now (also called at safe points such as collections).
    pub fn sample(&mut self, heap_now: usize) {
        if self.samples.len() >= MAX_SAMPLES {
            let mut i = 0;
            self.samples.retain(|_| {
                i += 1;
                i % 2 == 1
            });
            self.stride = self.stride.saturating_mul(2);
        }
        let seconds = self.now();
        self.samples.push(Sample {
            seconds,
            bytes: heap_now,
        });
    }

    /// Records a garbage collection of `generation` that just ended.
    pub fn record_collection(&mut self, generation: usize, started: f64, heap_now: usize) {
        self.collections.push(Collection {
            seconds: started,
            generation,
            bytes_after: heap_now,
        });
        self.sample(heap_now);
    }

    /// Seconds since the profile started.
    pub fn elapsed(&self) -> f64 {
        self.now()
    }

    /// The peak of heap use: when, and how many bytes.
    pub fn peak(&self) -> Sample {
        self.peak
    }

    /// Live bytes per stack at the peak (stacks with none left out).
    pub fn live_at_peak(&self) -> Vec<(StackId, usize)> {
        let mut v: Vec<(StackId, usize)> = self.at_peak.iter().map(|(&s, &b)| (s, b)).collect();
        v.sort_unstable();
        v
    }

    /// Bytes ever allocated per stack.
    pub fn allocated(&self) -> Vec<(StackId, usize)> {
        let mut v: Vec<(StackId, usize)> = self.total.iter().map(|(&s, &b)| (s, b)).collect();
        v.sort_unstable();
        v
    }

    /// The heap samples in time order, ending with one taken now.
    pub fn samples(&self, heap_now: usize) -> Vec<Sample> {
        let mut v = self.samples.clone();
        v.push(Sample {
            seconds: self.now(),
            bytes: heap_now,
        });
        v
    }

    pub fn collections(&self) -> &[Collection] {
        &self.collections
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn live_at_peak_is_the_state_at_the_highest_point() {
        let mut p = HeapProfile::new(0);
        p.stack = 1;
        p.record_alloc(0x10, 100, 100);
        p.stack = 2;
        p.record_alloc(0x20, 50, 150);
        p.record_free(0x10, 50);
        p.stack = 3;
        p.record_alloc(0x30, 80, 130);
        assert_eq!(p.live_at_peak(), vec![(1, 100), (2, 50)]);
        assert_eq!(p.peak().bytes, 150);
        p.record_alloc(0x40, 30, 160);
        assert_eq!(p.live_at_peak(), vec![(2, 50), (3, 110)]);
        assert_eq!(p.allocated(), vec![(1, 100), (2, 50), (3, 110)]);
    }

    #[test]
    fn samples_stay_bounded() {
        let mut p = HeapProfile::new(0);
        for i in 0..(MAX_SAMPLES * 200) {
            p.record_alloc(i, 16, i);
        }
        assert!(p.samples(0).len() <= MAX_SAMPLES + 1);
    }
}
