//! The builtin descriptors: property, staticmethod, classmethod, and super objects.

use super::{Tag, visit_opt};
use crate::declare_payload;
use crate::heap::{Behaviour, NoTail, Obj, OptObjCell};

pub struct PropertyObj {
    pub fget: Option<Obj>,
    pub fset: Option<Obj>,
    pub fdel: Option<Obj>,
    pub doc: OptObjCell,
    /// The attribute name given by `__set_name__` (named in "has no setter" errors).
    pub name: OptObjCell,
}
declare_payload!(PropertyObj, "property", Tag::Property, gc);
impl Behaviour for PropertyObj {
    fn traverse(&self, _: &[NoTail], visit: &mut dyn FnMut(&Obj)) {
        visit_opt(&self.fget, visit);
        visit_opt(&self.fset, visit);
        visit_opt(&self.fdel, visit);
        visit_opt(&self.doc.get(), visit);
        visit_opt(&self.name.get(), visit);
    }
}

pub struct StaticMethodObj {
    pub func: Obj,
    /// The `__dict__` CPython fills from the function (`__module__`, `__name__`,
    /// `__qualname__`, `__doc__`, `__annotations__`); made the first time it is
    /// needed, so that the many methods nobody inspects carry no dict.
    pub dict: OptObjCell,
}
declare_payload!(StaticMethodObj, "staticmethod", Tag::StaticMethod, gc);
impl StaticMethodObj {
    pub fn new(func: Obj) -> StaticMethodObj {
        StaticMethodObj {
            func,
            dict: OptObjCell::new(None),
        }
    }
}
impl Behaviour for StaticMethodObj {
    fn traverse(&self, _: &[NoTail], visit: &mut dyn FnMut(&Obj)) {
        visit(&self.func);
        visit_opt(&self.dict.get(), visit);
    }
    fn clear(&self) {
        drop(self.dict.replace(None));
    }
}

pub struct ClassMethodObj {
    pub func: Obj,
    /// As `StaticMethodObj::dict`.
    pub dict: OptObjCell,
}
declare_payload!(ClassMethodObj, "classmethod", Tag::ClassMethod, gc);
impl ClassMethodObj {
    pub fn new(func: Obj) -> ClassMethodObj {
        ClassMethodObj {
            func,
            dict: OptObjCell::new(None),
        }
    }
}
impl Behaviour for ClassMethodObj {
    fn traverse(&self, _: &[NoTail], visit: &mut dyn FnMut(&Obj)) {
        visit(&self.func);
        visit_opt(&self.dict.get(), visit);
    }
    fn clear(&self) {
        drop(self.dict.replace(None));
    }
}

/// `super(type, obj)`: attribute lookup starts after `type` in `obj`'s MRO.
pub struct SuperObj {
    pub this_type: Obj,
    pub obj: Option<Obj>,
    /// The type whose MRO is searched (`type(obj)`, or obj itself for classmethods).
    pub obj_type: Obj,
}
declare_payload!(SuperObj, "super", Tag::Super, gc);
impl Behaviour for SuperObj {
    fn traverse(&self, _: &[NoTail], visit: &mut dyn FnMut(&Obj)) {
        visit(&self.this_type);
        visit_opt(&self.obj, visit);
        visit(&self.obj_type);
    }
}
