//! The methods of file objects (and of `sys.stdout` / `sys.stderr`, which share the
//! `TextIOWrapper` type): reading with universal newlines, writing, seeking, closing,
//! iteration and the context-manager protocol.

use crate::text::text_buf::TextBuf;
use std::io::{self, SeekFrom};

use super::file::{FileCore, FileState, Newline, TextConfig, file_core};
use super::method_args::{bind, check_positional};
use super::stream::StreamObj;
use crate::heap::Obj;
use crate::objects::NativeFn;
use crate::text::codecs::{self, Codec};
use crate::vm::unicode_error::CodecInput;
use crate::vm::{Args, PyErr, PyResult, Vm};

/// What a file method was called on.
enum Target<'a> {
    /// `sys.stdout` (1) or `sys.stderr` (2).
    Stream(u8),
    File(&'a FileCore),
}

fn target<'a>(vm: &mut Vm, args: &'a Args, name: &str) -> PyResult<Target<'a>> {
    let Some(o) = args.pos.first() else {
        return Err(vm.type_error(format!("{name}() needs a file object")));
    };
    if let Some(s) = o.downcast::<StreamObj>() {
        return Ok(Target::Stream(s.fd));
    }
    match file_core(o) {
        Some(c) => Ok(Target::File(c)),
        None => {
            let n = vm.type_name(o);
            Err(vm.type_error(format!(
                "descriptor '{name}' requires a file object but received a '{n}'"
            )))
        }
    }
}

/// The operations whose errors on a closed file are worded differently.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Op {
    Read,
    Readline,
    Write,
    Flush,
    Seek,
    Truncate,
    Tell,
    /// readable(), writable(), seekable(), isatty(), fileno().
    Query,
    Other,
}

/// CPython's ValueError for `op` on a closed file (its text and buffered layers word
/// it differently).
fn closed_error(vm: &mut Vm, core: &FileCore, op: Op) -> PyErr {
    let msg = match (core.text.is_none(), op) {
        (_, Op::Query) => "I/O operation on closed file",
        (true, Op::Read) => "read of closed file",
        (true, Op::Readline) => "readline of closed file",
        (true, Op::Write) => "write to closed file",
        (true, Op::Flush) if core.access.write => "flush of closed file",
        (true, Op::Seek) => "seek of closed file",
        (true, Op::Truncate) => "truncate of closed file",
        (true, Op::Tell) => "I/O operation on closed file",
        _ => "I/O operation on closed file.",
    };
    vm.value_error(msg)
}

/// Checks that a file is open for `op` (binary files report a missing capability
/// first, text files a closed file first).
fn check_open(vm: &mut Vm, core: &FileCore, op: Op) -> PyResult<()> {
    if core.text.is_none() {
        match op {
            Op::Read | Op::Readline => check_readable(vm, core)?,
            Op::Write => check_writable(vm, core)?,
            _ => {}
        }
    }
    if core.is_closed() {
        return Err(closed_error(vm, core, op));
    }
    Ok(())
}

/// The open file a method was called on; None for the standard streams.
fn open_file<'a>(
    vm: &mut Vm,
    args: &'a Args,
    name: &str,
    op: Op,
) -> PyResult<Option<&'a FileCore>> {
    match target(vm, args, name)? {
        Target::Stream(_) => Ok(None),
        Target::File(c) => {
            check_open(vm, c, op)?;
            Ok(Some(c))
        }
    }
}

fn unsupported(vm: &mut Vm, msg: &str) -> PyErr {
    crate::vm::errors::unsupported_operation(vm, msg)
}

/// Runs `f` on the file's state. The borrow is released before anything that could
/// run Python code.
fn with_state<R>(
    vm: &mut Vm,
    core: &FileCore,
    f: impl FnOnce(&mut FileState) -> io::Result<R>,
) -> PyResult<R> {
    let r = match core.state.try_borrow_mut() {
        Ok(mut st) => f(&mut st),
        Err(_) => return Err(vm.runtime_error("reentrant call inside file object")),
    };
    r.map_err(|e| vm.io_error(&e, None))
}

