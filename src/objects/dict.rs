//! dict: an insertion-ordered hash table of references.

use std::cell::RefCell;

use super::Tag;
use super::dict_table::DictTable;
use crate::declare_payload;
use crate::heap::{Behaviour, GcState, NoTail, Obj};

pub struct DictObj {
    pub table: RefCell<DictTable>,
}
declare_payload!(DictObj, "dict", Tag::Dict, gc);
impl Behaviour for DictObj {
    const UNTRACK: crate::heap::object::Untrack =
        crate::heap::object::Untrack::WhenAtomicInFullCollection;
    /// CPython's order, which decides the order the collector finds objects in (and so
    /// the order `__del__` methods of garbage run in) and `gc.get_referents`' order: a
    /// table whose keys are all exact strs shows only its values (a str cannot be part
    /// of a cycle); any other shows each entry's value, then its key.
    fn traverse(&self, _: &[NoTail], visit: &mut dyn FnMut(&Obj)) {
        if let Ok(t) = self.table.try_borrow() {
            let str_keys = t.iter().all(|e| super::tag_of(&e.key) == Tag::Str);
            for e in t.iter() {
                visit(&e.value);
                if !str_keys {
                    visit(&e.key);
                }
            }
        }
    }
    fn clear(&self) {
        let old = match self.table.try_borrow_mut() {
            Ok(mut t) => t.take(),
            Err(_) => return,
        };
        drop(old);
    }
}

impl DictObj {
    pub fn new(table: DictTable) -> DictObj {
        DictObj {
            table: RefCell::new(table),
        }
    }
}

use crate::objects::str::as_text;
use crate::objects::tuple::as_tuple;
use crate::objects::{BoolObj, FloatObj, IntObj};
use crate::vm::{Args, PyResult, Vm};

/// Key equality decided without running Python code (str, int, float, bool, None and
/// tuples of those); None when a user `__eq__` might be involved.
pub fn keys_equal_pure(a: &Obj, b: &Obj) -> Option<bool> {
    if a.ptr_eq(b) {
        return Some(true);
    }
    if let (Some(x), Some(y)) = (as_text(a), as_text(b)) {
        return Some(x == y);
    }
    let num = |o: &Obj| -> Option<f64> {
        if let Some(i) = o.downcast::<IntObj>() {
            return Some(i.0 as f64);
        }
        if let Some(f) = o.downcast::<FloatObj>() {
            return Some(f.0);
        }
        o.downcast::<BoolObj>().map(|b| b.0 as i64 as f64)
    };
    if let (Some(x), Some(y)) = (IntObj::value(a), IntObj::value(b)) {
        return Some(x == y);
    }
    if let (Some(x), Some(y)) = (num(a), num(b)) {
        // Mixed int/float keys: exact for the values hashing can make collide.
        return Some(x == y);
    }
    if let (Some(x), Some(y)) = (as_tuple(a), as_tuple(b)) {
        if x.len() != y.len() {
            return Some(false);
        }
        for (p, q) in x.iter().zip(y) {
            match keys_equal_pure(p, q) {
                Some(true) => {}
                other => return other,
            }
        }
        return Some(true);
    }
    let simple = |o: &Obj| {
        matches!(
            super::tag_of(o),
            super::Tag::Str
                | super::Tag::Int
                | super::Tag::BigInt
                | super::Tag::Float
                | super::Tag::Bool
                | super::Tag::None
        )
    };
    if simple(a) && simple(b) {
        if let (Some(x), Some(y)) = (
            a.downcast::<super::BigIntObj>(),
            b.downcast::<super::BigIntObj>(),
        ) {
            return Some(x.0 == y.0);
        }
        // Different simple types that are not both numeric are never equal.
        if num(a).is_none() || num(b).is_none() {
            return Some(false);
        }
    }
    None
}

/// The dict payload of a dict, or of the builtin value of a dict subclass instance.
fn dict_of(vm: &Vm, o: &Obj) -> Option<Obj> {
    if o.is::<DictObj>() {
        return Some(o.clone());
    }
    vm.base_value(o).filter(|b| b.is::<DictObj>())
}

