//! `eval`, `exec` and `compile`: source (or a code object) run in a globals dict and an
//! optional locals mapping, with CPython's argument checks and messages.

use std::rc::Rc;

use super::ast;
use crate::compile::CompileMode;
use crate::compile::bytecode::{CodeObject, code_flags};
use crate::compile::future::Features;
use crate::heap::Obj;
use crate::objects::bytes::as_bytes;
use crate::objects::str::as_str;
use crate::objects::{CodeObj, DictObj, Tag, tag_of};
use crate::vm::params::{Sig, bind};
use crate::vm::{Args, PyResult, Vm};

/// `compile()` flags that name behaviour minipy always has (the `__future__` features
/// that 3.x made mandatory), so they are accepted and change nothing.
const MANDATORY_FUTURE_FLAGS: i64 = 0x0010 // nested_scopes
    | 0x20000 // division
    | 0x40000 // absolute_import
    | 0x80000 // with_statement
    | 0x100000 // print_function
    | 0x200000 // unicode_literals
    | 0x800000; // generator_stop

/// `CO_FUTURE_ANNOTATIONS`: PEP 563 string annotations, the one future feature that
/// changes how code compiles.
const FUTURE_ANNOTATIONS: i64 = 0x100_0000;

/// The `ast` flags `compile()` accepts.
const AST_FLAGS: i64 =
    ast::PYCF_ONLY_AST | ast::PYCF_TYPE_COMMENTS | ast::PYCF_ALLOW_TOP_LEVEL_AWAIT;

/// The future features of the code that is running: eval, exec and compile (unless
/// `dont_inherit`) compile their source with them, as CPython does.
fn caller_features(vm: &Vm) -> Features {
    Features {
        annotations: vm
            .frames
            .last()
            .is_some_and(|f| f.code.flags & code_flags::FUTURE_ANNOTATIONS != 0),
    }
}

/// The text of a source argument, or the code object given instead.
enum Source {
    Text(String),
    Code(Rc<CodeObject>),
}

/// Reads argument 1 of `fname`: a str, bytes (UTF-8) or, unless `code_ok` is false, a
/// code object.
fn source_arg(vm: &mut Vm, o: &Obj, fname: &str, what: &str) -> PyResult<Source> {
    if let Some(s) = as_str(o) {
        return Ok(Source::Text(s.to_owned()));
    }
    if let Some(b) = as_bytes(o) {
        // Bytes are decoded as a source file is (PEP 263 declarations, a UTF-8 BOM).
        if let Ok(text) = crate::syntax::decode_source(b) {
            let text = text.strip_prefix('\u{feff}').unwrap_or(&text);
            return Ok(Source::Text(text.to_owned()));
        }
        return match std::str::from_utf8(b) {
            Ok(s) => Ok(Source::Text(s.to_owned())),
            Err(_) => Err(syntax_error(
                vm,
                "(unicode error) 'utf-8' codec can't decode bytes",
            )),
        };
    }
    if let Some(c) = o.downcast::<CodeObj>() {
        return Ok(Source::Code(c.code.clone()));
    }
    Err(vm.type_error(format!("{fname}() arg 1 must be a {what} object")))
}

/// Compiles `text` as `<string>` in `mode`.
fn compile_text(
    vm: &mut Vm,
    text: &str,
    filename: &str,
    mode: CompileMode,
    features: Features,
) -> PyResult<Rc<CodeObject>> {
    if text.contains('\0') {
        return Err(syntax_error(
            vm,
            "source code string cannot contain null bytes",
        ));
    }
    match vm.compile_source_with(text, filename, mode, features) {
        Ok(c) => Ok(c),
        Err(f) => Err(vm.compile_failure_to_exception(f, filename)),
    }
}