/// Checks that a file may be read: text files say "not readable", binary files name
/// the operation.
fn check_readable(vm: &mut Vm, core: &FileCore) -> PyResult<()> {
    if core.access.read {
        return Ok(());
    }
    Err(unsupported(
        vm,
        if core.text.is_some() {
            "not readable"
        } else {
            "read"
        },
    ))
}

fn check_writable(vm: &mut Vm, core: &FileCore) -> PyResult<()> {
    if core.access.write {
        return Ok(());
    }
    Err(unsupported(
        vm,
        if core.text.is_some() {
            "not writable"
        } else {
            "write"
        },
    ))
}

/// A size argument: None or negative means "no limit".
fn size_arg(vm: &mut Vm, o: Option<&Obj>, allow_none: bool) -> PyResult<Option<usize>> {
    match o {
        None => Ok(None),
        Some(v) if allow_none && v.ptr_eq(&vm.s.none) => Ok(None),
        Some(v) => match vm.index_value(v) {
            Some(r) => Ok(usize::try_from(r?).ok()),
            None if allow_none => {
                let n = vm.type_name(v);
                Err(vm.type_error(format!("argument should be integer or None, not '{n}'")))
            }
            None => Err(vm.type_error_for(v, "cannot be interpreted as an integer")),
        },
    }
}

/// Bytes one character occupies, judged from its first byte.
fn char_len(codec: Codec, lead: u8) -> usize {
    match (codec, lead) {
        (Codec::Utf8, 0xc0..=0xdf) => 2,
        (Codec::Utf8, 0xe0..=0xef) => 3,
        (Codec::Utf8, 0xf0..=0xf7) => 4,
        _ => 1,
    }
}

/// Reads text as raw bytes with line endings translated: at most `max_chars`
/// characters, stopping after the first line end when `line` is set.
fn text_take(
    st: &mut FileState,
    cfg: &TextConfig,
    max_chars: Option<usize>,
    line: bool,
) -> io::Result<Vec<u8>> {
    let mut out = Vec::new();
    let mut chars = 0usize;
    loop {
        if max_chars.is_some_and(|m| chars >= m) || st.want(1)? == 0 {
            break;
        }
        let b = st.buffered()[0];
        if b == b'\r' || b == b'\n' {
            let crlf = b == b'\r' && st.want(2)? >= 2 && st.buffered()[1] == b'\n';
            let (len, ends_line) = match cfg.newline {
                Newline::Universal | Newline::Untranslated => (if crlf { 2 } else { 1 }, true),
                Newline::Fixed("\r\n") => (if crlf { 2 } else { 1 }, crlf),
                Newline::Fixed(nl) => (1, nl.as_bytes() == [b]),
            };
            if cfg.newline == Newline::Universal {
                out.push(b'\n');
            } else {
                out.extend_from_slice(&st.buffered()[..len]);
            }
            st.consume(len);
            chars += 1;
            if ends_line && line {
                break;
            }
            continue;
        }
        let clen = char_len(cfg.codec, b);
        if clen > 1 {
            let n = clen.min(st.want(clen)?);
            out.extend_from_slice(&st.buffered()[..n]);
            st.consume(n);
            chars += 1;
            continue;
        }
        // A run of single-byte characters other than line breaks.
        let room = max_chars.map_or(usize::MAX, |m| m - chars);
        let buf = st.buffered();
        let n = buf
            .iter()
            .take(room)
            .position(|&c| c == b'\r' || c == b'\n' || char_len(cfg.codec, c) > 1)
            .unwrap_or(buf.len().min(room));
        out.extend_from_slice(&buf[..n]);
        st.consume(n);
        chars += n;
    }
    Ok(out)
}

/// Translates the line endings of text read in one piece.
fn translate_all(data: Vec<u8>, newline: Newline) -> Vec<u8> {
    if newline != Newline::Universal || !data.contains(&b'\r') {
        return data;
    }
    let mut out = Vec::with_capacity(data.len());
    let mut i = 0;
    while i < data.len() {
        if data[i] == b'\r' {
            out.push(b'\n');
            i += if data.get(i + 1) == Some(&b'\n') {
                2
            } else {
                1
            };
        } else {
            out.push(data[i]);
            i += 1;
        }
    }
    out
}

