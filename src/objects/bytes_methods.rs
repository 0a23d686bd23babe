//! The methods `bytes` and `bytearray` share (a bytearray's methods return
//! bytearrays), over the pure byte functions in `crate::text`.

use crate::heap::Obj;
use crate::objects::NativeFn;
use crate::objects::bytes::{ByteArrayObj, with_bytes};
use crate::objects::str::as_str;
use crate::objects::tuple::as_tuple;
use crate::objects::{Tag, TypeObj};
use crate::text::{bytes_class, bytes_ops};
use crate::vm::{Args, PyResult, Vm};

use super::method_args::{bind, check_positional};

/// `self` of a bytes method: its contents and whether results are bytearrays.
pub(crate) struct This {
    pub data: Vec<u8>,
    pub bytearray: bool,
}

/// The contents of `self` (bytes, bytearray, or an instance of a subclass of either).
/// Checks that `self` is bytes-like without copying it (for methods that read the
/// contents only after converting their other arguments).
fn check_this(vm: &mut Vm, args: &Args, name: &str) -> PyResult<()> {
    if let Some(o) = args.pos.first() {
        let value = vm.base_value(o).unwrap_or_else(|| o.clone());
        if with_bytes(&value, |_| ()).is_some() {
            return Ok(());
        }
    }
    this(vm, args, name).map(drop)
}

pub(crate) fn this(vm: &mut Vm, args: &Args, name: &str) -> PyResult<This> {
    let Some(o) = args.pos.first() else {
        return Err(vm.type_error(format!("unbound method bytes.{name}() needs an argument")));
    };
    let value = vm.base_value(o).unwrap_or_else(|| o.clone());
    match with_bytes(&value, <[u8]>::to_vec) {
        Some(data) => Ok(This {
            data,
            bytearray: value.is::<ByteArrayObj>(),
        }),
        None => {
            let n = vm.type_name(o);
            Err(vm.type_error(format!(
                "descriptor '{name}' for 'bytes' objects doesn't apply to a '{n}' object"
            )))
        }
    }
}

/// An optional index argument (None allowed).
fn opt_index(vm: &mut Vm, o: Option<&Obj>) -> PyResult<Option<i64>> {
    match o {
        None => Ok(None),
        Some(v) if v.ptr_eq(&vm.s.none) => Ok(None),
        Some(v) => match vm.slice_bound_value(v) {
            Some(r) => r.map(Some),
            None => Err(
                vm.type_error("slice indices must be integers or None or have an __index__ method")
            ),
        },
    }
}

/// The needle of find/count/index: an int byte or a bytes-like object.
fn needle(vm: &mut Vm, o: &Obj) -> PyResult<Vec<u8>> {
    if let Some(r) = vm.index_value(o) {
        let b = vm.byte_in_range(r)?;
        return Ok(vec![b]);
    }
    match vm.bytes_like(o) {
        Some(v) => Ok(v),
        None => {
            vm.refuse_released_view(o)?;
            let n = vm.type_name(o);
            Err(vm.type_error(format!(
                "argument should be integer or bytes-like object, not '{n}'"
            )))
        }
    }
}

/// An optional bytes-like argument (None allowed).
fn opt_bytes(vm: &mut Vm, o: Option<&Obj>) -> PyResult<Option<Vec<u8>>> {
    match o {
        None => Ok(None),
        Some(v) if v.ptr_eq(&vm.s.none) => Ok(None),
        Some(v) => vm.bytes_arg(v).map(Some),
    }
}

fn ret(vm: &mut Vm, this: &This, data: Vec<u8>) -> PyResult {
    vm.new_bytes_of(this.bytearray, data)
}

fn ret_list(vm: &mut Vm, this: &This, parts: Vec<&[u8]>) -> PyResult {
    let mut items = Vec::with_capacity(parts.len());
    for p in parts {
        items.push(vm.new_bytes_of(this.bytearray, p.to_vec())?);
    }
    vm.new_list(items)
}

macro_rules! transform {
    ($fname:ident, $name:literal, $f:path) => {
        fn $fname(vm: &mut Vm, mut args: Args) -> PyResult {
            bind(vm, &mut args, $name, &[], 0, false)?;
            let t = this(vm, &args, $name)?;
            let r = $f(&t.data);
            ret(vm, &t, r)
        }
    };
}

