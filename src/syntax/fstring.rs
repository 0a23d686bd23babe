//! Adjacent string literals and f-strings (Python 3.11 rules).
//!
//! In 3.11 an f-string is lexed as an ordinary string token; its replacement fields are
//! found afterwards by scanning the token text, and each field's expression is parsed
//! from the source text it occupies (so AST positions come out right without
//! adjustment). This module follows CPython's `string_parser.c` closely, including which
//! errors are reported where: most are reported at the token following the strings,
//! errors inside a field's expression at positions within that field.
//!
//! Recursion is bounded: format specs nest at most two levels (deeper is an error, as
//! in CPython), and a field's expression cannot contain the quote of the string around
//! it, so nested f-strings run out of quote kinds after four levels.

use super::ast::{Constant, Expr, ExprKind, Loc};
use super::builder::{Builder, PResult};
use super::error::{SyntaxError, SyntaxErrorKind};
use super::strings::{EscapeError, decode_bytes, decode_str, split_literal};
use lalrpop_util::ParseError;

/// CPython's MAXLEVEL for brackets inside a replacement field.
const MAX_FIELD_BRACKETS: usize = 200;

/// Where "generic" string errors are reported: CPython raises them at the token after
/// the last string of the concatenation.
fn next_token_offset(text: &str, end: usize) -> usize {
    let bytes = text.as_bytes();
    let mut i = end;
    loop {
        while i < bytes.len() && matches!(bytes[i], b' ' | b'\t' | b'\x0c') {
            i += 1;
        }
        if bytes.get(i) == Some(&b'\\') && bytes.get(i + 1) == Some(&b'\n') {
            i += 2;
            continue;
        }
        return i;
    }
}

struct Ctx<'b, 's, 'a> {
    b: &'b Builder<'s, 'a>,
    /// Location of the whole concatenation.
    whole: Loc,
    /// Location of the string token being processed.
    token: Loc,
    /// Offset at which generic errors are reported.
    error_at: usize,
}

impl<'s, 'a> Ctx<'_, 's, 'a> {
    fn error(&self, msg: &str) -> ParseError<usize, super::tokens::Tok<'s>, SyntaxError> {
        let line = self.b.map.line(self.error_at);
        let col = self.b.map.char_col(self.error_at) + 1;
        ParseError::User {
            error: SyntaxError {
                kind: SyntaxErrorKind::SyntaxError,
                msg: msg.to_string(),
                line,
                col,
                end_line: line,
                end_col: super::error::end_column(col),
                incomplete: false,
            },
        }
    }

    fn escape_error(
        &self,
        e: EscapeError,
    ) -> ParseError<usize, super::tokens::Tok<'s>, SyntaxError> {
        self.error(&e.msg)
    }

    /// A str constant from generalised UTF-8 text (lone surrogates kept apart).
    fn str_node(&self, text: &[u8], loc: Loc) -> Expr<'a> {
        let c = match std::str::from_utf8(text) {
            Ok(s) => Constant::Str(self.b.arena.alloc_str(s)),
            Err(_) => Constant::StrWtf8(self.b.arena.alloc_slice_copy(text)),
        };
        Expr {
            loc,
            kind: ExprKind::Constant(c),
        }
    }
}

/// Accumulates the parts of a JoinedStr, merging adjacent literal text.
#[derive(Default)]
struct State<'a> {
    last_str: Option<Vec<u8>>,
    values: Vec<Expr<'a>>,
    fmode: bool,
}

impl<'a> State<'a> {
    fn concat(&mut self, s: &[u8]) {
        if !s.is_empty() {
            self.last_str
                .get_or_insert_with(Vec::new)
                .extend_from_slice(s);
        }
    }

    fn flush(&mut self, ctx: &Ctx<'_, '_, 'a>, loc: Loc) {
        if let Some(s) = self.last_str.take() {
            self.values.push(ctx.str_node(&s, loc));
        }
    }

