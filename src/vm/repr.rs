//! `repr()` and `str()` of every builtin type, with CPython's recursion guards.

use crate::heap::Obj;
use crate::objects::function::{BoundMethodObj, BuiltinFunctionObj, FunctionObj};
use crate::objects::str::{as_str, as_text, push_text};
use crate::objects::tuple::as_tuple;
use crate::objects::{
    BigIntObj, BoolObj, DictObj, ExceptionObj, FloatObj, IntObj, ListObj, ModuleObj, RangeObj,
    SliceObj, Tag, TypeObj, tag_of,
};
use crate::text::text_buf::TextBuf;

use super::convert::float_repr;
use super::new::alloc_str;
use super::{PyResult, Vm};
use crate::text::repr::str_repr;

/// The recursion level of getting an object's str (CPython's `PyObject_Str`).
const STR_LEVEL: &str = " while getting the str of an object";

impl Vm {
    /// `repr(o)` as a str object.
    pub fn repr(&mut self, o: &Obj) -> PyResult {
        if o.is::<crate::objects::StrObj>() {
            let s = match as_str(o) {
                Some(s) => str_repr(s),
                None => crate::text::repr::wtf8_repr(as_text(o).unwrap_or(b"")),
            };
            return self.new_str(&s);
        }
        if let Some(r) = self.int_or_constant_text(o) {
            return r;
        }
        if matches!(tag_of(o), Tag::Instance | Tag::Exception)
            && let Some(r) = self.user_repr(o, "__repr__")?
        {
            return Ok(r);
        }
        // A class whose metaclass defines `__repr__`.
        if tag_of(o) == Tag::Type
            && !self.type_of(o).ptr_eq(&self.types.type_)
            && let Some(r) = self.user_repr(o, "__repr__")?
        {
            return Ok(r);
        }
        if tag_of(o) == Tag::Exception {
            return self.exception_repr_obj(o);
        }
        if tag_of(o) == Tag::Instance {
            let s = self.instance_default_repr(o)?;
            return self.new_str(&s);
        }
        let mut out = TextBuf::new();
        self.write_repr(o, &mut out)?;
        self.new_str_buf(&out)
    }

    /// `str()`/`repr()` of an int, bool or None, with CPython's identities: an int's text
    /// is a new string every time (even one digit: `str(5) is str(5)` is False), as is
    /// `'None'`, while `True` and `False` always give the same interned string.
    fn int_or_constant_text(&mut self, o: &Obj) -> Option<PyResult> {
        if let Some(i) = o.downcast::<IntObj>() {
            let mut digits = itoa::Buffer::new();
            return Some(alloc_str(&self.heap, digits.format(i.0)).map_err(Into::into));
        }
        match tag_of(o) {
            Tag::Bool if o.downcast::<BoolObj>().is_some_and(|b| b.0) => Some(self.intern("True")),
            Tag::Bool => Some(self.intern("False")),
            Tag::None => Some(alloc_str(&self.heap, "None").map_err(Into::into)),
            _ => None,
        }
    }

    /// `repr(o)` as Rust text (for messages: a lone surrogate reads as U+FFFD).
    pub fn repr_string(&mut self, o: &Obj) -> PyResult<String> {
        let mut out = TextBuf::new();
        self.write_repr(o, &mut out)?;
        Ok(out.into_string_lossy())
    }

    /// `str(o)` as a str object.
    pub fn str_of(&mut self, o: &Obj) -> PyResult {
        if o.is::<crate::objects::StrObj>() {
            return Ok(o.clone());
        }
        if let Some(r) = self.int_or_constant_text(o) {
            return r;
        }
        match tag_of(o) {
            Tag::Instance | Tag::Exception => {
                if let Some(r) = self.user_repr(o, "__str__")? {
                    return Ok(r);
                }
                if tag_of(o) == Tag::Exception {
                    return self.exception_str_obj(o);
                }
                // CPython's `object.__str__` calls the type's repr slot directly: the
                // recursion level is the str's, and there is no second one.
                if let Some(r) = self.user_repr_as(o, "__repr__", STR_LEVEL)? {
                    return Ok(r);
                }
                self.repr(o)
            }
            // A native type may have a `__str__` of its own (mappingproxy's shows the
            // mapping's str).
            Tag::Native => match self.user_repr(o, "__str__")? {
                Some(r) => Ok(r),
                None => self.repr(o),
            },
            // Every other builtin's str is its repr.
            _ => self.repr(o),
        }
    }

