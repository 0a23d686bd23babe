//! The standard streams' encoding and error handler, which CPython 3.11 takes from the
//! environment: `PYTHONIOENCODING`, `PYTHONUTF8` and the locale (the C / POSIX and
//! UTF-8 "coercion target" locales write a lone surrogate from `surrogateescape` as the
//! byte it stands for; an explicit encoding without a handler is strict). Every
//! expected output here is what `python3` 3.11 prints in the same environment.

use std::io::Write;
use std::process::{Command, Output, Stdio};

const BIN: &str = env!("CARGO_BIN_EXE_minipy");

/// Shows the streams' settings, then prints 'é' and the surrogate standing for 0xff.
const SHOW: &str = "import sys; print(sys.stdout.encoding, sys.stdout.errors, \
                    sys.stderr.errors, sys.stdin.errors, sys.flags.utf8_mode); \
                    print('\\xe9\\udcff')";

/// Runs `code` with only the variables `env` names set among those that choose the
/// locale and the streams' encoding, feeding `input` to standard input.
fn run(env: &[(&str, &str)], code: &str, input: &[u8]) -> Output {
    let mut cmd = Command::new(BIN);
    cmd.args(["-c", code]);
    for var in [
        "LANG",
        "LC_ALL",
        "LC_CTYPE",
        "PYTHONIOENCODING",
        "PYTHONUTF8",
        "PYTHONCOERCECLOCALE",
    ] {
        cmd.env_remove(var);
    }
    cmd.envs(env.iter().copied());
    let mut child = cmd
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("run minipy");
    child
        .stdin
        .take()
        .expect("stdin")
        .write_all(input)
        .expect("write stdin");
    child.wait_with_output().expect("wait for minipy")
}

fn stderr_of(out: &Output) -> String {
    String::from_utf8_lossy(&out.stderr).into_owned()
}

#[test]
fn c_locale_is_utf8_mode_with_surrogateescape() {
    let out = run(&[("LC_ALL", "C")], SHOW, b"");
    assert_eq!(
        out.stdout,
        b"utf-8 surrogateescape backslashreplace surrogateescape 1\n\xc3\xa9\xff\n"
    );
    assert!(out.status.success());
}

#[test]
fn lang_c_is_coerced_to_a_utf8_locale() {
    let code = "import os, sys; print(os.environ.get('LC_CTYPE'), sys.stdout.errors)";
    let out = run(&[("LANG", "C")], code, b"");
    assert_eq!(out.stdout, b"C.UTF-8 surrogateescape\n");
    let out = run(&[("LANG", "C"), ("PYTHONCOERCECLOCALE", "0")], code, b"");
    assert_eq!(out.stdout, b"None surrogateescape\n");
}

#[test]
fn utf8_coercion_target_locale_uses_surrogateescape() {
    let out = run(&[("LC_ALL", "C.UTF-8")], SHOW, b"");
    assert_eq!(
        out.stdout,
        b"utf-8 surrogateescape backslashreplace surrogateescape 0\n\xc3\xa9\xff\n"
    );
}

#[test]
fn pythonioencoding_without_handler_is_strict() {
    let out = run(&[("PYTHONIOENCODING", "utf-8")], SHOW, b"");
    assert_eq!(out.stdout, b"utf-8 strict backslashreplace strict 1\n");
    assert_eq!(
        stderr_of(&out),
        "Traceback (most recent call last):\n  File \"<string>\", line 1, in <module>\n\
         UnicodeEncodeError: 'utf-8' codec can't encode character '\\udcff' in position 1: \
         surrogates not allowed\n"
    );
    assert_eq!(out.status.code(), Some(1));
}

#[test]
fn pythonioencoding_encoding_and_handler() {
    let out = run(
        &[("PYTHONIOENCODING", "latin-1:backslashreplace")],
        SHOW,
        b"",
    );
    assert_eq!(
        out.stdout,
        b"iso8859-1 backslashreplace backslashreplace backslashreplace 1\n\xe9\\udcff\n"
    );
    let out = run(&[("PYTHONIOENCODING", ":surrogateescape")], SHOW, b"");
    assert_eq!(
        out.stdout,
        b"utf-8 surrogateescape backslashreplace surrogateescape 1\n\xc3\xa9\xff\n"
    );
}

#[test]
fn c_locale_without_utf8_mode_is_ascii() {
    let out = run(&[("LC_ALL", "C"), ("PYTHONUTF8", "0")], SHOW, b"");
    assert_eq!(
        out.stdout,
        b"ascii surrogateescape backslashreplace surrogateescape 0\n"
    );
    assert!(stderr_of(&out).ends_with(
        "UnicodeEncodeError: 'ascii' codec can't encode characters in position 0-1: \
         ordinal not in range(128)\n"
    ));
}

#[test]
fn standard_input_decodes_with_the_streams_handler() {
    let code = "import sys; print(ascii(input())); print(ascii(sys.stdin.readline()))";
    let out = run(&[("LC_ALL", "C")], code, b"a\xffb\nc\xfe\n");
    assert_eq!(out.stdout, b"'a\\udcffb'\n'c\\udcfe\\n'\n");
    let out = run(&[("PYTHONIOENCODING", "utf-8")], code, b"a\xffb\n");
    assert!(stderr_of(&out).ends_with(
        "UnicodeDecodeError: 'utf-8' codec can't decode byte 0xff in position 1: \
         invalid start byte\n"
    ));
    assert_eq!(out.status.code(), Some(1));
}

#[test]
fn unknown_settings_stop_at_start_up() {
    let out = run(&[("PYTHONIOENCODING", "foo")], "print(1)", b"");
    assert_eq!(out.stdout, b"");
    assert!(stderr_of(&out).starts_with(
        "Fatal Python error: init_stdio_encoding: failed to get the Python codec name of \
         the stdio encoding\nPython runtime state: core initialized\n\
         LookupError: unknown encoding: foo\n"
    ));
    assert_eq!(out.status.code(), Some(1));
    let out = run(&[("PYTHONUTF8", "x")], "print(1)", b"");
    assert_eq!(
        stderr_of(&out),
        "Fatal Python error: preconfig_init_utf8_mode: invalid PYTHONUTF8 environment \
         variable value\nPython runtime state: preinitializing\n\n"
    );
    assert_eq!(out.status.code(), Some(1));
}

#[test]
fn uncaught_exception_report_uses_stderr_encoding() {
    // CPython writes the traceback through sys.stderr: its encoding, backslashreplace.
    let out = run(
        &[("PYTHONIOENCODING", "ascii")],
        "raise ValueError('m\\xe9ss \\u20ac')",
        b"",
    );
    assert_eq!(
        stderr_of(&out),
        "Traceback (most recent call last):\n  File \"<string>\", line 1, in <module>\n\
         ValueError: m\\xe9ss \\u20ac\n"
    );
    let out = run(
        &[("PYTHONIOENCODING", "latin-1")],
        "raise ValueError('m\\xe9ss \\u20ac')",
        b"",
    );
    assert_eq!(
        out.stderr,
        b"Traceback (most recent call last):\n  File \"<string>\", line 1, in <module>\n\
          ValueError: m\xe9ss \\u20ac\n"
    );
}
