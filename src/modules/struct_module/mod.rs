//! The `struct` module (CPython's `_struct` with `struct` re-exporting it): `pack`,
//! `unpack`, `calcsize`, `iter_unpack`, `pack_into` / `unpack_from`, the `Struct` type
//! and `struct.error`, with CPython 3.11's conversions and messages.

pub(crate) use crate::format::struct_layout as layout;

use std::cell::Cell;

use num_bigint::BigInt;
use num_traits::{Signed, ToPrimitive};

use crate::heap::Obj;
use crate::objects::bytes::{ByteArrayObj, as_bytes};
use crate::objects::memoryview::write_buffer;
use crate::objects::native::{NativeState, native_state};
use crate::objects::str::as_str;
use crate::objects::{BigIntObj, BoolObj, IntObj};
use crate::vm::native::NativeTypeSpec;
use crate::vm::params::{Sig, bind, split_cls};
use crate::vm::{Args, PyErr, PyResult, Vm};

use layout::{Layout, Table, Value};

/// The key under which the `struct.error` class is kept.
const ERROR_KEY: (&str, &str) = ("struct", "error");

/// `struct.error(msg)`.
fn error(vm: &mut Vm, msg: &str) -> PyErr {
    let cls = vm
        .native_types
        .get(&ERROR_KEY)
        .cloned()
        .unwrap_or_else(|| vm.exc.exception.clone());
    vm.new_exception_msg(&cls, msg)
}

/// The bytes of a format argument (str or bytes).
fn format_bytes(vm: &mut Vm, o: &Obj) -> PyResult<Vec<u8>> {
    if let Some(s) = as_str(o) {
        let ascii = crate::text::codecs::Codec::lookup("ascii");
        return match ascii.map(|c| crate::text::codecs::encode(s, c, "strict")) {
            Some(Ok(b)) => Ok(b),
            Some(Err(e)) => {
                Err(vm.codec_error(e, crate::vm::unicode_error::CodecInput::Text(s.as_bytes())))
            }
            None => Ok(s.as_bytes().to_vec()),
        };
    }
    if let Some(b) = as_bytes(o) {
        return Ok(b.to_vec());
    }
    let n = vm.type_name(o);
    Err(vm.type_error(format!(
        "Struct() argument 1 must be a str or bytes object, not {n}"
    )))
}

fn parse_format(vm: &mut Vm, o: &Obj) -> PyResult<Layout> {
    let f = format_bytes(vm, o)?;
    layout::parse(&f).map_err(|m| error(vm, m))
}

/// Runs `f` on the contents of a readable buffer (bytes, bytearray, array.array).
pub(crate) fn read_buffer<R>(o: &Obj, f: impl FnOnce(&[u8]) -> R) -> Option<R> {
    if let Some(b) = as_bytes(o) {
        return Some(f(b));
    }
    if let Some(ba) = o.downcast::<ByteArrayObj>() {
        let d = ba.data.try_borrow().ok()?;
        return Some(f(&d));
    }
    if let Some(v) = crate::objects::memoryview::contiguous_window(o, false) {
        let end = v.start + v.len * v.itemsize();
        return crate::objects::memoryview::read_exporter(&v.buffer, |b| {
            b.get(v.start..end).map(f)
        })?;
    }
    crate::modules::array::with_array_bytes(o, f)
}

fn not_buffer(vm: &mut Vm, o: &Obj) -> PyErr {
    if let Err(e) = vm.refuse_released_view(o) {
        return e;
    }
    let n = vm.type_name(o);
    vm.type_error(format!("a bytes-like object is required, not '{n}'"))
}

fn buffer_len(vm: &mut Vm, o: &Obj) -> PyResult<usize> {
    match read_buffer(o, <[u8]>::len) {
        Some(n) => Ok(n),
        None => Err(not_buffer(vm, o)),
    }
}

/// CPython's `get_pylong`: the int value of `v` (ints and `__index__`).
fn int_arg(vm: &mut Vm, v: &Obj) -> PyResult<BigInt> {
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
    Err(error(vm, "required argument is not an integer"))
}

