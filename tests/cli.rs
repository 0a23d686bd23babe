//! The command line where a test program cannot reach: output that cannot be written
//! (a full device, a closed pipe), Ctrl-C while a program runs, `-c` and directory
//! arguments, and the test modes themselves (`--gc-stress` collects at every safe
//! point, `--check-leaks` reports a leak). Expected texts and statuses are CPython
//! 3.11's (run with its default buffered standard output).

use std::io::{BufRead, BufReader, Read};
use std::os::unix::process::ExitStatusExt;
use std::process::{Child, Command, Output, Stdio};
use std::time::{Duration, Instant};

const BIN: &str = env!("CARGO_BIN_EXE_minipy");

fn minipy(args: &[&str]) -> Command {
    let mut cmd = Command::new(BIN);
    // Buffered standard output, as the expected behaviour assumes.
    cmd.env_remove("PYTHONUNBUFFERED").args(args);
    cmd
}

fn run(args: &[&str]) -> Output {
    minipy(args)
        .stdin(Stdio::null())
        .output()
        .expect("run minipy")
}

fn stderr_of(out: &Output) -> String {
    String::from_utf8_lossy(&out.stderr).into_owned()
}

/// Runs `code` with standard output on `/dev/full` (every write fails with ENOSPC).
fn run_into_full_device(code: &str) -> Output {
    let full = std::fs::OpenOptions::new()
        .write(true)
        .open("/dev/full")
        .expect("open /dev/full");
    minipy(&["-c", code])
        .stdin(Stdio::null())
        .stdout(full)
        .output()
        .expect("run minipy")
}

const LOST_AT_EXIT_ENOSPC: &str = "Exception ignored in: <_io.TextIOWrapper name='<stdout>' \
                                   mode='w' encoding='utf-8'>\n\
                                   OSError: [Errno 28] No space left on device\n";

#[test]
fn output_that_cannot_be_written_at_exit_is_reported_with_status_120() {
    let out = run_into_full_device("print(1)");
    assert_eq!(stderr_of(&out), LOST_AT_EXIT_ENOSPC);
    assert_eq!(out.status.code(), Some(120));
    // Whatever status the program chose.
    let out = run_into_full_device("import sys\nprint('x')\nsys.exit(3)");
    assert_eq!(stderr_of(&out), LOST_AT_EXIT_ENOSPC);
    assert_eq!(out.status.code(), Some(120));
}

#[test]
fn a_write_that_fails_raises_oserror_in_the_print() {
    let out = run_into_full_device("for i in range(10**5):\n    print(i)");
    assert_eq!(
        stderr_of(&out),
        "Traceback (most recent call last):\n  File \"<string>\", line 2, in <module>\n\
         OSError: [Errno 28] No space left on device\n"
    );
    assert_eq!(out.status.code(), Some(1));
    // Caught, it loses what could not be written, and the program goes on.
    let code = "import sys\ntry:\n    for i in range(10**5):\n        print(i)\n\
                except OSError as e:\n    sys.stderr.write('caught %d\\n' % e.errno)\n";
    let out = run_into_full_device(code);
    assert_eq!(stderr_of(&out), "caught 28\n");
    assert_eq!(out.status.code(), Some(0));
}

#[test]
fn an_explicit_flush_that_fails_raises_and_keeps_the_output() {
    let out = run_into_full_device("print('x', flush=True)");
    assert_eq!(
        stderr_of(&out),
        format!(
            "Traceback (most recent call last):\n  File \"<string>\", line 1, in <module>\n\
             OSError: [Errno 28] No space left on device\n{LOST_AT_EXIT_ENOSPC}"
        )
    );
    assert_eq!(out.status.code(), Some(120));
}

#[test]
fn printing_into_a_closed_pipe_raises_broken_pipe_error() {
    let mut child = minipy(&["-c", "for i in range(10**6):\n    print(i)"])
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("spawn minipy");
    // As `| head -1`: read one line, then close the pipe.
    let stdout = child.stdout.take().expect("stdout");
    let mut first = String::new();
    BufReader::new(stdout)
        .read_line(&mut first)
        .expect("read a line");
    assert_eq!(first, "0\n");
    let mut err = String::new();
    child
        .stderr
        .take()
        .expect("stderr")
        .read_to_string(&mut err)
        .expect("read stderr");
    let status = child.wait().expect("wait");
    assert_eq!(
        err,
        "Traceback (most recent call last):\n  File \"<string>\", line 2, in <module>\n\
         BrokenPipeError: [Errno 32] Broken pipe\n"
    );
    assert_eq!(status.code(), Some(1));
}

#[test]
fn dash_c_defines_no_file_name() {
    let out = run(&["-c", "print(__file__)"]);
    assert_eq!(
        stderr_of(&out),
        "Traceback (most recent call last):\n  File \"<string>\", line 1, in <module>\n\
         NameError: name '__file__' is not defined. Did you mean: '__name__'?\n"
    );
    assert_eq!(out.status.code(), Some(1));
}

