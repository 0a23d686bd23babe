//! `weakref.ref` objects: a weak slot in the heap plus an optional callback.

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use super::tuple::as_tuple;
use super::{Tag, TypeObj, tag_of, visit_opt};
use crate::declare_payload;
use crate::heap::weak::WeakSlot;
use crate::heap::{Behaviour, NoTail, Obj};
use crate::vm::{PyResult, Vm};

pub struct WeakRefObj {
    pub slot: Rc<WeakSlot>,
    pub callback: RefCell<Option<Obj>>,
    /// The referent's hash, kept once computed (a dead ref still hashes).
    pub hash: Cell<Option<i64>>,
}
declare_payload!(WeakRefObj, "weakref.ReferenceType", Tag::WeakRef, gc);
impl Behaviour for WeakRefObj {
    fn traverse(&self, _: &[NoTail], visit: &mut dyn FnMut(&Obj)) {
        if let Ok(c) = self.callback.try_borrow() {
            visit_opt(&c, visit);
        }
    }
    fn clear(&self) {
        let old = self.callback.try_borrow_mut().map(|mut c| c.take());
        drop(old);
    }
}

impl Vm {
    /// `weakref.ref(target[, callback])`.
    pub fn new_weakref(&mut self, target: &Obj, callback: Option<Obj>) -> PyResult {
        if !self.weakrefable(target) {
            let n = self.type_name(target);
            return Err(self.type_error(format!("cannot create weak reference to '{n}' object")));
        }
        self.new_weakref_unchecked(target, callback)
    }

    /// A weak reference to any container, whether or not its type offers weak
    /// references to Python code (the `weakref` module uses it for its proxies).
    pub fn new_weakref_unchecked(&mut self, target: &Obj, callback: Option<Obj>) -> PyResult {
        let callback = callback.filter(|c| !c.ptr_eq(&self.s.none));
        if callback.is_none()
            && let Some(existing) = self.heap.weak_find_basic(target)
        {
            return Ok(existing);
        }
        let Some(slot) = self.heap.weak_ref(target) else {
            let n = self.type_name(target);
            return Err(self.type_error(format!("cannot create weak reference to '{n}' object")));
        };
        let basic = callback.is_none();
        let wr = self.heap.alloc(WeakRefObj {
            slot: slot.clone(),
            callback: RefCell::new(callback),
            hash: Cell::new(None),
        })?;
        slot.set_owner(&wr, basic);
        Ok(wr)
    }

    /// Whether Python code may weakly reference `o` (in CPython: whether its type has
    /// a weak reference list).
    pub(crate) fn weakrefable(&mut self, o: &Obj) -> bool {
        let cls = self.type_of(o);
        if cls.downcast::<TypeObj>().is_some_and(|t| !t.builtin) {
            return self.class_has_weakref_slot(&cls);
        }
        match tag_of(o) {
            Tag::Set
            | Tag::FrozenSet
            | Tag::Function
            | Tag::BuiltinFunction
            | Tag::BoundMethod
            | Tag::Type
            | Tag::Module
            | Tag::Generator
            | Tag::Code
            | Tag::Deque
            | Tag::TextStream
            | Tag::BufferedReader
            | Tag::BufferedWriter
            | Tag::BufferedRandom
            | Tag::StringIO
            | Tag::BytesIO => true,
            Tag::Native => !self.native_is_iterator(o),
            _ => false,
        }
    }

    /// For a user class: a class of its MRO declares no `__slots__` or lists
    /// `__weakref__` in them, or a builtin base has weak references; never over the
    /// variable-size builtins (int, str, tuple, bytes).
    pub(crate) fn class_has_weakref_slot(&mut self, cls: &Obj) -> bool {
        let mro = cls
            .downcast::<TypeObj>()
            .map(|t| t.mro.borrow().clone())
            .and_then(|m| as_tuple(&m).map(<[Obj]>::to_vec))
            .unwrap_or_default();
        let variable_size = mro.iter().any(|c| {
            c.downcast::<TypeObj>().is_some_and(|t| {
                t.builtin
                    && matches!(
                        t.layout,
                        Tag::Int | Tag::BigInt | Tag::Bool | Tag::Str | Tag::Tuple | Tag::Bytes
                    )
            })
        });
        if variable_size {
            return false;
        }
        for c in &mro {
            let Some(t) = c.downcast::<TypeObj>() else {
                continue;
            };
            if t.builtin {
                if matches!(
                    t.layout,
                    Tag::Set | Tag::FrozenSet | Tag::Deque | Tag::Native
                ) {
                    return true;
                }
                continue;
            }
            match self.own_slot_names(c) {
                Ok(Some(names)) if !names.iter().any(|n| n == "__weakref__") => {}
                _ => return true,
            }
        }
        false
    }

