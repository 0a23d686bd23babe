//! The `random` module as CPython builds it: the Mersenne Twister core is the native
//! type `_random.Random` (seeding, `random()`, `getrandbits()`, state), and
//! `random.Random` with every distribution is Python over it (`random.py` beside this
//! file), so that the same seed gives CPython's exact sequences.

mod mt;
mod sha512;

use std::cell::RefCell;

use num_bigint::{BigInt, Sign};
use num_traits::Signed;

use crate::heap::Obj;
use crate::objects::native::{NativeObj, NativeState, native_state};
use crate::objects::str::as_str;
use crate::objects::tuple::as_tuple;
use crate::vm::native::NativeTypeSpec;
use crate::vm::params::{check_method, split_cls};
use crate::vm::{Args, PyResult, Vm};

use mt::{Mt19937, STATE_WORDS};

pub static CORE: NativeTypeSpec = NativeTypeSpec {
    new: Some(core_new),
    methods: &[
        ("random", core_random),
        ("seed", core_seed),
        ("getstate", core_getstate),
        ("setstate", core_setstate),
        ("getrandbits", core_getrandbits),
        ("_randbelow_with_getrandbits", core_randbelow),
    ],
    subclassable: true,
    ..NativeTypeSpec::new("_random", "Random")
};

struct Core {
    mt: RefCell<Mt19937>,
}

impl NativeState for Core {}

/// The generator of `o`: a `_random.Random` or an instance of a Python subclass.
fn core_of(vm: &mut Vm, o: &Obj) -> PyResult<Obj> {
    if native_state::<Core>(o).is_some() {
        return Ok(o.clone());
    }
    match vm.base_value(o) {
        Some(b) if native_state::<Core>(&b).is_some() => Ok(b),
        _ => {
            let n = vm.type_name(o);
            Err(vm.type_error(format!(
                "descriptor requires a '_random.Random' object but received a '{n}'"
            )))
        }
    }
}

fn with_mt<R>(o: &Obj, f: impl FnOnce(&mut Mt19937) -> R) -> Option<R> {
    let c = native_state::<Core>(o)?;
    let mut mt = c.mt.try_borrow_mut().ok()?;
    Some(f(&mut mt))
}

/// Seeds from the operating system's randomness, or the clock if there is none.
fn seed_from_os(mt: &mut Mt19937) {
    use std::io::Read;
    let mut buf = [0u8; 4 * STATE_WORDS];
    let ok = std::fs::File::open("/dev/urandom")
        .and_then(|mut f| f.read_exact(&mut buf))
        .is_ok();
    let key: Vec<u32> = if ok {
        buf.chunks_exact(4)
            .map(|c| u32::from_le_bytes([c[0], c[1], c[2], c[3]]))
            .collect()
    } else {
        let t = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map(|d| d.as_nanos())
            .unwrap_or(0);
        let pid = std::process::id() as u128;
        let v = t ^ (pid << 64);
        (0..4).map(|i| (v >> (32 * i)) as u32).collect()
    };
    mt.init_by_array(&key);
}

/// CPython's `random_seed`: ints by absolute value, other objects by hash, split into
/// 32-bit words from the least significant end.
fn seed_mt(vm: &mut Vm, core: &Obj, arg: Option<&Obj>) -> PyResult<()> {
    let Some(arg) = arg.filter(|a| !a.ptr_eq(&vm.s.none)) else {
        with_mt(core, seed_from_os);
        return Ok(());
    };
    let n: BigInt = match vm.to_bigint(arg) {
        Some(v) => v.abs(),
        None => {
            let h = vm.hash(arg)?;
            BigInt::from(h as u64)
        }
    };
    let (_, mut words) = n.to_u32_digits();
    if words.is_empty() {
        words.push(0);
    }
    with_mt(core, |mt| mt.init_by_array(&words));
    Ok(())
}

fn core_new(vm: &mut Vm, args: Args) -> PyResult {
    let (args, cls) = split_cls(args);
    if args.pos.len() > 1 {
        return Err(vm.type_error("Random() requires 0 or 1 argument"));
    }
    let core_type = vm.native_type(&CORE)?;
    let cls = cls.unwrap_or_else(|| core_type.clone());
    let core = vm.heap.alloc(NativeObj::new(
        cls.clone(),
        Core {
            mt: RefCell::new(Mt19937::default()),
        },
    ))?;
    // Only `_random.Random` itself seeds from its argument here; subclasses seed in
    // their own `__init__` (CPython's tp_init, which they override).
    let arg = if cls.ptr_eq(&core_type) {
        args.pos.first()
    } else {
        None
    };
    seed_mt(vm, &core, arg)?;
    Ok(core)
}

