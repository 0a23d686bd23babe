//! The source span of every instruction of a code object, stored compactly (the role of
//! CPython's `co_linetable`): one entry per instruction, usually one to four bytes
//! instead of a 16-byte `Loc`. Entries are decoded only when a position is asked for (a
//! traceback, `f_lineno`, a warning, the instrumented dispatch mode), never by the
//! dispatch loop itself.
//!
//! An entry starts with a varint `head = zigzag(line - base) << 2 | form`, where `base`
//! is the line of the last entry that had a position:
//! - form 0 (head 0): the same span as the previous instruction;
//! - form 1 (head 1): no position;
//! - form 2: a span on one line: `col`, then `end_col - col`;
//! - form 3: any other span: `zigzag(end_line - line)`, `col`, `end_col`.
//!
//! Every `CHECKPOINT`-th entry is self-contained (never form 0) and its byte offset and
//! base line are kept, so a lookup decodes at most `CHECKPOINT` entries.

use crate::syntax::ast::Loc;

/// Instructions between two restart points of the decoder.
const CHECKPOINT: usize = 16;

const FORM_SAME: u64 = 0;
const FORM_NONE: u64 = 1;
const FORM_ONE_LINE: u64 = 2;
const FORM_GENERAL: u64 = 3;

#[derive(Debug, Default)]
pub struct LocationTable {
    data: Box<[u8]>,
    /// For entries `0, CHECKPOINT, 2 * CHECKPOINT, ...`: (byte offset, base line).
    checkpoints: Box<[(u32, u32)]>,
    len: usize,
}

fn zigzag(v: i64) -> u64 {
    ((v << 1) ^ (v >> 63)) as u64
}

fn unzigzag(v: u64) -> i64 {
    ((v >> 1) as i64) ^ -((v & 1) as i64)
}

fn push_varint(out: &mut Vec<u8>, mut v: u64) {
    while v >= 0x80 {
        out.push((v as u8) | 0x80);
        v >>= 7;
    }
    out.push(v as u8);
}

/// Reads entries from a byte offset on.
struct Decoder<'t> {
    data: &'t [u8],
    at: usize,
    base: u32,
    prev: Option<Loc>,
}

impl Decoder<'_> {
    fn varint(&mut self) -> u64 {
        let mut v = 0u64;
        let mut shift = 0;
        while let Some(&b) = self.data.get(self.at) {
            self.at += 1;
            if shift < 64 {
                v |= u64::from(b & 0x7f) << shift;
            }
            shift += 7;
            if b & 0x80 == 0 {
                break;
            }
        }
        v
    }

    fn u32(&mut self) -> u32 {
        u32::try_from(self.varint()).unwrap_or(u32::MAX)
    }

    fn next_entry(&mut self) -> Option<Loc> {
        let head = self.varint();
        let form = head & 3;
        let line_of = |base: u32, delta: i64| {
            u32::try_from(i64::from(base).saturating_add(delta)).unwrap_or(0)
        };
        let loc = match form {
            FORM_SAME => self.prev,
            FORM_NONE => None,
            _ => {
                let line = line_of(self.base, unzigzag(head >> 2));
                let loc = if form == FORM_ONE_LINE {
                    let col = self.u32();
                    let width = self.u32();
                    Loc {
                        line,
                        col,
                        end_line: line,
                        end_col: col.saturating_add(width),
                    }
                } else {
                    let end_line = line_of(line, unzigzag(self.varint()));
                    let col = self.u32();
                    let end_col = self.u32();
                    Loc {
                        line,
                        col,
                        end_line,
                        end_col,
                    }
                };
                self.base = line;
                Some(loc)
            }
        };
        self.prev = loc;
        loc
    }
}

impl LocationTable {
    /// The encoded table, for the compiled-module cache.
    pub fn parts(&self) -> (&[u8], &[(u32, u32)], usize) {
        (&self.data, &self.checkpoints, self.len)
    }

    /// A table read back from the compiled-module cache. None unless the checkpoints
    /// lie inside the data and cover `len` entries as [`LocationTable::new`] makes them.
    pub fn from_parts(
        data: Box<[u8]>,
        checkpoints: Box<[(u32, u32)]>,
        len: usize,
    ) -> Option<LocationTable> {
        let consistent = checkpoints.len() == len.div_ceil(CHECKPOINT)
            && checkpoints
                .iter()
                .all(|&(offset, _)| (offset as usize) <= data.len());
        consistent.then_some(LocationTable {
            data,
            checkpoints,
            len,
        })
    }

