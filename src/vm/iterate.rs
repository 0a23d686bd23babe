//! The iteration protocol: `iter()`, `next()`, generators (resume, send, throw, close),
//! and sequence unpacking.

use crate::heap::Obj;
use crate::objects::generator::{GenKind, GeneratorObj};
use crate::objects::iter::{
    CallIterObj, DictItemIterObj, DictIterState, DictKeyIterObj, DictValueIterObj, EnumerateObj,
    FilterObj, IterVariant, ListIterObj, MapObj, RangeIterObj, ReversedObj, SeqIterObj,
    SeqIterState, StrIterObj, TupleIterObj, ZipObj,
};
use crate::objects::str::as_str;
use crate::objects::tuple::as_tuple;
use crate::objects::{DictObj, ListObj, RangeObj, Tag, tag_of};

use super::eval::{ItemSink, RunExit};
use super::{Args, PyErr, PyResult, Vm};

/// The next item of a list or tuple iterator that is not exhausted; None otherwise
/// (the dispatch loop's fast path for `for x in seq`).
#[inline(always)]
pub(super) fn next_sequence_item(it: &Obj) -> Option<Obj> {
    if let Some(li) = it.downcast::<ListIterObj>() {
        let st = &li.0;
        let seq = st.seq.get()?;
        let l = seq.downcast::<ListObj>()?;
        let v = l.items.try_borrow().ok()?.get(st.index())?.clone();
        st.advance(1);
        return Some(v);
    }
    let ti = it.downcast::<TupleIterObj>()?;
    let st = &ti.0;
    let v = as_tuple(&st.seq.get()?)?.get(st.index())?.clone();
    st.advance(1);
    Some(v)
}

/// `a, b, c = seq` for a tuple or list of exactly `n` items: pushes them, last first
/// (one reservation for all), and says whether it did. Inlined into the dispatch loop.
#[inline(always)]
pub(super) fn unpack_exact(stack: &mut Vec<Obj>, seq: &Obj, n: usize) -> bool {
    if let Some(t) = as_tuple(seq) {
        if t.len() != n {
            return false;
        }
        stack.extend(t.iter().rev().cloned());
        return true;
    }
    if let Some(l) = seq.downcast::<ListObj>()
        && let Ok(items) = l.items.try_borrow()
        && items.len() == n
    {
        stack.extend(items.iter().rev().cloned());
        return true;
    }
    false
}

impl Vm {
    /// `iter(o)`.
    pub fn get_iter(&mut self, o: &Obj) -> PyResult {
        let seq = || SeqIterState::new(o.clone());
        let it = match tag_of(o) {
            Tag::List => self.heap.alloc(ListIterObj(seq()))?,
            Tag::Tuple => self.heap.alloc(TupleIterObj(seq()))?,
            Tag::Str => {
                let ascii = o
                    .downcast::<crate::objects::StrObj>()
                    .is_none_or(|s| s.is_ascii());
                let variant = if ascii {
                    IterVariant::Plain
                } else {
                    IterVariant::StrNonAscii
                };
                self.heap
                    .alloc(StrIterObj(SeqIterState::with_variant(o.clone(), variant)))?
            }
            Tag::Range => {
                let Some(r) = o.downcast::<RangeObj>() else {
                    return Err(self.type_error("bad range"));
                };
                if r.big.is_some() {
                    return self.big_range_iter(o);
                }
                self.heap.alloc(RangeIterObj {
                    next: std::cell::Cell::new(r.start),
                    step: r.step,
                    remaining: std::cell::Cell::new(r.len()),
                })?
            }
            Tag::Dict | Tag::DictKeys => {
                let (d, n) = self.view_dict(o);
                self.heap.alloc(DictKeyIterObj(DictIterState::new(d, n)))?
            }
            Tag::DictValues => {
                let (d, n) = self.view_dict(o);
                self.heap
                    .alloc(DictValueIterObj(DictIterState::new(d, n)))?
            }
            Tag::DictItems => {
                let (d, n) = self.view_dict(o);
                self.heap.alloc(DictItemIterObj(DictIterState::new(d, n)))?
            }
            Tag::Generator if super::coroutine::is_async_object(o) => {
                return Err(self.type_error_for(o, "is not iterable"));
            }
            t if is_iterator_tag(t) => o.clone(),
            Tag::Instance | Tag::Exception => return self.instance_iter(o),
            // A class whose metaclass defines `__iter__` (an enum).
            Tag::Type if self.has_user_metaclass(o) => return self.instance_iter(o),
            _ => match self.builtin_iter(o)? {
                Some(it) => it,
                None => return Err(self.type_error_for(o, "is not iterable")),
            },
        };
        Ok(it)
    }

