//! Formatting exceptions the way CPython's traceback module prints them.

use crate::heap::Obj;
use crate::objects::str::as_str;
use crate::objects::{ExceptionObj, Tag, tag_of};
use crate::text::splitlines;

use super::Vm;
use super::traceback_carets::{SyntaxErrorSpan, caret_line, shown_line, syntax_error_text};
use super::traceback_group::PrintCtx;

/// How many traceback entries are printed at most (CPython's default tracebacklimit).
const TRACEBACK_LIMIT: usize = 1000;
/// Identical consecutive lines shown before "[Previous line repeated ...]".
const RECURSIVE_CUTOFF: usize = 3;

fn push_repeated(out: &mut String, count: usize, margin: &str) {
    if count > RECURSIVE_CUTOFF {
        let n = count - RECURSIVE_CUTOFF;
        let s = if n > 1 { "s" } else { "" };
        out.push_str(&format!(
            "{margin}  [Previous line repeated {n} more time{s}]\n"
        ));
    }
}

const CAUSE_MESSAGE: &str =
    "The above exception was the direct cause of the following exception:\n";
const CONTEXT_MESSAGE: &str =
    "During handling of the above exception, another exception occurred:\n";

impl Vm {
    /// The full report for an uncaught exception, chained exceptions included.
    pub fn format_exception(&mut self, exc: &Obj) -> String {
        let mut out = String::new();
        let mut ctx = PrintCtx::default();
        self.format_recursive(exc, &mut out, &mut ctx);
        out
    }

    /// One exception with the exceptions chained to it before it (a group with its
    /// members after it).
    pub(super) fn format_recursive(&mut self, exc: &Obj, out: &mut String, ctx: &mut PrintCtx) {
        ctx.seen.push(exc.addr());
        if let Some(e) = exc.downcast::<ExceptionObj>() {
            let cause = e.cause();
            let context = e.context();
            let suppress = e.suppress_context();
            if let Some(c) = cause {
                if !ctx.seen.contains(&c.addr()) && ctx.seen.len() < 100 {
                    self.format_chained(&c, CAUSE_MESSAGE, out, ctx);
                }
            } else if let Some(c) = context
                && !suppress
                && !ctx.seen.contains(&c.addr())
                && ctx.seen.len() < 100
            {
                self.format_chained(&c, CONTEXT_MESSAGE, out, ctx);
            }
        }
        if self.is_exception_group(exc) {
            self.format_group(exc, out, ctx);
        } else {
            self.format_one(exc, out, ctx);
        }
    }

    fn format_chained(&mut self, exc: &Obj, message: &str, out: &mut String, ctx: &mut PrintCtx) {
        let need_close = ctx.need_close;
        self.format_recursive(exc, out, ctx);
        ctx.need_close = need_close;
        for text in ["\n", message, "\n"] {
            out.push_str(&ctx.margin());
            out.push_str(text);
        }
    }

    pub(super) fn format_one(&mut self, exc: &Obj, out: &mut String, ctx: &PrintCtx) {
        let margin = ctx.margin();
        let header = if self.is_exception_group(exc) {
            (
                ctx.group_header_margin(),
                "Exception Group Traceback (most recent call last):\n",
            )
        } else {
            (margin.clone(), "Traceback (most recent call last):\n")
        };
        self.push_traceback(exc, out, &margin, header);
        out.push_str(&margin);
        match self.syntax_error_report(exc) {
            // The `File` line and the message line get the margin, the source text
            // between them does not.
            Some(report) => match report.rfind('\n') {
                Some(i) => {
                    out.push_str(&report[..=i]);
                    out.push_str(&margin);
                    out.push_str(&report[i + 1..]);
                }
                None => out.push_str(&report),
            },
            None => out.push_str(&self.exception_only(exc)),
        }
        out.push('\n');
        self.push_notes(exc, out, &margin);
    }