transform!(bytes_upper, "upper", bytes_class::upper);
transform!(bytes_lower, "lower", bytes_class::lower);
transform!(bytes_swapcase, "swapcase", bytes_class::swapcase);
transform!(bytes_title, "title", bytes_class::title);
transform!(bytes_capitalize, "capitalize", bytes_class::capitalize);

macro_rules! predicate {
    ($fname:ident, $name:literal, $f:path) => {
        fn $fname(vm: &mut Vm, mut args: Args) -> PyResult {
            bind(vm, &mut args, $name, &[], 0, false)?;
            let t = this(vm, &args, $name)?;
            Ok(vm.new_bool($f(&t.data)))
        }
    };
}

predicate!(bytes_isalpha, "isalpha", bytes_class::isalpha);
predicate!(bytes_isdigit, "isdigit", bytes_class::isdigit);
predicate!(bytes_isalnum, "isalnum", bytes_class::isalnum);
predicate!(bytes_isspace, "isspace", bytes_class::isspace);
predicate!(bytes_isupper, "isupper", bytes_class::isupper);
predicate!(bytes_islower, "islower", bytes_class::islower);
predicate!(bytes_istitle, "istitle", bytes_class::istitle);
predicate!(bytes_isascii, "isascii", bytes_class::isascii);

/// `self`, the needle and the start/end bounds of find/rfind/index/rindex/count.
type Search = (This, Vec<u8>, Option<i64>, Option<i64>);

/// The shared argument handling of find/rfind/index/rindex/count.
fn search_args(vm: &mut Vm, mut args: Args, name: &str) -> PyResult<Search> {
    let p = bind(vm, &mut args, name, &["sub", "start", "end"], 1, false)?;
    check_this(vm, &args, name)?;
    let sub = match &p[0] {
        Some(s) => needle(vm, s)?,
        None => Vec::new(),
    };
    let start = opt_index(vm, p[1].as_ref())?;
    let end = opt_index(vm, p[2].as_ref())?;
    // The contents are read last: `__index__` of an argument may change a bytearray.
    let t = this(vm, &args, name)?;
    Ok((t, sub, start, end))
}

fn bytes_find(vm: &mut Vm, args: Args) -> PyResult {
    let (t, sub, s, e) = search_args(vm, args, "find")?;
    vm.new_int(bytes_ops::find(&t.data, &sub, s, e))
}

fn bytes_rfind(vm: &mut Vm, args: Args) -> PyResult {
    let (t, sub, s, e) = search_args(vm, args, "rfind")?;
    vm.new_int(bytes_ops::rfind(&t.data, &sub, s, e))
}

fn bytes_index(vm: &mut Vm, args: Args) -> PyResult {
    let (t, sub, s, e) = search_args(vm, args, "index")?;
    match bytes_ops::find(&t.data, &sub, s, e) {
        -1 => Err(vm.value_error("subsection not found")),
        i => vm.new_int(i),
    }
}

fn bytes_rindex(vm: &mut Vm, args: Args) -> PyResult {
    let (t, sub, s, e) = search_args(vm, args, "rindex")?;
    match bytes_ops::rfind(&t.data, &sub, s, e) {
        -1 => Err(vm.value_error("subsection not found")),
        i => vm.new_int(i),
    }
}

fn bytes_count(vm: &mut Vm, args: Args) -> PyResult {
    let (t, sub, s, e) = search_args(vm, args, "count")?;
    vm.new_int(bytes_ops::count(&t.data, &sub, s, e) as i64)
}

fn starts_ends(vm: &mut Vm, mut args: Args, name: &str, ends: bool) -> PyResult {
    let p = bind(vm, &mut args, name, &["prefix", "start", "end"], 1, false)?;
    check_this(vm, &args, name)?;
    let start = opt_index(vm, p[1].as_ref())?;
    let end = opt_index(vm, p[2].as_ref())?;
    let t = this(vm, &args, name)?;
    let arg = p[0].clone().unwrap_or_else(|| vm.none());
    let candidates: Vec<Obj> = match as_tuple(&arg) {
        Some(items) => items.to_vec(),
        None => {
            if vm.bytes_like(&arg).is_none() {
                vm.refuse_released_view(&arg)?;
                let n = vm.type_name(&arg);
                return Err(vm.type_error(format!(
                    "{name} first arg must be bytes or a tuple of bytes, not {n}"
                )));
            }
            vec![arg]
        }
    };
    for c in &candidates {
        let c = vm.bytes_arg(c)?;
        let hit = if ends {
            bytes_ops::endswith(&t.data, &c, start, end)
        } else {
            bytes_ops::startswith(&t.data, &c, start, end)
        };
        if hit {
            return Ok(vm.new_bool(true));
        }
    }
    Ok(vm.new_bool(false))
}

