//! What Tab should complete, read from the text before the cursor alone (no evaluation):
//! a name, an attribute of a dotted name (`math.sq`), or an attribute of a literal
//! (`[].ap`, `"".up`).

use unicode_ident::{is_xid_continue, is_xid_start};

/// The thing being completed.
#[derive(Debug, PartialEq, Eq)]
pub enum Target<'a> {
    /// Nothing typed before the cursor: Tab indents.
    Indent,
    /// A name being typed (keywords, names in scope, builtins).
    Name(&'a str),
    /// `base.prefix`.
    Attribute { base: Base<'a>, prefix: &'a str },
    /// Nothing Tab can help with (after a number, a call, a subscript, ...).
    Nothing,
}

/// What the attribute is looked up on.
#[derive(Debug, PartialEq, Eq)]
pub enum Base<'a> {
    /// A dotted name: `os.path` is `["os", "path"]`.
    Path(Vec<&'a str>),
    /// A literal, whose type is all that matters.
    Literal(LiteralKind),
}

/// Python 3.11's `keyword.kwlist` and `keyword.softkwlist`.
pub const KEYWORDS: [&str; 38] = [
    "False", "None", "True", "and", "as", "assert", "async", "await", "break", "class", "continue",
    "def", "del", "elif", "else", "except", "finally", "for", "from", "global", "if", "import",
    "in", "is", "lambda", "nonlocal", "not", "or", "pass", "raise", "return", "try", "while",
    "with", "yield", "_", "case", "match",
];

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LiteralKind {
    List,
    Tuple,
    Dict,
    Set,
    Str,
    Bytes,
}

/// The target at the end of `before` (the line up to the cursor), with the byte offset
/// where the completed word starts.
pub fn target_at(before: &str) -> (usize, Target<'_>) {
    let start = identifier_tail_start(before);
    let prefix = &before[start..];
    if prefix.chars().next().is_some_and(|c| c.is_ascii_digit()) {
        return (start, Target::Nothing);
    }
    let rest = &before[..start];
    let Some(base_text) = rest.strip_suffix('.') else {
        if prefix.is_empty() {
            let last = rest.trim_end().chars().last();
            // Tab after an operator or at the start of a line indents, as readline does
            // in CPython; after a closing bracket or quote there is nothing to insert.
            return match last {
                None => (start, Target::Indent),
                Some(c) if is_xid_continue(c) || ")]}'\"".contains(c) => (start, Target::Nothing),
                Some(_) => (start, Target::Indent),
            };
        }
        return (start, Target::Name(prefix));
    };
    let base = match base_text.chars().last() {
        Some(c) if is_xid_continue(c) => dotted_path(base_text).map(Base::Path),
        Some(']' | ')' | '}') => bracket_literal(base_text).map(Base::Literal),
        Some('\'' | '"') => string_literal(base_text).map(Base::Literal),
        _ => None,
    };
    match base {
        Some(base) => (start, Target::Attribute { base, prefix }),
        None => (start, Target::Nothing),
    }
}

/// Start of the run of identifier characters that ends `text`.
fn identifier_tail_start(text: &str) -> usize {
    let mut start = text.len();
    for (i, c) in text.char_indices().rev() {
        if is_xid_continue(c) {
            start = i;
        } else {
            break;
        }
    }
    start
}

/// `a.b.c` at the end of `text`, when it is a plain chain of names.
fn dotted_path(text: &str) -> Option<Vec<&str>> {
    let mut parts = Vec::new();
    let mut rest = text;
    loop {
        let start = identifier_tail_start(rest);
        let name = &rest[start..];
        if !name.chars().next().is_some_and(is_xid_start) {
            return None;
        }
        parts.push(name);
        rest = &rest[..start];
        match rest.strip_suffix('.') {
            Some(r) => rest = r,
            None => break,
        }
    }
    // `f().a` or `x[0].a`: the chain hangs off something that would have to run.
    if rest
        .chars()
        .last()
        .is_some_and(|c| ")]}'\"".contains(c) || is_xid_continue(c))
    {
        return None;
    }
    parts.reverse();
    Some(parts)
}

/// The kind of a bracketed literal that ends `text` (`[...]`, `(...)` with a comma or
/// empty, `{...}`); `None` for a call, a subscript or a parenthesised expression.
fn bracket_literal(text: &str) -> Option<LiteralKind> {
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    let mut depth = 0usize;
    let mut open_at = None;
    let mut i = chars.len();
    while i > 0 {
        i -= 1;
        let (_, c) = chars[i];
        match c {
            ')' | ']' | '}' => depth += 1,
            '(' | '[' | '{' => {
                depth = depth.checked_sub(1)?;
                if depth == 0 {
                    open_at = Some(i);
                    break;
                }
            }
            '\'' | '"' => {
                // Skip back over a string inside the literal.
                let quote = c;
                loop {
                    i = i.checked_sub(1)?;
                    if chars[i].1 == quote && (i == 0 || chars[i - 1].1 != '\\') {
                        break;
                    }
                }
            }
            _ => {}
        }
    }
    let open = open_at?;
    let opener = chars[open].1;
    let before = text[..chars[open].0].trim_end();
    let word = &before[identifier_tail_start(before)..];
    let after_value = before
        .chars()
        .last()
        .is_some_and(|c| is_xid_continue(c) || ")]}'\"".contains(c));
    if after_value && !KEYWORDS.contains(&word) {
        // `f(...)`, `a[...]`: a call or a subscript, not a literal.
        return None;
    }
    let inner = &text[chars[open].0 + opener.len_utf8()..text.len() - 1];
    let top = top_level_chars(inner);
    match opener {
        '[' => Some(LiteralKind::List),
        '(' if inner.trim().is_empty() || top.contains(&',') => Some(LiteralKind::Tuple),
        '(' => None,
        _ if inner.trim().is_empty() || top.contains(&':') || inner.trim().starts_with("**") => {
            Some(LiteralKind::Dict)
        }
        _ => Some(LiteralKind::Set),
    }
}

