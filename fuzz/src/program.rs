//! Structured programs for the `builtins` target: a list of steps, each calling a
//! builtin function, a method of a builtin type, an operator, a subscript or a format
//! with values chosen by the fuzzer (ints of every size, floats with nan, inf and -0.0,
//! strings with odd code points and lone surrogates, bytes, containers, earlier
//! results). Each step runs inside its own `try`, so one exception does not end the
//! program, and its result is printed (repr, str and format paths).

use std::fmt::Write;

use arbitrary::Arbitrary;

/// Variables `v0..` that steps store into and read back (aliasing, self-containing
/// containers, mutation between steps).
const VARS: usize = 6;
/// Most steps rendered, elements rendered per container, and nesting of values.
const MAX_STEPS: usize = 24;
const MAX_ITEMS: usize = 8;
const MAX_DEPTH: usize = 3;
/// Longest arbitrary string or bytes literal, in characters.
const MAX_TEXT: usize = 40;

/// Builtin functions and classmethods the steps call.
const FUNCTIONS: &[&str] = &[
    "abs",
    "all",
    "any",
    "ascii",
    "bin",
    "bool",
    "bytearray",
    "bytes",
    "callable",
    "chr",
    "complex",
    "dict",
    "divmod",
    "enumerate",
    "float",
    "format",
    "frozenset",
    "hash",
    "hex",
    "int",
    "isinstance",
    "iter",
    "len",
    "list",
    "max",
    "min",
    "next",
    "oct",
    "ord",
    "pow",
    "range",
    "repr",
    "reversed",
    "round",
    "set",
    "slice",
    "sorted",
    "str",
    "sum",
    "tuple",
    "type",
    "zip",
    "map",
    "filter",
    "getattr",
    "hasattr",
    "eval",
    "exec",
    "compile",
    "int.from_bytes",
    "float.fromhex",
    "bytes.fromhex",
    "bytearray.fromhex",
    "dict.fromkeys",
    "str.maketrans",
    "bytes.maketrans",
    "divmod",
    "hash",
    "sorted",
];

/// Keyword argument names the builtins and methods accept (some of them, somewhere).
const KEYWORDS: &[&str] = &[
    "key",
    "reverse",
    "sep",
    "maxsplit",
    "byteorder",
    "signed",
    "base",
    "start",
    "default",
    "encoding",
    "errors",
    "keepends",
    "tabsize",
    "ndigits",
    "length",
    "strict",
    "mode",
    "x",
    "fillchar",
    "width",
];