impl Vm {
    fn dict_table<'a>(&mut self, d: &'a Obj) -> PyResult<&'a DictObj> {
        match d.downcast::<DictObj>() {
            Some(dd) => Ok(dd),
            None => Err(self.bad_payload()),
        }
    }

    /// Finds the entry index of `key` (hash given), running Python `__eq__` where needed.
    fn dict_find(&mut self, dd: &DictObj, hash: i64, key: &Obj) -> PyResult<Option<usize>> {
        let fast: Result<Option<usize>, ()> = {
            let Ok(t) = dd.table.try_borrow() else {
                return Err(self.runtime_error("dictionary is being modified"));
            };
            t.lookup(hash, key, &mut |a, b| keys_equal_pure(a, b).ok_or(()))
        };
        if let Ok(r) = fast {
            return Ok(r);
        }
        // Slow path: compare candidates with Python equality, without holding a borrow.
        for _attempt in 0..100 {
            let candidates: Vec<(usize, Obj)> = {
                let t = dd.table.borrow();
                let mut c = Vec::new();
                let mut pos = 0;
                while let Some((i, e)) = t.next_entry(pos) {
                    if e.hash == hash {
                        c.push((i, e.key.clone()));
                    }
                    pos = i + 1;
                }
                c
            };
            let mut changed = false;
            for (i, k) in candidates {
                if self.eq(&k, key)? {
                    let t = dd.table.borrow();
                    if t.entry(i).is_some_and(|e| e.key.ptr_eq(&k)) {
                        return Ok(Some(i));
                    }
                    changed = true;
                    break;
                }
            }
            if !changed {
                return Ok(None);
            }
        }
        Err(self.runtime_error("dictionary keeps changing during lookup"))
    }

    /// `d.get(key)` without a default: None when absent.
    pub fn dict_lookup(&mut self, d: &Obj, key: &Obj) -> PyResult<Option<Obj>> {
        let hash = self.hash(key)?;
        let dd = self.dict_table(d)?;
        let idx = self.dict_find(dd, hash, key)?;
        Ok(idx.and_then(|i| dd.table.borrow().entry(i).map(|e| e.value.clone())))
    }

    /// `d[key] = value` with the key's hash already computed.
    pub fn dict_set_hashed(&mut self, d: &Obj, key: Obj, hash: i64, value: Obj) -> PyResult<()> {
        let dd = self.dict_table(d)?;
        let idx = self.dict_find(dd, hash, &key)?;
        self.dict_note_store(d, &key, &value);
        let old = {
            let Ok(mut t) = dd.table.try_borrow_mut() else {
                return Err(self.runtime_error("dictionary is being modified"));
            };
            match idx {
                Some(i) => t.replace_value(i, value),
                None => {
                    t.insert_new(self.heap.allocator(), hash, key, value)?;
                    None
                }
            }
        };
        drop(old);
        Ok(())
    }

    /// Removes `key`, returning its value (None when absent).
    pub fn dict_pop(&mut self, d: &Obj, key: &Obj) -> PyResult<Option<Obj>> {
        let hash = self.hash(key)?;
        let dd = self.dict_table(d)?;
        let Some(i) = self.dict_find(dd, hash, key)? else {
            return Ok(None);
        };
        let removed = {
            let Ok(mut t) = dd.table.try_borrow_mut() else {
                return Err(self.runtime_error("dictionary is being modified"));
            };
            t.remove_at(i)
        };
        Ok(removed.map(|e| e.value))
    }

    /// A shallow copy of a dict.
    pub fn dict_copy(&mut self, d: &Obj) -> PyResult {
        let dd = self.dict_table(d)?;
        let t = dd.table.borrow().try_clone(self.heap.allocator())?;
        let copy = self.heap.alloc(DictObj::new(t))?;
        if !GcState::is_tracked(d) {
            self.heap.gc.untrack_live(&copy);
        }
        Ok(copy)
    }

    /// `d.update(other)`: a dict, an object with `keys()`, or an iterable of pairs.
    /// With `merge`, a repeated key is an error (`f(**a, **b)`).
    pub fn dict_update_from(&mut self, d: &Obj, other: &Obj, merge: bool) -> PyResult<()> {
        if let Some(src) = dict_of(self, other) {
            let pairs: Vec<(i64, Obj, Obj)> = match src.downcast::<DictObj>() {
                Some(s) => s
                    .table
                    .borrow()
                    .iter()
                    .map(|e| (e.hash, e.key.clone(), e.value.clone()))
                    .collect(),
                None => Vec::new(),
            };
            for (h, k, v) in pairs {
                if merge && self.dict_lookup(d, &k)?.is_some() {
                    let ks = self.repr_string(&k)?;
                    return Err(self.type_error(format!(
                        "function got multiple values for keyword argument {ks}"
                    )));
                }
                self.dict_set_hashed(d, k, h, v)?;
            }
            return Ok(());
        }
        if let Some(keys) = self.getattr_opt_str(other, "keys")? {
            if merge && !matches!(super::tag_of(other), super::Tag::Instance) {
                let n = self.type_name(other);
                return Err(
                    self.type_error(format!("argument after ** must be a mapping, not {n}"))
                );
            }
            let ks = self.call(&keys, vec![])?;
            for k in self.iterate_to_vec(&ks)? {
                let v = self.getitem(other, &k)?;
                self.dict_set(d, k, v)?;
            }
            return Ok(());
        }
        if merge {
            let n = self.type_name(other);
            return Err(self.type_error(format!("argument after ** must be a mapping, not {n}")));
        }
        let it = self.get_iter(other).map_err(|_| {
            let n = self.type_name(other);
            self.type_error(format!("'{n}' object is not iterable"))
        })?;
        let mut i = 0;
        while let Some(item) = self.next(&it)? {
            let pair = self.iterate_to_vec(&item).map_err(|_| {
                self.type_error(format!(
                    "cannot convert dictionary update sequence element #{i} to a sequence"
                ))
            })?;
            if pair.len() != 2 {
                return Err(self.value_error(format!(
                    "dictionary update sequence element #{i} has length {}; 2 is required",
                    pair.len()
                )));
            }
            let mut p = pair.into_iter();
            if let (Some(k), Some(v)) = (p.next(), p.next()) {
                self.dict_set(d, k, v)?;
            }
            i += 1;
        }
        Ok(())
    }

    /// `getattr(o, name, None)` for a Rust name.
    pub fn getattr_opt_str(&mut self, o: &Obj, name: &str) -> PyResult<Option<Obj>> {
        let key = self.intern(name)?;
        self.getattr_opt(o, &key)
    }
}