fn decode(vm: &mut Vm, cfg: &TextConfig, raw: &[u8]) -> PyResult {
    let s = codecs::decode_wtf8(raw, cfg.codec, &cfg.errors)
        .map_err(|e| vm.codec_error(e, CodecInput::Bytes(raw)))?;
    vm.new_str_wtf8(&s)
}

/// `f.read(size)` on an open, readable file.
fn read_impl(vm: &mut Vm, core: &FileCore, size: Option<usize>) -> PyResult {
    match &core.text {
        Some(cfg) => {
            let raw = match size {
                None => {
                    let all = with_state(vm, core, FileState::read_all)?;
                    translate_all(all, cfg.newline)
                }
                Some(n) => with_state(vm, core, |st| text_take(st, cfg, Some(n), false))?,
            };
            decode(vm, cfg, &raw)
        }
        None => {
            let data = match size {
                None => with_state(vm, core, FileState::read_all)?,
                Some(n) => with_state(vm, core, |st| st.read_up_to(n))?,
            };
            vm.new_bytes(data)
        }
    }
}

/// `f.readline(size)` on an open, readable file; empty at the end of the file.
fn readline_impl(vm: &mut Vm, core: &FileCore, size: Option<usize>) -> PyResult {
    match &core.text {
        Some(cfg) => {
            let raw = with_state(vm, core, |st| text_take(st, cfg, size, true))?;
            decode(vm, cfg, &raw)
        }
        None => {
            let data = with_state(vm, core, |st| st.read_line(size))?;
            vm.new_bytes(data)
        }
    }
}

/// The standard stream a method was called on, if it is one.
fn stream_fd(args: &Args) -> Option<u8> {
    args.pos
        .first()
        .and_then(|o| o.downcast::<StreamObj>())
        .map(|s| s.fd)
}

/// Whether the standard stream a method was called on was closed by the program.
fn stream_closed(args: &Args) -> bool {
    args.pos
        .first()
        .and_then(|o| o.downcast::<StreamObj>())
        .is_some_and(|s| s.closed.get())
}

/// Text read from standard input (`line`: one line), decoded with the stream's codec
/// and error handler.
fn read_stdin(
    vm: &mut Vm,
    stream: Option<&Obj>,
    fd: u8,
    size: Option<usize>,
    line: bool,
) -> PyResult {
    if fd != 0 {
        return Err(unsupported(vm, "not readable"));
    }
    vm.require(crate::vm::Capability::Stdin)?;
    let raw = match (size, line) {
        (None, false) => super::stdin::read_all(),
        _ => super::stdin::read_chars(size, line),
    };
    let raw = raw.map_err(|e| vm.io_error(&e, None))?;
    let (codec, errors) = super::stream::stream_codec(stream);
    let s = codecs::decode_wtf8(&raw, codec, &errors)
        .map_err(|e| vm.codec_error(e, CodecInput::Bytes(&raw)))?;
    vm.new_str_wtf8(&s)
}

/// One line of a file or of standard input; empty at the end.
fn next_line(vm: &mut Vm, args: &Args, size: Option<usize>) -> PyResult {
    match stream_fd(args) {
        Some(_) if stream_closed(args) => Err(vm.value_error("I/O operation on closed file.")),
        Some(fd) => read_stdin(vm, args.pos.first(), fd, size, true),
        None => match open_file(vm, args, "readline", Op::Readline)? {
            Some(core) => {
                check_readable(vm, core)?;
                readline_impl(vm, core, size)
            }
            None => Err(unsupported(vm, "not readable")),
        },
    }
}

/// The file a method was called on, open or closed (None for the standard streams).
fn any_file(args: &Args) -> Option<&FileCore> {
    args.pos.first().and_then(file_core)
}

/// A binary file without `read` / `write` inherits CPython's BufferedIOBase method,
/// which refuses before looking at its arguments.
fn refuse_missing(vm: &mut Vm, args: &Args, write: bool) -> PyResult<()> {
    match any_file(args) {
        Some(c) if c.text.is_none() && !(if write { c.access.write } else { c.access.read }) => {
            Err(unsupported(vm, if write { "write" } else { "read" }))
        }
        _ => Ok(()),
    }
}

