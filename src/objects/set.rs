//! set and frozenset.

use crate::text::text_buf::TextBuf;
use std::cell::{Cell, RefCell};

use super::dict::keys_equal_pure;
use super::set_table::{Probe, QuickProbe, SetTable};
use super::{Tag, tag_of};
use crate::declare_payload;
use crate::heap::{Allocator, Behaviour, NoTail, Obj};
use crate::vm::{Args, PyResult, Vm};

pub struct SetObj {
    pub table: RefCell<SetTable>,
}
declare_payload!(SetObj, "set", Tag::Set, gc);
impl Behaviour for SetObj {
    fn traverse(&self, _: &[NoTail], visit: &mut dyn FnMut(&Obj)) {
        if let Ok(t) = self.table.try_borrow() {
            for (_, k) in t.iter() {
                visit(k);
            }
        }
    }
    fn clear(&self) {
        let old = self.table.try_borrow_mut().map(|mut t| t.take());
        drop(old);
    }
}

pub struct FrozenSetObj {
    pub table: RefCell<SetTable>,
}
declare_payload!(FrozenSetObj, "frozenset", Tag::FrozenSet, gc);
impl Behaviour for FrozenSetObj {
    fn traverse(&self, _: &[NoTail], visit: &mut dyn FnMut(&Obj)) {
        if let Ok(t) = self.table.try_borrow() {
            for (_, k) in t.iter() {
                visit(k);
            }
        }
    }
}

/// Iterator over a set: `pos` is a slot index, `len` the size when iteration began.
pub struct SetIterObj {
    pub set: RefCell<Option<Obj>>,
    pub pos: Cell<usize>,
    pub len: usize,
}
declare_payload!(SetIterObj, "set_iterator", Tag::SetIter, gc);
impl Behaviour for SetIterObj {
    fn traverse(&self, _: &[NoTail], visit: &mut dyn FnMut(&Obj)) {
        if let Ok(s) = self.set.try_borrow() {
            super::visit_opt(&s, visit);
        }
    }
}

/// The table of a set or frozenset (or of the builtin value of a subclass instance).
pub fn set_table(o: &Obj) -> Option<&RefCell<SetTable>> {
    if let Some(s) = o.downcast::<SetObj>() {
        return Some(&s.table);
    }
    o.downcast::<FrozenSetObj>().map(|s| &s.table)
}

/// `key in s` for a set or frozenset `s` and a str or int `key`, when the answer needs
/// no Python code (the set holds that very object, no entry has its hash, or the entry
/// with its hash is a str or number compared by value): the dispatch loop's fast path.
/// None when the full lookup must decide. Kept out of the dispatch loop.
#[inline(never)]
pub fn contains_quick(s: &Obj, key: &Obj) -> Option<bool> {
    let table = set_table(s)?;
    let hash = quick_hash(key)?;
    let t = table.try_borrow().ok()?;
    match t.quick_probe(hash, key) {
        QuickProbe::Held(_) => Some(true),
        QuickProbe::Absent { .. } => Some(false),
        QuickProbe::Unsure => match t.probe(hash, key, &keys_equal_pure, None) {
            Probe::Found(_) => Some(true),
            Probe::Vacant { .. } => Some(false),
            Probe::NeedsEq(_) => None,
        },
    }
}

pub fn is_set_like(o: &Obj) -> bool {
    matches!(tag_of(o), Tag::Set | Tag::FrozenSet)
}

/// Adds `key` to the table when that needs no Python code: an int or str whose equals
/// among the keys (if any) compare without Python code. Otherwise, or when the table
/// cannot grow, `key` is handed back.
fn add_pure(cell: &RefCell<SetTable>, key: Obj, alloc: &Allocator) -> Option<Obj> {
    let hash = if let Some(i) = key.downcast::<super::IntObj>() {
        crate::vm::hash_i64(i.0)
    } else if let Some((so, text)) = super::str::as_text_obj(&key) {
        so.hash(text)
    } else {
        return Some(key);
    };
    let Ok(mut t) = cell.try_borrow_mut() else {
        return Some(key);
    };
    // The quick probe settles the usual cases (held, or surely absent) without
    // comparing keys; an entry with an equal hash needs the full probe.
    let (slot, fresh) = match t.quick_probe(hash, &key) {
        QuickProbe::Held(_) => return None,
        QuickProbe::Absent { slot, fresh } => (slot, fresh),
        QuickProbe::Unsure => match t.probe(hash, &key, &keys_equal_pure, None) {
            Probe::Found(_) => return None,
            Probe::Vacant { slot, fresh } => (slot, fresh),
            Probe::NeedsEq(_) => return Some(key),
        },
    };
    // A table that must grow hands the key back when it cannot.
    t.insert_at_or_hand_back(alloc, slot, fresh, hash, key)
        .err()
}

