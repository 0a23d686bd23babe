//! The `memoryview` type: its constructor, methods, attributes and protocols, and its
//! iterator, with CPython 3.11's messages. The state is `objects::memoryview`.

use std::cell::{Cell, RefCell};

use crate::format::struct_layout::{self as layout, Value};
use crate::heap::{HeapBox, Obj};
use crate::objects::SliceObj;
use crate::objects::array_state::ArrayState;
use crate::objects::bytes::as_bytes;
use crate::objects::memoryview::{
    MemoryViewState, ViewData, add_export, format_size, read_exporter, view_state,
};
use crate::objects::native::{NativeState, native_state};
use crate::objects::str::as_str;
use crate::objects::tuple::as_tuple;
use crate::vm::native::NativeTypeSpec;
use crate::vm::params::{check_method, split_cls};
use crate::vm::{Args, PyErr, PyResult, Vm};

/// Items are stored in the machine's byte order, as CPython's native formats are.
const LITTLE: bool = cfg!(target_endian = "little");

pub(crate) static MEMORYVIEW: NativeTypeSpec = NativeTypeSpec {
    new: Some(memoryview_new),
    methods: &[
        ("tobytes", tobytes),
        ("tolist", tolist),
        ("hex", hex),
        ("toreadonly", toreadonly),
        ("release", release),
        ("cast", cast),
        ("__len__", len),
        ("__getitem__", getitem),
        ("__setitem__", setitem),
        ("__delitem__", delitem),
        ("__iter__", iter),
        ("__eq__", eq),
        ("__ne__", ne),
        ("__hash__", hash),
        ("__repr__", repr),
        ("__enter__", enter),
        ("__exit__", exit),
    ],
    getters: &[
        ("obj", get_obj),
        ("nbytes", get_nbytes),
        ("readonly", get_readonly),
        ("itemsize", get_itemsize),
        ("format", get_format),
        ("ndim", get_ndim),
        ("shape", get_shape),
        ("strides", get_strides),
        ("suboffsets", get_suboffsets),
        ("c_contiguous", get_contiguous),
        ("f_contiguous", get_contiguous),
        ("contiguous", get_contiguous),
    ],
    c_type: false,
    ..NativeTypeSpec::new("builtins", "memoryview")
};

fn released_error(vm: &mut Vm) -> PyErr {
    vm.value_error("operation forbidden on released memoryview object")
}

/// The state of `self`.
fn this<'a>(vm: &mut Vm, args: &'a Args, name: &str) -> PyResult<&'a MemoryViewState> {
    match args.pos.first().and_then(view_state) {
        Some(s) => Ok(s),
        None => {
            let n = match args.pos.first() {
                Some(o) => vm.type_name(o),
                None => "nothing".into(),
            };
            Err(vm.type_error(format!(
                "descriptor '{name}' for 'memoryview' objects doesn't apply to a '{n}' object"
            )))
        }
    }
}

/// The window of a live view (a copy: the references in it are counted).
fn live(vm: &mut Vm, st: &MemoryViewState) -> PyResult<ViewData> {
    match st.with_view(ViewData::clone) {
        Some(v) => Ok(v),
        None => Err(released_error(vm)),
    }
}

/// The arity check of a special method CPython serves through a slot wrapper:
/// `expected 1 argument, got 0`.
fn slot_view(vm: &mut Vm, args: &Args, name: &str, n: usize) -> PyResult<ViewData> {
    slot_args(vm, args, name, n)?;
    let st = this(vm, args, name)?;
    live(vm, st)
}

/// [`slot_view`]'s argument check alone (the view may be released).
fn slot_args(vm: &mut Vm, args: &Args, name: &str, n: usize) -> PyResult<()> {
    if args.pos.is_empty() {
        return Err(vm.type_error(format!(
            "descriptor '{name}' of 'memoryview' object needs an argument"
        )));
    }
    let given = args.pos.len() - 1;
    if given != n || !args.kw.is_empty() {
        let s = if n == 1 { "" } else { "s" };
        return Err(vm.type_error(format!("expected {n} argument{s}, got {given}")));
    }
    Ok(())
}

