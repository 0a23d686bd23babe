//! Setting and deleting the special attributes of a class (CPython's `type_getsets` and
//! `type_members`): `__name__` and `__qualname__` take strings, `__bases__` takes a
//! compatible tuple of classes and recomputes the MRO below it, `__module__` and
//! `__doc__` cannot be deleted, and the rest are read-only.

use crate::heap::Obj;
use crate::objects::class::TypeObj;
use crate::objects::str::as_str;
use crate::objects::tuple::as_tuple;
use crate::objects::{Tag, tag_of};

use super::{PyResult, Vm};

/// Members CPython exposes read-only (`readonly attribute` on set and delete).
const READONLY_MEMBERS: &[&str] = &[
    "__mro__",
    "__base__",
    "__basicsize__",
    "__itemsize__",
    "__flags__",
    "__weakrefoffset__",
    "__dictoffset__",
];

/// Attributes with a getter only (`attribute ... of 'type' objects is not writable`).
const GETTER_ONLY: &[&str] = &["__dict__", "__text_signature__"];

impl Vm {
    /// Sets (`Some`) or deletes (`None`) a special attribute of the user class `t`; false
    /// when `name` is not one, for the namespace to take.
    pub(crate) fn type_special_setattr(
        &mut self,
        t: &Obj,
        name: &str,
        value: Option<&Obj>,
    ) -> PyResult<bool> {
        let Some(tp) = t.downcast::<TypeObj>() else {
            return Ok(false);
        };
        if READONLY_MEMBERS.contains(&name) {
            return Err(self.attribute_error("readonly attribute"));
        }
        if GETTER_ONLY.contains(&name) {
            return Err(self.attribute_error(format!(
                "attribute '{name}' of 'type' objects is not writable"
            )));
        }
        if !matches!(
            name,
            "__name__" | "__qualname__" | "__bases__" | "__module__" | "__doc__"
        ) {
            return Ok(false);
        }
        let tn = tp.name();
        let Some(value) = value else {
            return Err(self.type_error(format!(
                "cannot delete '{name}' attribute of immutable type '{tn}'"
            )));
        };
        match name {
            "__name__" | "__qualname__" => {
                let Some(s) = as_str(value) else {
                    let vt = self.type_name(value);
                    return Err(self
                        .type_error(format!("can only assign string to {tn}.{name}, not '{vt}'")));
                };
                if name == "__name__" {
                    if s.contains('\0') {
                        return Err(self.value_error("type name must not contain null characters"));
                    }
                    *tp.name.borrow_mut() = s.into();
                } else {
                    *tp.qualname.borrow_mut() = s.into();
                }
                Ok(true)
            }
            "__bases__" => {
                self.set_bases(t, value)?;
                Ok(true)
            }
            // `__module__` and `__doc__` live in the namespace.
            _ => Ok(false),
        }
    }

    /// `cls.__bases__ = bases`, with CPython's checks (`type_set_bases`): a non-empty
    /// tuple of classes, no inheritance cycle, a layout the instances keep; then the
    /// MRO of the class and of every class below it is computed again.
    fn set_bases(&mut self, t: &Obj, value: &Obj) -> PyResult<()> {
        let tn = self.class_name(t).to_string();
        let Some(items) = as_tuple(value).map(<[Obj]>::to_vec) else {
            let vt = self.type_name(value);
            return Err(
                self.type_error(format!("can only assign tuple to {tn}.__bases__, not {vt}"))
            );
        };
        if items.is_empty() {
            return Err(self.type_error(format!(
                "can only assign non-empty tuple to {tn}.__bases__, not ()"
            )));
        }
        for b in &items {
            if tag_of(b) != Tag::Type {
                let bt = self.type_name(b);
                return Err(self.type_error(format!(
                    "{tn}.__bases__ must be tuple of classes, not '{bt}'"
                )));
            }
            if self.is_subclass(b, t) {
                return Err(self.type_error("a __bases__ item causes an inheritance cycle"));
            }
        }
        let old_bases = t
            .downcast::<TypeObj>()
            .map(|tp| tp.bases.borrow().clone())
            .ok_or_else(|| self.bad_payload())?;
        let old_items = as_tuple(&old_bases)
            .map(<[Obj]>::to_vec)
            .unwrap_or_default();
        let (Some(old_base), Some(new_base)) = (best_base(&old_items), best_base(&items)) else {
            return Err(self.type_error(format!("{tn}.__bases__ must not be empty")));
        };
        self.check_base_compatible(&old_base, &new_base)?;
        for (i, b) in items.iter().enumerate() {
            if items[..i].iter().any(|o| o.ptr_eq(b)) {
                let bn = self.class_name(b).to_string();
                return Err(self.type_error(format!("duplicate base class {bn}")));
            }
        }
        let Some(tp) = t.downcast::<TypeObj>() else {
            return Err(self.bad_payload());
        };
        drop(tp.bases.replace(value.clone()));
        if let Err(e) = self.recompute_mro_below(t) {
            if let Some(tp) = t.downcast::<TypeObj>() {
                drop(tp.bases.replace(old_bases));
            }
            self.recompute_mro_below(t)?;
            return Err(e);
        }
        // The class leaves the subclass lists of its old bases for those of its new ones.
        for b in &old_items {
            if let Some(bt) = b.downcast::<TypeObj>()
                && let Ok(mut subs) = bt.subclasses.try_borrow_mut()
            {
                subs.retain(|w| w.get().is_some_and(|c| !c.ptr_eq(t)));
            }
        }
        self.register_subclass(t, &items);
        self.type_modified(t);
        Ok(())
    }

