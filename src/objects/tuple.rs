//! tuple: an immutable array of references stored inline after the header.

use super::Tag;
use crate::declare_payload;
use crate::heap::{Behaviour, Obj};

pub struct TupleObj {
    len: usize,
}
declare_payload!(TupleObj, "tuple", Tag::Tuple, gc, tail = Obj);
impl Behaviour for TupleObj {
    const UNTRACK: crate::heap::object::Untrack = crate::heap::object::Untrack::WhenAtomic;
    const TAIL_LAST_FIRST: bool = true;
    fn tail_len(&self) -> usize {
        self.len
    }
    fn traverse(&self, tail: &[Obj], visit: &mut dyn FnMut(&Obj)) {
        // Last to first, as CPython's tupletraverse.
        tail.iter().rev().for_each(visit);
    }
}

impl TupleObj {
    pub fn new(len: usize) -> TupleObj {
        TupleObj { len }
    }
}

/// The items of a tuple object.
#[inline(always)]
pub fn as_tuple(o: &Obj) -> Option<&[Obj]> {
    o.downcast_with_tail::<TupleObj>().map(|(_, items)| items)
}

use crate::vm::{Args, PyResult, Vm};

/// The `start`/`stop` arguments of `index()` (args 2 and 3), clamped to `0..=len`.
pub fn index_bounds(vm: &mut Vm, args: &Args, len: i64) -> PyResult<(i64, i64)> {
    let clamp = |v: i64| if v < 0 { (v + len).max(0) } else { v.min(len) };
    let start = match args.pos.get(2) {
        Some(s) => clamp(not_none_bound(vm, s)?),
        None => 0,
    };
    let stop = match args.pos.get(3) {
        Some(s) => clamp(not_none_bound(vm, s)?),
        None => len,
    };
    Ok((start, stop))
}

/// CPython's `_PyEval_SliceIndexNotNone`: an int-like bound, huge ones clamped.
fn not_none_bound(vm: &mut Vm, o: &Obj) -> PyResult<i64> {
    match vm.slice_bound_value(o) {
        Some(r) => r,
        None => Err(vm.type_error("slice indices must be integers or have an __index__ method")),
    }
}

fn self_tuple(vm: &mut Vm, args: &Args, name: &str) -> PyResult<Obj> {
    match args.pos.first() {
        Some(o) if o.is::<TupleObj>() => Ok(o.clone()),
        Some(o) => match vm.base_value(o).filter(|b| b.is::<TupleObj>()) {
            Some(b) => Ok(b),
            None => Err(crate::vm::wrong_receiver(vm, name, "tuple", o)),
        },
        None => Err(vm.type_error(format!("unbound method tuple.{name}() needs an argument"))),
    }
}

fn tuple_index(vm: &mut Vm, args: Args) -> PyResult {
    args.check_method(vm, "tuple.index", 1, 3)?;
    let t = self_tuple(vm, &args, "index")?;
    let items = as_tuple(&t).map(<[Obj]>::to_vec).unwrap_or_default();
    let (start, stop) = index_bounds(vm, &args, items.len() as i64)?;
    for i in start..stop {
        if vm.eq(&items[i as usize], &args.pos[1])? {
            return vm.new_int(i);
        }
    }
    Err(vm.value_error("tuple.index(x): x not in tuple"))
}

fn tuple_count(vm: &mut Vm, args: Args) -> PyResult {
    args.check_method(vm, "tuple.count", 1, 1)?;
    let t = self_tuple(vm, &args, "count")?;
    let items = as_tuple(&t).map(<[Obj]>::to_vec).unwrap_or_default();
    let mut c = 0;
    for it in &items {
        if vm.eq(it, &args.pos[1])? {
            c += 1;
        }
    }
    vm.new_int(c)
}

/// Methods of `tuple`.
pub const METHODS: &[(&str, crate::objects::NativeFn)] =
    &[("index", tuple_index), ("count", tuple_count)];
