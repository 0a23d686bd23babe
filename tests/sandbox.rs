//! Hostile programs against the sandbox: no file is read, no environment variable or
//! clock reading leaks, no module outside the allow-list is imported however it is
//! asked for, every limit raises a catchable exception inside and a clean error
//! outside, and the host process survives all of it.

use std::time::{Duration, Instant};

use minipy::Interpreter;
use minipy::embed::{Error, Limit, Value};

const SECRET: &str = "s3cr3t-7f1d2c";

/// A file holding SECRET, in a directory of its own.
fn secret_file(name: &str) -> String {
    let dir = std::env::temp_dir().join(format!("minipy-sandbox-{}-{name}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join("secret.txt");
    std::fs::write(&path, SECRET).unwrap();
    path.display().to_string()
}

/// Removes the directory `secret_file` made for `path`.
fn remove_secret_file(path: &str) {
    if let Some(dir) = std::path::Path::new(path).parent() {
        let _ = std::fs::remove_dir_all(dir);
    }
}

fn sandbox() -> Interpreter {
    Interpreter::builder()
        .sandbox()
        .max_heap(64 << 20)
        .max_instructions(5_000_000)
        .max_recursion(300)
        .capture_output()
        .build()
        .expect("interpreter")
}

fn run(py: &mut Interpreter, source: &str) -> Result<Value, Error> {
    py.run(source)
}

/// Runs `source` with PATH set to the secret file's path; asserts the program's
/// result, output and error never show the secret, the directory listing or the
/// environment, and returns the error if any.
fn hostile(name: &str, source: &str) -> Result<Value, Error> {
    let path = secret_file(name);
    let mut py = Interpreter::builder()
        .sandbox()
        .max_heap(64 << 20)
        .max_instructions(5_000_000)
        .max_recursion(300)
        .capture_output()
        .global("PATH", Value::Str(path.clone()))
        .global("SECRET", Value::Str(SECRET.to_owned()))
        .build()
        .expect("interpreter");
    let r = py.run(source);
    let shown = format!("{r:?}\n{}\n{}", py.take_stdout(), py.take_stderr());
    // The program knows SECRET (to search for it) but never prints it; it only
    // reports whether it found it.
    assert!(!shown.contains(SECRET), "{name}: secret leaked: {shown}");
    let home = std::env::var("HOME").unwrap_or_else(|_| "/nonexistent-home".into());
    assert!(
        !shown.contains(&home) || home.len() < 4,
        "{name}: environment leaked: {shown}"
    );
    assert!(
        !shown.contains("secret.txt"),
        "{name}: directory listing leaked: {shown}"
    );
    if let Ok(v) = &r {
        assert_ne!(v, &Value::Str("FOUND".into()), "{name}: found the secret");
    }
    remove_secret_file(&path);
    r
}

fn error_type(r: &Result<Value, Error>) -> &str {
    match r {
        Ok(_) => "ok",
        Err(e) => &e.type_name,
    }
}

#[test]
fn open_is_denied_every_way() {
    for (name, src) in [
        ("open", "open(PATH).read()"),
        (
            "builtins_dict",
            "__builtins__['open'](PATH) if isinstance(__builtins__, dict) else __builtins__.open(PATH)",
        ),
        ("getattr", "getattr(__builtins__, 'open')(PATH)"),
        ("io", "import io\nio.open(PATH)"),
        ("os_open", "import os\nos.listdir('/')"),
    ] {
        let r = hostile(name, src);
        let t = error_type(&r);
        assert!(
            t == "PermissionError" || t == "ImportError",
            "{name}: {r:?}"
        );
    }
}

#[test]
fn subclasses_of_object_do_not_open_files() {
    let r = hostile(
        "subclasses",
        r#"
result = None
for cls in ().__class__.__base__.__subclasses__():
    for args in ((PATH,), (PATH, 'r'), (PATH, 'rb')):
        try:
            obj = cls(*args)
        except BaseException:
            continue
        for meth in ('read', 'readline', '__next__', 'decode'):
            try:
                got = getattr(obj, meth)()
            except BaseException:
                continue
            if SECRET in str(got):
                result = 'FOUND'
"#,
    );
    assert!(r.is_ok(), "{r:?}");
}

/// Every module the program can reach from its globals, the builtins and the modules
/// it may import (through module attributes, recursively), with every function of
/// theirs that could touch the world called on the secret path.
#[test]
fn reachable_modules_give_nothing_away() {
    let r = hostile(
        "reachable",
        r#"
import json, re, collections, typing, dataclasses, enum, datetime, random, functools, copy, decimal, statistics
ModuleType = type(json)
seen = {}
todo = [json, re, collections, typing, dataclasses, enum, datetime, random, functools, copy, decimal, statistics]
while todo:
    m = todo.pop()
    if id(m) in seen:
        continue
    seen[id(m)] = m
    for v in list(vars(m).values()):
        if type(v) is ModuleType:
            todo.append(v)
    # Modules loaded internally, found through `sys.modules` once `sys` is reached.
    if m.__name__ == 'sys':
        todo.extend(v for v in list(m.modules.values()) if type(v) is ModuleType)
names = sorted(m.__name__ for m in seen.values())
found = None
calls = ['open', 'listdir', 'scandir', 'stat', 'lstat', 'getcwd', 'getenv', 'readlink',
         'time', 'time_ns', 'monotonic', 'perf_counter', 'process_time', 'localtime',
         'ctime', 'getpid', 'urandom', 'system', 'popen', 'remove', 'walk', 'read_text',
         'now', 'today', 'utcnow', 'expanduser', 'abspath', 'exists', 'isfile', 'getsize']
for m in seen.values():
    env = getattr(m, 'environ', None)
    if env is not None and len(env) > 0:
        found = 'environ'
    for c in calls:
        f = getattr(m, c, None)
        if f is None or not callable(f):
            continue
        for args in ((), (PATH,), ('~',), (PATH.rsplit('/', 1)[0],)):
            try:
                got = f(*args)
                text = repr(got)
                if hasattr(got, '__iter__') and not isinstance(got, (str, bytes)):
                    text += repr(list(got))
            except BaseException:
                continue
            # The file's content, or its name learnt from listing the directory (a
            # function may hand back the path it was given: that is no leak).
            if SECRET in text or ('secret.txt' in text and 'secret.txt' not in repr(args)):
                found = 'FOUND: ' + m.__name__ + '.' + c
            clocks = ('time', 'time_ns', 'monotonic', 'perf_counter', 'process_time', 'now',
                      'today', 'utcnow', 'getcwd', 'getpid', 'urandom', 'localtime', 'ctime')
            if c in clocks and not isinstance(f, type):
                found = found or ('clock/process: ' + m.__name__ + '.' + c)
result = (found, names)
"#,
    );
    let v = r.expect("program runs");
    let Value::Tuple(items) = v else {
        panic!("{v:?}")
    };
    assert_eq!(items[0], Value::None, "leak: {items:?}");
    // The walk did reach the modules the program may not import.
    let Value::List(names) = &items[1] else {
        panic!("{items:?}")
    };
    for m in ["sys", "time", "os"] {
        assert!(
            names.contains(&Value::Str(m.into())),
            "{m} not reached: {names:?}"
        );
    }
}

#[test]
fn environment_reads_empty() {
    let r = hostile(
        "environ",
        r#"
import typing
m = [v for v in vars(typing).values() if type(v) is type(typing)]
os = None
for mod in m:
    if mod.__name__ == 'os':
        os = mod
seen = []
def walk(mod, depth=0):
    global os
    for v in list(vars(mod).values()):
        if type(v) is type(typing) and v not in seen:
            seen.append(v)
            if v.__name__ == 'os':
                os = v
            if depth < 3:
                walk(v, depth + 1)
walk(typing)
import datetime, dataclasses, enum, random
for mod in (datetime, dataclasses, enum, random):
    walk(mod)
result = 'no os' if os is None else (len(os.environ), os.getenv('HOME'), os.environ.get('PATH'))
"#,
    )
    .expect("program runs");
    assert!(
        r == Value::Str("no os".into())
            || r == Value::Tuple(vec![Value::Int(0), Value::None, Value::None]),
        "{r:?}"
    );
}

#[test]
fn imports_outside_the_allow_list_fail_every_way() {
    for (name, src) in [
        ("stmt", "import os"),
        ("from", "from os import path"),
        ("sub", "import os.path"),
        ("dunder", "__import__('os')"),
        (
            "dunder_builtins",
            "b = __builtins__\nf = b['__import__'] if isinstance(b, dict) else b.__import__\nf('sys')",
        ),
        ("exec", "exec('import os')"),
        (
            "exec_in_module_globals",
            "import json\nexec('import os', vars(json))",
        ),
        ("eval", "eval(\"__import__('time')\")"),
        (
            "compile_frozen_name",
            "exec(compile('import os', '<frozen os>', 'exec'))",
        ),
        ("importlib", "import importlib"),
        ("gc", "import gc"),
        ("time", "import time"),
        ("sys", "import sys"),
    ] {
        let r = hostile(name, src);
        assert_eq!(error_type(&r), "ImportError", "{name}: {r:?}");
    }
    // importlib reached without importing it still goes through `__import__`.
    let r = hostile(
        "importlib_reached",
        r#"
import typing, dataclasses, enum, json
found = None
for mod in (typing, dataclasses, enum, json):
    for v in list(vars(mod).values()):
        if type(v) is type(json) and v.__name__ == 'importlib':
            found = v
result = 'none' if found is None else found.import_module('os')
"#,
    );
    assert!(matches!(error_type(&r), "ok" | "ImportError"), "{r:?}");
    if let Ok(v) = r {
        assert_eq!(v, Value::Str("none".into()));
    }
}

#[test]
fn frames_and_code_objects_do_not_escape() {
    for (name, src) in [
        (
            "tb_frame_globals",
            "try:\n    1/0\nexcept ZeroDivisionError as e:\n    f = e.__traceback__.tb_frame\n    result = sorted(k for k in f.f_globals if k == 'os')\n",
        ),
        (
            "code_of_frozen_function",
            "import json\ntry:\n    exec(json.dumps.__code__, {'__builtins__': __builtins__})\nexcept Exception:\n    pass\nimport os",
        ),
        (
            "function_from_code",
            "FunctionType = type(lambda: 0)\nc = compile('import os', '<frozen json>', 'exec')\nFunctionType(c, {})()",
        ),
    ] {
        let r = hostile(name, src);
        let t = error_type(&r);
        assert!(
            matches!(t, "ok" | "ImportError" | "TypeError"),
            "{name}: {r:?}"
        );
        if let Ok(v) = &r {
            assert!(
                matches!(v, Value::List(l) if l.is_empty()) || *v == Value::None,
                "{name}: {v:?}"
            );
        }
    }
}

#[test]
fn clock_is_unavailable() {
    for (name, src) in [
        ("datetime_now", "import datetime\ndatetime.datetime.now()"),
        ("date_today", "import datetime\ndatetime.date.today()"),
        ("utcnow", "import datetime\ndatetime.datetime.utcnow()"),
        (
            "time_module_via_datetime",
            "import datetime\ndatetime._time.time()",
        ),
        ("monotonic", "import datetime\ndatetime._time.monotonic()"),
        (
            "perf_counter",
            "import datetime\ndatetime._time.perf_counter()",
        ),
        ("localtime", "import datetime\ndatetime._time.localtime()"),
        ("sleep", "import datetime\ndatetime._time.sleep(1000)"),
    ] {
        let r = hostile(name, src);
        assert_eq!(error_type(&r), "PermissionError", "{name}: {r:?}");
    }
    // Without a clock, times given explicitly still work.
    let r = hostile(
        "explicit",
        "import datetime\nresult = str(datetime.datetime(2024, 1, 2, 3, 4))",
    );
    assert_eq!(r.unwrap(), Value::Str("2024-01-02 03:04:00".into()));
}

#[test]
fn stdin_is_denied() {
    let r = hostile("input", "input()");
    assert_eq!(error_type(&r), "PermissionError");
}

#[test]
fn endless_loop_stops_at_the_instruction_budget() {
    let mut py = sandbox();
    let e = run(&mut py, "while True: pass").unwrap_err();
    assert_eq!(e.type_name, "TimeoutError");
    assert_eq!(e.limit, Some(Limit::Instructions));
    assert!(e.traceback.contains("line 1"), "{}", e.traceback);
    // The next run gets a fresh budget.
    assert_eq!(py.eval("1 + 1").unwrap(), Value::Int(2));
}

#[test]
fn catching_the_timeout_does_not_escape_the_budget() {
    for (name, src) in [
        (
            "except_base",
            "try:\n    while True: pass\nexcept BaseException:\n    print('caught')\nwhile True: pass\n",
        ),
        (
            "catch_in_loop",
            "while True:\n    try:\n        while True: pass\n    except BaseException:\n        pass\n",
        ),
        (
            "recursion_retry",
            "def f():\n    try:\n        while True: pass\n    except BaseException:\n        f()\nf()\n",
        ),
        (
            "finally_loop",
            "try:\n    while True: pass\nfinally:\n    while True: pass\n",
        ),
        (
            "no_loop_recursion",
            "def f(n):\n    try:\n        f(n + 1)\n    except BaseException:\n        f(n + 1)\n        f(n + 1)\nf(0)\n",
        ),
        ("builtin_drain", "import itertools\nsum(itertools.count())"),
        (
            "builtin_any",
            "import itertools\nany(x < 0 for x in itertools.count())",
        ),
        ("contains", "import itertools\n-1 in itertools.count()"),
        (
            "generator",
            "def g():\n    while True:\n        yield 1\nfor x in g(): pass\n",
        ),
        (
            "del_loop",
            "class A:\n    def __del__(self):\n        while True: pass\na = A()\ndel a\n",
        ),
        (
            "caught_then_finish",
            "try:\n    while True: pass\nexcept TimeoutError:\n    result = 'escaped'\n",
        ),
    ] {
        let mut py = sandbox();
        let start = Instant::now();
        let r = run(&mut py, src);
        let e = r.expect_err(name);
        assert_eq!(e.limit, Some(Limit::Instructions), "{name}: {e:?}");
        assert!(
            start.elapsed() < Duration::from_secs(60),
            "{name} took too long"
        );
    }
}

#[test]
fn time_budget_stops_the_program() {
    let mut py = Interpreter::builder()
        .sandbox()
        .max_time(Duration::from_millis(200))
        .capture_output()
        .build()
        .unwrap();
    let start = Instant::now();
    let e = py
        .run("try:\n    while True: pass\nexcept BaseException:\n    print('caught')\n")
        .unwrap_err();
    assert_eq!(e.limit, Some(Limit::Time));
    assert_eq!(py.take_stdout(), "caught\n");
    assert!(start.elapsed() < Duration::from_secs(20));
}

#[test]
fn heap_limit_raises_memory_error() {
    let mut py = sandbox();
    let e = run(&mut py, "x = 'a' * (10 ** 9)").unwrap_err();
    assert_eq!(e.type_name, "MemoryError");
    assert_eq!(e.limit, Some(Limit::Heap));
    let e = run(&mut py, "l = []\nwhile True:\n    l.append([0] * 1000)\n").unwrap_err();
    assert_eq!(e.type_name, "MemoryError");
    // Caught inside, the program goes on once the memory is released.
    let v = run(
        &mut py,
        "l = None\ntry:\n    x = [0] * (10 ** 9)\nexcept MemoryError:\n    result = 'caught'\n",
    )
    .unwrap();
    assert_eq!(v, Value::Str("caught".into()));
    // Huge ints are refused before they are computed.
    let start = Instant::now();
    let e = run(&mut py, "x = 10 ** 10 ** 9").unwrap_err();
    assert_eq!(e.type_name, "MemoryError");
    let e = run(&mut py, "x = 1 << 10 ** 10").unwrap_err();
    assert_eq!(e.type_name, "MemoryError");
    assert!(start.elapsed() < Duration::from_secs(10));
}

#[test]
fn recursion_limit_holds() {
    let mut py = Interpreter::builder()
        .sandbox()
        .allow_module("sys")
        .max_recursion(100)
        .max_instructions(10_000_000)
        .capture_output()
        .build()
        .unwrap();
    let e = run(&mut py, "def f(n): return f(n + 1)\nf(0)").unwrap_err();
    assert_eq!(e.type_name, "RecursionError");
    assert_eq!(e.limit, Some(Limit::Recursion));
    // The program cannot raise the limit past the host's.
    let v = run(
        &mut py,
        "import sys\nsys.setrecursionlimit(10 ** 6)\ndepth = 0\ndef g(n):\n    global depth\n    depth = n\n    g(n + 1)\ntry:\n    g(0)\nexcept RecursionError:\n    pass\nresult = (sys.getrecursionlimit(), depth < 100)\n",
    )
    .unwrap();
    assert_eq!(v, Value::Tuple(vec![Value::Int(100), Value::Bool(true)]));
}

/// Nesting that recurses in Rust (repr of nested lists, `__repr__` calling repr, deep
/// results) ends in RecursionError or a placeholder, on a test thread's 2 MiB stack.
#[test]
fn host_survives_deep_rust_nesting() {
    let mut py = Interpreter::builder()
        .sandbox()
        .max_instructions(50_000_000)
        .max_heap(256 << 20)
        .capture_output()
        .build()
        .unwrap();
    let e = run(
        &mut py,
        "x = []\nfor i in range(100000):\n    x = [x]\nrepr(x)",
    )
    .unwrap_err();
    assert_eq!(e.type_name, "RecursionError");
    let e = run(
        &mut py,
        "class A:\n    def __repr__(self):\n        return repr(A())\nrepr(A())",
    )
    .unwrap_err();
    assert_eq!(e.type_name, "RecursionError");
    let v = run(
        &mut py,
        "x = []\nfor i in range(100000):\n    x = [x]\nresult = x",
    )
    .unwrap();
    assert!(matches!(v, Value::List(_)));
    let e = run(
        &mut py,
        "class K:\n    def __eq__(self, o): return [K()] == [K()]\n    __hash__ = object.__hash__\nK() == K()",
    )
    .unwrap_err();
    assert_eq!(e.type_name, "RecursionError");
    let v = run(&mut py, "l = [1]\nl.append(l)\nresult = l").unwrap();
    assert_eq!(
        v,
        Value::List(vec![
            Value::Int(1),
            Value::Other {
                type_name: "list".into(),
                repr: "...".into()
            }
        ])
    );
}

#[test]
fn errors_inside_finalizers_go_to_the_captured_stderr() {
    let mut py = sandbox();
    run(
        &mut py,
        "class A:\n    def __del__(self):\n        1/0\na = A()\ndel a\n",
    )
    .unwrap();
    let err = py.take_stderr();
    assert!(err.contains("Exception ignored in"), "{err}");
    assert!(err.contains("ZeroDivisionError"), "{err}");
}

fn minipy(args: &[&str]) -> std::process::Output {
    std::process::Command::new(env!("CARGO_BIN_EXE_minipy"))
        .args(args)
        .output()
        .expect("run minipy")
}

#[test]
fn command_line_sandbox() {
    let path = secret_file("cli");
    let out = minipy(&["--sandbox", "-c", &format!("print(open({path:?}).read())")]);
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("PermissionError"), "{err}");
    assert!(!String::from_utf8_lossy(&out.stdout).contains(SECRET));
    remove_secret_file(&path);
    let out = minipy(&["--sandbox", "-c", "import os"]);
    assert!(String::from_utf8_lossy(&out.stderr).contains("ImportError"));
    let out = minipy(&[
        "--sandbox",
        "-c",
        "import json; print(json.dumps({'a': 1}))",
    ]);
    assert_eq!(String::from_utf8_lossy(&out.stdout), "{\"a\": 1}\n");
    let start = Instant::now();
    let out = minipy(&[
        "--max-time",
        "0.3",
        "-c",
        "try:\n    while True: pass\nexcept BaseException:\n    print('caught')\n",
    ]);
    assert!(start.elapsed() < Duration::from_secs(30));
    assert_eq!(String::from_utf8_lossy(&out.stdout), "caught\n");
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).contains("time limit exceeded"));
}

