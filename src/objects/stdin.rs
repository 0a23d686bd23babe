//! Reading `sys.stdin`: the process's standard input (whose buffer `input()`,
//! `sys.stdin.buffer` and the plain prompt share), as UTF-8 text. As in CPython on
//! POSIX, lines end at `\n` and nothing is translated. minipy keeps the buffer itself
//! (over a duplicate of descriptor 0) so that it knows when a read would block: while
//! Ctrl-C is caught, it then waits in short slices and a Ctrl-C ends the wait with
//! `ctrl_c_error`, which `Vm::io_error` turns into KeyboardInterrupt.

use std::fs::File;
use std::io::{self, Read};
use std::sync::{Mutex, MutexGuard};

use crate::vm::{CHECK_INTERVAL, catching_sigint, take_interrupt};

/// Bytes read from the descriptor at a time.
const CHUNK: usize = 8192;

struct Input {
    /// A duplicate of descriptor 0 (None until first used, or when it cannot be made:
    /// then `std::io::stdin()` is read directly).
    file: Option<File>,
    buf: Vec<u8>,
    pos: usize,
}

static INPUT: Mutex<Input> = Mutex::new(Input {
    file: None,
    buf: Vec::new(),
    pos: 0,
});

/// The error a read ends with when Ctrl-C was pressed while it waited.
#[derive(Debug)]
struct CtrlC;

impl std::fmt::Display for CtrlC {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("interrupted by Ctrl-C")
    }
}

impl std::error::Error for CtrlC {}

fn ctrl_c_error() -> io::Error {
    io::Error::new(io::ErrorKind::Interrupted, CtrlC)
}

/// Whether a read failed because Ctrl-C was pressed.
pub fn is_ctrl_c(e: &io::Error) -> bool {
    e.get_ref().is_some_and(|inner| inner.is::<CtrlC>())
}

fn input() -> MutexGuard<'static, Input> {
    INPUT
        .lock()
        .unwrap_or_else(|poisoned| poisoned.into_inner())
}

impl Input {
    /// The buffered bytes, reading more when there are none (empty at end of input).
    fn fill_buf(&mut self) -> io::Result<&[u8]> {
        if self.pos >= self.buf.len() {
            self.buf.clear();
            self.pos = 0;
            self.wait_for_input()?;
            self.buf.resize(CHUNK, 0);
            let n = loop {
                let r = match &mut self.file {
                    Some(f) => f.read(&mut self.buf),
                    None => io::stdin().read(&mut self.buf),
                };
                match r {
                    Err(e) if e.kind() == io::ErrorKind::Interrupted => continue,
                    Err(e) => {
                        self.buf.clear();
                        return Err(e);
                    }
                    Ok(n) => break n,
                }
            };
            self.buf.truncate(n);
        }
        Ok(&self.buf[self.pos..])
    }

    fn consume(&mut self, n: usize) {
        self.pos = (self.pos + n).min(self.buf.len());
    }

    /// Blocks until descriptor 0 has input, checking for Ctrl-C while it waits.
    fn wait_for_input(&mut self) -> io::Result<()> {
        if self.file.is_none() {
            use std::os::fd::AsFd;
            self.file = io::stdin()
                .as_fd()
                .try_clone_to_owned()
                .ok()
                .map(File::from);
        }
        if self.file.is_none() || !catching_sigint() {
            return Ok(());
        }
        let slice = i32::try_from(CHECK_INTERVAL.as_millis()).unwrap_or(20);
        loop {
            if take_interrupt() {
                return Err(ctrl_c_error());
            }
            if crate::heap::libc_ffi::wait_readable(0, slice) {
                // Ctrl-C wins over input that arrived in the same slice.
                if take_interrupt() {
                    return Err(ctrl_c_error());
                }
                return Ok(());
            }
        }
    }
}

/// Up to `max` bytes (everything to the end of input when None), or one line ending
/// with `\n` when `line` is set (the line counts towards `max`).
pub fn read_bytes(max: Option<usize>, line: bool) -> io::Result<Vec<u8>> {
    let mut input = input();
    let mut out = Vec::new();
    while max.is_none_or(|m| out.len() < m) {
        let buf = input.fill_buf()?;
        if buf.is_empty() {
            break;
        }
        let room = max.map_or(buf.len(), |m| (m - out.len()).min(buf.len()));
        let take = match line {
            true => buf[..room]
                .iter()
                .position(|&b| b == b'\n')
                .map_or(room, |i| i + 1),
            false => room,
        };
        out.extend_from_slice(&buf[..take]);
        let ended = line && buf[take - 1] == b'\n';
        input.consume(take);
        if ended {
            break;
        }
    }
    Ok(out)
}

/// Bytes one UTF-8 character occupies, judged from its first byte.
fn utf8_len(lead: u8) -> usize {
    match lead {
        0xc0..=0xdf => 2,
        0xe0..=0xef => 3,
        0xf0..=0xf7 => 4,
        _ => 1,
    }
}

/// Everything left on standard input.
pub fn read_all() -> io::Result<Vec<u8>> {
    read_bytes(None, false)
}

/// Up to `max_chars` characters (no limit when None), stopping after the first `\n`
/// when `line` is set.
pub fn read_chars(max_chars: Option<usize>, line: bool) -> io::Result<Vec<u8>> {
    let mut input = input();
    let mut out = Vec::new();
    let mut chars = 0usize;
    while max_chars.is_none_or(|m| chars < m) {
        let buf = input.fill_buf()?;
        let Some(&lead) = buf.first() else {
            break;
        };
        if line && max_chars.is_none() {
            // Whole lines: take everything up to the newline at once.
            match buf.iter().position(|&b| b == b'\n') {
                Some(i) => {
                    out.extend_from_slice(&buf[..=i]);
                    input.consume(i + 1);
                    break;
                }
                None => {
                    let n = buf.len();
                    out.extend_from_slice(buf);
                    input.consume(n);
                    continue;
                }
            }
        }
        for _ in 0..utf8_len(lead) {
            let Some(&c) = input.fill_buf()?.first() else {
                break;
            };
            out.push(c);
            input.consume(1);
        }
        chars += 1;
        if line && lead == b'\n' {
            break;
        }
    }
    Ok(out)
}
