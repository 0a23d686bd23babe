//! Compiled code objects as bytes and back: the format of the compiled-module cache
//! (`vm/code_cache.rs`), which spares the frozen standard-library modules their parse
//! and compile on every import, as CPython's `.pyc` files do.
//!
//! An image is a pool of constants, each written once (a constant shared by several
//! code objects, as the compiler shares them, is shared again when read back), children
//! before the code objects that hold them; the last entry is the module's code. Every
//! object is rebuilt the way the compiler builds it (names interned, str constants
//! interned when the compiler interns them, small ints the shared ones), so a module
//! read from an image cannot be told from one compiled from its source.

use std::collections::HashMap;
use std::rc::Rc;

use num_bigint::BigInt;

use super::Vm;
use crate::compile::bytecode::{CodeObject, ExceptionEntry};
use crate::compile::codegen::all_name_chars;
use crate::compile::image_io::{ImageReader, ImageWriter};
use crate::compile::locations::LocationTable;
pub use crate::compile::op_codec::OP_LAYOUT;
use crate::compile::op_codec::{decode_op, encode_op};
use crate::heap::Obj;
use crate::objects::bool_none::BoolObj;
use crate::objects::complex::ComplexObj;
use crate::objects::float::FloatObj;
use crate::objects::function::CodeObj;
use crate::objects::int::{BigIntObj, IntObj};
use crate::objects::set::FrozenSetObj;
use crate::objects::{StrObj, TupleObj, bytes::BytesObj};

const NONE: u8 = 0;
const TRUE: u8 = 1;
const FALSE: u8 = 2;
const ELLIPSIS: u8 = 3;
const INT: u8 = 4;
const BIG_INT: u8 = 5;
const FLOAT: u8 = 6;
const COMPLEX: u8 = 7;
const STR: u8 = 8;
const BYTES: u8 = 9;
const TUPLE: u8 = 10;
const FROZEN_SET: u8 = 11;
const CODE: u8 = 12;
/// A frozenset built twice over, as the compiler builds one: from the items, then from
/// that set's iteration order.
const FROZEN_SET_TWICE: u8 = 13;

/// The image of `code` and everything it holds; None when it holds a constant the
/// format cannot rebuild exactly.
pub fn write_image(vm: &mut Vm, code: &Rc<CodeObject>) -> Option<Vec<u8>> {
    let mut w = PoolWriter {
        out: ImageWriter::default(),
        seen: HashMap::new(),
        entries: 0,
    };
    w.code_entry(vm, code, None)?;
    Some(w.out.out)
}

/// The module code an image holds, its objects made in `vm`; None for bytes that are
/// not an image.
pub fn read_image(vm: &mut Vm, bytes: &[u8], filename: &str) -> Option<Rc<CodeObject>> {
    let mut r = PoolReader {
        r: ImageReader::new(bytes),
        pool: Vec::new(),
        filename: Rc::from(filename),
    };
    let mut root = None;
    while !r.r.at_end() {
        let (obj, code) = r.entry(vm)?;
        root = code;
        r.pool.push(obj);
    }
    root
}

struct PoolWriter {
    out: ImageWriter,
    /// Pool index of each object already written, by address.
    seen: HashMap<usize, usize>,
    entries: usize,
}

