//! The methods of `collections.deque` (its type's namespace).

use crate::compile::bytecode::{BinOpCode, CmpOpCode};
use crate::heap::Obj;
use crate::objects::deque::DequeObj;
use crate::objects::{Tag, tag_of};
use crate::vm::params::{bind, check_method, ssize_arg};
use crate::vm::{Args, MethodKind, PyResult, Vm};

use super::deque::{DEQUE_SIG, busy, deque_obj, mutated, parse_maxlen, payload, this};

fn deque_append(vm: &mut Vm, args: Args) -> PyResult {
    check_method(vm, &args, "deque.append", 1, 1)?;
    let d = this(vm, &args, "append")?;
    vm.deque_push(&d, args.pos[1].clone(), false)?;
    Ok(vm.none())
}

fn deque_appendleft(vm: &mut Vm, args: Args) -> PyResult {
    check_method(vm, &args, "deque.appendleft", 1, 1)?;
    let d = this(vm, &args, "appendleft")?;
    vm.deque_push(&d, args.pos[1].clone(), true)?;
    Ok(vm.none())
}

fn deque_pop(vm: &mut Vm, args: Args) -> PyResult {
    check_method(vm, &args, "deque.pop", 0, 0)?;
    let d = this(vm, &args, "pop")?;
    vm.deque_pop(&d, false)
}

fn deque_popleft(vm: &mut Vm, args: Args) -> PyResult {
    check_method(vm, &args, "deque.popleft", 0, 0)?;
    let d = this(vm, &args, "popleft")?;
    vm.deque_pop(&d, true)
}

/// `d.append(v)` / `d.appendleft(v)` on an exact deque, without building `Args`.
fn deque_append_fast(vm: &mut Vm, d: &Obj, v: Option<Obj>) -> PyResult {
    match v {
        Some(v) if d.is::<DequeObj>() => {
            vm.deque_push(d, v, false)?;
            Ok(vm.none())
        }
        v => deque_append(vm, Args::method(d, v)),
    }
}

fn deque_appendleft_fast(vm: &mut Vm, d: &Obj, v: Option<Obj>) -> PyResult {
    match v {
        Some(v) if d.is::<DequeObj>() => {
            vm.deque_push(d, v, true)?;
            Ok(vm.none())
        }
        v => deque_appendleft(vm, Args::method(d, v)),
    }
}

/// `d.pop()` / `d.popleft()` on an exact deque, without building `Args`.
fn deque_pop_fast(vm: &mut Vm, d: &Obj, arg: Option<Obj>) -> PyResult {
    match arg {
        None if d.is::<DequeObj>() => vm.deque_pop(d, false),
        arg => deque_pop(vm, Args::method(d, arg)),
    }
}

fn deque_popleft_fast(vm: &mut Vm, d: &Obj, arg: Option<Obj>) -> PyResult {
    match arg {
        None if d.is::<DequeObj>() => vm.deque_pop(d, true),
        arg => deque_popleft(vm, Args::method(d, arg)),
    }
}

/// The direct entries of `deque`'s commonest methods (see `FastMethod`).
pub const FAST_METHODS: &[(&str, crate::objects::function::FastMethod)] = &[
    ("append", deque_append_fast),
    ("appendleft", deque_appendleft_fast),
    ("pop", deque_pop_fast),
    ("popleft", deque_popleft_fast),
];

fn deque_extend(vm: &mut Vm, args: Args) -> PyResult {
    check_method(vm, &args, "deque.extend", 1, 1)?;
    let d = this(vm, &args, "extend")?;
    vm.deque_extend(&d, &args.pos[1], false)?;
    Ok(vm.none())
}

fn deque_extendleft(vm: &mut Vm, args: Args) -> PyResult {
    check_method(vm, &args, "deque.extendleft", 1, 1)?;
    let d = this(vm, &args, "extendleft")?;
    vm.deque_extend(&d, &args.pos[1], true)?;
    Ok(vm.none())
}

fn deque_clear(vm: &mut Vm, args: Args) -> PyResult {
    check_method(vm, &args, "deque.clear", 0, 0)?;
    let d = this(vm, &args, "clear")?;
    if let Some(dq) = payload(&d) {
        let taken = match dq.store.try_borrow_mut() {
            Ok(mut s) => s.take_all(),
            Err(_) => return Err(busy(vm)),
        };
        dq.bump();
        drop(taken);
    }
    Ok(vm.none())
}

