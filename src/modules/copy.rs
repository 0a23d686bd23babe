//! The `copy` module: shallow and deep copies following CPython's `copy.py` (the same
//! dispatch: atomic types, containers, `__copy__`/`__deepcopy__`, the reduce protocol
//! for everything else, and a memo keyed by `id()` that makes cycles come out as
//! cycles).

use crate::heap::Obj;
use crate::objects::tuple::as_tuple;
use crate::objects::{BoundMethodObj, DictObj, ListObj, Tag, TypeObj, tag_of};
use crate::vm::params::{Sig, bind};
use crate::vm::{Args, PyErr, PyResult, Vm};

/// Types that copy (shallow and deep) to themselves.
fn is_atomic(o: &Obj) -> bool {
    matches!(
        tag_of(o),
        Tag::None
            | Tag::Ellipsis
            | Tag::NotImplemented
            | Tag::Int
            | Tag::BigInt
            | Tag::Bool
            | Tag::Float
            | Tag::Complex
            | Tag::Str
            | Tag::Bytes
            | Tag::Type
            | Tag::Range
            | Tag::Function
            | Tag::BuiltinFunction
            | Tag::Code
            | Tag::Property
            | Tag::WeakRef
    )
}

fn cannot_pickle(vm: &mut Vm, o: &Obj) -> PyErr {
    let n = vm.type_name(o);
    vm.type_error(format!("cannot pickle '{n}' object"))
}

/// A method the class of `o` defines (object's defaults do not count).
fn user_method(vm: &mut Vm, o: &Obj, name: &str) -> Option<Obj> {
    let cls = vm.type_of(o);
    let f = vm.lookup_type_attr(&cls, name)?;
    if vm.is_object_slot(&f) || f.ptr_eq(&vm.s.none) {
        return None;
    }
    Some(f)
}

/// What `__reduce_ex__(4)` gives: how to rebuild `o`.
struct Reduced {
    func: Obj,
    args: Vec<Obj>,
    state: Option<Obj>,
    list_items: Option<Obj>,
    dict_items: Option<Obj>,
}

impl Vm {
    /// `copy.copy(x)`.
    pub fn shallow_copy(&mut self, x: &Obj) -> PyResult {
        if is_atomic(x) {
            return Ok(x.clone());
        }
        match tag_of(x) {
            Tag::Tuple | Tag::FrozenSet | Tag::Slice => return Ok(x.clone()),
            Tag::List | Tag::Dict | Tag::Set | Tag::ByteArray => {
                let m = self.getattr_str(x, "copy")?;
                return self.call(&m, vec![]);
            }
            Tag::BoundMethod => {
                if let Some(m) = x.downcast::<BoundMethodObj>() {
                    let (func, this) = (m.func.clone(), m.this.clone());
                    return Ok(self.heap.alloc(BoundMethodObj { func, this })?);
                }
            }
            _ => {}
        }
        let cls = self.type_of(x);
        if let Some(c) = self.lookup_type_attr(&cls, "__copy__")
            && !c.ptr_eq(&self.s.none)
        {
            return self.call_method_with(&c, x, &[]);
        }
        let rv = self.reduce(x)?;
        self.reconstruct(x, None, rv)
    }

    /// `copy.deepcopy(x, memo)`; `memo` is a dict from `id()` to copies.
    pub fn deep_copy(&mut self, x: &Obj, memo: &Obj) -> PyResult {
        self.deep_copy_saying(x, memo, None)
    }

    /// `deep_copy`, its RecursionError's message given (`_reconstruct`'s copy of an
    /// object's state runs out in Python frames in CPython).
    fn deep_copy_saying(&mut self, x: &Obj, memo: &Obj, what: Option<&'static str>) -> PyResult {
        let d = self.new_int(x.addr() as i64)?;
        if let Some(y) = self.memo_get(memo, &d)? {
            return Ok(y);
        }
        // Nesting costs Rust stack here as it costs Python frames in CPython, and
        // counts as many levels against the recursion limit as CPython's copy.py
        // spends frames on it, so that the same depth fails with the same message.
        let (levels, default_what) = self.deep_copy_levels(x);
        let what = what.unwrap_or(default_what);
        let mut entered = 0;
        let mut entry = Ok(());
        while entered < levels {
            entry = self.enter_counted_level(what);
            if entry.is_err() {
                break;
            }
            entered += 1;
        }
        let y = match entry {
            Ok(()) => self.deep_copy_new(x, memo),
            Err(e) => Err(e),
        };
        for _ in 0..entered {
            self.leave_native();
        }
        let y = y?;
        if !y.ptr_eq(x) {
            self.memo_set(memo, d, y.clone())?;
            self.keep_alive(x, memo)?;
        }
        Ok(y)
    }