fn bytes_startswith(vm: &mut Vm, args: Args) -> PyResult {
    starts_ends(vm, args, "startswith", false)
}

fn bytes_endswith(vm: &mut Vm, args: Args) -> PyResult {
    starts_ends(vm, args, "endswith", true)
}

fn split_impl(vm: &mut Vm, mut args: Args, name: &str, right: bool) -> PyResult {
    let p = bind(vm, &mut args, name, &["sep", "maxsplit"], 0, true)?;
    let t = this(vm, &args, name)?;
    let max = match &p[1] {
        Some(m) => crate::vm::params::ssize_arg(vm, m)?,
        None => -1,
    };
    let sep = opt_bytes(vm, p[0].as_ref())?;
    let parts = if right {
        bytes_ops::rsplit(&t.data, sep.as_deref(), max)
    } else {
        bytes_ops::split(&t.data, sep.as_deref(), max)
    };
    let parts = parts.map_err(|e| vm.fmt_error(e))?;
    ret_list(vm, &t, parts)
}

fn bytes_split(vm: &mut Vm, args: Args) -> PyResult {
    split_impl(vm, args, "split", false)
}

fn bytes_rsplit(vm: &mut Vm, args: Args) -> PyResult {
    split_impl(vm, args, "rsplit", true)
}

fn bytes_splitlines(vm: &mut Vm, mut args: Args) -> PyResult {
    let p = bind(vm, &mut args, "splitlines", &["keepends"], 0, true)?;
    let t = this(vm, &args, "splitlines")?;
    let keep = match &p[0] {
        Some(k) => vm.to_index(k)? != 0,
        None => false,
    };
    let parts = bytes_ops::splitlines(&t.data, keep);
    ret_list(vm, &t, parts)
}

fn bytes_join(vm: &mut Vm, mut args: Args) -> PyResult {
    let p = bind(vm, &mut args, "join", &["iterable_of_bytes"], 1, false)?;
    let t = this(vm, &args, "join")?;
    let it = p[0].clone().unwrap_or_else(|| vm.none());
    if vm.get_iter(&it).is_err() {
        return Err(vm.type_error("can only join an iterable"));
    }
    let items = vm.iterate_to_vec(&it)?;
    // Sized first, so an impossible result is a MemoryError before anything is copied.
    let mut total = t.data.len().saturating_mul(items.len().saturating_sub(1));
    for item in &items {
        let n = with_bytes(item, <[u8]>::len).unwrap_or(0);
        total = total.saturating_add(n);
    }
    let mut out = vm.vec_with_room(total)?;
    for (i, item) in items.iter().enumerate() {
        let Some(d) = vm.bytes_like(item) else {
            let n = vm.type_name(item);
            return Err(vm.type_error(format!(
                "sequence item {i}: expected a bytes-like object, {n} found"
            )));
        };
        if i > 0 {
            vm.grow_vec(&mut out, t.data.len())?;
            out.extend_from_slice(&t.data);
        }
        vm.grow_vec(&mut out, d.len())?;
        out.extend_from_slice(&d);
    }
    ret(vm, &t, out)
}

macro_rules! stripper {
    ($fname:ident, $name:literal, $f:path) => {
        fn $fname(vm: &mut Vm, mut args: Args) -> PyResult {
            check_positional(vm, &args, $name, 0, 1)?;
            let p = bind(vm, &mut args, $name, &["bytes"], 0, false)?;
            let t = this(vm, &args, $name)?;
            let chars = opt_bytes(vm, p[0].as_ref())?;
            let r = $f(&t.data, chars.as_deref()).to_vec();
            ret(vm, &t, r)
        }
    };
}

stripper!(bytes_strip, "strip", bytes_ops::strip);
stripper!(bytes_lstrip, "lstrip", bytes_ops::lstrip);
stripper!(bytes_rstrip, "rstrip", bytes_ops::rstrip);

