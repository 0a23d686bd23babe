//! Token-level scanning used to diagnose parse failures: where the expression before a
//! token starts, where the one after it ends, which bracket is open. These scans mimic
//! the extents CPython's grammar would give those expressions, closely enough to point
//! at the same source.

use super::tokens::{Spanned, Tok};

/// The first token of the logical line containing token `i`.
pub fn line_start(tokens: &[Spanned], i: usize) -> usize {
    let mut j = i.min(tokens.len());
    while j > 0 {
        if matches!(tokens[j - 1].tok, Tok::Newline | Tok::Indent | Tok::Dedent) {
            break;
        }
        j -= 1;
    }
    j
}

/// Can this token start an expression?
pub fn starts_operand(tok: Tok) -> bool {
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
pub fn ends_operand(tok: Tok) -> bool {
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
pub fn is_disjunction_operator(tok: Tok) -> bool {
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
pub fn depth_before(tokens: &[Spanned], i: usize) -> usize {
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
pub fn disjunction_start(tokens: &[Spanned], last: usize) -> Option<usize> {
    expression_start(tokens, last, false)
}

/// Like `disjunction_start`, for the narrower `bitwise_or` (no comparisons, `not`,
/// `and`, `or`).
pub fn bitwise_or_start(tokens: &[Spanned], last: usize) -> Option<usize> {
    expression_start(tokens, last, true)
}

pub fn expression_start(tokens: &[Spanned], last: usize, bitwise_only: bool) -> Option<usize> {
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
            // A `*` or `**` in prefix position unpacks: the expression starts after it.
            Tok::Star | Tok::DoubleStar
                if j == 0
                    || matches!(
                        tokens[j - 1].tok,
                        Tok::Comma | Tok::Lpar | Tok::Lsqb | Tok::Lbrace | Tok::WithLpar
                    ) =>
            {
                return Some(j + 1);
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
pub fn expression_end(tokens: &[Spanned], first: usize, stop_at_comparison: bool) -> usize {
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

pub fn is_arith_operator(tok: Tok) -> bool {
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

/// Index of the bracket that closes the one opened at `open`.
pub fn matching_close(tokens: &[Spanned], open: usize) -> Option<usize> {
    let mut depth = 0usize;
    for (j, t) in tokens.iter().enumerate().skip(open) {
        match t.tok {
            Tok::Lpar | Tok::Lsqb | Tok::Lbrace => depth += 1,
            Tok::Rpar | Tok::Rsqb | Tok::Rbrace => {
                depth = depth.checked_sub(1)?;
                if depth == 0 {
                    return Some(j);
                }
            }
            Tok::Newline => return None,
            _ => {}
        }
    }
    None
}

/// Index of the innermost bracket still open before token `i`.
pub fn innermost_open_bracket(tokens: &[Spanned], i: usize) -> Option<usize> {
    let mut depth = 0usize;
    let mut j = i.min(tokens.len());
    while j > 0 {
        j -= 1;
        match tokens[j].tok {
            Tok::Rpar | Tok::Rsqb | Tok::Rbrace | Tok::WithRpar => depth += 1,
            Tok::Lpar | Tok::Lsqb | Tok::Lbrace | Tok::WithLpar => {
                if depth == 0 {
                    return Some(j);
                }
                depth -= 1;
            }
            _ => {}
        }
    }
    None
}

/// Index of the NEWLINE or `;` that ends the statement containing token `i`.
pub fn statement_end(tokens: &[Spanned], i: usize) -> usize {
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

/// How far CPython's second parser pass reads from an expression that starts at
/// `first` when a juxtaposition made the statement fail: its rule for Python 2's
/// `print x` (a name not followed by `(`, then expressions) parses what follows a name
/// as expressions in turn, so `a b c d` is read to its end, commas included; and an
/// expression followed by another is read on to the end of that one (the "forgot a
/// comma" rule). `visited` marks tokens already walked from an earlier start, whose
/// reach is already counted. Returns the index of the furthest token looked at.
pub fn legacy_statement_reach(tokens: &[Spanned], first: usize, visited: &mut [bool]) -> usize {
    let mut furthest = first;
    let mut j = first;
    while j < tokens.len() && starts_operand(tokens[j].tok) {
        if let Some(seen) = visited.get_mut(j) {
            if *seen {
                break;
            }
            *seen = true;
        }
        let end = expression_end(tokens, j, false);
        furthest = furthest.max(end);
        if tokens.get(end).is_some_and(|t| starts_operand(t.tok)) {
            furthest = furthest.max(expression_end(tokens, end, false));
        }
        let next = tokens.get(j + 1).map(|t| t.tok);
        if matches!(tokens[j].tok, Tok::Name(_)) && next != Some(Tok::Lpar) {
            furthest = furthest.max(j + 1);
            if next.is_some_and(starts_operand) {
                j += 1;
                continue;
            }
        }
        // A later expression of the chain is one of a list of expressions: a comma goes
        // on to the next.
        if j > first && tokens.get(end).is_some_and(|t| t.tok == Tok::Comma) {
            j = end + 1;
            furthest = furthest.max(j);
            continue;
        }
        break;
    }
    furthest
}

/// Does an expression (as CPython's grammar names it, not an operand inside one) begin
/// at token `s` of the logical line that begins at `line`?
pub fn begins_expression(tokens: &[Spanned], s: usize, line: usize) -> bool {
    if matches!(
        tokens.get(line).map(|t| t.tok),
        Some(Tok::Import | Tok::From | Tok::Global | Tok::Nonlocal)
    ) {
        return false;
    }
    if s == line {
        return true;
    }
    let Some(before) = s.checked_sub(1).and_then(|p| tokens.get(p)) else {
        return false;
    };
    match before.tok {
        Tok::Equal
        | Tok::Comma
        | Tok::Colon
        | Tok::Semi
        | Tok::Lpar
        | Tok::Lsqb
        | Tok::Lbrace
        | Tok::Return
        | Tok::Yield
        | Tok::Assert
        | Tok::Del
        | Tok::Raise
        | Tok::With
        | Tok::Except
        | Tok::At
        | Tok::Else
        | Tok::Elif
        | Tok::While
        | Tok::Rarrow
        | Tok::PlusEqual
        | Tok::MinEqual
        | Tok::StarEqual
        | Tok::SlashEqual
        | Tok::PercentEqual
        | Tok::AmperEqual
        | Tok::VbarEqual
        | Tok::CircumflexEqual
        | Tok::LeftShiftEqual
        | Tok::RightShiftEqual
        | Tok::DoubleStarEqual
        | Tok::DoubleSlashEqual
        | Tok::AtEqual => true,
        // A statement's condition, not a conditional expression's.
        Tok::If => s - 1 == line,
        // A for statement's iterable, not a comparison or a comprehension's.
        Tok::In => tokens
            .get(line..s)
            .is_some_and(|l| l.iter().take(2).any(|t| t.tok == Tok::For)),
        _ => false,
    }
}
