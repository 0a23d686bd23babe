//! The heap profile seen from the VM: starting it (the allocator records blocks, the
//! instrumented dispatch loop reports call stacks), noting collections, and ending it
//! with a report in plain data that the picture writers draw.

use crate::heap::profile::{Collection, Sample, StackId};

use super::Vm;
use super::stack_table::StackTable;

/// One frame of an allocating stack.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ProfileFrame {
    pub function: String,
    pub file: String,
    pub line: u32,
}

/// Live bytes at the peak allocated by one source line (from any stack).
#[derive(Clone, Debug)]
pub struct LineBytes {
    pub function: String,
    pub file: String,
    pub line: u32,
    /// The line's source text, stripped ('' when unknown).
    pub source: String,
    pub bytes: usize,
}

/// What a heap profile recorded, by stack (frames outermost first).
#[derive(Debug)]
pub struct HeapReport {
    pub peak: Sample,
    pub live_at_peak: Vec<(Vec<ProfileFrame>, usize)>,
    pub allocated: Vec<(Vec<ProfileFrame>, usize)>,
    pub samples: Vec<Sample>,
    pub collections: Vec<Collection>,
    /// Source lines by live bytes at the peak, most first.
    pub top_lines: Vec<LineBytes>,
}

impl Vm {
    /// Starts recording a heap profile from now on.
    pub fn start_heap_profile(&mut self) {
        self.instrument.stacks = Some(Box::default());
        self.heap.allocator().start_profile();
    }

    /// Called after a collection of `generation` that began `started` seconds into the
    /// profile; cheap, and only while a profile records.
    pub(crate) fn profile_collection(&mut self, generation: usize, started: f64) {
        let heap_now = self.heap.allocator().bytes_in_use();
        self.heap.allocator().with_tracer(|t| {
            if let Some(p) = t.profile() {
                p.record_collection(generation, started, heap_now);
            }
        });
    }

    /// Seconds since the heap profile started, if one records.
    pub(crate) fn profile_clock(&self) -> Option<f64> {
        self.instrument.stacks.as_ref()?;
        self.heap
            .allocator()
            .with_tracer(|t| t.profile().map(|p| p.elapsed()))
            .flatten()
    }

    /// Ends the heap profile and reports what it recorded.
    pub fn finish_heap_profile(&mut self) -> Option<HeapReport> {
        let heap_now = self.heap.allocator().bytes_in_use();
        let profile = self.heap.allocator().take_profile()?;
        let stacks = self.instrument.stacks.take()?;
        let by_stack = |list: Vec<(StackId, usize)>| -> Vec<(Vec<ProfileFrame>, usize)> {
            list.into_iter()
                .map(|(id, bytes)| (frames_of(&stacks, id), bytes))
                .collect()
        };
        let live_at_peak = by_stack(profile.live_at_peak());
        let allocated = by_stack(profile.allocated());
        let top_lines = self.lines_by_bytes(&live_at_peak);
        Some(HeapReport {
            peak: profile.peak(),
            live_at_peak,
            allocated,
            samples: profile.samples(heap_now),
            collections: profile.collections().to_vec(),
            top_lines,
        })
    }

    /// Bytes per innermost (function, file, line), most first.
    fn lines_by_bytes(&self, stacks: &[(Vec<ProfileFrame>, usize)]) -> Vec<LineBytes> {
        let mut totals: Vec<(ProfileFrame, usize)> = Vec::new();
        let mut index = rustc_hash::FxHashMap::default();
        for (frames, bytes) in stacks {
            let leaf = frames.last().cloned().unwrap_or_else(no_frame);
            let key = (leaf.function.clone(), leaf.file.clone(), leaf.line);
            let i = *index.entry(key).or_insert_with(|| {
                totals.push((leaf, 0));
                totals.len() - 1
            });
            totals[i].1 += bytes;
        }
        totals.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.line.cmp(&b.0.line)));
        totals
            .into_iter()
            .map(|(f, bytes)| {
                let source = self
                    .source_of(&f.file)
                    .and_then(|s| {
                        (f.line as usize)
                            .checked_sub(1)
                            .and_then(|i| s.lines().nth(i).map(|l| l.trim().to_owned()))
                    })
                    .unwrap_or_default();
                LineBytes {
                    function: f.function,
                    file: f.file,
                    line: f.line,
                    source,
                    bytes,
                }
            })
            .collect()
    }
}

/// The frame allocations made outside any Python frame are shown under.
fn no_frame() -> ProfileFrame {
    ProfileFrame {
        function: "<interpreter>".to_owned(),
        file: String::new(),
        line: 0,
    }
}

fn frames_of(stacks: &StackTable, id: StackId) -> Vec<ProfileFrame> {
    let frames: Vec<ProfileFrame> = stacks
        .frames(id)
        .into_iter()
        .map(|(f, line)| ProfileFrame {
            function: f.qualname.to_string(),
            file: f.filename.to_string(),
            line,
        })
        .collect();
    if frames.is_empty() {
        vec![no_frame()]
    } else {
        frames
    }
}
