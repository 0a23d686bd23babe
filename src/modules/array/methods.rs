//! `array.array`'s constructor, methods and protocols.

use std::cell::RefCell;

use crate::compile::bytecode::CmpOpCode;
use crate::heap::{HeapVec, Obj};
use crate::objects::bytes::{ByteArrayObj, as_bytes};
use crate::objects::native::{NativeObj, native_state};
use crate::objects::str::as_str;
use crate::objects::{ListObj, SliceObj};
use crate::vm::native::NativeTypeSpec;
use crate::vm::params::{check_method, split_cls, ssize_arg};
use crate::vm::{Args, PyErr, PyResult, Vm};

use super::{ArrayState, TYPECODES, decode, encode, new_iter};

pub(super) static ARRAY: NativeTypeSpec = NativeTypeSpec {
    new: Some(array_new),
    methods: &[
        ("append", append),
        ("extend", extend),
        ("insert", insert),
        ("pop", pop),
        ("remove", remove),
        ("index", index),
        ("count", count),
        ("reverse", reverse),
        ("tolist", tolist),
        ("tobytes", tobytes),
        ("frombytes", frombytes),
        ("fromlist", fromlist),
        ("tounicode", tounicode),
        ("fromunicode", fromunicode),
        ("byteswap", byteswap),
        ("buffer_info", buffer_info),
        ("__len__", len),
        ("__getitem__", getitem),
        ("__setitem__", setitem),
        ("__delitem__", delitem),
        ("__contains__", contains),
        ("__iter__", iter),
        ("__add__", add),
        ("__mul__", mul),
        ("__rmul__", mul),
        ("__iadd__", iadd),
        ("__imul__", imul),
        ("__eq__", eq),
        ("__ne__", ne),
        ("__lt__", lt),
        ("__le__", le),
        ("__gt__", gt),
        ("__ge__", ge),
        ("__repr__", repr),
        ("__copy__", copy),
        ("__deepcopy__", deepcopy),
        ("__sizeof__", sizeof),
    ],
    getters: &[("typecode", typecode), ("itemsize", itemsize_get)],
    unhashable: true,
    ..NativeTypeSpec::new("array", "array")
};

fn state(o: &Obj) -> Option<&ArrayState> {
    native_state::<ArrayState>(o)
}

/// Self of a method: an array.
fn this<'a>(vm: &mut Vm, args: &'a Args, name: &str) -> PyResult<&'a ArrayState> {
    match args.pos.first() {
        Some(o) => match state(o) {
            Some(s) => Ok(s),
            None => {
                let n = vm.type_name(o);
                Err(vm.type_error(format!(
                    "descriptor '{name}' for 'array.array' objects doesn't apply to a '{n}' object"
                )))
            }
        },
        None => Err(vm.type_error(format!("unbound method array.{name}() needs an argument"))),
    }
}

fn busy(vm: &mut Vm) -> PyErr {
    vm.runtime_error("array is being modified")
}

/// A new array of type `tc` holding `bytes`.
pub(super) fn new_array(vm: &mut Vm, tc: u8, bytes: &[u8]) -> PyResult {
    let mut v = HeapVec::with_capacity(vm.alloc(), bytes.len())?;
    v.extend_from_slice(vm.alloc(), bytes)?;
    let cls = vm.native_type(&ARRAY)?;
    Ok(vm.heap.alloc(NativeObj::new(
        cls,
        ArrayState {
            typecode: tc,
            data: RefCell::new(v),
            exports: std::cell::Cell::new(0),
        },
    ))?)
}

/// CPython's refusal to resize an array that memoryviews look at.
fn check_resizable(vm: &mut Vm, st: &ArrayState) -> PyResult<()> {
    if st.exports.get() == 0 {
        return Ok(());
    }
    let cls = vm.exc.buffer_error.clone();
    Err(vm.new_exception_msg(&cls, "cannot resize an array that is exporting buffers"))
}

/// Replaces the bytes in `range` with `new`.
fn splice(vm: &mut Vm, st: &ArrayState, range: std::ops::Range<usize>, new: &[u8]) -> PyResult<()> {
    if range.len() != new.len() {
        check_resizable(vm, st)?;
    }
    let removed = {
        let Ok(mut d) = st.data.try_borrow_mut() else {
            return Err(busy(vm));
        };
        d.replace_range(vm.alloc(), range, new.iter().copied())?
    };
    drop(removed);
    Ok(())
}

