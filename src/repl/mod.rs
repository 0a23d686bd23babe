//! The interactive prompt, run when `minipy` starts with no program and standard input
//! is a terminal: `>>> ` and `... ` prompts, entries gathered as CPython's interactive
//! tokenizer does (`entry`), expression values echoed, tracebacks printed without
//! leaving, Tab completion (`helper`), history in `~/.minipy_history`.

mod complete;
mod entry;
mod helper;
mod names;

use std::cell::RefCell;
use std::io::{IsTerminal, Write};
use std::path::PathBuf;
use std::rc::Rc;

use rustyline::Editor;
use rustyline::config::{CompletionType, Config as EditorConfig};
use rustyline::error::ReadlineError;
use rustyline::history::FileHistory;

use crate::vm::{catch_sigint, take_interrupt};
use crate::{Config, Interpreter, Outcome};
use entry::{Entry, Step};
use helper::SessionHelper;

/// Entries kept in the history file.
const HISTORY_SIZE: usize = 1000;

/// Runs an interactive session until end of input, `exit()` or `sys.exit()`; returns
/// the exit status. The banner goes to standard error, as CPython's does.
pub fn run(config: Config, banner: bool) -> i32 {
    let Some(mut interp) = Interpreter::new(config) else {
        eprintln!("minipy: cannot start the interpreter");
        return 1;
    };
    if !interp.start_interactive() {
        eprintln!("minipy: cannot start the interpreter");
        return 1;
    }
    if let Err(e) = crate::modules::sitebuiltins::install(interp.vm()) {
        interp.report(e);
    }
    let session = Rc::new(RefCell::new(interp));
    // Ctrl-C while an entry runs raises KeyboardInterrupt instead of ending the session.
    catch_sigint();
    if banner {
        eprintln!(
            "minipy {} (Python 3.11 subset). Ctrl-D or exit() leaves.",
            env!("CARGO_PKG_VERSION")
        );
    }
    if !std::io::stdout().is_terminal() {
        // As CPython: line editing only when both ends are a terminal.
        return plain_loop(&session);
    }
    let Some(helper) = SessionHelper::new(Rc::clone(&session)) else {
        return plain_loop(&session);
    };
    match new_editor(helper) {
        Ok(editor) => edit_loop(&session, editor),
        Err(e) => {
            eprintln!("minipy: no line editing ({e})");
            plain_loop(&session)
        }
    }
}

fn new_editor(helper: SessionHelper) -> rustyline::Result<Editor<SessionHelper, FileHistory>> {
    let config = EditorConfig::builder()
        .completion_type(CompletionType::List)
        .max_history_size(HISTORY_SIZE)?
        .auto_add_history(false)
        .build();
    let mut editor = Editor::with_config(config)?;
    editor.set_helper(Some(helper));
    Ok(editor)
}

/// `$HOME/.minipy_history`, when there is a home directory.
fn history_path() -> Option<PathBuf> {
    let home = std::env::var_os("HOME").filter(|h| !h.is_empty())?;
    Some(PathBuf::from(home).join(".minipy_history"))
}

fn edit_loop(
    session: &Rc<RefCell<Interpreter>>,
    mut editor: Editor<SessionHelper, FileHistory>,
) -> i32 {
    let history = history_path();
    if let Some(path) = &history {
        // A missing file is a fresh history.
        let _ = editor.load_history(path);
    }
    let mut entry = Entry::new();
    loop {
        let prompt = session.borrow_mut().prompt(!entry.is_empty());
        if entry.is_empty() && !simple_terminal() {
            keep_unfinished_line(&mut editor);
        }
        let step = match editor.readline(&prompt) {
            Ok(line) => {
                if take_interrupt() {
                    // Ctrl-C where the terminal is not in raw mode (TERM=dumb).
                    interrupted(&mut entry);
                    continue;
                }
                if !line.trim().is_empty() {
                    let _ = editor.add_history_entry(line.as_str());
                    if let Some(path) = &history {
                        // Saved as it goes (so that a killed session keeps it);
                        // failing to write it is not worth stopping for.
                        let _ = editor.append_history(path);
                    }
                }
                entry.push_line(&line)
            }
            Err(ReadlineError::Interrupted) => {
                interrupted(&mut entry);
                continue;
            }
            Err(ReadlineError::Eof) => {
                if simple_terminal() {
                    // (Otherwise the editor has ended the line itself.)
                    println!();
                }
                if entry.is_empty() {
                    return 0;
                }
                entry.end_of_input()
            }
            Err(e) => {
                eprintln!("minipy: cannot read the terminal: {e}");
                return 1;
            }
        };
        if let Some(status) = perform(session, step) {
            return status;
        }
    }
}