/// Every low-level `os` function (descriptors, links, owners, terminals, process facts)
/// raises PermissionError in the sandbox, whatever way the program reaches `os`.
#[test]
fn low_level_os_functions_are_denied() {
    let r = hostile(
        "os_lowlevel",
        r#"
import json, re, collections, typing, dataclasses, enum, datetime, random, functools, copy, decimal, statistics
ModuleType = type(json)
seen = {}
todo = [json, re, collections, typing, dataclasses, enum, datetime, random, functools, copy, decimal, statistics]
os = None
while todo:
    m = todo.pop()
    if id(m) in seen:
        continue
    seen[id(m)] = m
    if m.__name__ == 'os':
        os = m
    for v in list(vars(m).values()):
        if type(v) is ModuleType:
            todo.append(v)
    if m.__name__ == 'sys':
        todo.extend(v for v in list(m.modules.values()) if type(v) is ModuleType)
calls = [
    ('getuid', ()), ('geteuid', ()), ('getgid', ()), ('getegid', ()), ('getppid', ()),
    ('getpgrp', ()), ('getsid', (0,)), ('umask', (0o22,)), ('times', ()),
    ('getloadavg', ()), ('sysconf', ('SC_PAGESIZE',)), ('nice', (0,)), ('getlogin', ()),
    ('isatty', (0,)), ('ttyname', (0,)), ('get_terminal_size', ()),
    ('open', (PATH, 0)), ('read', (0, 10)), ('write', (1, b'x')), ('close', (99,)),
    ('lseek', (0, 0, 0)), ('pipe', ()), ('dup', (1,)), ('dup2', (1, 99)), ('fsync', (1,)),
    ('ftruncate', (99, 0)), ('truncate', (PATH, 0)), ('link', (PATH, PATH + '2')),
    ('chown', (PATH, -1, -1)), ('lchown', (PATH, -1, -1)), ('get_blocking', (0,)),
    ('set_blocking', (0, True)), ('device_encoding', (0,)),
]
outcome = []
if os is None:
    outcome.append('os not reached')
else:
    for name, args in calls:
        try:
            getattr(os, name)(*args)
            outcome.append(name + ': allowed')
        except PermissionError:
            pass
        except BaseException as e:
            outcome.append(name + ': ' + type(e).__name__)
result = outcome
"#,
    );
    assert_eq!(r.expect("program runs"), Value::List(Vec::new()));
}