/// The hash of an int or str key, computed without a call (other keys: None).
#[inline]
fn quick_hash(key: &Obj) -> Option<i64> {
    match key.downcast::<super::IntObj>() {
        Some(i) => Some(crate::vm::hash_i64(i.0)),
        None => {
            let (so, text) = super::str::as_text_obj(key)?;
            Some(so.hash(text))
        }
    }
}

impl Vm {
    /// Adds `key` (hash known) to a set table, running Python `__eq__` where needed.
    /// The common outcomes (already held, or surely absent) are decided inline.
    #[inline(always)]
    fn set_insert(&mut self, cell: &RefCell<SetTable>, hash: i64, key: Obj) -> PyResult<()> {
        let quick = match cell.try_borrow() {
            Ok(t) => t.quick_probe(hash, &key),
            Err(_) => QuickProbe::Unsure,
        };
        match quick {
            QuickProbe::Held(_) => Ok(()),
            QuickProbe::Absent { slot, fresh } => {
                let Ok(mut t) = cell.try_borrow_mut() else {
                    return Err(self.runtime_error("set changed size during iteration"));
                };
                t.insert_at(self.heap.allocator(), slot, fresh, hash, key)?;
                Ok(())
            }
            QuickProbe::Unsure => self.set_insert_probing(cell, hash, key),
        }
    }

    /// `set_insert` when an entry with an equal hash is another object.
    #[inline(never)]
    fn set_insert_probing(
        &mut self,
        cell: &RefCell<SetTable>,
        hash: i64,
        key: Obj,
    ) -> PyResult<()> {
        let mut resume = None;
        loop {
            let probe = {
                let Ok(t) = cell.try_borrow() else {
                    return Err(self.runtime_error("set changed size during iteration"));
                };
                t.probe(hash, &key, &keys_equal_pure, resume)
            };
            match probe {
                Probe::Found(_) => return Ok(()),
                Probe::Vacant { slot, fresh } => {
                    let Ok(mut t) = cell.try_borrow_mut() else {
                        return Err(self.runtime_error("set changed size during iteration"));
                    };
                    t.insert_at(self.heap.allocator(), slot, fresh, hash, key)?;
                    return Ok(());
                }
                Probe::NeedsEq(idx) => {
                    let k = cell.borrow().key_at(idx).cloned();
                    if let Some(k) = k
                        && self.eq(&k, &key)?
                    {
                        return Ok(());
                    }
                    resume = Some(idx);
                }
            }
        }
    }

    /// The slot holding `key`, if present.
    fn set_find(
        &mut self,
        cell: &RefCell<SetTable>,
        hash: i64,
        key: &Obj,
    ) -> PyResult<Option<usize>> {
        if let Some((held, idx)) = cell.borrow().holds_identical(hash, key) {
            return Ok(held.then_some(idx));
        }
        let mut resume = None;
        loop {
            let probe = cell.borrow().probe(hash, key, &keys_equal_pure, resume);
            match probe {
                Probe::Found(i) => return Ok(Some(i)),
                Probe::Vacant { .. } => return Ok(None),
                Probe::NeedsEq(idx) => {
                    let k = cell.borrow().key_at(idx).cloned();
                    if let Some(k) = k
                        && self.eq(&k, key)?
                    {
                        return Ok(Some(idx));
                    }
                    resume = Some(idx);
                }
            }
        }
    }