fn deque_copy_method(vm: &mut Vm, args: Args) -> PyResult {
    check_method(vm, &args, "deque.copy", 0, 0)?;
    let d = this(vm, &args, "copy")?;
    if tag_of(&args.pos[0]) == Tag::Deque {
        return vm.deque_copy(&d);
    }
    // Subclasses are copied by calling the class, as CPython does.
    let cls = vm.type_of(&args.pos[0]);
    let (items, maxlen) = match payload(&d) {
        Some(x) => (x.store.borrow().to_vec(), x.maxlen.get()),
        None => (Vec::new(), None),
    };
    let list = vm.new_list(items)?;
    let mut call = Args::new(vec![list]);
    if let Some(m) = maxlen {
        let k = vm.intern("maxlen")?;
        call.kw.push((k, vm.new_int(m as i64)?));
    }
    vm.call_args(&cls, call)
}

fn deque_count(vm: &mut Vm, args: Args) -> PyResult {
    check_method(vm, &args, "deque.count", 1, 1)?;
    let d = this(vm, &args, "count")?;
    let Some(dq) = payload(&d) else {
        return vm.new_int(0);
    };
    let start = dq.state.get();
    let mut c = 0;
    for i in 0..dq.len() {
        let v = dq.store.borrow().get(i).cloned();
        let Some(v) = v else { break };
        let eq = vm.eq(&v, &args.pos[1])?;
        if dq.state.get() != start {
            return Err(mutated(vm));
        }
        if eq {
            c += 1;
        }
    }
    vm.new_int(c)
}

fn deque_index(vm: &mut Vm, args: Args) -> PyResult {
    check_method(vm, &args, "deque.index", 1, 3)?;
    let d = this(vm, &args, "index")?;
    let Some(dq) = payload(&d) else {
        return Err(vm.bad_payload());
    };
    let n = dq.len() as i64;
    // Like slice bounds: negative counts from the end, anything out of range clamps.
    let clamp = |vm: &mut Vm, o: Option<&Obj>, default: i64| -> PyResult<i64> {
        let Some(o) = o else { return Ok(default) };
        if vm.index_value(o).is_none() {
            let t = vm.type_name(o);
            return Err(vm.type_error(format!(
                "slice indices must be integers or have an __index__ method, not '{t}'"
            )));
        }
        let v = match vm.to_bigint(o) {
            Some(b) => i64::try_from(&b).unwrap_or(if b.sign() == num_bigint::Sign::Minus {
                i64::MIN
            } else {
                i64::MAX
            }),
            None => vm.to_index(o)?,
        };
        Ok(if v < 0 {
            v.saturating_add(n).max(0)
        } else {
            v.min(n)
        })
    };
    let start = clamp(vm, args.pos.get(2), 0)?;
    let stop = clamp(vm, args.pos.get(3), n)?;
    let state = dq.state.get();
    let mut i = start;
    while i < stop {
        let v = dq.store.borrow().get(i as usize).cloned();
        let Some(v) = v else { break };
        let eq = vm.eq(&v, &args.pos[1])?;
        if dq.state.get() != state {
            return Err(mutated(vm));
        }
        if eq {
            return vm.new_int(i);
        }
        i += 1;
    }
    let r = vm.repr_string(&args.pos[1])?;
    Err(vm.value_error(format!("{r} is not in deque")))
}

fn deque_insert(vm: &mut Vm, args: Args) -> PyResult {
    check_method(vm, &args, "deque.insert", 2, 2)?;
    let d = this(vm, &args, "insert")?;
    let i = ssize_arg(vm, &args.pos[1])?;
    let Some(dq) = payload(&d) else {
        return Err(vm.bad_payload());
    };
    let n = dq.len();
    if dq.maxlen.get() == Some(n) {
        return Err(vm.index_error("deque already at its maximum size"));
    }
    let at = if i < 0 {
        (i + n as i64).max(0) as usize
    } else {
        (i as usize).min(n)
    };
    match dq.store.try_borrow_mut() {
        Ok(mut s) => s.insert(vm.heap.allocator(), at, args.pos[2].clone())?,
        Err(_) => return Err(busy(vm)),
    }
    dq.bump();
    Ok(vm.none())
}

