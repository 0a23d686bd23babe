//! `bytes % args` (PEP 461), over the `%` machinery of `crate::format`. Bytes are
//! carried through it as Latin-1 text, which maps every byte to the character with
//! the same number, so widths, precisions and positions count bytes.

use num_bigint::BigInt;

use crate::format::{
    self as fmtlib, ArgsShape, IntRef, PercentArg, PercentArgSource, PercentPiece,
};
use crate::heap::Obj;
use crate::objects::bytes::{ByteArrayObj, with_bytes};
use crate::objects::tuple::as_tuple;
use crate::objects::{BigIntObj, BoolObj, FloatObj, IntObj, Tag, tag_of};

use super::{PyErr, PyResult, Vm};

fn latin1(data: &[u8]) -> String {
    data.iter().map(|&b| char::from(b)).collect()
}

/// The right operand of `bytes % args`.
struct BytesSource<'v> {
    vm: &'v mut Vm,
    args: Obj,
    shape: ArgsShape,
    /// Storage for the text handed out by `present`.
    text: String,
    big: BigInt,
}

impl BytesSource<'_> {
    /// `%s` / `%b`: the bytes of a bytes-like object or of `__bytes__()`.
    fn bytes_of(&mut self, value: &Obj) -> PyResult<Vec<u8>> {
        if let Some(d) = self.vm.bytes_like(value) {
            return Ok(d);
        }
        if tag_of(value) == Tag::Instance
            && let Some(r) = self.vm.call_special(value, "__bytes__", vec![])?
        {
            if let Some(d) = with_bytes(&r, <[u8]>::to_vec).filter(|_| !r.is::<ByteArrayObj>()) {
                return Ok(d);
            }
            let n = self.vm.type_name(&r);
            return Err(self
                .vm
                .type_error(format!("__bytes__ returned non-bytes (type {n})")));
        }
        let n = self.vm.type_name(value);
        Err(self.vm.type_error(format!(
            "%b requires a bytes-like object, or an object that implements __bytes__, not '{n}'"
        )))
    }

    /// `%c`: an int in `range(256)` or a single byte.
    fn byte_of(&mut self, value: &Obj) -> PyResult<char> {
        if let Some(r) = self.vm.index_value(value) {
            return match r.ok().and_then(|v| u8::try_from(v).ok()) {
                Some(b) => Ok(char::from(b)),
                None => Err(self.vm.overflow_error("%c arg not in range(256)")),
            };
        }
        match self.vm.bytes_like(value) {
            Some(d) if d.len() == 1 => Ok(char::from(d[0])),
            _ => Err(self
                .vm
                .type_error("%c requires an integer in range(256) or a single byte")),
        }
    }
}

impl PercentArgSource for BytesSource<'_> {
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
        // Keys of a bytes template are bytes.
        let k = self
            .vm
            .new_bytes(key.chars().map(|c| c as u32 as u8).collect())?;
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
                let d = self.bytes_of(value)?;
                self.text = latin1(&d);
                return Ok(PercentArg::Str(&self.text));
            }
            'r' | 'a' => {
                let a = self.vm.ascii_of(value)?;
                self.text = crate::objects::str::as_str(&a).unwrap_or("").to_owned();
                return Ok(PercentArg::Str(&self.text));
            }
            'c' => {
                self.text = self.byte_of(value)?.to_string();
                return Ok(PercentArg::Str(&self.text));
            }
            _ => {}
        }
        if let Some(i) = value.downcast::<IntObj>() {
            return Ok(PercentArg::Int(IntRef::Small(i.0)));
        }
        if let Some(b) = value.downcast::<BoolObj>() {
            return Ok(PercentArg::Int(IntRef::Small(i64::from(b.0))));
        }
        if let Some(b) = value.downcast::<BigIntObj>() {
            self.big = b.0.clone();
            return Ok(PercentArg::Int(IntRef::Big(&self.big)));
        }
        if let Some(f) = value.downcast::<FloatObj>() {
            return Ok(PercentArg::Float(f.0));
        }
        if tag_of(value) == Tag::Instance {
            if matches!(conversion, 'd' | 'i' | 'u' | 'x' | 'X' | 'o' | '*')
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
}

impl Vm {
    /// `template % args` for a bytes or bytearray template (the result has its type).
    pub(crate) fn bytes_percent_format(&mut self, template: &Obj, args: &Obj) -> PyResult {
        let bytearray = template.is::<ByteArrayObj>();
        let t = with_bytes(template, latin1).unwrap_or_default();
        let mut parsed = fmtlib::parse_percent_template(&t);
        // `%b` is the bytes spelling of `%s`.
        for piece in &mut parsed.pieces {
            if let PercentPiece::Spec(spec) = piece
                && spec.conversion == 'b'
            {
                spec.conversion = 's';
            }
        }
        let args = &self.percent_args(args);
        let shape = if let Some(t) = as_tuple(args) {
            ArgsShape::Tuple(t.len())
        } else if self.percent_mapping(args, true) {
            ArgsShape::Mapping
        } else {
            ArgsShape::Single
        };
        let max = self.int_max_str_digits;
        let mut source = BytesSource {
            vm: self,
            args: args.clone(),
            shape,
            text: String::new(),
            big: BigInt::default(),
        };
        let out = match fmtlib::format_percent(&parsed, &mut source, max) {
            Ok(s) => s,
            Err(PyErr::Fmt(mut e)) => {
                if e.msg == "not all arguments converted during string formatting" {
                    e.msg = "not all arguments converted during bytes formatting".to_owned();
                }
                return Err(self.fmt_error(*e));
            }
            Err(e) => return Err(e),
        };
        // The bytes arguments are presented as Latin-1 text, so the result is never
        // the surrogate-holding form.
        let out = out.into_string_lossy();
        let data: Vec<u8> = out.chars().map(|c| c as u32 as u8).collect();
        self.new_bytes_of(bytearray, data)
    }
}
