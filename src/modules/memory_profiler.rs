//! `_memory_profiler`: line profilers over the heap's exact bytes in use. The
//! `memory_profiler` module wraps them in the memory_profiler package's interface.

use crate::heap::Obj;
use crate::objects::CodeObj;
use crate::vm::{Args, PyResult, Vm};

fn profiler_id(vm: &mut Vm, o: &Obj) -> PyResult<usize> {
    let id = vm.to_index(o)?;
    match usize::try_from(id) {
        Ok(id) if vm.instrument.lines.get(id).is_some() => Ok(id),
        _ => Err(vm.value_error("no such line profiler")),
    }
}

fn create(vm: &mut Vm, args: Args) -> PyResult {
    args.check(vm, "create", 0, 0)?;
    let id = vm.instrument.lines.create();
    vm.new_int(id as i64)
}

fn release(vm: &mut Vm, args: Args) -> PyResult {
    args.check(vm, "release", 1, 1)?;
    let id = profiler_id(vm, &args.pos[0])?;
    vm.line_profiler_enable(id, false);
    vm.instrument.lines.release(id);
    Ok(vm.none())
}

/// `add_function(id, func_or_code, start, end)`: watch a function whose source block
/// spans lines `start..=end`; False if it was watched already.
fn add_function(vm: &mut Vm, args: Args) -> PyResult {
    args.check(vm, "add_function", 4, 4)?;
    let id = profiler_id(vm, &args.pos[0])?;
    let Some(code) = vm.code_of(&args.pos[1]) else {
        let n = vm.type_name(&args.pos[1]);
        return Err(vm.type_error(format!("expected a function or code object, not '{n}'")));
    };
    let start = vm.to_index(&args.pos[2])?.clamp(0, u32::MAX as i64) as u32;
    let end = vm.to_index(&args.pos[3])?.clamp(0, u32::MAX as i64) as u32;
    let added = vm.instrument.lines.add(id, &code, start, end);
    Ok(vm.new_bool(added))
}

fn enable(vm: &mut Vm, args: Args) -> PyResult {
    args.check(vm, "enable", 1, 1)?;
    let id = profiler_id(vm, &args.pos[0])?;
    vm.line_profiler_enable(id, true);
    Ok(vm.none())
}

fn disable(vm: &mut Vm, args: Args) -> PyResult {
    args.check(vm, "disable", 1, 1)?;
    let id = profiler_id(vm, &args.pos[0])?;
    vm.line_profiler_enable(id, false);
    Ok(vm.none())
}

/// `[(filename, start, end, {lineno: (increment, usage, occurrences)}), ...]` for the
/// watched functions that ran, in the order they were added; figures in bytes.
fn results(vm: &mut Vm, args: Args) -> PyResult {
    args.check(vm, "results", 1, 1)?;
    let id = profiler_id(vm, &args.pos[0])?;
    let tops: Vec<_> = vm
        .instrument
        .lines
        .get(id)
        .map(|p| {
            p.tops
                .iter()
                .filter(|t| !t.measures.is_empty())
                .map(|t| (t.filename.clone(), t.start, t.end, t.measures.clone()))
                .collect()
        })
        .unwrap_or_default();
    let mut out = Vec::with_capacity(tops.len());
    for (filename, start, end, measures) in tops {
        let d = vm.new_dict()?;
        for (line, m) in measures {
            let k = vm.new_int(line as i64)?;
            let v = vec![
                vm.new_int(m.increment)?,
                vm.new_int(m.usage)?,
                vm.new_int(m.occurrences as i64)?,
            ];
            let v = vm.new_tuple(v)?;
            vm.dict_set(&d, k, v)?;
        }
        let item = vec![
            vm.new_str(&filename)?,
            vm.new_int(start as i64)?,
            vm.new_int(end as i64)?,
            d,
        ];
        out.push(vm.new_tuple(item)?);
    }
    vm.new_list(out)
}

/// Bytes of heap in use right now.
fn memory(vm: &mut Vm, args: Args) -> PyResult {
    args.check(vm, "memory", 0, 0)?;
    vm.new_int(vm.alloc().bytes_in_use() as i64)
}

/// The lines (with their ends) of the source the interpreter read for a file, or None.
fn getlines(vm: &mut Vm, args: Args) -> PyResult {
    args.check(vm, "getlines", 1, 1)?;
    let file = crate::objects::str::as_str(&args.pos[0])
        .unwrap_or("")
        .to_owned();
    let Some(src) = vm.source_of(&file) else {
        return Ok(vm.none());
    };
    let mut lines = Vec::new();
    for l in src.split_inclusive('\n') {
        lines.push(vm.new_str(l)?);
    }
    vm.new_list(lines)
}

/// The functions a module's code defines (looking into class bodies), as code objects.
fn module_functions(vm: &mut Vm, args: Args) -> PyResult {
    args.check(vm, "module_functions", 1, 1)?;
    let Some(code) = vm.code_of(&args.pos[0]) else {
        let n = vm.type_name(&args.pos[0]);
        return Err(vm.type_error(format!("expected a code object, not '{n}'")));
    };
    let mut found = Vec::new();
    crate::vm::line_profile::file_functions(&code, &mut found);
    let mut out = Vec::with_capacity(found.len());
    for c in found {
        out.push(vm.heap.alloc(CodeObj { code: c })?);
    }
    vm.new_list(out)
}

pub fn create_module(vm: &mut Vm) -> PyResult<Obj> {
    super::module_with_functions(
        vm,
        "_memory_profiler",
        &[
            ("create", create),
            ("release", release),
            ("add_function", add_function),
            ("enable", enable),
            ("disable", disable),
            ("results", results),
            ("memory", memory),
            ("getlines", getlines),
            ("module_functions", module_functions),
        ],
    )
}
