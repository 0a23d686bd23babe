//! Code generation for the match statement (PEP 634), after CPython 3.11's compiler.
//!
//! Each case matches a copy of the subject, which stays on the stack below it. A pattern
//! consumes the value on top of the stack; when it fails it jumps to a "fail-pop" label
//! that pops whatever the pattern had pushed above the case's base and goes on to the
//! next case. As in CPython, captured values wait on the stack (rotated below the
//! items still being matched) and are stored only once the whole pattern has matched,
//! so a failed case binds nothing.
//!
//! Compile-time checks (unreachable patterns, repeated names, or-patterns binding
//! different names, duplicate mapping keys, repeated class attributes) report at the
//! location of the pattern being compiled, as CPython does.

use super::{CResult, Compiler, ConstValue};
use crate::compile::bytecode::{CmpOpCode, Op};
use crate::syntax::ast::{Constant, Expr, MatchCase, Pattern, PatternKind};

/// The state of one case's pattern.
struct PatternCtx {
    /// `fail_pop[k]` pops `k` items and fails.
    fail_pop: Vec<usize>,
    /// Items being matched on the stack, above the captured values.
    on_top: usize,
    /// Names captured so far, their values on the stack below the items being matched
    /// (the first name's value on top of them).
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
                stores: Vec::new(),
                allow_irrefutable: case.guard.is_some() || i + 1 == n,
            };
            let prev = self.set_loc(case.pattern.loc);
            self.emit(Op::Copy(1));
            self.pattern(case.pattern, &mut ctx)?;
            for name in &ctx.stores {
                self.store_name(name)?;
            }
            ctx.stores.clear();
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

    /// The label that pops the items being matched and the captured values, for a
    /// failure now.
    fn fail_label(&mut self, ctx: &mut PatternCtx) -> usize {
        let k = ctx.on_top + ctx.stores.len();
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
        // Move the value below everything else the pattern holds on the stack.
        self.rotate(ctx.on_top + ctx.stores.len());
        ctx.stores.push(name.to_owned());
        ctx.on_top -= 1;
        Ok(())
    }

    /// Moves TOS `count - 1` places down.
    fn rotate(&mut self, count: usize) {
        let mut count = count;
        while count > 1 {
            self.emit(Op::Swap(count as u32));
            count -= 1;
        }
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
        let old_fail = std::mem::take(&mut ctx.fail_pop);
        let old_on_top = ctx.on_top;
        let old_stores = std::mem::take(&mut ctx.stores);
        let allow = ctx.allow_irrefutable;
        // The names of the first alternative, in the order their values are stacked.
        let mut control: Option<Vec<String>> = None;
        let n = alts.len();
        for (i, alt) in alts.iter().enumerate() {
            self.u().loc = alt.loc;
            ctx.stores.clear();
            ctx.fail_pop.clear();
            ctx.allow_irrefutable = i + 1 == n && allow;
            // Match a copy; on failure, pop back to the subject and try the next one.
            self.emit(Op::Copy(1));
            ctx.on_top = 1;
            self.pattern(alt, ctx)?;
            match &control {
                None => control = Some(ctx.stores.clone()),
                Some(c) => {
                    let c = c.clone();
                    self.reorder_stores(&c, ctx)?;
                }
            }
            self.emit(Op::Jump(end as u32));
            let fails = std::mem::take(&mut ctx.fail_pop);
            self.emit_fail_pops(&fails);
        }
        ctx.fail_pop = old_fail;
        ctx.on_top = old_on_top;
        ctx.stores = old_stores;
        ctx.allow_irrefutable = allow;
        // No alternative matched: drop the subject and fail.
        self.emit(Op::PopTop);
        ctx.on_top -= 1;
        let fail = self.fail_label(ctx);
        self.emit(Op::Jump(fail as u32));
        ctx.on_top += 1;
        self.bind_label(end);
        // Each captured value goes below the subject, the items still being matched
        // and the values captured before the or-pattern.
        let control = control.unwrap_or_default();
        let nrots = control.len() + ctx.on_top + ctx.stores.len();
        for name in &control {
            self.rotate(nrots);
            if ctx.stores.contains(name) {
                let loc = self.ur().loc;
                return Err(self.err(
                    format!("multiple assignments to name '{name}' in pattern"),
                    loc,
                ));
            }
            ctx.stores.push(name.clone());
        }
        // Pop the subject.
        self.emit(Op::PopTop);
        ctx.on_top -= 1;
        Ok(())
    }

    /// Puts the values an alternative of an or-pattern captured in the order of the
    /// first alternative's names (CPython's algorithm), or reports that the
    /// alternatives bind different names.
    fn reorder_stores(&mut self, control: &[String], ctx: &mut PatternCtx) -> CResult {
        let nstores = ctx.stores.len();
        let differ = |this: &mut Self| {
            // At the last pattern compiled, as CPython reports it.
            let loc = this.ur().loc;
            Err(this.err("alternative patterns bind different names", loc))
        };
        if nstores != control.len() {
            return differ(self);
        }
        let mut icontrol = nstores;
        while icontrol > 0 {
            icontrol -= 1;
            let name = &control[icontrol];
            let Some(istores) = ctx.stores.iter().position(|s| s == name) else {
                return differ(self);
            };
            if icontrol != istores {
                let rotations = istores + 1;
                let rotated: Vec<String> = ctx.stores.drain(..rotations).collect();
                let at = icontrol - istores;
                for (k, r) in rotated.into_iter().enumerate() {
                    ctx.stores.insert(at + k, r);
                }
                for _ in 0..rotations {
                    self.rotate(icontrol + 1);
                }
            }
        }
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