    /// The frames CPython's `copy.deepcopy` spends on one level of `x`, and the
    /// message of the RecursionError when they run out: `deepcopy` and
    /// `_deepcopy_list` / `_deepcopy_dict` (whose C-level calls fail first), `deepcopy`,
    /// `_deepcopy_tuple` and its list comprehension, `deepcopy` and `_reconstruct`, or
    /// `deepcopy` alone before a class's own `__deepcopy__`.
    fn deep_copy_levels(&mut self, x: &Obj) -> (usize, &'static str) {
        match tag_of(x) {
            Tag::List | Tag::Dict => (2, " while calling a Python object"),
            Tag::Tuple => (3, ""),
            _ if is_atomic(x) => (1, " while calling a Python object"),
            _ if user_method(self, x, "__deepcopy__").is_some() => {
                (1, " while calling a Python object")
            }
            _ => (2, ""),
        }
    }

    fn deep_copy_new(&mut self, x: &Obj, memo: &Obj) -> PyResult {
        if is_atomic(x) {
            return Ok(x.clone());
        }
        match tag_of(x) {
            Tag::List => {
                let y = self.new_list(Vec::new())?;
                let d = self.new_int(x.addr() as i64)?;
                self.memo_set(memo, d, y.clone())?;
                let mut i = 0;
                loop {
                    let item = x
                        .downcast::<ListObj>()
                        .and_then(|l| l.items.borrow().get(i).cloned());
                    let Some(item) = item else { break };
                    let c = self.deep_copy(&item, memo)?;
                    self.list_append(&y, c)?;
                    i += 1;
                }
                return Ok(y);
            }
            Tag::Tuple => {
                let items = as_tuple(x).map(<[Obj]>::to_vec).unwrap_or_default();
                let mut copies = Vec::with_capacity(items.len());
                for it in &items {
                    copies.push(self.deep_copy(it, memo)?);
                }
                // A cycle through the tuple may have copied it already.
                let d = self.new_int(x.addr() as i64)?;
                if let Some(y) = self.memo_get(memo, &d)? {
                    return Ok(y);
                }
                if items.iter().zip(&copies).all(|(a, b)| a.ptr_eq(b)) {
                    return Ok(x.clone());
                }
                return self.new_tuple(copies);
            }
            Tag::Dict => {
                let y = self.new_dict()?;
                let d = self.new_int(x.addr() as i64)?;
                self.memo_set(memo, d, y.clone())?;
                let pairs: Vec<(Obj, Obj)> = x
                    .downcast::<DictObj>()
                    .map(|dd| {
                        dd.table
                            .borrow()
                            .iter()
                            .map(|e| (e.key.clone(), e.value.clone()))
                            .collect()
                    })
                    .unwrap_or_default();
                for (k, v) in pairs {
                    let k = self.deep_copy(&k, memo)?;
                    let v = self.deep_copy(&v, memo)?;
                    self.setitem(&y, k, v)?;
                }
                return Ok(y);
            }
            Tag::BoundMethod => {
                if let Some(m) = x.downcast::<BoundMethodObj>() {
                    let (func, this) = (m.func.clone(), m.this.clone());
                    let this = self.deep_copy(&this, memo)?;
                    return Ok(self.heap.alloc(BoundMethodObj { func, this })?);
                }
            }
            _ => {}
        }
        if let Some(c) = self.getattr_opt_str(x, "__deepcopy__")?
            && !c.ptr_eq(&self.s.none)
        {
            // CPython runs out calling the method, not in its frame: a level that is
            // entered and left at once says so when the frame would not fit.
            self.enter_counted_level(" while calling a Python object")?;
            self.leave_native();
            return self.call(&c, vec![memo.clone()]);
        }
        let rv = self.reduce(x)?;
        self.reconstruct(x, Some(memo), rv)
    }