    fn set_cell<'a>(&mut self, s: &'a Obj) -> PyResult<&'a RefCell<SetTable>> {
        match set_table(s) {
            Some(c) => Ok(c),
            None => Err(self.bad_payload()),
        }
    }

    /// Hash of a set element; a set used as an element is hashed like a frozenset
    /// would be refused, as CPython does.
    fn element_hash(&mut self, key: &Obj) -> PyResult<i64> {
        self.hash(key)
    }

    #[inline]
    pub fn set_add(&mut self, s: &Obj, key: Obj) -> PyResult<()> {
        self.set_add_inline(s, key)
    }

    /// `set_add`, inlined into the direct entry of `s.add(k)`.
    #[inline(always)]
    fn set_add_inline(&mut self, s: &Obj, key: Obj) -> PyResult<()> {
        let h = match quick_hash(&key) {
            Some(h) => h,
            None => self.element_hash(&key)?,
        };
        let cell = self.set_cell(s)?;
        self.set_insert(cell, h, key)
    }

    pub fn set_contains(&mut self, s: &Obj, key: &Obj) -> PyResult<bool> {
        let h = match self.element_hash(key) {
            Ok(h) => h,
            Err(e) => {
                // `{1} in some_set`: CPython retries with a frozenset of a set key.
                if let Some(t) = set_table(key)
                    && key.is::<SetObj>()
                {
                    let fh = t.borrow().frozen_hash();
                    let cell = self.set_cell(s)?;
                    return Ok(self.set_find(cell, fh, key)?.is_some());
                }
                return Err(e);
            }
        };
        let cell = self.set_cell(s)?;
        Ok(self.set_find(cell, h, key)?.is_some())
    }

    /// Removes `key`; false when absent. A set key stands for the frozenset of its
    /// items, as in CPython.
    pub fn set_discard(&mut self, s: &Obj, key: &Obj) -> PyResult<bool> {
        let h = match self.element_hash(key) {
            Ok(h) => h,
            Err(e) => match set_table(key).filter(|_| key.is::<SetObj>()) {
                Some(t) => t.borrow().frozen_hash(),
                None => return Err(e),
            },
        };
        let cell = self.set_cell(s)?;
        match self.set_find(cell, h, key)? {
            Some(i) => {
                let old = cell.borrow_mut().remove_at(i);
                drop(old);
                Ok(true)
            }
            None => Ok(false),
        }
    }

    /// `s.update(iterable)`.
    pub fn set_update(&mut self, s: &Obj, other: &Obj) -> PyResult<()> {
        if let Some(src) = set_table(other) {
            if s.ptr_eq(other) {
                return Ok(());
            }
            let cell = self.set_cell(s)?;
            // CPython's set_merge: grow first, then copy the table as it is when the
            // sizes match and there are no dummies, or insert into the empty table.
            let n = src.borrow().len();
            cell.borrow_mut()
                .reserve_for_merge(self.heap.allocator(), n)?;
            if cell.borrow().is_pristine() {
                let same_shape = {
                    let (t, o) = (cell.borrow(), src.borrow());
                    t.slot_count() == o.slot_count() && !o.has_dummies()
                };
                if same_shape {
                    let copy = src.borrow().try_clone(self.heap.allocator())?;
                    let old = std::mem::replace(&mut *cell.borrow_mut(), copy);
                    drop(old);
                    return Ok(());
                }
                // Inserting into an empty table compares nothing, so no Python code
                // runs: the keys go straight from the source.
                let (Ok(mut t), Ok(o)) = (cell.try_borrow_mut(), src.try_borrow()) else {
                    return Err(self.runtime_error("set changed size during iteration"));
                };
                for (h, k) in o.iter() {
                    t.insert_clean_counted(self.heap.allocator(), h, k.clone())?;
                }
                return Ok(());
            }
            // Equal keys may run `__eq__`, which may change the source: its entries
            // are taken first (small sources, the common `s | {x}`, without allocating).
            let entries: smallvec::SmallVec<[(i64, Obj); 8]> =
                src.borrow().iter().map(|(h, k)| (h, k.clone())).collect();
            for (h, k) in entries {
                self.set_insert(cell, h, k)?;
            }
            return Ok(());
        }
        if let Some(d) = other.downcast::<super::DictObj>() {
            let entries: Vec<(i64, Obj)> = d
                .table
                .borrow()
                .iter()
                .map(|e| (e.hash, e.key.clone()))
                .collect();
            let cell = self.set_cell(s)?;
            cell.borrow_mut()
                .reserve_for_merge(self.heap.allocator(), entries.len())?;
            for (h, k) in entries {
                self.set_insert(cell, h, k)?;
            }
            return Ok(());
        }
        let it = self.get_iter(other)?;
        let cell = self.set_cell(s)?;
        loop {
            // A generator's ints and strs go in where it yields them.
            let next = self.next_with_sink(&it, &mut |vm, v| add_pure(cell, v, vm.alloc()))?;
            let Some(v) = next else {
                break;
            };
            self.set_add(s, v)?;
        }
        Ok(())
    }

    /// A new empty set or frozenset.
    pub fn new_empty_set(&mut self, frozen: bool) -> PyResult {
        let table = RefCell::new(SetTable::default());
        Ok(if frozen {
            self.heap.alloc(FrozenSetObj { table })?
        } else {
            self.heap.alloc(SetObj { table })?
        })
    }

    /// A set or frozenset (`frozen`) of the items of any iterable.
    pub fn set_from_iterable(&mut self, it: &Obj, frozen: bool) -> PyResult {
        let s = self.new_empty_set(frozen)?;
        self.set_update(&s, it)?;
        Ok(s)
    }

    /// Items of a set in iteration order.
    pub fn set_items(&self, s: &Obj) -> Vec<Obj> {
        set_table(s)
            .map(|t| t.borrow().iter().map(|(_, k)| k.clone()).collect())
            .unwrap_or_default()
    }

    /// `set | other` and friends; the result has the left operand's type.
    pub fn set_binary(
        &mut self,
        op: crate::compile::bytecode::BinOpCode,
        a: &Obj,
        b: &Obj,
    ) -> PyResult<Option<Obj>> {
        use crate::compile::bytecode::BinOpCode;
        if !is_set_like(a) || !is_set_like(b) {
            return Ok(None);
        }
        let r = match op {
            BinOpCode::Or => self.set_union_of(a, b)?,
            BinOpCode::And => self.set_intersection_of(a, b)?,
            BinOpCode::Sub => self.set_difference_of(a, b)?,
            BinOpCode::Xor => self.set_symmetric_difference_of(a, b)?,
            _ => return Ok(None),
        };
        Ok(Some(r))
    }

    /// Subset test `a <= b`.
    pub fn set_is_subset(&mut self, a: &Obj, b: &Obj) -> PyResult<bool> {
        if self.len(a)? > self.len(b)? {
            return Ok(false);
        }
        // (The comparison that got here is a recursion level; each element lookup's
        // comparisons are levels of their own.)
        let mut r = Ok(true);
        for k in self.set_items(a) {
            match self.set_contains(b, &k) {
                Ok(true) => {}
                Ok(false) => {
                    r = Ok(false);
                    break;
                }
                Err(e) => {
                    r = Err(e);
                    break;
                }
            }
        }
        r
    }

    /// Writes `{1, 2}`, `set()`, `frozenset({1})`.
    pub fn set_repr(&mut self, s: &Obj, out: &mut TextBuf) -> PyResult<()> {
        let name = self.type_name(s);
        self.set_repr_named(s, &name, out)
    }

    /// Writes a set's repr under the type name `name` (a subclass shows its own name:
    /// `S({1})`).
    pub fn set_repr_named(&mut self, s: &Obj, name: &str, out: &mut TextBuf) -> PyResult<()> {
        let items = self.set_items(s);
        let frozen = s.is::<FrozenSetObj>();
        if items.is_empty() {
            out.push_str(name);
            out.push_str("()");
            return Ok(());
        }
        if self.repr_stack.contains(&s.addr()) {
            out.push_str(name);
            out.push_str("(...)");
            return Ok(());
        }
        let wrap = frozen || name != "set";
        if wrap {
            out.push_str(name);
            out.push('(');
        }
        self.enter_native(" while getting the repr of an object")?;
        self.repr_stack.push(s.addr());
        out.push('{');
        let mut r = Ok(());
        for (i, k) in items.iter().enumerate() {
            if i > 0 {
                out.push_str(", ");
            }
            if let Err(e) = self.write_repr(k, out) {
                r = Err(e);
                break;
            }
        }
        out.push('}');
        self.repr_stack.pop();
        self.leave_native();
        if wrap {
            out.push(')');
        }
        r
    }

    pub fn set_iter_next(&mut self, it: &Obj) -> PyResult<Option<Obj>> {
        let Some(si) = it.downcast::<SetIterObj>() else {
            return Ok(None);
        };
        let s = si.set.borrow().clone();
        let Some(s) = s else { return Ok(None) };
        let Some(cell) = set_table(&s) else {
            return Ok(None);
        };
        let (found, len) = {
            let t = cell.borrow();
            (
                t.next_at(si.pos.get()).map(|(p, k)| (p, k.clone())),
                t.len(),
            )
        };
        if len != si.len {
            return Err(self.runtime_error("Set changed size during iteration"));
        }
        match found {
            Some((p, k)) => {
                si.pos.set(p + 1);
                Ok(Some(k))
            }
            None => {
                let old = si.set.borrow_mut().take();
                drop(old);
                Ok(None)
            }
        }
    }

    pub fn set_iter(&mut self, s: &Obj) -> PyResult {
        let len = self.len(s)?;
        Ok(self.heap.alloc(SetIterObj {
            set: RefCell::new(Some(s.clone())),
            pos: Cell::new(0),
            len,
        })?)
    }
}

