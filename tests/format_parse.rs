//! `int(s, base)` and `float(s)` against CPython.

#[path = "format/support.rs"]
mod support;

use minipy::format::{DEFAULT_MAX_STR_DIGITS, PyInt, parse_float, parse_int};
use support::*;

fn int_text(v: &PyInt) -> String {
    v.to_bigint().to_string()
}

#[test]
fn int_parse_matches_cpython() {
    let mut report = Report::new("int_parse");
    for case in cases(include_str!("format/data/int_parse.tsv")) {
        let base = u32::try_from(case.int(1)).expect("base");
        let got = parse_int(case.text(0), base, DEFAULT_MAX_STR_DIGITS);
        report.check(&case, outcome(got, |v| ok1(int_text(&v))));
    }
    report.finish();
}

#[test]
fn float_parse_matches_cpython() {
    let mut report = Report::new("float_parse");
    for case in cases(include_str!("format/data/float_parse.tsv")) {
        let got = parse_float(case.text(0));
        report.check_with(&case, outcome(got, |x| ok1(f64_to_hex(x))), floats_equal);
    }
    report.finish();
}
