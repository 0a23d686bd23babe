//! `hashlib`: md5, sha1, the SHA-2 and SHA-3 families and BLAKE2 hash objects
//! (`_hashlib.HASH` with update/digest/hexdigest/copy), SHAKE (`_hashlib.HASHXOF`,
//! `xof.rs` over `shake.rs`), `new(name)` and the
//! algorithm sets (`hashlib.py`: the sets and `file_digest`). `binascii.rs` beside it
//! is the `binascii` module.

mod algorithms;
pub mod binascii;
mod shake;
mod xof;

use std::cell::RefCell;
use std::fmt::Write as _;

use algorithms::{Blake2Params, Blake2b, Blake2s, Hasher};

use crate::heap::Obj;
use crate::objects::NativeFn;
use crate::objects::native::{NativeState, native_state};
use crate::objects::str::as_str;
use crate::vm::native::NativeTypeSpec;
use crate::vm::{Args, PyResult, Vm};

static HASH: NativeTypeSpec = NativeTypeSpec {
    methods: &[
        ("update", hash_update),
        ("digest", hash_digest),
        ("hexdigest", hash_hexdigest),
        ("copy", hash_copy),
        ("__repr__", hash_repr),
    ],
    getters: &[
        ("name", hash_name),
        ("digest_size", hash_digest_size),
        ("block_size", hash_block_size),
    ],
    ..NativeTypeSpec::new("_hashlib", "HASH")
};

struct HashState(RefCell<Hasher>);

impl NativeState for HashState {}

fn state<'a>(vm: &mut Vm, args: &'a Args, name: &str) -> PyResult<&'a HashState> {
    match args.pos.first().and_then(native_state::<HashState>) {
        Some(s) => Ok(s),
        None => Err(vm.type_error(format!(
            "descriptor '{name}' requires a '_hashlib.HASH' object"
        ))),
    }
}

/// The bytes of a data argument, with hashlib's messages.
pub(super) fn data_arg(vm: &mut Vm, o: &Obj) -> PyResult<Vec<u8>> {
    if as_str(o).is_some() {
        return Err(vm.type_error("Strings must be encoded before hashing"));
    }
    match vm.bytes_like(o) {
        Some(b) => Ok(b),
        None => Err(vm.type_error("object supporting the buffer API required")),
    }
}

fn with_hasher<T>(vm: &mut Vm, s: &HashState, f: impl FnOnce(&mut Hasher) -> T) -> PyResult<T> {
    match s.0.try_borrow_mut() {
        Ok(mut h) => Ok(f(&mut h)),
        Err(_) => Err(vm.runtime_error("hash object is in use")),
    }
}

fn hash_update(vm: &mut Vm, args: Args) -> PyResult {
    args.check(vm, "update", 2, 2)?;
    let s = state(vm, &args, "update")?;
    let data = data_arg(vm, &args.pos[1])?;
    with_hasher(vm, s, |h| h.update(&data))?;
    Ok(vm.none())
}

/// The digest of the data so far.
fn digest_bytes(vm: &mut Vm, args: &Args, name: &str) -> PyResult<Vec<u8>> {
    args.check(vm, name, 1, 1)?;
    let s = state(vm, args, name)?;
    with_hasher(vm, s, |h| h.digest())
}

fn hash_digest(vm: &mut Vm, args: Args) -> PyResult {
    let d = digest_bytes(vm, &args, "digest")?;
    vm.new_bytes(d)
}

fn hash_hexdigest(vm: &mut Vm, args: Args) -> PyResult {
    let d = digest_bytes(vm, &args, "hexdigest")?;
    let mut hex = String::with_capacity(d.len() * 2);
    for b in d {
        let _ = write!(hex, "{b:02x}");
    }
    vm.new_str(&hex)
}

fn hash_copy(vm: &mut Vm, args: Args) -> PyResult {
    args.check(vm, "copy", 1, 1)?;
    let s = state(vm, &args, "copy")?;
    let h = with_hasher(vm, s, |h| h.clone())?;
    vm.new_native(&HASH, HashState(RefCell::new(h)))
}

fn hash_repr(vm: &mut Vm, args: Args) -> PyResult {
    args.check(vm, "__repr__", 1, 1)?;
    let s = state(vm, &args, "__repr__")?;
    let name = with_hasher(vm, s, |h| h.name())?;
    let addr = args.pos[0].addr();
    vm.new_str(&format!("<{name} _hashlib.HASH object @ {addr:#x}>"))
}

fn hash_name(vm: &mut Vm, args: Args) -> PyResult {
    let s = state(vm, &args, "name")?;
    let name = with_hasher(vm, s, |h| h.name())?;
    vm.new_str(name)
}

fn hash_digest_size(vm: &mut Vm, args: Args) -> PyResult {
    let s = state(vm, &args, "digest_size")?;
    let n = with_hasher(vm, s, |h| h.digest_size())?;
    vm.new_int(n as i64)
}