fn push(vm: &mut Vm, st: &ArrayState, new: &[u8]) -> PyResult<()> {
    if !new.is_empty() {
        check_resizable(vm, st)?;
    }
    let Ok(mut d) = st.data.try_borrow_mut() else {
        return Err(busy(vm));
    };
    d.extend_from_slice(vm.alloc(), new)?;
    Ok(())
}

fn item(vm: &mut Vm, st: &ArrayState, i: usize) -> PyResult {
    let b = st.item_bytes(i);
    decode(vm, st.typecode, &b)
}

fn bad_argument(vm: &mut Vm) -> PyErr {
    vm.type_error("bad argument type for built-in operation")
}

// ----- construction -----

fn array_new(vm: &mut Vm, args: Args) -> PyResult {
    let (args, _cls) = split_cls(args);
    if !args.kw.is_empty() {
        return Err(vm.type_error("array.array() takes no keyword arguments"));
    }
    let n = args.pos.len();
    if n == 0 {
        return Err(vm.type_error("array() takes at least 1 argument (0 given)"));
    }
    if n > 2 {
        return Err(vm.type_error(format!("array() takes at most 2 arguments ({n} given)")));
    }
    let tc_obj = &args.pos[0];
    let tc = match as_str(tc_obj) {
        Some(s) if s.chars().count() == 1 => s.chars().next().unwrap_or('\0'),
        _ => {
            let t = vm.type_name(tc_obj);
            return Err(vm.type_error(format!(
                "array() argument 1 must be a unicode character, not {t}"
            )));
        }
    };
    if !tc.is_ascii() || !TYPECODES.contains(tc) {
        return Err(
            vm.value_error("bad typecode (must be b, B, u, h, H, i, I, l, L, q, Q, f or d)")
        );
    }
    let tc = tc as u8;
    let a = new_array(vm, tc, &[])?;
    let Some(init) = args.pos.get(1) else {
        return Ok(a);
    };
    if tc != b'u' {
        if as_str(init).is_some() {
            return Err(vm.type_error(format!(
                "cannot use a str to initialize an array with typecode '{}'",
                tc as char
            )));
        }
        if state(init).is_some_and(|s| s.typecode == b'u') {
            return Err(vm.type_error(format!(
                "cannot use a unicode array to initialize an array with typecode '{}'",
                tc as char
            )));
        }
    }
    let st = state(&a).ok_or_else(|| vm.bad_payload())?;
    if let Some(b) = as_bytes(init) {
        let b = b.to_vec();
        from_bytes(vm, st, &b)?;
    } else if let Some(ba) = init.downcast::<ByteArrayObj>() {
        let b = ba.data.borrow().to_vec();
        from_bytes(vm, st, &b)?;
    } else if tc == b'u'
        && let Some(s) = as_str(init)
    {
        let s = s.to_owned();
        from_unicode(vm, st, &s)?;
    } else if let Some(other) = state(init).filter(|o| o.typecode == tc) {
        let b = other.bytes();
        push(vm, st, &b)?;
    } else {
        extend_iter(vm, st, init)?;
    }
    Ok(a)
}

fn from_bytes(vm: &mut Vm, st: &ArrayState, b: &[u8]) -> PyResult<()> {
    if !b.len().is_multiple_of(st.itemsize()) {
        return Err(vm.value_error("bytes length not a multiple of item size"));
    }
    push(vm, st, b)
}

fn from_unicode(vm: &mut Vm, st: &ArrayState, s: &str) -> PyResult<()> {
    let mut b = Vec::new();
    b.try_reserve_exact(s.len().saturating_mul(4))
        .map_err(|_| PyErr::NoMemory)?;
    for c in s.chars() {
        b.extend_from_slice(&(c as u32).to_le_bytes());
    }
    push(vm, st, &b)
}

/// Appends the items of any iterable, one at a time (the items appended before an
/// error stay, as in CPython).
fn extend_iter(vm: &mut Vm, st: &ArrayState, iterable: &Obj) -> PyResult<()> {
    let it = vm.get_iter(iterable)?;
    let size = st.itemsize();
    while let Some(v) = vm.next(&it)? {
        let b = encode(vm, st.typecode, &v)?;
        push(vm, st, &b[..size])?;
    }
    Ok(())
}

