//! The `heapq` module: the heap primitives are native and follow CPython's `_heapq`
//! exactly (same comparisons, with `<` only, in the same order, so ties and
//! inconsistent orderings come out the same); `merge`, `nsmallest` and `nlargest` are
//! Python, as in CPython, in `heapq.py` beside this file.

use crate::compile::bytecode::CmpOpCode;
use crate::heap::Obj;
use crate::objects::ListObj;
use crate::vm::params::check_positional;
use crate::vm::{Args, PyErr, PyResult, Vm};

fn list_arg(vm: &mut Vm, o: &Obj, func: &str, whole: bool) -> PyResult<Obj> {
    if o.is::<ListObj>() {
        return Ok(o.clone());
    }
    if let Some(b) = vm.base_value(o).filter(|b| b.is::<ListObj>()) {
        return Ok(b);
    }
    let n = vm.type_name(o);
    Err(vm.type_error(if whole {
        format!("{func}() argument must be list, not {n}")
    } else {
        format!("{func}() argument 1 must be list, not {n}")
    }))
}

fn items(l: &Obj) -> Option<&ListObj> {
    l.downcast::<ListObj>()
}

fn len(l: &Obj) -> usize {
    items(l).map_or(0, |x| x.items.borrow().len())
}

fn get(l: &Obj, i: usize) -> Option<Obj> {
    items(l).and_then(|x| x.items.borrow().get(i).cloned())
}

fn changed(vm: &mut Vm) -> PyErr {
    vm.runtime_error("list changed size during iteration")
}

fn swap(l: &Obj, i: usize, j: usize) {
    if let Some(x) = items(l)
        && let Ok(mut v) = x.items.try_borrow_mut()
        && i < v.len()
        && j < v.len()
    {
        v.as_mut_slice().swap(i, j);
    }
}

fn set(l: &Obj, i: usize, value: Obj) -> Option<Obj> {
    let x = items(l)?;
    let mut v = x.items.try_borrow_mut().ok()?;
    let slot = v.as_mut_slice().get_mut(i)?;
    Some(std::mem::replace(slot, value))
}

/// `a < b` for a min-heap; `b < a` for a max-heap.
fn less(vm: &mut Vm, a: &Obj, b: &Obj, max: bool) -> PyResult<bool> {
    if max {
        vm.compare_bool(CmpOpCode::Lt, b, a)
    } else {
        vm.compare_bool(CmpOpCode::Lt, a, b)
    }
}

/// Moves the item at `pos` up towards `start` while it is smaller than its parent.
fn sift_down(vm: &mut Vm, heap: &Obj, start: usize, mut pos: usize, max: bool) -> PyResult<()> {
    let size = len(heap);
    while pos > start {
        let parent = (pos - 1) >> 1;
        let (Some(newitem), Some(par)) = (get(heap, pos), get(heap, parent)) else {
            return Err(changed(vm));
        };
        let lt = less(vm, &newitem, &par, max)?;
        if size != len(heap) {
            return Err(changed(vm));
        }
        if !lt {
            break;
        }
        swap(heap, parent, pos);
        pos = parent;
    }
    Ok(())
}

/// Moves the smaller child up from `pos` to a leaf, then sifts the item back down.
fn sift_up(vm: &mut Vm, heap: &Obj, mut pos: usize, max: bool) -> PyResult<()> {
    let end = len(heap);
    let start = pos;
    let limit = end >> 1;
    while pos < limit {
        let mut child = 2 * pos + 1;
        if child + 1 < end {
            let (Some(a), Some(b)) = (get(heap, child), get(heap, child + 1)) else {
                return Err(changed(vm));
            };
            let lt = less(vm, &a, &b, max)?;
            if !lt {
                child += 1;
            }
            if end != len(heap) {
                return Err(changed(vm));
            }
        }
        swap(heap, child, pos);
        pos = child;
    }
    sift_down(vm, heap, start, pos, max)
}

fn push(vm: &mut Vm, args: Args, name: &str) -> PyResult {
    check_positional(vm, &args, name, 2, 2)?;
    let heap = list_arg(vm, &args.pos[0], name, false)?;
    vm.list_append(&heap, args.pos[1].clone())?;
    let n = len(&heap);
    sift_down(vm, &heap, 0, n - 1, false)?;
    Ok(vm.none())
}

fn heappush(vm: &mut Vm, args: Args) -> PyResult {
    push(vm, args, "heappush")
}

