//! Protocol hooks for the builtin types that the core protocols do not special-case:
//! sets, dict views, descriptors, generators, code objects and the like.

use crate::compile::bytecode::{BinOpCode, CmpOpCode};
use crate::heap::Obj;
use crate::objects::descr::{ClassMethodObj, PropertyObj, StaticMethodObj};
use crate::objects::function::{CellObj, CodeObj, FunctionObj};
use crate::objects::generator::{GenKind, GeneratorObj};
use crate::objects::iter::{DictItemsObj, DictKeysObj, DictValuesObj};
use crate::objects::set::{is_set_like, set_table};
use crate::objects::str::as_str;
use crate::objects::{BigIntObj, DictObj, FloatObj, IntObj, RangeObj, SliceObj, Tag, tag_of};
use crate::text::text_buf::TextBuf;

use super::{PyResult, Vm};

fn view_dict(o: &Obj) -> Option<Obj> {
    if let Some(v) = o.downcast::<DictKeysObj>() {
        return Some(v.dict.clone());
    }
    if let Some(v) = o.downcast::<DictValuesObj>() {
        return Some(v.dict.clone());
    }
    o.downcast::<DictItemsObj>().map(|v| v.dict.clone())
}

impl Vm {
    pub(crate) fn builtin_len(&mut self, o: &Obj) -> Option<usize> {
        if let Some(t) = set_table(o) {
            return Some(t.borrow().len());
        }
        if let Some(d) = view_dict(o) {
            return d.downcast::<DictObj>().map(|d| d.table.borrow().len());
        }
        self.extension_len(o)
    }

    pub(crate) fn builtin_hash(&mut self, o: &Obj) -> PyResult<Option<i64>> {
        if tag_of(o) == Tag::FrozenSet {
            return Ok(set_table(o).map(|t| t.borrow().frozen_hash()));
        }
        if matches!(tag_of(o), Tag::DictKeys | Tag::DictValues | Tag::DictItems) {
            return Err(self.unhashable(o));
        }
        if let Some(r) = o.downcast::<RangeObj>() {
            return self.range_hash(r).map(Some);
        }
        self.extension_hash(o)
    }

    /// Writes the repr of builtin objects without a dedicated case; false for the
    /// default `<name object at 0x...>`.
    pub(crate) fn builtin_write_repr(&mut self, o: &Obj, out: &mut TextBuf) -> PyResult<bool> {
        use std::fmt::Write;
        match tag_of(o) {
            Tag::Set | Tag::FrozenSet => {
                self.set_repr(o, out)?;
                Ok(true)
            }
            Tag::DictKeys | Tag::DictValues | Tag::DictItems => {
                // A view reached again inside its own repr prints as `...`.
                if self.repr_stack.contains(&o.addr()) {
                    out.push_str("...");
                    return Ok(true);
                }
                let name = self.type_name(o);
                let items = self.iterate_to_vec(o)?;
                let list = self.new_list(items)?;
                out.push_str(&name);
                out.push('(');
                self.enter_native(" while getting the repr of an object")?;
                self.repr_stack.push(o.addr());
                let r = self.write_repr(&list, out);
                self.repr_stack.pop();
                self.leave_native();
                r?;
                out.push(')');
                Ok(true)
            }
            Tag::Generator => {
                let q = o.downcast::<GeneratorObj>().map(|g| g.qualname.get());
                let q = q.as_ref().and_then(as_str).unwrap_or("?").to_owned();
                let t = self.type_name(o);
                let _ = write!(out, "<{t} object {q} at {:#x}>", o.addr());
                Ok(true)
            }
            Tag::Code => {
                if let Some(c) = o.downcast::<CodeObj>() {
                    let _ = write!(
                        out,
                        "<code object {} at {:#x}, file \"{}\", line {}>",
                        c.code.name,
                        o.addr(),
                        c.code.filename,
                        c.code.firstlineno
                    );
                }
                Ok(true)
            }
            Tag::Cell => {
                let _ = write!(out, "<cell at {:#x}>", o.addr());
                Ok(true)
            }
            Tag::Super => {
                if let Some(s) = o.downcast::<crate::objects::descr::SuperObj>() {
                    let t = self.class_name(&s.this_type);
                    match s.obj.clone() {
                        Some(ob) => {
                            let r = self.type_name(&ob);
                            let _ = write!(out, "<super: <class '{t}'>, <{r} object>>");
                        }
                        None => {
                            let _ = write!(out, "<super: <class '{t}'>, NULL>");
                        }
                    }
                }
                Ok(true)
            }
            Tag::StaticMethod | Tag::ClassMethod => {
                if let Some(r) = self.classmethod_descriptor_repr(o) {
                    out.push_str(&r);
                    return Ok(true);
                }
                let f = o
                    .downcast::<StaticMethodObj>()
                    .map(|s| s.func.clone())
                    .or_else(|| o.downcast::<ClassMethodObj>().map(|c| c.func.clone()));
                let name = self.type_name(o);
                out.push('<');
                out.push_str(&name);
                out.push('(');
                if let Some(f) = f {
                    self.write_repr(&f, out)?;
                }
                out.push_str(")>");
                Ok(true)
            }
            _ => self.extension_write_repr(o, out),
        }
    }

