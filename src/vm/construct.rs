//! Calling a builtin type: `int(x)`, `list(it)`, `range(n)`, `type(name, bases, ns)`...

use num_traits::ToPrimitive;

use crate::heap::{HeapVec, Obj};
use crate::objects::descr::{ClassMethodObj, PropertyObj, StaticMethodObj};
use crate::objects::iter::{
    EnumerateIndex, EnumerateObj, FilterObj, IterVariant, MapObj, ReversedObj, SeqIterState, ZipObj,
};
use crate::objects::str::{as_str, as_text};
use crate::objects::tuple::as_tuple;
use crate::objects::{
    BigIntObj, BoolObj, FloatObj, InstanceObj, IntObj, ListObj, RangeObj, Tag, TypeObj, tag_of,
};

use super::ops::{Num, as_num};
use super::{Args, PyResult, Vm};

impl Vm {
    /// Calls the builtin type `cls` (or a user subclass whose layout is that builtin).
    pub(crate) fn construct_builtin(&mut self, cls: &Obj, mut args: Args) -> PyResult {
        let Some(tp) = cls.downcast::<TypeObj>() else {
            return Err(self.type_error("not a type"));
        };
        let layout = tp.layout;
        match layout {
            Tag::Int | Tag::BigInt => self.construct_int(args),
            Tag::Float => self.construct_float(args),
            Tag::Str => self.construct_str(args),
            Tag::List | Tag::Tuple | Tag::Bool => {
                args.check(self, layout_name(layout), 0, 1)?;
                let arg = args.pos.pop();
                self.construct_simple(layout, arg)
            }
            Tag::Dict => {
                let kw = std::mem::take(&mut args.kw);
                args.check(self, "dict", 0, 1)?;
                let d = self.new_untracked_dict()?;
                if let Some(src) = args.get(0) {
                    let src = src.clone();
                    self.dict_update_from(&d, &src, false)?;
                }
                for (k, v) in kw {
                    self.dict_set(&d, k, v)?;
                }
                Ok(d)
            }
            Tag::Set | Tag::FrozenSet => {
                args.check(self, layout_name(layout), 0, 1)?;
                let arg = args.pos.pop();
                self.construct_simple(layout, arg)
            }
            Tag::Range => self.construct_range(args),
            Tag::Slice => {
                args.check(self, "slice", 1, 3)?;
                let p = args.pos.to_vec();
                match p.len() {
                    1 => self.new_slice(None, Some(p[0].clone()), None),
                    2 => self.new_slice(Some(p[0].clone()), Some(p[1].clone()), None),
                    _ => self.new_slice(Some(p[0].clone()), Some(p[1].clone()), Some(p[2].clone())),
                }
            }
            Tag::Type => {
                if args.pos.len() == 1 && args.kw.is_empty() {
                    return Ok(self.type_of(&args.pos[0]));
                }
                if args.pos.len() != 3 {
                    return Err(self.type_error("type() takes 1 or 3 arguments"));
                }
                let name = self
                    .expect_str(&args.pos[0], "type.__new__() argument 1")?
                    .to_owned();
                let bases = as_tuple(&args.pos[1])
                    .map(<[Obj]>::to_vec)
                    .unwrap_or_default();
                // A base with a metaclass makes that metaclass create the class.
                if let Some(meta) = self.derived_metaclass(&bases)? {
                    return self.call_args(&meta, args);
                }
                let ns = args.pos[2].clone();
                self.new_class_kw(&name, bases, &ns, args.kw.clone())
            }
            Tag::Instance => {
                // object()
                if !args.pos.is_empty() || !args.kw.is_empty() {
                    return Err(self.type_error("object() takes no arguments"));
                }
                if cls.ptr_eq(&self.types.object) {
                    return Ok(self.heap.alloc(crate::objects::BareObject)?);
                }
                self.new_instance_obj(InstanceObj::new(cls.clone()))
            }
            Tag::Enumerate => {
                let start = args.take_kw("start");
                if args.pos.is_empty() && args.kw.is_empty() {
                    return Err(self.type_error("enumerate() missing required argument 'iterable'"));
                }
                args.check_kw(self, "enumerate", 1, 2)?;
                let start = match start.or_else(|| args.get(1).cloned()) {
                    Some(s) => self.enumerate_start(&s)?,
                    None => EnumerateIndex::Small(0),
                };
                let it = self.get_iter(&args.pos[0])?;
                Ok(self.heap.alloc(EnumerateObj::new(it, start))?)
            }
            Tag::Zip => {
                let strict = match args.take_kw("strict") {
                    Some(s) => self.truthy(&s)?,
                    None => false,
                };
                args.check_kw(self, "zip", 0, usize::MAX)?;
                let mut iters = Vec::with_capacity(args.len());
                for a in args.pos.iter() {
                    match self.get_iter(a) {
                        Ok(it) => iters.push(it),
                        Err(_) => {
                            return Err(self.type_error_for(a, "is not iterable"));
                        }
                    }
                }
                Ok(self.heap.alloc(ZipObj { iters, strict })?)
            }
            Tag::Map => {
                if !args.kw.is_empty() {
                    return Err(self.type_error("map() takes no keyword arguments"));
                }
                if args.pos.len() < 2 {
                    return Err(self.type_error("map() must have at least two arguments."));
                }
                let func = args.pos[0].clone();
                let mut iters = Vec::with_capacity(args.pos.len() - 1);
                for a in &args.pos[1..] {
                    iters.push(self.get_iter(a)?);
                }
                let iters = self.new_tuple_from(iters.len(), iters)?;
                Ok(self.heap.alloc(MapObj { func, iters })?)
            }
            Tag::Filter => {
                args.check(self, "filter", 2, 2)?;
                let func = Some(args.pos[0].clone()).filter(|f| !f.ptr_eq(&self.s.none));
                let iter = self.get_iter(&args.pos[1])?;
                Ok(self.heap.alloc(FilterObj { func, iter })?)
            }
            Tag::Reversed => {
                if !args.kw.is_empty() {
                    return Err(self.type_error("reversed() takes no keyword arguments"));
                }
                if args.pos.len() != 1 {
                    let n = args.pos.len();
                    return Err(self.type_error(format!("reversed expected 1 argument, got {n}")));
                }
                let seq = args.pos[0].clone();
                self.reversed(&seq)
            }
            Tag::Property => {
                let fget = args.take_kw("fget").or_else(|| args.get(0).cloned());
                let fset = args.take_kw("fset").or_else(|| args.get(1).cloned());
                let fdel = args.take_kw("fdel").or_else(|| args.get(2).cloned());
                let doc = args.take_kw("doc").or_else(|| args.get(3).cloned());
                let none = |o: Option<Obj>, vm: &Vm| o.filter(|v| !v.ptr_eq(&vm.s.none));
                let fget = none(fget, self);
                let doc = match none(doc, self) {
                    Some(d) => Some(d),
                    None => match &fget {
                        Some(g) => self
                            .getattr_opt_str(g, "__doc__")?
                            .filter(|d| !d.ptr_eq(&self.s.none)),
                        None => None,
                    },
                };
                Ok(self.heap.alloc(PropertyObj {
                    fget,
                    fset: none(fset, self),
                    fdel: none(fdel, self),
                    doc: crate::heap::OptObjCell::new(doc),
                    name: crate::heap::OptObjCell::new(None),
                })?)
            }
            Tag::StaticMethod => {
                args.check(self, "staticmethod", 1, 1)?;
                Ok(self.heap.alloc(StaticMethodObj::new(args.pos[0].clone()))?)
            }
            Tag::ClassMethod => {
                args.check(self, "classmethod", 1, 1)?;
                Ok(self.heap.alloc(ClassMethodObj::new(args.pos[0].clone()))?)
            }
            Tag::Super => match args.pos.len() {
                n if n > 2 => {
                    Err(self.type_error(format!("super() expected at most 2 arguments, got {n}")))
                }
                0 => self.super_from_frame(),
                1 => self.new_super(args.pos[0].clone(), None),
                _ => self.new_super(args.pos[0].clone(), Some(args.pos[1].clone())),
            },
            Tag::Exception => {
                let a = self.new_tuple(args.pos.to_vec())?;
                Ok(self
                    .heap
                    .alloc(crate::objects::ExceptionObj::new(cls.clone(), a))?)
            }
            _ => match self.extension_construct(cls, layout, args)? {
                Some(v) => Ok(v),
                None => {
                    let name = tp.name();
                    Err(self.type_error(format!("cannot create '{name}' instances")))
                }
            },
        }
    }