fn is_int(v: &Obj) -> bool {
    v.is::<IntObj>() || v.is::<BigIntObj>() || v.is::<BoolObj>()
}

fn float_arg(vm: &mut Vm, v: &Obj) -> PyResult<f64> {
    match crate::vm::convert::to_f64(vm, v) {
        Ok(x) => Ok(x),
        Err(PyErr::NoMemory) => Err(PyErr::NoMemory),
        Err(_) => Err(error(vm, "required argument is not a float")),
    }
}

fn range_error(vm: &mut Vm, code: u8, size: usize, unsigned: bool) -> PyErr {
    let bits = size * 8;
    let msg = if unsigned {
        let max = if bits >= 64 {
            u64::MAX
        } else {
            (1u64 << bits) - 1
        };
        format!("'{}' format requires 0 <= number <= {max}", code as char)
    } else {
        let max = if bits >= 64 {
            i64::MAX
        } else {
            (1i64 << (bits - 1)) - 1
        };
        format!(
            "'{}' format requires {} <= number <= {max}",
            code as char,
            -max - 1
        )
    };
    error(vm, &msg)
}

/// Packs one item of an integer code into `out`.
fn pack_int(vm: &mut Vm, code: u8, table: Table, v: &Obj, out: &mut [u8]) -> PyResult<()> {
    let n = int_arg(vm, v)?;
    let little = table.little();
    let native = table == Table::Native;
    let signed = |vm: &mut Vm| -> PyResult<i64> {
        n.to_i64().ok_or_else(|| error(vm, "argument out of range"))
    };
    let unsigned = |vm: &mut Vm| -> PyResult<u64> {
        n.to_u64().ok_or_else(|| error(vm, "argument out of range"))
    };
    let bits: u64 = match code {
        b'b' => {
            let x = signed(vm)?;
            if !(-128..=127).contains(&x) {
                return Err(error(vm, "byte format requires -128 <= number <= 127"));
            }
            x as u64
        }
        b'B' => {
            let x = signed(vm)?;
            if !(0..=255).contains(&x) {
                return Err(error(vm, "ubyte format requires 0 <= number <= 255"));
            }
            x as u64
        }
        b'h' if table == Table::Big => {
            let x = signed(vm)?;
            if !(-32768..=32767).contains(&x) {
                return Err(range_error(vm, code, 2, false));
            }
            x as u64
        }
        b'H' if table == Table::Big => {
            let x = unsigned(vm)?;
            if x > 65535 {
                return Err(range_error(vm, code, 2, true));
            }
            x
        }
        b'q' | b'Q' if table == Table::Big => {
            let x = if code == b'q' {
                n.to_i64().map(|x| x as u64)
            } else {
                n.to_u64()
            };
            match x {
                Some(x) => x,
                None => return Err(error(vm, "int too large to convert")),
            }
        }
        b'h' => {
            let x = signed(vm)?;
            if !(-32768..=32767).contains(&x) {
                return Err(error(vm, "short format requires -32768 <= number <= 32767"));
            }
            x as u64
        }
        b'H' => {
            let x = signed(vm)?;
            if !(0..=65535).contains(&x) {
                return Err(error(vm, "ushort format requires 0 <= number <= 65535"));
            }
            x as u64
        }
        b'i' | b'l' if code == b'i' || !native => {
            let x = signed(vm)?;
            if i32::try_from(x).is_err() {
                return Err(range_error(vm, code, 4, false));
            }
            x as u64
        }
        b'I' | b'L' if code == b'I' || !native => {
            let x = unsigned(vm)?;
            if u32::try_from(x).is_err() {
                return Err(range_error(vm, code, 4, true));
            }
            x
        }
        b'l' | b'q' | b'n' => signed(vm)? as u64,
        b'P' => {
            let x = if n.is_negative() {
                n.to_i64().map(|x| x as u64)
            } else {
                n.to_u64()
            };
            match x {
                Some(x) => x,
                None => return Err(error(vm, "int too large to convert")),
            }
        }
        _ => unsigned(vm)?,
    };
    layout::write_uint(out, bits, little);
    Ok(())
}

