//! The pattern parser: CPython 3.11's `re._parser` rules and error messages, producing
//! the tree that `compile.rs` turns into a program.

use crate::text::wtf8::Placeholders;
use std::collections::HashMap;

pub const MAXREPEAT: u64 = 4_294_967_295;
pub const MAXGROUPS: usize = 1_073_741_823;

pub const FLAG_TEMPLATE: u32 = 1;
pub const FLAG_IGNORECASE: u32 = 2;
pub const FLAG_LOCALE: u32 = 4;
pub const FLAG_MULTILINE: u32 = 8;
pub const FLAG_DOTALL: u32 = 16;
pub const FLAG_UNICODE: u32 = 32;
pub const FLAG_VERBOSE: u32 = 64;
pub const FLAG_DEBUG: u32 = 128;
pub const FLAG_ASCII: u32 = 256;
const TYPE_FLAGS: u32 = FLAG_ASCII | FLAG_LOCALE | FLAG_UNICODE;
const GLOBAL_FLAGS: u32 = FLAG_DEBUG | FLAG_TEMPLATE;

/// Why a pattern was refused.
#[derive(Debug)]
pub enum ReError {
    /// `re.error(msg, pattern, pos)`
    Re(String, Option<usize>),
    Value(String),
    Overflow(String),
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Cat {
    Digit,
    NotDigit,
    Space,
    NotSpace,
    Word,
    NotWord,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum At {
    Beginning,
    BeginningString,
    End,
    EndString,
    Boundary,
    NonBoundary,
}

#[derive(Clone, Copy, Debug)]
pub enum SetItem {
    Lit(u32),
    Range(u32, u32),
    Cat(Cat),
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RepKind {
    Greedy,
    Lazy,
    Possessive,
}

#[derive(Debug)]
pub enum Node {
    Lit(u32),
    Any,
    In(Vec<SetItem>, bool),
    At(At),
    Sub(Option<usize>, u32, u32, Vec<Node>),
    Branch(Vec<Vec<Node>>),
    Repeat(u64, u64, RepKind, Vec<Node>),
    GroupRef(usize),
    Assert(bool, bool, Vec<Node>),
    Atomic(Vec<Node>),
    GroupExists(usize, Vec<Node>, Option<Vec<Node>>),
}

pub struct Parsed {
    pub nodes: Vec<Node>,
    pub flags: u32,
    pub groups: usize,
    pub groupnames: Vec<(String, usize)>,
    pub groupwidths: Vec<(u64, u64)>,
}

#[derive(Clone, Copy, PartialEq, Eq)]
struct Tok {
    c: char,
    esc: bool,
}

impl Tok {
    fn len(self) -> usize {
        if self.esc { 2 } else { 1 }
    }
    fn is(self, c: char) -> bool {
        !self.esc && self.c == c
    }
    fn text(self) -> String {
        if self.esc {
            format!("\\{}", self.c)
        } else {
            self.c.to_string()
        }
    }
}

struct Source<'a> {
    s: &'a [char],
    istext: bool,
    /// The lone surrogates of a str pattern, which arrive as private-use placeholders
    /// (a `char` cannot hold a surrogate); literals map back through it.
    surrogates: Option<&'a Placeholders>,
    /// Index just past `next`.
    index: usize,
    next: Option<Tok>,
}

type R<T> = Result<T, ReError>;

impl<'a> Source<'a> {
    fn new(s: &'a [char], istext: bool, surrogates: Option<&'a Placeholders>) -> R<Source<'a>> {
        let mut src = Source {
            s,
            istext,
            surrogates,
            index: 0,
            next: None,
        };
        src.advance()?;
        Ok(src)
    }
    fn advance(&mut self) -> R<()> {
        let i = self.index;
        let Some(&c) = self.s.get(i) else {
            self.next = None;
            return Ok(());
        };
        if c == '\\' {
            match self.s.get(i + 1) {
                Some(&d) => {
                    self.index = i + 2;
                    self.next = Some(Tok { c: d, esc: true });
                }
                None => {
                    return Err(ReError::Re(
                        "bad escape (end of pattern)".into(),
                        Some(self.s.len() - 1),
                    ));
                }
            }
        } else {
            self.index = i + 1;
            self.next = Some(Tok { c, esc: false });
        }
        Ok(())
    }
    fn get(&mut self) -> R<Option<Tok>> {
        let t = self.next;
        self.advance()?;
        Ok(t)
    }
    fn matches(&mut self, c: char) -> R<bool> {
        if self.next.is_some_and(|t| t.is(c)) {
            self.advance()?;
            return Ok(true);
        }
        Ok(false)
    }
    fn next_is(&self, c: char) -> bool {
        self.next.is_some_and(|t| t.is(c))
    }
    fn next_in(&self, set: &str) -> bool {
        self.next.is_some_and(|t| !t.esc && set.contains(t.c))
    }
    /// The code point a literal pattern character stands for.
    fn code(&self, c: char) -> u32 {
        let cp = c as u32;
        self.surrogates.and_then(|m| m.surrogate(cp)).unwrap_or(cp)
    }
    fn tell(&self) -> usize {
        self.index - self.next.map_or(0, Tok::len)
    }
    fn seek(&mut self, index: usize) -> R<()> {
        self.index = index;
        self.advance()
    }
    fn err<T>(&self, msg: impl Into<String>, offset: usize) -> R<T> {
        Err(ReError::Re(
            msg.into(),
            Some(self.tell().saturating_sub(offset)),
        ))
    }
    fn getwhile(&mut self, n: usize, set: &str) -> R<String> {
        let mut out = String::new();
        for _ in 0..n {
            if !self.next_in(set) {
                break;
            }
            if let Some(t) = self.next {
                out.push(t.c);
            }
            self.advance()?;
        }
        Ok(out)
    }
    fn getuntil(&mut self, term: char, name: &str) -> R<String> {
        let mut out = String::new();
        loop {
            let c = self.next;
            self.advance()?;
            match c {
                None => {
                    if out.is_empty() {
                        return self.err(format!("missing {name}"), 0);
                    }
                    let n = out.chars().count();
                    return self.err(format!("missing {term}, unterminated name"), n);
                }
                Some(t) if t.is(term) => {
                    if out.is_empty() {
                        return self.err(format!("missing {name}"), 1);
                    }
                    return Ok(out);
                }
                Some(t) => out.push_str(&t.text()),
            }
        }
    }
}

struct State {
    flags: u32,
    groupdict: HashMap<String, usize>,
    groupnames: Vec<(String, usize)>,
    groupwidths: Vec<Option<(u64, u64)>>,
    lookbehindgroups: Option<usize>,
    grouprefpos: Vec<(usize, usize)>,
}

impl State {
    fn groups(&self) -> usize {
        self.groupwidths.len()
    }
    fn checkgroup(&self, gid: usize) -> bool {
        gid < self.groups() && self.groupwidths[gid].is_some()
    }
    fn checklookbehindgroup(&self, gid: usize, src: &Source) -> R<()> {
        if let Some(lb) = self.lookbehindgroups {
            if !self.checkgroup(gid) {
                return src.err("cannot refer to an open group", 0);
            }
            if gid >= lb {
                return src.err(
                    "cannot refer to group defined in the same lookbehind subpattern",
                    0,
                );
            }
        }
        Ok(())
    }
}

/// `repr()` of a str as Python writes it (for the messages that quote names).
pub fn py_repr(s: &str) -> String {
    let q = if s.contains('\'') && !s.contains('"') {
        '"'
    } else {
        '\''
    };
    let mut out = String::new();
    out.push(q);
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if c == q => {
                out.push('\\');
                out.push(c);
            }
            c if (c as u32) < 0x20 || c as u32 == 0x7f => {
                out.push_str(&format!("\\x{:02x}", c as u32));
            }
            c if !c.is_ascii() && !crate::text::unicode_props::is_printable(c) => {
                let v = c as u32;
                if v <= 0xff {
                    out.push_str(&format!("\\x{v:02x}"));
                } else if v <= 0xffff {
                    out.push_str(&format!("\\u{v:04x}"));
                } else {
                    out.push_str(&format!("\\U{v:08x}"));
                }
            }
            c => out.push(c),
        }
    }
    out.push(q);
    out
}

