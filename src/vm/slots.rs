//! `__slots__`: instances of a class whose every class (up to `object`) declares slots
//! and none asks for `__dict__` have no namespace beyond those names.

use crate::heap::Obj;
use crate::objects::TypeObj;
use crate::objects::class::slots;
use crate::objects::str::as_str;
use crate::objects::tuple::as_tuple;

use super::{PyResult, Vm};

impl Vm {
    /// The `__slots__` names a class declares itself (a string or an iterable of them).
    pub(crate) fn own_slot_names(&mut self, t: &Obj) -> PyResult<Option<Vec<String>>> {
        let Some(dict) = t.downcast::<TypeObj>().map(|tp| tp.dict.clone()) else {
            return Ok(None);
        };
        let key = self.intern("__slots__")?;
        let Some(decl) = self.dict_get_str(&dict, &key) else {
            return Ok(None);
        };
        if let Some(s) = as_str(&decl) {
            return Ok(Some(vec![s.to_owned()]));
        }
        let items = self.iterate_to_vec(&decl)?;
        Ok(Some(
            items
                .iter()
                .filter_map(|i| as_str(i).map(str::to_owned))
                .collect(),
        ))
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
            let user = c.downcast::<TypeObj>().is_some_and(|tp| !tp.builtin);
            if !user {
                return false;
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
        let key = self.names.__slots__.clone();
        // Runs on every attribute store to such an instance: the common declarations
        // (a string or a tuple of strings) are read in place, without copying.
        for c in as_tuple(&mro).unwrap_or_default() {
            let Some(decl) = c
                .downcast::<TypeObj>()
                .and_then(|tp| self.dict_get_str(&tp.dict, &key))
            else {
                continue;
            };
            let declared = if let Some(s) = as_str(&decl) {
                s == n
            } else if let Some(items) = as_tuple(&decl) {
                items.iter().any(|i| i.ptr_eq(name) || as_str(i) == Some(n))
            } else {
                self.own_slot_names(c)?
                    .is_some_and(|names| names.iter().any(|s| s == n))
            };
            if declared {
                return Ok(());
            }
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