// ----- methods -----

fn append(vm: &mut Vm, args: Args) -> PyResult {
    check_method(vm, &args, "array.append", 1, 1)?;
    let st = this(vm, &args, "append")?;
    let b = encode(vm, st.typecode, &args.pos[1])?;
    push(vm, st, &b[..st.itemsize()])?;
    Ok(vm.none())
}

fn do_extend(vm: &mut Vm, st: &ArrayState, other: &Obj) -> PyResult<()> {
    match state(other) {
        Some(o) => {
            if o.typecode != st.typecode {
                return Err(vm.type_error("can only extend with array of same kind"));
            }
            let b = o.bytes();
            push(vm, st, &b)
        }
        None => extend_iter(vm, st, other),
    }
}

fn extend(vm: &mut Vm, args: Args) -> PyResult {
    check_method(vm, &args, "array.extend", 1, 1)?;
    let st = this(vm, &args, "extend")?;
    do_extend(vm, st, &args.pos[1])?;
    Ok(vm.none())
}

fn insert(vm: &mut Vm, args: Args) -> PyResult {
    if args.kw.is_empty() && !args.pos.is_empty() && args.pos.len() != 3 {
        let n = args.pos.len() - 1;
        return Err(vm.type_error(format!("insert expected 2 arguments, got {n}")));
    }
    check_method(vm, &args, "array.insert", 2, 2)?;
    let st = this(vm, &args, "insert")?;
    let i = ssize_arg(vm, &args.pos[1])?;
    let b = encode(vm, st.typecode, &args.pos[2])?;
    let n = st.len() as i64;
    let mut at = if i < 0 { (i + n).max(0) } else { i };
    if at > n {
        at = n;
    }
    let size = st.itemsize();
    let at = at as usize * size;
    splice(vm, st, at..at, &b[..size])?;
    Ok(vm.none())
}

fn pop(vm: &mut Vm, args: Args) -> PyResult {
    check_method(vm, &args, "array.pop", 0, 1)?;
    let st = this(vm, &args, "pop")?;
    let i = match args.pos.get(1) {
        Some(o) => ssize_arg(vm, o)?,
        None => -1,
    };
    let n = st.len() as i64;
    if n == 0 {
        return Err(vm.index_error("pop from empty array"));
    }
    let i = if i < 0 { i + n } else { i };
    if i < 0 || i >= n {
        return Err(vm.index_error("pop index out of range"));
    }
    let v = item(vm, st, i as usize)?;
    let size = st.itemsize();
    let at = i as usize * size;
    splice(vm, st, at..at + size, &[])?;
    Ok(v)
}

/// The index of the first item equal to `x` in `start..stop`.
fn find(vm: &mut Vm, a: &Obj, x: &Obj, start: usize, stop: usize) -> PyResult<Option<usize>> {
    let mut i = start;
    loop {
        let Some(st) = state(a) else { return Ok(None) };
        if i >= stop || i >= st.len() {
            return Ok(None);
        }
        let v = item(vm, st, i)?;
        if vm.eq(&v, x)? {
            return Ok(Some(i));
        }
        i += 1;
    }
}

fn remove(vm: &mut Vm, args: Args) -> PyResult {
    check_method(vm, &args, "array.remove", 1, 1)?;
    let st = this(vm, &args, "remove")?;
    let a = args.pos[0].clone();
    match find(vm, &a, &args.pos[1], 0, usize::MAX)? {
        Some(i) => {
            let size = st.itemsize();
            splice(vm, st, i * size..(i + 1) * size, &[])?;
            Ok(vm.none())
        }
        None => Err(vm.value_error("array.remove(x): x not in array")),
    }
}

/// A slice index argument (clamped, as `_PyEval_SliceIndexNotNone` does).
fn slice_index(vm: &mut Vm, o: &Obj) -> PyResult<i64> {
    if let Some(b) = vm.to_bigint(o) {
        use num_traits::{Signed, ToPrimitive};
        return Ok(b
            .to_i64()
            .unwrap_or(if b.is_negative() { i64::MIN } else { i64::MAX }));
    }
    match vm.index_value(o) {
        Some(r) => r,
        None => Err(vm.type_error("slice indices must be integers or have an __index__ method")),
    }
}

