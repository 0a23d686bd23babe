//! Superinstructions: adjacent instruction pairs that the compiler emits as one.
//! Reading locals and constants straight into an operator is the commonest shape in
//! loops and small functions (`n - 1`, `i < n`, `total += x`); fusing it saves a
//! dispatch per operand and the increments and decrements of pushing them.
//! The compiler only fuses within one line, one exception region, and never across a
//! jump target.

use super::bytecode::Op;

/// The instruction replacing `prev` followed by `next`, if the pair fuses.
pub fn fuse(prev: Op, next: Op) -> Option<Op> {
    let small = |i: u32| u16::try_from(i).ok();
    Some(match (prev, next) {
        (Op::LoadFast(a), Op::LoadFast(b)) => Op::LoadFastLoadFast(small(a)?, small(b)?),
        (Op::LoadFast(a), Op::LoadConst(c)) => Op::LoadFastLoadConst(small(a)?, small(c)?),
        (Op::LoadFastLoadFast(a, b), Op::BinaryOp(op)) => Op::BinaryOpFastFast(op, a, b),
        (Op::LoadFastLoadConst(a, c), Op::BinaryOp(op)) => Op::BinaryOpFastConst(op, a, c),
        (Op::LoadFastLoadFast(a, b), Op::InplaceOp(op)) => Op::InplaceOpFastFast(op, a, b),
        (Op::LoadFastLoadConst(a, c), Op::InplaceOp(op)) => Op::InplaceOpFastConst(op, a, c),
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::compile::bytecode::BinOpCode;

    #[test]
    fn operands_fuse_into_the_operator() {
        let pair = fuse(Op::LoadFast(0), Op::LoadConst(1));
        assert!(matches!(pair, Some(Op::LoadFastLoadConst(0, 1))));
        let op = pair.and_then(|p| fuse(p, Op::BinaryOp(BinOpCode::Sub)));
        assert!(matches!(
            op,
            Some(Op::BinaryOpFastConst(BinOpCode::Sub, 0, 1))
        ));
    }

    #[test]
    fn large_indices_do_not_fuse() {
        assert!(fuse(Op::LoadFast(70_000), Op::LoadFast(1)).is_none());
        assert!(fuse(Op::LoadConst(0), Op::LoadFast(1)).is_none());
    }

    #[test]
    fn instructions_stay_eight_bytes() {
        assert_eq!(std::mem::size_of::<Op>(), 8);
    }
}
