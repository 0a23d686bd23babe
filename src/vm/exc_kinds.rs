//! Builtin exception classes with structure beyond `args`: OSError (errno, strerror,
//! filename, and the errno-to-subclass mapping), ImportError (name, path) and the
//! `name` of NameError/AttributeError.

use crate::heap::Obj;
use crate::objects::exception::TraceEntry;
use crate::objects::function::CodeObj;
use crate::objects::str::as_str;
use crate::objects::tuple::as_tuple;
use crate::objects::{ExceptionObj, IntObj};

use super::{PyResult, Vm};

/// Exception bases whose instances get fields of their own when created.
pub(super) const FAMILY_OS: u8 = 1;
pub(super) const FAMILY_IMPORT: u8 = 2;
pub(super) const FAMILY_SYNTAX: u8 = 4;
pub(super) const FAMILY_UNICODE: u8 = 8;

impl Vm {
    /// The OSError subclass CPython picks for an errno (`OSError(2, ...)` is a
    /// FileNotFoundError).
    pub(super) fn os_error_subclass(&self, errno: i64) -> Option<Obj> {
        let e = &self.exc;
        Some(match errno {
            1 | 13 => e.permission_error.clone(),
            2 => e.file_not_found_error.clone(),
            3 => e.process_lookup_error.clone(),
            4 => e.interrupted_error.clone(),
            10 => e.child_process_error.clone(),
            11 | 114 | 115 => e.blocking_io_error.clone(),
            17 => e.file_exists_error.clone(),
            20 => e.not_a_directory_error.clone(),
            21 => e.is_a_directory_error.clone(),
            32 | 108 => e.broken_pipe_error.clone(),
            103 => e.connection_aborted_error.clone(),
            104 => e.connection_reset_error.clone(),
            110 => e.timeout_error.clone(),
            111 => e.connection_refused_error.clone(),
            _ => return None,
        })
    }

    /// The class an exception is really created as: `OSError(errno, ...)` itself
    /// becomes the matching subclass.
    pub(crate) fn exception_class_for(&self, cls: &Obj, args: &[Obj]) -> Obj {
        if cls.ptr_eq(&self.exc.os_error)
            && (2..=5).contains(&args.len())
            && let Some(errno) = IntObj::value(&args[0])
            && let Some(sub) = self.os_error_subclass(errno)
        {
            return sub;
        }
        cls.clone()
    }

    /// Sets up the structured attributes of a new exception from its arguments
    /// (`errno`/`strerror`/`filename` of OSError, with `args` cut to the first two when
    /// a filename is given; `name`/`path` of ImportError from keywords).
    pub(crate) fn init_exception_fields(&mut self, exc: &Obj, kw: &[(Obj, Obj)]) -> PyResult<()> {
        let Some(e) = exc.downcast::<ExceptionObj>() else {
            return Ok(());
        };
        let cls = self.type_of(exc);
        let family = self.exception_family(&cls);
        if family == 0 {
            // No base with fields of its own (the common case): nothing to fill in.
            if !kw.is_empty() {
                let n = self.type_name(exc);
                return Err(self.type_error(format!("{n}() takes no keyword arguments")));
            }
            return Ok(());
        }
        let args = e.args();
        let items = as_tuple(&args).map(<[Obj]>::to_vec).unwrap_or_default();
        if family & FAMILY_OS != 0 {
            if !kw.is_empty() {
                let n = self.type_name(exc);
                return Err(self.type_error(format!("{n}() takes no keyword arguments")));
            }
            let none = self.none();
            // As CPython: the second file name, and the shortening of `args` to
            // `(errno, strerror)`, only come with a first file name.
            let has_filename = (3..=5).contains(&items.len()) && !items[2].ptr_eq(&none);
            let (errno, strerror, filename, filename2) = if (2..=5).contains(&items.len()) {
                let at = |i: usize| items.get(i).cloned().unwrap_or_else(|| none.clone());
                let second = if has_filename { at(4) } else { none.clone() };
                (at(0), at(1), at(2), second)
            } else {
                (none.clone(), none.clone(), none.clone(), none.clone())
            };
            for (name, v) in [
                ("errno", errno),
                ("strerror", strerror),
                ("filename", filename.clone()),
                ("filename2", filename2),
            ] {
                let k = self.intern(name)?;
                self.instance_attr_set(exc, &k, v)?;
            }
            if has_filename {
                let t = self.new_tuple(items[..2].to_vec())?;
                e.set_args(t);
            }
            return Ok(());
        }
        if family & FAMILY_IMPORT != 0 {
            let mut name = self.none();
            let mut path = self.none();
            for (k, v) in kw {
                match as_str(k) {
                    Some("name") => name = v.clone(),
                    Some("path") => path = v.clone(),
                    Some(other) => {
                        let other = other.to_owned();
                        let n = self.type_name(exc);
                        return Err(self.type_error(format!(
                            "'{other}' is an invalid keyword argument for {n}()"
                        )));
                    }
                    None => return Err(self.type_error("keywords must be strings")),
                }
            }
            let k = self.intern("name")?;
            self.instance_attr_set(exc, &k, name)?;
            let k = self.intern("path")?;
            self.instance_attr_set(exc, &k, path)?;
            let k = self.intern("msg")?;
            let msg = items.first().cloned().unwrap_or_else(|| self.none());
            self.instance_attr_set(exc, &k, msg)?;
            return Ok(());
        }
        if !kw.is_empty() {
            let n = self.type_name(exc);
            return Err(self.type_error(format!("{n}() takes no keyword arguments")));
        }
        if family & FAMILY_SYNTAX != 0 {
            self.init_syntax_error_fields(exc, &items)?;
        }
        if family & FAMILY_UNICODE != 0 {
            self.init_unicode_error_defaults(exc)?;
        }
        Ok(())
    }

