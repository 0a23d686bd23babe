//! File objects returned by `open()`: text files (`_io.TextIOWrapper`) and binary
//! files (`_io.BufferedReader` / `BufferedWriter` / `BufferedRandom`), over one
//! buffered layer of raw bytes. Text decoding, newline translation and the Python
//! methods live in `file_methods.rs`.
//!
//! Writes are buffered and flushed on `flush()`, `close()`, before reads and seeks, when
//! the buffer fills, and when the object is freed (its refcount reached zero, or the
//! collector found it unreachable): dropping the state flushes and closes the OS file.

use std::cell::RefCell;
use std::fs::File;
use std::io::{self, Read, Seek, SeekFrom, Write};
use std::rc::Rc;

use super::Tag;
use crate::declare_payload;
use crate::heap::{Behaviour, Obj};
use crate::text::codecs::Codec;

/// Size of the read-ahead chunks and of the write buffer.
pub const CHUNK: usize = 8192;

/// How a text file treats line endings (the `newline` argument of `open`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Newline {
    /// `None`: `\r`, `\n` and `\r\n` end lines and read as `\n`.
    Universal,
    /// `''`: `\r`, `\n` and `\r\n` end lines, returned untranslated.
    Untranslated,
    /// `'\n'`, `'\r'` or `'\r\n'`: only this ends lines; written `\n` become it.
    Fixed(&'static str),
}

/// The text layer's settings.
pub struct TextConfig {
    pub codec: Codec,
    /// The `encoding` attribute.
    pub encoding: Rc<str>,
    pub errors: Rc<str>,
    pub newline: Newline,
}

/// What an open file may do.
#[derive(Clone, Copy)]
pub struct Access {
    pub read: bool,
    pub write: bool,
}

/// Everything a file object knows; shared by the text and binary payloads.
pub struct FileCore {
    /// The `name` attribute (the path as given).
    pub name: Obj,
    /// The `mode` attribute.
    pub mode: Rc<str>,
    pub access: Access,
    /// None for binary files.
    pub text: Option<TextConfig>,
    pub state: RefCell<FileState>,
}

impl FileCore {
    pub fn is_closed(&self) -> bool {
        self.state.try_borrow().is_ok_and(|s| s.file.is_none())
    }
}

/// The OS file and its buffers.
pub struct FileState {
    /// None once closed.
    pub file: Option<File>,
    /// Read-ahead: raw bytes from the file not yet consumed start at `rpos`.
    rbuf: Vec<u8>,
    rpos: usize,
    /// Bytes written but not yet passed to the OS.
    wbuf: Vec<u8>,
    /// False for `open(fd, closefd=False)`: closing the file leaves the descriptor
    /// open, for its owner.
    pub closefd: bool,
}

fn closed_error() -> io::Error {
    io::Error::other("I/O operation on closed file.")
}

impl FileState {
    pub fn new(file: File) -> FileState {
        FileState {
            file: Some(file),
            rbuf: Vec::new(),
            rpos: 0,
            wbuf: Vec::new(),
            closefd: true,
        }
    }

    /// Lets go of the OS file: closes it, or with `closefd=False` only forgets it.
    fn release(&mut self) {
        if let Some(f) = self.file.take()
            && !self.closefd
        {
            use std::os::fd::IntoRawFd;
            let _ = f.into_raw_fd();
        }
    }

    fn file(&mut self) -> io::Result<&mut File> {
        self.file.as_mut().ok_or_else(closed_error)
    }

    /// Bytes read ahead and not yet consumed.
    pub fn buffered(&self) -> &[u8] {
        self.rbuf.get(self.rpos..).unwrap_or_default()
    }

    /// Marks `n` read-ahead bytes as consumed.
    pub fn consume(&mut self, n: usize) {
        self.rpos = (self.rpos + n).min(self.rbuf.len());
    }

    /// Passes buffered writes to the OS.
    pub fn flush(&mut self) -> io::Result<()> {
        if self.wbuf.is_empty() {
            return Ok(());
        }
        let data = std::mem::take(&mut self.wbuf);
        self.file()?.write_all(&data)
    }

    /// Reads another chunk into the read-ahead buffer; 0 at end of file.
    pub fn fill(&mut self) -> io::Result<usize> {
        self.flush()?;
        if self.rpos > 0 {
            self.rbuf.drain(..self.rpos);
            self.rpos = 0;
        }
        let mut chunk = [0u8; CHUNK];
        let n = loop {
            match self.file()?.read(&mut chunk) {
                Ok(n) => break n,
                Err(e) if e.kind() == io::ErrorKind::Interrupted => continue,
                Err(e) => return Err(e),
            }
        };
        self.rbuf.extend_from_slice(&chunk[..n]);
        Ok(n)
    }

    /// Makes at least `n` bytes available unless the file ends first; returns how
    /// many are available.
    pub fn want(&mut self, n: usize) -> io::Result<usize> {
        while self.buffered().len() < n {
            if self.fill()? == 0 {
                break;
            }
        }
        Ok(self.buffered().len())
    }

    /// Everything up to the end of the file.
    pub fn read_all(&mut self) -> io::Result<Vec<u8>> {
        self.flush()?;
        let mut out = self.buffered().to_vec();
        self.rbuf.clear();
        self.rpos = 0;
        self.file()?.read_to_end(&mut out)?;
        Ok(out)
    }

