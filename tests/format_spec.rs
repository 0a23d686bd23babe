//! `format(value, spec)` for floats, ints and strs against CPython.

#[path = "format/support.rs"]
mod support;

use minipy::format::{
    DEFAULT_MAX_STR_DIGITS, format_float, format_int, format_str, parse_format_spec,
};
use support::*;

#[test]
fn format_float_matches_cpython() {
    let mut report = Report::new("format_float");
    for case in cases(include_str!("format/data/format_float.tsv")) {
        let got = parse_format_spec(case.text(1), "float")
            .and_then(|spec| format_float(case.float(0), &spec));
        report.check(&case, outcome(got, ok1));
    }
    report.finish();
}

#[test]
fn format_int_matches_cpython() {
    let mut report = Report::new("format_int");
    for case in cases(include_str!("format/data/format_int.tsv")) {
        let n = case.bigint(0);
        let got = parse_format_spec(case.text(1), "int")
            .and_then(|spec| format_int(&n, &spec, DEFAULT_MAX_STR_DIGITS));
        report.check(&case, outcome(got, ok1));
        // Small values take the i64 path; it must agree.
        if let Ok(small) = case.text(0).parse::<i64>() {
            let got = parse_format_spec(case.text(1), "int")
                .and_then(|spec| format_int(small, &spec, DEFAULT_MAX_STR_DIGITS));
            report.check(&case, outcome(got, ok1));
        }
    }
    report.finish();
}

#[test]
fn format_str_matches_cpython() {
    let mut report = Report::new("format_str");
    for case in cases(include_str!("format/data/format_str.tsv")) {
        let got =
            parse_format_spec(case.text(1), "str").and_then(|spec| format_str(case.text(0), &spec));
        report.check(&case, outcome(got, ok1));
    }
    report.finish();
}
