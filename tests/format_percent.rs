//! `template % args` against CPython, driven through `format_percent`.

#[path = "format/support.rs"]
mod support;

use minipy::format::{
    ArgsShape, DEFAULT_MAX_STR_DIGITS, ErrorKind, IntRef, PercentArg, PercentArgSource, PyErrorMsg,
    float_repr, format_percent, int_to_decimal, parse_percent_template,
};
use minipy::text::{ascii_repr, str_repr};
use num_bigint::BigInt;
use support::*;

/// The argument values the tables use.
#[derive(Debug, Clone)]
enum Value {
    Int(BigInt),
    Bool(bool),
    Float(f64),
    Str(String),
    None,
    Other,
}

fn decode_value(field: &str) -> Value {
    let (tag, body) = field.split_at(2);
    match tag {
        "i:" => Value::Int(body.parse().expect("int")),
        "b:" => Value::Bool(body == "1"),
        "f:" => Value::Float(f64_from_hex(body)),
        "s:" => Value::Str(body.to_string()),
        "n:" => Value::None,
        "o:" => Value::Other,
        _ => panic!("bad value {field:?}"),
    }
}

struct Args {
    shape: ArgsShape,
    whole: Value,
    items: Vec<Value>,
    mapping: Vec<(String, Value)>,
    scratch: String,
}

impl Args {
    fn from_case(case: &Case) -> Args {
        let fields: Vec<&str> = case.inputs[2..]
            .iter()
            .map(|f| f.as_deref().unwrap_or(""))
            .collect();
        match case.text(1) {
            "T" => {
                let items: Vec<Value> = fields.iter().map(|f| decode_value(f)).collect();
                Args {
                    shape: ArgsShape::Tuple(items.len()),
                    whole: Value::None,
                    items,
                    mapping: Vec::new(),
                    scratch: String::new(),
                }
            }
            "M" => {
                let mapping: Vec<(String, Value)> = fields
                    .chunks(2)
                    .map(|kv| (kv[0].to_string(), decode_value(kv[1])))
                    .collect();
                // The mapping formatted whole, as `str(dict)` would show it.
                let shown: Vec<String> = mapping
                    .iter()
                    .map(|(k, v)| format!("{}: {}", str_repr(k), to_repr(v).unwrap_or_default()))
                    .collect();
                Args {
                    shape: ArgsShape::Mapping,
                    whole: Value::Str(format!("{{{}}}", shown.join(", "))),
                    items: Vec::new(),
                    mapping,
                    scratch: String::new(),
                }
            }
            _ => Args {
                shape: ArgsShape::Single,
                whole: decode_value(fields[0]),
                items: Vec::new(),
                mapping: Vec::new(),
                scratch: String::new(),
            },
        }
    }
}

/// `str()` of a test value.
fn to_str(v: &Value) -> Result<String, PyErrorMsg> {
    Ok(match v {
        Value::Int(b) => int_to_decimal(IntRef::Big(b), DEFAULT_MAX_STR_DIGITS)?,
        Value::Bool(b) => if *b { "True" } else { "False" }.to_string(),
        Value::Float(x) => float_repr(*x),
        Value::Str(s) => s.clone(),
        Value::None => "None".to_string(),
        Value::Other => "<other>".to_string(),
    })
}

/// `repr()` of a test value.
fn to_repr(v: &Value) -> Result<String, PyErrorMsg> {
    match v {
        Value::Str(s) => Ok(str_repr(s)),
        _ => to_str(v),
    }
}

impl PercentArgSource for Args {
    type Value = Value;
    type Error = PyErrorMsg;

    fn shape(&self) -> ArgsShape {
        self.shape
    }

    fn whole(&mut self) -> Value {
        self.whole.clone()
    }

    fn item(&mut self, index: usize) -> Result<Value, PyErrorMsg> {
        Ok(self.items[index].clone())
    }

    fn lookup(&mut self, key: &str) -> Result<Value, PyErrorMsg> {
        self.mapping
            .iter()
            .find(|(k, _)| k == key)
            .map(|(_, v)| v.clone())
            .ok_or_else(|| PyErrorMsg::new(ErrorKind::KeyError, str_repr(key)))
    }

    fn present<'s>(
        &'s mut self,
        value: &'s Value,
        conversion: char,
    ) -> Result<PercentArg<'s>, PyErrorMsg> {
        Ok(match conversion {
            's' | 'r' | 'a' => {
                self.scratch = match (value, conversion) {
                    (Value::Str(s), 'r') => str_repr(s),
                    (Value::Str(s), 'a') => ascii_repr(s),
                    _ => to_str(value)?,
                };
                PercentArg::Str(&self.scratch)
            }
            _ => match value {
                Value::Int(b) => PercentArg::Int(IntRef::Big(b)),
                Value::Bool(b) => PercentArg::Int(IntRef::Small(i64::from(*b))),
                Value::Float(x) => PercentArg::Float(*x),
                Value::Str(s) => PercentArg::Str(s),
                Value::None => PercentArg::Other("NoneType"),
                Value::Other => PercentArg::Other("Other"),
            },
        })
    }
}

#[test]
fn percent_formatting_matches_cpython() {
    let mut report = Report::new("percent");
    for case in cases(include_str!("format/data/percent.tsv")) {
        let template = parse_percent_template(case.text(0));
        let mut args = Args::from_case(&case);
        let got = format_percent(&template, &mut args, DEFAULT_MAX_STR_DIGITS);
        report.check(&case, outcome(got, ok1));
    }
    report.finish();
}