    /// `str(o)` as text that may hold lone surrogates (what a stream's error handler
    /// then decides about), with `str_string`'s shortcuts.
    pub fn str_text(&mut self, o: &Obj) -> PyResult<TextBuf> {
        fn text_of(r: &Obj) -> TextBuf {
            match as_str(r) {
                Some(s) => TextBuf::Utf8(s.to_owned()),
                None => TextBuf::Wtf8(as_text(r).map(<[u8]>::to_vec).unwrap_or_default()),
            }
        }
        if as_text(o).is_some() {
            return Ok(text_of(o));
        }
        match tag_of(o) {
            Tag::Instance | Tag::Exception | Tag::Native => {
                let r = self.str_of(o)?;
                Ok(text_of(&r))
            }
            _ => self.repr_string(o).map(TextBuf::Utf8),
        }
    }

    /// `str(o)` as Rust text.
    pub fn str_string(&mut self, o: &Obj) -> PyResult<String> {
        if let Some(s) = self.utf8_text(o) {
            return s.map(str::to_owned);
        }
        match tag_of(o) {
            Tag::Instance | Tag::Exception | Tag::Native => {
                let r = self.str_of(o)?;
                match self.utf8_text(&r) {
                    Some(s) => s.map(str::to_owned),
                    None => Ok(String::new()),
                }
            }
            _ => self.repr_string(o),
        }
    }

    /// Calls a user-defined `__repr__`/`__str__` (not object's default) and checks that it
    /// returned a str.
    fn user_repr(&mut self, o: &Obj, name: &str) -> PyResult<Option<Obj>> {
        let level = if name == "__str__" {
            STR_LEVEL
        } else {
            " while getting the repr of an object"
        };
        self.user_repr_as(o, name, level)
    }

    /// `user_repr`, counted as the recursion level `level` names.
    fn user_repr_as(&mut self, o: &Obj, name: &str, level: &str) -> PyResult<Option<Obj>> {
        let cls = self.type_of(o);
        let Some(f) = self.lookup_type_attr(&cls, name) else {
            return Ok(None);
        };
        if self.is_object_slot(&f) {
            return Ok(None);
        }
        self.enter_native(level)?;
        let r = self.call_method_with(&f, o, &[]);
        self.leave_native();
        let r = r?;
        if as_text(&r).is_none() {
            let n = self.type_name(&r);
            return Err(self.type_error(format!("{name} returned non-string (type {n})")));
        }
        Ok(Some(r))
    }

