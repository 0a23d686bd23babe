//! Turns an LR parse failure into the syntax error CPython reports for the same input.
//!
//! CPython's PEG parser runs a second pass with extra "invalid_*" rules that recognise
//! common mistakes. Here the same situations are recognised from the failing token, the
//! tokens around it and the set of tokens the parser expected at that point.

use lalrpop_util::ParseError;

use super::Mode;
use super::ast::ExprKind;
use super::builder::Builder;
use super::error::{SyntaxError, SyntaxErrorKind};
use super::fstring;
use super::parser::parse_range_expression;
use super::tokens::{Spanned, Tok};
use super::validate::{expr_name, starts_with_excluded_atom};

type Expected = Vec<String>;

fn expects(expected: &Expected, terminal: &str) -> bool {
    expected.iter().any(|e| e == terminal)
}

fn quoted(s: &str) -> String {
    format!("\"{s}\"")
}

/// Converts a failure of the generated parser into a SyntaxError.
pub fn describe<'s>(
    b: &Builder<'s, '_>,
    tokens: &[Spanned<'s>],
    err: ParseError<usize, Tok<'s>, SyntaxError>,
    mode: Mode,
) -> SyntaxError {
    match err {
        ParseError::User { error } => error,
        ParseError::InvalidToken { location } => {
            error_span(b, "invalid syntax", location, location)
        }
        ParseError::ExtraToken { token: (l, tok, _) } => {
            let i = token_index(tokens, l, tok);
            diagnose(b, tokens, i, &Vec::new(), mode)
        }
        ParseError::UnrecognizedEof { expected, .. } => {
            let mut e = diagnose(b, tokens, tokens.len(), &expected, mode);
            e.incomplete = true;
            e
        }
        ParseError::UnrecognizedToken {
            token: (l, tok, _),
            expected,
        } => {
            let i = token_index(tokens, l, tok);
            diagnose(b, tokens, i, &expected, mode)
        }
    }
}

fn token_index(tokens: &[Spanned], start: usize, tok: Tok) -> usize {
    tokens
        .iter()
        .position(|t| t.start == start && t.tok == tok)
        .unwrap_or(tokens.len())
}

fn error_span(b: &Builder, msg: &str, start: usize, end: usize) -> SyntaxError {
    b.syntax_error(msg, start, end)
}

fn indentation_error(b: &Builder, msg: String, start: usize, end: usize) -> SyntaxError {
    let mut e = b.syntax_error(&msg, start, end);
    e.kind = SyntaxErrorKind::IndentationError;
    e
}

/// The first token of the logical line containing token `i`.
fn line_start(tokens: &[Spanned], i: usize) -> usize {
    let mut j = i.min(tokens.len());
    while j > 0 {
        if matches!(tokens[j - 1].tok, Tok::Newline | Tok::Indent | Tok::Dedent) {
            break;
        }
        j -= 1;
    }
    j
}

/// Where CPython reports an error found at the end of input: the last NEWLINE token.
fn eof_position(b: &Builder, tokens: &[Spanned]) -> usize {
    tokens
        .iter()
        .rev()
        .find(|t| t.tok == Tok::Newline)
        .map(|t| t.start)
        .unwrap_or(b.map.text().len())
}

fn block_kind(tok: Tok) -> Option<&'static str> {
    Some(match tok {
        Tok::If => "'if' statement",
        Tok::Elif => "'elif' statement",
        Tok::Else => "'else' statement",
        Tok::While => "'while' statement",
        Tok::For => "'for' statement",
        Tok::With => "'with' statement",
        Tok::Try => "'try' statement",
        Tok::Except => "'except' statement",
        Tok::Finally => "'finally' statement",
        Tok::Def => "function definition",
        Tok::Class => "class definition",
        _ => return None,
    })
}

fn is_compound_keyword(tok: Tok) -> bool {
    block_kind(tok).is_some()
}

