//! The matching engine: a backtracking machine with an explicit stack (no recursion,
//! so no pattern can overflow the Rust stack), following the semantics of CPython's
//! SRE: leftmost-first alternation, greedy / lazy / possessive repeats with SRE's
//! zero-width-iteration guard, lookarounds, atomic groups, backreferences.

use crate::text::unicode_props as up;

pub const NONE: usize = usize::MAX;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Case {
    Sensitive,
    Ascii,
    Unicode,
}

/// The simple lowercase mapping of a code point (`Py_UNICODE_TOLOWER`).
pub fn lower(c: u32) -> u32 {
    if c < 128 {
        return (c as u8).to_ascii_lowercase() as u32;
    }
    let Some(ch) = char::from_u32(c) else {
        return c;
    };
    let mut s = String::new();
    up::push_lower(&mut s, ch);
    let mut it = s.chars();
    match (it.next(), it.next()) {
        (Some(a), None) => a as u32,
        (Some(a), Some(_)) if ch == '\u{130}' => a as u32,
        _ => c,
    }
}

/// The uppercase of a code point when its full uppercase mapping is one character
/// (what CPython's table of case-insensitive equivalents is built from).
pub fn upper_single(c: u32) -> Option<u32> {
    if c < 128 {
        return Some((c as u8).to_ascii_uppercase() as u32);
    }
    let ch = char::from_u32(c)?;
    let mut s = String::new();
    up::push_upper(&mut s, ch);
    let mut it = s.chars();
    match (it.next(), it.next()) {
        (Some(a), None) => Some(a as u32),
        _ => None,
    }
}

/// Case-insensitive equality of two lowercased code points: equal, or with the same
/// one-character uppercase (`s` and `ſ`, `i` and `ı`, `µ` and `μ`).
fn fold_eq(a: u32, b: u32) -> bool {
    a == b || (upper_single(a).is_some() && upper_single(a) == upper_single(b))
}

fn ascii_lower(c: u32) -> u32 {
    if c < 128 {
        (c as u8).to_ascii_lowercase() as u32
    } else {
        c
    }
}

fn ascii_upper(c: u32) -> u32 {
    if c < 128 {
        (c as u8).to_ascii_uppercase() as u32
    } else {
        c
    }
}

fn is_word(c: u32, unicode: bool) -> bool {
    if c < 128 {
        let b = c as u8;
        return b.is_ascii_alphanumeric() || b == b'_';
    }
    if !unicode {
        return false;
    }
    let Some(ch) = char::from_u32(c) else {
        return false;
    };
    up::is_alpha(ch) || up::is_decimal(ch) || up::is_digit(ch) || up::is_numeric(ch)
}

fn is_digit(c: u32, unicode: bool) -> bool {
    if c < 128 {
        return (c as u8).is_ascii_digit();
    }
    unicode && char::from_u32(c).is_some_and(up::is_decimal)
}

fn is_space(c: u32, unicode: bool) -> bool {
    if c < 128 {
        return matches!(c, 9..=13 | 32) || (unicode && (28..=31).contains(&c));
    }
    unicode && char::from_u32(c).is_some_and(up::is_space)
}

use super::parse::{Cat, SetItem};

fn cat_matches(cat: Cat, c: u32, unicode: bool) -> bool {
    match cat {
        Cat::Digit => is_digit(c, unicode),
        Cat::NotDigit => !is_digit(c, unicode),
        Cat::Space => is_space(c, unicode),
        Cat::NotSpace => !is_space(c, unicode),
        Cat::Word => is_word(c, unicode),
        Cat::NotWord => !is_word(c, unicode),
    }
}

#[derive(Debug)]
pub struct CharSet {
    items: Vec<SetItem>,
    negate: bool,
    case: Case,
    unicode: bool,
    ascii: [u64; 2],
}

impl CharSet {
    pub fn new(items: Vec<SetItem>, negate: bool, case: Case, unicode: bool) -> CharSet {
        let mut items = items;
        if case == Case::Unicode {
            let extra: Vec<SetItem> = items
                .iter()
                .filter_map(|it| match *it {
                    SetItem::Lit(l) if lower(l) != l => Some(SetItem::Lit(lower(l))),
                    _ => None,
                })
                .collect();
            items.extend(extra);
        }
        let mut s = CharSet {
            items,
            negate,
            case,
            unicode,
            ascii: [0; 2],
        };
        for c in 0..128u32 {
            if s.slow(c) {
                s.ascii[(c >> 6) as usize] |= 1 << (c & 63);
            }
        }
        s
    }

