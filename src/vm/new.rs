//! Creating values: the interpreter's constructors, with the small-int cache, interned
//! and single-character strings, and the empty tuple shared as in CPython.

use std::collections::HashMap;
use std::rc::Rc;

use num_bigint::BigInt;
use num_traits::ToPrimitive;

use crate::heap::{AllocError, Heap, HeapVec, Obj};
use crate::objects::{
    BigIntObj, BoolObj, DictObj, DictTable, EllipsisObj, ExceptionObj, FloatObj, IntObj, ListObj,
    NoneObj, NotImplementedObj, NullObj, StrObj, TupleObj,
};

use super::names;
use super::types::{ExcTypes, Types};
use super::{Config, PyResult, SMALL_INT_MAX, SMALL_INT_MIN, Singletons, Vm};

pub(crate) fn alloc_str(heap: &Heap, s: &str) -> Result<Obj, AllocError> {
    heap.alloc_with_str(StrObj::new(s), s)
}

pub(crate) fn alloc_tuple(heap: &Heap, items: Vec<Obj>) -> Result<Obj, AllocError> {
    let n = items.len();
    heap.alloc_with_tail(TupleObj::new(n), n, items)
}

pub(crate) fn alloc_dict(heap: &Heap) -> Result<Obj, AllocError> {
    heap.alloc(DictObj::new(DictTable::new()))
}

impl Vm {
    /// A new interpreter with its builtin types, singletons and the modules of
    /// `library`.
    pub fn new(
        config: Config,
        library: &'static super::library::Library,
    ) -> Result<Vm, AllocError> {
        let heap = Heap::new();
        let h: &Heap = &heap;
        let none = h.alloc(NoneObj)?;
        let s = Singletons {
            none: none.clone(),
            true_: h.alloc(BoolObj(true))?,
            false_: h.alloc(BoolObj(false))?,
            not_implemented: h.alloc(NotImplementedObj)?,
            ellipsis: h.alloc(EllipsisObj)?,
            null: h.alloc(NullObj)?,
            empty_tuple: alloc_tuple(h, Vec::new())?,
            empty_str: alloc_str(h, "")?,
            memory_error: none,
        };
        let types = Types::new(h)?;
        let exc = ExcTypes::new(h, &types.object)?;
        let mut small_ints = Vec::with_capacity((SMALL_INT_MAX - SMALL_INT_MIN + 1) as usize);
        for v in SMALL_INT_MIN..=SMALL_INT_MAX {
            small_ints.push(h.alloc(IntObj(v))?);
        }
        let mut latin1 = Vec::with_capacity(256);
        for c in 0..256u32 {
            let ch = char::from_u32(c).unwrap_or('\u{fffd}');
            let mut buf = [0u8; 4];
            latin1.push(alloc_str(h, ch.encode_utf8(&mut buf))?);
        }
        let memory_error = h.alloc(ExceptionObj::new(
            exc.memory_error.clone(),
            s.empty_tuple.clone(),
        ))?;
        let builtins = alloc_dict(h)?;
        let modules = alloc_dict(h)?;
        if let Some(limit) = config.max_heap {
            h.allocator().set_limit(Some(limit));
        }
        if config.gc_disabled {
            h.gc.set_enabled(false);
        }
        let mut interned = rustc_hash::FxHashMap::default();
        let names = Box::new(names::Names::new(h, &mut interned)?);
        let budget = super::budget::Budget::new(config.max_instructions, config.max_time);
        let marker = 0u8;
        let mut vm = Vm {
            frames: crate::heap::HotVec::with_capacity(64),
            stack: crate::heap::HotVec::with_capacity(1024),
            types,
            exc,
            s: Singletons { memory_error, ..s },
            small_ints,
            latin1,
            interned,
            names,
            builtins,
            modules,
            handled_exc: None,
            repr_stack: Vec::new(),
            locals_holders: Vec::new(),
            lazy_types: HashMap::new(),
            recursion_limit: 1000,
            requested_recursion_limit: 1000,
            method_cache_epoch: 0,
            library,
            next_type_version: std::cell::Cell::new(0),
            type_cache: Default::default(),
            native_depth: 0,
            c_levels: Vec::new(),
            stack_origin: &marker as *const u8 as usize,
            sources: HashMap::new(),
            config,
            int_max_str_digits: 4300,
            trace_files: Vec::new(),
            instrument: Default::default(),
            shut_down: false,
            finalizing_modules: false,
            exit_flush_failed: false,
            initializing_modules: Vec::new(),
            gc_stress_count: 0,
            gc_stress_young_seen: 0,
            native_types: Default::default(),
            stdout: super::stdout::StdoutBuffer::process(),
            stderr: None,
            compiling_trusted: false,
            budget,
            threads: None,
            never_awaited_warned: Default::default(),
            heap,
            hot_builtins: None,
        };
        vm.stdout.write_through = vm.config.stdio.unbuffered;
        if let Err(e) = vm.init_builtins() {
            let exc = vm.exc_object(e);
            let msg = vm.exception_only(&exc);
            eprintln!("minipy: start-up failed: {msg}");
            return Err(AllocError);
        }
        vm.type_cache.enable();
        let builtins = vm.builtins.clone();
        let hot = |vm: &mut Vm, name: &str| {
            let key = vm.intern(name).ok()?;
            vm.dict_get_str(&builtins, &key)
        };
        if let (Some(len), Some(isinstance)) = (hot(&mut vm, "len"), hot(&mut vm, "isinstance")) {
            vm.hot_builtins = Some((len, isinstance));
        }
        Ok(vm)
    }