/// Can this token start an expression?
fn starts_operand(tok: Tok) -> bool {
    matches!(
        tok,
        Tok::Name(_)
            | Tok::Number(_)
            | Tok::String(_)
            | Tok::Lpar
            | Tok::Lsqb
            | Tok::Lbrace
            | Tok::Minus
            | Tok::Plus
            | Tok::Tilde
            | Tok::None
            | Tok::True
            | Tok::False
            | Tok::Ellipsis
            | Tok::Lambda
            | Tok::Not
            | Tok::Await
    )
}

/// Can an expression end with this token?
fn ends_operand(tok: Tok) -> bool {
    matches!(
        tok,
        Tok::Name(_)
            | Tok::Number(_)
            | Tok::String(_)
            | Tok::Rpar
            | Tok::Rsqb
            | Tok::Rbrace
            | Tok::None
            | Tok::True
            | Tok::False
            | Tok::Ellipsis
    )
}

/// Binary operators that may appear inside a `disjunction`.
fn is_disjunction_operator(tok: Tok) -> bool {
    matches!(
        tok,
        Tok::Or
            | Tok::And
            | Tok::Not
            | Tok::Is
            | Tok::In
            | Tok::EqEqual
            | Tok::NotEqual
            | Tok::Less
            | Tok::Greater
            | Tok::LessEqual
            | Tok::GreaterEqual
            | Tok::Vbar
            | Tok::Circumflex
            | Tok::Amper
            | Tok::LeftShift
            | Tok::RightShift
            | Tok::Plus
            | Tok::Minus
            | Tok::Star
            | Tok::Slash
            | Tok::DoubleSlash
            | Tok::Percent
            | Tok::At
            | Tok::Tilde
            | Tok::DoubleStar
            | Tok::Dot
    )
}

/// Bracket depth just before token `i`.
fn depth_before(tokens: &[Spanned], i: usize) -> usize {
    let mut depth = 0usize;
    for t in &tokens[..i.min(tokens.len())] {
        match t.tok {
            Tok::Lpar | Tok::Lsqb | Tok::Lbrace | Tok::WithLpar => depth += 1,
            Tok::Rpar | Tok::Rsqb | Tok::Rbrace | Tok::WithRpar => depth = depth.saturating_sub(1),
            _ => {}
        }
    }
    depth
}

/// Index of the first token of the `disjunction` that ends with token `last`, or None
/// when that expression is the iterable of a comprehension (CPython reports no comma
/// hint there).
fn disjunction_start(tokens: &[Spanned], last: usize) -> Option<usize> {
    expression_start(tokens, last, false)
}

/// Like `disjunction_start`, for the narrower `bitwise_or` (no comparisons, `not`,
/// `and`, `or`).
fn bitwise_or_start(tokens: &[Spanned], last: usize) -> Option<usize> {
    expression_start(tokens, last, true)
}

fn expression_start(tokens: &[Spanned], last: usize, bitwise_only: bool) -> Option<usize> {
    let mut j = last;
    let mut depth = 0usize;
    loop {
        let t = tokens[j].tok;
        match t {
            Tok::Rpar | Tok::Rsqb | Tok::Rbrace => depth += 1,
            Tok::Lpar | Tok::Lsqb | Tok::Lbrace => {
                if depth == 0 {
                    return Some(j + 1);
                }
                depth -= 1;
            }
            _ if depth > 0 => {}
            Tok::In if bitwise_only => return Some(j + 1),
            Tok::In => {
                // `for x in <here>`: a comprehension's iterable.
                let mut k = j;
                let mut d = 0usize;
                while k > 0 {
                    k -= 1;
                    match tokens[k].tok {
                        Tok::Rpar | Tok::Rsqb | Tok::Rbrace => d += 1,
                        Tok::Lpar | Tok::Lsqb | Tok::Lbrace if d == 0 => break,
                        Tok::Lpar | Tok::Lsqb | Tok::Lbrace => d -= 1,
                        Tok::For if d == 0 => return None,
                        Tok::Comma if d == 0 => break,
                        _ => {}
                    }
                }
            }
            _ if bitwise_only && (is_arith_operator(t) || t == Tok::Tilde) => {}
            _ if bitwise_only && !(ends_operand(t) || starts_operand(t)) => return Some(j + 1),
            Tok::Not | Tok::Lambda if bitwise_only => return Some(j + 1),
            _ if is_disjunction_operator(t) || ends_operand(t) || starts_operand(t) => {}
            _ => return Some(j + 1),
        }
        if j == 0 {
            return Some(0);
        }
        j -= 1;
    }
}

