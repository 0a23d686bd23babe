//! Superinstructions: adjacent instruction pairs that the compiler emits as one.
//! Reading locals and constants straight into an operator is the commonest shape in
//! loops and small functions (`n - 1`, `i < n`, `total += x`, `v[i]`, `v[i] = x`);
//! fusing it saves a dispatch per operand and the increments and decrements of pushing
//! them.
//! The compiler only fuses within one line, one exception region, and never across a
//! jump target.
//!
//! A fused instruction has one source position, the last part's, where its errors are
//! reported. An UnboundLocalError for a local loaded by an earlier part belongs at that
//! local's own position, so a pair whose first instruction loads locals fuses only when
//! they are certainly bound there (the caller knows: `prev_bound`).

use super::bytecode::Op;
use crate::syntax::ast::Loc;

/// The instruction replacing `prev` followed by `next`, if the pair fuses.
/// `prev_bound`: every local `prev` loads is certainly bound (see the module text).
pub fn fuse(prev: Op, next: Op, prev_bound: bool) -> Option<Op> {
    let small = |i: u32| u16::try_from(i).ok();
    let loads_local = matches!(
        prev,
        Op::LoadFast(_) | Op::LoadFastLoadFast(..) | Op::LoadFastLoadConst(..)
    );
    if loads_local && !prev_bound {
        return None;
    }
    Some(match (prev, next) {
        (Op::LoadFast(a), Op::LoadFast(b)) => Op::LoadFastLoadFast(small(a)?, small(b)?),
        (Op::LoadFast(a), Op::LoadConst(c)) => Op::LoadFastLoadConst(small(a)?, small(c)?),
        (Op::LoadFastLoadFast(a, b), Op::BinaryOp(op)) => Op::BinaryOpFastFast(op, a, b),
        (Op::LoadFastLoadConst(a, c), Op::BinaryOp(op)) => Op::BinaryOpFastConst(op, a, c),
        (Op::LoadFastLoadFast(a, b), Op::InplaceOp(op)) => Op::InplaceOpFastFast(op, a, b),
        (Op::LoadFastLoadConst(a, c), Op::InplaceOp(op)) => Op::InplaceOpFastConst(op, a, c),
        (Op::LoadFastLoadFast(a, k), Op::BinarySubscr) => Op::BinarySubscrFastFast(a, k),
        (Op::LoadFastLoadConst(a, c), Op::BinarySubscr) => Op::BinarySubscrFastConst(a, c),
        (Op::LoadFastLoadFast(a, k), Op::StoreSubscr) => Op::StoreSubscrFastFast(a, k),
        (Op::LoadFastLoadConst(a, c), Op::StoreSubscr) => Op::StoreSubscrFastConst(a, c),
        (Op::LoadConst(c), Op::ReturnValue) => Op::ReturnConst(c),
        (Op::LoadFast(a), Op::LoadAttr(i)) => Op::LoadFastAttr(small(a)?, small(i)?),
        (Op::LoadFast(a), Op::LoadMethod(i)) => Op::LoadFastMethod(small(a)?, small(i)?),
        (Op::LoadFast(a), Op::StoreAttr(i)) => Op::StoreAttrFast(small(a)?, small(i)?),
        (Op::LoadFastLoadFast(v, a), Op::StoreAttr(i)) => Op::StoreAttrFastFast(v, a, small(i)?),
        _ => return None,
    })
}

/// `op` with its jump target replaced.
pub(super) fn retarget(op: Op, t: u32) -> Op {
    let short = u16::try_from(t).unwrap_or(u16::MAX);
    match op {
        Op::Jump(_) => Op::Jump(t),
        Op::PopJumpIfFalse(_) => Op::PopJumpIfFalse(t),
        Op::PopJumpIfTrue(_) => Op::PopJumpIfTrue(t),
        Op::JumpIfFalseOrPop(_) => Op::JumpIfFalseOrPop(t),
        Op::JumpIfTrueOrPop(_) => Op::JumpIfTrueOrPop(t),
        Op::PopJumpIfNotNone(_) => Op::PopJumpIfNotNone(t),
        Op::PopJumpIfNone(_) => Op::PopJumpIfNone(t),
        Op::ForIter(_) => Op::ForIter(t),
        Op::Send(_) => Op::Send(t),
        Op::CompareJumpIfFalse(c, _) => Op::CompareJumpIfFalse(c, t),
        Op::CompareJumpIfTrue(c, _) => Op::CompareJumpIfTrue(c, t),
        Op::CompareFastConstJumpIfFalse(c, a, k, _) => {
            Op::CompareFastConstJumpIfFalse(c, a, k, short)
        }
        Op::CompareFastConstJumpIfTrue(c, a, k, _) => {
            Op::CompareFastConstJumpIfTrue(c, a, k, short)
        }
        other => other,
    }
}

