//! The process's standard output as the interpreter writes it: buffered as CPython's
//! `sys.stdout` is (block-buffered, line-buffered on a terminal), with CPython's error
//! behaviour. A write that cannot be made (a full disk, a closed pipe) raises OSError
//! in the `print` that filled the buffer and drops what was buffered; an explicit flush
//! that fails raises and keeps the data; what is still buffered at exit is written then,
//! and failing that is reported and turns the exit status into 120. `sys.stdout.close()`
//! closes the stream for Python code only (file descriptor 1 stays open).

use std::io::{self, IsTerminal, Write};

/// CPython's buffer size for standard output (`io.DEFAULT_BUFFER_SIZE`).
const BUFFER_SIZE: usize = 8192;

pub struct StdoutBuffer {
    sink: Box<dyn Write>,
    buf: Vec<u8>,
    /// Written out at every newline (standard output is a terminal).
    pub(crate) line_buffered: bool,
    /// Written out at every write (`-u`).
    pub(crate) write_through: bool,
    /// `sys.stdout.close()` was called.
    pub(crate) closed: bool,
}

impl StdoutBuffer {
    /// The process's standard output, written through a duplicate of its descriptor:
    /// `std::io::Stdout` buffers lines itself, and would keep (and retry) what could not
    /// be written.
    pub fn process() -> StdoutBuffer {
        use std::os::fd::AsFd;
        let sink: Box<dyn Write> = match io::stdout().as_fd().try_clone_to_owned() {
            Ok(fd) => Box::new(std::fs::File::from(fd)),
            Err(_) => Box::new(io::stdout()),
        };
        StdoutBuffer {
            sink,
            buf: Vec::new(),
            line_buffered: io::stdout().is_terminal(),
            write_through: false,
            closed: false,
        }
    }

    /// Output for an embedder's writer (block-buffered).
    pub fn writer(sink: Box<dyn Write>) -> StdoutBuffer {
        StdoutBuffer {
            sink,
            buf: Vec::new(),
            line_buffered: false,
            write_through: false,
            closed: false,
        }
    }

    /// Writes everything buffered; on failure what was not written stays buffered.
    fn write_out(&mut self) -> io::Result<()> {
        let mut done = 0;
        let result = loop {
            if done == self.buf.len() {
                break Ok(());
            }
            match self.sink.write(&self.buf[done..]) {
                Ok(0) => break Err(io::Error::from(io::ErrorKind::WriteZero)),
                Ok(n) => done += n,
                Err(e) if e.kind() == io::ErrorKind::Interrupted => {}
                Err(e) => break Err(e),
            }
        };
        self.buf.drain(..done);
        result.and_then(|()| self.sink.flush())
    }
}

impl Write for StdoutBuffer {
    /// Buffers `data`; when the buffer fills (or a line ends on a terminal) it is written
    /// out, and a failure drops it, as CPython's buffered text layer loses the chunk it
    /// could not write.
    fn write(&mut self, data: &[u8]) -> io::Result<usize> {
        self.buf.extend_from_slice(data);
        let due = self.write_through
            || self.buf.len() >= BUFFER_SIZE
            || (self.line_buffered && data.contains(&b'\n'));
        if due && let Err(e) = self.write_out() {
            self.buf.clear();
            return Err(e);
        }
        Ok(data.len())
    }

    /// Writes what is buffered; on failure it is kept for the next attempt.
    fn flush(&mut self) -> io::Result<()> {
        self.write_out()
    }
}

impl super::Vm {
    /// Writes text to standard output (buffered): ValueError once `sys.stdout` is
    /// closed, OSError when buffered output could not be written.
    pub fn write_stdout(&mut self, s: &str) -> super::PyResult<()> {
        self.write_stdout_bytes(s.as_bytes())
    }

    /// Writes bytes to standard output (`sys.stdout.buffer.write`).
    pub(crate) fn write_stdout_bytes(&mut self, data: &[u8]) -> super::PyResult<()> {
        if self.stdout.closed {
            return Err(self.value_error("I/O operation on closed file."));
        }
        self.stdout
            .write_all(data)
            .map_err(|e| self.io_error(&e, None))
    }

    /// `sys.stdout.flush()`: errors are raised (the data stays buffered).
    pub(crate) fn flush_stdout_checked(&mut self) -> super::PyResult<()> {
        if self.stdout.closed {
            return Err(self.value_error("I/O operation on closed file."));
        }
        self.stdout.flush().map_err(|e| self.io_error(&e, None))
    }

    /// `sys.stdout.close()`: flushes (raising its error, as CPython, after closing).
    pub(crate) fn close_stdout(&mut self) -> super::PyResult<()> {
        if self.stdout.closed {
            return Ok(());
        }
        let flushed = self.stdout.flush();
        self.stdout.closed = true;
        flushed.map_err(|e| self.io_error(&e, None))
    }

    /// The last flush, at exit: false (after reporting it as CPython does) when
    /// buffered output could not be written.
    pub(crate) fn flush_stdout_at_exit(&mut self) -> bool {
        if self.stdout.closed {
            return true;
        }
        let Err(e) = self.stdout.flush() else {
            return true;
        };
        let err = self.io_error(&e, None);
        let exc = self.exc_object(err);
        let mut text = self.exception_only(&exc);
        if !text.ends_with('\n') {
            text.push('\n');
        }
        let encoding = &self.config.stdio.encoding;
        eprint!(
            "Exception ignored in: <_io.TextIOWrapper name='<stdout>' mode='w' encoding='{encoding}'>\n{text}"
        );
        false
    }
}
