//! The `collections` module: deque (Rust, in `objects::deque`), defaultdict,
//! OrderedDict, Counter and namedtuple.

mod deque;

use crate::heap::Obj;
use crate::vm::{PyResult, Vm};

pub(crate) fn create(vm: &mut Vm) -> PyResult<Obj> {
    let m = super::module_with_functions(vm, "collections", &[])?;
    let dq = deque::deque_type(vm)?;
    super::set_attr(vm, &m, "deque", dq)?;
    Ok(m)
}