/// The characters of `text` outside nested brackets and strings.
fn top_level_chars(text: &str) -> Vec<char> {
    let mut out = Vec::new();
    let mut depth = 0usize;
    let mut quote: Option<char> = None;
    let mut escaped = false;
    for c in text.chars() {
        if let Some(q) = quote {
            if escaped {
                escaped = false;
            } else if c == '\\' {
                escaped = true;
            } else if c == q {
                quote = None;
            }
            continue;
        }
        match c {
            '\'' | '"' => quote = Some(c),
            '(' | '[' | '{' => depth += 1,
            ')' | ']' | '}' => depth = depth.saturating_sub(1),
            _ if depth == 0 => out.push(c),
            _ => {}
        }
    }
    out
}

/// `str` or `bytes` for a string literal that ends `text`.
fn string_literal(text: &str) -> Option<LiteralKind> {
    let quote = text.chars().last()?;
    let triple: String = std::iter::repeat_n(quote, 3).collect();
    let open = if text.len() >= 6 && text.ends_with(&triple) {
        text[..text.len() - 3].rfind(&triple)?
    } else {
        // The nearest unescaped quote before the closing one opens the literal.
        let body = &text[..text.len() - quote.len_utf8()];
        body.char_indices().rev().find_map(|(i, c)| {
            let escaped = body[..i].ends_with('\\') && !body[..i].ends_with("\\\\");
            (c == quote && !escaped).then_some(i)
        })?
    };
    // The prefix letters (b, r, f, u) sit just before the opening quote.
    let head = &text[..open];
    let prefix_start = head
        .char_indices()
        .rev()
        .take_while(|(_, c)| "bBrRfFuU".contains(*c))
        .last()
        .map_or(head.len(), |(i, _)| i);
    if head[..prefix_start]
        .chars()
        .last()
        .is_some_and(is_xid_continue)
    {
        return None;
    }
    if head[prefix_start..].contains(['b', 'B']) {
        Some(LiteralKind::Bytes)
    } else {
        Some(LiteralKind::Str)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn path<'a>(parts: &[&'a str], prefix: &'a str) -> Target<'a> {
        Target::Attribute {
            base: Base::Path(parts.to_vec()),
            prefix,
        }
    }

    fn literal(kind: LiteralKind, prefix: &str) -> Target<'_> {
        Target::Attribute {
            base: Base::Literal(kind),
            prefix,
        }
    }

    #[test]
    fn names() {
        assert_eq!(target_at("pri"), (0, Target::Name("pri")));
        assert_eq!(target_at("x = le"), (4, Target::Name("le")));
        assert_eq!(target_at("f(a, b"), (5, Target::Name("b")));
        assert_eq!(target_at("été"), (0, Target::Name("été")));
    }

    #[test]
    fn indentation_and_nothing() {
        assert_eq!(target_at(""), (0, Target::Indent));
        assert_eq!(target_at("    "), (4, Target::Indent));
        assert_eq!(target_at("f("), (2, Target::Indent));
        assert_eq!(target_at("12"), (0, Target::Nothing));
        assert_eq!(target_at("f()"), (3, Target::Nothing));
        assert_eq!(target_at("1.5.re"), (4, Target::Nothing));
    }

    #[test]
    fn dotted_names() {
        assert_eq!(target_at("math.sq"), (5, path(&["math"], "sq")));
        assert_eq!(
            target_at("x = os.path.jo"),
            (12, path(&["os", "path"], "jo"))
        );
        assert_eq!(target_at("math."), (5, path(&["math"], "")));
        assert_eq!(target_at("f().x"), (4, Target::Nothing));
        assert_eq!(target_at("a[0].x"), (5, Target::Nothing));
    }

    #[test]
    fn literals() {
        assert_eq!(target_at("[].ap"), (3, literal(LiteralKind::List, "ap")));
        assert_eq!(
            target_at("[1, [2]].ap"),
            (9, literal(LiteralKind::List, "ap"))
        );
        assert_eq!(target_at("().co"), (3, literal(LiteralKind::Tuple, "co")));
        assert_eq!(
            target_at("(1, 2).co"),
            (7, literal(LiteralKind::Tuple, "co"))
        );
        assert_eq!(target_at("(1).co"), (4, Target::Nothing));
        assert_eq!(target_at("{}.ke"), (3, literal(LiteralKind::Dict, "ke")));
        assert_eq!(
            target_at("{1: 2}.ke"),
            (7, literal(LiteralKind::Dict, "ke"))
        );
        assert_eq!(target_at("{1, 2}.un"), (7, literal(LiteralKind::Set, "un")));
        assert_eq!(target_at("''.up"), (3, literal(LiteralKind::Str, "up")));
        assert_eq!(
            target_at("\"a.b\".sp"),
            (6, literal(LiteralKind::Str, "sp"))
        );
        assert_eq!(target_at("b'x'.de"), (5, literal(LiteralKind::Bytes, "de")));
        assert_eq!(
            target_at("'''x'''.up"),
            (8, literal(LiteralKind::Str, "up"))
        );
        assert_eq!(target_at("f(1).x"), (5, Target::Nothing));
        assert_eq!(target_at("d[1].x"), (5, Target::Nothing));
        assert_eq!(
            target_at("x = [1].po"),
            (8, literal(LiteralKind::List, "po"))
        );
        assert_eq!(
            target_at("return [].ap"),
            (10, literal(LiteralKind::List, "ap"))
        );
    }
}
