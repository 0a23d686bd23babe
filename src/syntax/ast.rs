//! The abstract syntax tree, shaped like CPython's `ast` module.
//!
//! Every node lives in a `bumpalo::Bump` arena owned by the caller of the parser; the whole
//! tree is dropped at once after compilation. Nodes therefore hold only `Copy` data and
//! references into the arena (no `Drop` types: the arena never runs destructors).

/// A source span. Lines are 1-based; columns are 0-based UTF-8 byte offsets within their
/// line, as CPython's `col_offset` / `end_col_offset`.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Loc {
    pub line: u32,
    pub col: u32,
    pub end_line: u32,
    pub end_col: u32,
}

pub type Ident<'a> = &'a str;
pub type Body<'a> = &'a [Stmt<'a>];

#[derive(Clone, Copy, Debug)]
pub struct Module<'a> {
    pub body: Body<'a>,
    /// The decimal integer literal with the most digits (underscores not counted) and
    /// its line: converting it is subject to the interpreter's int digit limit, which
    /// the parser does not know (CPython reports it as a SyntaxError).
    pub longest_decimal_literal: Option<(usize, u32)>,
}

#[derive(Clone, Copy, Debug)]
pub struct Stmt<'a> {
    pub loc: Loc,
    pub kind: StmtKind<'a>,
}

#[derive(Clone, Copy, Debug)]
pub enum StmtKind<'a> {
    FunctionDef(&'a FunctionDef<'a>),
    ClassDef(&'a ClassDef<'a>),
    Return(Option<&'a Expr<'a>>),
    Delete(&'a [Expr<'a>]),
    /// `a = b = value`: `targets` holds `a` and `b`, left to right.
    Assign {
        targets: &'a [Expr<'a>],
        value: &'a Expr<'a>,
    },
    AugAssign {
        target: &'a Expr<'a>,
        op: BinOp,
        value: &'a Expr<'a>,
    },
    /// `target: annotation [= value]`; `simple` is true when the target is a bare name
    /// that was not written in parentheses (CPython's `simple` flag).
    AnnAssign {
        target: &'a Expr<'a>,
        annotation: &'a Expr<'a>,
        value: Option<&'a Expr<'a>>,
        simple: bool,
    },
    /// `for` (`is_async`: `async for`, CPython's AsyncFor).
    For {
        target: &'a Expr<'a>,
        iter: &'a Expr<'a>,
        body: Body<'a>,
        orelse: Body<'a>,
        is_async: bool,
    },
    While {
        test: &'a Expr<'a>,
        body: Body<'a>,
        orelse: Body<'a>,
    },
    /// `elif` chains are nested `If` statements in `orelse`, as in CPython.
    If {
        test: &'a Expr<'a>,
        body: Body<'a>,
        orelse: Body<'a>,
    },
    /// `with` (`is_async`: `async with`, CPython's AsyncWith).
    With {
        items: &'a [WithItem<'a>],
        body: Body<'a>,
        is_async: bool,
    },
    Raise {
        exc: Option<&'a Expr<'a>>,
        cause: Option<&'a Expr<'a>>,
    },
    Try {
        body: Body<'a>,
        handlers: &'a [ExceptHandler<'a>],
        orelse: Body<'a>,
        finalbody: Body<'a>,
    },
    Assert {
        test: &'a Expr<'a>,
        msg: Option<&'a Expr<'a>>,
    },
    Import(&'a [Alias<'a>]),
    /// `from .mod import a as b`; `module` is None for `from . import x`; `names` holds a
    /// single alias named `*` for a star import.
    ImportFrom {
        module: Option<Ident<'a>>,
        names: &'a [Alias<'a>],
        level: u32,
    },
    /// `match subject:` with its `case` blocks (PEP 634).
    Match {
        subject: &'a Expr<'a>,
        cases: &'a [MatchCase<'a>],
    },
    Global(&'a [Ident<'a>]),
    Nonlocal(&'a [Ident<'a>]),
    Expr(&'a Expr<'a>),
    Pass,
    Break,
    Continue,
}

/// One `case pattern [if guard]: body` of a match statement.
#[derive(Clone, Copy, Debug)]
pub struct MatchCase<'a> {
    pub pattern: &'a Pattern<'a>,
    pub guard: Option<&'a Expr<'a>>,
    pub body: Body<'a>,
}

#[derive(Clone, Copy, Debug)]
pub struct Pattern<'a> {
    pub loc: Loc,
    pub kind: PatternKind<'a>,
}