fn self_dict(vm: &mut Vm, args: &Args, name: &str) -> PyResult<Obj> {
    match args.pos.first() {
        Some(o) => match dict_of(vm, o) {
            Some(d) => Ok(d),
            None => Err(crate::vm::wrong_receiver(vm, name, "dict", o)),
        },
        None => Err(vm.type_error(format!("unbound method dict.{name}() needs an argument"))),
    }
}

fn dict_get(vm: &mut Vm, args: Args) -> PyResult {
    // The common case, an exact dict and positional arguments, without the checks.
    if let [d, key, rest @ ..] = &args.pos[..]
        && rest.len() <= 1
        && args.kw.is_empty()
        && d.is::<DictObj>()
    {
        return match vm.dict_lookup(d, key)? {
            Some(v) => Ok(v),
            None => Ok(rest.first().cloned().unwrap_or_else(|| vm.none())),
        };
    }
    args.check_method(vm, "dict.get", 1, 2)?;
    let d = self_dict(vm, &args, "get")?;
    match vm.dict_lookup(&d, &args.pos[1])? {
        Some(v) => Ok(v),
        None => Ok(args.pos.get(2).cloned().unwrap_or_else(|| vm.none())),
    }
}

fn dict_setdefault(vm: &mut Vm, args: Args) -> PyResult {
    args.check_method(vm, "dict.setdefault", 1, 2)?;
    let d = self_dict(vm, &args, "setdefault")?;
    if let Some(v) = vm.dict_lookup(&d, &args.pos[1])? {
        return Ok(v);
    }
    let v = args.pos.get(2).cloned().unwrap_or_else(|| vm.none());
    vm.dict_set(&d, args.pos[1].clone(), v.clone())?;
    Ok(v)
}

fn dict_pop_method(vm: &mut Vm, args: Args) -> PyResult {
    args.check_method(vm, "dict.pop", 1, 2)?;
    let d = self_dict(vm, &args, "pop")?;
    match vm.dict_pop(&d, &args.pos[1])? {
        Some(v) => Ok(v),
        None => match args.pos.get(2) {
            Some(dflt) => Ok(dflt.clone()),
            None => Err(vm.key_error(args.pos[1].clone())),
        },
    }
}

fn dict_popitem(vm: &mut Vm, args: Args) -> PyResult {
    args.check_method(vm, "dict.popitem", 0, 0)?;
    let d = self_dict(vm, &args, "popitem")?;
    let dd = d.downcast::<DictObj>().ok_or_else(|| vm.bad_payload())?;
    let e = {
        let Ok(mut t) = dd.table.try_borrow_mut() else {
            return Err(vm.runtime_error("dictionary changed size during iteration"));
        };
        t.pop_last()
    };
    match e {
        Some(e) => vm.new_pair(e.key, e.value),
        None => Err(vm.key_error_msg("popitem(): dictionary is empty")),
    }
}

fn dict_keys(vm: &mut Vm, args: Args) -> PyResult {
    args.check_method(vm, "dict.keys", 0, 0)?;
    let d = self_dict(vm, &args, "keys")?;
    Ok(vm.heap.alloc(super::iter::DictKeysObj { dict: d })?)
}

fn dict_values(vm: &mut Vm, args: Args) -> PyResult {
    args.check_method(vm, "dict.values", 0, 0)?;
    let d = self_dict(vm, &args, "values")?;
    Ok(vm.heap.alloc(super::iter::DictValuesObj { dict: d })?)
}

