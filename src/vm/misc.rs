//! Instructions with a little logic of their own: function creation, `with`, the REPL's
//! expression echo, and annotations.

use crate::heap::{Obj, ObjCell, OptObjCell};
use crate::objects::function::{CodeObj, FunctionObj};
use crate::objects::str::as_str;

use super::{PyResult, Vm};

impl Vm {
    /// `MakeFunction`: the code object is on top; below it, as the flags say, the
    /// closure, annotations, keyword defaults and positional defaults.
    pub(crate) fn make_function(&mut self, flags: u32) -> PyResult {
        let code_obj = self.stack.pop();
        let take = |bit: u32, vm: &mut Vm| {
            if flags & bit != 0 {
                vm.stack.pop()
            } else {
                None
            }
        };
        let closure = take(8, self);
        let annotations = take(4, self);
        let kwdefaults = take(2, self);
        let defaults = take(1, self);
        let Some(code) = code_obj
            .as_ref()
            .and_then(|c| c.downcast::<CodeObj>())
            .map(|c| c.code.clone())
        else {
            return Err(self.system_error("MakeFunction without a code object"));
        };
        let globals = match self.frames.last() {
            Some(f) => f.globals.clone(),
            None => return Err(self.system_error("MakeFunction outside a frame")),
        };
        let name = code.name_obj.clone();
        let qualname = code.qualname_obj.clone();
        let module = self.dict_get_str(&globals, &self.names.__name__.clone());
        // A leading string constant is the docstring (the compiler puts it first).
        let doc = code
            .consts
            .first()
            .filter(|c| {
                as_str(c).is_some()
                    && code.flags & crate::compile::bytecode::code_flags::HAS_DOCSTRING != 0
            })
            .cloned();
        Ok(self.heap.alloc(FunctionObj {
            code,
            code_obj,
            globals,
            name: ObjCell::new(name),
            qualname: ObjCell::new(qualname),
            defaults: OptObjCell::new(defaults),
            kwdefaults: OptObjCell::new(kwdefaults),
            closure,
            doc: OptObjCell::new(doc),
            dict: OptObjCell::new(None),
            annotations: OptObjCell::new(annotations),
            module: OptObjCell::new(module),
        })?)
    }

    /// `with cm:` entry: returns `(bound __exit__, cm.__enter__())`.
    pub(crate) fn before_with(&mut self, cm: &Obj) -> PyResult<(Obj, Obj)> {
        let cls = self.type_of(cm);
        let enter = self.lookup_type_attr_obj(&cls, &self.names.__enter__);
        let exit = self.lookup_type_attr_obj(&cls, &self.names.__exit__);
        let (Some(enter), Some(exit)) = (enter, exit) else {
            let n = self.type_name(cm);
            let missing = if self.lookup_type_attr(&cls, "__enter__").is_none() {
                ""
            } else {
                " (missed __exit__ method)"
            };
            return Err(self.type_error(format!(
                "'{n}' object does not support the context manager protocol{missing}"
            )));
        };
        let exit_bound = self.bind_descriptor(exit, cm, &cls)?;
        let entered = self.call_method_with(&enter, cm, &[])?;
        Ok((exit_bound, entered))
    }

    /// `PrintExpr` (the REPL and `compile(..., 'single')`): calls `sys.displayhook`
    /// when a program replaced it, else displays the value as the default hook does.
    pub(crate) fn print_expr(&mut self, v: Obj) -> PyResult<()> {
        if let Some(sys) = self.sys_module()?
            && let Some(hook) = self.getattr_opt_str(&sys, "displayhook")?
            && hook
                .downcast::<crate::objects::BuiltinFunctionObj>()
                .is_none_or(|b| b.name() != "displayhook")
        {
            self.call(&hook, vec![v])?;
            return Ok(());
        }
        self.display_value(v)
    }

    /// `sys.__displayhook__`: writes `repr(v)` to `sys.stdout` unless it is None, and
    /// binds it to `builtins._`.
    pub(crate) fn display_value(&mut self, v: Obj) -> PyResult<()> {
        if v.ptr_eq(&self.s.none) {
            return Ok(());
        }
        let key = self.intern("_")?;
        let b = self.builtins.clone();
        let none = self.none();
        self.dict_set(&b, key.clone(), none)?;
        let mut text = self.repr_string(&v)?;
        text.push('\n');
        match self.replaced_stdout()? {
            Some(f) if f.ptr_eq(&self.s.none) => {
                return Err(self.runtime_error("lost sys.stdout"));
            }
            Some(f) => {
                let w = self.getattr_str(&f, "write")?;
                let s = self.new_str(&text)?;
                self.call(&w, vec![s])?;
            }
            None => self.write_stdout(&text)?,
        }
        self.dict_set(&b, key, v)
    }

