//! `format()`, f-string fields, `%` formatting and number parsing: the object layer over
//! the pure formatting library in `crate::format`.

use num_bigint::BigInt;

use crate::format::complex_ops::Complex;
use crate::format::{
    self as fmtlib, ArgsShape, ErrorKind, IntRef, PercentArg, PercentArgSource, PyErrorMsg, PyInt,
};
use crate::heap::Obj;
use crate::objects::str::as_str;
use crate::objects::tuple::as_tuple;
use crate::objects::{BigIntObj, BoolObj, FloatObj, IntObj, Tag, tag_of};
use crate::text::text_buf::TextBuf;
use crate::text::wtf8::{Placeholders, from_placeholders, to_placeholders};

use super::{PyErr, PyResult, Vm};

impl Vm {
    /// `format(s, spec)` for a str holding lone surrogates: padding and precision run
    /// on private-use placeholders for them (see text::wtf8::Placeholders), which count
    /// as one code point each just as the surrogates do.
    fn format_wtf8(&mut self, v: &Obj, spec_s: &str, spec: &fmtlib::FormatSpec) -> PyResult {
        use crate::text::wtf8::{Placeholders, from_placeholders, to_placeholders};
        let text = crate::objects::str::as_text(v).unwrap_or(b"");
        let map = Placeholders::for_texts(&[text, spec_s.as_bytes()]).ok_or(PyErr::NoMemory)?;
        let s = fmtlib::format_str(&to_placeholders(text, &map), spec)
            .map_err(|e| self.fmt_error(e))?;
        self.new_str_wtf8(&from_placeholders(&s, &map))
    }

    /// Converts a formatting-library error into the Python exception it names.
    pub(crate) fn fmt_error(&mut self, e: PyErrorMsg) -> PyErr {
        if e.kind == ErrorKind::MemoryError {
            return PyErr::NoMemory;
        }
        PyErr::Exc(self.exc_object(PyErr::Fmt(Box::new(e))))
    }

    /// `format(v, spec)` for a builtin value and a spec holding lone surrogates (as its
    /// fill character): formatted with placeholders for the surrogates of both, which the
    /// result maps back.
    fn format_wtf8_spec(&mut self, v: &Obj, spec: &Obj) -> PyResult {
        use crate::objects::str::as_text;
        use crate::text::wtf8::{Placeholders, from_placeholders, to_placeholders};
        let spec_text = as_text(spec).unwrap_or(b"").to_vec();
        let value_text = as_text(v).map(<[u8]>::to_vec);
        let mut texts: Vec<&[u8]> = vec![&spec_text];
        texts.extend(value_text.as_deref());
        let map = Placeholders::for_texts(&texts).ok_or(PyErr::NoMemory)?;
        let spec_obj = self.new_str(&to_placeholders(&spec_text, &map))?;
        let value = match &value_text {
            Some(t) => self.new_str(&to_placeholders(t, &map))?,
            None => v.clone(),
        };
        let r = self.format(&value, Some(&spec_obj))?;
        match as_str(&r) {
            Some(s) => self.new_str_wtf8(&from_placeholders(s, &map)),
            None => Ok(r),
        }
    }

