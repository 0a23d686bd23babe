//! The checks every builtin `T.__new__(cls, ...)` makes before it allocates (CPython's
//! `tp_new_wrapper`): `cls` is a class, a subclass of `T`, and `T`'s allocator is the
//! one `cls`'s layout needs — `object.__new__(int)` or `int.__new__(bool)` would build
//! a value of the wrong shape, so they are refused with CPython's messages.

use crate::heap::Obj;
use crate::objects::descr::StaticMethodObj;
use crate::objects::tuple::as_tuple;
use crate::objects::{BuiltinFunctionObj, Tag, TypeObj};

use super::{Args, PyResult, Vm};

impl Vm {
    /// Checks `me.__new__(args...)` and returns the class to instantiate (`args.pos[0]`).
    pub(crate) fn checked_new_subtype(&mut self, me: &Obj, args: &Args) -> PyResult<Obj> {
        // The names are only spelled out for an error: every instantiation passes here.
        // `object.__new__(C)` for a class made only of Python classes over `object` (the
        // usual case) is safe without the walk below.
        if me.ptr_eq(&self.types.object)
            && let Some(sub) = args.pos.first()
            && let Some(t) = sub.downcast::<TypeObj>()
            && t.layout == Tag::Instance
            && let Ok(mro) = t.mro.try_borrow()
            && let Some(mro) = as_tuple(&mro)
            && mro.iter().all(|c| {
                c.ptr_eq(&self.types.object)
                    || c.downcast::<TypeObj>().is_some_and(|ct| !ct.builtin)
            })
        {
            return Ok(sub.clone());
        }
        let Some(sub) = args.pos.first().cloned() else {
            let me_name = self.tp_name(me);
            return Err(self.type_error(format!("{me_name}.__new__(): not enough arguments")));
        };
        if sub.downcast::<TypeObj>().is_none() {
            let (me_name, n) = (self.tp_name(me), self.type_name(&sub));
            return Err(self.type_error(format!(
                "{me_name}.__new__(X): X is not a type object ({n})"
            )));
        }
        if !self.is_subclass(&sub, me) {
            let (me_name, sub_name) = (self.tp_name(me), self.tp_name(&sub));
            return Err(self.type_error(format!(
                "{me_name}.__new__({sub_name}): {sub_name} is not a subtype of {me_name}"
            )));
        }
        // The nearest class along the layout bases whose `__new__` is not Python code:
        // its allocator is the one an instance of `sub` must come from.
        let mut static_base = sub.clone();
        while self.has_python_new(&static_base) {
            match layout_base(&static_base) {
                Some(b) => static_base = b,
                None => break,
            }
        }
        if !self
            .allocator_of(&static_base)
            .ptr_eq(&self.allocator_of(me))
        {
            let me_name = self.tp_name(me);
            let (sub_name, base_name) = (self.tp_name(&sub), self.tp_name(&static_base));
            return Err(self.type_error(format!(
                "{me_name}.__new__({sub_name}) is not safe, use {base_name}.__new__()"
            )));
        }
        Ok(sub)
    }

    /// CPython's `tp_name`: builtin types carry their module (`collections.deque`),
    /// classes defined in Python only their name.
    fn tp_name(&self, cls: &Obj) -> String {
        match cls.downcast::<TypeObj>() {
            Some(t) if t.builtin => self.type_display_name(cls),
            _ => self.class_name(cls).to_string(),
        }
    }

    /// True when the `__new__` found through `cls`'s MRO is Python code.
    fn has_python_new(&mut self, cls: &Obj) -> bool {
        self.lookup_type_attr(cls, "__new__").is_some_and(|f| {
            let inner = f.downcast::<StaticMethodObj>().map_or(&f, |s| &s.func);
            !inner.is::<BuiltinFunctionObj>()
        })
    }

    /// The builtin type whose allocator makes instances of `cls`: its nearest builtin
    /// base, then up through builtin types that inherit their base's `__new__` (the
    /// exception hierarchy shares BaseException's); a builtin directly under `object`
    /// has an allocator of its own even when minipy lists no `__new__` for it.
    fn allocator_of(&mut self, cls: &Obj) -> Obj {
        let mut t = cls.clone();
        while !t.downcast::<TypeObj>().is_some_and(|tp| tp.builtin) {
            match layout_base(&t) {
                Some(b) => t = b,
                None => return t,
            }
        }
        loop {
            let owns_new = t
                .downcast::<TypeObj>()
                .is_some_and(|tp| self.dict_has_str(&tp.dict, "__new__"));
            if owns_new || t.ptr_eq(&self.types.object) || t.ptr_eq(self.types.by_tag(Tag::Bool)) {
                return t;
            }
            match layout_base(&t) {
                Some(b) if !b.ptr_eq(&self.types.object) => t = b,
                _ => return t,
            }
        }
    }

    fn dict_has_str(&mut self, d: &Obj, key: &str) -> bool {
        let Ok(k) = self.intern(key) else {
            return false;
        };
        self.dict_get_str(d, &k).is_some()
    }
}

/// CPython's `tp_base`: the base whose instance layout `cls` extends (the first base
/// with the same layout, else the first base).
fn layout_base(cls: &Obj) -> Option<Obj> {
    let t = cls.downcast::<TypeObj>()?;
    let bases = as_tuple(&t.bases.borrow())?.to_vec();
    let same = bases.iter().find(|b| {
        b.downcast::<TypeObj>()
            .is_some_and(|bt| bt.layout == t.layout)
    });
    same.or(bases.first()).cloned()
}