/// The receiver of method `$name` of `set` or `frozenset` (`$frozen`), after checking
/// that it was given between `$min` and `$max` arguments (the message names the method
/// as `set.add` or `frozenset.union` do).
macro_rules! set_receiver {
    ($vm:expr, $args:expr, $frozen:ident, $name:literal, $min:expr, $max:expr) => {{
        let qualified = if $frozen {
            concat!("frozenset.", $name)
        } else {
            concat!("set.", $name)
        };
        $args.check_method($vm, qualified, $min, $max)?;
        this_set::<$frozen>($vm, &$args, $name)?
    }};
}

/// The set a method works on: the receiver, or a subclass instance's set. `set`'s
/// methods take a set, `frozenset`'s a frozenset (`FROZEN`), as CPython's descriptors
/// do: `set.union(frozenset())` is refused although the two share the code.
fn this_set<const FROZEN: bool>(vm: &mut Vm, args: &Args, name: &str) -> PyResult<Obj> {
    let fits = |o: &Obj| {
        if FROZEN {
            o.is::<FrozenSetObj>()
        } else {
            o.is::<SetObj>()
        }
    };
    let owner = owner_name::<FROZEN>();
    match args.pos.first() {
        Some(o) if fits(o) => Ok(o.clone()),
        Some(o) => match vm.base_value(o).filter(fits) {
            Some(b) => Ok(b),
            None => Err(crate::vm::wrong_receiver(vm, name, owner, o)),
        },
        None => Err(vm.type_error(format!("unbound method {owner}.{name}() needs an argument"))),
    }
}

