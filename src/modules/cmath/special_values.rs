//! The results C99 Annex G prescribes for the complex functions at infinities and NaNs,
//! as CPython's cmath module tabulates them: `TABLE[class(re)][class(im)]`, where the
//! classes are -inf, negative, -0, +0, positive, +inf, nan. Entries for two finite parts
//! are never read (the functions compute those).

use std::f64::consts::PI;

use crate::format::complex_ops::Complex;

/// The class of a double, as the table index.
pub fn special_class(d: f64) -> usize {
    if d.is_finite() {
        match (d != 0.0, d.is_sign_positive()) {
            (true, false) => 1,
            (true, true) => 4,
            (false, false) => 2,
            (false, true) => 3,
        }
    } else if d.is_nan() {
        6
    } else if d > 0.0 {
        5
    } else {
        0
    }
}

/// The table entry for `z` when either part is not finite.
pub fn special_value(z: Complex, table: &Table) -> Option<Complex> {
    if z.re.is_finite() && z.im.is_finite() {
        return None;
    }
    let (re, im) = table[special_class(z.re)][special_class(z.im)];
    Some(Complex::new(re, im))
}

pub type Table = [[(f64, f64); 7]; 7];

const P: f64 = PI;
const P14: f64 = 0.25 * PI;
const P12: f64 = 0.5 * PI;
const P34: f64 = 0.75 * PI;
const INF: f64 = f64::INFINITY;
const N: f64 = f64::NAN;
/// Placeholder for the entries that are never read.
const U: f64 = -9.542_631_940_771_103e33;

pub const ACOS: Table = [
    [
        (P34, INF),
        (P, INF),
        (P, INF),
        (P, -INF),
        (P, -INF),
        (P34, -INF),
        (N, INF),
    ],
    [
        (P12, INF),
        (U, U),
        (U, U),
        (U, U),
        (U, U),
        (P12, -INF),
        (N, N),
    ],
    [
        (P12, INF),
        (U, U),
        (P12, 0.),
        (P12, -0.),
        (U, U),
        (P12, -INF),
        (P12, N),
    ],
    [
        (P12, INF),
        (U, U),
        (P12, 0.),
        (P12, -0.),
        (U, U),
        (P12, -INF),
        (P12, N),
    ],
    [
        (P12, INF),
        (U, U),
        (U, U),
        (U, U),
        (U, U),
        (P12, -INF),
        (N, N),
    ],
    [
        (P14, INF),
        (0., INF),
        (0., INF),
        (0., -INF),
        (0., -INF),
        (P14, -INF),
        (N, INF),
    ],
    [(N, INF), (N, N), (N, N), (N, N), (N, N), (N, -INF), (N, N)],
];

pub const ACOSH: Table = [
    [
        (INF, -P34),
        (INF, -P),
        (INF, -P),
        (INF, P),
        (INF, P),
        (INF, P34),
        (INF, N),
    ],
    [
        (INF, -P12),
        (U, U),
        (U, U),
        (U, U),
        (U, U),
        (INF, P12),
        (N, N),
    ],
    [
        (INF, -P12),
        (U, U),
        (0., -P12),
        (0., P12),
        (U, U),
        (INF, P12),
        (N, N),
    ],
    [
        (INF, -P12),
        (U, U),
        (0., -P12),
        (0., P12),
        (U, U),
        (INF, P12),
        (N, N),
    ],
    [
        (INF, -P12),
        (U, U),
        (U, U),
        (U, U),
        (U, U),
        (INF, P12),
        (N, N),
    ],
    [
        (INF, -P14),
        (INF, -0.),
        (INF, -0.),
        (INF, 0.),
        (INF, 0.),
        (INF, P14),
        (INF, N),
    ],
    [(INF, N), (N, N), (N, N), (N, N), (N, N), (INF, N), (N, N)],
];

pub const ASINH: Table = [
    [
        (-INF, -P14),
        (-INF, -0.),
        (-INF, -0.),
        (-INF, 0.),
        (-INF, 0.),
        (-INF, P14),
        (-INF, N),
    ],
    [
        (-INF, -P12),
        (U, U),
        (U, U),
        (U, U),
        (U, U),
        (-INF, P12),
        (N, N),
    ],
    [
        (-INF, -P12),
        (U, U),
        (-0., -0.),
        (-0., 0.),
        (U, U),
        (-INF, P12),
        (N, N),
    ],
    [
        (INF, -P12),
        (U, U),
        (0., -0.),
        (0., 0.),
        (U, U),
        (INF, P12),
        (N, N),
    ],
    [
        (INF, -P12),
        (U, U),
        (U, U),
        (U, U),
        (U, U),
        (INF, P12),
        (N, N),
    ],
    [
        (INF, -P14),
        (INF, -0.),
        (INF, -0.),
        (INF, 0.),
        (INF, 0.),
        (INF, P14),
        (INF, N),
    ],
    [
        (INF, N),
        (N, N),
        (N, -0.),
        (N, 0.),
        (N, N),
        (INF, N),
        (N, N),
    ],
];