    pub(crate) fn builtin_iter(&mut self, o: &Obj) -> PyResult<Option<Obj>> {
        if is_set_like(o) {
            return self.set_iter(o).map(Some);
        }
        self.extension_iter(o)
    }

    /// `Some(next)` for builtin iterators not handled by `next`; None if `it` is not one.
    pub(crate) fn builtin_next(&mut self, it: &Obj) -> PyResult<Option<Option<Obj>>> {
        if tag_of(it) == Tag::SetIter {
            return self.set_iter_next(it).map(Some);
        }
        self.extension_next(it)
    }

    pub(crate) fn builtin_getitem(&mut self, o: &Obj, key: &Obj) -> PyResult<Option<Obj>> {
        self.extension_getitem(o, key)
    }

    pub(crate) fn builtin_setitem(&mut self, o: &Obj, key: &Obj, value: &Obj) -> PyResult<bool> {
        self.extension_setitem(o, key, value)
    }

    pub(crate) fn builtin_delitem(&mut self, o: &Obj, key: &Obj) -> PyResult<bool> {
        self.extension_delitem(o, key)
    }

    pub(crate) fn builtin_contains(&mut self, c: &Obj, item: &Obj) -> PyResult<Option<bool>> {
        if is_set_like(c) {
            return self.set_contains(c, item).map(Some);
        }
        if tag_of(c) == Tag::DictItems
            && let Some(d) = view_dict(c)
        {
            let pair = self.iterate_to_vec(item);
            let Ok(pair) = pair else {
                return Ok(Some(false));
            };
            if pair.len() != 2 {
                return Ok(Some(false));
            }
            return match self.dict_lookup(&d, &pair[0])? {
                Some(v) => self.eq(&v, &pair[1]).map(Some),
                None => Ok(Some(false)),
            };
        }
        self.extension_contains(c, item)
    }

