//! Functions: Python functions (code + globals + defaults + closure), builtin functions
//! written in Rust, bound methods, closure cells and code objects.

use std::rc::Rc;

use super::{Tag, visit_opt};
use crate::compile::bytecode::CodeObject;
use crate::declare_payload;
use crate::heap::{Behaviour, NoTail, Obj, ObjCell, OptObjCell};
use crate::vm::{Args, PyResult, Vm};

/// A Python function. Each attribute is a one-pointer cell (`ObjCell`, `OptObjCell`)
/// rather than a `RefCell`: no reference into a cell escapes, so none needs a borrow
/// flag, and the function is 120 bytes where CPython 3.11's is 152.
pub struct FunctionObj {
    pub code: Rc<CodeObject>,
    /// The code object the function was made from (a constant of the enclosing code):
    /// what `__code__` gives, the same object each time, as in CPython.
    pub code_obj: Option<Obj>,
    pub globals: Obj,
    pub name: ObjCell,
    pub qualname: ObjCell,
    /// Tuple of positional defaults.
    pub defaults: OptObjCell,
    /// Dict of keyword-only defaults.
    pub kwdefaults: OptObjCell,
    /// Tuple of cells for the free variables.
    pub closure: Option<Obj>,
    pub doc: OptObjCell,
    pub dict: OptObjCell,
    pub annotations: OptObjCell,
    pub module: OptObjCell,
}
declare_payload!(FunctionObj, "function", Tag::Function, gc);
impl Behaviour for FunctionObj {
    fn traverse(&self, _: &[NoTail], visit: &mut dyn FnMut(&Obj)) {
        visit(&self.globals);
        visit(&self.name.get());
        visit(&self.qualname.get());
        for cell in self.optional_cells() {
            cell.visit(visit);
        }
        visit_opt(&self.closure, visit);
        // The code object's constants belong to the code object (shared with the code
        // that made this function), not to the function: visiting them would count
        // them as garbage of a cycle through the function, which CPython does not.
    }
    fn clear(&self) {
        for cell in self.optional_cells() {
            drop(cell.take());
        }
    }
}

impl FunctionObj {
    /// The attributes that may be unset, each of which the collector may clear.
    fn optional_cells(&self) -> [&OptObjCell; 6] {
        [
            &self.defaults,
            &self.kwdefaults,
            &self.doc,
            &self.dict,
            &self.annotations,
            &self.module,
        ]
    }
}

/// A builtin implemented in Rust.
pub type NativeFn = fn(&mut Vm, Args) -> PyResult;

/// A builtin method's direct entry for the calls the dispatch loop makes most: the
/// receiver and no argument or one (`None` / `Some`), with no `Args` built (CPython's
/// METH_NOARGS and METH_O). It must answer exactly as the method's general entry does
/// for the same arguments, receivers of other types included (usually by handing
/// anything unusual to the general entry).
pub type FastMethod = fn(&mut Vm, &Obj, Option<Obj>) -> PyResult;

/// A builtin function or method: five words, so 72 bytes with the collector's head and
/// the header, as CPython 3.11's `builtin_function_or_method`.
pub struct BuiltinFunctionObj {
    /// The name, as a reference into the static table that registered the builtin (or
    /// to a promoted literal): one word where a `&str` takes two.
    name: &'static &'static str,
    pub func: NativeFn,
    /// The direct entry of a method that has one (see `FastMethod`).
    pub fast: Option<FastMethod>,
    /// The object a builtin method is bound to (`[].append`), or the module of a
    /// module-level builtin.
    pub bound: Option<Obj>,
    /// Where the builtin belongs: for a method, the type that owns it (its repr says
    /// `<method 'append' of 'list' objects>`, its qualname `list.append`); for a module's
    /// function, the module's name (a str: its `__module__`); None for neither.
    home: Option<Obj>,
}
declare_payload!(
    BuiltinFunctionObj,
    "builtin_function_or_method",
    Tag::BuiltinFunction,
    gc
);
impl Behaviour for BuiltinFunctionObj {
    fn traverse(&self, _: &[NoTail], visit: &mut dyn FnMut(&Obj)) {
        visit_opt(&self.bound, visit);
        visit_opt(&self.home, visit);
    }
}

impl BuiltinFunctionObj {
    /// A method of the type `owner`, unbound.
    pub fn method(
        name: &'static &'static str,
        func: NativeFn,
        fast: Option<FastMethod>,
        owner: Obj,
    ) -> BuiltinFunctionObj {
        BuiltinFunctionObj {
            name,
            func,
            fast,
            bound: None,
            home: Some(owner),
        }
    }

    /// A function of the module named `module` (a str), or of no module.
    pub fn function(
        name: &'static &'static str,
        func: NativeFn,
        module: Option<Obj>,
    ) -> BuiltinFunctionObj {
        BuiltinFunctionObj {
            name,
            func,
            fast: None,
            bound: None,
            home: module,
        }
    }

    /// A builtin bound to `this`: called, it receives `this` first. `owner` is the type
    /// it is a method of, if any.
    pub fn bound_to(
        name: &'static &'static str,
        func: NativeFn,
        this: Obj,
        owner: Option<Obj>,
    ) -> BuiltinFunctionObj {
        BuiltinFunctionObj {
            name,
            func,
            fast: None,
            bound: Some(this),
            home: owner,
        }
    }

    /// This method bound to `this` (`[].append` from `list.append`).
    pub fn bind(&self, this: Obj) -> BuiltinFunctionObj {
        BuiltinFunctionObj::bound_to(self.name, self.func, this, self.owner().cloned())
    }

    pub fn name(&self) -> &'static str {
        self.name
    }

    /// The type whose method this is.
    pub fn owner(&self) -> Option<&Obj> {
        self.home.as_ref().filter(|h| h.is::<super::TypeObj>())
    }

    /// The name of the type whose method this is.
    pub fn owner_name(&self) -> Option<std::rc::Rc<str>> {
        self.owner()?
            .downcast::<super::TypeObj>()
            .map(super::TypeObj::name)
    }

    /// True for a method of a type that is not bound to an object: what `list.append`
    /// is (CPython's method descriptor), which binds when looked up on an instance.
    #[inline]
    pub fn is_unbound_method(&self) -> bool {
        self.bound.is_none() && self.owner().is_some()
    }

    /// The name (a str) of the module whose function this is: its `__module__`.
    pub fn module(&self) -> Option<&Obj> {
        self.home.as_ref().filter(|h| !h.is::<super::TypeObj>())
    }
}

pub struct BoundMethodObj {
    pub func: Obj,
    pub this: Obj,
}
declare_payload!(BoundMethodObj, "method", Tag::BoundMethod, gc);
impl Behaviour for BoundMethodObj {
    fn traverse(&self, _: &[NoTail], visit: &mut dyn FnMut(&Obj)) {
        visit(&self.func);
        visit(&self.this);
    }
}

/// A closure cell: one pointer (40 bytes, as in CPython).
pub struct CellObj {
    pub value: OptObjCell,
}
declare_payload!(CellObj, "cell", Tag::Cell, gc);
impl Behaviour for CellObj {
    fn traverse(&self, _: &[NoTail], visit: &mut dyn FnMut(&Obj)) {
        self.value.visit(visit);
    }
    fn clear(&self) {
        drop(self.value.take());
    }
}

/// A code object as a Python value (a constant of its enclosing code, `f.__code__`).
pub struct CodeObj {
    pub code: Rc<CodeObject>,
}
declare_payload!(CodeObj, "code", Tag::Code, nogc);
impl Behaviour for CodeObj {}
