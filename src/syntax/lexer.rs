//! The lexer: logos finds raw tokens; this module adds what Python's tokenizer does on
//! top: NEWLINE/INDENT/DEDENT, implicit line joining inside brackets, backslash
//! continuation, and CPython's tokenizer errors with their positions.
//!
//! The whole input is tokenized up front. A tokenizer error does not stop the parser
//! from seeing the tokens before it: CPython reports the first error the *parser* runs
//! into, except that some tokenizer errors found later in the file win over a parser
//! error (see [`LexFailure`]).

use logos::Logos;

use super::error::{SyntaxError, SyntaxErrorKind, end_column};
use super::indent::{self, Change, IndentError, IndentStack};
use super::numbers::scan_number;
use super::printable::is_printable;
use super::source_map::SourceMap;
use super::strings::scan_string;
use super::tokens::{Spanned, Tok, keyword};

/// CPython's MAXLEVEL: brackets nested deeper than this are rejected.
pub const MAX_BRACKET_DEPTH: usize = 200;

/// Raw tokens as logos sees them. Numbers and strings are only recognised by their first
/// characters here; hand-written scanners find their ends (to reproduce CPython's errors).
#[derive(Logos, Clone, Copy, Debug, PartialEq, Eq)]
enum Raw {
    #[regex(r"[ \t\x0c]+")]
    Space,
    #[regex(r"#[^\n]*", allow_greedy = true)]
    Comment,
    #[token("\n")]
    Newline,
    #[token("\\\n")]
    Continuation,
    #[token("\\")]
    Backslash,
    #[regex(r"[A-Za-z_][A-Za-z0-9_]*")]
    Name,
    #[regex(r"[^\x00-\x7F]")]
    NonAscii,
    #[regex(r"[0-9]|\.[0-9]")]
    NumberStart,
    #[regex(r#"([bBrRuUfF]|[bB][rR]|[rR][bB]|[fF][rR]|[rR][fF])?['"]"#)]
    StringStart,
    #[token("(")]
    Lpar,
    #[token(")")]
    Rpar,
    #[token("[")]
    Lsqb,
    #[token("]")]
    Rsqb,
    #[token("{")]
    Lbrace,
    #[token("}")]
    Rbrace,
    #[token(":")]
    Colon,
    #[token(",")]
    Comma,
    #[token(";")]
    Semi,
    #[token("+")]
    Plus,
    #[token("-")]
    Minus,
    #[token("*")]
    Star,
    #[token("/")]
    Slash,
    #[token("|")]
    Vbar,
    #[token("&")]
    Amper,
    #[token("<")]
    Less,
    #[token(">")]
    Greater,
    #[token("=")]
    Equal,
    #[token(".")]
    Dot,
    #[token("%")]
    Percent,
    #[token("==")]
    EqEqual,
    #[token("!=")]
    NotEqual,
    #[token("<=")]
    LessEqual,
    #[token(">=")]
    GreaterEqual,
    #[token("~")]
    Tilde,
    #[token("^")]
    Circumflex,
    #[token("<<")]
    LeftShift,
    #[token(">>")]
    RightShift,
    #[token("**")]
    DoubleStar,
    #[token("+=")]
    PlusEqual,
    #[token("-=")]
    MinEqual,
    #[token("*=")]
    StarEqual,
    #[token("/=")]
    SlashEqual,
    #[token("%=")]
    PercentEqual,
    #[token("&=")]
    AmperEqual,
    #[token("|=")]
    VbarEqual,
    #[token("^=")]
    CircumflexEqual,
    #[token("<<=")]
    LeftShiftEqual,
    #[token(">>=")]
    RightShiftEqual,
    #[token("**=")]
    DoubleStarEqual,
    #[token("//")]
    DoubleSlash,
    #[token("//=")]
    DoubleSlashEqual,
    #[token("@")]
    At,
    #[token("@=")]
    AtEqual,
    #[token("->")]
    Rarrow,
    #[token("...")]
    Ellipsis,
    #[token(":=")]
    ColonEqual,
    #[token("!")]
    Exclamation,
    /// Python 2's `<>`: one token for CPython, so errors point at its start.
    #[token("<>")]
    LessGreater,
}

