//! `minipy --dis`: a readable listing of the bytecode, with source lines, constants and
//! names resolved, and the exception table. Nested code objects follow their parent.

use std::fmt::Write;
use std::rc::Rc;

use super::Vm;
use crate::compile::bytecode::{CodeObject, Op};
use crate::objects::CodeObj;
use crate::objects::str::as_str;

/// The listing of `code` and every code object nested in it.
pub fn disassemble(vm: &mut Vm, code: &Rc<CodeObject>) -> String {
    let mut out = String::new();
    let mut queue = vec![code.clone()];
    let mut first = true;
    while let Some(c) = queue.pop() {
        if !first {
            out.push('\n');
        }
        first = false;
        write_code(vm, &c, &mut out);
        // Nested code in constant order (reversed for the stack so it prints in order).
        let nested: Vec<Rc<CodeObject>> = c
            .consts
            .iter()
            .filter_map(|k| k.downcast::<CodeObj>().map(|co| co.code.clone()))
            .collect();
        queue.extend(nested.into_iter().rev());
    }
    out
}

fn write_code(vm: &mut Vm, code: &CodeObject, out: &mut String) {
    let _ = writeln!(
        out,
        "Disassembly of {} ({}, line {}):",
        code.qualname,
        code.filename.rsplit('/').next().unwrap_or(&code.filename),
        code.firstlineno
    );
    let mut targets: Vec<usize> = code
        .exception_table
        .iter()
        .map(|e| e.target as usize)
        .collect();
    for op in &code.instrs {
        if let Some(t) = op.jump_target() {
            targets.push(t as usize);
        }
    }
    let mut last_line = 0;
    for (i, op) in code.instrs.iter().enumerate() {
        let line = code.line_of(i);
        let line_col = if line != last_line {
            last_line = line;
            format!("{line:>4}")
        } else {
            "    ".to_owned()
        };
        let target = if targets.contains(&i) { ">>" } else { "  " };
        let name = op_name(op);
        let arg = describe_arg(vm, code, op);
        let row = format!("{line_col} {target} {i:>4} {name:<21} {arg}");
        let _ = writeln!(out, "{}", row.trim_end());
    }
    if !code.exception_table.is_empty() {
        let _ = writeln!(out, "ExceptionTable:");
        for e in &code.exception_table {
            let _ = writeln!(
                out,
                "  {} to {} -> {} [{}]",
                e.start,
                e.end.saturating_sub(1),
                e.target,
                e.depth
            );
        }
    }
}

/// The instruction's name (its variant name).
fn op_name(op: &Op) -> String {
    let dbg = format!("{op:?}");
    dbg.split('(').next().unwrap_or(&dbg).to_owned()
}

