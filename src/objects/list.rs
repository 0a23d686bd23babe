//! list: a growable array of references whose storage comes from the heap.

use super::Tag;
use crate::declare_payload;
use crate::heap::{Behaviour, HeapVec, Obj, VecCell};

pub struct ListObj {
    /// The borrow flag shares the capacity's word: a list is 56 bytes, as in CPython.
    pub items: VecCell<Obj>,
}
declare_payload!(ListObj, "list", Tag::List, gc);
impl Behaviour for ListObj {
    fn traverse(&self, _: &[crate::heap::NoTail], visit: &mut dyn FnMut(&Obj)) {
        // Last to first, as CPython's list_traverse: the order the collector meets the
        // items in, and so the order their `__del__` methods run in when garbage.
        if let Ok(items) = self.items.try_borrow() {
            items.iter().rev().for_each(visit);
        }
    }
    fn clear(&self) {
        let mut old = match self.items.try_borrow_mut() {
            Ok(mut items) => items.take(),
            Err(_) => return,
        };
        old.clear_last_first();
    }
}

impl ListObj {
    pub fn new(items: HeapVec<Obj>) -> ListObj {
        ListObj {
            items: VecCell::new(items),
        }
    }
}

use crate::objects::str::as_text;
use crate::objects::timsort::timsort;
use crate::objects::tuple::as_tuple;
use crate::objects::{FloatObj, IntObj};
use crate::vm::{Args, PyResult, Vm};

/// Appends `v` to `l` when `l` is a list not being modified (it lies on the value
/// stack, as a comprehension's does); otherwise hands `v` back.
#[inline(always)]
pub fn append_in_place(
    l: &Obj,
    v: Obj,
    alloc: &crate::heap::Allocator,
) -> Result<Result<(), crate::heap::AllocError>, Obj> {
    let Some(lo) = l.downcast::<ListObj>() else {
        return Err(v);
    };
    let Ok(mut items) = lo.items.try_borrow_mut() else {
        return Err(v);
    };
    Ok(items.push(alloc, v))
}

