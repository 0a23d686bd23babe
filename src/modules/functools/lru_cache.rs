//! The `lru_cache` wrapper (CPython's `_lru_cache_wrapper`): a dict from argument keys
//! to entries of a least-recently-used list, kept as a doubly linked list of slots.

use std::cell::{Cell, RefCell};

use crate::heap::Obj;
use crate::objects::native::{NativeObj, NativeState, native_state};
use crate::objects::{BoundMethodObj, IntObj, StrObj, Tag, tag_of};
use crate::vm::native::NativeTypeSpec;
use crate::vm::params::split_cls;
use crate::vm::{Args, PyResult, Vm};

pub static LRU_CACHE_WRAPPER: NativeTypeSpec = NativeTypeSpec {
    new: Some(wrapper_new),
    methods: &[
        ("__call__", wrapper_call),
        ("__get__", wrapper_get),
        ("cache_info", cache_info),
        ("cache_clear", cache_clear),
        ("__copy__", wrapper_self),
        ("__deepcopy__", wrapper_self),
    ],
    ..NativeTypeSpec::new("functools", "_lru_cache_wrapper")
};

const NIL: usize = usize::MAX;

/// One cached call: its key and result, linked in recency order.
struct Link {
    key: Obj,
    result: Obj,
    prev: usize,
    next: usize,
}

/// The recency list: `head` is the least recently used entry, `tail` the most.
#[derive(Default)]
struct Links {
    slots: Vec<Option<Link>>,
    free: Vec<usize>,
    head: usize,
    tail: usize,
}

impl Links {
    fn new() -> Links {
        Links {
            slots: Vec::new(),
            free: Vec::new(),
            head: NIL,
            tail: NIL,
        }
    }

    fn unlink(&mut self, i: usize) {
        let (prev, next) = match self.slots.get(i).and_then(Option::as_ref) {
            Some(l) => (l.prev, l.next),
            None => return,
        };
        match self.slots.get_mut(prev).and_then(Option::as_mut) {
            Some(p) => p.next = next,
            None => self.head = next,
        }
        match self.slots.get_mut(next).and_then(Option::as_mut) {
            Some(n) => n.prev = prev,
            None => self.tail = prev,
        }
    }

    fn link_last(&mut self, i: usize) {
        let tail = self.tail;
        if let Some(l) = self.slots.get_mut(i).and_then(Option::as_mut) {
            l.prev = tail;
            l.next = NIL;
        }
        match self.slots.get_mut(tail).and_then(Option::as_mut) {
            Some(t) => t.next = i,
            None => self.head = i,
        }
        self.tail = i;
    }

    fn push(&mut self, key: Obj, result: Obj) -> usize {
        let link = Link {
            key,
            result,
            prev: NIL,
            next: NIL,
        };
        let i = match self.free.pop() {
            Some(i) => {
                if let Some(s) = self.slots.get_mut(i) {
                    *s = Some(link);
                }
                i
            }
            None => {
                self.slots.push(Some(link));
                self.slots.len() - 1
            }
        };
        self.link_last(i);
        i
    }

    fn remove(&mut self, i: usize) -> Option<Link> {
        self.unlink(i);
        let l = self.slots.get_mut(i).and_then(Option::take);
        if l.is_some() {
            self.free.push(i);
        }
        l
    }
}

struct LruWrapper {
    func: Obj,
    /// None: unbounded.
    maxsize: Option<usize>,
    typed: bool,
    cache_info_type: Obj,
    /// Maps each key to its slot number (an int).
    cache: Obj,
    links: RefCell<Links>,
    hits: Cell<u64>,
    misses: Cell<u64>,
    /// Separates positional from keyword arguments in keys.
    kwd_mark: Obj,
}

impl NativeState for LruWrapper {
    fn traverse(&self, visit: &mut dyn FnMut(&Obj)) {
        visit(&self.func);
        visit(&self.cache_info_type);
        visit(&self.cache);
        visit(&self.kwd_mark);
        if let Ok(l) = self.links.try_borrow() {
            for link in l.slots.iter().flatten() {
                visit(&link.key);
                visit(&link.result);
            }
        }
    }
    fn clear(&self) {
        let old = self
            .links
            .try_borrow_mut()
            .map(|mut l| std::mem::take(&mut *l));
        drop(old);
    }
}

fn wrapper_new(vm: &mut Vm, args: Args) -> PyResult {
    let (args, cls) = split_cls(args);
    if args.pos.len() != 4 || !args.kw.is_empty() {
        return Err(vm.type_error("_lru_cache_wrapper expected 4 arguments"));
    }
    let func = args.pos[0].clone();
    if !vm.callable(&func) {
        return Err(vm.type_error("the first argument must be callable"));
    }
    let maxsize = if args.pos[1].ptr_eq(&vm.s.none) {
        None
    } else {
        let Some(n) = vm.index_value(&args.pos[1]) else {
            return Err(vm.type_error("maxsize should be integer or None"));
        };
        Some(n?.max(0) as usize)
    };
    let typed = vm.truthy(&args.pos[2])?;
    let cache = vm.new_dict()?;
    let object = vm.types.object.clone();
    let kwd_mark = vm.call(&object, vec![])?;
    let cls = match cls {
        Some(c) => c,
        None => vm.native_type(&LRU_CACHE_WRAPPER)?,
    };
    let state = LruWrapper {
        func,
        maxsize,
        typed,
        cache_info_type: args.pos[3].clone(),
        cache,
        links: RefCell::new(Links::new()),
        hits: Cell::new(0),
        misses: Cell::new(0),
        kwd_mark,
    };
    Ok(vm.heap.alloc(NativeObj::with_dict(cls, state))?)
}

