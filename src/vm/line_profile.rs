//! Line-by-line memory profiling (`memory_profiler`'s `@profile`). A profiler watches
//! some code objects; while it is enabled the instrumented dispatch loop turns the
//! execution of watched frames into the events CPython's `sys.settrace` would report
//! (call, line, return) and the profiler applies memory_profiler's bookkeeping to them,
//! measuring the heap's exact bytes in use instead of sampling the process size.

use std::collections::BTreeMap;
use std::rc::Rc;

use rustc_hash::FxHashMap;

use crate::compile::bytecode::CodeObject;
use crate::heap::Obj;
use crate::objects::CodeObj;

use super::Vm;

/// What memory_profiler keeps per line: the summed increments, the largest usage seen
/// after the line, and how many times it ran.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Measure {
    pub increment: i64,
    pub usage: i64,
    pub occurrences: u64,
}

/// A profiled function: its source block and the measures of its lines (its nested
/// code objects, such as comprehensions, report into the same lines).
pub struct TopCode {
    pub filename: Rc<str>,
    pub start: u32,
    pub end: u32,
    pub measures: BTreeMap<u32, Measure>,
}

#[derive(Default)]
pub struct LineProfiler {
    enabled: bool,
    /// Watched code (by address) -> (index in `tops`, line of its call event).
    codes: FxHashMap<usize, (usize, u32)>,
    /// Keeps watched code alive so that addresses stay unique.
    owned: Vec<Rc<CodeObject>>,
    pub tops: Vec<TopCode>,
    /// Per active watched frame: the line whose memory the next event records.
    prevlines: Vec<u32>,
    prev_lineno: Option<u32>,
}

impl LineProfiler {
    /// memory_profiler's `CodeMap.trace`: records `mem` as the usage after `lineno`.
    fn trace(&mut self, top: usize, lineno: u32, mem: i64) {
        let prev_lineno = self.prev_lineno;
        let Some(t) = self.tops.get_mut(top) else {
            return;
        };
        let prev = t.measures.get(&lineno).copied().unwrap_or_default();
        let prev_line_usage = prev_lineno
            .filter(|&l| l != 0)
            .and_then(|l| t.measures.get(&l))
            .map_or(0, |m| m.usage);
        t.measures.insert(
            lineno,
            Measure {
                increment: prev.increment + (mem - prev_line_usage),
                usage: if prev.occurrences == 0 {
                    mem
                } else {
                    mem.max(prev.usage)
                },
                occurrences: prev.occurrences + 1,
            },
        );
    }

    fn on_call(&mut self, top: usize, line: u32) {
        let _ = top;
        self.prevlines.push(line);
    }

    fn on_line(&mut self, top: usize, line: u32, mem: i64) {
        let Some(&prev) = self.prevlines.last() else {
            return;
        };
        self.trace(top, prev, mem);
        self.prev_lineno = Some(prev);
        if let Some(l) = self.prevlines.last_mut() {
            *l = line;
        }
    }

    fn on_return(&mut self, top: usize, mem: i64) {
        let Some(prev) = self.prevlines.pop() else {
            return;
        };
        self.trace(top, prev, mem);
        self.prev_lineno = Some(prev);
    }
}

/// A watched frame that is running (or suspended in a call).
struct Tracked {
    depth: usize,
    base: usize,
    code: usize,
    last_line: u32,
    last_ip: usize,
    /// The previous instruction reported a line event (a backward jump right after one
    /// is the same loop step, not a new one).
    fired_last: bool,
}

#[derive(Default)]
pub struct LineProfilers {
    enabled: usize,
    slots: Vec<Option<LineProfiler>>,
    tracked: Vec<Tracked>,
}

impl LineProfilers {
    #[inline]
    pub fn any_enabled(&self) -> bool {
        self.enabled > 0
    }

    pub fn watches(&self, code: &Rc<CodeObject>) -> bool {
        let addr = Rc::as_ptr(code) as usize;
        self.enabled > 0
            && self
                .slots
                .iter()
                .flatten()
                .any(|p| p.enabled && p.codes.contains_key(&addr))
    }

    pub fn create(&mut self) -> usize {
        if let Some(i) = self.slots.iter().position(Option::is_none) {
            self.slots[i] = Some(LineProfiler::default());
            return i;
        }
        self.slots.push(Some(LineProfiler::default()));
        self.slots.len() - 1
    }

