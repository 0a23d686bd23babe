//! The `array` module: `array.array`, a compact sequence of numbers (or characters)
//! of one C type, stored in a heap buffer of exactly `itemsize` bytes per item
//! (native byte order), with CPython 3.11's conversions and messages.

mod methods;

use std::cell::{Cell, RefCell};

use num_bigint::BigInt;
use num_traits::{Signed, ToPrimitive};

use crate::format::struct_layout::{self as layout, Value};
use crate::heap::Obj;
use crate::objects::native::{NativeState, native_state};
use crate::objects::str::as_str;
use crate::vm::native::NativeTypeSpec;
use crate::vm::{PyErr, PyResult, Vm};

pub(crate) use crate::objects::array_state::{ArrayState, itemsize, with_array_bytes};

pub(crate) const TYPECODES: &str = "bBuhHiIlLqQfd";

/// The object of one item.
pub(crate) fn decode(vm: &mut Vm, tc: u8, b: &[u8]) -> PyResult {
    if tc == b'u' {
        let mut w = [0u8; 4];
        for (d, s) in w.iter_mut().zip(b) {
            *d = *s;
        }
        let c = u32::from_le_bytes(w);
        return match char::from_u32(c) {
            Some(ch) => vm.new_str(ch.encode_utf8(&mut [0; 4])),
            None => Err(vm.value_error(format!(
                "character U+{c:x} is not in range [U+0000; U+10ffff]"
            ))),
        };
    }
    match layout::read_value(tc, b, true) {
        Value::Int(i) => vm.new_int(i),
        Value::UInt(u) => match i64::try_from(u) {
            Ok(i) => vm.new_int(i),
            Err(_) => vm.new_bigint(BigInt::from(u)),
        },
        Value::Float(f) => vm.new_float(f),
        Value::Bool(b) => Ok(vm.new_bool(b)),
        Value::Bytes(b) => vm.new_bytes(b),
    }
}

/// The int value of an item argument (ints and `__index__`).
fn int_value(vm: &mut Vm, v: &Obj) -> PyResult<BigInt> {
    if let Some(b) = vm.to_bigint(v) {
        return Ok(b);
    }
    if let Some(r) = vm.call_special(v, "__index__", vec![])? {
        return match vm.to_bigint(&r) {
            Some(b) => Ok(b),
            None => {
                let n = vm.type_name(&r);
                Err(vm.type_error(format!("__index__ returned non-int (type {n})")))
            }
        };
    }
    Err(vm.type_error_for(v, "cannot be interpreted as an integer"))
}

fn ovf(vm: &mut Vm, msg: &str) -> PyErr {
    vm.overflow_error(msg)
}

/// A C long (what `PyArg_Parse` reads first for the small types).
fn c_long(vm: &mut Vm, n: &BigInt) -> PyResult<i64> {
    n.to_i64()
        .ok_or_else(|| ovf(vm, "Python int too large to convert to C long"))
}

fn check_range(vm: &mut Vm, x: i64, lo: i64, hi: i64, what: &str) -> PyResult<()> {
    if x < lo {
        return Err(ovf(vm, &format!("{what} is less than minimum")));
    }
    if x > hi {
        return Err(ovf(vm, &format!("{what} is greater than maximum")));
    }
    Ok(())
}