/// The pattern nodes of CPython's `ast` module.
#[derive(Clone, Copy, Debug)]
pub enum PatternKind<'a> {
    /// A literal or a dotted name, compared with `==`.
    MatchValue(&'a Expr<'a>),
    /// `None`, `True` or `False`, compared with `is`.
    MatchSingleton(Constant<'a>),
    MatchSequence(&'a [Pattern<'a>]),
    /// `{k: p, **rest}`.
    MatchMapping {
        keys: &'a [Expr<'a>],
        patterns: &'a [Pattern<'a>],
        rest: Option<Ident<'a>>,
    },
    /// `cls(p, ..., name=p, ...)`.
    MatchClass {
        cls: &'a Expr<'a>,
        patterns: &'a [Pattern<'a>],
        kwd_attrs: &'a [Ident<'a>],
        kwd_patterns: &'a [Pattern<'a>],
    },
    /// `*name` (None for `*_`) inside a sequence pattern.
    MatchStar(Option<Ident<'a>>),
    /// `p as name`, a capture (`pattern` None) or the wildcard (both None).
    MatchAs {
        pattern: Option<&'a Pattern<'a>>,
        name: Option<Ident<'a>>,
    },
    MatchOr(&'a [Pattern<'a>]),
}

#[derive(Clone, Copy, Debug)]
pub struct FunctionDef<'a> {
    pub name: Ident<'a>,
    pub args: &'a Arguments<'a>,
    pub body: Body<'a>,
    pub decorators: &'a [Expr<'a>],
    pub returns: Option<&'a Expr<'a>>,
    /// `async def` (CPython's AsyncFunctionDef).
    pub is_async: bool,
}

#[derive(Clone, Copy, Debug)]
pub struct ClassDef<'a> {
    pub name: Ident<'a>,
    pub bases: &'a [Expr<'a>],
    pub keywords: &'a [Keyword<'a>],
    pub body: Body<'a>,
    pub decorators: &'a [Expr<'a>],
}

/// A parameter list. `defaults` belong to the last `defaults.len()` entries of
/// `posonlyargs ++ args`; `kw_defaults` has one entry per `kwonlyargs` entry.
#[derive(Clone, Copy, Debug, Default)]
pub struct Arguments<'a> {
    pub posonlyargs: &'a [Arg<'a>],
    pub args: &'a [Arg<'a>],
    pub vararg: Option<&'a Arg<'a>>,
    pub kwonlyargs: &'a [Arg<'a>],
    pub kw_defaults: &'a [Option<&'a Expr<'a>>],
    pub kwarg: Option<&'a Arg<'a>>,
    pub defaults: &'a [Expr<'a>],
}

#[derive(Clone, Copy, Debug)]
pub struct Arg<'a> {
    pub name: Ident<'a>,
    pub annotation: Option<&'a Expr<'a>>,
    pub loc: Loc,
}

/// `name=value` in a call or class header; `name` is None for `**value`.
#[derive(Clone, Copy, Debug)]
pub struct Keyword<'a> {
    pub name: Option<Ident<'a>>,
    pub value: &'a Expr<'a>,
    pub loc: Loc,
}

#[derive(Clone, Copy, Debug)]
pub struct ExceptHandler<'a> {
    pub typ: Option<&'a Expr<'a>>,
    pub name: Option<Ident<'a>>,
    pub body: Body<'a>,
    pub loc: Loc,
    /// An `except*` clause (all clauses of one `try` are of the same kind).
    pub star: bool,
}

#[derive(Clone, Copy, Debug)]
pub struct WithItem<'a> {
    pub context: &'a Expr<'a>,
    pub optional_vars: Option<&'a Expr<'a>>,
}

/// `import a.b.c as d`: `name` is the dotted name as written (`"a.b.c"`).
#[derive(Clone, Copy, Debug)]
pub struct Alias<'a> {
    pub name: Ident<'a>,
    pub asname: Option<Ident<'a>>,
    pub loc: Loc,
}

#[derive(Clone, Copy, Debug)]
pub struct Comprehension<'a> {
    pub target: &'a Expr<'a>,
    pub iter: &'a Expr<'a>,
    pub ifs: &'a [Expr<'a>],
    pub is_async: bool,
}

#[derive(Clone, Copy, Debug)]
pub struct Expr<'a> {
    pub loc: Loc,
    pub kind: ExprKind<'a>,
}

