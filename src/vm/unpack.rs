//! `*` and `**` unpacking in displays and calls, with CPython's error messages (which
//! name the function being called when there is one).

use smallvec::SmallVec;

use crate::heap::Obj;
use crate::objects::function::{BoundMethodObj, BuiltinFunctionObj, FunctionObj};
use crate::objects::str::as_str;
use crate::objects::tuple::as_tuple;
use crate::objects::{DictObj, Tag, TypeObj, tag_of};

use super::{Args, PyResult, Vm};

impl Vm {
    /// How CPython names a callable in call errors: `__main__.f()`, `len()`,
    /// `list.append()`.
    pub(crate) fn function_str(&mut self, f: &Obj) -> String {
        match tag_of(f) {
            Tag::BoundMethod => {
                let inner = f.downcast::<BoundMethodObj>().map(|m| m.func.clone());
                match inner {
                    Some(func) => self.function_str(&func),
                    None => "function()".into(),
                }
            }
            Tag::Function => {
                let (module, qualname) = match f.downcast::<FunctionObj>() {
                    Some(func) => (func.module.get(), func.qualname.get()),
                    None => return "function()".into(),
                };
                let q = as_str(&qualname).unwrap_or("?").to_owned();
                match module.as_ref().and_then(as_str) {
                    Some(m) if m != "builtins" => format!("{m}.{q}()"),
                    _ => format!("{q}()"),
                }
            }
            Tag::BuiltinFunction => match f.downcast::<BuiltinFunctionObj>() {
                Some(b) => match (b.owner_name(), &b.bound) {
                    (Some(owner), bound)
                        if bound.as_ref().is_none_or(|o| tag_of(o) != Tag::Module) =>
                    {
                        format!("{owner}.{}()", b.name())
                    }
                    _ => format!("{}()", b.name()),
                },
                None => "function()".into(),
            },
            Tag::Type => {
                let q = f
                    .downcast::<TypeObj>()
                    .map(|t| t.qualname.borrow().to_string())
                    .unwrap_or_default();
                let module = self
                    .lookup_type_attr(f, "__module__")
                    .and_then(|m| as_str(&m).map(str::to_owned));
                match module {
                    Some(m) if m != "builtins" => format!("{m}.{q}()"),
                    _ => format!("{q}()"),
                }
            }
            _ => {
                let n = self.type_name(f);
                format!("{n} object")
            }
        }
    }

    /// True when `o` can be iterated (has `__iter__` or is a sequence).
    fn is_iterable(&mut self, o: &Obj) -> bool {
        self.get_iter(o).is_ok()
    }

    /// `[*x]`, `(*x,)` and `f(a, *x)`: extends the list being built.
    pub(crate) fn list_extend_unpack(&mut self, l: &Obj, v: &Obj) -> PyResult<()> {
        match self.list_extend(l, v) {
            Ok(()) => Ok(()),
            Err(e) => {
                let te = self.exc.type_error.clone();
                if self.err_matches(&e, &te) && !self.is_iterable(v) {
                    let n = self.type_name(v);
                    return Err(
                        self.type_error(format!("Value after * must be an iterable, not {n}"))
                    );
                }
                Err(e)
            }
        }
    }

    /// `{**x}` in a dict display.
    pub(crate) fn dict_update_display(&mut self, d: &Obj, v: &Obj) -> PyResult<()> {
        if tag_of(v) != Tag::Dict && self.getattr_opt_str(v, "keys")?.is_none() {
            let n = self.type_name(v);
            return Err(self.type_error(format!("'{n}' object is not a mapping")));
        }
        self.dict_update_from(d, v, false)
    }

    /// `f(**x)`: merges `x` into the keyword dict of a call to `func`; repeated
    /// keywords are an error.
    pub(crate) fn dict_merge_call(&mut self, d: &Obj, v: &Obj, func: &Obj) -> PyResult<()> {
        if tag_of(v) != Tag::Dict && self.getattr_opt_str(v, "keys")?.is_none() {
            let fs = self.function_str(func);
            let n = self.type_name(v);
            return Err(
                self.type_error(format!("{fs} argument after ** must be a mapping, not {n}"))
            );
        }
        let fresh = self.new_dict()?;
        self.dict_update_from(&fresh, v, false)?;
        let pairs: Vec<(Obj, Obj)> = fresh
            .downcast::<DictObj>()
            .map(|t| {
                t.table
                    .borrow()
                    .iter()
                    .map(|e| (e.key.clone(), e.value.clone()))
                    .collect()
            })
            .unwrap_or_default();
        for (k, val) in pairs {
            if self.dict_lookup(d, &k)?.is_some() {
                let fs = self.function_str(func);
                let msg = match as_str(&k) {
                    Some(s) => format!("{fs} got multiple values for keyword argument '{s}'"),
                    None => "keywords must be strings".to_owned(),
                };
                return Err(self.type_error(msg));
            }
            self.dict_set(d, k, val)?;
        }
        Ok(())
    }

    /// `CallEx`: `f(*args, **kwargs)`. `args` is a tuple, or (for a call whose only
    /// positional argument is `*x`) any iterable.
    pub(crate) fn call_unpacked(&mut self, f: &Obj, args: &Obj, kwargs: Option<&Obj>) -> PyResult {
        let pos: SmallVec<[Obj; 6]> = match as_tuple(args) {
            Some(t) => t.iter().cloned().collect(),
            None => {
                if !self.is_iterable(args) {
                    let fs = self.function_str(f);
                    let n = self.type_name(args);
                    return Err(self.type_error(format!(
                        "{fs} argument after * must be an iterable, not {n}"
                    )));
                }
                self.iterate_to_vec(args)?.into_iter().collect()
            }
        };
        let mut kw = Vec::new();
        if let Some(d) = kwargs.and_then(|d| d.downcast::<DictObj>()) {
            for e in d.table.borrow().iter() {
                kw.push((e.key.clone(), e.value.clone()));
            }
        }
        // Any str is a keyword, one holding lone surrogates included.
        if kw
            .iter()
            .any(|(k, _)| crate::objects::str::as_text(k).is_none())
        {
            return Err(self.type_error("keywords must be strings"));
        }
        self.call_args(f, Args { pos, kw })
    }
}