pub(crate) fn file_read(vm: &mut Vm, args: Args) -> PyResult {
    refuse_missing(vm, &args, false)?;
    check_positional(vm, &args, "read", 0, 1)?;
    let size = size_arg(vm, args.get(1), true)?;
    let Some(core) = open_file(vm, &args, "read", Op::Read)? else {
        if stream_closed(&args) {
            return Err(vm.value_error("I/O operation on closed file."));
        }
        let fd = stream_fd(&args).unwrap_or(1);
        return read_stdin(vm, args.pos.first(), fd, size, false);
    };
    check_readable(vm, core)?;
    read_impl(vm, core, size)
}

/// `readinto(buffer)` of a binary file: reads up to the buffer's length into its start
/// and returns how many bytes came.
fn file_readinto(vm: &mut Vm, args: Args) -> PyResult {
    check_positional(vm, &args, "readinto", 1, 1)?;
    let (file, buffer) = (args.pos[0].clone(), args.pos[1].clone());
    let Some(room) = crate::objects::memoryview::write_buffer(&buffer, |w| w.len()) else {
        let n = vm.type_name(&buffer);
        return Err(vm.type_error(format!(
            "readinto() argument must be read-write bytes-like object, not {n}"
        )));
    };
    let size = vm.new_int(i64::try_from(room).unwrap_or(i64::MAX))?;
    let data = file_read(vm, Args::new([file, size]))?;
    let data = crate::objects::bytes::with_bytes(&data, <[u8]>::to_vec).unwrap_or_default();
    crate::objects::memoryview::write_buffer(&buffer, |w| {
        if let Some(dest) = w.get_mut(..data.len()) {
            dest.copy_from_slice(&data);
        }
    });
    vm.new_int(data.len() as i64)
}

pub(crate) fn file_readline(vm: &mut Vm, args: Args) -> PyResult {
    refuse_missing(vm, &args, false)?;
    check_positional(vm, &args, "readline", 0, 1)?;
    let binary = any_file(&args).is_some_and(|c| c.text.is_none());
    let size = match size_arg(vm, args.get(1), binary) {
        // A text file's readline takes its size as a C ssize_t, with that message.
        Err(e) if !binary && vm.err_matches(&e, &vm.exc.overflow_error.clone()) => {
            return Err(vm.overflow_error("Python int too large to convert to C ssize_t"));
        }
        size => size?,
    };
    next_line(vm, &args, size)
}

pub(crate) fn file_readlines(vm: &mut Vm, mut args: Args) -> PyResult {
    let p = bind(vm, &mut args, "readlines", &["hint"], 0, false)?;
    open_file(vm, &args, "readlines", Op::Other)?;
    let hint = size_arg(vm, p[0].as_ref(), true)?.filter(|&h| h > 0);
    let mut lines = Vec::new();
    let mut total = 0usize;
    loop {
        let line = next_line(vm, &args, None)?;
        let n = vm.len(&line)?;
        if n == 0 {
            break;
        }
        lines.push(line);
        total += n;
        if hint.is_some_and(|h| total >= h) {
            break;
        }
    }
    vm.new_list(lines)
}

/// What a write() argument holds, checked against the file's kind.
enum Payload<'a> {
    /// Generalised UTF-8: lone surrogates reach the file's error handler.
    Text(&'a [u8]),
    Bytes(Vec<u8>),
}

fn payload<'a>(vm: &mut Vm, core: &FileCore, data: &'a Obj) -> PyResult<Payload<'a>> {
    if core.text.is_none() {
        return vm.bytes_arg(data).map(Payload::Bytes);
    }
    match crate::objects::str::as_text(data) {
        Some(s) => Ok(Payload::Text(s)),
        None => {
            let n = vm.type_name(data);
            Err(vm.type_error(format!("write() argument must be str, not {n}")))
        }
    }
}