#[derive(Clone, Copy, Debug)]
pub enum ExprKind<'a> {
    /// `a and b and c` is one node with three values.
    BoolOp {
        op: BoolOp,
        values: &'a [Expr<'a>],
    },
    /// `target := value`
    NamedExpr {
        target: &'a Expr<'a>,
        value: &'a Expr<'a>,
    },
    BinOp {
        left: &'a Expr<'a>,
        op: BinOp,
        right: &'a Expr<'a>,
    },
    UnaryOp {
        op: UnaryOp,
        operand: &'a Expr<'a>,
    },
    Lambda {
        args: &'a Arguments<'a>,
        body: &'a Expr<'a>,
    },
    IfExp {
        test: &'a Expr<'a>,
        body: &'a Expr<'a>,
        orelse: &'a Expr<'a>,
    },
    /// A key of None means `**values[i]` unpacking.
    Dict {
        keys: &'a [Option<&'a Expr<'a>>],
        values: &'a [Expr<'a>],
    },
    Set(&'a [Expr<'a>]),
    ListComp {
        elt: &'a Expr<'a>,
        generators: &'a [Comprehension<'a>],
    },
    SetComp {
        elt: &'a Expr<'a>,
        generators: &'a [Comprehension<'a>],
    },
    DictComp {
        key: &'a Expr<'a>,
        value: &'a Expr<'a>,
        generators: &'a [Comprehension<'a>],
    },
    GeneratorExp {
        elt: &'a Expr<'a>,
        generators: &'a [Comprehension<'a>],
    },
    Yield(Option<&'a Expr<'a>>),
    YieldFrom(&'a Expr<'a>),
    Await(&'a Expr<'a>),
    /// `a < b <= c`: left `a`, ops `[Lt, LtE]`, comparators `[b, c]`.
    Compare {
        left: &'a Expr<'a>,
        ops: &'a [CmpOp],
        comparators: &'a [Expr<'a>],
    },
    /// Positional arguments may include `Starred` nodes (`*args`); `**kw` is a keyword
    /// with no name.
    Call {
        func: &'a Expr<'a>,
        args: &'a [Expr<'a>],
        keywords: &'a [Keyword<'a>],
    },
    /// One `{...}` field of an f-string. `conversion` is `'s'`, `'r'` or `'a'`;
    /// `format_spec` is itself a `JoinedStr` (it may contain nested fields).
    FormattedValue {
        value: &'a Expr<'a>,
        conversion: Option<char>,
        format_spec: Option<&'a Expr<'a>>,
    },
    /// An f-string (possibly concatenated with plain literals): its parts are
    /// `Constant(Str)` and `FormattedValue` nodes.
    JoinedStr(&'a [Expr<'a>]),
    Constant(Constant<'a>),
    Attribute {
        value: &'a Expr<'a>,
        attr: Ident<'a>,
    },
    /// `value[slice]`; `a[1:2, 3]` has a `Tuple` slice holding a `Slice` node.
    Subscript {
        value: &'a Expr<'a>,
        slice: &'a Expr<'a>,
    },
    Starred(&'a Expr<'a>),
    Name(Ident<'a>),
    List(&'a [Expr<'a>]),
    Tuple(&'a [Expr<'a>]),
    /// Only valid directly inside a subscript.
    Slice {
        lower: Option<&'a Expr<'a>>,
        upper: Option<&'a Expr<'a>>,
        step: Option<&'a Expr<'a>>,
    },
}

#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Constant<'a> {
    None,
    True,
    False,
    Ellipsis,
    Int(i64),
    /// An integer literal too large for i64, as decimal digits (no sign, no underscores).
    BigInt(&'a str),
    Float(f64),
    /// The imaginary part of a complex literal such as `3j` (kept so that the compiler can
    /// report complex numbers as unsupported with a proper error).
    Imaginary(f64),
    /// String literal after escape processing and adjacent-literal concatenation.
    Str(&'a str),
    /// A str literal holding lone surrogates (`'\ud800'`), as generalised UTF-8 bytes.
    StrWtf8(&'a [u8]),
    Bytes(&'a [u8]),
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BoolOp {
    And,
    Or,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum BinOp {
    Add,
    Sub,
    Mult,
    MatMult,
    Div,
    Mod,
    Pow,
    LShift,
    RShift,
    BitOr,
    BitXor,
    BitAnd,
    FloorDiv,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum UnaryOp {
    Invert,
    Not,
    UAdd,
    USub,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CmpOp {
    Eq,
    NotEq,
    Lt,
    LtE,
    Gt,
    GtE,
    Is,
    IsNot,
    In,
    NotIn,
}
