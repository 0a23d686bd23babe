//! `io.TextIOWrapper(buffer, ...)` over a binary buffer object (`io.BytesIO`, a binary
//! file, `sys.stdout.buffer`, or any object with `read` / `write` / `flush`): text is
//! encoded into a pending-bytes buffer passed to `buffer.write` when it fills, on
//! `flush`, per line with `line_buffering`, or at once with `write_through`; reading
//! pulls chunks with `buffer.read1` (or `read`), decodes them, and translates line
//! endings as the text is returned. `tell()` is the byte position of the next
//! character (CPython's cookie when the decoder holds no state).
//!
//! The wrapper shares the `_io.TextIOWrapper` type with text files and the standard
//! streams: the methods below take it and hand anything else to `file_methods.rs`.

use std::cell::RefCell;
use std::rc::Rc;

use super::file::{CHUNK, Newline};
use super::method_args::{bind, bind_function};
use super::{Tag, visit_opt};
use crate::declare_payload;
use crate::heap::{Behaviour, HeapVec, NoTail, Obj};
use crate::objects::NativeFn;
use crate::objects::bytes::with_bytes;
use crate::objects::file_methods as fm;
use crate::objects::str::as_str;
use crate::text::codecs::{self, Codec};
use crate::vm::unicode_error::CodecInput;
use crate::vm::{Args, PyErr, PyResult, Vm};

const SEEN_CR: u8 = 1;
const SEEN_LF: u8 = 2;
const SEEN_CRLF: u8 = 4;

/// The settings `reconfigure` may change.
struct Config {
    codec: Codec,
    encoding: Rc<str>,
    errors: Rc<str>,
    newline: Newline,
    line_buffering: bool,
    write_through: bool,
}

struct WrapState {
    cfg: Config,
    /// Encoded text not yet passed to `buffer.write`.
    pending: HeapVec<u8>,
    /// Decoded, untranslated text read ahead (a str); its first `pos` bytes are used.
    decoded: Option<Obj>,
    pos: usize,
    /// Bytes read that end in the middle of a character.
    undecoded: HeapVec<u8>,
    /// The buffer reported its end.
    eof: bool,
    /// Kinds of line ending decoded so far (`newlines`).
    seen: u8,
}

pub struct TextWrapperObj {
    /// None once detached.
    buffer: RefCell<Option<Obj>>,
    state: RefCell<WrapState>,
}
declare_payload!(TextWrapperObj, "TextIOWrapper", Tag::TextStream, gc);
impl Behaviour for TextWrapperObj {
    fn traverse(&self, _: &[NoTail], visit: &mut dyn FnMut(&Obj)) {
        if let Ok(b) = self.buffer.try_borrow() {
            visit_opt(&b, visit);
        }
        if let Ok(st) = self.state.try_borrow() {
            visit_opt(&st.decoded, visit);
        }
    }
    fn clear(&self) {
        let old = self.buffer.try_borrow_mut().map(|mut b| b.take());
        drop(old);
    }
    fn needs_finalize(&self) -> bool {
        true
    }
}

/// An optional str argument (None allowed), with the constructor's message.
fn opt_str(vm: &mut Vm, func: &str, o: Option<&Obj>, what: &str) -> PyResult<Option<String>> {
    match o {
        None => Ok(None),
        Some(v) if v.ptr_eq(&vm.s.none) => Ok(None),
        Some(v) => match as_str(v) {
            Some(s) => Ok(Some(s.to_owned())),
            None => {
                let n = vm.type_name(v);
                Err(vm.type_error(format!(
                    "{func}() argument '{what}' must be str or None, not {n}"
                )))
            }
        },
    }
}

fn codec_for(vm: &mut Vm, encoding: Option<String>) -> PyResult<(Codec, Rc<str>)> {
    match encoding {
        None => Ok((Codec::Utf8, Rc::from(Codec::Utf8.display_name()))),
        Some(e) => match Codec::lookup(&e) {
            Some(c) if c.ascii_compatible() => Ok((c, Rc::from(e.as_str()))),
            _ => Err(vm.lookup_error(format!("unknown encoding: {e}"))),
        },
    }
}

fn newline_for(vm: &mut Vm, newline: Option<&str>) -> PyResult<Newline> {
    Ok(match newline {
        None => Newline::Universal,
        Some("") => Newline::Untranslated,
        Some("\n") => Newline::Fixed("\n"),
        Some("\r") => Newline::Fixed("\r"),
        Some("\r\n") => Newline::Fixed("\r\n"),
        Some(other) => return Err(vm.value_error(format!("illegal newline value: {other}"))),
    })
}

