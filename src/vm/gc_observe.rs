//! What a collection shows to the program: the `gc.callbacks` calls around it, the
//! `gc.set_debug()` messages (in CPython's words, written to `sys.stderr`), and the
//! objects `gc.DEBUG_SAVEALL` keeps in `gc.garbage`.

use std::time::Instant;

use super::{PyResult, Vm};
use crate::heap::{CollectStats, Obj};
use crate::objects::ListObj;
use crate::objects::stream::StreamObj;

pub const DEBUG_STATS: u32 = 1;
pub const DEBUG_COLLECTABLE: u32 = 2;
pub const DEBUG_UNCOLLECTABLE: u32 = 4;
pub const DEBUG_SAVEALL: u32 = 32;
pub const DEBUG_LEAK: u32 = DEBUG_COLLECTABLE | DEBUG_UNCOLLECTABLE | DEBUG_SAVEALL;

/// State kept from the start of an observed collection to its end.
pub struct Watch {
    started: Instant,
}

/// Before a collection (the caller has marked it as running): the "start" callbacks
/// and the `DEBUG_STATS` header.
pub fn start(vm: &mut Vm, generation: usize) -> Watch {
    invoke_callbacks(vm, "start", generation, 0);
    if vm.heap.gc.debug_flags() & DEBUG_STATS != 0 {
        let gc = &vm.heap.gc;
        let sizes: String = (0..crate::heap::gc::NUM_GENERATIONS)
            .map(|g| format!(" {}", gc.generation_len(g)))
            .collect();
        let text = format!(
            "gc: collecting generation {generation}...\n\
             gc: objects in each generation:{sizes}\n\
             gc: objects in permanent generation: {}\n",
            gc.freeze_count()
        );
        write_stderr(vm, &text);
    }
    Watch {
        started: Instant::now(),
    }
}

/// `DEBUG_COLLECTABLE`: one line per unreachable object found.
pub fn report_collectable(vm: &mut Vm, garbage: &[Obj]) {
    if vm.heap.gc.debug_flags() & DEBUG_COLLECTABLE == 0 || garbage.is_empty() {
        return;
    }
    let mut text = String::new();
    for o in garbage {
        let name = vm.type_name(o);
        text.push_str(&format!("gc: collectable <{name} {:#x}>\n", o.addr()));
    }
    write_stderr(vm, &text);
}

/// `DEBUG_SAVEALL`: the garbage goes to `gc.garbage` instead of being freed.
pub fn save_garbage(vm: &mut Vm, saved: Vec<Obj>) {
    if saved.is_empty() {
        return;
    }
    let Some(lists) = vm.heap.gc.module_lists() else {
        return;
    };
    for o in saved {
        // As in CPython, an object that cannot be appended is simply not kept.
        let _ = vm.list_append(&lists.garbage, o);
    }
}

/// After a collection: the `DEBUG_STATS` summary and the "stop" callbacks.
pub fn stop(vm: &mut Vm, stats: &CollectStats, watch: Watch) {
    if vm.heap.gc.debug_flags() & DEBUG_STATS != 0 {
        let secs = watch.started.elapsed().as_secs_f64();
        let text = format!(
            "gc: done, {} unreachable, 0 uncollectable, {secs:.4}s elapsed\n",
            stats.collected()
        );
        write_stderr(vm, &text);
    }
    // Collections stay blocked while the callbacks run, as during the collection.
    let entered = vm.heap.gc.try_enter_collection();
    invoke_callbacks(vm, "stop", stats.generation, stats.collected());
    if entered {
        vm.heap.gc.leave_collection();
    }
}