impl Vm {
    fn list_of<'a>(&mut self, o: &'a Obj) -> PyResult<&'a ListObj> {
        match o.downcast::<ListObj>() {
            Some(l) => Ok(l),
            None => Err(self.bad_payload()),
        }
    }

    /// `l.append(v)`.
    pub fn list_append(&mut self, l: &Obj, v: Obj) -> PyResult<()> {
        let lo = self.list_of(l)?;
        let Ok(mut items) = lo.items.try_borrow_mut() else {
            return Err(self.runtime_error("list is being modified"));
        };
        items.push(self.heap.allocator(), v)?;
        Ok(())
    }

    /// `l.extend(iterable)`.
    pub fn list_extend(&mut self, l: &Obj, other: &Obj) -> PyResult<()> {
        // A list extended by itself (also through a subclass instance, whose list is
        // `l`) takes the items it holds now, as CPython does, however it grows.
        if other.ptr_eq(l) || self.base_value(other).is_some_and(|b| b.ptr_eq(l)) {
            let lo = self.list_of(l)?;
            let Ok(mut items) = lo.items.try_borrow_mut() else {
                return Err(self.runtime_error("list is being modified"));
            };
            let n = items.len();
            items.reserve(self.heap.allocator(), n)?;
            for i in 0..n {
                let v = items.as_slice()[i].clone();
                items.push(self.heap.allocator(), v)?;
            }
            return Ok(());
        }
        if as_tuple(other).is_none() && !other.is::<ListObj>() {
            return self.list_extend_from_iterator(l, other);
        }
        // Another list or a tuple: its items are copied straight across (cloning runs
        // no Python code, so neither can change meanwhile).
        {
            let lo = self.list_of(l)?;
            let Ok(mut items) = lo.items.try_borrow_mut() else {
                return Err(self.runtime_error("list is being modified"));
            };
            if let Some(t) = as_tuple(other) {
                items.extend_from_slice(self.heap.allocator(), t)?;
                return Ok(());
            }
            if let Some(src) = other.downcast::<ListObj>()
                && let Ok(src) = src.items.try_borrow()
            {
                items.extend_from_slice(self.heap.allocator(), &src)?;
                return Ok(());
            }
        }
        let new_items = self.iterate_to_vec(other).map_err(|e| {
            if self.get_iter(other).is_err() {
                let n = self.type_name(other);
                self.type_error(format!("'{n}' object is not iterable"))
            } else {
                e
            }
        })?;
        let lo = self.list_of(l)?;
        let Ok(mut items) = lo.items.try_borrow_mut() else {
            return Err(self.runtime_error("list is being modified"));
        };
        items.extend(self.heap.allocator(), new_items)?;
        Ok(())
    }

    /// `l.extend(it)` for an iterator: items are appended one at a time, so the
    /// iterator sees the list grow (CPython's `list_extend`).
    fn list_extend_from_iterator(&mut self, l: &Obj, other: &Obj) -> PyResult<()> {
        let it = self.get_iter(other)?;
        let guess = self.list_extend_guess(other)?;
        let lo = self.list_of(l)?;
        match lo.items.try_borrow_mut() {
            Ok(mut items) => self.reserve_like_list(&mut items, guess)?,
            Err(_) => return Err(self.runtime_error("list is being modified")),
        }
        loop {
            // A generator's items are appended where it yields them (one the list has
            // no room for, or cannot be borrowed for, is handed back and fails below).
            let next = self.next_with_sink(&it, &mut |vm, v| match lo.items.try_borrow_mut() {
                Ok(mut items) => items.try_push(vm.alloc(), v).err(),
                Err(_) => Some(v),
            })?;
            let Some(v) = next else {
                break;
            };
            let Ok(mut items) = lo.items.try_borrow_mut() else {
                return Err(self.runtime_error("list is being modified"));
            };
            items.push(self.heap.allocator(), v)?;
        }
        if let Ok(mut items) = lo.items.try_borrow_mut() {
            self.cut_back_like_list(&mut items);
        }
        Ok(())
    }

    /// Sorts `items` in place, stably, by `key(item) < key(other)`.
    pub fn sort_objects(
        &mut self,
        items: &mut [Obj],
        key: Option<&Obj>,
        reverse: bool,
    ) -> PyResult<()> {
        if key.is_none() {
            return self.sort_in_place(items, reverse);
        }
        // The items are their own keys unless a key function is given (no copy then).
        let key_list: Vec<Obj>;
        let keys: &[Obj] = match key {
            Some(k) => {
                let mut ks = self.vec_with_room(items.len())?;
                for it in items.iter() {
                    ks.push(self.call(k, vec![it.clone()])?);
                }
                key_list = ks;
                &key_list
            }
            None => &*items,
        };
        let mut order: Vec<usize> = (0..items.len()).collect();
        if reverse {
            order.reverse();
        }
        if keys.iter().all(|k| k.is::<IntObj>()) {
            let vals: Vec<i64> = keys.iter().map(|k| IntObj::value(k).unwrap_or(0)).collect();
            order.sort_by_key(|&i| vals[i]);
        } else if keys.iter().all(|k| k.is::<super::StrObj>()) {
            order.sort_by(|&a, &b| as_text(&keys[a]).cmp(&as_text(&keys[b])));
        } else if keys.iter().all(|k| k.is::<FloatObj>())
            && keys
                .iter()
                .all(|k| k.downcast::<FloatObj>().is_some_and(|f| !f.0.is_nan()))
        {
            let vals: Vec<f64> = keys
                .iter()
                .map(|k| k.downcast::<FloatObj>().map_or(0.0, |f| f.0))
                .collect();
            order.sort_by(|&a, &b| {
                vals[a]
                    .partial_cmp(&vals[b])
                    .unwrap_or(std::cmp::Ordering::Equal)
            });
        } else {
            // A comparison that raises leaves the list partly sorted, as CPython's does.
            let r = timsort(&mut order, &mut |a, b| self.less_than(&keys[*a], &keys[*b]));
            if reverse {
                order.reverse();
            }
            permute(items, &mut order);
            return r;
        }
        if reverse {
            order.reverse();
        }
        permute(items, &mut order);
        Ok(())
    }
}

impl Vm {
    /// Sorting without a key function: the items are moved within their own storage
    /// (the only extra memory is the merge buffer, as CPython's timsort). Reversed
    /// before and after so that equal items keep their order (CPython's trick).
    fn sort_in_place(&mut self, items: &mut [Obj], reverse: bool) -> PyResult<()> {
        if reverse {
            items.reverse();
        }
        let float_of = |k: &Obj| k.downcast::<FloatObj>().map_or(0.0, |f| f.0);
        if items.iter().all(|k| k.is::<IntObj>()) {
            items.sort_by_key(|k| IntObj::value(k).unwrap_or(0));
        } else if items.iter().all(|k| k.is::<super::StrObj>()) {
            items.sort_by(|a, b| as_text(a).cmp(&as_text(b)));
        } else if items
            .iter()
            .all(|k| k.downcast::<FloatObj>().is_some_and(|f| !f.0.is_nan()))
        {
            items.sort_by(|a, b| {
                float_of(a)
                    .partial_cmp(&float_of(b))
                    .unwrap_or(std::cmp::Ordering::Equal)
            });
        } else {
            // A comparison that raises leaves the list partly sorted, as CPython's does.
            let r = timsort(items, &mut |a, b| self.less_than(a, b));
            if reverse {
                items.reverse();
            }
            return r;
        }
        if reverse {
            items.reverse();
        }
        Ok(())
    }
}

