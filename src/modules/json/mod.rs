//! `_json`: the hot paths of the frozen `json` module (src/modules/py/json.py), which
//! stays the API and decides when these apply: a whole-document scanner for
//! `loads` / `JSONDecoder.decode` / `raw_decode` (`decode.rs`), the string escaper and
//! the encoder behind `dumps` / `JSONEncoder.encode` / `iterencode` (`encode.rs`).
//! Both keep their open containers on an explicit stack (deep nesting costs no Rust
//! stack) and fail at the depth, with the message, of the Python code they replace.

mod decode;
mod encode;

use crate::heap::Obj;
use crate::vm::{PyResult, Vm};

/// The nesting both directions reach before they look at the recursion limit, as the
/// Python implementation does (`_SHALLOW`).
const SHALLOW: usize = 50;

/// Room for `extra` more bytes in `buf`, or MemoryError.
fn reserve(vm: &Vm, buf: &mut Vec<u8>, extra: usize) -> PyResult<()> {
    vm.grow_vec(buf, extra)
}

/// Whether `o` is an instance of a class extending the builtin type whose payload
/// `base_value` gives, with that value.
fn base_of(vm: &Vm, o: &Obj) -> Option<Obj> {
    if o.is::<crate::objects::InstanceObj>() {
        vm.base_value(o)
    } else {
        None
    }
}

pub(crate) fn create(vm: &mut Vm) -> PyResult<Obj> {
    super::module_with_functions(
        vm,
        "_json",
        &[
            ("scan", decode::scan),
            ("encode", encode::encode),
            ("encode_str", encode::encode_str),
        ],
    )
}