/// After jump targets are resolved (and compare-jumps fused): a `Jump` to a return
/// becomes that return, as CPython duplicates small exit blocks. The copy takes the
/// return's position, except for the implicit `return None` at the end (on the first
/// line), whose copy stays on the jump's line so that tracing reports no line event.
pub fn thread_jumps_to_returns(instrs: &mut [Op], locs: &mut [Loc], firstlineno: u32) {
    let last = instrs.len().saturating_sub(1);
    for i in 0..instrs.len() {
        let Op::Jump(t) = instrs[i] else {
            continue;
        };
        let t = t as usize;
        let Some(&ret @ (Op::ReturnValue | Op::ReturnConst(_))) = instrs.get(t) else {
            continue;
        };
        instrs[i] = ret;
        let Some(&at) = locs.get(t) else {
            continue;
        };
        let implicit = t == last && at.line == firstlineno;
        if let Some(l) = locs.get_mut(i)
            && !implicit
        {
            *l = at;
        }
    }
}

/// After jump targets are resolved: fuses `LoadFastLoadConst` with the compare-and-jump
/// that follows it (`while i < 10`, `if n == 0`), the commonest loop and branch test.
/// Returns, for every old instruction position (and the end), its new position, for
/// remapping the exception table; jumps inside `instrs` are remapped here.
pub fn fuse_compare_jumps(
    instrs: &mut Vec<Op>,
    locs: &mut Vec<Loc>,
    handlers: &mut Vec<Option<(usize, u32)>>,
    handler_targets: &[u32],
) -> Vec<u32> {
    let n = instrs.len();
    let mut is_target = vec![false; n + 1];
    for t in instrs
        .iter()
        .filter_map(Op::jump_target)
        .chain(handler_targets.iter().copied())
    {
        if let Some(slot) = is_target.get_mut(t as usize) {
            *slot = true;
        }
    }
    let mut new_pos = vec![0u32; n + 1];
    let mut out_instrs = Vec::with_capacity(n);
    let mut out_locs = Vec::with_capacity(n);
    let mut out_handlers = Vec::with_capacity(n);
    let mut i = 0;
    while i < n {
        new_pos[i] = out_instrs.len() as u32;
        let fused = match (instrs[i], instrs.get(i + 1)) {
            (Op::LoadFastLoadConst(a, c), Some(&next))
                if !is_target[i + 1]
                    && handlers.get(i) == handlers.get(i + 1)
                    && locs.get(i).map(|l| l.line) == locs.get(i + 1).map(|l| l.line) =>
            {
                match next {
                    Op::CompareJumpIfFalse(op, t) if t <= u16::MAX as u32 => {
                        Some(Op::CompareFastConstJumpIfFalse(op, a, c, t as u16))
                    }
                    Op::CompareJumpIfTrue(op, t) if t <= u16::MAX as u32 => {
                        Some(Op::CompareFastConstJumpIfTrue(op, a, c, t as u16))
                    }
                    _ => None,
                }
            }
            _ => None,
        };
        match fused {
            Some(op) => {
                out_instrs.push(op);
                // Errors come from the comparison: report its position.
                out_locs.push(locs.get(i + 1).copied().unwrap_or_default());
                out_handlers.push(handlers.get(i).copied().flatten());
                new_pos[i + 1] = new_pos[i];
                i += 2;
            }
            None => {
                out_instrs.push(instrs[i]);
                out_locs.push(locs.get(i).copied().unwrap_or_default());
                out_handlers.push(handlers.get(i).copied().flatten());
                i += 1;
            }
        }
    }
    new_pos[n] = out_instrs.len() as u32;
    for op in out_instrs.iter_mut() {
        if let Some(t) = op.jump_target() {
            let moved = new_pos.get(t as usize).copied().unwrap_or(t);
            *op = retarget(*op, moved);
        }
    }
    *instrs = out_instrs;
    *locs = out_locs;
    *handlers = out_handlers;
    new_pos
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::compile::bytecode::BinOpCode;

    #[test]
    fn operands_fuse_into_the_operator() {
        let pair = fuse(Op::LoadFast(0), Op::LoadConst(1), true);
        assert!(matches!(pair, Some(Op::LoadFastLoadConst(0, 1))));
        let op = pair.and_then(|p| fuse(p, Op::BinaryOp(BinOpCode::Sub), true));
        assert!(matches!(
            op,
            Some(Op::BinaryOpFastConst(BinOpCode::Sub, 0, 1))
        ));
    }

    #[test]
    fn subscripts_of_locals_fuse() {
        let read = fuse(Op::LoadFastLoadConst(2, 0), Op::BinarySubscr, true);
        assert!(matches!(read, Some(Op::BinarySubscrFastConst(2, 0))));
        let store = fuse(Op::LoadFastLoadFast(2, 3), Op::StoreSubscr, true);
        assert!(matches!(store, Some(Op::StoreSubscrFastFast(2, 3))));
        assert!(fuse(Op::LoadFast(2), Op::StoreSubscr, true).is_none());
    }

    #[test]
    fn compare_jumps_fuse_and_jumps_are_remapped() {
        use crate::compile::bytecode::CmpOpCode;
        let mut instrs = vec![
            Op::LoadFastLoadConst(0, 0),
            Op::CompareJumpIfFalse(CmpOpCode::Lt, 4),
            Op::InplaceOpFastConst(BinOpCode::Add, 0, 1),
            Op::Jump(0),
            Op::ReturnValue,
        ];
        let mut locs = vec![Loc::default(); 5];
        let mut handlers = vec![None; 5];
        let pos = fuse_compare_jumps(&mut instrs, &mut locs, &mut handlers, &[]);
        assert_eq!(instrs.len(), 4);
        assert!(matches!(
            instrs[0],
            Op::CompareFastConstJumpIfFalse(CmpOpCode::Lt, 0, 0, 3)
        ));
        assert!(matches!(instrs[2], Op::Jump(0)));
        assert_eq!(pos, vec![0, 0, 1, 2, 3, 4]);
    }

    #[test]
    fn jump_targets_are_not_swallowed() {
        use crate::compile::bytecode::CmpOpCode;
        let mut instrs = vec![
            Op::LoadFastLoadConst(0, 0),
            Op::CompareJumpIfFalse(CmpOpCode::Lt, 0),
            Op::Jump(1),
        ];
        let mut locs = vec![Loc::default(); 3];
        let mut handlers = vec![None; 3];
        fuse_compare_jumps(&mut instrs, &mut locs, &mut handlers, &[]);
        assert_eq!(instrs.len(), 3);
    }

    #[test]
    fn attributes_of_locals_fuse() {
        let load = fuse(Op::LoadFast(0), Op::LoadAttr(3), true);
        assert!(matches!(load, Some(Op::LoadFastAttr(0, 3))));
        let method = fuse(Op::LoadFast(1), Op::LoadMethod(2), true);
        assert!(matches!(method, Some(Op::LoadFastMethod(1, 2))));
        let store = fuse(Op::LoadFast(0), Op::StoreAttr(70_000), true);
        assert!(store.is_none());
        assert!(fuse(Op::LoadConst(0), Op::LoadAttr(0), true).is_none());
        let pair = fuse(Op::LoadFastLoadFast(1, 0), Op::StoreAttr(4), true);
        assert!(matches!(pair, Some(Op::StoreAttrFastFast(1, 0, 4))));
        assert!(fuse(Op::LoadFastLoadFast(1, 0), Op::LoadAttr(4), true).is_none());
        // A local that may be unbound keeps its own instruction (and position).
        assert!(fuse(Op::LoadFast(0), Op::LoadAttr(3), false).is_none());
        assert!(fuse(Op::LoadFast(0), Op::LoadConst(1), false).is_none());
        assert!(fuse(Op::LoadConst(0), Op::ReturnValue, false).is_some());
    }

    #[test]
    fn jumps_to_returns_become_returns() {
        let mut instrs = vec![
            Op::PopJumpIfFalse(3),
            Op::LoadFast(0),
            Op::Jump(4),
            Op::LoadFast(1),
            Op::ReturnValue,
            Op::Jump(6),
            Op::ReturnConst(0),
        ];
        let line = |n| Loc {
            line: n,
            ..Loc::default()
        };
        let mut locs = vec![
            line(2),
            line(2),
            line(2),
            line(3),
            line(3),
            line(4),
            line(1),
        ];
        thread_jumps_to_returns(&mut instrs, &mut locs, 1);
        assert!(matches!(instrs[2], Op::ReturnValue));
        assert_eq!(locs[2].line, 3);
        assert!(matches!(instrs[5], Op::ReturnConst(0)));
        assert_eq!(locs[5].line, 4);
        assert!(matches!(instrs[0], Op::PopJumpIfFalse(3)));
    }

    #[test]
    fn large_indices_do_not_fuse() {
        assert!(fuse(Op::LoadFast(70_000), Op::LoadFast(1), true).is_none());
        assert!(fuse(Op::LoadConst(0), Op::LoadFast(1), true).is_none());
    }

    #[test]
    fn instructions_stay_eight_bytes() {
        assert_eq!(std::mem::size_of::<Op>(), 8);
    }
}
