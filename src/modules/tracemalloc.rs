//! `_tracemalloc`: the allocation tracer's primitives. Every block the heap hands out
//! while tracing is recorded with its real size and the source line (or stack of lines)
//! that allocated it; the `tracemalloc` module builds snapshots and statistics on top.

use rustc_hash::FxHashMap;

use crate::heap::Obj;
use crate::heap::trace::TraceLocation;
use crate::vm::{Args, PyResult, Vm};

/// The most frames a traceback may keep (CPython's limit).
const MAX_NFRAME: i64 = 65535;

fn start(vm: &mut Vm, mut args: Args) -> PyResult {
    let kw = args.take_kw("nframe");
    args.check(vm, "start", 0, 1)?;
    let nframe = match kw.or_else(|| args.get(0).cloned()) {
        Some(n) => vm.to_index(&n)?,
        None => 1,
    };
    if !(1..=MAX_NFRAME).contains(&nframe) {
        return Err(vm.value_error(format!(
            "the number of frames must be in range [1; {MAX_NFRAME}]"
        )));
    }
    if vm.instrument.nframe != nframe as usize {
        // Locations interned for another depth stay valid: only new ones change shape.
        vm.instrument.nframe = nframe as usize;
    }
    vm.alloc().start_tracing();
    Ok(vm.none())
}

fn stop(vm: &mut Vm, args: Args) -> PyResult {
    args.check(vm, "stop", 0, 0)?;
    vm.alloc().stop_tracing();
    vm.instrument.clear_tracebacks();
    Ok(vm.none())
}

fn is_tracing(vm: &mut Vm, args: Args) -> PyResult {
    args.check(vm, "is_tracing", 0, 0)?;
    Ok(vm.new_bool(vm.alloc().is_tracemalloc_tracing()))
}

fn clear_traces(vm: &mut Vm, args: Args) -> PyResult {
    args.check(vm, "clear_traces", 0, 0)?;
    vm.alloc().with_tracer(|t| t.clear());
    if !vm.alloc().is_tracemalloc_tracing() {
        vm.instrument.clear_tracebacks();
    }
    Ok(vm.none())
}

fn get_traced_memory(vm: &mut Vm, args: Args) -> PyResult {
    args.check(vm, "get_traced_memory", 0, 0)?;
    let (current, peak) = if vm.alloc().is_tracemalloc_tracing() {
        vm.alloc()
            .with_tracer(|t| t.traced_memory())
            .unwrap_or((0, 0))
    } else {
        (0, 0)
    };
    let items = vec![vm.new_int(current as i64)?, vm.new_int(peak as i64)?];
    vm.new_tuple(items)
}

fn reset_peak(vm: &mut Vm, args: Args) -> PyResult {
    args.check(vm, "reset_peak", 0, 0)?;
    if vm.alloc().is_tracemalloc_tracing() {
        vm.alloc().with_tracer(|t| t.reset_peak());
    }
    Ok(vm.none())
}

fn get_tracemalloc_memory(vm: &mut Vm, args: Args) -> PyResult {
    args.check(vm, "get_tracemalloc_memory", 0, 0)?;
    let n = vm.alloc().with_tracer(|t| t.table_bytes()).unwrap_or(0);
    vm.new_int(n as i64)
}

fn get_traceback_limit(vm: &mut Vm, args: Args) -> PyResult {
    args.check(vm, "get_traceback_limit", 0, 0)?;
    vm.new_int(vm.instrument.nframe as i64)
}

/// The traceback tuple of a location: `((filename, lineno), ...)`, most recent first.
fn frames_tuple(vm: &mut Vm, loc: TraceLocation) -> PyResult {
    let frames = vm.trace_frames(loc);
    let mut items = Vec::with_capacity(frames.len());
    for (file, line) in frames {
        let pair = vec![vm.new_str(&file)?, vm.new_int(line as i64)?];
        items.push(vm.new_tuple(pair)?);
    }
    vm.new_tuple(items)
}

/// Every live traced block as `(domain, size, traceback, total_nframe)`.
fn get_traces(vm: &mut Vm, args: Args) -> PyResult {
    args.check(vm, "_get_traces", 0, 0)?;
    if !vm.alloc().is_tracemalloc_tracing() {
        return vm.new_list(Vec::new());
    }
    let blocks = vm.alloc().with_tracer(|t| t.blocks()).unwrap_or_default();
    vm.alloc().pause_tracing(true);
    let r = traces_list(vm, blocks);
    vm.alloc().pause_tracing(false);
    r
}

fn traces_list(vm: &mut Vm, mut blocks: Vec<(TraceLocation, usize)>) -> PyResult {
    // Oldest locations first, then by size: a stable order for equal snapshots.
    blocks.sort_unstable();
    let mut tracebacks: FxHashMap<TraceLocation, (Obj, Obj)> = FxHashMap::default();
    let domain = vm.new_int(0)?;
    let mut out = Vec::with_capacity(blocks.len());
    for (loc, size) in blocks {
        let (tb, total) = match tracebacks.get(&loc) {
            Some(t) => t.clone(),
            None => {
                let tb = frames_tuple(vm, loc)?;
                let n = vm.trace_frames(loc).len();
                let total = vm.new_int(n as i64)?;
                tracebacks.insert(loc, (tb.clone(), total.clone()));
                (tb, total)
            }
        };
        let size = vm.new_int(size as i64)?;
        out.push(vm.new_tuple(vec![domain.clone(), size, tb, total])?);
    }
    vm.new_list(out)
}

/// The traceback tuple where `obj` was allocated, or None if it was not traced.
fn get_object_traceback(vm: &mut Vm, args: Args) -> PyResult {
    args.check(vm, "_get_object_traceback", 1, 1)?;
    if !vm.alloc().is_tracemalloc_tracing() {
        return Ok(vm.none());
    }
    let addr = args.pos[0].addr();
    match vm
        .alloc()
        .with_tracer(|t| t.block_containing(addr))
        .flatten()
    {
        Some(loc) => frames_tuple(vm, loc),
        None => Ok(vm.none()),
    }
}

/// The source line `lineno` of `filename` as the interpreter read it ('' if unknown).
fn getline(vm: &mut Vm, args: Args) -> PyResult {
    args.check(vm, "_getline", 2, 2)?;
    let file = crate::objects::str::as_str(&args.pos[0])
        .unwrap_or("")
        .to_owned();
    let lineno = vm.to_index(&args.pos[1])?;
    let text = vm
        .source_of(&file)
        .and_then(|s| {
            usize::try_from(lineno - 1)
                .ok()
                .and_then(|i| s.split_inclusive('\n').nth(i).map(str::to_owned))
        })
        .unwrap_or_default();
    vm.new_str(&text)
}

pub fn create(vm: &mut Vm) -> PyResult<Obj> {
    super::module_with_functions(
        vm,
        "_tracemalloc",
        &[
            ("start", start),
            ("stop", stop),
            ("is_tracing", is_tracing),
            ("clear_traces", clear_traces),
            ("get_traced_memory", get_traced_memory),
            ("reset_peak", reset_peak),
            ("get_tracemalloc_memory", get_tracemalloc_memory),
            ("get_traceback_limit", get_traceback_limit),
            ("_get_traces", get_traces),
            ("_get_object_traceback", get_object_traceback),
            ("_getline", getline),
        ],
    )
}
