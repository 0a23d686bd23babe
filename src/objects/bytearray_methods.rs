//! The mutating methods of `bytearray`: append, extend, insert, pop, remove, clear,
//! reverse, copy.

use crate::heap::Obj;
use crate::objects::NativeFn;
use crate::objects::bytes::{ByteArrayObj, with_bytes};
use crate::vm::{Args, PyResult, Vm};

use super::method_args::{bind, check_positional};

/// The bytearray `self` is (or whose value it is, for a subclass instance).
fn target(vm: &mut Vm, args: &Args, name: &str) -> PyResult<Obj> {
    let Some(o) = args.pos.first() else {
        return Err(vm.type_error(format!(
            "unbound method bytearray.{name}() needs an argument"
        )));
    };
    let value = vm.base_value(o).unwrap_or_else(|| o.clone());
    if value.is::<ByteArrayObj>() {
        return Ok(value);
    }
    let n = vm.type_name(o);
    Err(vm.type_error(format!(
        "descriptor '{name}' for 'bytearray' objects doesn't apply to a '{n}' object"
    )))
}

fn with_array<R>(vm: &mut Vm, o: &Obj, f: impl FnOnce(&mut Vm, &ByteArrayObj) -> R) -> PyResult<R> {
    match o.downcast::<ByteArrayObj>() {
        Some(ba) => Ok(f(vm, ba)),
        None => Err(vm.bad_payload()),
    }
}

fn ba_append(vm: &mut Vm, mut args: Args) -> PyResult {
    let p = bind(vm, &mut args, "append", &["item"], 1, false)?;
    let t = target(vm, &args, "append")?;
    let none = vm.none();
    let b = vm.byte_value(p[0].as_ref().unwrap_or(&none))?;
    with_array(vm, &t, |vm, ba| -> PyResult<()> {
        vm.check_resizable(ba)?;
        Ok(ba.data.borrow_mut().push(vm.heap.allocator(), b)?)
    })??;
    Ok(vm.none())
}

fn ba_extend(vm: &mut Vm, mut args: Args) -> PyResult {
    let p = bind(vm, &mut args, "extend", &["iterable_of_ints"], 1, false)?;
    let t = target(vm, &args, "extend")?;
    let src = p[0].clone().unwrap_or_else(|| vm.none());
    let data = match vm.bytes_like(&src) {
        Some(d) => d,
        None => {
            // A buffer exporter whose buffer cannot be had (a released memoryview)
            // fails as CPython's slice assignment does, before iteration is tried.
            if crate::objects::memoryview::view_state(&src).is_some_and(|st| st.is_released()) {
                return Err(vm.type_error("can't set bytearray slice from memoryview"));
            }
            if vm.get_iter(&src).is_err() {
                let n = vm.type_name(&src);
                return Err(vm.type_error(format!("can't extend bytearray with {n}")));
            }
            // Bytes are gathered as the items come (no list of int objects).
            let it = vm.get_iter(&src)?;
            let hint = crate::objects::iter::builtin_iter_remaining(&it).unwrap_or(0);
            let mut d = vm.vec_with_room(hint)?;
            while let Some(x) = vm.next(&it)? {
                let b = vm.byte_value(&x)?;
                vm.grow_vec(&mut d, 1)?;
                d.push(b);
            }
            d
        }
    };
    with_array(vm, &t, |vm, ba| -> PyResult<()> {
        if !data.is_empty() {
            vm.check_resizable(ba)?;
        }
        Ok(ba
            .data
            .borrow_mut()
            .extend_from_slice(vm.heap.allocator(), &data)?)
    })??;
    Ok(vm.none())
}