/// The window of `self`, checked for `name(self, <min..=max arguments>)`.
fn self_view(vm: &mut Vm, args: &Args, name: &str, min: usize, max: usize) -> PyResult<ViewData> {
    check_method(vm, args, &format!("memoryview.{name}"), min, max)?;
    let st = this(vm, args, name)?;
    live(vm, st)
}

/// A new memoryview object over the window `v` (counted by its exporter).
pub(crate) fn new_view(vm: &mut Vm, v: ViewData) -> PyResult {
    let buffer = v.buffer.clone();
    let boxed = HeapBox::new(vm.alloc(), v).map_err(|(e, _)| e)?;
    add_export(&buffer);
    vm.new_native(&MEMORYVIEW, MemoryViewState::new(boxed))
}

/// The window a new view of `o` has: all of it.
fn window_of(vm: &mut Vm, o: &Obj) -> PyResult<ViewData> {
    if let Some(st) = view_state(o) {
        return live(vm, st);
    }
    let whole = |buffer: Obj, code: u8, len: usize, readonly: bool| ViewData {
        obj: o.clone(),
        buffer,
        start: 0,
        step: format_size(code).unwrap_or(1) as isize,
        len,
        code,
        at_prefix: false,
        readonly,
    };
    if let Some(a) = native_state::<ArrayState>(o) {
        // CPython 3.11's array exports its 'u' items as wchar_t, format 'w'.
        let code = if a.typecode == b'u' { b'w' } else { a.typecode };
        let n = a.len();
        let mut v = whole(o.clone(), code, n, false);
        v.step = a.itemsize() as isize;
        return Ok(v);
    }
    let value = if crate::objects::bytes::is_bytes_like(o) {
        Some(o.clone())
    } else {
        vm.base_value(o)
            .filter(crate::objects::bytes::is_bytes_like)
    };
    if let Some(b) = value {
        let readonly = as_bytes(&b).is_some();
        let n = read_exporter(&b, <[u8]>::len).unwrap_or(0);
        return Ok(whole(b, b'B', n, readonly));
    }
    let n = vm.type_name(o);
    Err(vm.type_error(format!(
        "memoryview: a bytes-like object is required, not '{n}'"
    )))
}

fn memoryview_new(vm: &mut Vm, args: Args) -> PyResult {
    let (mut args, _cls) = split_cls(args);
    let kw = args.take_kw("object");
    if args.pos.len() + usize::from(kw.is_some()) + args.kw.len() > 1 {
        let n = args.pos.len() + usize::from(kw.is_some()) + args.kw.len();
        return Err(vm.type_error(format!("memoryview() takes at most 1 argument ({n} given)")));
    }
    let Some(o) = args.pos.first().cloned().or(kw) else {
        return Err(vm.type_error("memoryview() missing required argument 'object' (pos 1)"));
    };
    let v = window_of(vm, &o)?;
    new_view(vm, v)
}

/// The Python value of one item of format `code`.
fn unpack_item(vm: &mut Vm, code: u8, b: &[u8]) -> PyResult {
    if !matches!(
        code,
        b'c' | b'b' | b'B' | b'?' | b'h' | b'H' | b'e' | b'i' | b'I' | b'f'
    ) && !matches!(code, b'l' | b'L' | b'q' | b'Q' | b'n' | b'N' | b'd' | b'P')
    {
        let c = code as char;
        return Err(vm.not_implemented_error(format!("memoryview: format {c} not supported")));
    }
    match layout::read_value(code, b, LITTLE) {
        Value::Int(i) => vm.new_int(i),
        Value::UInt(u) => match i64::try_from(u) {
            Ok(i) => vm.new_int(i),
            Err(_) => vm.new_bigint(num_bigint::BigInt::from(u)),
        },
        Value::Float(f) => vm.new_float(f),
        Value::Bool(b) => Ok(vm.new_bool(b)),
        Value::Bytes(b) => vm.new_bytes(b),
    }
}