    pub fn get(&self, id: usize) -> Option<&LineProfiler> {
        self.slots.get(id).and_then(Option::as_ref)
    }

    fn get_mut(&mut self, id: usize) -> Option<&mut LineProfiler> {
        self.slots.get_mut(id).and_then(Option::as_mut)
    }

    pub fn release(&mut self, id: usize) {
        self.set_enabled(id, false);
        if let Some(s) = self.slots.get_mut(id) {
            *s = None;
        }
    }

    /// Watches `code` (and the code nested in it) as the function whose source block
    /// spans lines `start..=end`. False if it was watched already.
    pub fn add(&mut self, id: usize, code: &Rc<CodeObject>, start: u32, end: u32) -> bool {
        let Some(p) = self.get_mut(id) else {
            return false;
        };
        let addr = Rc::as_ptr(code) as usize;
        if p.codes.contains_key(&addr) {
            return false;
        }
        p.tops.push(TopCode {
            filename: code.filename.clone(),
            start,
            end,
            measures: BTreeMap::new(),
        });
        let top = p.tops.len() - 1;
        p.codes.insert(addr, (top, start));
        p.owned.push(code.clone());
        let mut nested = Vec::new();
        nested_code(code, &mut nested);
        for c in nested {
            let a = Rc::as_ptr(&c) as usize;
            if let std::collections::hash_map::Entry::Vacant(e) = p.codes.entry(a) {
                e.insert((top, c.firstlineno));
                p.owned.push(c);
            }
        }
        true
    }

    pub fn set_enabled(&mut self, id: usize, on: bool) {
        let Some(p) = self.get_mut(id) else {
            return;
        };
        if p.enabled == on {
            return;
        }
        p.enabled = on;
        if !on {
            p.prevlines.clear();
        }
        if on {
            self.enabled += 1;
        } else {
            self.enabled -= 1;
            if self.enabled == 0 {
                self.tracked.clear();
            }
        }
    }

    fn each_watching(&mut self, code: usize, mut f: impl FnMut(&mut LineProfiler, usize, u32)) {
        for p in self.slots.iter_mut().flatten() {
            if !p.enabled {
                continue;
            }
            if let Some(&(top, call_line)) = p.codes.get(&code) {
                f(p, top, call_line);
            }
        }
    }

    /// Frames that left without a return event (an exception went through them) get
    /// it now: those deeper than `depth`, and one replaced at `depth` itself.
    fn leave_stale(&mut self, depth: usize, current: Option<(usize, usize)>, mem: i64) {
        while let Some(t) = self.tracked.last() {
            let stale = t.depth > depth
                || (t.depth == depth && current.is_none_or(|c| c != (t.base, t.code)));
            if !stale {
                break;
            }
            let code = t.code;
            self.tracked.pop();
            self.each_watching(code, |p, top, _| p.on_return(top, mem));
        }
    }

    /// Records the return events of watched frames deeper than `depth` (they are gone).
    pub fn flush(&mut self, depth: usize, mem: i64) {
        self.leave_stale(depth, None, mem);
    }
}

/// Code objects nested in `code` (comprehensions, inner functions, lambdas), at any depth.
fn nested_code(code: &CodeObject, out: &mut Vec<Rc<CodeObject>>) {
    for c in &code.consts {
        if let Some(co) = c.downcast::<CodeObj>() {
            out.push(co.code.clone());
            nested_code(&co.code, out);
        }
    }
}

/// The functions a file defines: those in `code`'s constants, looking into class
/// bodies but not into the functions themselves (their nested code reports to them).
pub fn file_functions(code: &CodeObject, out: &mut Vec<Rc<CodeObject>>) {
    for c in &code.consts {
        if let Some(co) = c.downcast::<CodeObj>() {
            if !co.code.is_function() {
                file_functions(&co.code, out);
            } else if !co.code.name.starts_with('<') {
                out.push(co.code.clone());
            }
        }
    }
}

/// The `return None` that ends a function body is placed on the `def` line; CPython
/// reports no line event for it (its own is on the last line of the body).
fn is_implicit_return(code: &CodeObject, ip: usize, line: u32) -> bool {
    use crate::compile::bytecode::Op;
    let last = code.instrs.len().saturating_sub(1);
    last > 0
        && ip == last
        && line == code.firstlineno
        && matches!(code.instrs.get(last), Some(Op::ReturnConst(_)))
}