    /// The dict behind a dict or one of its views, with its current size.
    fn view_dict(&self, o: &Obj) -> (Obj, usize) {
        use crate::objects::iter::{DictItemsObj, DictKeysObj, DictValuesObj};
        let d = if let Some(v) = o.downcast::<DictKeysObj>() {
            v.dict.clone()
        } else if let Some(v) = o.downcast::<DictValuesObj>() {
            v.dict.clone()
        } else if let Some(v) = o.downcast::<DictItemsObj>() {
            v.dict.clone()
        } else {
            o.clone()
        };
        let n = d
            .downcast::<DictObj>()
            .map_or(0, |d| d.table.borrow().len());
        (d, n)
    }

    fn instance_iter(&mut self, o: &Obj) -> PyResult {
        // `__iter__ = None` declares the type not iterable.
        let cls = self.type_of(o);
        if self
            .lookup_type_attr(&cls, "__iter__")
            .is_some_and(|f| f.ptr_eq(&self.s.none))
        {
            return Err(self.type_error_for(o, "is not iterable"));
        }
        // A subclass of a builtin iterates its value directly, unless the value is a
        // file: a file's `__iter__` gives back the object itself, as in CPython.
        if let Some(base) = self.base_value(o)
            && !is_file_tag(tag_of(&base))
        {
            let cls = self.type_of(o);
            if self
                .lookup_type_attr(&cls, "__iter__")
                .is_none_or(|f| !f.is::<crate::objects::FunctionObj>())
            {
                return self.get_iter(&base);
            }
        }
        if let Some(it) = self.call_special(o, "__iter__", vec![])? {
            let cls = self.type_of(&it);
            let is_iterator = match tag_of(&it) {
                Tag::Instance | Tag::Exception => self.lookup_type_attr(&cls, "__next__").is_some(),
                Tag::Native => self.native_is_iterator(&it),
                t => is_iterator_tag(t) || is_file_tag(t),
            };
            if !is_iterator {
                let n = self.type_name(&it);
                return Err(self.type_error(format!("iter() returned non-iterator of type '{n}'")));
            }
            return Ok(it);
        }
        let cls = self.type_of(o);
        if self.lookup_type_attr(&cls, "__getitem__").is_some() {
            return Ok(self.heap.alloc(SeqIterObj(SeqIterState::new(o.clone())))?);
        }
        Err(self.type_error_for(o, "is not iterable"))
    }

