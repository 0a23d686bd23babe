//! `repr(float)` against CPython for thousands of doubles.

#[path = "format/support.rs"]
mod support;

use minipy::format::float_repr;
use support::*;

#[test]
fn float_repr_matches_cpython() {
    let mut report = Report::new("float_repr");
    for case in cases(include_str!("format/data/float_repr.tsv")) {
        report.check(&case, ok1(float_repr(case.float(0))));
    }
    report.finish();
}