/// Index just past the expression that starts at token `first` (a rough scan: stops at
/// a second juxtaposed operand, a comma, a closing bracket or a statement boundary).
fn expression_end(tokens: &[Spanned], first: usize, stop_at_comparison: bool) -> usize {
    let mut j = first;
    let mut depth = 0usize;
    let mut after_operand = false;
    while j < tokens.len() {
        let t = tokens[j].tok;
        if depth > 0 {
            match t {
                Tok::Lpar | Tok::Lsqb | Tok::Lbrace => depth += 1,
                Tok::Rpar | Tok::Rsqb | Tok::Rbrace => depth -= 1,
                _ => {}
            }
            if depth == 0 {
                after_operand = true;
            }
            j += 1;
            continue;
        }
        match t {
            Tok::Lpar | Tok::Lsqb | Tok::Lbrace => {
                depth += 1;
            }
            Tok::Rpar | Tok::Rsqb | Tok::Rbrace | Tok::Comma | Tok::Colon | Tok::Equal => break,
            Tok::Newline | Tok::Semi | Tok::For | Tok::Indent | Tok::Dedent => break,
            _ if after_operand
                && starts_operand(t)
                && !matches!(t, Tok::Not | Tok::Minus | Tok::Plus) =>
            {
                break;
            }
            _ if stop_at_comparison && after_operand && !is_arith_operator(t) => break,
            _ => {
                after_operand = ends_operand(t);
            }
        }
        j += 1;
    }
    j
}

fn is_arith_operator(tok: Tok) -> bool {
    matches!(
        tok,
        Tok::Vbar
            | Tok::Circumflex
            | Tok::Amper
            | Tok::LeftShift
            | Tok::RightShift
            | Tok::Plus
            | Tok::Minus
            | Tok::Star
            | Tok::Slash
            | Tok::DoubleSlash
            | Tok::Percent
            | Tok::At
            | Tok::DoubleStar
            | Tok::Dot
    )
}

fn is_soft_keyword(tok: Tok) -> bool {
    matches!(tok, Tok::Name("match" | "case" | "_"))
}