    /// `next(it)`: None when the iterator is exhausted.
    pub fn next(&mut self, it: &Obj) -> PyResult<Option<Obj>> {
        self.budget_charge(1)?;
        match tag_of(it) {
            Tag::ListIter => {
                let Some(li) = it.downcast::<ListIterObj>() else {
                    return Ok(None);
                };
                let st = &li.0;
                let item = {
                    let seq = st.seq.get();
                    let Some(l) = seq.as_ref().and_then(|s| s.downcast::<ListObj>()) else {
                        return Ok(None);
                    };
                    let items = l.items.borrow();
                    items.get(st.index()).cloned()
                };
                match item {
                    Some(v) => {
                        st.advance(1);
                        Ok(Some(v))
                    }
                    None => {
                        let old = st.seq.take();
                        drop(old);
                        Ok(None)
                    }
                }
            }
            Tag::TupleIter => {
                let Some(ti) = it.downcast::<TupleIterObj>() else {
                    return Ok(None);
                };
                let st = &ti.0;
                let item = st
                    .seq
                    .get()
                    .as_ref()
                    .and_then(as_tuple)
                    .and_then(|t| t.get(st.index()).cloned());
                match item {
                    Some(v) => {
                        st.advance(1);
                        Ok(Some(v))
                    }
                    None => {
                        let old = st.seq.take();
                        drop(old);
                        Ok(None)
                    }
                }
            }
            Tag::RangeIter => {
                let Some(r) = it.downcast::<RangeIterObj>() else {
                    return Ok(None);
                };
                let rem = r.remaining.get();
                if rem <= 0 {
                    return Ok(None);
                }
                let v = r.next.get();
                r.next.set(v.wrapping_add(r.step));
                r.remaining.set(rem - 1);
                Ok(Some(self.new_int(v)?))
            }
            Tag::StrIter => {
                let Some(si) = it.downcast::<StrIterObj>() else {
                    return Ok(None);
                };
                let st = &si.0;
                let ch = {
                    let seq = st.seq.get();
                    match seq.as_ref().and_then(as_str) {
                        Some(s) => s[st.index().min(s.len())..].chars().next(),
                        None => {
                            // A str holding lone surrogates: one code point at a time.
                            let text = seq.as_ref().and_then(crate::objects::str::as_text);
                            let text = text.unwrap_or(b"");
                            if st.index() >= text.len() {
                                None
                            } else {
                                let (cp, n) = crate::text::wtf8::decode_at(text, st.index());
                                st.advance(n);
                                return Ok(Some(self.new_code_point(cp)?));
                            }
                        }
                    }
                };
                match ch {
                    Some(c) => {
                        st.advance(c.len_utf8());
                        Ok(Some(self.new_char(c)?))
                    }
                    None => {
                        let old = st.seq.take();
                        drop(old);
                        Ok(None)
                    }
                }
            }
            Tag::DictKeyIter | Tag::DictValueIter | Tag::DictItemIter => self.dict_iter_next(it),
            Tag::Generator => match self.resume_generator(it, None, None)? {
                Ok(v) => Ok(Some(v)),
                Err(_) => Ok(None),
            },
            Tag::Enumerate => {
                self.native_stack_guard()?;
                let Some(e) = it.downcast::<EnumerateObj>() else {
                    return Ok(None);
                };
                let inner = e.iter.clone();
                match self.next(&inner)? {
                    Some(v) => {
                        let idx = self.enumerate_index(e)?;
                        Ok(Some(self.new_pair(idx, v)?))
                    }
                    None => Ok(None),
                }
            }
            Tag::Zip => {
                self.native_stack_guard()?;
                let Some(z) = it.downcast::<ZipObj>() else {
                    return Ok(None);
                };
                // `it` keeps the zip, and so its (unchanging) iterators, alive.
                let iters = &z.iters;
                if iters.is_empty() {
                    return Ok(None);
                }
                let mut items: smallvec::SmallVec<[Obj; 4]> = smallvec::SmallVec::new();
                for (i, sub) in iters.iter().enumerate() {
                    match self.next(sub)? {
                        Some(v) => items.push(v),
                        None => {
                            if z.strict
                                && let Some(e) = self.zip_strict_error(iters, i)
                            {
                                return Err(e);
                            }
                            return Ok(None);
                        }
                    }
                }
                Ok(Some(self.new_tuple_from(items.len(), items)?))
            }
            Tag::Map => {
                self.native_stack_guard()?;
                let Some(m) = it.downcast::<MapObj>() else {
                    return Ok(None);
                };
                // `it` keeps the map, and so its function and iterators, alive.
                let (f, iters) = (&m.func, as_tuple(&m.iters).unwrap_or(&[]));
                let mut args = Vec::with_capacity(iters.len());
                for sub in iters {
                    match self.next(sub)? {
                        Some(v) => args.push(v),
                        None => return Ok(None),
                    }
                }
                Ok(Some(self.call(f, args)?))
            }
            Tag::Filter => {
                self.native_stack_guard()?;
                let Some(fl) = it.downcast::<FilterObj>() else {
                    return Ok(None);
                };
                let (f, inner) = (fl.func.clone(), fl.iter.clone());
                loop {
                    let Some(v) = self.next(&inner)? else {
                        return Ok(None);
                    };
                    let keep = match &f {
                        Some(f) => {
                            let r = self.call(f, vec![v.clone()])?;
                            self.truthy(&r)?
                        }
                        None => self.truthy(&v)?,
                    };
                    if keep {
                        return Ok(Some(v));
                    }
                }
            }
            Tag::Reversed => {
                let Some(r) = it.downcast::<ReversedObj>() else {
                    return Ok(None);
                };
                let st = &r.0;
                let idx = st.index();
                let seq = st.seq.get();
                let Some(seq) = seq else { return Ok(None) };
                if idx == 0 {
                    let old = st.seq.take();
                    drop(old);
                    return Ok(None);
                }
                st.set_index(idx - 1);
                let key = self.new_int(idx as i64 - 1)?;
                match self.getitem(&seq, &key) {
                    Ok(v) => Ok(Some(v)),
                    Err(e) if self.is_index_or_stop(&e) => {
                        let old = st.seq.take();
                        drop(old);
                        Ok(None)
                    }
                    Err(e) => Err(e),
                }
            }
            Tag::SeqIter => {
                let Some(si) = it.downcast::<SeqIterObj>() else {
                    return Ok(None);
                };
                let st = &si.0;
                let seq = st.seq.get();
                let Some(seq) = seq else { return Ok(None) };
                let key = self.new_int(st.index() as i64)?;
                match self.getitem(&seq, &key) {
                    Ok(v) => {
                        st.advance(1);
                        Ok(Some(v))
                    }
                    Err(e) if self.is_index_or_stop(&e) => {
                        let old = st.seq.take();
                        drop(old);
                        Ok(None)
                    }
                    Err(e) => Err(e),
                }
            }
            Tag::CallIter => {
                let Some(ci) = it.downcast::<CallIterObj>() else {
                    return Ok(None);
                };
                let f = ci.func.get();
                let Some(f) = f else { return Ok(None) };
                let v = match self.call(&f, vec![]) {
                    Ok(v) => v,
                    Err(e) if self.err_matches(&e, &self.exc.stop_iteration.clone()) => {
                        return Ok(None);
                    }
                    Err(e) => return Err(e),
                };
                let sentinel = ci.sentinel.clone();
                if self.eq(&v, &sentinel)? {
                    let old = ci.func.take();
                    drop(old);
                    return Ok(None);
                }
                Ok(Some(v))
            }
            Tag::Instance | Tag::Exception => {
                let r = self.call_special(it, "__next__", vec![]);
                match r {
                    Ok(Some(v)) => Ok(Some(v)),
                    Ok(None) => Err(self.type_error_for(it, "is not an iterator")),
                    Err(e) if self.err_matches(&e, &self.exc.stop_iteration.clone()) => Ok(None),
                    Err(e) => Err(e),
                }
            }
            _ => match self.builtin_next(it)? {
                Some(r) => Ok(r),
                None => Err(self.type_error_for(it, "is not an iterator")),
            },
        }
    }