impl Vm {
    /// `io.TextIOWrapper(buffer, encoding=None, errors=None, newline=None,
    /// line_buffering=False, write_through=False)`.
    pub(crate) fn new_text_wrapper(&mut self, mut args: Args) -> PyResult {
        let names = [
            "buffer",
            "encoding",
            "errors",
            "newline",
            "line_buffering",
            "write_through",
        ];
        let p = bind_function(self, &mut args, "TextIOWrapper", &names, 1)?;
        let f = "TextIOWrapper";
        let buffer = p[0].clone().unwrap_or_else(|| self.none());
        let encoding = opt_str(self, f, p[1].as_ref(), "encoding")?;
        let errors = opt_str(self, f, p[2].as_ref(), "errors")?;
        let newline = opt_str(self, f, p[3].as_ref(), "newline")?;
        let newline = newline_for(self, newline.as_deref())?;
        let (codec, encoding) = codec_for(self, encoding)?;
        let line_buffering = match &p[4] {
            Some(v) => self.truthy(v)?,
            None => false,
        };
        let write_through = match &p[5] {
            Some(v) => self.truthy(v)?,
            None => false,
        };
        let cfg = Config {
            codec,
            encoding,
            errors: Rc::from(errors.as_deref().unwrap_or("strict")),
            newline,
            line_buffering,
            write_through,
        };
        let w = TextWrapperObj {
            buffer: RefCell::new(Some(buffer)),
            state: RefCell::new(WrapState {
                cfg,
                pending: HeapVec::new(),
                decoded: None,
                pos: 0,
                undecoded: HeapVec::new(),
                eof: false,
                seen: 0,
            }),
        };
        Ok(self.heap.alloc(w)?)
    }
}

fn wrapper_of(args: &Args) -> Option<&TextWrapperObj> {
    args.pos
        .first()
        .and_then(|o| o.downcast::<TextWrapperObj>())
}

fn reentrant(vm: &mut Vm) -> PyErr {
    vm.runtime_error("reentrant call inside TextIOWrapper")
}

/// Runs `f` on the wrapper's state (never across a call into Python).
fn with_state<R>(
    vm: &mut Vm,
    w: &TextWrapperObj,
    f: impl FnOnce(&mut WrapState) -> R,
) -> PyResult<R> {
    match w.state.try_borrow_mut() {
        Ok(mut st) => Ok(f(&mut st)),
        Err(_) => Err(reentrant(vm)),
    }
}

/// The buffer, or ValueError once detached.
fn buffer(vm: &mut Vm, w: &TextWrapperObj) -> PyResult<Obj> {
    match w.buffer.try_borrow().ok().and_then(|b| b.clone()) {
        Some(b) => Ok(b),
        None => Err(vm.value_error("underlying buffer has been detached")),
    }
}

fn call(vm: &mut Vm, o: &Obj, name: &str, args: Vec<Obj>) -> PyResult {
    let f = vm.getattr_str(o, name)?;
    vm.call(&f, args)
}

/// `buffer.closed` (a buffer without the attribute counts as open).
fn is_closed(vm: &mut Vm, buf: &Obj) -> PyResult<bool> {
    match vm.getattr_opt_str(buf, "closed")? {
        Some(c) => vm.truthy(&c),
        None => Ok(false),
    }
}

/// ValueError unless the wrapper is attached and open.
pub(crate) fn check_open(vm: &mut Vm, w: &TextWrapperObj) -> PyResult<()> {
    open_buffer(vm, w).map(|_| ())
}

/// The buffer of an attached, open wrapper.
fn open_buffer(vm: &mut Vm, w: &TextWrapperObj) -> PyResult<Obj> {
    let b = buffer(vm, w)?;
    if is_closed(vm, &b)? {
        return Err(vm.value_error("I/O operation on closed file."));
    }
    Ok(b)
}

fn unsupported(vm: &mut Vm, msg: &str) -> PyErr {
    crate::vm::errors::unsupported_operation(vm, msg)
}

/// Calls a capability query (`readable`, ...) and requires it to say yes.
fn require(vm: &mut Vm, buf: &Obj, query: &str, msg: &str) -> PyResult<()> {
    let r = call(vm, buf, query, vec![])?;
    if vm.truthy(&r)? {
        Ok(())
    } else {
        Err(unsupported(vm, msg))
    }
}

/// Passes pending bytes to `buffer.write`.
fn write_pending(vm: &mut Vm, w: &TextWrapperObj, buf: &Obj) -> PyResult<()> {
    let data = with_state(vm, w, |st| st.pending.take())?;
    if data.is_empty() {
        return Ok(());
    }
    vm.ensure_room(data.len())?;
    let b = vm.new_bytes(data.to_vec())?;
    drop(data);
    call(vm, buf, "write", vec![b])?;
    Ok(())
}

/// Forgets what was read ahead, for a write or a seek.
fn drop_read_ahead(vm: &mut Vm, w: &TextWrapperObj) -> PyResult<()> {
    let old = with_state(vm, w, |st| {
        st.pos = 0;
        st.eof = false;
        st.undecoded.clear();
        st.decoded.take()
    })?;
    drop(old);
    Ok(())
}

/// The byte length of the longest prefix of `data` that holds whole characters (for
/// UTF-8, an incomplete sequence at the end waits for the next chunk).
fn whole_prefix(codec: Codec, data: &[u8]) -> usize {
    if codec != Codec::Utf8 {
        return data.len();
    }
    match std::str::from_utf8(data) {
        Ok(_) => data.len(),
        Err(e) if e.error_len().is_none() => e.valid_up_to(),
        Err(_) => {
            // An invalid byte somewhere: keep back only a trailing incomplete lead.
            let tail = data.len().saturating_sub(3);
            (tail..data.len())
                .find(|&i| {
                    let b = data[i];
                    let need = match b {
                        0xc0..=0xdf => 2,
                        0xe0..=0xef => 3,
                        0xf0..=0xf7 => 4,
                        _ => return false,
                    };
                    i + need > data.len()
                })
                .unwrap_or(data.len())
        }
    }
}