    /// `list(x)`, `tuple(x)`, `set(x)`, `frozenset(x)`, `bool(x)`, `int(x)`, `float(x)`,
    /// `str(x)` and `dict(x)` (or the call without an argument) for a type whose layout
    /// [`takes_one_positional`] accepts: the common call, made without building `Args`.
    pub(crate) fn construct_simple(&mut self, layout: Tag, arg: Option<Obj>) -> PyResult {
        match layout {
            Tag::List => {
                let v = match arg {
                    Some(it) => self.heap_vec_of(&it)?,
                    None => HeapVec::new(),
                };
                self.new_list_from_vec(v)
            }
            Tag::Tuple => match arg {
                Some(it) if it.is::<crate::objects::TupleObj>() => Ok(it),
                Some(it) => {
                    // Gathered in list storage (CPython grows the tuple itself by about a
                    // quarter at a time): no doubling Vec beside the tuple.
                    let items = self.heap_vec_of(&it)?;
                    self.new_tuple_from(items.len(), items)
                }
                None => self.new_tuple(vec![]),
            },
            Tag::Bool => match arg {
                Some(v) => {
                    let t = self.truthy(&v)?;
                    Ok(self.new_bool(t))
                }
                None => Ok(self.new_bool(false)),
            },
            Tag::Set | Tag::FrozenSet => {
                let frozen = layout == Tag::FrozenSet;
                match arg {
                    Some(it) if frozen && it.is::<crate::objects::set::FrozenSetObj>() => Ok(it),
                    // The iterable's `__iter__` runs once (a probe first would be a call
                    // the program sees).
                    Some(it) => self.set_from_iterable(&it, frozen),
                    None => self.new_empty_set(frozen),
                }
            }
            Tag::Int | Tag::BigInt => match arg {
                Some(x) => self.int_from_value(x),
                None => self.new_int(0),
            },
            Tag::Float => match arg {
                Some(x) => self.float_from_value(x),
                None => self.new_float(0.0),
            },
            Tag::Str => match arg {
                Some(x) if as_text(&x).is_some() => self.str_of(&x),
                Some(x) => {
                    // CPython calls `str` through `type.__call__`: a C-level call, one
                    // recursion level.
                    self.enter_native(" while calling a Python object")?;
                    let r = self.str_of(&x);
                    self.leave_native();
                    r
                }
                None => Ok(self.s.empty_str.clone()),
            },
            Tag::Dict => {
                let d = self.new_untracked_dict()?;
                if let Some(src) = arg {
                    self.dict_update_from(&d, &src, false)?;
                }
                Ok(d)
            }
            _ => Err(self.system_error("construct_simple: unexpected layout")),
        }
    }

