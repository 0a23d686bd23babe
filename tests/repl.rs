//! The interactive prompt, driven through a pseudo-terminal as a person would use it:
//! prompts, blocks, echo and `_`, errors that leave the session running, Ctrl-C, Ctrl-D,
//! the history file, Tab completion; and piped standard input, which runs as a program.
//!
//! Every wait is bounded (`TIMEOUT_MS`), and each check waits for output that only the
//! expected behaviour can produce (a computed value rather than the text typed), so the
//! tests do not depend on how the line editor redraws the line.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

use rexpect::process::WaitStatus;
use rexpect::session::{Options, PtySession, spawn_with_options};

/// Longest wait for any one piece of output.
const TIMEOUT_MS: u64 = 30_000;

const BIN: &str = env!("CARGO_BIN_EXE_minipy");

/// A scratch HOME directory, removed when the test ends.
struct TempHome(PathBuf);

impl TempHome {
    fn new(name: &str) -> TempHome {
        let dir = std::env::temp_dir().join(format!("minipy-repl-{}-{name}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).expect("create a temporary HOME");
        TempHome(dir)
    }

    fn path(&self) -> &Path {
        &self.0
    }

    fn history(&self) -> String {
        std::fs::read_to_string(self.0.join(".minipy_history")).unwrap_or_default()
    }
}

impl Drop for TempHome {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

/// A running `minipy` with no program, on a pseudo-terminal.
struct Repl {
    session: PtySession,
}

impl Repl {
    fn start(home: &TempHome) -> Repl {
        Repl::spawn(Command::new(BIN), home)
    }

    fn spawn(mut cmd: Command, home: &TempHome) -> Repl {
        cmd.env("HOME", home.path()).env("TERM", "xterm");
        let options = Options::new()
            .timeout_ms(Some(TIMEOUT_MS))
            .strip_ansi_escape_codes(true);
        let session = spawn_with_options(cmd, options).expect("start minipy on a pty");
        let mut repl = Repl { session };
        repl.expect("Ctrl-D or exit() leaves.");
        repl.expect(">>> ");
        repl
    }

    /// Waits for `text`; returns what came before it.
    #[track_caller]
    fn expect(&mut self, text: &str) -> String {
        match self.session.exp_string(text) {
            Ok(before) => before,
            Err(e) => panic!("waiting for {text:?}: {e}"),
        }
    }

    /// Types `line` and Enter.
    fn line(&mut self, line: &str) {
        self.session.send_line(line).expect("write to the pty");
        self.session.flush().expect("flush the pty");
    }

    /// Types keys without Enter.
    fn keys(&mut self, keys: &str) {
        self.session.send(keys).expect("write to the pty");
        self.session.flush().expect("flush the pty");
    }

    /// Waits for the next `>>> ` prompt, then types Ctrl-D. Typed before the prompt, the
    /// key could reach the terminal before the line editor reads it raw, and be lost.
    fn eof_at_prompt(&mut self) {
        self.expect(">>> ");
        self.control('d');
    }

    fn control(&mut self, c: char) {
        self.session.send_control(c).expect("write to the pty");
    }

    /// Waits for the process to end; returns its exit status.
    fn exit_status(mut self) -> i32 {
        let _ = self.session.exp_eof();
        match self.session.process_mut().wait() {
            Ok(WaitStatus::Exited(_, code)) => code,
            other => panic!("minipy did not exit normally: {other:?}"),
        }
    }
}

#[test]
fn values_are_echoed_and_bound_to_underscore() {
    let home = TempHome::new("echo");
    let mut repl = Repl::start(&home);
    repl.line("6 * 7");
    repl.expect("42\r\n");
    repl.line("_ + 1");
    repl.expect("43\r\n");
    repl.line("None");
    repl.line("x = 5");
    // Neither None nor an assignment is echoed, and `_` keeps the last echoed value.
    repl.line("_ * 2");
    let between = repl.expect("86\r\n");
    assert_eq!(between.matches("None").count(), 1, "{between:?}");
    repl.line("'a' + 'b'");
    repl.expect("'ab'\r\n");
    repl.line("[x, x + 1]");
    repl.expect("[5, 6]\r\n");
    // `exit` explains itself, as CPython's site module makes it do.
    repl.line("exit");
    repl.expect("Use exit() or Ctrl-D (i.e. EOF) to exit\r\n");
    repl.eof_at_prompt();
    assert_eq!(repl.exit_status(), 0);
}

#[test]
fn compound_statements_continue_until_an_empty_line() {
    let home = TempHome::new("blocks");
    let mut repl = Repl::start(&home);
    repl.line("def triple(x):");
    repl.expect("... ");
    repl.line("    return x * 3");
    repl.expect("... ");
    repl.line("");
    repl.expect(">>> ");
    repl.line("triple(14)");
    repl.expect("42\r\n");
    // Expression statements inside a top-level loop are echoed too.
    repl.line("for i in range(3): i * 11");
    repl.expect("... ");
    repl.line("");
    repl.expect("0\r\n11\r\n22\r\n");
    // A simple statement waits only for its closing bracket or quotes.
    repl.line("t = (10,");
    repl.expect("... ");
    repl.line("20)");
    repl.expect(">>> ");
    repl.line("t");
    repl.expect("(10, 20)\r\n");
    repl.line("\"\"\"ab");
    repl.expect("... ");
    repl.line("cd\"\"\"");
    repl.expect("'ab\\ncd'\r\n");
    repl.eof_at_prompt();
    assert_eq!(repl.exit_status(), 0);
}

#[test]
fn an_exception_prints_a_traceback_and_the_session_goes_on() {
    let home = TempHome::new("traceback");
    let mut repl = Repl::start(&home);
    repl.line("1 / 0");
    repl.expect(
        "Traceback (most recent call last):\r\n  File \"<stdin>\", line 1, in <module>\r\n\
         ZeroDivisionError: division by zero\r\n",
    );
    repl.line("def f():");
    repl.line("    return undefined_name");
    repl.line("");
    repl.line("f()");
    repl.expect(
        "Traceback (most recent call last):\r\n  File \"<stdin>\", line 1, in <module>\r\n  \
         File \"<stdin>\", line 2, in f\r\nNameError: name 'undefined_name' is not defined\r\n",
    );
    repl.line("6 * 7");
    repl.expect("42\r\n");
    repl.eof_at_prompt();
    assert_eq!(repl.exit_status(), 0);
}

#[test]
fn a_syntax_error_is_reported_and_the_session_goes_on() {
    let home = TempHome::new("syntax");
    let mut repl = Repl::start(&home);
    repl.line("x y");
    repl.expect(
        "  File \"<stdin>\", line 1\r\n    x y\r\n      ^\r\nSyntaxError: invalid syntax\r\n",
    );
    repl.line("if True:");
    repl.expect("... ");
    repl.line("");
    repl.expect(
        "  File \"<stdin>\", line 2\r\n    \r\n    ^\r\n\
         IndentationError: expected an indented block after 'if' statement on line 1\r\n",
    );
    repl.line("6 * 7");
    repl.expect("42\r\n");
    repl.eof_at_prompt();
    assert_eq!(repl.exit_status(), 0);
}

#[test]
fn ctrl_c_discards_the_entry_and_interrupts_running_code() {
    let home = TempHome::new("interrupt");
    let mut repl = Repl::start(&home);
    // A half-typed line is dropped.
    repl.keys("abc");
    repl.control('c');
    repl.expect("KeyboardInterrupt\r\n");
    repl.expect(">>> ");
    repl.line("6 * 7");
    repl.expect("42\r\n");
    // So is an unfinished block.
    repl.line("if True:");
    repl.expect("... ");
    repl.control('c');
    repl.expect("KeyboardInterrupt\r\n");
    repl.expect(">>> ");
    repl.line("6 * 8");
    repl.expect("48\r\n");
    // A running loop raises KeyboardInterrupt; the session survives it.
    repl.line("if True:");
    repl.line("    print('spin' + 'ning', flush=True)");
    repl.line("    while True: pass");
    repl.line("");
    repl.expect("spinning\r\n");
    repl.control('c');
    repl.expect("Traceback (most recent call last):\r\n  File \"<stdin>\", line 3, in <module>\r\nKeyboardInterrupt\r\n");
    repl.line("6 * 9");
    repl.expect("54\r\n");
    repl.eof_at_prompt();
    assert_eq!(repl.exit_status(), 0);
}

#[test]
fn ctrl_d_leaves_with_status_zero() {
    let home = TempHome::new("eof");
    let mut repl = Repl::start(&home);
    repl.control('d');
    assert_eq!(repl.exit_status(), 0);
}

#[test]
fn ctrl_d_in_a_block_finishes_it() {
    let home = TempHome::new("eof-block");
    let mut repl = Repl::start(&home);
    repl.line("for i in range(2):");
    repl.expect("... ");
    repl.line("    print(i + 100)");
    repl.expect("... ");
    repl.control('d');
    repl.expect("100\r\n101\r\n");
    repl.expect(">>> ");
    repl.control('d');
    assert_eq!(repl.exit_status(), 0);
}

#[test]
fn exit_quit_and_sys_exit_give_their_status() {
    for (entry, status) in [
        ("exit(3)", 3),
        ("quit()", 0),
        ("import sys; sys.exit(5)", 5),
        ("raise SystemExit(7)", 7),
    ] {
        let home = TempHome::new("exit");
        let mut repl = Repl::start(&home);
        repl.line(entry);
        assert_eq!(repl.exit_status(), status, "{entry}");
    }
}

#[test]
fn history_is_saved_in_home_and_recalled() {
    let home = TempHome::new("history");
    let mut repl = Repl::start(&home);
    repl.line("first_entry = 20");
    repl.expect(">>> ");
    repl.line("first_entry + 22");
    repl.expect("42\r\n");
    repl.eof_at_prompt();
    assert_eq!(repl.exit_status(), 0);
    let history = home.history();
    assert!(history.contains("first_entry = 20\n"), "{history:?}");
    assert!(history.contains("first_entry + 22\n"), "{history:?}");

    // A new session starts with that history: Up twice recalls the assignment.
    let mut repl = Repl::start(&home);
    repl.keys("\x1b[A\x1b[A\r");
    repl.expect(">>> ");
    repl.line("first_entry * 3");
    repl.expect("60\r\n");
    repl.eof_at_prompt();
    assert_eq!(repl.exit_status(), 0);
}

#[test]
fn tab_completes_names_and_attributes() {
    let home = TempHome::new("complete");
    let mut repl = Repl::start(&home);
    // A builtin: `pri` -> `print(`.
    repl.line("pri\t'comp' + 'leted')");
    repl.expect("completed\r\n");
    // A name defined in the session (not callable: no parenthesis added).
    repl.line("some_unusual_name = 6");
    repl.expect(">>> ");
    repl.line("some_unu\t * 7");
    repl.expect("42\r\n");
    // An attribute of a module: `math.sq` -> `math.sqrt(`.
    repl.line("import math");
    repl.expect(">>> ");
    repl.line("math.sq\t16)");
    repl.expect("4.0\r\n");
    // An attribute of a literal: `[].ap` -> `[].append(`.
    repl.line("items = [1]");
    repl.expect(">>> ");
    repl.line("items.ap\t2)");
    repl.expect(">>> ");
    repl.line("items");
    repl.expect("[1, 2]\r\n");
    repl.line("[].ap\t3) or 'appended'");
    repl.expect("'appended'\r\n");
    repl.eof_at_prompt();
    assert_eq!(repl.exit_status(), 0);
}

#[test]
fn tab_tab_lists_dotted_names_whole() {
    let home = TempHome::new("complete-dotted");
    let mut repl = Repl::start(&home);
    repl.line("import math");
    repl.expect(">>> ");
    // Two candidates: the list shows them as CPython's rlcompleter does, whole.
    repl.keys("math.aco\t\t");
    repl.expect("math.acosh(");
    repl.control('c');
    repl.expect("KeyboardInterrupt\r\n");
    repl.line("6 * 7");
    repl.expect("42\r\n");
    repl.eof_at_prompt();
    assert_eq!(repl.exit_status(), 0);
}

#[test]
fn a_decorator_inside_a_block_and_the_site_names() {
    let home = TempHome::new("site");
    let mut repl = Repl::start(&home);
    repl.line("class P:");
    repl.line("    @property");
    repl.line("    def x(self): return 20 + 1");
    repl.line("");
    repl.line("P().x * 2");
    repl.expect("42\r\n");
    repl.line("help");
    repl.expect("Type help() for interactive help, or help(object) for help about object.\r\n");
    repl.line("license");
    repl.expect("Type license() to see the full license text\r\n");
    repl.line("copyright");
    repl.expect("All Rights Reserved.\r\n");
    repl.line("credits");
    repl.expect("Thanks to the CPython developers");
    repl.line("def f():");
    repl.line("    'Says hello.'");
    repl.line("");
    repl.line("help(f)");
    repl.expect("Help on function f in module __main__:\r\n\r\nf()\r\n    Says hello.\r\n");
    repl.eof_at_prompt();
    assert_eq!(repl.exit_status(), 0);
}

/// A Rust panic in a statement (provoked through `_minipy_testing`, which only builds
/// with debug assertions have) abandons the statement, not the session.
#[test]
fn a_panic_in_a_statement_keeps_the_session_and_its_state() {
    if !cfg!(debug_assertions) {
        return;
    }
    let home = TempHome::new("panic");
    let mut repl = Repl::start(&home);
    repl.line("kept = 40 + 2");
    repl.expect(">>> ");
    repl.line("import _minipy_testing; _minipy_testing.panic()");
    repl.expect("minipy: internal error (a bug in minipy): the statement was abandoned\r\n");
    repl.line("kept + 0");
    repl.expect("42\r\n");
    repl.eof_at_prompt();
    assert_eq!(repl.exit_status(), 0);
}

#[test]
fn completion_never_runs_code() {
    let home = TempHome::new("no-eval");
    let mut repl = Repl::start(&home);
    repl.line("class C:");
    repl.line("    @property");
    repl.line("    def p(self):");
    repl.line("        print('property ' + 'ran')");
    repl.line("        return 1");
    repl.line("    def __getattr__(self, name):");
    repl.line("        print('getattr ' + 'ran')");
    repl.line("");
    repl.expect(">>> ");
    repl.line("c = C()");
    repl.expect(">>> ");
    // Completing through the property or a missing attribute offers nothing.
    // (Ctrl-U then drops the line.)
    repl.keys("c.p.re\t\t\x15c.zz.y\t\t\x15");
    repl.line("'done' + '!'");
    let before = repl.expect("'done!'\r\n");
    assert!(!before.contains("property ran"), "{before:?}");
    assert!(!before.contains("getattr ran"), "{before:?}");
    repl.eof_at_prompt();
    assert_eq!(repl.exit_status(), 0);
}

#[test]
fn with_output_to_a_file_the_prompts_stay_on_the_terminal() {
    let home = TempHome::new("stdout-file");
    let out = home.path().join("out.txt");
    let mut cmd = Command::new("sh");
    cmd.arg("-c").arg("exec \"$0\" > \"$1\"").arg(BIN).arg(&out);
    let mut repl = Repl::spawn(cmd, &home);
    repl.line("6 * 7");
    repl.expect(">>> ");
    repl.line("for i in range(2):");
    repl.expect("... ");
    repl.line("    print(i)");
    repl.expect("... ");
    repl.line("");
    repl.expect(">>> ");
    repl.control('d');
    assert_eq!(repl.exit_status(), 0);
    let written = std::fs::read_to_string(&out).expect("read the output file");
    assert_eq!(written, "42\n0\n1\n");
}

#[test]
fn piped_standard_input_runs_as_a_program() {
    let mut child = Command::new(BIN)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("start minipy");
    let program = "import sys\nprint(6 * 7)\nprint(sys.argv)\nif True:\n    print('block')\nx = 1\nx\n1 / 0\n";
    child
        .stdin
        .take()
        .expect("stdin")
        .write_all(program.as_bytes())
        .expect("write the program");
    let out = child.wait_with_output().expect("wait for minipy");
    let stdout = String::from_utf8_lossy(&out.stdout);
    let stderr = String::from_utf8_lossy(&out.stderr);
    // No prompts, no echo of expression statements: a program, as CPython runs it.
    assert_eq!(stdout, "42\n['']\nblock\n");
    assert_eq!(
        stderr,
        "Traceback (most recent call last):\n  File \"<stdin>\", line 8, in <module>\n\
         ZeroDivisionError: division by zero\n"
    );
    assert_eq!(out.status.code(), Some(1));
}
