//! AST construction for match statements: patterns and case blocks (PEP 634), with the
//! checks CPython's parser makes while building them.

use super::ast::{BinOp, Constant, Expr, ExprKind, Ident, MatchCase, Pattern, PatternKind};
use super::builder::{Block, Builder, PResult};

/// One argument of a class pattern, before the positional/keyword split.
#[derive(Clone, Copy, Debug)]
pub enum ClassArg<'a> {
    Positional(Pattern<'a>),
    Keyword(Ident<'a>, Pattern<'a>),
}

impl<'s, 'a> Builder<'s, 'a> {
    pub fn pattern(&self, l: usize, kind: PatternKind<'a>, r: usize) -> Pattern<'a> {
        Pattern {
            loc: self.loc(l, r),
            kind,
        }
    }

    pub fn alloc_pattern(&self, p: Pattern<'a>) -> &'a Pattern<'a> {
        self.arena.alloc(p)
    }

    pub fn patterns(&self, v: Vec<Pattern<'a>>) -> &'a [Pattern<'a>] {
        self.arena.alloc_slice_copy(&v)
    }

    /// A bare name: the wildcard `_` or a capture.
    pub fn capture_pattern(&self, name: Ident<'a>, l: usize, r: usize) -> Pattern<'a> {
        let name = if name == "_" { None } else { Some(name) };
        self.pattern(
            l,
            PatternKind::MatchAs {
                pattern: None,
                name,
            },
            r,
        )
    }

    pub fn star_pattern(&self, name: Ident<'a>, l: usize, r: usize) -> Pattern<'a> {
        let name = if name == "_" { None } else { Some(name) };
        self.pattern(l, PatternKind::MatchStar(name), r)
    }

    pub fn as_pattern(
        &self,
        p: Pattern<'a>,
        name: Ident<'a>,
        l: usize,
        nl: usize,
        r: usize,
    ) -> PResult<'s, Pattern<'a>> {
        if name == "_" {
            return Err(super::builder::err_at(
                self,
                "cannot use '_' as a target",
                nl,
                r,
            ));
        }
        Ok(self.pattern(
            l,
            PatternKind::MatchAs {
                pattern: Some(self.alloc_pattern(p)),
                name: Some(name),
            },
            r,
        ))
    }

    /// A literal: None / True / False compare by identity, the rest by equality.
    pub fn literal_pattern(&self, e: Expr<'a>) -> Pattern<'a> {
        let kind = match e.kind {
            ExprKind::Constant(c @ (Constant::None | Constant::True | Constant::False)) => {
                PatternKind::MatchSingleton(c)
            }
            _ => PatternKind::MatchValue(self.alloc(e)),
        };
        Pattern { loc: e.loc, kind }
    }

    /// `real + imag` / `real - imag` (a complex literal in a pattern).
    pub fn complex_literal(
        &self,
        real: Expr<'a>,
        op: BinOp,
        imag: Expr<'a>,
        l: usize,
        r: usize,
    ) -> PResult<'s, Expr<'a>> {
        let is_imaginary = |e: &Expr<'a>| match e.kind {
            ExprKind::Constant(Constant::Imaginary(_)) => true,
            ExprKind::UnaryOp { operand, .. } => {
                matches!(operand.kind, ExprKind::Constant(Constant::Imaginary(_)))
            }
            _ => false,
        };
        if is_imaginary(&real) {
            return Err(self.error_loc("real number required in complex literal", real.loc));
        }
        if !is_imaginary(&imag) {
            return Err(self.error_loc("imaginary number required in complex literal", imag.loc));
        }
        Ok(self.expr(
            l,
            ExprKind::BinOp {
                left: self.alloc(real),
                op,
                right: self.alloc(imag),
            },
            r,
        ))
    }

    /// A string literal usable in a pattern (no f-strings).
    pub fn pattern_strings(&self, e: Expr<'a>) -> PResult<'s, Expr<'a>> {
        if let ExprKind::JoinedStr(_) = e.kind {
            return Err(self.error_loc(
                "patterns may only match literals and attribute lookups",
                e.loc,
            ));
        }
        Ok(e)
    }

    pub fn or_pattern(
        &self,
        first: Pattern<'a>,
        rest: Vec<Pattern<'a>>,
        l: usize,
        r: usize,
    ) -> Pattern<'a> {
        let mut all = vec![first];
        all.extend(rest);
        self.pattern(l, PatternKind::MatchOr(self.patterns(all)), r)
    }

    pub fn sequence_pattern(&self, items: Vec<Pattern<'a>>, l: usize, r: usize) -> Pattern<'a> {
        self.pattern(l, PatternKind::MatchSequence(self.patterns(items)), r)
    }

    pub fn mapping_pattern(
        &self,
        items: Vec<(Expr<'a>, Pattern<'a>)>,
        rest: Option<Ident<'a>>,
        l: usize,
        r: usize,
    ) -> Pattern<'a> {
        let keys: Vec<Expr<'a>> = items.iter().map(|x| x.0).collect();
        let pats: Vec<Pattern<'a>> = items.iter().map(|x| x.1).collect();
        self.pattern(
            l,
            PatternKind::MatchMapping {
                keys: self.exprs(keys),
                patterns: self.patterns(pats),
                rest,
            },
            r,
        )
    }

    pub fn class_pattern(
        &self,
        cls: Expr<'a>,
        args: Vec<ClassArg<'a>>,
        l: usize,
        r: usize,
    ) -> PResult<'s, Pattern<'a>> {
        let mut patterns = Vec::new();
        let mut kwd_attrs = Vec::new();
        let mut kwd_patterns = Vec::new();
        for a in &args {
            match *a {
                ClassArg::Positional(p) => {
                    if !kwd_patterns.is_empty() {
                        // CPython reports the positional patterns that follow the first
                        // keyword pattern.
                        let last = args
                            .iter()
                            .rev()
                            .find_map(|x| match x {
                                ClassArg::Positional(p) => Some(p.loc),
                                ClassArg::Keyword(..) => None,
                            })
                            .unwrap_or(p.loc);
                        return Err(self.error_between(
                            "positional patterns follow keyword patterns",
                            p.loc,
                            last,
                        ));
                    }
                    patterns.push(p);
                }
                ClassArg::Keyword(name, p) => {
                    kwd_attrs.push(name);
                    kwd_patterns.push(p);
                }
            }
        }
        Ok(self.pattern(
            l,
            PatternKind::MatchClass {
                cls: self.alloc(cls),
                patterns: self.patterns(patterns),
                kwd_attrs: self.idents(kwd_attrs),
                kwd_patterns: self.patterns(kwd_patterns),
            },
            r,
        ))
    }

    pub fn match_case(
        &self,
        pattern: Pattern<'a>,
        guard: Option<Expr<'a>>,
        body: Block<'a>,
    ) -> (MatchCase<'a>, usize) {
        (
            MatchCase {
                pattern: self.alloc_pattern(pattern),
                guard: guard.map(|g| self.alloc(g)),
                body: body.0,
            },
            body.1,
        )
    }

    pub fn match_cases(&self, v: Vec<(MatchCase<'a>, usize)>) -> &'a [MatchCase<'a>] {
        let cases: Vec<MatchCase<'a>> = v.into_iter().map(|c| c.0).collect();
        self.arena.alloc_slice_copy(&cases)
    }
}