/// Rearranges `items` so that `items[k]` becomes the old `items[order[k]]`, in place by
/// following the permutation's cycles (no second array of items).
fn permute(items: &mut [Obj], order: &mut [usize]) {
    for i in 0..order.len() {
        let mut cur = i;
        loop {
            let next = order[cur];
            order[cur] = cur;
            if next == i || next == cur {
                break;
            }
            items.swap(cur, next);
            cur = next;
        }
    }
}

fn self_list(vm: &mut Vm, args: &Args, name: &str) -> PyResult<Obj> {
    match args.pos.first() {
        Some(o) if o.is::<ListObj>() => Ok(o.clone()),
        Some(o) => match vm.base_value(o).filter(|b| b.is::<ListObj>()) {
            Some(b) => Ok(b),
            None => Err(crate::vm::wrong_receiver(vm, name, "list", o)),
        },
        None => Err(vm.type_error(format!("unbound method list.{name}() needs an argument"))),
    }
}

fn list_append_m(vm: &mut Vm, args: Args) -> PyResult {
    // The common case, an exact list and one argument, without the checks' clones.
    if let [l, v] = &args.pos[..]
        && args.kw.is_empty()
        && l.is::<ListObj>()
    {
        vm.list_append(l, v.clone())?;
        return Ok(vm.none());
    }
    let l = self_list(vm, &args, "append")?;
    args.check_method(vm, "list.append", 1, 1)?;
    vm.list_append(&l, args.pos[1].clone())?;
    Ok(vm.none())
}

fn list_extend_m(vm: &mut Vm, args: Args) -> PyResult {
    args.check_method(vm, "list.extend", 1, 1)?;
    let l = self_list(vm, &args, "extend")?;
    vm.list_extend(&l, &args.pos[1])?;
    Ok(vm.none())
}

fn list_insert(vm: &mut Vm, args: Args) -> PyResult {
    args.check_method(vm, "list.insert", 2, 2)?;
    let l = self_list(vm, &args, "insert")?;
    let i = crate::vm::params::ssize_arg(vm, &args.pos[1])?;
    let lo = vm.list_of(&l)?;
    let mut items = lo.items.borrow_mut();
    let n = items.len() as i64;
    let at = if i < 0 { (i + n).max(0) } else { i.min(n) } as usize;
    items.insert(vm.heap.allocator(), at, args.pos[2].clone())?;
    drop(items);
    Ok(vm.none())
}

fn list_pop(vm: &mut Vm, args: Args) -> PyResult {
    // The common case, `l.pop()` of a non-empty exact list, without the checks' clones.
    if let [l] = &args.pos[..]
        && args.kw.is_empty()
        && let Some(lo) = l.downcast::<ListObj>()
        && let Ok(mut items) = lo.items.try_borrow_mut()
        && let Some(v) = items.pop()
    {
        items.shrink_if_sparse(vm.heap.allocator());
        return Ok(v);
    }
    args.check_method(vm, "list.pop", 0, 1)?;
    let l = self_list(vm, &args, "pop")?;
    let idx = match args.pos.get(1) {
        Some(i) => Some(crate::vm::params::ssize_arg(vm, i)?),
        None => None,
    };
    let lo = vm.list_of(&l)?;
    let r = {
        let mut items = lo.items.borrow_mut();
        let n = items.len() as i64;
        if n == 0 {
            None
        } else {
            let i = idx.unwrap_or(-1);
            let i = if i < 0 { i + n } else { i };
            if i < 0 || i >= n {
                Some(None)
            } else {
                let v = items.remove(i as usize);
                items.shrink_if_sparse(vm.heap.allocator());
                Some(v)
            }
        }
    };
    match r {
        None => Err(vm.index_error("pop from empty list")),
        Some(None) => Err(vm.index_error("pop index out of range")),
        Some(Some(v)) => Ok(v),
    }
}

fn list_remove(vm: &mut Vm, args: Args) -> PyResult {
    args.check_method(vm, "list.remove", 1, 1)?;
    let l = self_list(vm, &args, "remove")?;
    let lo = vm.list_of(&l)?;
    let mut i = 0;
    loop {
        let item = lo.items.borrow().get(i).cloned();
        let Some(item) = item else {
            return Err(vm.value_error("list.remove(x): x not in list"));
        };
        if vm.eq(&item, &args.pos[1])? {
            let old = lo.items.borrow_mut().remove(i);
            drop(old);
            return Ok(vm.none());
        }
        i += 1;
    }
}