const INT_METHODS: &[&str] = &[
    "__add__",
    "__ceil__",
    "__divmod__",
    "__floor__",
    "__floordiv__",
    "__format__",
    "__index__",
    "__lshift__",
    "__mod__",
    "__pow__",
    "__round__",
    "__rpow__",
    "__truediv__",
    "__trunc__",
    "as_integer_ratio",
    "bit_count",
    "bit_length",
    "conjugate",
    "to_bytes",
    "__rshift__",
    "__and__",
    "__xor__",
    "__neg__",
    "__invert__",
    "__abs__",
];
const FLOAT_METHODS: &[&str] = &[
    "__add__",
    "__ceil__",
    "__divmod__",
    "__floor__",
    "__floordiv__",
    "__format__",
    "__mod__",
    "__pow__",
    "__round__",
    "__rpow__",
    "__truediv__",
    "__trunc__",
    "as_integer_ratio",
    "conjugate",
    "hex",
    "is_integer",
    "__int__",
    "__abs__",
];
const STR_METHODS: &[&str] = &[
    "__contains__",
    "__format__",
    "__getitem__",
    "__mod__",
    "__mul__",
    "capitalize",
    "casefold",
    "center",
    "count",
    "encode",
    "endswith",
    "expandtabs",
    "find",
    "format",
    "format_map",
    "index",
    "isalnum",
    "isalpha",
    "isascii",
    "isdecimal",
    "isdigit",
    "isidentifier",
    "islower",
    "isnumeric",
    "isprintable",
    "isspace",
    "istitle",
    "isupper",
    "join",
    "ljust",
    "lower",
    "lstrip",
    "partition",
    "removeprefix",
    "removesuffix",
    "replace",
    "rfind",
    "rindex",
    "rjust",
    "rpartition",
    "rsplit",
    "rstrip",
    "split",
    "splitlines",
    "startswith",
    "strip",
    "swapcase",
    "title",
    "translate",
    "upper",
    "zfill",
];
const BYTES_METHODS: &[&str] = &[
    "__contains__",
    "__getitem__",
    "__mod__",
    "__mul__",
    "capitalize",
    "center",
    "count",
    "decode",
    "endswith",
    "expandtabs",
    "find",
    "hex",
    "index",
    "isalnum",
    "isalpha",
    "isascii",
    "isdigit",
    "islower",
    "isspace",
    "istitle",
    "isupper",
    "join",
    "ljust",
    "lower",
    "lstrip",
    "partition",
    "removeprefix",
    "removesuffix",
    "replace",
    "rfind",
    "rindex",
    "rjust",
    "rpartition",
    "rsplit",
    "rstrip",
    "split",
    "splitlines",
    "startswith",
    "strip",
    "swapcase",
    "title",
    "translate",
    "upper",
    "zfill",
];
const BYTEARRAY_METHODS: &[&str] = &[
    "append",
    "clear",
    "copy",
    "extend",
    "insert",
    "pop",
    "remove",
    "reverse",
    "decode",
    "hex",
    "replace",
    "split",
    "join",
    "find",
    "count",
    "__setitem__",
    "__delitem__",
    "__iadd__",
    "__imul__",
    "translate",
    "strip",
    "center",
    "zfill",
];
const LIST_METHODS: &[&str] = &[
    "__contains__",
    "__delitem__",
    "__getitem__",
    "__iadd__",
    "__imul__",
    "__mul__",
    "__setitem__",
    "__reversed__",
    "append",
    "clear",
    "copy",
    "count",
    "extend",
    "index",
    "insert",
    "pop",
    "remove",
    "reverse",
    "sort",
];
const DICT_METHODS: &[&str] = &[
    "__contains__",
    "__delitem__",
    "__getitem__",
    "__setitem__",
    "__reversed__",
    "__or__",
    "__ior__",
    "clear",
    "copy",
    "fromkeys",
    "get",
    "items",
    "keys",
    "pop",
    "popitem",
    "setdefault",
    "update",
    "values",
];
const SET_METHODS: &[&str] = &[
    "__contains__",
    "__or__",
    "__and__",
    "__sub__",
    "__xor__",
    "__ior__",
    "__le__",
    "add",
    "clear",
    "copy",
    "difference",
    "difference_update",
    "discard",
    "intersection",
    "intersection_update",
    "isdisjoint",
    "issubset",
    "issuperset",
    "pop",
    "remove",
    "symmetric_difference",
    "symmetric_difference_update",
    "union",
    "update",
];
const TUPLE_METHODS: &[&str] = &[
    "__add__",
    "__contains__",
    "__getitem__",
    "__mul__",
    "__lt__",
    "count",
    "index",
];
const RANGE_METHODS: &[&str] = &[
    "__contains__",
    "__getitem__",
    "__reversed__",
    "__len__",
    "__eq__",
    "__hash__",
    "count",
    "index",
];
const ANY_METHODS: &[&str] = &[
    "__repr__",
    "__str__",
    "__hash__",
    "__eq__",
    "__lt__",
    "__len__",
    "__iter__",
    "__bool__",
    "__format__",
    "__getitem__",
    "__contains__",
    "__sizeof__",
    "__class__",
    "__reduce_ex__",
    "__ne__",
    "__ge__",
];

