//! `Value`: Python data as plain Rust data, the currency between a host program and
//! the interpreter (globals passed in, results handed out).

use num_bigint::BigInt;

use crate::heap::Obj;
use crate::objects::bytes::as_bytes;
use crate::objects::complex::ComplexObj;
use crate::objects::set::{FrozenSetObj, SetObj};
use crate::objects::str::as_str;
use crate::objects::tuple::as_tuple;
use crate::objects::{BigIntObj, BoolObj, DictObj, FloatObj, IntObj, ListObj};
use crate::vm::{PyResult, Vm};

/// Containers nested deeper than this are not converted (the conversion recurses on
/// the host's stack).
const MAX_DEPTH: usize = 100;

/// A Python value converted to Rust. Objects of the exact builtin types convert to the
/// matching variant, recursively; anything else (instances of classes, functions,
/// subclasses of builtin types, a container that contains itself) becomes
/// [`Value::Other`] with its type name and `repr`.
#[derive(Clone, Debug, PartialEq)]
pub enum Value {
    /// `None`.
    None,
    /// `True` / `False`.
    Bool(bool),
    /// An int that fits in 64 bits.
    Int(i64),
    /// Any other int.
    BigInt(BigInt),
    /// A float.
    Float(f64),
    /// A complex number: real and imaginary parts.
    Complex(f64, f64),
    /// A str.
    Str(String),
    /// A bytes or bytearray object.
    Bytes(Vec<u8>),
    /// A list.
    List(Vec<Value>),
    /// A tuple.
    Tuple(Vec<Value>),
    /// A dict, in insertion order.
    Dict(Vec<(Value, Value)>),
    /// A set (in iteration order).
    Set(Vec<Value>),
    /// A frozenset (in iteration order).
    FrozenSet(Vec<Value>),
    /// A value of another type: its type name and `repr()`. Cannot be passed back in.
    Other {
        /// `type(v).__name__`.
        type_name: String,
        /// `repr(v)` (or a placeholder when repr failed).
        repr: String,
    },
}

impl From<i64> for Value {
    fn from(v: i64) -> Value {
        Value::Int(v)
    }
}

impl From<f64> for Value {
    fn from(v: f64) -> Value {
        Value::Float(v)
    }
}

impl From<bool> for Value {
    fn from(v: bool) -> Value {
        Value::Bool(v)
    }
}

impl From<&str> for Value {
    fn from(v: &str) -> Value {
        Value::Str(v.to_owned())
    }
}

impl From<String> for Value {
    fn from(v: String) -> Value {
        Value::Str(v)
    }
}

impl<T: Into<Value>> From<Vec<T>> for Value {
    fn from(v: Vec<T>) -> Value {
        Value::List(v.into_iter().map(Into::into).collect())
    }
}

/// Builds the Python object for a value (a TypeError for [`Value::Other`], and for a
/// dict or set key that is not hashable).
pub(crate) fn to_object(vm: &mut Vm, v: &Value) -> PyResult {
    Ok(match v {
        Value::None => vm.none(),
        Value::Bool(b) => vm.new_bool(*b),
        Value::Int(i) => vm.new_int(*i)?,
        Value::BigInt(i) => vm.new_bigint(i.clone())?,
        Value::Float(f) => vm.new_float(*f)?,
        Value::Complex(re, im) => {
            vm.heap
                .alloc(ComplexObj(crate::format::complex_ops::Complex {
                    re: *re,
                    im: *im,
                }))?
        }
        Value::Str(s) => vm.new_str(s)?,
        Value::Bytes(b) => vm.new_bytes(b.clone())?,
        Value::List(items) => {
            let objs = items_to_objects(vm, items)?;
            vm.new_list(objs)?
        }
        Value::Tuple(items) => {
            let objs = items_to_objects(vm, items)?;
            vm.new_tuple(objs)?
        }
        Value::Set(items) | Value::FrozenSet(items) => {
            let objs = items_to_objects(vm, items)?;
            let list = vm.new_list(objs)?;
            vm.set_from_iterable(&list, matches!(v, Value::FrozenSet(_)))?
        }
        Value::Dict(pairs) => {
            let d = vm.new_dict()?;
            for (k, val) in pairs {
                let k = to_object(vm, k)?;
                let val = to_object(vm, val)?;
                vm.dict_set(&d, k, val)?;
            }
            d
        }
        Value::Other { type_name, .. } => {
            return Err(vm.type_error(format!(
                "a value of type '{type_name}' cannot be passed into the interpreter"
            )));
        }
    })
}