/// The bytes of `value` as one item of format `code` (CPython's `pack_single`).
fn pack_item(vm: &mut Vm, code: u8, value: &Obj) -> PyResult<Vec<u8>> {
    let size = format_size(code).unwrap_or(1);
    let c = code as char;
    let invalid_type =
        |vm: &mut Vm| vm.type_error(format!("memoryview: invalid type for format '{c}'"));
    let invalid_value =
        |vm: &mut Vm| vm.value_error(format!("memoryview: invalid value for format '{c}'"));
    let mut out = vec![0u8; size];
    match code {
        b'c' => match as_bytes(value) {
            Some([b]) => out[0] = *b,
            Some(_) => return Err(invalid_value(vm)),
            None => return Err(invalid_type(vm)),
        },
        b'?' => out[0] = u8::from(vm.truthy(value)?),
        b'f' | b'd' | b'e' => {
            let x = match crate::vm::convert::to_f64(vm, value) {
                Ok(x) => x,
                Err(e) if vm.err_matches(&e, &vm.exc.type_error.clone()) => {
                    return Err(invalid_type(vm));
                }
                Err(e) => return Err(e),
            };
            let bits = match code {
                b'f' => {
                    let f = x as f32;
                    if f.is_infinite() && x.is_finite() {
                        return Err(vm.overflow_error("float too large to pack with f format"));
                    }
                    u64::from(f.to_bits())
                }
                b'd' => x.to_bits(),
                _ => match layout::pack_half(x) {
                    Some(h) => u64::from(h),
                    None => {
                        return Err(vm.overflow_error("float too large to pack with e format"));
                    }
                },
            };
            layout::write_uint(&mut out, bits, LITTLE);
        }
        _ => {
            let Some(n) = vm.index_value(value) else {
                return Err(invalid_type(vm));
            };
            let n = match n {
                Ok(n) => i128::from(n),
                Err(e) => {
                    // An int past 64 bits: out of range for every format.
                    if vm.to_bigint(value).is_some() {
                        let big = vm.to_bigint(value).unwrap_or_default();
                        let fits = num_traits::ToPrimitive::to_u64(&big).is_some();
                        if !fits {
                            return Err(invalid_value(vm));
                        }
                        num_traits::ToPrimitive::to_i128(&big).unwrap_or(0)
                    } else {
                        return Err(e);
                    }
                }
            };
            let signed = matches!(code, b'b' | b'h' | b'i' | b'l' | b'q' | b'n');
            let bits = size as u32 * 8;
            let ok = if signed {
                let lo = -(1i128 << (bits - 1));
                let hi = (1i128 << (bits - 1)) - 1;
                n >= lo && n <= hi
            } else {
                n >= 0 && n < (1i128 << bits)
            };
            if !ok {
                return Err(invalid_value(vm));
            }
            layout::write_uint(&mut out, n as u64, LITTLE);
        }
    }
    Ok(out)
}

/// An item index of `v` from `key` (negative from the end); None when `key` is not an
/// index at all.
fn item_index(vm: &mut Vm, v: &ViewData, key: &Obj) -> PyResult<Option<usize>> {
    let Some(i) = vm.index_value(key) else {
        return Ok(None);
    };
    let i = match i {
        Ok(i) => i,
        Err(e) => {
            if vm.to_bigint(key).is_some() {
                let t = vm.type_name(key);
                return Err(vm.index_error(format!("cannot fit '{t}' into an index-sized integer")));
            }
            return Err(e);
        }
    };
    let n = v.len as i64;
    let i = if i < 0 { i + n } else { i };
    if i < 0 || i >= n {
        return Err(vm.index_error("index out of bounds on dimension 1"));
    }
    Ok(Some(i as usize))
}

/// A one-element tuple key (`view[i,]`) is the same as its element for a 1-D view.
fn single_key(vm: &mut Vm, key: &Obj) -> PyResult<Obj> {
    if let Some(items) = as_tuple(key) {
        if items.len() == 1 && !items[0].is::<SliceObj>() {
            return Ok(items[0].clone());
        }
        if items.iter().any(|k| k.is::<SliceObj>()) {
            return Err(vm.not_implemented_error("multi-dimensional slicing is not implemented"));
        }
        return Err(vm.type_error("memoryview: invalid slice key"));
    }
    Ok(key.clone())
}