/// `set` or `frozenset`: whose method runs.
const fn owner_name<const FROZEN: bool>() -> &'static str {
    if FROZEN { "frozenset" } else { "set" }
}

fn set_add_m(vm: &mut Vm, mut args: Args) -> PyResult {
    args.check_method(vm, "set.add", 1, 1)?;
    // The key moves out of the arguments; a plain set is used where it lies.
    let key = args.pos.pop().ok_or_else(|| vm.bad_payload())?;
    match args.pos.first() {
        Some(s) if s.is::<SetObj>() => vm.set_add(s, key)?,
        _ => {
            let s = this_set::<false>(vm, &args, "add")?;
            vm.set_add(&s, key)?;
        }
    }
    Ok(vm.none())
}

fn set_discard_m(vm: &mut Vm, args: Args) -> PyResult {
    args.check_method(vm, "set.discard", 1, 1)?;
    let s = this_set::<false>(vm, &args, "discard")?;
    vm.set_discard(&s, &args.pos[1])?;
    Ok(vm.none())
}

fn set_remove_m(vm: &mut Vm, args: Args) -> PyResult {
    args.check_method(vm, "set.remove", 1, 1)?;
    let s = this_set::<false>(vm, &args, "remove")?;
    if !vm.set_discard(&s, &args.pos[1])? {
        return Err(vm.key_error(args.pos[1].clone()));
    }
    Ok(vm.none())
}

fn set_pop_m(vm: &mut Vm, args: Args) -> PyResult {
    args.check_method(vm, "set.pop", 0, 0)?;
    let s = this_set::<false>(vm, &args, "pop")?;
    let v = set_table(&s).and_then(|t| t.borrow_mut().pop());
    match v {
        Some(v) => Ok(v),
        None => Err(vm.key_error_msg("pop from an empty set")),
    }
}

