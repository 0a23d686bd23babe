//! Running source code: parse, compile, execute in a module namespace.

use std::rc::Rc;

use crate::compile::bytecode::CodeObject;
use crate::compile::future::Features;
use crate::compile::{CompileError, CompileMode, compile_module};
use crate::heap::Obj;
use crate::syntax::{self, Mode, SyntaxError, SyntaxErrorKind};

use super::frame::Frame;
use super::{PyErr, PyResult, Vm};

impl Vm {
    /// Parses and compiles `source`; syntax errors come back as `SyntaxError` values
    /// (CPython's positions), too-deep nesting as RecursionError.
    pub fn compile_source(
        &mut self,
        source: &str,
        filename: &str,
        mode: CompileMode,
    ) -> Result<Rc<CodeObject>, CompileFailure> {
        self.compile_source_with(source, filename, mode, Features::default())
    }

    /// `compile_source` with future features already on (those `compile()` is given
    /// in its flags or inherits from the calling code).
    pub fn compile_source_with(
        &mut self,
        source: &str,
        filename: &str,
        mode: CompileMode,
        inherited: Features,
    ) -> Result<Rc<CodeObject>, CompileFailure> {
        self.add_source(filename, source);
        self.compile_recorded_with(source, filename, mode, inherited)
    }

    /// `compile_source` of text whose source is already recorded (`add_source`).
    pub(crate) fn compile_recorded(
        &mut self,
        source: &str,
        filename: &str,
        mode: CompileMode,
    ) -> Result<Rc<CodeObject>, CompileFailure> {
        self.compile_recorded_with(source, filename, mode, Features::default())
    }

    fn compile_recorded_with(
        &mut self,
        source: &str,
        filename: &str,
        mode: CompileMode,
        inherited: Features,
    ) -> Result<Rc<CodeObject>, CompileFailure> {
        let arena = bumpalo::Bump::new();
        let parse_mode = match mode {
            CompileMode::Module => Mode::File,
            CompileMode::Interactive => Mode::Single,
            CompileMode::Eval => Mode::Eval,
        };
        let module = syntax::parse(source, parse_mode, &arena).map_err(CompileFailure::Syntax)?;
        if let Some((digits, line)) = module.longest_decimal_literal {
            let limit = self.int_max_str_digits;
            if limit > 0 && digits > limit {
                return Err(CompileFailure::Syntax(SyntaxError {
                    kind: SyntaxErrorKind::SyntaxError,
                    msg: format!(
                        "Exceeds the limit ({limit} digits) for integer string conversion: \
                         value has {digits} digits; use sys.set_int_max_str_digits() to \
                         increase the limit - Consider hexadecimal for huge integer literals \
                         to avoid decimal conversion limits."
                    ),
                    line,
                    col: 0,
                    end_line: line,
                    end_col: 0,
                    incomplete: false,
                }));
            }
        }
        match compile_module(self, &module, filename, mode, inherited) {
            Ok(code) => Ok(code),
            Err(CompileError::Syntax { msg, loc }) => {
                let line_text = source
                    .lines()
                    .nth(loc.line.saturating_sub(1) as usize)
                    .unwrap_or("");
                let col = char_col(line_text, loc.col as usize) + 1;
                let (end_line, end_col) = if loc.end_line > loc.line {
                    // A statement spanning lines (CPython keeps its whole range).
                    let end_text = source
                        .lines()
                        .nth(loc.end_line.saturating_sub(1) as usize)
                        .unwrap_or("");
                    (loc.end_line, char_col(end_text, loc.end_col as usize) + 1)
                } else {
                    let end_col = char_col(line_text, loc.end_col as usize) + 1;
                    (loc.line.max(1), end_col.max(col + 1))
                };
                Err(CompileFailure::Syntax(SyntaxError {
                    kind: SyntaxErrorKind::SyntaxError,
                    msg,
                    line: loc.line.max(1),
                    col: col as u32,
                    end_line,
                    end_col: end_col as u32,
                    incomplete: false,
                }))
            }
            Err(CompileError::TooDeep) => Err(CompileFailure::TooDeep),
        }
    }