impl PoolWriter {
    /// Writes `o` (and what it holds) unless already written; its pool index.
    fn obj(&mut self, vm: &mut Vm, o: &Obj) -> Option<usize> {
        if let Some(&i) = self.seen.get(&o.addr()) {
            return Some(i);
        }
        if o.ptr_eq(&vm.s.none) {
            self.out.byte(NONE);
        } else if o.ptr_eq(&vm.s.ellipsis) {
            self.out.byte(ELLIPSIS);
        } else if let Some(b) = o.downcast::<BoolObj>() {
            self.out.byte(if b.0 { TRUE } else { FALSE });
        } else if let Some(i) = o.downcast::<IntObj>() {
            self.out.byte(INT);
            self.out.signed(i.0);
        } else if let Some(i) = o.downcast::<BigIntObj>() {
            self.out.byte(BIG_INT);
            self.out.bytes(&i.0.to_signed_bytes_le());
        } else if let Some(f) = o.downcast::<FloatObj>() {
            self.out.byte(FLOAT);
            self.out.u64_fixed(f.0.to_bits());
        } else if let Some(c) = o.downcast::<ComplexObj>() {
            self.out.byte(COMPLEX);
            self.out.u64_fixed(c.0.re.to_bits());
            self.out.u64_fixed(c.0.im.to_bits());
        } else if o.is::<StrObj>() {
            self.out.byte(STR);
            self.out.str(crate::objects::str::as_str(o)?);
        } else if o.is::<BytesObj>() {
            self.out.byte(BYTES);
            self.out.bytes(crate::objects::bytes::as_bytes(o)?);
        } else if o.is::<TupleObj>() {
            let items = crate::objects::tuple::as_tuple(o)?.to_vec();
            self.items(vm, TUPLE, &items)?;
        } else if o.is::<FrozenSetObj>() {
            let items = vm.set_items(o);
            let tag = if rebuilds_in_order(vm, &items, 1) {
                FROZEN_SET
            } else if rebuilds_in_order(vm, &items, 2) {
                FROZEN_SET_TWICE
            } else {
                return None;
            };
            self.items(vm, tag, &items)?;
        } else if let Some(c) = o.downcast::<CodeObj>() {
            let code = c.code.clone();
            return self.code_entry(vm, &code, Some(o));
        } else {
            return None;
        }
        Some(self.record(o))
    }

    fn record(&mut self, o: &Obj) -> usize {
        let i = self.entries;
        self.entries += 1;
        self.seen.insert(o.addr(), i);
        i
    }

    fn items(&mut self, vm: &mut Vm, tag: u8, items: &[Obj]) -> Option<()> {
        let indices = items
            .iter()
            .map(|it| self.obj(vm, it))
            .collect::<Option<Vec<_>>>()?;
        self.out.byte(tag);
        self.out.usize(indices.len());
        for i in indices {
            self.out.usize(i);
        }
        Some(())
    }

    /// Writes a code object after its constants; `holder` is its heap object, if any.
    fn code_entry(
        &mut self,
        vm: &mut Vm,
        code: &Rc<CodeObject>,
        holder: Option<&Obj>,
    ) -> Option<usize> {
        let consts = code
            .consts
            .iter()
            .map(|c| self.obj(vm, c))
            .collect::<Option<Vec<_>>>()?;
        let w = &mut self.out;
        w.byte(CODE);
        w.str(&code.name);
        w.str(&code.qualname);
        w.varint(code.firstlineno.into());
        w.usize(code.instrs.len());
        for &op in &code.instrs {
            encode_op(op, w);
        }
        let (data, checkpoints, len) = code.positions.parts();
        w.bytes(data);
        w.usize(checkpoints.len());
        for &(offset, base) in checkpoints {
            w.varint(offset.into());
            w.varint(base.into());
        }
        w.usize(len);
        w.usize(consts.len());
        for i in consts {
            w.usize(i);
        }
        for names in [&code.names, &code.varnames, &code.cellvars, &code.freevars] {
            w.usize(names.len());
            for n in names {
                w.str(crate::objects::str::as_str(n)?);
            }
        }
        w.usize(code.cell_params.len());
        for p in &code.cell_params {
            w.varint(p.map_or(0, |p| u64::from(p) + 1));
        }
        for v in [
            code.argcount,
            code.posonlyargcount,
            code.kwonlyargcount,
            code.flags,
        ] {
            w.varint(v.into());
        }
        w.usize(code.exception_table.len());
        for e in &code.exception_table {
            for v in [e.start, e.end, e.target, e.depth] {
                w.varint(v.into());
            }
        }
        w.byte(u8::from(code.fast_call) | (u8::from(code.trusted) << 1));
        let i = self.entries;
        self.entries += 1;
        if let Some(o) = holder {
            self.seen.insert(o.addr(), i);
        }
        Some(i)
    }
}

/// True when a frozenset built `times` over from `items` in this order (see
/// [`build_frozenset`]) iterates in this order, so that the image (which keeps the
/// order) rebuilds the compiler's frozenset exactly.
fn rebuilds_in_order(vm: &mut Vm, items: &[Obj], times: usize) -> bool {
    let Some(rebuilt) = build_frozenset(vm, items.to_vec(), times) else {
        return false;
    };
    let again = vm.set_items(&rebuilt);
    again.len() == items.len() && again.iter().zip(items).all(|(a, b)| a.ptr_eq(b))
}