    /// Which of the exception classes with fields of their own (`FAMILY_*`) `cls`
    /// derives from, in one walk of its MRO (this runs for every exception created).
    pub(super) fn exception_family(&self, cls: &Obj) -> u8 {
        let Some(tp) = cls.downcast::<crate::objects::TypeObj>() else {
            return 0;
        };
        let mro = tp.mro.borrow();
        let kinds = [
            (&self.exc.os_error, FAMILY_OS),
            (&self.exc.import_error, FAMILY_IMPORT),
            (&self.exc.syntax_error, FAMILY_SYNTAX),
            (&self.exc.unicode_error, FAMILY_UNICODE),
        ];
        let mut family = 0;
        for c in as_tuple(&mro).unwrap_or(&[]) {
            for (k, bit) in &kinds {
                if c.ptr_eq(k) {
                    family |= bit;
                }
            }
        }
        family
    }

    /// `SyntaxError(msg, (filename, lineno, offset, text[, end_lineno, end_offset]))`:
    /// the position details become attributes (None when not given).
    fn init_syntax_error_fields(&mut self, exc: &Obj, items: &[Obj]) -> PyResult<()> {
        const FIELDS: [&str; 6] = [
            "filename",
            "lineno",
            "offset",
            "text",
            "end_lineno",
            "end_offset",
        ];
        let none = self.none();
        let mut values = vec![none.clone(); 6];
        if items.len() == 2 {
            let info = self.iterate_to_vec(&items[1])?;
            if !(4..=6).contains(&info.len()) {
                return Err(self.type_error(format!(
                    "function takes at least 4 arguments ({} given)",
                    info.len()
                )));
            }
            for (slot, v) in values.iter_mut().zip(info) {
                *slot = v;
            }
        }
        let msg = items.first().cloned().unwrap_or_else(|| none.clone());
        let k = self.intern("msg")?;
        self.instance_attr_set(exc, &k, msg)?;
        for (name, v) in FIELDS.iter().zip(values) {
            let k = self.intern(name)?;
            self.instance_attr_set(exc, &k, v)?;
        }
        let k = self.intern("print_file_and_line")?;
        self.instance_attr_set(exc, &k, none)
    }

    /// Records the module name on an ImportError raised by the import system.
    pub(crate) fn import_error_with_name(
        &mut self,
        cls: &Obj,
        msg: &str,
        name: &str,
    ) -> super::PyErr {
        let err = self.new_exception_msg(cls, msg);
        let super::PyErr::Exc(exc) = &err else {
            return err;
        };
        let set = |vm: &mut Vm| -> PyResult<()> {
            let n = vm.new_str(name)?;
            let k = vm.intern("name")?;
            vm.instance_attr_set(exc, &k, n)?;
            let none = vm.none();
            let k = vm.intern("path")?;
            vm.instance_attr_set(exc, &k, none)?;
            let m = vm.new_str(msg)?;
            let k = vm.intern("msg")?;
            vm.instance_attr_set(exc, &k, m)
        };
        match set(self) {
            Ok(()) => err,
            Err(e) => e,
        }
    }
}