/// Writes checked data to an open, writable file; returns the count CPython reports
/// (characters for text files, bytes for binary ones).
fn write_impl(vm: &mut Vm, core: &FileCore, data: Payload) -> PyResult<usize> {
    match (&core.text, data) {
        (Some(cfg), Payload::Text(s)) => {
            let count = s.iter().filter(|&&b| b & 0xC0 != 0x80).count();
            let translated;
            let text = match cfg.newline {
                Newline::Fixed(nl) if nl != "\n" && s.contains(&b'\n') => {
                    translated = s
                        .split(|&b| b == b'\n')
                        .collect::<Vec<_>>()
                        .join(nl.as_bytes());
                    translated.as_slice()
                }
                _ => s,
            };
            let raw = codecs::encode_wtf8(text, cfg.codec, &cfg.errors)
                .map_err(|e| vm.codec_error(e, CodecInput::Text(text)))?;
            with_state(vm, core, |st| st.write(&raw, true))?;
            Ok(count)
        }
        (_, Payload::Bytes(raw)) => {
            with_state(vm, core, |st| st.write(&raw, false))?;
            Ok(raw.len())
        }
        (None, Payload::Text(_)) => Err(vm.type_error("a bytes-like object is required")),
    }
}

/// The argument is checked before the file's state, as CPython parses arguments first.
pub(crate) fn file_write(vm: &mut Vm, mut args: Args) -> PyResult {
    refuse_missing(vm, &args, true)?;
    let p = bind(vm, &mut args, "write", &["s"], 1, false)?;
    let data = p[0].clone().unwrap_or_else(|| vm.none());
    let Some(core) = any_file(&args) else {
        if stream_fd(&args) == Some(0) {
            return Err(unsupported(vm, "not writable"));
        }
        return crate::objects::stream::stream_write(vm, Args::new([args.pos[0].clone(), data]));
    };
    let checked = payload(vm, core, &data)?;
    check_open(vm, core, Op::Write)?;
    check_writable(vm, core)?;
    let n = write_impl(vm, core, checked)?;
    vm.new_int(n as i64)
}

pub(crate) fn file_writelines(vm: &mut Vm, mut args: Args) -> PyResult {
    let p = bind(vm, &mut args, "writelines", &["lines"], 1, false)?;
    let lines = p[0].clone().unwrap_or_else(|| vm.none());
    let this = args.pos[0].clone();
    open_file(vm, &args, "writelines", Op::Other)?;
    let items = vm.iterate_to_vec(&lines)?;
    for line in items {
        file_write(vm, Args::new([this.clone(), line]))?;
    }
    Ok(vm.none())
}

pub(crate) fn file_flush(vm: &mut Vm, mut args: Args) -> PyResult {
    bind(vm, &mut args, "flush", &[], 0, false)?;
    match open_file(vm, &args, "flush", Op::Flush)? {
        Some(core) => with_state(vm, core, FileState::flush)?,
        None => {
            return crate::objects::stream::stream_flush(vm, Args::new([args.pos[0].clone()]));
        }
    }
    Ok(vm.none())
}

pub(crate) fn file_close(vm: &mut Vm, mut args: Args) -> PyResult {
    bind(vm, &mut args, "close", &[], 0, false)?;
    match target(vm, &args, "close")? {
        Target::File(core) => with_state(vm, core, FileState::close)?,
        Target::Stream(1) => vm.close_stdout()?,
        Target::Stream(0) => {
            if let Some(s) = args.pos.first().and_then(|o| o.downcast::<StreamObj>()) {
                s.closed.set(true);
            }
        }
        Target::Stream(_) => {}
    }
    Ok(vm.none())
}