    pub(crate) fn builtin_compare_more(
        &mut self,
        op: CmpOpCode,
        a: &Obj,
        b: &Obj,
    ) -> PyResult<Option<bool>> {
        let as_set = |vm: &mut Vm, o: &Obj| -> PyResult<Option<Obj>> {
            if is_set_like(o) {
                return Ok(Some(o.clone()));
            }
            if tag_of(o) == Tag::DictKeys {
                return vm.set_from_iterable(o, false).map(Some);
            }
            Ok(None)
        };
        if (is_set_like(a) || tag_of(a) == Tag::DictKeys)
            && (is_set_like(b) || tag_of(b) == Tag::DictKeys)
        {
            let (Some(x), Some(y)) = (as_set(self, a)?, as_set(self, b)?) else {
                return Ok(None);
            };
            let (lx, ly) = (self.len(&x)?, self.len(&y)?);
            let r = match op {
                CmpOpCode::Eq => lx == ly && self.set_is_subset(&x, &y)?,
                CmpOpCode::Ne => !(lx == ly && self.set_is_subset(&x, &y)?),
                CmpOpCode::Le => self.set_is_subset(&x, &y)?,
                CmpOpCode::Lt => lx < ly && self.set_is_subset(&x, &y)?,
                CmpOpCode::Ge => self.set_is_subset(&y, &x)?,
                CmpOpCode::Gt => lx > ly && self.set_is_subset(&y, &x)?,
            };
            return Ok(Some(r));
        }
        if let (Some(x), Some(y)) = (a.downcast::<SliceObj>(), b.downcast::<SliceObj>()) {
            // Slices compare as the tuples (start, stop, step).
            let none = self.none();
            let parts = |s: &SliceObj| {
                [&s.start, &s.stop, &s.step].map(|p| p.clone().unwrap_or_else(|| none.clone()))
            };
            let (px, py) = (parts(x), parts(y));
            let tx = self.new_tuple(px.to_vec())?;
            let ty = self.new_tuple(py.to_vec())?;
            return self.compare_bool(op, &tx, &ty).map(Some);
        }
        let setish =
            |o: &Obj| is_set_like(o) || matches!(tag_of(o), Tag::DictKeys | Tag::DictItems);
        if setish(a) && setish(b) {
            // Items views (whose values may be unhashable) compare by membership.
            let (la, lb) = (self.len(a)?, self.len(b)?);
            let r = match op {
                CmpOpCode::Eq => la == lb && self.all_contained_in(a, b)?,
                CmpOpCode::Ne => !(la == lb && self.all_contained_in(a, b)?),
                CmpOpCode::Le => la <= lb && self.all_contained_in(a, b)?,
                CmpOpCode::Lt => la < lb && self.all_contained_in(a, b)?,
                CmpOpCode::Ge => la >= lb && self.all_contained_in(b, a)?,
                CmpOpCode::Gt => la > lb && self.all_contained_in(b, a)?,
            };
            return Ok(Some(r));
        }
        self.extension_compare(op, a, b)
    }

    /// Every item of `a` is in `b`.
    fn all_contained_in(&mut self, a: &Obj, b: &Obj) -> PyResult<bool> {
        for x in self.iterate_to_vec(a)? {
            if !self.contains(b, &x)? {
                return Ok(false);
            }
        }
        Ok(true)
    }

    pub(crate) fn builtin_binary_more(
        &mut self,
        op: BinOpCode,
        a: &Obj,
        b: &Obj,
    ) -> PyResult<Option<Obj>> {
        if is_set_like(a) && is_set_like(b) {
            return self.set_binary(op, a, b);
        }
        if matches!(tag_of(a), Tag::DictKeys | Tag::DictItems)
            || matches!(tag_of(b), Tag::DictKeys | Tag::DictItems)
        {
            let ok =
                |o: &Obj| is_set_like(o) || matches!(tag_of(o), Tag::DictKeys | Tag::DictItems);
            if ok(a) && ok(b)
                || (matches!(tag_of(a), Tag::DictKeys | Tag::DictItems) && self.get_iter(b).is_ok())
            {
                let x = self.set_from_iterable(a, false)?;
                let y = self.set_from_iterable(b, false)?;
                return self.set_binary(op, &x, &y);
            }
        }
        if op == BinOpCode::Or && a.is::<DictObj>() && b.is::<DictObj>() {
            let r = self.dict_copy(a)?;
            self.dict_update_from(&r, b, false)?;
            return Ok(Some(r));
        }
        self.extension_binary(op, a, b)
    }