    /// `format(v, spec)`.
    pub fn format(&mut self, v: &Obj, spec: Option<&Obj>) -> PyResult {
        if let Some(s) = spec
            && s.downcast::<crate::objects::StrObj>()
                .is_some_and(|p| p.is_wtf8())
            && !matches!(tag_of(v), Tag::Instance | Tag::Exception)
        {
            return self.format_wtf8_spec(v, s);
        }
        let spec_s = match spec {
            Some(s) => self.expect_str(s, "format spec")?.to_owned(),
            None => String::new(),
        };
        if spec_s.is_empty() && tag_of(v) == Tag::Str {
            return Ok(v.clone());
        }
        // An empty spec formats an int as `str(v)` does: a new string each time.
        if spec_s.is_empty() && tag_of(v) == Tag::Int {
            return self.str_of(v);
        }
        let max = self.int_max_str_digits;
        let r = match tag_of(v) {
            Tag::Int | Tag::BigInt | Tag::Bool if !(spec_s.is_empty() && v.is::<BoolObj>()) => {
                let parsed =
                    fmtlib::parse_format_spec(&spec_s, "int").map_err(|e| self.fmt_error(e))?;
                if let Some(i) = v.downcast::<IntObj>() {
                    fmtlib::format_int(i.0, &parsed, max)
                } else if let Some(b) = v.downcast::<BigIntObj>() {
                    fmtlib::format_int(&b.0, &parsed, max)
                } else {
                    let b = v.downcast::<BoolObj>().is_some_and(|b| b.0) as i64;
                    fmtlib::format_int(b, &parsed, max)
                }
            }
            Tag::Float => {
                let parsed =
                    fmtlib::parse_format_spec(&spec_s, "float").map_err(|e| self.fmt_error(e))?;
                let f = v.downcast::<FloatObj>().map_or(0.0, |f| f.0);
                fmtlib::format_float(f, &parsed)
            }
            Tag::Str => {
                let parsed =
                    fmtlib::parse_format_spec(&spec_s, "str").map_err(|e| self.fmt_error(e))?;
                match as_str(v) {
                    Some(s) => fmtlib::format_str(s, &parsed),
                    None => return self.format_wtf8(v, &spec_s, &parsed),
                }
            }
            Tag::Instance | Tag::Exception => {
                let cls = self.type_of(v);
                if let Some(f) = self.lookup_user_method(&cls, "__format__") {
                    let s = self.new_str(&spec_s)?;
                    let r = self.call_method_with(&f, v, &[s])?;
                    if crate::objects::str::as_text(&r).is_none() {
                        let n = self.type_name(&r);
                        return Err(
                            self.type_error(format!("__format__ must return a str, not {n}"))
                        );
                    }
                    return Ok(r);
                }
                if let Some(base) = self.base_value(v) {
                    // An empty spec is `str(v)`, which a subclass may define.
                    if spec_s.is_empty() {
                        return self.str_of(v);
                    }
                    let s = self.new_str(&spec_s)?;
                    return self.format(&base, Some(&s));
                }
                return self.object_format(v, &spec_s);
            }
            Tag::Complex => {
                let z = super::complex::as_complex(v).unwrap_or(Complex::new(0.0, 0.0));
                return self.complex_format(z, &spec_s);
            }
            _ => return self.object_format(v, &spec_s),
        };
        match r {
            Ok(s) => self.new_str(&s),
            Err(e) => Err(self.fmt_error(e)),
        }
    }

    /// `object.__format__`: only the empty spec is allowed.
    fn object_format(&mut self, v: &Obj, spec: &str) -> PyResult {
        if !spec.is_empty() {
            let n = self.type_name(v);
            return Err(self.type_error(format!(
                "unsupported format string passed to {n}.__format__"
            )));
        }
        // CPython calls the bound `object.__format__` here: a C-level call, one
        // recursion level (which decides which level a deep recursion fails at).
        self.enter_native(" while calling a Python object")?;
        let r = self.str_of(v);
        self.leave_native();
        r
    }

    /// `template % args`.
    pub(crate) fn percent_format(&mut self, template: &Obj, args: &Obj) -> PyResult {
        // A template's lone surrogates are parsed as placeholders, which its literal
        // pieces and keys map back.
        let (t, template_map) = match as_str(template) {
            Some(t) => (t.to_owned(), None),
            None => {
                let text = crate::objects::str::as_text(template).unwrap_or(b"");
                let map = Placeholders::for_texts(&[text]).ok_or(PyErr::NoMemory)?;
                (to_placeholders(text, &map), Some(map))
            }
        };
        let parsed = fmtlib::parse_percent_template(&t);
        let max = self.int_max_str_digits;
        let args = &self.percent_args(args);
        let shape = self.percent_shape(args)?;
        let mut source = PercentSource {
            vm: self,
            args: args.clone(),
            shape,
            text: String::new(),
            wtf8: Vec::new(),
            template_map,
            big: BigInt::default(),
        };
        let out = fmtlib::format_percent(&parsed, &mut source, max)?;
        self.new_str_buf(&out)
    }

