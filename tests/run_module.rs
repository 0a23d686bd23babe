//! `minipy -m NAME`: a module or a package's `__main__` run as `__main__`, with the
//! packages above it imported first and relative imports working, and CPython's
//! messages when there is nothing to run. The expected outputs are CPython 3.11's
//! (`python3 -m ...` in the same directory); CPython's messages begin with its
//! executable's path where minipy's begin with `minipy`.

use std::path::Path;
use std::process::{Command, Output, Stdio};

const BIN: &str = env!("CARGO_BIN_EXE_minipy");

/// A directory with a package `pkg` (a module `tool` that imports a sibling
/// relatively, a subpackage `sub` with a `__main__`) and a top-level module `top`.
fn project() -> tempfile_dir::TempDir {
    let dir = tempfile_dir::TempDir::new("run_module");
    let files = [
        ("pkg/__init__.py", "print(\"init pkg\", __name__)\n"),
        (
            "pkg/tool.py",
            "import os, sys\nfrom . import helper\nprint(\"tool\", __name__, __package__, \
             sys.argv[1:], __file__ == sys.argv[0], os.path.basename(sys.argv[0]), \
             sys.path[0] == os.getcwd())\nhelper.hi()\n",
        ),
        ("pkg/helper.py", "def hi(): print(\"hi from\", __name__)\n"),
        ("pkg/sub/__init__.py", ""),
        (
            "pkg/sub/__main__.py",
            "print(\"pkg main\", __name__, __package__)\n",
        ),
        (
            "top.py",
            "import sys\nprint(\"top\", __name__, __package__, sys.argv[1:], __doc__)\n\
             raise ValueError(\"boom\")\n",
        ),
    ];
    for (name, text) in files {
        let path = dir.path().join(name);
        std::fs::create_dir_all(path.parent().expect("parent")).expect("mkdir");
        std::fs::write(path, text).expect("write");
    }
    dir
}

fn run_in(dir: &Path, args: &[&str], stdin: &str) -> Output {
    use std::io::Write;
    let mut child = Command::new(BIN)
        .args(args)
        .current_dir(dir)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("run minipy");
    if let Some(mut input) = child.stdin.take() {
        input.write_all(stdin.as_bytes()).expect("write stdin");
    }
    child.wait_with_output().expect("wait")
}

fn check(args: &[&str], stdout: &str, stderr_end: &str, status: i32) {
    let dir = project();
    let out = run_in(dir.path(), args, "");
    assert_eq!(
        String::from_utf8_lossy(&out.stdout),
        stdout,
        "stdout of {args:?}"
    );
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.ends_with(stderr_end),
        "stderr of {args:?}: {err:?}, expected to end with {stderr_end:?}"
    );
    assert_eq!(out.status.code(), Some(status), "status of {args:?}");
}

#[test]
fn a_module_in_a_package_runs_as_main_with_relative_imports() {
    check(
        &["-m", "pkg.tool", "a", "b"],
        "init pkg pkg\ntool __main__ pkg ['a', 'b'] True tool.py True\nhi from pkg.helper\n",
        "",
        0,
    );
}

#[test]
fn a_package_runs_its_main_submodule() {
    check(
        &["-m", "pkg.sub"],
        "init pkg pkg\npkg main __main__ pkg.sub\n",
        "",
        0,
    );
    check(
        &["-m", "pkg"],
        "init pkg pkg\n",
        ": No module named pkg.__main__; 'pkg' is a package and cannot be directly executed\n",
        1,
    );
}

#[test]
fn a_top_level_module_gets_the_arguments_and_its_exception_ends_the_run() {
    check(
        &["-m", "top", "x"],
        "top __main__  ['x'] None\n",
        "ValueError: boom\n",
        1,
    );
}

#[test]
fn modules_that_cannot_run_are_reported_as_cpython_does() {
    check(&["-m", "nosuch"], "", ": No module named nosuch\n", 1);
    check(
        &["-m", "nosuch.x"],
        "",
        ": Error while finding module specification for 'nosuch.x' \
         (ModuleNotFoundError: No module named 'nosuch')\n",
        1,
    );
    check(
        &["-m", "pkg.nosuch"],
        "init pkg pkg\n",
        ": No module named pkg.nosuch\n",
        1,
    );
    check(
        &["-m", "sys"],
        "",
        ": No code object available for sys\n",
        1,
    );
    check(
        &["-m", ".x"],
        "",
        ": Relative module names not supported\n",
        1,
    );
}

#[test]
fn a_frozen_standard_module_runs_its_command_line() {
    let dir = project();
    let out = run_in(dir.path(), &["-m", "quopri", "-d"], "caf=C3=A9 =\n");
    assert_eq!(out.stdout, b"caf\xc3\xa9 ");
    assert_eq!(out.status.code(), Some(0));
}

#[test]
fn json_tool_pretty_prints_and_reports_bad_json() {
    let dir = project();
    let doc = "{\"b\": [1, 2.5, \"\\u00e9\"], \"a\": null, \"c\": {\"x\": true}}\n";
    let out = run_in(
        dir.path(),
        &["-m", "json.tool", "--sort-keys", "--indent", "2"],
        doc,
    );
    assert_eq!(
        String::from_utf8_lossy(&out.stdout),
        "{\n  \"a\": null,\n  \"b\": [\n    1,\n    2.5,\n    \"\\u00e9\"\n  ],\n  \"c\": {\n    \"x\": true\n  }\n}\n"
    );
    let out = run_in(dir.path(), &["-m", "json.tool", "--compact"], doc);
    assert_eq!(
        String::from_utf8_lossy(&out.stdout),
        "{\"b\":[1,2.5,\"\\u00e9\"],\"a\":null,\"c\":{\"x\":true}}\n"
    );
    let out = run_in(
        dir.path(),
        &["-m", "json.tool", "--json-lines"],
        "{\"a\":1}\n[2]\n",
    );
    assert_eq!(
        String::from_utf8_lossy(&out.stdout),
        "{\n    \"a\": 1\n}\n[\n    2\n]\n"
    );
    let out = run_in(dir.path(), &["-m", "json.tool"], "{bad\n");
    assert_eq!(
        String::from_utf8_lossy(&out.stderr),
        "Expecting property name enclosed in double quotes: line 1 column 2 (char 1)\n"
    );
    assert_eq!(out.status.code(), Some(1));
    let out = run_in(
        dir.path(),
        &["-m", "json.tool", "--indent", "2", "--tab"],
        "",
    );
    assert!(String::from_utf8_lossy(&out.stderr).ends_with(
        "python -m json.tool: error: argument --tab: not allowed with argument --indent\n"
    ));
    assert_eq!(out.status.code(), Some(2));
}

/// A temporary directory removed when dropped (no crate needed for so little).
mod tempfile_dir {
    use std::path::{Path, PathBuf};

    pub struct TempDir(PathBuf);

    impl TempDir {
        pub fn new(tag: &str) -> TempDir {
            use std::sync::atomic::{AtomicUsize, Ordering};
            static COUNT: AtomicUsize = AtomicUsize::new(0);
            let n = COUNT.fetch_add(1, Ordering::Relaxed);
            let path =
                std::env::temp_dir().join(format!("minipy-{tag}-{}-{n}", std::process::id()));
            std::fs::create_dir_all(&path).expect("make temp dir");
            TempDir(path)
        }

        pub fn path(&self) -> &Path {
            &self.0
        }
    }

    impl Drop for TempDir {
        fn drop(&mut self) {
            let _ = std::fs::remove_dir_all(&self.0);
        }
    }
}
