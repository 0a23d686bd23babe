//! Iterator objects over the builtin containers, and the lazy builtins (enumerate, zip,
//! reversed, map, filter, the two-argument iter()). An exhausted iterator drops its
//! reference to what it iterated, as CPython's do.

use std::cell::Cell;

use super::{Tag, visit_opt};
use crate::declare_payload;
use crate::heap::{Behaviour, NoTail, Obj, OptObjCell};

/// Which of CPython's iterator types an iterator presents itself as, where one minipy
/// payload serves several: `reversed([])` is a `list_reverseiterator`, `iter("é")` a
/// `str_iterator`, `iter(bytearray())` a `bytearray_iterator`, ... `Plain` is the
/// payload's own type. Fixed at creation, so the type stays the same once exhausted.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
#[repr(u8)]
pub enum IterVariant {
    Plain,
    ListReverse,
    DictReverseKeys,
    DictReverseValues,
    DictReverseItems,
    StrNonAscii,
    ByteArray,
    LongRange,
}

impl IterVariant {
    /// Every variant, indexed by its discriminant.
    const ALL: [IterVariant; 8] = [
        IterVariant::Plain,
        IterVariant::ListReverse,
        IterVariant::DictReverseKeys,
        IterVariant::DictReverseValues,
        IterVariant::DictReverseItems,
        IterVariant::StrNonAscii,
        IterVariant::ByteArray,
        IterVariant::LongRange,
    ];

    /// Every variant other than `Plain`, with its CPython type name.
    pub const NAMED: [(IterVariant, &'static str); 7] = [
        (IterVariant::ListReverse, "list_reverseiterator"),
        (IterVariant::DictReverseKeys, "dict_reversekeyiterator"),
        (IterVariant::DictReverseValues, "dict_reversevalueiterator"),
        (IterVariant::DictReverseItems, "dict_reverseitemiterator"),
        (IterVariant::StrNonAscii, "str_iterator"),
        (IterVariant::ByteArray, "bytearray_iterator"),
        (IterVariant::LongRange, "longrange_iterator"),
    ];
}

/// Iterator over an indexable sequence: list, tuple, or any object with `__getitem__`.
/// Two words, so that with the collector's head and the header it is 48 bytes, as
/// CPython's sequence iterators are.
pub struct SeqIterState {
    /// What is iterated; emptied once the iterator is exhausted.
    pub seq: OptObjCell,
    /// The index in the low bits and the `IterVariant` in the top byte: the variant is
    /// fixed at creation, and no index reaches 2^56 (a sequence that long could not be
    /// held, and counting to it one item at a time would take centuries).
    pos: Cell<usize>,
}

/// The bits of `SeqIterState::pos` that hold the index.
const INDEX_BITS: u32 = usize::BITS - 8;
const INDEX_MASK: usize = (1 << INDEX_BITS) - 1;

impl SeqIterState {
    pub fn new(seq: Obj) -> SeqIterState {
        SeqIterState::with_variant(seq, IterVariant::Plain)
    }

    pub fn with_variant(seq: Obj, variant: IterVariant) -> SeqIterState {
        SeqIterState {
            seq: OptObjCell::new(Some(seq)),
            pos: Cell::new((variant as usize) << INDEX_BITS),
        }
    }

    /// The index of the next item (a byte offset for str iterators; for reversed
    /// iterators, one past the next item).
    #[inline(always)]
    pub fn index(&self) -> usize {
        self.pos.get() & INDEX_MASK
    }

    /// Moves the index to `i` (kept below 2^56, past any sequence's length).
    #[inline(always)]
    pub fn set_index(&self, i: usize) {
        let p = self.pos.get();
        self.pos.set((p & !INDEX_MASK) | i.min(INDEX_MASK));
    }

    /// Moves the index `n` forward: `set_index(index() + n)` without the masking, as the
    /// index stays far below 2^56 when `n` is an item's size.
    #[inline(always)]
    pub fn advance(&self, n: usize) {
        self.pos.set(self.pos.get() + n);
    }

    pub fn variant(&self) -> IterVariant {
        IterVariant::ALL
            .get(self.pos.get() >> INDEX_BITS)
            .copied()
            .unwrap_or(IterVariant::Plain)
    }

    /// Drops the reference to the sequence (the iterator is exhausted).
    pub fn exhaust(&self) {
        drop(self.seq.take());
    }

    fn traverse(&self, visit: &mut dyn FnMut(&Obj)) {
        self.seq.visit(visit);
    }