/// The globals and locals a call runs in: the caller's when none are given; locals
/// default to the globals.
fn namespaces(
    vm: &mut Vm,
    globals: Option<Obj>,
    locals: Option<Obj>,
    fname: &str,
) -> PyResult<(Obj, Obj)> {
    let none = vm.none();
    let globals = globals.filter(|g| !g.ptr_eq(&none));
    let locals = locals.filter(|l| !l.ptr_eq(&none));
    if let Some(g) = &globals
        && !g.is::<DictObj>()
    {
        let t = vm.type_name(g);
        return Err(vm.type_error(if fname == "eval" {
            "globals must be a real dict; try eval(expr, {}, mapping)".to_owned()
        } else {
            format!("exec() globals must be a dict, not {t}")
        }));
    }
    if let Some(l) = &locals
        && !is_mapping(vm, l)
    {
        let t = vm.type_name(l);
        return Err(vm.type_error(if fname == "eval" {
            "locals must be a mapping".to_owned()
        } else {
            format!("locals must be a mapping or None, not {t}")
        }));
    }
    let (globals, locals) = match (globals, locals) {
        (Some(g), Some(l)) => (g, l),
        (Some(g), None) => (g.clone(), g),
        (None, l) => {
            let g = match vm.frames_globals() {
                Some(g) => g,
                None => vm.new_dict()?,
            };
            let l = match l {
                Some(l) => l,
                None => vm.locals_dict()?,
            };
            (g, l)
        }
    };
    vm.ensure_builtins_in(&globals)?;
    Ok((globals, locals))
}

/// A mapping for `locals`: anything with `__getitem__` (CPython's `PyMapping_Check`).
fn is_mapping(vm: &mut Vm, o: &Obj) -> bool {
    if matches!(tag_of(o), Tag::Dict) {
        return true;
    }
    let t = vm.type_of(o);
    vm.lookup_type_attr(&t, "__getitem__").is_some()
}

fn run(vm: &mut Vm, code: Rc<CodeObject>, globals: &Obj, locals: &Obj, fname: &str) -> PyResult {
    if !code.freevars.is_empty() {
        return Err(vm.type_error(format!(
            "code object passed to {fname}() may not contain free variables"
        )));
    }
    vm.run_code_in(code, globals, locals)
}

/// `eval(source, globals=None, locals=None, /)`.
pub fn builtin_eval(vm: &mut Vm, args: Args) -> PyResult {
    args.check(vm, "eval", 1, 3)?;
    let source = source_arg(vm, &args.pos[0], "eval", "string, bytes or code")?;
    let (globals, locals) = namespaces(
        vm,
        args.pos.get(1).cloned(),
        args.pos.get(2).cloned(),
        "eval",
    )?;
    let code = match source {
        Source::Code(c) => c,
        // Leading spaces and tabs are not an indentation error in eval.
        Source::Text(t) => compile_text(
            vm,
            t.trim_start_matches([' ', '\t']),
            "<string>",
            CompileMode::Eval,
            caller_features(vm),
        )?,
    };
    run(vm, code, &globals, &locals, "eval")
}

/// `exec(source, globals=None, locals=None, /, *, closure=None)`.
pub fn builtin_exec(vm: &mut Vm, mut args: Args) -> PyResult {
    let closure = args.take_kw("closure");
    args.check_kw(vm, "exec", 1, 3)?;
    if let Some(c) = closure
        && !c.ptr_eq(&vm.none())
    {
        return Err(vm.type_error("cannot use a closure with this code object"));
    }
    let source = source_arg(vm, &args.pos[0], "exec", "string, bytes or code")?;
    let (globals, locals) = namespaces(
        vm,
        args.pos.get(1).cloned(),
        args.pos.get(2).cloned(),
        "exec",
    )?;
    let code = match source {
        Source::Code(c) => c,
        Source::Text(t) => {
            let features = caller_features(vm);
            compile_text(vm, &t, "<string>", CompileMode::Module, features)?
        }
    };
    run(vm, code, &globals, &locals, "exec")?;
    Ok(vm.none())
}