    /// The table for one span per instruction (a span with line 0 means none).
    pub fn new(locs: &[Loc]) -> LocationTable {
        let mut data = Vec::with_capacity(locs.len() * 3);
        let mut checkpoints = Vec::with_capacity(locs.len().div_ceil(CHECKPOINT));
        let mut base = 0u32;
        let mut prev: Option<Loc> = None;
        for (i, &loc) in locs.iter().enumerate() {
            let restart = i % CHECKPOINT == 0;
            if restart {
                checkpoints.push((u32::try_from(data.len()).unwrap_or(u32::MAX), base));
            }
            let loc = (loc.line != 0).then_some(loc);
            match loc {
                _ if !restart && loc == prev => data.push(FORM_SAME as u8),
                None => data.push(FORM_NONE as u8),
                Some(l) => {
                    let delta = zigzag(i64::from(l.line) - i64::from(base));
                    if l.end_line == l.line && l.end_col >= l.col {
                        push_varint(&mut data, delta << 2 | FORM_ONE_LINE);
                        push_varint(&mut data, u64::from(l.col));
                        push_varint(&mut data, u64::from(l.end_col - l.col));
                    } else {
                        push_varint(&mut data, delta << 2 | FORM_GENERAL);
                        push_varint(&mut data, zigzag(i64::from(l.end_line) - i64::from(l.line)));
                        push_varint(&mut data, u64::from(l.col));
                        push_varint(&mut data, u64::from(l.end_col));
                    }
                    base = l.line;
                }
            }
            prev = loc;
        }
        LocationTable {
            data: data.into_boxed_slice(),
            checkpoints: checkpoints.into_boxed_slice(),
            len: locs.len(),
        }
    }

    /// Instructions described.
    pub fn len(&self) -> usize {
        self.len
    }

    pub fn is_empty(&self) -> bool {
        self.len == 0
    }

    /// The span of instruction `ip`, when it has one.
    pub fn get(&self, ip: usize) -> Option<Loc> {
        if ip >= self.len {
            return None;
        }
        let &(offset, base) = self.checkpoints.get(ip / CHECKPOINT)?;
        let mut d = Decoder {
            data: &self.data,
            at: offset as usize,
            base,
            prev: None,
        };
        let mut loc = None;
        for _ in 0..=ip % CHECKPOINT {
            loc = d.next_entry();
        }
        loc
    }

    /// Every instruction's span, in order.
    pub fn iter(&self) -> impl Iterator<Item = Option<Loc>> + '_ {
        let mut d = Decoder {
            data: &self.data,
            at: 0,
            base: 0,
            prev: None,
        };
        (0..self.len).map(move |_| d.next_entry())
    }

    /// Bytes the table occupies outside the code object.
    pub fn heap_bytes(&self) -> usize {
        self.data.len() + std::mem::size_of_val(&*self.checkpoints)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(line: u32, col: u32, end_line: u32, end_col: u32) -> Loc {
        Loc {
            line,
            col,
            end_line,
            end_col,
        }
    }

    #[test]
    fn round_trip() {
        let mut locs = Vec::new();
        for i in 0..200u32 {
            locs.push(match i % 7 {
                0 => Loc::default(),
                1 => at(i + 1, 4, i + 1, 9),
                2 => at(i + 1, 4, i + 1, 9),
                3 => at(i / 2 + 1, 300, i / 2 + 3, 2),
                4 => at(1, 0, 1, 0),
                5 => at(100_000, 70_000, 100_000, 70_001),
                _ => at(i + 1, 9, i + 1, 4),
            });
        }
        let table = LocationTable::new(&locs);
        for (i, l) in locs.iter().enumerate() {
            let want = (l.line != 0).then_some(*l);
            assert_eq!(table.get(i), want, "entry {i}");
        }
        let all: Vec<_> = table.iter().collect();
        assert_eq!(all.len(), locs.len());
        assert!(
            all.iter()
                .zip(&locs)
                .all(|(a, l)| *a == (l.line != 0).then_some(*l))
        );
        assert_eq!(table.get(locs.len()), None);
    }

    #[test]
    fn typical_code_is_small() {
        // Statements of a few instructions, each on its own short line.
        let mut locs = Vec::new();
        for line in 1..=100u32 {
            locs.push(at(line, 4, line, 5));
            locs.push(at(line, 8, line, 9));
            locs.push(at(line, 4, line, 9));
            locs.push(at(line, 0, line, 9));
            locs.push(at(line, 0, line, 9));
        }
        let table = LocationTable::new(&locs);
        assert!(table.heap_bytes() * 4 < locs.len() * std::mem::size_of::<Loc>());
    }
}