pub const ATANH: Table = [
    [
        (-0., -P12),
        (-0., -P12),
        (-0., -P12),
        (-0., P12),
        (-0., P12),
        (-0., P12),
        (-0., N),
    ],
    [
        (-0., -P12),
        (U, U),
        (U, U),
        (U, U),
        (U, U),
        (-0., P12),
        (N, N),
    ],
    [
        (-0., -P12),
        (U, U),
        (-0., -0.),
        (-0., 0.),
        (U, U),
        (-0., P12),
        (-0., N),
    ],
    [
        (0., -P12),
        (U, U),
        (0., -0.),
        (0., 0.),
        (U, U),
        (0., P12),
        (0., N),
    ],
    [
        (0., -P12),
        (U, U),
        (U, U),
        (U, U),
        (U, U),
        (0., P12),
        (N, N),
    ],
    [
        (0., -P12),
        (0., -P12),
        (0., -P12),
        (0., P12),
        (0., P12),
        (0., P12),
        (0., N),
    ],
    [
        (0., -P12),
        (N, N),
        (N, N),
        (N, N),
        (N, N),
        (0., P12),
        (N, N),
    ],
];

pub const COSH: Table = [
    [
        (INF, N),
        (U, U),
        (INF, 0.),
        (INF, -0.),
        (U, U),
        (INF, N),
        (INF, N),
    ],
    [(N, N), (U, U), (U, U), (U, U), (U, U), (N, N), (N, N)],
    [
        (N, 0.),
        (U, U),
        (1., 0.),
        (1., -0.),
        (U, U),
        (N, 0.),
        (N, 0.),
    ],
    [
        (N, 0.),
        (U, U),
        (1., -0.),
        (1., 0.),
        (U, U),
        (N, 0.),
        (N, 0.),
    ],
    [(N, N), (U, U), (U, U), (U, U), (U, U), (N, N), (N, N)],
    [
        (INF, N),
        (U, U),
        (INF, -0.),
        (INF, 0.),
        (U, U),
        (INF, N),
        (INF, N),
    ],
    [(N, N), (N, N), (N, 0.), (N, 0.), (N, N), (N, N), (N, N)],
];

pub const EXP: Table = [
    [
        (0., 0.),
        (U, U),
        (0., -0.),
        (0., 0.),
        (U, U),
        (0., 0.),
        (0., 0.),
    ],
    [(N, N), (U, U), (U, U), (U, U), (U, U), (N, N), (N, N)],
    [(N, N), (U, U), (1., -0.), (1., 0.), (U, U), (N, N), (N, N)],
    [(N, N), (U, U), (1., -0.), (1., 0.), (U, U), (N, N), (N, N)],
    [(N, N), (U, U), (U, U), (U, U), (U, U), (N, N), (N, N)],
    [
        (INF, N),
        (U, U),
        (INF, -0.),
        (INF, 0.),
        (U, U),
        (INF, N),
        (INF, N),
    ],
    [(N, N), (N, N), (N, -0.), (N, 0.), (N, N), (N, N), (N, N)],
];

pub const LOG: Table = [
    [
        (INF, -P34),
        (INF, -P),
        (INF, -P),
        (INF, P),
        (INF, P),
        (INF, P34),
        (INF, N),
    ],
    [
        (INF, -P12),
        (U, U),
        (U, U),
        (U, U),
        (U, U),
        (INF, P12),
        (N, N),
    ],
    [
        (INF, -P12),
        (U, U),
        (-INF, -P),
        (-INF, P),
        (U, U),
        (INF, P12),
        (N, N),
    ],
    [
        (INF, -P12),
        (U, U),
        (-INF, -0.),
        (-INF, 0.),
        (U, U),
        (INF, P12),
        (N, N),
    ],
    [
        (INF, -P12),
        (U, U),
        (U, U),
        (U, U),
        (U, U),
        (INF, P12),
        (N, N),
    ],
    [
        (INF, -P14),
        (INF, -0.),
        (INF, -0.),
        (INF, 0.),
        (INF, 0.),
        (INF, P14),
        (INF, N),
    ],
    [(INF, N), (N, N), (N, N), (N, N), (N, N), (INF, N), (N, N)],
];