/// How a tokenizer error interacts with parser errors, following CPython.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum LexFailure {
    /// Errors CPython's tokenizer raises as soon as it sees them (bad literals, invalid
    /// characters, bracket mismatches). When the parser fails earlier, CPython keeps
    /// tokenizing and such an error replaces the parser's.
    Raised(SyntaxError),
    /// Errors the tokenizer only signals (indentation problems, a bad line
    /// continuation): they surface only if the parser gets that far.
    Signalled(SyntaxError),
    /// End of input inside brackets ("'(' was never closed"). Also replaces a parser
    /// error that lies on a later line than the unclosed bracket.
    UnclosedBracket {
        error: SyntaxError,
        bracket_line: u32,
    },
}

impl LexFailure {
    pub fn error(&self) -> &SyntaxError {
        match self {
            LexFailure::Raised(e) | LexFailure::Signalled(e) => e,
            LexFailure::UnclosedBracket { error, .. } => error,
        }
    }
}

pub struct LexOutput<'s> {
    pub tokens: Vec<Spanned<'s>>,
    /// The tokenizer error that stopped tokenization, if any (after the tokens above).
    pub failure: Option<LexFailure>,
}

/// What is being tokenized.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LexMode {
    /// Statements: NEWLINE/INDENT/DEDENT are produced.
    Statements,
    /// The text of an f-string replacement field, tokenized as if inside parentheses.
    Parenthesized,
}

/// Builds a syntax error whose `offset` is the character column of `pos` (CPython's
/// tokenizer reports the column of its read cursor this way).
fn error_at_cursor(map: &SourceMap, kind: SyntaxErrorKind, msg: String, pos: usize) -> SyntaxError {
    let line = map.line(pos);
    let col = map.char_col(pos);
    SyntaxError {
        kind,
        msg,
        line,
        col,
        end_line: line,
        end_col: end_column(col),
        incomplete: false,
    }
}

/// A syntax error pointing at the character starting at `pos` (1-based offset of it).
fn error_at_char(map: &SourceMap, msg: String, pos: usize, end: usize) -> SyntaxError {
    let line = map.line(pos);
    SyntaxError {
        kind: SyntaxErrorKind::SyntaxError,
        msg,
        line,
        col: map.char_col(pos) + 1,
        end_line: map.line(end),
        end_col: end_column(map.char_col(end) + 1),
        incomplete: false,
    }
}

/// The error for a character that cannot start a token.
fn invalid_character(map: &SourceMap, c: char, pos: usize) -> SyntaxError {
    let msg = if is_printable(c) {
        format!("invalid character '{c}' (U+{:04X})", c as u32)
    } else {
        format!("invalid non-printable character U+{:04X}", c as u32)
    };
    error_at_char(map, msg, pos, pos)
}

fn closing_for(open: Tok) -> char {
    match open {
        Tok::Lpar => ')',
        Tok::Lsqb => ']',
        _ => '}',
    }
}

struct Lexer<'s, 'm> {
    map: &'m SourceMap<'s>,
    text: &'s str,
    mode: LexMode,
    tokens: Vec<Spanned<'s>>,
    /// Open brackets: the token and its start offset.
    brackets: Vec<(Tok<'s>, usize)>,
    indents: IndentStack,
    /// True until the first significant token of a logical line has been seen.
    at_line_start: bool,
    /// Offset where the current physical line (that may start a logical line) begins.
    line_begin: usize,
}

impl<'s> Lexer<'s, '_> {
    fn push(&mut self, tok: Tok<'s>, start: usize, end: usize) {
        self.tokens.push(Spanned { tok, start, end });
    }

