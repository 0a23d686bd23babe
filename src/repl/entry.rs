//! Gathering the lines of one REPL entry, deciding after each line (as CPython's
//! interactive tokenizer does) whether to run it, report a syntax error or ask for more.
//!
//! - A simple statement runs as soon as it is complete (`x = (1,` waits for the closing
//!   bracket, `"""abc` for the closing quotes).
//! - A compound statement runs once an empty line follows it. A line holding only
//!   spaces or a comment does not end it.
//! - An empty line where an indented block or an `except` is still due is an error at
//!   that line (`expected an indented block after 'if' statement on line 1`); inside
//!   brackets or a triple-quoted string it is just part of the entry.
//! - End of input (Ctrl-D) at the `... ` prompt finishes the entry as end of file does.

use crate::syntax::{self, Mode, SyntaxError};

/// What the REPL does after a line.
#[derive(Debug, PartialEq, Eq)]
pub enum Step {
    /// Nothing was entered: prompt `>>> ` again.
    Nothing,
    /// The entry goes on: prompt `... `.
    More,
    /// The entry is complete: compile and run this source.
    Run(String),
    /// The entry is wrong: report the error (against this source) and start afresh.
    Error(SyntaxError, String),
}

/// The lines typed so far for one entry.
#[derive(Default)]
pub struct Entry {
    source: String,
}

impl Entry {
    pub fn new() -> Entry {
        Entry::default()
    }

    /// True at the primary prompt (no line of an entry read yet).
    pub fn is_empty(&self) -> bool {
        self.source.is_empty()
    }

    /// Drops the lines read so far (Ctrl-C).
    pub fn clear(&mut self) {
        self.source.clear();
    }

    /// Adds one line as read from the terminal (without its newline; a pasted block may
    /// hold several lines).
    pub fn push_line(&mut self, line: &str) -> Step {
        let blank = line.trim().is_empty();
        if self.source.is_empty() && blank {
            return Step::Nothing;
        }
        self.source.push_str(line);
        self.source.push('\n');
        if blank && !line.is_empty() {
            // Spaces only: CPython's tokenizer skips such a line; only an empty line
            // closes a block.
            return Step::More;
        }
        let arena = bumpalo::Bump::new();
        match syntax::parse(&self.source, Mode::Interactive, &arena) {
            Ok(_) => self.finish(),
            Err(e) if !e.incomplete => self.fail(e),
            Err(_) if line.is_empty() => match unclosed_block_error(&self.source) {
                Some(e) => self.fail(e),
                None => Step::More,
            },
            Err(_) => Step::More,
        }
    }

    /// End of input at the `... ` prompt: the entry ends as a file would.
    pub fn end_of_input(&mut self) -> Step {
        if self.source.is_empty() {
            return Step::Nothing;
        }
        self.source.push('\n');
        let arena = bumpalo::Bump::new();
        match syntax::parse(&self.source, Mode::Interactive, &arena) {
            Ok(_) => self.finish(),
            Err(e) if !e.incomplete => self.fail(e),
            Err(_) => match syntax::parse(&self.source, Mode::File, &arena) {
                Err(e) => self.fail(e),
                Ok(_) => self.finish(),
            },
        }
    }

    fn finish(&mut self) -> Step {
        Step::Run(std::mem::take(&mut self.source))
    }

    fn fail(&mut self, e: SyntaxError) -> Step {
        Step::Error(e, std::mem::take(&mut self.source))
    }
}