    /// The items of an iterable in list storage, read one at a time straight into it
    /// (no intermediate copy: `list(gen)` peaks at the list itself, as in CPython).
    pub(crate) fn heap_vec_of(&mut self, o: &Obj) -> PyResult<HeapVec<Obj>> {
        // Storage is reserved as CPython's list_extend does: an even number of slots
        // for a known length, list_resize's growth otherwise.
        let mut v = HeapVec::new();
        if let Some(t) = crate::objects::tuple::as_tuple(o) {
            v.reserve(self.alloc(), t.len())?;
            v.extend_from_slice(self.alloc(), t)?;
            return Ok(v);
        }
        if let Some(l) = o.downcast::<crate::objects::ListObj>() {
            // Allocating storage runs no Python code, so the list cannot change meanwhile.
            let items = l.items.borrow();
            v.reserve(self.alloc(), items.len())?;
            v.extend_from_slice(self.alloc(), &items)?;
            return Ok(v);
        }
        let it = self.get_iter(o)?;
        self.check_length_hint_fits(&it)?;
        let guess = self.list_extend_guess(o)?;
        self.reserve_like_list(&mut v, guess)?;
        loop {
            // A generator's items go straight into the storage where it yields them
            // (one the storage has no room for is handed back, to fail here).
            let next = self.next_with_sink(&it, &mut |vm, x| v.try_push(vm.alloc(), x).err())?;
            let Some(x) = next else {
                break;
            };
            v.push(self.alloc(), x)?;
        }
        self.cut_back_like_list(&mut v);
        Ok(v)
    }