    fn is_index_or_stop(&self, e: &PyErr) -> bool {
        self.err_matches(e, &self.exc.index_error) || self.err_matches(e, &self.exc.stop_iteration)
    }

    /// The error of `zip(strict=True)` when argument `i` ran out; None when all the
    /// arguments ended together.
    pub(super) fn zip_strict_error(&mut self, iters: &[Obj], i: usize) -> Option<PyErr> {
        if i > 0 {
            let s = if i == 1 { " " } else { "s 1-" };
            return Some(self.value_error(format!(
                "zip() argument {} is shorter than argument{s}{}",
                i + 1,
                i
            )));
        }
        for (j, sub) in iters.iter().enumerate().skip(1) {
            match self.next(sub) {
                Ok(Some(_)) => {
                    let s = if j == 1 { " " } else { "s 1-" };
                    return Some(self.value_error(format!(
                        "zip() argument {} is longer than argument{s}{}",
                        j + 1,
                        j
                    )));
                }
                Ok(None) => {}
                Err(e) => return Some(e),
            }
        }
        None
    }

    fn dict_iter_next(&mut self, it: &Obj) -> PyResult<Option<Obj>> {
        let (st, kind) = if let Some(i) = it.downcast::<DictKeyIterObj>() {
            (&i.0, 0)
        } else if let Some(i) = it.downcast::<DictValueIterObj>() {
            (&i.0, 1)
        } else if let Some(i) = it.downcast::<DictItemIterObj>() {
            (&i.0, 2)
        } else {
            return Ok(None);
        };
        Ok(match self.dict_iter_step(st)? {
            Some((k, v)) => Some(match kind {
                0 => k,
                1 => v,
                _ => self.new_pair(k, v)?,
            }),
            None => None,
        })
    }