fn newline_kinds(s: &str) -> u8 {
    let b = s.as_bytes();
    let mut seen = 0;
    let mut i = 0;
    while i < b.len() {
        match b[i] {
            b'\r' if b.get(i + 1) == Some(&b'\n') => {
                seen |= SEEN_CRLF;
                i += 1;
            }
            b'\r' => seen |= SEEN_CR,
            b'\n' => seen |= SEEN_LF,
            _ => {}
        }
        i += 1;
    }
    seen
}

/// Reads and decodes another chunk onto the read-ahead; false at the end.
fn fill(vm: &mut Vm, w: &TextWrapperObj, buf: &Obj) -> PyResult<bool> {
    if with_state(vm, w, |st| st.eof)? {
        return Ok(false);
    }
    let n = vm.new_int(CHUNK as i64)?;
    let chunk = match vm.getattr_opt_str(buf, "read1")? {
        Some(f) => vm.call(&f, vec![n])?,
        None => call(vm, buf, "read", vec![n])?,
    };
    let mut data = HeapVec::new();
    let held = with_state(vm, w, |st| st.undecoded.take())?;
    data.extend_from_slice(vm.alloc(), &held)?;
    drop(held);
    let got = if chunk.ptr_eq(&vm.s.none) {
        0
    } else {
        match with_bytes(&chunk, |b| {
            data.extend_from_slice(vm.alloc(), b).map(|()| b.len())
        }) {
            Some(r) => r?,
            None => {
                let n = vm.type_name(&chunk);
                return Err(vm.type_error(format!(
                    "underlying read1() should have returned a bytes-like object, not '{n}'"
                )));
            }
        }
    };
    let eof = got == 0;
    decode_onto(vm, w, &data, eof)?;
    Ok(!eof || with_state(vm, w, |st| st.decoded_len() > st.pos)?)
}

impl WrapState {
    fn decoded_str(&self) -> &str {
        self.decoded.as_ref().and_then(as_str).unwrap_or("")
    }
    fn decoded_len(&self) -> usize {
        self.decoded_str().len()
    }
    fn rest(&self) -> &str {
        self.decoded_str().get(self.pos..).unwrap_or("")
    }
}

/// Decodes `data` (everything when `eof`, else its whole characters) and appends it to
/// the unread part of the read-ahead.
fn decode_onto(vm: &mut Vm, w: &TextWrapperObj, data: &[u8], eof: bool) -> PyResult<()> {
    let (codec, errors) = with_state(vm, w, |st| (st.cfg.codec, st.cfg.errors.clone()))?;
    let cut = if eof {
        data.len()
    } else {
        whole_prefix(codec, data)
    };
    let text = codecs::decode(&data[..cut], codec, &errors)
        .map_err(|e| vm.codec_error(e, CodecInput::Bytes(&data[..cut])))?;
    let rest = with_state(vm, w, |st| st.rest().to_owned())?;
    let mut joined = vm.string_with_room(rest.len() + text.len())?;
    joined.push_str(&rest);
    joined.push_str(&text);
    let s = vm.new_str(&joined)?;
    let mut held = HeapVec::new();
    held.extend_from_slice(vm.alloc(), &data[cut..])?;
    let old = with_state(vm, w, |st| {
        if matches!(st.cfg.newline, Newline::Universal | Newline::Untranslated) {
            st.seen |= newline_kinds(&text);
        }
        st.undecoded = held;
        st.eof = eof;
        st.pos = 0;
        st.decoded.replace(s)
    })?;
    drop(old);
    Ok(())
}

/// Where the line starting at `rest[0]` ends (just after its terminator), or None when
/// more text is needed to tell.
fn line_end(rest: &str, newline: Newline, eof: bool) -> Option<usize> {
    let b = rest.as_bytes();
    match newline {
        Newline::Universal | Newline::Untranslated => {
            let i = b.iter().position(|&c| c == b'\r' || c == b'\n')?;
            if b[i] == b'\n' {
                Some(i + 1)
            } else if i + 1 < b.len() {
                Some(i + 1 + usize::from(b[i + 1] == b'\n'))
            } else if eof {
                Some(i + 1)
            } else {
                None
            }
        }
        Newline::Fixed(nl) => rest.find(nl).map(|i| i + nl.len()),
    }
}

/// Takes `rest[..n]` from the read-ahead, translated for the caller; returns the
/// number of characters added.
fn take(vm: &mut Vm, w: &TextWrapperObj, n: usize, out: &mut String) -> PyResult<usize> {
    with_state(vm, w, |st| {
        let piece = &st.rest()[..n];
        let before = out.len();
        if st.cfg.newline == Newline::Universal && piece.contains('\r') {
            out.push_str(&piece.replace("\r\n", "\n").replace('\r', "\n"));
        } else {
            out.push_str(piece);
        }
        st.pos += n;
        out[before..].chars().count()
    })
}

