//! Every public function must return (a value or an error) rather than
//! panic, whatever it is given. These tests feed deterministic random
//! inputs built from characters that matter to the parsers.

use minipy::format::{
    self, ArgsShape, DEFAULT_MAX_STR_DIGITS, IntRef, PercentArg, PercentArgSource, PyErrorMsg,
};
use minipy::text;
use num_bigint::BigInt;

/// xorshift64*: small, deterministic, good enough to explore inputs.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_f491_4f6c_dd1d)
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }

    fn pick<T: Copy>(&mut self, items: &[T]) -> T {
        items[self.below(items.len())]
    }

    fn text(&mut self, alphabet: &[char], max_len: usize) -> String {
        let n = self.below(max_len + 1);
        (0..n).map(|_| self.pick(alphabet)).collect()
    }

    fn int(&mut self) -> i64 {
        match self.below(4) {
            0 => self.next() as i64,
            1 => self.below(40) as i64 - 20,
            2 => self.pick(&[i64::MIN, i64::MAX, 0, -1, 1 << 40, -(1 << 40)]),
            _ => self.below(2000) as i64 - 1000,
        }
    }

    fn float(&mut self) -> f64 {
        match self.below(3) {
            0 => f64::from_bits(self.next()),
            1 => self.pick(&[
                0.0,
                -0.0,
                f64::INFINITY,
                f64::NEG_INFINITY,
                f64::NAN,
                5e-324,
                f64::MAX,
            ]),
            _ => (self.next() % 100_000) as f64 / 7.0 - 5000.0,
        }
    }
}

const SPEC_CHARS: &[char] = &[
    '<', '>', '^', '=', '+', '-', ' ', 'z', '#', '0', '1', '9', ',', '_', '.', 'e', 'f', 'g', 'x',
    'X', 'b', 'o', 'c', 'd', 'n', '%', 's', 'é', '\u{663}', '*',
];
const NUMBER_CHARS: &[char] = &[
    '0', '1', '7', '9', 'a', 'f', 'x', 'o', 'b', 'e', 'E', '.', '_', '+', '-', ' ', '\t', 'i', 'n',
    '\u{663}', '\u{3000}', '\u{1c}', '\0', 'é',
];
const TEXT_CHARS: &[char] = &[
    'a', 'B', ' ', '\t', '\n', '\r', 'ß', 'Σ', 'ǅ', 'İ', 'ﬁ', '\u{345}', '\u{301}', '\u{85}',
    '\u{2028}', '😀', '٣', '%', '(', ')', '*', '.', '5', '\'', '"', '\\',
];

#[test]
fn format_spec_functions_never_panic() {
    let mut rng = Rng(0x9e37_79b9_7f4a_7c15);
    let big = BigInt::from(7).pow(400u32);
    for _ in 0..30_000 {
        let spec_text = rng.text(SPEC_CHARS, 12);
        for type_name in ["int", "float", "str"] {
            if let Ok(spec) = format::parse_format_spec(&spec_text, type_name) {
                if spec.width.is_some_and(|w| w > 1000) || spec.precision.is_some_and(|p| p > 1000)
                {
                    continue;
                }
                let _ = format::format_float(rng.float(), &spec);
                let _ = format::format_int(rng.int(), &spec, DEFAULT_MAX_STR_DIGITS);
                let _ = format::format_int(&big, &spec, DEFAULT_MAX_STR_DIGITS);
                let _ = format::format_str(&rng.text(TEXT_CHARS, 6), &spec);
            }
        }
    }
}

#[test]
fn parsers_and_arithmetic_never_panic() {
    let mut rng = Rng(12345);
    for _ in 0..30_000 {
        let s = rng.text(NUMBER_CHARS, 14);
        let base = rng.pick(&[0, 1, 2, 8, 10, 16, 36, 37, 7]);
        let _ = format::parse_int(&s, base, DEFAULT_MAX_STR_DIGITS);
        let _ = format::parse_float(&s);
        let (x, y) = (rng.float(), rng.float());
        let _ = format::float_floordiv(x, y);
        let _ = format::float_mod(x, y);
        let _ = format::float_divmod(x, y);
        let _ = format::float_pow(x, y);
        let _ = format::round_to_int(x);
        let _ = format::round_float(x, rng.int());
        let _ = format::float_to_int(x);
        let _ = format::hash_float(x);
        let _ = format::float_repr(x);
        let (a, b) = (rng.int(), rng.int());
        let _ = format::int_true_divide(IntRef::Small(a), IntRef::Small(b));
        let _ = format::int_pow_negative(IntRef::Small(a), IntRef::Small(b));
        let _ = format::hash_int(IntRef::Small(a));
    }
}