fn is_identifier(s: &str) -> bool {
    crate::text::predicates::isidentifier(s)
}

const DIGITS: &str = "0123456789";
const OCTDIGITS: &str = "01234567";
const HEXDIGITS: &str = "0123456789abcdefABCDEF";
const WHITESPACE: &str = " \t\n\r\u{b}\u{c}";
const SPECIAL_CHARS: &str = ".\\[{()*+?^$|";
const REPEAT_CHARS: &str = "*+?{";

fn escape_code(c: char) -> Option<u32> {
    Some(match c {
        'a' => 7,
        'b' => 8,
        'f' => 12,
        'n' => 10,
        'r' => 13,
        't' => 9,
        'v' => 11,
        '\\' => 92,
        _ => return None,
    })
}

enum Category {
    In(Cat),
    At(At),
}

fn category(c: char) -> Option<Category> {
    Some(match c {
        'A' => Category::At(At::BeginningString),
        'b' => Category::At(At::Boundary),
        'B' => Category::At(At::NonBoundary),
        'd' => Category::In(Cat::Digit),
        'D' => Category::In(Cat::NotDigit),
        's' => Category::In(Cat::Space),
        'S' => Category::In(Cat::NotSpace),
        'w' => Category::In(Cat::Word),
        'W' => Category::In(Cat::NotWord),
        'Z' => Category::At(At::EndString),
        _ => return None,
    })
}

