//! `binascii`: hexlify / unhexlify (b2a_hex / a2b_hex), b2a_base64 / a2b_base64, crc32
//! and crc_hqx. `binascii.Error` is a ValueError subclass defined by the module's
//! Python part.

use crate::heap::Obj;
use crate::objects::NativeFn;
use crate::objects::str::as_str;
use crate::vm::{Args, PyErr, PyResult, Vm};

fn error(vm: &mut Vm, msg: &str) -> PyErr {
    let cls = match vm
        .import_module("binascii")
        .and_then(|m| vm.getattr_str(&m, "Error"))
    {
        Ok(c) => c,
        Err(e) => return e,
    };
    vm.new_exception_msg(&cls, msg)
}

fn bytes_arg(vm: &mut Vm, o: &Obj) -> PyResult<Vec<u8>> {
    match vm.bytes_like(o) {
        Some(b) => Ok(b),
        None => {
            let n = vm.type_name(o);
            Err(vm.type_error(format!("a bytes-like object is required, not '{n}'")))
        }
    }
}

/// `hexlify(data, sep=None, bytes_per_sep=1)`.
fn hexlify(vm: &mut Vm, mut args: Args) -> PyResult {
    let sep_kw = args.take_kw("sep");
    let per_kw = args.take_kw("bytes_per_sep");
    args.check(vm, "hexlify", 1, 3)?;
    let data = bytes_arg(vm, &args.pos[0])?;
    let sep = sep_kw.or_else(|| args.get(1).cloned());
    let sep: Option<u8> = match sep {
        None => None,
        Some(s) => {
            let raw = match as_str(&s) {
                Some(t) => t.as_bytes().to_vec(),
                None => bytes_arg(vm, &s)?,
            };
            if raw.len() != 1 || !raw[0].is_ascii() {
                return Err(vm.value_error("sep must be length 1."));
            }
            Some(raw[0])
        }
    };
    let per = match per_kw.or_else(|| args.get(2).cloned()) {
        Some(p) => vm.to_index(&p)?,
        None => 1,
    };
    const DIGITS: &[u8; 16] = b"0123456789abcdef";
    let mut out = Vec::with_capacity(data.len() * 3);
    let group = usize::try_from(per.unsigned_abs())
        .unwrap_or(usize::MAX)
        .max(1);
    for (i, b) in data.iter().enumerate() {
        if let Some(s) = sep
            && i > 0
        {
            // A positive count groups from the right, a negative one from the left.
            let boundary = if per >= 0 {
                (data.len() - i) % group == 0
            } else {
                i % group == 0
            };
            if boundary {
                out.push(s);
            }
        }
        out.push(DIGITS[usize::from(b >> 4)]);
        out.push(DIGITS[usize::from(b & 15)]);
    }
    vm.new_bytes(out)
}

fn unhexlify(vm: &mut Vm, args: Args) -> PyResult {
    args.check(vm, "unhexlify", 1, 1)?;
    let data = match as_str(&args.pos[0]) {
        Some(s) if s.is_ascii() => s.as_bytes().to_vec(),
        Some(_) => {
            return Err(vm.value_error("string argument should contain only ASCII characters"));
        }
        None => bytes_arg(vm, &args.pos[0])?,
    };
    if data.len() % 2 != 0 {
        return Err(error(vm, "Odd-length string"));
    }
    let mut out = Vec::with_capacity(data.len() / 2);
    for pair in data.chunks(2) {
        let hi = (pair[0] as char).to_digit(16);
        let lo = (pair[1] as char).to_digit(16);
        match (hi, lo) {
            (Some(h), Some(l)) => out.push((h * 16 + l) as u8),
            _ => return Err(error(vm, "Non-hexadecimal digit found")),
        }
    }
    vm.new_bytes(out)
}

/// CRC-32 continuing from `crc`: the zlib library's, which `zlib.crc32` shares.
fn crc32_update(crc: u32, data: &[u8]) -> u32 {
    crate::heap::zlib_ffi::crc32(crc, data)
}

fn crc32(vm: &mut Vm, args: Args) -> PyResult {
    args.check(vm, "crc32", 1, 2)?;
    let data = bytes_arg(vm, &args.pos[0])?;
    let start = match args.get(1) {
        Some(v) => {
            let b = vm.to_bigint(v).unwrap_or_default();
            let masked = b & num_bigint::BigInt::from(0xFFFF_FFFFu32);
            u32::try_from(masked).unwrap_or(0)
        }
        None => 0,
    };
    vm.new_int(i64::from(crc32_update(start, &data)))
}

