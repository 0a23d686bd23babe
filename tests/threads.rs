//! Threads where a test program cannot reach: a daemon thread still running at exit
//! (its objects are never let go, so `--check-leaks` would count them), the default
//! `threading.excepthook` report on stderr (CPython's names its own threading.py
//! frames), and Ctrl-C while the main thread waits for another. Expected texts are
//! CPython 3.11's, but for a thread started from `__del__` during module teardown,
//! which CPython starts and never runs, and minipy refuses with RuntimeError.

use std::io::{BufRead, BufReader, Read};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

const BIN: &str = env!("CARGO_BIN_EXE_minipy");

fn run(code: &str) -> (String, String, Option<i32>, Duration) {
    let start = Instant::now();
    let out = Command::new(BIN)
        .args(["-c", code])
        .stdin(Stdio::null())
        .output()
        .expect("run minipy");
    (
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
        out.status.code(),
        start.elapsed(),
    )
}

#[test]
fn exit_waits_for_workers_then_atexit_and_leaves_daemons_behind() {
    let code = "import atexit, threading, time\n\
                atexit.register(lambda: print('atexit runs after the workers'))\n\
                def spin():\n    while True:\n        time.sleep(0.005)\n\
                def count():\n    n = 0\n    while True:\n        n += 1\n\
                threading.Thread(target=spin, daemon=True).start()\n\
                threading.Thread(target=count, daemon=True).start()\n\
                def slow():\n    time.sleep(0.05)\n    print('worker finished')\n\
                threading.Thread(target=slow).start()\n\
                print('main program ends')\n";
    let (out, err, status, took) = run(code);
    assert_eq!(
        out,
        "main program ends\nworker finished\natexit runs after the workers\n"
    );
    assert_eq!(err, "");
    assert_eq!(status, Some(0));
    assert!(took < Duration::from_secs(10), "took {took:?}");
}

#[test]
fn an_uncaught_exception_in_a_thread_is_reported_and_the_program_goes_on() {
    let code = "import threading\n\
                def boom():\n    raise ValueError('boom')\n\
                t = threading.Thread(target=boom)\nt.start()\nt.join()\nprint('after')\n";
    let (out, err, status, _) = run(code);
    assert_eq!(out, "after\n");
    assert!(
        err.starts_with(
            "Exception in thread Thread-1 (boom):\nTraceback (most recent call last):\n"
        ),
        "{err}"
    );
    assert!(
        err.ends_with("  File \"<string>\", line 3, in boom\nValueError: boom\n"),
        "{err}"
    );
    assert_eq!(status, Some(0));
}

#[test]
fn atexit_functions_may_still_run_threads() {
    let code = "import atexit, threading\n\
                def late():\n    t = threading.Thread(target=print, args=('ran',))\n\
                \x20   t.start()\n    t.join()\n    print('joined')\n\
                atexit.register(late)\n";
    let (out, _, status, _) = run(code);
    assert_eq!(out, "ran\njoined\n");
    assert_eq!(status, Some(0));
}

#[test]
fn starting_a_thread_during_teardown_is_refused() {
    let code = "import _thread\n\
                class Late:\n    def __del__(self):\n        try:\n\
                \x20           _thread.start_new_thread(print, ('ran',))\n\
                \x20       except RuntimeError as e:\n            print('RuntimeError:', e)\n\
                keep = Late()\n";
    let (out, _, status, _) = run(code);
    assert_eq!(
        out,
        "RuntimeError: can't create new thread at interpreter shutdown\n"
    );
    assert_eq!(status, Some(0));
}

#[test]
fn ctrl_c_reaches_the_main_thread_while_it_joins() {
    let code = "import threading\n\
                t = threading.Thread(target=threading.Event().wait, daemon=True)\n\
                t.start()\nprint('ready', flush=True)\n\
                try:\n    t.join()\nexcept KeyboardInterrupt:\n    print('interrupted')\n";
    let mut child = Command::new(BIN)
        .args(["-c", code])
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("spawn minipy");
    let mut stdout = BufReader::new(child.stdout.take().expect("stdout"));
    let mut line = String::new();
    stdout.read_line(&mut line).expect("read ready");
    assert_eq!(line, "ready\n");
    let killed = Command::new("kill")
        .args(["-INT", &child.id().to_string()])
        .status()
        .expect("run kill");
    assert!(killed.success());
    let mut rest = String::new();
    stdout.read_to_string(&mut rest).expect("read stdout");
    let status = child.wait().expect("wait");
    assert_eq!(rest, "interrupted\n");
    assert_eq!(status.code(), Some(0));
}