    #[inline(always)]
    pub fn none(&self) -> Obj {
        self.s.none.clone()
    }

    #[inline(always)]
    pub fn new_bool(&self, b: bool) -> Obj {
        if b {
            self.s.true_.clone()
        } else {
            self.s.false_.clone()
        }
    }

    /// An int; values in -5..=256 are the shared small ints.
    #[inline(always)]
    pub fn new_int(&self, v: i64) -> PyResult {
        if (SMALL_INT_MIN..=SMALL_INT_MAX).contains(&v) {
            return Ok(self.small_ints[(v - SMALL_INT_MIN) as usize].clone());
        }
        Ok(self.heap.alloc(IntObj(v))?)
    }

    /// `new_int` with the allocator's fast path inlined, for the loop variable of
    /// `for i in range(...)`.
    #[inline(always)]
    pub(crate) fn new_int_hot(&self, v: i64) -> PyResult {
        if (SMALL_INT_MIN..=SMALL_INT_MAX).contains(&v) {
            return Ok(self.small_ints[(v - SMALL_INT_MIN) as usize].clone());
        }
        Ok(self.heap.alloc_hot(IntObj(v))?)
    }

    /// An int from a big integer, normalised to the machine-word form when it fits.
    pub fn new_bigint(&self, v: BigInt) -> PyResult {
        match v.to_i64() {
            Some(i) => self.new_int(i),
            None => Ok(self.heap.alloc(BigIntObj(v))?),
        }
    }

    pub fn new_float(&self, v: f64) -> PyResult {
        Ok(self.heap.alloc(FloatObj(v))?)
    }

    /// `new_float` with the allocator's fast path inlined, for the float results of the
    /// dispatch loop's arithmetic.
    #[inline(always)]
    pub(crate) fn new_float_hot(&self, v: f64) -> PyResult {
        Ok(self.heap.alloc_hot(FloatObj(v))?)
    }

    /// A new str object. The empty string and single Latin-1 characters are shared.
    pub fn new_str(&self, s: &str) -> PyResult {
        let mut chars = s.chars();
        match (chars.next(), chars.next()) {
            (None, _) => Ok(self.s.empty_str.clone()),
            (Some(c), None) if (c as u32) < 256 => Ok(self.latin1[c as usize].clone()),
            _ => Ok(alloc_str(&self.heap, s)?),
        }
    }

    /// `x + y` for strings, built directly in the heap.
    pub fn new_str_concat(&self, x: &str, y: &str) -> PyResult {
        if x.is_empty() {
            return self.new_str(y);
        }
        if y.is_empty() {
            return self.new_str(x);
        }
        let nchars = |s: &str| {
            if s.is_ascii() {
                s.len()
            } else {
                s.chars().count()
            }
        };
        let payload = StrObj::with_counts(x.len() + y.len(), nchars(x) + nchars(y));
        Ok(self.heap.alloc_with_str_parts(payload, &[x, y])?)
    }

    /// A str from generalised UTF-8 bytes (see text::wtf8): an ordinary string when they
    /// hold no surrogate, else one marked as holding them.
    pub fn new_str_wtf8(&self, bytes: &[u8]) -> PyResult {
        match std::str::from_utf8(bytes) {
            Ok(s) => self.new_str(s),
            Err(_) => Ok(self.heap.alloc_wtf8(bytes)?),
        }
    }