    /// The `sys` module, once imported.
    fn sys_module(&mut self) -> PyResult<Option<Obj>> {
        let key = self.intern("sys")?;
        let modules = self.modules.clone();
        self.dict_lookup(&modules, &key)
    }

    /// `sys.stdout` when a program replaced it (None when it is still the process's
    /// standard output, which is written directly).
    pub fn replaced_stdout(&mut self) -> PyResult<Option<Obj>> {
        self.replaced_stream("stdout", 1)
    }

    /// `sys.<name>` (`stdout` or `stderr`) when a program replaced it; None while it
    /// is the process's own stream or missing.
    pub(crate) fn replaced_sys_stream(&mut self, name: &str) -> PyResult<Option<Obj>> {
        let fd = if name == "stderr" { 2 } else { 1 };
        match self.replaced_stream(name, fd) {
            Ok(s) => Ok(s),
            Err(_) => Ok(None),
        }
    }

    /// `sys.stdin` when a program replaced it (None when it is still the process's
    /// standard input, which is read directly).
    pub fn replaced_stdin(&mut self) -> PyResult<Option<Obj>> {
        self.replaced_stream("stdin", 0)
    }

    /// The codec and error handler of `sys.stdout` (the process's stream).
    pub fn stdout_codec(&mut self) -> PyResult<(crate::text::codecs::Codec, std::rc::Rc<str>)> {
        let s = self.sys_stream("stdout")?;
        Ok(crate::objects::stream::stream_codec(s.as_ref()))
    }

    /// The codec and error handler of `sys.stdin` (the process's stream).
    pub fn stdin_codec(&mut self) -> PyResult<(crate::text::codecs::Codec, std::rc::Rc<str>)> {
        let s = self.sys_stream("stdin")?;
        Ok(crate::objects::stream::stream_codec(s.as_ref()))
    }

    /// `sys.<name>`, None before `sys` exists.
    fn sys_stream(&mut self, name: &str) -> PyResult<Option<Obj>> {
        let Some(sys) = self.sys_module()? else {
            return Ok(None);
        };
        let Some(d) = self.module_dict(&sys) else {
            return Ok(None);
        };
        let key = self.intern(name)?;
        Ok(self.dict_get_str(&d, &key))
    }

    /// `sys.<name>` unless it is the plain stream over file descriptor `fd`.
    fn replaced_stream(&mut self, name: &str, fd: u8) -> PyResult<Option<Obj>> {
        let Some(sys) = self.sys_module()? else {
            return Ok(None);
        };
        let Some(d) = self.module_dict(&sys) else {
            return Ok(None);
        };
        let key = self.intern(name)?;
        let Some(stream) = self.dict_get_str(&d, &key) else {
            // Module teardown empties `sys` before the last finalizers run: they
            // still write to the process's stream.
            if self.finalizing_modules {
                return Ok(None);
            }
            // Deleted from `sys`: CPython's print() and input() refuse.
            let prefix = if name == "stdin" { "input(): " } else { "" };
            return Err(self.runtime_error(format!("{prefix}lost sys.{name}")));
        };
        Ok(Some(stream).filter(|o| {
            o.downcast::<crate::objects::stream::StreamObj>()
                .is_none_or(|s| s.fd != fd || !s.is_plain())
        }))
    }

    /// `SetupAnnotations`: make sure the namespace has `__annotations__`.
    pub(crate) fn setup_annotations(&mut self) -> PyResult<()> {
        let ns = match self.frames.last() {
            Some(f) => f.namespace.clone().unwrap_or_else(|| f.globals.clone()),
            None => return Ok(()),
        };
        let key = self.intern("__annotations__")?;
        if self.mapping_get(&ns, &key)?.is_none() {
            let d = self.new_dict()?;
            self.mapping_set(&ns, key, d)?;
        }
        Ok(())
    }

    /// `ascii(o)`: repr with non-ASCII characters escaped.
    pub fn ascii_of(&mut self, o: &Obj) -> PyResult {
        let r = self.repr(o)?;
        // Code points, since a `__repr__` may return lone surrogates.
        let r = crate::objects::str::as_text(&r).unwrap_or(b"");
        let mut out = String::with_capacity(r.len());
        for u in crate::text::wtf8::code_points(r) {
            if u < 0x80 {
                out.push(u as u8 as char);
            } else if u < 0x100 {
                out.push_str(&format!("\\x{u:02x}"));
            } else if u < 0x10000 {
                out.push_str(&format!("\\u{u:04x}"));
            } else {
                out.push_str(&format!("\\U{u:08x}"));
            }
        }
        self.new_str(&out)
    }
}