/// Options after the script name (or after `-c CODE`) are the program's, as in CPython:
/// `minipy tool.py -h` gives `-h` to the script, not to minipy.
#[test]
fn options_after_the_script_belong_to_the_program() {
    let dir = std::env::temp_dir().join(format!("minipy-cli-argv-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    let script = dir.join("argv.py");
    std::fs::write(&script, "import sys; print(sys.argv[1:])\n").expect("write script");
    let path = script.to_string_lossy().into_owned();
    let cases: [(&[&str], &str); 6] = [
        (&[&path, "-h", "--version"], "['-h', '--version']\n"),
        (
            &["--gc-disabled", &path, "-c", "x", "--gc-stress"],
            "['-c', 'x', '--gc-stress']\n",
        ),
        (&[&path, "--", "-q"], "['--', '-q']\n"),
        (&["--max-heap", "64M", &path, "-V"], "['-V']\n"),
        (&["--", &path, "-B"], "['-B']\n"),
        (
            &["-c", "import sys; print(sys.argv)", "-h", "--dis"],
            "['-c', '-h', '--dis']\n",
        ),
    ];
    for (args, expected) in cases {
        let out = run(args);
        assert_eq!(String::from_utf8_lossy(&out.stdout), expected, "{args:?}");
        assert_eq!(out.status.code(), Some(0), "{args:?}");
    }
    std::fs::remove_dir_all(&dir).ok();
}

#[test]
fn a_directory_without_main_gives_cpythons_message() {
    let dir = std::env::temp_dir().join(format!("minipy-cli-dir-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("make a directory");
    let path = dir.display().to_string();
    let out = run(&[&path]);
    let _ = std::fs::remove_dir_all(&dir);
    assert_eq!(
        stderr_of(&out),
        format!("minipy: can't find '__main__' module in '{path}'\n")
    );
    assert_eq!(out.status.code(), Some(1));
}

#[test]
fn source_that_is_not_utf8_gives_cpythons_message_unless_declared() {
    let dir = std::env::temp_dir().join(format!("minipy-cli-enc-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("make a directory");
    let bad = dir.join("bad.py");
    std::fs::write(&bad, b"# c\nx = 1 # \xe9\n").expect("write");
    let latin = dir.join("latin.py");
    std::fs::write(&latin, b"# -*- coding: latin-1 -*-\nprint('\xe9')\n").expect("write");
    let out = run(&[&bad.display().to_string()]);
    let declared = run(&[&latin.display().to_string()]);
    let _ = std::fs::remove_dir_all(&dir);
    assert_eq!(
        stderr_of(&out),
        format!(
            "SyntaxError: Non-UTF-8 code starting with '\\xe9' in file {} on line 2, \
             but no encoding declared; see https://peps.python.org/pep-0263/ for details\n",
            bad.display()
        )
    );
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(String::from_utf8_lossy(&declared.stdout), "\u{e9}\n");
}

/// Starts `code`, waits until it prints `ready`, then sends SIGINT (as Ctrl-C does).
fn interrupt(code: &str) -> (String, String, std::process::ExitStatus, Duration) {
    let mut child: Child = minipy(&["-c", code])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("spawn minipy");
    let mut stdout = BufReader::new(child.stdout.take().expect("stdout"));
    let mut line = String::new();
    stdout.read_line(&mut line).expect("read ready");
    assert_eq!(line, "ready\n");
    let sent = Instant::now();
    let killed = Command::new("kill")
        .args(["-INT", &child.id().to_string()])
        .status()
        .expect("run kill");
    assert!(killed.success());
    let mut rest = String::new();
    stdout.read_to_string(&mut rest).expect("read stdout");
    let mut err = String::new();
    child
        .stderr
        .take()
        .expect("stderr")
        .read_to_string(&mut err)
        .expect("read stderr");
    // Standard input stays open until the program has ended: `input()` must not see
    // end of input instead of the interruption.
    let status = child.wait().expect("wait");
    (rest, err, status, sent.elapsed())
}

#[test]
fn ctrl_c_raises_keyboard_interrupt_in_a_running_loop() {
    // (Loops end by themselves after a minute, should SIGINT be ignored.)
    let code = "import time\nprint('ready', flush=True)\nend = time.time() + 60\ntry:\n\
                \x20   while time.time() < end:\n        pass\nfinally:\n\
                \x20   print('finally ran')\n";
    let (out, err, status, _) = interrupt(code);
    assert_eq!(out, "finally ran\n");
    assert_eq!(
        err,
        "Traceback (most recent call last):\n  File \"<string>\", line 5, in <module>\n\
         KeyboardInterrupt\n"
    );
    // As CPython: the process ends by SIGINT once the traceback is printed.
    assert_eq!(status.signal(), Some(2));
}

#[test]
fn ctrl_c_can_be_caught() {
    let code = "import time\nprint('ready', flush=True)\nend = time.time() + 60\ntry:\n\
                \x20   while time.time() < end:\n        pass\n\
                except KeyboardInterrupt as e:\n    print('caught', repr(e))\n";
    let (out, err, status, _) = interrupt(code);
    assert_eq!(out, "caught KeyboardInterrupt()\n");
    assert_eq!(err, "");
    assert_eq!(status.code(), Some(0));
}

#[test]
fn ctrl_c_interrupts_sleep_and_input_at_once() {
    let code = "import time\nprint('ready', flush=True)\ntime.sleep(60)\n";
    let (_, err, status, took) = interrupt(code);
    assert_eq!(
        err,
        "Traceback (most recent call last):\n  File \"<string>\", line 3, in <module>\n\
         KeyboardInterrupt\n"
    );
    assert_eq!(status.signal(), Some(2));
    assert!(
        took < Duration::from_secs(10),
        "time.sleep went on for {took:?}"
    );
    let code = "print('ready', flush=True)\ntry:\n    input()\nexcept KeyboardInterrupt:\n\
                \x20   print('input interrupted')\n";
    let (out, err, status, took) = interrupt(code);
    assert_eq!(out, "input interrupted\n");
    assert_eq!(err, "");
    assert_eq!(status.code(), Some(0));
    assert!(
        took < Duration::from_secs(10),
        "input() went on for {took:?}"
    );
}

#[test]
fn gc_stress_collects_at_every_safe_point() {
    // Ten loop iterations pass at least ten safe points (backward jumps): each one
    // collects, which `--trace-gc` shows.
    let out = run(&[
        "--gc-stress",
        "--trace-gc",
        "-c",
        "for i in range(10):\n    x = [i]",
    ]);
    let collections = stderr_of(&out)
        .lines()
        .filter(|l| l.starts_with("gc: generation"))
        .count();
    assert!(collections >= 10, "only {collections} collections");
    assert_eq!(out.status.code(), Some(0));
}

/// `_minipy_testing` exists only in builds with debug assertions (those `cargo test`
/// makes by default).
#[test]
fn check_leaks_reports_leaked_objects_by_type_with_status_3() {
    if !cfg!(debug_assertions) {
        return;
    }
    let code = "import _minipy_testing as t\nt.leak([1])\nt.leak([])\nt.leak({'a': 1})\n\
                print('done')";
    let out = run(&["--check-leaks", "-c", code]);
    assert_eq!(String::from_utf8_lossy(&out.stdout), "done\n");
    assert_eq!(
        stderr_of(&out),
        "minipy: 3 objects leaked:\n         1  dict\n         2  list\n"
    );
    assert_eq!(out.status.code(), Some(3));
    // Without a leak the same program passes.
    let out = run(&[
        "--check-leaks",
        "-c",
        "x = [[1], [], {'a': 1}]\nprint('done')",
    ]);
    assert_eq!(stderr_of(&out), "");
    assert_eq!(out.status.code(), Some(0));
}

#[test]
fn the_testing_module_is_absent_from_release_builds() {
    if cfg!(debug_assertions) {
        return;
    }
    let out = run(&["-c", "import _minipy_testing"]);
    assert_eq!(out.status.code(), Some(1));
}

/// `-u` and `PYTHONUNBUFFERED` make standard output write through, as in CPython: the
/// streams say so, and a write to a full device fails in the `print` that made it.
#[test]
fn unbuffered_output_writes_through() {
    let code = "import sys\n\
                print(sys.stdout.write_through, sys.stdout.line_buffering,\n\
                sys.stderr.write_through, sys.stderr.line_buffering)";
    let plain = run(&["-c", code]);
    assert_eq!(
        String::from_utf8_lossy(&plain.stdout),
        "False False False True\n"
    );
    let dash_u = run(&["-u", "-c", code]);
    assert_eq!(
        String::from_utf8_lossy(&dash_u.stdout),
        "True False True False\n"
    );
    let env = minipy(&["-c", code])
        .env("PYTHONUNBUFFERED", "1")
        .stdin(Stdio::null())
        .output()
        .expect("run minipy");
    assert_eq!(
        String::from_utf8_lossy(&env.stdout),
        "True False True False\n"
    );
    let full = std::fs::OpenOptions::new()
        .write(true)
        .open("/dev/full")
        .expect("open /dev/full");
    let out = minipy(&[
        "-u",
        "-c",
        "try:\n    print('x')\nexcept OSError as e:\n    import sys; print(e, file=sys.stderr)",
    ])
    .stdin(Stdio::null())
    .stdout(full)
    .output()
    .expect("run minipy");
    assert_eq!(stderr_of(&out), "[Errno 28] No space left on device\n");
    assert_eq!(out.status.code(), Some(0));
}