enum ClassCode {
    Lit(u32),
    Cat(Cat),
}

/// `\x`, `\u`, `\U`, `\N`: shared by both escape parsers. `None` if `c` is none of them.
fn unicode_escape(src: &mut Source, c: char) -> R<Option<u32>> {
    let esc = format!("\\{c}");
    let (n, total) = match c {
        'x' => (2, 4),
        'u' if src.istext => (4, 6),
        'U' if src.istext => (8, 10),
        'N' if src.istext => {
            if !src.matches('{')? {
                return src.err("missing {", 0);
            }
            let name = src.getuntil('}', "character name")?;
            return match unicode_names2::character(&name) {
                Some(ch) => Ok(Some(ch as u32)),
                None => {
                    let n = name.chars().count() + 4;
                    src.err(format!("undefined character name {}", py_repr(&name)), n)
                }
            };
        }
        _ => return Ok(None),
    };
    let digits = src.getwhile(n, HEXDIGITS)?;
    let full = format!("{esc}{digits}");
    let len = full.chars().count();
    if len != total {
        return src.err(format!("incomplete escape {full}"), len);
    }
    let v = u32::from_str_radix(&digits, 16).unwrap_or(u32::MAX);
    if v > 0x10ffff {
        return src.err(format!("bad escape {full}"), len);
    }
    Ok(Some(v))
}

fn class_escape(src: &mut Source, c: char) -> R<ClassCode> {
    if let Some(v) = escape_code(c) {
        return Ok(ClassCode::Lit(v));
    }
    if let Some(Category::In(cat)) = category(c) {
        return Ok(ClassCode::Cat(cat));
    }
    if let Some(v) = unicode_escape(src, c)? {
        return Ok(ClassCode::Lit(v));
    }
    if OCTDIGITS.contains(c) {
        let more = src.getwhile(2, OCTDIGITS)?;
        let full = format!("{c}{more}");
        let v = u32::from_str_radix(&full, 8).unwrap_or(0);
        if v > 0o377 {
            return src.err(
                format!("octal escape value \\{full} outside of range 0-0o377"),
                full.len() + 1,
            );
        }
        return Ok(ClassCode::Lit(v));
    }
    if DIGITS.contains(c) || c.is_ascii_alphabetic() {
        return src.err(format!("bad escape \\{c}"), 2);
    }
    Ok(ClassCode::Lit(src.code(c)))
}

