//! The interpreter as the compiler's object maker (`compile::object_maker`).

use std::rc::Rc;

use num_bigint::BigInt;

use super::Vm;
use crate::compile::bytecode::CodeObject;
use crate::compile::object_maker::{MakeFailed, MakeResult, ObjectMaker};
use crate::heap::Obj;
use crate::objects::CodeObj;

fn made<E>(r: Result<Obj, E>) -> MakeResult {
    r.map_err(|_| MakeFailed)
}

impl ObjectMaker for Vm {
    fn none(&mut self) -> Obj {
        Vm::none(self)
    }

    fn ellipsis(&mut self) -> Obj {
        self.s.ellipsis.clone()
    }

    fn bool(&mut self, b: bool) -> Obj {
        self.new_bool(b)
    }

    fn int(&mut self, i: &BigInt) -> MakeResult {
        made(self.new_bigint(i.clone()))
    }

    fn float(&mut self, f: f64) -> MakeResult {
        made(self.new_float(f))
    }

    fn complex(&mut self, re: f64, im: f64) -> MakeResult {
        made(self.new_complex(crate::format::complex_ops::Complex::new(re, im)))
    }

    fn interned_str(&mut self, s: &str) -> MakeResult {
        made(self.intern(s))
    }

    fn str(&mut self, s: &str) -> MakeResult {
        made(self.new_str(s))
    }

    fn str_wtf8(&mut self, text: &[u8]) -> MakeResult {
        made(self.new_str_wtf8(text))
    }

    fn bytes(&mut self, b: &[u8]) -> MakeResult {
        made(self.new_bytes(b.to_vec()))
    }

    fn tuple(&mut self, items: Vec<Obj>) -> MakeResult {
        made(self.new_tuple(items))
    }

    fn frozenset(&mut self, items: &Obj) -> MakeResult {
        let first = made(self.set_from_iterable(items, true))?;
        let order = self.set_items(&first);
        let order = made(self.new_tuple(order))?;
        made(self.set_from_iterable(&order, true))
    }

    fn code(&mut self, code: Rc<CodeObject>) -> MakeResult {
        made(self.heap.alloc(CodeObj { code }))
    }

    fn compiling_trusted(&self) -> bool {
        self.compiling_trusted
    }

    fn syntax_warning(&mut self, filename: &str, line: u32, msg: &str) -> Result<(), MakeFailed> {
        Vm::syntax_warning(self, filename, line, msg).map_err(|_| MakeFailed)
    }
}