    /// The next key and value of a dict iterator, with CPython's errors for a dict
    /// changed meanwhile.
    pub(super) fn dict_iter_step(
        &mut self,
        st: &crate::objects::iter::DictIterState,
    ) -> PyResult<Option<(Obj, Obj)>> {
        let seq = st.seq.seq.get();
        let Some(d) = seq else { return Ok(None) };
        let Some(dict) = d.downcast::<DictObj>() else {
            return Ok(None);
        };
        let (found, size_now) = {
            let t = dict.table.borrow();
            let f = t
                .next_entry(st.seq.index())
                .map(|(pos, e)| (pos, e.key.clone(), e.value.clone()));
            (f, t.len())
        };
        if size_now != st.len.get() {
            st.len.set(usize::MAX);
            return Err(self.runtime_error("dictionary changed size during iteration"));
        }
        match found {
            Some((pos, k, v)) => {
                st.seq.set_index(pos + 1);
                let Some(left) = st.remaining.get().checked_sub(1) else {
                    st.len.set(usize::MAX);
                    return Err(self.runtime_error("dictionary keys changed during iteration"));
                };
                st.remaining.set(left);
                Ok(Some((k, v)))
            }
            None => {
                let old = st.seq.seq.take();
                drop(old);
                Ok(None)
            }
        }
    }

    /// Resumes a generator: sends `value` (None for `next`) or throws `exc` into it.
    /// `Ok(Ok(v))` is a yielded value, `Ok(Err(v))` the return value when it finished.
    pub(crate) fn resume_generator(
        &mut self,
        generator: &Obj,
        value: Option<Obj>,
        exc: Option<PyErr>,
    ) -> PyResult<Result<Obj, Obj>> {
        self.resume_generator_with(generator, value, exc, None)
    }

    /// `next(it)` for a consumer that can take items itself: a plain generator offers
    /// each value it yields to `sink` without leaving its run (see `ItemSink`), and the
    /// first value the sink hands back is returned as `next` would. Other iterators are
    /// stepped as by `next`.
    pub(crate) fn next_with_sink(
        &mut self,
        it: &Obj,
        sink: &mut ItemSink<'_>,
    ) -> PyResult<Option<Obj>> {
        if super::coroutine::gen_kind(it) != Some(GenKind::Generator) {
            return self.next(it);
        }
        match self.resume_generator_with(it, None, None, Some(sink))? {
            Ok(v) => Ok(Some(v)),
            Err(_) => Ok(None),
        }
    }

