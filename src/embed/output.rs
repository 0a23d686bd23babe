//! Where a program's standard output and error go when the host does not want them on
//! the process's streams: a buffer the host reads after the run, or any writer.

use std::cell::RefCell;
use std::io::Write;
use std::rc::Rc;

/// Where one of the program's output streams goes.
pub enum Output {
    /// The process's own stream (the default).
    Inherit,
    /// A buffer read with `Interpreter::take_stdout` / `take_stderr`.
    Capture,
    /// Any writer.
    Writer(Box<dyn Write>),
}

/// A byte buffer shared between the interpreter (which writes) and the host (which
/// reads). It holds at most `limit` bytes: output past it is dropped, so that a program
/// printing in a loop cannot grow the host's memory without bound.
#[derive(Clone)]
pub(crate) struct SharedBuffer {
    data: Rc<RefCell<Vec<u8>>>,
    limit: usize,
}

impl SharedBuffer {
    pub(crate) fn new(limit: usize) -> SharedBuffer {
        SharedBuffer {
            data: Rc::default(),
            limit,
        }
    }

    /// Everything written since the last call, as text (invalid UTF-8 replaced).
    pub(crate) fn take_text(&self) -> String {
        let bytes = std::mem::take(&mut *self.data.borrow_mut());
        match String::from_utf8(bytes) {
            Ok(s) => s,
            Err(e) => String::from_utf8_lossy(e.as_bytes()).into_owned(),
        }
    }
}

impl Write for SharedBuffer {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        let mut data = self.data.borrow_mut();
        let room = self.limit.saturating_sub(data.len());
        data.extend_from_slice(&buf[..buf.len().min(room)]);
        Ok(buf.len())
    }

    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

/// The buffers of captured streams, kept by the interpreter for the host.
#[derive(Default)]
pub(crate) struct Captured {
    pub(crate) stdout: Option<SharedBuffer>,
    pub(crate) stderr: Option<SharedBuffer>,
}

/// The writer for `output` (None: keep the process's stream), noting a capture buffer
/// in `slot`.
pub(crate) fn sink(
    output: Output,
    limit: usize,
    slot: &mut Option<SharedBuffer>,
) -> Option<Box<dyn Write>> {
    match output {
        Output::Inherit => None,
        Output::Capture => {
            let buffer = SharedBuffer::new(limit);
            *slot = Some(buffer.clone());
            Some(Box::new(buffer))
        }
        Output::Writer(w) => Some(w),
    }
}