fn items_to_objects(vm: &mut Vm, items: &[Value]) -> PyResult<Vec<Obj>> {
    items.iter().map(|v| to_object(vm, v)).collect()
}

/// Converts a Python object to a [`Value`]. `repr` of unconvertible objects may run
/// Python code (a class's `__repr__`); it runs under the interpreter's limits.
pub(crate) fn from_object(vm: &mut Vm, o: &Obj) -> Value {
    let mut path = Vec::new();
    convert(vm, o, &mut path)
}

fn convert(vm: &mut Vm, o: &Obj, path: &mut Vec<usize>) -> Value {
    let ty = vm.type_of(o);
    let t = &vm.types;
    if o.ptr_eq(&vm.s.none) {
        return Value::None;
    }
    if ty.ptr_eq(&t.bool_) {
        return Value::Bool(o.downcast::<BoolObj>().is_some_and(|b| b.0));
    }
    if ty.ptr_eq(&t.int) {
        if let Some(i) = IntObj::value(o) {
            return Value::Int(i);
        }
        if let Some(b) = o.downcast::<BigIntObj>() {
            return Value::BigInt(b.0.clone());
        }
    }
    if ty.ptr_eq(&t.float)
        && let Some(f) = o.downcast::<FloatObj>()
    {
        return Value::Float(f.0);
    }
    if let Some(c) = o.downcast::<ComplexObj>()
        && vm.type_name(o).as_ref() == "complex"
    {
        return Value::Complex(c.0.re, c.0.im);
    }
    if ty.ptr_eq(&t.str_)
        && let Some(s) = as_str(o)
    {
        return Value::Str(s.to_owned());
    }
    if (ty.ptr_eq(&t.bytes) || ty.ptr_eq(&t.bytearray))
        && let Some(b) = as_bytes(o)
    {
        return Value::Bytes(b.to_vec());
    }
    let is_container = [&t.list, &t.tuple, &t.dict, &t.set, &t.frozenset]
        .iter()
        .any(|c| ty.ptr_eq(c));
    if is_container {
        if path.contains(&o.addr()) || path.len() >= MAX_DEPTH {
            return other(vm, o, "...");
        }
        path.push(o.addr());
        let v = convert_container(vm, o, path);
        path.pop();
        if let Some(v) = v {
            return v;
        }
    }
    other(vm, o, "<repr failed>")
}

fn convert_container(vm: &mut Vm, o: &Obj, path: &mut Vec<usize>) -> Option<Value> {
    if let Some(t) = as_tuple(o) {
        let items = t.to_vec();
        return Some(Value::Tuple(convert_all(vm, &items, path)));
    }
    if let Some(l) = o.downcast::<ListObj>() {
        let items = l.items.borrow().to_vec();
        return Some(Value::List(convert_all(vm, &items, path)));
    }
    if let Some(d) = o.downcast::<DictObj>() {
        let pairs: Vec<(Obj, Obj)> = d
            .table
            .borrow()
            .iter()
            .map(|e| (e.key.clone(), e.value.clone()))
            .collect();
        let out = pairs
            .iter()
            .map(|(k, v)| (convert(vm, k, path), convert(vm, v, path)))
            .collect();
        return Some(Value::Dict(out));
    }
    if let Some(s) = o.downcast::<SetObj>() {
        let items: Vec<Obj> = s.table.borrow().iter().map(|(_, k)| k.clone()).collect();
        return Some(Value::Set(convert_all(vm, &items, path)));
    }
    if let Some(s) = o.downcast::<FrozenSetObj>() {
        let items: Vec<Obj> = s.table.borrow().iter().map(|(_, k)| k.clone()).collect();
        return Some(Value::FrozenSet(convert_all(vm, &items, path)));
    }
    None
}

fn convert_all(vm: &mut Vm, items: &[Obj], path: &mut Vec<usize>) -> Vec<Value> {
    items.iter().map(|v| convert(vm, v, path)).collect()
}

fn other(vm: &mut Vm, o: &Obj, fallback: &str) -> Value {
    let type_name = vm.type_name(o).to_string();
    let repr = if fallback == "..." {
        fallback.to_owned()
    } else {
        vm.repr_string(o).unwrap_or_else(|_| fallback.to_owned())
    };
    Value::Other { type_name, repr }
}