/// The byte index after `count` characters of `s` (or its length).
fn char_boundary(s: &str, count: usize) -> usize {
    s.char_indices().nth(count).map_or(s.len(), |(i, _)| i)
}

fn check_readable(vm: &mut Vm, buf: &Obj) -> PyResult<()> {
    require(vm, buf, "readable", "not readable")
}

/// `readline(size)`: one line (at most `limit` characters).
fn read_line(vm: &mut Vm, w: &TextWrapperObj, limit: Option<usize>) -> PyResult<String> {
    let buf = open_buffer(vm, w)?;
    write_pending(vm, w, &buf)?;
    let mut out = String::new();
    loop {
        let (rest_len, end, newline) = with_state(vm, w, |st| {
            let rest = st.rest();
            (
                rest.len(),
                line_end(rest, st.cfg.newline, st.eof),
                st.cfg.newline,
            )
        })?;
        let room = limit.map(|l| l - out.chars().count());
        if let Some(end) = end {
            let n = match room {
                Some(r) => with_state(vm, w, |st| char_boundary(st.rest(), r))?.min(end),
                None => end,
            };
            take(vm, w, n, &mut out)?;
            return Ok(out);
        }
        if let Some(r) = room {
            let avail = with_state(vm, w, |st| st.rest().chars().count())?;
            if avail >= r {
                let n = with_state(vm, w, |st| char_boundary(st.rest(), r))?;
                take(vm, w, n, &mut out)?;
                return Ok(out);
            }
        }
        // Keep a trailing '\r' for the next chunk: it may start a "\r\n".
        let keep = usize::from(
            matches!(
                newline,
                Newline::Universal | Newline::Untranslated | Newline::Fixed("\r\n")
            ) && with_state(vm, w, |st| st.rest().ends_with('\r'))?,
        );
        take(vm, w, rest_len - keep, &mut out)?;
        if !fill(vm, w, &buf)? {
            let n = with_state(vm, w, |st| st.rest().len())?;
            take(vm, w, n, &mut out)?;
            return Ok(out);
        }
    }
}

/// `read(size)`: `size` characters, or everything to the end.
fn read_text(vm: &mut Vm, w: &TextWrapperObj, size: Option<usize>) -> PyResult<String> {
    let buf = open_buffer(vm, w)?;
    check_readable(vm, &buf)?;
    write_pending(vm, w, &buf)?;
    let mut out = String::new();
    let Some(size) = size else {
        let all = call(vm, &buf, "read", vec![])?;
        let data = match with_bytes(&all, |b| {
            let mut v = HeapVec::new();
            let held = w.state.try_borrow().map(|st| st.undecoded.to_vec());
            v.extend_from_slice(vm.alloc(), &held.unwrap_or_default())
                .and_then(|()| v.extend_from_slice(vm.alloc(), b))
                .map(|()| v)
        }) {
            Some(r) => r?,
            None if all.ptr_eq(&vm.s.none) => HeapVec::new(),
            None => {
                let n = vm.type_name(&all);
                return Err(vm.type_error(format!(
                    "underlying read() should have returned a bytes object, not '{n}'"
                )));
            }
        };
        decode_onto(vm, w, &data, true)?;
        let n = with_state(vm, w, |st| st.rest().len())?;
        take(vm, w, n, &mut out)?;
        return Ok(out);
    };
    let mut got = 0;
    loop {
        if got >= size {
            return Ok(out);
        }
        let (n, blocked) = with_state(vm, w, |st| {
            let rest = st.rest();
            let n = char_boundary(rest, size - got);
            // A '\r' ending the read-ahead may be half of "\r\n".
            let blocked = st.cfg.newline == Newline::Universal
                && !st.eof
                && n == rest.len()
                && rest.ends_with('\r');
            (n - usize::from(blocked), blocked)
        })?;
        got += take(vm, w, n, &mut out)?;
        if got >= size {
            return Ok(out);
        }
        let remaining = with_state(vm, w, |st| st.rest().len())?;
        if remaining > usize::from(blocked) {
            continue;
        }
        if !fill(vm, w, &buf)? {
            let n = with_state(vm, w, |st| st.rest().len())?;
            take(vm, w, n, &mut out)?;
            return Ok(out);
        }
    }
}

fn size_arg(vm: &mut Vm, o: Option<&Obj>) -> PyResult<Option<usize>> {
    match o {
        None => Ok(None),
        Some(v) if v.ptr_eq(&vm.s.none) => Ok(None),
        Some(v) => match vm.index_value(v) {
            Some(r) => Ok(usize::try_from(r?).ok()),
            None => {
                let n = vm.type_name(v);
                Err(vm.type_error(format!("argument should be integer or None, not '{n}'")))
            }
        },
    }
}

fn w_read(vm: &mut Vm, mut args: Args) -> PyResult {
    let this = args.pos.first().cloned();
    let Some(w) = this.as_ref().and_then(|o| o.downcast::<TextWrapperObj>()) else {
        return fm::file_read(vm, args);
    };
    let p = bind(vm, &mut args, "read", &["size"], 0, false)?;
    let size = size_arg(vm, p[0].as_ref())?;
    let s = read_text(vm, w, size)?;
    vm.new_str(&s)
}