fn set_clear_m(vm: &mut Vm, args: Args) -> PyResult {
    args.check_method(vm, "set.clear", 0, 0)?;
    let s = this_set::<false>(vm, &args, "clear")?;
    let old = set_table(&s).map(|t| t.borrow_mut().take());
    drop(old);
    Ok(vm.none())
}

fn set_copy_m<const FROZEN: bool>(vm: &mut Vm, args: Args) -> PyResult {
    let s = set_receiver!(vm, args, FROZEN, "copy", 0, 0);
    if s.is::<FrozenSetObj>() {
        return Ok(s);
    }
    let r = vm.new_empty_set(false)?;
    vm.set_update(&r, &s)?;
    Ok(r)
}

fn set_union<const FROZEN: bool>(vm: &mut Vm, args: Args) -> PyResult {
    let s = this_set::<FROZEN>(vm, &args, "union")?;
    let r = vm.set_copy_of(&s, &s)?;
    for other in args.pos.iter().skip(1) {
        vm.set_update(&r, other)?;
    }
    Ok(r)
}

fn set_intersection<const FROZEN: bool>(vm: &mut Vm, args: Args) -> PyResult {
    let s = this_set::<FROZEN>(vm, &args, "intersection")?;
    if args.pos.len() == 1 {
        return vm.set_copy_of(&s, &s);
    }
    let mut r = s;
    for other in args.pos.iter().skip(1) {
        r = vm.set_intersection_of(&r, other)?;
    }
    Ok(r)
}

fn set_difference<const FROZEN: bool>(vm: &mut Vm, args: Args) -> PyResult {
    let s = this_set::<FROZEN>(vm, &args, "difference")?;
    let Some(first) = args.pos.get(1) else {
        return vm.set_copy_of(&s, &s);
    };
    let r = vm.set_difference_of(&s, first)?;
    for other in args.pos.iter().skip(2) {
        vm.set_difference_update_with(&r, other)?;
    }
    Ok(r)
}

fn set_symmetric_difference<const FROZEN: bool>(vm: &mut Vm, args: Args) -> PyResult {
    let s = set_receiver!(vm, args, FROZEN, "symmetric_difference", 1, 1);
    vm.set_symmetric_difference_of(&s, &args.pos[1])
}

fn set_update_m(vm: &mut Vm, args: Args) -> PyResult {
    let s = this_set::<false>(vm, &args, "update")?;
    for other in args.pos.iter().skip(1) {
        vm.set_update(&s, other)?;
    }
    Ok(vm.none())
}

fn set_intersection_update(vm: &mut Vm, args: Args) -> PyResult {
    let s = this_set::<false>(vm, &args, "intersection_update")?;
    let mut r = s.clone();
    for other in args.pos.iter().skip(1) {
        r = vm.set_intersection_of(&r, other)?;
    }
    if !r.ptr_eq(&s) {
        let table = set_table(&r).map(|t| t.borrow_mut().take());
        if let (Some(dst), Some(t)) = (set_table(&s), table) {
            let old = std::mem::replace(&mut *dst.borrow_mut(), t);
            drop(old);
        }
    }
    Ok(vm.none())
}

fn set_difference_update(vm: &mut Vm, args: Args) -> PyResult {
    let s = this_set::<false>(vm, &args, "difference_update")?;
    for other in args.pos.iter().skip(1) {
        vm.set_difference_update_with(&s, other)?;
    }
    Ok(vm.none())
}

fn set_symmetric_difference_update(vm: &mut Vm, args: Args) -> PyResult {
    args.check_method(vm, "set.symmetric_difference_update", 1, 1)?;
    let s = this_set::<false>(vm, &args, "symmetric_difference_update")?;
    vm.set_symmetric_difference_update_with(&s, &args.pos[1])?;
    Ok(vm.none())
}

fn other_as_set(vm: &mut Vm, o: &Obj) -> PyResult<Obj> {
    if is_set_like(o) {
        Ok(o.clone())
    } else {
        vm.set_from_iterable(o, false)
    }
}

