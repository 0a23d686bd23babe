//! Turns an LR parse failure into the syntax error CPython reports for the same input.
//!
//! CPython's PEG parser runs a second pass with extra "invalid_*" rules that recognise
//! common mistakes. Here the same situations are recognised from the failing token, the
//! tokens around it and the set of tokens the parser expected at that point.

use std::cell::Cell;

use lalrpop_util::ParseError;

use super::Mode;
use super::ast::ExprKind;
use super::builder::Builder;
use super::error::{SyntaxError, SyntaxErrorKind};
use super::fstring;
use super::parser::parse_range_expression;
use super::token_scan::{
    begins_expression, bitwise_or_start, depth_before, disjunction_start, ends_operand,
    expression_end, innermost_open_bracket, legacy_statement_reach, line_start, matching_close,
    starts_operand, statement_end,
};
use super::tokens::{Spanned, Tok};
use super::validate::{TargetKind, expr_name, invalid_target, starts_with_excluded_atom};

type Expected = Vec<String>;

fn expects(expected: &Expected, terminal: &str) -> bool {
    expected.iter().any(|e| e == terminal)
}

fn quoted(s: &str) -> String {
    format!("\"{s}\"")
}

/// What the diagnosis found: the error, and the index of the furthest token it had to
/// look at (CPython compares that token's line with an unclosed bracket's line).
pub struct Diagnosis {
    pub error: SyntaxError,
    pub furthest: Option<usize>,
}

/// Converts a failure of the generated parser into a SyntaxError.
pub fn describe<'s>(
    b: &Builder<'s, '_>,
    tokens: &[Spanned<'s>],
    err: ParseError<usize, Tok<'s>, SyntaxError>,
    mode: Mode,
) -> Diagnosis {
    let (i, expected) = match err {
        ParseError::User { error } => {
            return Diagnosis {
                error,
                furthest: None,
            };
        }
        ParseError::InvalidToken { location } => {
            return Diagnosis {
                error: error_span(b, "invalid syntax", location, location),
                furthest: None,
            };
        }
        ParseError::ExtraToken { token: (l, tok, _) } => (token_index(tokens, l, tok), Vec::new()),
        ParseError::UnrecognizedEof { expected, .. } => (tokens.len(), expected),
        ParseError::UnrecognizedToken {
            token: (l, tok, _),
            expected,
        } => (token_index(tokens, l, tok), expected),
    };
    let ctx = Ctx {
        b,
        tokens,
        i,
        expected: &expected,
        mode,
        furthest: Cell::new(None),
    };
    let mut error = ctx.diagnose();
    // At the prompt, the DEDENTs that close the blocks at the end of the input are no
    // more than its end: `if 1:` / `    if 2:` waits for the nested block.
    let at_end = tokens[i.min(tokens.len())..]
        .iter()
        .all(|t| t.tok == Tok::Dedent && t.start >= b.map.text().len());
    if i >= tokens.len() || (mode == Mode::Interactive && at_end) {
        error.incomplete = true;
    }
    Diagnosis {
        error,
        furthest: ctx.furthest.get(),
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
        Tok::Match => "'match' statement",
        Tok::Case => "'case' statement",
        _ => return None,
    })
}

fn is_compound_keyword(tok: Tok) -> bool {
    block_kind(tok).is_some()
}

fn is_soft_keyword(tok: Tok) -> bool {
    matches!(
        tok,
        Tok::Name("match" | "case" | "_") | Tok::Match | Tok::Case
    )
}

struct Ctx<'b, 's, 'a> {
    b: &'b Builder<'s, 'a>,
    tokens: &'b [Spanned<'s>],
    /// Index of the token the parser failed at (`tokens.len()` at end of input).
    i: usize,
    expected: &'b Expected,
    mode: Mode,
    furthest: Cell<Option<usize>>,
}