    fn finish(mut self, ctx: &Ctx<'_, '_, 'a>, loc: Loc) -> Expr<'a> {
        if !self.fmode {
            let s = self.last_str.take().unwrap_or_default();
            return ctx.str_node(&s, loc);
        }
        self.flush(ctx, loc);
        Expr {
            loc,
            kind: ExprKind::JoinedStr(ctx.b.exprs(self.values)),
        }
    }
}

/// Builds the expression for adjacent string literal tokens `parts` spanning `l..r`.
pub fn concatenate<'s, 'a>(
    b: &Builder<'s, 'a>,
    parts: &[(usize, &'s str, usize)],
    l: usize,
    r: usize,
) -> PResult<'s, Expr<'a>> {
    let whole = b.loc(l, r);
    let mut ctx = Ctx {
        b,
        whole,
        token: whole,
        error_at: next_token_offset(b.map.text(), r),
    };
    let mut bytesmode = false;
    let mut bytes: Vec<u8> = Vec::new();
    let mut state = State::default();
    for (i, &(start, text, end)) in parts.iter().enumerate() {
        let lit = split_literal(text);
        ctx.token = b.loc(start, end);
        if lit.bytes && !lit.body.is_ascii() {
            return Err(ParseError::User {
                error: b.syntax_error(
                    "bytes can only contain ASCII literal characters",
                    start,
                    end,
                ),
            });
        }
        // Decode first: a bad escape in this token is reported before mixing errors.
        let decoded_bytes = if lit.bytes && !lit.raw {
            Some(decode_bytes(lit.body).map_err(|e| ctx.escape_error(e))?)
        } else {
            None
        };
        let decoded_str = if !lit.bytes && !lit.fstring && !lit.raw {
            Some(decode_str(lit.body).map_err(|e| ctx.escape_error(e))?)
        } else {
            None
        };
        if i != 0 && bytesmode != lit.bytes {
            return Err(ctx.error("cannot mix bytes and nonbytes literals"));
        }
        bytesmode = lit.bytes;
        if lit.bytes {
            match decoded_bytes {
                Some(d) => bytes.extend_from_slice(&d),
                None => bytes.extend_from_slice(lit.body.as_bytes()),
            }
        } else if lit.fstring {
            state.fmode = true;
            let base = start + lit.body_offset;
            let mut pos = 0;
            parse_fstring(&ctx, &mut state, lit.body, base, &mut pos, lit.raw, 0)?;
        } else {
            match decoded_str {
                Some(d) => state.concat(&d),
                None => state.concat(lit.body.as_bytes()),
            }
        }
    }
    if bytesmode {
        return Ok(Expr {
            loc: whole,
            kind: ExprKind::Constant(Constant::Bytes(b.arena.alloc_slice_copy(&bytes))),
        });
    }
    Ok(state.finish(&ctx, whole))
}

/// CPython's `_PyPegen_FstringParser_ConcatFstring`: literal text and replacement fields
/// of one f-string body (or of a format spec when `level > 0`, which ends at `}`).
fn parse_fstring<'s, 'a>(
    ctx: &Ctx<'_, 's, 'a>,
    state: &mut State<'a>,
    body: &str,
    base: usize,
    pos: &mut usize,
    raw: bool,
    level: usize,
) -> PResult<'s, ()> {
    let end = body.len();
    loop {
        let (literal, doubled) = find_literal(ctx, body, pos, raw, level)?;
        if !literal.is_empty() {
            if raw {
                state.concat(literal.as_bytes());
            } else {
                let decoded = decode_str(literal).map_err(|e| ctx.escape_error(e))?;
                state.concat(&decoded);
            }
        }
        if doubled {
            continue;
        }
        if *pos >= end || body.as_bytes()[*pos] == b'}' {
            break;
        }
        let (expr_text, value) = find_expr(ctx, body, base, pos, raw, level)?;
        if let Some(t) = expr_text {
            state.concat(t.as_bytes());
        }
        state.flush(ctx, ctx.whole);
        state.values.push(value);
    }
    if level == 0 && *pos < end {
        return Err(ctx.error("f-string: unexpected end of string"));
    }
    if level != 0 && body.as_bytes().get(*pos) != Some(&b'}') {
        return Err(ctx.error("f-string: expecting '}'"));
    }
    Ok(())
}

/// Scans literal text up to the next replacement field. Returns the text and whether it
/// ended at a doubled brace (in which case the text includes one brace and scanning
/// should simply continue).
fn find_literal<'t, 's>(
    ctx: &Ctx<'_, 's, '_>,
    body: &'t str,
    pos: &mut usize,
    raw: bool,
    level: usize,
) -> PResult<'s, (&'t str, bool)> {
    let bytes = body.as_bytes();
    let end = bytes.len();
    let start = *pos;
    let mut s = start;
    while s < end {
        let mut ch = bytes[s];
        s += 1;
        if !raw && ch == b'\\' && s < end {
            ch = bytes[s];
            s += 1;
            if ch == b'N' {
                // Skip `\N{NAME}` so that its brace is not taken for a field.
                if s < end {
                    let opened = bytes[s] == b'{';
                    s += 1;
                    if opened {
                        while s < end {
                            let c = bytes[s];
                            s += 1;
                            if c == b'}' {
                                break;
                            }
                        }
                    }
                }
                continue;
            }
        }
        if ch == b'{' || ch == b'}' {
            if level == 0 {
                if s < end && bytes[s] == ch {
                    *pos = s + 1;
                    return Ok((slice(body, start, s), true));
                }
                if ch == b'}' {
                    *pos = s - 1;
                    return Err(ctx.error("f-string: single '}' is not allowed"));
                }
            }
            s -= 1;
            break;
        }
    }
    *pos = s;
    Ok((slice(body, start, s), false))
}

/// A sub-slice that never panics: offsets off a character boundary yield "".
fn slice(body: &str, start: usize, end: usize) -> &str {
    body.get(start..end.min(body.len())).unwrap_or("")
}

/// CPython's `fstring_find_expr`: one replacement field starting at the `{` at `*pos`.
/// Returns the `expr=` text (for self-documenting fields) and the FormattedValue.
fn find_expr<'t, 's, 'a>(
    ctx: &Ctx<'_, 's, 'a>,
    body: &'t str,
    base: usize,
    pos: &mut usize,
    raw: bool,
    level: usize,
) -> PResult<'s, (Option<&'t str>, Expr<'a>)> {
    if level >= 2 {
        return Err(ctx.error("f-string: expressions nested too deeply"));
    }
    let bytes = body.as_bytes();
    let end = bytes.len();
    let brace = *pos;
    *pos += 1;
    let expr_start = *pos;
    let mut quote_char = 0u8;
    let mut triple = false;
    let mut brackets: Vec<u8> = Vec::new();
    while *pos < end {
        let ch = bytes[*pos];
        if ch == b'\\' {
            return Err(ctx.error("f-string expression part cannot include a backslash"));
        }
        if quote_char != 0 {
            if ch == quote_char {
                if triple {
                    if *pos + 2 < end && bytes[*pos + 1] == ch && bytes[*pos + 2] == ch {
                        *pos += 3;
                        quote_char = 0;
                        triple = false;
                        continue;
                    }
                } else {
                    quote_char = 0;
                }
            }
            *pos += 1;
            continue;
        }
        match ch {
            b'\'' | b'"' => {
                if *pos + 2 < end && bytes[*pos + 1] == ch && bytes[*pos + 2] == ch {
                    triple = true;
                    *pos += 2;
                }
                quote_char = ch;
            }
            b'[' | b'{' | b'(' => {
                if brackets.len() >= MAX_FIELD_BRACKETS {
                    return Err(ctx.error("f-string: too many nested parenthesis"));
                }
                brackets.push(ch);
            }
            b'#' => {
                return Err(ctx.error("f-string expression part cannot include '#'"));
            }
            b'!' | b':' | b'}' | b'=' | b'>' | b'<' if brackets.is_empty() => {
                if let Some(&next) = bytes.get(*pos + 1)
                    && next == b'='
                    && matches!(ch, b'!' | b'=' | b'<' | b'>')
                {
                    *pos += 2;
                    continue;
                }
                if ch == b'>' || ch == b'<' {
                    *pos += 1;
                    continue;
                }
                break;
            }
            b']' | b'}' | b')' => {
                let Some(open) = brackets.pop() else {
                    return Err(ctx.error(&format!("f-string: unmatched '{}'", ch as char)));
                };
                let matching = matches!((open, ch), (b'(', b')') | (b'[', b']') | (b'{', b'}'));
                if !matching {
                    return Err(ctx.error(&format!(
                        "f-string: closing parenthesis '{}' does not match opening parenthesis '{}'",
                        ch as char, open as char
                    )));
                }
            }
            _ => {}
        }
        *pos += 1;
    }
    let expr_end = *pos;
    if quote_char != 0 {
        return Err(ctx.error("f-string: unterminated string"));
    }
    if let Some(&open) = brackets.last() {
        return Err(ctx.error(&format!("f-string: unmatched '{}'", open as char)));
    }
    if *pos >= end {
        return Err(ctx.error("f-string: expecting '}'"));
    }
    let value = compile_field_expr(ctx, body, base, brace, expr_start, expr_end)?;

    let mut expr_text = None;
    if bytes[*pos] == b'=' {
        *pos += 1;
        while *pos < end && bytes[*pos].is_ascii_whitespace() {
            *pos += 1;
        }
        if *pos >= end {
            return Err(ctx.error("f-string: expecting '}'"));
        }
        expr_text = Some(slice(body, expr_start, *pos));
    }
    let mut conversion = None;
    if bytes[*pos] == b'!' {
        *pos += 1;
        if *pos >= end {
            return Err(ctx.error("f-string: expecting '}'"));
        }
        let c = bytes[*pos];
        *pos += 1;
        if !matches!(c, b's' | b'r' | b'a') {
            return Err(
                ctx.error("f-string: invalid conversion character: expected 's', 'r', or 'a'")
            );
        }
        conversion = Some(c as char);
    }
    let mut format_spec = None;
    if *pos >= end {
        return Err(ctx.error("f-string: expecting '}'"));
    }
    if bytes[*pos] == b':' {
        *pos += 1;
        if *pos >= end {
            return Err(ctx.error("f-string: expecting '}'"));
        }
        let mut spec = State {
            fmode: true,
            ..State::default()
        };
        parse_fstring(ctx, &mut spec, body, base, pos, raw, level + 1)?;
        format_spec = Some(spec.finish(ctx, ctx.token));
    }
    if *pos >= end || bytes[*pos] != b'}' {
        return Err(ctx.error("f-string: expecting '}'"));
    }
    *pos += 1;
    if expr_text.is_some() && format_spec.is_none() && conversion.is_none() {
        conversion = Some('r');
    }
    let value = Expr {
        loc: ctx.whole,
        kind: ExprKind::FormattedValue {
            value: ctx.b.alloc(value),
            conversion,
            format_spec: format_spec.map(|s| ctx.b.alloc(s)),
        },
    };
    Ok((expr_text, value))
}

/// Parses the expression of a replacement field (`body[start..end]`, after the `{` at
/// `brace`).
fn compile_field_expr<'s, 'a>(
    ctx: &Ctx<'_, 's, 'a>,
    body: &str,
    base: usize,
    brace: usize,
    start: usize,
    end: usize,
) -> PResult<'s, Expr<'a>> {
    let text = slice(body, start, end);
    if text
        .bytes()
        .all(|c| matches!(c, b' ' | b'\t' | b'\n' | b'\x0c'))
    {
        let delim = body.as_bytes().get(end).copied().unwrap_or(b'}');
        if matches!(delim, b'!' | b':' | b'=') {
            return Err(ctx.error(&format!(
                "f-string: expression required before '{}'",
                delim as char
            )));
        }
        return Err(ctx.error("f-string: empty expression not allowed"));
    }
    super::parser::parse_field_expression(ctx.b, base + brace, base + start, base + end)
}
