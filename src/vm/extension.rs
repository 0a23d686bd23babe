//! Protocol hooks for the types defined outside the core object set (bytes, deque,
//! weak references, ...). Each type's module adds its cases here.

use crate::compile::bytecode::{BinOpCode, CmpOpCode};
use crate::heap::Obj;
use crate::text::text_buf::TextBuf;

use crate::objects::bytes::{ByteArrayObj, as_bytes, with_bytes};
use crate::objects::{Tag, tag_of};

use super::{PyResult, Vm};

impl Vm {
    pub(crate) fn extension_len(&mut self, o: &Obj) -> Option<usize> {
        if let Some(d) = o.downcast::<crate::objects::deque::DequeObj>() {
            return Some(d.len());
        }
        if let Some(b) = as_bytes(o) {
            return Some(b.len());
        }
        o.downcast::<ByteArrayObj>().map(|b| b.data.borrow().len())
    }
    pub(crate) fn extension_hash(&mut self, o: &Obj) -> PyResult<Option<i64>> {
        if o.is::<crate::objects::weakref::WeakRefObj>() {
            return self.weakref_hash(o).map(Some);
        }
        if let Some(b) = as_bytes(o) {
            // Equal to the hash of the same text as str, as in CPython.
            let s: String = b.iter().map(|&c| c as char).collect();
            return Ok(Some(crate::objects::str::hash_str(&s)));
        }
        if o.is::<ByteArrayObj>() {
            return Err(self.unhashable(o));
        }
        if tag_of(o) == Tag::Native {
            return self.native_hash(o);
        }
        if let Some(z) = super::complex::as_complex(o) {
            return Ok(Some(self.complex_hash(o, z)));
        }
        Ok(None)
    }
    pub(crate) fn extension_write_repr(&mut self, o: &Obj, out: &mut TextBuf) -> PyResult<bool> {
        if o.is::<crate::objects::weakref::WeakRefObj>() {
            out.push_str(&self.weakref_repr(o));
            return Ok(true);
        }
        if let Some(b) = as_bytes(o) {
            out.push_str(&crate::text::bytes_repr(b));
            return Ok(true);
        }
        if let Some(b) = o.downcast::<ByteArrayObj>() {
            out.push_str(&crate::text::bytearray_repr(&b.data.borrow()));
            return Ok(true);
        }
        if let Some(z) = super::complex::as_complex(o) {
            out.push_str(&crate::format::complex_ops::complex_repr(z));
            return Ok(true);
        }
        match tag_of(o) {
            Tag::Native => return self.native_write_repr(o, out),
            Tag::Deque => return self.deque_write_repr(o, out).map(|()| true),
            _ => {}
        }
        self.file_repr(o, out)
    }
    pub(crate) fn extension_iter(&mut self, o: &Obj) -> PyResult<Option<Obj>> {
        match tag_of(o) {
            Tag::Native => return self.native_iter(o),
            Tag::Deque => return self.deque_iter(o, false).map(Some),
            _ => {}
        }
        if let Some(it) = self.bytes_iter(o)? {
            return Ok(Some(it));
        }
        if let Some(it) = self.memory_io_iter(o)? {
            return Ok(Some(it));
        }
        self.file_iter(o)
    }
    pub(crate) fn extension_next(&mut self, it: &Obj) -> PyResult<Option<Option<Obj>>> {
        match tag_of(it) {
            Tag::Native => return self.native_next(it),
            Tag::DequeIter => return self.deque_iter_next(it).map(Some),
            _ => {}
        }
        if let Some(r) = self.bytes_iter_next(it)? {
            return Ok(Some(r));
        }
        if let Some(r) = self.file_next(it)? {
            return Ok(Some(r));
        }
        self.memory_io_next(it)
    }
    pub(crate) fn extension_getitem(&mut self, o: &Obj, key: &Obj) -> PyResult<Option<Obj>> {
        match tag_of(o) {
            Tag::Native => self.native_getitem(o, key),
            Tag::Deque => self.deque_getitem(o, key).map(Some),
            _ => self.bytes_getitem(o, key),
        }
    }
    pub(crate) fn extension_setitem(&mut self, o: &Obj, key: &Obj, value: &Obj) -> PyResult<bool> {
        match tag_of(o) {
            Tag::Native => self.native_setitem(o, key, value),
            Tag::Deque => self.deque_setitem(o, key, value).map(|()| true),
            _ => self.bytearray_setitem(o, key, value),
        }
    }
    pub(crate) fn extension_delitem(&mut self, o: &Obj, key: &Obj) -> PyResult<bool> {
        match tag_of(o) {
            Tag::Native => self.native_delitem(o, key),
            Tag::Deque => self.deque_delitem(o, key).map(|()| true),
            _ => self.bytearray_delitem(o, key),
        }
    }
    pub(crate) fn extension_contains(&mut self, c: &Obj, item: &Obj) -> PyResult<Option<bool>> {
        match tag_of(c) {
            Tag::Native => self.native_contains(c, item),
            Tag::Deque => self.deque_contains(c, item).map(Some),
            _ => self.bytes_contains(c, item),
        }
    }
    pub(crate) fn extension_compare(
        &mut self,
        op: CmpOpCode,
        a: &Obj,
        b: &Obj,
    ) -> PyResult<Option<bool>> {
        use crate::objects::weakref::WeakRefObj;
        if let (Some(x), Some(y)) = (a.downcast::<WeakRefObj>(), b.downcast::<WeakRefObj>())
            && matches!(op, CmpOpCode::Eq | CmpOpCode::Ne)
        {
            // Live references compare their referents; dead ones compare by identity.
            let eq = match (x.slot.get(), y.slot.get()) {
                (Some(p), Some(q)) => self.eq(&p, &q)?,
                _ => a.ptr_eq(b),
            };
            return Ok(Some(eq == (op == CmpOpCode::Eq)));
        }
        if tag_of(a) == Tag::Deque && tag_of(b) == Tag::Deque {
            return self.deque_compare(op, a, b).map(Some);
        }
        if tag_of(a) == Tag::Complex || tag_of(b) == Tag::Complex {
            return self.complex_compare(op, a, b);
        }
        let Some(o) = with_bytes(a, |x| with_bytes(b, |y| x.cmp(y))).flatten() else {
            return Ok(None);
        };
        Ok(Some(match op {
            CmpOpCode::Lt => o.is_lt(),
            CmpOpCode::Le => o.is_le(),
            CmpOpCode::Eq => o.is_eq(),
            CmpOpCode::Ne => o.is_ne(),
            CmpOpCode::Gt => o.is_gt(),
            CmpOpCode::Ge => o.is_ge(),
        }))
    }
    pub(crate) fn extension_binary(
        &mut self,
        op: BinOpCode,
        a: &Obj,
        b: &Obj,
    ) -> PyResult<Option<Obj>> {
        if tag_of(a) == Tag::Deque || tag_of(b) == Tag::Deque {
            let r = self.deque_binary(op, a, b)?;
            // `b'%s' % deque()`: a deque on the right may still be bytes' operand.
            if r.is_some() || tag_of(a) == Tag::Deque {
                return Ok(r);
            }
        }
        if tag_of(a) == Tag::Complex || tag_of(b) == Tag::Complex {
            return self.complex_binary(op, a, b);
        }
        self.bytes_binary(op, a, b)
    }
    pub(crate) fn extension_inplace(
        &mut self,
        op: BinOpCode,
        a: &Obj,
        b: &Obj,
    ) -> PyResult<Option<Obj>> {
        if tag_of(a) == Tag::Deque {
            return self.deque_inplace(op, a, b);
        }
        self.bytearray_inplace(op, a, b)
    }
    /// Calls a builtin type defined outside the core set; None if `layout` is unknown.
    pub(crate) fn extension_construct(
        &mut self,
        cls: &Obj,
        layout: Tag,
        args: super::Args,
    ) -> PyResult<Option<Obj>> {
        match layout {
            Tag::Native => self.native_construct(cls, args),
            Tag::Module => self.construct_module(args).map(Some),
            Tag::BoundMethod => {
                args.check(self, "method", 2, 2)?;
                if !self.callable(&args.pos[0]) {
                    return Err(self.type_error("first argument must be callable"));
                }
                let m = crate::objects::function::BoundMethodObj {
                    func: args.pos[0].clone(),
                    this: args.pos[1].clone(),
                };
                Ok(Some(self.heap.alloc(m)?))
            }
            Tag::None => {
                if !args.pos.is_empty() || !args.kw.is_empty() {
                    return Err(self.type_error("NoneType takes no arguments"));
                }
                Ok(Some(self.none()))
            }
            Tag::Deque => self.deque_construct(cls, args).map(Some),
            Tag::Complex => self.construct_complex(args).map(Some),
            Tag::WeakRef => {
                args.check(self, "__new__", 1, 2)?;
                let target = args.pos[0].clone();
                let cb = args.pos.get(1).cloned();
                self.new_weakref(&target, cb).map(Some)
            }
            Tag::StringIO => self.new_string_io(args).map(Some),
            Tag::TextStream => self.new_text_wrapper(args).map(Some),
            Tag::BytesIO => self.new_bytes_io(args).map(Some),
            _ => self.construct_bytes(layout, args),
        }
    }
    /// `int(x)` for extension types (bytes-like objects are not ints).
    pub(crate) fn extension_to_int(&mut self, o: &Obj) -> PyResult<Option<Obj>> {
        self.bytes_to_int(o)
    }
    /// The bytes of a bytes-like extension object.
    pub(crate) fn extension_bytes_data(&self, o: &Obj) -> Option<Vec<u8>> {
        if let Some(b) = as_bytes(o) {
            return Some(b.to_vec());
        }
        o.downcast::<ByteArrayObj>()
            .map(|b| b.data.borrow().to_vec())
    }
    pub(crate) fn extension_special_attr(&mut self, o: &Obj, n: &str) -> PyResult<Option<Obj>> {
        match tag_of(o) {
            Tag::Native => return self.native_special_attr(o, n),
            Tag::Deque => return self.deque_special_attr(o, n),
            Tag::Complex => {
                if let Some(z) = super::complex::as_complex(o) {
                    return self.complex_attr(z, n);
                }
            }
            _ => {}
        }
        if let Some(w) = o.downcast::<crate::objects::weakref::WeakRefObj>()
            && n == "__callback__"
        {
            let cb = w.callback.borrow().clone();
            return Ok(Some(cb.unwrap_or_else(|| self.none())));
        }
        if let Some(v) = self.memory_io_attr(o, n)? {
            return Ok(Some(v));
        }
        self.file_attr(o, n)
    }
}

impl Vm {
    /// `types.ModuleType(name, doc=None)`: an empty module, as `import` makes them.
    fn construct_module(&mut self, mut args: super::Args) -> PyResult {
        let name = args.take_kw("name");
        let doc = args.take_kw("doc");
        args.check_kw(self, "module", 0, 2)?;
        let Some(name) = args.pos.first().cloned().or(name) else {
            return Err(self.type_error("module() missing required argument 'name' (pos 1)"));
        };
        let Some(n) = crate::objects::str::as_str(&name).map(str::to_owned) else {
            let t = self.type_name(&name);
            return Err(self.type_error(format!("module() argument 'name' must be str, not {t}")));
        };
        let m = self.new_module(&n)?;
        let d = self.module_dict(&m).ok_or_else(|| self.bad_payload())?;
        let none = self.none();
        let doc = args
            .pos
            .get(1)
            .cloned()
            .or(doc)
            .unwrap_or_else(|| none.clone());
        for (k, v) in [
            ("__doc__", doc),
            ("__package__", none.clone()),
            ("__loader__", none.clone()),
            ("__spec__", none),
        ] {
            let key = self.intern(k)?;
            self.dict_set(&d, key, v)?;
        }
        Ok(m)
    }
}
