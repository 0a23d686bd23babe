//! The pure part of `struct`: parsing a format into its codes (CPython's `prepare_s`
//! rules: byte order prefix, repeat counts, native alignment, the size limit), reading
//! values out of bytes and writing them in, and IEEE half floats (`e`).

/// Byte order and size table of a format.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Table {
    /// `@` (or no prefix): native sizes, alignment and order.
    Native,
    /// `=`, `<`: standard sizes, no alignment, little-endian.
    Little,
    /// `>`, `!`: standard sizes, no alignment, big-endian.
    Big,
}

impl Table {
    pub fn little(self) -> bool {
        !matches!(self, Table::Big)
    }
}

/// One code of a format: `repeat` items of `code`, each `size` bytes, the first at
/// `offset`. For `s` and `p` there is one item of `size` bytes.
#[derive(Clone, Copy, Debug)]
pub struct Code {
    pub code: u8,
    pub offset: usize,
    pub size: usize,
    pub repeat: usize,
}

/// A parsed format.
#[derive(Clone, Debug)]
pub struct Layout {
    pub table: Table,
    pub codes: Vec<Code>,
    /// Total size in bytes.
    pub size: usize,
    /// Number of values packed or unpacked.
    pub items: usize,
}

/// Size and alignment of `c` in `table`; None for a bad char.
fn entry(table: Table, c: u8) -> Option<(usize, usize)> {
    let native = table == Table::Native;
    Some(match c {
        b'x' | b'c' | b'b' | b'B' | b'?' | b's' | b'p' => (1, 1),
        b'h' | b'H' | b'e' => (2, 2),
        b'i' | b'I' | b'f' => (4, 4),
        b'l' | b'L' => {
            if native {
                (8, 8)
            } else {
                (4, 4)
            }
        }
        b'q' | b'Q' | b'd' => (8, 8),
        b'n' | b'N' | b'P' if native => (8, 8),
        _ => return None,
    })
}

pub const SIZE_TOO_LONG: &str = "total struct size too long";
const MAX: usize = isize::MAX as usize;

/// Parses `fmt`; the error is the message of the `struct.error` to raise.
pub fn parse(fmt: &[u8]) -> Result<Layout, &'static str> {
    let (table, body) = match fmt.first() {
        Some(b'@') => (Table::Native, &fmt[1..]),
        Some(b'=' | b'<') => (Table::Little, &fmt[1..]),
        Some(b'>' | b'!') => (Table::Big, &fmt[1..]),
        _ => (Table::Native, fmt),
    };
    if body.contains(&0) {
        return Err("embedded null character");
    }
    let mut codes = Vec::new();
    let mut size: usize = 0;
    let mut items: usize = 0;
    let mut i = 0;
    while i < body.len() {
        let mut c = body[i];
        i += 1;
        if c.is_ascii_whitespace() || c == 0x0b {
            continue;
        }
        let num = if c.is_ascii_digit() {
            let mut num = (c - b'0') as usize;
            loop {
                let Some(&d) = body.get(i) else {
                    return Err("repeat count given without format specifier");
                };
                i += 1;
                if !d.is_ascii_digit() {
                    c = d;
                    break;
                }
                let d = (d - b'0') as usize;
                if num >= MAX / 10 && (num > MAX / 10 || d > MAX % 10) {
                    return Err(SIZE_TOO_LONG);
                }
                num = num * 10 + d;
            }
            num
        } else {
            1
        };
        let Some((itemsize, align)) = entry(table, c) else {
            return Err("bad char in struct format");
        };
        if table == Table::Native && size > 0 {
            let extra = (align - 1) - (size - 1) % align;
            if extra > MAX - size {
                return Err(SIZE_TOO_LONG);
            }
            size += extra;
        }
        if num > (MAX - size) / itemsize {
            return Err(SIZE_TOO_LONG);
        }
        match c {
            b's' | b'p' => {
                items += 1;
                codes.push(Code {
                    code: c,
                    offset: size,
                    size: num,
                    repeat: 1,
                });
            }
            b'x' => {}
            _ => {
                items = items.saturating_add(num);
                if num > 0 {
                    codes.push(Code {
                        code: c,
                        offset: size,
                        size: itemsize,
                        repeat: num,
                    });
                }
            }
        }
        size += num * itemsize;
    }
    Ok(Layout {
        table,
        codes,
        size,
        items,
    })
}

/// A value read out of a buffer.
pub enum Value {
    Int(i64),
    UInt(u64),
    Float(f64),
    Bool(bool),
    Bytes(Vec<u8>),
}

fn read_uint(b: &[u8], little: bool) -> u64 {
    let mut v: u64 = 0;
    if little {
        for &x in b.iter().rev() {
            v = (v << 8) | x as u64;
        }
    } else {
        for &x in b {
            v = (v << 8) | x as u64;
        }
    }
    v
}

fn read_int(b: &[u8], little: bool) -> i64 {
    let u = read_uint(b, little);
    let bits = b.len() * 8;
    if bits >= 64 {
        u as i64
    } else {
        let shift = 64 - bits;
        ((u << shift) as i64) >> shift
    }
}

/// Writes the low `out.len()` bytes of `v` in the given order.
pub fn write_uint(out: &mut [u8], v: u64, little: bool) {
    let n = out.len();
    let bytes = v.to_le_bytes();
    for (k, slot) in out.iter_mut().enumerate() {
        let src = if little { k } else { n - 1 - k };
        *slot = bytes.get(src).copied().unwrap_or(0);
    }
}