fn ba_insert(vm: &mut Vm, mut args: Args) -> PyResult {
    check_positional(vm, &args, "insert", 2, 2)?;
    let p = bind(vm, &mut args, "insert", &["index", "item"], 2, false)?;
    let t = target(vm, &args, "insert")?;
    let none = vm.none();
    let i = crate::vm::params::ssize_arg(vm, p[0].as_ref().unwrap_or(&none))?;
    let b = vm.byte_value(p[1].as_ref().unwrap_or(&none))?;
    with_array(vm, &t, |vm, ba| -> PyResult<()> {
        vm.check_resizable(ba)?;
        let mut d = ba.data.borrow_mut();
        let len = d.len() as i64;
        let at = if i < 0 { (i + len).max(0) } else { i.min(len) };
        Ok(d.insert(vm.heap.allocator(), at as usize, b)?)
    })??;
    Ok(vm.none())
}

fn ba_pop(vm: &mut Vm, mut args: Args) -> PyResult {
    let p = bind(vm, &mut args, "pop", &["index"], 0, false)?;
    let t = target(vm, &args, "pop")?;
    let i = match &p[0] {
        Some(i) => crate::vm::params::ssize_arg(vm, i)?,
        None => -1,
    };
    let r = with_array(vm, &t, |vm, ba| -> PyResult<u8> {
        let d = ba.data.borrow_mut();
        if d.is_empty() {
            return Err(vm.index_error("pop from empty bytearray"));
        }
        let len = d.len() as i64;
        let at = if i < 0 { i + len } else { i };
        if at < 0 || at >= len {
            return Err(vm.index_error("pop index out of range"));
        }
        drop(d);
        vm.check_resizable(ba)?;
        let removed = ba.data.borrow_mut().remove(at as usize);
        removed.ok_or_else(|| vm.index_error("pop index out of range"))
    })??;
    vm.new_int(i64::from(r))
}

fn ba_remove(vm: &mut Vm, mut args: Args) -> PyResult {
    let p = bind(vm, &mut args, "remove", &["value"], 1, false)?;
    let t = target(vm, &args, "remove")?;
    let none = vm.none();
    let b = vm.byte_value(p[0].as_ref().unwrap_or(&none))?;
    let found = with_array(vm, &t, |vm, ba| -> PyResult<bool> {
        let pos = ba.data.borrow().iter().position(|&x| x == b);
        let Some(i) = pos else {
            return Ok(false);
        };
        vm.check_resizable(ba)?;
        Ok(ba.data.borrow_mut().remove(i).is_some())
    })??;
    if !found {
        return Err(vm.value_error("value not found in bytearray"));
    }
    Ok(vm.none())
}

fn ba_clear(vm: &mut Vm, mut args: Args) -> PyResult {
    bind(vm, &mut args, "clear", &[], 0, false)?;
    let t = target(vm, &args, "clear")?;
    with_array(vm, &t, |vm, ba| -> PyResult<()> {
        if !ba.data.borrow().is_empty() {
            vm.check_resizable(ba)?;
        }
        ba.data.borrow_mut().clear();
        Ok(())
    })??;
    Ok(vm.none())
}

fn ba_reverse(vm: &mut Vm, mut args: Args) -> PyResult {
    bind(vm, &mut args, "reverse", &[], 0, false)?;
    let t = target(vm, &args, "reverse")?;
    with_array(vm, &t, |_, ba| ba.data.borrow_mut().reverse())?;
    Ok(vm.none())
}

fn ba_copy(vm: &mut Vm, mut args: Args) -> PyResult {
    bind(vm, &mut args, "copy", &[], 0, false)?;
    let t = target(vm, &args, "copy")?;
    let data = with_bytes(&t, <[u8]>::to_vec).unwrap_or_default();
    vm.new_bytearray(data)
}

pub const METHODS: &[(&str, NativeFn)] = &[
    ("append", ba_append),
    ("extend", ba_extend),
    ("insert", ba_insert),
    ("pop", ba_pop),
    ("remove", ba_remove),
    ("clear", ba_clear),
    ("reverse", ba_reverse),
    ("copy", ba_copy),
];
