//! module objects: a name and a namespace dict.

use std::rc::Rc;

use super::Tag;
use crate::declare_payload;
use crate::heap::{Behaviour, NoTail, Obj};

pub struct ModuleObj {
    pub name: Rc<str>,
    pub dict: Obj,
}
declare_payload!(ModuleObj, "module", Tag::Module, gc);
impl Behaviour for ModuleObj {
    fn traverse(&self, _: &[NoTail], visit: &mut dyn FnMut(&Obj)) {
        visit(&self.dict);
    }
}
