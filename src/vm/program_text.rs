//! The source line a SyntaxError quotes (its `text`), found as CPython finds it: by
//! reading the file the code claims to come from, whatever text was compiled.
//!
//! CPython's compiler and symbol table take the line from the file named by the
//! `filename` argument only (no file, no text: `compile(src, '<string>', 'exec')` gives
//! `text` None); its parser first tries the file too (for whole modules), then falls
//! back to the compiled text. The file is read in 1000-byte `fgets` pieces, so the text
//! of a longer line is its last piece, and the parser's columns are then clipped to it.

use std::io::Read;

/// `fgets`'s buffer in CPython's `err_programtext`: a piece holds at most 999 bytes.
const PIECE: usize = 999;

/// Line `lineno` (1-based) of the file `filename` as CPython's `err_programtext` reads
/// it: newlines made `\n` (universal newlines), and only the last 999-byte piece of a
/// longer line. None when the file cannot be read or is shorter.
pub(crate) fn file_line_bytes(filename: &str, lineno: u32) -> Option<Vec<u8>> {
    if lineno == 0 {
        return None;
    }
    let mut bytes = Vec::new();
    std::fs::File::open(filename)
        .ok()?
        .read_to_end(&mut bytes)
        .ok()?;
    let mut pos = 0;
    let mut piece = Vec::new();
    for _ in 0..lineno {
        // One line, possibly in several pieces; the last one read is kept.
        loop {
            if pos >= bytes.len() {
                return None;
            }
            piece.clear();
            while piece.len() < PIECE && pos < bytes.len() {
                let b = bytes[pos];
                pos += 1;
                if b == b'\r' {
                    if bytes.get(pos) == Some(&b'\n') {
                        pos += 1;
                    }
                    piece.push(b'\n');
                    break;
                }
                piece.push(b);
                if b == b'\n' {
                    break;
                }
            }
            let full = piece.len() == PIECE;
            if !full || piece.last() == Some(&b'\n') {
                break;
            }
        }
    }
    // C's string functions stop at a NUL byte.
    if let Some(nul) = piece.iter().position(|&b| b == 0) {
        piece.truncate(nul);
    }
    Some(piece)
}

/// The text the compiler and symbol table give a SyntaxError: the file's line decoded
/// strictly (a line that is not UTF-8 gives None, as in CPython).
pub(crate) fn compiler_error_text(filename: &str, lineno: u32) -> Option<String> {
    String::from_utf8(file_line_bytes(filename, lineno)?).ok()
}

/// The parser's character offset for a 1-based byte offset into `line`, as CPython's
/// `_PyPegen_byte_offset_to_character_offset` computes it: the offset is clipped to one
/// past the end, and the bytes before it are decoded with replacement (the terminating
/// NUL counts as a character when the offset is one past the end).
pub(crate) fn byte_to_char_offset(line: &str, offset: usize) -> usize {
    let len = line.len();
    if offset > len {
        return line.chars().count() + (offset.min(len + 1) - len);
    }
    String::from_utf8_lossy(&line.as_bytes()[..offset])
        .chars()
        .count()
}

/// The 1-based byte offset of the 1-based character offset `col` in `line` (columns
/// past the end count one byte each).
pub(crate) fn char_to_byte_offset(line: &str, col: usize) -> usize {
    let before = col.saturating_sub(1);
    let mut chars = line.char_indices();
    match chars.nth(before) {
        Some((b, _)) => b + 1,
        None => line.len() + (before - line.chars().count()) + 1,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn offsets_round_trip_and_clip() {
        assert_eq!(char_to_byte_offset("é = 1 2", 7), 8);
        assert_eq!(byte_to_char_offset("é = 1 2", 8), 7);
        assert_eq!(byte_to_char_offset("abc\n", 10), 5);
        assert_eq!(byte_to_char_offset("abc\n", 5), 5);
        assert_eq!(char_to_byte_offset("ab", 4), 4);
    }

    #[test]
    fn long_lines_keep_their_last_piece() {
        let dir = std::env::temp_dir().join(format!("minipy-pt-{}", std::process::id()));
        let line = "x".repeat(1500);
        std::fs::write(&dir, format!("a\r\n{line}\nb")).ok();
        assert_eq!(
            file_line_bytes(dir.to_str().unwrap_or(""), 1),
            Some(b"a\n".to_vec())
        );
        let second = file_line_bytes(dir.to_str().unwrap_or(""), 2).unwrap_or_default();
        assert_eq!(second.len(), 1501 - PIECE);
        assert_eq!(
            file_line_bytes(dir.to_str().unwrap_or(""), 3),
            Some(b"b".to_vec())
        );
        assert_eq!(file_line_bytes(dir.to_str().unwrap_or(""), 4), None);
        let _ = std::fs::remove_file(&dir);
    }
}