fn bytes_replace(vm: &mut Vm, mut args: Args) -> PyResult {
    check_positional(vm, &args, "replace", 2, 3)?;
    let p = bind(vm, &mut args, "replace", &["old", "new", "count"], 2, false)?;
    let t = this(vm, &args, "replace")?;
    let none = vm.none();
    let old = vm.bytes_arg(p[0].as_ref().unwrap_or(&none))?;
    let new = vm.bytes_arg(p[1].as_ref().unwrap_or(&none))?;
    let count = match &p[2] {
        Some(c) => crate::vm::params::ssize_arg(vm, c)?,
        None => -1,
    };
    let r = bytes_ops::replace(&t.data, &old, &new, count).map_err(|e| vm.fmt_error(e))?;
    ret(vm, &t, r)
}

fn partition_impl(vm: &mut Vm, mut args: Args, name: &str, right: bool) -> PyResult {
    let p = bind(vm, &mut args, name, &["sep"], 1, false)?;
    let t = this(vm, &args, name)?;
    let none = vm.none();
    let sep = vm.bytes_arg(p[0].as_ref().unwrap_or(&none))?;
    let parts = if right {
        bytes_ops::rpartition(&t.data, &sep)
    } else {
        bytes_ops::partition(&t.data, &sep)
    };
    let (a, b, c) = parts.map_err(|e| vm.fmt_error(e))?;
    let items = vec![
        vm.new_bytes_of(t.bytearray, a.to_vec())?,
        vm.new_bytes_of(t.bytearray, b.to_vec())?,
        vm.new_bytes_of(t.bytearray, c.to_vec())?,
    ];
    vm.new_tuple(items)
}

fn bytes_partition(vm: &mut Vm, args: Args) -> PyResult {
    partition_impl(vm, args, "partition", false)
}

fn bytes_rpartition(vm: &mut Vm, args: Args) -> PyResult {
    partition_impl(vm, args, "rpartition", true)
}

/// The fill byte of center/ljust/rjust: a bytes or bytearray of length 1.
fn fill_byte(vm: &mut Vm, o: Option<&Obj>, name: &str) -> PyResult<u8> {
    let Some(o) = o else { return Ok(b' ') };
    if let Some(d) = with_bytes(o, <[u8]>::to_vec)
        && d.len() == 1
    {
        return Ok(d[0]);
    }
    let n = vm.type_name(o);
    Err(vm.type_error(format!(
        "{name}() argument 2 must be a byte string of length 1, not {n}"
    )))
}

macro_rules! padder {
    ($fname:ident, $name:literal, $f:path) => {
        fn $fname(vm: &mut Vm, mut args: Args) -> PyResult {
            check_positional(vm, &args, $name, 1, 2)?;
            let p = bind(vm, &mut args, $name, &["width", "fillchar"], 1, false)?;
            let t = this(vm, &args, $name)?;
            let none = vm.none();
            let width = crate::vm::params::ssize_arg(vm, p[0].as_ref().unwrap_or(&none))?;
            let fill = fill_byte(vm, p[1].as_ref(), $name)?;
            let r = $f(&t.data, width, fill).map_err(|e| vm.fmt_error(e))?;
            ret(vm, &t, r)
        }
    };
}

padder!(bytes_center, "center", bytes_class::center);
padder!(bytes_ljust, "ljust", bytes_class::ljust);
padder!(bytes_rjust, "rjust", bytes_class::rjust);

fn bytes_zfill(vm: &mut Vm, mut args: Args) -> PyResult {
    let p = bind(vm, &mut args, "zfill", &["width"], 1, false)?;
    let t = this(vm, &args, "zfill")?;
    let none = vm.none();
    let width = crate::vm::params::ssize_arg(vm, p[0].as_ref().unwrap_or(&none))?;
    let r = bytes_class::zfill(&t.data, width).map_err(|e| vm.fmt_error(e))?;
    ret(vm, &t, r)
}

fn bytes_expandtabs(vm: &mut Vm, mut args: Args) -> PyResult {
    let p = bind(vm, &mut args, "expandtabs", &["tabsize"], 0, true)?;
    let t = this(vm, &args, "expandtabs")?;
    let size = match &p[0] {
        Some(s) => vm.to_index(s)?,
        None => 8,
    };
    let r = bytes_class::expandtabs(&t.data, size).map_err(|e| vm.fmt_error(e))?;
    ret(vm, &t, r)
}

