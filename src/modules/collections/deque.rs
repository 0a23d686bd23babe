//! The Python face of `collections.deque`: construction, methods and protocols.

use std::cell::{Cell, RefCell};

use crate::compile::bytecode::{BinOpCode, CmpOpCode};
use crate::heap::Obj;
use crate::objects::deque::{DequeIterObj, DequeObj};
use crate::objects::native::NativeState;
use crate::objects::{Tag, tag_of};
use crate::vm::native::NativeTypeSpec;
use crate::vm::{Args, MethodKind, PyErr, PyResult, Vm};

use crate::modules::params::{Sig, bind, check_method, ssize_arg};

/// `reversed(deque)`: a backwards deque iterator under CPython's type name.
struct ReverseIter(Obj);

impl NativeState for ReverseIter {
    fn traverse(&self, visit: &mut dyn FnMut(&Obj)) {
        visit(&self.0);
    }
    fn is_iterator(&self) -> bool {
        true
    }
    fn next(&self, vm: &mut Vm, _this: &Obj) -> PyResult<Option<Obj>> {
        vm.deque_iter_next(&self.0)
    }
}

static REVERSE_ITER: NativeTypeSpec = NativeTypeSpec {
    iterator: true,
    ..NativeTypeSpec::new("_collections", "_deque_reverse_iterator")
};

const DEQUE_SIG: Sig = Sig::c("deque", &["iterable", "maxlen"], 0);

/// The deque behind `o`: a deque, or the deque value of an instance of a subclass.
fn deque_obj(vm: &mut Vm, o: &Obj, method: &str) -> PyResult<Obj> {
    if o.is::<DequeObj>() {
        return Ok(o.clone());
    }
    if let Some(b) = vm.base_value(o).filter(|b| b.is::<DequeObj>()) {
        return Ok(b);
    }
    let n = vm.type_name(o);
    Err(vm.type_error(format!(
        "descriptor '{method}' for 'collections.deque' objects doesn't apply to a '{n}' object"
    )))
}

fn this(vm: &mut Vm, args: &Args, method: &str) -> PyResult<Obj> {
    match args.pos.first() {
        Some(o) => deque_obj(vm, o, method),
        None => Err(vm.type_error(format!("unbound method deque.{method}() needs an argument"))),
    }
}

fn payload(o: &Obj) -> Option<&DequeObj> {
    o.downcast::<DequeObj>()
}

fn mutated(vm: &mut Vm) -> PyErr {
    vm.runtime_error("deque mutated during iteration")
}

fn busy(vm: &mut Vm) -> PyErr {
    vm.runtime_error("deque is being modified")
}

/// `maxlen` argument: None or a non-negative int.
fn parse_maxlen(vm: &mut Vm, m: Option<&Obj>) -> PyResult<Option<usize>> {
    let Some(m) = m.filter(|m| !m.ptr_eq(&vm.s.none)) else {
        return Ok(None);
    };
    if vm.index_value(m).is_none() {
        return Err(vm.type_error("an integer is required"));
    }
    let v = ssize_arg(vm, m)?;
    if v < 0 {
        return Err(vm.value_error("maxlen must be non-negative"));
    }
    Ok(Some(v as usize))
}

impl Vm {
    /// Appends at the right, dropping from the left past `maxlen`.
    pub(crate) fn deque_push(&mut self, d: &Obj, v: Obj, left: bool) -> PyResult<()> {
        let Some(dq) = payload(d) else {
            return Err(self.bad_payload());
        };
        let trimmed = {
            let Ok(mut s) = dq.store.try_borrow_mut() else {
                return Err(busy(self));
            };
            if left {
                s.push_front(self.heap.allocator(), v)?;
            } else {
                s.push_back(self.heap.allocator(), v)?;
            }
            match dq.maxlen.get() {
                Some(m) if s.len() > m => {
                    if left {
                        s.pop_back()
                    } else {
                        s.pop_front()
                    }
                }
                _ => None,
            }
        };
        dq.bump();
        drop(trimmed);
        Ok(())
    }