pub const SINH: Table = [
    [
        (INF, N),
        (U, U),
        (-INF, -0.),
        (-INF, 0.),
        (U, U),
        (INF, N),
        (INF, N),
    ],
    [(N, N), (U, U), (U, U), (U, U), (U, U), (N, N), (N, N)],
    [
        (0., N),
        (U, U),
        (-0., -0.),
        (-0., 0.),
        (U, U),
        (0., N),
        (0., N),
    ],
    [
        (0., N),
        (U, U),
        (0., -0.),
        (0., 0.),
        (U, U),
        (0., N),
        (0., N),
    ],
    [(N, N), (U, U), (U, U), (U, U), (U, U), (N, N), (N, N)],
    [
        (INF, N),
        (U, U),
        (INF, -0.),
        (INF, 0.),
        (U, U),
        (INF, N),
        (INF, N),
    ],
    [(N, N), (N, N), (N, -0.), (N, 0.), (N, N), (N, N), (N, N)],
];

pub const SQRT: Table = [
    [
        (INF, -INF),
        (0., -INF),
        (0., -INF),
        (0., INF),
        (0., INF),
        (INF, INF),
        (N, INF),
    ],
    [
        (INF, -INF),
        (U, U),
        (U, U),
        (U, U),
        (U, U),
        (INF, INF),
        (N, N),
    ],
    [
        (INF, -INF),
        (U, U),
        (0., -0.),
        (0., 0.),
        (U, U),
        (INF, INF),
        (N, N),
    ],
    [
        (INF, -INF),
        (U, U),
        (0., -0.),
        (0., 0.),
        (U, U),
        (INF, INF),
        (N, N),
    ],
    [
        (INF, -INF),
        (U, U),
        (U, U),
        (U, U),
        (U, U),
        (INF, INF),
        (N, N),
    ],
    [
        (INF, -INF),
        (INF, -0.),
        (INF, -0.),
        (INF, 0.),
        (INF, 0.),
        (INF, INF),
        (INF, N),
    ],
    [
        (INF, -INF),
        (N, N),
        (N, N),
        (N, N),
        (N, N),
        (INF, INF),
        (N, N),
    ],
];

pub const TANH: Table = [
    [
        (-1., 0.),
        (U, U),
        (-1., -0.),
        (-1., 0.),
        (U, U),
        (-1., 0.),
        (-1., 0.),
    ],
    [(N, N), (U, U), (U, U), (U, U), (U, U), (N, N), (N, N)],
    [
        (N, N),
        (U, U),
        (-0., -0.),
        (-0., 0.),
        (U, U),
        (N, N),
        (N, N),
    ],
    [(N, N), (U, U), (0., -0.), (0., 0.), (U, U), (N, N), (N, N)],
    [(N, N), (U, U), (U, U), (U, U), (U, U), (N, N), (N, N)],
    [
        (1., 0.),
        (U, U),
        (1., -0.),
        (1., 0.),
        (U, U),
        (1., 0.),
        (1., 0.),
    ],
    [(N, N), (N, N), (N, -0.), (N, 0.), (N, N), (N, N), (N, N)],
];

pub const RECT: Table = [
    [
        (INF, N),
        (U, U),
        (-INF, 0.),
        (-INF, -0.),
        (U, U),
        (INF, N),
        (INF, N),
    ],
    [(N, N), (U, U), (U, U), (U, U), (U, U), (N, N), (N, N)],
    [
        (0., 0.),
        (U, U),
        (-0., 0.),
        (-0., -0.),
        (U, U),
        (0., 0.),
        (0., 0.),
    ],
    [
        (0., 0.),
        (U, U),
        (0., -0.),
        (0., 0.),
        (U, U),
        (0., 0.),
        (0., 0.),
    ],
    [(N, N), (U, U), (U, U), (U, U), (U, U), (N, N), (N, N)],
    [
        (INF, N),
        (U, U),
        (INF, -0.),
        (INF, 0.),
        (U, U),
        (INF, N),
        (INF, N),
    ],
    [(N, N), (N, N), (N, 0.), (N, 0.), (N, N), (N, N), (N, N)],
];