/// Characters that stress case mapping, width, digits, line breaks and encodings.
const ODD_CHARS: &[&str] = &[
    "\\x00",
    "\\ud800",
    "\\udfff",
    "\\U0010ffff",
    "\\xdf",
    "\\u0130",
    "\\ufb03",
    "\\u01c5",
    "\\u0345",
    "\\u03a3",
    "\\u0663",
    "\\xb2",
    "\\xbd",
    "\\u2028",
    "\\x85",
    "\\t",
    "\\r\\n",
    "e\\u0301",
    "\\U0001f40d",
    "\\u200b",
    "\\ufeff",
    "%",
    "{",
    "}",
    " ",
    "a",
    "0",
    "-",
    ".",
    "e",
    "_",
    "\\x1f",
    "\\u00e9",
    "\\u1e9e",
    "\\u2167",
    "\\uff11",
    "\\u0149",
    "x",
    "%s",
    "%d",
    "{0}",
    "{}",
    "\\u0300",
    "\\u3000",
    "I",
    "i",
    "\\u0131",
];

/// Callables passed to `map`, `filter`, `sorted(key=...)` and the like.
const CALLABLES: &[&str] = &[
    "len",
    "str",
    "abs",
    "repr",
    "(lambda *a: a)",
    "(lambda x: x)",
    "str.lower",
    "int",
    "hash",
    "(lambda x, y=0: y)",
    "bool",
    "None",
    "list",
    "(lambda x: -x)",
    "tuple",
    "type",
    "float",
    "sorted",
    "(lambda x: x[0])",
];

/// Builtin types, as values.
const TYPES: &[&str] = &[
    "int",
    "float",
    "str",
    "bytes",
    "bytearray",
    "list",
    "dict",
    "set",
    "frozenset",
    "tuple",
    "range",
    "bool",
    "complex",
    "object",
    "type",
    "slice",
    "BaseException",
    "ValueError",
];

const BINARY_OPS: &[&str] = &[
    "+", "-", "*", "/", "//", "%", "**", "<<", ">>", "&", "|", "^", "@", "==", "!=", "<", "<=",
    ">", ">=", "in", "not in", "is", "and", "or",
];
const AUGMENTED_OPS: &[&str] = &[
    "+=", "-=", "*=", "/=", "//=", "%=", "**=", "<<=", ">>=", "&=", "|=", "^=",
];
const UNARY_OPS: &[&str] = &["-", "+", "~", "not "];

/// A whole program. Its `Debug` form is its source, which `cargo fuzz fmt builtins
/// <input>` prints.
#[derive(Arbitrary)]
pub struct Program {
    steps: Vec<Step>,
}

impl std::fmt::Debug for Program {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.source())
    }
}

/// One statement of the program; its value goes to variable `v<index % VARS>`.
#[derive(Arbitrary, Debug)]
enum Step {
    Call {
        function: u8,
        args: Vec<Val>,
        kwargs: Vec<(u8, Val)>,
    },
    Method {
        receiver: Val,
        method: u8,
        args: Vec<Val>,
        kwargs: Vec<(u8, Val)>,
    },
    Binary {
        left: Val,
        op: u8,
        right: Val,
    },
    Unary {
        op: u8,
        operand: Val,
    },
    Subscript {
        receiver: Val,
        index: Index,
    },
    Store {
        receiver: u8,
        index: Index,
        value: Val,
    },
    Delete {
        receiver: u8,
        index: Index,
    },
    Augmented {
        target: u8,
        op: u8,
        value: Val,
    },
    Format {
        value: Val,
        spec: FormatSpec,
    },
    Percent {
        spec: PercentSpec,
        value: Val,
    },
    Iterate {
        value: Val,
    },
}

/// A subscript: one item or a slice.
#[derive(Arbitrary, Debug)]
enum Index {
    Item(Val),
    Slice(Option<Val>, Option<Val>, Option<Val>),
}

/// A value, written as a Python expression.
#[derive(Arbitrary, Debug)]
enum Val {
    None,
    Bool(bool),
    Small(i8),
    Int(i64),
    Wide(i128),
    /// `base << shift`: ints of thousands of digits.
    Huge {
        base: i64,
        shift: u16,
    },
    Float(f64),
    /// nan, inf, -inf, -0.0, the largest and the smallest floats.
    SpecialFloat(u8),
    Str(String),
    Odd(Vec<u8>),
    Bytes(Vec<u8>),
    ByteArray(Vec<u8>),
    List(Vec<Val>),
    Tuple(Vec<Val>),
    Dict(Vec<(Val, Val)>),
    Set(Vec<Val>),
    FrozenSet(Vec<Val>),
    Range(i16, i16, i8),
    /// `value * count`: long strings and sequences.
    Repeat(Box<Val>, u16),
    Var(u8),
    Callable(u8),
    Type(u8),
}

