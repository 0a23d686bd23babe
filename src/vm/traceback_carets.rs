//! The position line CPython 3.11's interpreter prints under a traceback entry's source
//! line (`~~~~~^~~~`): `^` under the expression the failing instruction evaluated, and
//! for a binary operation or a subscript `~` under the operands and `^` under the
//! operator or the `[...]` part. The frozen `traceback` module draws its own (CPython's
//! `traceback.py` rules differ in small ways); this is the uncaught-exception printer's.
//! Also the source line and carets of a SyntaxError, which CPython's printer draws by
//! rules of their own.

use crate::syntax::ast::Loc;
use crate::syntax::{SegmentShape, segment_shape};
use crate::text::unicode_props::display_width;

/// The whitespace CPython's printer strips from the front of a source line (and counts
/// as blank around an operator).
fn is_blank(c: char) -> bool {
    matches!(c, ' ' | '\t' | '\x0c')
}

/// `line` without its indentation, as the interpreter prints it (trailing blanks stay).
pub(crate) fn shown_line(line: &str) -> &str {
    line.trim_start_matches(is_blank)
}

/// The character offset of byte offset `byte` in `s` (a column in CPython's positions
/// counts UTF-8 bytes; an offset past the end or inside a character is clamped the way
/// decoding a cut UTF-8 prefix with replacement would count it).
fn char_offset(s: &str, byte: usize) -> usize {
    let bytes = &s.as_bytes()[..byte.min(s.len())];
    String::from_utf8_lossy(bytes).chars().count()
}

/// Where the `^` part starts and ends within `segment`, in characters.
fn anchors(segment: &str) -> Option<(usize, usize)> {
    let bytes = segment.as_bytes();
    let blank = |i: usize| bytes.get(i).is_some_and(|&b| is_blank(b as char));
    let (left, right) = match segment_shape(segment)? {
        SegmentShape::BinOp {
            left_end,
            right_start,
        } => {
            // The operator is the first non-blank text after the left operand, past any
            // closing parentheses of a parenthesised left operand.
            let mut found = None;
            let mut i = left_end;
            while i < right_start {
                if blank(i) {
                    i += 1;
                    continue;
                }
                let two_chars = i + 1 < right_start && !blank(i + 1);
                found = Some((i, i + 1 + usize::from(two_chars)));
                if bytes.get(i) == Some(&b')') && i + 1 < right_start {
                    i += 1;
                    continue;
                }
                break;
            }
            found?
        }
        SegmentShape::Subscript {
            value_end,
            slice_end,
        } => {
            let mut left = value_end;
            while left < bytes.len() && bytes[left] != b'[' {
                left += 1;
            }
            let mut right = slice_end + 1;
            while right < bytes.len() && bytes[right] != b']' {
                right += 1;
            }
            if right < bytes.len() {
                right += 1;
            }
            (left, right)
        }
    };
    Some((char_offset(segment, left), char_offset(segment, right)))
}

/// The marker line (without its newline) for an instruction at `pos` whose first source
/// line is `line`, or None when CPython prints none: no position, or the expression
/// covers the whole shown line and has no operator part.
pub(crate) fn caret_line(line: &str, pos: Loc) -> Option<String> {
    if pos.line == 0 || pos.end_line < pos.line {
        return None;
    }
    let start = char_offset(line, pos.col as usize);
    let mut end = char_offset(line, pos.end_col as usize);
    let mut marked = None;
    if pos.line == pos.end_line {
        let segment: String = line
            .chars()
            .skip(start)
            .take(end.saturating_sub(start))
            .collect();
        marked = anchors(&segment).map(|(l, r)| (start + l, start + r));
    } else {
        // The expression goes on past this line: mark up to its last non-blank character.
        end = line.trim_end_matches(is_blank).chars().count();
    }
    let total = line.chars().count();
    let indent = total - shown_line(line).chars().count();
    if end <= start || (end - start == total - indent && marked.is_none()) {
        return None;
    }
    let mut out = String::from("    ");
    for (i, c) in line.chars().enumerate().take(end).skip(indent) {
        let mark = if i < start {
            ' '
        } else {
            match marked {
                Some((l, r)) if i < l || i >= r => '~',
                _ => '^',
            }
        };
        for _ in 0..display_width(c) {
            out.push(mark);
        }
    }
    Some(out)
}