    /// Appends `repr(o)` to `out`.
    pub fn write_repr(&mut self, o: &Obj, out: &mut TextBuf) -> PyResult<()> {
        use std::fmt::Write;
        if let Some(s) = as_str(o) {
            out.push_str(&str_repr(s));
            return Ok(());
        }
        if let Some(text) = as_text(o) {
            // The repr escapes every surrogate, so it is ordinary text.
            out.push_str(&crate::text::repr::wtf8_repr(text));
            return Ok(());
        }
        if let Some(i) = o.downcast::<IntObj>() {
            out.push_str(itoa::Buffer::new().format(i.0));
            return Ok(());
        }
        match tag_of(o) {
            Tag::None => out.push_str("None"),
            Tag::Bool => out.push_str(if o.downcast::<BoolObj>().is_some_and(|b| b.0) {
                "True"
            } else {
                "False"
            }),
            Tag::NotImplemented => out.push_str("NotImplemented"),
            Tag::Ellipsis => out.push_str("Ellipsis"),
            Tag::BigInt => {
                let s = self.bigint_to_decimal(o)?;
                out.push_str(&s);
            }
            Tag::Float => out.push_str(&float_repr(o.downcast::<FloatObj>().map_or(0.0, |f| f.0))),
            Tag::List => self.write_seq_repr(o, "[", "]", false, out)?,
            Tag::Tuple => {
                let one = as_tuple(o).is_some_and(|t| t.len() == 1);
                self.write_seq_repr(o, "(", ")", one, out)?;
            }
            Tag::Dict => self.write_dict_repr(o, out)?,
            Tag::Range => {
                if let Some(r) = o.downcast::<RangeObj>() {
                    self.write_range_repr(r, out);
                }
            }
            Tag::Slice => {
                if let Some(s) = o.downcast::<SliceObj>() {
                    out.push_str("slice(");
                    for (i, part) in [&s.start, &s.stop, &s.step].into_iter().enumerate() {
                        if i > 0 {
                            out.push_str(", ");
                        }
                        match part {
                            Some(p) => self.write_repr(p, out)?,
                            None => out.push_str("None"),
                        }
                    }
                    out.push(')');
                }
            }
            Tag::Function => {
                if let Some(f) = o.downcast::<FunctionObj>() {
                    let q = f.qualname.get();
                    let _ = write!(
                        out,
                        "<function {} at {:#x}>",
                        as_str(&q).unwrap_or("?"),
                        o.addr()
                    );
                }
            }
            Tag::BuiltinFunction => {
                if let Some(b) = o.downcast::<BuiltinFunctionObj>() {
                    out.push_str(&self.native_callable_repr(b));
                }
            }
            Tag::BoundMethod => {
                if let Some(r) = o
                    .downcast::<BoundMethodObj>()
                    .and_then(|m| self.builtin_class_method_repr(m))
                {
                    out.push_str(&r);
                } else if let Some(m) = o.downcast::<BoundMethodObj>() {
                    let (func, this) = (m.func.clone(), m.this.clone());
                    let qual = self.qualname_of(&func);
                    out.push_str("<bound method ");
                    out.push_str(&qual);
                    out.push_str(" of ");
                    self.enter_native(" while getting the repr of an object")?;
                    let r = self.repr(&this);
                    self.leave_native();
                    push_text(out, &r?);
                    out.push('>');
                }
            }
            Tag::Type => {
                if !self.type_of(o).ptr_eq(&self.types.type_)
                    && let Some(r) = self.user_repr(o, "__repr__")?
                {
                    push_text(out, &r);
                } else {
                    let name = self.type_display_name(o);
                    let _ = write!(out, "<class '{name}'>");
                }
            }
            Tag::Module => {
                if let Some(m) = o.downcast::<ModuleObj>() {
                    let file = self.module_file(o);
                    match file {
                        Some(f) => {
                            let _ = write!(out, "<module '{}' from '{}'>", m.name, f);
                        }
                        None => {
                            let name = m.name.clone();
                            let _ =
                                write!(out, "<module '{name}'{}>", self.module_origin(o, &name)?);
                        }
                    }
                }
            }
            Tag::Exception | Tag::Instance => {
                let r = self.repr(o)?;
                push_text(out, &r);
            }
            _ => {
                if !self.builtin_write_repr(o, out)? {
                    let tn = self.type_display_name(&self.type_of(o));
                    let _ = write!(out, "<{} object at {:#x}>", tn, o.addr());
                }
            }
        }
        Ok(())
    }

    /// repr of an instance without its own `__repr__` (subclasses of builtins show the
    /// builtin value's repr, as CPython's inherited `__repr__` does).
    fn instance_default_repr(&mut self, o: &Obj) -> PyResult<String> {
        if let Some(base) = self.base_value(o) {
            return self.repr_string(&base);
        }
        Ok(self.default_object_repr(o))
    }

    /// The default `object.__repr__`: `<__main__.A object at 0x...>`.
    pub fn default_object_repr(&self, o: &Obj) -> String {
        let t = self.type_of(o);
        format!("<{} object at {:#x}>", self.type_display_name(&t), o.addr())
    }

    /// `module.qualname` for user classes, the bare name for builtins.
    pub fn type_display_name(&self, t: &Obj) -> String {
        let Some(tp) = t.downcast::<TypeObj>() else {
            return "?".into();
        };
        let qual = tp.qualname.borrow().clone();
        let module = tp.module.borrow().clone();
        match module.as_ref().and_then(as_str) {
            Some(m) if m != "builtins" => format!("{m}.{qual}"),
            _ => qual.to_string(),
        }
    }

    /// `__qualname__` of a function-like object.
    pub fn qualname_of(&self, f: &Obj) -> String {
        if let Some(func) = f.downcast::<FunctionObj>() {
            return as_str(&func.qualname.get()).unwrap_or("?").to_owned();
        }
        if let Some(b) = f.downcast::<BuiltinFunctionObj>() {
            return match b.owner_name() {
                Some(o) => format!("{o}.{}", b.name()),
                None => b.name().to_owned(),
            };
        }
        "?".into()
    }

