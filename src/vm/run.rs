//! Running source code: parse, compile, execute in a module namespace.

use std::rc::Rc;

use crate::compile::bytecode::CodeObject;
use crate::compile::future::Features;
use crate::compile::{CompileError, CompileMode, ErrorStage, compile_module};
use crate::heap::Obj;
use crate::syntax::ast::Loc;
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
            Err(CompileError::Syntax { msg, loc, stage }) => Err(CompileFailure::Compile(
                compile_stage_error(msg, loc),
                stage,
            )),
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
                let (text, e) = self.parse_error_view(&e, filename);
                self.syntax_error_object(&e, filename, text, Some(e.end_col))
            }
            CompileFailure::Compile(e, stage) => {
                let text = if self.policy().allows(super::Capability::FileSystem) {
                    super::program_text::compiler_error_text(filename, e.line)
                } else {
                    None
                };
                let built = self.syntax_error_object(
                    &e,
                    filename,
                    text,
                    match stage {
                        ErrorStage::Future => None,
                        _ => Some(e.end_col),
                    },
                );
                // The compiler proper gives `args` the location; the symbol table
                // and the future-import check only set the attributes.
                if stage != ErrorStage::Compiler
                    && let PyErr::Exc(exc) = &built
                    && let Ok(m) = self.new_str(&e.msg)
                    && let Ok(a) = self.new_tuple(vec![m])
                    && let Some(x) = exc.downcast::<crate::objects::ExceptionObj>()
                {
                    x.set_args(a);
                }
                built
            }
        }
    }

    /// A parse error as CPython reports it: the text of its line is read from the file
    /// `filename` names when there is one (only its last 999-byte piece for a longer
    /// line, the columns then clipped to it), else taken from the source compiled.
    pub(crate) fn parse_error_view(
        &self,
        e: &SyntaxError,
        filename: &str,
    ) -> (Option<String>, SyntaxError) {
        let source_line = self.sources.get(filename).and_then(|s| {
            s.lines()
                .nth(e.line.saturating_sub(1) as usize)
                .map(|t| format!("{t}\n"))
        });
        let from_file = if self.policy().allows(super::Capability::FileSystem) {
            super::program_text::file_line_bytes(filename, e.line)
                .map(|b| String::from_utf8_lossy(&b).into_owned())
        } else {
            None
        };
        let mut e = e.clone();
        let (Some(file_line), Some(src)) = (&from_file, &source_line) else {
            return (from_file.or(source_line), e);
        };
        if file_line != src {
            // CPython's columns are byte offsets converted to characters of the line it
            // quotes: map ours back to bytes of the compiled line, then onto that one.
            use super::program_text::{byte_to_char_offset, char_to_byte_offset};
            let remap = |col: usize| byte_to_char_offset(file_line, char_to_byte_offset(src, col));
            if e.col > 0 {
                e.col = u32::try_from(remap(e.col as usize)).unwrap_or(u32::MAX);
            }
            if e.end_col > 0 && e.end_line == e.line {
                let end = remap(e.end_col as usize);
                e.end_col = i32::try_from(end).unwrap_or(i32::MAX);
            }
        }
        (from_file, e)
    }

    /// A SyntaxError (or IndentationError, TabError) object with CPython's attributes
    /// and `args` `(msg, (filename, lineno, offset, text, end_lineno, end_offset))`;
    /// `end_offset` None when `end_col` is.
    fn syntax_error_object(
        &mut self,
        e: &SyntaxError,
        filename: &str,
        text: Option<String>,
        end_col: Option<i32>,
    ) -> PyErr {
        let cls = match e.kind {
            SyntaxErrorKind::SyntaxError => self.exc.syntax_error.clone(),
            SyntaxErrorKind::IndentationError => self.exc.indentation_error.clone(),
            SyntaxErrorKind::TabError => self.exc.tab_error.clone(),
        };
        let err = self.new_exception_msg(&cls, &e.msg);
        let exc = self.exc_object(err);
        let attrs: Vec<(&str, PyResult)> = vec![
            ("msg", self.new_str(&e.msg)),
            ("filename", self.new_str(filename)),
            ("lineno", self.new_int(e.line as i64)),
            ("offset", self.new_int(e.col as i64)),
            ("end_lineno", self.new_int(e.end_line as i64)),
            (
                "end_offset",
                match end_col {
                    Some(c) => self.new_int(i64::from(c)),
                    None => Ok(self.none()),
                },
            ),
            (
                "text",
                match text {
                    Some(t) => self.new_str(&t),
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
    /// The parser's error: columns in characters of the line.
    Syntax(SyntaxError),
    /// An error of the compiler proper, its symbol table or the future-import check:
    /// CPython gives these the node's columns in bytes (1-based).
    Compile(SyntaxError, ErrorStage),
    TooDeep,
}

/// A SyntaxError of the compiler stages, with CPython's positions for them: the
/// node's range, columns as 1-based byte offsets.
pub(crate) fn compile_stage_error(msg: String, loc: Loc) -> SyntaxError {
    SyntaxError {
        kind: SyntaxErrorKind::SyntaxError,
        msg,
        line: loc.line.max(1),
        col: loc.col.saturating_add(1),
        end_line: loc.end_line.max(loc.line).max(1),
        end_col: syntax::end_column(loc.end_col.saturating_add(1)),
        incomplete: false,
    }
}