fn diagnose(
    b: &Builder,
    tokens: &[Spanned],
    i: usize,
    expected: &Expected,
    mode: Mode,
) -> SyntaxError {
    let at_eof = i >= tokens.len();
    let tok = tokens.get(i).copied();
    let prev = i.checked_sub(1).and_then(|p| tokens.get(p)).copied();

    if let Some(t) = tok
        && t.tok == Tok::Indent
    {
        let line = b.map.line(t.start);
        let col = b.map.char_col(t.start);
        return SyntaxError {
            kind: SyntaxErrorKind::IndentationError,
            msg: "unexpected indent".into(),
            line,
            col,
            end_line: line,
            end_col: col,
            incomplete: false,
        };
    }

    // `if x:` followed by something other than an indented block.
    if expected.len() == 1 && expects(expected, "INDENT") {
        let colon_line = line_start(tokens, i.saturating_sub(1));
        let header = tokens
            .get(colon_line)
            .map(|t| t.tok)
            .unwrap_or(Tok::Newline);
        let header_line = tokens
            .get(colon_line)
            .map(|t| b.map.line(t.start))
            .unwrap_or(1);
        let what = block_kind(header).unwrap_or("statement");
        let msg = format!("expected an indented block after {what} on line {header_line}");
        return match tok {
            Some(t) if !at_eof => indentation_error(b, msg, t.start, t.end),
            _ => {
                let p = eof_position(b, tokens);
                let mut e = indentation_error(b, msg, p, p);
                e.incomplete = true;
                e
            }
        };
    }

    // `try:` body without handlers.
    if expects(expected, &quoted("except")) && expects(expected, &quoted("finally")) {
        let at = match tok {
            Some(t) if t.tok != Tok::Dedent => t.start,
            _ => eof_position(b, tokens),
        };
        return error_span(b, "expected 'except' or 'finally' block", at, at + 1);
    }

    // A compound statement header not ended by `:`.
    if let Some(t) = tok
        && t.tok == Tok::Newline
        && expects(expected, &quoted(":"))
    {
        let first = line_start(tokens, i);
        if tokens
            .get(first)
            .is_some_and(|f| is_compound_keyword(f.tok))
        {
            return error_span(b, "expected ':'", t.start, t.start);
        }
    }

    // Headers whose `:` (or `(`) CPython requires outright ("forced" tokens in its
    // grammar): the error names the missing token.
    if let Some(t) = tok
        && t.tok != Tok::Newline
        && i > 0
    {
        let first = tokens.get(line_start(tokens, i)).map(|f| f.tok);
        let prev = tokens[i - 1].tok;
        if first == Some(Tok::Def) && prev == Tok::Rarrow {
            let p = tokens[i - 1];
            return error_span(b, "expected ':'", p.start, p.end);
        }
        if matches!(prev, Tok::Name(_)) && i >= 2 && tokens[i - 2].tok == Tok::Def {
            return error_span(b, "expected '('", t.start, t.end);
        }
        if matches!(first, Some(Tok::Try | Tok::Else | Tok::Finally | Tok::Def))
            && expects(expected, &quoted(":"))
        {
            return error_span(b, "expected ':'", t.start, t.end);
        }
    }

    // `a if b` without `else`.
    if expects(expected, &quoted("else")) && tok.is_none_or(|t| t.tok != Tok::Colon) && i > 0 {
        let mut depth = 0usize;
        let mut j = i;
        while j > 0 {
            j -= 1;
            match tokens[j].tok {
                Tok::Rpar | Tok::Rsqb | Tok::Rbrace => depth += 1,
                Tok::Lpar | Tok::Lsqb | Tok::Lbrace => {
                    if depth == 0 {
                        break;
                    }
                    depth -= 1;
                }
                Tok::If if depth == 0 => {
                    if j > 0
                        && let Some(start) = disjunction_start(tokens, j - 1)
                        && start < j
                    {
                        let end = tokens[i - 1].end;
                        return error_span(
                            b,
                            "expected 'else' after 'if' expression",
                            tokens[start].start,
                            end,
                        );
                    }
                    break;
                }
                _ => {}
            }
        }
    }

    // A run of strings right before the failure: CPython builds the string (and reports
    // its errors) before it looks at the next token.
    if i > 0 && matches!(tokens[i - 1].tok, Tok::String(_)) {
        let mut j = i - 1;
        while j > 0 && matches!(tokens[j - 1].tok, Tok::String(_)) {
            j -= 1;
        }
        let parts: Vec<(usize, &str, usize)> = tokens[j..i]
            .iter()
            .filter_map(|t| match t.tok {
                Tok::String(s) => Some((t.start, s, t.end)),
                _ => None,
            })
            .collect();
        if let Err(ParseError::User { error }) =
            fstring::concatenate(b, &parts, tokens[j].start, tokens[i - 1].end)
        {
            return error;
        }
    }

    if let Some(t) = tok
        && i > 0
    {
        if t.tok == Tok::Equal
            && !expects(expected, &quoted("="))
            && let Some(e) = misplaced_equal(b, tokens, i)
        {
            return e;
        }
        if t.tok == Tok::ColonEqual
            && let Some(start) = disjunction_start(tokens, i - 1)
            && start < i
            && let Some(e) = parse_range_expression(b, tokens[start].start, tokens[i - 1].end)
            && !matches!(e.kind, ExprKind::Name(_))
        {
            let msg = format!("cannot use assignment expressions with {}", expr_name(&e));
            return b.error_at_loc(&msg, e.loc);
        }
    }

    if let (Some(t), Some(p)) = (tok, prev) {
        // Python 2 `print x`.
        if let Tok::Name(name @ ("print" | "exec")) = p.tok
            && starts_operand(t.tok)
            && (i < 2 || tokens[i - 2].tok != Tok::Dot)
        {
            let end_index = statement_end(tokens, i);
            let end = tokens[end_index.saturating_sub(1).max(i)].end;
            return error_span(
                b,
                &format!("Missing parentheses in call to '{name}'. Did you mean {name}(...)?"),
                p.start,
                end,
            );
        }

        // Two expressions side by side inside brackets.
        if depth_before(tokens, i) > 0
            && starts_operand(t.tok)
            && !matches!(t.tok, Tok::Not | Tok::Lambda)
            && ends_operand(p.tok)
            && let Some(start) = disjunction_start(tokens, i - 1)
            && start < i
        {
            let first = tokens[start];
            let name_then_string = matches!(first.tok, Tok::Name(_))
                && matches!(tokens.get(start + 1).map(|t| t.tok), Some(Tok::String(_)));
            if !name_then_string && !is_soft_keyword(first.tok) {
                let end = expression_end(tokens, i, false);
                let end_off = tokens[end.saturating_sub(1).max(i)].end;
                return error_span(
                    b,
                    "invalid syntax. Perhaps you forgot a comma?",
                    first.start,
                    end_off,
                );
            }
        }
    }

    if mode == Mode::Interactive
        && let Some(p) = prev
        && p.tok == Tok::Newline
        && tok.is_some_and(|t| t.tok != Tok::Dedent)
        && tokens
            .first()
            .is_some_and(|f| !is_compound_keyword(f.tok) && f.tok != Tok::At)
    {
        return error_span(
            b,
            "multiple statements found while compiling a single statement",
            p.start,
            p.start,
        );
    }

    match tok {
        Some(t) if t.tok != Tok::Dedent => error_span(b, "invalid syntax", t.start, t.end),
        _ => {
            // End of input: CPython points at column 0 of the last line.
            let line = b.map.last_line();
            SyntaxError {
                kind: SyntaxErrorKind::SyntaxError,
                msg: "invalid syntax".into(),
                line,
                col: 0,
                end_line: line,
                end_col: 0,
                incomplete: at_eof,
            }
        }
    }
}

