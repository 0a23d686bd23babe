//! Drives the generated LR parser: prepares the token stream, runs the grammar, and turns
//! parser failures into CPython's syntax errors (see `diagnose.rs`).

use std::cell::Cell;

use bumpalo::Bump;
use lalrpop_util::ParseError;

use super::Mode;
use super::ast::{Expr, Module, Stmt, StmtKind};
use super::builder::{Builder, PResult, Parsed};
use super::diagnose;
use super::error::{SyntaxError, SyntaxErrorKind};
use super::lexer::{LexFailure, LexMode, tokenize};
use super::source_map::SourceMap;
use super::tokens::{Spanned, Tok};

#[allow(
    clippy::all,
    clippy::pedantic,
    unused_parens,
    unused_imports,
    dead_code
)]
mod generated {
    include!(concat!(env!("OUT_DIR"), "/python.rs"));
}

type Triple<'s> = (usize, Tok<'s>, usize);

/// Rewrites the parentheses of `with (a as b, c):` to dedicated tokens.
///
/// CPython's PEG grammar tries the parenthesised form of with-items first and falls
/// back to a parenthesised expression. An LR(1) grammar cannot see that far ahead, so
/// this pre-pass decides instead: after `with`, a `(` whose matching `)` is directly
/// followed by `:` opens with-items, unless the contents hold something only an
/// expression can (a comprehension `for`, `yield`, `:=`, or nothing at all).
fn mark_with_parens(tokens: &mut [Spanned<'_>]) {
    for i in 0..tokens.len() {
        if tokens[i].tok != Tok::With || tokens.get(i + 1).map(|t| t.tok) != Some(Tok::Lpar) {
            continue;
        }
        let open = i + 1;
        let mut depth = 0usize;
        let mut close = None;
        let mut expression_only = false;
        for (j, t) in tokens.iter().enumerate().skip(open) {
            match t.tok {
                Tok::Lpar | Tok::Lsqb | Tok::Lbrace => depth += 1,
                Tok::Rpar | Tok::Rsqb | Tok::Rbrace => {
                    depth -= 1;
                    if depth == 0 {
                        close = Some(j);
                        break;
                    }
                }
                Tok::For | Tok::Yield | Tok::ColonEqual if depth == 1 => expression_only = true,
                Tok::Newline => break,
                _ => {}
            }
        }
        let Some(close) = close else { continue };
        if close == open + 1 || expression_only {
            continue;
        }
        // A newline instead of the `:` still makes this a with-statement header (the
        // error is then the missing `:`).
        if matches!(
            tokens.get(close + 1).map(|t| t.tok),
            Some(Tok::Colon | Tok::Newline)
        ) {
            tokens[open].tok = Tok::WithLpar;
            tokens[close].tok = Tok::WithRpar;
        }
    }
}

/// Turns `\r\n` and lone `\r` into `\n`, as CPython's tokenizer does.
fn normalize_newlines(source: &str) -> std::borrow::Cow<'_, str> {
    if source.contains('\r') {
        std::borrow::Cow::Owned(source.replace("\r\n", "\n").replace('\r', "\n"))
    } else {
        std::borrow::Cow::Borrowed(source)
    }
}

/// The token stream for the generated parser: the start token, the lexed tokens, then
/// the tokenizer's error if it stopped early. Records whether that error was reached.
struct TokenStream<'s, 'f> {
    start: Option<Tok<'s>>,
    tokens: std::vec::IntoIter<Spanned<'s>>,
    failure: Option<SyntaxError>,
    failure_reached: &'f Cell<bool>,
}

impl<'s> Iterator for TokenStream<'s, '_> {
    type Item = Result<Triple<'s>, SyntaxError>;

    fn next(&mut self) -> Option<Self::Item> {
        if let Some(tok) = self.start.take() {
            return Some(Ok((0, tok, 0)));
        }
        if let Some(t) = self.tokens.next() {
            return Some(Ok((t.start, t.tok, t.end)));
        }
        let failure = self.failure.take()?;
        self.failure_reached.set(true);
        Some(Err(failure))
    }
}

