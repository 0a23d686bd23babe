//! The Python face of `collections.deque`: construction, methods and protocols.

use crate::text::text_buf::TextBuf;
use std::cell::{Cell, RefCell};

use crate::compile::bytecode::{BinOpCode, CmpOpCode};
use crate::heap::Obj;
use crate::objects::deque::{DequeIterObj, DequeObj};
use crate::objects::native::NativeState;
use crate::vm::native::NativeTypeSpec;
use crate::vm::{Args, PyErr, PyResult, Vm};

use crate::vm::params::{Sig, bind, ssize_arg};

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

pub(super) const DEQUE_SIG: Sig = Sig::c("deque", &["iterable", "maxlen"], 0);

/// The deque behind `o`: a deque, or the deque value of an instance of a subclass.
pub(super) fn deque_obj(vm: &mut Vm, o: &Obj, method: &str) -> PyResult<Obj> {
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

pub(super) fn this(vm: &mut Vm, args: &Args, method: &str) -> PyResult<Obj> {
    match args.pos.first() {
        Some(o) => deque_obj(vm, o, method),
        None => Err(vm.type_error(format!("unbound method deque.{method}() needs an argument"))),
    }
}

pub(super) fn payload(o: &Obj) -> Option<&DequeObj> {
    o.downcast::<DequeObj>()
}

pub(super) fn mutated(vm: &mut Vm) -> PyErr {
    vm.runtime_error("deque mutated during iteration")
}

pub(super) fn busy(vm: &mut Vm) -> PyErr {
    vm.runtime_error("deque is being modified")
}

/// `maxlen` argument: None or a non-negative int.
pub(super) fn parse_maxlen(vm: &mut Vm, m: Option<&Obj>) -> PyResult<Option<usize>> {
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
    pub(super) fn deque_extend(&mut self, d: &Obj, iterable: &Obj, left: bool) -> PyResult<()> {
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

    pub(super) fn deque_pop(&mut self, d: &Obj, left: bool) -> PyResult {
        let Some(dq) = payload(d) else {
            return Err(self.bad_payload());
        };
        let r = {
            let Ok(mut s) = dq.store.try_borrow_mut() else {
                return Err(busy(self));
            };
            let r = if left { s.pop_front() } else { s.pop_back() };
            s.shrink_map(self.heap.allocator());
            r
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

    /// The index `key` into deque `d` (negative counts from the end). The length is read
    /// after `__index__` ran: it may have resized the deque.
    fn deque_index(&mut self, key: &Obj, d: &Obj) -> PyResult<usize> {
        if self.index_value(key).is_none() {
            let t = self.type_name(key);
            return Err(self.type_error(format!("sequence index must be integer, not '{t}'")));
        }
        let Ok(i) = ssize_arg(self, key) else {
            let t = self.type_name(key);
            return Err(self.index_error(format!("cannot fit '{t}' into an index-sized integer")));
        };
        let n = payload(d).map_or(0, DequeObj::len);
        let i = if i < 0 { i + n as i64 } else { i };
        if i < 0 || i >= n as i64 {
            return Err(self.index_error("deque index out of range"));
        }
        Ok(i as usize)
    }

    pub(crate) fn deque_getitem(&mut self, o: &Obj, key: &Obj) -> PyResult {
        let d = deque_obj(self, o, "__getitem__")?;
        let i = self.deque_index(key, &d)?;
        let v = payload(&d).and_then(|x| x.store.borrow().get(i).cloned());
        v.ok_or_else(|| self.index_error("deque index out of range"))
    }

    pub(crate) fn deque_setitem(&mut self, o: &Obj, key: &Obj, value: &Obj) -> PyResult<()> {
        let d = deque_obj(self, o, "__setitem__")?;
        let i = self.deque_index(key, &d)?;
        let old = match payload(&d).map(|x| x.store.try_borrow_mut()) {
            Some(Ok(mut s)) => s.set(i, value.clone()),
            _ => return Err(busy(self)),
        };
        drop(old);
        Ok(())
    }

    pub(crate) fn deque_delitem(&mut self, o: &Obj, key: &Obj) -> PyResult<()> {
        let d = deque_obj(self, o, "__delitem__")?;
        let i = self.deque_index(key, &d)?;
        self.deque_remove_at(&d, i)
    }

    pub(super) fn deque_remove_at(&mut self, d: &Obj, i: usize) -> PyResult<()> {
        let Some(dq) = payload(d) else {
            return Err(self.bad_payload());
        };
        let removed = match dq.store.try_borrow_mut() {
            Ok(mut s) => {
                let r = s.remove(i);
                s.shrink_map(self.heap.allocator());
                r
            }
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

    pub(crate) fn deque_write_repr(&mut self, o: &Obj, out: &mut TextBuf) -> PyResult<()> {
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
        let mut inner = TextBuf::new();
        let r = self.write_repr(&list, &mut inner);
        self.repr_stack.pop();
        self.leave_native();
        r?;
        out.push_str(&name);
        out.push('(');
        out.push_wtf8(inner.as_bytes());
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
    pub(super) fn deque_repeat(&mut self, d: &Obj, n: &Obj) -> PyResult<()> {
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

    pub(super) fn deque_copy(&mut self, d: &Obj) -> PyResult {
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