/// The error CPython reports when an empty line ends `source` (an unfinished entry)
/// while a block body, `except`/`finally`, or the line after a backslash is still due;
/// `None` when the entry is unfinished because a bracket or a triple-quoted string is
/// still open, where an empty line is just more input.
fn unclosed_block_error(source: &str) -> Option<SyntaxError> {
    let arena = bumpalo::Bump::new();
    // As a whole file the parser names what is missing; the interactive tokenizer puts
    // the error on the empty line itself.
    let file_error = syntax::parse(source, Mode::File, &arena).err()?;
    if file_error.msg.ends_with("was never closed")
        || file_error
            .msg
            .starts_with("unterminated triple-quoted string literal")
    {
        return None;
    }
    let msg = if file_error.msg == "unexpected EOF while parsing" {
        "invalid syntax".to_owned()
    } else {
        file_error.msg
    };
    let line = u32::try_from(source.lines().count()).unwrap_or(u32::MAX);
    Some(SyntaxError::new(file_error.kind, msg, line, 1))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::syntax::SyntaxErrorKind;

    fn feed(lines: &[&str]) -> Vec<Step> {
        let mut entry = Entry::new();
        lines.iter().map(|l| entry.push_line(l)).collect()
    }

    fn run(src: &str) -> Step {
        Step::Run(src.to_owned())
    }

    #[test]
    fn simple_statements_run_at_once() {
        assert_eq!(feed(&["x = 1"]), vec![run("x = 1\n")]);
        assert_eq!(feed(&["1 + 1"]), vec![run("1 + 1\n")]);
        assert_eq!(feed(&["# note"]), vec![run("# note\n")]);
    }

    #[test]
    fn blank_lines_at_the_primary_prompt_are_nothing() {
        assert_eq!(feed(&["", "   "]), vec![Step::Nothing, Step::Nothing]);
    }

    #[test]
    fn open_brackets_and_strings_wait_for_their_end() {
        assert_eq!(
            feed(&["x = (1,", "", "2)"]),
            vec![Step::More, Step::More, run("x = (1,\n\n2)\n")]
        );
        assert_eq!(
            feed(&["\"\"\"abc", "", "def\"\"\""]),
            vec![Step::More, Step::More, run("\"\"\"abc\n\ndef\"\"\"\n")]
        );
    }

    #[test]
    fn match_statements_end_with_an_empty_line() {
        assert_eq!(
            feed(&["match 1:", "    case 1:", "        pass", ""]),
            vec![
                Step::More,
                Step::More,
                Step::More,
                run("match 1:\n    case 1:\n        pass\n\n")
            ]
        );
        assert_eq!(feed(&["match = 1"]), vec![run("match = 1\n")]);
    }

    #[test]
    fn compound_statements_end_with_an_empty_line() {
        assert_eq!(
            feed(&["if 1:", "    x = 1", "    ", "    # c", ""]),
            vec![
                Step::More,
                Step::More,
                Step::More,
                Step::More,
                run("if 1:\n    x = 1\n    \n    # c\n\n")
            ]
        );
        assert_eq!(
            feed(&["if 1:", "    x = (1,", "", "    2)", ""]),
            vec![
                Step::More,
                Step::More,
                Step::More,
                Step::More,
                run("if 1:\n    x = (1,\n\n    2)\n\n")
            ]
        );
    }

    fn error_of(step: &Step) -> (SyntaxErrorKind, &str, u32, u32) {
        match step {
            Step::Error(e, _) => (e.kind, e.msg.as_str(), e.line, e.col),
            other => panic!("expected an error, got {other:?}"),
        }
    }

    #[test]
    fn an_empty_line_where_a_block_is_due_is_an_error() {
        let steps = feed(&["if True:", ""]);
        assert_eq!(
            error_of(&steps[1]),
            (
                SyntaxErrorKind::IndentationError,
                "expected an indented block after 'if' statement on line 1",
                2,
                1
            )
        );
        let steps = feed(&["try:", "  pass", ""]);
        assert_eq!(
            error_of(&steps[2]),
            (
                SyntaxErrorKind::SyntaxError,
                "expected 'except' or 'finally' block",
                3,
                1
            )
        );
        let steps = feed(&["x = 1 + \\", ""]);
        assert_eq!(
            error_of(&steps[1]),
            (SyntaxErrorKind::SyntaxError, "invalid syntax", 2, 1)
        );
    }

    #[test]
    fn errors_are_reported_at_once() {
        let steps = feed(&["x y"]);
        assert_eq!(
            error_of(&steps[0]),
            (SyntaxErrorKind::SyntaxError, "invalid syntax", 1, 3)
        );
    }

    #[test]
    fn end_of_input_finishes_the_entry() {
        let mut entry = Entry::new();
        assert_eq!(entry.push_line("if 1:"), Step::More);
        assert_eq!(entry.push_line("    print(5)"), Step::More);
        assert_eq!(entry.end_of_input(), run("if 1:\n    print(5)\n\n"));
        assert_eq!(entry.end_of_input(), Step::Nothing);

        let mut entry = Entry::new();
        assert_eq!(entry.push_line("x = (1,"), Step::More);
        assert_eq!(
            error_of(&entry.end_of_input()),
            (SyntaxErrorKind::SyntaxError, "'(' was never closed", 1, 5)
        );
    }

    #[test]
    fn a_decorator_inside_an_indented_block_continues_the_block() {
        let steps = feed(&["class P:", "    @property", "    def x(self): return 1", ""]);
        let src = "class P:\n    @property\n    def x(self): return 1\n\n";
        assert_eq!(steps, vec![Step::More, Step::More, Step::More, run(src)]);
    }
}