fn list_index(vm: &mut Vm, args: Args) -> PyResult {
    args.check_method(vm, "list.index", 1, 3)?;
    let l = self_list(vm, &args, "index")?;
    let lo = vm.list_of(&l)?;
    let n = lo.items.borrow().len() as i64;
    let (start, stop) = crate::objects::tuple::index_bounds(vm, &args, n)?;
    let mut i = start;
    while i < stop {
        let item = lo.items.borrow().get(i as usize).cloned();
        let Some(item) = item else { break };
        if vm.eq(&item, &args.pos[1])? {
            return vm.new_int(i);
        }
        i += 1;
    }
    let r = vm.repr_string(&args.pos[1])?;
    Err(vm.value_error(format!("{r} is not in list")))
}

fn list_count(vm: &mut Vm, args: Args) -> PyResult {
    args.check_method(vm, "list.count", 1, 1)?;
    let l = self_list(vm, &args, "count")?;
    let lo = vm.list_of(&l)?;
    // The length is read afresh each step: `__eq__` may change the list.
    let mut c = 0;
    let mut i = 0;
    loop {
        // (The borrow must end before `__eq__` runs.)
        let it = lo.items.borrow().get(i).cloned();
        let Some(it) = it else { break };
        if vm.eq(&it, &args.pos[1])? {
            c += 1;
        }
        i += 1;
    }
    vm.new_int(c)
}

fn list_reverse(vm: &mut Vm, args: Args) -> PyResult {
    args.check_method(vm, "list.reverse", 0, 0)?;
    let l = self_list(vm, &args, "reverse")?;
    vm.list_of(&l)?.items.borrow_mut().reverse();
    Ok(vm.none())
}

fn list_clear(vm: &mut Vm, args: Args) -> PyResult {
    args.check_method(vm, "list.clear", 0, 0)?;
    let l = self_list(vm, &args, "clear")?;
    let mut old = vm.list_of(&l)?.items.borrow_mut().take();
    old.clear_last_first();
    Ok(vm.none())
}

fn list_copy(vm: &mut Vm, args: Args) -> PyResult {
    args.check_method(vm, "list.copy", 0, 0)?;
    let l = self_list(vm, &args, "copy")?;
    let items = vm.list_of(&l)?.items.borrow().to_vec();
    vm.new_list(items)
}

fn list_sort(vm: &mut Vm, mut args: Args) -> PyResult {
    let key = args.take_kw("key").filter(|k| !k.ptr_eq(&vm.s.none));
    // CPython takes `reverse` as a C int (an int or `__index__`, 32 bits).
    let reverse = match args.take_kw("reverse") {
        Some(r) => vm.to_c_int(&r)? != 0,
        None => false,
    };
    if args.pos.len() > 1 {
        return Err(vm.type_error("sort() takes no positional arguments"));
    }
    args.check_method_kw(vm, "list.sort", 0, 0)?;
    let l = self_list(vm, &args, "sort")?;
    let lo = vm.list_of(&l)?;
    // The list is empty while it is being sorted, as in CPython.
    // Sorted in its own storage, which goes back with its capacity unchanged.
    let mut items = lo.items.borrow_mut().take();
    let r = vm.sort_objects(items.as_mut_slice(), key.as_ref(), reverse);
    let lo = vm.list_of(&l)?;
    let modified = !lo.items.borrow().is_empty();
    let old = std::mem::replace(&mut *lo.items.borrow_mut(), items);
    drop(old);
    r?;
    if modified {
        return Err(vm.value_error("list modified during sort"));
    }
    Ok(vm.none())
}

/// `l.append(v)` on an exact list, without building `Args`.
fn list_append_fast(vm: &mut Vm, l: &Obj, v: Option<Obj>) -> PyResult {
    match v {
        Some(v) if l.is::<ListObj>() => {
            vm.list_append(l, v)?;
            Ok(vm.none())
        }
        v => list_append_m(vm, Args::method(l, v)),
    }
}

/// `l.pop()` of a non-empty exact list, without building `Args`.
fn list_pop_fast(vm: &mut Vm, l: &Obj, i: Option<Obj>) -> PyResult {
    if i.is_none()
        && let Some(lo) = l.downcast::<ListObj>()
        && let Ok(mut items) = lo.items.try_borrow_mut()
        && let Some(v) = items.pop()
    {
        items.shrink_if_sparse(vm.heap.allocator());
        return Ok(v);
    }
    list_pop(vm, Args::method(l, i))
}

/// The direct entries of `list`'s commonest methods (see `FastMethod`).
pub const FAST_METHODS: &[(&str, crate::objects::function::FastMethod)] =
    &[("append", list_append_fast), ("pop", list_pop_fast)];

/// Methods of `list`.
pub const METHODS: &[(&str, crate::objects::NativeFn)] = &[
    ("append", list_append_m),
    ("extend", list_extend_m),
    ("insert", list_insert),
    ("pop", list_pop),
    ("remove", list_remove),
    ("index", list_index),
    ("count", list_count),
    ("reverse", list_reverse),
    ("clear", list_clear),
    ("copy", list_copy),
    ("sort", list_sort),
];