fn getitem(vm: &mut Vm, args: Args) -> PyResult {
    let v = slot_view(vm, &args, "__getitem__", 1)?;
    let key = single_key(vm, &args.pos[1])?;
    if key.is::<SliceObj>() {
        let (start, _stop, step, count) = vm.slice_indices(&key, v.len as i64)?;
        let first = if count > 0 {
            v.offset(start as usize)
        } else {
            v.start
        };
        let sub = ViewData {
            start: first,
            step: v.step * step as isize,
            len: count as usize,
            ..v
        };
        return new_view(vm, sub);
    }
    match item_index(vm, &v, &key)? {
        Some(i) => {
            let b = v
                .item_bytes(i)
                .ok_or_else(|| vm.runtime_error("memoryview is busy"))?;
            unpack_item(vm, v.code, &b)
        }
        None => Err(vm.type_error("memoryview: invalid slice key")),
    }
}

/// The items of a buffer assigned to a slice, with their format.
fn source_items(vm: &mut Vm, value: &Obj) -> PyResult<(u8, Vec<u8>)> {
    if let Some(st) = view_state(value) {
        let v = live(vm, st)?;
        let b = v
            .to_bytes()
            .ok_or_else(|| vm.runtime_error("memoryview is busy"))?;
        return Ok((v.code, b));
    }
    if let Some(a) = native_state::<ArrayState>(value) {
        return Ok((a.typecode, a.bytes()));
    }
    let b = vm.bytes_arg(value)?;
    Ok((b'B', b))
}

fn setitem(vm: &mut Vm, args: Args) -> PyResult {
    let v = slot_view(vm, &args, "__setitem__", 2)?;
    if v.readonly {
        return Err(vm.type_error("cannot modify read-only memory"));
    }
    let key = single_key(vm, &args.pos[1])?;
    let value = args.pos[2].clone();
    if key.is::<SliceObj>() {
        let (start, _stop, step, count) = vm.slice_indices(&key, v.len as i64)?;
        let (code, data) = source_items(vm, &value)?;
        if code != v.code || data.len() != count as usize * v.itemsize() {
            return Err(vm.value_error(
                "memoryview assignment: lvalue and rvalue have different structures",
            ));
        }
        if count > 0 && !v.write_items(start as usize, step as isize, &data) {
            return Err(vm.runtime_error("memoryview is busy"));
        }
        return Ok(vm.none());
    }
    let Some(i) = item_index(vm, &v, &key)? else {
        return Err(vm.type_error("memoryview: invalid slice key"));
    };
    let data = pack_item(vm, v.code, &value)?;
    if !v.write_items(i, 1, &data) {
        return Err(vm.runtime_error("memoryview is busy"));
    }
    Ok(vm.none())
}

fn delitem(vm: &mut Vm, args: Args) -> PyResult {
    let v = slot_view(vm, &args, "__delitem__", 1)?;
    if v.readonly {
        return Err(vm.type_error("cannot modify read-only memory"));
    }
    Err(vm.type_error("cannot delete memory"))
}

fn len(vm: &mut Vm, args: Args) -> PyResult {
    let v = slot_view(vm, &args, "__len__", 0)?;
    vm.new_int(v.len as i64)
}

/// The bytes of a live view.
fn view_bytes(vm: &mut Vm, v: &ViewData) -> PyResult<Vec<u8>> {
    v.to_bytes()
        .ok_or_else(|| vm.runtime_error("memoryview is busy"))
}

fn tobytes(vm: &mut Vm, mut args: Args) -> PyResult {
    let order = args.take_kw("order");
    let v = self_view(vm, &args, "tobytes", 0, 1)?;
    if let Some(o) = args.pos.get(1).cloned().or(order)
        && !o.ptr_eq(&vm.s.none)
    {
        match as_str(&o) {
            Some("C" | "F" | "A") => {}
            Some(_) => return Err(vm.value_error("order must be 'C', 'F' or 'A'")),
            None => {
                let n = vm.type_name(&o);
                return Err(vm.type_error(format!(
                    "tobytes() argument 'order' must be str or None, not {n}"
                )));
            }
        }
    }
    let b = view_bytes(vm, &v)?;
    vm.new_bytes(b)
}