fn w_readline(vm: &mut Vm, mut args: Args) -> PyResult {
    let this = args.pos.first().cloned();
    let Some(w) = this.as_ref().and_then(|o| o.downcast::<TextWrapperObj>()) else {
        return fm::file_readline(vm, args);
    };
    let p = bind(vm, &mut args, "readline", &["size"], 0, false)?;
    let size = size_arg(vm, p[0].as_ref())?;
    let s = read_line(vm, w, size)?;
    vm.new_str(&s)
}

fn w_readlines(vm: &mut Vm, mut args: Args) -> PyResult {
    let this = args.pos.first().cloned();
    let Some(w) = this.as_ref().and_then(|o| o.downcast::<TextWrapperObj>()) else {
        return fm::file_readlines(vm, args);
    };
    let p = bind(vm, &mut args, "readlines", &["hint"], 0, false)?;
    let hint = size_arg(vm, p[0].as_ref())?.filter(|&h| h > 0);
    let mut lines = Vec::new();
    let mut total = 0;
    loop {
        let line = read_line(vm, w, None)?;
        if line.is_empty() {
            break;
        }
        total += line.chars().count();
        lines.push(vm.new_str(&line)?);
        if hint.is_some_and(|h| total >= h) {
            break;
        }
    }
    vm.new_list(lines)
}

/// Encodes and queues `text`; returns the character count.
fn write_text(vm: &mut Vm, w: &TextWrapperObj, text: &str) -> PyResult<usize> {
    let buf = open_buffer(vm, w)?;
    let (codec, errors, newline, line_buffering, write_through) = with_state(vm, w, |st| {
        let c = &st.cfg;
        (
            c.codec,
            c.errors.clone(),
            c.newline,
            c.line_buffering,
            c.write_through,
        )
    })?;
    let translated;
    let text_out = match newline {
        Newline::Fixed(nl) if nl != "\n" && text.contains('\n') => {
            translated = text.replace('\n', nl);
            translated.as_str()
        }
        _ => text,
    };
    let raw = codecs::encode(text_out, codec, &errors)
        .map_err(|e| vm.codec_error(e, CodecInput::Text(text_out.as_bytes())))?;
    if with_state(vm, w, |st| st.decoded.is_some() || !st.undecoded.is_empty())? {
        drop_read_ahead(vm, w)?;
    }
    let alloc = vm.heap.allocator();
    let full = match w.state.try_borrow_mut() {
        Ok(mut st) => st
            .pending
            .extend_from_slice(alloc, &raw)
            .map(|()| st.pending.len() >= CHUNK),
        Err(_) => return Err(reentrant(vm)),
    }?;
    let line_end = line_buffering && (text.contains('\n') || text.contains('\r'));
    if full || write_through || line_end {
        write_pending(vm, w, &buf)?;
    }
    if line_end {
        call(vm, &buf, "flush", vec![])?;
    }
    Ok(text.chars().count())
}

fn w_write(vm: &mut Vm, mut args: Args) -> PyResult {
    let this = args.pos.first().cloned();
    let Some(w) = this.as_ref().and_then(|o| o.downcast::<TextWrapperObj>()) else {
        return fm::file_write(vm, args);
    };
    let p = bind(vm, &mut args, "write", &["s"], 1, false)?;
    let data = p[0].clone().unwrap_or_else(|| vm.none());
    let Some(text) = as_str(&data) else {
        let n = vm.type_name(&data);
        return Err(vm.type_error(format!("write() argument must be str, not {n}")));
    };
    let n = write_text(vm, w, text)?;
    vm.new_int(n as i64)
}

fn w_writelines(vm: &mut Vm, mut args: Args) -> PyResult {
    let this = args.pos.first().cloned();
    let Some(w) = this.as_ref().and_then(|o| o.downcast::<TextWrapperObj>()) else {
        return fm::file_writelines(vm, args);
    };
    let p = bind(vm, &mut args, "writelines", &["lines"], 1, false)?;
    let lines = p[0].clone().unwrap_or_else(|| vm.none());
    open_buffer(vm, w)?;
    for line in vm.iterate_to_vec(&lines)? {
        let Some(text) = as_str(&line) else {
            let n = vm.type_name(&line);
            return Err(vm.type_error(format!("write() argument must be str, not {n}")));
        };
        write_text(vm, w, text)?;
    }
    Ok(vm.none())
}

fn flush_impl(vm: &mut Vm, w: &TextWrapperObj) -> PyResult<()> {
    let buf = open_buffer(vm, w)?;
    write_pending(vm, w, &buf)?;
    call(vm, &buf, "flush", vec![])?;
    Ok(())
}

fn w_flush(vm: &mut Vm, mut args: Args) -> PyResult {
    let this = args.pos.first().cloned();
    let Some(w) = this.as_ref().and_then(|o| o.downcast::<TextWrapperObj>()) else {
        return fm::file_flush(vm, args);
    };
    bind(vm, &mut args, "flush", &[], 0, false)?;
    flush_impl(vm, w)?;
    Ok(vm.none())
}