    /// The right operand of `%` as the formatting sees it: an instance of a tuple
    /// subclass (a named tuple) supplies its items, as a tuple does.
    pub(crate) fn percent_args(&self, args: &Obj) -> Obj {
        if tag_of(args) == Tag::Instance
            && let Some(base) = self.base_value(args)
            && tag_of(&base) == Tag::Tuple
        {
            return base;
        }
        args.clone()
    }

    /// How the right operand of `%` supplies arguments.
    fn percent_shape(&mut self, args: &Obj) -> PyResult<ArgsShape> {
        if let Some(t) = as_tuple(args) {
            return Ok(ArgsShape::Tuple(t.len()));
        }
        Ok(if self.percent_mapping(args, false) {
            ArgsShape::Mapping
        } else {
            ArgsShape::Single
        })
    }

    /// Whether the right operand of `%` counts as a mapping: CPython asks for a
    /// `mp_subscript` slot (so a list, a range or bytes qualify), minus the types the
    /// template's own type formats as single values. A mapping operand may go unused.
    pub(crate) fn percent_mapping(&mut self, args: &Obj, bytes_template: bool) -> bool {
        match tag_of(args) {
            Tag::Dict | Tag::List | Tag::Range => true,
            Tag::Bytes | Tag::ByteArray => !bytes_template,
            Tag::Str | Tag::Tuple => false,
            Tag::Instance | Tag::Native => {
                if bytes_template
                    && self.base_value(args).is_some_and(|b| {
                        matches!(tag_of(&b), Tag::Bytes | Tag::ByteArray | Tag::Str)
                    })
                {
                    return false;
                }
                let cls = self.type_of(args);
                self.lookup_type_attr(&cls, "__getitem__").is_some()
            }
            _ => false,
        }
    }

    /// `int(s, base)`.
    pub(crate) fn parse_int_str(&mut self, s: &str, base: u32) -> PyResult {
        match fmtlib::parse_int(s, base, self.int_max_str_digits) {
            Ok(PyInt::Small(i)) => self.new_int(i),
            Ok(PyInt::Big(b)) => self.new_bigint(b),
            Err(e) => Err(self.fmt_error(e)),
        }
    }

    /// `float(s)`.
    pub(crate) fn parse_float_str(&mut self, s: &str) -> PyResult<f64> {
        fmtlib::parse_float(s).map_err(|e| self.fmt_error(e))
    }

    /// `str(b, encoding, errors)`: decoding bytes-like objects.
    pub(crate) fn decode_to_str(
        &mut self,
        x: &Obj,
        encoding: Option<Obj>,
        errors: Option<Obj>,
    ) -> PyResult {
        let Some(data) = self.bytes_like(x) else {
            let n = self.type_name(x);
            return Err(self.type_error(format!(
                "decoding to str: need a bytes-like object, {n} found"
            )));
        };
        self.decode_args(&data, encoding.as_ref(), errors.as_ref(), "str")
    }

    /// The bytes of a bytes-like object (None for other objects).
    pub fn bytes_data(&self, o: &Obj) -> Option<Vec<u8>> {
        self.extension_bytes_data(o)
    }
}

/// The right operand of `%` as the formatting library sees it.
struct PercentSource<'v> {
    vm: &'v mut Vm,
    args: Obj,
    shape: ArgsShape,
    /// Storage for the text handed out by `present`.
    text: String,
    /// The same, for text holding lone surrogates.
    wtf8: Vec<u8>,
    template_map: Option<Placeholders>,
    big: BigInt,
}