fn bytes_decode(vm: &mut Vm, mut args: Args) -> PyResult {
    let p = bind(vm, &mut args, "decode", &["encoding", "errors"], 0, true)?;
    let t = this(vm, &args, "decode")?;
    vm.decode_args(&t.data, p[0].as_ref(), p[1].as_ref(), "decode")
}

fn bytes_hex(vm: &mut Vm, mut args: Args) -> PyResult {
    let p = bind(vm, &mut args, "hex", &["sep", "bytes_per_sep"], 0, true)?;
    let t = this(vm, &args, "hex")?;
    let per = match &p[1] {
        Some(n) => vm.to_index(n)?,
        None => 1,
    };
    let sep = match &p[0] {
        None => None,
        Some(s) => {
            let chars: Vec<u32> = match (as_str(s), vm.bytes_like(s)) {
                (Some(s), _) => s.chars().map(u32::from).collect(),
                (None, Some(b)) => b.into_iter().map(u32::from).collect(),
                (None, None) => {
                    let n = vm.type_name(s);
                    return Err(vm.type_error(format!("object of type '{n}' has no len()")));
                }
            };
            if chars.len() != 1 {
                return Err(vm.value_error("sep must be length 1."));
            }
            match u8::try_from(chars[0]) {
                Ok(b) if b.is_ascii() => Some(b),
                _ => return Err(vm.value_error("sep must be ASCII.")),
            }
        }
    };
    let s = bytes_class::hex(&t.data, sep, per);
    vm.new_str(&s)
}

fn affix_impl(vm: &mut Vm, mut args: Args, name: &str, suffix: bool) -> PyResult {
    let p = bind(vm, &mut args, name, &["prefix"], 1, false)?;
    let t = this(vm, &args, name)?;
    let none = vm.none();
    let a = vm.bytes_arg(p[0].as_ref().unwrap_or(&none))?;
    let r = if suffix {
        t.data.strip_suffix(a.as_slice())
    } else {
        t.data.strip_prefix(a.as_slice())
    };
    let r = r.unwrap_or(&t.data).to_vec();
    ret(vm, &t, r)
}

fn bytes_removeprefix(vm: &mut Vm, args: Args) -> PyResult {
    affix_impl(vm, args, "removeprefix", false)
}

fn bytes_removesuffix(vm: &mut Vm, args: Args) -> PyResult {
    affix_impl(vm, args, "removesuffix", true)
}

fn bytes_translate(vm: &mut Vm, mut args: Args) -> PyResult {
    let delete = args.take_kw("delete");
    if args.len() < 2 {
        return Err(vm.type_error(format!(
            "translate() takes at least 1 positional argument ({} given)",
            args.len().saturating_sub(1)
        )));
    }
    let p = bind(vm, &mut args, "translate", &["table", "delete"], 1, false)?;
    let t = this(vm, &args, "translate")?;
    let table = opt_bytes(vm, p[0].as_ref())?;
    if table.as_ref().is_some_and(|t| t.len() != 256) {
        return Err(vm.value_error("translation table must be 256 characters long"));
    }
    let delete = match delete.or_else(|| p[1].clone()) {
        Some(d) => vm.bytes_arg(&d)?,
        None => Vec::new(),
    };
    let out: Vec<u8> = t
        .data
        .iter()
        .filter(|b| !delete.contains(b))
        .map(|&b| match &table {
            Some(tb) => tb[usize::from(b)],
            None => b,
        })
        .collect();
    ret(vm, &t, out)
}

/// `bytes.maketrans(frm, to)`: a 256-byte table mapping each byte of `frm` to the
/// byte of `to` at the same position.
fn bytes_maketrans(vm: &mut Vm, args: Args) -> PyResult {
    args.check(vm, "maketrans", 2, 2)?;
    let frm = vm.bytes_arg(&args.pos[0])?;
    let to = vm.bytes_arg(&args.pos[1])?;
    if frm.len() != to.len() {
        return Err(vm.value_error("maketrans arguments must have same length"));
    }
    let mut table: Vec<u8> = (0..=255).collect();
    for (f, t) in frm.iter().zip(&to) {
        table[usize::from(*f)] = *t;
    }
    vm.new_bytes(table)
}