/// A format specification `[[fill]align][sign][z][#][0][width][grouping][.precision][type]`.
#[derive(Arbitrary, Debug)]
struct FormatSpec {
    fill: Option<u8>,
    align: Option<u8>,
    sign: Option<u8>,
    alternate: bool,
    zero: bool,
    width: Option<u8>,
    grouping: Option<bool>,
    precision: Option<u8>,
    kind: Option<u8>,
}

/// A `%` conversion: `%[flags][width][.precision]type`.
#[derive(Arbitrary, Debug)]
struct PercentSpec {
    flags: Vec<u8>,
    width: Option<u8>,
    precision: Option<u8>,
    kind: u8,
}

fn pick<'t>(table: &[&'t str], i: u8) -> &'t str {
    table[usize::from(i) % table.len()]
}

/// A Python string literal for `s`: printable ASCII as is, everything else escaped.
fn str_literal(s: &str) -> String {
    let mut out = String::from("'");
    for c in s.chars().take(MAX_TEXT) {
        match c {
            '\\' => out.push_str("\\\\"),
            '\'' => out.push_str("\\'"),
            ' '..='~' => out.push(c),
            _ => {
                let _ = write!(out, "\\U{:08x}", u32::from(c));
            }
        }
    }
    out.push('\'');
    out
}

fn bytes_literal(b: &[u8]) -> String {
    let mut out = String::from("b'");
    for &byte in b.iter().take(MAX_TEXT) {
        let _ = write!(out, "\\x{byte:02x}");
    }
    out.push('\'');
    out
}

fn float_literal(f: f64) -> String {
    if f.is_nan() {
        "float('nan')".into()
    } else if f.is_infinite() {
        if f > 0.0 {
            "float('inf')"
        } else {
            "float('-inf')"
        }
        .into()
    } else {
        // Rust's shortest round-trip form is also a Python float literal.
        format!("({f:?})")
    }
}

impl Val {
    fn render(&self, out: &mut String, depth: usize) {
        let deeper = depth + 1;
        match self {
            Val::None => out.push_str("None"),
            Val::Bool(b) => out.push_str(if *b { "True" } else { "False" }),
            Val::Small(i) => {
                let _ = write!(out, "({i})");
            }
            Val::Int(i) => {
                let _ = write!(out, "({i})");
            }
            Val::Wide(i) => {
                let _ = write!(out, "({i})");
            }
            Val::Huge { base, shift } => {
                let _ = write!(out, "({base} << {shift})");
            }
            Val::Float(f) => out.push_str(&float_literal(*f)),
            Val::SpecialFloat(k) => out.push_str(pick(
                &[
                    "float('nan')",
                    "float('inf')",
                    "float('-inf')",
                    "-0.0",
                    "1.7976931348623157e308",
                    "5e-324",
                    "2.2250738585072014e-308",
                    "0.1",
                    "1e16",
                    "9007199254740993.0",
                ],
                *k,
            )),
            Val::Str(s) => out.push_str(&str_literal(s)),
            Val::Odd(picks) => {
                out.push('\'');
                for &p in picks.iter().take(MAX_TEXT) {
                    out.push_str(pick(ODD_CHARS, p));
                }
                out.push('\'');
            }
            Val::Bytes(b) => out.push_str(&bytes_literal(b)),
            Val::ByteArray(b) => {
                let _ = write!(out, "bytearray({})", bytes_literal(b));
            }
            Val::List(items) => render_items(out, "[", items, "]", deeper),
            Val::Tuple(items) => {
                if items.len() == 1 {
                    render_items(out, "(", items, ",)", deeper)
                } else {
                    render_items(out, "(", items, ")", deeper)
                }
            }
            Val::Set(items) if items.is_empty() => out.push_str("set()"),
            Val::Set(items) => render_items(out, "{", items, "}", deeper),
            Val::FrozenSet(items) => render_items(out, "frozenset([", items, "])", deeper),
            Val::Dict(pairs) => {
                out.push('{');
                if depth < MAX_DEPTH {
                    for (k, v) in pairs.iter().take(MAX_ITEMS) {
                        k.render(out, deeper);
                        out.push_str(": ");
                        v.render(out, deeper);
                        out.push_str(", ");
                    }
                }
                out.push('}');
            }
            Val::Range(start, stop, step) => {
                let _ = write!(out, "range({start}, {stop}, {step})");
            }
            Val::Repeat(v, n) => {
                out.push('(');
                v.render(out, deeper);
                let _ = write!(out, " * {n})");
            }
            Val::Var(i) => {
                let _ = write!(out, "v{}", usize::from(*i) % VARS);
            }
            Val::Callable(i) => out.push_str(pick(CALLABLES, *i)),
            Val::Type(i) => out.push_str(pick(TYPES, *i)),
        }
    }

