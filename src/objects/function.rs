//! Functions: Python functions (code + globals + defaults + closure), builtin functions
//! written in Rust, bound methods, closure cells and code objects.

use std::cell::RefCell;
use std::rc::Rc;

use super::{Tag, visit_opt};
use crate::compile::bytecode::CodeObject;
use crate::declare_payload;
use crate::heap::{Behaviour, NoTail, Obj};
use crate::vm::{Args, PyResult, Vm};

pub struct FunctionObj {
    pub code: Rc<CodeObject>,
    pub globals: Obj,
    pub name: RefCell<Obj>,
    pub qualname: RefCell<Obj>,
    /// Tuple of positional defaults.
    pub defaults: RefCell<Option<Obj>>,
    /// Dict of keyword-only defaults.
    pub kwdefaults: RefCell<Option<Obj>>,
    /// Tuple of cells for the free variables.
    pub closure: Option<Obj>,
    pub doc: RefCell<Option<Obj>>,
    pub dict: RefCell<Option<Obj>>,
    pub annotations: RefCell<Option<Obj>>,
    pub module: RefCell<Option<Obj>>,
}
declare_payload!(FunctionObj, "function", Tag::Function, gc);
impl Behaviour for FunctionObj {
    fn traverse(&self, _: &[NoTail], visit: &mut dyn FnMut(&Obj)) {
        visit(&self.globals);
        for cell in [&self.name, &self.qualname] {
            if let Ok(o) = cell.try_borrow() {
                visit(&o);
            }
        }
        for cell in [
            &self.defaults,
            &self.kwdefaults,
            &self.doc,
            &self.dict,
            &self.annotations,
            &self.module,
        ] {
            if let Ok(o) = cell.try_borrow() {
                visit_opt(&o, visit);
            }
        }
        visit_opt(&self.closure, visit);
        // The code object's constants belong to the code object (shared with the code
        // that made this function), not to the function: visiting them would count
        // them as garbage of a cycle through the function, which CPython does not.
    }
    fn clear(&self) {
        for cell in [
            &self.defaults,
            &self.kwdefaults,
            &self.doc,
            &self.dict,
            &self.annotations,
            &self.module,
        ] {
            let old = cell.try_borrow_mut().map(|mut o| o.take());
            drop(old);
        }
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

pub struct BuiltinFunctionObj {
    pub name: &'static str,
    pub func: NativeFn,
    /// The direct entry of a method that has one (see `FastMethod`).
    pub fast: Option<FastMethod>,
    /// The object a builtin method is bound to (`[].append`), or the module of a
    /// module-level builtin.
    pub bound: Option<Obj>,
    /// The type that owns a method (for its repr: `<method 'append' of 'list' objects>`).
    pub owner: Option<&'static str>,
    /// The name (a str) of the module whose function this is: its `__module__`.
    pub module: Option<Obj>,
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

/// A closure cell.
pub struct CellObj {
    pub value: RefCell<Option<Obj>>,
}
declare_payload!(CellObj, "cell", Tag::Cell, gc);
impl Behaviour for CellObj {
    fn traverse(&self, _: &[NoTail], visit: &mut dyn FnMut(&Obj)) {
        if let Ok(v) = self.value.try_borrow() {
            visit_opt(&v, visit);
        }
    }
    fn clear(&self) {
        let old = self.value.try_borrow_mut().map(|mut v| v.take());
        drop(old);
    }
}

/// A code object as a Python value (a constant of its enclosing code, `f.__code__`).
pub struct CodeObj {
    pub code: Rc<CodeObject>,
}
declare_payload!(CodeObj, "code", Tag::Code, nogc);
impl Behaviour for CodeObj {}
