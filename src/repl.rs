//! The interactive prompt (rustyline): `>>> ` and `... ` prompts, multi-line blocks,
//! echo of expression values, history in `~/.minipy_history`.

use rustyline::DefaultEditor;
use rustyline::error::ReadlineError;

use crate::compile::CompileMode;
use crate::syntax::{self, Mode};
use crate::{Config, Interpreter};

/// True when `source` is an unfinished entry (an open block, bracket or string).
pub fn needs_more_input(source: &str) -> bool {
    let arena = bumpalo::Bump::new();
    match syntax::parse(source, Mode::Interactive, &arena) {
        Ok(_) => {
            // A compound statement continues until a blank line.
            let first = source.lines().next().unwrap_or("");
            let compound = first.trim_end().ends_with(':') || source.lines().count() > 1;
            compound && !source.ends_with("\n\n")
        }
        Err(e) => e.incomplete,
    }
}

/// Runs the REPL until end of input; returns the exit status.
pub fn run(config: Config) -> i32 {
    let Some(mut interp) = Interpreter::new(config) else {
        eprintln!("minipy: cannot start the interpreter");
        return 1;
    };
    let mut editor = match DefaultEditor::new() {
        Ok(e) => e,
        Err(_) => return run_plain(&mut interp),
    };
    let history = std::env::var("HOME")
        .map(|h| format!("{h}/.minipy_history"))
        .ok();
    if let Some(h) = &history {
        let _ = editor.load_history(h);
    }
    println!("minipy {} (Python 3.11 subset)", env!("CARGO_PKG_VERSION"));
    println!("Type \"help\", \"copyright\", \"credits\" or \"license\" for more information.");
    let mut buffer = String::new();
    let status = loop {
        let prompt = if buffer.is_empty() { ">>> " } else { "... " };
        match editor.readline(prompt) {
            Ok(line) => {
                if buffer.is_empty() && line.trim().is_empty() {
                    continue;
                }
                buffer.push_str(&line);
                buffer.push('\n');
                if needs_more_input(&buffer) && !line.trim().is_empty() {
                    continue;
                }
                let _ = editor.add_history_entry(buffer.trim_end());
                if let Err(text) = interp.run_interactive(&buffer) {
                    eprint!("{text}");
                }
                buffer.clear();
            }
            Err(ReadlineError::Interrupted) => {
                println!("\nKeyboardInterrupt");
                buffer.clear();
            }
            Err(ReadlineError::Eof) => break 0,
            Err(_) => break 1,
        }
    };
    if let Some(h) = &history {
        let _ = editor.save_history(h);
    }
    let _ = CompileMode::Interactive;
    status
}

/// Line-by-line fallback when no terminal is available.
fn run_plain(interp: &mut Interpreter) -> i32 {
    let mut buffer = String::new();
    let stdin = std::io::stdin();
    loop {
        let mut line = String::new();
        match stdin.read_line(&mut line) {
            Ok(0) | Err(_) => break,
            Ok(_) => {
                buffer.push_str(&line);
                if needs_more_input(&buffer) && !line.trim().is_empty() {
                    continue;
                }
                if let Err(text) = interp.run_interactive(&buffer) {
                    eprint!("{text}");
                }
                buffer.clear();
            }
        }
    }
    0
}