fn describe_arg(vm: &mut Vm, code: &CodeObject, op: &Op) -> String {
    let name = |i: u32, v: &[crate::heap::Obj]| {
        v.get(i as usize).and_then(as_str).unwrap_or("?").to_owned()
    };
    let deref = |i: u32| {
        let ncell = code.cellvars.len();
        let i = i as usize;
        if i < ncell {
            name(i as u32, &code.cellvars)
        } else {
            name((i - ncell) as u32, &code.freevars)
        }
    };
    let mut constant = |i: u32| match code.consts.get(i as usize) {
        Some(c) => match c.downcast::<CodeObj>() {
            Some(co) => format!("<code {}>", co.code.qualname),
            None => vm.repr_string(c).unwrap_or_else(|_| "?".into()),
        },
        None => "?".into(),
    };
    match *op {
        Op::LoadConst(i) | Op::ReturnConst(i) => format!("{i} ({})", constant(i)),
        Op::ExceptStar(n) => {
            let what = if n == crate::compile::bytecode::except_star_op::CHECK_EG_MATCH {
                "CHECK_EG_MATCH"
            } else {
                "PREP_RERAISE_STAR"
            };
            format!("{n} ({what})")
        }
        Op::LoadFastLoadFast(a, b) => format!(
            "{a} ({}), {b} ({})",
            name(a.into(), &code.varnames),
            name(b.into(), &code.varnames)
        ),
        Op::BinarySubscrFastFast(a, b) | Op::StoreSubscrFastFast(a, b) => format!(
            "{a} ({}), {b} ({})",
            name(a.into(), &code.varnames),
            name(b.into(), &code.varnames)
        ),
        Op::BinarySubscrFastConst(a, c) | Op::StoreSubscrFastConst(a, c) => format!(
            "{a} ({}), {c} ({})",
            name(a.into(), &code.varnames),
            constant(c.into())
        ),
        Op::LoadFastAttr(a, i) | Op::LoadFastMethod(a, i) | Op::StoreAttrFast(a, i) => format!(
            "{a} ({}), {i} ({})",
            name(a.into(), &code.varnames),
            name(i.into(), &code.names)
        ),
        Op::StoreAttrFastFast(v, a, i) => format!(
            "{v} ({}), {a} ({}), {i} ({})",
            name(v.into(), &code.varnames),
            name(a.into(), &code.varnames),
            name(i.into(), &code.names)
        ),
        Op::LoadFastLoadConst(a, c) => format!(
            "{a} ({}), {c} ({})",
            name(a.into(), &code.varnames),
            constant(c.into())
        ),
        Op::BinaryOpFastFast(op, a, b) | Op::InplaceOpFastFast(op, a, b) => format!(
            "{} {a} ({}), {b} ({})",
            op.symbol(),
            name(a.into(), &code.varnames),
            name(b.into(), &code.varnames)
        ),
        Op::CompareFastConstJumpIfFalse(op, a, c, t)
        | Op::CompareFastConstJumpIfTrue(op, a, c, t) => format!(
            "{} {a} ({}), {c} ({}) to {t}",
            op.symbol(),
            name(a.into(), &code.varnames),
            constant(c.into())
        ),
        Op::BinaryOpFastConst(op, a, c) | Op::InplaceOpFastConst(op, a, c) => format!(
            "{} {a} ({}), {c} ({})",
            op.symbol(),
            name(a.into(), &code.varnames),
            constant(c.into())
        ),
        Op::LoadFast(i) | Op::StoreFast(i) | Op::DeleteFast(i) => {
            format!("{i} ({})", name(i, &code.varnames))
        }
        Op::LoadDeref(i)
        | Op::StoreDeref(i)
        | Op::DeleteDeref(i)
        | Op::LoadClassDeref(i)
        | Op::LoadClosure(i) => format!("{i} ({})", deref(i)),
        Op::LoadGlobal(i)
        | Op::StoreGlobal(i)
        | Op::DeleteGlobal(i)
        | Op::LoadName(i)
        | Op::StoreName(i)
        | Op::DeleteName(i)
        | Op::LoadAttr(i)
        | Op::StoreAttr(i)
        | Op::DeleteAttr(i)
        | Op::LoadMethod(i)
        | Op::ImportName(i)
        | Op::ImportFrom(i) => format!("{i} ({})", name(i, &code.names)),
        Op::Jump(t)
        | Op::PopJumpIfFalse(t)
        | Op::PopJumpIfTrue(t)
        | Op::JumpIfFalseOrPop(t)
        | Op::JumpIfTrueOrPop(t)
        | Op::PopJumpIfNotNone(t)
        | Op::PopJumpIfNone(t)
        | Op::ForIter(t)
        | Op::Send(t) => format!("to {t}"),
        Op::CompareJumpIfFalse(c, t) | Op::CompareJumpIfTrue(c, t) => {
            format!("{} to {t}", c.symbol())
        }
        Op::BinaryOp(b) | Op::InplaceOp(b) => b.symbol().to_owned(),
        Op::CompareOp(c) => c.symbol().to_owned(),
        Op::UnaryOp(u) => format!("{u:?}"),
        Op::IsOp(inv) => if inv { "is not" } else { "is" }.to_owned(),
        Op::ContainsOp(inv) => if inv { "not in" } else { "in" }.to_owned(),
        Op::Copy(n)
        | Op::Swap(n)
        | Op::BuildTuple(n)
        | Op::BuildList(n)
        | Op::BuildSet(n)
        | Op::BuildMap(n)
        | Op::BuildSlice(n)
        | Op::BinarySlice(n)
        | Op::StoreSlice(n)
        | Op::BuildString(n)
        | Op::ListAppend(n)
        | Op::SetAdd(n)
        | Op::MapAdd(n)
        | Op::ListExtend(n)
        | Op::SetUpdate(n)
        | Op::DictUpdate(n)
        | Op::DictMerge(n)
        | Op::UnpackSequence(n)
        | Op::Call(n)
        | Op::CallKw(n)
        | Op::CallEx(n)
        | Op::CallMethod(n)
        | Op::MakeFunction(n)
        | Op::Raise(n)
        | Op::FormatValue(n) => n.to_string(),
        Op::UnpackEx(c) => format!("{} before, {} after", c & 0xff, c >> 8),
        Op::MatchSequence(c) => {
            let at_least = if c & 1 != 0 { "at least " } else { "" };
            format!("len {at_least}{}", c >> 1)
        }
        Op::MatchClass(n) => format!("{n} positional"),
        Op::MatchMapping(n) => format!("len at least {n}"),
        _ => String::new(),
    }
}