    /// Shows a compile-time SyntaxWarning as CPython's compiler does, through
    /// `warnings.warn_explicit(msg, SyntaxWarning, filename, line)` (no registry: each
    /// one is shown). An error means a filter turned the warning into an exception.
    pub(crate) fn syntax_warning(&mut self, filename: &str, line: u32, msg: &str) -> PyResult<()> {
        let warnings = self.import_module("warnings")?;
        let name = self.intern("warn_explicit")?;
        let warn = self.getattr(&warnings, &name)?;
        let args = vec![
            self.new_str(msg)?,
            self.exc.syntax_warning.clone(),
            self.new_str(filename)?,
            self.new_int(i64::from(line))?,
        ];
        self.call(&warn, args)?;
        Ok(())
    }

    /// Turns a compile failure into the Python exception CPython would raise.
    pub fn compile_failure_to_exception(&mut self, f: CompileFailure, filename: &str) -> PyErr {
        match f {
            CompileFailure::TooDeep => {
                self.recursion_error("maximum recursion depth exceeded during compilation")
            }
            CompileFailure::Syntax(e) => {
                let cls = match e.kind {
                    SyntaxErrorKind::SyntaxError => self.exc.syntax_error.clone(),
                    SyntaxErrorKind::IndentationError => self.exc.indentation_error.clone(),
                    SyntaxErrorKind::TabError => self.exc.tab_error.clone(),
                };
                let err = self.new_exception_msg(&cls, &e.msg);
                let exc = self.exc_object(err);
                let text = self.sources.get(filename).and_then(|s| {
                    s.lines()
                        .nth(e.line.saturating_sub(1) as usize)
                        .map(str::to_owned)
                });
                let attrs: Vec<(&str, PyResult)> = vec![
                    ("msg", self.new_str(&e.msg)),
                    ("filename", self.new_str(filename)),
                    ("lineno", self.new_int(e.line as i64)),
                    ("offset", self.new_int(e.col as i64)),
                    ("end_lineno", self.new_int(e.end_line as i64)),
                    ("end_offset", self.new_int(e.end_col as i64)),
                    (
                        "text",
                        match text {
                            Some(t) => self.new_str(&format!("{t}\n")),
                            None => Ok(self.none()),
                        },
                    ),
                ];
                let mut details = Vec::new();
                for (k, v) in attrs {
                    if let (Ok(key), Ok(v)) = (self.intern(k), v) {
                        if k != "msg" {
                            details.push(v.clone());
                        }
                        let _ = self.instance_attr_set(&exc, &key, v);
                    }
                }
                // args is (msg, (filename, lineno, offset, text, end_lineno, end_offset)).
                if details.len() == 6 {
                    details.swap(3, 5);
                    details.swap(4, 5);
                    if let (Ok(d), Ok(m)) = (self.new_tuple(details), self.new_str(&e.msg))
                        && let Ok(a) = self.new_tuple(vec![m, d])
                        && let Some(x) = exc.downcast::<crate::objects::ExceptionObj>()
                    {
                        x.set_args(a);
                    }
                }
                PyErr::Exc(exc)
            }
        }
    }

    /// Runs a module-level code object with `globals` as its namespace.
    pub fn run_code(&mut self, code: Rc<CodeObject>, globals: &Obj) -> PyResult {
        self.run_code_in(code, globals, globals)
    }

    /// Runs a module-level code object with its own globals and `namespace` (the
    /// locals mapping of `exec`/`eval`).
    pub fn run_code_in(
        &mut self,
        code: Rc<CodeObject>,
        globals: &Obj,
        namespace: &Obj,
    ) -> PyResult {
        let locals_base = self.stack.len();
        for _ in 0..code.frame_slots() {
            self.stack.push(self.s.null.clone());
        }
        self.frames.push(Frame::body(
            code,
            globals.clone(),
            namespace.clone(),
            None,
            locals_base,
        ));
        self.run_pushed_frame()
    }

