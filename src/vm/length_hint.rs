//! Length hints (`PyObject_LengthHint`): what `operator.length_hint` reports, and the
//! storage CPython's `list_extend` gives a list it fills from an iterator, so that
//! `sys.getsizeof` of `list(gen)` or of `l.extend(gen)` is CPython's: it makes room for
//! the number of items the iterable's length hint promises (8 when it promises none),
//! then appends, then cuts the storage back to the items it got.

use crate::heap::{HeapVec, Obj};
use crate::objects::iter::builtin_iter_remaining;
use crate::objects::{Tag, tag_of};

use super::{PyResult, Vm};

/// The guess `list_extend` makes when the iterable gives no length hint.
const DEFAULT_GUESS: usize = 8;

/// The lazy builtins that have neither `__len__` nor `__length_hint__` (a generator,
/// `map`, `filter`, `zip`, `enumerate`, `iter(callable, sentinel)`): answered without
/// asking them.
fn surely_unhinted(o: &Obj) -> bool {
    matches!(
        tag_of(o),
        Tag::Generator | Tag::Map | Tag::Filter | Tag::Zip | Tag::Enumerate | Tag::CallIter
    )
}

impl Vm {
    /// The length of the builtin containers that have one, which CPython's length hint
    /// takes from the container before reading it.
    pub(crate) fn builtin_known_len(&mut self, o: &Obj) -> Option<usize> {
        match tag_of(o) {
            Tag::Str
            | Tag::Bytes
            | Tag::ByteArray
            | Tag::Dict
            | Tag::Set
            | Tag::FrozenSet
            | Tag::DictKeys
            | Tag::DictValues
            | Tag::DictItems
            | Tag::Deque => self.len(o).ok(),
            _ => None,
        }
    }

    /// `PyObject_LengthHint(o)`: the remaining count of a builtin iterator, the length
    /// of a builtin container, else `len(o)`, else `o.__length_hint__()` (both may be
    /// Python code; a TypeError from either, or NotImplemented from the hint, means no
    /// hint: None).
    pub(crate) fn length_hint(&mut self, o: &Obj) -> PyResult<Option<usize>> {
        if let Some(n) = builtin_iter_remaining(o) {
            return Ok(Some(n));
        }
        if let Some(n) = self.builtin_known_len(o) {
            return Ok(Some(n));
        }
        if surely_unhinted(o) {
            return Ok(None);
        }
        let type_error = self.exc.type_error.clone();
        match self.len(o) {
            Ok(n) => return Ok(Some(n)),
            Err(e) if self.err_matches(&e, &type_error) => {}
            Err(e) => return Err(e),
        }
        let hint = match self.call_special(o, "__length_hint__", vec![]) {
            Ok(Some(h)) if !h.ptr_eq(&self.s.not_implemented) => h,
            Ok(_) => return Ok(None),
            Err(e) if self.err_matches(&e, &type_error) => return Ok(None),
            Err(e) => return Err(e),
        };
        let Some(n) = self.index_value(&hint) else {
            let name = self.type_name(&hint);
            return Err(self.type_error(format!("__length_hint__ must be an integer, not {name}")));
        };
        let n = n?;
        if n < 0 {
            return Err(self.value_error("__length_hint__() should return >= 0"));
        }
        Ok(Some(usize::try_from(n).unwrap_or(usize::MAX)))
    }

    /// How many items CPython's `list_extend` makes room for before reading `o` (whose
    /// iterator was made first): its length hint, or 8.
    pub(crate) fn list_extend_guess(&mut self, o: &Obj) -> PyResult<usize> {
        Ok(self.length_hint(o)?.unwrap_or(DEFAULT_GUESS))
    }

    /// Makes room in `v` for `guess` more items: an empty list without storage gets
    /// exactly that many slots (rounded up to an even number), any other grows by
    /// `list_resize`'s rule.
    pub(crate) fn reserve_like_list(&self, v: &mut HeapVec<Obj>, guess: usize) -> PyResult<()> {
        if guess == 0 {
            return Ok(());
        }
        self.room_for(guess, size_of::<Obj>())?;
        if v.capacity() == 0 {
            v.reserve(self.alloc(), guess)?;
        } else {
            let total = v.len().checked_add(guess).ok_or(super::PyErr::NoMemory)?;
            v.resize_like_list(self.alloc(), total)?;
        }
        Ok(())
    }

    /// After the items are in: storage more than twice what they need is cut back (an
    /// over-large guess), as `list_resize` does. Keeping the storage is also correct, so
    /// a failure to move it is no error.
    pub(crate) fn cut_back_like_list(&self, v: &mut HeapVec<Obj>) {
        if v.len() < v.capacity() {
            let _ = v.resize_like_list(self.alloc(), v.len());
        }
    }
}