    /// The traceback of `exc` (nothing when it has none): the header line, then each
    /// entry's `File` line, source line and carets, every line after `margin`.
    fn push_traceback(
        &mut self,
        exc: &Obj,
        out: &mut String,
        margin: &str,
        header: (String, &str),
    ) {
        let Some(e) = exc.downcast::<ExceptionObj>() else {
            return;
        };
        let tb = e.traceback();
        if tb.is_empty() {
            return;
        }
        out.push_str(&header.0);
        out.push_str(header.1);
        // At most TRACEBACK_LIMIT entries (the innermost ones); runs of the same line are
        // cut after RECURSIVE_CUTOFF, as CPython's printer does.
        let shown = tb.len().min(TRACEBACK_LIMIT);
        let mut last: Option<(&str, u32, &str)> = None;
        let mut count = 0usize;
        for entry in tb[..shown].iter().rev() {
            let line = entry.code.line_of(entry.ip as usize);
            let key = (&*entry.code.filename, line, &*entry.code.name);
            if last != Some(key) {
                push_repeated(out, count, margin);
                last = Some(key);
                count = 0;
            }
            count += 1;
            if count > RECURSIVE_CUTOFF {
                continue;
            }
            out.push_str(&format!(
                "{margin}  File \"{}\", line {}, in {}\n",
                entry.code.filename, line, entry.code.name
            ));
            if let Some(text) = self.raw_source_line(&entry.code.filename, line) {
                out.push_str(margin);
                out.push_str("    ");
                out.push_str(shown_line(text));
                out.push('\n');
                let pos = entry.code.position_of(entry.ip as usize);
                if let Some(carets) = pos.and_then(|p| caret_line(text, p)) {
                    out.push_str(margin);
                    out.push_str(&carets);
                    out.push('\n');
                }
            }
        }
        push_repeated(out, count, margin);
    }

    /// The report of an exception that cannot propagate ("Exception ignored in"), as
    /// CPython's default unraisable hook writes it: the traceback and `module.Qualname:
    /// message`, without chained exceptions, notes or group members.
    pub(crate) fn format_unraisable(&mut self, exc: &Obj) -> String {
        let mut out = String::new();
        let header = (String::new(), "Traceback (most recent call last):\n");
        self.push_traceback(exc, &mut out, "", header);
        let cls = self.type_of(exc);
        let module = self
            .getattr_str(&cls, "__module__")
            .ok()
            .and_then(|m| as_str(&m).map(str::to_owned));
        match module.as_deref() {
            None => out.push_str("<unknown>."),
            Some("builtins" | "__main__") => {}
            Some(m) => {
                out.push_str(m);
                out.push('.');
            }
        }
        let qualname = self
            .getattr_str(&cls, "__qualname__")
            .ok()
            .and_then(|q| as_str(&q).map(str::to_owned))
            .unwrap_or_else(|| self.class_name(&cls).to_string());
        out.push_str(&qualname);
        out.push_str(": ");
        match self.str_of(exc) {
            Ok(s) => out.push_str(as_str(&s).unwrap_or("")),
            Err(_) => out.push_str("<exception str() failed>"),
        }
        out.push('\n');
        out
    }

    /// For a SyntaxError with a line number: its `File` line, source line and carets,
    /// then `SyntaxError: msg` (the message alone, without "(file, line N)"), as
    /// CPython's printer writes it. None when the exception is not one or lacks fields.
    fn syntax_error_report(&mut self, exc: &Obj) -> Option<String> {
        let cls = self.type_of(exc);
        let syntax_error = self.exc.syntax_error.clone();
        if !self.is_subclass(&cls, &syntax_error) {
            return None;
        }
        let field = |vm: &mut Vm, name: &str| -> Option<Obj> {
            let v = vm.getattr_str(exc, name).ok()?;
            (!v.ptr_eq(&vm.s.none)).then_some(v)
        };
        let msg = field(self, "msg")?;
        let line = field(self, "lineno").and_then(|v| self.to_index(&v).ok())?;
        let number = |vm: &mut Vm, v: Option<Obj>| v.and_then(|v| vm.to_index(&v).ok());
        let offset = field(self, "offset");
        let offset = number(self, offset).unwrap_or(-1);
        let end_line = field(self, "end_lineno");
        let end_line = number(self, end_line).unwrap_or(line);
        let end_offset = field(self, "end_offset");
        let end_offset = number(self, end_offset).unwrap_or(-1);
        let filename = field(self, "filename")
            .and_then(|f| self.str_of(&f).ok())
            .and_then(|f| as_str(&f).map(str::to_owned))
            .unwrap_or_else(|| "<string>".to_owned());
        let text = field(self, "text").and_then(|t| as_str(&t).map(str::to_owned));
        let mut out = format!("  File \"{filename}\", line {line}\n");
        if let Some(text) = text {
            let indentation_error = self.exc.indentation_error.clone();
            let span = SyntaxErrorSpan {
                line,
                offset,
                end_line,
                end_offset,
                one_caret: self.is_subclass(&cls, &indentation_error),
            };
            out.push_str(&syntax_error_text(&text, span));
        }
        let mut name = self.class_name(&cls).to_string();
        let module = self
            .lookup_type_attr(&cls, "__module__")
            .and_then(|m| as_str(&m).map(str::to_owned));
        if let Some(m) = module
            && m != "__main__"
            && m != "builtins"
        {
            name = format!("{m}.{name}");
        }
        let message = match self.str_of(&msg) {
            Ok(s) => as_str(&s).unwrap_or("").to_owned(),
            Err(_) => "<exception str() failed>".to_owned(),
        };
        if message.is_empty() {
            out.push_str(&name);
        } else {
            out.push_str(&format!("{name}: {message}"));
        }
        Some(out)
    }