pub(crate) fn file_seek(vm: &mut Vm, mut args: Args) -> PyResult {
    let p = bind(vm, &mut args, "seek", &["cookie", "whence"], 1, false)?;
    let Some(core) = open_file(vm, &args, "seek", Op::Seek)? else {
        return Err(unsupported(vm, "underlying stream is not seekable"));
    };
    let none = vm.none();
    let cookie = p[0].clone().unwrap_or(none);
    if core.text.is_some() && vm.index_value(&cookie).is_none() {
        // TextIOWrapper compares the cookie with 0 before converting it.
        let n = vm.type_name(&cookie);
        return Err(vm.type_error(format!(
            "'<' not supported between instances of '{n}' and 'int'"
        )));
    }
    let offset = vm.to_index(&cookie)?;
    let whence = match &p[1] {
        Some(w) => vm.to_index(w)?,
        None => 0,
    };
    let to = match (core.text.is_some(), whence) {
        (true, 0) if offset < 0 => {
            return Err(vm.value_error(format!("negative seek position {offset}")));
        }
        (true, 1) if offset != 0 => {
            return Err(unsupported(vm, "can't do nonzero cur-relative seeks"));
        }
        (true, 2) if offset != 0 => {
            return Err(unsupported(vm, "can't do nonzero end-relative seeks"));
        }
        (true, 1) => {
            let pos = with_state(vm, core, FileState::tell)?;
            return vm.new_int(pos as i64);
        }
        (_, 0) => match u64::try_from(offset) {
            Ok(o) => SeekFrom::Start(o),
            Err(_) => return Err(vm.new_os_error(22, None)),
        },
        (_, 1) => SeekFrom::Current(offset),
        (_, 2) => SeekFrom::End(offset),
        (true, w) => {
            return Err(vm.value_error(format!("invalid whence ({w}, should be 0, 1 or 2)")));
        }
        (false, w) => return Err(vm.value_error(format!("whence value {w} unsupported"))),
    };
    let pos = with_state(vm, core, |st| st.seek(to))?;
    vm.new_int(pos as i64)
}

pub(crate) fn file_tell(vm: &mut Vm, mut args: Args) -> PyResult {
    bind(vm, &mut args, "tell", &[], 0, false)?;
    let Some(core) = open_file(vm, &args, "tell", Op::Tell)? else {
        return Err(unsupported(vm, "underlying stream is not seekable"));
    };
    let pos = with_state(vm, core, FileState::tell)?;
    vm.new_int(pos as i64)
}

pub(crate) fn file_truncate(vm: &mut Vm, mut args: Args) -> PyResult {
    let p = bind(vm, &mut args, "truncate", &["pos"], 0, false)?;
    let Some(core) = open_file(vm, &args, "truncate", Op::Truncate)? else {
        return Err(unsupported(vm, "truncate"));
    };
    if !core.access.write {
        return Err(unsupported(vm, "truncate"));
    }
    let size = match p[0].as_ref().filter(|v| !v.ptr_eq(&vm.s.none)) {
        None => None,
        Some(v) => match u64::try_from(vm.to_index(v)?) {
            Ok(s) => Some(s),
            Err(_) => return Err(vm.new_os_error(22, None)),
        },
    };
    let n = with_state(vm, core, |st| st.truncate(size))?;
    vm.new_int(n as i64)
}

/// readable() / writable() / seekable(). A file lacking the capability answers False
/// even when closed, as CPython's layers do.
fn capability(
    vm: &mut Vm,
    args: &mut Args,
    name: &str,
    f: fn(&FileCore) -> bool,
    stream: bool,
) -> PyResult {
    bind(vm, args, name, &[], 0, false)?;
    let r = match target(vm, args, name)? {
        Target::Stream(_) => stream,
        Target::File(core) if !f(core) => false,
        Target::File(core) => {
            check_open(vm, core, Op::Query)?;
            true
        }
    };
    Ok(vm.new_bool(r))
}

pub(crate) fn file_readable(vm: &mut Vm, mut args: Args) -> PyResult {
    let stdin = stream_fd(&args) == Some(0);
    capability(vm, &mut args, "readable", |c| c.access.read, stdin)
}

pub(crate) fn file_writable(vm: &mut Vm, mut args: Args) -> PyResult {
    let stdin = stream_fd(&args) == Some(0);
    capability(vm, &mut args, "writable", |c| c.access.write, !stdin)
}

pub(crate) fn file_seekable(vm: &mut Vm, mut args: Args) -> PyResult {
    capability(vm, &mut args, "seekable", |_| true, false)
}