fn escape(src: &mut Source, c: char, state: &State) -> R<Node> {
    match category(c) {
        Some(Category::In(cat)) => return Ok(Node::In(vec![SetItem::Cat(cat)], false)),
        Some(Category::At(at)) => return Ok(Node::At(at)),
        None => {}
    }
    if let Some(v) = escape_code(c) {
        return Ok(Node::Lit(v));
    }
    if let Some(v) = unicode_escape(src, c)? {
        return Ok(Node::Lit(v));
    }
    if c == '0' {
        let more = src.getwhile(2, OCTDIGITS)?;
        return Ok(Node::Lit(
            u32::from_str_radix(&format!("0{more}"), 8).unwrap_or(0),
        ));
    }
    if DIGITS.contains(c) {
        let mut esc = c.to_string();
        if src.next_in(DIGITS) {
            if let Some(t) = src.get()? {
                esc.push(t.c);
            }
            let b: Vec<char> = esc.chars().collect();
            if OCTDIGITS.contains(b[0]) && OCTDIGITS.contains(b[1]) && src.next_in(OCTDIGITS) {
                if let Some(t) = src.get()? {
                    esc.push(t.c);
                }
                let v = u32::from_str_radix(&esc, 8).unwrap_or(0);
                if v > 0o377 {
                    return src.err(
                        format!("octal escape value \\{esc} outside of range 0-0o377"),
                        esc.len() + 1,
                    );
                }
                return Ok(Node::Lit(v));
            }
        }
        let group: usize = esc.parse().unwrap_or(usize::MAX);
        if group < state.groups() {
            if !state.checkgroup(group) {
                return src.err("cannot refer to an open group", esc.len() + 1);
            }
            state.checklookbehindgroup(group, src)?;
            return Ok(Node::GroupRef(group));
        }
        return src.err(format!("invalid group reference {group}"), esc.len());
    }
    if c.is_ascii_alphabetic() {
        return src.err(format!("bad escape \\{c}"), 2);
    }
    Ok(Node::Lit(src.code(c)))
}

fn flag_of(c: char) -> Option<u32> {
    Some(match c {
        'i' => FLAG_IGNORECASE,
        'L' => FLAG_LOCALE,
        'm' => FLAG_MULTILINE,
        's' => FLAG_DOTALL,
        'x' => FLAG_VERBOSE,
        'a' => FLAG_ASCII,
        't' => FLAG_TEMPLATE,
        'u' => FLAG_UNICODE,
        _ => return None,
    })
}

fn tok_alpha(t: Tok) -> bool {
    !t.esc && t.c.is_alphabetic()
}

/// `(?flags)` / `(?flags-flags:`: None for global flags.
fn parse_flags(src: &mut Source, state: &mut State, first: Tok) -> R<Option<(u32, u32)>> {
    let mut add = 0;
    let mut del = 0;
    let mut ch = first;
    if !ch.is('-') {
        loop {
            let flag = flag_of(ch.c).unwrap_or(0);
            if src.istext {
                if ch.c == 'L' {
                    return src.err(
                        "bad inline flags: cannot use 'L' flag with a str pattern",
                        0,
                    );
                }
            } else if ch.c == 'u' {
                return src.err(
                    "bad inline flags: cannot use 'u' flag with a bytes pattern",
                    0,
                );
            }
            add |= flag;
            if flag & TYPE_FLAGS != 0 && add & TYPE_FLAGS != flag {
                return src.err(
                    "bad inline flags: flags 'a', 'u' and 'L' are incompatible",
                    0,
                );
            }
            match src.get()? {
                None => return src.err("missing -, : or )", 0),
                Some(t) if !t.esc && ")-:".contains(t.c) => {
                    ch = t;
                    break;
                }
                Some(t) => {
                    if t.esc || flag_of(t.c).is_none() {
                        let msg = if tok_alpha(t) {
                            "unknown flag"
                        } else {
                            "missing -, : or )"
                        };
                        return src.err(msg, t.len());
                    }
                    ch = t;
                }
            }
        }
    }
    if ch.is(')') {
        state.flags |= add;
        return Ok(None);
    }
    if add & GLOBAL_FLAGS != 0 {
        return src.err("bad inline flags: cannot turn on global flag", 1);
    }
    if ch.is('-') {
        let Some(mut t) = src.get()? else {
            return src.err("missing flag", 0);
        };
        if t.esc || flag_of(t.c).is_none() {
            let msg = if tok_alpha(t) {
                "unknown flag"
            } else {
                "missing flag"
            };
            return src.err(msg, t.len());
        }
        loop {
            let flag = flag_of(t.c).unwrap_or(0);
            if flag & TYPE_FLAGS != 0 {
                return src.err(
                    "bad inline flags: cannot turn off flags 'a', 'u' and 'L'",
                    0,
                );
            }
            del |= flag;
            match src.get()? {
                None => return src.err("missing :", 0),
                Some(n) if n.is(':') => break,
                Some(n) => {
                    if n.esc || flag_of(n.c).is_none() {
                        let msg = if tok_alpha(n) {
                            "unknown flag"
                        } else {
                            "missing :"
                        };
                        return src.err(msg, n.len());
                    }
                    t = n;
                }
            }
        }
    }
    if del & GLOBAL_FLAGS != 0 {
        return src.err("bad inline flags: cannot turn off global flag", 1);
    }
    if add & del != 0 {
        return src.err("bad inline flags: flag turned on and off", 1);
    }
    Ok(Some((add, del)))
}