    pub(crate) fn builtin_inplace(
        &mut self,
        op: BinOpCode,
        a: &Obj,
        b: &Obj,
    ) -> PyResult<Option<Obj>> {
        if tag_of(a) == Tag::Set && is_set_like(b) {
            match op {
                BinOpCode::Or => self.set_update(a, b)?,
                BinOpCode::And => self.set_intersection_update_with(a, b)?,
                BinOpCode::Sub => self.set_difference_update_with(a, b)?,
                BinOpCode::Xor => self.set_symmetric_difference_update_with(a, b)?,
                _ => return self.extension_inplace(op, a, b),
            }
            return Ok(Some(a.clone()));
        }
        if op == BinOpCode::Or && a.is::<DictObj>() {
            self.dict_update_from(a, b, false)?;
            return Ok(Some(a.clone()));
        }
        self.extension_inplace(op, a, b)
    }

    /// A super object's own members, found when the MRO has no such name.
    pub(crate) fn super_own_attr(&mut self, o: &Obj, n: &str) -> Option<Obj> {
        let s = o.downcast::<crate::objects::descr::SuperObj>()?;
        let bound = s.obj.is_some();
        match n {
            "__thisclass__" => Some(s.this_type.clone()),
            "__self__" => Some(s.obj.clone().unwrap_or_else(|| self.none())),
            "__self_class__" if bound => Some(s.obj_type.clone()),
            "__self_class__" => Some(self.none()),
            _ => None,
        }
    }