    /// Handles the indentation of a logical line whose first token starts at `first`.
    fn start_logical_line(&mut self, first: usize) -> Result<(), LexFailure> {
        let line = self.text.get(self.line_begin..first).unwrap_or("");
        // A backslash continuation inside the indentation: the first physical line's
        // indentation counts (CPython's `cont_line_col`).
        let (measure, _) = indent::measure(line);
        let change = self.indents.apply(measure).map_err(|e| {
            let line_no = self.map.line(first);
            let line_text = self.map.line_text(line_no);
            // CPython's tokenizer gives a TabError and a too deep indentation no end
            // column (0); an unindent matching no level is reported at the DEDENT
            // token, which has no position (-1).
            let (kind, msg, col, end_col) = match e {
                IndentError::Inconsistent => (
                    SyntaxErrorKind::TabError,
                    "inconsistent use of tabs and spaces in indentation",
                    1,
                    0,
                ),
                IndentError::NoMatchingLevel => (
                    SyntaxErrorKind::IndentationError,
                    "unindent does not match any outer indentation level",
                    line_text.chars().count() as u32 + 1,
                    -1,
                ),
                IndentError::TooDeep => (
                    SyntaxErrorKind::IndentationError,
                    "too many levels of indentation",
                    1,
                    0,
                ),
            };
            LexFailure::Signalled(SyntaxError {
                kind,
                msg: msg.into(),
                line: line_no,
                col,
                end_line: line_no,
                end_col,
                incomplete: false,
            })
        })?;
        match change {
            Change::Same => {}
            Change::Indent => self.push(Tok::Indent, first, first),
            Change::Dedent(n) => {
                for _ in 0..n {
                    self.push(Tok::Dedent, first, first);
                }
            }
        }
        Ok(())
    }

    fn open_bracket(&mut self, tok: Tok<'s>, start: usize) -> Result<(), LexFailure> {
        if self.brackets.len() >= MAX_BRACKET_DEPTH {
            return Err(LexFailure::Raised(error_at_cursor(
                self.map,
                SyntaxErrorKind::SyntaxError,
                "too many nested parentheses".into(),
                start + 1,
            )));
        }
        self.brackets.push((tok, start));
        Ok(())
    }

    fn close_bracket(&mut self, close: char, start: usize) -> Result<(), LexFailure> {
        let implicit_floor = usize::from(self.mode == LexMode::Parenthesized);
        if self.brackets.len() <= implicit_floor {
            return Err(LexFailure::Raised(error_at_char(
                self.map,
                format!("unmatched '{close}'"),
                start,
                start,
            )));
        }
        let Some((open, open_start)) = self.brackets.pop() else {
            return Ok(());
        };
        let expected = closing_for(open);
        if expected != close {
            let open_text = open.text();
            let open_line = self.map.line(open_start);
            let msg = if open_line != self.map.line(start) {
                format!(
                    "closing parenthesis '{close}' does not match opening parenthesis '{open_text}' on line {open_line}"
                )
            } else {
                format!(
                    "closing parenthesis '{close}' does not match opening parenthesis '{open_text}'"
                )
            };
            return Err(LexFailure::Raised(error_at_char(
                self.map, msg, start, start,
            )));
        }
        Ok(())
    }