fn items(vm: &mut Vm, v: &ViewData) -> PyResult<Vec<Obj>> {
    let b = view_bytes(vm, v)?;
    let size = v.itemsize();
    let mut out = Vec::with_capacity(v.len);
    for chunk in b.chunks_exact(size) {
        out.push(unpack_item(vm, v.code, chunk)?);
    }
    Ok(out)
}

fn tolist(vm: &mut Vm, args: Args) -> PyResult {
    let v = self_view(vm, &args, "tolist", 0, 0)?;
    let items = items(vm, &v)?;
    vm.new_list(items)
}

/// `hex(sep, bytes_per_sep)`: bytes.hex of the viewed bytes.
fn hex(vm: &mut Vm, mut args: Args) -> PyResult {
    if args.pos.is_empty() {
        return Err(vm.type_error("unbound method memoryview.hex() needs an argument"));
    }
    let st = this(vm, &args, "hex")?;
    let v = live(vm, st)?;
    let b = view_bytes(vm, &v)?;
    let b = vm.new_bytes(b)?;
    let Some(f) = vm.lookup_type_attr(&vm.types.bytes.clone(), "hex") else {
        return Err(vm.bad_payload());
    };
    args.pos[0] = b;
    vm.call_args(&f, args)
}

fn toreadonly(vm: &mut Vm, args: Args) -> PyResult {
    let v = self_view(vm, &args, "toreadonly", 0, 0)?;
    new_view(
        vm,
        ViewData {
            readonly: true,
            ..v
        },
    )
}

fn release(vm: &mut Vm, args: Args) -> PyResult {
    check_method(vm, &args, "memoryview.release", 0, 0)?;
    this(vm, &args, "release")?.release();
    Ok(vm.none())
}

fn enter(vm: &mut Vm, args: Args) -> PyResult {
    self_view(vm, &args, "__enter__", 0, 0)?;
    Ok(args.pos[0].clone())
}

fn exit(vm: &mut Vm, args: Args) -> PyResult {
    check_method(vm, &args, "memoryview.__exit__", 0, usize::MAX)?;
    this(vm, &args, "__exit__")?.release();
    Ok(vm.none())
}

/// `cast(format, shape=None)`, for one-dimensional results.
fn cast(vm: &mut Vm, mut args: Args) -> PyResult {
    let kw_format = args.take_kw("format");
    let kw_shape = args.take_kw("shape");
    if let Some((k, _)) = args.kw.first() {
        let k = as_str(k).unwrap_or("?").to_owned();
        return Err(vm.type_error(format!("cast() got an unexpected keyword argument '{k}'")));
    }
    let st = this(vm, &args, "cast")?;
    let format = args.pos.get(1).cloned().or(kw_format);
    let shape = args.pos.get(2).cloned().or(kw_shape);
    if args.pos.len() > 3 {
        let n = args.pos.len() - 1;
        return Err(vm.type_error(format!("cast() takes at most 2 arguments ({n} given)")));
    }
    let Some(format) = format else {
        return Err(vm.type_error("cast() missing required argument 'format' (pos 1)"));
    };
    let Some(fmt) = as_str(&format).map(str::to_owned) else {
        let n = vm.type_name(&format);
        return Err(vm.type_error(format!("cast() argument 'format' must be str, not {n}")));
    };
    let v = live(vm, st)?;
    if !v.contiguous() {
        return Err(vm.type_error("memoryview: casts are restricted to C-contiguous views"));
    }
    let (at_prefix, code) = match fmt.as_bytes() {
        [c] => (false, *c),
        [b'@', c] => (true, *c),
        _ => (false, 0),
    };
    let Some(size) = format_size(code).filter(|_| code != b'u' && code != b'w') else {
        return Err(vm.value_error(
            "memoryview: destination format must be a native single character format prefixed with an optional '@'",
        ));
    };
    let byte_format = |c: u8| matches!(c, b'B' | b'b' | b'c');
    if !byte_format(v.code) && !byte_format(code) {
        return Err(vm.type_error("memoryview: cannot cast between two non-byte formats"));
    }
    let nbytes = v.len * v.itemsize();
    let count = match shape {
        Some(s) if !s.ptr_eq(&vm.s.none) => {
            let dims = vm.iterate_to_vec(&s)?;
            let mut product: usize = 1;
            for d in &dims {
                let n = vm.to_index(d)?;
                if n <= 0 {
                    return Err(
                        vm.value_error("memoryview.cast(): elements of shape must be integers > 0")
                    );
                }
                product = product.saturating_mul(n as usize);
            }
            if product.saturating_mul(size) != nbytes {
                return Err(vm.type_error("memoryview: product(shape) * itemsize != buffer size"));
            }
            if dims.len() != 1 {
                return Err(vm.not_implemented_error(
                    "memoryview: casts to shapes of other than one dimension are not supported",
                ));
            }
            product
        }
        _ => {
            if nbytes % size != 0 {
                return Err(vm.type_error("memoryview: length is not a multiple of itemsize"));
            }
            nbytes / size
        }
    };
    new_view(
        vm,
        ViewData {
            step: size as isize,
            len: count,
            code,
            at_prefix,
            ..v
        },
    )
}