    fn memo_get(&mut self, memo: &Obj, key: &Obj) -> PyResult<Option<Obj>> {
        if memo.is::<DictObj>() {
            return self.dict_lookup(memo, key);
        }
        let get = self.getattr_str(memo, "get")?;
        let r = self.call(&get, vec![key.clone()])?;
        Ok(Some(r).filter(|r| !r.ptr_eq(&self.s.none)))
    }

    fn memo_set(&mut self, memo: &Obj, key: Obj, value: Obj) -> PyResult<()> {
        self.setitem(memo, key, value)
    }

    /// `memo[id(memo)]` lists the originals, so that they outlive the copy operation.
    fn keep_alive(&mut self, x: &Obj, memo: &Obj) -> PyResult<()> {
        let k = self.new_int(memo.addr() as i64)?;
        match self.memo_get(memo, &k)? {
            Some(l) => {
                let append = self.getattr_str(&l, "append")?;
                self.call(&append, vec![x.clone()])?;
            }
            None => {
                let l = self.new_list(vec![x.clone()])?;
                self.memo_set(memo, k, l)?;
            }
        }
        Ok(())
    }

    /// The reduce protocol: the class's own `__reduce_ex__`/`__reduce__`, else
    /// object's (copyreg's `__newobj__` with the instance dict as state).
    fn reduce(&mut self, x: &Obj) -> PyResult<Reduced> {
        for name in ["__reduce_ex__", "__reduce__"] {
            if let Some(f) = user_method(self, x, name) {
                let args = if name == "__reduce_ex__" {
                    vec![self.new_int(4)?]
                } else {
                    vec![]
                };
                let rv = self.call_bound(&f, x, args)?;
                return self.parse_reduce(&rv);
            }
        }
        if let Some(r) = self.reduce_container_subclass(x)? {
            return Ok(r);
        }
        match tag_of(x) {
            Tag::Instance | Tag::Other => {}
            Tag::Set | Tag::FrozenSet => {
                let items = self.iterate_to_vec(x)?;
                let l = self.new_list(items)?;
                return Ok(Reduced {
                    func: self.type_of(x),
                    args: vec![l],
                    state: None,
                    list_items: None,
                    dict_items: None,
                });
            }
            Tag::Slice | Tag::ByteArray | Tag::Deque => {
                let (args, list_items) = match tag_of(x) {
                    Tag::Deque => {
                        let maxlen = self.getattr_str(x, "maxlen")?;
                        let empty = self.new_tuple(vec![])?;
                        (vec![empty, maxlen], Some(self.get_iter(x)?))
                    }
                    Tag::ByteArray => {
                        let items = self.iterate_to_vec(x)?;
                        (vec![self.new_list(items)?], None)
                    }
                    _ => {
                        let start = self.getattr_str(x, "start")?;
                        let stop = self.getattr_str(x, "stop")?;
                        let step = self.getattr_str(x, "step")?;
                        (vec![start, stop, step], None)
                    }
                };
                return Ok(Reduced {
                    func: self.type_of(x),
                    args,
                    state: None,
                    list_items,
                    dict_items: None,
                });
            }
            _ => return Err(cannot_pickle(self, x)),
        }
        let cls = self.type_of(x);
        let base = self.base_value(x);
        let args = if let Some(f) = user_method(self, x, "__getnewargs__") {
            let r = self.call_method_with(&f, x, &[])?;
            match as_tuple(&r) {
                Some(t) => t.to_vec(),
                None => {
                    let n = self.type_name(&r);
                    return Err(
                        self.type_error(format!("__getnewargs__ should return a tuple, not '{n}'"))
                    );
                }
            }
        } else {
            match &base {
                Some(b)
                    if matches!(
                        tag_of(b),
                        Tag::Tuple
                            | Tag::Str
                            | Tag::Int
                            | Tag::BigInt
                            | Tag::Float
                            | Tag::Complex
                            | Tag::Bytes
                            | Tag::FrozenSet
                    ) =>
                {
                    vec![b.clone()]
                }
                _ => Vec::new(),
            }
        };
        let state = match user_method(self, x, "__getstate__") {
            Some(f) => Some(self.call_method_with(&f, x, &[])?),
            None => {
                let s = self.default_getstate(x)?;
                (!s.ptr_eq(&self.s.none)).then_some(s)
            }
        };
        let (list_items, dict_items) = match base.as_ref().map(tag_of) {
            Some(Tag::List) | Some(Tag::Deque) => (Some(self.get_iter(x)?), None),
            Some(Tag::Dict) => {
                let items = self.getattr_str(x, "items")?;
                let view = self.call(&items, vec![])?;
                (None, Some(self.get_iter(&view)?))
            }
            _ => (None, None),
        };
        // object's reduction rebuilds with copyreg's __newobj__: cls.__new__(cls, *args).
        let mut func_args = vec![cls];
        func_args.extend(args);
        let func = self
            .heap
            .alloc(crate::objects::BuiltinFunctionObj::function(
                &"__newobj__",
                copyreg_newobj,
                None,
            ))?;
        Ok(Reduced {
            func,
            args: func_args,
            state,
            list_items,
            dict_items,
        })
    }

