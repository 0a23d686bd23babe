//! The instrumented dispatch mode: while `tracemalloc` traces allocations or a line
//! profiler runs, the dispatch loop reports every instruction here. It tells the
//! allocator which source location (or stack of locations) new blocks belong to, and
//! feeds line events to the memory line profilers. The plain dispatch mode pays nothing.

use std::rc::Rc;

use rustc_hash::FxHashMap;

use crate::compile::bytecode::CodeObject;
use crate::heap::trace::TraceLocation;

use super::Vm;
use super::line_profile::LineProfilers;
use super::stack_table::StackTable;

/// Marks a location that names an interned traceback rather than one (file, line).
const TRACEBACK_FLAG: u64 = 1 << 63;

/// What the instrumented loop works out once per frame it runs.
#[derive(Clone, Copy, Default)]
pub(crate) struct FrameTrace {
    /// Index of the frame's file in `Vm::trace_files`.
    file: u32,
    /// The frame's code is watched by a line profiler.
    pub(crate) profiled: bool,
}

pub(crate) struct Instrumentation {
    /// Frames recorded per traced block (`tracemalloc.start(nframe)`).
    pub(crate) nframe: usize,
    /// Interned tracebacks (frames most recent first) when `nframe > 1`.
    tracebacks: Vec<Box<[TraceLocation]>>,
    traceback_ids: FxHashMap<Box<[TraceLocation]>, usize>,
    /// (frame depth, code, line) whose traceback was interned last, and its location.
    last_stack: Option<(usize, usize, u32, TraceLocation)>,
    pub(crate) lines: LineProfilers,
    /// The call stacks of the heap profile, while one records.
    pub(crate) stacks: Option<Box<StackTable>>,
}

impl Instrumentation {
    /// Forgets the last traced call stack (another thread's frames run now).
    pub(crate) fn forget_last_stack(&mut self) {
        self.last_stack = None;
    }
}

impl Default for Instrumentation {
    fn default() -> Self {
        Instrumentation {
            nframe: 1,
            tracebacks: Vec::new(),
            traceback_ids: FxHashMap::default(),
            last_stack: None,
            lines: LineProfilers::default(),
            stacks: None,
        }
    }
}

impl Instrumentation {
    /// Forgets interned tracebacks (when traces are cleared, none refers to them).
    pub(crate) fn clear_tracebacks(&mut self) {
        self.tracebacks.clear();
        self.traceback_ids.clear();
        self.last_stack = None;
    }
}

fn single(file: u32, line: u32) -> TraceLocation {
    ((file as u64) << 32) | line as u64
}

fn line_at(code: &CodeObject, ip: usize) -> u32 {
    code.traced_line(ip)
}

impl Vm {
    /// True when the dispatch loop must run in its instrumented mode.
    #[inline]
    pub(crate) fn instrumented(&self) -> bool {
        self.heap.allocator().is_tracing() || self.instrument.lines.any_enabled()
    }

    /// Called by the instrumented loop whenever it starts or resumes running a frame.
    pub(crate) fn trace_frame_enter(&mut self, code: &Rc<CodeObject>) -> FrameTrace {
        self.instrument.last_stack = None;
        if let Some(stacks) = &mut self.instrument.stacks {
            let callers = self
                .frames
                .iter()
                .map(|f| (&f.code, line_at(&f.code, f.ip.saturating_sub(1))));
            stacks.enter_frame(self.frames.len(), callers);
        }
        FrameTrace {
            file: self.trace_file_id(&code.filename),
            profiled: self.instrument.lines.watches(code),
        }
    }

    /// Called by the instrumented loop before the instruction at `ip` runs.
    #[inline]
    pub(crate) fn trace_step(&mut self, code: &Rc<CodeObject>, ft: FrameTrace, ip: usize) {
        let line = line_at(code, ip);
        if let Some(stacks) = &mut self.instrument.stacks {
            let id = stacks.step(self.frames.len(), code, line);
            self.heap.allocator().set_profile_stack(id);
            if !self.heap.allocator().is_tracemalloc_tracing() {
                if ft.profiled {
                    self.profile_step(code, ip, line);
                }
                return;
            }
        }
        if self.heap.allocator().is_tracing() {
            let loc = if self.instrument.nframe <= 1 {
                single(ft.file, line)
            } else {
                self.stack_location(code, ft.file, line)
            };
            self.heap.allocator().set_trace_location(loc);
        }
        if ft.profiled {
            self.profile_step(code, ip, line);
        }
    }

    /// The interned traceback of the running frame and its callers (up to `nframe`).
    fn stack_location(&mut self, code: &Rc<CodeObject>, file: u32, line: u32) -> TraceLocation {
        let depth = self.frames.len();
        let key = (depth, Rc::as_ptr(code) as usize, line);
        if let Some((d, c, l, loc)) = self.instrument.last_stack
            && (d, c, l) == key
        {
            return loc;
        }
        let mut frames = vec![single(file, line)];
        let callers: Vec<(Rc<str>, u32)> = self
            .frames
            .iter()
            .rev()
            .skip(1)
            .take(self.instrument.nframe.saturating_sub(1))
            .map(|f| {
                (
                    f.code.filename.clone(),
                    line_at(&f.code, f.ip.saturating_sub(1)),
                )
            })
            .collect();
        for (filename, l) in callers {
            let id = self.trace_file_id(&filename);
            frames.push(single(id, l));
        }
        let frames = frames.into_boxed_slice();
        let ins = &mut self.instrument;
        let id = match ins.traceback_ids.get(&frames) {
            Some(&id) => id,
            None => {
                ins.tracebacks.push(frames.clone());
                ins.traceback_ids.insert(frames, ins.tracebacks.len() - 1);
                ins.tracebacks.len() - 1
            }
        };
        let loc = TRACEBACK_FLAG | id as u64;
        ins.last_stack = Some((key.0, key.1, key.2, loc));
        loc
    }

    /// The frames (file, line), most recent first, that a traced location stands for.
    pub(crate) fn trace_frames(&self, loc: TraceLocation) -> Vec<(Rc<str>, u32)> {
        if loc & TRACEBACK_FLAG == 0 {
            return vec![self.trace_location(loc)];
        }
        match self
            .instrument
            .tracebacks
            .get((loc & !TRACEBACK_FLAG) as usize)
        {
            Some(frames) => frames.iter().map(|&l| self.trace_location(l)).collect(),
            None => vec![self.trace_location(0)],
        }
    }
}

impl Vm {
    /// The source text the interpreter read for `filename`, if any.
    pub(crate) fn source_of(&self, filename: &str) -> Option<super::source_text::SourceText> {
        self.sources.get(filename).cloned()
    }
}