pub(crate) fn file_isatty(vm: &mut Vm, mut args: Args) -> PyResult {
    use std::io::IsTerminal;
    bind(vm, &mut args, "isatty", &[], 0, false)?;
    let r = match target(vm, &args, "isatty")? {
        Target::Stream(0) => io::stdin().is_terminal(),
        Target::Stream(1) => io::stdout().is_terminal(),
        Target::Stream(_) => io::stderr().is_terminal(),
        Target::File(c) if c.is_closed() => return Err(closed_error(vm, c, Op::Query)),
        Target::File(c) => c
            .state
            .try_borrow()
            .ok()
            .and_then(|st| st.file.as_ref().map(IsTerminal::is_terminal))
            .unwrap_or(false),
    };
    Ok(vm.new_bool(r))
}

pub(crate) fn file_fileno(vm: &mut Vm, mut args: Args) -> PyResult {
    use std::os::fd::AsRawFd;
    bind(vm, &mut args, "fileno", &[], 0, false)?;
    let fd = match target(vm, &args, "fileno")? {
        Target::Stream(fd) => i64::from(fd),
        Target::File(c) if c.is_closed() => return Err(closed_error(vm, c, Op::Query)),
        Target::File(c) => c
            .state
            .try_borrow()
            .ok()
            .and_then(|st| st.file.as_ref().map(|f| i64::from(f.as_raw_fd())))
            .unwrap_or(-1),
    };
    vm.new_int(fd)
}

pub(crate) fn file_enter(vm: &mut Vm, mut args: Args) -> PyResult {
    bind(vm, &mut args, "__enter__", &[], 0, false)?;
    open_file(vm, &args, "__enter__", Op::Other)?;
    Ok(args.pos[0].clone())
}

fn file_exit(vm: &mut Vm, args: Args) -> PyResult {
    let this = args.pos.first().cloned().unwrap_or_else(|| vm.none());
    file_close(vm, Args::new([this]))
}

pub(crate) fn file_iter(vm: &mut Vm, mut args: Args) -> PyResult {
    bind(vm, &mut args, "__iter__", &[], 0, false)?;
    open_file(vm, &args, "__iter__", Op::Other)?;
    Ok(args.pos[0].clone())
}

pub(crate) fn file_next(vm: &mut Vm, mut args: Args) -> PyResult {
    bind(vm, &mut args, "__next__", &[], 0, false)?;
    let this = args.pos[0].clone();
    match vm.file_next(&this)? {
        Some(Some(line)) => Ok(line),
        _ => Err(vm.stop_iteration(None)),
    }
}

impl Vm {
    /// `next(f)` for files and standard streams: `Some(None)` at the end, None when
    /// `f` is neither.
    pub(crate) fn file_next(&mut self, f: &Obj) -> PyResult<Option<Option<Obj>>> {
        if let Some(r) = self.text_wrapper_next(f)? {
            return Ok(Some(r));
        }
        let line = if let Some(s) = f.downcast::<StreamObj>() {
            if s.closed.get() {
                return Err(self.value_error("I/O operation on closed file."));
            }
            read_stdin(self, Some(f), s.fd, None, true)?
        } else if let Some(core) = file_core(f) {
            check_open(self, core, Op::Readline)?;
            check_readable(self, core)?;
            readline_impl(self, core, None)?
        } else {
            return Ok(None);
        };
        Ok(Some((self.len(&line)? > 0).then_some(line)))
    }

    /// `iter(f)` for files and standard streams: the object itself.
    pub(crate) fn file_iter(&mut self, f: &Obj) -> PyResult<Option<Obj>> {
        if let Some(s) = f.downcast::<StreamObj>() {
            if s.closed.get() {
                return Err(self.value_error("I/O operation on closed file."));
            }
            return Ok(Some(f.clone()));
        }
        if let Some(w) = f.downcast::<super::text_wrapper::TextWrapperObj>() {
            super::text_wrapper::check_open(self, w)?;
            return Ok(Some(f.clone()));
        }
        match file_core(f) {
            Some(c) if c.is_closed() => Err(closed_error(self, c, Op::Other)),
            Some(_) => Ok(Some(f.clone())),
            None => Ok(None),
        }
    }