fn parse_sub(src: &mut Source, state: &mut State, verbose: bool, nested: usize) -> R<Vec<Node>> {
    let mut items = Vec::new();
    loop {
        let first = nested == 0 && items.is_empty();
        items.push(parse(src, state, verbose, nested + 1, first)?);
        if !src.matches('|')? {
            break;
        }
    }
    if items.len() == 1 {
        return Ok(items.pop().unwrap_or_default());
    }
    Ok(vec![Node::Branch(items)])
}

fn parse(
    src: &mut Source,
    state: &mut State,
    mut verbose: bool,
    nested: usize,
    first: bool,
) -> R<Vec<Node>> {
    let mut sub: Vec<Node> = Vec::new();
    while let Some(this) = src.next {
        if !this.esc && (this.c == '|' || this.c == ')') {
            break;
        }
        src.advance()?;
        if verbose && !this.esc {
            if WHITESPACE.contains(this.c) {
                continue;
            }
            if this.c == '#' {
                loop {
                    match src.get()? {
                        None => break,
                        Some(t) if t.is('\n') => break,
                        _ => {}
                    }
                }
                continue;
            }
        }
        if this.esc {
            let n = escape(src, this.c, state)?;
            sub.push(n);
        } else if !SPECIAL_CHARS.contains(this.c) {
            sub.push(Node::Lit(src.code(this.c)));
        } else if this.c == '[' {
            let here = src.tell() - 1;
            let mut set: Vec<SetItem> = Vec::new();
            let negate = src.matches('^')?;
            loop {
                let Some(t) = src.get()? else {
                    return src.err("unterminated character set", src.tell() - here);
                };
                if t.is(']') && !set.is_empty() {
                    break;
                }
                let code1 = if t.esc {
                    class_escape(src, t.c)?
                } else {
                    ClassCode::Lit(src.code(t.c))
                };
                if src.matches('-')? {
                    let Some(that) = src.get()? else {
                        return src.err("unterminated character set", src.tell() - here);
                    };
                    if that.is(']') {
                        set.push(match code1 {
                            ClassCode::Lit(v) => SetItem::Lit(v),
                            ClassCode::Cat(c) => SetItem::Cat(c),
                        });
                        set.push(SetItem::Lit('-' as u32));
                        break;
                    }
                    let code2 = if that.esc {
                        class_escape(src, that.c)?
                    } else {
                        ClassCode::Lit(src.code(that.c))
                    };
                    let msg = format!("bad character range {}-{}", t.text(), that.text());
                    let off = t.len() + 1 + that.len();
                    match (code1, code2) {
                        (ClassCode::Lit(lo), ClassCode::Lit(hi)) => {
                            if hi < lo {
                                return src.err(msg, off);
                            }
                            set.push(SetItem::Range(lo, hi));
                        }
                        _ => return src.err(msg, off),
                    }
                } else {
                    set.push(match code1 {
                        ClassCode::Lit(v) => SetItem::Lit(v),
                        ClassCode::Cat(c) => SetItem::Cat(c),
                    });
                }
            }
            sub.push(Node::In(set, negate));
        } else if REPEAT_CHARS.contains(this.c) {
            let here = src.tell();
            let (min, max) = match this.c {
                '?' => (0, 1),
                '*' => (0, MAXREPEAT),
                '+' => (1, MAXREPEAT),
                _ => {
                    if src.next_is('}') {
                        sub.push(Node::Lit('{' as u32));
                        continue;
                    }
                    let (mut min, mut max) = (0, MAXREPEAT);
                    let lo = src.getwhile(usize::MAX, DIGITS)?;
                    let hi = if src.matches(',')? {
                        src.getwhile(usize::MAX, DIGITS)?
                    } else {
                        lo.clone()
                    };
                    if !src.matches('}')? {
                        sub.push(Node::Lit('{' as u32));
                        src.seek(here)?;
                        continue;
                    }
                    let too_large =
                        || ReError::Overflow("the repetition number is too large".into());
                    if !lo.is_empty() {
                        min = lo.parse::<u64>().unwrap_or(u64::MAX);
                        if min >= MAXREPEAT {
                            return Err(too_large());
                        }
                    }
                    if !hi.is_empty() {
                        max = hi.parse::<u64>().unwrap_or(u64::MAX);
                        if max >= MAXREPEAT {
                            return Err(too_large());
                        }
                        if max < min {
                            return src
                                .err("min repeat greater than max repeat", src.tell() - here);
                        }
                    }
                    (min, max)
                }
            };
            let off = src.tell() - here + 1;
            let Some(last) = sub.pop() else {
                return src.err("nothing to repeat", off);
            };
            match last {
                Node::At(_) => return src.err("nothing to repeat", off),
                Node::Repeat(..) => return src.err("multiple repeat", off),
                _ => {}
            }
            let item = match last {
                Node::Sub(None, 0, 0, p) => p,
                other => vec![other],
            };
            let kind = if src.matches('?')? {
                RepKind::Lazy
            } else if src.matches('+')? {
                RepKind::Possessive
            } else {
                RepKind::Greedy
            };
            sub.push(Node::Repeat(min, max, kind, item));
        } else if this.c == '.' {
            sub.push(Node::Any);
        } else if this.c == '(' {
            let start = src.tell() - 1;
            let mut capture = true;
            let mut atomic = false;
            let mut name: Option<String> = None;
            let (mut add, mut del) = (0, 0);
            if src.matches('?')? {
                let Some(ch) = src.get()? else {
                    return src.err("unexpected end of pattern", 0);
                };
                if ch.is('P') {
                    if src.matches('<')? {
                        let n = src.getuntil('>', "group name")?;
                        check_group_name(src, &n, 1)?;
                        name = Some(n);
                    } else if src.matches('=')? {
                        let n = src.getuntil(')', "group name")?;
                        check_group_name(src, &n, 1)?;
                        let nl = n.chars().count() + 1;
                        let Some(&gid) = state.groupdict.get(&n) else {
                            return src.err(format!("unknown group name {}", py_repr(&n)), nl);
                        };
                        if !state.checkgroup(gid) {
                            return src.err("cannot refer to an open group", nl);
                        }
                        state.checklookbehindgroup(gid, src)?;
                        sub.push(Node::GroupRef(gid));
                        continue;
                    } else {
                        let Some(c2) = src.get()? else {
                            return src.err("unexpected end of pattern", 0);
                        };
                        return src.err(format!("unknown extension ?P{}", c2.text()), c2.len() + 2);
                    }
                } else if ch.is(':') {
                    capture = false;
                } else if ch.is('#') {
                    loop {
                        if src.next.is_none() {
                            return src.err("missing ), unterminated comment", src.tell() - start);
                        }
                        if src.get()?.is_some_and(|t| t.is(')')) {
                            break;
                        }
                    }
                    continue;
                } else if !ch.esc && "=!<".contains(ch.c) {
                    let mut c = ch;
                    let mut behind = false;
                    let mut saved_lb = None;
                    if ch.is('<') {
                        let Some(c2) = src.get()? else {
                            return src.err("unexpected end of pattern", 0);
                        };
                        if !(c2.is('=') || c2.is('!')) {
                            return src
                                .err(format!("unknown extension ?<{}", c2.text()), c2.len() + 2);
                        }
                        c = c2;
                        behind = true;
                        saved_lb = Some(state.lookbehindgroups);
                        if state.lookbehindgroups.is_none() {
                            state.lookbehindgroups = Some(state.groups());
                        }
                    }
                    let p = parse_sub(src, state, verbose, nested + 1)?;
                    if let Some(None) = saved_lb {
                        state.lookbehindgroups = None;
                    }
                    if !src.matches(')')? {
                        return src.err("missing ), unterminated subpattern", src.tell() - start);
                    }
                    sub.push(Node::Assert(behind, c.is('!'), p));
                    continue;
                } else if ch.is('(') {
                    let cond = src.getuntil(')', "group name")?;
                    let cl = cond.chars().count() + 1;
                    let gid;
                    if is_identifier(&cond) {
                        match state.groupdict.get(&cond) {
                            Some(&g) => gid = g,
                            None => {
                                return src
                                    .err(format!("unknown group name {}", py_repr(&cond)), cl);
                            }
                        }
                    } else {
                        let ok = !cond.is_empty()
                            && cond.trim().chars().all(|c| c.is_ascii_digit())
                            && !cond.trim().is_empty();
                        let v = cond.trim().parse::<u64>().ok().filter(|_| ok);
                        let Some(v) = v else {
                            return src.err(
                                format!("bad character in group name {}", py_repr(&cond)),
                                cl,
                            );
                        };
                        if v == 0 {
                            return src.err("bad group number", cl);
                        }
                        if v >= MAXGROUPS as u64 {
                            return src.err(format!("invalid group reference {v}"), cl);
                        }
                        gid = v as usize;
                        if !state.grouprefpos.iter().any(|&(g, _)| g == gid) {
                            state.grouprefpos.push((gid, src.tell() - cl));
                        }
                    }
                    state.checklookbehindgroup(gid, src)?;
                    let yes = parse(src, state, verbose, nested + 1, false)?;
                    let no = if src.matches('|')? {
                        let no = parse(src, state, verbose, nested + 1, false)?;
                        if src.next_is('|') {
                            return src.err("conditional backref with more than two branches", 0);
                        }
                        Some(no)
                    } else {
                        None
                    };
                    if !src.matches(')')? {
                        return src.err("missing ), unterminated subpattern", src.tell() - start);
                    }
                    sub.push(Node::GroupExists(gid, yes, no));
                    continue;
                } else if ch.is('>') {
                    capture = false;
                    atomic = true;
                } else if !ch.esc && (flag_of(ch.c).is_some() || ch.c == '-') {
                    match parse_flags(src, state, ch)? {
                        None => {
                            if !first || !sub.is_empty() {
                                return src.err(
                                    "global flags not at the start of the expression",
                                    src.tell() - start,
                                );
                            }
                            verbose = state.flags & FLAG_VERBOSE != 0;
                            continue;
                        }
                        Some((a, d)) => {
                            add = a;
                            del = d;
                            capture = false;
                        }
                    }
                } else {
                    return src.err(format!("unknown extension ?{}", ch.text()), ch.len() + 1);
                }
            }
            let group = if capture {
                let gid = state.groups();
                if let Some(n) = &name {
                    if let Some(&old) = state.groupdict.get(n) {
                        return src.err(
                            format!(
                                "redefinition of group name {} as group {gid}; was group {old}",
                                py_repr(n)
                            ),
                            n.chars().count() + 1,
                        );
                    }
                    state.groupdict.insert(n.clone(), gid);
                    state.groupnames.push((n.clone(), gid));
                }
                state.groupwidths.push(None);
                Some(gid)
            } else {
                None
            };
            let sub_verbose = (verbose || add & FLAG_VERBOSE != 0) && del & FLAG_VERBOSE == 0;
            let p = parse_sub(src, state, sub_verbose, nested + 1)?;
            if !src.matches(')')? {
                return src.err("missing ), unterminated subpattern", src.tell() - start);
            }
            if let Some(g) = group {
                let w = width(&p, state);
                state.groupwidths[g] = Some(w);
            }
            if atomic {
                sub.push(Node::Atomic(p));
            } else {
                sub.push(Node::Sub(group, add, del, p));
            }
        } else if this.c == '^' {
            sub.push(Node::At(At::Beginning));
        } else if this.c == '$' {
            sub.push(Node::At(At::End));
        }
    }
    Ok(sub)
}