/// Decodes one item of `code` from `b` (exactly its size).
pub fn read_value(code: u8, b: &[u8], little: bool) -> Value {
    match code {
        b'c' => Value::Bytes(b.to_vec()),
        b'?' => Value::Bool(b.iter().any(|&x| x != 0)),
        b'b' | b'h' | b'i' | b'l' | b'q' | b'n' => Value::Int(read_int(b, little)),
        b'e' => Value::Float(unpack_half(read_uint(b, little) as u16)),
        b'f' => Value::Float(f32::from_bits(read_uint(b, little) as u32) as f64),
        b'd' => Value::Float(f64::from_bits(read_uint(b, little))),
        _ => Value::UInt(read_uint(b, little)),
    }
}

/// Decodes every value of `layout` from `data` (at least `layout.size` bytes).
pub fn unpack(layout: &Layout, data: &[u8]) -> Vec<Value> {
    let little = layout.table.little();
    let mut out = Vec::with_capacity(layout.items.min(data.len()));
    for c in &layout.codes {
        match c.code {
            b's' => out.push(Value::Bytes(
                data.get(c.offset..c.offset + c.size)
                    .unwrap_or(&[])
                    .to_vec(),
            )),
            b'p' => {
                let field = data.get(c.offset..c.offset + c.size).unwrap_or(&[]);
                let v = match field.split_first() {
                    Some((&n, rest)) => rest[..(n as usize).min(rest.len())].to_vec(),
                    None => Vec::new(),
                };
                out.push(Value::Bytes(v));
            }
            _ => {
                for k in 0..c.repeat {
                    let at = c.offset + k * c.size;
                    let b = data.get(at..at + c.size).unwrap_or(&[]);
                    out.push(read_value(c.code, b, little));
                }
            }
        }
    }
    out
}

/// IEEE 754 binary16 from a double, rounding half to even (CPython's `PyFloat_Pack2`);
/// None when the value is too large.
pub fn pack_half(x: f64) -> Option<u16> {
    let (sign, e, bits): (u16, i32, u32);
    if x == 0.0 {
        return Some(if x.is_sign_negative() { 0x8000 } else { 0 });
    } else if x.is_infinite() {
        sign = x.is_sign_negative() as u16;
        e = 0x1f;
        bits = 0;
    } else if x.is_nan() {
        sign = x.is_sign_negative() as u16;
        e = 0x1f;
        bits = 512;
    } else {
        sign = (x < 0.0) as u16;
        let ax = x.abs();
        let (mut f, mut ex) = frexp(ax);
        f *= 2.0;
        ex -= 1;
        if ex >= 16 {
            return None;
        } else if ex < -25 {
            f = 0.0;
            ex = 0;
        } else if ex < -14 {
            f = ldexp(f, 14 + ex);
            ex = 0;
        } else {
            ex += 15;
            f -= 1.0;
        }
        f *= 1024.0;
        let mut b = f as u32;
        let rest = f - b as f64;
        if rest > 0.5 || (rest == 0.5 && b % 2 == 1) {
            b += 1;
            if b == 1024 {
                b = 0;
                ex += 1;
                if ex == 31 {
                    return None;
                }
            }
        }
        e = ex;
        bits = b;
    }
    Some((sign << 15) | ((e as u16) << 10) | bits as u16)
}

/// The double of an IEEE 754 binary16.
pub fn unpack_half(h: u16) -> f64 {
    let sign = h >> 15;
    let e = ((h >> 10) & 0x1f) as i32;
    let f = (h & 0x3ff) as f64;
    let v = if e == 0x1f {
        if f == 0.0 { f64::INFINITY } else { f64::NAN }
    } else if e == 0 {
        ldexp(f / 1024.0, -14)
    } else {
        ldexp(1.0 + f / 1024.0, e - 15)
    };
    if sign == 1 { -v } else { v }
}

/// `x = m * 2**e` with 0.5 <= m < 1 (x finite and positive).
fn frexp(x: f64) -> (f64, i32) {
    let bits = x.to_bits();
    let exp = ((bits >> 52) & 0x7ff) as i32;
    if exp == 0 {
        // Subnormal: scale up first.
        let (m, e) = frexp(x * 2f64.powi(64));
        return (m, e - 64);
    }
    let m = f64::from_bits((bits & !(0x7ff << 52)) | (1022u64 << 52));
    (m, exp - 1022)
}

fn ldexp(x: f64, e: i32) -> f64 {
    // Split the scaling so that intermediate powers stay finite and normal.
    let mut x = x;
    let mut e = e;
    while e > 1000 {
        x *= 2f64.powi(1000);
        e -= 1000;
    }
    while e < -1000 {
        x *= 2f64.powi(-1000);
        e += 1000;
    }
    x * 2f64.powi(e)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sizes() {
        assert_eq!(parse(b"bi").map(|l| l.size), Ok(8));
        assert_eq!(parse(b"<bi").map(|l| l.size), Ok(5));
        assert_eq!(parse(b"ib").map(|l| l.size), Ok(5));
        assert_eq!(parse(b"xq").map(|l| l.size), Ok(16));
        assert!(parse(b"999999999999999999999q").is_err());
    }

    #[test]
    fn half() {
        assert_eq!(pack_half(1.5), Some(0x3e00));
        assert_eq!(pack_half(65519.0), Some(0x7bff));
        assert_eq!(pack_half(65520.0), None);
        assert_eq!(unpack_half(0x0001), 5.960464477539063e-08);
        assert_eq!(pack_half(2f64.powi(-24) * 1.5), Some(2));
    }
}