    /// `reversed(seq)`.
    pub fn reversed(&mut self, seq: &Obj) -> PyResult {
        match tag_of(seq) {
            Tag::List | Tag::Tuple | Tag::Str | Tag::Bytes | Tag::ByteArray => {
                let n = self.len(seq)?;
                let variant = if tag_of(seq) == Tag::List {
                    IterVariant::ListReverse
                } else {
                    IterVariant::Plain
                };
                let st = SeqIterState::with_variant(seq.clone(), variant);
                st.set_index(n);
                Ok(self.heap.alloc(ReversedObj(st))?)
            }
            Tag::Range => {
                let Some(r) = seq.downcast::<RangeObj>() else {
                    return Err(self.bad_payload());
                };
                self.range_reversed(r)
            }
            Tag::Dict | Tag::DictKeys | Tag::DictValues | Tag::DictItems => {
                // A snapshot of the entries, walked backwards.
                let variant = match tag_of(seq) {
                    Tag::DictValues => IterVariant::DictReverseValues,
                    Tag::DictItems => IterVariant::DictReverseItems,
                    _ => IterVariant::DictReverseKeys,
                };
                let entries = self.iterate_to_vec(seq)?;
                let n = entries.len();
                let l = self.new_list(entries)?;
                let st = SeqIterState::with_variant(l, variant);
                st.set_index(n);
                Ok(self.heap.alloc(ReversedObj(st))?)
            }
            _ => {
                let cls = self.type_of(seq);
                // `__reversed__ = None` declares the type not reversible.
                if self
                    .lookup_type_attr(&cls, "__reversed__")
                    .is_some_and(|f| f.ptr_eq(&self.s.none))
                {
                    let n = self.type_name(seq);
                    return Err(self.type_error(format!("'{n}' object is not reversible")));
                }
                if let Some(r) = self.call_special(seq, "__reversed__", vec![])? {
                    return Ok(r);
                }
                if self.lookup_type_attr(&cls, "__getitem__").is_some()
                    && self.lookup_type_attr(&cls, "__len__").is_some()
                {
                    let n = self.len(seq)?;
                    let st = SeqIterState::new(seq.clone());
                    st.set_index(n);
                    return Ok(self.heap.alloc(ReversedObj(st))?);
                }
                if let Some(base) = self.base_value(seq) {
                    return self.reversed(&base);
                }
                let n = self.type_name(seq);
                Err(self.type_error(format!("'{n}' object is not reversible")))
            }
        }
    }

    fn construct_range(&mut self, args: Args) -> PyResult {
        if !args.kw.is_empty() {
            return Err(self.type_error("range() takes no keyword arguments"));
        }
        let n = args.pos.len();
        if n == 0 {
            return Err(self.type_error("range expected at least 1 argument, got 0"));
        }
        if n > 3 {
            return Err(self.type_error(format!("range expected at most 3 arguments, got {n}")));
        }
        self.new_range_from_args(&args.pos)
    }

    fn construct_int(&mut self, mut args: Args) -> PyResult {
        let base_kw = args.take_kw("base");
        let total = args.pos.len() + args.kw.len() + usize::from(base_kw.is_some());
        if total > 2 {
            let n = total;
            return Err(self.type_error(format!("int() takes at most 2 arguments ({n} given)")));
        }
        args.check_kw(self, "int", 0, 2)?;
        let base = match base_kw.or_else(|| args.get(1).cloned()) {
            Some(b) => Some(self.to_index(&b)?),
            None => None,
        };
        let Some(x) = args.get(0).cloned() else {
            if base.is_some() {
                return Err(self.type_error("int() missing string argument"));
            }
            return self.new_int(0);
        };
        let Some(base) = base else {
            return self.int_from_value(x);
        };
        // CPython checks the base before the value's type.
        if base != 0 && !(2..=36).contains(&base) {
            return Err(self.value_error("int() base must be >= 2 and <= 36, or 0"));
        }
        if let Some(text) = crate::objects::bytes::with_bytes(&x, |b| {
            b.iter().map(|&c| char::from(c)).collect::<String>()
        }) {
            return self.parse_number_bytes(&x, &text, Some(base), true);
        }
        if base != 0 && !(2..=36).contains(&base) && crate::objects::str::as_text(&x).is_some() {
            return Err(self.value_error("int() base must be >= 2 and <= 36, or 0"));
        }
        let Some(s) = as_str(&x) else {
            if let Some(t) = crate::objects::str::as_text(&x) {
                return Err(invalid_int_literal(self, t, base));
            }
            return Err(self.type_error("int() can't convert non-string with explicit base"));
        };
        if base != 0 && !(2..=36).contains(&base) {
            return Err(self.value_error("int() base must be >= 2 and <= 36, or 0"));
        }
        self.parse_int_str(s, base as u32)
    }

