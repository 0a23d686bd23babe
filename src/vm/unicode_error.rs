//! UnicodeDecodeError / UnicodeEncodeError / UnicodeTranslateError: CPython's
//! structure (`encoding`, `object`, `start`, `end`, `reason`, with `args` the
//! constructor's tuple), the constructor's argument checks, the writable `start` /
//! `end` members, `str(exc)` worded from the attributes, and raising them from a
//! codec failure.

use crate::heap::Obj;
use crate::objects::str::as_str;
use crate::objects::{ExceptionObj, IntObj};
use crate::text::codecs::UnicodeFault;

use super::{PyErr, PyResult, Vm};

/// The five attributes, in the order of the decode / encode constructors.
const FIELDS: [&str; 5] = ["encoding", "object", "start", "end", "reason"];

/// Which of the three classes an exception belongs to.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Kind {
    Decode,
    Encode,
    Translate,
}

/// What a failed codec call had as input: the bytes decoded or the text encoded.
pub(crate) enum CodecInput<'a> {
    Bytes(&'a [u8]),
    /// Generalised UTF-8 text (lone surrogates included).
    Text(&'a [u8]),
}

impl Vm {
    /// Whether `o` is a UnicodeEncodeError, UnicodeDecodeError or UnicodeTranslateError.
    pub(crate) fn is_unicode_codec_error(&self, o: &Obj) -> bool {
        self.unicode_kind(o).is_some()
    }

    fn unicode_kind(&self, o: &Obj) -> Option<Kind> {
        if !o.is::<ExceptionObj>() {
            return None;
        }
        // One walk of the class's MRO (this runs for every exception created).
        let cls = self.type_of(o);
        let tp = cls.downcast::<crate::objects::TypeObj>()?;
        let mro = tp.mro.borrow();
        let kinds = [
            (&self.exc.unicode_decode_error, Kind::Decode),
            (&self.exc.unicode_encode_error, Kind::Encode),
            (&self.exc.unicode_translate_error, Kind::Translate),
        ];
        crate::objects::tuple::as_tuple(&mro)?.iter().find_map(|c| {
            kinds
                .iter()
                .find(|(k, _)| c.ptr_eq(k))
                .map(|(_, kind)| *kind)
        })
    }

    fn set_fields(&mut self, exc: &Obj, values: [Obj; 5]) -> PyResult<()> {
        for (name, v) in FIELDS.iter().zip(values) {
            let k = self.intern(name)?;
            self.instance_attr_set(exc, &k, v)?;
        }
        Ok(())
    }

    /// The attributes of a new instance before `__init__` fills them (CPython's NULL
    /// members read as None and 0).
    pub(crate) fn init_unicode_error_defaults(&mut self, exc: &Obj) -> PyResult<()> {
        if self.unicode_kind(exc).is_none() {
            return Ok(());
        }
        let none = self.none();
        let zero = self.new_int(0)?;
        self.set_fields(exc, [none.clone(), none.clone(), zero.clone(), zero, none])
    }

    /// `UnicodeDecodeError.__init__(encoding, object, start, end, reason)` (and the
    /// encode / translate forms): CPython's `PyArg_ParseTuple` checks, then the
    /// attributes. A decode error keeps its object as bytes.
    pub(crate) fn init_unicode_error(&mut self, exc: &Obj, args: &[Obj]) -> PyResult<()> {
        let Some(kind) = self.unicode_kind(exc) else {
            return Ok(());
        };
        let want = if kind == Kind::Translate { 4 } else { 5 };
        if args.len() != want {
            return Err(self.type_error(format!(
                "function takes exactly {want} arguments ({} given)",
                args.len()
            )));
        }
        let str_arg = |vm: &mut Vm, i: usize| -> PyResult<Obj> {
            if as_str(&args[i]).is_some() {
                return Ok(args[i].clone());
            }
            let n = vm.arg_type_name(&args[i]);
            Err(vm.type_error(format!("argument {} must be str, not {n}", i + 1)))
        };
        let int_arg = |vm: &mut Vm, i: usize| -> PyResult<Obj> {
            let v = vm.to_index(&args[i]);
            let v = vm.ssize(v)?;
            vm.new_int(v)
        };
        let values = match kind {
            Kind::Translate => {
                let object = str_arg(self, 0)?;
                let start = int_arg(self, 1)?;
                let end = int_arg(self, 2)?;
                let reason = str_arg(self, 3)?;
                [self.none(), object, start, end, reason]
            }
            _ => {
                let encoding = str_arg(self, 0)?;
                let object = if kind == Kind::Encode {
                    str_arg(self, 1)?
                } else if crate::objects::bytes::as_bytes(&args[1]).is_some() {
                    args[1].clone()
                } else {
                    let data = self.bytes_arg(&args[1])?;
                    self.new_bytes(data)?
                };
                let start = int_arg(self, 2)?;
                let end = int_arg(self, 3)?;
                let reason = str_arg(self, 4)?;
                [encoding, object, start, end, reason]
            }
        };
        self.set_fields(exc, values)
    }

    /// A type name as CPython's argument errors spell it (None is "None").
    fn arg_type_name(&self, o: &Obj) -> String {
        if o.ptr_eq(&self.s.none) {
            "None".into()
        } else {
            self.type_name(o).to_string()
        }
    }

    /// `exc.start = v` / `exc.end = v` on a Unicode error: an integer member (True is
    /// 1); None for other attributes and exceptions.
    pub(crate) fn unicode_error_setattr(
        &mut self,
        o: &Obj,
        name: &str,
        value: &Obj,
    ) -> Option<PyResult<Obj>> {
        if !matches!(name, "start" | "end") || self.unicode_kind(o).is_none() {
            return None;
        }
        Some(match self.index_value(value) {
            Some(v) => self.ssize(v).and_then(|v| self.new_int(v)),
            None => Err(self.type_error("an integer is required")),
        })
    }

    /// A `Py_ssize_t` conversion: an int too large is CPython's OverflowError.
    fn ssize(&mut self, v: PyResult<i64>) -> PyResult<i64> {
        match v {
            Err(e) if self.err_matches(&e, &self.exc.overflow_error.clone()) => {
                Err(self.overflow_error("Python int too large to convert to C ssize_t"))
            }
            other => other,
        }
    }

    /// `str(exc)` of a Unicode error, worded from its attributes as CPython's
    /// `UnicodeDecodeError_str` and siblings do ("" before `__init__` set `object`);
    /// None for other exceptions.
    pub(crate) fn unicode_error_str(&mut self, o: &Obj) -> PyResult<Option<String>> {
        let Some(kind) = self.unicode_kind(o) else {
            return Ok(None);
        };
        let get = |vm: &mut Vm, name: &str| -> PyResult<Obj> {
            let k = vm.intern(name)?;
            Ok(vm.getattr_opt(o, &k)?.unwrap_or_else(|| vm.none()))
        };
        let object = get(self, "object")?;
        if object.ptr_eq(&self.s.none) {
            return Ok(Some(String::new()));
        }
        let reason = get(self, "reason")?;
        let reason = self.str_string(&reason)?;
        let encoding = if kind == Kind::Translate {
            String::new()
        } else {
            let e = get(self, "encoding")?;
            self.str_string(&e)?
        };
        let start = get(self, "start")?;
        let start = IntObj::value(&start).unwrap_or(0);
        let end = get(self, "end")?;
        let end = IntObj::value(&end).unwrap_or(0);
        let single = end == start.wrapping_add(1) && start >= 0;
        let text = match kind {
            Kind::Decode => {
                let byte = crate::objects::bytes::as_bytes(&object)
                    .and_then(|b| b.get(usize::try_from(start).ok()?).copied());
                match byte {
                    Some(b) if single => format!(
                        "'{encoding}' codec can't decode byte 0x{b:02x} in position {start}: {reason}"
                    ),
                    _ => format!(
                        "'{encoding}' codec can't decode bytes in position {start}-{}: {reason}",
                        end.wrapping_sub(1)
                    ),
                }
            }
            Kind::Encode | Kind::Translate => {
                let c = crate::objects::str::as_text(&object)
                    .and_then(|s| {
                        crate::text::wtf8::code_points(s).nth(usize::try_from(start).ok()?)
                    })
                    .filter(|_| single);
                let prefix = if kind == Kind::Encode {
                    format!("'{encoding}' codec can't encode")
                } else {
                    "can't translate".to_owned()
                };
                match c {
                    Some(c) => format!(
                        "{prefix} character '{}' in position {start}: {reason}",
                        escaped_char(c)
                    ),
                    None => format!(
                        "{prefix} characters in position {start}-{}: {reason}",
                        end.wrapping_sub(1)
                    ),
                }
            }
        };
        Ok(Some(text))
    }

    /// The UnicodeEncodeError CPython raises where it needs a string as UTF-8 and the
    /// string holds lone surrogates ("surrogates not allowed").
    pub(crate) fn utf8_encode_error(&mut self, text: &[u8]) -> PyErr {
        match crate::text::codecs::encode_wtf8(text, crate::text::codecs::Codec::Utf8, "strict") {
            Err(e) => self.codec_error(e, CodecInput::Text(text)),
            Ok(_) => self.value_error("text expected to hold surrogates"),
        }
    }

    /// The text of a str as UTF-8: a UnicodeEncodeError for one holding lone
    /// surrogates (CPython's `PyUnicode_AsUTF8`); None for other objects.
    pub(crate) fn utf8_text<'a>(&mut self, o: &'a Obj) -> Option<PyResult<&'a str>> {
        if let Some(s) = as_str(o) {
            return Some(Ok(s));
        }
        let text = crate::objects::str::as_text(o)?;
        Some(Err(self.utf8_encode_error(text)))
    }

    /// The exception a codec failure raises: `UnicodeDecodeError(encoding, data,
    /// start, end, reason)` or the encode form, over the whole input.
    pub(crate) fn unicode_fault_error(&mut self, f: UnicodeFault, input: CodecInput) -> PyErr {
        let build = |vm: &mut Vm| -> PyResult<PyErr> {
            let (cls, object) = match input {
                CodecInput::Bytes(b) => (
                    vm.exc.unicode_decode_error.clone(),
                    vm.new_bytes(b.to_vec())?,
                ),
                CodecInput::Text(s) => (vm.exc.unicode_encode_error.clone(), vm.new_str_wtf8(s)?),
            };
            let values = [
                vm.new_str(f.encoding)?,
                object,
                vm.new_int(i64::try_from(f.start).unwrap_or(i64::MAX))?,
                vm.new_int(i64::try_from(f.end).unwrap_or(i64::MAX))?,
                vm.new_str(&f.reason)?,
            ];
            let args = vm.new_tuple(values.to_vec())?;
            let exc = vm.heap.alloc(ExceptionObj::new(cls, args))?;
            vm.set_fields(&exc, values)?;
            Ok(PyErr::Exc(exc))
        };
        match build(self) {
            Ok(e) | Err(e) => e,
        }
    }
}

/// `\xe9`, `\u20ac` or `\U0001f600`: how Unicode errors show a character.
fn escaped_char(n: u32) -> String {
    if n <= 0xff {
        format!("\\x{n:02x}")
    } else if n <= 0xffff {
        format!("\\u{n:04x}")
    } else {
        format!("\\U{n:08x}")
    }
}