fn close_impl(vm: &mut Vm, w: &TextWrapperObj) -> PyResult<()> {
    let buf = buffer(vm, w)?;
    if is_closed(vm, &buf)? {
        return Ok(());
    }
    let flushed = flush_impl(vm, w);
    let closed = call(vm, &buf, "close", vec![]);
    flushed?;
    closed.map(|_| ())
}

fn w_close(vm: &mut Vm, mut args: Args) -> PyResult {
    let this = args.pos.first().cloned();
    let Some(w) = this.as_ref().and_then(|o| o.downcast::<TextWrapperObj>()) else {
        return fm::file_close(vm, args);
    };
    bind(vm, &mut args, "close", &[], 0, false)?;
    close_impl(vm, w)?;
    Ok(vm.none())
}

/// `__del__`: a wrapper freed while open is closed (flushing it), as CPython's
/// `IOBase.__del__` does.
fn w_del(vm: &mut Vm, args: Args) -> PyResult {
    if let Some(w) = wrapper_of(&args)
        && w.buffer.try_borrow().is_ok_and(|b| b.is_some())
    {
        close_impl(vm, w)?;
    }
    Ok(vm.none())
}

fn w_exit(vm: &mut Vm, args: Args) -> PyResult {
    let this = args.pos.first().cloned().unwrap_or_else(|| vm.none());
    w_close(vm, Args::new([this]))
}

fn w_detach(vm: &mut Vm, mut args: Args) -> PyResult {
    let this = args.pos.first().cloned();
    let Some(w) = this.as_ref().and_then(|o| o.downcast::<TextWrapperObj>()) else {
        return Err(unsupported(vm, "detach"));
    };
    bind(vm, &mut args, "detach", &[], 0, false)?;
    flush_impl(vm, w)?;
    let old = w.buffer.try_borrow_mut().ok().and_then(|mut b| b.take());
    drop_read_ahead(vm, w)?;
    Ok(old.unwrap_or_else(|| vm.none()))
}

/// The byte position of the next character to read.
fn tell_impl(vm: &mut Vm, w: &TextWrapperObj) -> PyResult<i64> {
    let buf = open_buffer(vm, w)?;
    require(vm, &buf, "seekable", "underlying stream is not seekable")?;
    write_pending(vm, w, &buf)?;
    let pos = call(vm, &buf, "tell", vec![])?;
    let pos = vm.to_index(&pos)?;
    let ahead = with_state(vm, w, |st| {
        let rest = st.rest();
        let n = match st.cfg.codec {
            Codec::Utf8 => rest.len(),
            _ => rest.chars().count(),
        };
        n + st.undecoded.len()
    })?;
    Ok(pos - i64::try_from(ahead).unwrap_or(i64::MAX))
}

fn w_tell(vm: &mut Vm, mut args: Args) -> PyResult {
    let this = args.pos.first().cloned();
    let Some(w) = this.as_ref().and_then(|o| o.downcast::<TextWrapperObj>()) else {
        return fm::file_tell(vm, args);
    };
    bind(vm, &mut args, "tell", &[], 0, false)?;
    let n = tell_impl(vm, w)?;
    vm.new_int(n)
}

fn w_seek(vm: &mut Vm, mut args: Args) -> PyResult {
    let this = args.pos.first().cloned();
    let Some(w) = this.as_ref().and_then(|o| o.downcast::<TextWrapperObj>()) else {
        return fm::file_seek(vm, args);
    };
    let p = bind(vm, &mut args, "seek", &["cookie", "whence"], 1, false)?;
    let cookie = p[0].clone().unwrap_or_else(|| vm.none());
    let whence = match &p[1] {
        Some(v) => vm.to_index(v)?,
        None => 0,
    };
    let buf = open_buffer(vm, w)?;
    require(vm, &buf, "seekable", "underlying stream is not seekable")?;
    if vm.index_value(&cookie).is_none() {
        let n = vm.type_name(&cookie);
        return Err(vm.type_error(format!(
            "'<' not supported between instances of '{n}' and 'int'"
        )));
    }
    let offset = vm.to_index(&cookie)?;
    match whence {
        0 if offset < 0 => {
            return Err(vm.value_error(format!("negative seek position {offset}")));
        }
        1 if offset != 0 => return Err(unsupported(vm, "can't do nonzero cur-relative seeks")),
        2 if offset != 0 => return Err(unsupported(vm, "can't do nonzero end-relative seeks")),
        1 => {
            let n = tell_impl(vm, w)?;
            return vm.new_int(n);
        }
        0 | 2 => {}
        w => return Err(vm.value_error(format!("invalid whence ({w}, should be 0, 1 or 2)"))),
    }
    flush_impl(vm, w)?;
    drop_read_ahead(vm, w)?;
    let (o, wh) = (vm.new_int(offset)?, vm.new_int(whence)?);
    call(vm, &buf, "seek", vec![o, wh])
}