    /// The repr of a list or tuple. A list is read item by item as the reprs run
    /// (CPython's `list_repr`): an item's `__repr__` may shrink or clear it.
    fn write_seq_repr(
        &mut self,
        o: &Obj,
        open: &str,
        close: &str,
        trailing_comma: bool,
        out: &mut TextBuf,
    ) -> PyResult<()> {
        if self.repr_stack.contains(&o.addr()) {
            out.push_str(open);
            out.push_str("...");
            out.push_str(close);
            return Ok(());
        }
        self.enter_native(" while getting the repr of an object")?;
        self.repr_stack.push(o.addr());
        out.push_str(open);
        let mut result = Ok(());
        let mut i = 0;
        while let Some(it) = seq_item(o, i) {
            if i > 0 {
                out.push_str(", ");
            }
            if let Err(e) = self.write_repr(&it, out) {
                result = Err(e);
                break;
            }
            i += 1;
        }
        if trailing_comma {
            out.push(',');
        }
        out.push_str(close);
        self.repr_stack.pop();
        self.leave_native();
        result
    }

    fn write_dict_repr(&mut self, o: &Obj, out: &mut TextBuf) -> PyResult<()> {
        if self.repr_stack.contains(&o.addr()) {
            out.push_str("{...}");
            return Ok(());
        }
        self.enter_native(" while getting the repr of an object")?;
        self.repr_stack.push(o.addr());
        out.push('{');
        let mut result = Ok(());
        // Entries are read one at a time as the reprs run (CPython's `dict_repr`
        // walks the live table): a key's or value's `__repr__` may change the dict.
        let mut pos = 0;
        let mut first = true;
        while let Some((next, k, v)) = dict_entry_from(o, pos) {
            pos = next + 1;
            if !first {
                out.push_str(", ");
            }
            first = false;
            if let Err(e) = self.write_repr(&k, out) {
                result = Err(e);
                break;
            }
            out.push_str(": ");
            if let Err(e) = self.write_repr(&v, out) {
                result = Err(e);
                break;
            }
        }
        out.push('}');
        self.repr_stack.pop();
        self.leave_native();
        result
    }

    /// Decimal text of a big int, honouring the int/str conversion digit limit.
    pub fn bigint_to_decimal(&mut self, o: &Obj) -> PyResult<String> {
        let Some(b) = o.downcast::<BigIntObj>() else {
            return Ok(String::new());
        };
        let limit = self.int_max_str_digits;
        if limit > 0 && b.0.bits() as f64 * std::f64::consts::LOG10_2 > limit as f64 + 1.0 {
            return Err(self.value_error(format!(
                "Exceeds the limit ({limit} digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit"
            )));
        }
        let s = b.0.to_string();
        let digits = s.trim_start_matches('-').len();
        if limit > 0 && digits > limit {
            return Err(self.value_error(format!(
                "Exceeds the limit ({limit} digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit"
            )));
        }
        Ok(s)
    }

    /// `str(exc)`: the single argument's str, or the args tuple's repr.
    pub fn exception_str(&mut self, o: &Obj) -> PyResult<String> {
        let Some(e) = o.downcast::<ExceptionObj>() else {
            return Ok(String::new());
        };
        if let Some(s) = self.os_error_str(o)? {
            return Ok(s);
        }
        if let Some(s) = self.unicode_error_str(o)? {
            return Ok(s);
        }
        let args = e.args();
        let items = as_tuple(&args).map(<[Obj]>::to_vec).unwrap_or_default();
        let cls = self.type_of(o);
        if self.is_subclass(&cls, &self.exc.syntax_error.clone()) {
            return self.syntax_error_str(o);
        }
        if self.is_subclass(&cls, &self.exc.key_error.clone()) && items.len() == 1 {
            return self.repr_string(&items[0]);
        }
        match items.len() {
            0 => Ok(String::new()),
            1 => self.str_string(&items[0]),
            _ => self.repr_string(&args),
        }
    }

    /// `str(syntax_error)`: `msg (file.py, line 3)`, naming the file without its
    /// directory, as CPython does.
    fn syntax_error_str(&mut self, o: &Obj) -> PyResult<String> {
        let none = self.none();
        let attr = |vm: &mut Vm, name: &str| -> PyResult<Option<Obj>> {
            let k = vm.intern(name)?;
            Ok(vm.getattr_opt(o, &k)?.filter(|v| !v.ptr_eq(&none)))
        };
        let msg_key = self.intern("msg")?;
        let msg = match self.getattr_opt(o, &msg_key)? {
            Some(m) => self.str_string(&m)?,
            None => {
                // Raised without position details: the first argument is the message.
                let first = o
                    .downcast::<ExceptionObj>()
                    .and_then(|e| as_tuple(&e.args()).and_then(|t| t.first().cloned()));
                match first {
                    Some(m) => self.str_string(&m)?,
                    None => String::new(),
                }
            }
        };
        let filename = attr(self, "filename")?
            .and_then(|f| as_str(&f).map(|s| s.rsplit('/').next().unwrap_or(s).to_owned()));
        let lineno = attr(self, "lineno")?.and_then(|l| crate::objects::IntObj::value(&l));
        Ok(match (filename, lineno) {
            (Some(f), Some(l)) => format!("{msg} ({f}, line {l})"),
            (Some(f), None) => format!("{msg} ({f})"),
            (None, Some(l)) => format!("{msg} (line {l})"),
            (None, None) => msg,
        })
    }

