//! The match statement's instructions (CPython 3.11's MATCH_SEQUENCE, MATCH_MAPPING,
//! MATCH_KEYS, MATCH_CLASS and COPY_DICT_WITHOUT_KEYS), kept out of the dispatch loop.

use crate::heap::Obj;
use crate::objects::str::as_str;
use crate::objects::tuple::as_tuple;
use crate::objects::{Tag, tag_of};

use super::{PyResult, Vm};

impl Vm {
    /// Whether `subject` is a sequence for pattern matching: list, tuple, range, deque
    /// and their subclasses (never str, bytes or bytearray).
    fn is_match_sequence(&self, subject: &Obj) -> bool {
        match tag_of(subject) {
            Tag::List | Tag::Tuple | Tag::Range | Tag::Deque => true,
            Tag::Str | Tag::Bytes | Tag::ByteArray | Tag::Int | Tag::Float | Tag::Dict => false,
            _ => {
                let t = self.type_of(subject);
                [
                    &self.types.list,
                    &self.types.tuple,
                    &self.types.range,
                    self.types.by_tag(Tag::Deque),
                ]
                .iter()
                .any(|c| self.is_subclass(&t, c))
            }
        }
    }

    /// MATCH_SEQUENCE with the length check: `arg >> 1` items, at least that many when
    /// bit 0 is set.
    pub(super) fn match_sequence(&mut self, subject: &Obj, arg: u32) -> PyResult<bool> {
        if !self.is_match_sequence(subject) {
            return Ok(false);
        }
        let want = (arg >> 1) as usize;
        let len = self.len(subject)?;
        Ok(if arg & 1 != 0 {
            len >= want
        } else {
            len == want
        })
    }

    /// MATCH_MAPPING (dict and its subclasses) with CPython's length check before the
    /// keys are looked up.
    pub(super) fn match_mapping(&mut self, subject: &Obj, min_len: u32) -> PyResult<bool> {
        if !(tag_of(subject) == Tag::Dict || self.isinstance(subject, &self.types.dict)) {
            return Ok(false);
        }
        Ok(min_len == 0 || self.len(subject)? >= min_len as usize)
    }

    /// MATCH_KEYS: the values of `keys` in `subject` (looked up with its `get` method),
    /// or None when one is missing.
    pub(super) fn match_keys(&mut self, subject: &Obj, keys: &Obj) -> PyResult<Option<Obj>> {
        let keys: Vec<Obj> = as_tuple(keys).map(<[Obj]>::to_vec).unwrap_or_default();
        if keys.is_empty() {
            return Ok(Some(self.new_tuple(vec![])?));
        }
        let get = self.getattr_str(subject, "get")?;
        // A fresh object no mapping can hold: it tells a missing key from any value.
        let dummy = self.new_list(vec![])?;
        let mut seen: Vec<Obj> = Vec::with_capacity(keys.len());
        let mut values = Vec::with_capacity(keys.len());
        for key in keys {
            for s in &seen {
                if self.eq(s, &key)? {
                    let r = self.repr(&key)?;
                    let text = as_str(&r).unwrap_or("").to_owned();
                    return Err(
                        self.value_error(format!("mapping pattern checks duplicate key ({text})"))
                    );
                }
            }
            seen.push(key.clone());
            let v = self.call(&get, vec![key, dummy.clone()])?;
            if v.ptr_eq(&dummy) {
                return Ok(None);
            }
            values.push(v);
        }
        Ok(Some(self.new_tuple(values)?))
    }

    /// COPY_DICT_WITHOUT_KEYS: `dict(subject)` less `keys`.
    pub(super) fn copy_dict_without_keys(&mut self, subject: &Obj, keys: &Obj) -> PyResult {
        let dict_type = self.types.dict.clone();
        let rest = self.call(&dict_type, vec![subject.clone()])?;
        let keys: Vec<Obj> = as_tuple(keys).map(<[Obj]>::to_vec).unwrap_or_default();
        for k in &keys {
            self.delitem(&rest, k)?;
        }
        Ok(rest)
    }

    /// Builtin types whose single positional sub-pattern matches the subject itself.
    fn matches_self(&self, cls: &Obj) -> bool {
        let t = &self.types;
        [
            &t.bool_,
            &t.bytearray,
            &t.bytes,
            &t.dict,
            &t.float,
            &t.frozenset,
            &t.int,
            &t.list,
            &t.set,
            &t.str_,
            &t.tuple,
        ]
        .iter()
        .any(|c| self.is_subclass(cls, c))
    }

    /// One attribute of a class pattern; None when the subject lacks it.
    fn match_class_attr(
        &mut self,
        subject: &Obj,
        cls: &Obj,
        name: &Obj,
        seen: &mut Vec<Obj>,
    ) -> PyResult<Option<Obj>> {
        for s in seen.iter() {
            if self.eq(s, name)? {
                let r = self.repr(name)?;
                let text = as_str(&r).unwrap_or("").to_owned();
                let cname = self.class_name(cls);
                return Err(self.type_error(format!(
                    "{cname}() got multiple sub-patterns for attribute {text}"
                )));
            }
        }
        seen.push(name.clone());
        self.getattr_opt(subject, name)
    }

    /// MATCH_CLASS: the attributes for `nargs` positional sub-patterns and the keyword
    /// sub-patterns named in `kwnames`, or None when the subject does not match.
    pub(super) fn match_class(
        &mut self,
        subject: &Obj,
        cls: &Obj,
        kwnames: &Obj,
        nargs: u32,
    ) -> PyResult<Option<Obj>> {
        if tag_of(cls) != Tag::Type {
            return Err(self.type_error("called match pattern must be a type"));
        }
        if !self.isinstance_check(subject, cls, "isinstance")? {
            return Ok(None);
        }
        let nargs = nargs as usize;
        let mut seen = Vec::new();
        let mut attrs = Vec::new();
        if nargs > 0 {
            let key = self.intern("__match_args__")?;
            let match_args = self.getattr_opt(cls, &key)?;
            let (names, match_self) = match match_args {
                Some(ma) => match as_tuple(&ma) {
                    Some(items) => (items.to_vec(), false),
                    None => {
                        let cname = self.class_name(cls);
                        let got = self.type_name(&ma);
                        return Err(self.type_error(format!(
                            "{cname}.__match_args__ must be a tuple (got {got})"
                        )));
                    }
                },
                None => (Vec::new(), self.matches_self(cls)),
            };
            let allowed = if match_self { 1 } else { names.len() };
            if allowed < nargs {
                let cname = self.class_name(cls);
                let plural = if allowed == 1 { "" } else { "s" };
                return Err(self.type_error(format!(
                    "{cname}() accepts {allowed} positional sub-pattern{plural} ({nargs} given)"
                )));
            }
            if match_self {
                attrs.push(subject.clone());
            } else {
                for name in names.iter().take(nargs) {
                    if as_str(name).is_none() {
                        let got = self.type_name(name);
                        return Err(self.type_error(format!(
                            "__match_args__ elements must be strings (got {got})"
                        )));
                    }
                    match self.match_class_attr(subject, cls, name, &mut seen)? {
                        Some(v) => attrs.push(v),
                        None => return Ok(None),
                    }
                }
            }
        }
        let kw: Vec<Obj> = as_tuple(kwnames).map(<[Obj]>::to_vec).unwrap_or_default();
        for name in &kw {
            match self.match_class_attr(subject, cls, name, &mut seen)? {
                Some(v) => attrs.push(v),
                None => return Ok(None),
            }
        }
        Ok(Some(self.new_tuple(attrs)?))
    }
}