fn w_truncate(vm: &mut Vm, mut args: Args) -> PyResult {
    let this = args.pos.first().cloned();
    let Some(w) = this.as_ref().and_then(|o| o.downcast::<TextWrapperObj>()) else {
        return fm::file_truncate(vm, args);
    };
    let p = bind(vm, &mut args, "truncate", &["pos"], 0, false)?;
    flush_impl(vm, w)?;
    let buf = buffer(vm, w)?;
    let pos = p[0].clone().unwrap_or_else(|| vm.none());
    call(vm, &buf, "truncate", vec![pos])
}

/// Methods answered by the buffer: `readable`, `writable`, `seekable`, `isatty`,
/// `fileno`.
fn delegate(vm: &mut Vm, args: Args, name: &str, file: NativeFn) -> PyResult {
    let this = args.pos.first().cloned();
    let Some(w) = this.as_ref().and_then(|o| o.downcast::<TextWrapperObj>()) else {
        return file(vm, args);
    };
    let mut args = args;
    bind(vm, &mut args, name, &[], 0, false)?;
    let buf = buffer(vm, w)?;
    call(vm, &buf, name, vec![])
}

fn w_readable(vm: &mut Vm, args: Args) -> PyResult {
    delegate(vm, args, "readable", fm::file_readable)
}
fn w_writable(vm: &mut Vm, args: Args) -> PyResult {
    delegate(vm, args, "writable", fm::file_writable)
}
fn w_seekable(vm: &mut Vm, args: Args) -> PyResult {
    delegate(vm, args, "seekable", fm::file_seekable)
}
fn w_isatty(vm: &mut Vm, args: Args) -> PyResult {
    delegate(vm, args, "isatty", fm::file_isatty)
}
fn w_fileno(vm: &mut Vm, args: Args) -> PyResult {
    delegate(vm, args, "fileno", fm::file_fileno)
}

/// `reconfigure(*, encoding=None, errors=None, newline=None, line_buffering=None,
/// write_through=None)` of a wrapper or a standard stream.
fn w_reconfigure(vm: &mut Vm, mut args: Args) -> PyResult {
    if args.pos.len() > 1 {
        return Err(vm.type_error("reconfigure() takes no positional arguments"));
    }
    let names = [
        "encoding",
        "errors",
        "newline",
        "line_buffering",
        "write_through",
    ];
    let p = bind(vm, &mut args, "reconfigure", &names, 0, true)?;
    let f = "reconfigure";
    let encoding = opt_str(vm, f, p[0].as_ref(), "encoding")?;
    let errors = opt_str(vm, f, p[1].as_ref(), "errors")?;
    let newline = match &p[2] {
        Some(v) if !v.ptr_eq(&vm.s.none) => Some(opt_str(vm, f, Some(v), "newline")?),
        Some(_) => Some(None),
        None => None,
    };
    let newline = match newline {
        Some(n) => Some(newline_for(vm, n.as_deref())?),
        None => None,
    };
    let flag = |vm: &mut Vm, o: &Option<Obj>| -> PyResult<Option<bool>> {
        match o {
            Some(v) if !v.ptr_eq(&vm.s.none) => vm.truthy(v).map(Some),
            _ => Ok(None),
        }
    };
    let line_buffering = flag(vm, &p[3])?;
    let write_through = flag(vm, &p[4])?;
    let codec = match &encoding {
        Some(e) => Some(codec_for(vm, Some(e.clone()))?),
        None => None,
    };
    let this = args.pos[0].clone();
    if let Some(s) = this.downcast::<super::stream::StreamObj>() {
        return super::stream::reconfigure(
            vm,
            s,
            codec,
            errors,
            newline,
            line_buffering,
            write_through,
        );
    }
    let Some(w) = this.downcast::<TextWrapperObj>() else {
        return Err(unsupported(vm, "reconfigure"));
    };
    if (encoding.is_some() || errors.is_some() || newline.is_some())
        && with_state(vm, w, |st| st.decoded.is_some() && !st.rest().is_empty())?
    {
        return Err(unsupported(
            vm,
            "It is not possible to set the encoding or newline of stream after the first read",
        ));
    }
    flush_impl(vm, w)?;
    with_state(vm, w, |st| {
        let c = &mut st.cfg;
        if let Some((codec, name)) = codec {
            c.codec = codec;
            c.encoding = name;
            if errors.is_none() {
                c.errors = Rc::from("strict");
            }
        }
        if let Some(e) = errors {
            c.errors = Rc::from(e.as_str());
        }
        if let Some(n) = newline {
            c.newline = n;
        }
        if let Some(l) = line_buffering {
            c.line_buffering = l;
        }
        if let Some(t) = write_through {
            c.write_through = t;
        }
    })?;
    Ok(vm.none())
}

fn w_iter(vm: &mut Vm, args: Args) -> PyResult {
    let this = args.pos.first().cloned();
    let Some(w) = this.as_ref().and_then(|o| o.downcast::<TextWrapperObj>()) else {
        return fm::file_iter(vm, args);
    };
    open_buffer(vm, w)?;
    Ok(args.pos[0].clone())
}

fn w_next(vm: &mut Vm, args: Args) -> PyResult {
    let this = args.pos.first().cloned();
    let Some(w) = this.as_ref().and_then(|o| o.downcast::<TextWrapperObj>()) else {
        return fm::file_next(vm, args);
    };
    let line = read_line(vm, w, None)?;
    if line.is_empty() {
        return Err(vm.stop_iteration(None));
    }
    vm.new_str(&line)
}

