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

/// The names of the member descriptors a `__slots__` declaration makes: mangled as
/// private names of the class, without `__dict__` and `__weakref__`, sorted (CPython
/// adds them to the namespace in that order).
pub(crate) fn member_names(class_name: &str, declared: &[Rc<str>]) -> Vec<String> {
    let mut names: Vec<String> = declared
        .iter()
        .filter(|n| !matches!(&***n, "__dict__" | "__weakref__"))
        .map(|n| crate::compile::symtable::mangle(Some(class_name), n).into_owned())
        .collect();
    names.sort();
    names.dedup();
    names
}

impl Vm {
    /// The number of slot values instances of a class with these bases inherit (the
    /// slots of its "solid" base), checking that the bases' layouts can be combined:
    /// two bases that each add slots, neither deriving from the other, conflict.
    pub(crate) fn inherited_slot_count(
        &mut self,
        bases: &[Obj],
        layout: crate::objects::Tag,
        own: usize,
    ) -> PyResult<usize> {
        use crate::objects::Tag;
        if own > 0 && matches!(layout, Tag::Int | Tag::Tuple | Tag::Bytes) {
            let base = bases
                .iter()
                .find_map(|b| {
                    b.downcast::<TypeObj>()
                        .filter(|t| t.builtin && t.layout == layout)
                        .map(TypeObj::name)
                })
                .unwrap_or_default();
            return Err(self.type_error(format!(
                "nonempty __slots__ not supported for subtype of '{base}'"
            )));
        }
        let mut winner: Option<Obj> = None;
        for b in bases {
            let solid = solid_base(b);
            winner = match winner {
                None => Some(solid),
                Some(w) if self.is_subclass(&w, &solid) => Some(w),
                Some(w) if self.is_subclass(&solid, &w) => Some(solid),
                Some(_) => {
                    return Err(self.type_error("multiple bases have instance lay-out conflict"));
                }
            };
        }
        Ok(winner
            .and_then(|w| w.downcast::<TypeObj>().map(|t| t.nslots))
            .unwrap_or(0))
    }

    /// Puts a member descriptor for each of `names` into the namespace of `cls`,
    /// numbering the slots from `first`.
    pub(crate) fn install_member_descrs(
        &mut self,
        cls: &Obj,
        dict: &Obj,
        names: &[String],
        first: usize,
    ) -> PyResult<()> {
        for (i, n) in names.iter().enumerate() {
            let key = self.intern(n)?;
            let d = self.new_member_descr(cls, key.clone(), first + i)?;
            self.dict_set(dict, key, d)?;
        }
        Ok(())
    }

    /// Allocates an instance with room for its class's slot values (all unset).
    pub(crate) fn new_instance_obj(&mut self, inst: crate::objects::InstanceObj) -> PyResult {
        self.new_instance_with_base(inst, None)
    }

    /// A new instance; `base` is the builtin value it extends when its class derives
    /// from a builtin type (it goes last in the tail, after the slot values).
    pub(crate) fn new_instance_with_base(
        &mut self,
        inst: crate::objects::InstanceObj,
        base: Option<Obj>,
    ) -> PyResult {
        let n = inst
            .class
            .get()
            .downcast::<TypeObj>()
            .map_or(0, TypeObj::instance_tail_len);
        let mut base = base;
        let tail = (0..n)
            .map(|i| crate::heap::OptObjCell::new(if i + 1 == n { base.take() } else { None }));
        Ok(self.heap.alloc_with_tail(inst, n, tail)?)
    }
}

/// The class whose layout `t`'s instances have: the nearest class along the first
/// bases that adds slots of its own (`object` when none does).
pub(crate) fn solid_base(t: &Obj) -> Obj {
    let mut cur = t.clone();
    loop {
        let Some(tp) = cur.downcast::<TypeObj>() else {
            return cur;
        };
        let bases = as_tuple(&tp.bases.borrow())
            .map(<[Obj]>::to_vec)
            .unwrap_or_default();
        let parent = bases
            .iter()
            .max_by_key(|b| b.downcast::<TypeObj>().map_or(0, |bt| bt.nslots))
            .cloned();
        match parent {
            Some(p) if p.downcast::<TypeObj>().map_or(0, |pt| pt.nslots) == tp.nslots => {
                cur = p;
            }
            _ => return cur,
        }
    }
}