fn check_group_name(src: &Source, name: &str, offset: usize) -> R<()> {
    if !is_identifier(name) {
        return src.err(
            format!("bad character in group name {}", py_repr(name)),
            name.chars().count() + offset,
        );
    }
    Ok(())
}

fn width(nodes: &[Node], state: &State) -> (u64, u64) {
    let ws = |g: usize| {
        state
            .groupwidths
            .get(g)
            .copied()
            .flatten()
            .unwrap_or((0, 0))
    };
    width_with(nodes, &ws)
}

/// `SubPattern.getwidth`: the minimum and maximum width.
pub fn width_with(nodes: &[Node], gw: &dyn Fn(usize) -> (u64, u64)) -> (u64, u64) {
    let (mut lo, mut hi) = (0u64, 0u64);
    for n in nodes {
        let (i, j) = match n {
            Node::Branch(alts) => {
                let mut i = MAXREPEAT - 1;
                let mut j = 0;
                for a in alts {
                    let (l, h) = width_with(a, gw);
                    i = i.min(l);
                    j = j.max(h);
                }
                (i, j)
            }
            Node::Atomic(p) | Node::Sub(_, _, _, p) => width_with(p, gw),
            Node::Repeat(min, max, _, p) => {
                let (i, j) = width_with(p, gw);
                let l = i.saturating_mul(*min);
                if *max == MAXREPEAT && j > 0 {
                    lo = lo.saturating_add(l);
                    hi = MAXREPEAT;
                    continue;
                }
                (l, j.saturating_mul(*max))
            }
            Node::Lit(_) | Node::Any | Node::In(..) => (1, 1),
            Node::GroupRef(g) => gw(*g),
            Node::GroupExists(_, yes, no) => {
                let (mut i, mut j) = width_with(yes, gw);
                match no {
                    Some(no) => {
                        let (l, h) = width_with(no, gw);
                        i = i.min(l);
                        j = j.max(h);
                    }
                    None => i = 0,
                }
                (i, j)
            }
            Node::At(_) | Node::Assert(..) => (0, 0),
        };
        lo = lo.saturating_add(i);
        hi = hi.saturating_add(j);
    }
    (lo.min(MAXREPEAT - 1), hi.min(MAXREPEAT))
}