impl Vm {
    /// Assignment to the special attributes of an exception (`args`, `__cause__`,
    /// `__context__`, `__suppress_context__`, `__traceback__`); None for other names.
    pub(crate) fn exception_setattr(
        &mut self,
        o: &Obj,
        name: &Obj,
        value: &Obj,
    ) -> Option<PyResult<()>> {
        let e = o.downcast::<ExceptionObj>()?;
        let none = self.s.none.clone();
        let as_exc = |vm: &mut Vm, what: &str| -> PyResult<Option<Obj>> {
            if value.ptr_eq(&none) {
                return Ok(None);
            }
            if value.is::<ExceptionObj>() {
                return Ok(Some(value.clone()));
            }
            Err(vm.type_error(format!(
                "exception {what} must be None or derive from BaseException"
            )))
        };
        let r = match as_str(name)? {
            "args" => self.iterate_to_vec(value).and_then(|items| {
                let t = self.new_tuple(items)?;
                e.set_args(t);
                Ok(())
            }),
            "__cause__" => {
                as_exc(self, "cause").and_then(|c| Ok(e.set_cause(self.alloc(), c, true)?))
            }
            "__context__" => as_exc(self, "context").map(|c| e.set_context(c)),
            "__suppress_context__" => self
                .truthy(value)
                .and_then(|b| Ok(e.set_suppress_context(self.alloc(), b)?)),
            "__traceback__" => {
                if value.ptr_eq(&none) {
                    e.set_traceback(self.alloc(), Vec::new());
                    Ok(())
                } else {
                    self.entries_of_traceback(value).map(|(entries, tbs)| {
                        e.set_traceback(self.alloc(), entries);
                        e.set_traceback_objects(tbs);
                    })
                }
            }
            n @ ("start" | "end") => {
                let n = n.to_owned();
                let v = self.unicode_error_setattr(o, &n, value)?;
                v.and_then(|v| self.instance_attr_set(o, name, v))
            }
            _ => return None,
        };
        Some(r)
    }
}

impl Vm {
    /// The traceback entries (innermost first) that a chain of traceback objects
    /// describes, for `exc.__traceback__ = tb` / `exc.with_traceback(tb)`, and the
    /// chain's objects (outermost first), which stay the entries' objects.
    fn entries_of_traceback(&mut self, tb: &Obj) -> PyResult<(Vec<TraceEntry>, Vec<Obj>)> {
        let cls = self.lazy_class("traceback", "builtins", &[])?;
        let mut entries = Vec::new();
        let mut tbs = Vec::new();
        let mut cur = tb.clone();
        while !cur.ptr_eq(&self.s.none) {
            if !self.type_of(&cur).ptr_eq(&cls) {
                return Err(self.type_error("__traceback__ must be a traceback or None"));
            }
            let frame = self.getattr_str(&cur, "tb_frame")?;
            let code = self.getattr_str(&frame, "f_code")?;
            let globals = self.getattr_str(&frame, "f_globals")?;
            let lasti = self.getattr_str(&cur, "tb_lasti")?;
            let lasti = self.to_index(&lasti)?;
            let (Some(code), Ok(ip)) = (code.downcast::<CodeObj>(), u32::try_from(lasti / 2))
            else {
                return Err(self.type_error("__traceback__ must be a traceback or None"));
            };
            entries.push(TraceEntry {
                code: code.code.clone(),
                ip,
                globals,
                locals: None,
            });
            let next = self.getattr_str(&cur, "tb_next")?;
            tbs.push(std::mem::replace(&mut cur, next));
        }
        entries.reverse();
        Ok((entries, tbs))
    }

    /// `exc.__traceback__`: a chain of traceback objects (`tb_lineno`, `tb_lasti`,
    /// `tb_next`), outermost first, or None before the exception was raised.
    pub(crate) fn traceback_object(&mut self, exc: &Obj) -> PyResult {
        let Some(e) = exc.downcast::<ExceptionObj>() else {
            return Ok(self.none());
        };
        // The entries recorded since the objects were last asked for get theirs now;
        // the inner ones keep the objects they were given.
        let (entries, made) = e.entries_without_objects();
        let cls = self.lazy_class("traceback", "builtins", &[])?;
        // Each entry's frame has the next entry out as its caller.
        let mut frames = Vec::with_capacity(entries.len());
        let mut back = self.none();
        for entry in entries.iter().rev() {
            back = self.traceback_frame(
                &entry.code,
                entry.ip as usize,
                entry.globals.clone(),
                entry.locals.as_ref(),
                back,
            )?;
            frames.push(back.clone());
        }
        frames.reverse();
        // Entries are stored innermost first; the chain starts at the outermost.
        let mut next = made.unwrap_or_else(|| self.none());
        let mut tbs = Vec::with_capacity(entries.len());
        for (entry, frame) in entries.iter().zip(frames) {
            let tb = self.call(&cls, vec![])?;
            let line = entry.code.line_of(entry.ip as usize);
            // `tb_next` first: freeing the chain then frees the inner entries' frames
            // (and the locals they keep) first, as CPython's traceback objects do.
            for (name, v) in [
                ("tb_next", next),
                ("tb_frame", frame),
                ("tb_lasti", self.new_int(i64::from(entry.ip) * 2)?),
                ("tb_lineno", self.new_int(i64::from(line))?),
            ] {
                let k = self.intern(name)?;
                self.instance_attr_set(&tb, &k, v)?;
            }
            tbs.push(tb.clone());
            next = tb;
        }
        tbs.reverse();
        e.set_traceback_objects(tbs);
        Ok(next)
    }
}
