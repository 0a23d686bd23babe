//! Reading `sys.stdin`: the process's standard input (whose buffer `input()` shares),
//! as UTF-8 text. As in CPython on POSIX, lines end at `\n` and nothing is translated.

use std::io::{self, BufRead, Read};

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
    let mut raw = Vec::new();
    io::stdin().lock().read_to_end(&mut raw)?;
    Ok(raw)
}

/// Up to `max_chars` characters (no limit when None), stopping after the first `\n`
/// when `line` is set.
pub fn read_chars(max_chars: Option<usize>, line: bool) -> io::Result<Vec<u8>> {
    let stdin = io::stdin();
    let mut input = stdin.lock();
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