/// A frozenset of `items`, built again from its own iteration order `times - 1` times.
fn build_frozenset(vm: &mut Vm, mut items: Vec<Obj>, times: usize) -> Option<Obj> {
    let mut set = None;
    for _ in 0..times {
        let tuple = vm.new_tuple(items).ok()?;
        let built = vm.set_from_iterable(&tuple, true).ok()?;
        items = vm.set_items(&built);
        set = Some(built);
    }
    set
}

struct PoolReader<'a> {
    r: ImageReader<'a>,
    pool: Vec<Obj>,
    filename: Rc<str>,
}

impl PoolReader<'_> {
    fn pooled(&mut self) -> Option<Obj> {
        let i = self.r.usize()?;
        self.pool.get(i).cloned()
    }

    /// The next pool entry, and its code when it is a code object.
    fn entry(&mut self, vm: &mut Vm) -> Option<(Obj, Option<Rc<CodeObject>>)> {
        let tag = self.r.byte()?;
        let obj = match tag {
            NONE => vm.none(),
            TRUE => vm.new_bool(true),
            FALSE => vm.new_bool(false),
            ELLIPSIS => vm.s.ellipsis.clone(),
            INT => vm.new_int(self.r.signed()?).ok()?,
            BIG_INT => vm
                .new_bigint(BigInt::from_signed_bytes_le(self.r.bytes()?))
                .ok()?,
            FLOAT => vm.new_float(f64::from_bits(self.r.u64_fixed()?)).ok()?,
            COMPLEX => {
                let re = f64::from_bits(self.r.u64_fixed()?);
                let im = f64::from_bits(self.r.u64_fixed()?);
                vm.new_complex(crate::format::complex_ops::Complex::new(re, im))
                    .ok()?
            }
            STR => {
                let s = self.r.str()?;
                if all_name_chars(s) {
                    vm.intern(s).ok()?
                } else {
                    vm.new_str(s).ok()?
                }
            }
            BYTES => vm.new_bytes(self.r.bytes()?.to_vec()).ok()?,
            TUPLE | FROZEN_SET | FROZEN_SET_TWICE => {
                let n = self.r.count()?;
                let items = (0..n).map(|_| self.pooled()).collect::<Option<Vec<_>>>()?;
                match tag {
                    TUPLE => vm.new_tuple(items).ok()?,
                    FROZEN_SET => build_frozenset(vm, items, 1)?,
                    _ => build_frozenset(vm, items, 2)?,
                }
            }
            CODE => {
                let code = Rc::new(self.code(vm)?);
                let obj = vm.heap.alloc(CodeObj { code: code.clone() }).ok()?;
                return Some((obj, Some(code)));
            }
            _ => return None,
        };
        Some((obj, None))
    }

    fn interned_list(&mut self, vm: &mut Vm) -> Option<Vec<Obj>> {
        let n = self.r.count()?;
        (0..n).map(|_| vm.intern(self.r.str()?).ok()).collect()
    }

    fn code(&mut self, vm: &mut Vm) -> Option<CodeObject> {
        let name = self.r.str()?;
        let qualname = self.r.str()?;
        let firstlineno = self.r.u32()?;
        let ninstrs = self.r.count()?;
        let instrs = (0..ninstrs)
            .map(|_| decode_op(&mut self.r))
            .collect::<Option<Vec<_>>>()?;
        let data: Box<[u8]> = self.r.bytes()?.into();
        let ncheckpoints = self.r.count()?;
        let checkpoints = (0..ncheckpoints)
            .map(|_| Some((self.r.u32()?, self.r.u32()?)))
            .collect::<Option<Box<[_]>>>()?;
        let npositions = self.r.usize()?;
        let positions = LocationTable::from_parts(data, checkpoints, npositions)?;
        let nconsts = self.r.count()?;
        let consts = (0..nconsts)
            .map(|_| self.pooled())
            .collect::<Option<Vec<_>>>()?;
        let names = self.interned_list(vm)?;
        let varnames = self.interned_list(vm)?;
        let cellvars = self.interned_list(vm)?;
        let freevars = self.interned_list(vm)?;
        let ncells = self.r.count()?;
        let cell_params = (0..ncells)
            .map(|_| Some(self.r.u32()?.checked_sub(1)))
            .collect::<Option<Vec<_>>>()?;
        let argcount = self.r.u32()?;
        let posonlyargcount = self.r.u32()?;
        let kwonlyargcount = self.r.u32()?;
        let flags = self.r.u32()?;
        let nhandlers = self.r.count()?;
        let exception_table = (0..nhandlers)
            .map(|_| {
                Some(ExceptionEntry {
                    start: self.r.u32()?,
                    end: self.r.u32()?,
                    target: self.r.u32()?,
                    depth: self.r.u32()?,
                })
            })
            .collect::<Option<Vec<_>>>()?;
        let bits = self.r.byte()?;
        let name_obj = vm.intern(name).ok()?;
        let qualname_obj = vm.new_str(qualname).ok()?;
        let nnames = names.len();
        Some(CodeObject {
            name: Rc::from(name),
            qualname: Rc::from(qualname),
            name_obj,
            qualname_obj,
            filename: self.filename.clone(),
            firstlineno,
            instrs,
            positions,
            consts,
            names,
            varnames,
            cellvars,
            freevars,
            cell_params,
            argcount,
            posonlyargcount,
            kwonlyargcount,
            flags,
            exception_table,
            fast_call: bits & 1 != 0,
            global_cache: (0..nnames).map(|_| Default::default()).collect(),
            method_cache: (0..nnames).map(|_| Default::default()).collect(),
            attr_cache: (0..nnames).map(|_| Default::default()).collect(),
            trusted: bits & 2 != 0,
            traced_lines: Default::default(),
            generator_room: std::cell::Cell::new(crate::compile::bytecode::DEFAULT_GENERATOR_ROOM),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::vm::Config;
    use crate::vm::disassemble::disassemble;

    const SOURCE: &str = r#"
import sys
T = (1, 2.5, 3j, b"x", "two words", "name", None, ..., True, 10**30, -7)
def f(a, b=T, *args, k=(1, 2), **kw):
    def g():
        nonlocal a
        a += 1
        return a in {1, 2, 3} or "x" in frozenset("ab") or a in {'abc', 'functools', None}
    try:
        return [x * 2 for x in args if x], g
    except (ValueError, KeyError) as e:
        raise RuntimeError("no") from e
    finally:
        del kw
class C:
    __slots__ = ("p",)
    def m(self): return (1, 2)
"#;

    fn compiled() -> (Vm, Rc<CodeObject>) {
        let mut vm = Vm::new(Config::default(), &crate::modules::LIBRARY).expect("a vm");
        let code = vm
            .compile_source(SOURCE, "<image test>", crate::compile::CompileMode::Module)
            .expect("compiles");
        (vm, code)
    }

    #[test]
    fn an_image_reads_back_as_the_code_it_was_written_from() {
        let (mut vm, code) = compiled();
        let image = write_image(&mut vm, &code).expect("every constant has an image form");
        let back = read_image(&mut vm, &image, "<image test>").expect("reads back");
        assert_eq!(disassemble(&mut vm, &code), disassemble(&mut vm, &back));
        assert_eq!(code.positions.parts(), back.positions.parts());
        assert_eq!(code.exception_table, back.exception_table);
        assert_eq!(
            (code.fast_call, code.trusted, code.flags),
            (back.fast_call, back.trusted, back.flags)
        );
    }

    #[test]
    fn damaged_images_read_as_none_without_panicking() {
        let (mut vm, code) = compiled();
        let image = write_image(&mut vm, &code).expect("written");
        for cut in (0..image.len()).step_by(7) {
            // Truncated images are refused (or, cut between entries, lack the module).
            let _ = read_image(&mut vm, &image[..cut], "<t>");
        }
        let mut flipped = image.clone();
        for i in (0..flipped.len()).step_by(13) {
            flipped[i] ^= 0xa5;
            let _ = read_image(&mut vm, &flipped, "<t>");
        }
    }
}