/// `crc_hqx(data, value)`: the CRC-CCITT (polynomial 0x1021, not reflected) of
/// `data`, continuing from `value` (its low 16 bits).
fn crc_hqx(vm: &mut Vm, args: Args) -> PyResult {
    args.check(vm, "crc_hqx", 2, 2)?;
    let data = bytes_arg(vm, &args.pos[0])?;
    let start = vm.to_bigint(&args.pos[1]).ok_or_else(|| {
        let n = vm.type_name(&args.pos[1]);
        vm.type_error(format!("'{n}' object cannot be interpreted as an integer"))
    })?;
    let masked = start & num_bigint::BigInt::from(0xFFFFu32);
    let mut crc = u16::try_from(masked).unwrap_or(0);
    for &b in &data {
        crc ^= u16::from(b) << 8;
        for _ in 0..8 {
            crc = if crc & 0x8000 != 0 {
                (crc << 1) ^ 0x1021
            } else {
                crc << 1
            };
        }
    }
    vm.new_int(i64::from(crc))
}

const BASE64_ALPHABET: &[u8; 64] =
    b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

/// `b2a_base64(data, *, newline=True)`.
fn b2a_base64(vm: &mut Vm, mut args: Args) -> PyResult {
    let newline = match args.take_kw("newline") {
        Some(v) => vm.truthy(&v)?,
        None => true,
    };
    args.check(vm, "b2a_base64", 1, 1)?;
    let data = bytes_arg(vm, &args.pos[0])?;
    let mut out = Vec::with_capacity(data.len().div_ceil(3) * 4 + 1);
    for chunk in data.chunks(3) {
        let n = chunk.len();
        let word = (u32::from(chunk[0]) << 16)
            | (u32::from(chunk.get(1).copied().unwrap_or(0)) << 8)
            | u32::from(chunk.get(2).copied().unwrap_or(0));
        for k in 0..4 {
            if k <= n {
                out.push(BASE64_ALPHABET[((word >> (18 - 6 * k)) & 63) as usize]);
            } else {
                out.push(b'=');
            }
        }
    }
    if newline {
        out.push(b'\n');
    }
    vm.new_bytes(out)
}

/// `a2b_base64(data)`: CPython's lenient decoder, which skips characters outside the
/// alphabet and stops at the padding that completes a quad.
fn a2b_base64(vm: &mut Vm, args: Args) -> PyResult {
    args.check(vm, "a2b_base64", 1, 1)?;
    let data = match as_str(&args.pos[0]) {
        Some(s) if s.is_ascii() => s.as_bytes().to_vec(),
        Some(_) => {
            return Err(vm.value_error("string argument should contain only ASCII characters"));
        }
        None => bytes_arg(vm, &args.pos[0])?,
    };
    let mut out = Vec::with_capacity(data.len() / 4 * 3);
    let (mut quad_pos, mut left, mut pads) = (0u8, 0u32, 0u8);
    for &c in &data {
        if c == b'=' {
            if quad_pos >= 2 {
                pads += 1;
                if quad_pos + pads >= 4 {
                    return vm.new_bytes(out);
                }
            }
            continue;
        }
        let Some(v) = BASE64_ALPHABET.iter().position(|&a| a == c) else {
            continue;
        };
        let v = v as u32;
        pads = 0;
        match quad_pos {
            0 => left = v,
            1 => {
                out.push(((left << 2) | (v >> 4)) as u8);
                left = v & 0x0f;
            }
            2 => {
                out.push(((left << 4) | (v >> 2)) as u8);
                left = v & 0x03;
            }
            _ => {
                out.push(((left << 6) | v) as u8);
                left = 0;
            }
        }
        quad_pos = (quad_pos + 1) % 4;
    }
    match quad_pos {
        0 => vm.new_bytes(out),
        1 => {
            let chars = out.len() / 3 * 4 + 1;
            Err(error(
                vm,
                &format!(
                    "Invalid base64-encoded string: number of data characters ({chars}) \
                     cannot be 1 more than a multiple of 4"
                ),
            ))
        }
        _ => Err(error(vm, "Incorrect padding")),
    }
}

const FUNCTIONS: &[(&str, NativeFn)] = &[
    ("hexlify", hexlify),
    ("b2a_hex", hexlify),
    ("unhexlify", unhexlify),
    ("a2b_hex", unhexlify),
    ("crc32", crc32),
    ("crc_hqx", crc_hqx),
    ("b2a_base64", b2a_base64),
    ("a2b_base64", a2b_base64),
];

pub fn create(vm: &mut Vm) -> PyResult<Obj> {
    let m = crate::modules::module_with_functions(vm, "binascii", FUNCTIONS)?;
    crate::modules::exec_python(
        vm,
        &m,
        "class Error(ValueError):\n    pass\n\n\nclass Incomplete(Exception):\n    pass\n",
        "<binascii>",
    )?;
    Ok(m)
}

#[cfg(test)]
mod tests {
    #[test]
    fn crc32_known_values() {
        assert_eq!(super::crc32_update(0, b"hello"), 0x3610_a686);
        assert_eq!(
            super::crc32_update(super::crc32_update(0, b"hel"), b"lo"),
            0x3610_a686
        );
    }
}