    fn resume_generator_with(
        &mut self,
        generator: &Obj,
        value: Option<Obj>,
        exc: Option<PyErr>,
        sink: Option<&mut ItemSink<'_>>,
    ) -> PyResult<Result<Obj, Obj>> {
        let Some(g) = generator.downcast::<GeneratorObj>() else {
            return Err(self.type_error("not a generator"));
        };
        let kind = g.kind;
        if g.running.get() {
            return Err(self.value_error(format!("{} already executing", kind.name())));
        }
        let frame = g.frame.borrow_mut().take();
        let Some(sf) = frame else {
            if let Some(e) = exc {
                return Err(e);
            }
            if kind == GenKind::Coroutine {
                return Err(self.runtime_error("cannot reuse already awaited coroutine"));
            }
            return Ok(Err(self.none()));
        };
        if !g.started.get()
            && exc.is_none()
            && value.as_ref().is_some_and(|v| !v.ptr_eq(&self.s.none))
        {
            *g.frame.borrow_mut() = Some(sf);
            return Err(self.type_error(format!(
                "can't send non-None value to a just-started {}",
                kind.name()
            )));
        }
        if !g.started.get() && exc.is_some() {
            // Throwing into a generator that never ran finishes it at once.
            g.finished.set(true);
            drop(sf);
            return Err(exc.unwrap_or(PyErr::NoMemory));
        }
        if self.frames.len() >= self.recursion_limit {
            *g.frame.borrow_mut() = Some(sf);
            return Err(self.recursion_error("maximum recursion depth exceeded"));
        }
        g.running.set(true);
        g.started.set(true);
        let sent = if exc.is_none() {
            Some(value.unwrap_or_else(|| self.none()))
        } else {
            None
        };
        let depth = self.frames.len();
        self.push_generator_frame(g, sf, sent, generator.clone(), true);
        let outer_exc = self.handled_exc.clone();
        let own_exc = g.exc_state.take();
        if own_exc.is_some() {
            self.handled_exc = own_exc;
        }
        let r = match self.enter_native("") {
            Ok(()) => {
                let r = self.run_with_sink(exc, sink);
                self.leave_native();
                r
            }
            Err(e) => Err(e),
        };
        g.running.set(false);
        if !matches!(r, Ok(RunExit::Yield(_))) {
            // The frame returned or raised (and is gone), or could not run: drop what
            // is left of it and give the caller its value stack back.
            self.frames.truncate(depth);
            drop(self.restore_caller_stack(g));
        }
        match r {
            Ok(RunExit::Yield(v)) => {
                let cur = self.handled_exc.take();
                drop(g.exc_state.replace(match cur {
                    Some(c) if outer_exc.as_ref().is_none_or(|o| !o.ptr_eq(&c)) => Some(c),
                    _ => None,
                }));
                self.handled_exc = outer_exc;
                if let Some(f) = self.frames.pop() {
                    self.save_generator_frame(g, f);
                }
                Ok(Ok(v))
            }
            Ok(RunExit::SwitchMode) => Ok(Err(self.none())),
            Ok(RunExit::Return(v)) => {
                self.handled_exc = outer_exc;
                g.finished.set(true);
                Ok(Err(v))
            }
            Err(e) => {
                self.handled_exc = outer_exc;
                g.finished.set(true);
                let stop_async = kind == GenKind::AsyncGenerator
                    && self.err_matches(&e, &self.exc.stop_async_iteration.clone());
                if stop_async || self.err_matches(&e, &self.exc.stop_iteration.clone()) {
                    let what = if stop_async {
                        "StopAsyncIteration"
                    } else {
                        "StopIteration"
                    };
                    let cause = self.exc_object(e);
                    let err = self.runtime_error(format!("{} raised {what}", kind.name()));
                    let eo = self.exc_object(err);
                    if let Some(x) = eo.downcast::<crate::objects::ExceptionObj>() {
                        x.set_context(Some(cause.clone()));
                        x.set_cause(self.alloc(), Some(cause), true)?;
                    }
                    return Err(PyErr::Exc(eo));
                }
                Err(e)
            }
        }
    }

    /// `yield from` step: `Ok(v)` to yield v, `Err(r)` when the sub-iterator returned r.
    pub(crate) fn send_into(&mut self, recv: &Obj, value: Obj) -> PyResult<Result<Obj, Obj>> {
        if let Some(r) = self.native_await_send(recv, &value) {
            return r;
        }
        if recv.is::<GeneratorObj>() {
            return self.resume_generator(recv, Some(value), None);
        }
        if value.ptr_eq(&self.s.none) {
            return match self.next_with_value(recv)? {
                Ok(v) => Ok(Ok(v)),
                Err(r) => Ok(Err(r)),
            };
        }
        let send = self.getattr_str(recv, "send")?;
        match self.call(&send, vec![value]) {
            Ok(v) => Ok(Ok(v)),
            Err(e) if self.err_matches(&e, &self.exc.stop_iteration.clone()) => {
                let eo = self.exc_object(e);
                let v = self.getattr_str(&eo, "value")?;
                Ok(Err(v))
            }
            Err(e) => Err(e),
        }
    }