    fn clear(&self) {
        self.exhaust();
    }
}

macro_rules! seq_iter_type {
    ($ty:ident, $name:expr, $tag:expr) => {
        pub struct $ty(pub SeqIterState);
        declare_payload!($ty, $name, $tag, gc);
        impl Behaviour for $ty {
            fn traverse(&self, _: &[NoTail], visit: &mut dyn FnMut(&Obj)) {
                self.0.traverse(visit)
            }
            fn clear(&self) {
                self.0.clear()
            }
        }
    };
}

seq_iter_type!(ListIterObj, "list_iterator", Tag::ListIter);
seq_iter_type!(TupleIterObj, "tuple_iterator", Tag::TupleIter);
seq_iter_type!(SeqIterObj, "iterator", Tag::SeqIter);

/// Iterator over a dict: `index` is an entry position; `len` is the dict's size when
/// iteration began (a change is an error, as in CPython).
pub struct DictIterState {
    pub seq: SeqIterState,
    /// The dict's size when iteration began.
    pub len: Cell<usize>,
    /// Items still expected: finding one more means keys were swapped meanwhile.
    pub remaining: Cell<usize>,
}

impl DictIterState {
    pub fn new(dict: Obj, len: usize) -> DictIterState {
        DictIterState {
            seq: SeqIterState::new(dict),
            len: Cell::new(len),
            remaining: Cell::new(len),
        }
    }
}

macro_rules! dict_iter_type {
    ($ty:ident, $name:expr, $tag:expr) => {
        pub struct $ty(pub DictIterState);
        declare_payload!($ty, $name, $tag, gc);
        impl Behaviour for $ty {
            fn traverse(&self, _: &[NoTail], visit: &mut dyn FnMut(&Obj)) {
                self.0.seq.traverse(visit)
            }
            fn clear(&self) {
                self.0.seq.clear()
            }
        }
    };
}

dict_iter_type!(DictKeyIterObj, "dict_keyiterator", Tag::DictKeyIter);
dict_iter_type!(DictValueIterObj, "dict_valueiterator", Tag::DictValueIter);
dict_iter_type!(DictItemIterObj, "dict_itemiterator", Tag::DictItemIter);

/// Iterator over a str: `index` is a byte offset.
pub struct StrIterObj(pub SeqIterState);
declare_payload!(StrIterObj, "str_ascii_iterator", Tag::StrIter, nogc);
impl Behaviour for StrIterObj {}

/// `reversed()` of a sequence: `index` counts down (one past the next item).
pub struct ReversedObj(pub SeqIterState);
declare_payload!(ReversedObj, "reversed", Tag::Reversed, gc);
impl Behaviour for ReversedObj {
    fn traverse(&self, _: &[NoTail], visit: &mut dyn FnMut(&Obj)) {
        self.0.traverse(visit)
    }
    fn clear(&self) {
        self.0.clear()
    }
}

pub struct RangeIterObj {
    pub next: Cell<i64>,
    pub step: i64,
    pub remaining: Cell<i64>,
}
declare_payload!(RangeIterObj, "range_iterator", Tag::RangeIter, nogc);
impl Behaviour for RangeIterObj {}

pub struct EnumerateObj {
    pub iter: Obj,
    pub count: Cell<i64>,
    /// The count once it no longer fits an i64 (a start that large, or counting past
    /// `i64::MAX`), as CPython goes over to a Python int at `PY_SSIZE_T_MAX`. Boxed in
    /// a `Cell` so that the rare case costs every enumerate one pointer.
    pub big_count: Cell<Option<Box<num_bigint::BigInt>>>,
}
declare_payload!(EnumerateObj, "enumerate", Tag::Enumerate, gc);

/// The index an enumerate gives with its next item.
pub enum EnumerateIndex {
    Small(i64),
    Big(num_bigint::BigInt),
}

impl EnumerateObj {
    pub fn new(iter: Obj, start: EnumerateIndex) -> EnumerateObj {
        let (count, big) = match start {
            EnumerateIndex::Small(i) => (i, None),
            EnumerateIndex::Big(b) => (0, Some(b)),
        };
        EnumerateObj {
            iter,
            count: Cell::new(count),
            big_count: Cell::new(big.map(Box::new)),
        }
    }