    /// Appends every item of `iterable` at one end.
    fn deque_extend(&mut self, d: &Obj, iterable: &Obj, left: bool) -> PyResult<()> {
        if let Some(dq) = payload(d)
            && let Ok(mut s) = dq.store.try_borrow_mut()
        {
            s.position_empty(!left);
        }
        if iterable.ptr_eq(d) {
            let items = payload(d)
                .map(|x| x.store.borrow().to_vec())
                .unwrap_or_default();
            for v in items {
                self.deque_push(d, v, left)?;
            }
            return Ok(());
        }
        let it = self.get_iter(iterable)?;
        while let Some(v) = self.next(&it)? {
            self.deque_push(d, v, left)?;
        }
        Ok(())
    }

    fn deque_pop(&mut self, d: &Obj, left: bool) -> PyResult {
        let Some(dq) = payload(d) else {
            return Err(self.bad_payload());
        };
        let r = {
            let Ok(mut s) = dq.store.try_borrow_mut() else {
                return Err(busy(self));
            };
            if left { s.pop_front() } else { s.pop_back() }
        };
        match r {
            Some((v, freed)) => {
                dq.bump();
                drop(freed);
                Ok(v)
            }
            None => Err(self.index_error("pop from an empty deque")),
        }
    }

    fn new_deque(&mut self, items: Vec<Obj>, maxlen: Option<usize>) -> PyResult {
        let d = self
            .heap
            .alloc(DequeObj::new(self.heap.allocator(), maxlen)?)?;
        for v in items {
            self.deque_push(&d, v, false)?;
        }
        Ok(d)
    }

    /// `deque(iterable=(), maxlen=None)`.
    pub(crate) fn deque_construct(&mut self, _cls: &Obj, args: Args) -> PyResult {
        let a = bind(self, args, &DEQUE_SIG)?;
        let maxlen = parse_maxlen(self, a[1].as_ref())?;
        let d = self
            .heap
            .alloc(DequeObj::new(self.heap.allocator(), maxlen)?)?;
        if let Some(it) = &a[0] {
            self.deque_extend(&d, it, false)?;
        }
        Ok(d)
    }

    pub(crate) fn deque_iter(&mut self, o: &Obj, reverse: bool) -> PyResult {
        let d = deque_obj(self, o, "__iter__")?;
        let state = payload(&d).map_or(0, |x| x.state.get());
        let it = self.heap.alloc(DequeIterObj {
            deque: RefCell::new(Some(d)),
            index: Cell::new(0),
            state,
            reverse,
        })?;
        if reverse {
            return self.new_native(&REVERSE_ITER, ReverseIter(it));
        }
        Ok(it)
    }

    pub(crate) fn deque_iter_next(&mut self, it: &Obj) -> PyResult<Option<Obj>> {
        let Some(di) = it.downcast::<DequeIterObj>() else {
            return Ok(None);
        };
        let d = di.deque.borrow().clone();
        let Some(d) = d else { return Ok(None) };
        let Some(dq) = payload(&d) else {
            return Ok(None);
        };
        if dq.state.get() != di.state {
            let old = di.deque.borrow_mut().take();
            drop(old);
            return Err(mutated(self));
        }
        let i = di.index.get();
        let item = {
            let s = dq.store.borrow();
            let n = s.len();
            if i >= n {
                None
            } else if di.reverse {
                s.get(n - 1 - i).cloned()
            } else {
                s.get(i).cloned()
            }
        };
        match item {
            Some(v) => {
                di.index.set(i + 1);
                Ok(Some(v))
            }
            None => {
                let old = di.deque.borrow_mut().take();
                drop(old);
                Ok(None)
            }
        }
    }

    /// The index `key` into a deque of `n` items (negative counts from the end).
    fn deque_index(&mut self, key: &Obj, n: usize) -> PyResult<usize> {
        if self.index_value(key).is_none() {
            let t = self.type_name(key);
            return Err(self.type_error(format!("sequence index must be integer, not '{t}'")));
        }
        let Ok(i) = ssize_arg(self, key) else {
            let t = self.type_name(key);
            return Err(self.index_error(format!(
                "cannot fit '{t}' into an index-sized integer"
            )));
        };
        let i = if i < 0 { i + n as i64 } else { i };
        if i < 0 || i >= n as i64 {
            return Err(self.index_error("deque index out of range"));
        }
        Ok(i as usize)
    }

