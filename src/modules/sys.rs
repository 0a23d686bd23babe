//! The `sys` module.

use crate::heap::Obj;
use crate::objects::str::as_str;
use crate::objects::stream::StreamObj;
use crate::vm::gc_observe::{StderrSink, stderr_sink, write_report};
use crate::vm::{Args, PyResult, Vm};

/// `sys.version_info`: a tuple whose fields also have names, as CPython's struct
/// sequence.
const VERSION_INFO: &str = r#"
def _structseq(typename, names, values):
    # A named tuple type as CPython's structseq: read-only fields, `sys.x(a=1, ...)`.
    def make_field(i):
        return property(lambda self: self[i])
    ns = {'__slots__': (), 'n_fields': len(names), 'n_sequence_fields': len(names),
          'n_unnamed_fields': 0, '__module__': 'sys'}
    for i, n in enumerate(names):
        ns[n] = make_field(i)
    def __repr__(self):
        return 'sys.' + typename + '(' + ', '.join(
            '%s=%r' % (n, v) for n, v in zip(names, self)) + ')'
    ns['__repr__'] = __repr__
    cls = type(typename, (tuple,), ns)
    return cls(values)

version_info = _structseq('version_info',
    ('major', 'minor', 'micro', 'releaselevel', 'serial'), (3, 11, 7, 'final', 0))
float_info = _structseq('float_info',
    ('max', 'max_exp', 'max_10_exp', 'min', 'min_exp', 'min_10_exp', 'dig', 'mant_dig',
     'epsilon', 'radix', 'rounds'),
    (1.7976931348623157e+308, 1024, 308, 2.2250738585072014e-308, -1021, -307, 15, 53,
     2.220446049250313e-16, 2, 1))
hash_info = _structseq('hash_info',
    ('width', 'modulus', 'inf', 'nan', 'imag', 'algorithm', 'hash_bits', 'seed_bits',
     'cutoff'),
    (64, 2305843009213693951, 314159, 0, 1000003, 'siphash13', 64, 128, 0))
int_info = _structseq('int_info',
    ('bits_per_digit', 'sizeof_digit', 'default_max_str_digits',
     'str_digits_check_threshold'),
    (30, 4, 4300, 640))
flags = _structseq('flags',
    ('debug', 'inspect', 'interactive', 'optimize', 'dont_write_bytecode',
     'no_user_site', 'no_site', 'ignore_environment', 'verbose', 'bytes_warning',
     'quiet', 'hash_randomization', 'isolated', 'dev_mode', 'utf8_mode',
     'warn_default_encoding', 'safe_path', 'int_max_str_digits'),
    (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, False, _utf8_mode, 0, False, -1))

class _Namespace:
    # sys.implementation's type (types.SimpleNamespace in CPython).
    def __init__(self, **kw):
        self.__dict__.update(kw)
    def __repr__(self):
        return 'namespace(' + ', '.join(
            '%s=%r' % kv for kv in self.__dict__.items()) + ')'

implementation = _Namespace(name='minipy', cache_tag=None, version=version_info,
                            hexversion=0x30b07f0)
hexversion = 0x30b07f0
maxunicode = 0x10ffff
float_repr_style = 'short'
dont_write_bytecode = True
del _structseq, _Namespace, _utf8_mode
"#;

fn sys_getrefcount(vm: &mut Vm, args: Args) -> PyResult {
    args.check(vm, "getrefcount", 1, 1)?;
    // The argument list holds one reference, as CPython's counts the argument too.
    vm.new_int(args.pos[0].refcount() as i64)
}

fn sys_getsizeof(vm: &mut Vm, args: Args) -> PyResult {
    args.check(vm, "getsizeof", 1, 2)?;
    let n = vm.sizeof(&args.pos[0]);
    vm.new_int(n as i64)
}

fn sys_intern(vm: &mut Vm, args: Args) -> PyResult {
    args.check(vm, "intern", 1, 1)?;
    if as_str(&args.pos[0]).is_none() {
        let n = vm.type_name(&args.pos[0]);
        return Err(vm.type_error(format!("intern() argument must be str, not {n}")));
    }
    vm.intern_obj(args.pos[0].clone())
}