impl Ctx<'_, '_, '_> {
    fn tok(&self) -> Option<Spanned<'_>> {
        self.tokens.get(self.i).copied()
    }

    fn prev(&self) -> Option<Spanned<'_>> {
        self.i
            .checked_sub(1)
            .and_then(|p| self.tokens.get(p))
            .copied()
    }

    /// The first token of the failing token's logical line.
    fn first_of_line(&self) -> Option<Tok<'_>> {
        self.tokens
            .get(line_start(self.tokens, self.i))
            .map(|t| t.tok)
    }

    fn looked_at(&self, index: usize) {
        self.furthest
            .set(Some(self.furthest.get().map_or(index, |f| f.max(index))));
    }

    fn diagnose(&self) -> SyntaxError {
        let rules: [fn(&Self) -> Option<SyntaxError>; 20] = [
            Self::unexpected_indent,
            Self::missing_block,
            Self::missing_handlers,
            Self::header_without_colon,
            Self::forced_token,
            Self::if_without_else,
            Self::string_error,
            Self::cut_off_assignment,
            Self::bad_annotation_target,
            Self::parenthesized_parameter,
            Self::missing_default,
            Self::bare_star_argument,
            Self::comprehension_target,
            Self::misplaced_equal,
            Self::misplaced_walrus,
            Self::forgotten_comma,
            Self::dict_item,
            Self::print_statement,
            Self::multiple_statements,
            Self::juxtaposed_lookahead,
        ];
        rules
            .iter()
            .find_map(|rule| rule(self))
            .unwrap_or_else(|| self.invalid_syntax())
    }

    fn unexpected_indent(&self) -> Option<SyntaxError> {
        let t = self.tok().filter(|t| t.tok == Tok::Indent)?;
        Some(at_token_start(
            self.b,
            SyntaxErrorKind::IndentationError,
            "unexpected indent",
            t.start,
        ))
    }

    /// `if x:` followed by something other than an indented block.
    fn missing_block(&self) -> Option<SyntaxError> {
        if !(self.expected.len() == 1 && expects(self.expected, "INDENT")) {
            return None;
        }
        let header = line_start(self.tokens, self.i.saturating_sub(1));
        let header_tok = self.tokens.get(header)?;
        // `async def` / `for` / `with` are named by the keyword after `async`; an
        // `except*` clause by its star.
        let named = match header_tok.tok {
            Tok::Async => self.tokens.get(header + 1).map_or(Tok::Async, |t| t.tok),
            t => t,
        };
        let starred = named == Tok::Except
            && self
                .tokens
                .get(header + 1)
                .is_some_and(|t| t.tok == Tok::Star);
        let what = if starred {
            "'except*' statement"
        } else {
            block_kind(named).unwrap_or("statement")
        };
        let line = self.b.map.line(header_tok.start);
        let msg = format!("expected an indented block after {what} on line {line}");
        Some(match self.tok() {
            // DEDENT has no column of its own: CPython reports the column of the
            // reader, at the start of the dedented line, 0-based.
            Some(t) if t.tok == Tok::Dedent && t.start < self.b.map.text().len() => {
                at_token_start(self.b, SyntaxErrorKind::IndentationError, &msg, t.start)
            }
            Some(t) if t.tok != Tok::Dedent => indentation_error(self.b, msg, t.start, t.end),
            _ => at_end_of_input(self.b, SyntaxErrorKind::IndentationError, &msg),
        })
    }

    /// `try:` body without handlers.
    fn missing_handlers(&self) -> Option<SyntaxError> {
        if !(expects(self.expected, &quoted("except"))
            && expects(self.expected, &quoted("finally")))
        {
            return None;
        }
        let msg = "expected 'except' or 'finally' block";
        Some(match self.tok() {
            Some(t) if t.tok != Tok::Dedent => error_span(self.b, msg, t.start, t.end),
            _ => at_end_of_input(self.b, SyntaxErrorKind::SyntaxError, msg),
        })
    }

    /// A compound statement header not ended by `:`.
    fn header_without_colon(&self) -> Option<SyntaxError> {
        let t = self.tok().filter(|t| t.tok == Tok::Newline)?;
        if let Some(p) = self.prev()
            && matches!(p.tok, Tok::Name(_))
            && self.i >= 2
            && self.tokens[self.i - 2].tok == Tok::Def
        {
            return Some(error_span(self.b, "expected '('", t.start, t.start));
        }
        if expects(self.expected, &quoted(":"))
            && self.first_of_line().is_some_and(is_compound_keyword)
        {
            return Some(error_span(self.b, "expected ':'", t.start, t.start));
        }
        None
    }

    /// Headers whose `:` (or `(`) CPython requires outright ("forced" tokens in its
    /// grammar): the error names the missing token.
    fn forced_token(&self) -> Option<SyntaxError> {
        let t = self.tok().filter(|t| t.tok != Tok::Newline)?;
        let p = self.prev()?;
        if depth_before(self.tokens, self.i) > 0 {
            return None;
        }
        if self.header_colon_seen() {
            return None;
        }
        let first = self.first_of_line();
        if first == Some(Tok::Def) && p.tok == Tok::Rarrow {
            return Some(error_span(self.b, "expected ':'", p.start, p.end));
        }
        if matches!(p.tok, Tok::Name(_)) && self.i >= 2 && self.tokens[self.i - 2].tok == Tok::Def {
            return Some(error_span(self.b, "expected '('", t.start, t.end));
        }
        if matches!(first, Some(Tok::Try | Tok::Else | Tok::Finally | Tok::Def))
            && expects(self.expected, &quoted(":"))
        {
            return Some(error_span(self.b, "expected ':'", t.start, t.end));
        }
        None
    }

    /// `a if b` without `else`.
    fn if_without_else(&self) -> Option<SyntaxError> {
        let (tokens, i) = (self.tokens, self.i);
        if !expects(self.expected, &quoted("else"))
            || self.tok().is_some_and(|t| t.tok == Tok::Colon)
            || i == 0
        {
            return None;
        }
        let mut depth = 0usize;
        let mut j = i;
        while j > 0 {
            j -= 1;
            match tokens[j].tok {
                Tok::Rpar | Tok::Rsqb | Tok::Rbrace => depth += 1,
                Tok::Lpar | Tok::Lsqb | Tok::Lbrace => {
                    if depth == 0 {
                        return None;
                    }
                    depth -= 1;
                }
                Tok::If if depth == 0 => {
                    let start = disjunction_start(tokens, j.checked_sub(1)?)?;
                    if start >= j {
                        return None;
                    }
                    return Some(error_span(
                        self.b,
                        "expected 'else' after 'if' expression",
                        tokens[start].start,
                        tokens[i - 1].end,
                    ));
                }
                _ => {}
            }
        }
        None
    }

    /// A run of strings right before the failure: CPython builds the string (and
    /// reports its errors) before it looks at the next token.
    fn string_error(&self) -> Option<SyntaxError> {
        let (tokens, i) = (self.tokens, self.i);
        if i == 0 || !matches!(tokens[i - 1].tok, Tok::String(_)) {
            return None;
        }
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
        match fstring::concatenate(self.b, &parts, tokens[j].start, tokens[i - 1].end) {
            Err(ParseError::User { error }) => Some(error),
            _ => None,
        }
    }

    /// `1: int = ...` with a broken annotation: CPython's first pass already stops at
    /// the `:` when what stands before it cannot be annotated.
    fn bad_annotation_target(&self) -> Option<SyntaxError> {
        let (tokens, i) = (self.tokens, self.i);
        let first = line_start(tokens, i);
        if self
            .first_of_line()
            .is_some_and(|t| is_compound_keyword(t) || matches!(t, Tok::Lambda | Tok::At))
        {
            return None;
        }
        let mut depth = 0usize;
        let colon = (first..i).find(|&j| {
            match tokens[j].tok {
                Tok::Lpar | Tok::Lsqb | Tok::Lbrace => depth += 1,
                Tok::Rpar | Tok::Rsqb | Tok::Rbrace => depth = depth.saturating_sub(1),
                Tok::Lambda | Tok::Semi | Tok::Equal => depth = usize::MAX / 2,
                _ => {}
            }
            depth == 0 && tokens[j].tok == Tok::Colon
        })?;
        if colon == first {
            return None;
        }
        let target = parse_range_expression(self.b, tokens[first].start, tokens[colon - 1].end)?;
        let annotatable = match target.kind {
            ExprKind::Name(_) | ExprKind::Attribute { .. } | ExprKind::Subscript { .. } => true,
            ExprKind::Tuple(_) | ExprKind::List(_) => return None,
            _ => false,
        };
        if annotatable {
            return None;
        }
        let c = tokens[colon];
        Some(error_span(self.b, "invalid syntax", c.start, c.end))
    }

    fn misplaced_equal(&self) -> Option<SyntaxError> {
        let t = self.tok().filter(|t| t.tok == Tok::Equal)?;
        let _ = t;
        if self.i == 0 || expects(self.expected, &quoted("=")) {
            return None;
        }
        // CPython only reads a named expression (where the hint comes from) in
        // brackets, in `if`/`elif`/`while` conditions and in decorators.
        let condition = matches!(
            self.first_of_line(),
            Some(Tok::If | Tok::Elif | Tok::While | Tok::At)
        );
        if !condition && depth_before(self.tokens, self.i) == 0 {
            return None;
        }
        misplaced_equal(self, self.b, self.tokens, self.i)
    }

    /// `f() := 1` where only a name can stand before `:=`.
    fn misplaced_walrus(&self) -> Option<SyntaxError> {
        self.tok().filter(|t| t.tok == Tok::ColonEqual)?;
        let start = disjunction_start(self.tokens, self.i.checked_sub(1)?)?;
        if start >= self.i {
            return None;
        }
        let e = parse_range_expression(
            self.b,
            self.tokens[start].start,
            self.tokens[self.i - 1].end,
        )?;
        if matches!(e.kind, ExprKind::Name(_)) {
            return None;
        }
        let msg = format!("cannot use assignment expressions with {}", expr_name(&e));
        Some(self.b.error_at_loc(&msg, e.loc))
    }

    /// Two expressions side by side inside brackets.
    fn forgotten_comma(&self) -> Option<SyntaxError> {
        let (t, p) = (self.tok()?, self.prev()?);
        let (tokens, i) = (self.tokens, self.i);
        if depth_before(tokens, i) == 0
            || !starts_operand(t.tok)
            || matches!(t.tok, Tok::Not | Tok::Lambda)
            || !ends_operand(p.tok)
        {
            return None;
        }
        if self.in_def_parameters() || self.in_lambda_parameters() {
            return None;
        }
        // Patterns have no such hint.
        if tokens
            .get(line_start(tokens, i))
            .is_some_and(|t| t.tok == Tok::Case)
        {
            return None;
        }
        if innermost_open_bracket(tokens, i)
            .is_some_and(|o| o > 0 && tokens[o - 1].tok == Tok::Import)
        {
            return None;
        }
        let start = disjunction_start(tokens, i - 1)?;
        if start >= i {
            return None;
        }
        if start > 0
            && tokens[start - 1].tok == Tok::DoubleStar
            && innermost_open_bracket(tokens, i).is_some_and(|o| tokens[o].tok == Tok::Lbrace)
        {
            return None; // `{**a b}`: a dict unpacking takes a plain `bitwise_or`
        }
        let first = tokens[start];
        let name_then_string = matches!(first.tok, Tok::Name(_))
            && matches!(tokens.get(start + 1).map(|t| t.tok), Some(Tok::String(_)));
        if name_then_string || is_soft_keyword(first.tok) {
            return None;
        }
        if let Tok::Name("print" | "exec") = first.tok
            && start + 1 == i
        {
            return None;
        }
        let end = expression_end(tokens, i, false);
        self.looked_at(end);
        Some(error_span(
            self.b,
            "invalid syntax. Perhaps you forgot a comma?",
            first.start,
            tokens[end.saturating_sub(1).max(i)].end,
        ))
    }

    /// Mistakes in a dict display after its first `key: value` pair.
    fn dict_item(&self) -> Option<SyntaxError> {
        let (tokens, i) = (self.tokens, self.i);
        let t = self.tok()?;
        let open = innermost_open_bracket(tokens, i)?;
        if tokens[open].tok != Tok::Lbrace {
            return None;
        }
        let p = self.prev()?;
        if p.tok == Tok::Colon {
            if matches!(t.tok, Tok::Rbrace | Tok::Comma) {
                return Some(error_span(
                    self.b,
                    "expression expected after dictionary key and ':'",
                    p.start,
                    p.end,
                ));
            }
            if t.tok == Tok::Star {
                // CPython's range runs to where its reader stopped: past the operand.
                let end = self.tokens.get(self.i + 1).map_or(t.end, |n| n.end);
                return Some(error_span(
                    self.b,
                    "cannot use a starred expression in a dictionary value",
                    t.start,
                    end,
                ));
            }
            return None;
        }
        // Items at the display's own level: is this a dict, and does the current item
        // (after the last comma) lack its `:`?
        let mut depth = 0usize;
        let mut first_item_has_colon = false;
        let mut last_comma = None;
        let mut current_has_colon = false;
        for (j, tk) in tokens.iter().enumerate().take(i).skip(open + 1) {
            match tk.tok {
                Tok::Lpar | Tok::Lsqb | Tok::Lbrace => depth += 1,
                Tok::Rpar | Tok::Rsqb | Tok::Rbrace => depth = depth.saturating_sub(1),
                Tok::Colon if depth == 0 => {
                    if last_comma.is_none() {
                        first_item_has_colon = true;
                    }
                    current_has_colon = true;
                }
                Tok::Comma if depth == 0 => {
                    last_comma = Some(j);
                    current_has_colon = false;
                }
                _ => {}
            }
        }
        let item_start = last_comma? + 1;
        if !first_item_has_colon || current_has_colon || item_start >= i || t.tok == Tok::Colon {
            return None;
        }
        let key = parse_range_expression(self.b, tokens[item_start].start, tokens[i - 1].end)?;
        let end = self.b.offset(key.loc.end_line, key.loc.end_col);
        // CPython gives this one no end column.
        Some(SyntaxError {
            col: self.b.map.char_col(end),
            end_col: 0,
            ..error_span(self.b, "':' expected after dictionary key", end, end)
        })
    }

    /// Python 2 `print x`.
    fn print_statement(&self) -> Option<SyntaxError> {
        let (t, p) = (self.tok()?, self.prev()?);
        let Tok::Name(name @ ("print" | "exec")) = p.tok else {
            return None;
        };
        if !starts_operand(t.tok) || (self.i >= 2 && self.tokens[self.i - 2].tok == Tok::Dot) {
            return None;
        }
        let end_index = statement_end(self.tokens, self.i);
        self.looked_at(end_index);
        let end = self.tokens[end_index.saturating_sub(1).max(self.i)].end;
        Some(error_span(
            self.b,
            &format!("Missing parentheses in call to '{name}'. Did you mean {name}(...)?"),
            p.start,
            end,
        ))
    }

    /// In interactive mode only one statement may be entered at a time.
    fn multiple_statements(&self) -> Option<SyntaxError> {
        if self.mode != Mode::Interactive {
            return None;
        }
        let p = self.prev().filter(|p| p.tok == Tok::Newline)?;
        self.tok().filter(|t| t.tok != Tok::Dedent)?;
        let first = self.tokens.first()?;
        if is_compound_keyword(first.tok) || first.tok == Tok::At {
            return None;
        }
        Some(error_span(
            self.b,
            "multiple statements found while compiling a single statement",
            p.start,
            p.start,
        ))
    }

    /// Has the logical line already had its block-opening `:` (at bracket depth 0)?
    fn header_colon_seen(&self) -> bool {
        let first = line_start(self.tokens, self.i);
        let mut depth = 0usize;
        self.tokens[first..self.i.min(self.tokens.len())]
            .iter()
            .any(|t| {
                match t.tok {
                    Tok::Lpar | Tok::Lsqb | Tok::Lbrace | Tok::WithLpar => depth += 1,
                    Tok::Rpar | Tok::Rsqb | Tok::Rbrace | Tok::WithRpar => {
                        depth = depth.saturating_sub(1)
                    }
                    _ => {}
                }
                depth == 0 && t.tok == Tok::Colon
            })
    }

    /// Is the failing token inside the parameter list of a `def`?
    fn in_def_parameters(&self) -> bool {
        innermost_open_bracket(self.tokens, self.i).is_some_and(|open| {
            self.tokens[open].tok == Tok::Lpar
                && open >= 2
                && matches!(self.tokens[open - 1].tok, Tok::Name(_))
                && self.tokens[open - 2].tok == Tok::Def
        })
    }

    /// Is the failing token among a lambda's parameters (after `lambda`, before its
    /// `:`, at the same bracket depth)?
    fn in_lambda_parameters(&self) -> bool {
        let from = innermost_open_bracket(self.tokens, self.i)
            .map_or(line_start(self.tokens, self.i), |o| o + 1);
        let mut depth = 0usize;
        let mut inside = false;
        for t in &self.tokens[from..self.i.min(self.tokens.len())] {
            match t.tok {
                Tok::Lpar | Tok::Lsqb | Tok::Lbrace => depth += 1,
                Tok::Rpar | Tok::Rsqb | Tok::Rbrace => depth = depth.saturating_sub(1),
                Tok::Lambda if depth == 0 => inside = true,
                Tok::Colon if depth == 0 => inside = false,
                _ => {}
            }
        }
        inside
    }

    /// An assignment (or `for` header) cut short by the error: CPython still checks
    /// the targets it has read and reports an invalid one.
    fn cut_off_assignment(&self) -> Option<SyntaxError> {
        let (tokens, i) = (self.tokens, self.i);
        let first = line_start(tokens, i);
        let first_tok = tokens.get(first)?.tok;
        if first_tok == Tok::For {
            let mut depth = 0usize;
            let end = (first + 1..i)
                .find(|&j| {
                    match tokens[j].tok {
                        Tok::Lpar | Tok::Lsqb | Tok::Lbrace => depth += 1,
                        Tok::Rpar | Tok::Rsqb | Tok::Rbrace => depth = depth.saturating_sub(1),
                        _ => {}
                    }
                    depth == 0 && tokens[j].tok == Tok::In
                })
                .unwrap_or(i);
            if end <= first + 1 || end == i && depth_before(tokens, i) > 0 {
                return None;
            }
            let target =
                parse_range_expression(self.b, tokens[first + 1].start, tokens[end - 1].end)?;
            let bad = invalid_target(&target, TargetKind::For)?;
            return Some(
                self.b
                    .error_at_loc(&format!("cannot assign to {}", expr_name(bad)), bad.loc),
            );
        }
        if is_compound_keyword(first_tok) || matches!(first_tok, Tok::At) {
            return None;
        }
        // Statement-level `=` signs before the failure.
        let mut depth = 0usize;
        let mut equals = Vec::new();
        for (j, t) in tokens.iter().enumerate().take(i).skip(first) {
            match t.tok {
                Tok::Lpar | Tok::Lsqb | Tok::Lbrace => depth += 1,
                Tok::Rpar | Tok::Rsqb | Tok::Rbrace => depth = depth.saturating_sub(1),
                Tok::Equal if depth == 0 => equals.push(j),
                Tok::Lambda | Tok::Colon | Tok::Semi if depth == 0 => return None,
                _ => {}
            }
        }
        let mut start = first;
        for eq in equals {
            if eq <= start {
                return None;
            }
            let target = parse_range_expression(self.b, tokens[start].start, tokens[eq - 1].end)?;
            if matches!(target.kind, ExprKind::Yield(_) | ExprKind::YieldFrom(_)) {
                return Some(
                    self.b
                        .error_at_loc("assignment to yield expression not possible", target.loc),
                );
            }
            if let Some(bad) = invalid_target(&target, TargetKind::Assign) {
                return Some(
                    self.b
                        .error_at_loc(&format!("cannot assign to {}", expr_name(bad)), bad.loc),
                );
            }
            start = eq + 1;
        }
        None
    }

    /// `def f((a, b)):`: Python 2 tuple parameters.
    fn parenthesized_parameter(&self) -> Option<SyntaxError> {
        let t = self.tok().filter(|t| t.tok == Tok::Lpar)?;
        let msg = if self.in_def_parameters() {
            "Function parameters cannot be parenthesized"
        } else if self.in_lambda_parameters() {
            "Lambda expression parameters cannot be parenthesized"
        } else {
            return None;
        };
        let close = matching_close(self.tokens, self.i)?;
        let names_only = close > self.i + 1
            && self.tokens[self.i + 1..close]
                .iter()
                .enumerate()
                .all(|(k, t)| match k % 2 {
                    0 => matches!(t.tok, Tok::Name(_)),
                    _ => t.tok == Tok::Comma,
                });
        if !names_only {
            return None;
        }
        Some(error_span(self.b, msg, t.start, self.tokens[close].end))
    }

    /// Mistakes in a parameter list that CPython names: a missing default after `=`,
    /// a default for `*args`, a leading `/`, and `/*` without a comma.
    fn missing_default(&self) -> Option<SyntaxError> {
        let t = self.tok()?;
        let p = self.prev()?;
        let in_def = self.in_def_parameters();
        if !in_def && !self.in_lambda_parameters() {
            return None;
        }
        let params_start = if in_def {
            innermost_open_bracket(self.tokens, self.i)? + 1
        } else {
            let mut j = self.i;
            while j > 0 && self.tokens[j - 1].tok != Tok::Lambda {
                j -= 1;
            }
            j
        };
        if self.tokens.get(params_start).map(|t| t.tok) == Some(Tok::Slash)
            && self.tokens.get(params_start + 1).map(|t| t.tok) == Some(Tok::Comma)
            && params_start + 1 < self.i
        {
            let slash = self.tokens[params_start];
            return Some(error_span(
                self.b,
                "at least one argument must precede /",
                slash.start,
                slash.end,
            ));
        }
        if p.tok == Tok::Slash && t.tok == Tok::Star {
            return Some(error_span(
                self.b,
                "expected comma between / and *",
                t.start,
                t.end,
            ));
        }
        // CPython checks for `,` or `)` after the `=` (so `lambda x=: 0` stays generic).
        let end_of_param = matches!(t.tok, Tok::Comma | Tok::Rpar);
        if p.tok != Tok::Equal || !end_of_param {
            return None;
        }
        // Which kind of parameter is the `=` for?
        let mut j = self.i - 1;
        let mut depth = 0usize;
        while j > params_start {
            j -= 1;
            match self.tokens[j].tok {
                Tok::Rpar | Tok::Rsqb | Tok::Rbrace => depth += 1,
                Tok::Lpar | Tok::Lsqb | Tok::Lbrace => depth = depth.saturating_sub(1),
                Tok::Comma if depth == 0 => {
                    j += 1;
                    break;
                }
                _ => {}
            }
        }
        let msg = match self.tokens.get(j).map(|t| t.tok) {
            Some(Tok::Star) => "var-positional argument cannot have default value",
            Some(Tok::DoubleStar) => "var-keyword argument cannot have default value",
            _ => "expected default value expression",
        };
        Some(error_span(self.b, msg, p.start, p.end))
    }

    /// `f(**kw, *)`: a bare `*` after keyword unpacking.
    fn bare_star_argument(&self) -> Option<SyntaxError> {
        let t = self.tok()?;
        let p = self.prev().filter(|p| p.tok == Tok::Star)?;
        if !matches!(t.tok, Tok::Rpar | Tok::Comma) {
            return None;
        }
        let open = innermost_open_bracket(self.tokens, self.i)?;
        let is_call = self.tokens[open].tok == Tok::Lpar
            && open > 0
            && ends_operand(self.tokens[open - 1].tok);
        if !is_call {
            return None;
        }
        let mut depth = 0usize;
        let unpacked_before = self.tokens[open + 1..self.i].iter().any(|t| {
            match t.tok {
                Tok::Lpar | Tok::Lsqb | Tok::Lbrace => depth += 1,
                Tok::Rpar | Tok::Rsqb | Tok::Rbrace => depth = depth.saturating_sub(1),
                _ => {}
            }
            depth == 0 && t.tok == Tok::DoubleStar
        });
        if !unpacked_before {
            return None;
        }
        Some(error_span(
            self.b,
            "iterable argument unpacking follows keyword argument unpacking",
            p.start,
            p.end,
        ))
    }

    /// `[a, b for ...]` and `[*a for ...]` in list, set and dict displays.
    fn comprehension_target(&self) -> Option<SyntaxError> {
        self.tok().filter(|t| t.tok == Tok::For)?;
        let (tokens, i) = (self.tokens, self.i);
        let open = innermost_open_bracket(tokens, i)?;
        if !matches!(tokens[open].tok, Tok::Lsqb | Tok::Lbrace) || open + 1 >= i {
            return None;
        }
        let first = tokens[open + 1];
        if first.tok == Tok::Star
            || (first.tok == Tok::DoubleStar && tokens[open].tok == Tok::Lbrace)
        {
            let msg = if first.tok == Tok::Star {
                "iterable unpacking cannot be used in comprehension"
            } else {
                "dict unpacking cannot be used in dict comprehension"
            };
            // CPython points at the whole unpacked expression for `*`, at the `**`
            // token alone for `**`.
            let end = if first.tok == Tok::Star {
                expression_end(tokens, open + 2, false)
            } else {
                open + 2
            };
            return Some(error_span(
                self.b,
                msg,
                first.start,
                tokens[end.saturating_sub(1).max(open + 1)].end,
            ));
        }
        let mut depth = 0usize;
        let has_comma = tokens[open + 1..i].iter().any(|t| {
            match t.tok {
                Tok::Lpar | Tok::Lsqb | Tok::Lbrace => depth += 1,
                Tok::Rpar | Tok::Rsqb | Tok::Rbrace => depth = depth.saturating_sub(1),
                _ => {}
            }
            depth == 0 && t.tok == Tok::Comma
        });
        if !has_comma {
            return None;
        }
        Some(error_span(
            self.b,
            "did you forget parentheses around the comprehension target?",
            first.start,
            tokens[i - 1].end,
        ))
    }

    /// Juxtaposed expressions where no hint applies: CPython still reads the second
    /// expression to its end before giving up (which matters when that reaches an
    /// unclosed bracket at the end of the input).
    fn juxtaposed_lookahead(&self) -> Option<SyntaxError> {
        let (t, p) = (self.tok()?, self.prev()?);
        if starts_operand(t.tok) && ends_operand(p.tok) {
            self.looked_at(expression_end(self.tokens, self.i, false));
            // The rule for Python 2's `print x` reads on from each expression the
            // statement began before the failing token that starts with a name.
            let line = line_start(self.tokens, self.i);
            let mut visited = vec![false; self.tokens.len() - line];
            for s in line..self.i {
                if matches!(self.tokens[s].tok, Tok::Name(_))
                    && begins_expression(self.tokens, s, line)
                {
                    let visited = &mut visited[s - line..];
                    let reach = legacy_statement_reach(&self.tokens[s..], 0, visited);
                    self.looked_at(s + reach);
                }
            }
        }
        None
    }

    fn invalid_syntax(&self) -> SyntaxError {
        match self.tok() {
            // CPython's NEWLINE token ends where it starts.
            Some(t) if t.tok == Tok::Newline => {
                error_span(self.b, "invalid syntax", t.start, t.start)
            }
            Some(t) if t.tok != Tok::Dedent => error_span(self.b, "invalid syntax", t.start, t.end),
            _ => {
                // End of input: CPython points at column 0 of the last line.
                let line = self.b.map.last_line();
                SyntaxError {
                    kind: SyntaxErrorKind::SyntaxError,
                    msg: "invalid syntax".into(),
                    line,
                    col: 0,
                    end_line: line,
                    end_col: 0,
                    incomplete: false,
                }
            }
        }
    }
}