    /// CPython's `compatible_for_assignment`: instances made for the old base must fit
    /// the new one (the same deallocator, then the same layout).
    fn check_base_compatible(&mut self, old: &Obj, new: &Obj) -> PyResult<()> {
        let (old_name, new_name) = (
            self.class_name(old).to_string(),
            self.class_name(new).to_string(),
        );
        if collected_instances(old) != collected_instances(new) {
            return Err(self.type_error(format!(
                "__bases__ assignment: '{new_name}' deallocator differs from '{old_name}'"
            )));
        }
        let tail = |c: &Obj| c.downcast::<TypeObj>().map(TypeObj::instance_tail_len);
        let same_layout = super::slots::solid_base(old).ptr_eq(&super::slots::solid_base(new))
            && tail(old) == tail(new)
            && builtin_ancestor(old).ptr_eq(&builtin_ancestor(new));
        if !same_layout {
            return Err(self.type_error(format!(
                "__bases__ assignment: '{new_name}' object layout differs from '{old_name}'"
            )));
        }
        Ok(())
    }

    /// Computes the MRO of `t` and of every class below it from their bases again.
    fn recompute_mro_below(&mut self, t: &Obj) -> PyResult<()> {
        let mut pending = vec![t.clone()];
        while let Some(c) = pending.pop() {
            let Some(tp) = c.downcast::<TypeObj>() else {
                continue;
            };
            let bases = as_tuple(&tp.bases.borrow())
                .map(<[Obj]>::to_vec)
                .unwrap_or_default();
            let mro = self.compute_mro(&c, &bases)?;
            let mro = self.new_tuple(mro)?;
            if let Some(tp) = c.downcast::<TypeObj>() {
                drop(tp.mro.replace(mro));
            }
            pending.extend(self.live_subclasses(&c));
        }
        Ok(())
    }
}

/// The base whose instance layout the others extend (CPython's `best_base`): the one
/// with the most slots, the first among equals.
fn best_base(bases: &[Obj]) -> Option<Obj> {
    let slots = |b: &Obj| b.downcast::<TypeObj>().map_or(0, |t| t.nslots);
    let mut best: Option<&Obj> = None;
    for b in bases {
        if best.is_none_or(|cur| slots(b) > slots(cur)) {
            best = Some(b);
        }
    }
    best.cloned()
}

/// The first builtin type in the MRO of `t` (`object` for a plain class): the builtin
/// value its instances carry.
fn builtin_ancestor(t: &Obj) -> Obj {
    let Some(tp) = t.downcast::<TypeObj>() else {
        return t.clone();
    };
    let mro = as_tuple(&tp.mro.borrow())
        .map(<[Obj]>::to_vec)
        .unwrap_or_default();
    mro.into_iter()
        .find(|c| c.downcast::<TypeObj>().is_some_and(|ct| ct.builtin))
        .unwrap_or_else(|| t.clone())
}

/// Whether the collector tracks instances of `t` (CPython frees those with
/// `PyObject_GC_Del`, the others with `PyObject_Free`): every user class, and the
/// builtin containers.
fn collected_instances(t: &Obj) -> bool {
    let Some(tp) = t.downcast::<TypeObj>() else {
        return false;
    };
    !tp.builtin
        || matches!(
            tp.layout,
            Tag::Tuple
                | Tag::List
                | Tag::Dict
                | Tag::Set
                | Tag::FrozenSet
                | Tag::Exception
                | Tag::Type
                | Tag::Deque
                | Tag::Property
                | Tag::StaticMethod
                | Tag::ClassMethod
        )
}