    pub(crate) fn deque_getitem(&mut self, o: &Obj, key: &Obj) -> PyResult {
        let d = deque_obj(self, o, "__getitem__")?;
        let n = payload(&d).map_or(0, DequeObj::len);
        let i = self.deque_index(key, n)?;
        let v = payload(&d).and_then(|x| x.store.borrow().get(i).cloned());
        v.ok_or_else(|| self.index_error("deque index out of range"))
    }

    pub(crate) fn deque_setitem(&mut self, o: &Obj, key: &Obj, value: &Obj) -> PyResult<()> {
        let d = deque_obj(self, o, "__setitem__")?;
        let n = payload(&d).map_or(0, DequeObj::len);
        let i = self.deque_index(key, n)?;
        let old = match payload(&d).map(|x| x.store.try_borrow_mut()) {
            Some(Ok(mut s)) => s.set(i, value.clone()),
            _ => return Err(busy(self)),
        };
        drop(old);
        Ok(())
    }

    pub(crate) fn deque_delitem(&mut self, o: &Obj, key: &Obj) -> PyResult<()> {
        let d = deque_obj(self, o, "__delitem__")?;
        let n = payload(&d).map_or(0, DequeObj::len);
        let i = self.deque_index(key, n)?;
        self.deque_remove_at(&d, i)
    }

    fn deque_remove_at(&mut self, d: &Obj, i: usize) -> PyResult<()> {
        let Some(dq) = payload(d) else {
            return Err(self.bad_payload());
        };
        let removed = match dq.store.try_borrow_mut() {
            Ok(mut s) => s.remove(i),
            Err(_) => return Err(busy(self)),
        };
        dq.bump();
        drop(removed);
        Ok(())
    }

    pub(crate) fn deque_contains(&mut self, o: &Obj, item: &Obj) -> PyResult<bool> {
        let d = deque_obj(self, o, "__contains__")?;
        let Some(dq) = payload(&d) else {
            return Ok(false);
        };
        let start = dq.state.get();
        let n = dq.len();
        for i in 0..n {
            let v = dq.store.borrow().get(i).cloned();
            let Some(v) = v else { break };
            let eq = self.eq(&v, item)?;
            if dq.state.get() != start {
                return Err(mutated(self));
            }
            if eq {
                return Ok(true);
            }
        }
        Ok(false)
    }

    pub(crate) fn deque_write_repr(&mut self, o: &Obj, out: &mut String) -> PyResult<()> {
        if self.repr_stack.contains(&o.addr()) {
            out.push_str("[...]");
            return Ok(());
        }
        let d = deque_obj(self, o, "__repr__")?;
        let (items, maxlen) = match payload(&d) {
            Some(x) => (x.store.borrow().to_vec(), x.maxlen.get()),
            None => (Vec::new(), None),
        };
        let name = self.type_name(o);
        let name = name.rsplit('.').next().unwrap_or("deque").to_owned();
        let list = self.new_list(items)?;
        self.enter_native(" while getting the repr of an object")?;
        self.repr_stack.push(o.addr());
        let mut inner = String::new();
        let r = self.write_repr(&list, &mut inner);
        self.repr_stack.pop();
        self.leave_native();
        r?;
        out.push_str(&name);
        out.push('(');
        out.push_str(&inner);
        if let Some(m) = maxlen {
            out.push_str(&format!(", maxlen={m}"));
        }
        out.push(')');
        Ok(())
    }

    pub(crate) fn deque_compare(&mut self, op: CmpOpCode, a: &Obj, b: &Obj) -> PyResult<bool> {
        let x = payload(a)
            .map(|d| d.store.borrow().to_vec())
            .unwrap_or_default();
        let y = payload(b)
            .map(|d| d.store.borrow().to_vec())
            .unwrap_or_default();
        if a.ptr_eq(b) && matches!(op, CmpOpCode::Eq | CmpOpCode::Ne) {
            return Ok(op == CmpOpCode::Eq);
        }
        self.compare_sequences(op, &x, &y)
    }