fn float_overflow(vm: &mut Vm, v: &Obj, code: char) -> PyErr {
    if is_int(v) {
        error(vm, "int too large to convert")
    } else {
        vm.overflow_error(format!("float too large to pack with {code} format"))
    }
}

/// Packs one item of `code` (not `s`, `p` or `x`).
fn pack_item(vm: &mut Vm, code: u8, table: Table, v: &Obj, out: &mut [u8]) -> PyResult<()> {
    let little = table.little();
    match code {
        b'c' => match as_bytes(v) {
            Some(b) if b.len() == 1 => {
                out[0] = b[0];
                Ok(())
            }
            _ => Err(error(vm, "char format requires a bytes object of length 1")),
        },
        b'?' => {
            out[0] = vm.truthy(v)? as u8;
            Ok(())
        }
        b'e' => {
            let x = float_arg(vm, v)?;
            match layout::pack_half(x) {
                Some(h) => {
                    layout::write_uint(out, h as u64, little);
                    Ok(())
                }
                None => Err(float_overflow(vm, v, 'e')),
            }
        }
        b'f' => {
            let x = float_arg(vm, v)?;
            let y = x as f32;
            if table != Table::Native && y.is_infinite() && x.is_finite() {
                return Err(float_overflow(vm, v, 'f'));
            }
            layout::write_uint(out, y.to_bits() as u64, little);
            Ok(())
        }
        b'd' => {
            let x = float_arg(vm, v)?;
            layout::write_uint(out, x.to_bits(), little);
            Ok(())
        }
        _ => pack_int(vm, code, table, v, out),
    }
}

/// MemoryError unless a buffer of `n` bytes could become an object: at most 1 GiB
/// (the bytes operations' limit) and within the heap limit, if one is set. Checked
/// before building the buffer in Rust memory.
pub(crate) fn check_size(vm: &Vm, n: usize) -> PyResult<()> {
    let a = vm.alloc();
    let room = a
        .limit()
        .map_or(usize::MAX, |l| l.saturating_sub(a.bytes_in_use()));
    if n > crate::format::error::MAX_RESULT_LEN || n > room {
        return Err(PyErr::NoMemory);
    }
    Ok(())
}

/// `n` zero bytes, or MemoryError.
fn zeroed(vm: &Vm, n: usize) -> PyResult<Vec<u8>> {
    check_size(vm, n)?;
    let mut out = Vec::new();
    out.try_reserve_exact(n).map_err(|_| PyErr::NoMemory)?;
    out.resize(n, 0);
    Ok(out)
}

/// The packed bytes of `values` (exactly `layout.items` of them).
fn pack_values(vm: &mut Vm, layout: &Layout, values: &[Obj]) -> PyResult<Vec<u8>> {
    let mut out = zeroed(vm, layout.size)?;
    pack_values_into(vm, layout, values, &mut out)?;
    Ok(out)
}

/// Packs `values` into `out` (`layout.size` zero bytes); on error `out` holds the
/// items packed before the failing one, as CPython's buffer does.
fn pack_values_into(vm: &mut Vm, layout: &Layout, values: &[Obj], out: &mut [u8]) -> PyResult<()> {
    let mut it = values.iter();
    for c in &layout.codes {
        match c.code {
            b's' | b'p' => {
                let Some(v) = it.next() else { break };
                let data: Option<Vec<u8>> = if let Some(b) = as_bytes(v) {
                    Some(b.to_vec())
                } else {
                    v.downcast::<ByteArrayObj>()
                        .and_then(|ba| ba.data.try_borrow().ok().map(|d| d.to_vec()))
                };
                let Some(data) = data else {
                    let msg = format!("argument for '{}' must be a bytes object", c.code as char);
                    return Err(error(vm, &msg));
                };
                let field = &mut out[c.offset..c.offset + c.size];
                if c.code == b's' {
                    let n = data.len().min(field.len());
                    field[..n].copy_from_slice(&data[..n]);
                } else if let Some((count, rest)) = field.split_first_mut() {
                    let n = data.len().min(rest.len());
                    rest[..n].copy_from_slice(&data[..n]);
                    *count = n.min(255) as u8;
                }
            }
            _ => {
                for k in 0..c.repeat {
                    let Some(v) = it.next() else { break };
                    let at = c.offset + k * c.size;
                    pack_item(vm, c.code, layout.table, v, &mut out[at..at + c.size])?;
                }
            }
        }
    }
    Ok(())
}

