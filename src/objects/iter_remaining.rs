//! The items a builtin iterator has still to give, as its `__length_hint__` reports it
//! (and `list(it)` / `l.extend(it)` use it to size their storage): for the iterators
//! over str, bytes, bytearray, dict, set and deque, and `reversed()`. The list, tuple
//! and range iterators are counted in `iter.rs`.

use super::bytes::{BytesIterObj, with_bytes};
use super::deque::{DequeIterObj, DequeObj};
use super::iter::{
    DictItemIterObj, DictIterState, DictKeyIterObj, DictValueIterObj, ReversedObj, StrIterObj,
};
use super::set::{SetIterObj, set_table};
use super::{DictObj, tuple::as_tuple};
use crate::heap::Obj;

/// The remaining count of the iterators this file knows; None for any other object.
pub(super) fn other_iter_remaining(o: &Obj) -> Option<usize> {
    if let Some(s) = o.downcast::<StrIterObj>() {
        // The index is a byte offset: count the code points after it (a continuation
        // byte starts none).
        let Some(seq) = s.0.seq.get() else {
            return Some(0);
        };
        let (_, bytes) = seq.downcast_text()?;
        let rest = bytes.get(s.0.index()..).unwrap_or(&[]);
        return Some(rest.iter().filter(|&&b| b & 0xC0 != 0x80).count());
    }
    if let Some(b) = o.downcast::<BytesIterObj>() {
        let seq = b.seq.try_borrow().ok()?.clone();
        let Some(seq) = seq else {
            return Some(0);
        };
        let len = with_bytes(&seq, <[u8]>::len)?;
        return Some(len.saturating_sub(b.index.get()));
    }
    if let Some(st) = dict_iter_state(o) {
        // Nothing once the dict changed size (the next step raises).
        let Some(seq) = st.seq.seq.get() else {
            return Some(0);
        };
        let len = seq.downcast::<DictObj>()?.table.try_borrow().ok()?.len();
        return Some(if len == st.len.get() {
            st.remaining.get()
        } else {
            0
        });
    }
    if let Some(si) = o.downcast::<SetIterObj>() {
        let seq = si.set.try_borrow().ok()?.clone();
        let Some(seq) = seq else {
            return Some(0);
        };
        let t = set_table(&seq)?.try_borrow().ok()?;
        if t.len() != si.len {
            return Some(0);
        }
        let mut pos = si.pos.get();
        let mut n = 0;
        while let Some((p, _)) = t.next_at(pos) {
            n += 1;
            pos = p + 1;
        }
        return Some(n);
    }
    if let Some(di) = o.downcast::<DequeIterObj>() {
        let seq = di.deque.try_borrow().ok()?.clone();
        let Some(seq) = seq else {
            return Some(0);
        };
        let d = seq.downcast::<DequeObj>()?;
        if d.state.get() != di.state {
            return Some(0);
        }
        let len = d.store.try_borrow().ok()?.len();
        return Some(len.saturating_sub(di.index.get()));
    }
    if let Some(r) = o.downcast::<ReversedObj>() {
        // The index is one past the next item; a sequence that shrank gives nothing.
        let Some(seq) = r.0.seq.get() else {
            return Some(0);
        };
        let index = r.0.index();
        let len = sequence_len(&seq).unwrap_or(index);
        return Some(if index > len { 0 } else { index });
    }
    None
}

fn dict_iter_state(o: &Obj) -> Option<&DictIterState> {
    if let Some(i) = o.downcast::<DictKeyIterObj>() {
        return Some(&i.0);
    }
    if let Some(i) = o.downcast::<DictValueIterObj>() {
        return Some(&i.0);
    }
    o.downcast::<DictItemIterObj>().map(|i| &i.0)
}

/// The length of the builtin sequences `reversed()` walks without Python code.
fn sequence_len(seq: &Obj) -> Option<usize> {
    if let Some(t) = as_tuple(seq) {
        return Some(t.len());
    }
    if let Some(l) = seq.downcast::<super::ListObj>() {
        return Some(l.items.try_borrow().ok()?.len());
    }
    if let Some((s, _)) = seq.downcast_text() {
        return Some(s.char_len());
    }
    with_bytes(seq, <[u8]>::len)
}