    /// `repr(exc)`: `ValueError('msg')`.
    pub fn exception_repr_obj(&mut self, o: &Obj) -> PyResult {
        let Some(e) = o.downcast::<ExceptionObj>() else {
            return self.new_str("");
        };
        let args = e.args();
        let name = self.type_name(o);
        let items = as_tuple(&args).map(<[Obj]>::to_vec).unwrap_or_default();
        let mut out = TextBuf::from(format!("{name}("));
        if items.len() == 1 {
            self.write_repr(&items[0], &mut out)?;
        } else {
            // The tuple's repr without its parentheses.
            let mut inner = TextBuf::new();
            self.write_repr(&args, &mut inner)?;
            let b = inner.as_bytes();
            match &inner {
                TextBuf::Utf8(s) => out.push_str(s.get(1..s.len() - 1).unwrap_or("")),
                TextBuf::Wtf8(_) => out.push_wtf8(b.get(1..b.len() - 1).unwrap_or(b"")),
            }
        }
        out.push(')');
        self.new_str_buf(&out)
    }

    /// `str(exc)` as a str object: a lone argument's str is returned as it is, lone
    /// surrogates included; the other forms are the text of `exception_str`.
    pub fn exception_str_obj(&mut self, o: &Obj) -> PyResult {
        if let Some(e) = o.downcast::<ExceptionObj>()
            && let Some(items) = as_tuple(&e.args())
                .filter(|t| t.len() == 1)
                .map(<[Obj]>::to_vec)
        {
            let cls = self.type_of(o);
            // OSError's own form needs two arguments, UnicodeError's five.
            let plain = !self.is_subclass(&cls, &self.exc.syntax_error.clone())
                && !self.is_subclass(&cls, &self.exc.key_error.clone())
                && !self.is_unicode_codec_error(o);
            if plain {
                return self.str_of(&items[0]);
            }
        }
        let s = self.exception_str(o)?;
        self.new_str(&s)
    }
}

/// Modules CPython 3.11 compiles into its binary (its `_imp.is_frozen`): their repr
/// says `(frozen)` there even where minipy writes them in Rust.
const CPYTHON_FROZEN_MODULES: &[&str] = &[
    "_collections_abc",
    "_sitebuiltins",
    "abc",
    "codecs",
    "genericpath",
    "io",
    "ntpath",
    "os",
    "posixpath",
    "runpy",
    "site",
    "stat",
    "zipimport",
];

impl Vm {
    /// How a module without a file came to be, for its repr: ` (built-in)` for the
    /// modules written in Rust, ` (frozen)` for those compiled in from Python, nothing
    /// for one made by `types.ModuleType`.
    fn module_origin(&mut self, m: &Obj, name: &str) -> PyResult<&'static str> {
        let key = self.new_str(name)?;
        let modules = self.modules.clone();
        let imported = self
            .dict_lookup(&modules, &key)?
            .is_some_and(|o| o.ptr_eq(m));
        Ok(if !imported && name != "builtins" {
            ""
        } else if (self.library.frozen_source)(name).is_some()
            || CPYTHON_FROZEN_MODULES.contains(&name)
        {
            " (frozen)"
        } else {
            " (built-in)"
        })
    }
}

/// Item `i` of a list (as it is now) or tuple.
fn seq_item(o: &Obj, i: usize) -> Option<Obj> {
    match o.downcast::<ListObj>() {
        Some(l) => l.items.try_borrow().ok()?.get(i).cloned(),
        None => as_tuple(o)?.get(i).cloned(),
    }
}

/// The first live entry of a dict at or after `pos`: (position, key, value).
fn dict_entry_from(o: &Obj, pos: usize) -> Option<(usize, Obj, Obj)> {
    let d = o.downcast::<DictObj>()?;
    let t = d.table.try_borrow().ok()?;
    t.next_entry(pos)
        .map(|(p, e)| (p, e.key.clone(), e.value.clone()))
}
