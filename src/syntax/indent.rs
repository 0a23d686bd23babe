//! The indentation stack: turns the indentation of each logical line into INDENT/DEDENT
//! decisions, with CPython's tab rules.
//!
//! CPython measures every indentation twice: with tab stops of 8 (`col`) and with tab
//! stops of 1 (`altcol`). If the two measures disagree about whether a line is indented
//! more, less or the same as the enclosing block, the meaning depends on the tab size and
//! the line is rejected with TabError.

/// Maximum depth of indentation (CPython's MAXINDENT): deeper input is rejected with
/// "too many levels of indentation", which also bounds block nesting for later passes.
pub const MAX_INDENT: usize = 100;

const TAB_SIZE: u32 = 8;

/// The measured indentation of one line.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Indentation {
    pub col: u32,
    pub altcol: u32,
}

/// What the start of a logical line does to the block structure.
#[derive(Debug, PartialEq, Eq)]
pub enum Change {
    Same,
    Indent,
    Dedent(usize),
}

#[derive(Debug, PartialEq, Eq)]
pub enum IndentError {
    /// TabError: "inconsistent use of tabs and spaces in indentation".
    Inconsistent,
    /// "unindent does not match any outer indentation level".
    NoMatchingLevel,
    /// "too many levels of indentation".
    TooDeep,
}

/// Measures leading whitespace the way CPython's tokenizer does. Stops at the first
/// character that is not a space, tab or form feed; returns the measure and the byte
/// length consumed.
pub fn measure(line: &str) -> (Indentation, usize) {
    let mut col = 0u32;
    let mut altcol = 0u32;
    let mut len = 0;
    for b in line.bytes() {
        match b {
            b' ' => {
                col = col.saturating_add(1);
                altcol = altcol.saturating_add(1);
            }
            b'\t' => {
                col = (col / TAB_SIZE + 1).saturating_mul(TAB_SIZE);
                altcol = altcol.saturating_add(1);
            }
            // Form feed resets the column (for Emacs users, says CPython).
            b'\x0c' => {
                col = 0;
                altcol = 0;
            }
            _ => break,
        }
        len += 1;
    }
    (Indentation { col, altcol }, len)
}

pub struct IndentStack {
    levels: Vec<Indentation>,
}

impl Default for IndentStack {
    fn default() -> Self {
        IndentStack {
            levels: vec![Indentation { col: 0, altcol: 0 }],
        }
    }
}

impl IndentStack {
    fn top(&self) -> Indentation {
        self.levels
            .last()
            .copied()
            .unwrap_or(Indentation { col: 0, altcol: 0 })
    }

    /// Number of open blocks.
    pub fn depth(&self) -> usize {
        self.levels.len() - 1
    }

    /// Applies the indentation of a new logical line.
    pub fn apply(&mut self, ind: Indentation) -> Result<Change, IndentError> {
        let top = self.top();
        if ind.col == top.col {
            if ind.altcol != top.altcol {
                return Err(IndentError::Inconsistent);
            }
            Ok(Change::Same)
        } else if ind.col > top.col {
            if self.levels.len() >= MAX_INDENT {
                return Err(IndentError::TooDeep);
            }
            if ind.altcol <= top.altcol {
                return Err(IndentError::Inconsistent);
            }
            self.levels.push(ind);
            Ok(Change::Indent)
        } else {
            let mut dedents = 0;
            while self.levels.len() > 1 && ind.col < self.top().col {
                self.levels.pop();
                dedents += 1;
            }
            let top = self.top();
            if ind.col != top.col {
                return Err(IndentError::NoMatchingLevel);
            }
            if ind.altcol != top.altcol {
                return Err(IndentError::Inconsistent);
            }
            Ok(Change::Dedent(dedents))
        }
    }

    /// Closes every open block (end of input); returns how many DEDENTs that takes.
    pub fn close_all(&mut self) -> usize {
        let n = self.depth();
        self.levels.truncate(1);
        n
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn measures_tabs_with_both_tab_sizes() {
        assert_eq!(measure("  x").0, Indentation { col: 2, altcol: 2 });
        assert_eq!(measure("\tx").0, Indentation { col: 8, altcol: 1 });
        assert_eq!(measure("  \tx").0, Indentation { col: 8, altcol: 3 });
        assert_eq!(measure("\x0c  x"), (Indentation { col: 2, altcol: 2 }, 3));
    }

    #[test]
    fn tracks_blocks() {
        let mut s = IndentStack::default();
        let m = |t: &str| measure(t).0;
        assert_eq!(s.apply(m("x")), Ok(Change::Same));
        assert_eq!(s.apply(m("    x")), Ok(Change::Indent));
        assert_eq!(s.apply(m("        x")), Ok(Change::Indent));
        assert_eq!(s.apply(m("x")), Ok(Change::Dedent(2)));
        assert_eq!(s.apply(m("    x")), Ok(Change::Indent));
        assert_eq!(s.apply(m("  x")), Err(IndentError::NoMatchingLevel));
    }

    #[test]
    fn rejects_tab_dependent_indentation() {
        let mut s = IndentStack::default();
        assert_eq!(s.apply(measure("\tx").0), Ok(Change::Indent));
        assert_eq!(
            s.apply(measure("        x").0),
            Err(IndentError::Inconsistent)
        );
    }
}