fn index(vm: &mut Vm, args: Args) -> PyResult {
    check_method(vm, &args, "array.index", 1, 3)?;
    let st = this(vm, &args, "index")?;
    let n = st.len() as i64;
    let mut start = match args.pos.get(2) {
        Some(o) => slice_index(vm, o)?,
        None => 0,
    };
    let mut stop = match args.pos.get(3) {
        Some(o) => slice_index(vm, o)?,
        None => i64::MAX,
    };
    if start < 0 {
        start = (start + n).max(0);
    }
    if stop < 0 {
        stop += n;
    }
    let a = args.pos[0].clone();
    let stop = stop.max(0) as usize;
    match find(vm, &a, &args.pos[1], start as usize, stop)? {
        Some(i) => vm.new_int(i as i64),
        None => Err(vm.value_error("array.index(x): x not in array")),
    }
}

fn count(vm: &mut Vm, args: Args) -> PyResult {
    check_method(vm, &args, "array.count", 1, 1)?;
    this(vm, &args, "count")?;
    let a = args.pos[0].clone();
    let mut k = 0;
    let mut i = 0;
    while let Some(st) = state(&a)
        && i < st.len()
    {
        let v = item(vm, st, i)?;
        if vm.eq(&v, &args.pos[1])? {
            k += 1;
        }
        i += 1;
    }
    vm.new_int(k)
}

fn reverse(vm: &mut Vm, args: Args) -> PyResult {
    check_method(vm, &args, "array.reverse", 0, 0)?;
    let st = this(vm, &args, "reverse")?;
    let size = st.itemsize();
    let Ok(mut d) = st.data.try_borrow_mut() else {
        return Err(busy(vm));
    };
    let s = d.as_mut_slice();
    s.reverse();
    for chunk in s.chunks_mut(size) {
        chunk.reverse();
    }
    drop(d);
    Ok(vm.none())
}

fn byteswap(vm: &mut Vm, args: Args) -> PyResult {
    check_method(vm, &args, "array.byteswap", 0, 0)?;
    let st = this(vm, &args, "byteswap")?;
    let size = st.itemsize();
    let Ok(mut d) = st.data.try_borrow_mut() else {
        return Err(busy(vm));
    };
    for chunk in d.as_mut_slice().chunks_mut(size) {
        chunk.reverse();
    }
    drop(d);
    Ok(vm.none())
}

/// `(address, length)`: where the items are stored and how many there are.
fn buffer_info(vm: &mut Vm, args: Args) -> PyResult {
    check_method(vm, &args, "array.buffer_info", 0, 0)?;
    let st = this(vm, &args, "buffer_info")?;
    let Ok(d) = st.data.try_borrow() else {
        return Err(busy(vm));
    };
    let address = d.as_slice().as_ptr() as usize;
    let count = d.as_slice().len() / st.itemsize();
    drop(d);
    let address = vm.new_int(address as i64)?;
    let count = vm.new_int(count as i64)?;
    vm.new_tuple(vec![address, count])
}

fn items_of(vm: &mut Vm, st: &ArrayState) -> PyResult<Vec<Obj>> {
    let b = st.bytes();
    let size = st.itemsize();
    let mut out = Vec::new();
    out.try_reserve_exact(b.len() / size)
        .map_err(|_| PyErr::NoMemory)?;
    for chunk in b.chunks_exact(size) {
        out.push(decode(vm, st.typecode, chunk)?);
    }
    Ok(out)
}

fn tolist(vm: &mut Vm, args: Args) -> PyResult {
    check_method(vm, &args, "array.tolist", 0, 0)?;
    let st = this(vm, &args, "tolist")?;
    let items = items_of(vm, st)?;
    vm.new_list(items)
}

fn tobytes(vm: &mut Vm, args: Args) -> PyResult {
    check_method(vm, &args, "array.tobytes", 0, 0)?;
    let st = this(vm, &args, "tobytes")?;
    let b = st.bytes();
    vm.new_bytes(b)
}

