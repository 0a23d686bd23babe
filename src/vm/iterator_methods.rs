//! `__iter__`, `__next__` and `__length_hint__` of the builtin iterator types
//! (`iter([]).__next__()`, `type(iter("")).__iter__`), as CPython's `tp_iter` /
//! `tp_iternext` slot wrappers expose them. The protocols never go through these: they
//! are for code that calls the methods by name.

use crate::heap::Obj;
use crate::objects::function::NativeFn;
use crate::objects::iter::{IterVariant, ReversedObj};
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
    let n = if let Some(r) = it.downcast::<ReversedObj>() {
        if r.0.seq.borrow().is_some() {
            r.0.index.get()
        } else {
            0
        }
    } else {
        crate::modules::operator::builtin_iter_remaining(&it).unwrap_or(0)
    };
    vm.new_int(i64::try_from(n).unwrap_or(i64::MAX))
}

const ITERATOR: &[(&str, NativeFn)] = &[("__iter__", iter_self), ("__next__", next_method)];

const LENGTH_HINT: &[(&str, NativeFn)] = &[("__length_hint__", length_hint)];

impl Vm {
    /// Puts the iterator methods on the builtin iterator types (at start-up).
    pub(crate) fn add_iterator_methods(&mut self) -> PyResult<()> {
        for (ty, name) in self.types.iterator_types() {
            self.add_methods(&ty, name, ITERATOR, super::MethodKind::Instance)?;
        }
        let list_reverse = self.types.iter_variant(IterVariant::ListReverse).cloned();
        let hinted = [
            Some(self.types.by_tag(Tag::ListIter).clone()),
            Some(self.types.by_tag(Tag::TupleIter).clone()),
            Some(self.types.by_tag(Tag::RangeIter).clone()),
            list_reverse,
        ];
        for ty in hinted.into_iter().flatten() {
            self.add_methods(&ty, "iterator", LENGTH_HINT, super::MethodKind::Instance)?;
        }
        Ok(())
    }
}
