//! `__iter__`, `__next__` and `__length_hint__` of the builtin iterator types
//! (`iter([]).__next__()`, `type(iter("")).__iter__`), as CPython's `tp_iter` /
//! `tp_iternext` slot wrappers expose them. The protocols never go through these: they
//! are for code that calls the methods by name.

use crate::heap::Obj;
use crate::objects::function::NativeFn;
use crate::objects::iter::{IterVariant, ListIterObj, ReversedObj, SeqIterState, TupleIterObj};
use crate::objects::{Tag, tag_of};

use super::{Args, PyResult, Vm};

/// Whether `o` is a builtin iterator (the only objects these methods accept;
/// generators have their own).
fn is_builtin_iterator(o: &Obj) -> bool {
    let t = tag_of(o);
    t != Tag::Generator && super::iterate::is_iterator_tag(t)
}

/// `self`, checked to be a builtin iterator.
fn receiver(vm: &mut Vm, args: &Args, name: &str) -> PyResult<Obj> {
    args.check(vm, name, 1, 1)?;
    let it = args.pos[0].clone();
    if !is_builtin_iterator(&it) {
        let n = vm.type_name(&it);
        return Err(vm.type_error(format!(
            "descriptor '{name}' requires an iterator object but received a '{n}'"
        )));
    }
    Ok(it)
}

fn iter_self(vm: &mut Vm, args: Args) -> PyResult {
    receiver(vm, &args, "__iter__")
}

fn next_method(vm: &mut Vm, args: Args) -> PyResult {
    let it = receiver(vm, &args, "__next__")?;
    match vm.next(&it)? {
        Some(v) => Ok(v),
        None => Err(vm.stop_iteration(None)),
    }
}

/// `__length_hint__` of the sequence iterators: the items not yet produced.
fn length_hint(vm: &mut Vm, args: Args) -> PyResult {
    let it = receiver(vm, &args, "__length_hint__")?;
    // A range past a machine word counts its items in an int of any size.
    if let Some(left) = crate::objects::iter::long_range_remaining(&it) {
        return vm.new_bigint(left);
    }
    let n = if let Some(r) = it.downcast::<ReversedObj>() {
        if r.0.seq.is_some() { r.0.index() } else { 0 }
    } else {
        crate::objects::iter::builtin_iter_remaining(&it).unwrap_or(0)
    };
    vm.new_int(i64::try_from(n).unwrap_or(i64::MAX))
}

/// The state of a list or tuple iterator.
fn seq_iter_state(o: &Obj) -> Option<&SeqIterState> {
    o.downcast::<ListIterObj>()
        .map(|i| &i.0)
        .or_else(|| o.downcast::<TupleIterObj>().map(|i| &i.0))
}

/// `__reduce__` of list and tuple iterators, as CPython's: `(iter, (seq,), index)`,
/// or `(iter, ([],))` / `(iter, ((),))` once exhausted; what copy and pickle use.
fn seq_iter_reduce(vm: &mut Vm, args: Args) -> PyResult {
    args.check(vm, "__reduce__", 1, 1)?;
    let it = args.pos[0].clone();
    let Some(st) = seq_iter_state(&it) else {
        return Err(vm.bad_payload());
    };
    let seq = st.seq.get();
    let index = st.index();
    let k = vm.intern("iter")?;
    let builtins = vm.builtins.clone();
    let Some(iter) = vm.dict_get_str(&builtins, &k) else {
        return Err(vm.bad_payload());
    };
    let mut parts = Vec::with_capacity(3);
    parts.push(iter);
    match seq {
        Some(seq) => {
            parts.push(vm.new_tuple(vec![seq])?);
            parts.push(vm.new_int(i64::try_from(index).unwrap_or(i64::MAX))?);
        }
        None => {
            let empty = if tag_of(&it) == Tag::ListIter {
                vm.new_list(Vec::new())?
            } else {
                vm.new_tuple(Vec::new())?
            };
            parts.push(vm.new_tuple(vec![empty])?);
        }
    }
    vm.new_tuple(parts)
}

/// `__setstate__(index)` of list and tuple iterators: where to continue (clamped to
/// the sequence, as CPython does).
fn seq_iter_setstate(vm: &mut Vm, args: Args) -> PyResult {
    args.check(vm, "__setstate__", 2, 2)?;
    let it = args.pos[0].clone();
    let index = vm.to_index(&args.pos[1])?.max(0) as usize;
    let Some(st) = seq_iter_state(&it) else {
        return Err(vm.bad_payload());
    };
    let seq = st.seq.get();
    if let Some(seq) = seq {
        let len = crate::objects::tuple::as_tuple(&seq)
            .map(<[Obj]>::len)
            .or_else(|| {
                seq.downcast::<crate::objects::ListObj>()
                    .map(|l| l.items.borrow().len())
            })
            .unwrap_or(0);
        st.set_index(index.min(len));
    }
    Ok(vm.none())
}

const SEQ_ITER_PICKLING: &[(&str, NativeFn)] = &[
    ("__reduce__", seq_iter_reduce),
    ("__setstate__", seq_iter_setstate),
];

const ITERATOR: &[(&str, NativeFn)] = &[("__iter__", iter_self), ("__next__", next_method)];

const LENGTH_HINT: &[(&str, NativeFn)] = &[("__length_hint__", length_hint)];

impl Vm {
    /// Puts the iterator methods on the builtin iterator types (at start-up).
    pub(crate) fn add_iterator_methods(&mut self) -> PyResult<()> {
        for (ty, name) in self.types.iterator_types() {
            self.add_methods(&ty, name, ITERATOR, super::MethodKind::Instance)?;
        }
        let mut hinted: Vec<Obj> = [
            Tag::ListIter,
            Tag::TupleIter,
            Tag::RangeIter,
            Tag::StrIter,
            Tag::BytesIter,
            Tag::DictKeyIter,
            Tag::DictValueIter,
            Tag::DictItemIter,
            Tag::SetIter,
            Tag::DequeIter,
            Tag::Reversed,
        ]
        .into_iter()
        .map(|t| self.types.by_tag(t).clone())
        .collect();
        for variant in [
            IterVariant::ListReverse,
            IterVariant::LongRange,
            IterVariant::StrNonAscii,
            IterVariant::ByteArray,
            IterVariant::DictReverseKeys,
            IterVariant::DictReverseValues,
            IterVariant::DictReverseItems,
        ] {
            hinted.extend(self.types.iter_variant(variant).cloned());
        }
        for ty in hinted {
            self.add_methods(&ty, "iterator", LENGTH_HINT, super::MethodKind::Instance)?;
        }
        for (tag, name) in [
            (Tag::ListIter, "list_iterator"),
            (Tag::TupleIter, "tuple_iterator"),
        ] {
            let ty = self.types.by_tag(tag).clone();
            self.add_methods(&ty, name, SEQ_ITER_PICKLING, super::MethodKind::Instance)?;
        }
        Ok(())
    }
}