/// Moves to a new line when output left the cursor mid-line (`print(1, end="")`), so
/// that the editor, which draws its prompt from the start of the line, does not erase
/// it. Without asking the terminal where the cursor is: a line's width of spaces
/// leaves the cursor on the same line when it was at the start (terminals wrap only
/// when the next character comes), and wraps onto the next line otherwise; the
/// carriage return then starts the prompt there.
fn keep_unfinished_line(editor: &mut Editor<SessionHelper, FileHistory>) {
    let Some((columns, _)) = editor.dimensions() else {
        return;
    };
    let width = usize::from(columns);
    if width > 1 {
        let mut out = std::io::stdout();
        let _ = write!(out, "{}\r", " ".repeat(width));
        let _ = out.flush();
    }
}

/// True for the terminals the editor does not drive (`TERM=dumb`, Emacs buffers, ...):
/// it just reads lines there, and lines may not wrap.
fn simple_terminal() -> bool {
    std::env::var("TERM").is_ok_and(|t| {
        ["dumb", "cons25", "emacs"]
            .iter()
            .any(|u| u.eq_ignore_ascii_case(&t))
    })
}

/// Line-by-line reading, prompts on standard error (as CPython without readline), for
/// when standard output is not a terminal or no line editor can be set up.
fn plain_loop(session: &Rc<RefCell<Interpreter>>) -> i32 {
    let mut entry = Entry::new();
    loop {
        let prompt = session.borrow_mut().prompt(!entry.is_empty());
        eprint!("{prompt}");
        let _ = std::io::stderr().flush();
        let step = match crate::objects::stdin::read_bytes(None, true) {
            Err(e) if crate::objects::stdin::is_ctrl_c(&e) => {
                eprintln!();
                interrupted(&mut entry);
                continue;
            }
            Ok(line) if line.is_empty() => {
                eprintln!();
                if entry.is_empty() {
                    return 0;
                }
                entry.end_of_input()
            }
            Ok(line) => {
                if take_interrupt() {
                    interrupted(&mut entry);
                    continue;
                }
                let line = String::from_utf8_lossy(&line);
                let line = line.strip_suffix('\n').unwrap_or(&line);
                entry.push_line(line.strip_suffix('\r').unwrap_or(line))
            }
            Err(e) => {
                eprintln!("minipy: cannot read standard input: {e}");
                return 1;
            }
        };
        if let Some(status) = perform(session, step) {
            return status;
        }
    }
}

/// Ctrl-C at a prompt: the entry so far is dropped, as CPython does.
fn interrupted(entry: &mut Entry) {
    entry.clear();
    eprintln!("KeyboardInterrupt");
}

/// Acts on what the last line made of the entry; `Some(status)` ends the session.
fn perform(session: &Rc<RefCell<Interpreter>>, step: Step) -> Option<i32> {
    match step {
        Step::Nothing | Step::More => None,
        Step::Run(source) => match session.borrow_mut().run_interactive_guarded(&source) {
            Outcome::Finished => None,
            Outcome::Exit(status) => Some(status),
        },
        Step::Error(e, source) => {
            session.borrow_mut().report_syntax_error(&e, &source);
            None
        }
    }
}