    /// An instance of a subclass of set, frozenset or bytearray reduces as CPython's
    /// `__reduce__` of those types does: `(cls, (items,), instance dict)`, so that the
    /// copy keeps both its class and its contents.
    fn reduce_container_subclass(&mut self, x: &Obj) -> PyResult<Option<Reduced>> {
        if tag_of(x) != Tag::Instance {
            return Ok(None);
        }
        let Some(base) = self.base_value(x) else {
            return Ok(None);
        };
        let items = match tag_of(&base) {
            Tag::Set | Tag::FrozenSet => {
                let items = self.iterate_to_vec(&base)?;
                self.new_list(items)?
            }
            Tag::ByteArray => {
                let data = self.bytes_like(&base).unwrap_or_default();
                self.new_bytes(data)?
            }
            _ => return Ok(None),
        };
        let state = self.getattr_opt_str(x, "__dict__")?;
        Ok(Some(Reduced {
            func: self.type_of(x),
            args: vec![items],
            state,
            list_items: None,
            dict_items: None,
        }))
    }

    fn parse_reduce(&mut self, rv: &Obj) -> PyResult<Reduced> {
        let Some(t) = as_tuple(rv) else {
            return Err(self.type_error("__reduce__ must return a string or tuple"));
        };
        if !(2..=6).contains(&t.len()) {
            return Err(
                self.type_error("tuple returned by __reduce__ must contain 2 through 6 elements")
            );
        }
        let t = t.to_vec();
        let none = self.none();
        let opt = |i: usize| t.get(i).filter(|v| !v.ptr_eq(&none)).cloned();
        let args = match as_tuple(&t[1]) {
            Some(a) => a.to_vec(),
            None => self.iterate_to_vec(&t[1])?,
        };
        Ok(Reduced {
            func: t[0].clone(),
            args,
            state: opt(2),
            list_items: opt(3),
            dict_items: opt(4),
        })
    }