fn hash_block_size(vm: &mut Vm, args: Args) -> PyResult {
    let s = state(vm, &args, "block_size")?;
    let n = with_hasher(vm, s, |h| h.block_size())?;
    vm.new_int(n as i64)
}

/// A new hash object of `algorithm` fed with the optional initial data (positional,
/// or the keyword `string` / `data`); `usedforsecurity` is accepted and ignored.
fn construct(vm: &mut Vm, mut args: Args, algorithm: &str, skip: usize) -> PyResult {
    if matches!(algorithm, "shake_128" | "shake_256") {
        return xof::construct(vm, args, algorithm, skip);
    }
    let _ = args.take_kw("usedforsecurity");
    let kw = args.take_kw("string").or_else(|| args.take_kw("data"));
    let blake2 = match algorithm {
        "blake2b" | "blake2s" => Some(blake2_params(vm, &mut args)?),
        _ => None,
    };
    args.check(vm, algorithm, skip, skip + 1)?;
    let made = match (algorithm, blake2) {
        ("blake2b", Some(p)) => Some(Blake2b::with_params(&p).map(Hasher::Blake2b)),
        ("blake2s", Some(p)) => Some(Blake2s::with_params(&p).map(Hasher::Blake2s)),
        _ => Hasher::new(algorithm).map(Ok),
    };
    let mut hasher = match made {
        Some(Ok(h)) => h,
        Some(Err(message)) => return Err(vm.value_error(message)),
        None => return Err(vm.value_error(format!("unsupported hash type {algorithm}"))),
    };
    if let Some(data) = kw.or_else(|| args.get(skip).cloned()) {
        let bytes = data_arg(vm, &data)?;
        hasher.update(&bytes);
    }
    vm.new_native(&HASH, HashState(RefCell::new(hasher)))
}

/// The BLAKE2 keywords: `digest_size`, and the bytes `key`, `salt` and `person`.
fn blake2_params(vm: &mut Vm, args: &mut Args) -> PyResult<Blake2Params> {
    let mut params = Blake2Params::default();
    if let Some(size) = args.take_kw("digest_size") {
        let n = vm.to_index_clamped(&size)?;
        // Out of range either way: the check names the allowed sizes.
        params.digest_size = Some(usize::try_from(n).unwrap_or(0));
    }
    for (name, field) in [
        ("key", &mut params.key),
        ("salt", &mut params.salt),
        ("person", &mut params.person),
    ] {
        if let Some(v) = args.take_kw(name) {
            *field = data_arg(vm, &v)?;
        }
    }
    Ok(params)
}

fn hashlib_new(vm: &mut Vm, args: Args) -> PyResult {
    let name = args.pos.first().cloned().or_else(|| {
        args.kw
            .iter()
            .find(|(k, _)| as_str(k) == Some("name"))
            .map(|(_, v)| v.clone())
    });
    let Some(name) = name else {
        return Err(vm.type_error("new() missing required argument 'name' (pos 1)"));
    };
    let Some(text) = as_str(&name).map(str::to_ascii_lowercase) else {
        let n = vm.type_name(&name);
        return Err(vm.type_error(format!("new() argument 'name' must be str, not {n}")));
    };
    let mut args = args;
    if args.pos.is_empty() {
        let _ = args.take_kw("name");
        args.pos.push(name);
    }
    // OpenSSL's names for SHAKE, which CPython's `new` also takes.
    let text = match text.as_str() {
        "shake128" => "shake_128".to_owned(),
        "shake256" => "shake_256".to_owned(),
        _ => text,
    };
    construct(vm, args, &text, 1)
}

macro_rules! constructors {
    ($($fname:ident => $alg:literal),* $(,)?) => {
        $(fn $fname(vm: &mut Vm, args: Args) -> PyResult {
            construct(vm, args, $alg, 0)
        })*
        const FUNCTIONS: &[(&str, NativeFn)] = &[
            ("new", hashlib_new),
            $(($alg, $fname)),*
        ];
    };
}

constructors! {
    new_md5 => "md5",
    new_sha1 => "sha1",
    new_sha224 => "sha224",
    new_sha256 => "sha256",
    new_sha384 => "sha384",
    new_sha512 => "sha512",
    new_sha3_224 => "sha3_224",
    new_sha3_256 => "sha3_256",
    new_sha3_384 => "sha3_384",
    new_sha3_512 => "sha3_512",
    new_blake2b => "blake2b",
    new_blake2s => "blake2s",
    new_shake_128 => "shake_128",
    new_shake_256 => "shake_256",
}

pub fn create(vm: &mut Vm) -> PyResult<Obj> {
    let m = super::module_with_functions(vm, "hashlib", FUNCTIONS)?;
    let mut names = Vec::with_capacity(algorithms::NAMES.len() + 2);
    for n in algorithms::NAMES.iter().chain(&["shake_128", "shake_256"]) {
        names.push(vm.new_str(n)?);
    }
    let list = vm.new_list(names)?;
    super::set_attr(vm, &m, "_names", list)?;
    super::exec_python(vm, &m, include_str!("hashlib.py"), "<hashlib>")?;
    Ok(m)
}