fn core_random(vm: &mut Vm, args: Args) -> PyResult {
    check_method(vm, &args, "Random.random", 0, 0)?;
    let core = core_of(vm, &args.pos[0])?;
    let v = with_mt(&core, Mt19937::next_f64).unwrap_or(0.0);
    vm.new_float(v)
}

fn core_seed(vm: &mut Vm, args: Args) -> PyResult {
    check_method(vm, &args, "Random.seed", 0, 1)?;
    let core = core_of(vm, &args.pos[0])?;
    seed_mt(vm, &core, args.pos.get(1))?;
    Ok(vm.none())
}

fn core_getstate(vm: &mut Vm, args: Args) -> PyResult {
    check_method(vm, &args, "Random.getstate", 0, 0)?;
    let core = core_of(vm, &args.pos[0])?;
    let (words, index) = with_mt(&core, |mt| {
        let (w, i) = mt.state();
        (w.to_vec(), i)
    })
    .unwrap_or_default();
    let mut items = Vec::with_capacity(words.len() + 1);
    for w in words {
        items.push(vm.new_int(w as i64)?);
    }
    items.push(vm.new_int(index as i64)?);
    vm.new_tuple(items)
}

fn core_setstate(vm: &mut Vm, args: Args) -> PyResult {
    check_method(vm, &args, "Random.setstate", 1, 1)?;
    let core = core_of(vm, &args.pos[0])?;
    let Some(items) = as_tuple(&args.pos[1]).map(<[Obj]>::to_vec) else {
        return Err(vm.type_error("state vector must be a tuple"));
    };
    if items.len() != STATE_WORDS + 1 {
        return Err(vm.value_error("state vector is the wrong size"));
    }
    let mut words = Vec::with_capacity(STATE_WORDS);
    for it in &items[..STATE_WORDS] {
        let Some(v) = vm.to_bigint(it) else {
            let n = vm.type_name(it);
            return Err(vm.type_error(format!("'{n}' object cannot be interpreted as an integer")));
        };
        if v.is_negative() {
            return Err(vm.overflow_error("can't convert negative int to unsigned"));
        }
        let (_, digits) = v.to_u32_digits();
        words.push(digits.first().copied().unwrap_or(0));
    }
    let index = vm.to_index(&items[STATE_WORDS])?;
    if !(0..=STATE_WORDS as i64).contains(&index) {
        return Err(vm.value_error("invalid state"));
    }
    with_mt(&core, |mt| mt.set_state(&words, index as usize));
    Ok(vm.none())
}

fn core_getrandbits(vm: &mut Vm, args: Args) -> PyResult {
    check_method(vm, &args, "Random.getrandbits", 1, 1)?;
    let core = core_of(vm, &args.pos[0])?;
    let Some(k) = vm.to_bigint(&args.pos[1]) else {
        let n = vm.type_name(&args.pos[1]);
        return Err(vm.type_error(format!("'{n}' object cannot be interpreted as an integer")));
    };
    if k.is_negative() {
        return Err(vm.value_error("number of bits must be non-negative"));
    }
    let Some(k) = u32::try_from(&k).ok().filter(|k| *k <= i32::MAX as u32) else {
        return Err(vm.overflow_error("Python int too large to convert to C int"));
    };
    if k == 0 {
        return vm.new_int(0);
    }
    if k <= 32 {
        let v = with_mt(&core, |mt| mt.next_u32() >> (32 - k)).unwrap_or(0);
        return vm.new_int(v as i64);
    }
    if k as usize > (1 << 31) {
        return Err(crate::vm::PyErr::NoMemory);
    }
    // 32-bit words from the least significant; the last one keeps its top bits.
    let words: Vec<u32> = with_mt(&core, |mt| {
        let mut left = k;
        let mut out = Vec::with_capacity(k.div_ceil(32) as usize);
        while left > 0 {
            let mut r = mt.next_u32();
            if left < 32 {
                r >>= 32 - left;
            }
            out.push(r);
            left = left.saturating_sub(32);
        }
        out
    })
    .unwrap_or_default();
    vm.new_bigint(BigInt::from_slice(Sign::Plus, &words))
}

