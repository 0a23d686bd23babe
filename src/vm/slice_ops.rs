//! Slices of lists, tuples and strs once their bounds are resolved, and the
//! `BinarySlice`/`StoreSlice` instructions' path: `o[a:b]` and `o[a:b] = v` on those
//! types with int or None bounds make no slice object (CPython keeps one spare slice for
//! the same reason); every other case builds the slice and goes through `getitem`.

use crate::heap::{HeapVec, Obj};
use crate::objects::slice::adjust_indices;
use crate::objects::str::{as_str_obj, char_to_byte};
use crate::objects::tuple::as_tuple;
use crate::objects::{IntObj, ListObj, StrObj, Tag, tag_of};

use super::{PyResult, Vm};

/// A slice bound that needs no conversion: None (`Some(None)`) or an int that fits i64.
/// Anything else (`__index__` objects, big ints, bad types) is `None`, for the general path.
fn plain_bound(vm: &Vm, b: &Obj) -> Option<Option<i64>> {
    if b.ptr_eq(&vm.s.none) {
        return Some(None);
    }
    IntObj::value(b).map(Some)
}

impl Vm {
    /// `o[start:stop:step]` (`step` absent for `o[start:stop]`).
    pub(crate) fn get_slice(
        &mut self,
        o: &Obj,
        start: Obj,
        stop: Obj,
        step: Option<Obj>,
    ) -> PyResult {
        let tag = tag_of(o);
        if matches!(tag, Tag::List | Tag::Tuple | Tag::Str)
            && let Some(lo) = plain_bound(self, &start)
            && let Some(hi) = plain_bound(self, &stop)
            && let Some(by) = step.as_ref().map_or(Some(None), |s| plain_bound(self, s))
            && by != Some(0)
        {
            let step = by.unwrap_or(1);
            match tag {
                Tag::List => {
                    if let Some(l) = o.downcast::<ListObj>() {
                        let len = l.items.borrow().len() as i64;
                        let (start, _, step, n) = adjust_indices(lo, hi, step, len);
                        return self.list_get_slice(l, start, step, n);
                    }
                }
                Tag::Tuple => {
                    if let Some(items) = as_tuple(o) {
                        let (start, _, step, n) = adjust_indices(lo, hi, step, items.len() as i64);
                        return self.tuple_get_slice(o, items, start, step, n);
                    }
                }
                _ => {
                    if let Some((so, s)) = as_str_obj(o) {
                        let len = so.char_len() as i64;
                        let (start, _, step, n) = adjust_indices(lo, hi, step, len);
                        return self.str_get_slice(o, so, s, start, step, n);
                    }
                }
            }
        }
        let key = self.new_slice(Some(start), Some(stop), step)?;
        self.getitem(o, &key)
    }

    /// `o[start:stop:step] = value`.
    pub(crate) fn set_slice(
        &mut self,
        o: &Obj,
        start: Obj,
        stop: Obj,
        step: Option<Obj>,
        value: Obj,
    ) -> PyResult<()> {
        if tag_of(o) == Tag::List
            && let Some(l) = o.downcast::<ListObj>()
            && let Some(lo) = plain_bound(self, &start)
            && let Some(hi) = plain_bound(self, &stop)
            && let Some(by) = step.as_ref().map_or(Some(None), |s| plain_bound(self, s))
            && by != Some(0)
        {
            let len = l.items.borrow().len() as i64;
            let (start, stop, step, n) = adjust_indices(lo, hi, by.unwrap_or(1), len);
            return self.list_set_slice(l, start, stop, step, n, value);
        }
        let key = self.new_slice(Some(start), Some(stop), step)?;
        self.setitem(o, key, value)
    }

    /// The `n` items of `l` from `start` by `step`, as a new list.
    pub(crate) fn list_get_slice(
        &mut self,
        l: &ListObj,
        start: i64,
        step: i64,
        n: i64,
    ) -> PyResult {
        // Built straight into the new list's storage. Positions are read with `get`: an
        // `__index__` run while the slice was resolved may have shrunk the list.
        let items = l.items.borrow();
        let alloc = self.heap.allocator();
        let mut picked = HeapVec::with_capacity(alloc, n as usize)?;
        match items.get(start as usize..(start + n) as usize) {
            Some(run) if step == 1 => picked.extend_from_slice(alloc, run)?,
            _ => picked.extend(
                alloc,
                (0..n).filter_map(|k| items.get((start + k * step) as usize).cloned()),
            )?,
        }
        drop(items);
        self.new_list_from_vec(picked)
    }

    /// The `n` items of tuple `o` (whose items are `items`) from `start` by `step`.
    pub(crate) fn tuple_get_slice(
        &mut self,
        o: &Obj,
        items: &[Obj],
        start: i64,
        step: i64,
        n: i64,
    ) -> PyResult {
        if start == 0 && step == 1 && n == items.len() as i64 {
            return Ok(o.clone());
        }
        let it = (0..n).map(|k| items[(start + k * step) as usize].clone());
        self.new_tuple_from(n as usize, it)
    }

