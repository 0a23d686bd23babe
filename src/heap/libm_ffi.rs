//! The C math library's `erf` and `erfc`, which CPython's `math.erf` / `math.erfc`
//! call: Rust's std has no binding for them, and results must match CPython's to the
//! last bit. It lives under `heap/` because that is minipy's one home for `unsafe`.

// SAFETY: these are the C99 <math.h> declarations of functions every C library on
// the supported platforms provides (std already links the C math library); they take
// and return plain doubles, touch no memory and are safe to call with any value.
unsafe extern "C" {
    #[link_name = "erf"]
    safe fn c_erf(x: f64) -> f64;
    #[link_name = "erfc"]
    safe fn c_erfc(x: f64) -> f64;
}

/// The error function, as the C library computes it.
pub fn erf(x: f64) -> f64 {
    c_erf(x)
}

/// The complementary error function `1 - erf(x)`, accurate for large `x`.
pub fn erfc(x: f64) -> f64 {
    c_erfc(x)
}