    /// `int(x)`: the value of `x` as an int.
    fn int_from_value(&mut self, x: Obj) -> PyResult {
        if let Some(text) = crate::objects::bytes::with_bytes(&x, |b| {
            b.iter().map(|&c| char::from(c)).collect::<String>()
        }) {
            return self.parse_number_bytes(&x, &text, None, true);
        }
        if let Some(t) = x
            .downcast_text()
            .filter(|(p, _)| p.is_wtf8())
            .map(|(_, t)| t)
        {
            return Err(invalid_int_literal(self, t, 10));
        }
        if let Some(s) = as_str(&x) {
            return self.parse_int_str(s, 10);
        }
        match as_num(&x) {
            Some(Num::Int(i)) => return self.new_int(i),
            Some(Num::Big(b)) => return self.new_bigint(b),
            Some(Num::Float(f)) => return self.float_to_int(f),
            None => {}
        }
        if matches!(tag_of(&x), Tag::Instance) {
            for name in ["__int__", "__index__", "__trunc__"] {
                if let Some(r) = self.call_special(&x, name, vec![])? {
                    if r.is::<IntObj>() || r.is::<BigIntObj>() {
                        return Ok(r);
                    }
                    if let Some(b) = r.downcast::<BoolObj>() {
                        return self.new_int(b.0 as i64);
                    }
                    let n = self.type_name(&r);
                    return Err(self.type_error(format!("{name} returned non-int (type {n})")));
                }
            }
            if let Some(base) = self.base_value(&x) {
                return self.int_from_value(base);
            }
        }
        if let Some(r) = self.extension_to_int(&x)? {
            return Ok(r);
        }
        let n = self.type_name(&x);
        Err(self.type_error(format!(
            "int() argument must be a string, a bytes-like object or a real number, not '{n}'"
        )))
    }

    /// `int(b, base)` / `float(b)` of a bytes-like object: its bytes read as text, and
    /// an invalid literal reported with the bytes' repr, as CPython does.
    fn parse_number_bytes(
        &mut self,
        x: &Obj,
        text: &str,
        base: Option<i64>,
        int: bool,
    ) -> PyResult {
        if let Some(base) = base
            && base != 0
            && !(2..=36).contains(&base)
        {
            return Err(self.value_error("int() base must be >= 2 and <= 36, or 0"));
        }
        let parsed = if int {
            self.parse_int_str(text, base.unwrap_or(10) as u32)
        } else {
            self.parse_float_str(text).and_then(|v| self.new_float(v))
        };
        match parsed {
            Err(e) if self.err_matches(&e, &self.exc.value_error.clone()) => {
                // int() reports a bytearray as the bytes it copied; float() as itself.
                let shown = if int && x.is::<crate::objects::bytes::ByteArrayObj>() {
                    self.new_bytes(text.chars().map(|c| c as u8).collect())?
                } else {
                    x.clone()
                };
                let r = self.repr_string(&shown)?;
                Err(self.value_error(if int {
                    format!(
                        "invalid literal for int() with base {}: {r}",
                        base.unwrap_or(10)
                    )
                } else {
                    format!("could not convert string to float: {r}")
                }))
            }
            other => other,
        }
    }

    fn construct_float(&mut self, args: Args) -> PyResult {
        args.check(self, "float", 0, 1)?;
        let Some(x) = args.get(0).cloned() else {
            return self.new_float(0.0);
        };
        self.float_from_value(x)
    }

    /// `float(x)`: the value of `x` as a float.
    fn float_from_value(&mut self, x: Obj) -> PyResult {
        if x.is::<FloatObj>() {
            return Ok(x);
        }
        if let Some(s) = as_str(&x) {
            let v = self.parse_float_str(s)?;
            return self.new_float(v);
        }
        if let Some(t) = crate::objects::str::as_text(&x) {
            // A lone surrogate is never part of a number.
            let r = crate::text::repr::wtf8_repr(t);
            return Err(self.value_error(format!("could not convert string to float: {r}")));
        }
        if let Some(text) = crate::objects::bytes::with_bytes(&x, |b| {
            b.iter().map(|&c| char::from(c)).collect::<String>()
        }) {
            return self.parse_number_bytes(&x, &text, None, false);
        }
        match as_num(&x) {
            Some(Num::Int(i)) => return self.new_float(i as f64),
            Some(Num::Big(b)) => {
                return match super::ops::big_to_f64(&b) {
                    Some(f) => self.new_float(f),
                    None => Err(self.overflow_error("int too large to convert to float")),
                };
            }
            _ => {}
        }
        if matches!(tag_of(&x), Tag::Instance) {
            if let Some(r) = self.call_special(&x, "__float__", vec![])? {
                if r.is::<FloatObj>() {
                    return Ok(r);
                }
                let (c, n) = (self.type_name(&x), self.type_name(&r));
                return Err(self.type_error(format!("{c}.__float__ returned non-float (type {n})")));
            }
            if let Some(r) = self.call_special(&x, "__index__", vec![])? {
                let v = self
                    .to_bigint(&r)
                    .and_then(|b| b.to_f64())
                    .unwrap_or(f64::NAN);
                return self.new_float(v);
            }
            if let Some(base) = self.base_value(&x) {
                return self.float_from_value(base);
            }
        }
        let n = self.type_name(&x);
        Err(self.type_error(format!(
            "float() argument must be a string or a real number, not '{n}'"
        )))
    }