    /// `copy._reconstruct`: rebuilds from a reduction (deep when `memo` is given).
    fn reconstruct(&mut self, x: &Obj, memo: Option<&Obj>, rv: Reduced) -> PyResult {
        let mut args = rv.args;
        if let Some(m) = memo {
            let mut deep = Vec::with_capacity(args.len());
            for a in &args {
                deep.push(self.deep_copy(a, m)?);
            }
            args = deep;
        }
        let y = self.call(&rv.func, args)?;
        if let Some(m) = memo {
            let d = self.new_int(x.addr() as i64)?;
            self.memo_set(m, d, y.clone())?;
        }
        if let Some(mut state) = rv.state {
            if let Some(m) = memo {
                state = self.deep_copy_saying(&state, m, Some(""))?;
            }
            if let Some(set) = self.getattr_opt_str(&y, "__setstate__")? {
                self.call(&set, vec![state])?;
            } else {
                let (dict_state, slot_state) = match as_tuple(&state) {
                    Some([a, b]) => (Some(a.clone()), Some(b.clone())),
                    _ => (Some(state.clone()), None),
                };
                if let Some(ds) = dict_state.filter(|s| !s.ptr_eq(&self.s.none)) {
                    let yd = self.getattr_str(&y, "__dict__")?;
                    let update = self.getattr_str(&yd, "update")?;
                    self.call(&update, vec![ds])?;
                }
                if let Some(ss) = slot_state.filter(|s| !s.ptr_eq(&self.s.none)) {
                    let items = self.getattr_str(&ss, "items")?;
                    let view = self.call(&items, vec![])?;
                    for pair in self.iterate_to_vec(&view)? {
                        let kv = as_tuple(&pair).map(<[Obj]>::to_vec).unwrap_or_default();
                        if let [k, v] = kv.as_slice() {
                            self.setattr(&y, k, v.clone())?;
                        }
                    }
                }
            }
        }
        if let Some(items) = rv.list_items {
            let append = self.getattr_str(&y, "append")?;
            let it = self.get_iter(&items)?;
            while let Some(mut item) = self.next(&it)? {
                if let Some(m) = memo {
                    item = self.deep_copy(&item, m)?;
                }
                self.call(&append, vec![item])?;
            }
        }
        if let Some(items) = rv.dict_items {
            let it = self.get_iter(&items)?;
            while let Some(pair) = self.next(&it)? {
                let kv = self.iterate_to_vec(&pair)?;
                let [k, v] = kv.as_slice() else {
                    return Err(self.value_error("dict items must be (key, value) pairs"));
                };
                let (mut k, mut v) = (k.clone(), v.clone());
                if let Some(m) = memo {
                    k = self.deep_copy(&k, m)?;
                    v = self.deep_copy(&v, m)?;
                }
                self.setitem(&y, k, v)?;
            }
        }
        Ok(y)
    }
}

/// copyreg's `__newobj__(cls, *args)`: `cls.__new__(cls, *args)`.
fn copyreg_newobj(vm: &mut Vm, args: Args) -> PyResult {
    let Some(cls) = args.pos.first().cloned() else {
        return Err(vm.type_error("__newobj__ expected at least 1 argument"));
    };
    if !cls.is::<TypeObj>() {
        return Err(vm.type_error("__newobj__ arg 1 must be a type"));
    }
    let new_key = vm.intern("__new__")?;
    let user_new = vm
        .lookup_type_attr_obj(&cls, &new_key)
        .filter(|f| !f.is::<crate::objects::BuiltinFunctionObj>());
    match user_new {
        Some(new) => {
            let new = match new.downcast::<crate::objects::descr::StaticMethodObj>() {
                Some(s) => s.func.clone(),
                None => new,
            };
            vm.call_args(&new, args)
        }
        None => {
            let rest = Args::new(args.pos.iter().skip(1).cloned());
            vm.alloc_instance(&cls, &rest)
        }
    }
}

fn copy(vm: &mut Vm, args: Args) -> PyResult {
    let a = bind(vm, args, &Sig::py("copy", &["x"], 1))?;
    let x = a[0].clone().unwrap_or_else(|| vm.none());
    vm.shallow_copy(&x)
}

fn deepcopy(vm: &mut Vm, args: Args) -> PyResult {
    let a = bind(vm, args, &Sig::py("deepcopy", &["x", "memo", "_nil"], 1))?;
    let x = a[0].clone().unwrap_or_else(|| vm.none());
    let memo = match a[1].clone().filter(|m| !m.ptr_eq(&vm.s.none)) {
        Some(m) => m,
        None => vm.new_dict()?,
    };
    vm.deep_copy(&x, &memo)
}

pub(crate) fn create(vm: &mut Vm) -> PyResult<Obj> {
    let m = super::module_with_functions(vm, "copy", &[("copy", copy), ("deepcopy", deepcopy)])?;
    super::exec_python(
        vm,
        &m,
        "__all__ = ['Error', 'copy', 'deepcopy']\n\nclass Error(Exception):\n    pass\nerror = Error\n",
        "<copy>",
    )?;
    Ok(m)
}