fn sys_getrecursionlimit(vm: &mut Vm, args: Args) -> PyResult {
    args.check(vm, "getrecursionlimit", 0, 0)?;
    vm.new_int(vm.recursion_limit() as i64)
}

/// True once the interpreter has begun tearing down its modules (after the `atexit`
/// functions ran, as in CPython): a `__del__` method may then find globals gone.
fn sys_is_finalizing(vm: &mut Vm, args: Args) -> PyResult {
    args.check(vm, "sys.is_finalizing", 0, 0)?;
    Ok(vm.new_bool(vm.finalizing_modules))
}

fn sys_setrecursionlimit(vm: &mut Vm, args: Args) -> PyResult {
    args.check(vm, "setrecursionlimit", 1, 1)?;
    let n = vm.to_index(&args.pos[0]);
    // CPython takes a C int.
    let n = match n {
        Ok(n) if i32::try_from(n).is_ok() => n,
        Err(e) if vm.to_bigint(&args.pos[0]).is_none() => return Err(e),
        _ => return Err(vm.overflow_error("Python int too large to convert to C int")),
    };
    if n < 1 {
        return Err(vm.value_error("recursion limit must be greater or equal than 1"));
    }
    // The depth CPython counts here includes this builtin's own call and the C-level
    // levels entered.
    let depth = vm.frames.len() + vm.c_levels.len() + 1;
    if depth >= n as usize {
        return Err(vm.recursion_error(format!(
            "cannot set the recursion limit to {n} at the recursion depth {depth}: the limit is too low"
        )));
    }
    vm.set_recursion_limit(n as usize);
    Ok(vm.none())
}

fn sys_exit(vm: &mut Vm, args: Args) -> PyResult {
    args.check(vm, "exit", 0, 1)?;
    let cls = vm.exc.system_exit.clone();
    Err(vm.new_exception(&cls, args.pos.to_vec()))
}

fn sys_get_int_max_str_digits(vm: &mut Vm, args: Args) -> PyResult {
    args.check(vm, "get_int_max_str_digits", 0, 0)?;
    vm.new_int(vm.int_max_str_digits() as i64)
}

fn sys_set_int_max_str_digits(vm: &mut Vm, mut args: Args) -> PyResult {
    let kw = args.take_kw("maxdigits");
    let Some(v) = kw.or_else(|| args.get(0).cloned()) else {
        return Err(
            vm.type_error("set_int_max_str_digits() missing required argument 'maxdigits' (pos 1)")
        );
    };
    let n = vm.to_index(&v)?;
    if n != 0 && n < 640 {
        return Err(vm.value_error("maxdigits must be 0 or larger than 640"));
    }
    vm.set_int_max_str_digits(n as usize);
    Ok(vm.none())
}

fn sys_getallocatedblocks(vm: &mut Vm, args: Args) -> PyResult {
    args.check(vm, "getallocatedblocks", 0, 0)?;
    vm.new_int(vm.heap.live_objects() as i64)
}

fn sys_debugmallocstats(vm: &mut Vm, args: Args) -> PyResult {
    args.check(vm, "_debugmallocstats", 0, 0)?;
    let mut out = String::new();
    let _ = vm.heap.allocator().write_debug_stats(&mut out);
    vm.write_stderr(&out);
    Ok(vm.none())
}

/// `sys.displayhook(value)` (also `sys.__displayhook__`).
fn sys_displayhook(vm: &mut Vm, args: Args) -> PyResult {
    args.check(vm, "displayhook", 1, 1)?;
    vm.display_value(args.pos[0].clone())?;
    Ok(vm.none())
}

/// `sys._getframe(depth=0)`: the running frame, or one of its callers.
fn sys_getframe(vm: &mut Vm, args: Args) -> PyResult {
    args.check(vm, "_getframe", 0, 1)?;
    let depth = match args.pos.first() {
        Some(d) => vm.to_index(d)?,
        None => 0,
    };
    vm.frame_at_depth(usize::try_from(depth).unwrap_or(0))
}