    fn construct_str(&mut self, mut args: Args) -> PyResult {
        let encoding = args.take_kw("encoding");
        let errors = args.take_kw("errors");
        // `str(object=x)`: the first parameter may be named.
        if let Some(object) = args.take_kw("object") {
            if !args.pos.is_empty() {
                return Err(
                    self.type_error("argument for str() given by name ('object') and position (1)")
                );
            }
            args.pos.push(object);
        }
        if args.pos.len() > 3 {
            let n = args.pos.len();
            return Err(self.type_error(format!("str() takes at most 3 arguments ({n} given)")));
        }
        args.check_kw(self, "str", 0, 3)?;
        let Some(x) = args.get(0).cloned() else {
            return Ok(self.s.empty_str.clone());
        };
        if encoding.is_some() || errors.is_some() || args.len() > 1 {
            let encoding = encoding.or_else(|| args.get(1).cloned());
            let errors = errors.or_else(|| args.get(2).cloned());
            return self.decode_to_str(&x, encoding, errors);
        }
        self.str_of(&x)
    }

    /// Converts a float to an int, with CPython's errors for inf and nan.
    pub fn float_to_int(&mut self, f: f64) -> PyResult {
        if f.is_nan() {
            return Err(self.value_error("cannot convert float NaN to integer"));
        }
        if f.is_infinite() {
            return Err(self.overflow_error("cannot convert float infinity to integer"));
        }
        let t = f.trunc();
        if t.abs() < 9.2e18 {
            return self.new_int(t as i64);
        }
        let b = num_bigint::BigInt::from(t as i128);
        if t.abs() < 1.7e38 {
            return self.new_bigint(b);
        }
        match num_traits::FromPrimitive::from_f64(t) {
            Some(b) => self.new_bigint(b),
            None => Err(self.overflow_error("cannot convert float infinity to integer")),
        }
    }

    /// `list.__init__`-style refill of a list value (used by subclasses).
    pub(crate) fn refill_list(&mut self, l: &Obj, items: Vec<Obj>) -> PyResult<()> {
        if let Some(lo) = l.downcast::<ListObj>() {
            let mut v = HeapVec::with_capacity(self.alloc(), items.len())?;
            v.extend(self.alloc(), items)?;
            let old = std::mem::replace(&mut *lo.items.borrow_mut(), v);
            drop(old);
        }
        Ok(())
    }
}

/// Whether a builtin type of this layout, called with at most one positional argument
/// and no keywords, is made by [`Vm::construct_simple`].
pub(crate) fn takes_one_positional(layout: Tag) -> bool {
    matches!(
        layout,
        Tag::List
            | Tag::Tuple
            | Tag::Bool
            | Tag::Set
            | Tag::FrozenSet
            | Tag::Int
            | Tag::BigInt
            | Tag::Float
            | Tag::Str
            | Tag::Dict
    )
}

/// The name a builtin type of this layout reports in argument errors.
fn layout_name(layout: Tag) -> &'static str {
    match layout {
        Tag::List => "list",
        Tag::Tuple => "tuple",
        Tag::Bool => "bool",
        Tag::Set => "set",
        _ => "frozenset",
    }
}

/// `int(s, base)` of a str holding a lone surrogate, which is never part of a number:
/// CPython's message, the repr cut to 200 characters.
fn invalid_int_literal(vm: &mut Vm, text: &[u8], base: i64) -> crate::vm::PyErr {
    let r: String = crate::text::repr::wtf8_repr(text)
        .chars()
        .take(200)
        .collect();
    vm.value_error(format!("invalid literal for int() with base {base}: {r}"))
}
