//! Instances of user-defined classes. Attributes live in a table inside the instance
//! (as in CPython 3.11); a real dict object is made only when `__dict__` is asked for,
//! and from then on the instance uses that dict.

use std::cell::RefCell;

use super::Tag;
use super::class::TypeObj;
use super::dict_table::DictTable;
use crate::declare_payload;
use crate::heap::{Behaviour, NoTail, Obj};

pub enum Attrs {
    Inline(DictTable),
    Dict(Obj),
}

impl Default for Attrs {
    fn default() -> Self {
        Attrs::Inline(DictTable::new())
    }
}

impl Attrs {
    pub fn traverse(&self, visit: &mut dyn FnMut(&Obj)) {
        match self {
            Attrs::Inline(t) => {
                for e in t.iter() {
                    visit(&e.key);
                    visit(&e.value);
                }
            }
            Attrs::Dict(d) => visit(d),
        }
    }
}

pub struct InstanceObj {
    pub class: RefCell<Obj>,
    pub attrs: RefCell<Attrs>,
    /// For subclasses of builtin types (list, dict, int, ...): the builtin value the
    /// instance extends.
    pub base_value: RefCell<Option<Obj>>,
}
declare_payload!(InstanceObj, "object", Tag::Instance, gc);
impl Behaviour for InstanceObj {
    fn traverse(&self, _: &[NoTail], visit: &mut dyn FnMut(&Obj)) {
        if let Ok(c) = self.class.try_borrow() {
            visit(&c);
        }
        if let Ok(a) = self.attrs.try_borrow() {
            a.traverse(visit);
        }
        if let Ok(b) = self.base_value.try_borrow() {
            super::visit_opt(&b, visit);
        }
    }
    fn clear(&self) {
        let old = self
            .attrs
            .try_borrow_mut()
            .map(|mut a| std::mem::take(&mut *a));
        drop(old);
        let old = self.base_value.try_borrow_mut().map(|mut b| b.take());
        drop(old);
    }
    fn needs_finalize(&self) -> bool {
        self.class
            .try_borrow()
            .ok()
            .and_then(|c| c.downcast::<TypeObj>().map(TypeObj::has_finalizer))
            .unwrap_or(false)
    }
}

impl InstanceObj {
    pub fn new(class: Obj) -> InstanceObj {
        InstanceObj {
            class: RefCell::new(class),
            attrs: RefCell::new(Attrs::default()),
            base_value: RefCell::new(None),
        }
    }
}
