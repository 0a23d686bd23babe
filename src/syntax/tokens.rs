//! The tokens the grammar consumes: what the indentation layer hands to the LR parser.

use std::fmt;

/// One token. Names, numbers and strings borrow their raw text from the source; the
/// grammar actions turn that text into values (so that arena allocation happens in one
/// place and errors can point at the right token).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Tok<'s> {
    Name(&'s str),
    /// Raw numeric literal text, already checked for well-formedness by the lexer.
    Number(&'s str),
    /// Raw string literal text including prefix and quotes, already known to be terminated.
    String(&'s str),
    Newline,
    Indent,
    Dedent,

    // Keywords.
    False,
    None,
    True,
    And,
    As,
    Assert,
    Async,
    Await,
    Break,
    Class,
    Continue,
    Def,
    Del,
    Elif,
    Else,
    Except,
    Finally,
    For,
    From,
    Global,
    If,
    Import,
    In,
    Is,
    Lambda,
    Nonlocal,
    Not,
    Or,
    Pass,
    Raise,
    Return,
    Try,
    While,
    With,
    Yield,
    /// Soft keywords, made from names at the start of a match statement / case block
    /// (see `soft_keywords.rs`).
    Match,
    Case,

    // Brackets.
    Lpar,
    Rpar,
    Lsqb,
    Rsqb,
    Lbrace,
    Rbrace,

    // Operators and delimiters.
    Colon,
    Comma,
    Semi,
    Plus,
    Minus,
    Star,
    Slash,
    Vbar,
    Amper,
    Less,
    Greater,
    Equal,
    Dot,
    Percent,
    EqEqual,
    NotEqual,
    LessEqual,
    GreaterEqual,
    Tilde,
    Circumflex,
    LeftShift,
    RightShift,
    DoubleStar,
    PlusEqual,
    MinEqual,
    StarEqual,
    SlashEqual,
    PercentEqual,
    AmperEqual,
    VbarEqual,
    CircumflexEqual,
    LeftShiftEqual,
    RightShiftEqual,
    DoubleStarEqual,
    DoubleSlash,
    DoubleSlashEqual,
    At,
    AtEqual,
    Rarrow,
    Ellipsis,
    ColonEqual,
    /// `!` on its own: only meaningful inside f-string replacement fields, where the
    /// f-string scanner handles it; the grammar never accepts it.
    Exclamation,
    /// A printable ASCII character that starts no token (`$`, `?`, a backtick): CPython's
    /// ERRORTOKEN, which the grammar never accepts, so it surfaces as "invalid syntax".
    Unknown(&'s str),

    // Synthetic tokens, never produced by the lexer.
    /// First token of the stream: selects what the grammar parses.
    StartFile,
    StartInteractive,
    StartEval,
    StartFString,
    /// The parentheses of `with (a as b, c as d):`, told apart from a parenthesised
    /// expression before parsing (see `parser::mark_with_parens`).
    WithLpar,
    WithRpar,
}

/// Keyword lookup for an identifier-shaped word.
pub fn keyword(word: &str) -> Option<Tok<'static>> {
    Some(match word {
        "False" => Tok::False,
        "None" => Tok::None,
        "True" => Tok::True,
        "and" => Tok::And,
        "as" => Tok::As,
        "assert" => Tok::Assert,
        "async" => Tok::Async,
        "await" => Tok::Await,
        "break" => Tok::Break,
        "class" => Tok::Class,
        "continue" => Tok::Continue,
        "def" => Tok::Def,
        "del" => Tok::Del,
        "elif" => Tok::Elif,
        "else" => Tok::Else,
        "except" => Tok::Except,
        "finally" => Tok::Finally,
        "for" => Tok::For,
        "from" => Tok::From,
        "global" => Tok::Global,
        "if" => Tok::If,
        "import" => Tok::Import,
        "in" => Tok::In,
        "is" => Tok::Is,
        "lambda" => Tok::Lambda,
        "nonlocal" => Tok::Nonlocal,
        "not" => Tok::Not,
        "or" => Tok::Or,
        "pass" => Tok::Pass,
        "raise" => Tok::Raise,
        "return" => Tok::Return,
        "try" => Tok::Try,
        "while" => Tok::While,
        "with" => Tok::With,
        "yield" => Tok::Yield,
        _ => return None,
    })
}

impl Tok<'_> {
    /// The source spelling of a fixed token (empty for tokens with variable text).
    pub fn text(&self) -> &str {
        match self {
            Tok::Name(s) | Tok::Number(s) | Tok::String(s) | Tok::Unknown(s) => s,
            Tok::Newline
            | Tok::Indent
            | Tok::Dedent
            | Tok::StartFile
            | Tok::StartInteractive
            | Tok::StartEval
            | Tok::StartFString => "",
            Tok::WithLpar => "(",
            Tok::WithRpar => ")",
            Tok::False => "False",
            Tok::None => "None",
            Tok::True => "True",
            Tok::And => "and",
            Tok::As => "as",
            Tok::Assert => "assert",
            Tok::Async => "async",
            Tok::Await => "await",
            Tok::Break => "break",
            Tok::Class => "class",
            Tok::Continue => "continue",
            Tok::Def => "def",
            Tok::Del => "del",
            Tok::Elif => "elif",
            Tok::Else => "else",
            Tok::Except => "except",
            Tok::Finally => "finally",
            Tok::For => "for",
            Tok::From => "from",
            Tok::Global => "global",
            Tok::If => "if",
            Tok::Import => "import",
            Tok::In => "in",
            Tok::Is => "is",
            Tok::Lambda => "lambda",
            Tok::Nonlocal => "nonlocal",
            Tok::Not => "not",
            Tok::Or => "or",
            Tok::Pass => "pass",
            Tok::Raise => "raise",
            Tok::Return => "return",
            Tok::Try => "try",
            Tok::While => "while",
            Tok::With => "with",
            Tok::Yield => "yield",
            Tok::Match => "match",
            Tok::Case => "case",
            Tok::Lpar => "(",
            Tok::Rpar => ")",
            Tok::Lsqb => "[",
            Tok::Rsqb => "]",
            Tok::Lbrace => "{",
            Tok::Rbrace => "}",
            Tok::Colon => ":",
            Tok::Comma => ",",
            Tok::Semi => ";",
            Tok::Plus => "+",
            Tok::Minus => "-",
            Tok::Star => "*",
            Tok::Slash => "/",
            Tok::Vbar => "|",
            Tok::Amper => "&",
            Tok::Less => "<",
            Tok::Greater => ">",
            Tok::Equal => "=",
            Tok::Dot => ".",
            Tok::Percent => "%",
            Tok::EqEqual => "==",
            Tok::NotEqual => "!=",
            Tok::LessEqual => "<=",
            Tok::GreaterEqual => ">=",
            Tok::Tilde => "~",
            Tok::Circumflex => "^",
            Tok::LeftShift => "<<",
            Tok::RightShift => ">>",
            Tok::DoubleStar => "**",
            Tok::PlusEqual => "+=",
            Tok::MinEqual => "-=",
            Tok::StarEqual => "*=",
            Tok::SlashEqual => "/=",
            Tok::PercentEqual => "%=",
            Tok::AmperEqual => "&=",
            Tok::VbarEqual => "|=",
            Tok::CircumflexEqual => "^=",
            Tok::LeftShiftEqual => "<<=",
            Tok::RightShiftEqual => ">>=",
            Tok::DoubleStarEqual => "**=",
            Tok::DoubleSlash => "//",
            Tok::DoubleSlashEqual => "//=",
            Tok::At => "@",
            Tok::AtEqual => "@=",
            Tok::Rarrow => "->",
            Tok::Ellipsis => "...",
            Tok::ColonEqual => ":=",
            Tok::Exclamation => "!",
        }
    }
}

impl fmt::Display for Tok<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Tok::Newline => f.write_str("NEWLINE"),
            Tok::Indent => f.write_str("INDENT"),
            Tok::Dedent => f.write_str("DEDENT"),
            other => f.write_str(other.text()),
        }
    }
}

/// A token with its byte span in the (newline-normalised) source.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Spanned<'s> {
    pub tok: Tok<'s>,
    pub start: usize,
    pub end: usize,
}