    /// `next()` keeping the value a Python `__next__` put in its StopIteration.
    fn next_with_value(&mut self, it: &Obj) -> PyResult<Result<Obj, Obj>> {
        if matches!(tag_of(it), Tag::Instance) {
            return match self.call_special(it, "__next__", vec![]) {
                Ok(Some(v)) => Ok(Ok(v)),
                Ok(None) => Err(self.type_error_for(it, "is not an iterator")),
                Err(e) if self.err_matches(&e, &self.exc.stop_iteration.clone()) => {
                    let eo = self.exc_object(e);
                    let v = self.getattr_str(&eo, "value")?;
                    Ok(Err(v))
                }
                Err(e) => Err(e),
            };
        }
        match self.next(it)? {
            Some(v) => Ok(Ok(v)),
            None => Ok(Err(self.none())),
        }
    }

    /// `generator.throw(exc)`.
    pub(crate) fn generator_throw(&mut self, generator: &Obj, exc: PyErr) -> PyResult {
        match self.throw_into_generator(generator, exc)? {
            Ok(v) => Ok(v),
            Err(r) => Err(self.stop_iteration(Some(r).filter(|r| !r.ptr_eq(&self.s.none)))),
        }
    }

    /// `generator.close()`: throws GeneratorExit; a generator that yields again is an error.
    pub(crate) fn generator_close(&mut self, generator: &Obj) -> PyResult<()> {
        let Some(g) = generator.downcast::<GeneratorObj>() else {
            return Ok(());
        };
        if g.running.get() {
            // Closing itself from inside: its frame is in use on the frame stack.
            return Err(self.value_error(format!("{} already executing", g.kind.name())));
        }
        if g.frame.borrow().is_none() || !g.started.get() {
            let old = g.frame.borrow_mut().take();
            drop(old);
            g.finished.set(true);
            return Ok(());
        }
        let ge = self.exc.generator_exit.clone();
        let exc = self.new_exception(&ge, vec![]);
        match self.throw_into_generator(generator, exc) {
            Ok(Ok(_)) => {
                Err(self.runtime_error(format!("{} ignored GeneratorExit", g.kind.name())))
            }
            Ok(Err(_)) => Ok(()),
            Err(e)
                if self.err_matches(&e, &ge)
                    || self.err_matches(&e, &self.exc.stop_iteration.clone()) =>
            {
                Ok(())
            }
            Err(e) => Err(e),
        }
    }

    /// Collects any iterable into a Vec.
    pub fn iterate_to_vec(&mut self, o: &Obj) -> PyResult<Vec<Obj>> {
        if let Some(t) = as_tuple(o) {
            return Ok(t.to_vec());
        }
        if let Some(l) = o.downcast::<ListObj>() {
            return Ok(l.items.borrow().to_vec());
        }
        let it = self.get_iter(o)?;
        // A builtin iterator's known length is reserved up front (CPython's length
        // hint): `list(range(10**18))` fails at once rather than after gigabytes.
        self.check_length_hint_fits(&it)?;
        let hint = crate::objects::iter::builtin_iter_remaining(&it).unwrap_or(0);
        let mut out = self.vec_with_room(hint)?;
        loop {
            // A generator's items go straight in where it yields them (one there is no
            // room for is handed back, to fail here).
            let next = self.next_with_sink(&it, &mut |vm, v| {
                if vm.grow_vec(&mut out, 1).is_err() {
                    return Some(v);
                }
                out.push(v);
                None
            })?;
            let Some(v) = next else {
                break;
            };
            self.grow_vec(&mut out, 1)?;
            out.push(v);
        }
        Ok(out)
    }