    /// Attributes of builtin values that are not methods (`x.real`, `r.start`, ...).
    pub(crate) fn builtin_special_attr(&mut self, o: &Obj, n: &str) -> PyResult<Option<Obj>> {
        match tag_of(o) {
            Tag::Int | Tag::BigInt | Tag::Bool => match n {
                "real" | "numerator" => {
                    let v = self.to_bigint(o).unwrap_or_default();
                    self.new_bigint(v).map(Some)
                }
                "imag" => self.new_int(0).map(Some),
                "denominator" => self.new_int(1).map(Some),
                _ => Ok(None),
            },
            Tag::Float => match n {
                "real" => Ok(Some(o.clone())),
                "imag" => self.new_float(0.0).map(Some),
                _ => Ok(None),
            },
            Tag::Range => {
                let Some(r) = o.downcast::<RangeObj>() else {
                    return Ok(None);
                };
                self.range_attr(r, n)
            }
            Tag::Slice => {
                let Some(s) = o.downcast::<SliceObj>() else {
                    return Ok(None);
                };
                let v = match n {
                    "start" => s.start.clone(),
                    "stop" => s.stop.clone(),
                    "step" => s.step.clone(),
                    _ => return Ok(None),
                };
                Ok(Some(v.unwrap_or_else(|| self.none())))
            }
            Tag::Generator => {
                let Some(g) = o.downcast::<GeneratorObj>() else {
                    return Ok(None);
                };
                // `gi_*` for generators, `cr_*` for coroutines, `ag_*` for async
                // generators: each kind has only its own.
                let n = match n.strip_prefix(g.kind.attr_prefix()) {
                    Some(rest) => rest,
                    None if n.starts_with("__") => n,
                    None => return Ok(None),
                };
                match (n, g.kind) {
                    ("__name__", _) => Ok(Some(g.name.get())),
                    ("__qualname__", _) => Ok(Some(g.qualname.get())),
                    ("running", _) => Ok(Some(self.new_bool(g.running.get()))),
                    // Paused at a yield: started, not finished, not running.
                    ("suspended", GenKind::Generator | GenKind::Coroutine) => {
                        let paused = g.started.get() && !g.finished.get() && !g.running.get();
                        Ok(Some(self.new_bool(paused)))
                    }
                    ("frame", _) => self.generator_frame(o).map(Some),
                    ("yieldfrom", GenKind::Generator)
                    | ("await", GenKind::Coroutine | GenKind::AsyncGenerator) => {
                        let delegate = g.frame.try_borrow().ok().and_then(|f| {
                            f.as_ref()
                                .and_then(crate::objects::generator::SuspendedFrame::delegate)
                        });
                        Ok(Some(delegate.unwrap_or_else(|| self.none())))
                    }
                    // Where the coroutine was created: recorded only when
                    // `sys.set_coroutine_origin_tracking_depth` asks, which minipy has not.
                    ("origin", GenKind::Coroutine) => Ok(Some(self.none())),
                    ("code", _) => {
                        let code = g.code.clone();
                        Ok(Some(self.heap.alloc(CodeObj { code })?))
                    }
                    _ => Ok(None),
                }
            }
            Tag::Cell => match (n, o.downcast::<CellObj>()) {
                ("cell_contents", Some(c)) => match c.value.get() {
                    Some(v) => Ok(Some(v)),
                    None => Err(self.value_error("Cell is empty")),
                },
                _ => Ok(None),
            },
            Tag::Property => {
                let Some(p) = o.downcast::<PropertyObj>() else {
                    return Ok(None);
                };
                let v = match n {
                    "fget" => p.fget.clone(),
                    "fset" => p.fset.clone(),
                    "fdel" => p.fdel.clone(),
                    "__doc__" => p.doc.get(),
                    // Abstract when any accessor is (`abc` asks).
                    "__isabstractmethod__" => {
                        let accessors = [p.fget.clone(), p.fset.clone(), p.fdel.clone()];
                        let key = self.intern("__isabstractmethod__")?;
                        let mut abstract_ = false;
                        for f in accessors.into_iter().flatten() {
                            if let Some(v) = self.getattr_opt(&f, &key)?
                                && self.truthy(&v)?
                            {
                                abstract_ = true;
                                break;
                            }
                        }
                        return Ok(Some(self.new_bool(abstract_)));
                    }
                    _ => return Ok(None),
                };
                Ok(Some(v.unwrap_or_else(|| self.none())))
            }
            Tag::StaticMethod | Tag::ClassMethod => {
                let f = o
                    .downcast::<StaticMethodObj>()
                    .map(|s| s.func.clone())
                    .or_else(|| o.downcast::<ClassMethodObj>().map(|c| c.func.clone()));
                match (n, f) {
                    ("__func__" | "__wrapped__", Some(f)) => Ok(Some(f)),
                    // False unless the function says otherwise (`abc` asks).
                    ("__isabstractmethod__", Some(f)) => {
                        let key = self.intern(n)?;
                        let v = match self.getattr_opt(&f, &key)? {
                            Some(v) => self.truthy(&v)?,
                            None => false,
                        };
                        Ok(Some(self.new_bool(v)))
                    }
                    // CPython copies the function's `__name__`, `__doc__`, ... into
                    // the object's own `__dict__`, where other attributes may be set.
                    ("__dict__", _) => self.method_wrapper_dict(o),
                    (_, Some(_)) => match self.method_wrapper_dict(o)? {
                        Some(d) => {
                            let key = self.intern(n)?;
                            Ok(self.dict_get_str(&d, &key))
                        }
                        None => Ok(None),
                    },
                    _ => Ok(None),
                }
            }
            Tag::Super => {
                let key = self.intern(n)?;
                if let Some(v) = self.super_getattr(o, &key)? {
                    return Ok(Some(v));
                }
                Ok(self.super_own_attr(o, n))
            }
            Tag::Code => {
                let Some(c) = o.downcast::<CodeObj>() else {
                    return Ok(None);
                };
                let code = c.code.clone();
                match n {
                    "co_name" => self.new_str(&code.name).map(Some),
                    "co_qualname" => self.new_str(&code.qualname).map(Some),
                    "co_filename" => self.new_str(&code.filename).map(Some),
                    "co_firstlineno" => self.new_int(code.firstlineno as i64).map(Some),
                    "co_argcount" => self.new_int(code.argcount as i64).map(Some),
                    "co_varnames" => self.new_tuple(code.varnames.clone()).map(Some),
                    "co_nlocals" => self.new_int(code.nlocals() as i64).map(Some),
                    "co_posonlyargcount" => self.new_int(code.posonlyargcount as i64).map(Some),
                    "co_kwonlyargcount" => self.new_int(code.kwonlyargcount as i64).map(Some),
                    "co_flags" => self.new_int(python_code_flags(&code)).map(Some),
                    "co_cellvars" => self.new_tuple(code.cellvars.clone()).map(Some),
                    "co_freevars" => self.new_tuple(code.freevars.clone()).map(Some),
                    "co_names" => self.new_tuple(code.names.clone()).map(Some),
                    "co_consts" => self.new_tuple(code.consts.clone()).map(Some),
                    "co_code" => self
                        .new_bytes(crate::compile::encode_instructions(&code.instrs))
                        .map(Some),
                    "co_linetable" => self.new_bytes(code_linetable(&code)).map(Some),
                    "co_exceptiontable" => self.new_bytes(code_exceptiontable(&code)).map(Some),
                    "co_lnotab" => self.new_bytes(code_lnotab(&code)).map(Some),
                    _ => Ok(None),
                }
            }
            Tag::Function => {
                let _ = o.downcast::<FunctionObj>();
                Ok(None)
            }
            _ => {
                let _ = (o.is::<IntObj>(), o.is::<BigIntObj>(), o.is::<FloatObj>());
                self.extension_special_attr(o, n)
            }
        }
    }
}