fn frombytes(vm: &mut Vm, args: Args) -> PyResult {
    check_method(vm, &args, "array.frombytes", 1, 1)?;
    let st = this(vm, &args, "frombytes")?;
    let src = &args.pos[1];
    let b = match crate::modules::struct_module::read_buffer(src, <[u8]>::to_vec) {
        Some(b) => b,
        None => {
            let n = vm.type_name(src);
            return Err(vm.type_error(format!("a bytes-like object is required, not '{n}'")));
        }
    };
    from_bytes(vm, st, &b)?;
    Ok(vm.none())
}

fn fromlist(vm: &mut Vm, args: Args) -> PyResult {
    check_method(vm, &args, "array.fromlist", 1, 1)?;
    let st = this(vm, &args, "fromlist")?;
    let Some(l) = args.pos[1].downcast::<ListObj>() else {
        return Err(vm.type_error("arg must be list"));
    };
    let items = l.items.borrow().to_vec();
    let size = st.itemsize();
    let mut b = Vec::new();
    b.try_reserve_exact(items.len().saturating_mul(size))
        .map_err(|_| PyErr::NoMemory)?;
    for v in &items {
        let e = encode(vm, st.typecode, v)?;
        b.extend_from_slice(&e[..size]);
    }
    push(vm, st, &b)?;
    Ok(vm.none())
}

fn tounicode(vm: &mut Vm, args: Args) -> PyResult {
    check_method(vm, &args, "array.tounicode", 0, 0)?;
    let st = this(vm, &args, "tounicode")?;
    if st.typecode != b'u' {
        return Err(vm.value_error("tounicode() may only be called on unicode type arrays"));
    }
    let s = unicode_of(vm, st)?;
    vm.new_str(&s)
}

fn unicode_of(vm: &mut Vm, st: &ArrayState) -> PyResult<String> {
    let b = st.bytes();
    let mut s = String::new();
    for chunk in b.chunks_exact(4) {
        let c = u32::from_le_bytes([chunk[0], chunk[1], chunk[2], chunk[3]]);
        match char::from_u32(c) {
            Some(ch) => s.push(ch),
            None => {
                return Err(vm.value_error(format!(
                    "character U+{c:x} is not in range [U+0000; U+10ffff]"
                )));
            }
        }
    }
    Ok(s)
}

fn fromunicode(vm: &mut Vm, args: Args) -> PyResult {
    check_method(vm, &args, "array.fromunicode", 1, 1)?;
    let st = this(vm, &args, "fromunicode")?;
    let Some(s) = as_str(&args.pos[1]) else {
        let n = vm.type_name(&args.pos[1]);
        return Err(vm.type_error(format!("fromunicode() argument must be str, not {n}")));
    };
    if st.typecode != b'u' {
        return Err(vm.value_error("fromunicode() may only be called on unicode type arrays"));
    }
    let s = s.to_owned();
    from_unicode(vm, st, &s)?;
    Ok(vm.none())
}

fn typecode(vm: &mut Vm, args: Args) -> PyResult {
    let st = this(vm, &args, "typecode")?;
    let c = (st.typecode as char).to_string();
    vm.new_str(&c)
}

fn itemsize_get(vm: &mut Vm, args: Args) -> PyResult {
    let st = this(vm, &args, "itemsize")?;
    vm.new_int(st.itemsize() as i64)
}

fn sizeof(vm: &mut Vm, args: Args) -> PyResult {
    check_method(vm, &args, "array.__sizeof__", 0, 0)?;
    let n = vm.sizeof(&args.pos[0]);
    vm.new_int(n as i64)
}

// ----- sequence protocol -----

fn len(vm: &mut Vm, args: Args) -> PyResult {
    check_method(vm, &args, "array.__len__", 0, 0)?;
    let st = this(vm, &args, "__len__")?;
    vm.new_int(st.len() as i64)
}

/// An int index into the array's items (negative from the end); None when out of range.
/// The length is read after `__index__` ran: it may have resized the array.
fn int_index(vm: &mut Vm, key: &Obj, st: &ArrayState) -> PyResult<Option<usize>> {
    let i = match vm.index_value(key) {
        Some(Ok(i)) => i,
        Some(Err(e)) => {
            if vm.to_bigint(key).is_some() {
                let t = vm.type_name(key);
                return Err(vm.index_error(format!("cannot fit '{t}' into an index-sized integer")));
            }
            return Err(e);
        }
        None => return Err(vm.type_error("array indices must be integers")),
    };
    let n = st.len();
    let i = if i < 0 { i + n as i64 } else { i };
    if i < 0 || i >= n as i64 {
        return Ok(None);
    }
    Ok(Some(i as usize))
}

