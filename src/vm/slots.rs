//! `__slots__`: instances of a class whose every class (up to `object`) declares slots
//! and none asks for `__dict__` have no namespace beyond those names.

use std::rc::Rc;

use crate::heap::Obj;
use crate::objects::TypeObj;
use crate::objects::class::slots;
use crate::objects::str::as_str;
use crate::objects::tuple::as_tuple;
use crate::text::predicates::isidentifier;

use super::{PyResult, Vm};

impl Vm {
    /// Reads the `__slots__` declaration of a class namespace being created: a string or
    /// an iterable of strings, consumed once (it may be an iterator or a generator).
    /// CPython's checks: the items are identifiers and none shadows a class variable.
    pub(crate) fn declared_slot_names(&mut self, ns: &Obj) -> PyResult<Option<Rc<Vec<Rc<str>>>>> {
        let key = self.names.__slots__.clone();
        let Some(decl) = self.dict_get_str(ns, &key) else {
            return Ok(None);
        };
        let items = if as_str(&decl).is_some() {
            vec![decl]
        } else {
            self.iterate_to_vec(&decl)?
        };
        let mut names: Vec<Rc<str>> = Vec::with_capacity(items.len());
        for item in &items {
            let Some(name) = as_str(item) else {
                let t = self.type_name(item);
                return Err(self.type_error(format!("__slots__ items must be strings, not '{t}'")));
            };
            if !isidentifier(name) {
                return Err(self.type_error("__slots__ must be identifiers"));
            }
            names.push(Rc::from(name));
        }
        for (item, name) in items.iter().zip(&names) {
            let special = matches!(&**name, "__dict__" | "__weakref__");
            if !special && self.dict_get_str(ns, item).is_some() {
                let r = crate::text::repr::str_repr(name);
                return Err(
                    self.value_error(format!("{r} in __slots__ conflicts with class variable"))
                );
            }
        }
        Ok(Some(Rc::new(names)))
    }

    /// The `__slots__` names a class declared when it was created.
    pub(crate) fn own_slot_names(&mut self, t: &Obj) -> PyResult<Option<Vec<String>>> {
        Ok(t.downcast::<TypeObj>()
            .and_then(|tp| tp.slot_names.clone())
            .map(|names| names.iter().map(|n| n.to_string()).collect()))
    }

    /// Whether instances of `t` lack a `__dict__` (every user class in the MRO declares
    /// `__slots__` without `__dict__`).
    pub(crate) fn computes_no_dict(&mut self, t: &Obj) -> bool {
        let Some(mro) = t.downcast::<TypeObj>().map(|tp| tp.mro.borrow().clone()) else {
            return false;
        };
        let classes = as_tuple(&mro).map(<[Obj]>::to_vec).unwrap_or_default();
        for c in &classes {
            if c.ptr_eq(&self.types.object) {
                continue;
            }
            // Instances of builtin types have no `__dict__`, except exceptions.
            match c.downcast::<TypeObj>() {
                Some(tp) if tp.builtin => {
                    if tp.layout == crate::objects::Tag::Exception {
                        return false;
                    }
                    continue;
                }
                Some(_) => {}
                None => return false,
            }
            match self.own_slot_names(c) {
                Ok(Some(names)) if !names.iter().any(|n| n == "__dict__") => {}
                _ => return false,
            }
        }
        true
    }

    /// For an instance without `__dict__`: an error unless `name` is one of its slots.
    pub(crate) fn check_slot_assignment(&mut self, o: &Obj, name: &Obj) -> PyResult<()> {
        let cls = self.type_of(o);
        let no_dict = cls
            .downcast::<TypeObj>()
            .is_some_and(|t| t.has_slot(slots::NO_DICT));
        if !no_dict {
            return Ok(());
        }
        let n = as_str(name).unwrap_or("");
        let Some(mro) = cls.downcast::<TypeObj>().map(|tp| tp.mro.borrow().clone()) else {
            return Err(self.attribute_error_for(o, name));
        };
        // Runs on every attribute store to such an instance: the names saved at class
        // creation are compared in place, without copying.
        let declared = as_tuple(&mro).unwrap_or_default().iter().any(|c| {
            c.downcast::<TypeObj>()
                .and_then(|tp| tp.slot_names.as_deref())
                .is_some_and(|names| names.iter().any(|s| short_str_eq(s, n)))
        });
        if declared {
            return Ok(());
        }
        Err(self.attribute_error_for(o, name))
    }

    /// True when instances of `o`'s class have no `__dict__`.
    pub(crate) fn lacks_dict(&self, o: &Obj) -> bool {
        self.type_of(o)
            .downcast::<TypeObj>()
            .is_some_and(|t| t.has_slot(slots::NO_DICT))
    }
}

/// `a == b` for short names: lengths and first bytes settle most pairs without a call
/// to `memcmp`.
#[inline]
fn short_str_eq(a: &str, b: &str) -> bool {
    a.len() == b.len() && a.as_bytes().first() == b.as_bytes().first() && a == b
}