/// The cache key of a call, built as CPython's `lru_cache_make_key` does.
fn make_key(vm: &mut Vm, w: &LruWrapper, pos: &[Obj], kw: &[(Obj, Obj)]) -> PyResult {
    if !w.typed && kw.is_empty() {
        if let [one] = pos
            && (tag_of(one) == Tag::Str && one.is::<StrObj>()
                || matches!(tag_of(one), Tag::Int | Tag::BigInt))
        {
            return Ok(one.clone());
        }
        return vm.new_tuple(pos.to_vec());
    }
    let mut items: Vec<Obj> = pos.to_vec();
    if !kw.is_empty() {
        items.push(w.kwd_mark.clone());
        for (k, v) in kw {
            items.push(k.clone());
            items.push(v.clone());
        }
    }
    if w.typed {
        for p in pos {
            items.push(vm.type_of(p));
        }
        for (_, v) in kw {
            items.push(vm.type_of(v));
        }
    }
    vm.new_tuple(items)
}

fn wrapper_call(vm: &mut Vm, mut args: Args) -> PyResult {
    if args.pos.is_empty() {
        return Err(vm.type_error("descriptor '__call__' needs an argument"));
    }
    let this = args.pos.remove(0);
    let Some(w) = native_state::<LruWrapper>(&this) else {
        return Err(vm.bad_payload());
    };
    let func = w.func.clone();
    if w.maxsize == Some(0) {
        w.misses.set(w.misses.get() + 1);
        return vm.call_args(&func, args);
    }
    let key = make_key(vm, w, &args.pos, &args.kw)?;
    let hash = vm.hash(&key)?;
    let cache = w.cache.clone();
    if let Some(slot) = vm.dict_lookup(&cache, &key)? {
        let i = IntObj::value(&slot).unwrap_or(-1) as usize;
        let result = {
            let mut links = w.links.borrow_mut();
            links.unlink(i);
            links.link_last(i);
            links
                .slots
                .get(i)
                .and_then(Option::as_ref)
                .map(|l| l.result.clone())
        };
        if let Some(r) = result {
            w.hits.set(w.hits.get() + 1);
            return Ok(r);
        }
    }
    w.misses.set(w.misses.get() + 1);
    let result = vm.call_args(&func, args)?;
    // The call may have cached this key itself (recursion): keep that entry.
    if vm.dict_lookup(&cache, &key)?.is_some() {
        return Ok(result);
    }
    if let Some(max) = w.maxsize {
        let full = vm.len(&cache)? >= max;
        if full {
            let oldest = {
                let links = w.links.borrow();
                links
                    .slots
                    .get(links.head)
                    .and_then(Option::as_ref)
                    .map(|l| (links.head, l.key.clone()))
            };
            if let Some((i, old_key)) = oldest {
                vm.dict_pop(&cache, &old_key)?;
                let removed = w.links.borrow_mut().remove(i);
                drop(removed);
            }
        }
    }
    let i = w.links.borrow_mut().push(key.clone(), result.clone());
    let slot = vm.new_int(i as i64)?;
    vm.dict_set_hashed(&cache, key, hash, slot)?;
    Ok(result)
}

/// `wrapper.__get__(obj, type)`: methods bind like functions.
fn wrapper_get(vm: &mut Vm, args: Args) -> PyResult {
    if args.pos.len() < 2 {
        return Err(vm.type_error("__get__ expected at least 1 argument, got 0"));
    }
    let (this, obj) = (args.pos[0].clone(), args.pos[1].clone());
    if obj.ptr_eq(&vm.s.none) {
        return Ok(this);
    }
    Ok(vm.heap.alloc(BoundMethodObj {
        func: this,
        this: obj,
    })?)
}

fn wrapper_self(vm: &mut Vm, args: Args) -> PyResult {
    match args.pos.first() {
        Some(o) => Ok(o.clone()),
        None => Err(vm.type_error("descriptor needs an argument")),
    }
}

fn cache_info(vm: &mut Vm, args: Args) -> PyResult {
    let Some(w) = args.pos.first().and_then(native_state::<LruWrapper>) else {
        return Err(vm.type_error("cache_info() needs an lru_cache wrapper"));
    };
    let t = w.cache_info_type.clone();
    let hits = vm.new_int(w.hits.get() as i64)?;
    let misses = vm.new_int(w.misses.get() as i64)?;
    let maxsize = match w.maxsize {
        Some(m) => vm.new_int(m as i64)?,
        None => vm.none(),
    };
    let cache = w.cache.clone();
    let currsize = vm.len(&cache)?;
    let currsize = vm.new_int(currsize as i64)?;
    vm.call(&t, vec![hits, misses, maxsize, currsize])
}

fn cache_clear(vm: &mut Vm, args: Args) -> PyResult {
    let Some(w) = args.pos.first().and_then(native_state::<LruWrapper>) else {
        return Err(vm.type_error("cache_clear() needs an lru_cache wrapper"));
    };
    w.hits.set(0);
    w.misses.set(0);
    let old = std::mem::replace(&mut *w.links.borrow_mut(), Links::new());
    let table = w
        .cache
        .downcast::<crate::objects::DictObj>()
        .map(|d| d.table.borrow_mut().take());
    drop(old);
    drop(table);
    Ok(vm.none())
}