fn dict_items(vm: &mut Vm, args: Args) -> PyResult {
    args.check_method(vm, "dict.items", 0, 0)?;
    let d = self_dict(vm, &args, "items")?;
    Ok(vm.heap.alloc(super::iter::DictItemsObj { dict: d })?)
}

fn dict_update(vm: &mut Vm, mut args: Args) -> PyResult {
    let kw = std::mem::take(&mut args.kw);
    args.check_method(vm, "dict.update", 0, 1)?;
    let d = self_dict(vm, &args, "update")?;
    if let Some(other) = args.pos.get(1) {
        vm.dict_update_from(&d, other, false)?;
    }
    for (k, v) in kw {
        vm.dict_set(&d, k, v)?;
    }
    Ok(vm.none())
}

fn dict_clear(vm: &mut Vm, args: Args) -> PyResult {
    args.check_method(vm, "dict.clear", 0, 0)?;
    let d = self_dict(vm, &args, "clear")?;
    if let Some(dd) = d.downcast::<DictObj>() {
        let old = dd.table.borrow_mut().take();
        drop(old);
    }
    Ok(vm.none())
}

fn dict_copy_method(vm: &mut Vm, args: Args) -> PyResult {
    args.check_method(vm, "dict.copy", 0, 0)?;
    let d = self_dict(vm, &args, "copy")?;
    vm.dict_copy(&d)
}

fn dict_fromkeys(vm: &mut Vm, args: Args) -> PyResult {
    args.check_method(vm, "dict.fromkeys", 1, 2)?;
    let cls = args.pos[0].clone();
    let value = args.pos.get(2).cloned().unwrap_or_else(|| vm.none());
    let d = vm.call(&cls, vec![])?;
    let target = dict_of(vm, &d).unwrap_or_else(|| d.clone());
    // One key at a time: CPython holds no copy of the iterable.
    let it = vm.get_iter(&args.pos[1])?;
    while let Some(k) = vm.next(&it)? {
        if target.is::<DictObj>() {
            vm.dict_set(&target, k, value.clone())?;
        } else {
            vm.setitem(&d, k, value.clone())?;
        }
    }
    Ok(d)
}

/// `d.get(key)` on an exact dict, without building `Args`.
fn dict_get_fast(vm: &mut Vm, d: &Obj, key: Option<Obj>) -> PyResult {
    match key {
        Some(key) if d.is::<DictObj>() => match vm.dict_lookup(d, &key)? {
            Some(v) => Ok(v),
            None => Ok(vm.none()),
        },
        key => dict_get(vm, Args::method(d, key)),
    }
}

/// `d.keys()`, `d.values()`, `d.items()` of an exact dict, without building `Args`.
fn dict_keys_fast(vm: &mut Vm, d: &Obj, arg: Option<Obj>) -> PyResult {
    match arg {
        None if d.is::<DictObj>() => Ok(vm
            .heap
            .alloc(super::iter::DictKeysObj { dict: d.clone() })?),
        arg => dict_keys(vm, Args::method(d, arg)),
    }
}

fn dict_values_fast(vm: &mut Vm, d: &Obj, arg: Option<Obj>) -> PyResult {
    match arg {
        None if d.is::<DictObj>() => Ok(vm
            .heap
            .alloc(super::iter::DictValuesObj { dict: d.clone() })?),
        arg => dict_values(vm, Args::method(d, arg)),
    }
}

fn dict_items_fast(vm: &mut Vm, d: &Obj, arg: Option<Obj>) -> PyResult {
    match arg {
        None if d.is::<DictObj>() => Ok(vm
            .heap
            .alloc(super::iter::DictItemsObj { dict: d.clone() })?),
        arg => dict_items(vm, Args::method(d, arg)),
    }
}

/// The direct entries of `dict`'s commonest methods (see `FastMethod`).
pub const FAST_METHODS: &[(&str, crate::objects::function::FastMethod)] = &[
    ("get", dict_get_fast),
    ("keys", dict_keys_fast),
    ("values", dict_values_fast),
    ("items", dict_items_fast),
];

/// Methods of `dict`.
pub const METHODS: &[(&str, crate::objects::NativeFn)] = &[
    ("get", dict_get),
    ("setdefault", dict_setdefault),
    ("pop", dict_pop_method),
    ("popitem", dict_popitem),
    ("keys", dict_keys),
    ("values", dict_values),
    ("items", dict_items),
    ("update", dict_update),
    ("clear", dict_clear),
    ("copy", dict_copy_method),
];

/// Class methods of `dict`.
pub const CLASS_METHODS: &[(&str, crate::objects::NativeFn)] = &[("fromkeys", dict_fromkeys)];
