//! What code generation needs from the runtime, as a trait the runtime implements: the
//! objects a code object's constants and name tables are made of, and the channel for
//! compile-time SyntaxWarnings. The compiler knows nothing else of the interpreter, so it
//! depends on no layer above the heap.

use std::rc::Rc;

use num_bigint::BigInt;

use super::bytecode::CodeObject;
use crate::heap::Obj;

/// An object could not be made (the heap is full).
#[derive(Debug, Clone, Copy)]
pub struct MakeFailed;

pub type MakeResult = Result<Obj, MakeFailed>;

pub trait ObjectMaker {
    fn none(&mut self) -> Obj;
    fn ellipsis(&mut self) -> Obj;
    fn bool(&mut self, b: bool) -> Obj;
    fn int(&mut self, i: &BigInt) -> MakeResult;
    fn float(&mut self, f: f64) -> MakeResult;
    fn complex(&mut self, re: f64, im: f64) -> MakeResult;
    /// A str shared with every other use of the same text (names, identifier-like
    /// constants), as CPython interns them.
    fn interned_str(&mut self, s: &str) -> MakeResult;
    fn str(&mut self, s: &str) -> MakeResult;
    /// A str holding lone surrogates, from generalised UTF-8.
    fn str_wtf8(&mut self, text: &[u8]) -> MakeResult;
    fn bytes(&mut self, b: &[u8]) -> MakeResult;
    fn tuple(&mut self, items: Vec<Obj>) -> MakeResult;
    /// The frozenset constant of a set display whose items are the tuple `items`, made
    /// as CPython's compiler makes it: a frozenset rebuilt from its own iteration order.
    fn frozenset(&mut self, items: &Obj) -> MakeResult;
    /// The constant that holds a nested code object.
    fn code(&mut self, code: Rc<CodeObject>) -> MakeResult;
    /// Compiling the interpreter's own frozen modules (no warnings, no import limits).
    fn compiling_trusted(&self) -> bool;
    /// Shows a SyntaxWarning; an error means a warnings filter made it an error.
    fn syntax_warning(&mut self, filename: &str, line: u32, msg: &str) -> Result<(), MakeFailed>;
}