fn sys_exc_info(vm: &mut Vm, args: Args) -> PyResult {
    args.check(vm, "exc_info", 0, 0)?;
    match vm.handled_exception() {
        Some(e) => {
            let t = vm.type_of(&e);
            let tb = vm.traceback_object(&e)?;
            vm.new_tuple(vec![t, e, tb])
        }
        None => {
            let n = vm.none();
            vm.new_tuple(vec![n.clone(), n.clone(), n])
        }
    }
}

fn sys_exception(vm: &mut Vm, args: Args) -> PyResult {
    args.check(vm, "exception", 0, 0)?;
    Ok(vm.handled_exception().unwrap_or_else(|| vm.none()))
}

/// `sys.excepthook(type, value, traceback)` (also `sys.__excepthook__`): prints the
/// traceback to stderr, as the top level does for an uncaught exception.
fn sys_excepthook(vm: &mut Vm, args: Args) -> PyResult {
    args.check(vm, "excepthook", 3, 3)?;
    let value = &args.pos[1];
    match stderr_sink(vm) {
        StderrSink::Missing => {
            // CPython dumps the object to the C stderr and says so.
            let text = lost_stderr_dump(vm, value);
            vm.write_stderr(&text);
        }
        sink => {
            let text = vm.format_exception(value);
            write_report(vm, &sink, &text);
        }
    }
    Ok(vm.none())
}

/// CPython's `_PyObject_Dump` of an exception it could not report, then "lost
/// sys.stderr".
fn lost_stderr_dump(vm: &mut Vm, value: &Obj) -> String {
    let ty = vm.type_of(value);
    let type_name = vm.type_name(value);
    let repr = vm
        .repr_string(value)
        .unwrap_or_else(|_| "<object repr() failed>".into());
    format!(
        "object address  : {:#x}\nobject refcount : {}\nobject type     : {:#x}\n\
         object type name: {type_name}\nobject repr     : {repr}\nlost sys.stderr\n",
        value.addr(),
        value.refcount(),
        ty.addr(),
    )
}

/// `sys.getswitchinterval()`: how long a thread runs before it lets a waiting one run.
fn sys_getswitchinterval(vm: &mut Vm, args: Args) -> PyResult {
    args.check(vm, "getswitchinterval", 0, 0)?;
    let secs = vm.switch_interval().as_secs_f64();
    vm.new_float(secs)
}

/// `sys.setswitchinterval(interval)`.
fn sys_setswitchinterval(vm: &mut Vm, args: Args) -> PyResult {
    args.check(vm, "setswitchinterval", 1, 1)?;
    let secs = crate::vm::convert::to_f64(vm, &args.pos[0])?;
    if secs.is_nan() || secs <= 0.0 {
        return Err(vm.value_error("switch interval must be strictly positive"));
    }
    let d = std::time::Duration::try_from_secs_f64(secs)
        .map_err(|_| vm.overflow_error("switch interval is too large"))?;
    vm.set_switch_interval(d);
    Ok(vm.none())
}

/// `sys.unraisablehook(unraisable)` (also `sys.__unraisablehook__`): prints
/// "Exception ignored in: ..." and the traceback to stderr.
fn sys_unraisablehook(vm: &mut Vm, args: Args) -> PyResult {
    args.check(vm, "unraisablehook", 1, 1)?;
    // Nowhere to report (`sys.stderr` None or gone): CPython drops it unformatted.
    let sink = stderr_sink(vm);
    if matches!(sink, StderrSink::Missing | StderrSink::Silent) {
        return Ok(vm.none());
    }
    let u = args.pos[0].clone();
    let msg = vm.getattr_str(&u, "err_msg")?;
    let obj = vm.getattr_str(&u, "object")?;
    let value = vm.getattr_str(&u, "exc_value")?;
    let mut header = match crate::objects::str::as_str(&msg) {
        Some(m) => m.to_owned(),
        None => "Exception ignored in".to_owned(),
    };
    if !obj.ptr_eq(&vm.s.none) {
        let r = vm
            .repr_string(&obj)
            .unwrap_or_else(|_| "<object repr() failed>".into());
        header = format!("{header}: {r}");
    }
    let text = vm.format_unraisable(&value);
    write_report(vm, &sink, &format!("{header}\n{text}"));
    Ok(vm.none())
}

