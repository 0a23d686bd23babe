//! Byte offsets to line/column positions, in the two column conventions CPython uses:
//! AST nodes carry 0-based UTF-8 byte columns, syntax errors carry 1-based character
//! offsets.

use super::ast::Loc;

pub struct SourceMap<'s> {
    text: &'s str,
    /// Byte offset at which each line starts; `line_starts[0] == 0`.
    line_starts: Vec<usize>,
}

impl<'s> SourceMap<'s> {
    pub fn new(text: &'s str) -> Self {
        let mut line_starts = vec![0];
        for (i, b) in text.bytes().enumerate() {
            if b == b'\n' {
                line_starts.push(i + 1);
            }
        }
        SourceMap { text, line_starts }
    }

    pub fn text(&self) -> &'s str {
        self.text
    }

    /// 0-based index of the line containing `offset`.
    fn line_index(&self, offset: usize) -> usize {
        match self.line_starts.binary_search(&offset) {
            Ok(i) => i,
            Err(i) => i.saturating_sub(1),
        }
    }

    /// 1-based line number of `offset`.
    pub fn line(&self, offset: usize) -> u32 {
        clamp_u32(self.line_index(offset) + 1)
    }

    /// Byte offset at which the 1-based `line` starts (clamped to the text).
    pub fn line_start(&self, line: u32) -> usize {
        let idx = (line as usize).saturating_sub(1);
        self.line_starts
            .get(idx)
            .copied()
            .unwrap_or(self.text.len())
    }

    /// Text of the 1-based `line`, without its newline.
    pub fn line_text(&self, line: u32) -> &'s str {
        let start = self.line_start(line);
        let end = self
            .line_starts
            .get(line as usize)
            .map(|e| e - 1)
            .unwrap_or(self.text.len());
        self.text.get(start..end.max(start)).unwrap_or("")
    }

    /// (1-based line, 0-based byte column) of `offset`.
    pub fn line_col(&self, offset: usize) -> (u32, u32) {
        let idx = self.line_index(offset);
        let start = self.line_starts[idx];
        (clamp_u32(idx + 1), clamp_u32(offset.saturating_sub(start)))
    }

    /// Number of characters between the start of the line containing `offset` and
    /// `offset` (the tokenizer's idea of a column in error messages).
    pub fn char_col(&self, offset: usize) -> u32 {
        let idx = self.line_index(offset);
        let start = self.line_starts[idx];
        let end = offset.min(self.text.len());
        clamp_u32(
            self.text
                .get(start..end)
                .map(|s| s.chars().count())
                .unwrap_or(end.saturating_sub(start)),
        )
    }

    /// AST location of the byte span `start..end`.
    pub fn loc(&self, start: usize, end: usize) -> Loc {
        let (line, col) = self.line_col(start);
        let (end_line, end_col) = self.line_col(end);
        Loc {
            line,
            col,
            end_line,
            end_col,
        }
    }

    /// Number of lines as CPython's tokenizer counts them at end of input: a final newline
    /// does not start a new line.
    pub fn last_line(&self) -> u32 {
        let n = self.line_starts.len();
        if self.text.ends_with('\n') {
            clamp_u32(n.saturating_sub(1).max(1))
        } else {
            clamp_u32(n)
        }
    }
}

pub fn clamp_u32(n: usize) -> u32 {
    u32::try_from(n).unwrap_or(u32::MAX)
}