fn getitem(vm: &mut Vm, args: Args) -> PyResult {
    check_method(vm, &args, "array.__getitem__", 1, 1)?;
    let st = this(vm, &args, "__getitem__")?;
    let key = &args.pos[1];
    if key.is::<SliceObj>() {
        let (start, _stop, step, count) = vm.slice_indices_of(key, || st.len() as i64)?;
        let size = st.itemsize();
        let data = st.bytes();
        let mut out = Vec::new();
        out.try_reserve_exact(count as usize * size)
            .map_err(|_| PyErr::NoMemory)?;
        let mut i = start;
        for _ in 0..count {
            let at = i as usize * size;
            let Some(chunk) = data.get(at..at + size) else {
                break;
            };
            out.extend_from_slice(chunk);
            i += step;
        }
        return new_array(vm, st.typecode, &out);
    }
    match int_index(vm, key, st)? {
        Some(i) => item(vm, st, i),
        None => Err(vm.index_error("array index out of range")),
    }
}

/// The byte offsets of the items a slice selects.
fn slice_offsets(start: i64, step: i64, count: i64, size: usize) -> Vec<usize> {
    (0..count)
        .map(|k| (start + k * step) as usize * size)
        .collect()
}

fn setitem(vm: &mut Vm, args: Args) -> PyResult {
    check_method(vm, &args, "array.__setitem__", 2, 2)?;
    let st = this(vm, &args, "__setitem__")?;
    let (key, value) = (&args.pos[1], &args.pos[2]);
    let size = st.itemsize();
    if key.is::<SliceObj>() {
        let (start, stop, step, count) = vm.slice_indices_of(key, || st.len() as i64)?;
        let Some(other) = state(value) else {
            let t = vm.type_name(value);
            return Err(vm.type_error(format!(
                "can only assign array (not \"{t}\") to array slice"
            )));
        };
        if other.typecode != st.typecode {
            return Err(bad_argument(vm));
        }
        let src = other.bytes();
        if step == 1 {
            let stop = stop.max(start);
            splice(vm, st, start as usize * size..stop as usize * size, &src)?;
        } else {
            let m = (src.len() / size) as i64;
            if m != count {
                return Err(vm.value_error(format!(
                    "attempt to assign array of size {m} to extended slice of size {count}"
                )));
            }
            let Ok(mut d) = st.data.try_borrow_mut() else {
                return Err(busy(vm));
            };
            for (k, at) in slice_offsets(start, step, count, size)
                .into_iter()
                .enumerate()
            {
                if let (Some(dst), Some(from)) =
                    (d.get_mut(at..at + size), src.get(k * size..(k + 1) * size))
                {
                    dst.copy_from_slice(from);
                }
            }
        }
        return Ok(vm.none());
    }
    let Some(i) = int_index(vm, key, st)? else {
        return Err(vm.index_error("array assignment index out of range"));
    };
    let b = encode(vm, st.typecode, value)?;
    let Ok(mut d) = st.data.try_borrow_mut() else {
        return Err(busy(vm));
    };
    if let Some(dst) = d.get_mut(i * size..(i + 1) * size) {
        dst.copy_from_slice(&b[..size]);
    }
    drop(d);
    Ok(vm.none())
}