/// `compile(source, filename, mode, flags=0, dont_inherit=False, optimize=-1)`.
pub fn builtin_compile(vm: &mut Vm, args: Args) -> PyResult {
    const SIG: Sig = Sig::c(
        "compile",
        &[
            "source",
            "filename",
            "mode",
            "flags",
            "dont_inherit",
            "optimize",
            "_feature_version",
        ],
        3,
    )
    .kwonly_from(6);
    let a = bind(vm, args, &SIG)?;
    let (Some(src), Some(filename), Some(mode)) = (a[0].clone(), a[1].clone(), a[2].clone()) else {
        return Err(vm.type_error("compile() missing required argument"));
    };
    let filename = match (as_str(&filename), as_bytes(&filename)) {
        (Some(s), _) => s.to_owned(),
        (None, Some(b)) => String::from_utf8_lossy(b).into_owned(),
        _ => {
            let t = vm.type_name(&filename);
            return Err(vm.type_error(format!(
                "compile() argument 'filename' must be str, bytes or os.PathLike, not {t}"
            )));
        }
    };
    let mode_name = match as_str(&mode) {
        Some(m) => m.to_owned(),
        None => {
            let t = vm.type_name(&mode);
            return Err(vm.type_error(format!("compile() argument 'mode' must be str, not {t}")));
        }
    };
    let mut features = Features::default();
    let mut only_ast = false;
    if let Some(f) = &a[3] {
        let flags = vm.to_index(f)?;
        if flags & !(MANDATORY_FUTURE_FLAGS | FUTURE_ANNOTATIONS | AST_FLAGS) != 0 {
            return Err(vm.value_error("compile(): unrecognised flags"));
        }
        features.annotations = flags & FUTURE_ANNOTATIONS != 0;
        only_ast = flags & ast::PYCF_ONLY_AST != 0;
    }
    let mode = match mode_name.as_str() {
        "exec" => CompileMode::Module,
        "eval" => CompileMode::Eval,
        "single" => CompileMode::Interactive,
        "func_type" if !only_ast => {
            return Err(vm.value_error("compile() mode 'func_type' requires flag PyCF_ONLY_AST"));
        }
        "func_type" => CompileMode::Eval,
        _ if only_ast => {
            return Err(
                vm.value_error("compile() mode must be 'exec', 'eval', 'single' or 'func_type'")
            );
        }
        _ => {
            return Err(vm.value_error("compile() mode must be 'exec', 'eval' or 'single'"));
        }
    };
    let dont_inherit = match &a[4] {
        Some(d) => vm.truthy(d)?,
        None => false,
    };
    if !dont_inherit {
        features.annotations |= caller_features(vm).annotations;
    }
    if is_ast_node(vm, &src)? {
        if only_ast {
            return Ok(src);
        }
        let code = ast::compile_tree(vm, &src, &filename, mode, features)?;
        return Ok(vm.heap.alloc(CodeObj { code })?);
    }
    let text = match source_arg(vm, &src, "compile", "string, bytes or AST")? {
        Source::Text(t) => t,
        Source::Code(_) => {
            return Err(vm.type_error("compile() arg 1 must be a string, bytes or AST object"));
        }
    };
    if only_ast {
        if text.contains('\0') {
            return Err(syntax_error(
                vm,
                "source code string cannot contain null bytes",
            ));
        }
        if mode_name == "func_type" {
            return ast::parse_func_type(vm, &text, &filename);
        }
        return ast::parse_to_nodes(vm, &text, &filename, mode);
    }
    let code = compile_text(vm, &text, &filename, mode, features)?;
    Ok(vm.heap.alloc(CodeObj { code })?)
}

/// Whether `o` is an `ast.AST` node (only when the `ast` module has been imported: no
/// node can exist before; a module of the program's own named `ast` has no `AST`).
fn is_ast_node(vm: &mut Vm, o: &Obj) -> PyResult<bool> {
    if matches!(tag_of(o), Tag::Str | Tag::Bytes) || o.is::<CodeObj>() {
        return Ok(false);
    }
    let key = vm.new_str("ast")?;
    let modules = vm.modules.clone();
    let Some(module) = vm.dict_get_str(&modules, &key) else {
        return Ok(false);
    };
    let name = vm.intern("AST")?;
    let Ok(base) = vm.getattr(&module, &name) else {
        return Ok(false);
    };
    let cls = vm.type_of(o);
    Ok(vm.is_subclass(&cls, &base))
}

/// A SyntaxError without a position (for problems found before parsing).
fn syntax_error(vm: &mut Vm, msg: &str) -> crate::vm::PyErr {
    let cls = vm.exc.syntax_error.clone();
    // Made by calling the class, so that `msg` and the position fields are set.
    let made = vm.new_str(msg).and_then(|m| vm.call(&cls, vec![m]));
    match made {
        Ok(exc) => crate::vm::PyErr::Exc(exc),
        Err(e) => e,
    }
}
