//! The `str` methods and reprs in `minipy::text` against CPython.

#[path = "format/support.rs"]
mod support;

use minipy::format::PyResult;
use minipy::text::{self, predicates as p};
use support::*;

fn strings(v: Vec<&str>) -> Outcome {
    ok(v)
}

fn boolean(b: bool) -> Outcome {
    ok1(if b { "True" } else { "False" })
}

fn fill_char(s: &str) -> char {
    s.chars().next().expect("one fill character")
}

fn bytes_from_hex(s: &str) -> Vec<u8> {
    (0..s.len())
        .step_by(2)
        .map(|i| u8::from_str_radix(&s[i..i + 2], 16).expect("hex byte"))
        .collect()
}

fn predicate(name: &str) -> fn(&str) -> bool {
    match name {
        "isalpha" => p::isalpha,
        "isdecimal" => p::isdecimal,
        "isdigit" => p::isdigit,
        "isnumeric" => p::isnumeric,
        "isalnum" => p::isalnum,
        "isspace" => p::isspace,
        "isupper" => p::isupper,
        "islower" => p::islower,
        "istitle" => p::istitle,
        "isidentifier" => p::isidentifier,
        "isprintable" => p::isprintable,
        "isascii" => p::isascii,
        other => panic!("unknown predicate {other}"),
    }
}

const CHAR_CLASSES: [&str; 11] = [
    "isalpha",
    "isdecimal",
    "isdigit",
    "isnumeric",
    "isalnum",
    "isspace",
    "isupper",
    "islower",
    "istitle",
    "isidentifier",
    "isprintable",
];

fn run(case: &Case) -> Outcome {
    let s = case.text(1);
    let triple = |r: PyResult<(&str, &str, &str)>| outcome(r, |(a, b, c)| ok([a, b, c]));
    match case.text(0) {
        "upper" => ok1(text::upper(s)),
        "lower" => ok1(text::lower(s)),
        "casefold" => ok1(text::casefold(s)),
        "swapcase" => ok1(text::swapcase(s)),
        "title" => ok1(text::title(s)),
        "capitalize" => ok1(text::capitalize(s)),
        "repr" => ok1(text::str_repr(s)),
        "ascii" => ok1(text::ascii_repr(s)),
        "bytes_repr" => ok1(text::bytes_repr(&bytes_from_hex(s))),
        "bytearray_repr" => ok1(text::bytearray_repr(&bytes_from_hex(s))),
        "charclass" => ok1(CHAR_CLASSES
            .iter()
            .map(|name| if predicate(name)(s) { '1' } else { '0' })
            .collect::<String>()),
        "splitlines" => strings(text::splitlines(s, case.text(2) == "True")),
        "split" => outcome(text::split(s, case.opt(2), case.int(3)), strings),
        "rsplit" => outcome(text::rsplit(s, case.opt(2), case.int(3)), strings),
        "strip" => ok1(text::strip(s, case.opt(2))),
        "lstrip" => ok1(text::lstrip(s, case.opt(2))),
        "rstrip" => ok1(text::rstrip(s, case.opt(2))),
        "find" => ok1(text::find(s, case.text(2), case.opt_int(3), case.opt_int(4)).to_string()),
        "rfind" => ok1(text::rfind(s, case.text(2), case.opt_int(3), case.opt_int(4)).to_string()),
        "index" => outcome(
            text::index(s, case.text(2), case.opt_int(3), case.opt_int(4)),
            |i| ok1(i.to_string()),
        ),
        "rindex" => outcome(
            text::rindex(s, case.text(2), case.opt_int(3), case.opt_int(4)),
            |i| ok1(i.to_string()),
        ),
        "count" => ok1(text::count(s, case.text(2), case.opt_int(3), case.opt_int(4)).to_string()),
        "startswith" => boolean(text::startswith(
            s,
            case.text(2),
            case.opt_int(3),
            case.opt_int(4),
        )),
        "endswith" => boolean(text::endswith(
            s,
            case.text(2),
            case.opt_int(3),
            case.opt_int(4),
        )),
        "replace" => outcome(
            text::replace(s, case.text(2), case.text(3), case.int(4)),
            ok1,
        ),
        "partition" => triple(text::partition(s, case.text(2))),
        "rpartition" => triple(text::rpartition(s, case.text(2))),
        "removeprefix" => ok1(text::removeprefix(s, case.text(2))),
        "removesuffix" => ok1(text::removesuffix(s, case.text(2))),
        "center" => outcome(text::center(s, case.int(2), fill_char(case.text(3))), ok1),
        "ljust" => outcome(text::ljust(s, case.int(2), fill_char(case.text(3))), ok1),
        "rjust" => outcome(text::rjust(s, case.int(2), fill_char(case.text(3))), ok1),
        "zfill" => outcome(text::zfill(s, case.int(2)), ok1),
        "expandtabs" => outcome(text::expandtabs(s, case.int(2)), ok1),
        name if name.starts_with("is") => boolean(predicate(name)(s)),
        other => panic!("unknown method {other}"),
    }
}

#[test]
fn str_methods_match_cpython() {
    let mut report = Report::new("text");
    for case in cases(include_str!("format/data/text.tsv")) {
        let got = run(&case);
        report.check(&case, got);
    }
    report.finish();
}
