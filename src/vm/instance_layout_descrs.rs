//! The `__dict__` and `__weakref__` descriptors a class statement adds to the new
//! class's namespace when its instances gain a namespace or weak references that no
//! base gives them (CPython's `type_new`): what `vars(A)` lists after the body's
//! names, and what `help(A)` shows as "Data descriptors defined here".

use std::rc::Rc;

use crate::heap::Obj;
use crate::objects::{Tag, TypeObj};

use super::getset_descr::GetSetKind;
use super::{PyResult, Vm};

/// Builtin layouts whose instances have a namespace of their own.
fn builtin_has_dict(layout: Tag) -> bool {
    matches!(
        layout,
        Tag::Exception
            | Tag::Type
            | Tag::Function
            | Tag::Module
            | Tag::StaticMethod
            | Tag::ClassMethod
            | Tag::Native
            | Tag::StringIO
            | Tag::BytesIO
            | Tag::TextStream
            | Tag::BufferedReader
            | Tag::BufferedWriter
            | Tag::BufferedRandom
    )
}

/// Builtin layouts whose instances take weak references already.
fn builtin_has_weakref(layout: Tag) -> bool {
    matches!(
        layout,
        Tag::Set
            | Tag::FrozenSet
            | Tag::Deque
            | Tag::Type
            | Tag::Function
            | Tag::Module
            | Tag::Native
            | Tag::StringIO
            | Tag::BytesIO
            | Tag::TextStream
            | Tag::BufferedReader
            | Tag::BufferedWriter
            | Tag::BufferedRandom
    )
}

/// Variable-size builtins: their subclasses cannot take weak references.
fn builtin_variable_size(layout: Tag) -> bool {
    matches!(
        layout,
        Tag::Int | Tag::BigInt | Tag::Bool | Tag::Tuple | Tag::Bytes
    )
}

impl Vm {
    /// Adds `__dict__` / `__weakref__` to the namespace `dict` of the new class `cls`
    /// when its instances have them (no `__slots__`, or slots naming them) and no base
    /// provides them already.
    pub(crate) fn add_instance_layout_descrs(
        &mut self,
        cls: &Obj,
        dict: &Obj,
        bases: &[Obj],
        slot_names: Option<&[Rc<str>]>,
    ) -> PyResult<()> {
        let wants = |n: &str| slot_names.is_none_or(|names| names.iter().any(|s| &**s == n));
        let mut base_dict = false;
        let mut base_weakref = false;
        for b in bases {
            let mro = b
                .downcast::<TypeObj>()
                .map(|t| t.mro.borrow().clone())
                .and_then(|m| crate::objects::tuple::as_tuple(&m).map(<[Obj]>::to_vec))
                .unwrap_or_default();
            for c in &mro {
                let Some(t) = c.downcast::<TypeObj>() else {
                    continue;
                };
                if !t.builtin {
                    continue;
                }
                base_dict |= builtin_has_dict(t.layout);
                base_weakref |= builtin_has_weakref(t.layout) || builtin_variable_size(t.layout);
            }
            if b.downcast::<TypeObj>().is_some_and(|t| !t.builtin) {
                base_dict |= !self.computes_no_dict(b);
                base_weakref |= self.class_has_weakref_slot(b);
            }
        }
        if wants("__dict__") && !base_dict {
            self.add_layout_descr(
                cls,
                dict,
                "__dict__",
                GetSetKind::InstanceDict,
                "dictionary for instance variables",
            )?;
        }
        if wants("__weakref__") && !base_weakref {
            self.add_layout_descr(
                cls,
                dict,
                "__weakref__",
                GetSetKind::InstanceWeakref,
                "list of weak references to the object",
            )?;
        }
        Ok(())
    }

    /// Adds one descriptor unless the namespace already has the name.
    fn add_layout_descr(
        &mut self,
        cls: &Obj,
        dict: &Obj,
        name: &str,
        kind: GetSetKind,
        doc: &'static str,
    ) -> PyResult<()> {
        let key = self.intern(name)?;
        if self.dict_get_str(dict, &key).is_some() {
            return Ok(());
        }
        let d = self.new_getset_descr(cls, name, kind, Some(doc))?;
        self.dict_set(dict, key, d)
    }
}