/// Where a SyntaxError points: CPython's 1-based character `offset` / `end_offset` on
/// `line` / `end_line` (an end of 0 or before the start means none).
#[derive(Clone, Copy, Debug)]
pub struct SyntaxErrorSpan {
    pub line: i64,
    pub offset: i64,
    pub end_line: i64,
    pub end_offset: i64,
    /// IndentationError and TabError: CPython's printer marks one character.
    pub one_caret: bool,
}

/// The source line of a SyntaxError (`text`, as its `text` attribute holds it: with its
/// line break) without indentation and its caret line, each with a newline, as
/// CPython's printer writes them; empty for a line of blanks alone.
pub fn syntax_error_text(text: &str, span: SyntaxErrorSpan) -> String {
    let rtext = text.trim_end_matches(['\n', '\r']);
    let ltext = rtext.trim_start_matches([' ', '\x0c', '\t']);
    let spaces = (rtext.chars().count() - ltext.chars().count()) as i64;
    // An error on an empty line (a REPL entry ended too soon) still shows the line and a
    // caret, as CPython does; a line of spaces alone gets neither.
    if ltext.is_empty() && !rtext.is_empty() {
        return String::new();
    }
    let mut out = format!("    {ltext}\n");
    let offset = span.offset;
    // A range that goes on to later lines is marked to the end of this one (its line
    // break included, when the text has one).
    let line_size = text.chars().count() as i64;
    let mut end_offset = if span.one_caret {
        offset
    } else if span.end_line > span.line {
        line_size
    } else if span.end_line == span.line && span.end_offset > 0 {
        span.end_offset.min(line_size + 1)
    } else {
        offset
    };
    if end_offset <= offset {
        end_offset = offset + 1;
    }
    let colno = offset - 1 - spaces;
    let end_colno = end_offset - 1 - spaces;
    if colno >= 0 {
        let caret_space: String = ltext
            .chars()
            .take(colno as usize)
            .map(|c| if c.is_whitespace() { c } else { ' ' })
            .collect();
        let n = (end_colno - colno).max(1) as usize;
        out.push_str("    ");
        out.push_str(&caret_space);
        out.push_str(&"^".repeat(n));
        out.push('\n');
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(line: u32, col: u32, end_line: u32, end_col: u32) -> Loc {
        Loc {
            line,
            col,
            end_line,
            end_col,
        }
    }

    #[test]
    fn binary_operator() {
        let line = "print(x[1] + x[0] / 0)";
        assert_eq!(
            caret_line(line, at(1, 13, 1, 21)).as_deref(),
            Some("                 ~~~~~^~~")
        );
    }

    #[test]
    fn parenthesised_operand_and_non_ascii() {
        let line = "    x = (\"é\" + 1)";
        assert_eq!(
            caret_line(line, at(1, 9, 1, 17)).as_deref(),
            Some("         ~~~~^~~")
        );
        assert_eq!(
            caret_line("z=(x)  +  1", at(1, 2, 1, 11)).as_deref(),
            Some("      ~~~~~^~~~")
        );
    }

    #[test]
    fn subscript_and_wide_characters() {
        let line = "z = {}; \"日本\"[5]";
        assert_eq!(
            caret_line(line, at(1, 8, 1, 19)).as_deref(),
            Some("            ~~~~~~^^^")
        );
    }

    #[test]
    fn whole_line_and_multi_line() {
        assert_eq!(caret_line("    f()", at(1, 4, 1, 7)), None);
        assert_eq!(
            caret_line("f()   ", at(1, 0, 1, 3)).as_deref(),
            Some("    ^^^")
        );
        assert_eq!(caret_line("f(1,", at(1, 0, 2, 4)), None);
        assert_eq!(
            caret_line("y = (1 +", at(1, 4, 2, 6)).as_deref(),
            Some("        ^^^^")
        );
        assert_eq!(
            caret_line("x / 0", at(1, 0, 1, 5)).as_deref(),
            Some("    ~~^~~")
        );
    }
}