fn delitem(vm: &mut Vm, args: Args) -> PyResult {
    check_method(vm, &args, "array.__delitem__", 1, 1)?;
    let st = this(vm, &args, "__delitem__")?;
    let key = &args.pos[1];
    let size = st.itemsize();
    if key.is::<SliceObj>() {
        let (start, stop, step, count) = vm.slice_indices_of(key, || st.len() as i64)?;
        if step == 1 {
            let stop = stop.max(start);
            splice(vm, st, start as usize * size..stop as usize * size, &[])?;
        } else if count > 0 {
            let mut drop_at = slice_offsets(start, step, count, size);
            drop_at.sort_unstable();
            let data = st.bytes();
            let mut keep = Vec::with_capacity(data.len().saturating_sub(drop_at.len() * size));
            let mut d = drop_at.iter().peekable();
            for (k, chunk) in data.chunks_exact(size).enumerate() {
                if d.peek().is_some_and(|&&at| at == k * size) {
                    d.next();
                } else {
                    keep.extend_from_slice(chunk);
                }
            }
            splice(vm, st, 0..data.len(), &keep)?;
        }
        return Ok(vm.none());
    }
    let Some(i) = int_index(vm, key, st)? else {
        return Err(vm.index_error("array assignment index out of range"));
    };
    splice(vm, st, i * size..(i + 1) * size, &[])?;
    Ok(vm.none())
}

fn contains(vm: &mut Vm, args: Args) -> PyResult {
    check_method(vm, &args, "array.__contains__", 1, 1)?;
    this(vm, &args, "__contains__")?;
    let a = args.pos[0].clone();
    let found = find(vm, &a, &args.pos[1], 0, usize::MAX)?.is_some();
    Ok(vm.new_bool(found))
}

fn iter(vm: &mut Vm, args: Args) -> PyResult {
    check_method(vm, &args, "array.__iter__", 0, 0)?;
    this(vm, &args, "__iter__")?;
    new_iter(vm, &args.pos[0])
}

fn add(vm: &mut Vm, args: Args) -> PyResult {
    check_method(vm, &args, "array.__add__", 1, 1)?;
    let st = this(vm, &args, "__add__")?;
    let Some(other) = state(&args.pos[1]) else {
        let t = vm.type_name(&args.pos[1]);
        return Err(vm.type_error(format!("can only append array (not \"{t}\") to array")));
    };
    if other.typecode != st.typecode {
        return Err(bad_argument(vm));
    }
    let mut b = st.bytes();
    let o = other.bytes();
    b.try_reserve_exact(o.len()).map_err(|_| PyErr::NoMemory)?;
    b.extend_from_slice(&o);
    new_array(vm, st.typecode, &b)
}

fn iadd(vm: &mut Vm, args: Args) -> PyResult {
    check_method(vm, &args, "array.__iadd__", 1, 1)?;
    let st = this(vm, &args, "__iadd__")?;
    if state(&args.pos[1]).is_none() {
        let t = vm.type_name(&args.pos[1]);
        return Err(vm.type_error(format!("can only extend array with array (not \"{t}\")")));
    }
    do_extend(vm, st, &args.pos[1])?;
    Ok(args.pos[0].clone())
}

/// The repeat count of `a * n`.
fn repeat_count(vm: &mut Vm, n: &Obj) -> PyResult<usize> {
    match vm.index_value(n) {
        Some(r) => Ok(r?.max(0) as usize),
        None => {
            let t = vm.type_name(n);
            Err(vm.type_error(format!("can't multiply sequence by non-int of type '{t}'")))
        }
    }
}

fn repeated(vm: &mut Vm, b: &[u8], count: usize) -> PyResult<Vec<u8>> {
    let total = b.len().checked_mul(count).ok_or(PyErr::NoMemory)?;
    crate::modules::struct_module::check_size(vm, total)?;
    let mut out = Vec::new();
    out.try_reserve_exact(total).map_err(|_| PyErr::NoMemory)?;
    for _ in 0..count {
        out.extend_from_slice(b);
    }
    Ok(out)
}

fn mul(vm: &mut Vm, args: Args) -> PyResult {
    check_method(vm, &args, "array.__mul__", 1, 1)?;
    let st = this(vm, &args, "__mul__")?;
    let count = repeat_count(vm, &args.pos[1])?;
    let b = st.bytes();
    if b.is_empty() || count == 0 {
        return new_array(vm, st.typecode, &[]);
    }
    // The result must fit the heap: check before building it.
    let r = repeated(vm, &b, count)?;
    new_array(vm, st.typecode, &r)
}

fn imul(vm: &mut Vm, args: Args) -> PyResult {
    check_method(vm, &args, "array.__imul__", 1, 1)?;
    let st = this(vm, &args, "__imul__")?;
    let count = repeat_count(vm, &args.pos[1])?;
    let b = st.bytes();
    let r = if b.is_empty() || count == 0 {
        Vec::new()
    } else {
        repeated(vm, &b, count)?
    };
    let n = b.len();
    splice(vm, st, 0..n, &r)?;
    Ok(args.pos[0].clone())
}

