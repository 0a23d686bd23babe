//! `_traceback`: the native half of the frozen `traceback` module. CPython's
//! `traceback.py` parses the source segment under a frame's carets with `ast.parse`;
//! this reports just the parts of that parse it needs, without building node objects.

use crate::objects::str::as_str;
use crate::syntax::{SegmentShape, segment_shape};
use crate::vm::{Args, PyResult, Vm};

/// `_traceback.segment_shape(segment)`: `('binop', left_end, right_start)` when the text
/// is one binary operation, `('subscript', value_end, slice_end)` when it is one
/// subscript (byte offsets, as `ast` gives them), otherwise None.
fn segment_shape_fn(vm: &mut Vm, args: Args) -> PyResult {
    args.check(vm, "segment_shape", 1, 1)?;
    let Some(segment) = as_str(&args.pos[0]).map(str::to_owned) else {
        return Err(vm.type_error("segment_shape() argument must be str"));
    };
    let (kind, a, b) = match segment_shape(&segment) {
        Some(SegmentShape::BinOp {
            left_end,
            right_start,
        }) => ("binop", left_end, right_start),
        Some(SegmentShape::Subscript {
            value_end,
            slice_end,
        }) => ("subscript", value_end, slice_end),
        None => return Ok(vm.none()),
    };
    let items = vec![
        vm.new_str(kind)?,
        vm.new_int(i64::try_from(a).unwrap_or(i64::MAX))?,
        vm.new_int(i64::try_from(b).unwrap_or(i64::MAX))?,
    ];
    vm.new_tuple(items)
}

pub fn create(vm: &mut Vm) -> PyResult<crate::heap::Obj> {
    super::module_with_functions(vm, "_traceback", &[("segment_shape", segment_shape_fn)])
}
