//! Tree -> program for the backtracking engine (`engine.rs`), resolving the scoped
//! flags into the instructions as CPython's `re._compiler` does.

use super::engine::{Case, CharSet, Inst, One, Program};
use super::parse::{
    At, FLAG_ASCII, FLAG_DOTALL, FLAG_IGNORECASE, FLAG_LOCALE, FLAG_MULTILINE, FLAG_UNICODE,
    MAXREPEAT, Node, Parsed, RepKind, SetItem, width_with,
};

pub use super::engine::AtKind;

/// The flags inside `(?flags-flags:...)`: a type flag (`a`, `u`, `L`) replaces the
/// others.
fn combine(flags: u32, add: u32, del: u32) -> u32 {
    let flags = if add & (FLAG_ASCII | FLAG_LOCALE | FLAG_UNICODE) != 0 {
        flags & !(FLAG_ASCII | FLAG_LOCALE | FLAG_UNICODE)
    } else {
        flags
    };
    (flags | add) & !del
}

struct Compiler<'a> {
    code: Vec<Inst>,
    istext: bool,
    groupwidths: &'a [(u64, u64)],
}

impl Compiler<'_> {
    fn case(&self, flags: u32) -> Case {
        if flags & FLAG_IGNORECASE == 0 {
            Case::Sensitive
        } else if flags & FLAG_UNICODE != 0 && flags & FLAG_LOCALE == 0 {
            Case::Unicode
        } else {
            Case::Ascii
        }
    }

    fn unicode(&self, flags: u32) -> bool {
        self.istext && flags & FLAG_UNICODE != 0
    }

    /// The single-character matcher for `n`, if it is one.
    fn one(&self, n: &Node, flags: u32) -> Option<One> {
        let case = self.case(flags);
        Some(match n {
            Node::Lit(c) => One::lit(*c, case),
            Node::Any => {
                if flags & FLAG_DOTALL != 0 {
                    One::AnyAll
                } else {
                    One::Any
                }
            }
            Node::In(items, negate) => {
                let items: Vec<SetItem> = items.clone();
                if let ([SetItem::Lit(c)], false) = (items.as_slice(), negate) {
                    return Some(One::lit(*c, case));
                }
                One::Set(Box::new(CharSet::new(
                    items,
                    *negate,
                    case,
                    self.unicode(flags),
                )))
            }
            Node::Sub(None, add, del, p) if p.len() == 1 => {
                return self.one(&p[0], combine(flags, *add, *del));
            }
            _ => return None,
        })
    }

    fn emit(&mut self, i: Inst) -> usize {
        self.code.push(i);
        self.code.len() - 1
    }

    fn seq(&mut self, nodes: &[Node], flags: u32) -> Result<(), String> {
        for n in nodes {
            self.node(n, flags)?;
        }
        Ok(())
    }

    fn node(&mut self, n: &Node, flags: u32) -> Result<(), String> {
        if let Some(o) = self.one(n, flags) {
            self.emit(Inst::One(o));
            return Ok(());
        }
        match n {
            Node::Lit(_) | Node::Any | Node::In(..) => {}
            Node::At(at) => {
                let u = self.unicode(flags);
                let ml = flags & FLAG_MULTILINE != 0;
                let k = match at {
                    At::Beginning if ml => AtKind::BeginningLine,
                    At::Beginning | At::BeginningString => AtKind::Beginning,
                    At::End if ml => AtKind::EndLine,
                    At::End => AtKind::End,
                    At::EndString => AtKind::EndString,
                    At::Boundary => AtKind::Boundary(u),
                    At::NonBoundary => AtKind::NonBoundary(u),
                };
                self.emit(Inst::At(k));
            }
            Node::Sub(g, add, del, p) => {
                let f = combine(flags, *add, *del);
                if let Some(g) = g {
                    self.emit(Inst::Save(2 * g));
                    self.seq(p, f)?;
                    self.emit(Inst::Save(2 * g + 1));
                } else {
                    self.seq(p, f)?;
                }
            }
            Node::Branch(alts) => {
                let mut jumps = Vec::new();
                for (i, a) in alts.iter().enumerate() {
                    if i + 1 < alts.len() {
                        let split = self.emit(Inst::Split(0, 0));
                        self.seq(a, flags)?;
                        jumps.push(self.emit(Inst::Jmp(0)));
                        let next = self.code.len();
                        self.code[split] = Inst::Split(split + 1, next);
                    } else {
                        self.seq(a, flags)?;
                    }
                }
                let end = self.code.len();
                for j in jumps {
                    self.code[j] = Inst::Jmp(end);
                }
            }
            Node::Repeat(min, max, kind, body) => {
                let min = *min as usize;
                let max = if *max == MAXREPEAT {
                    usize::MAX
                } else {
                    *max as usize
                };
                if *kind == RepKind::Possessive {
                    self.emit(Inst::AtomicStart);
                }
                let single = if body.len() == 1 {
                    self.one(&body[0], flags)
                } else {
                    None
                };
                if let Some(o) = single {
                    self.emit(Inst::RepOne {
                        one: o,
                        min,
                        max,
                        greedy: *kind != RepKind::Lazy,
                    });
                } else {
                    let start = self.emit(Inst::RepStart(0));
                    self.seq(body, flags)?;
                    let until = if *kind == RepKind::Lazy {
                        self.emit(Inst::MinUntil {
                            body: start + 1,
                            min,
                            max,
                        })
                    } else {
                        self.emit(Inst::MaxUntil {
                            body: start + 1,
                            min,
                            max,
                        })
                    };
                    self.code[start] = Inst::RepStart(until);
                }
                if *kind == RepKind::Possessive {
                    self.emit(Inst::AtomicEnd);
                }
            }
            Node::GroupRef(g) => {
                let c = self.case(flags);
                self.emit(Inst::Backref(*g, c));
            }
            Node::Assert(behind, neg, p) => {
                let back = if *behind {
                    let gw = |g: usize| self.groupwidths.get(g).copied().unwrap_or((0, 0));
                    let (lo, hi) = width_with(p, &gw);
                    if lo > 0x7fff_ffff {
                        return Err("looks too much behind".into());
                    }
                    if lo != hi {
                        return Err("look-behind requires fixed-width pattern".into());
                    }
                    Some(lo as usize)
                } else {
                    None
                };
                let start = self.emit(Inst::LookStart {
                    back,
                    neg: *neg,
                    end: 0,
                });
                self.seq(p, flags)?;
                self.emit(Inst::LookEnd);
                let end = self.code.len();
                self.code[start] = Inst::LookStart {
                    back,
                    neg: *neg,
                    end,
                };
            }
            Node::Atomic(p) => {
                self.emit(Inst::AtomicStart);
                self.seq(p, flags)?;
                self.emit(Inst::AtomicEnd);
            }
            Node::GroupExists(g, yes, no) => {
                let test = self.emit(Inst::GroupExists(*g, 0));
                self.seq(yes, flags)?;
                if let Some(no) = no {
                    let j = self.emit(Inst::Jmp(0));
                    let no_pc = self.code.len();
                    self.seq(no, flags)?;
                    let end = self.code.len();
                    self.code[j] = Inst::Jmp(end);
                    self.code[test] = Inst::GroupExists(*g, no_pc);
                } else {
                    let end = self.code.len();
                    self.code[test] = Inst::GroupExists(*g, end);
                }
            }
        }
        Ok(())
    }
}

/// Compiles a parsed pattern; the error is `re.error`'s message (without position).
pub fn compile(p: &Parsed, istext: bool) -> Result<Program, String> {
    let mut c = Compiler {
        code: Vec::new(),
        istext,
        groupwidths: &p.groupwidths,
    };
    c.seq(&p.nodes, p.flags)?;
    c.emit(Inst::Match);
    Ok(Program::new(c.code, p.groups))
}