fn w_enter(vm: &mut Vm, args: Args) -> PyResult {
    let this = args.pos.first().cloned();
    let Some(w) = this.as_ref().and_then(|o| o.downcast::<TextWrapperObj>()) else {
        return fm::file_enter(vm, args);
    };
    open_buffer(vm, w)?;
    Ok(args.pos[0].clone())
}

impl Vm {
    /// `next(w)` for a wrapper (None for other objects): `Some(None)` at the end.
    pub(crate) fn text_wrapper_next(&mut self, f: &Obj) -> PyResult<Option<Option<Obj>>> {
        let Some(w) = f.downcast::<TextWrapperObj>() else {
            return Ok(None);
        };
        let line = read_line(self, w, None)?;
        if line.is_empty() {
            return Ok(Some(None));
        }
        self.new_str(&line).map(|s| Some(Some(s)))
    }

    /// The attributes of a wrapper: `buffer`, `encoding`, `errors`, `newlines`,
    /// `line_buffering`, `write_through`, `closed`, `name` (the buffer's).
    pub(crate) fn text_wrapper_attr(&mut self, f: &Obj, n: &str) -> PyResult<Option<Obj>> {
        let Some(w) = f.downcast::<TextWrapperObj>() else {
            return Ok(None);
        };
        let cfg = w.state.try_borrow().map(|st| {
            let c = &st.cfg;
            (
                c.encoding.clone(),
                c.errors.clone(),
                c.line_buffering,
                c.write_through,
                st.seen,
            )
        });
        let Ok((encoding, errors, line_buffering, write_through, seen)) = cfg else {
            return Err(reentrant(self));
        };
        Ok(Some(match n {
            "buffer" => w
                .buffer
                .try_borrow()
                .ok()
                .and_then(|b| b.clone())
                .unwrap_or_else(|| self.none()),
            "encoding" => self.new_str(&encoding)?,
            "errors" => self.new_str(&errors)?,
            "line_buffering" => self.new_bool(line_buffering),
            "write_through" => self.new_bool(write_through),
            "newlines" => {
                let kinds: Vec<&str> = [(SEEN_CR, "\r"), (SEEN_LF, "\n"), (SEEN_CRLF, "\r\n")]
                    .iter()
                    .filter(|(bit, _)| seen & bit != 0)
                    .map(|&(_, s)| s)
                    .collect();
                match kinds.as_slice() {
                    [] => self.none(),
                    [one] => self.new_str(one)?,
                    many => {
                        let items = many
                            .iter()
                            .map(|s| self.new_str(s))
                            .collect::<PyResult<Vec<_>>>()?;
                        self.new_tuple(items)?
                    }
                }
            }
            "closed" => {
                let b = buffer(self, w)?;
                self.getattr_str(&b, "closed")?
            }
            "name" => {
                let b = buffer(self, w)?;
                self.getattr_str(&b, "name")?
            }
            _ => return Ok(None),
        }))
    }

    /// `repr(w)`: `<_io.TextIOWrapper name='x' encoding='UTF-8'>` (the name when the
    /// buffer has one).
    pub(crate) fn text_wrapper_repr(&mut self, f: &Obj) -> PyResult<Option<String>> {
        let Some(w) = f.downcast::<TextWrapperObj>() else {
            return Ok(None);
        };
        let mut out = String::from("<_io.TextIOWrapper");
        if let Some(b) = w.buffer.try_borrow().ok().and_then(|b| b.clone()) {
            match self.getattr_opt_str(&b, "name") {
                Ok(Some(name)) => {
                    out.push_str(" name=");
                    out.push_str(&self.repr_string(&name)?);
                }
                Ok(None) => {}
                Err(e) if self.err_matches(&e, &self.exc.value_error.clone()) => {}
                Err(e) => return Err(e),
            }
        }
        let enc = w
            .state
            .try_borrow()
            .map(|st| st.cfg.encoding.clone())
            .unwrap_or_else(|_| Rc::from(""));
        out.push_str(&format!(" encoding='{enc}'>"));
        Ok(Some(out))
    }
}

/// The methods of `_io.TextIOWrapper`, registered over the file methods: each serves
/// a wrapper and passes text files and the standard streams on.
pub const METHODS: &[(&str, NativeFn)] = &[
    ("read", w_read),
    ("readline", w_readline),
    ("readlines", w_readlines),
    ("write", w_write),
    ("writelines", w_writelines),
    ("flush", w_flush),
    ("close", w_close),
    ("seek", w_seek),
    ("tell", w_tell),
    ("truncate", w_truncate),
    ("readable", w_readable),
    ("writable", w_writable),
    ("seekable", w_seekable),
    ("isatty", w_isatty),
    ("fileno", w_fileno),
    ("detach", w_detach),
    ("reconfigure", w_reconfigure),
    ("__enter__", w_enter),
    ("__exit__", w_exit),
    ("__iter__", w_iter),
    ("__next__", w_next),
    ("__del__", w_del),
];
