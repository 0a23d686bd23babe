//! Steps of `for` loops over builtin iterators without the general `next`: the items
//! of lists, tuples, ASCII strs and dict keys; and for `for a, b in enumerate(s)`,
//! `for k, v in d.items()`, `for x, y in zip(s, t)`, the two values of each pair
//! straight onto the stack, the pair itself (which nothing could see before it is
//! unpacked) never made.

use crate::heap::Obj;
use crate::objects::iter::{
    DictItemIterObj, DictKeyIterObj, EnumerateIndex, EnumerateObj, StrIterObj, ZipObj,
};
use crate::objects::str::as_str;
use crate::objects::{DictObj, Tag, tag_of};

use super::{PyResult, Vm};

impl Vm {
    /// The next item of an ASCII str or dict-keys iterator when it can be had without
    /// anything unusual (no error, not the end: those, and every other iterator, give
    /// None and go the general way). For `for` loops, after the list and tuple case.
    #[inline(never)]
    pub(crate) fn next_str_or_key(&self, it: &Obj) -> Option<Obj> {
        if let Some(si) = it.downcast::<StrIterObj>() {
            return self.next_ascii_char(si);
        }
        self.next_dict_key(it.downcast::<DictKeyIterObj>()?)
    }

    /// `next_str_or_key` of a str iterator (apart, so that the test for the iterator's
    /// kind costs no register saves when it is neither).
    #[inline(never)]
    fn next_ascii_char(&self, si: &StrIterObj) -> Option<Obj> {
        let st = &si.0;
        let seq = st.seq.get()?;
        let text = as_str(&seq)?;
        let b = *text.as_bytes().get(st.index())?;
        if !b.is_ascii() {
            return None;
        }
        st.advance(1);
        self.new_char(char::from(b)).ok()
    }

    /// `next_str_or_key` of a dict keys iterator.
    #[inline(never)]
    fn next_dict_key(&self, di: &DictKeyIterObj) -> Option<Obj> {
        let st = &di.0;
        let seq = st.seq.seq.get()?;
        let d = seq.downcast::<DictObj>()?;
        let t = d.table.try_borrow().ok()?;
        if t.len() != st.len.get() {
            return None;
        }
        let (pos, e) = t.next_entry(st.seq.index())?;
        let left = st.remaining.get().checked_sub(1)?;
        st.seq.set_index(pos + 1);
        st.remaining.set(left);
        Some(e.key.clone())
    }

    /// The next pair of `it` as its two values, for an enumerate, a dict items
    /// iterator or a zip of two; None (and nothing consumed) for any other iterator.
    pub(crate) fn next_pair(&mut self, it: &Obj) -> Option<PyResult<Option<(Obj, Obj)>>> {
        match tag_of(it) {
            Tag::Enumerate => {
                let e = it.downcast::<EnumerateObj>()?;
                Some(self.enumerate_pair(e))
            }
            Tag::DictItemIter => {
                let i = it.downcast::<DictItemIterObj>()?;
                Some(self.dict_iter_step(&i.0))
            }
            Tag::Zip => {
                let z = it.downcast::<ZipObj>()?;
                if z.iters.len() != 2 {
                    return None;
                }
                Some(self.zip_pair(z))
            }
            _ => None,
        }
    }

    /// The next index of an enumerate, as an int object.
    pub(crate) fn enumerate_index(&mut self, e: &EnumerateObj) -> PyResult {
        match e.take_index() {
            EnumerateIndex::Small(i) => self.new_int(i),
            EnumerateIndex::Big(b) => self.new_bigint(b),
        }
    }

    /// enumerate's `start`: any int (or object with `__index__`), however large.
    pub(crate) fn enumerate_start(&mut self, o: &Obj) -> PyResult<EnumerateIndex> {
        let v = match self.to_bigint(o) {
            Some(v) => v,
            None => {
                let i = match self.call_special(o, "__index__", vec![])? {
                    Some(r) => r,
                    None => {
                        return Err(self.type_error_for(o, "cannot be interpreted as an integer"));
                    }
                };
                match self.to_bigint(&i) {
                    Some(v) => v,
                    None => {
                        let n = self.type_name(&i);
                        return Err(
                            self.type_error(format!("__index__ returned non-int (type {n})"))
                        );
                    }
                }
            }
        };
        Ok(match i64::try_from(&v) {
            Ok(i) => EnumerateIndex::Small(i),
            Err(_) => EnumerateIndex::Big(v),
        })
    }

    /// `(count, item)` of an enumerate, as `next` makes it.
    fn enumerate_pair(&mut self, e: &EnumerateObj) -> PyResult<Option<(Obj, Obj)>> {
        // A list or tuple iterator steps without recursion; any other may nest.
        let item = match super::iterate::next_sequence_item(&e.iter) {
            Some(v) => v,
            None => {
                self.native_stack_guard()?;
                match self.next(&e.iter)? {
                    Some(v) => v,
                    None => return Ok(None),
                }
            }
        };
        let index = self.enumerate_index(e)?;
        Ok(Some((index, item)))
    }

    /// The items of a zip of two iterators, with `strict`'s errors, as `next` reads them.
    fn zip_pair(&mut self, z: &ZipObj) -> PyResult<Option<(Obj, Obj)>> {
        self.native_stack_guard()?;
        let Some(a) = self.next(&z.iters[0])? else {
            if z.strict
                && let Some(e) = self.zip_strict_error(&z.iters, 0)
            {
                return Err(e);
            }
            return Ok(None);
        };
        let Some(b) = self.next(&z.iters[1])? else {
            if z.strict
                && let Some(e) = self.zip_strict_error(&z.iters, 1)
            {
                return Err(e);
            }
            return Ok(None);
        };
        Ok(Some((a, b)))
    }
}