    fn run(&mut self, base: usize, end: usize) -> Result<(), LexFailure> {
        let slice = self.text.get(base..end).unwrap_or("");
        let mut raw = Raw::lexer(slice);
        while let Some(item) = raw.next() {
            let span = raw.span();
            let (start, mut stop) = (base + span.start, base + span.end);
            let kind = match item {
                Ok(k) => k,
                Err(()) => {
                    let c = slice[span.start..].chars().next().unwrap_or('\0');
                    if c.is_ascii_graphic() {
                        // `$`, `?`, a backtick: CPython's ERRORTOKEN, "invalid syntax".
                        self.significant(start)?;
                        self.push(Tok::Unknown(&self.text[start..stop]), start, stop);
                        continue;
                    }
                    return Err(LexFailure::Raised(invalid_character(self.map, c, start)));
                }
            };
            let tok = match kind {
                Raw::Space | Raw::Comment => continue,
                Raw::Continuation => {
                    if stop >= end {
                        return Err(self.eof_after_continuation(start));
                    }
                    continue;
                }
                Raw::Backslash => {
                    if stop >= end {
                        return Err(self.eof_after_continuation(start));
                    }
                    let col = self.map.char_col(start) + 2;
                    let line = self.map.line(start);
                    return Err(LexFailure::Signalled(SyntaxError {
                        kind: SyntaxErrorKind::SyntaxError,
                        msg: "unexpected character after line continuation character".into(),
                        line,
                        col,
                        end_line: line,
                        // No end column, as CPython's tokenizer reports it.
                        end_col: 0,
                        incomplete: false,
                    }));
                }
                Raw::Newline => {
                    if self.mode == LexMode::Statements
                        && self.brackets.is_empty()
                        && !self.at_line_start
                    {
                        self.push(Tok::Newline, start, stop);
                        self.at_line_start = true;
                    }
                    if self.at_line_start {
                        self.line_begin = stop;
                    }
                    continue;
                }
                Raw::Name | Raw::NonAscii => {
                    // Never past the end of the range being tokenized.
                    let ident_end = self
                        .scan_identifier(start, kind == Raw::NonAscii)?
                        .clamp(stop, end);
                    raw.bump(ident_end - stop);
                    stop = ident_end;
                    let word = &self.text[start..stop];
                    keyword(word).unwrap_or(Tok::Name(word))
                }
                Raw::NumberStart => {
                    let num_end = scan_number(self.text, start).map_err(|e| {
                        let line = self.map.line(e.pos);
                        LexFailure::Raised(SyntaxError {
                            kind: SyntaxErrorKind::SyntaxError,
                            msg: e.msg,
                            line,
                            col: self.map.char_col(e.pos),
                            end_line: line,
                            end_col: end_column(self.map.char_col(e.end_pos)),
                            incomplete: false,
                        })
                    })?;
                    let num_end = num_end.min(end);
                    raw.bump(num_end.saturating_sub(stop));
                    stop = num_end.max(stop);
                    Tok::Number(&self.text[start..stop])
                }
                Raw::StringStart => {
                    let str_end = match scan_string(&self.text[..end], start) {
                        Ok(e) => e,
                        Err(u) => return Err(self.unterminated_string(start, &u)),
                    };
                    raw.bump(str_end.saturating_sub(stop));
                    stop = str_end.max(stop);
                    Tok::String(&self.text[start..stop])
                }
                Raw::Lpar => Tok::Lpar,
                Raw::Lsqb => Tok::Lsqb,
                Raw::Lbrace => Tok::Lbrace,
                Raw::Rpar => Tok::Rpar,
                Raw::Rsqb => Tok::Rsqb,
                Raw::Rbrace => Tok::Rbrace,
                Raw::Colon => Tok::Colon,
                Raw::Comma => Tok::Comma,
                Raw::Semi => Tok::Semi,
                Raw::Plus => Tok::Plus,
                Raw::Minus => Tok::Minus,
                Raw::Star => Tok::Star,
                Raw::Slash => Tok::Slash,
                Raw::Vbar => Tok::Vbar,
                Raw::Amper => Tok::Amper,
                Raw::Less => Tok::Less,
                Raw::Greater => Tok::Greater,
                Raw::Equal => Tok::Equal,
                Raw::Dot => Tok::Dot,
                Raw::Percent => Tok::Percent,
                Raw::EqEqual => Tok::EqEqual,
                Raw::NotEqual => Tok::NotEqual,
                Raw::LessEqual => Tok::LessEqual,
                Raw::GreaterEqual => Tok::GreaterEqual,
                Raw::Tilde => Tok::Tilde,
                Raw::Circumflex => Tok::Circumflex,
                Raw::LeftShift => Tok::LeftShift,
                Raw::RightShift => Tok::RightShift,
                Raw::DoubleStar => Tok::DoubleStar,
                Raw::PlusEqual => Tok::PlusEqual,
                Raw::MinEqual => Tok::MinEqual,
                Raw::StarEqual => Tok::StarEqual,
                Raw::SlashEqual => Tok::SlashEqual,
                Raw::PercentEqual => Tok::PercentEqual,
                Raw::AmperEqual => Tok::AmperEqual,
                Raw::VbarEqual => Tok::VbarEqual,
                Raw::CircumflexEqual => Tok::CircumflexEqual,
                Raw::LeftShiftEqual => Tok::LeftShiftEqual,
                Raw::RightShiftEqual => Tok::RightShiftEqual,
                Raw::DoubleStarEqual => Tok::DoubleStarEqual,
                Raw::DoubleSlash => Tok::DoubleSlash,
                Raw::DoubleSlashEqual => Tok::DoubleSlashEqual,
                Raw::At => Tok::At,
                Raw::AtEqual => Tok::AtEqual,
                Raw::Rarrow => Tok::Rarrow,
                Raw::Ellipsis => Tok::Ellipsis,
                Raw::ColonEqual => Tok::ColonEqual,
                Raw::Exclamation => Tok::Exclamation,
                Raw::LessGreater => Tok::Unknown("<>"),
            };
            self.significant(start)?;
            match tok {
                Tok::Lpar | Tok::Lsqb | Tok::Lbrace => self.open_bracket(tok, start)?,
                Tok::Rpar => self.close_bracket(')', start)?,
                Tok::Rsqb => self.close_bracket(']', start)?,
                Tok::Rbrace => self.close_bracket('}', start)?,
                _ => {}
            }
            self.push(tok, start, stop);
        }
        Ok(())
    }