    /// Parses, compiles and runs `source` in the namespace `globals` (imports use this).
    pub fn exec_source(&mut self, source: &str, filename: &str, globals: &Obj) -> PyResult {
        self.ensure_builtins_in(globals)?;
        let code = match self.compile_source(source, filename, CompileMode::Module) {
            Ok(c) => c,
            Err(f) => return Err(self.compile_failure_to_exception(f, filename)),
        };
        self.run_code(code, globals)
    }

    /// Runs source of the interpreter's own (frozen) modules: its code is trusted to
    /// import what it needs whatever the sandbox's module allow-list says.
    pub(crate) fn exec_trusted_source(
        &mut self,
        source: &'static str,
        filename: &str,
        globals: &Obj,
    ) -> PyResult {
        self.ensure_builtins_in(globals)?;
        self.compiling_trusted = true;
        let compiled = self.compile_frozen(source, filename);
        self.compiling_trusted = false;
        match compiled {
            Ok(code) => self.run_code(code, globals),
            Err(f) => Err(self.compile_failure_to_exception(f, filename)),
        }
    }

    /// Puts `__builtins__` into a module namespace.
    pub(crate) fn ensure_builtins_in(&mut self, globals: &Obj) -> PyResult<()> {
        let k = self.intern("__builtins__")?;
        if self.dict_get_str(globals, &k).is_none() {
            let b = self.import_module("builtins")?;
            self.dict_set(globals, k, b)?;
        }
        Ok(())
    }

    /// Creates (or returns) the `__main__` module.
    /// After a Rust panic abandoned a REPL statement: drops the frames and values it
    /// left behind, so that the session can go on with its namespaces as they are.
    pub(crate) fn reset_after_panic(&mut self) {
        self.frames.clear();
        self.locals_holders.clear();
        self.stack.clear();
        self.native_depth = 0;
        self.c_levels.clear();
        self.update_frame_limit();
        self.handled_exc = None;
        self.flush_stdout();
    }

    pub fn main_module(&mut self, filename: Option<&str>) -> PyResult {
        let key = self.new_str("__main__")?;
        let modules = self.modules.clone();
        if let Some(m) = self.dict_lookup(&modules, &key)? {
            return Ok(m);
        }
        let m = self.new_module("__main__")?;
        let d = self.module_dict(&m).ok_or_else(|| self.bad_payload())?;
        // The names CPython's `__main__` starts with, in its order (`__annotations__`
        // is there from the start, for annotations typed at the prompt); minipy's
        // import system has no loader objects, so `__loader__` is None.
        for name in ["__package__", "__loader__", "__spec__"] {
            let k = self.intern(name)?;
            let none = self.none();
            self.dict_set(&d, k, none)?;
        }
        let k = self.intern("__annotations__")?;
        let annotations = self.new_dict()?;
        self.dict_set(&d, k, annotations)?;
        self.ensure_builtins_in(&d)?;
        if let Some(f) = filename {
            let k = self.intern("__file__")?;
            let v = self.new_str(f)?;
            self.dict_set(&d, k, v)?;
            let k = self.intern("__cached__")?;
            let none = self.none();
            self.dict_set(&d, k, none)?;
        }
        self.dict_set(&modules, key, m.clone())?;
        Ok(m)
    }
}

/// Why source could not be compiled.
#[derive(Debug)]
pub enum CompileFailure {
    Syntax(SyntaxError),
    TooDeep,
}

/// Character column of a byte offset within a line.
fn char_col(line: &str, byte: usize) -> usize {
    let b = byte.min(line.len());
    let mut b2 = b;
    while b2 > 0 && !line.is_char_boundary(b2) {
        b2 -= 1;
    }
    line[..b2].chars().count()
}