    fn has(&self, c: u32) -> bool {
        self.items.iter().any(|it| match *it {
            SetItem::Lit(l) => l == c,
            SetItem::Range(lo, hi) => lo <= c && c <= hi,
            SetItem::Cat(cat) => cat_matches(cat, c, self.unicode),
        })
    }

    fn slow(&self, c: u32) -> bool {
        let r = match self.case {
            Case::Sensitive => self.has(c),
            Case::Ascii => self.has(c) || self.has(ascii_lower(c)) || self.has(ascii_upper(c)),
            Case::Unicode => {
                let l = lower(c);
                self.has(c) || self.has(l) || {
                    let u = upper_single(l).unwrap_or(l);
                    self.has(u) || self.has(lower(u))
                }
            }
        };
        r != self.negate
    }

    #[inline]
    pub fn matches(&self, c: u32) -> bool {
        if c < 128 {
            return self.ascii[(c >> 6) as usize] & (1 << (c & 63)) != 0;
        }
        self.slow(c)
    }
}

/// A matcher of exactly one character.
#[derive(Debug)]
pub enum One {
    Lit(u32),
    /// ASCII letter, case-insensitively (its lowercase).
    LitAscii(u32),
    /// Unicode case-insensitive literal: its lowercase.
    LitUni(u32),
    Any,
    AnyAll,
    Set(Box<CharSet>),
}

impl One {
    pub fn lit(c: u32, case: Case) -> One {
        match case {
            Case::Sensitive => One::Lit(c),
            Case::Ascii => {
                if c < 128 && (c as u8).is_ascii_alphabetic() {
                    One::LitAscii(ascii_lower(c))
                } else {
                    One::Lit(c)
                }
            }
            Case::Unicode => {
                if c < 128 && !(c as u8).is_ascii_alphabetic() {
                    One::Lit(c)
                } else {
                    One::LitUni(lower(c))
                }
            }
        }
    }