/// `co_linetable` in minipy's own format: the line of each instruction (0 for none)
/// as LEB128 numbers.
fn code_linetable(code: &crate::compile::bytecode::CodeObject) -> Vec<u8> {
    let lines = (0..code.instrs.len()).map(|ip| u64::from(code.line_of(ip)));
    crate::compile::encode_varints(lines)
}

/// `co_exceptiontable` in minipy's own format: start, end, target and stack depth of
/// each handler range as LEB128 numbers.
fn code_exceptiontable(code: &crate::compile::bytecode::CodeObject) -> Vec<u8> {
    let fields = code
        .exception_table
        .iter()
        .flat_map(|e| [e.start, e.end, e.target, e.depth])
        .map(u64::from);
    crate::compile::encode_varints(fields)
}

/// `co_lnotab` as CPython 3.11 derives it from `co_lines()`: for each change of line,
/// the byte offset advanced and the line delta, split into steps that fit a byte
/// (offsets) and a signed byte (lines). Offsets count two bytes per instruction.
fn code_lnotab(code: &crate::compile::bytecode::CodeObject) -> Vec<u8> {
    let mut out = Vec::new();
    let (mut addr, mut line) = (0i64, i64::from(code.firstlineno));
    for (start, _end, l) in super::code_methods::line_ranges(code) {
        let Some(l) = l else { continue };
        let (mut da, mut dl) = (start as i64 - addr, i64::from(l) - line);
        if dl == 0 {
            continue;
        }
        while da > 255 {
            out.extend_from_slice(&[255, 0]);
            da -= 255;
        }
        while dl > 127 {
            out.extend_from_slice(&[da as u8, 127]);
            da = 0;
            dl -= 127;
        }
        while dl < -128 {
            out.extend_from_slice(&[da as u8, (-128i8) as u8]);
            da = 0;
            dl += 128;
        }
        out.extend_from_slice(&[da as u8, dl as i8 as u8]);
        addr = start as i64;
        line = i64::from(l);
    }
    out
}

/// `co_flags` with CPython's bits: OPTIMIZED | NEWLOCALS for function bodies, then
/// VARARGS, VARKEYWORDS, NESTED, GENERATOR and CO_FUTURE_ANNOTATIONS.
fn python_code_flags(code: &crate::compile::bytecode::CodeObject) -> i64 {
    use crate::compile::bytecode::code_flags;
    let shared = code_flags::VARARGS
        | code_flags::VARKEYWORDS
        | code_flags::NESTED
        | code_flags::GENERATOR
        | code_flags::FUTURE_ANNOTATIONS;
    let mut flags = i64::from(code.flags & shared);
    if code.is_function() {
        flags |= 0x1 | 0x2;
    }
    if code.flags & code_flags::COROUTINE != 0 {
        flags = (flags & !0x20) | 0x80;
    } else if code.flags & code_flags::ASYNC_GENERATOR != 0 {
        flags = (flags & !0x20) | 0x200;
    }
    flags
}
