//! Methods of `code` objects: `co_positions()`, the source span of every instruction.

use crate::heap::Obj;
use crate::objects::NativeFn;
use crate::objects::function::CodeObj;

use super::{Args, PyResult, Vm};

pub(crate) const CODE_METHODS: &[(&str, NativeFn)] = &[
    ("co_positions", code_co_positions),
    ("co_lines", code_co_lines),
];

/// `(start, end, line)` for each run of instructions on one line, offsets in bytes at
/// two per instruction (as `tb_lasti` counts); None for instructions without a line.
pub(crate) fn line_ranges(
    code: &crate::compile::bytecode::CodeObject,
) -> Vec<(usize, usize, Option<u32>)> {
    let mut out: Vec<(usize, usize, Option<u32>)> = Vec::new();
    for ip in 0..code.instrs.len() {
        let line = code.position_of(ip).map(|p| p.line);
        match out.last_mut() {
            Some(last) if last.2 == line => last.1 = 2 * (ip + 1),
            _ => out.push((2 * ip, 2 * (ip + 1), line)),
        }
    }
    out
}

/// `code.co_lines()`: an iterator of `(start, end, line)` (see [`line_ranges`]).
fn code_co_lines(vm: &mut Vm, args: Args) -> PyResult {
    args.check_method(vm, "co_lines", 0, 0)?;
    let Some(code) = args.pos[0].downcast::<CodeObj>().map(|c| c.code.clone()) else {
        return Err(vm.type_error("descriptor 'co_lines' requires a 'code' object"));
    };
    let mut items = Vec::new();
    for (start, end, line) in line_ranges(&code) {
        let line = match line {
            Some(l) => vm.new_int(i64::from(l))?,
            None => vm.none(),
        };
        let entry = vec![vm.new_int(start as i64)?, vm.new_int(end as i64)?, line];
        items.push(vm.new_tuple(entry)?);
    }
    let list = vm.new_list(items)?;
    vm.get_iter(&list)
}

/// `code.co_positions()`: an iterator of `(line, end_line, col, end_col)` per instruction
/// (columns in UTF-8 bytes; None where an instruction has no position or no columns). minipy's
/// instructions are one code unit each, so `tb_lasti // 2` indexes this sequence as in
/// CPython.
fn code_co_positions(vm: &mut Vm, args: Args) -> PyResult {
    args.check_method(vm, "co_positions", 0, 0)?;
    let Some(code) = args.pos[0].downcast::<CodeObj>().map(|c| c.code.clone()) else {
        return Err(vm.type_error("descriptor 'co_positions' requires a 'code' object"));
    };
    let mut items = Vec::with_capacity(code.instrs.len());
    for ip in 0..code.instrs.len() {
        let entry: Vec<Obj> = match code.position_of(ip) {
            // A span of no width is a line without columns (the code's own entry).
            Some(p) if p.line == p.end_line && p.col == p.end_col => vec![
                vm.new_int(i64::from(p.line))?,
                vm.new_int(i64::from(p.end_line))?,
                vm.none(),
                vm.none(),
            ],
            Some(p) => vec![
                vm.new_int(i64::from(p.line))?,
                vm.new_int(i64::from(p.end_line))?,
                vm.new_int(i64::from(p.col))?,
                vm.new_int(i64::from(p.end_col))?,
            ],
            None => vec![vm.none(), vm.none(), vm.none(), vm.none()],
        };
        items.push(vm.new_tuple(entry)?);
    }
    let list = vm.new_list(items)?;
    vm.get_iter(&list)
}