    /// The methods worth calling on this value (its type's, when the type is known).
    fn methods(&self) -> &'static [&'static str] {
        match self {
            Val::Bool(_) | Val::Small(_) | Val::Int(_) | Val::Wide(_) | Val::Huge { .. } => {
                INT_METHODS
            }
            Val::Float(_) | Val::SpecialFloat(_) => FLOAT_METHODS,
            Val::Str(_) | Val::Odd(_) => STR_METHODS,
            Val::Bytes(_) => BYTES_METHODS,
            Val::ByteArray(_) => BYTEARRAY_METHODS,
            Val::List(_) => LIST_METHODS,
            Val::Tuple(_) => TUPLE_METHODS,
            Val::Dict(_) => DICT_METHODS,
            Val::Set(_) | Val::FrozenSet(_) => SET_METHODS,
            Val::Range(..) => RANGE_METHODS,
            Val::Repeat(v, _) => v.methods(),
            Val::None | Val::Var(_) | Val::Callable(_) | Val::Type(_) => ANY_METHODS,
        }
    }
}

fn render_items(out: &mut String, open: &str, items: &[Val], close: &str, depth: usize) {
    out.push_str(open);
    if depth <= MAX_DEPTH {
        for (i, item) in items.iter().take(MAX_ITEMS).enumerate() {
            if i > 0 {
                out.push_str(", ");
            }
            item.render(out, depth);
        }
    }
    out.push_str(close);
}

fn render_args(out: &mut String, args: &[Val], kwargs: &[(u8, Val)]) {
    out.push('(');
    for a in args.iter().take(MAX_ITEMS) {
        a.render(out, 1);
        out.push_str(", ");
    }
    for (k, v) in kwargs.iter().take(3) {
        let _ = write!(out, "{}=", pick(KEYWORDS, *k));
        v.render(out, 1);
        out.push_str(", ");
    }
    out.push(')');
}

fn render_index(out: &mut String, index: &Index) {
    out.push('[');
    match index {
        Index::Item(v) => v.render(out, 1),
        Index::Slice(a, b, c) => {
            for (i, part) in [a, b, c].into_iter().enumerate() {
                if i > 0 {
                    out.push(':');
                }
                if let Some(v) = part {
                    v.render(out, 1);
                }
            }
        }
    }
    out.push(']');
}

impl FormatSpec {
    fn render(&self) -> String {
        let mut s = String::new();
        if let Some(align) = self.align {
            if let Some(fill) = self.fill {
                s.push_str(pick(
                    &["*", " ", "0", "\u{e9}", "{", "\u{1f40d}", "%"],
                    fill,
                ));
            }
            s.push_str(pick(&["<", ">", "^", "="], align));
        }
        if let Some(sign) = self.sign {
            s.push_str(pick(&["+", "-", " "], sign));
        }
        if self.alternate {
            s.push('#');
        }
        if self.zero {
            s.push('0');
        }
        if let Some(w) = self.width {
            let _ = write!(s, "{w}");
        }
        if let Some(g) = self.grouping {
            s.push(if g { ',' } else { '_' });
        }
        if let Some(p) = self.precision {
            let _ = write!(s, ".{p}");
        }
        if let Some(k) = self.kind {
            s.push_str(pick(
                &[
                    "b", "c", "d", "e", "E", "f", "F", "g", "G", "n", "o", "s", "x", "X", "%", "r",
                    "z",
                ],
                k,
            ));
        }
        str_literal(&s)
    }
}