fn line_at(code: &CodeObject, ip: usize) -> u32 {
    code.traced_line(ip)
}

impl Vm {
    fn frame_key(&self) -> (usize, usize) {
        (
            self.frames.len(),
            // A generator's frame runs at the start of its own buffer: its generator
            // tells it apart.
            self.frames
                .last()
                .map_or(0, |f| f.generator.as_ref().map_or(f.locals_base, Obj::addr)),
        )
    }

    fn heap_in_use(&self) -> i64 {
        self.heap.allocator().bytes_in_use() as i64
    }

    /// A watched frame is about to run the instruction at `ip` (on `line`).
    pub(crate) fn profile_step(&mut self, code: &Rc<CodeObject>, ip: usize, line: u32) {
        let (depth, base) = self.frame_key();
        let addr = Rc::as_ptr(code) as usize;
        let mem = self.heap_in_use();
        let lp = &mut self.instrument.lines;
        lp.leave_stale(depth, Some((base, addr)), mem);
        if lp.tracked.last().is_none_or(|t| t.depth != depth) {
            // A call event: a fresh frame starts at its first line, a resumed generator
            // where it yielded.
            let (last_line, resumed_at) = if ip == 0 {
                let preamble = code.is_generator();
                (if preamble { line } else { 0 }, None)
            } else {
                let l = line_at(code, ip - 1);
                (l, Some(l))
            };
            lp.each_watching(addr, |p, top, call_line| {
                p.on_call(top, resumed_at.unwrap_or(call_line))
            });
            lp.tracked.push(Tracked {
                depth,
                base,
                code: addr,
                last_line,
                last_ip: ip,
                fired_last: false,
            });
        }
        let Some(t) = lp.tracked.last_mut() else {
            return;
        };
        let line = if is_implicit_return(code, ip, line) {
            0
        } else {
            line
        };
        let backward = ip < t.last_ip && !t.fired_last;
        let fire = line != 0 && (line != t.last_line || backward);
        if line != 0 {
            t.last_line = line;
        }
        t.last_ip = ip;
        t.fired_last = fire;
        if fire {
            lp.each_watching(addr, |p, top, _| p.on_line(top, line, mem));
        }
    }

    /// A watched frame returns or yields.
    pub(crate) fn profile_return(&mut self, code: &Rc<CodeObject>) {
        let (depth, base) = self.frame_key();
        let addr = Rc::as_ptr(code) as usize;
        let mem = self.heap_in_use();
        let lp = &mut self.instrument.lines;
        lp.leave_stale(depth, Some((base, addr)), mem);
        if lp
            .tracked
            .last()
            .is_some_and(|t| t.depth == depth && t.code == addr)
        {
            lp.tracked.pop();
            lp.each_watching(addr, |p, top, _| p.on_return(top, mem));
        }
    }

    /// Turns a profiler on or off; turning it off first settles frames that are gone.
    pub(crate) fn line_profiler_enable(&mut self, id: usize, on: bool) {
        if !on {
            let depth = self.frames.len();
            let mem = self.heap_in_use();
            self.instrument.lines.flush(depth, mem);
        }
        self.instrument.lines.set_enabled(id, on);
    }

    /// The code of a function object or code object.
    pub(crate) fn code_of(&self, o: &Obj) -> Option<Rc<CodeObject>> {
        if let Some(f) = o.downcast::<crate::objects::FunctionObj>() {
            return Some(f.code.clone());
        }
        o.downcast::<CodeObj>().map(|c| c.code.clone())
    }
}

impl Vm {
    /// `minipy --profile-memory`: starts a profiler watching every function that the
    /// program's module code defines; gives the profiler object.
    pub fn start_file_profile(&mut self, code: &Rc<CodeObject>) -> super::PyResult {
        let m = self.import_module("memory_profiler")?;
        let f = self.getattr_str(&m, "_profile_module")?;
        let c = self.heap.alloc(CodeObj { code: code.clone() })?;
        self.call(&f, vec![c])
    }

    /// Stops the profiler of `start_file_profile` and prints its tables.
    pub fn finish_file_profile(&mut self, prof: &Obj) -> super::PyResult<()> {
        let m = self.import_module("memory_profiler")?;
        let f = self.getattr_str(&m, "_finish_module_profile")?;
        self.call(&f, vec![prof.clone()])?;
        Ok(())
    }
}