fn check_items(vm: &mut Vm, layout: &Layout, name: &str, got: usize) -> PyResult<()> {
    if got != layout.items {
        let msg = format!(
            "{name} expected {} items for packing (got {got})",
            layout.items
        );
        return Err(error(vm, &msg));
    }
    Ok(())
}

/// The objects of unpacked values.
fn values_tuple(vm: &mut Vm, values: Vec<Value>) -> PyResult {
    let mut items = Vec::with_capacity(values.len());
    for v in values {
        items.push(match v {
            Value::Int(i) => vm.new_int(i)?,
            Value::UInt(u) => match i64::try_from(u) {
                Ok(i) => vm.new_int(i)?,
                Err(_) => vm.new_bigint(BigInt::from(u))?,
            },
            Value::Float(f) => vm.new_float(f)?,
            Value::Bool(b) => vm.new_bool(b),
            Value::Bytes(b) => vm.new_bytes(b)?,
        });
    }
    vm.new_tuple(items)
}

/// Unpacks `layout` from `buffer` at `offset` (already checked to fit).
fn unpack_at(vm: &mut Vm, layout: &Layout, buffer: &Obj, offset: usize) -> PyResult {
    let values = read_buffer(buffer, |b| {
        b.get(offset..offset + layout.size)
            .map(|d| layout::unpack(layout, d))
    })
    .flatten();
    match values {
        Some(v) => values_tuple(vm, v),
        None => Err(not_buffer(vm, buffer)),
    }
}

fn do_unpack(vm: &mut Vm, layout: &Layout, buffer: &Obj) -> PyResult {
    let n = buffer_len(vm, buffer)?;
    if n != layout.size {
        let msg = format!("unpack requires a buffer of {} bytes", layout.size);
        return Err(error(vm, &msg));
    }
    unpack_at(vm, layout, buffer, 0)
}

fn do_unpack_from(vm: &mut Vm, layout: &Layout, buffer: &Obj, offset: Option<&Obj>) -> PyResult {
    let offset = match offset {
        Some(o) => crate::vm::params::ssize_arg(vm, o)?,
        None => 0,
    };
    let len = buffer_len(vm, buffer)? as i64;
    let mut off = offset;
    if off < 0 {
        if off + len < 0 {
            let msg = format!("offset {off} out of range for {len}-byte buffer");
            return Err(error(vm, &msg));
        }
        off += len;
    }
    let size = layout.size as i64;
    if len - off < size {
        let msg = format!(
            "unpack_from requires a buffer of at least {} bytes for unpacking {size} bytes at offset {off} (actual buffer size is {len})",
            (size as u64).wrapping_add(off as u64)
        );
        return Err(error(vm, &msg));
    }
    unpack_at(vm, layout, buffer, off as usize)
}