    /// `obj.__weakref__`: the first weak reference to an instance, or None.
    pub(crate) fn weakref_attr(&mut self, o: &Obj) -> PyResult<Option<Obj>> {
        if !self.weakrefable(o) {
            return Ok(None);
        }
        // CPython keeps the callback-free reference at the head of the list.
        let first = self
            .heap
            .weak_find_basic(o)
            .or_else(|| self.heap.weak_owners(o).into_iter().next());
        Ok(Some(first.unwrap_or_else(|| self.none())))
    }

    /// `wr()`: the referent, or None once it died.
    pub(crate) fn call_weakref(&mut self, wr: &Obj, args: crate::vm::Args) -> PyResult {
        args.check(self, "weakref", 0, 0)?;
        Ok(wr
            .downcast::<WeakRefObj>()
            .and_then(|w| w.slot.get())
            .unwrap_or_else(|| self.none()))
    }

    /// `repr(wr)`: `<weakref at 0x...; to 'T' at 0x...>` or `<weakref at 0x...; dead>`.
    pub(crate) fn weakref_repr(&mut self, wr: &Obj) -> String {
        match wr.downcast::<WeakRefObj>().and_then(|w| w.slot.get()) {
            Some(t) => {
                let n = self.type_name(&t);
                format!(
                    "<weakref at {:#x}; to '{}' at {:#x}>",
                    wr.addr(),
                    n,
                    t.addr()
                )
            }
            None => format!("<weakref at {:#x}; dead>", wr.addr()),
        }
    }

    /// `hash(wr)`: the referent's hash, remembered; TypeError once dead if never taken.
    pub(crate) fn weakref_hash(&mut self, wr: &Obj) -> PyResult<i64> {
        let Some(w) = wr.downcast::<WeakRefObj>() else {
            return Err(self.bad_payload());
        };
        if let Some(h) = w.hash.get() {
            return Ok(h);
        }
        match w.slot.get() {
            Some(t) => {
                let h = self.hash(&t)?;
                w.hash.set(Some(h));
                Ok(h)
            }
            None => Err(self.type_error("weak object has gone away")),
        }
    }

    /// Calls the callback of a weakref whose referent died; errors are reported as
    /// "Exception ignored in".
    pub(crate) fn run_weak_callback(&mut self, wr: &Obj) {
        let cb = wr
            .downcast::<WeakRefObj>()
            .and_then(|w| w.callback.borrow_mut().take());
        if let Some(cb) = cb
            && let Err(e) = self.call(&cb, vec![wr.clone()])
        {
            let what = self.repr_string(&cb).unwrap_or_default();
            self.report_unraisable(&format!("Exception ignored in: {what}"), e);
        }
    }
}

/// `weakref.ref.__call__`: calling a weak reference, or an instance of a subclass of
/// `weakref.ref` (which holds the reference as its builtin value).
fn weakref_call_method(vm: &mut Vm, mut args: crate::vm::Args) -> PyResult {
    if args.pos.is_empty() {
        return Err(vm.type_error(
            "descriptor '__call__' of 'weakref.ReferenceType' object needs an argument",
        ));
    }
    let this = args.pos.remove(0);
    let wr = vm.base_value(&this).unwrap_or(this);
    if !wr.is::<WeakRefObj>() {
        let t = vm.type_name(&wr);
        return Err(vm.type_error(format!(
            "descriptor '__call__' requires a 'weakref.ReferenceType' object but received a '{t}'"
        )));
    }
    vm.call_weakref(&wr, args)
}

pub const WEAKREF_METHODS: &[(&str, crate::objects::function::NativeFn)] =
    &[("__call__", weakref_call_method)];