    /// Called before each significant token: handles the start of a logical line.
    fn significant(&mut self, start: usize) -> Result<(), LexFailure> {
        if self.at_line_start {
            self.at_line_start = false;
            if self.mode == LexMode::Statements {
                self.start_logical_line(start)?;
            }
        }
        Ok(())
    }

    /// Finds the end of an identifier starting at `start`, allowing non-ASCII letters.
    fn scan_identifier(&self, start: usize, non_ascii_start: bool) -> Result<usize, LexFailure> {
        let rest = &self.text[start..];
        let mut chars = rest.char_indices();
        if non_ascii_start {
            let c = rest.chars().next().unwrap_or('\0');
            if !unicode_ident::is_xid_start(c) {
                return Err(LexFailure::Raised(invalid_character(self.map, c, start)));
            }
            chars.next();
        }
        for (i, c) in chars {
            if c.is_ascii_alphanumeric() || c == '_' {
                continue;
            }
            if c.is_ascii() {
                return Ok(start + i);
            }
            if !unicode_ident::is_xid_continue(c) {
                // CPython takes every non-ASCII character into the identifier and then
                // rejects the first one that cannot be part of it.
                return Err(LexFailure::Raised(invalid_character(
                    self.map,
                    c,
                    start + i,
                )));
            }
        }
        Ok(start + rest.len())
    }

    fn eof_after_continuation(&self, start: usize) -> LexFailure {
        let line = self.map.line(start);
        let col = self.map.char_col(start) + 2;
        LexFailure::Signalled(SyntaxError {
            kind: SyntaxErrorKind::SyntaxError,
            msg: "unexpected EOF while parsing".into(),
            line,
            col,
            end_line: line,
            // CPython reports it at the end-of-input token, which has no end.
            end_col: -1,
            incomplete: true,
        })
    }

    fn unterminated_string(
        &self,
        start: usize,
        u: &super::strings::UnterminatedString,
    ) -> LexFailure {
        let detected = if u.at_eof {
            self.map.last_line()
        } else {
            self.map.line(u.detected_at)
        };
        let what = if u.triple {
            "unterminated triple-quoted string literal"
        } else {
            "unterminated string literal"
        };
        let mut err = error_at_cursor(
            self.map,
            SyntaxErrorKind::SyntaxError,
            format!("{what} (detected at line {detected})"),
            start + 1,
        );
        err.incomplete = u.triple && u.at_eof;
        LexFailure::Raised(err)
    }

