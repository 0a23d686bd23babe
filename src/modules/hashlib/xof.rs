//! `_hashlib.HASHXOF`: the hash objects of `shake_128` / `shake_256`, whose
//! `digest(length)` and `hexdigest(length)` produce as many bytes as asked.

use std::cell::RefCell;
use std::fmt::Write as _;

use super::data_arg;
use super::shake::Shake;
use crate::objects::native::{NativeState, native_state};
use crate::vm::native::NativeTypeSpec;
use crate::vm::{Args, PyErr, PyResult, Vm};

static HASHXOF: NativeTypeSpec = NativeTypeSpec {
    methods: &[
        ("update", xof_update),
        ("digest", xof_digest),
        ("hexdigest", xof_hexdigest),
        ("copy", xof_copy),
        ("__repr__", xof_repr),
    ],
    getters: &[
        ("name", xof_name),
        ("digest_size", xof_digest_size),
        ("block_size", xof_block_size),
    ],
    ..NativeTypeSpec::new("_hashlib", "HASHXOF")
};

struct XofState(RefCell<Shake>);

impl NativeState for XofState {}

fn state<'a>(vm: &mut Vm, args: &'a Args, name: &str) -> PyResult<&'a XofState> {
    match args.pos.first().and_then(native_state::<XofState>) {
        Some(s) => Ok(s),
        None => Err(vm.type_error(format!(
            "descriptor '{name}' requires a '_hashlib.HASHXOF' object"
        ))),
    }
}

fn with_shake<T>(vm: &mut Vm, s: &XofState, f: impl FnOnce(&mut Shake) -> T) -> PyResult<T> {
    match s.0.try_borrow_mut() {
        Ok(mut h) => Ok(f(&mut h)),
        Err(_) => Err(vm.runtime_error("hash object is in use")),
    }
}

/// `shake_128(...)` / `shake_256(...)` / `new('shake_...')`: the optional initial data
/// comes positionally (after `skip` arguments) or as the keyword `string`.
pub(super) fn construct(vm: &mut Vm, mut args: Args, algorithm: &str, skip: usize) -> PyResult {
    let _ = args.take_kw("usedforsecurity");
    let kw = args.take_kw("string");
    let func = format!("openssl_{algorithm}");
    if let Some((k, _)) = args.kw.first() {
        let k = crate::objects::str::as_str(k).unwrap_or("?").to_owned();
        return Err(vm.type_error(format!("'{k}' is an invalid keyword argument for {func}()")));
    }
    if args.len() > skip + 1 {
        return Err(vm.type_error(format!(
            "{func}() takes at most 1 positional argument ({} given)",
            args.len() - skip
        )));
    }
    let mut shake = if algorithm == "shake_128" {
        Shake::shake_128()
    } else {
        Shake::shake_256()
    };
    if let Some(data) = kw.or_else(|| args.get(skip).cloned()) {
        let bytes = data_arg(vm, &data)?;
        shake.update(&bytes);
    }
    vm.new_native(&HASHXOF, XofState(RefCell::new(shake)))
}

fn xof_update(vm: &mut Vm, args: Args) -> PyResult {
    args.check(vm, "update", 2, 2)?;
    let s = state(vm, &args, "update")?;
    let data = data_arg(vm, &args.pos[1])?;
    with_shake(vm, s, |h| h.update(&data))?;
    Ok(vm.none())
}

/// The `length` argument of `digest` / `hexdigest` (positional or keyword).
fn length_arg(vm: &mut Vm, mut args: Args, name: &str) -> PyResult<(Args, i64)> {
    let kw = args.take_kw("length");
    args.check(vm, name, 1, 2)?;
    let Some(length) = args.get(1).cloned().or(kw) else {
        return Err(vm.type_error(format!(
            "{name}() missing required argument 'length' (pos 1)"
        )));
    };
    let n = crate::vm::params::ssize_arg(vm, &length)?;
    Ok((args, n))
}

/// The first `n` output bytes, with room for `n * unit` bytes of result checked first.
fn output(vm: &mut Vm, args: &Args, name: &str, n: usize, unit: usize) -> PyResult<Vec<u8>> {
    vm.room_for(n, unit)?;
    let s = state(vm, args, name)?;
    with_shake(vm, s, |h| h.digest(n))
}

fn xof_digest(vm: &mut Vm, args: Args) -> PyResult {
    let (args, n) = length_arg(vm, args, "digest")?;
    let Ok(n) = usize::try_from(n) else {
        // CPython hands the negative length on to the bytes constructor.
        let cls = vm.exc.system_error.clone();
        return Err(vm.new_exception_msg(&cls, "Negative size passed to PyBytes_FromStringAndSize"));
    };
    let d = output(vm, &args, "digest", n, 1)?;
    vm.new_bytes(d)
}

fn xof_hexdigest(vm: &mut Vm, args: Args) -> PyResult {
    let (args, n) = length_arg(vm, args, "hexdigest")?;
    // CPython allocates a buffer of the (negative) length first, and fails there.
    let n = usize::try_from(n).map_err(|_| PyErr::NoMemory)?;
    let d = output(vm, &args, "hexdigest", n, 2)?;
    let mut hex = String::with_capacity(d.len() * 2);
    for b in d {
        let _ = write!(hex, "{b:02x}");
    }
    vm.new_str(&hex)
}

fn xof_copy(vm: &mut Vm, args: Args) -> PyResult {
    args.check(vm, "copy", 1, 1)?;
    let s = state(vm, &args, "copy")?;
    let h = with_shake(vm, s, |h| h.clone())?;
    vm.new_native(&HASHXOF, XofState(RefCell::new(h)))
}

fn xof_repr(vm: &mut Vm, args: Args) -> PyResult {
    args.check(vm, "__repr__", 1, 1)?;
    let s = state(vm, &args, "__repr__")?;
    let name = with_shake(vm, s, |h| h.name())?;
    let addr = args.pos[0].addr();
    vm.new_str(&format!("<{name} _hashlib.HASHXOF object @ {addr:#x}>"))
}

fn xof_name(vm: &mut Vm, args: Args) -> PyResult {
    let s = state(vm, &args, "name")?;
    let name = with_shake(vm, s, |h| h.name())?;
    vm.new_str(name)
}

/// 0: the output has no fixed size.
fn xof_digest_size(vm: &mut Vm, args: Args) -> PyResult {
    state(vm, &args, "digest_size")?;
    vm.new_int(0)
}

fn xof_block_size(vm: &mut Vm, args: Args) -> PyResult {
    let s = state(vm, &args, "block_size")?;
    let n = with_shake(vm, s, |h| h.block_size())?;
    vm.new_int(n as i64)
}