    /// The current index, the count moved on by one.
    pub fn take_index(&self) -> EnumerateIndex {
        if let Some(mut b) = self.big_count.take() {
            let current = (*b).clone();
            *b += 1;
            self.big_count.set(Some(b));
            return EnumerateIndex::Big(current);
        }
        let i = self.count.get();
        match i.checked_add(1) {
            Some(next) => self.count.set(next),
            None => self
                .big_count
                .set(Some(Box::new(num_bigint::BigInt::from(i) + 1))),
        }
        EnumerateIndex::Small(i)
    }
}
impl Behaviour for EnumerateObj {
    fn traverse(&self, _: &[NoTail], visit: &mut dyn FnMut(&Obj)) {
        visit(&self.iter)
    }
}

pub struct ZipObj {
    pub iters: Vec<Obj>,
    pub strict: bool,
}
declare_payload!(ZipObj, "zip", Tag::Zip, gc);
impl Behaviour for ZipObj {
    fn traverse(&self, _: &[NoTail], visit: &mut dyn FnMut(&Obj)) {
        self.iters.iter().for_each(visit)
    }
}

pub struct MapObj {
    pub func: Obj,
    /// The iterators, in a tuple (as CPython keeps them): one pointer here.
    pub iters: Obj,
}
declare_payload!(MapObj, "map", Tag::Map, gc);
impl Behaviour for MapObj {
    fn traverse(&self, _: &[NoTail], visit: &mut dyn FnMut(&Obj)) {
        visit(&self.func);
        visit(&self.iters)
    }
}

/// `filter(func, it)`; `func` None keeps truthy items.
pub struct FilterObj {
    pub func: Option<Obj>,
    pub iter: Obj,
}
declare_payload!(FilterObj, "filter", Tag::Filter, gc);
impl Behaviour for FilterObj {
    fn traverse(&self, _: &[NoTail], visit: &mut dyn FnMut(&Obj)) {
        visit_opt(&self.func, visit);
        visit(&self.iter)
    }
}

/// `iter(callable, sentinel)`.
pub struct CallIterObj {
    /// Emptied once the sentinel was seen.
    pub func: OptObjCell,
    pub sentinel: Obj,
}
declare_payload!(CallIterObj, "callable_iterator", Tag::CallIter, gc);
impl Behaviour for CallIterObj {
    fn traverse(&self, _: &[NoTail], visit: &mut dyn FnMut(&Obj)) {
        self.func.visit(visit);
        visit(&self.sentinel)
    }
}

macro_rules! dict_view_type {
    ($ty:ident, $name:expr, $tag:expr) => {
        pub struct $ty {
            pub dict: Obj,
        }
        declare_payload!($ty, $name, $tag, gc);
        impl Behaviour for $ty {
            fn traverse(&self, _: &[NoTail], visit: &mut dyn FnMut(&Obj)) {
                visit(&self.dict)
            }
        }
    };
}

/// The variant of an iterator whose payload serves several CPython types.
pub fn variant_of(o: &Obj) -> IterVariant {
    if let Some(r) = o.downcast::<ReversedObj>() {
        r.0.variant()
    } else if let Some(s) = o.downcast::<StrIterObj>() {
        s.0.variant()
    } else if let Some(s) = o.downcast::<SeqIterObj>() {
        s.0.variant()
    } else if let Some(b) = o.downcast::<super::bytes::BytesIterObj>() {
        b.variant
    } else {
        IterVariant::Plain
    }
}

dict_view_type!(DictKeysObj, "dict_keys", Tag::DictKeys);
dict_view_type!(DictValuesObj, "dict_values", Tag::DictValues);
dict_view_type!(DictItemsObj, "dict_items", Tag::DictItems);

/// What `__length_hint__` of the builtin sequence iterators reports.
/// The items a `longrange_iterator` (over a range whose bounds or length do not fit a
/// machine word) has still to give; None for any other object.
pub(crate) fn long_range_remaining(o: &Obj) -> Option<num_bigint::BigInt> {
    let it = o.downcast::<SeqIterObj>()?;
    if it.0.variant() != IterVariant::LongRange {
        return None;
    }
    let seq = it.0.seq.get()?;
    let r = seq.downcast::<super::RangeObj>()?;
    let (_, _, _, len) = r.bounds();
    let left = len - it.0.index();
    Some(left.max(num_bigint::BigInt::from(0)))
}

pub(crate) fn builtin_iter_remaining(o: &Obj) -> Option<usize> {
    use super::{ListObj, tuple::as_tuple};
    if let Some(r) = o.downcast::<RangeIterObj>() {
        return Some(r.remaining.get().max(0) as usize);
    }
    if let Some(n) = long_range_remaining(o) {
        use num_traits::ToPrimitive;
        return Some(n.to_usize().unwrap_or(usize::MAX));
    }
    let (st, len) = if let Some(l) = o.downcast::<ListIterObj>() {
        let n =
            l.0.seq
                .get()
                .as_ref()
                .and_then(|s| s.downcast::<ListObj>().map(|l| l.items.borrow().len()));
        (&l.0, n)
    } else if let Some(t) = o.downcast::<TupleIterObj>() {
        let n =
            t.0.seq
                .get()
                .as_ref()
                .and_then(|s| as_tuple(s).map(<[Obj]>::len));
        (&t.0, n)
    } else {
        return super::iter_remaining::other_iter_remaining(o);
    };
    Some(len.unwrap_or(0).saturating_sub(st.index()))
}