    /// `a, b, c = seq`: pushes the items in reverse so that stores pop them in order.
    pub(crate) fn unpack_sequence(&mut self, seq: &Obj, n: usize) -> PyResult<()> {
        if unpack_exact(&mut self.stack, seq, n) {
            return Ok(());
        }
        let items = if let Some(t) = as_tuple(seq) {
            t.to_vec()
        } else if let Some(l) = seq.downcast::<ListObj>() {
            l.items.borrow().to_vec()
        } else {
            let it = match self.get_iter(seq) {
                Ok(it) => it,
                Err(_) => {
                    let name = self.type_name(seq);
                    return Err(
                        self.type_error(format!("cannot unpack non-iterable {name} object"))
                    );
                }
            };
            let mut items = Vec::with_capacity(n);
            while let Some(v) = self.next(&it)? {
                items.push(v);
                if items.len() > n {
                    return Err(
                        self.value_error(format!("too many values to unpack (expected {n})"))
                    );
                }
            }
            items
        };
        if items.len() != n {
            return Err(if items.len() > n {
                self.value_error(format!("too many values to unpack (expected {n})"))
            } else {
                self.value_error(format!(
                    "not enough values to unpack (expected {n}, got {})",
                    items.len()
                ))
            });
        }
        self.stack.extend(items.into_iter().rev());
        Ok(())
    }

    /// `a, *b, c = seq`: as CPython's unpack_iterable, the leading items are taken one
    /// at a time, the rest go straight into the starred list (no other copy), and the
    /// trailing items are popped off its end.
    pub(crate) fn unpack_ex(&mut self, seq: &Obj, before: usize, after: usize) -> PyResult<()> {
        let it = match self.get_iter(seq) {
            Ok(it) => it,
            Err(e) => {
                if self.err_matches(&e, &self.exc.type_error.clone()) {
                    let name = self.type_name(seq);
                    return Err(
                        self.type_error(format!("cannot unpack non-iterable {name} object"))
                    );
                }
                return Err(e);
            }
        };
        let not_enough = |vm: &mut Vm, got: usize| {
            vm.value_error(format!(
                "not enough values to unpack (expected at least {}, got {got})",
                before + after
            ))
        };
        let mut head = Vec::with_capacity(before.min(256));
        while head.len() < before {
            match self.next(&it)? {
                Some(v) => head.push(v),
                None => return Err(not_enough(self, head.len())),
            }
        }
        let mut rest = self.heap_vec_of(&it)?;
        if rest.len() < after {
            return Err(not_enough(self, before + rest.len()));
        }
        for _ in 0..after {
            if let Some(v) = rest.pop() {
                self.stack.push(v);
            }
        }
        let mid = self.new_list_from_vec(rest)?;
        self.stack.push(mid);
        for v in head.into_iter().rev() {
            self.stack.push(v);
        }
        Ok(())
    }

    /// Builds `Args` from a Vec.
    pub fn args(pos: Vec<Obj>) -> Args {
        Args::new(pos)
    }
}

/// Builtin objects that are their own iterators (they have `__next__`).
/// The builtin iterator types (iterators are their own `iter()`).
pub(super) fn is_iterator_tag(t: Tag) -> bool {
    matches!(
        t,
        Tag::ListIter
            | Tag::TupleIter
            | Tag::StrIter
            | Tag::RangeIter
            | Tag::DictKeyIter
            | Tag::DictValueIter
            | Tag::DictItemIter
            | Tag::Enumerate
            | Tag::Zip
            | Tag::Reversed
            | Tag::SeqIter
            | Tag::Map
            | Tag::Filter
            | Tag::CallIter
            | Tag::Generator
            | Tag::SetIter
            | Tag::BytesIter
            | Tag::DequeIter
    )
}

/// File objects: iterators too (they have `__next__`), though `iter()` checks them.
fn is_file_tag(t: Tag) -> bool {
    matches!(
        t,
        Tag::TextStream
            | Tag::BufferedReader
            | Tag::BufferedWriter
            | Tag::BufferedRandom
            | Tag::StringIO
            | Tag::BytesIO
    )
}