/// `pack_into(buffer, offset, *v)` with the struct's layout; `args` starts at buffer.
fn do_pack_into(vm: &mut Vm, layout: &Layout, args: &[Obj]) -> PyResult {
    if args.len() != layout.items + 2 {
        return Err(match args.len() {
            0 => error(vm, "pack_into expected buffer argument"),
            1 => error(vm, "pack_into expected offset argument"),
            n => {
                let msg = format!(
                    "pack_into expected {} items for packing (got {})",
                    layout.items,
                    n - 2
                );
                error(vm, &msg)
            }
        });
    }
    let buffer = &args[0];
    let Some(len) = write_buffer(buffer, |b| b.len()) else {
        let n = vm.type_name(buffer);
        return Err(vm.type_error(format!(
            "argument must be read-write bytes-like object, not {n}"
        )));
    };
    let mut offset = match vm.index_value(&args[1]) {
        Some(Ok(o)) => o,
        Some(Err(_)) if is_int(&args[1]) => {
            let n = vm.type_name(&args[1]);
            return Err(vm.index_error(format!("cannot fit '{n}' into an index-sized integer")));
        }
        Some(Err(e)) => return Err(e),
        None => return Err(vm.type_error_for(&args[1], "cannot be interpreted as an integer")),
    };
    let len = len as i64;
    let size = layout.size as i64;
    if offset < 0 {
        if offset + size > 0 {
            let msg = format!("no space to pack {size} bytes at offset {offset}");
            return Err(error(vm, &msg));
        }
        if offset + len < 0 {
            let msg = format!("offset {offset} out of range for {len}-byte buffer");
            return Err(error(vm, &msg));
        }
        offset += len;
    }
    if len - offset < size {
        let msg = format!(
            "pack_into requires a buffer of at least {} bytes for packing {size} bytes at offset {offset} (actual buffer size is {len})",
            (size as u64).wrapping_add(offset as u64)
        );
        return Err(error(vm, &msg));
    }
    let mut data = zeroed(vm, layout.size)?;
    let packed = pack_values_into(vm, layout, &args[2..], &mut data);
    let off = offset as usize;
    let ok = write_buffer(buffer, |b| match b.get_mut(off..off + data.len()) {
        Some(dst) => {
            dst.copy_from_slice(&data);
            true
        }
        None => false,
    });
    packed?;
    if ok != Some(true) {
        return Err(vm.runtime_error("buffer changed size during pack_into"));
    }
    Ok(vm.none())
}

/// The state of an `iter_unpack` iterator.
struct UnpackIter {
    layout: Layout,
    buffer: std::cell::RefCell<Option<Obj>>,
    index: Cell<usize>,
}

impl NativeState for UnpackIter {
    fn traverse(&self, visit: &mut dyn FnMut(&Obj)) {
        if let Ok(b) = self.buffer.try_borrow()
            && let Some(b) = &*b
        {
            visit(b);
        }
    }
    fn clear(&self) {
        let old = self.buffer.try_borrow_mut().ok().and_then(|mut b| b.take());
        drop(old);
    }
    fn is_iterator(&self) -> bool {
        true
    }
    fn next(&self, vm: &mut Vm, _this: &Obj) -> PyResult<Option<Obj>> {
        let Some(buf) = self.buffer.borrow().clone() else {
            return Ok(None);
        };
        let off = self.index.get();
        let len = read_buffer(&buf, <[u8]>::len).unwrap_or(0);
        if off
            .checked_add(self.layout.size)
            .is_none_or(|end| end > len)
        {
            let old = self.buffer.borrow_mut().take();
            drop(old);
            return Ok(None);
        }
        let r = unpack_at(vm, &self.layout, &buf, off)?;
        self.index.set(off + self.layout.size);
        Ok(Some(r))
    }
}

static UNPACK_ITER: NativeTypeSpec = NativeTypeSpec {
    iterator: true,
    methods: &[("__length_hint__", iter_length_hint)],
    ..NativeTypeSpec::new("_struct", "unpack_iterator")
};

fn iter_length_hint(vm: &mut Vm, args: Args) -> PyResult {
    crate::vm::params::check_method(vm, &args, "unpack_iterator.__length_hint__", 0, 0)?;
    let n = match native_state::<UnpackIter>(&args.pos[0]) {
        Some(it) => {
            let buf = it.buffer.borrow().clone();
            let len = buf.and_then(|b| read_buffer(&b, <[u8]>::len)).unwrap_or(0);
            let size = it.layout.size.max(1);
            len.saturating_sub(it.index.get()) / size
        }
        None => 0,
    };
    vm.new_int(n as i64)
}

fn do_iter_unpack(vm: &mut Vm, layout: Layout, buffer: &Obj) -> PyResult {
    if layout.size == 0 {
        return Err(error(
            vm,
            "cannot iteratively unpack with a struct of length 0",
        ));
    }
    let len = buffer_len(vm, buffer)?;
    if len % layout.size != 0 {
        let msg = format!(
            "iterative unpacking requires a buffer of a multiple of {} bytes",
            layout.size
        );
        return Err(error(vm, &msg));
    }
    vm.new_native(
        &UNPACK_ITER,
        UnpackIter {
            layout,
            buffer: std::cell::RefCell::new(Some(buffer.clone())),
            index: Cell::new(0),
        },
    )
}

