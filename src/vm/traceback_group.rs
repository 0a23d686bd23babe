//! The interpreter's report of an exception group (PEP 654), as CPython 3.11 prints
//! it: the group's own traceback and message in a box, each member below it under a
//! numbered separator, indented one step per level of nesting, with `| ` margins.

use crate::heap::Obj;

use super::Vm;

/// Members shown per group; the rest are counted ("and N more exceptions").
const MAX_GROUP_WIDTH: usize = 15;
/// Nesting shown; deeper groups are replaced by "... (max_group_depth is 10)".
const MAX_GROUP_DEPTH: usize = 10;

/// The state of one report: nesting depth, whether the innermost open box still needs
/// its closing line, and the exceptions already shown (chains are not followed twice).
#[derive(Default)]
pub(super) struct PrintCtx {
    depth: usize,
    pub(super) need_close: bool,
    pub(super) seen: Vec<usize>,
}

impl PrintCtx {
    fn indent(&self) -> String {
        " ".repeat(2 * self.depth)
    }

    /// What starts each line at the current depth: the indent and, inside a group,
    /// `| `.
    pub(super) fn margin(&self) -> String {
        let mut m = self.indent();
        if self.depth > 0 {
            m.push_str("| ");
        }
        m
    }

    /// What starts an exception group's traceback header: `+ ` for the outermost box.
    pub(super) fn group_header_margin(&self) -> String {
        if self.depth == 1 {
            format!("{}+ ", self.indent())
        } else {
            self.margin()
        }
    }
}

impl Vm {
    /// An exception group: its traceback and message, then each member in its box.
    pub(super) fn format_group(&mut self, exc: &Obj, out: &mut String, ctx: &mut PrintCtx) {
        if ctx.depth > MAX_GROUP_DEPTH {
            out.push_str(&ctx.margin());
            out.push_str(&format!("... (max_group_depth is {MAX_GROUP_DEPTH})\n"));
            return;
        }
        if ctx.depth == 0 {
            ctx.depth = 1;
        }
        self.format_one(exc, out, ctx);
        let excs = self.group_exceptions(exc).unwrap_or_default();
        let n = excs.len().min(MAX_GROUP_WIDTH + 1);
        ctx.need_close = false;
        for (i, sub) in excs.iter().take(n).enumerate() {
            let last = i + 1 == n;
            if last {
                // The closing line may be written by a nested group instead.
                ctx.need_close = true;
            }
            out.push_str(&ctx.indent());
            out.push_str(if i == 0 { "+-" } else { "  " });
            if i < MAX_GROUP_WIDTH {
                out.push_str(&format!("+---------------- {} ----------------\n", i + 1));
            } else {
                out.push_str("+---------------- ... ----------------\n");
            }
            ctx.depth += 1;
            if i < MAX_GROUP_WIDTH {
                self.format_recursive(sub, out, ctx);
            } else {
                let more = excs.len() - MAX_GROUP_WIDTH;
                let s = if more > 1 { "s" } else { "" };
                out.push_str(&ctx.margin());
                out.push_str(&format!("and {more} more exception{s}\n"));
            }
            if last && ctx.need_close {
                out.push_str(&ctx.indent());
                out.push_str("+------------------------------------\n");
                ctx.need_close = false;
            }
            ctx.depth -= 1;
        }
        if ctx.depth == 1 {
            ctx.depth = 0;
        }
    }
}