    /// The exception's `__notes__`, one per line after the exception line, as CPython's
    /// printer writes them (a non-sequence `__notes__` is shown by its repr).
    fn push_notes(&mut self, exc: &Obj, out: &mut String, margin: &str) {
        let Ok(k) = self.intern("__notes__") else {
            return;
        };
        let notes = match self.getattr_opt(exc, &k) {
            Ok(Some(n)) => n,
            _ => return,
        };
        let is_sequence = matches!(tag_of(&notes), Tag::List | Tag::Tuple | Tag::Str)
            || self
                .base_value(&notes)
                .is_some_and(|b| matches!(tag_of(&b), Tag::List | Tag::Tuple | Tag::Str));
        if !is_sequence {
            out.push_str(margin);
            match self.repr(&notes) {
                Ok(r) => out.push_str(as_str(&r).unwrap_or("")),
                Err(_) => out.push_str("<__notes__ repr() failed>"),
            }
            out.push('\n');
            return;
        }
        let Ok(items) = self.iterate_to_vec(&notes) else {
            return;
        };
        for note in items {
            match self.str_of(&note) {
                // Each line of a note gets the margin (inside an exception group).
                Ok(s) => {
                    for line in splitlines(as_str(&s).unwrap_or(""), true) {
                        out.push_str(margin);
                        out.push_str(line);
                    }
                }
                Err(_) => {
                    out.push_str(margin);
                    out.push_str("<note str() failed>");
                }
            }
            out.push('\n');
        }
    }

    /// `TypeError: message` (or just the name when the message is empty).
    pub fn exception_only(&mut self, exc: &Obj) -> String {
        let cls = self.type_of(exc);
        let mut name = self.class_name(&cls).to_string();
        let module = self
            .lookup_type_attr(&cls, "__module__")
            .and_then(|m| as_str(&m).map(str::to_owned));
        if let Some(m) = module
            && m != "__main__"
            && m != "builtins"
        {
            name = format!("{m}.{name}");
        }
        let mut msg = match self.str_of(exc) {
            Ok(s) => as_str(&s).unwrap_or("").to_owned(),
            Err(_) => "<exception str() failed>".to_owned(),
        };
        if let Some(s) = self.suggestion_for(exc) {
            msg.push_str(&format!(". Did you mean: '{s}'?"));
        }
        if msg.is_empty() {
            name
        } else {
            format!("{name}: {msg}")
        }
    }

    /// Line `line` of a recorded source file as written (without its line break), when
    /// it holds more than blanks.
    fn raw_source_line(&self, filename: &str, line: u32) -> Option<&str> {
        // `<stdin>`, `<string>`, ... name no file, so CPython's linecache shows no line
        // for them (and each REPL entry would overwrite the last one's text anyway).
        // Once teardown has begun CPython cannot import `io` to read any file.
        if (filename.starts_with('<') && filename.ends_with('>')) || self.finalizing_modules {
            return None;
        }
        let src = self.sources.get(filename)?;
        let text = src.lines().nth(line.checked_sub(1)? as usize)?;
        (!text.trim().is_empty()).then_some(text)
    }

    /// Line `line` of a recorded source file, stripped as CPython prints it.
    pub(crate) fn source_line(&self, filename: &str, line: u32) -> Option<String> {
        let t = self.raw_source_line(filename, line)?.trim();
        if t.is_empty() {
            None
        } else {
            Some(t.to_owned())
        }
    }
}