fn deque_remove(vm: &mut Vm, args: Args) -> PyResult {
    check_method(vm, &args, "deque.remove", 1, 1)?;
    let d = this(vm, &args, "remove")?;
    let Some(dq) = payload(&d) else {
        return Err(vm.bad_payload());
    };
    let state = dq.state.get();
    for i in 0..dq.len() {
        let v = dq.store.borrow().get(i).cloned();
        let Some(v) = v else { break };
        let eq = vm.eq(&v, &args.pos[1])?;
        if dq.state.get() != state {
            return Err(vm.index_error("deque mutated during iteration"));
        }
        if eq {
            vm.deque_remove_at(&d, i)?;
            return Ok(vm.none());
        }
    }
    let r = vm.repr_string(&args.pos[1])?;
    Err(vm.value_error(format!("{r} is not in deque")))
}

fn deque_reverse(vm: &mut Vm, args: Args) -> PyResult {
    check_method(vm, &args, "deque.reverse", 0, 0)?;
    let d = this(vm, &args, "reverse")?;
    if let Some(dq) = payload(&d) {
        match dq.store.try_borrow_mut() {
            Ok(mut s) => s.reverse(),
            Err(_) => return Err(busy(vm)),
        }
        dq.bump();
    }
    Ok(vm.none())
}

fn deque_rotate(vm: &mut Vm, args: Args) -> PyResult {
    check_method(vm, &args, "deque.rotate", 0, 1)?;
    let d = this(vm, &args, "rotate")?;
    let n = match args.pos.get(1) {
        Some(v) => ssize_arg(vm, v)?,
        None => 1,
    };
    let Some(dq) = payload(&d) else {
        return Err(vm.bad_payload());
    };
    let len = dq.len() as i64;
    if len <= 1 {
        return Ok(vm.none());
    }
    let half = len >> 1;
    let mut n = n;
    if n > half || n < -half {
        n %= len;
        if n > half {
            n -= len;
        } else if n < -half {
            n += len;
        }
    }
    let Ok(mut s) = dq.store.try_borrow_mut() else {
        return Err(busy(vm));
    };
    let a = vm.heap.allocator();
    if n > 0 {
        for _ in 0..n {
            if let Some((v, freed)) = s.pop_back() {
                drop(freed);
                s.push_front(a, v)?;
            }
        }
    } else {
        for _ in 0..(-n) {
            if let Some((v, freed)) = s.pop_front() {
                drop(freed);
                s.push_back(a, v)?;
            }
        }
    }
    drop(s);
    dq.bump();
    Ok(vm.none())
}

fn deque_reversed(vm: &mut Vm, args: Args) -> PyResult {
    check_method(vm, &args, "deque.__reversed__", 0, 0)?;
    vm.deque_iter(&args.pos[0], true)
}

fn deque_iter_method(vm: &mut Vm, args: Args) -> PyResult {
    check_method(vm, &args, "deque.__iter__", 0, 0)?;
    vm.deque_iter(&args.pos[0], false)
}

fn deque_len(vm: &mut Vm, args: Args) -> PyResult {
    check_method(vm, &args, "deque.__len__", 0, 0)?;
    let d = this(vm, &args, "__len__")?;
    vm.new_int(payload(&d).map_or(0, DequeObj::len) as i64)
}

fn deque_getitem_method(vm: &mut Vm, args: Args) -> PyResult {
    check_method(vm, &args, "deque.__getitem__", 1, 1)?;
    vm.deque_getitem(&args.pos[0], &args.pos[1])
}

fn deque_setitem_method(vm: &mut Vm, args: Args) -> PyResult {
    check_method(vm, &args, "deque.__setitem__", 2, 2)?;
    vm.deque_setitem(&args.pos[0], &args.pos[1], &args.pos[2])?;
    Ok(vm.none())
}

fn deque_delitem_method(vm: &mut Vm, args: Args) -> PyResult {
    check_method(vm, &args, "deque.__delitem__", 1, 1)?;
    vm.deque_delitem(&args.pos[0], &args.pos[1])?;
    Ok(vm.none())
}