/// Whether two views hold equal values, item by item (CPython unpacks both sides
/// when the formats differ or hold floats, so `nan` is not equal to itself).
fn equal(vm: &mut Vm, a: &ViewData, b: &ViewData) -> PyResult<bool> {
    if a.len != b.len {
        return Ok(false);
    }
    if a.code == b.code && !matches!(a.code, b'f' | b'd' | b'e') {
        return Ok(view_bytes(vm, a)? == view_bytes(vm, b)?);
    }
    let xs = items(vm, a)?;
    let ys = items(vm, b)?;
    for (x, y) in xs.iter().zip(&ys) {
        if !vm.eq(x, y)? {
            return Ok(false);
        }
    }
    Ok(true)
}

fn compare(vm: &mut Vm, args: Args, name: &str, negate: bool) -> PyResult {
    slot_args(vm, &args, name, 1)?;
    let st = this(vm, &args, name)?;
    let (a, b) = (args.pos[0].clone(), args.pos[1].clone());
    if a.ptr_eq(&b) {
        return Ok(vm.new_bool(!negate));
    }
    let Some(va) = st.with_view(ViewData::clone) else {
        return Ok(vm.new_bool(negate));
    };
    let vb = if let Some(sb) = view_state(&b) {
        match sb.with_view(ViewData::clone) {
            Some(v) => v,
            None => return Ok(vm.new_bool(negate)),
        }
    } else {
        match window_of(vm, &b) {
            Ok(v) => v,
            Err(_) => return Ok(vm.s.not_implemented.clone()),
        }
    };
    let r = equal(vm, &va, &vb)?;
    Ok(vm.new_bool(r != negate))
}

fn eq(vm: &mut Vm, args: Args) -> PyResult {
    compare(vm, args, "__eq__", false)
}

fn ne(vm: &mut Vm, args: Args) -> PyResult {
    compare(vm, args, "__ne__", true)
}

fn hash(vm: &mut Vm, args: Args) -> PyResult {
    let v = slot_view(vm, &args, "__hash__", 0)?;
    if !v.readonly {
        return Err(vm.value_error("cannot hash writable memoryview object"));
    }
    if !matches!(v.code, b'B' | b'b' | b'c') {
        return Err(vm.value_error("memoryview: hashing is restricted to formats 'B', 'b' or 'c'"));
    }
    let b = view_bytes(vm, &v)?;
    let b = vm.new_bytes(b)?;
    let h = vm.hash(&b)?;
    vm.new_int(h)
}

fn repr(vm: &mut Vm, args: Args) -> PyResult {
    slot_args(vm, &args, "__repr__", 0)?;
    let st = this(vm, &args, "__repr__")?;
    let addr = args.pos[0].addr();
    let s = if st.is_released() {
        format!("<released memory at {addr:#x}>")
    } else {
        format!("<memory at {addr:#x}>")
    };
    vm.new_str(&s)
}