// ----- the Struct type -----

struct StructState {
    format: Obj,
    layout: Layout,
}

impl NativeState for StructState {}

static STRUCT: NativeTypeSpec = NativeTypeSpec {
    new: Some(struct_new),
    methods: &[
        ("pack", struct_pack),
        ("pack_into", struct_pack_into),
        ("unpack", struct_unpack),
        ("unpack_from", struct_unpack_from),
        ("iter_unpack", struct_iter_unpack),
        ("__sizeof__", struct_sizeof),
    ],
    getters: &[("format", struct_format), ("size", struct_size)],
    ..NativeTypeSpec::new("_struct", "Struct")
};

fn struct_new(vm: &mut Vm, args: Args) -> PyResult {
    let (args, _cls) = split_cls(args);
    let a = bind(vm, args, &Sig::c("Struct", &["format"], 1))?;
    let f = a[0].clone().unwrap_or_else(|| vm.none());
    make_struct(vm, &f)
}

fn make_struct(vm: &mut Vm, f: &Obj) -> PyResult {
    let layout = parse_format(vm, f)?;
    let format = match as_str(f) {
        Some(_) => f.clone(),
        None => {
            let s: String = as_bytes(f)
                .unwrap_or(&[])
                .iter()
                .map(|&b| b as char)
                .collect();
            vm.new_str(&s)?
        }
    };
    vm.new_native(&STRUCT, StructState { format, layout })
}

fn this_struct<'a>(vm: &mut Vm, args: &'a Args) -> PyResult<&'a StructState> {
    match args.pos.first().and_then(native_state::<StructState>) {
        Some(s) => Ok(s),
        None => Err(vm.type_error("descriptor requires a '_struct.Struct' object")),
    }
}

fn no_kw(vm: &mut Vm, args: &Args, name: &str) -> PyResult<()> {
    if !args.kw.is_empty() {
        return Err(vm.type_error(format!("{name}() takes no keyword arguments")));
    }
    Ok(())
}

fn struct_pack(vm: &mut Vm, args: Args) -> PyResult {
    no_kw(vm, &args, "Struct.pack")?;
    let s = this_struct(vm, &args)?;
    let layout = s.layout.clone();
    check_items(vm, &layout, "pack", args.pos.len() - 1)?;
    let data = pack_values(vm, &layout, &args.pos[1..])?;
    vm.new_bytes(data)
}

fn struct_pack_into(vm: &mut Vm, args: Args) -> PyResult {
    no_kw(vm, &args, "Struct.pack_into")?;
    let layout = this_struct(vm, &args)?.layout.clone();
    do_pack_into(vm, &layout, &args.pos[1..])
}

fn struct_unpack(vm: &mut Vm, args: Args) -> PyResult {
    crate::vm::params::check_method(vm, &args, "Struct.unpack", 1, 1)?;
    let layout = this_struct(vm, &args)?.layout.clone();
    do_unpack(vm, &layout, &args.pos[1])
}

fn struct_unpack_from(vm: &mut Vm, mut args: Args) -> PyResult {
    let layout = this_struct(vm, &args)?.layout.clone();
    args.pos.remove(0);
    let a = bind(vm, args, &Sig::c("unpack_from", &["buffer", "offset"], 1))?;
    let buffer = a[0].clone().unwrap_or_else(|| vm.none());
    do_unpack_from(vm, &layout, &buffer, a[1].as_ref())
}

fn struct_iter_unpack(vm: &mut Vm, args: Args) -> PyResult {
    crate::vm::params::check_method(vm, &args, "Struct.iter_unpack", 1, 1)?;
    let layout = this_struct(vm, &args)?.layout.clone();
    do_iter_unpack(vm, layout, &args.pos[1])
}

fn struct_format(vm: &mut Vm, args: Args) -> PyResult {
    Ok(this_struct(vm, &args)?.format.clone())
}

fn struct_size(vm: &mut Vm, args: Args) -> PyResult {
    let n = this_struct(vm, &args)?.layout.size;
    vm.new_int(n as i64)
}