fn pop(vm: &mut Vm, args: &Args, name: &str, max: bool) -> PyResult {
    check_positional(vm, args, name, 1, 1)?;
    let heap = list_arg(vm, &args.pos[0], name, true)?;
    let last = items(&heap).and_then(|x| x.items.borrow_mut().pop());
    let Some(last) = last else {
        return Err(vm.index_error("index out of range"));
    };
    if len(&heap) == 0 {
        return Ok(last);
    }
    let Some(top) = set(&heap, 0, last) else {
        return Err(changed(vm));
    };
    sift_up(vm, &heap, 0, max)?;
    Ok(top)
}

fn heappop(vm: &mut Vm, args: Args) -> PyResult {
    pop(vm, &args, "heappop", false)
}

fn heappop_max(vm: &mut Vm, args: Args) -> PyResult {
    pop(vm, &args, "_heappop_max", true)
}

fn replace(vm: &mut Vm, args: &Args, name: &str, max: bool) -> PyResult {
    check_positional(vm, args, name, 2, 2)?;
    let heap = list_arg(vm, &args.pos[0], name, false)?;
    if len(&heap) == 0 {
        return Err(vm.index_error("index out of range"));
    }
    let Some(top) = set(&heap, 0, args.pos[1].clone()) else {
        return Err(changed(vm));
    };
    sift_up(vm, &heap, 0, max)?;
    Ok(top)
}

fn heapreplace(vm: &mut Vm, args: Args) -> PyResult {
    replace(vm, &args, "heapreplace", false)
}

fn heapreplace_max(vm: &mut Vm, args: Args) -> PyResult {
    replace(vm, &args, "_heapreplace_max", true)
}

fn heappushpop(vm: &mut Vm, args: Args) -> PyResult {
    check_positional(vm, &args, "heappushpop", 2, 2)?;
    let heap = list_arg(vm, &args.pos[0], "heappushpop", false)?;
    let item = args.pos[1].clone();
    let Some(top) = get(&heap, 0) else {
        return Ok(item);
    };
    if !vm.compare_bool(CmpOpCode::Lt, &top, &item)? {
        return Ok(item);
    }
    if len(&heap) == 0 {
        return Err(vm.index_error("index out of range"));
    }
    let Some(top) = set(&heap, 0, item) else {
        return Err(changed(vm));
    };
    sift_up(vm, &heap, 0, false)?;
    Ok(top)
}

/// The highest power of two not above `n`.
fn keep_top_bit(n: usize) -> usize {
    if n == 0 {
        return 0;
    }
    1 << (usize::BITS - 1 - n.leading_zeros())
}

fn heapify_list(vm: &mut Vm, heap: &Obj, max: bool) -> PyResult<()> {
    let n = len(heap);
    if n <= 2500 {
        for i in (0..n >> 1).rev() {
            sift_up(vm, heap, i, max)?;
        }
        return Ok(());
    }
    // CPython's cache-friendly order for big heaps: sift each sibling pair's parent
    // as soon as both children are done (same comparisons, same heap).
    let m = n >> 1;
    let leftmost = keep_top_bit(m + 1) - 1;
    let mhalf = m >> 1;
    let sift_chain = |vm: &mut Vm, mut j: usize| -> PyResult<()> {
        loop {
            sift_up(vm, heap, j, max)?;
            if j & 1 == 0 {
                return Ok(());
            }
            j >>= 1;
        }
    };
    for i in (mhalf..leftmost).rev() {
        sift_chain(vm, i)?;
    }
    for i in (leftmost..m).rev() {
        sift_chain(vm, i)?;
    }
    Ok(())
}

fn heapify(vm: &mut Vm, args: Args) -> PyResult {
    check_positional(vm, &args, "heapify", 1, 1)?;
    let heap = list_arg(vm, &args.pos[0], "heapify", true)?;
    heapify_list(vm, &heap, false)?;
    Ok(vm.none())
}

fn heapify_max(vm: &mut Vm, args: Args) -> PyResult {
    check_positional(vm, &args, "_heapify_max", 1, 1)?;
    let heap = list_arg(vm, &args.pos[0], "_heapify_max", true)?;
    heapify_list(vm, &heap, true)?;
    Ok(vm.none())
}

pub(crate) fn create(vm: &mut Vm) -> PyResult<Obj> {
    let m = super::module_with_functions(
        vm,
        "heapq",
        &[
            ("heappush", heappush),
            ("heappop", heappop),
            ("heapify", heapify),
            ("heapreplace", heapreplace),
            ("heappushpop", heappushpop),
            ("_heappop_max", heappop_max),
            ("_heapify_max", heapify_max),
            ("_heapreplace_max", heapreplace_max),
        ],
    )?;
    super::exec_python(vm, &m, include_str!("heapq.py"), "<heapq>")?;
    Ok(m)
}