    /// `repr(f)`: `<_io.TextIOWrapper name='x' mode='r' encoding='UTF-8'>`.
    pub(crate) fn file_repr(&mut self, f: &Obj, out: &mut TextBuf) -> PyResult<bool> {
        if let Some(r) = self.text_wrapper_repr(f)? {
            out.push_str(&r);
            return Ok(true);
        }
        let Some(core) = file_core(f) else {
            return Ok(false);
        };
        let ty = self.type_of(f);
        let tname = self.class_name(&ty);
        let name = self.repr_string(&core.name)?;
        out.push_str(&format!("<{tname} name={name}"));
        if let Some(cfg) = &core.text {
            out.push_str(&format!(
                " mode='{}' encoding='{}'",
                core.mode, cfg.encoding
            ));
        }
        out.push('>');
        Ok(true)
    }

    /// `closed`, `name`, `mode`, `encoding`, `errors` of files and standard streams.
    pub(crate) fn file_attr(&mut self, f: &Obj, n: &str) -> PyResult<Option<Obj>> {
        if f.is::<super::text_wrapper::TextWrapperObj>() {
            return self.text_wrapper_attr(f, n);
        }
        if let Some(s) = f.downcast::<StreamObj>() {
            let (name, mode, errors) = match s.fd {
                0 => ("<stdin>", "r", "strict"),
                1 => ("<stdout>", "w", "strict"),
                _ => ("<stderr>", "w", "backslashreplace"),
            };
            return match n {
                "closed" => Ok(Some(
                    self.new_bool(s.closed.get() || (s.fd == 1 && self.stdout.closed)),
                )),
                "name" => self.new_str(name).map(Some),
                "mode" => self.new_str(mode).map(Some),
                "encoding" => {
                    let e = s.text.try_borrow().map(|t| t.encoding.clone());
                    self.new_str(e.as_deref().unwrap_or("utf-8")).map(Some)
                }
                "errors" => {
                    let e = s.text.try_borrow().map(|t| t.errors.clone());
                    self.new_str(e.as_deref().unwrap_or(errors)).map(Some)
                }
                "write_through" => {
                    let w = s.text.try_borrow().is_ok_and(|t| t.write_through);
                    Ok(Some(self.new_bool(w)))
                }
                "buffer" => crate::objects::std_buffer::buffer_of(self, s.fd).map(Some),
                // Line buffered when attached to a terminal, as CPython sets it up.
                "line_buffering" => {
                    use std::io::IsTerminal;
                    if let Some(l) = s.text.try_borrow().ok().and_then(|t| t.line_buffering) {
                        return Ok(Some(self.new_bool(l)));
                    }
                    let tty = match s.fd {
                        0 => std::io::stdin().is_terminal(),
                        1 => std::io::stdout().is_terminal(),
                        _ => std::io::stderr().is_terminal(),
                    };
                    Ok(Some(self.new_bool(tty)))
                }
                _ => Ok(None),
            };
        }
        let Some(core) = file_core(f) else {
            return Ok(None);
        };
        match (n, &core.text) {
            ("closed", _) => Ok(Some(self.new_bool(core.is_closed()))),
            ("name", _) => Ok(Some(core.name.clone())),
            ("mode", _) => self.new_str(&core.mode).map(Some),
            ("encoding", Some(cfg)) => self.new_str(&cfg.encoding).map(Some),
            ("errors", Some(cfg)) => self.new_str(&cfg.errors).map(Some),
            ("line_buffering", Some(_)) => Ok(Some(self.new_bool(false))),
            _ => Ok(None),
        }
    }
}

/// Methods of binary files only.
pub const BINARY_METHODS: &[(&str, NativeFn)] = &[("readinto", file_readinto)];

/// Methods of text files, binary files and the standard streams.
pub const METHODS: &[(&str, NativeFn)] = &[
    ("read", file_read),
    ("readline", file_readline),
    ("readlines", file_readlines),
    ("write", file_write),
    ("writelines", file_writelines),
    ("flush", file_flush),
    ("close", file_close),
    ("seek", file_seek),
    ("tell", file_tell),
    ("truncate", file_truncate),
    ("readable", file_readable),
    ("writable", file_writable),
    ("seekable", file_seekable),
    ("isatty", file_isatty),
    ("fileno", file_fileno),
    ("__enter__", file_enter),
    ("__exit__", file_exit),
    ("__iter__", file_iter),
    ("__next__", file_next),
];
