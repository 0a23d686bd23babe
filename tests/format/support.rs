//! Reading the expected-value tables written by `gen_cases.py`.
#![allow(dead_code)]

use minipy::format::{IntRef, PyErrorMsg};
use num_bigint::BigInt;

/// One table row: its line number, input fields and expected outcome.
pub struct Case {
    pub line: usize,
    pub inputs: Vec<Option<String>>,
    pub expected: Outcome,
}

#[derive(Debug, Clone, PartialEq)]
pub enum Outcome {
    Ok(Vec<Option<String>>),
    Err { kind: String, msg: String },
}

impl Case {
    /// Input `i`, which must not be None.
    pub fn text(&self, i: usize) -> &str {
        self.inputs[i].as_deref().expect("field is None")
    }

    pub fn opt(&self, i: usize) -> Option<&str> {
        self.inputs[i].as_deref()
    }

    pub fn int(&self, i: usize) -> i64 {
        self.text(i).parse().expect("integer field")
    }

    pub fn opt_int(&self, i: usize) -> Option<i64> {
        self.opt(i).map(|s| s.parse().expect("integer field"))
    }

    pub fn bigint(&self, i: usize) -> BigInt {
        self.text(i).parse().expect("integer field")
    }

    pub fn float(&self, i: usize) -> f64 {
        f64_from_hex(self.text(i))
    }
}

pub fn f64_from_hex(s: &str) -> f64 {
    f64::from_bits(u64::from_str_radix(s, 16).expect("hex float bits"))
}

pub fn f64_to_hex(x: f64) -> String {
    format!("{:016x}", x.to_bits())
}

/// Same float, treating every NaN as equal.
pub fn same_float(a: f64, b: f64) -> bool {
    (a.is_nan() && b.is_nan()) || a.to_bits() == b.to_bits()
}

pub fn unescape(field: &str) -> Option<String> {
    if field == "\\N" {
        return None;
    }
    let mut out = String::with_capacity(field.len());
    let mut chars = field.chars();
    while let Some(c) = chars.next() {
        if c != '\\' {
            out.push(c);
            continue;
        }
        match chars.next() {
            Some('\\') => out.push('\\'),
            Some('t') => out.push('\t'),
            Some('n') => out.push('\n'),
            Some('r') => out.push('\r'),
            Some('u') => {
                assert_eq!(chars.next(), Some('{'));
                let hex: String = chars.by_ref().take_while(|&c| c != '}').collect();
                let cp = u32::from_str_radix(&hex, 16).expect("escape");
                out.push(char::from_u32(cp).expect("valid char"));
            }
            other => panic!("bad escape {other:?} in {field:?}"),
        }
    }
    Some(out)
}

pub fn cases(data: &str) -> Vec<Case> {
    data.lines()
        .enumerate()
        .map(|(n, line)| {
            let fields: Vec<&str> = line.split('\t').collect();
            let pos = fields
                .iter()
                .position(|f| *f == "ok" || *f == "err")
                .expect("outcome marker");
            let inputs = fields[..pos].iter().map(|f| unescape(f)).collect();
            let rest = &fields[pos + 1..];
            let expected = if fields[pos] == "ok" {
                Outcome::Ok(rest.iter().map(|f| unescape(f)).collect())
            } else {
                Outcome::Err {
                    kind: rest[0].to_string(),
                    msg: unescape(rest[1]).unwrap_or_default(),
                }
            };
            Case {
                line: n + 1,
                inputs,
                expected,
            }
        })
        .collect()
}

pub fn err_outcome(e: &PyErrorMsg) -> Outcome {
    Outcome::Err {
        kind: e.kind.name().to_string(),
        msg: e.msg.clone(),
    }
}

/// An ok outcome with the given text fields.
pub fn ok<I, S>(fields: I) -> Outcome
where
    I: IntoIterator<Item = S>,
    S: Into<String>,
{
    Outcome::Ok(fields.into_iter().map(|s| Some(s.into())).collect())
}

pub fn ok1(field: impl Into<String>) -> Outcome {
    Outcome::Ok(vec![Some(field.into())])
}

pub fn outcome<T>(r: Result<T, PyErrorMsg>, f: impl FnOnce(T) -> Outcome) -> Outcome {
    match r {
        Ok(v) => f(v),
        Err(e) => err_outcome(&e),
    }
}

pub fn int_ref(b: &BigInt) -> IntRef<'_> {
    IntRef::Big(b)
}

fn is_float_bits(s: &str) -> bool {
    s.len() == 16 && s.bytes().all(|b| b.is_ascii_hexdigit())
}

/// Outcomes equal, with float fields compared by value (any NaN matches).
pub fn floats_equal(a: &Outcome, b: &Outcome) -> bool {
    match (a, b) {
        (Outcome::Ok(x), Outcome::Ok(y)) => {
            x.len() == y.len()
                && x.iter().zip(y).all(|(p, q)| match (p, q) {
                    (Some(p), Some(q)) if is_float_bits(p) && is_float_bits(q) => {
                        same_float(f64_from_hex(p), f64_from_hex(q))
                    }
                    _ => p == q,
                })
        }
        _ => a == b,
    }
}

/// Collects mismatches and fails with the first few.
pub struct Report {
    name: &'static str,
    checked: usize,
    failures: Vec<String>,
}

impl Report {
    pub fn new(name: &'static str) -> Self {
        Report {
            name,
            checked: 0,
            failures: Vec::new(),
        }
    }

    pub fn check(&mut self, case: &Case, got: Outcome) {
        self.check_with(case, got, |a, b| a == b);
    }

    pub fn check_with(
        &mut self,
        case: &Case,
        got: Outcome,
        eq: impl Fn(&Outcome, &Outcome) -> bool,
    ) {
        self.checked += 1;
        if !eq(&got, &case.expected) {
            self.failures.push(format!(
                "line {}: inputs {:?}\n    expected {:?}\n    got      {:?}",
                case.line, case.inputs, case.expected, got
            ));
        }
    }

    pub fn finish(self) {
        println!("{}: {} cases checked", self.name, self.checked);
        if !self.failures.is_empty() {
            let shown: Vec<&String> = self.failures.iter().take(25).collect();
            panic!(
                "{}: {} of {} cases differ from CPython:\n{}",
                self.name,
                self.failures.len(),
                self.checked,
                shown
                    .iter()
                    .map(|s| s.as_str())
                    .collect::<Vec<_>>()
                    .join("\n")
            );
        }
    }
}
