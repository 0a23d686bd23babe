//! `sys.stdin`, `sys.stdout` and `sys.stderr`: text streams over the process's standard
//! input, output and error (stdout is buffered by the interpreter and flushed before
//! stderr is written; reading stdin is in `stdin.rs`).
//! They share the `TextIOWrapper` type with text files; its methods
//! (`objects/file_methods.rs`) call `stream_write` / `stream_flush` for them.

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use super::Tag;
use super::file::Newline;
use crate::declare_payload;
use crate::heap::{Behaviour, Obj};
use crate::objects::str::as_str;
use crate::text::codecs::{self, Codec};
use crate::vm::unicode_error::CodecInput;
use crate::vm::{Args, PyResult, Vm};

/// What `reconfigure` set: the codec, error handler and newline translation text
/// written to the stream goes through, and the buffering flags.
pub struct StreamText {
    pub codec: Codec,
    pub encoding: Rc<str>,
    pub errors: Rc<str>,
    pub newline: Newline,
    /// None: as the stream was set up (line buffered on a terminal).
    pub line_buffering: Option<bool>,
    pub write_through: bool,
}

pub struct StreamObj {
    /// 0 for standard input, 1 for standard output, 2 for standard error.
    pub fd: u8,
    pub text: RefCell<StreamText>,
    /// `sys.stdin.close()` was called: reads refuse from then on. (Standard output's
    /// closing lives with its buffer, in the VM.)
    pub closed: Cell<bool>,
}
declare_payload!(StreamObj, "TextIOWrapper", Tag::TextStream, nogc);
impl Behaviour for StreamObj {}

impl StreamObj {
    /// Standard stream `fd` with the encoding and error handler the interpreter was
    /// configured with (standard error always escapes what it cannot encode).
    pub fn new(fd: u8, stdio: &crate::vm::StdioConfig) -> StreamObj {
        StreamObj {
            fd,
            text: RefCell::new(StreamText {
                codec: stdio.codec,
                encoding: Rc::from(stdio.encoding.as_str()),
                errors: Rc::from(if fd == 2 {
                    "backslashreplace"
                } else {
                    stdio.errors.as_str()
                }),
                newline: Newline::Universal,
                // Standard error is line buffered, unless unbuffered (`-u`).
                line_buffering: (fd == 2).then_some(!stdio.unbuffered),
                // Unbuffered streams write through to the file at once.
                write_through: fd != 0 && stdio.unbuffered,
            }),
            closed: Cell::new(false),
        }
    }

    /// True while text is written as UTF-8 unchanged (print may write it directly).
    pub fn is_plain(&self) -> bool {
        self.text.try_borrow().is_ok_and(|t| {
            t.codec == Codec::Utf8
                && matches!(
                    t.newline,
                    Newline::Universal | Newline::Untranslated | Newline::Fixed("\n")
                )
                && t.line_buffering != Some(true)
        })
    }
}

/// `sys.stdout.reconfigure(...)` (and stdin's, stderr's): the given settings change,
/// after a flush.
pub(crate) fn reconfigure(
    vm: &mut Vm,
    s: &StreamObj,
    codec: Option<(Codec, Rc<str>)>,
    errors: Option<String>,
    newline: Option<Newline>,
    line_buffering: Option<bool>,
    write_through: Option<bool>,
) -> PyResult {
    if s.fd == 1 && !vm.stdout.closed {
        vm.flush_stdout_checked()?;
    }
    let Ok(mut t) = s.text.try_borrow_mut() else {
        return Err(vm.runtime_error("reentrant call inside stream"));
    };
    if let Some((codec, name)) = codec {
        t.codec = codec;
        t.encoding = name;
        if errors.is_none() {
            t.errors = Rc::from("strict");
        }
    }
    if let Some(e) = errors {
        t.errors = Rc::from(e.as_str());
    }
    if let Some(n) = newline {
        t.newline = n;
    }
    if line_buffering.is_some() {
        t.line_buffering = line_buffering;
    }
    if let Some(w) = write_through {
        t.write_through = w;
    }
    drop(t);
    // Standard output's buffer writes as the stream is now set up.
    if s.fd == 1 {
        if let Some(l) = line_buffering {
            vm.stdout.line_buffered = l;
        }
        if let Some(w) = write_through {
            vm.stdout.write_through = w;
        }
    }
    Ok(vm.none())
}