/// An error at the reader's column (0-based, as CPython reports it for INDENT and DEDENT
/// tokens, which have no column of their own, and so no end column: -1).
fn at_token_start(b: &Builder, kind: SyntaxErrorKind, msg: &str, start: usize) -> SyntaxError {
    let line = b.map.line(start);
    let col = b.map.char_col(start);
    SyntaxError {
        kind,
        msg: msg.into(),
        line,
        col,
        end_line: line,
        end_col: -1,
        incomplete: false,
    }
}

/// An error at the end of the input: CPython reports the end of the last line (and no
/// end column, -1: the end-of-input token has none).
fn at_end_of_input(b: &Builder, kind: SyntaxErrorKind, msg: &str) -> SyntaxError {
    let line = b.map.last_line();
    let col = b.map.line_text(line).chars().count() as u32 + 1;
    SyntaxError {
        kind,
        msg: msg.into(),
        line,
        col,
        end_line: line,
        end_col: -1,
        incomplete: false,
    }
}

/// `if x = 1:` and friends: a `=` where only an expression can be. CPython suggests `==`
/// (or `:=` after a plain name) when a `bitwise_or` stands on both sides.
fn misplaced_equal(ctx: &Ctx, b: &Builder, tokens: &[Spanned], i: usize) -> Option<SyntaxError> {
    let start = bitwise_or_start(tokens, i - 1)?;
    if start >= i {
        return None;
    }
    // Only where a named expression begins (CPython's hint lives in that rule).
    let begins_named = start == 0
        || match tokens[start - 1].tok {
            Tok::Lpar | Tok::Lsqb | Tok::Lbrace | Tok::Comma => true,
            Tok::Newline | Tok::Indent | Tok::Dedent => true,
            // Statement keywords only: a comprehension's `if` takes a disjunction.
            Tok::If | Tok::Elif | Tok::While | Tok::At => {
                line_start(tokens, start - 1) == start - 1
            }
            _ => false,
        };
    if !begins_named {
        return None;
    }
    let rhs = tokens.get(i + 1)?;
    if !starts_operand(rhs.tok) || matches!(rhs.tok, Tok::Not | Tok::Lambda) {
        return None;
    }
    let rhs_end = expression_end(tokens, i + 1, true);
    ctx.looked_at(rhs_end);
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