fn struct_sizeof(vm: &mut Vm, args: Args) -> PyResult {
    let n = vm.sizeof(&args.pos[0]);
    vm.new_int(n as i64)
}

// ----- module functions -----

/// The format argument of a module function and the rest.
fn split_format(vm: &mut Vm, args: Args, name: &str) -> PyResult<(Layout, Args)> {
    no_kw(vm, &args, name)?;
    let (rest, f) = split_cls(args);
    let Some(f) = f else {
        return Err(vm.type_error("missing format argument"));
    };
    let layout = parse_format(vm, &f)?;
    Ok((layout, rest))
}

fn m_pack(vm: &mut Vm, args: Args) -> PyResult {
    let (layout, rest) = split_format(vm, args, "_struct.pack")?;
    check_items(vm, &layout, "pack", rest.pos.len())?;
    let data = pack_values(vm, &layout, &rest.pos)?;
    vm.new_bytes(data)
}

fn m_pack_into(vm: &mut Vm, args: Args) -> PyResult {
    let (layout, rest) = split_format(vm, args, "_struct.pack_into")?;
    do_pack_into(vm, &layout, &rest.pos)
}

fn m_unpack(vm: &mut Vm, args: Args) -> PyResult {
    crate::vm::params::check_positional(vm, &args, "unpack", 2, 2)?;
    let layout = parse_format(vm, &args.pos[0])?;
    do_unpack(vm, &layout, &args.pos[1])
}

fn m_unpack_from(vm: &mut Vm, args: Args) -> PyResult {
    let sig = Sig {
        posonly: 1,
        ..Sig::c("unpack_from", &["format", "buffer", "offset"], 2)
    };
    let a = bind(vm, args, &sig)?;
    let none = vm.none();
    let f = a[0].clone().unwrap_or_else(|| none.clone());
    let layout = parse_format(vm, &f)?;
    let buffer = a[1].clone().unwrap_or(none);
    do_unpack_from(vm, &layout, &buffer, a[2].as_ref())
}

fn m_iter_unpack(vm: &mut Vm, args: Args) -> PyResult {
    crate::vm::params::check_positional(vm, &args, "iter_unpack", 2, 2)?;
    let layout = parse_format(vm, &args.pos[0])?;
    do_iter_unpack(vm, layout, &args.pos[1])
}

fn m_calcsize(vm: &mut Vm, args: Args) -> PyResult {
    if args.pos.len() != 1 || !args.kw.is_empty() {
        if !args.kw.is_empty() {
            return Err(vm.type_error("_struct.calcsize() takes no keyword arguments"));
        }
        let n = args.pos.len();
        return Err(vm.type_error(format!(
            "_struct.calcsize() takes exactly one argument ({n} given)"
        )));
    }
    let layout = parse_format(vm, &args.pos[0])?;
    vm.new_int(layout.size as i64)
}

fn m_clearcache(vm: &mut Vm, args: Args) -> PyResult {
    args.check(vm, "_clearcache", 0, 0)?;
    Ok(vm.none())
}

pub(crate) fn create(vm: &mut Vm) -> PyResult<Obj> {
    let m = super::module_with_functions(
        vm,
        "struct",
        &[
            ("pack", m_pack),
            ("pack_into", m_pack_into),
            ("unpack", m_unpack),
            ("unpack_from", m_unpack_from),
            ("iter_unpack", m_iter_unpack),
            ("calcsize", m_calcsize),
            ("_clearcache", m_clearcache),
        ],
    )?;
    let err = match vm.native_types.get(&ERROR_KEY) {
        Some(e) => e.clone(),
        None => {
            let ns = vm.new_dict()?;
            let k = vm.intern("__module__")?;
            let v = vm.new_str("struct")?;
            vm.dict_set(&ns, k, v)?;
            let base = vm.exc.exception.clone();
            let e = vm.new_class("error", vec![base], &ns)?;
            vm.native_types.insert(ERROR_KEY, e.clone());
            e
        }
    };
    super::set_attr(vm, &m, "error", err)?;
    let t = vm.native_type(&STRUCT)?;
    super::set_attr(vm, &m, "Struct", t)?;
    Ok(m)
}