/// The bytes of `v` as an item of type `tc` (`itemsize(tc)` of them, little-endian).
pub(crate) fn encode(vm: &mut Vm, tc: u8, v: &Obj) -> PyResult<[u8; 8]> {
    let mut out = [0u8; 8];
    let bits: u64 = match tc {
        b'u' => match as_str(v) {
            Some(s) if s.chars().count() == 1 => s.chars().next().map_or(0, |c| c as u64),
            _ => return Err(vm.type_error("array item must be unicode character")),
        },
        b'f' => {
            let x = crate::vm::convert::to_f64(vm, v)?;
            (x as f32).to_bits() as u64
        }
        b'd' => crate::vm::convert::to_f64(vm, v)?.to_bits(),
        _ => {
            let n = int_value(vm, v)?;
            match tc {
                b'b' => {
                    let x = c_long(vm, &n)?;
                    check_range(vm, x, -32768, 32767, "signed short integer")?;
                    check_range(vm, x, -128, 127, "signed char")?;
                    x as u64
                }
                b'B' => {
                    let x = c_long(vm, &n)?;
                    check_range(vm, x, 0, 255, "unsigned byte integer")?;
                    x as u64
                }
                b'h' => {
                    let x = c_long(vm, &n)?;
                    check_range(vm, x, -32768, 32767, "signed short integer")?;
                    x as u64
                }
                b'H' => {
                    let x = c_long(vm, &n)?;
                    check_range(vm, x, i32::MIN as i64, i32::MAX as i64, "signed integer")?;
                    check_range(vm, x, 0, 65535, "unsigned short")?;
                    x as u64
                }
                b'i' => {
                    let x = c_long(vm, &n)?;
                    check_range(vm, x, i32::MIN as i64, i32::MAX as i64, "signed integer")?;
                    x as u64
                }
                b'l' => c_long(vm, &n)? as u64,
                b'q' => match n.to_i64() {
                    Some(x) => x as u64,
                    None => return Err(ovf(vm, "int too big to convert")),
                },
                b'I' | b'L' => {
                    if n.is_negative() {
                        return Err(ovf(vm, "can't convert negative value to unsigned int"));
                    }
                    let Some(x) = n.to_u64() else {
                        return Err(ovf(
                            vm,
                            "Python int too large to convert to C unsigned long",
                        ));
                    };
                    if tc == b'I' && x > u32::MAX as u64 {
                        return Err(ovf(vm, "unsigned int is greater than maximum"));
                    }
                    x
                }
                _ => {
                    if n.is_negative() {
                        return Err(ovf(vm, "can't convert negative int to unsigned"));
                    }
                    match n.to_u64() {
                        Some(x) => x,
                        None => return Err(ovf(vm, "int too big to convert")),
                    }
                }
            }
        }
    };
    layout::write_uint(&mut out[..itemsize(tc)], bits, true);
    Ok(out)
}

// ----- the iterator -----

struct ArrayIter {
    array: RefCell<Option<Obj>>,
    index: Cell<usize>,
}

impl NativeState for ArrayIter {
    fn traverse(&self, visit: &mut dyn FnMut(&Obj)) {
        if let Ok(a) = self.array.try_borrow()
            && let Some(a) = &*a
        {
            visit(a);
        }
    }
    fn clear(&self) {
        let old = self.array.try_borrow_mut().ok().and_then(|mut a| a.take());
        drop(old);
    }
    fn is_iterator(&self) -> bool {
        true
    }
    fn next(&self, vm: &mut Vm, _this: &Obj) -> PyResult<Option<Obj>> {
        let Some(a) = self.array.borrow().clone() else {
            return Ok(None);
        };
        let Some(st) = native_state::<ArrayState>(&a) else {
            return Ok(None);
        };
        let i = self.index.get();
        if i >= st.len() {
            let old = self.array.borrow_mut().take();
            drop(old);
            return Ok(None);
        }
        let b = st.item_bytes(i);
        self.index.set(i + 1);
        decode(vm, st.typecode, &b).map(Some)
    }
}

static ARRAY_ITER: NativeTypeSpec = NativeTypeSpec {
    iterator: true,
    ..NativeTypeSpec::new("array", "arrayiterator")
};

pub(crate) fn new_iter(vm: &mut Vm, a: &Obj) -> PyResult {
    vm.new_native(
        &ARRAY_ITER,
        ArrayIter {
            array: RefCell::new(Some(a.clone())),
            index: Cell::new(0),
        },
    )
}

pub(crate) fn create(vm: &mut Vm) -> PyResult<Obj> {
    let m = super::module_with_functions(vm, "array", &[])?;
    let t = vm.native_type(&methods::ARRAY)?;
    super::set_attr(vm, &m, "array", t.clone())?;
    super::set_attr(vm, &m, "ArrayType", t)?;
    let tc = vm.new_str(TYPECODES)?;
    super::set_attr(vm, &m, "typecodes", tc)?;
    Ok(m)
}