fn deque_contains_method(vm: &mut Vm, args: Args) -> PyResult {
    check_method(vm, &args, "deque.__contains__", 1, 1)?;
    let r = vm.deque_contains(&args.pos[0], &args.pos[1])?;
    Ok(vm.new_bool(r))
}

fn deque_repr_method(vm: &mut Vm, args: Args) -> PyResult {
    check_method(vm, &args, "deque.__repr__", 0, 0)?;
    let mut out = crate::text::text_buf::TextBuf::new();
    vm.deque_write_repr(&args.pos[0], &mut out)?;
    vm.new_str_buf(&out)
}

fn deque_init(vm: &mut Vm, mut args: Args) -> PyResult {
    if args.pos.is_empty() {
        return Err(
            vm.type_error("descriptor '__init__' of 'collections.deque' object needs an argument")
        );
    }
    let o = args.pos.remove(0);
    let d = deque_obj(vm, &o, "__init__")?;
    let a = bind(vm, args, &DEQUE_SIG)?;
    let maxlen = parse_maxlen(vm, a[1].as_ref())?;
    if let Some(dq) = payload(&d) {
        dq.maxlen.set(maxlen);
        let taken = match dq.store.try_borrow_mut() {
            Ok(mut s) => s.take_all(),
            Err(_) => return Err(busy(vm)),
        };
        dq.bump();
        drop(taken);
    }
    if let Some(it) = &a[0] {
        vm.deque_extend(&d, it, false)?;
    }
    Ok(vm.none())
}

fn deque_maxlen(vm: &mut Vm, args: Args) -> PyResult {
    let d = this(vm, &args, "maxlen")?;
    match payload(&d).and_then(|x| x.maxlen.get()) {
        Some(m) => vm.new_int(m as i64),
        None => Ok(vm.none()),
    }
}

fn rich(vm: &mut Vm, args: Args, op: CmpOpCode, name: &str) -> PyResult {
    check_method(vm, &args, name, 1, 1)?;
    let a = deque_obj(vm, &args.pos[0], "__eq__")?;
    let other = &args.pos[1];
    let b = if other.is::<DequeObj>() {
        other.clone()
    } else {
        match vm.base_value(other).filter(|b| b.is::<DequeObj>()) {
            Some(b) => b,
            None => return Ok(vm.s.not_implemented.clone()),
        }
    };
    let r = vm.deque_compare(op, &a, &b)?;
    Ok(vm.new_bool(r))
}

fn deque_eq(vm: &mut Vm, args: Args) -> PyResult {
    rich(vm, args, CmpOpCode::Eq, "deque.__eq__")
}
fn deque_ne(vm: &mut Vm, args: Args) -> PyResult {
    rich(vm, args, CmpOpCode::Ne, "deque.__ne__")
}
fn deque_lt(vm: &mut Vm, args: Args) -> PyResult {
    rich(vm, args, CmpOpCode::Lt, "deque.__lt__")
}
fn deque_le(vm: &mut Vm, args: Args) -> PyResult {
    rich(vm, args, CmpOpCode::Le, "deque.__le__")
}
fn deque_gt(vm: &mut Vm, args: Args) -> PyResult {
    rich(vm, args, CmpOpCode::Gt, "deque.__gt__")
}
fn deque_ge(vm: &mut Vm, args: Args) -> PyResult {
    rich(vm, args, CmpOpCode::Ge, "deque.__ge__")
}

fn deque_add(vm: &mut Vm, args: Args) -> PyResult {
    check_method(vm, &args, "deque.__add__", 1, 1)?;
    let a = deque_obj(vm, &args.pos[0], "__add__")?;
    let b = vm.base_value(&args.pos[1]).filter(|b| b.is::<DequeObj>());
    let b = b.unwrap_or_else(|| args.pos[1].clone());
    match vm.deque_binary(BinOpCode::Add, &a, &b)? {
        Some(r) => Ok(r),
        None => Ok(vm.s.not_implemented.clone()),
    }
}

fn deque_mul(vm: &mut Vm, args: Args) -> PyResult {
    check_method(vm, &args, "deque.__mul__", 1, 1)?;
    let a = deque_obj(vm, &args.pos[0], "__mul__")?;
    match vm.deque_binary(BinOpCode::Mul, &a, &args.pos[1])? {
        Some(r) => Ok(r),
        None => Ok(vm.s.not_implemented.clone()),
    }
}