    /// Up to `n` bytes (fewer only at the end of the file).
    pub fn read_up_to(&mut self, n: usize) -> io::Result<Vec<u8>> {
        let avail = self.want(n)?;
        let take = avail.min(n);
        let out = self.buffered()[..take].to_vec();
        self.consume(take);
        Ok(out)
    }

    /// One line of a binary file: up to and including `\n`, at most `limit` bytes.
    pub fn read_line(&mut self, limit: Option<usize>) -> io::Result<Vec<u8>> {
        let mut out = Vec::new();
        loop {
            let room = limit.map_or(usize::MAX, |l| l - out.len());
            if room == 0 {
                break;
            }
            if self.buffered().is_empty() && self.fill()? == 0 {
                break;
            }
            let buf = self.buffered();
            let window = &buf[..buf.len().min(room)];
            match window.iter().position(|&b| b == b'\n') {
                Some(i) => {
                    out.extend_from_slice(&window[..=i]);
                    self.consume(i + 1);
                    break;
                }
                None => {
                    let n = window.len();
                    out.extend_from_slice(window);
                    self.consume(n);
                }
            }
        }
        Ok(out)
    }

    /// Drops the read-ahead, moving the OS position back to the first unconsumed byte
    /// (before writing or seeking).
    fn discard_read_ahead(&mut self) -> io::Result<()> {
        let unread = self.buffered().len();
        self.rbuf.clear();
        self.rpos = 0;
        if unread > 0 {
            self.file()?.seek(SeekFrom::Current(-(unread as i64)))?;
        }
        Ok(())
    }

    /// Buffers `data` for writing. A binary file writes at the position reading
    /// reached; a text file (as CPython's TextIOWrapper, whose decoder has consumed
    /// the read-ahead chunk) writes after the read-ahead and forgets it.
    pub fn write(&mut self, data: &[u8], after_read_ahead: bool) -> io::Result<()> {
        self.file()?;
        if after_read_ahead {
            self.rbuf.clear();
            self.rpos = 0;
        } else {
            self.discard_read_ahead()?;
        }
        self.wbuf.extend_from_slice(data);
        if self.wbuf.len() >= CHUNK {
            self.flush()?;
        }
        Ok(())
    }

    /// The position of the next byte to read or write.
    pub fn tell(&mut self) -> io::Result<u64> {
        self.flush()?;
        let unread = self.buffered().len() as u64;
        let pos = self.file()?.stream_position()?;
        Ok(pos.saturating_sub(unread))
    }

    pub fn seek(&mut self, to: SeekFrom) -> io::Result<u64> {
        self.flush()?;
        self.discard_read_ahead()?;
        self.file()?.seek(to)
    }

    /// Cuts (or extends) the file to `size` bytes; the position does not move.
    pub fn truncate(&mut self, size: Option<u64>) -> io::Result<u64> {
        let size = match size {
            Some(s) => s,
            None => self.tell()?,
        };
        self.flush()?;
        self.discard_read_ahead()?;
        self.file()?.set_len(size)?;
        Ok(size)
    }

    /// Flushes and closes; closing a closed file does nothing.
    pub fn close(&mut self) -> io::Result<()> {
        if self.file.is_none() {
            return Ok(());
        }
        let r = self.flush();
        self.wbuf.clear();
        self.rbuf.clear();
        self.rpos = 0;
        self.release();
        r
    }
}

impl Drop for FileState {
    fn drop(&mut self) {
        // A file freed without close() still gets its data written, as in CPython.
        let _ = self.flush();
        self.release();
    }
}

/// A text file (`_io.TextIOWrapper`, the type `sys.stdout` also has).
pub struct TextFileObj(pub FileCore);
declare_payload!(TextFileObj, "TextIOWrapper", Tag::TextStream, nogc);
impl Behaviour for TextFileObj {}

/// A binary file opened for reading only.
pub struct BufferedReaderObj(pub FileCore);
declare_payload!(
    BufferedReaderObj,
    "BufferedReader",
    Tag::BufferedReader,
    nogc
);
impl Behaviour for BufferedReaderObj {}

/// A binary file opened for writing or appending only.
pub struct BufferedWriterObj(pub FileCore);
declare_payload!(
    BufferedWriterObj,
    "BufferedWriter",
    Tag::BufferedWriter,
    nogc
);
impl Behaviour for BufferedWriterObj {}

/// A binary file opened for reading and writing.
pub struct BufferedRandomObj(pub FileCore);
declare_payload!(
    BufferedRandomObj,
    "BufferedRandom",
    Tag::BufferedRandom,
    nogc
);
impl Behaviour for BufferedRandomObj {}

/// The file behind any of the file payloads.
pub fn file_core(o: &Obj) -> Option<&FileCore> {
    match super::tag_of(o) {
        Tag::TextStream => o.downcast::<TextFileObj>().map(|f| &f.0),
        Tag::BufferedReader => o.downcast::<BufferedReaderObj>().map(|f| &f.0),
        Tag::BufferedWriter => o.downcast::<BufferedWriterObj>().map(|f| &f.0),
        Tag::BufferedRandom => o.downcast::<BufferedRandomObj>().map(|f| &f.0),
        _ => None,
    }
}