// ----- comparison -----

fn compare(vm: &mut Vm, args: Args, op: CmpOpCode, name: &str) -> PyResult {
    check_method(vm, &args, name, 1, 1)?;
    this(vm, &args, name)?;
    let (a, b) = (args.pos[0].clone(), args.pos[1].clone());
    let (Some(sa), Some(sb)) = (state(&a), state(&b)) else {
        return Ok(vm.s.not_implemented.clone());
    };
    let (na, nb) = (sa.len(), sb.len());
    if na != nb && matches!(op, CmpOpCode::Eq | CmpOpCode::Ne) {
        return Ok(vm.new_bool(op == CmpOpCode::Ne));
    }
    let mut i = 0;
    while let (Some(sa), Some(sb)) = (state(&a), state(&b)) {
        if i >= sa.len() || i >= sb.len() {
            break;
        }
        let x = item(vm, sa, i)?;
        let y = item(vm, sb, i)?;
        if !vm.eq(&x, &y)? {
            return match op {
                CmpOpCode::Eq => Ok(vm.new_bool(false)),
                CmpOpCode::Ne => Ok(vm.new_bool(true)),
                _ => {
                    let r = vm.compare_bool(op, &x, &y)?;
                    Ok(vm.new_bool(r))
                }
            };
        }
        i += 1;
    }
    let na = state(&a).map_or(0, ArrayState::len);
    let nb = state(&b).map_or(0, ArrayState::len);
    let r = match op {
        CmpOpCode::Eq => na == nb,
        CmpOpCode::Ne => na != nb,
        CmpOpCode::Lt => na < nb,
        CmpOpCode::Le => na <= nb,
        CmpOpCode::Gt => na > nb,
        _ => na >= nb,
    };
    Ok(vm.new_bool(r))
}

fn eq(vm: &mut Vm, args: Args) -> PyResult {
    compare(vm, args, CmpOpCode::Eq, "array.__eq__")
}
fn ne(vm: &mut Vm, args: Args) -> PyResult {
    compare(vm, args, CmpOpCode::Ne, "array.__ne__")
}
fn lt(vm: &mut Vm, args: Args) -> PyResult {
    compare(vm, args, CmpOpCode::Lt, "array.__lt__")
}
fn le(vm: &mut Vm, args: Args) -> PyResult {
    compare(vm, args, CmpOpCode::Le, "array.__le__")
}
fn gt(vm: &mut Vm, args: Args) -> PyResult {
    compare(vm, args, CmpOpCode::Gt, "array.__gt__")
}
fn ge(vm: &mut Vm, args: Args) -> PyResult {
    compare(vm, args, CmpOpCode::Ge, "array.__ge__")
}

// ----- repr and copies -----

fn repr(vm: &mut Vm, args: Args) -> PyResult {
    check_method(vm, &args, "array.__repr__", 0, 0)?;
    let st = this(vm, &args, "__repr__")?;
    let tc = st.typecode as char;
    if st.len() == 0 {
        return vm.new_str(&format!("array('{tc}')"));
    }
    let inner = if st.typecode == b'u' {
        let s = unicode_of(vm, st)?;
        let so = vm.new_str(&s)?;
        vm.repr_string(&so)?
    } else {
        let items = items_of(vm, st)?;
        let l = vm.new_list(items)?;
        vm.repr_string(&l)?
    };
    vm.new_str(&format!("array('{tc}', {inner})"))
}

fn copy(vm: &mut Vm, args: Args) -> PyResult {
    check_method(vm, &args, "array.__copy__", 0, 0)?;
    let st = this(vm, &args, "__copy__")?;
    let b = st.bytes();
    new_array(vm, st.typecode, &b)
}

fn deepcopy(vm: &mut Vm, args: Args) -> PyResult {
    check_method(vm, &args, "array.__deepcopy__", 1, 1)?;
    let st = this(vm, &args, "__deepcopy__")?;
    let b = st.bytes();
    new_array(vm, st.typecode, &b)
}