    fn finish(&mut self, end: usize) -> Result<(), LexFailure> {
        let implicit_floor = usize::from(self.mode == LexMode::Parenthesized);
        if self.brackets.len() > implicit_floor {
            let (open, pos) = self.brackets[self.brackets.len() - 1];
            let mut error = error_at_char(
                self.map,
                format!("'{}' was never closed", open.text()),
                pos,
                pos,
            );
            error.incomplete = true;
            // CPython reports an unclosed bracket with no end column.
            error.end_col = 0;
            return Err(LexFailure::UnclosedBracket {
                bracket_line: self.map.line(pos),
                error,
            });
        }
        if self.mode == LexMode::Statements {
            if !self.at_line_start {
                self.push(Tok::Newline, end, end);
                self.at_line_start = true;
            }
            for _ in 0..self.indents.close_all() {
                self.push(Tok::Dedent, end, end);
            }
        }
        Ok(())
    }
}

/// Tokenizes `map.text()[start..end]`.
pub fn tokenize<'s>(map: &SourceMap<'s>, start: usize, end: usize, mode: LexMode) -> LexOutput<'s> {
    let mut lexer = Lexer {
        map,
        text: map.text(),
        mode,
        tokens: Vec::new(),
        brackets: Vec::new(),
        indents: IndentStack::default(),
        at_line_start: true,
        line_begin: start,
    };
    if mode == LexMode::Parenthesized {
        // The replacement field behaves as if it were wrapped in parentheses.
        lexer.brackets.push((Tok::Lpar, start));
    }
    let failure = lexer.run(start, end).and_then(|()| lexer.finish(end)).err();
    LexOutput {
        tokens: lexer.tokens,
        failure,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn kinds(src: &str) -> Vec<String> {
        let map = SourceMap::new(src);
        let out = tokenize(&map, 0, src.len(), LexMode::Statements);
        let mut v: Vec<String> = out.tokens.iter().map(|t| t.tok.to_string()).collect();
        if let Some(f) = out.failure {
            v.push(format!("ERROR {}", f.error().msg));
        }
        v
    }

    #[test]
    fn blocks_produce_indent_and_dedent() {
        assert_eq!(
            kinds("if x:\n    y\n    if z:\n        w\nv\n"),
            [
                "if", "x", ":", "NEWLINE", "INDENT", "y", "NEWLINE", "if", "z", ":", "NEWLINE",
                "INDENT", "w", "NEWLINE", "DEDENT", "DEDENT", "v", "NEWLINE"
            ]
        );
    }

    #[test]
    fn blank_and_comment_lines_are_ignored() {
        assert_eq!(
            kinds("x\n\n   # c\n  \n\ty # d\n"),
            ["x", "NEWLINE", "INDENT", "y", "NEWLINE", "DEDENT"]
        );
    }

    #[test]
    fn brackets_and_backslashes_join_lines() {
        assert_eq!(
            kinds("x = (1,\n  2)\n"),
            ["x", "=", "(", "1", ",", "2", ")", "NEWLINE"]
        );
        assert_eq!(
            kinds("x = 1 + \\\n  2\n"),
            ["x", "=", "1", "+", "2", "NEWLINE"]
        );
    }

    #[test]
    fn end_of_input_closes_lines_and_blocks() {
        assert_eq!(
            kinds("if x:\n  y"),
            [
                "if", "x", ":", "NEWLINE", "INDENT", "y", "NEWLINE", "DEDENT"
            ]
        );
    }

    #[test]
    fn string_prefixes_and_numbers() {
        assert_eq!(
            kinds("rb'x' f\"{y}\" .5 1e3j"),
            ["rb'x'", "f\"{y}\"", ".5", "1e3j", "NEWLINE"]
        );
        assert_eq!(kinds("ur'x'"), ["ur", "'x'", "NEWLINE"]);
    }

    #[test]
    fn errors_stop_tokenizing() {
        assert_eq!(
            kinds("x = (\n"),
            ["x", "=", "(", "ERROR '(' was never closed"]
        );
        assert_eq!(
            kinds("a\n  b\n c\n").last().map(String::as_str),
            Some("ERROR unindent does not match any outer indentation level")
        );
    }
}
