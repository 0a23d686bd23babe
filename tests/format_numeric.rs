//! Int/float conversions and float arithmetic against CPython.

#[path = "format/support.rs"]
mod support;

use minipy::format::float_ops::float_div;
use minipy::format::{
    IntRef, float_divmod, float_floordiv, float_is_integer, float_mod, float_pow, float_to_int,
    hash_float, hash_int, int_pow_negative, int_to_float, int_true_divide, round_float,
    round_to_int,
};
use support::*;

fn hex(x: f64) -> Outcome {
    ok1(f64_to_hex(x))
}

#[test]
fn int_to_float_matches_cpython() {
    let mut report = Report::new("int_float");
    for case in cases(include_str!("format/data/int_float.tsv")) {
        let a = case.bigint(1);
        let got = match case.text(0) {
            "float" => outcome(int_to_float(IntRef::Big(&a)), hex),
            _ => {
                let b = case.bigint(2);
                let got = outcome(int_true_divide(IntRef::Big(&a), IntRef::Big(&b)), hex);
                // The small-int fast path must agree where it applies.
                if let (Ok(x), Ok(y)) = (i64::try_from(&a), i64::try_from(&b)) {
                    let small = outcome(int_true_divide(IntRef::Small(x), IntRef::Small(y)), hex);
                    report.check_with(&case, small, floats_equal);
                }
                got
            }
        };
        report.check_with(&case, got, floats_equal);
    }
    report.finish();
}

#[test]
fn float_ops_match_cpython() {
    let mut report = Report::new("float_ops");
    for case in cases(include_str!("format/data/float_ops.tsv")) {
        let op = case.text(0);
        let got = match op {
            "floordiv" => outcome(float_floordiv(case.float(1), case.float(2)), hex),
            "mod" => outcome(float_mod(case.float(1), case.float(2)), hex),
            "truediv" => outcome(float_div(case.float(1), case.float(2)), hex),
            "pow" => outcome(float_pow(case.float(1), case.float(2)), hex),
            "divmod" => outcome(float_divmod(case.float(1), case.float(2)), |(q, r)| {
                ok([f64_to_hex(q), f64_to_hex(r)])
            }),
            "round" => outcome(round_to_int(case.float(1)), |v| {
                ok1(v.to_bigint().to_string())
            }),
            "int" => outcome(float_to_int(case.float(1)), |v| {
                ok1(v.to_bigint().to_string())
            }),
            "is_integer" => ok1(if float_is_integer(case.float(1)) {
                "True"
            } else {
                "False"
            }),
            "hash" => ok1(hash_float(case.float(1)).expect("not NaN").to_string()),
            "round_nd" => outcome(round_float(case.float(1), case.int(2)), hex),
            "intpow" => {
                let (a, b) = (case.bigint(1), case.bigint(2));
                outcome(int_pow_negative(IntRef::Big(&a), IntRef::Big(&b)), hex)
            }
            "inthash" => {
                let n = case.bigint(1);
                let big = hash_int(IntRef::Big(&n));
                if let Ok(small) = i64::try_from(&n) {
                    report.check(&case, ok1(hash_int(IntRef::Small(small)).to_string()));
                }
                ok1(big.to_string())
            }
            other => panic!("unknown op {other}"),
        };
        report.check_with(&case, got, floats_equal);
    }
    report.finish();
}