/// Parses `pattern` (a bytes pattern arrives decoded as latin-1; a str pattern's lone
/// surrogates as the placeholders of `surrogates`).
pub fn parse_pattern(
    pattern: &[char],
    istext: bool,
    flags: u32,
    surrogates: Option<&Placeholders>,
) -> R<Parsed> {
    let mut src = Source::new(pattern, istext, surrogates)?;
    let mut state = State {
        flags,
        groupdict: HashMap::new(),
        groupnames: Vec::new(),
        groupwidths: vec![Some((0, 0))],
        lookbehindgroups: None,
        grouprefpos: Vec::new(),
    };
    let nodes = parse_sub(&mut src, &mut state, flags & FLAG_VERBOSE != 0, 0)?;
    let mut flags = state.flags;
    if istext {
        if flags & FLAG_LOCALE != 0 {
            return Err(ReError::Value(
                "cannot use LOCALE flag with a str pattern".into(),
            ));
        }
        if flags & FLAG_ASCII == 0 {
            flags |= FLAG_UNICODE;
        } else if flags & FLAG_UNICODE != 0 {
            return Err(ReError::Value(
                "ASCII and UNICODE flags are incompatible".into(),
            ));
        }
    } else {
        if flags & FLAG_UNICODE != 0 {
            return Err(ReError::Value(
                "cannot use UNICODE flag with a bytes pattern".into(),
            ));
        }
        if flags & FLAG_LOCALE != 0 && flags & FLAG_ASCII != 0 {
            return Err(ReError::Value(
                "ASCII and LOCALE flags are incompatible".into(),
            ));
        }
    }
    if src.next.is_some() {
        return src.err("unbalanced parenthesis", 0);
    }
    for &(g, pos) in &state.grouprefpos {
        if g >= state.groups() {
            return Err(ReError::Re(
                format!("invalid group reference {g}"),
                Some(pos),
            ));
        }
    }
    let groupwidths = state
        .groupwidths
        .iter()
        .map(|w| w.unwrap_or((0, 0)))
        .collect();
    Ok(Parsed {
        nodes,
        flags,
        groups: state.groups(),
        groupnames: state.groupnames,
        groupwidths,
    })
}