fn stream_fd(vm: &mut Vm, args: &Args) -> PyResult<u8> {
    match args.pos.first().and_then(|o| o.downcast::<StreamObj>()) {
        Some(s) => Ok(s.fd),
        None => Err(vm.type_error("descriptor requires a stream object")),
    }
}

/// `write()` of text holding lone surrogates: encoded with the stream's codec and
/// error handler, which decides what becomes of them.
fn write_wtf8(vm: &mut Vm, stream: &Obj, fd: u8, text: &[u8]) -> PyResult {
    let (codec, errors) = match stream.downcast::<StreamObj>() {
        Some(st) => match st.text.try_borrow() {
            Ok(t) => (t.codec, t.errors.clone()),
            Err(_) => return Err(vm.runtime_error("reentrant call inside stream")),
        },
        None => (Codec::Utf8, Rc::from("strict")),
    };
    let raw = codecs::encode_wtf8(text, codec, &errors)
        .map_err(|e| vm.codec_error(e, CodecInput::Text(text)))?;
    if fd == 1 {
        vm.write_stdout_bytes(&raw)?;
    } else {
        vm.write_stderr_bytes(&raw);
    }
    let count = text.iter().filter(|&&b| b & 0xC0 != 0x80).count();
    vm.new_int(count as i64)
}

pub(crate) fn stream_write(vm: &mut Vm, args: Args) -> PyResult {
    args.check(vm, "write", 2, 2)?;
    let fd = stream_fd(vm, &args)?;
    if let Some(text) = crate::objects::str::as_text(&args.pos[1])
        && std::str::from_utf8(text).is_err()
    {
        return write_wtf8(vm, &args.pos[0], fd, text);
    }
    let Some(s) = as_str(&args.pos[1]) else {
        let n = vm.type_name(&args.pos[1]);
        return Err(vm.type_error(format!("write() argument must be str, not {n}")));
    };
    let s = s.to_owned();
    let stream = args.pos[0].downcast::<StreamObj>();
    if let Some(st) = stream.filter(|st| !st.is_plain()) {
        let Ok(t) = st.text.try_borrow() else {
            return Err(vm.runtime_error("reentrant call inside stream"));
        };
        let (codec, errors, newline, line) = (
            t.codec,
            t.errors.clone(),
            t.newline,
            t.line_buffering == Some(true),
        );
        drop(t);
        let text = match newline {
            Newline::Fixed(nl) if nl != "\n" => s.replace('\n', nl),
            _ => s.clone(),
        };
        let raw = codecs::encode(&text, codec, &errors)
            .map_err(|e| vm.codec_error(e, CodecInput::Text(text.as_bytes())))?;
        if fd == 1 {
            vm.write_stdout_bytes(&raw)?;
            if line && (s.contains('\n') || s.contains('\r')) {
                vm.flush_stdout_checked()?;
            }
        } else {
            vm.write_stderr_bytes(&raw);
        }
        return vm.new_int(s.chars().count() as i64);
    }
    if fd == 1 {
        vm.write_stdout(&s)?;
    } else {
        vm.write_stderr(&s);
    }
    vm.new_int(s.chars().count() as i64)
}

pub(crate) fn stream_flush(vm: &mut Vm, args: Args) -> PyResult {
    args.check(vm, "flush", 1, 1)?;
    let fd = stream_fd(vm, &args)?;
    if fd == 1 {
        vm.flush_stdout_checked()?;
    }
    Ok(vm.none())
}

/// The codec and error handler of a standard stream (UTF-8 / strict for anything else,
/// or while the stream is being reconfigured).
pub(crate) fn stream_codec(stream: Option<&Obj>) -> (Codec, Rc<str>) {
    stream
        .and_then(|o| o.downcast::<StreamObj>())
        .and_then(|st| {
            st.text
                .try_borrow()
                .ok()
                .map(|t| (t.codec, t.errors.clone()))
        })
        .unwrap_or((Codec::Utf8, Rc::from("strict")))
}
