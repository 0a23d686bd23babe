//! Exception instances (of BaseException and every subclass, builtin or user-defined).

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use super::instance::Attrs;
use super::{Tag, visit_opt};
use crate::compile::bytecode::CodeObject;
use crate::declare_payload;
use crate::heap::{Behaviour, NoTail, Obj, ObjCell};

/// One traceback line: the code and the instruction that was running, and the globals
/// of that frame (NameError suggestions look there).
#[derive(Clone)]
pub struct TraceEntry {
    pub code: Rc<CodeObject>,
    pub ip: u32,
    pub globals: Obj,
}

pub struct ExceptionObj {
    pub class: ObjCell,
    /// Tuple of constructor arguments.
    pub args: RefCell<Obj>,
    pub attrs: Attrs,
    /// Innermost frame first (entries are added as the exception unwinds outwards).
    pub traceback: RefCell<Vec<TraceEntry>>,
    pub cause: RefCell<Option<Obj>>,
    pub context: RefCell<Option<Obj>>,
    pub suppress_context: Cell<bool>,
    /// For exception groups: the tuple `(message, exceptions)` their `__new__` checked
    /// (`exceptions` a tuple); None for every other exception.
    pub group: RefCell<Option<Obj>>,
}
declare_payload!(ExceptionObj, "BaseException", Tag::Exception, gc);
impl Behaviour for ExceptionObj {
    fn traverse(&self, _: &[NoTail], visit: &mut dyn FnMut(&Obj)) {
        visit(&self.class.get());
        if let Ok(a) = self.args.try_borrow() {
            visit(&a);
        }
        self.attrs.traverse(visit);
        for cell in [&self.cause, &self.context, &self.group] {
            if let Ok(o) = cell.try_borrow() {
                visit_opt(&o, visit);
            }
        }
        if let Ok(tb) = self.traceback.try_borrow() {
            for entry in tb.iter() {
                visit(&entry.globals);
            }
        }
    }
    fn clear(&self) {
        self.attrs.clear();
        for cell in [&self.cause, &self.context, &self.group] {
            let old = cell.try_borrow_mut().map(|mut o| o.take());
            drop(old);
        }
        let old = self
            .traceback
            .try_borrow_mut()
            .map(|mut t| std::mem::take(&mut *t));
        drop(old);
    }
    fn needs_finalize(&self) -> bool {
        self.class
            .get()
            .downcast::<super::TypeObj>()
            .is_some_and(super::TypeObj::has_finalizer)
    }
}

impl ExceptionObj {
    pub fn new(class: Obj, args: Obj) -> ExceptionObj {
        ExceptionObj {
            class: ObjCell::new(class),
            args: RefCell::new(args),
            attrs: Attrs::default(),
            traceback: RefCell::new(Vec::new()),
            cause: RefCell::new(None),
            context: RefCell::new(None),
            suppress_context: Cell::new(false),
            group: RefCell::new(None),
        }
    }
}