    /// The `n` characters of str `o` (payload `so`, text `s`) from `start` by `step`.
    pub(crate) fn str_get_slice(
        &mut self,
        o: &Obj,
        so: &StrObj,
        s: &str,
        start: i64,
        step: i64,
        n: i64,
    ) -> PyResult {
        let ascii = so.is_ascii();
        if step == 1 {
            if n == so.char_len() as i64 {
                return Ok(o.clone());
            }
            let b0 = char_to_byte(s, ascii, start as usize);
            let b1 = char_to_byte(s, ascii, (start + n) as usize);
            return self.new_str(&s[b0..b1]);
        }
        if ascii {
            let bytes = s.as_bytes();
            let out: String = (0..n)
                .map(|k| bytes[(start + k * step) as usize] as char)
                .collect();
            return self.new_str(&out);
        }
        let chars: Vec<char> = s.chars().collect();
        let out: String = (0..n).map(|k| chars[(start + k * step) as usize]).collect();
        self.new_str(&out)
    }

    /// `l[start:stop:step] = value` with the bounds resolved (`n` positions for an
    /// extended slice).
    pub(crate) fn list_set_slice(
        &mut self,
        l: &ListObj,
        start: i64,
        stop: i64,
        step: i64,
        n: i64,
        value: Obj,
    ) -> PyResult<()> {
        if step == 1 && swap_into_slice(l, start, stop, &value) {
            // The old items now sit in the temporary list, and die with it
            // here, in order, as CPython drops them.
            drop(value);
            return Ok(());
        }
        // A list or tuple's items are copied into a small buffer (no
        // heap allocation for short slices); other iterables are read
        // into a vector.
        let mut seq_items: Option<smallvec::SmallVec<[Obj; 16]>> =
            if let Some(t) = crate::objects::tuple::as_tuple(&value) {
                Some(t.iter().cloned().collect())
            } else {
                value
                    .downcast::<ListObj>()
                    .map(|v| v.items.borrow().iter().cloned().collect())
            };
        if step == 1
            && let Some(n_new) = seq_items.as_ref().map(|v| v.len())
        {
            let mut items = l.items.borrow_mut();
            let cur = items.len();
            let start = (start.max(0) as usize).min(cur);
            let stop = (stop.max(0) as usize).clamp(start, cur);
            if stop - start == n_new {
                // Same length: the items are replaced where they are.
                let new_items = seq_items.take().unwrap_or_default();
                let old: smallvec::SmallVec<[Obj; 16]> = items[start..stop]
                    .iter_mut()
                    .zip(new_items)
                    .map(|(slot, v)| std::mem::replace(slot, v))
                    .collect();
                drop(items);
                old.into_iter().rev().for_each(drop);
                return Ok(());
            }
        }
        let new_items: Vec<Obj> = if let Some(v) = seq_items {
            v.into_vec()
        } else {
            match self.iterate_to_vec(&value) {
                Ok(v) => v,
                Err(_) if self.get_iter(&value).is_err() => {
                    return Err(self.type_error(if step == 1 {
                        "can only assign an iterable"
                    } else {
                        "must assign iterable to extended slice"
                    }));
                }
                Err(e) => return Err(e),
            }
        };
        if step == 1 {
            let old: smallvec::SmallVec<[Obj; 16]> = {
                let mut items = l.items.borrow_mut();
                // Clamped again: iterating the value may have run code
                // that shrank the list (CPython clamps at this point too).
                let cur = items.len();
                let start = (start.max(0) as usize).min(cur);
                let stop = (stop.max(0) as usize).clamp(start, cur);
                let old = items[start..stop].iter().cloned().collect();
                items.replace_range(self.heap.allocator(), start..stop, new_items)?;
                old
            };
            // Last to first, as CPython's `list_ass_slice`.
            old.into_iter().rev().for_each(drop);
            return Ok(());
        }
        if new_items.len() as i64 != n {
            return Err(self.value_error(format!(
                "attempt to assign sequence of size {} to extended slice of size {n}",
                new_items.len()
            )));
        }
        let mut olds = Vec::with_capacity(n as usize);
        {
            let mut items = l.items.borrow_mut();
            for (k, v) in new_items.into_iter().enumerate() {
                let idx = (start + k as i64 * step) as usize;
                // A slot gone because the value's iteration shrank the
                // list is skipped rather than indexed out of range.
                if let Some(slot) = items.get_mut(idx) {
                    olds.push(std::mem::replace(slot, v));
                }
            }
        }
        drop(olds);
        Ok(())
    }
}

/// `l[start:stop] = value` where `value` is a list that nothing else holds (a temporary,
/// as in `p[:k] = p[k-1::-1]`) of the slice's length: the items are exchanged in
/// place, with no reference counting. False (and nothing changed) otherwise.
fn swap_into_slice(l: &ListObj, start: i64, stop: i64, value: &Obj) -> bool {
    if value.refcount() != 1 || !value.is::<ListObj>() {
        return false;
    }
    let Some(src) = value.downcast::<ListObj>() else {
        return false;
    };
    let (Ok(mut items), Ok(mut new)) = (l.items.try_borrow_mut(), src.items.try_borrow_mut())
    else {
        return false;
    };
    let cur = items.len();
    let start = (start.max(0) as usize).min(cur);
    let stop = (stop.max(0) as usize).clamp(start, cur);
    if stop - start != new.len() {
        return false;
    }
    items[start..stop].swap_with_slice(&mut new[..]);
    true
}
