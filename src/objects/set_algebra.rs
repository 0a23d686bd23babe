//! Set algebra (union, intersection, difference, symmetric difference and their
//! in-place and method forms), done in the order CPython's Objects/setobject.c does it:
//! which set is copied, which is iterated and when entries are discarded all decide the
//! table layout, and so the iteration order a program sees.

use super::set::{FrozenSetObj, is_set_like, set_table};
use crate::heap::Obj;
use crate::vm::{PyResult, Vm};

impl Vm {
    /// A new set (frozenset when `like` is one) with a copy of `src`'s items.
    pub fn set_copy_of(&mut self, like: &Obj, src: &Obj) -> PyResult {
        let r = self.new_empty_set(like.is::<FrozenSetObj>())?;
        self.set_update(&r, src)?;
        Ok(r)
    }

    /// `a | b`.
    pub fn set_union_of(&mut self, a: &Obj, b: &Obj) -> PyResult {
        let r = self.set_copy_of(a, a)?;
        self.set_update(&r, b)?;
        Ok(r)
    }

    /// `a & other` (`set_intersection`): iterates the smaller operand when both are
    /// sets, else the iterable.
    pub fn set_intersection_of(&mut self, a: &Obj, other: &Obj) -> PyResult {
        let r = self.new_empty_set(a.is::<FrozenSetObj>())?;
        if is_set_like(other) {
            let (big, small) = if self.len(other)? > self.len(a)? {
                (other, a)
            } else {
                (a, other)
            };
            for k in self.set_items(small) {
                if self.set_contains(big, &k)? {
                    self.set_add(&r, k)?;
                }
            }
            return Ok(r);
        }
        let it = self.get_iter(other)?;
        while let Some(k) = self.next(&it)? {
            if self.set_contains(a, &k)? {
                self.set_add(&r, k)?;
            }
        }
        Ok(r)
    }

    /// `a - other` (`set_difference`): a copy of `a` with `other`'s items discarded when
    /// `a` is much bigger (or `other` is not a set or dict), else the items of `a` that
    /// are not in `other`, added to a fresh set.
    pub fn set_difference_of(&mut self, a: &Obj, other: &Obj) -> PyResult {
        let other_size = if is_set_like(other) || other.is::<super::DictObj>() {
            Some(self.len(other)?)
        } else {
            None
        };
        match other_size {
            Some(n) if (self.len(a)? >> 2) <= n => {
                let r = self.new_empty_set(a.is::<FrozenSetObj>())?;
                for k in self.set_items(a) {
                    let present = if is_set_like(other) {
                        self.set_contains(other, &k)?
                    } else {
                        self.dict_lookup(other, &k)?.is_some()
                    };
                    if !present {
                        self.set_add(&r, k)?;
                    }
                }
                Ok(r)
            }
            _ => {
                let r = self.set_copy_of(a, a)?;
                self.set_difference_update_with(&r, other)?;
                Ok(r)
            }
        }
    }

    /// `a ^ other` (`set_symmetric_difference`): a copy of `other` toggled by `a`.
    pub fn set_symmetric_difference_of(&mut self, a: &Obj, other: &Obj) -> PyResult {
        let r = self.set_copy_of(a, other)?;
        self.set_symmetric_difference_update_with(&r, a)?;
        Ok(r)
    }

    /// `s -= other`: discards in place.
    pub fn set_difference_update_with(&mut self, s: &Obj, other: &Obj) -> PyResult<()> {
        if s.ptr_eq(other) {
            let old = set_table(s).map(|t| t.borrow_mut().take());
            drop(old);
            return Ok(());
        }
        if is_set_like(other) {
            for k in self.set_items(other) {
                self.set_discard(s, &k)?;
            }
        } else {
            // One item at a time, as CPython: no copy of the iterable.
            let it = self.get_iter(other)?;
            while let Some(k) = self.next(&it)? {
                self.set_discard(s, &k)?;
            }
        }
        // More than a quarter of the slots deleted: the table is rebuilt.
        if let Some(t) = set_table(s) {
            let Ok(mut t) = t.try_borrow_mut() else {
                return Err(self.runtime_error("set changed size during iteration"));
            };
            t.compact_if_sparse(self.heap.allocator())?;
        }
        Ok(())
    }

    /// `s ^= other`: toggles each item of `other` in place.
    pub fn set_symmetric_difference_update_with(&mut self, s: &Obj, other: &Obj) -> PyResult<()> {
        if s.ptr_eq(other) {
            let old = set_table(s).map(|t| t.borrow_mut().take());
            drop(old);
            return Ok(());
        }
        let other = if is_set_like(other) {
            other.clone()
        } else {
            self.set_from_iterable(other, false)?
        };
        for k in self.set_items(&other) {
            if !self.set_discard(s, &k)? {
                self.set_add(s, k)?;
            }
        }
        Ok(())
    }

    /// `s &= other`: `s` takes the table of the intersection.
    pub fn set_intersection_update_with(&mut self, s: &Obj, other: &Obj) -> PyResult<()> {
        let r = self.set_intersection_of(s, other)?;
        let table = set_table(&r).map(|t| t.borrow_mut().take());
        if let (Some(dst), Some(t)) = (set_table(s), table) {
            let old = std::mem::replace(&mut *dst.borrow_mut(), t);
            drop(old);
        }
        Ok(())
    }
}
