//! `repr(float)` and `str(float)`, which are identical in Python 3.

use super::double_to_string::{DtoaFlags, double_to_string};

/// CPython's `repr(x)` for a float: the shortest digits that round-trip,
/// positional for exponents in `-4..16` (with `.0` appended to integral
/// values) and scientific otherwise (`1e+16`, `1.5e-05`); `inf`, `-inf`,
/// `nan` and `-0.0` spelled as Python spells them.
pub fn float_repr(x: f64) -> String {
    let flags = DtoaFlags {
        add_dot_0: true,
        ..DtoaFlags::default()
    };
    double_to_string(x, 'r', 0, flags)
}

#[cfg(test)]
mod tests {
    use super::float_repr;

    #[test]
    fn basic_reprs() {
        assert_eq!(float_repr(1.0), "1.0");
        assert_eq!(float_repr(-0.0), "-0.0");
        assert_eq!(float_repr(1e16), "1e+16");
        assert_eq!(float_repr(1.5e-5), "1.5e-05");
        assert_eq!(float_repr(0.0001), "0.0001");
        assert_eq!(float_repr(f64::NAN), "nan");
        assert_eq!(float_repr(f64::NEG_INFINITY), "-inf");
        assert_eq!(float_repr(123456789012345680.0), "1.2345678901234568e+17");
    }
}