    /// `deque + deque` and `deque * n` (either order).
    pub(crate) fn deque_binary(
        &mut self,
        op: BinOpCode,
        a: &Obj,
        b: &Obj,
    ) -> PyResult<Option<Obj>> {
        match op {
            BinOpCode::Add if a.is::<DequeObj>() => {
                if !b.is::<DequeObj>() {
                    let n = self.type_name(b);
                    return Err(self
                        .type_error(format!("can only concatenate deque (not \"{n}\") to deque")));
                }
                let r = self.deque_copy(a)?;
                self.deque_extend(&r, b, false)?;
                Ok(Some(r))
            }
            BinOpCode::Mul => {
                let (d, n) = if a.is::<DequeObj>() { (a, b) } else { (b, a) };
                if !d.is::<DequeObj>() {
                    return Ok(None);
                }
                let r = self.deque_copy(d)?;
                self.deque_repeat(&r, n)?;
                Ok(Some(r))
            }
            _ => Ok(None),
        }
    }

    pub(crate) fn deque_inplace(
        &mut self,
        op: BinOpCode,
        a: &Obj,
        b: &Obj,
    ) -> PyResult<Option<Obj>> {
        match op {
            BinOpCode::Add => {
                self.deque_extend(a, b, false)?;
                Ok(Some(a.clone()))
            }
            BinOpCode::Mul => {
                self.deque_repeat(a, b)?;
                Ok(Some(a.clone()))
            }
            _ => Ok(None),
        }
    }

    /// `d *= n`: the items repeated, trimmed from the left to `maxlen`.
    fn deque_repeat(&mut self, d: &Obj, n: &Obj) -> PyResult<()> {
        let Some(count) = self.index_value(n) else {
            let t = self.type_name(n);
            return Err(
                self.type_error(format!("can't multiply sequence by non-int of type '{t}'"))
            );
        };
        let count = count?;
        let Some(dq) = payload(d) else {
            return Err(self.bad_payload());
        };
        let items = dq.store.borrow().to_vec();
        if count <= 0 || items.is_empty() {
            let taken = dq.store.borrow_mut().take_all();
            dq.bump();
            drop(taken);
            return Ok(());
        }
        let total = (items.len() as u128) * (count as u128);
        let keep = match dq.maxlen.get() {
            Some(m) => (m as u128).min(total),
            None => total,
        };
        if keep > (isize::MAX as u128) / 8 {
            return Err(PyErr::NoMemory);
        }
        // Only the last `keep` items of the repetition survive a bounded deque.
        let skip = total - keep;
        let existing = items.len() as u128;
        for k in existing.max(skip)..total {
            if let Some(v) = items.get((k % existing) as usize) {
                self.deque_push(d, v.clone(), false)?;
            }
        }
        Ok(())
    }

    fn deque_copy(&mut self, d: &Obj) -> PyResult {
        let (items, maxlen) = match payload(d) {
            Some(x) => (x.store.borrow().to_vec(), x.maxlen.get()),
            None => (Vec::new(), None),
        };
        self.new_deque(items, maxlen)
    }

    pub(crate) fn deque_special_attr(&mut self, o: &Obj, n: &str) -> PyResult<Option<Obj>> {
        let _ = (o, n);
        Ok(None)
    }
}

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
        Ok(if v < 0 { v.saturating_add(n).max(0) } else { v.min(n) })
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
    let mut out = String::new();
    vm.deque_write_repr(&args.pos[0], &mut out)?;
    vm.new_str(&out)
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
    let getter = vm.heap.alloc(crate::objects::BuiltinFunctionObj {
        name: "maxlen",
        func: deque_maxlen,
        bound: None,
        owner: Some("deque"),
    })?;
    let prop = vm.heap.alloc(crate::objects::descr::PropertyObj {
        fget: Some(getter),
        fset: None,
        fdel: None,
        doc: RefCell::new(None),
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