/// `bytes.fromhex(s)` / `bytearray.fromhex(s)`; subclasses get `cls(result)`.
fn bytes_fromhex(vm: &mut Vm, args: Args) -> PyResult {
    args.check(vm, "fromhex", 2, 2)?;
    let cls = args.pos[0].clone();
    let Some(s) = as_str(&args.pos[1]).map(str::to_owned) else {
        let n = vm.type_name(&args.pos[1]);
        return Err(vm.type_error(format!("fromhex() argument must be str, not {n}")));
    };
    let data = bytes_class::fromhex(&s).map_err(|e| vm.fmt_error(e))?;
    let (layout, builtin) = cls
        .downcast::<TypeObj>()
        .map_or((Tag::Bytes, true), |t| (t.layout, t.builtin));
    let v = vm.new_bytes_of(layout == Tag::ByteArray, data)?;
    if builtin {
        return Ok(v);
    }
    vm.call(&cls, vec![v])
}

fn bytes_getnewargs(vm: &mut Vm, mut args: Args) -> PyResult {
    bind(vm, &mut args, "__getnewargs__", &[], 0, false)?;
    let t = this(vm, &args, "__getnewargs__")?;
    let b = vm.new_bytes(t.data)?;
    vm.new_tuple(vec![b])
}

/// Methods of both bytes and bytearray.
pub const METHODS: &[(&str, NativeFn)] = &[
    ("upper", bytes_upper),
    ("lower", bytes_lower),
    ("swapcase", bytes_swapcase),
    ("title", bytes_title),
    ("capitalize", bytes_capitalize),
    ("isalpha", bytes_isalpha),
    ("isdigit", bytes_isdigit),
    ("isalnum", bytes_isalnum),
    ("isspace", bytes_isspace),
    ("isupper", bytes_isupper),
    ("islower", bytes_islower),
    ("istitle", bytes_istitle),
    ("isascii", bytes_isascii),
    ("find", bytes_find),
    ("rfind", bytes_rfind),
    ("index", bytes_index),
    ("rindex", bytes_rindex),
    ("count", bytes_count),
    ("startswith", bytes_startswith),
    ("endswith", bytes_endswith),
    ("split", bytes_split),
    ("rsplit", bytes_rsplit),
    ("splitlines", bytes_splitlines),
    ("join", bytes_join),
    ("strip", bytes_strip),
    ("lstrip", bytes_lstrip),
    ("rstrip", bytes_rstrip),
    ("replace", bytes_replace),
    ("partition", bytes_partition),
    ("rpartition", bytes_rpartition),
    ("center", bytes_center),
    ("ljust", bytes_ljust),
    ("rjust", bytes_rjust),
    ("zfill", bytes_zfill),
    ("expandtabs", bytes_expandtabs),
    ("decode", bytes_decode),
    ("hex", bytes_hex),
    ("removeprefix", bytes_removeprefix),
    ("removesuffix", bytes_removesuffix),
    ("translate", bytes_translate),
];

/// Methods of bytes only.
pub const BYTES_ONLY_METHODS: &[(&str, NativeFn)] = &[("__getnewargs__", bytes_getnewargs)];

pub const STATIC_METHODS: &[(&str, NativeFn)] = &[("maketrans", bytes_maketrans)];

pub const CLASS_METHODS: &[(&str, NativeFn)] = &[("fromhex", bytes_fromhex)];

/// Puts the methods on the `bytes` and `bytearray` types.
pub fn register(vm: &mut Vm) -> PyResult<()> {
    use crate::vm::MethodKind;
    let bytes = vm.types.bytes.clone();
    let bytearray = vm.types.bytearray.clone();
    for (ty, owner) in [(&bytes, "bytes"), (&bytearray, "bytearray")] {
        vm.add_methods(ty, owner, METHODS, MethodKind::Instance)?;
        vm.add_methods(ty, owner, STATIC_METHODS, MethodKind::Static)?;
        vm.add_methods(ty, owner, CLASS_METHODS, MethodKind::Class)?;
    }
    vm.add_methods(&bytes, "bytes", BYTES_ONLY_METHODS, MethodKind::Instance)?;
    vm.add_methods(
        &bytearray,
        "bytearray",
        super::bytearray_methods::METHODS,
        MethodKind::Instance,
    )?;
    Ok(())
}
