//! AST construction for the grammar actions: arena allocation, locations, and the
//! checks that CPython performs while building nodes (argument order, parameter order).

use rustc_hash::FxHashSet;
use std::cell::RefCell;

use bumpalo::Bump;
use lalrpop_util::ParseError;

use super::ast::{
    Alias, Arg, Arguments, BoolOp, CmpOp, Comprehension, Constant, ExceptHandler, Expr, ExprKind,
    Ident, Keyword, Loc, Stmt, StmtKind, WithItem,
};
use super::error::{SyntaxError, SyntaxErrorKind};
use super::numbers::number_value;
use super::source_map::SourceMap;
use super::tokens::Tok;

/// A block of statements and the end offset of its last token.
pub type Block<'a> = (&'a [Stmt<'a>], usize);

/// The parse error type of the generated parser.
pub type PError<'s> = ParseError<usize, Tok<'s>, SyntaxError>;
pub type PResult<'s, T> = Result<T, PError<'s>>;

/// What the start symbol produced.
#[derive(Clone, Copy, Debug)]
pub enum Parsed<'a> {
    Statements(&'a [Stmt<'a>]),
    Expression(Expr<'a>),
}

/// One call argument, before the positional/keyword split.
#[derive(Clone, Copy, Debug)]
pub enum CallArg<'a> {
    Positional(Expr<'a>),
    Starred(Expr<'a>),
    /// An unparenthesised generator expression, the end of its last clause and the
    /// start of its first `for`.
    Generator(Expr<'a>, usize, usize),
    Keyword(Keyword<'a>),
    KwUnpack(Keyword<'a>),
}

/// One entry of a parameter list, before the order checks.
#[derive(Clone, Copy, Debug)]
pub enum ParamItem<'a> {
    Plain(Arg<'a>, Option<Expr<'a>>),
    Slash(usize, usize),
    BareStar(usize, usize),
    /// `*args`; the offset of a (forbidden) `=` if a default follows.
    VarArgs(usize, Arg<'a>, Option<usize>),
    /// `**kwargs`; the offset of a (forbidden) `=` if a default follows.
    KwArgs(usize, Arg<'a>, Option<usize>),
}

pub struct Builder<'s, 'a> {
    pub arena: &'a Bump,
    pub map: &'s SourceMap<'s>,
    /// Nesting depth of f-string replacement fields being parsed (CPython allows
    /// format specs to nest two levels).
    pub fstring_depth: usize,
    /// Start positions (line, column) of tuples written with their own parentheses:
    /// `(a, b): int` and `a, b: int` are different mistakes to CPython.
    pub parenthesized_tuples: RefCell<FxHashSet<(u32, u32)>>,
}

/// A user error of the generated parser: a syntax error spanning `start..end` (byte
/// offsets), reported at the character columns as CPython does for AST-node locations.
pub fn err_at<'s>(b: &Builder<'s, '_>, msg: &str, start: usize, end: usize) -> PError<'s> {
    ParseError::User {
        error: b.syntax_error(msg, start, end),
    }
}

impl<'s, 'a> Builder<'s, 'a> {
    pub fn syntax_error(&self, msg: &str, start: usize, end: usize) -> SyntaxError {
        SyntaxError {
            kind: SyntaxErrorKind::SyntaxError,
            msg: msg.to_string(),
            line: self.map.line(start),
            col: self.map.char_col(start) + 1,
            end_line: self.map.line(end),
            end_col: super::error::end_column(self.map.char_col(end) + 1),
            incomplete: false,
        }
    }

    /// Byte offset of a (line, byte column) position.
    pub fn offset(&self, line: u32, col: u32) -> usize {
        self.map.line_start(line) + col as usize
    }

    /// A syntax error (not wrapped for the parser) spanning an AST location.
    pub fn error_at_loc(&self, msg: &str, loc: Loc) -> SyntaxError {
        let start = self.offset(loc.line, loc.col);
        let end = self.offset(loc.end_line, loc.end_col);
        self.syntax_error(msg, start, end)
    }

    /// An error spanning an AST location.
    pub fn error_loc(&self, msg: &str, loc: Loc) -> PError<'s> {
        self.error_between(msg, loc, loc)
    }

    /// An error from the start of `from` to the end of `to`.
    pub fn error_between(&self, msg: &str, from: Loc, to: Loc) -> PError<'s> {
        let start = self.offset(from.line, from.col);
        let end = self.offset(to.end_line, to.end_col);
        err_at(self, msg, start, end)
    }

    pub fn loc(&self, start: usize, end: usize) -> Loc {
        self.map.loc(start, end)
    }

    pub fn alloc(&self, e: Expr<'a>) -> &'a Expr<'a> {
        self.arena.alloc(e)
    }

    pub fn exprs(&self, v: Vec<Expr<'a>>) -> &'a [Expr<'a>] {
        self.arena.alloc_slice_copy(&v)
    }

    pub fn stmts(&self, v: Vec<Stmt<'a>>) -> &'a [Stmt<'a>] {
        self.arena.alloc_slice_copy(&v)
    }

    pub fn flatten(&self, v: Vec<Vec<Stmt<'a>>>) -> &'a [Stmt<'a>] {
        let all: Vec<Stmt<'a>> = v.into_iter().flatten().collect();
        self.arena.alloc_slice_copy(&all)
    }

    pub fn ident(&self, s: &str) -> Ident<'a> {
        self.arena.alloc_str(s)
    }

    pub fn idents(&self, v: Vec<Ident<'a>>) -> &'a [Ident<'a>] {
        self.arena.alloc_slice_copy(&v)
    }

    pub fn dotted(&self, first: &str, rest: Vec<&str>) -> Ident<'a> {
        if rest.is_empty() {
            return self.ident(first);
        }
        let mut s = first.to_string();
        for part in rest {
            s.push('.');
            s.push_str(part);
        }
        self.ident(&s)
    }

    pub fn alias(&self, name: &str, asname: Option<Ident<'a>>, l: usize, r: usize) -> Alias<'a> {
        Alias {
            name: self.ident(name),
            asname,
            loc: self.loc(l, r),
        }
    }

    pub fn aliases(&self, v: Vec<Alias<'a>>) -> &'a [Alias<'a>] {
        self.arena.alloc_slice_copy(&v)
    }

    pub fn expr(&self, l: usize, kind: ExprKind<'a>, r: usize) -> Expr<'a> {
        Expr {
            loc: self.loc(l, r),
            kind,
        }
    }

    pub fn stmt(&self, l: usize, kind: StmtKind<'a>, r: usize) -> Stmt<'a> {
        Stmt {
            loc: self.loc(l, r),
            kind,
        }
    }

    /// A compound statement spanning `l..end`.
    pub fn stmt_loc(&self, l: usize, kind: StmtKind<'a>, end: usize) -> Stmt<'a> {
        self.stmt(l, kind, end)
    }

    /// End offset of a statement with a body and an optional `else` block.
    pub fn body_end(&self, body: Block<'a>, orelse: Option<Block<'a>>) -> usize {
        orelse.map_or(body.1, |o| o.1)
    }

    /// Builds `if`/`elif`/`else` as nested `If` statements, innermost last.
    pub fn if_chain(
        &self,
        l: usize,
        test: Expr<'a>,
        body: Block<'a>,
        elifs: Vec<(usize, Expr<'a>, Block<'a>)>,
        orelse: Option<Block<'a>>,
    ) -> (Stmt<'a>, usize) {
        let mut tail: Option<Block<'a>> = orelse;
        for (el, etest, ebody) in elifs.into_iter().rev() {
            let end = self.body_end(ebody, tail);
            let stmt = self.stmt_loc(
                el,
                StmtKind::If {
                    test: self.alloc(etest),
                    body: ebody.0,
                    orelse: tail.map_or(&[][..], |t| t.0),
                },
                end,
            );
            tail = Some((self.arena.alloc_slice_copy(&[stmt]), end));
        }
        let end = self.body_end(body, tail);
        let stmt = self.stmt_loc(
            l,
            StmtKind::If {
                test: self.alloc(test),
                body: body.0,
                orelse: tail.map_or(&[][..], |t| t.0),
            },
            end,
        );
        (stmt, end)
    }

    pub fn handler(
        &self,
        l: usize,
        typ: Option<Expr<'a>>,
        name: Option<Ident<'a>>,
        body: Block<'a>,
        star: bool,
    ) -> ExceptHandler<'a> {
        ExceptHandler {
            typ: typ.map(|t| self.alloc(t)),
            name,
            body: body.0,
            loc: self.loc(l, body.1),
            star,
        }
    }

    pub fn handlers(&self, v: Vec<ExceptHandler<'a>>) -> &'a [ExceptHandler<'a>] {
        self.arena.alloc_slice_copy(&v)
    }

    pub fn with_items(&self, v: Vec<PResult<'s, WithItem<'a>>>) -> PResult<'s, &'a [WithItem<'a>]> {
        let items: Vec<WithItem<'a>> = v.into_iter().collect::<Result<_, _>>()?;
        Ok(self.arena.alloc_slice_copy(&items))
    }

    pub fn comprehensions(
        &self,
        v: Vec<PResult<'s, Comprehension<'a>>>,
    ) -> PResult<'s, &'a [Comprehension<'a>]> {
        let items: Vec<Comprehension<'a>> = v.into_iter().collect::<Result<_, _>>()?;
        Ok(self.arena.alloc_slice_copy(&items))
    }

    pub fn arg(
        &self,
        name: Ident<'a>,
        annotation: Option<Expr<'a>>,
        l: usize,
        r: usize,
    ) -> Arg<'a> {
        Arg {
            name,
            annotation: annotation.map(|a| self.alloc(a)),
            loc: self.loc(l, r),
        }
    }

    pub fn keyword(
        &self,
        name: Option<Ident<'a>>,
        value: Expr<'a>,
        l: usize,
        r: usize,
    ) -> Keyword<'a> {
        Keyword {
            name,
            value: self.alloc(value),
            loc: self.loc(l, r),
        }
    }

    /// An unparenthesised or parenthesised tuple from `(item ",")+ item?`.
    pub fn tuple(
        &self,
        mut v: Vec<Expr<'a>>,
        last: Option<Expr<'a>>,
        l: usize,
        r: usize,
    ) -> Expr<'a> {
        v.extend(last);
        self.expr(l, ExprKind::Tuple(self.exprs(v)), r)
    }

    pub fn boolop(
        &self,
        op: BoolOp,
        first: Expr<'a>,
        rest: Vec<Expr<'a>>,
        l: usize,
        r: usize,
    ) -> Expr<'a> {
        let mut values = Vec::with_capacity(rest.len() + 1);
        values.push(first);
        values.extend(rest);
        self.expr(
            l,
            ExprKind::BoolOp {
                op,
                values: self.exprs(values),
            },
            r,
        )
    }

    pub fn binop(
        &self,
        left: Expr<'a>,
        op: super::ast::BinOp,
        right: Expr<'a>,
        l: usize,
        r: usize,
    ) -> Expr<'a> {
        self.expr(
            l,
            ExprKind::BinOp {
                left: self.alloc(left),
                op,
                right: self.alloc(right),
            },
            r,
        )
    }

    pub fn compare(
        &self,
        left: Expr<'a>,
        rest: Vec<(CmpOp, Expr<'a>)>,
        l: usize,
        r: usize,
    ) -> Expr<'a> {
        let ops: Vec<CmpOp> = rest.iter().map(|(op, _)| *op).collect();
        let comparators: Vec<Expr<'a>> = rest.into_iter().map(|(_, e)| e).collect();
        self.expr(
            l,
            ExprKind::Compare {
                left: self.alloc(left),
                ops: self.arena.alloc_slice_copy(&ops),
                comparators: self.exprs(comparators),
            },
            r,
        )
    }

    pub fn dict(&self, items: Vec<(Option<Expr<'a>>, Expr<'a>)>, l: usize, r: usize) -> Expr<'a> {
        let keys: Vec<Option<&'a Expr<'a>>> = items
            .iter()
            .map(|(k, _)| k.map(|k| self.alloc(k)))
            .collect();
        let values: Vec<Expr<'a>> = items.into_iter().map(|(_, v)| v).collect();
        self.expr(
            l,
            ExprKind::Dict {
                keys: self.arena.alloc_slice_copy(&keys),
                values: self.exprs(values),
            },
            r,
        )
    }

    pub fn number(&self, text: &str) -> Constant<'a> {
        number_value(text, |digits| self.arena.alloc_str(&digits))
    }

    /// Splits call arguments into positional and keyword arguments, checking their order
    /// as CPython does. `call_parens` is the span of the call's parentheses (None for a
    /// class header): a lone generator-expression argument takes it as its location.
    #[allow(clippy::type_complexity)]
    pub fn call_args(
        &self,
        (items, trailing_comma): (Vec<CallArg<'a>>, bool),
        call_parens: Option<(usize, usize)>,
    ) -> PResult<'s, (&'a [Expr<'a>], &'a [Keyword<'a>])> {
        let lone = items.len() == 1 && !trailing_comma;
        let mut args = Vec::new();
        let mut keywords = Vec::new();
        let mut seen_keyword = false;
        let mut seen_kw_unpack = false;
        for item in items {
            match item {
                CallArg::Generator(g, _, _) if lone && call_parens.is_some() => {
                    let (l, r) = call_parens.unwrap_or((0, 0));
                    args.push(Expr {
                        loc: self.loc(l, r),
                        kind: g.kind,
                    });
                }
                // In a class header CPython's grammar has no generator argument at all.
                CallArg::Generator(_, _, for_start) if call_parens.is_none() => {
                    return Err(err_at(self, "invalid syntax", for_start, for_start + 3));
                }
                CallArg::Generator(g, last_end, _) => {
                    let ExprKind::GeneratorExp { elt, .. } = g.kind else {
                        continue;
                    };
                    let start = self.offset(elt.loc.line, elt.loc.col);
                    return Err(err_at(
                        self,
                        "Generator expression must be parenthesized",
                        start,
                        last_end,
                    ));
                }
                CallArg::Positional(e) => {
                    if seen_keyword || seen_kw_unpack {
                        let msg = if seen_kw_unpack {
                            "positional argument follows keyword argument unpacking"
                        } else {
                            "positional argument follows keyword argument"
                        };
                        // CPython points at the closing parenthesis.
                        let at = call_parens.map(|(_, r)| r.saturating_sub(1)).unwrap_or(0);
                        return Err(err_at(self, msg, at, at + 1));
                    }
                    args.push(e);
                }
                CallArg::Starred(e) => {
                    if seen_kw_unpack {
                        return Err(self.error_loc(
                            "iterable argument unpacking follows keyword argument unpacking",
                            Loc {
                                end_line: e.loc.line,
                                end_col: e.loc.col + 1,
                                ..e.loc
                            },
                        ));
                    }
                    args.push(e);
                }
                CallArg::Keyword(k) => {
                    seen_keyword = true;
                    keywords.push(k);
                }
                CallArg::KwUnpack(k) => {
                    seen_kw_unpack = true;
                    keywords.push(k);
                }
            }
        }
        Ok((self.exprs(args), self.arena.alloc_slice_copy(&keywords)))
    }

    /// Checks the order of a parameter list and sorts it into CPython's `arguments`.
    /// `lambda_colon` is the offset of a lambda's `:` (None for `def`).
    pub fn arguments(
        &self,
        items: Vec<ParamItem<'a>>,
        lambda_colon: Option<usize>,
    ) -> PResult<'s, &'a Arguments<'a>> {
        let mut posonly: Vec<Arg<'a>> = Vec::new();
        let mut args: Vec<Arg<'a>> = Vec::new();
        let mut defaults: Vec<Expr<'a>> = Vec::new();
        let mut kwonly: Vec<Arg<'a>> = Vec::new();
        let mut kw_defaults: Vec<Option<&'a Expr<'a>>> = Vec::new();
        let mut vararg = None;
        let mut kwarg = None;
        let mut seen_slash = false;
        let mut star_at: Option<usize> = None;
        let mut bare_star: Option<(usize, usize)> = None;
        // For a lambda, CPython reports a lone `*` at the token after it.
        let mut after_bare_star: Option<usize> = None;
        let mut seen_kwargs = false;
        let n = items.len();
        for (i, item) in items.into_iter().enumerate() {
            if bare_star.is_some() && after_bare_star.is_none() {
                after_bare_star = Some(match item {
                    ParamItem::Plain(a, _) => self.offset(a.loc.line, a.loc.col),
                    ParamItem::Slash(l, _)
                    | ParamItem::BareStar(l, _)
                    | ParamItem::VarArgs(l, _, _)
                    | ParamItem::KwArgs(l, _, _) => l,
                });
            }
            if seen_kwargs {
                let at = match item {
                    ParamItem::Plain(a, _) => self.offset(a.loc.line, a.loc.col),
                    ParamItem::Slash(l, _)
                    | ParamItem::BareStar(l, _)
                    | ParamItem::VarArgs(l, _, _)
                    | ParamItem::KwArgs(l, _, _) => l,
                };
                return Err(err_at(
                    self,
                    "arguments cannot follow var-keyword argument",
                    at,
                    at + 1,
                ));
            }
            match item {
                ParamItem::Plain(a, default) => {
                    if star_at.is_some() {
                        kwonly.push(a);
                        kw_defaults.push(default.map(|d| self.alloc(d)));
                    } else {
                        match default {
                            Some(d) => defaults.push(d),
                            None if !defaults.is_empty() => {
                                return Err(self.error_loc(
                                    "non-default argument follows default argument",
                                    a.loc,
                                ));
                            }
                            None => {}
                        }
                        args.push(a);
                    }
                }
                ParamItem::Slash(l, r) => {
                    if seen_slash {
                        return Err(err_at(self, "/ may appear only once", l, r));
                    }
                    if star_at.is_some() {
                        return Err(err_at(self, "/ must be ahead of *", l, r));
                    }
                    if args.is_empty() {
                        let msg = if i + 1 < n {
                            "at least one argument must precede /"
                        } else {
                            "invalid syntax"
                        };
                        return Err(err_at(self, msg, l, r));
                    }
                    seen_slash = true;
                    posonly = std::mem::take(&mut args);
                }
                ParamItem::BareStar(l, r) => {
                    if star_at.is_some() {
                        return Err(err_at(self, "* argument may appear only once", l, r));
                    }
                    star_at = Some(l);
                    bare_star = Some((l, r));
                }
                ParamItem::VarArgs(l, a, eq) => {
                    if star_at.is_some() {
                        return Err(err_at(self, "* argument may appear only once", l, l + 1));
                    }
                    if let Some(eq) = eq {
                        return Err(err_at(
                            self,
                            "var-positional argument cannot have default value",
                            eq,
                            eq + 1,
                        ));
                    }
                    star_at = Some(l);
                    vararg = Some(&*self.arena.alloc(a));
                }
                ParamItem::KwArgs(_, a, eq) => {
                    if let Some(eq) = eq {
                        return Err(err_at(
                            self,
                            "var-keyword argument cannot have default value",
                            eq,
                            eq + 1,
                        ));
                    }
                    seen_kwargs = true;
                    kwarg = Some(&*self.arena.alloc(a));
                }
            }
        }
        if let Some((l, r)) = bare_star
            && kwonly.is_empty()
        {
            let (l, r) = match lambda_colon {
                Some(colon) => {
                    // CPython points at the token after the bare star's comma (a
                    // `**` is two characters wide).
                    let at = after_bare_star.unwrap_or(colon);
                    let wide = self
                        .map
                        .text()
                        .get(at..)
                        .is_some_and(|r| r.starts_with("**"));
                    let width = if wide { 2 } else { 1 };
                    (at, at + width)
                }
                None => (l, r),
            };
            return Err(err_at(self, "named arguments must follow bare *", l, r));
        }
        Ok(self.arena.alloc(Arguments {
            posonlyargs: self.arena.alloc_slice_copy(&posonly),
            args: self.arena.alloc_slice_copy(&args),
            vararg,
            kwonlyargs: self.arena.alloc_slice_copy(&kwonly),
            kw_defaults: self.arena.alloc_slice_copy(&kw_defaults),
            kwarg,
            defaults: self.exprs(defaults),
        }))
    }

    pub fn new(arena: &'a Bump, map: &'s SourceMap<'s>, fstring_depth: usize) -> Self {
        Builder {
            arena,
            map,
            fstring_depth,
            parenthesized_tuples: RefCell::new(FxHashSet::default()),
        }
    }

    /// A tuple written in its own parentheses.
    pub fn paren_tuple(
        &self,
        v: Vec<Expr<'a>>,
        last: Option<Expr<'a>>,
        l: usize,
        r: usize,
    ) -> Expr<'a> {
        let t = self.tuple(v, last, l, r);
        self.parenthesized_tuples
            .borrow_mut()
            .insert((t.loc.line, t.loc.col));
        t
    }

    /// True if `loc` is the location of a tuple written in its own parentheses.
    pub fn is_parenthesized_tuple(&self, loc: Loc) -> bool {
        self.parenthesized_tuples
            .borrow()
            .contains(&(loc.line, loc.col))
    }

    /// Concatenates adjacent string literals (with f-strings) into one expression.
    pub fn strings(
        &self,
        parts: Vec<(usize, &'s str, usize)>,
        l: usize,
        r: usize,
    ) -> PResult<'s, Expr<'a>> {
        super::fstring::concatenate(self, &parts, l, r)
    }
}