fn deque_iadd(vm: &mut Vm, args: Args) -> PyResult {
    check_method(vm, &args, "deque.__iadd__", 1, 1)?;
    let a = deque_obj(vm, &args.pos[0], "__iadd__")?;
    vm.deque_extend(&a, &args.pos[1], false)?;
    Ok(args.pos[0].clone())
}

fn deque_imul(vm: &mut Vm, args: Args) -> PyResult {
    check_method(vm, &args, "deque.__imul__", 1, 1)?;
    let a = deque_obj(vm, &args.pos[0], "__imul__")?;
    vm.deque_repeat(&a, &args.pos[1])?;
    Ok(args.pos[0].clone())
}

fn deque_bool(vm: &mut Vm, args: Args) -> PyResult {
    check_method(vm, &args, "deque.__bool__", 0, 0)?;
    let d = this(vm, &args, "__bool__")?;
    let n = payload(&d).map_or(0, DequeObj::len);
    Ok(vm.new_bool(n != 0))
}

fn deque_sizeof(vm: &mut Vm, args: Args) -> PyResult {
    check_method(vm, &args, "deque.__sizeof__", 0, 0)?;
    let n = vm.sizeof(&args.pos[0]);
    vm.new_int(n as i64)
}

const METHODS: &[(&str, crate::objects::NativeFn)] = &[
    ("append", deque_append),
    ("appendleft", deque_appendleft),
    ("pop", deque_pop),
    ("popleft", deque_popleft),
    ("extend", deque_extend),
    ("extendleft", deque_extendleft),
    ("clear", deque_clear),
    ("copy", deque_copy_method),
    ("__copy__", deque_copy_method),
    ("count", deque_count),
    ("index", deque_index),
    ("insert", deque_insert),
    ("remove", deque_remove),
    ("reverse", deque_reverse),
    ("rotate", deque_rotate),
    ("__reversed__", deque_reversed),
    ("__iter__", deque_iter_method),
    ("__len__", deque_len),
    ("__getitem__", deque_getitem_method),
    ("__setitem__", deque_setitem_method),
    ("__delitem__", deque_delitem_method),
    ("__contains__", deque_contains_method),
    ("__repr__", deque_repr_method),
    ("__init__", deque_init),
    ("__eq__", deque_eq),
    ("__ne__", deque_ne),
    ("__lt__", deque_lt),
    ("__le__", deque_le),
    ("__gt__", deque_gt),
    ("__ge__", deque_ge),
    ("__add__", deque_add),
    ("__mul__", deque_mul),
    ("__rmul__", deque_mul),
    ("__iadd__", deque_iadd),
    ("__imul__", deque_imul),
    ("__bool__", deque_bool),
    ("__sizeof__", deque_sizeof),
];

/// The deque type, its methods installed (once per interpreter).
pub(super) fn deque_type(vm: &mut Vm) -> PyResult {
    let t = vm.types.by_tag(Tag::Deque).clone();
    let d = t
        .downcast::<crate::objects::TypeObj>()
        .map(|tp| tp.dict.clone());
    let key = vm.intern("append")?;
    if let Some(d) = &d
        && vm.dict_get_str(d, &key).is_some()
    {
        return Ok(t);
    }
    vm.add_methods(&t, "deque", METHODS, MethodKind::Instance)?;
    let Some(d) = d else { return Ok(t) };
    let getter = vm.heap.alloc(crate::objects::BuiltinFunctionObj::method(
        &"maxlen",
        deque_maxlen,
        None,
        t.clone(),
    ))?;
    let prop = vm.heap.alloc(crate::objects::descr::PropertyObj {
        fget: Some(getter),
        fset: None,
        fdel: None,
        doc: crate::heap::OptObjCell::new(None),
        name: crate::heap::OptObjCell::new(None),
    })?;
    let k = vm.intern("maxlen")?;
    vm.dict_set(&d, k, prop)?;
    let k = vm.intern("__hash__")?;
    let none = vm.none();
    vm.dict_set(&d, k, none)?;
    let k = vm.intern("__module__")?;
    let m = vm.new_str("collections")?;
    vm.dict_set(&d, k, m)?;
    vm.type_modified(&t);
    Ok(t)
}