fn set_issubset<const FROZEN: bool>(vm: &mut Vm, args: Args) -> PyResult {
    let s = set_receiver!(vm, args, FROZEN, "issubset", 1, 1);
    let o = other_as_set(vm, &args.pos[1])?;
    let r = vm.set_is_subset(&s, &o)?;
    Ok(vm.new_bool(r))
}

fn set_issuperset<const FROZEN: bool>(vm: &mut Vm, args: Args) -> PyResult {
    let s = set_receiver!(vm, args, FROZEN, "issuperset", 1, 1);
    let o = other_as_set(vm, &args.pos[1])?;
    let r = vm.set_is_subset(&o, &s)?;
    Ok(vm.new_bool(r))
}

fn set_isdisjoint<const FROZEN: bool>(vm: &mut Vm, args: Args) -> PyResult {
    let s = set_receiver!(vm, args, FROZEN, "isdisjoint", 1, 1);
    if is_set_like(&args.pos[1]) {
        let o = other_as_set(vm, &args.pos[1])?;
        for k in vm.set_items(&o) {
            if vm.set_contains(&s, &k)? {
                return Ok(vm.new_bool(false));
            }
        }
        return Ok(vm.new_bool(true));
    }
    // Any other iterable is read one item at a time, stopping at the first common one.
    let it = vm.get_iter(&args.pos[1])?;
    while let Some(k) = vm.next(&it)? {
        if vm.set_contains(&s, &k)? {
            return Ok(vm.new_bool(false));
        }
    }
    Ok(vm.new_bool(true))
}

/// `s.add(key)` on an exact set, without building `Args`.
fn set_add_fast(vm: &mut Vm, s: &Obj, key: Option<Obj>) -> PyResult {
    match key {
        Some(key) if s.is::<SetObj>() => {
            vm.set_add_inline(s, key)?;
            Ok(vm.none())
        }
        key => set_add_m(vm, Args::method(s, key)),
    }
}

/// `s.discard(key)` on an exact set, without building `Args`.
fn set_discard_fast(vm: &mut Vm, s: &Obj, key: Option<Obj>) -> PyResult {
    match key {
        Some(key) if s.is::<SetObj>() => {
            vm.set_discard(s, &key)?;
            Ok(vm.none())
        }
        key => set_discard_m(vm, Args::method(s, key)),
    }
}

/// `s.remove(key)` on an exact set, without building `Args`.
fn set_remove_fast(vm: &mut Vm, s: &Obj, key: Option<Obj>) -> PyResult {
    match key {
        Some(key) if s.is::<SetObj>() => {
            if !vm.set_discard(s, &key)? {
                return Err(vm.key_error(key));
            }
            Ok(vm.none())
        }
        key => set_remove_m(vm, Args::method(s, key)),
    }
}

/// The direct entries of `set`'s commonest methods (see `FastMethod`).
pub const FAST_METHODS: &[(&str, crate::objects::function::FastMethod)] = &[
    ("add", set_add_fast),
    ("discard", set_discard_fast),
    ("remove", set_remove_fast),
];

/// Methods of `set`.
pub const SET_METHODS: &[(&str, crate::objects::NativeFn)] = &[
    ("add", set_add_m),
    ("discard", set_discard_m),
    ("remove", set_remove_m),
    ("pop", set_pop_m),
    ("clear", set_clear_m),
    ("copy", set_copy_m::<false>),
    ("update", set_update_m),
    ("union", set_union::<false>),
    ("intersection", set_intersection::<false>),
    ("difference", set_difference::<false>),
    ("symmetric_difference", set_symmetric_difference::<false>),
    ("intersection_update", set_intersection_update),
    ("difference_update", set_difference_update),
    (
        "symmetric_difference_update",
        set_symmetric_difference_update,
    ),
    ("issubset", set_issubset::<false>),
    ("issuperset", set_issuperset::<false>),
    ("isdisjoint", set_isdisjoint::<false>),
];

/// Methods of `frozenset`.
pub const FROZENSET_METHODS: &[(&str, crate::objects::NativeFn)] = &[
    ("copy", set_copy_m::<true>),
    ("union", set_union::<true>),
    ("intersection", set_intersection::<true>),
    ("difference", set_difference::<true>),
    ("symmetric_difference", set_symmetric_difference::<true>),
    ("issubset", set_issubset::<true>),
    ("issuperset", set_issuperset::<true>),
    ("isdisjoint", set_isdisjoint::<true>),
];