/// Calls each of `gc.callbacks` with `(phase, info)`; errors are reported as
/// unraisable and do not stop the others.
fn invoke_callbacks(vm: &mut Vm, phase: &str, generation: usize, collected: usize) {
    let Some(lists) = vm.heap.gc.module_lists() else {
        return;
    };
    if callback_at(&lists.callbacks, 0).is_none() {
        return;
    }
    let Ok((phase, info)) = callback_args(vm, phase, generation, collected) else {
        return;
    };
    // The list may change while the callbacks run: read it afresh at every step.
    let mut i = 0;
    while let Some(cb) = callback_at(&lists.callbacks, i) {
        if let Err(e) = vm.call(&cb, vec![phase.clone(), info.clone()]) {
            let what = vm.repr_string(&cb).unwrap_or_default();
            vm.report_unraisable(&format!("Exception ignored in: {what}"), e);
        }
        i += 1;
    }
}

fn callback_at(list: &Obj, i: usize) -> Option<Obj> {
    list.downcast::<ListObj>()
        .and_then(|l| l.items.try_borrow().ok()?.get(i).cloned())
}

fn callback_args(
    vm: &mut Vm,
    phase: &str,
    generation: usize,
    collected: usize,
) -> PyResult<(Obj, Obj)> {
    let phase = vm.new_str(phase)?;
    let info = vm.new_dict()?;
    for (k, v) in [
        ("generation", generation),
        ("collected", collected),
        ("uncollectable", 0),
    ] {
        let key = vm.new_str(k)?;
        let val = vm.new_int(v as i64)?;
        vm.dict_set(&info, key, val)?;
    }
    Ok((phase, info))
}

/// Writes to `sys.stderr` (CPython's `PySys_WriteStderr`): through its `write` method
/// when the program replaced it, straight to the process's stderr otherwise.
pub fn write_stderr(vm: &mut Vm, text: &str) {
    if let Some(stream) = replaced_stderr(vm)
        && let Ok(write) = vm.getattr_str(&stream, "write")
        && let Ok(s) = vm.new_str(text)
    {
        let _ = vm.call(&write, vec![s]);
        return;
    }
    vm.write_stderr(text);
}

/// What `sys.stderr` is when an error report is due (CPython's `PyErr_Display` and
/// default unraisable hook look it up each time).
pub enum StderrSink {
    /// The name is gone (`del sys.stderr`).
    Missing,
    /// `sys.stderr = None`: reports are dropped.
    Silent,
    /// The process's own stderr stream.
    Process,
    /// An object the program put there: written through its `write` method.
    Replaced(Obj),
}

pub fn stderr_sink(vm: &mut Vm) -> StderrSink {
    let modules = vm.modules.clone();
    let found = vm
        .intern("sys")
        .ok()
        .and_then(|key| vm.dict_lookup(&modules, &key).ok().flatten())
        .and_then(|sys| vm.module_dict(&sys));
    let Some(d) = found else {
        return StderrSink::Process;
    };
    let Ok(key) = vm.intern("stderr") else {
        return StderrSink::Process;
    };
    match vm.dict_get_str(&d, &key) {
        None => StderrSink::Missing,
        Some(o) if o.ptr_eq(&vm.s.none) => StderrSink::Silent,
        Some(o) if o.downcast::<StreamObj>().is_some_and(|s| s.fd == 2) => StderrSink::Process,
        Some(o) => StderrSink::Replaced(o),
    }
}

/// Writes an error report to `sink`; a failing `write` is ignored, as CPython's
/// report printers ignore it.
pub fn write_report(vm: &mut Vm, sink: &StderrSink, text: &str) {
    match sink {
        StderrSink::Missing | StderrSink::Silent => {}
        StderrSink::Process => vm.write_stderr(text),
        StderrSink::Replaced(stream) => {
            if let Ok(write) = vm.getattr_str(stream, "write")
                && let Ok(s) = vm.new_str(text)
            {
                let _ = vm.call(&write, vec![s]);
            }
        }
    }
}

fn replaced_stderr(vm: &mut Vm) -> Option<Obj> {
    let modules = vm.modules.clone();
    let key = vm.intern("sys").ok()?;
    let sys = vm.dict_lookup(&modules, &key).ok()??;
    let d = vm.module_dict(&sys)?;
    let key = vm.intern("stderr").ok()?;
    vm.dict_get_str(&d, &key)
        .filter(|o| o.downcast::<StreamObj>().is_none_or(|s| s.fd != 2))
}