fn sys_getdefaultencoding(vm: &mut Vm, args: Args) -> PyResult {
    args.check(vm, "getdefaultencoding", 0, 0)?;
    vm.new_str("utf-8")
}

fn sys_getfilesystemencoding(vm: &mut Vm, args: Args) -> PyResult {
    args.check(vm, "getfilesystemencoding", 0, 0)?;
    vm.new_str("utf-8")
}

fn sys_getfilesystemencodeerrors(vm: &mut Vm, args: Args) -> PyResult {
    args.check(vm, "getfilesystemencodeerrors", 0, 0)?;
    vm.new_str("surrogateescape")
}

/// A tuple of str from a list of names.
fn str_tuple(vm: &mut Vm, names: &[&str]) -> PyResult {
    let items = names
        .iter()
        .map(|n| vm.new_str(n))
        .collect::<PyResult<Vec<_>>>()?;
    vm.new_tuple(items)
}

pub fn create(vm: &mut Vm) -> PyResult<Obj> {
    let m = super::module_with_functions(
        vm,
        "sys",
        &[
            ("getrefcount", sys_getrefcount),
            ("getsizeof", sys_getsizeof),
            ("intern", sys_intern),
            ("getrecursionlimit", sys_getrecursionlimit),
            ("setrecursionlimit", sys_setrecursionlimit),
            ("is_finalizing", sys_is_finalizing),
            ("exit", sys_exit),
            ("get_int_max_str_digits", sys_get_int_max_str_digits),
            ("set_int_max_str_digits", sys_set_int_max_str_digits),
            ("getallocatedblocks", sys_getallocatedblocks),
            ("_debugmallocstats", sys_debugmallocstats),
            ("exc_info", sys_exc_info),
            ("exception", sys_exception),
            ("_getframe", sys_getframe),
            ("displayhook", sys_displayhook),
            ("excepthook", sys_excepthook),
            ("getswitchinterval", sys_getswitchinterval),
            ("setswitchinterval", sys_setswitchinterval),
            ("unraisablehook", sys_unraisablehook),
            ("breakpointhook", super::breakpoint::sys_breakpointhook),
            ("getdefaultencoding", sys_getdefaultencoding),
            ("getfilesystemencoding", sys_getfilesystemencoding),
            ("getfilesystemencodeerrors", sys_getfilesystemencodeerrors),
        ],
    )?;
    let argv: Vec<Obj> = vm
        .config
        .argv
        .clone()
        .iter()
        .map(|a| vm.new_str(a))
        .collect::<PyResult<_>>()?;
    let argv = vm.new_list(argv)?;
    super::set_attr(vm, &m, "argv", argv)?;
    // sys.path[0]: the script's directory (absolute), the current directory for -m, or ''
    // for -c, stdin and the REPL.
    let first = vm.config.argv.first().cloned().unwrap_or_default();
    let dir = if first.is_empty() || first == "-c" || first == "-" {
        String::new()
    } else if first == "-m" {
        // `-m`: the current directory, by its full path.
        std::env::current_dir()
            .map(|d| d.display().to_string())
            .unwrap_or_default()
    } else {
        let parent = std::path::Path::new(&first)
            .parent()
            .map(|p| p.to_path_buf())
            .unwrap_or_default();
        let parent = if parent.as_os_str().is_empty() {
            std::path::PathBuf::from(".")
        } else {
            parent
        };
        std::path::absolute(&parent)
            .map(|p| p.display().to_string())
            .unwrap_or_else(|_| ".".to_owned())
    };
    let dir = vm.new_str(&dir)?;
    let path = vm.new_list(vec![dir])?;
    super::set_attr(vm, &m, "path", path)?;
    let modules = vm.modules.clone();
    super::set_attr(vm, &m, "modules", modules)?;
    // The import system's extension points, as scripts read them. minipy's import
    // finds modules itself (its stdlib, then sys.path), so the lists start empty
    // and entries added to them are not consulted.
    for name in ["meta_path", "path_hooks"] {
        let list = vm.new_list(Vec::new())?;
        super::set_attr(vm, &m, name, list)?;
    }
    let cache = vm.new_dict()?;
    super::set_attr(vm, &m, "path_importer_cache", cache)?;
    // `sys.__stdout__` is the same object as the initial `sys.stdout`.
    for (name, saved, fd) in [
        ("stdin", "__stdin__", 0u8),
        ("stdout", "__stdout__", 1),
        ("stderr", "__stderr__", 2),
    ] {
        let s = vm.heap.alloc(StreamObj::new(fd, &vm.config.stdio))?;
        super::set_attr(vm, &m, name, s.clone())?;
        super::set_attr(vm, &m, saved, s)?;
    }
    for (name, saved) in [
        ("displayhook", "__displayhook__"),
        ("excepthook", "__excepthook__"),
        ("unraisablehook", "__unraisablehook__"),
        ("breakpointhook", "__breakpointhook__"),
    ] {
        let hook = vm.getattr_str(&m, name)?;
        super::set_attr(vm, &m, saved, hook)?;
    }
    let warnoptions = vm.new_list(Vec::new())?;
    super::set_attr(vm, &m, "warnoptions", warnoptions)?;
    // The command line as given: the interpreter, then the script and its arguments.
    let mut orig: Vec<Obj> = vec![vm.new_str("minipy")?];
    for a in vm.config.argv.clone() {
        orig.push(vm.new_str(&a)?);
    }
    let orig = vm.new_list(orig)?;
    super::set_attr(vm, &m, "orig_argv", orig)?;
    let builtin_names = str_tuple(vm, super::CORE_MODULES)?;
    super::set_attr(vm, &m, "builtin_module_names", builtin_names)?;
    let stdlib = str_tuple(vm, super::sys_stdlib_names::STDLIB_MODULE_NAMES)?;
    let stdlib = vm.set_from_iterable(&stdlib, true)?;
    super::set_attr(vm, &m, "stdlib_module_names", stdlib)?;
    // Where the interpreter lives: the directory above the executable's own (CPython's
    // `prefix` for `prefix/bin/python3`).
    // A sandbox does not learn where the interpreter is installed.
    let prefix = std::env::current_exe()
        .ok()
        .filter(|_| vm.policy().allows(crate::vm::Capability::FileSystem))
        .and_then(|p| {
            p.parent()
                .and_then(|b| b.parent())
                .map(|p| p.display().to_string())
        })
        .unwrap_or_else(|| "/usr/local".to_owned());
    for name in ["prefix", "exec_prefix", "base_prefix", "base_exec_prefix"] {
        let v = vm.new_str(&prefix)?;
        super::set_attr(vm, &m, name, v)?;
    }
    let platlibdir = vm.new_str("lib")?;
    super::set_attr(vm, &m, "platlibdir", platlibdir)?;
    let none = vm.none();
    super::set_attr(vm, &m, "pycache_prefix", none)?;
    let maxsize = vm.new_int(i64::MAX)?;
    super::set_attr(vm, &m, "maxsize", maxsize)?;
    let version = vm.new_str("3.11.7 (minipy)")?;
    super::set_attr(vm, &m, "version", version)?;
    let vi: Vec<Obj> = vec![
        vm.new_int(3)?,
        vm.new_int(11)?,
        vm.new_int(7)?,
        vm.new_str("final")?,
        vm.new_int(0)?,
    ];
    let vi = vm.new_tuple(vi)?;
    super::set_attr(vm, &m, "version_info", vi)?;
    for (name, val) in [
        ("byteorder", "little"),
        ("platform", "linux"),
        ("executable", "minipy"),
    ] {
        let v = vm.new_str(val)?;
        super::set_attr(vm, &m, name, v)?;
    }
    Ok(m)
}

/// Replaces the plain `version_info` tuple made by `create` with the named one; runs
/// once the `builtins` module exists, as defining a class needs it.
pub(crate) fn install_version_info(vm: &mut Vm) -> PyResult<()> {
    let sys = vm.import_module("sys")?;
    let utf8_mode = vm.new_int(i64::from(vm.config.stdio.utf8_mode))?;
    super::set_attr(vm, &sys, "_utf8_mode", utf8_mode)?;
    super::exec_python(vm, &sys, VERSION_INFO, "<sys>")
}