/// `if x = 1:` and friends: a `=` where only an expression can be. CPython suggests `==`
/// (or `:=` after a plain name) when a `bitwise_or` stands on both sides.
fn misplaced_equal(b: &Builder, tokens: &[Spanned], i: usize) -> Option<SyntaxError> {
    let start = bitwise_or_start(tokens, i - 1)?;
    if start >= i {
        return None;
    }
    let rhs = tokens.get(i + 1)?;
    if !starts_operand(rhs.tok) || matches!(rhs.tok, Tok::Not | Tok::Lambda) {
        return None;
    }
    let rhs_end = expression_end(tokens, i + 1, true);
    if matches!(
        tokens.get(rhs_end).map(|t| t.tok),
        Some(Tok::Equal | Tok::ColonEqual)
    ) {
        return None;
    }
    let target = parse_range_expression(b, tokens[start].start, tokens[i - 1].end)?;
    if matches!(target.kind, ExprKind::Name(_)) && matches!(tokens[start].tok, Tok::Name(_)) {
        let end = tokens[rhs_end.saturating_sub(1).max(i + 1)].end;
        return Some(error_span(
            b,
            "invalid syntax. Maybe you meant '==' or ':=' instead of '='?",
            tokens[start].start,
            end,
        ));
    }
    if starts_with_excluded_atom(b, &target) {
        return None;
    }
    let msg = format!(
        "cannot assign to {} here. Maybe you meant '==' instead of '='?",
        expr_name(&target)
    );
    Some(b.error_at_loc(&msg, target.loc))
}

/// Index of the NEWLINE or `;` that ends the statement containing token `i`.
fn statement_end(tokens: &[Spanned], i: usize) -> usize {
    let mut depth = 0usize;
    let mut j = i;
    while j < tokens.len() {
        match tokens[j].tok {
            Tok::Lpar | Tok::Lsqb | Tok::Lbrace => depth += 1,
            Tok::Rpar | Tok::Rsqb | Tok::Rbrace => depth = depth.saturating_sub(1),
            Tok::Newline | Tok::Semi if depth == 0 => return j,
            _ => {}
        }
        j += 1;
    }
    j
}
