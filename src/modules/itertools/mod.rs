//! The `itertools` module: lazy iterators written in Rust, one `NativeState` per type,
//! following CPython's algorithms (and so its order of consuming the inputs).

mod combinatoric;
mod filtering;
mod grouping;
mod infinite;
mod joining;
mod tee;

use std::cell::RefCell;

use crate::heap::Obj;
use crate::vm::native::NativeTypeSpec;
use crate::vm::{PyResult, Vm};

pub(super) use crate::vm::params::split_cls;

/// Every type the module exports, by its attribute name.
const TYPES: &[&NativeTypeSpec] = &[
    &infinite::COUNT,
    &infinite::CYCLE,
    &infinite::REPEAT,
    &joining::CHAIN,
    &joining::ACCUMULATE,
    &joining::PAIRWISE,
    &joining::STARMAP,
    &joining::ZIP_LONGEST,
    &filtering::COMPRESS,
    &filtering::DROPWHILE,
    &filtering::TAKEWHILE,
    &filtering::FILTERFALSE,
    &filtering::ISLICE,
    &combinatoric::PRODUCT,
    &combinatoric::PERMUTATIONS,
    &combinatoric::COMBINATIONS,
    &combinatoric::COMBINATIONS_WITH_REPLACEMENT,
    &grouping::GROUPBY,
    &grouping::GROUPER,
    &tee::TEE,
    &tee::TEE_DATA,
];

pub(crate) fn create(vm: &mut Vm) -> PyResult<Obj> {
    let m = super::module_with_functions(vm, "itertools", &[("tee", tee::tee)])?;
    for spec in TYPES {
        let t = vm.native_type(spec)?;
        super::set_attr(vm, &m, spec.name, t)?;
    }
    Ok(m)
}

/// An iterator slot that is emptied once the iterator is exhausted (as CPython's
/// objects drop their reference), so that finished iterators hold nothing.
pub(super) struct Source(RefCell<Option<Obj>>);

impl Source {
    pub fn new(it: Obj) -> Source {
        Source(RefCell::new(Some(it)))
    }

    pub fn empty() -> Source {
        Source(RefCell::new(None))
    }

    pub fn get(&self) -> Option<Obj> {
        self.0.try_borrow().ok().and_then(|s| s.clone())
    }

    pub fn set(&self, it: Option<Obj>) {
        let old = match self.0.try_borrow_mut() {
            Ok(mut s) => std::mem::replace(&mut *s, it),
            Err(_) => None,
        };
        drop(old);
    }

    /// The next item, or None (dropping the iterator) at the end.
    pub fn next(&self, vm: &mut Vm) -> PyResult<Option<Obj>> {
        let Some(it) = self.get() else {
            return Ok(None);
        };
        match vm.next(&it) {
            Ok(Some(v)) => Ok(Some(v)),
            Ok(None) => {
                self.set(None);
                Ok(None)
            }
            Err(e) => Err(e),
        }
    }

    pub fn traverse(&self, visit: &mut dyn FnMut(&Obj)) {
        if let Ok(s) = self.0.try_borrow()
            && let Some(o) = &*s
        {
            visit(o);
        }
    }

    pub fn clear(&self) {
        self.set(None);
    }
}

/// A cell holding one object (swapped out under a short borrow).
pub(super) struct Slot(RefCell<Option<Obj>>);

impl Slot {
    pub fn new(v: Option<Obj>) -> Slot {
        Slot(RefCell::new(v))
    }

    pub fn get(&self) -> Option<Obj> {
        self.0.try_borrow().ok().and_then(|s| s.clone())
    }

    pub fn set(&self, v: Option<Obj>) {
        let old = match self.0.try_borrow_mut() {
            Ok(mut s) => std::mem::replace(&mut *s, v),
            Err(_) => None,
        };
        drop(old);
    }

    pub fn traverse(&self, visit: &mut dyn FnMut(&Obj)) {
        if let Ok(s) = self.0.try_borrow()
            && let Some(o) = &*s
        {
            visit(o);
        }
    }
}

/// `x` as a Py_ssize_t the way C code reads an optional index: None when it is not an
/// integer or does not fit.
pub(super) fn ssize(vm: &mut Vm, o: &Obj) -> Option<i64> {
    let r = vm.index_value(o)?;
    r.ok()
}

/// The items of an iterable, as `tuple(iterable)` would read them.
pub(super) fn pool(vm: &mut Vm, iterable: &Obj) -> PyResult<Vec<Obj>> {
    let it = vm.get_iter(iterable)?;
    let mut v = Vec::new();
    while let Some(x) = vm.next(&it)? {
        v.push(x);
    }
    Ok(v)
}
