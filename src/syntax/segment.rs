//! The shape of a one-line source segment, for the carets under traceback lines.
//!
//! CPython 3.11 parses the text an instruction's position covers on its own; when it is
//! a single expression statement holding a binary operation or a subscript, the
//! operator (or the `[...]` part) gets `^` and the rest `~`. This reports the offsets
//! of the sub-expressions that mark those parts; the printers decide the columns.

use super::ast::{ExprKind, StmtKind};
use super::{Mode, parse};

/// Byte offsets within the segment (0-based, as `col_offset` / `end_col_offset`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SegmentShape {
    /// `left OP right`: where `left` ends and `right` starts.
    BinOp { left_end: usize, right_start: usize },
    /// `value[slice]`: where `value` ends and `slice` ends.
    Subscript { value_end: usize, slice_end: usize },
}

/// What `segment` is, when it parses as one expression statement that is a binary
/// operation or a subscript on its first line.
pub fn segment_shape(segment: &str) -> Option<SegmentShape> {
    let arena = bumpalo::Bump::new();
    let module = parse(segment, Mode::File, &arena).ok()?;
    let [stmt] = module.body else {
        return None;
    };
    let StmtKind::Expr(e) = stmt.kind else {
        return None;
    };
    let on_first_line = |line: u32| line == 1;
    match e.kind {
        ExprKind::BinOp { left, right, .. }
            if on_first_line(left.loc.end_line) && on_first_line(right.loc.line) =>
        {
            Some(SegmentShape::BinOp {
                left_end: left.loc.end_col as usize,
                right_start: right.loc.col as usize,
            })
        }
        ExprKind::Subscript { value, slice }
            if on_first_line(value.loc.end_line) && on_first_line(slice.loc.end_line) =>
        {
            Some(SegmentShape::Subscript {
                value_end: value.loc.end_col as usize,
                slice_end: slice.loc.end_col as usize,
            })
        }
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shapes() {
        assert_eq!(
            segment_shape("a // b"),
            Some(SegmentShape::BinOp {
                left_end: 1,
                right_start: 5
            })
        );
        assert_eq!(
            segment_shape("x[1:2]"),
            Some(SegmentShape::Subscript {
                value_end: 1,
                slice_end: 5
            })
        );
        assert_eq!(segment_shape("f(x)"), None);
        assert_eq!(segment_shape("a +"), None);
        assert_eq!(segment_shape("a; b"), None);
    }
}