/// Runs the grammar over `tokens`; on failure returns the error CPython would report,
/// taking the tokenizer's own error into account.
fn run<'s, 'a>(
    b: &Builder<'s, 'a>,
    start: Tok<'s>,
    tokens: Vec<Spanned<'s>>,
    failure: Option<LexFailure>,
    mode: Mode,
) -> Result<Parsed<'a>, SyntaxError> {
    let reached = Cell::new(false);
    let stream = TokenStream {
        start: Some(start),
        tokens: tokens.clone().into_iter(),
        failure: failure.as_ref().map(|f| f.error().clone()),
        failure_reached: &reached,
    };
    let result = generated::TopParser::new().parse(b, stream);
    let err = match result {
        Ok(parsed) => return Ok(parsed),
        Err(e) => e,
    };
    if reached.get() {
        // The parser consumed every token and then met the tokenizer's error.
        if let ParseError::User { error } = err {
            return Err(error);
        }
    }
    // The line of the token the parser stopped at decides whether an unclosed bracket
    // takes precedence (CPython compares it with the bracket's line).
    let stopped_line = match &err {
        ParseError::UnrecognizedToken { token, .. } | ParseError::ExtraToken { token } => {
            b.map.line(token.0)
        }
        ParseError::UnrecognizedEof { .. } | ParseError::InvalidToken { .. } => b.map.last_line(),
        ParseError::User { error } => error.line,
    };
    let diagnosis = diagnose::describe(b, &tokens, err, mode);
    // If diagnosing had to read up to where the tokenizer stopped, it met the
    // tokenizer's error there, which CPython reports then: an unclosed bracket whatever
    // the lines, or an error only signalled (a bad line continuation).
    if diagnosis.furthest.is_some_and(|f| f >= tokens.len())
        && let Some(LexFailure::UnclosedBracket { error, .. } | LexFailure::Signalled(error)) =
            failure
    {
        return Err(error);
    }
    let looked_at_line = diagnosis
        .furthest
        .map(|i| {
            tokens
                .get(i)
                .map_or(b.map.last_line(), |t| b.map.line(t.start))
        })
        .unwrap_or(0);
    Err(apply_tokenizer_precedence(
        diagnosis.error,
        failure,
        stopped_line.max(looked_at_line),
    ))
}

/// CPython tokenizes the rest of the input after a parser error: a tokenizer error found
/// there replaces the parser's error (and an unclosed bracket does when it was opened on
/// an earlier line than the error).
fn apply_tokenizer_precedence(
    parser_error: SyntaxError,
    failure: Option<LexFailure>,
    stopped_line: u32,
) -> SyntaxError {
    if parser_error.msg == "unexpected indent" {
        return parser_error;
    }
    match failure {
        Some(LexFailure::Raised(e)) => e,
        Some(LexFailure::UnclosedBracket {
            error,
            bracket_line,
        }) if stopped_line > bracket_line => error,
        _ => parser_error,
    }
}

/// Parses the expression of an f-string replacement field: the source between the `{`
/// at `brace` and the delimiter at `end`, parsed as if it were parenthesised.
pub(super) fn parse_field_expression<'s, 'a>(
    outer: &Builder<'s, 'a>,
    brace: usize,
    start: usize,
    end: usize,
) -> PResult<'s, Expr<'a>> {
    let b = Builder::new(outer.arena, outer.map, outer.fstring_depth + 1);
    let lexed = tokenize(b.map, start, end, LexMode::Parenthesized);
    let mut tokens = Vec::with_capacity(lexed.tokens.len() + 2);
    tokens.push(Spanned {
        tok: Tok::Lpar,
        start: brace,
        end: brace + 1,
    });
    tokens.extend(lexed.tokens);
    tokens.push(Spanned {
        tok: Tok::Rpar,
        start: end,
        end: end + 1,
    });
    let failure = lexed.failure;
    let raised_by_tokenizer = matches!(failure, Some(LexFailure::Raised(_)));
    match run(&b, Tok::StartFString, tokens, failure, Mode::Eval) {
        Ok(Parsed::Expression(e)) => Ok(e),
        Ok(Parsed::Statements(_)) => Err(ParseError::User {
            error: b.syntax_error("f-string: invalid syntax", brace, end),
        }),
        Err(mut error) => {
            if !raised_by_tokenizer || !error.msg.starts_with("f-string") {
                relocate_field_error(&b, &mut error, brace);
            }
            Err(ParseError::User { error })
        }
    }
}

/// Parses the source range `start..end` on its own as a (parenthesised) expression; used
/// by error diagnosis to name the expression before a misplaced `=` or `:=`.
pub(super) fn parse_range_expression<'a>(
    b: &Builder<'_, 'a>,
    start: usize,
    end: usize,
) -> Option<Expr<'a>> {
    let inner = Builder::new(b.arena, b.map, b.fstring_depth + 1);
    let lexed = tokenize(inner.map, start, end, LexMode::Parenthesized);
    if lexed.failure.is_some() {
        return None;
    }
    let mut tokens = Vec::with_capacity(lexed.tokens.len() + 2);
    tokens.push(Spanned {
        tok: Tok::Lpar,
        start,
        end: start,
    });
    tokens.extend(lexed.tokens);
    tokens.push(Spanned {
        tok: Tok::Rpar,
        start: end,
        end,
    });
    match run(&inner, Tok::StartFString, tokens, None, Mode::Eval) {
        Ok(Parsed::Expression(e)) => Some(e),
        _ => None,
    }
}