impl PercentSource<'_> {
    /// `text` (a str()/repr() result) as `present` hands it out.
    fn hand_out(&mut self, text: &Obj) -> PercentArg<'_> {
        if let Some(s) = as_str(text) {
            self.text = s.to_owned();
            return PercentArg::Str(&self.text);
        }
        self.wtf8 = crate::objects::str::as_text(text).unwrap_or(b"").to_vec();
        PercentArg::Wtf8(&self.wtf8)
    }
}

impl PercentArgSource for PercentSource<'_> {
    type Value = Obj;
    type Error = PyErr;

    fn shape(&self) -> ArgsShape {
        self.shape
    }

    fn whole(&mut self) -> Obj {
        self.args.clone()
    }

    fn item(&mut self, index: usize) -> Result<Obj, PyErr> {
        match as_tuple(&self.args).and_then(|t| t.get(index)) {
            Some(v) => Ok(v.clone()),
            None => Err(self.vm.index_error("tuple index out of range")),
        }
    }

    fn lookup(&mut self, key: &str) -> Result<Obj, PyErr> {
        let k = match &self.template_map {
            Some(m) => self.vm.new_str_wtf8(&from_placeholders(key, m))?,
            None => self.vm.new_str(key)?,
        };
        let a = self.args.clone();
        self.vm.getitem(&a, &k)
    }

    fn present<'s>(
        &'s mut self,
        value: &'s Obj,
        conversion: char,
    ) -> Result<PercentArg<'s>, PyErr> {
        match conversion {
            's' => {
                let s = self.vm.str_of(value)?;
                return Ok(self.hand_out(&s));
            }
            'r' => {
                let r = self.vm.repr(value)?;
                return Ok(self.hand_out(&r));
            }
            'a' => {
                let a = self.vm.ascii_of(value)?;
                self.text = as_str(&a).unwrap_or("").to_owned();
                return Ok(PercentArg::Str(&self.text));
            }
            _ => {}
        }
        if let Some(i) = value.downcast::<IntObj>() {
            return Ok(PercentArg::Int(IntRef::Small(i.0)));
        }
        if let Some(b) = value.downcast::<BoolObj>() {
            return Ok(PercentArg::Int(IntRef::Small(b.0 as i64)));
        }
        if let Some(b) = value.downcast::<BigIntObj>() {
            self.big = b.0.clone();
            return Ok(PercentArg::Int(IntRef::Big(&self.big)));
        }
        if let Some(f) = value.downcast::<FloatObj>() {
            return Ok(PercentArg::Float(f.0));
        }
        if let Some(s) = as_str(value) {
            return Ok(PercentArg::Str(s));
        }
        if let Some(t) = crate::objects::str::as_text(value) {
            return Ok(PercentArg::Wtf8(t));
        }
        // Objects with __index__ (or __int__/__float__) act as numbers for %d and %f.
        if matches!(tag_of(value), Tag::Instance) {
            if matches!(conversion, 'd' | 'i' | 'u' | 'x' | 'X' | 'o' | 'c' | '*')
                && let Some(r) = self.vm.index_value(value)
            {
                return Ok(PercentArg::Int(IntRef::Small(r?)));
            }
            if matches!(conversion, 'e' | 'E' | 'f' | 'F' | 'g' | 'G')
                && let Some(r) = self.vm.call_special(value, "__float__", vec![])?
                && let Some(f) = r.downcast::<FloatObj>()
            {
                return Ok(PercentArg::Float(f.0));
            }
        }
        self.text = self.vm.type_name(value).to_string();
        Ok(PercentArg::Other(&self.text))
    }

    fn push_literal(&mut self, out: &mut TextBuf, text: &str) {
        match &self.template_map {
            Some(m) => out.push_wtf8(&from_placeholders(text, m)),
            None => out.push_str(text),
        }
    }
}

impl From<PyErrorMsg> for PyErr {
    fn from(e: PyErrorMsg) -> PyErr {
        PyErr::Fmt(Box::new(e))
    }
}