/// A source whose arguments are random ints, floats and strings.
struct RandomArgs {
    rng: Rng,
    shape: ArgsShape,
    text: String,
}

impl PercentArgSource for RandomArgs {
    type Value = u8;
    type Error = PyErrorMsg;

    fn shape(&self) -> ArgsShape {
        self.shape
    }
    fn whole(&mut self) -> u8 {
        0
    }
    fn item(&mut self, index: usize) -> Result<u8, PyErrorMsg> {
        Ok((index % 4) as u8)
    }
    fn lookup(&mut self, key: &str) -> Result<u8, PyErrorMsg> {
        if key.len().is_multiple_of(2) {
            Ok(key.len() as u8 % 4)
        } else {
            Err(PyErrorMsg::new(format::ErrorKind::KeyError, key))
        }
    }
    fn present<'s>(
        &'s mut self,
        value: &'s u8,
        conversion: char,
    ) -> Result<PercentArg<'s>, PyErrorMsg> {
        self.text = self.rng.text(TEXT_CHARS, 5);
        Ok(match (value, conversion) {
            (_, 's' | 'r' | 'a') | (3, _) => PercentArg::Str(&self.text),
            (0, _) => PercentArg::Int(IntRef::Small(self.rng.int() % 100_000)),
            (1, _) => PercentArg::Float(self.rng.float()),
            _ => PercentArg::Other("list"),
        })
    }
}

#[test]
fn percent_formatting_never_panics() {
    let mut rng = Rng(777);
    for _ in 0..30_000 {
        let template = rng.text(SPEC_CHARS, 6) + &rng.text(TEXT_CHARS, 6);
        let parsed = format::parse_percent_template(&template);
        let shape = rng.pick(&[
            ArgsShape::Tuple(0),
            ArgsShape::Tuple(3),
            ArgsShape::Mapping,
            ArgsShape::Single,
        ]);
        let mut args = RandomArgs {
            rng: Rng(rng.next() | 1),
            shape,
            text: String::new(),
        };
        let _ = format::format_percent(&parsed, &mut args, DEFAULT_MAX_STR_DIGITS);
    }
}

#[test]
fn str_methods_never_panic() {
    let mut rng = Rng(4242);
    for _ in 0..20_000 {
        let s = rng.text(TEXT_CHARS, 10);
        let sub = rng.text(TEXT_CHARS, 2);
        let (start, end) = (Some(rng.int() % 20), Some(rng.int() % 20));
        let _ = text::find(&s, &sub, start, end);
        let _ = text::rfind(&s, &sub, start, end);
        let _ = text::index(&s, &sub, start, end);
        let _ = text::rindex(&s, &sub, start, end);
        let _ = text::count(&s, &sub, start, end);
        let _ = text::startswith(&s, &sub, start, end);
        let _ = text::endswith(&s, &sub, start, end);
        let _ = text::split(&s, Some(&sub), rng.int());
        let _ = text::rsplit(&s, None, rng.int());
        let _ = text::splitlines(&s, rng.below(2) == 0);
        let _ = text::replace(&s, &sub, "xy", rng.int() % 5);
        let _ = text::partition(&s, &sub);
        let _ = text::rpartition(&s, &sub);
        let _ = text::strip(&s, Some(&sub));
        let width = rng.int() % 40;
        let _ = text::center(&s, width, 'é');
        let _ = text::zfill(&s, width);
        let _ = text::expandtabs(&s, rng.int());
        let _ = (
            text::upper(&s),
            text::lower(&s),
            text::title(&s),
            text::swapcase(&s),
        );
        let _ = (
            text::casefold(&s),
            text::capitalize(&s),
            text::str_repr(&s),
            text::ascii_repr(&s),
        );
        let _ = (text::istitle(&s), text::isidentifier(&s), text::isalnum(&s));
    }
}