    #[inline]
    pub fn matches(&self, c: u32) -> bool {
        match self {
            One::Lit(l) => c == *l,
            One::LitAscii(l) => ascii_lower(c) == *l,
            One::LitUni(lo) => {
                let l = lower(c);
                l == *lo || ((l >= 128 || *lo >= 128) && fold_eq(l, *lo))
            }
            One::Any => c != 10,
            One::AnyAll => true,
            One::Set(s) => s.matches(c),
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum AtKind {
    Beginning,
    BeginningLine,
    End,
    EndLine,
    EndString,
    Boundary(bool),
    NonBoundary(bool),
}

#[derive(Debug)]
pub enum Inst {
    One(One),
    At(AtKind),
    Save(usize),
    Split(usize, usize),
    Jmp(usize),
    RepOne {
        one: One,
        min: usize,
        max: usize,
        greedy: bool,
    },
    /// Starts a general repeat; the operand is the index of its `MaxUntil`/`MinUntil`.
    RepStart(usize),
    MaxUntil {
        body: usize,
        min: usize,
        max: usize,
    },
    MinUntil {
        body: usize,
        min: usize,
        max: usize,
    },
    Backref(usize, Case),
    LookStart {
        back: Option<usize>,
        neg: bool,
        end: usize,
    },
    LookEnd,
    AtomicStart,
    AtomicEnd,
    GroupExists(usize, usize),
    Match,
}

pub struct Program {
    pub code: Vec<Inst>,
    /// Number of groups including group 0.
    pub groups: usize,
    first_lit: Option<u32>,
    anchored_start: bool,
}

impl Program {
    pub fn new(code: Vec<Inst>, groups: usize) -> Program {
        let first_lit = match code.first() {
            Some(Inst::One(One::Lit(c))) => Some(*c),
            Some(Inst::RepOne {
                one: One::Lit(c),
                min,
                ..
            }) if *min > 0 => Some(*c),
            _ => None,
        };
        let anchored_start = matches!(code.first(), Some(Inst::At(AtKind::Beginning)));
        Program {
            code,
            groups,
            first_lit,
            anchored_start,
        }
    }
}

#[derive(Clone, Copy)]
enum Bt {
    Alt {
        pc: usize,
        pos: usize,
    },
    RepOneG {
        pc: usize,
        start: usize,
        count: usize,
        min: usize,
    },
    RepOneL {
        pc: usize,
        pos: usize,
        count: usize,
    },
    UntilTail {
        r: usize,
        pos: usize,
        pc: usize,
    },
    MinBody {
        r: usize,
        pos: usize,
        pc: usize,
    },
    Barrier {
        look: Option<(bool, usize)>,
        pos: usize,
    },
    /// A group mark and the `lastindex` before it was set.
    Mark {
        slot: usize,
        old: usize,
        li: isize,
    },
    RepState {
        r: usize,
        count: isize,
        last: usize,
    },
    CurRep(usize),
    PopRep,
}

impl Bt {
    fn is_undo(&self) -> bool {
        matches!(
            self,
            Bt::Mark { .. } | Bt::RepState { .. } | Bt::CurRep(_) | Bt::PopRep
        )
    }
}

#[derive(Clone, Copy)]
struct Rep {
    count: isize,
    last: usize,
    prev: usize,
}

#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Mode {
    Match,
    FullMatch,
    Search,
}

/// The reusable working state of the machine.
#[derive(Default)]
pub struct Work {
    pub marks: Vec<usize>,
    pub lastindex: isize,
    stack: Vec<Bt>,
    reps: Vec<Rep>,
    cur_rep: usize,
}

pub struct Matcher<'a> {
    prog: &'a Program,
    text: &'a [u32],
    end: usize,
    w: &'a mut Work,
}

impl<'a> Matcher<'a> {
    pub fn new(prog: &'a Program, text: &'a [u32], end: usize, w: &'a mut Work) -> Matcher<'a> {
        Matcher { prog, text, end, w }
    }

    /// Finds a match starting at `start` (Match / FullMatch) or at or after it (Search);
    /// on success the marks of `Work` hold the groups (slots 0 and 1: the whole match).
    pub fn run(&mut self, start: usize, mode: Mode, must_advance: bool) -> bool {
        let mut s = start;
        if s > self.end {
            return false;
        }
        loop {
            if let (Some(c), Mode::Search) = (self.prog.first_lit, mode) {
                while s < self.end && self.text[s] != c {
                    s += 1;
                }
                if s >= self.end {
                    return false;
                }
            }
            if self.attempt(s, mode == Mode::FullMatch, must_advance && s == start) {
                return true;
            }
            if mode != Mode::Search || s >= self.end || (self.prog.anchored_start && s > 0) {
                return false;
            }
            s += 1;
            if self.prog.anchored_start {
                return false;
            }
        }
    }

    fn at(&self, k: AtKind, pos: usize) -> bool {
        let t = self.text;
        let end = self.end;
        match k {
            AtKind::Beginning => pos == 0,
            AtKind::BeginningLine => pos == 0 || t[pos - 1] == 10,
            AtKind::End => pos == end || (pos + 1 == end && t[pos] == 10),
            AtKind::EndLine => pos == end || t[pos] == 10,
            AtKind::EndString => pos == end,
            AtKind::Boundary(u) | AtKind::NonBoundary(u) => {
                if end == 0 {
                    return false;
                }
                let that = pos > 0 && is_word(t[pos - 1], u);
                let this = pos < end && is_word(t[pos], u);
                (this != that) == matches!(k, AtKind::Boundary(_))
            }
        }
    }

    fn rep(&mut self, r: usize) -> Option<&mut Rep> {
        self.w.reps.get_mut(r)
    }

    fn top_barrier(&self) -> Option<usize> {
        self.w
            .stack
            .iter()
            .rposition(|e| matches!(e, Bt::Barrier { .. }))
    }

    /// Drops the choices above barrier `b` (and the barrier), keeping the undo records.
    fn compact(&mut self, b: usize) {
        let st = &mut self.w.stack;
        let mut w = b;
        for i in b + 1..st.len() {
            if st[i].is_undo() {
                st.swap(w, i);
                w += 1;
            }
        }
        st.truncate(w);
    }

    fn undo(&mut self, e: Bt) {
        match e {
            Bt::Mark { slot, old, li } => {
                self.w.marks[slot] = old;
                self.w.lastindex = li;
            }
            Bt::RepState { r, count, last } => {
                if let Some(rep) = self.rep(r) {
                    rep.count = count;
                    rep.last = last;
                }
            }
            Bt::CurRep(v) => self.w.cur_rep = v,
            Bt::PopRep => {
                self.w.reps.pop();
            }
            _ => {}
        }
    }

    fn backtrack(&mut self, pc: &mut usize, pos: &mut usize) -> bool {
        while let Some(e) = self.w.stack.pop() {
            match e {
                Bt::Alt { pc: p, pos: q } => {
                    *pc = p;
                    *pos = q;
                    return true;
                }
                Bt::RepOneG {
                    pc: p,
                    start,
                    count,
                    min,
                } => {
                    let mut c = count - 1;
                    if let Some(Inst::One(One::Lit(x))) = self.prog.code.get(p) {
                        loop {
                            if start + c < self.end && self.text[start + c] == *x {
                                break;
                            }
                            if c == min {
                                break;
                            }
                            c -= 1;
                        }
                    }
                    if c > min {
                        self.w.stack.push(Bt::RepOneG {
                            pc: p,
                            start,
                            count: c,
                            min,
                        });
                    }
                    *pc = p;
                    *pos = start + c;
                    return true;
                }
                Bt::RepOneL {
                    pc: ipc,
                    pos: q,
                    count,
                } => {
                    if let Some(Inst::RepOne { one, max, .. }) = self.prog.code.get(ipc)
                        && count < *max
                        && q < self.end
                        && one.matches(self.text[q])
                    {
                        let count = count + 1;
                        if count < *max {
                            self.w.stack.push(Bt::RepOneL {
                                pc: ipc,
                                pos: q + 1,
                                count,
                            });
                        }
                        *pc = ipc + 1;
                        *pos = q + 1;
                        return true;
                    }
                }
                Bt::UntilTail { r, pos: q, pc: p } => {
                    let prev = self.rep(r).map_or(NONE, |x| x.prev);
                    self.w.stack.push(Bt::CurRep(self.w.cur_rep));
                    self.w.cur_rep = prev;
                    *pc = p;
                    *pos = q;
                    return true;
                }
                Bt::MinBody { r, pos: q, pc: upc } => {
                    let Some(Inst::MinUntil { body, max, .. }) = self.prog.code.get(upc) else {
                        continue;
                    };
                    let (body, max) = (*body, *max);
                    let Some(rep) = self.rep(r) else { continue };
                    let old = *rep;
                    let count = rep.count + 1;
                    if count as usize >= max || q == rep.last {
                        continue;
                    }
                    rep.count = count;
                    rep.last = q;
                    self.w.stack.push(Bt::RepState {
                        r,
                        count: old.count,
                        last: old.last,
                    });
                    *pc = body;
                    *pos = q;
                    return true;
                }
                Bt::Barrier {
                    look: Some((true, after)),
                    pos: q,
                } => {
                    *pc = after;
                    *pos = q;
                    return true;
                }
                Bt::Barrier { .. } => {}
                undo => self.undo(undo),
            }
        }
        false
    }

    fn attempt(&mut self, start: usize, full: bool, must_advance: bool) -> bool {
        let prog = self.prog;
        let code = &prog.code;
        let text = self.text;
        let end = self.end;
        self.w.marks.clear();
        self.w.marks.resize(2 * prog.groups, NONE);
        self.w.stack.clear();
        self.w.reps.clear();
        self.w.cur_rep = NONE;
        self.w.lastindex = -1;
        let mut pc = 0usize;
        let mut pos = start;
        loop {
            let ok = match &code[pc] {
                Inst::One(o) => {
                    if pos < end && o.matches(text[pos]) {
                        pos += 1;
                        pc += 1;
                        true
                    } else {
                        false
                    }
                }
                Inst::At(k) => {
                    pc += 1;
                    self.at(*k, pos)
                }
                Inst::Save(slot) => {
                    let slot = *slot;
                    let old = self.w.marks[slot];
                    self.w.stack.push(Bt::Mark {
                        slot,
                        old,
                        li: self.w.lastindex,
                    });
                    if slot & 1 == 1 {
                        self.w.lastindex = (slot / 2) as isize;
                    }
                    self.w.marks[slot] = pos;
                    pc += 1;
                    true
                }
                Inst::Split(a, b) => {
                    self.w.stack.push(Bt::Alt { pc: *b, pos });
                    pc = *a;
                    true
                }
                Inst::Jmp(t) => {
                    pc = *t;
                    true
                }
                Inst::RepOne {
                    one,
                    min,
                    max,
                    greedy,
                } => {
                    let (min, max) = (*min, *max);
                    if *greedy {
                        let limit = (end - pos).min(max);
                        let mut n = 0;
                        while n < limit && one.matches(text[pos + n]) {
                            n += 1;
                        }
                        if n < min {
                            false
                        } else {
                            if n > min {
                                self.w.stack.push(Bt::RepOneG {
                                    pc: pc + 1,
                                    start: pos,
                                    count: n,
                                    min,
                                });
                            }
                            pos += n;
                            pc += 1;
                            true
                        }
                    } else {
                        let mut n = 0;
                        while n < min && pos + n < end && one.matches(text[pos + n]) {
                            n += 1;
                        }
                        if n < min {
                            false
                        } else {
                            pos += n;
                            if max > min {
                                self.w.stack.push(Bt::RepOneL { pc, pos, count: n });
                            }
                            pc += 1;
                            true
                        }
                    }
                }
                Inst::RepStart(until) => {
                    self.w.reps.push(Rep {
                        count: -1,
                        last: NONE,
                        prev: self.w.cur_rep,
                    });
                    self.w.stack.push(Bt::PopRep);
                    self.w.stack.push(Bt::CurRep(self.w.cur_rep));
                    self.w.cur_rep = self.w.reps.len() - 1;
                    pc = *until;
                    true
                }
                Inst::MaxUntil { body, min, max } | Inst::MinUntil { body, min, max } => {
                    let lazy = matches!(code[pc], Inst::MinUntil { .. });
                    let r = self.w.cur_rep;
                    let Some(rep) = self.w.reps.get_mut(r) else {
                        return false;
                    };
                    let old = *rep;
                    let count = rep.count + 1;
                    let undo = Bt::RepState {
                        r,
                        count: old.count,
                        last: old.last,
                    };
                    if (count as usize) < *min {
                        rep.count = count;
                        self.w.stack.push(undo);
                        pc = *body;
                    } else if lazy {
                        self.w.stack.push(Bt::MinBody { r, pos, pc });
                        self.w.stack.push(Bt::CurRep(r));
                        self.w.cur_rep = old.prev;
                        pc += 1;
                    } else if (count as usize) < *max && pos != old.last {
                        rep.count = count;
                        rep.last = pos;
                        self.w.stack.push(Bt::UntilTail { r, pos, pc: pc + 1 });
                        self.w.stack.push(undo);
                        pc = *body;
                    } else {
                        self.w.stack.push(Bt::CurRep(r));
                        self.w.cur_rep = old.prev;
                        pc += 1;
                    }
                    true
                }
                Inst::Backref(g, case) => {
                    let (s, e) = (self.w.marks[2 * g], self.w.marks[2 * g + 1]);
                    if s == NONE || e == NONE || e < s || pos + (e - s) > end {
                        false
                    } else {
                        let n = e - s;
                        let eq = (0..n).all(|i| {
                            let (a, b) = (text[s + i], text[pos + i]);
                            match case {
                                Case::Sensitive => a == b,
                                Case::Ascii => ascii_lower(a) == ascii_lower(b),
                                Case::Unicode => a == b || lower(a) == lower(b),
                            }
                        });
                        pos += n;
                        pc += 1;
                        eq
                    }
                }
                Inst::LookStart {
                    back,
                    neg,
                    end: after,
                } => {
                    let from = match back {
                        Some(w) if pos < *w => None,
                        Some(w) => Some(pos - w),
                        None => Some(pos),
                    };
                    match from {
                        None => {
                            pc = *after;
                            *neg
                        }
                        Some(f) => {
                            self.w.stack.push(Bt::Barrier {
                                look: Some((*neg, *after)),
                                pos,
                            });
                            pos = f;
                            pc += 1;
                            true
                        }
                    }
                }
                Inst::LookEnd => match self.top_barrier() {
                    Some(b) => {
                        let Bt::Barrier { look, pos: saved } = self.w.stack[b] else {
                            return false;
                        };
                        let (neg, after) = look.unwrap_or((false, pc + 1));
                        if neg {
                            while self.w.stack.len() > b + 1 {
                                if let Some(e) = self.w.stack.pop() {
                                    self.undo(e);
                                }
                            }
                            self.w.stack.pop();
                            false
                        } else {
                            self.compact(b);
                            pos = saved;
                            pc = after;
                            true
                        }
                    }
                    None => false,
                },
                Inst::AtomicStart => {
                    self.w.stack.push(Bt::Barrier { look: None, pos });
                    pc += 1;
                    true
                }
                Inst::AtomicEnd => {
                    if let Some(b) = self.top_barrier() {
                        self.compact(b);
                    }
                    pc += 1;
                    true
                }
                Inst::GroupExists(g, no) => {
                    if self.w.marks[2 * g] != NONE && self.w.marks[2 * g + 1] != NONE {
                        pc += 1;
                    } else {
                        pc = *no;
                    }
                    true
                }
                Inst::Match => {
                    if (full && pos != end) || (must_advance && pos == start) {
                        false
                    } else {
                        self.w.marks[0] = start;
                        self.w.marks[1] = pos;
                        return true;
                    }
                }
            };
            if !ok && !self.backtrack(&mut pc, &mut pos) {
                return false;
            }
        }
    }
}
