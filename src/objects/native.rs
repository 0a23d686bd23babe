//! Objects of the types that builtin modules define in Rust (`itertools.chain`,
//! `functools.partial`, `operator.itemgetter`, `random.Random`, ...).
//!
//! One payload serves them all: the Python class of the object (a type object made by
//! the module, whose namespace holds the type's methods as Rust functions) and the
//! type's own state behind the `NativeState` trait. The protocols reach the methods
//! through the class, as for instances of Python classes; iterators also get a direct
//! `next` hook so that loops over them do not go through a method lookup.

use std::any::Any;
use std::cell::RefCell;

use super::{Tag, visit_opt};
use crate::declare_payload;
use crate::heap::{Behaviour, NoTail, Obj};
use crate::vm::{PyResult, Vm};

/// The Rust side of a native type.
pub trait NativeState: Any {
    /// Every object the state refers to (for the cycle collector).
    fn traverse(&self, visit: &mut dyn FnMut(&Obj)) {
        let _ = visit;
    }
    /// Drops the references that could form cycles.
    fn clear(&self) {}
    /// A copy of the bytes, for types that export a buffer (`array.array`): what
    /// `bytes(o)` and other bytes-like arguments read.
    fn buffer_bytes(&self) -> Option<Vec<u8>> {
        None
    }
    /// Bytes of heap buffers the state owns (counted by `sys.getsizeof`).
    fn heap_bytes(&self) -> usize {
        0
    }
    /// True for iterator types (they implement `next`).
    fn is_iterator(&self) -> bool {
        false
    }
    /// Iterator types: the next item, `Ok(None)` when exhausted. `this` is the object
    /// that holds this state.
    fn next(&self, vm: &mut Vm, this: &Obj) -> PyResult<Option<Obj>> {
        let _ = (vm, this);
        Ok(None)
    }
}

pub struct NativeObj {
    /// The Python class of the object.
    pub class: Obj,
    /// Attributes assigned on the object, for types whose instances have a `__dict__`
    /// (`functools.partial`, the `lru_cache` wrapper); None until the first one.
    pub dict: RefCell<Option<Obj>>,
    /// True for types whose instances accept arbitrary attributes.
    pub has_dict: bool,
    pub state: Box<dyn NativeState>,
}
declare_payload!(NativeObj, "native", Tag::Native, gc);
impl Behaviour for NativeObj {
    fn traverse(&self, _: &[NoTail], visit: &mut dyn FnMut(&Obj)) {
        visit(&self.class);
        if let Ok(d) = self.dict.try_borrow() {
            visit_opt(&d, visit);
        }
        self.state.traverse(visit);
    }
    fn clear(&self) {
        let old = self.dict.try_borrow_mut().map(|mut d| d.take());
        drop(old);
        self.state.clear();
    }
}

impl NativeObj {
    pub fn new(class: Obj, state: impl NativeState) -> NativeObj {
        NativeObj {
            class,
            dict: RefCell::new(None),
            has_dict: false,
            state: Box::new(state),
        }
    }

    /// An object whose instances take arbitrary attributes.
    pub fn with_dict(class: Obj, state: impl NativeState) -> NativeObj {
        NativeObj {
            has_dict: true,
            ..NativeObj::new(class, state)
        }
    }

    /// The state, if it is a `T`.
    pub fn state<T: NativeState>(&self) -> Option<&T> {
        let any: &dyn Any = &*self.state;
        any.downcast_ref::<T>()
    }
}

/// The `T` state of a native object.
pub fn native_state<T: NativeState>(o: &Obj) -> Option<&T> {
    o.downcast::<NativeObj>().and_then(NativeObj::state::<T>)
}