/// `k` random bits (k <= 64) from 32-bit words, least significant first, exactly as
/// `getrandbits(k)` assembles them.
fn small_bits(mt: &mut Mt19937, k: u32) -> u64 {
    if k == 0 {
        return 0;
    }
    if k <= 32 {
        return (mt.next_u32() >> (32 - k)) as u64;
    }
    let low = mt.next_u32() as u64;
    let high = (mt.next_u32() >> (64 - k)) as u64;
    low | (high << 32)
}

/// `_randbelow_with_getrandbits(n)`: a random int in [0, n) by rejection sampling
/// `getrandbits(n.bit_length())` (native unless a subclass overrides `getrandbits`).
fn core_randbelow(vm: &mut Vm, args: Args) -> PyResult {
    check_method(vm, &args, "Random._randbelow_with_getrandbits", 1, 1)?;
    let this = args.pos[0].clone();
    let cls = vm.type_of(&this);
    // The native `getrandbits`, unless a subclass (or an assignment) replaced it.
    let core_type = vm.native_type(&CORE)?;
    let native_bits = match vm.lookup_type_attr(&cls, "getrandbits") {
        Some(found) => vm
            .lookup_type_attr(&core_type, "getrandbits")
            .is_some_and(|own| own.ptr_eq(&found)),
        None => false,
    };
    // The common case, a positive machine int: no big-int arithmetic.
    if native_bits
        && let Some(limit) = args.pos[1]
            .downcast::<crate::objects::IntObj>()
            .and_then(|i| u64::try_from(i.0).ok())
            .filter(|&n| n > 0)
    {
        let k = 64 - limit.leading_zeros();
        let core = core_of(vm, &this)?;
        let r = with_mt(&core, |mt| {
            loop {
                let r = small_bits(mt, k);
                if r < limit {
                    break r;
                }
            }
        })
        .unwrap_or(0);
        return vm.new_int(r as i64);
    }
    let Some(n) = vm.to_bigint(&args.pos[1]) else {
        let t = vm.type_name(&args.pos[1]);
        return Err(vm.attribute_error(format!("'{t}' object has no attribute 'bit_length'")));
    };
    let k = n.bits();
    if native_bits && k <= 64 && n.is_positive() {
        let core = core_of(vm, &this)?;
        let limit = u64::try_from(&n).unwrap_or(u64::MAX);
        let r = with_mt(&core, |mt| {
            loop {
                let r = small_bits(mt, k as u32);
                if r < limit {
                    break r;
                }
            }
        })
        .unwrap_or(0);
        return vm.new_bigint(BigInt::from(r));
    }
    let getrandbits = vm.getattr_str(&this, "getrandbits")?;
    let kobj = vm.new_bigint(BigInt::from(k))?;
    loop {
        let r = vm.call(&getrandbits, vec![kobj.clone()])?;
        let lt = vm.compare_bool(crate::compile::bytecode::CmpOpCode::Lt, &r, &args.pos[1])?;
        if lt {
            return Ok(r);
        }
    }
}

/// `_seed_from_bytes(a)`: `int.from_bytes(a + sha512(a).digest())` for a str (UTF-8
/// encoded) or bytes seed, as `Random.seed` computes with version 2.
fn seed_from_bytes(vm: &mut Vm, args: Args) -> PyResult {
    crate::vm::params::check_positional(vm, &args, "_seed_from_bytes", 1, 1)?;
    let a = &args.pos[0];
    let data: Vec<u8> = match as_str(a) {
        Some(s) => s.as_bytes().to_vec(),
        None => match vm.bytes_data(a) {
            Some(b) => b,
            None => return Err(vm.type_error("expected str, bytes or bytearray")),
        },
    };
    let mut all = data.clone();
    all.extend_from_slice(&sha512::sha512(&data));
    vm.new_bigint(BigInt::from_bytes_be(Sign::Plus, &all))
}

/// The `_random` module: the generator core alone.
pub(crate) fn create_core(vm: &mut Vm) -> PyResult<Obj> {
    let m = super::module_with_functions(vm, "_random", &[])?;
    let t = vm.native_type(&CORE)?;
    super::set_attr(vm, &m, "Random", t)?;
    Ok(m)
}

pub(crate) fn create(vm: &mut Vm) -> PyResult<Obj> {
    let m = super::module_with_functions(vm, "random", &[("_seed_from_bytes", seed_from_bytes)])?;
    super::exec_python(vm, &m, include_str!("random.py"), "<random>")?;
    Ok(m)
}