/// CPython parses a field as the text `(expr)` on its own and reports errors with
/// columns counted within that text: the `(` stands where the `{` is.
fn relocate_field_error(b: &Builder, error: &mut SyntaxError, brace: usize) {
    let brace_line = b.map.line(brace);
    let brace_col = b.map.char_col(brace);
    if error.line == brace_line {
        error.col = error.col.saturating_sub(brace_col);
    }
    if error.end_line == brace_line {
        error.end_col = error
            .end_col
            .saturating_sub(super::error::end_column(brace_col));
    }
    if !error.msg.starts_with("f-string") {
        error.msg = format!("f-string: {}", error.msg);
    }
}

fn null_byte_error(text: &str) -> Option<SyntaxError> {
    let pos = text.find('\0')?;
    let map = SourceMap::new(text);
    let line = map.line(pos);
    Some(SyntaxError::new(
        SyntaxErrorKind::SyntaxError,
        "source code cannot contain null bytes",
        line,
        map.char_col(pos) + 1,
    ))
}

/// Is the interactive entry finished? A compound statement stays open until a blank
/// line follows it (the lines typed so far each end with `\n`).
fn ends_with_blank_line(text: &str) -> bool {
    let body = text.strip_suffix('\n').unwrap_or(text);
    let last_line = body.rsplit('\n').next().unwrap_or("");
    body.contains('\n') && last_line.trim_matches([' ', '\t', '\x0c']).is_empty()
}

fn is_compound(stmt: &Stmt) -> bool {
    matches!(
        stmt.kind,
        StmtKind::FunctionDef(_)
            | StmtKind::ClassDef(_)
            | StmtKind::For { .. }
            | StmtKind::While { .. }
            | StmtKind::If { .. }
            | StmtKind::With { .. }
            | StmtKind::Try { .. }
            | StmtKind::Match { .. }
    )
}

pub fn parse<'a>(source: &str, mode: Mode, arena: &'a Bump) -> Result<Module<'a>, SyntaxError> {
    if let Some(err) = null_byte_error(source) {
        return Err(err);
    }
    // A leading byte-order mark is not part of the program (CPython drops it when it
    // decodes a source file).
    let source = source.strip_prefix('\u{feff}').unwrap_or(source);
    let text = normalize_newlines(source);
    let map = SourceMap::new(&text);
    let lexed = tokenize(&map, 0, text.len(), LexMode::Statements);
    let mut tokens = lexed.tokens;
    let longest_decimal_literal = longest_decimal_literal(&tokens, &map);
    mark_with_parens(&mut tokens);
    super::soft_keywords::mark_soft_keywords(&mut tokens);
    let b = Builder::new(arena, &map, 0);
    let start = match mode {
        Mode::File => Tok::StartFile,
        Mode::Interactive | Mode::Single => Tok::StartInteractive,
        Mode::Eval => Tok::StartEval,
    };
    let parsed = run(&b, start, tokens, lexed.failure, mode)?;
    let body = match parsed {
        Parsed::Statements(body) => body,
        Parsed::Expression(e) => {
            let stmt = Stmt {
                loc: e.loc,
                kind: StmtKind::Expr(arena.alloc(e)),
            };
            arena.alloc_slice_copy(&[stmt])
        }
    };
    if mode == Mode::Interactive
        && body.first().is_some_and(is_compound)
        && !ends_with_blank_line(&text)
    {
        let line = map.last_line();
        let mut err = SyntaxError::new(SyntaxErrorKind::SyntaxError, "incomplete input", line, 1);
        err.incomplete = true;
        return Err(err);
    }
    Ok(Module {
        body,
        longest_decimal_literal,
    })
}

/// The longest decimal integer literal among the tokens: (digits, line).
fn longest_decimal_literal(tokens: &[Spanned<'_>], map: &SourceMap<'_>) -> Option<(usize, u32)> {
    let mut best: Option<(usize, u32)> = None;
    for t in tokens {
        let Tok::Number(text) = t.tok else {
            continue;
        };
        // Only long ones matter; the limit is at least 640 digits.
        if text.len() < 640 {
            continue;
        }
        let lower = text.to_ascii_lowercase();
        if lower.starts_with("0x")
            || lower.starts_with("0o")
            || lower.starts_with("0b")
            || lower.contains(['.', 'e', 'j'])
        {
            continue;
        }
        let digits = text.bytes().filter(u8::is_ascii_digit).count();
        if best.is_none_or(|(d, _)| digits > d) {
            best = Some((digits, map.line(t.start)));
        }
    }
    best
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn blank_line_detection() {
        assert!(!ends_with_blank_line("if x:\n    pass\n"));
        assert!(ends_with_blank_line("if x:\n    pass\n\n"));
        assert!(ends_with_blank_line("if x:\n    pass\n  \n"));
        assert!(!ends_with_blank_line("if x:\n    pass"));
    }
}
