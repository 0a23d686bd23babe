//! The soft keywords `match` and `case` (PEP 634).
//!
//! The lexer produces them as names. CPython's PEG parser tries a match statement first
//! and falls back to an expression; an LR(1) grammar cannot, so this pre-pass decides:
//! a `match` name that starts a logical line whose last token (before NEWLINE) is a `:`
//! outside brackets, with something in between, starts a match statement (no other
//! statement beginning with an expression can end with `:`). Inside the block that
//! follows such a line, a `case` name starting a logical line at the block's own
//! indentation starts a case block. Everywhere else both remain ordinary names.

use super::tokens::{Spanned, Tok};

fn is_name(t: &Spanned<'_>, text: &str) -> bool {
    matches!(t.tok, Tok::Name(n) if n == text)
}

/// Whether the logical line starting at `i` (a `match` name) is a match statement header.
fn is_match_header(tokens: &[Spanned<'_>], i: usize) -> bool {
    let mut depth = 0usize;
    let mut last_at_depth0: Option<Tok<'_>> = None;
    let mut count = 0usize;
    for t in &tokens[i + 1..] {
        match t.tok {
            Tok::Newline => break,
            Tok::Lpar | Tok::Lsqb | Tok::Lbrace | Tok::WithLpar => depth += 1,
            Tok::Rpar | Tok::Rsqb | Tok::Rbrace | Tok::WithRpar => depth = depth.saturating_sub(1),
            _ => {}
        }
        count += 1;
        last_at_depth0 = if depth == 0 { Some(t.tok) } else { None };
    }
    // The subject must not start with a token that can only continue an expression
    // statement whose first name is `match` (`match: int`, `match = 1`, `match.x:`).
    let first_ok = tokens.get(i + 1).is_some_and(|t| {
        !matches!(
            t.tok,
            Tok::Colon | Tok::Equal | Tok::Dot | Tok::Comma | Tok::Newline
        )
    });
    first_ok && count >= 2 && last_at_depth0 == Some(Tok::Colon)
}

/// Rewrites `match` / `case` names that act as keywords to `Tok::Match` / `Tok::Case`.
pub fn mark_soft_keywords(tokens: &mut [Spanned<'_>]) {
    // Indentation level of the lines holding `case` blocks, innermost last.
    let mut case_levels: Vec<usize> = Vec::new();
    let mut level = 0usize;
    let mut line_start = true;
    for i in 0..tokens.len() {
        match tokens[i].tok {
            Tok::Indent => {
                level += 1;
                line_start = true;
                continue;
            }
            Tok::Dedent => {
                level = level.saturating_sub(1);
                while case_levels.last().is_some_and(|&l| l > level) {
                    case_levels.pop();
                }
                line_start = true;
                continue;
            }
            Tok::Newline => {
                line_start = true;
                continue;
            }
            _ => {}
        }
        if !line_start {
            continue;
        }
        line_start = false;
        if case_levels.last() == Some(&level) && is_name(&tokens[i], "case") {
            tokens[i].tok = Tok::Case;
        } else if is_name(&tokens[i], "match") && is_match_header(tokens, i) {
            tokens[i].tok = Tok::Match;
            case_levels.push(level + 1);
        }
    }
}