impl PercentSpec {
    fn render(&self) -> String {
        let mut s = String::from("%");
        for &f in self.flags.iter().take(3) {
            s.push_str(pick(&["-", "+", " ", "#", "0", "*", "(k)"], f));
        }
        if let Some(w) = self.width {
            let _ = write!(s, "{w}");
        }
        if let Some(p) = self.precision {
            let _ = write!(s, ".{p}");
        }
        s.push_str(pick(
            &[
                "d", "i", "o", "u", "x", "X", "e", "E", "f", "F", "g", "G", "c", "r", "s", "a",
                "%", "b",
            ],
            self.kind,
        ));
        str_literal(&s)
    }
}

impl Step {
    /// Writes the statement(s) of this step, storing its value in `target`.
    fn render(&self, out: &mut String, target: &str) {
        let mut e = String::new();
        match self {
            Step::Call {
                function,
                args,
                kwargs,
            } => {
                let f = pick(FUNCTIONS, *function);
                e.push_str(f);
                render_args(&mut e, args, kwargs);
                if matches!(
                    f,
                    "map" | "filter" | "zip" | "enumerate" | "reversed" | "iter"
                ) {
                    e = format!("list({e})");
                }
            }
            Step::Method {
                receiver,
                method,
                args,
                kwargs,
            } => {
                receiver.render(&mut e, 1);
                let _ = write!(e, ".{}", pick(receiver.methods(), *method));
                render_args(&mut e, args, kwargs);
            }
            Step::Binary { left, op, right } => {
                left.render(&mut e, 1);
                let _ = write!(e, " {} ", pick(BINARY_OPS, *op));
                right.render(&mut e, 1);
            }
            Step::Unary { op, operand } => {
                e.push_str(pick(UNARY_OPS, *op));
                operand.render(&mut e, 1);
            }
            Step::Subscript { receiver, index } => {
                receiver.render(&mut e, 1);
                render_index(&mut e, index);
            }
            Step::Store {
                receiver,
                index,
                value,
            } => {
                let _ = write!(out, "    v{}", usize::from(*receiver) % VARS);
                render_index(out, index);
                out.push_str(" = ");
                value.render(out, 1);
                out.push('\n');
                e.push_str("None");
            }
            Step::Delete { receiver, index } => {
                let _ = write!(out, "    del v{}", usize::from(*receiver) % VARS);
                render_index(out, index);
                out.push('\n');
                e.push_str("None");
            }
            Step::Augmented { target, op, value } => {
                let var = usize::from(*target) % VARS;
                let _ = write!(out, "    v{var} {} ", pick(AUGMENTED_OPS, *op));
                value.render(out, 1);
                out.push('\n');
                let _ = write!(e, "v{var}");
            }
            Step::Format { value, spec } => {
                e.push_str("format(");
                value.render(&mut e, 1);
                let _ = write!(e, ", {})", spec.render());
            }
            Step::Percent { spec, value } => {
                let _ = write!(e, "{} % ", spec.render());
                value.render(&mut e, 1);
            }
            Step::Iterate { value } => {
                e.push_str("[x for x in ");
                value.render(&mut e, 1);
                e.push(']');
            }
        }
        let _ = writeln!(out, "    {target} = {e}");
    }
}

impl Program {
    /// The program's Python source.
    pub fn source(&self) -> String {
        let mut out = String::new();
        for i in 0..VARS {
            let _ = write!(out, "v{i} = ");
        }
        out.push_str("None\n");
        for (i, step) in self.steps.iter().take(MAX_STEPS).enumerate() {
            let target = format!("v{}", i % VARS);
            out.push_str("try:\n");
            step.render(&mut out, &target);
            let _ = writeln!(out, "    print(repr({target}), str({target}))");
            let _ = writeln!(out, "    print(hash({target}))");
            out.push_str("except Exception as e:\n    print(type(e).__name__, e)\n");
        }
        out
    }
}