// ----- attributes -----

fn get_obj(vm: &mut Vm, args: Args) -> PyResult {
    let v = self_view(vm, &args, "obj", 0, 0)?;
    Ok(v.obj)
}

fn get_nbytes(vm: &mut Vm, args: Args) -> PyResult {
    let v = self_view(vm, &args, "nbytes", 0, 0)?;
    vm.new_int((v.len * v.itemsize()) as i64)
}

fn get_readonly(vm: &mut Vm, args: Args) -> PyResult {
    let v = self_view(vm, &args, "readonly", 0, 0)?;
    Ok(vm.new_bool(v.readonly))
}

fn get_itemsize(vm: &mut Vm, args: Args) -> PyResult {
    let v = self_view(vm, &args, "itemsize", 0, 0)?;
    vm.new_int(v.itemsize() as i64)
}

fn get_format(vm: &mut Vm, args: Args) -> PyResult {
    let v = self_view(vm, &args, "format", 0, 0)?;
    vm.new_str(&v.format())
}

fn get_ndim(vm: &mut Vm, args: Args) -> PyResult {
    self_view(vm, &args, "ndim", 0, 0)?;
    vm.new_int(1)
}

fn get_shape(vm: &mut Vm, args: Args) -> PyResult {
    let v = self_view(vm, &args, "shape", 0, 0)?;
    let n = vm.new_int(v.len as i64)?;
    vm.new_tuple(vec![n])
}

fn get_strides(vm: &mut Vm, args: Args) -> PyResult {
    let v = self_view(vm, &args, "strides", 0, 0)?;
    let n = vm.new_int(v.step as i64)?;
    vm.new_tuple(vec![n])
}

fn get_suboffsets(vm: &mut Vm, args: Args) -> PyResult {
    self_view(vm, &args, "suboffsets", 0, 0)?;
    vm.new_tuple(Vec::new())
}

fn get_contiguous(vm: &mut Vm, args: Args) -> PyResult {
    let v = self_view(vm, &args, "contiguous", 0, 0)?;
    Ok(vm.new_bool(v.contiguous()))
}

// ----- the iterator -----

/// `iter(view)`: reads one item at a time from the view (so a release during the
/// loop is noticed at the next item).
struct MemoryIter {
    view: RefCell<Option<Obj>>,
    index: Cell<usize>,
}

impl NativeState for MemoryIter {
    fn traverse(&self, visit: &mut dyn FnMut(&Obj)) {
        if let Ok(v) = self.view.try_borrow()
            && let Some(v) = &*v
        {
            visit(v);
        }
    }
    fn clear(&self) {
        let old = self.view.try_borrow_mut().ok().and_then(|mut v| v.take());
        drop(old);
    }
    fn is_iterator(&self) -> bool {
        true
    }
    fn next(&self, vm: &mut Vm, _this: &Obj) -> PyResult<Option<Obj>> {
        let Some(o) = self.view.borrow().clone() else {
            return Ok(None);
        };
        let Some(st) = view_state(&o) else {
            return Ok(None);
        };
        let v = live(vm, st)?;
        let i = self.index.get();
        if i >= v.len {
            let old = self.view.borrow_mut().take();
            drop(old);
            return Ok(None);
        }
        self.index.set(i + 1);
        let b = v
            .item_bytes(i)
            .ok_or_else(|| vm.runtime_error("memoryview is busy"))?;
        unpack_item(vm, v.code, &b).map(Some)
    }
}

static MEMORY_ITER: NativeTypeSpec = NativeTypeSpec {
    iterator: true,
    c_type: false,
    ..NativeTypeSpec::new("builtins", "memory_iterator")
};

fn iter(vm: &mut Vm, args: Args) -> PyResult {
    slot_view(vm, &args, "__iter__", 0)?;
    vm.new_native(
        &MEMORY_ITER,
        MemoryIter {
            view: RefCell::new(Some(args.pos[0].clone())),
            index: Cell::new(0),
        },
    )
}
