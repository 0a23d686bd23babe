//! Code generation for the match statement (PEP 634), after CPython 3.11's compiler.
//!
//! Each case matches a copy of the subject, which stays on the stack below it. A pattern
//! consumes the value on top of the stack; when it fails it jumps to a "fail-pop" label
//! that pops whatever the pattern had pushed above the case's base and goes on to the
//! next case. Captured names are stored as soon as their sub-pattern matches.
//!
//! Compile-time checks (unreachable patterns, repeated names, or-patterns binding
//! different names, duplicate mapping keys, repeated class attributes) report at the
//! location of the pattern being compiled, as CPython does.

use super::{CResult, Compiler, ConstValue};
use crate::compile::bytecode::{CmpOpCode, Op};
use crate::syntax::ast::{Constant, Expr, MatchCase, Pattern, PatternKind};

/// The state of one case's pattern.
struct PatternCtx {
    /// `fail_pop[k]` pops `k` items (above `base`) and fails.
    fail_pop: Vec<usize>,
    /// Items on the stack above the case's base.
    on_top: usize,
    /// Stack count `fail_pop` is relative to.
    base: usize,
    /// Names bound so far (repeated names are an error).
    stores: Vec<String>,
    allow_irrefutable: bool,
}

impl<'a> Compiler<'_, 'a> {
    pub(super) fn match_stmt(
        &mut self,
        subject: &'a Expr<'a>,
        cases: &'a [MatchCase<'a>],
    ) -> CResult {
        self.expr(subject)?;
        let end = self.new_label();
        let n = cases.len();
        for (i, case) in cases.iter().enumerate() {
            let mut ctx = PatternCtx {
                fail_pop: Vec::new(),
                on_top: 1,
                base: 0,
                stores: Vec::new(),
                allow_irrefutable: case.guard.is_some() || i + 1 == n,
            };
            let prev = self.set_loc(case.pattern.loc);
            self.emit(Op::Copy(1));
            self.pattern(case.pattern, &mut ctx)?;
            self.set_loc(prev);
            if let Some(g) = case.guard {
                let fail = self.fail_label(&mut ctx);
                self.jump_if(g, false, fail)?;
            }
            self.emit(Op::PopTop);
            self.body(case.body)?;
            self.emit(Op::Jump(end as u32));
            self.emit_fail_pops(&ctx.fail_pop);
        }
        // No case matched.
        self.emit(Op::PopTop);
        self.bind_label(end);
        Ok(())
    }

    /// The label that pops everything above the context's base, for a failure now.
    fn fail_label(&mut self, ctx: &mut PatternCtx) -> usize {
        let k = ctx.on_top.saturating_sub(ctx.base);
        while ctx.fail_pop.len() <= k {
            let l = self.new_label();
            ctx.fail_pop.push(l);
        }
        ctx.fail_pop[k]
    }

    /// Binds the fail-pop labels: the deepest first, each popping one more item.
    fn emit_fail_pops(&mut self, labels: &[usize]) {
        for (k, &l) in labels.iter().enumerate().rev() {
            self.bind_label(l);
            if k > 0 {
                self.emit(Op::PopTop);
            }
        }
    }

    /// Pops the condition and jumps to the failure path when it is false.
    fn jump_fail_if_false(&mut self, ctx: &mut PatternCtx) {
        ctx.on_top -= 1;
        let l = self.fail_label(ctx);
        self.emit(Op::PopJumpIfFalse(l as u32));
    }

    fn store_capture(&mut self, name: &str, ctx: &mut PatternCtx) -> CResult {
        if ctx.stores.iter().any(|s| s == name) {
            let loc = self.ur().loc;
            return Err(self.err(
                format!("multiple assignments to name '{name}' in pattern"),
                loc,
            ));
        }
        ctx.stores.push(name.to_owned());
        self.store_name(name)?;
        ctx.on_top -= 1;
        Ok(())
    }

    /// A sub-pattern (of a sequence, mapping, class or as-pattern) may be irrefutable.
    fn subpattern(&mut self, p: &'a Pattern<'a>, ctx: &mut PatternCtx) -> CResult {
        let allow = std::mem::replace(&mut ctx.allow_irrefutable, true);
        self.pattern(p, ctx)?;
        ctx.allow_irrefutable = allow;
        Ok(())
    }

    fn pattern(&mut self, p: &'a Pattern<'a>, ctx: &mut PatternCtx) -> CResult {
        self.u().loc = p.loc;
        match p.kind {
            PatternKind::MatchValue(value) => {
                self.expr(value)?;
                self.emit(Op::CompareOp(CmpOpCode::Eq));
                self.jump_fail_if_false(ctx);
            }
            PatternKind::MatchSingleton(c) => {
                let v = match c {
                    Constant::True => ConstValue::Bool(true),
                    Constant::False => ConstValue::Bool(false),
                    _ => ConstValue::None,
                };
                self.load_const(v)?;
                self.emit(Op::IsOp(false));
                self.jump_fail_if_false(ctx);
            }
            PatternKind::MatchAs {
                pattern: None,
                name,
            } => {
                if !ctx.allow_irrefutable {
                    let msg = match name {
                        Some(n) => {
                            format!("name capture '{n}' makes remaining patterns unreachable")
                        }
                        None => "wildcard makes remaining patterns unreachable".to_owned(),
                    };
                    return Err(self.err(msg, p.loc));
                }
                match name {
                    Some(n) => self.store_capture(n, ctx)?,
                    None => {
                        self.emit(Op::PopTop);
                        ctx.on_top -= 1;
                    }
                }
            }
            PatternKind::MatchAs {
                pattern: Some(sub),
                name,
            } => {
                // As in CPython, the inner pattern inherits whether it may be
                // irrefutable.
                self.emit(Op::Copy(1));
                ctx.on_top += 1;
                self.pattern(sub, ctx)?;
                match name {
                    Some(n) => self.store_capture(n, ctx)?,
                    None => {
                        self.emit(Op::PopTop);
                        ctx.on_top -= 1;
                    }
                }
            }
            PatternKind::MatchStar(_) => {
                return Err(self.err("can't use starred name here", p.loc));
            }
            PatternKind::MatchSequence(items) => self.sequence_pattern(p, items, ctx)?,
            PatternKind::MatchMapping {
                keys,
                patterns,
                rest,
            } => self.mapping_pattern(p, keys, patterns, rest, ctx)?,
            PatternKind::MatchClass {
                cls,
                patterns,
                kwd_attrs,
                kwd_patterns,
            } => {
                for (i, attr) in kwd_attrs.iter().enumerate() {
                    if kwd_attrs[..i].contains(attr) {
                        let loc = kwd_patterns.get(i).map_or(p.loc, |x| x.loc);
                        return Err(self.err(
                            format!("attribute name repeated in class pattern: {attr}"),
                            loc,
                        ));
                    }
                }
                self.expr(cls)?;
                let names = kwd_attrs
                    .iter()
                    .map(|s| ConstValue::Str((*s).to_owned()))
                    .collect();
                self.load_const(ConstValue::Tuple(names))?;
                self.u().loc = p.loc;
                self.emit(Op::MatchClass(patterns.len() as u32));
                // [subject, cls, names] -> [attributes or None, matched]
                ctx.on_top += 1;
                self.jump_fail_if_false(ctx);
                let total = patterns.len() + kwd_patterns.len();
                self.emit(Op::UnpackSequence(total as u32));
                ctx.on_top = ctx.on_top - 1 + total;
                for sub in patterns.iter().chain(kwd_patterns.iter()) {
                    self.subpattern(sub, ctx)?;
                }
            }
            PatternKind::MatchOr(alts) => self.or_pattern(alts, ctx)?,
        }
        Ok(())
    }

    fn sequence_pattern(
        &mut self,
        p: &'a Pattern<'a>,
        items: &'a [Pattern<'a>],
        ctx: &mut PatternCtx,
    ) -> CResult {
        let mut star = None;
        for (i, it) in items.iter().enumerate() {
            if let PatternKind::MatchStar(_) = it.kind {
                if star.is_some() {
                    return Err(self.err("multiple starred names in sequence pattern", p.loc));
                }
                star = Some(i);
            }
        }
        let n = items.len();
        let min_len = if star.is_some() { n - 1 } else { n };
        self.emit(Op::MatchSequence(
            ((min_len as u32) << 1) | u32::from(star.is_some()),
        ));
        ctx.on_top += 1;
        self.jump_fail_if_false(ctx);
        match star {
            None => {
                self.emit(Op::UnpackSequence(n as u32));
            }
            Some(si) => {
                let after = n - si - 1;
                self.emit(Op::UnpackEx((si as u32) | ((after as u32) << 8)));
            }
        }
        ctx.on_top = ctx.on_top - 1 + n;
        for it in items {
            match it.kind {
                PatternKind::MatchStar(name) => {
                    self.u().loc = it.loc;
                    match name {
                        Some(nm) => self.store_capture(nm, ctx)?,
                        None => {
                            self.emit(Op::PopTop);
                            ctx.on_top -= 1;
                        }
                    }
                }
                _ => self.subpattern(it, ctx)?,
            }
        }
        Ok(())
    }

    fn mapping_pattern(
        &mut self,
        p: &'a Pattern<'a>,
        keys: &'a [Expr<'a>],
        patterns: &'a [Pattern<'a>],
        rest: Option<&'a str>,
        ctx: &mut PatternCtx,
    ) -> CResult {
        self.emit(Op::MatchMapping(keys.len() as u32));
        ctx.on_top += 1;
        self.jump_fail_if_false(ctx);
        if keys.is_empty() && rest.is_none() {
            self.emit(Op::PopTop);
            ctx.on_top -= 1;
            return Ok(());
        }
        // Literal keys must be distinct.
        let mut seen: Vec<ConstValue> = Vec::new();
        for k in keys {
            if let Some(v) = self.const_value(k)? {
                if seen.iter().any(|s| const_equal(s, &v)) {
                    let text = crate::compile::unparse::annotation_text(k);
                    return Err(self.err(
                        format!("mapping pattern checks duplicate key ({text})"),
                        p.loc,
                    ));
                }
                seen.push(v);
            }
        }
        for k in keys {
            self.expr(k)?;
        }
        self.u().loc = p.loc;
        self.emit(Op::BuildTuple(keys.len() as u32));
        ctx.on_top += 1;
        if !keys.is_empty() {
            // [subject, keys] -> [subject, keys, values or None, matched]
            self.emit(Op::MatchKeys);
            ctx.on_top += 2;
            self.jump_fail_if_false(ctx);
            self.emit(Op::UnpackSequence(keys.len() as u32));
            ctx.on_top = ctx.on_top - 1 + keys.len();
            for sub in patterns {
                self.subpattern(sub, ctx)?;
            }
        }
        match rest {
            Some(name) => {
                // [subject, keys] -> [subject, rest]
                self.emit(Op::CopyDictWithoutKeys);
                self.store_capture(name, ctx)?;
            }
            None => {
                self.emit(Op::PopTop);
                ctx.on_top -= 1;
            }
        }
        self.emit(Op::PopTop);
        ctx.on_top -= 1;
        Ok(())
    }

    fn or_pattern(&mut self, alts: &'a [Pattern<'a>], ctx: &mut PatternCtx) -> CResult {
        let end = self.new_label();
        let before = ctx.stores.len();
        let allow = ctx.allow_irrefutable;
        let mut first_names: Option<Vec<String>> = None;
        let n = alts.len();
        for (i, alt) in alts.iter().enumerate() {
            let last = i + 1 == n;
            ctx.stores.truncate(before);
            ctx.allow_irrefutable = last && allow;
            if last {
                self.pattern(alt, ctx)?;
            } else {
                // Match a copy; on failure, pop back to the subject and try the next one.
                self.emit(Op::Copy(1));
                let saved_fail = std::mem::take(&mut ctx.fail_pop);
                let saved_base = ctx.base;
                ctx.base = ctx.on_top;
                ctx.on_top += 1;
                self.pattern(alt, ctx)?;
                self.emit(Op::PopTop);
                self.emit(Op::Jump(end as u32));
                let alt_fail = std::mem::replace(&mut ctx.fail_pop, saved_fail);
                ctx.base = saved_base;
                self.emit_fail_pops(&alt_fail);
            }
            let mut names: Vec<String> = ctx.stores[before..].to_vec();
            names.sort();
            match &first_names {
                None => first_names = Some(names),
                Some(f) if *f != names => {
                    // At the last pattern compiled, as CPython reports it.
                    let loc = self.ur().loc;
                    return Err(self.err("alternative patterns bind different names", loc));
                }
                Some(_) => {}
            }
        }
        ctx.allow_irrefutable = allow;
        self.bind_label(end);
        Ok(())
    }
}

/// Whether two literal keys are the same dict key (`1`, `1.0` and `True` are).
fn const_equal(a: &ConstValue, b: &ConstValue) -> bool {
    use ConstValue as C;
    let num = |v: &ConstValue| -> Option<f64> {
        match v {
            C::Bool(b) => Some(f64::from(u8::from(*b))),
            C::Int(i) => i.to_string().parse::<f64>().ok(),
            C::Float(f) => Some(*f),
            _ => None,
        }
    };
    match (a, b) {
        (C::Int(x), C::Int(y)) => x == y,
        (C::Str(x), C::Str(y)) => x == y,
        (C::Bytes(x), C::Bytes(y)) => x == y,
        (C::None, C::None) => true,
        _ => match (num(a), num(b)) {
            (Some(x), Some(y)) => x == y,
            _ => false,
        },
    }
}