    /// A str holding the text of `buf`.
    pub fn new_str_buf(&self, buf: &crate::text::text_buf::TextBuf) -> PyResult {
        match buf {
            crate::text::text_buf::TextBuf::Utf8(s) => self.new_str(s),
            crate::text::text_buf::TextBuf::Wtf8(b) => self.new_str_wtf8(b),
        }
    }

    /// The one-character string for code point `cp` (at most U+10FFFF; a surrogate
    /// makes a string holding it).
    pub fn new_code_point(&self, cp: u32) -> PyResult {
        match char::from_u32(cp) {
            Some(c) => self.new_char(c),
            None => {
                let mut bytes = Vec::with_capacity(3);
                crate::text::wtf8::push_code_point(&mut bytes, cp);
                self.new_str_wtf8(&bytes)
            }
        }
    }

    /// The concatenated text of str objects, lone surrogates included (other objects
    /// add nothing: callers pass strings).
    pub fn new_str_from_parts(&self, parts: &[Obj]) -> PyResult {
        let mut out = Vec::new();
        for p in parts {
            out.extend_from_slice(crate::objects::str::as_text(p).unwrap_or(b""));
        }
        self.new_str_wtf8(&out)
    }

    /// The one-character string for `c`.
    pub fn new_char(&self, c: char) -> PyResult {
        if (c as u32) < 256 {
            Ok(self.latin1[c as usize].clone())
        } else {
            let mut buf = [0u8; 4];
            Ok(alloc_str(&self.heap, c.encode_utf8(&mut buf))?)
        }
    }

    /// The interned str with this text (`sys.intern`).
    pub fn intern(&mut self, s: &str) -> PyResult {
        // The pre-interned names are in this table too.
        if let Some(o) = self.interned.get(s) {
            return Ok(o.clone());
        }
        let o = if s.chars().count() == 1 {
            self.new_str(s)?
        } else {
            alloc_str(&self.heap, s)?
        };
        if let Some(so) = o.downcast::<StrObj>() {
            so.interned.set(true);
        }
        self.interned.insert(Box::from(s), o.clone());
        Ok(o)
    }

    /// Interns an existing str object (returns the canonical object).
    pub fn intern_obj(&mut self, o: Obj) -> PyResult {
        if o.downcast::<StrObj>().is_some_and(|so| so.interned.get()) {
            return Ok(o);
        }
        let text = match crate::objects::str::as_str(&o) {
            Some(s) => s.to_owned(),
            None => return Ok(o),
        };
        if let Some(existing) = self.interned.get(text.as_str()) {
            return Ok(existing.clone());
        }
        if let Some(so) = o.downcast::<StrObj>() {
            so.interned.set(true);
        }
        self.interned.insert(Box::from(text.as_str()), o.clone());
        Ok(o)
    }

    pub fn new_tuple(&self, items: Vec<Obj>) -> PyResult {
        if items.is_empty() {
            return Ok(self.s.empty_tuple.clone());
        }
        Ok(alloc_tuple(&self.heap, items)?)
    }

    /// A 2-tuple (enumerate's, dict items', zip's of two), built without a buffer.
    pub fn new_pair(&self, a: Obj, b: Obj) -> PyResult {
        self.new_tuple_from(2, [a, b])
    }

    /// A tuple from an exact-size iterator of items.
    pub fn new_tuple_from(&self, n: usize, items: impl IntoIterator<Item = Obj>) -> PyResult {
        if n == 0 {
            return Ok(self.s.empty_tuple.clone());
        }
        Ok(self.heap.alloc_with_tail(TupleObj::new(n), n, items)?)
    }

    pub fn new_list(&self, items: Vec<Obj>) -> PyResult {
        let mut v = HeapVec::with_capacity(self.alloc(), items.len())?;
        v.extend(self.alloc(), items)?;
        Ok(self.heap.alloc(ListObj::new(v))?)
    }

    pub fn new_list_from_vec(&self, items: HeapVec<Obj>) -> PyResult {
        Ok(self.heap.alloc(ListObj::new(items))?)
    }

    pub fn new_dict(&self) -> PyResult {
        Ok(alloc_dict(&self.heap)?)
    }

    /// The shared name for a string the interpreter uses internally.
    pub fn name_rc(s: &str) -> Rc<str> {
        Rc::from(s)
    }
}
