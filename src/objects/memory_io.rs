//! In-memory files: `io.StringIO` (text, positions count characters) and `io.BytesIO`
//! (bytes). Writing past the end pads with NUL, as in CPython.

use std::cell::{Cell, RefCell};

use super::Tag;
use super::method_args::{bind, bind_function};
use crate::declare_payload;
use crate::heap::{Behaviour, Obj};
use crate::objects::NativeFn;
use crate::objects::str::{as_str, as_text, as_text_obj};
use crate::text::wtf8::{code_points, from_code_points};
use crate::vm::{Args, PyResult, Vm};

/// How a StringIO translates line endings (its `newline` argument).
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum MemNewline {
    /// `None`: `\r\n` and `\r` are written as `\n`.
    Universal,
    /// `''`: nothing is translated; `\r`, `\n` and `\r\n` end lines.
    Any,
    /// `'\n'` (the default), `'\r'` or `'\r\n'`: written `\n` become it; only it ends
    /// lines.
    Fixed(&'static str),
}

pub struct StringIoState {
    /// The text as code points (a str may hold lone surrogates, which no `char` can).
    pub chars: Vec<u32>,
    pub pos: usize,
    pub closed: bool,
}

pub struct StringIoObj {
    pub newline: MemNewline,
    pub state: RefCell<StringIoState>,
    /// The kinds of line ending written so far (`SEEN_*` bits), for `newlines`; only
    /// kept in the universal modes (newline None or ''), as CPython's decoder does.
    pub seen_newlines: Cell<u8>,
}

const SEEN_CR: u8 = 1;
const SEEN_LF: u8 = 2;
const SEEN_CRLF: u8 = 4;

/// The `SEEN_*` bits of the line endings in text `s` (UTF-8 or generalised UTF-8, in
/// which the bytes of `\r` and `\n` only ever stand for themselves).
fn newline_kinds(s: &[u8]) -> u8 {
    let mut seen = 0;
    let mut bytes = s.iter().peekable();
    while let Some(&b) = bytes.next() {
        match b {
            b'\r' if bytes.peek() == Some(&&b'\n') => {
                bytes.next();
                seen |= SEEN_CRLF;
            }
            b'\r' => seen |= SEEN_CR,
            b'\n' => seen |= SEEN_LF,
            _ => {}
        }
    }
    seen
}

impl StringIoObj {
    /// Records the line endings of text written in a universal mode.
    fn note_newlines(&self, s: &[u8]) {
        if matches!(self.newline, MemNewline::Universal | MemNewline::Any) {
            self.seen_newlines
                .set(self.seen_newlines.get() | newline_kinds(s));
        }
    }
}
declare_payload!(StringIoObj, "StringIO", Tag::StringIO, nogc);
impl Behaviour for StringIoObj {}

pub struct BytesIoState {
    pub data: Vec<u8>,
    pub pos: usize,
    pub closed: bool,
}

pub struct BytesIoObj {
    pub state: RefCell<BytesIoState>,
}
declare_payload!(BytesIoObj, "BytesIO", Tag::BytesIO, nogc);
impl Behaviour for BytesIoObj {}

/// Writes `items` at `pos`, padding with `fill` when `pos` is past the end.
fn overwrite<T: Copy>(buf: &mut Vec<T>, pos: usize, items: &[T], fill: T) {
    if pos > buf.len() {
        buf.resize(pos, fill);
    }
    let end = pos + items.len();
    if end > buf.len() {
        buf.resize(end, fill);
    }
    buf[pos..end].copy_from_slice(items);
}

/// The end of the line starting at `from` (just after its terminator).
fn line_end(chars: &[u32], from: usize, newline: MemNewline) -> usize {
    const CR: u32 = '\r' as u32;
    const LF: u32 = '\n' as u32;
    let rest = chars.get(from..).unwrap_or_default();
    let n = match newline {
        MemNewline::Any => rest.iter().position(|&c| c == LF || c == CR).map(|i| {
            if rest[i] == CR && rest.get(i + 1) == Some(&LF) {
                i + 2
            } else {
                i + 1
            }
        }),
        MemNewline::Fixed("\r") => rest.iter().position(|&c| c == CR).map(|i| i + 1),
        MemNewline::Fixed("\r\n") => rest.windows(2).position(|w| w == [CR, LF]).map(|i| i + 2),
        _ => rest.iter().position(|&c| c == LF).map(|i| i + 1),
    };
    from + n.unwrap_or(rest.len())
}

fn string_io<'a>(vm: &mut Vm, args: &'a Args, name: &str) -> PyResult<&'a StringIoObj> {
    match args.pos.first().and_then(|o| o.downcast::<StringIoObj>()) {
        Some(s) => Ok(s),
        None => Err(vm.type_error(format!(
            "descriptor '{name}' requires a '_io.StringIO' object"
        ))),
    }
}

fn bytes_io<'a>(vm: &mut Vm, args: &'a Args, name: &str) -> PyResult<&'a BytesIoObj> {
    match args.pos.first().and_then(|o| o.downcast::<BytesIoObj>()) {
        Some(b) => Ok(b),
        None => Err(vm.type_error(format!(
            "descriptor '{name}' requires a '_io.BytesIO' object"
        ))),
    }
}

/// A size argument: None or negative means "no limit".
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

/// Runs `f` on an open StringIO.
fn with_text<R>(
    vm: &mut Vm,
    s: &StringIoObj,
    f: impl FnOnce(&mut StringIoState) -> R,
) -> PyResult<R> {
    let mut st = s.state.borrow_mut();
    if st.closed {
        drop(st);
        return Err(vm.value_error("I/O operation on closed file"));
    }
    Ok(f(&mut st))
}

/// Runs `f` on an open BytesIO.
fn with_data<R>(
    vm: &mut Vm,
    b: &BytesIoObj,
    f: impl FnOnce(&mut BytesIoState) -> R,
) -> PyResult<R> {
    let mut st = b.state.borrow_mut();
    if st.closed {
        drop(st);
        return Err(vm.value_error("I/O operation on closed file."));
    }
    Ok(f(&mut st))
}

impl Vm {
    /// `io.StringIO(initial_value='', newline='\n')`.
    pub(crate) fn new_string_io(&mut self, mut args: Args) -> PyResult {
        let p = bind_function(
            self,
            &mut args,
            "StringIO",
            &["initial_value", "newline"],
            0,
        )?;
        let initial = match p[0].as_ref().filter(|v| !v.ptr_eq(&self.s.none)) {
            None => Vec::new(),
            Some(v) => match as_text(v) {
                Some(s) => s.to_vec(),
                None => {
                    let n = self.type_name(v);
                    return Err(
                        self.type_error(format!("initial_value must be str or None, not {n}"))
                    );
                }
            },
        };
        let newline = match &p[1] {
            None => MemNewline::Fixed("\n"),
            Some(v) if v.ptr_eq(&self.s.none) => MemNewline::Universal,
            Some(v) => match as_str(v) {
                Some("") => MemNewline::Any,
                Some("\n") => MemNewline::Fixed("\n"),
                Some("\r") => MemNewline::Fixed("\r"),
                Some("\r\n") => MemNewline::Fixed("\r\n"),
                Some(other) => {
                    let r = crate::text::str_repr(other);
                    return Err(self.value_error(format!("illegal newline value: {r}")));
                }
                None => {
                    let n = self.type_name(v);
                    return Err(self.type_error(format!("newline must be str or None, not {n}")));
                }
            },
        };
        let chars = translate_in(&initial, newline);
        let sio = StringIoObj {
            newline,
            state: RefCell::new(StringIoState {
                chars,
                pos: 0,
                closed: false,
            }),
            seen_newlines: Cell::new(0),
        };
        sio.note_newlines(&initial);
        Ok(self.heap.alloc(sio)?)
    }

    /// `io.BytesIO(initial_bytes=b'')`.
    pub(crate) fn new_bytes_io(&mut self, mut args: Args) -> PyResult {
        let p = bind_function(self, &mut args, "BytesIO", &["initial_bytes"], 0)?;
        let data = match p[0].as_ref().filter(|v| !v.ptr_eq(&self.s.none)) {
            None => Vec::new(),
            Some(v) => self.bytes_arg(v)?,
        };
        Ok(self.heap.alloc(BytesIoObj {
            state: RefCell::new(BytesIoState {
                data,
                pos: 0,
                closed: false,
            }),
        })?)
    }

    /// `next(f)` for in-memory files: the next line, None at the end.
    pub(crate) fn memory_io_next(&mut self, it: &Obj) -> PyResult<Option<Option<Obj>>> {
        if it.is::<StringIoObj>() || it.is::<BytesIoObj>() {
            let line = readline_of(self, it, None)?;
            return Ok(Some((self.len(&line)? > 0).then_some(line)));
        }
        Ok(None)
    }

    /// `iter(f)` for in-memory files: the file itself (if it is open).
    pub(crate) fn memory_io_iter(&mut self, o: &Obj) -> PyResult<Option<Obj>> {
        if let Some(s) = o.downcast::<StringIoObj>() {
            with_text(self, s, |_| ())?;
            return Ok(Some(o.clone()));
        }
        if let Some(b) = o.downcast::<BytesIoObj>() {
            with_data(self, b, |_| ())?;
            return Ok(Some(o.clone()));
        }
        Ok(None)
    }

    /// The `closed` attribute of in-memory files (`newlines` and `line_buffering` for
    /// StringIO).
    pub(crate) fn memory_io_attr(&mut self, o: &Obj, n: &str) -> PyResult<Option<Obj>> {
        let closed = if let Some(s) = o.downcast::<StringIoObj>() {
            s.state.borrow().closed
        } else if let Some(b) = o.downcast::<BytesIoObj>() {
            b.state.borrow().closed
        } else {
            return Ok(None);
        };
        match n {
            "closed" => Ok(Some(self.new_bool(closed))),
            "line_buffering" if o.is::<StringIoObj>() => Ok(Some(self.new_bool(false))),
            // A StringIO has no encoding: it stores str.
            "encoding" | "errors" if o.is::<StringIoObj>() => Ok(Some(self.none())),
            "newlines" => match o.downcast::<StringIoObj>() {
                Some(s) => self.seen_newlines_value(s.seen_newlines.get()).map(Some),
                None => Ok(None),
            },
            _ => Ok(None),
        }
    }

    /// `newlines`: None, one ending, or a tuple of those seen (CPython's order).
    fn seen_newlines_value(&mut self, seen: u8) -> PyResult {
        let kinds: Vec<&str> = [(SEEN_CR, "\r"), (SEEN_LF, "\n"), (SEEN_CRLF, "\r\n")]
            .iter()
            .filter(|(bit, _)| seen & bit != 0)
            .map(|(_, s)| *s)
            .collect();
        match kinds.as_slice() {
            [] => Ok(self.none()),
            [one] => self.new_str(one),
            many => {
                let items = many
                    .iter()
                    .map(|s| self.new_str(s))
                    .collect::<PyResult<Vec<_>>>()?;
                self.new_tuple(items)
            }
        }
    }
}

/// The code points a StringIO stores for written text `s` (line endings translated).
fn translate_in(s: &[u8], newline: MemNewline) -> Vec<u32> {
    const CR: u32 = '\r' as u32;
    const LF: u32 = '\n' as u32;
    let mut out = Vec::with_capacity(s.len());
    let mut cps = code_points(s).peekable();
    while let Some(c) = cps.next() {
        match newline {
            MemNewline::Universal if c == CR => {
                if cps.peek() == Some(&LF) {
                    cps.next();
                }
                out.push(LF);
            }
            MemNewline::Fixed(nl) if c == LF && nl != "\n" => {
                out.extend(nl.chars().map(|c| c as u32));
            }
            _ => out.push(c),
        }
    }
    out
}

/// A str of the code points `cps`.
fn text_of(vm: &mut Vm, cps: &[u32]) -> PyResult {
    vm.new_str_wtf8(&from_code_points(cps.iter().copied()))
}

/// One line of either kind of in-memory file.
fn readline_of(vm: &mut Vm, o: &Obj, limit: Option<usize>) -> PyResult {
    if let Some(s) = o.downcast::<StringIoObj>() {
        let nl = s.newline;
        let line: Vec<u32> = with_text(vm, s, |st| {
            let mut end = line_end(&st.chars, st.pos, nl);
            if let Some(l) = limit {
                end = end.min(st.pos + l);
            }
            let start = st.pos.min(end);
            st.pos = end.max(st.pos);
            st.chars.get(start..end).unwrap_or_default().to_vec()
        })?;
        return text_of(vm, &line);
    }
    if let Some(b) = o.downcast::<BytesIoObj>() {
        let line = with_data(vm, b, |st| {
            let rest = st.data.get(st.pos..).unwrap_or_default();
            let mut n = rest
                .iter()
                .position(|&c| c == b'\n')
                .map_or(rest.len(), |i| i + 1);
            if let Some(l) = limit {
                n = n.min(l);
            }
            let out = rest[..n].to_vec();
            st.pos += n;
            out
        })?;
        return vm.new_bytes(line);
    }
    Err(vm.type_error("readline() requires an in-memory file"))
}

fn sio_write(vm: &mut Vm, mut args: Args) -> PyResult {
    let p = bind(vm, &mut args, "write", &["s"], 1, false)?;
    let s = string_io(vm, &args, "write")?;
    let none = vm.none();
    let v = p[0].as_ref().unwrap_or(&none);
    let Some((so, text)) = as_text_obj(v) else {
        let n = vm.type_name(v);
        return Err(vm.type_error(format!("string argument expected, got '{n}'")));
    };
    let count = so.char_len();
    s.note_newlines(text);
    let chars = translate_in(text, s.newline);
    with_text(vm, s, |st| {
        let pos = st.pos;
        overwrite(&mut st.chars, pos, &chars, 0);
        st.pos = pos + chars.len();
    })?;
    vm.new_int(count as i64)
}

fn sio_read(vm: &mut Vm, mut args: Args) -> PyResult {
    let p = bind(vm, &mut args, "read", &["size"], 0, false)?;
    let s = string_io(vm, &args, "read")?;
    let size = size_arg(vm, p[0].as_ref())?;
    let text: Vec<u32> = with_text(vm, s, |st| {
        let rest = st.chars.get(st.pos..).unwrap_or_default();
        let n = size.map_or(rest.len(), |n| n.min(rest.len()));
        let out = rest[..n].to_vec();
        st.pos += n;
        out
    })?;
    text_of(vm, &text)
}

fn sio_getvalue(vm: &mut Vm, mut args: Args) -> PyResult {
    bind(vm, &mut args, "getvalue", &[], 0, false)?;
    let s = string_io(vm, &args, "getvalue")?;
    let text: Vec<u32> = with_text(vm, s, |st| st.chars.clone())?;
    text_of(vm, &text)
}

fn sio_seek(vm: &mut Vm, mut args: Args) -> PyResult {
    let p = bind(vm, &mut args, "seek", &["pos", "whence"], 1, false)?;
    let s = string_io(vm, &args, "seek")?;
    let none = vm.none();
    let offset = vm.to_index(p[0].as_ref().unwrap_or(&none))?;
    let whence = match &p[1] {
        Some(w) => vm.to_index(w)?,
        None => 0,
    };
    with_text(vm, s, |_| ())?;
    match whence {
        0..=2 => {}
        w => {
            return Err(vm.value_error(format!("Invalid whence ({w}, should be 0, 1 or 2)")));
        }
    }
    if whence == 0 && offset < 0 {
        return Err(vm.value_error(format!("Negative seek position {offset}")));
    }
    if whence != 0 && offset != 0 {
        return Err(vm.os_error("Can't do nonzero cur-relative seeks"));
    }
    let pos = with_text(vm, s, |st| {
        st.pos = match whence {
            0 => usize::try_from(offset).unwrap_or(usize::MAX),
            1 => st.pos,
            _ => st.chars.len(),
        };
        st.pos
    })?;
    vm.new_int(i64::try_from(pos).unwrap_or(i64::MAX))
}

fn sio_tell(vm: &mut Vm, mut args: Args) -> PyResult {
    bind(vm, &mut args, "tell", &[], 0, false)?;
    let s = string_io(vm, &args, "tell")?;
    let pos = with_text(vm, s, |st| st.pos)?;
    vm.new_int(pos as i64)
}

fn sio_truncate(vm: &mut Vm, mut args: Args) -> PyResult {
    let p = bind(vm, &mut args, "truncate", &["pos"], 0, false)?;
    let s = string_io(vm, &args, "truncate")?;
    let size = match p[0].as_ref().filter(|v| !v.ptr_eq(&vm.s.none)) {
        Some(v) => Some(vm.to_index(v)?),
        None => None,
    };
    if let Some(n) = size.filter(|&n| n < 0) {
        return Err(vm.value_error(format!("Negative size value {n}")));
    }
    let n = with_text(vm, s, |st| {
        let n = size.map_or(st.pos, |n| n as usize);
        st.chars.truncate(n);
        n
    })?;
    vm.new_int(n as i64)
}

fn bio_write(vm: &mut Vm, mut args: Args) -> PyResult {
    let p = bind(vm, &mut args, "write", &["b"], 1, false)?;
    let b = bytes_io(vm, &args, "write")?;
    let none = vm.none();
    let data = vm.bytes_arg(p[0].as_ref().unwrap_or(&none))?;
    with_data(vm, b, |st| {
        let pos = st.pos;
        overwrite(&mut st.data, pos, &data, 0);
        st.pos = pos + data.len();
    })?;
    vm.new_int(data.len() as i64)
}

fn bio_read(vm: &mut Vm, mut args: Args) -> PyResult {
    let p = bind(vm, &mut args, "read", &["size"], 0, false)?;
    let b = bytes_io(vm, &args, "read")?;
    let size = size_arg(vm, p[0].as_ref())?;
    let data = with_data(vm, b, |st| {
        let rest = st.data.get(st.pos..).unwrap_or_default();
        let n = size.map_or(rest.len(), |n| n.min(rest.len()));
        let out = rest[..n].to_vec();
        st.pos += n;
        out
    })?;
    vm.new_bytes(data)
}

/// `readinto(buffer)` (and `readinto1`): reads as many bytes as the writable buffer
/// holds, or as are left, into its start.
fn bio_readinto(vm: &mut Vm, mut args: Args) -> PyResult {
    let p = bind(vm, &mut args, "readinto", &["buffer"], 1, false)?;
    let b = bytes_io(vm, &args, "readinto")?;
    let none = vm.none();
    let buffer = p[0].clone().unwrap_or(none);
    let Some(room) = crate::objects::memoryview::write_buffer(&buffer, |w| w.len()) else {
        let n = vm.type_name(&buffer);
        return Err(vm.type_error(format!(
            "readinto() argument must be read-write bytes-like object, not {n}"
        )));
    };
    let data = with_data(vm, b, |st| {
        let rest = st.data.get(st.pos..).unwrap_or_default();
        let n = room.min(rest.len());
        st.pos += n;
        rest[..n].to_vec()
    })?;
    crate::objects::memoryview::write_buffer(&buffer, |w| {
        if let Some(dest) = w.get_mut(..data.len()) {
            dest.copy_from_slice(&data);
        }
    });
    vm.new_int(data.len() as i64)
}

/// `fileno()`: an in-memory file has no descriptor (CPython's IOBase method).
fn mem_fileno(vm: &mut Vm, _args: Args) -> PyResult {
    Err(crate::vm::errors::unsupported_operation(vm, "fileno"))
}

/// `detach()`: there is no underlying stream to hand out.
fn mem_detach(vm: &mut Vm, _args: Args) -> PyResult {
    Err(crate::vm::errors::unsupported_operation(vm, "detach"))
}

fn bio_getvalue(vm: &mut Vm, mut args: Args) -> PyResult {
    bind(vm, &mut args, "getvalue", &[], 0, false)?;
    let b = bytes_io(vm, &args, "getvalue")?;
    let data = with_data(vm, b, |st| st.data.clone())?;
    vm.new_bytes(data)
}

fn bio_seek(vm: &mut Vm, mut args: Args) -> PyResult {
    let p = bind(vm, &mut args, "seek", &["pos", "whence"], 1, false)?;
    let b = bytes_io(vm, &args, "seek")?;
    let none = vm.none();
    let offset = vm.to_index(p[0].as_ref().unwrap_or(&none))?;
    let whence = match &p[1] {
        Some(w) => vm.to_index(w)?,
        None => 0,
    };
    with_data(vm, b, |_| ())?;
    if !(0..=2).contains(&whence) {
        return Err(vm.value_error(format!("invalid whence ({whence}, should be 0, 1 or 2)")));
    }
    if whence == 0 && offset < 0 {
        return Err(vm.value_error(format!("negative seek value {offset}")));
    }
    let pos = with_data(vm, b, |st| {
        let base = match whence {
            0 => 0,
            1 => st.pos as i64,
            _ => st.data.len() as i64,
        };
        st.pos = usize::try_from(base.saturating_add(offset)).unwrap_or(0);
        st.pos
    })?;
    vm.new_int(i64::try_from(pos).unwrap_or(i64::MAX))
}

fn bio_tell(vm: &mut Vm, mut args: Args) -> PyResult {
    bind(vm, &mut args, "tell", &[], 0, false)?;
    let b = bytes_io(vm, &args, "tell")?;
    let pos = with_data(vm, b, |st| st.pos)?;
    vm.new_int(pos as i64)
}

fn bio_truncate(vm: &mut Vm, mut args: Args) -> PyResult {
    let p = bind(vm, &mut args, "truncate", &["size"], 0, false)?;
    let b = bytes_io(vm, &args, "truncate")?;
    let size = match p[0].as_ref().filter(|v| !v.ptr_eq(&vm.s.none)) {
        Some(v) => Some(vm.to_index(v)?),
        None => None,
    };
    if let Some(n) = size.filter(|&n| n < 0) {
        return Err(vm.value_error(format!("negative size value {n}")));
    }
    let n = with_data(vm, b, |st| {
        let n = size.map_or(st.pos, |n| n as usize);
        st.data.truncate(n);
        n
    })?;
    vm.new_int(n as i64)
}

/// Whether an in-memory file is closed; errors for other objects.
fn mem_closed(vm: &mut Vm, args: &Args, name: &str) -> PyResult<(bool, bool)> {
    let o = args.pos.first();
    if let Some(s) = o.and_then(|o| o.downcast::<StringIoObj>()) {
        return Ok((s.state.borrow().closed, true));
    }
    if let Some(b) = o.and_then(|o| o.downcast::<BytesIoObj>()) {
        return Ok((b.state.borrow().closed, false));
    }
    Err(vm.type_error(format!("descriptor '{name}' requires an in-memory file")))
}

fn closed_message(text: bool) -> &'static str {
    if text {
        "I/O operation on closed file"
    } else {
        "I/O operation on closed file."
    }
}

/// Methods that only check that the file is open and answer a constant.
fn answer(vm: &mut Vm, mut args: Args, name: &str, value: Option<bool>) -> PyResult {
    bind(vm, &mut args, name, &[], 0, false)?;
    let (closed, text) = mem_closed(vm, &args, name)?;
    if closed {
        return Err(vm.value_error(closed_message(text)));
    }
    Ok(match value {
        Some(b) => vm.new_bool(b),
        None => vm.none(),
    })
}

fn mem_readable(vm: &mut Vm, args: Args) -> PyResult {
    answer(vm, args, "readable", Some(true))
}

fn mem_writable(vm: &mut Vm, args: Args) -> PyResult {
    answer(vm, args, "writable", Some(true))
}

fn mem_seekable(vm: &mut Vm, args: Args) -> PyResult {
    answer(vm, args, "seekable", Some(true))
}

fn mem_isatty(vm: &mut Vm, args: Args) -> PyResult {
    answer(vm, args, "isatty", Some(false))
}

fn mem_flush(vm: &mut Vm, args: Args) -> PyResult {
    answer(vm, args, "flush", None)
}

fn mem_close(vm: &mut Vm, mut args: Args) -> PyResult {
    bind(vm, &mut args, "close", &[], 0, false)?;
    let o = args.pos.first();
    if let Some(s) = o.and_then(|o| o.downcast::<StringIoObj>()) {
        let mut st = s.state.borrow_mut();
        st.closed = true;
        st.chars = Vec::new();
    } else if let Some(b) = o.and_then(|o| o.downcast::<BytesIoObj>()) {
        let mut st = b.state.borrow_mut();
        st.closed = true;
        st.data = Vec::new();
    }
    Ok(vm.none())
}

fn mem_readline(vm: &mut Vm, mut args: Args) -> PyResult {
    let p = bind(vm, &mut args, "readline", &["size"], 0, false)?;
    let limit = size_arg(vm, p[0].as_ref())?;
    readline_of(vm, &args.pos[0], limit)
}

fn mem_readlines(vm: &mut Vm, mut args: Args) -> PyResult {
    let p = bind(vm, &mut args, "readlines", &["hint"], 0, false)?;
    let hint = size_arg(vm, p[0].as_ref())?.filter(|&h| h > 0);
    let this = args.pos[0].clone();
    let mut lines = Vec::new();
    let mut total = 0;
    loop {
        let line = readline_of(vm, &this, None)?;
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

fn mem_writelines(vm: &mut Vm, mut args: Args) -> PyResult {
    let p = bind(vm, &mut args, "writelines", &["lines"], 1, false)?;
    let this = args.pos[0].clone();
    let lines = p[0].clone().unwrap_or_else(|| vm.none());
    let (closed, text) = mem_closed(vm, &args, "writelines")?;
    if closed {
        return Err(vm.value_error(closed_message(text)));
    }
    let write = if text { sio_write } else { bio_write };
    for line in vm.iterate_to_vec(&lines)? {
        write(vm, Args::new([this.clone(), line]))?;
    }
    Ok(vm.none())
}

fn mem_enter(vm: &mut Vm, args: Args) -> PyResult {
    let this = args.pos.first().cloned().unwrap_or_else(|| vm.none());
    answer(vm, args, "__enter__", None)?;
    Ok(this)
}

fn mem_exit(vm: &mut Vm, args: Args) -> PyResult {
    let this = args.pos.first().cloned().unwrap_or_else(|| vm.none());
    mem_close(vm, Args::new([this]))
}

fn mem_iter(vm: &mut Vm, args: Args) -> PyResult {
    let this = args.pos.first().cloned().unwrap_or_else(|| vm.none());
    match vm.memory_io_iter(&this)? {
        Some(it) => Ok(it),
        None => Err(vm.type_error("__iter__ requires an in-memory file")),
    }
}

fn mem_next(vm: &mut Vm, args: Args) -> PyResult {
    let this = args.pos.first().cloned().unwrap_or_else(|| vm.none());
    match vm.memory_io_next(&this)? {
        Some(Some(line)) => Ok(line),
        _ => Err(vm.stop_iteration(None)),
    }
}

/// The in-memory file a method works on: `self`, or the StringIO / BytesIO value an
/// instance of a subclass (`class Capture(io.StringIO)`) carries.
fn on_base(vm: &Vm, mut args: Args) -> Args {
    if let Some(b) = args.pos.first().and_then(|o| vm.base_value(o))
        && (b.is::<StringIoObj>() || b.is::<BytesIoObj>())
    {
        args.pos[0] = b;
    }
    args
}

/// Methods as the types show them: each first finds the in-memory file behind `self`.
macro_rules! through_base {
    ($($wrapper:ident => $method:ident),* $(,)?) => {
        $(fn $wrapper(vm: &mut Vm, args: Args) -> PyResult {
            let args = on_base(vm, args);
            $method(vm, args)
        })*
    };
}

through_base! {
    base_readline => mem_readline,
    base_readlines => mem_readlines,
    base_readable => mem_readable,
    base_writable => mem_writable,
    base_seekable => mem_seekable,
    base_isatty => mem_isatty,
    base_flush => mem_flush,
    base_close => mem_close,
    base_next => mem_next,
    base_sio_write => sio_write,
    base_sio_read => sio_read,
    base_sio_getvalue => sio_getvalue,
    base_sio_seek => sio_seek,
    base_sio_tell => sio_tell,
    base_sio_truncate => sio_truncate,
    base_bio_write => bio_write,
    base_bio_read => bio_read,
    base_bio_getvalue => bio_getvalue,
    base_bio_readinto => bio_readinto,
    base_bio_seek => bio_seek,
    base_bio_tell => bio_tell,
    base_bio_truncate => bio_truncate,
}

/// `__enter__` and `__iter__` give back `self` itself, also for a subclass.
fn base_enter(vm: &mut Vm, args: Args) -> PyResult {
    let this = args.pos.first().cloned().unwrap_or_else(|| vm.none());
    mem_enter(vm, on_base(vm, args))?;
    Ok(this)
}

fn base_iter(vm: &mut Vm, args: Args) -> PyResult {
    let this = args.pos.first().cloned().unwrap_or_else(|| vm.none());
    mem_iter(vm, on_base(vm, args))?;
    Ok(this)
}

fn base_exit(vm: &mut Vm, args: Args) -> PyResult {
    mem_exit(vm, on_base(vm, args))
}

/// `writelines` calls `self.write` for each line, so a subclass's `write` sees them.
fn base_writelines(vm: &mut Vm, args: Args) -> PyResult {
    let subclass = args.pos.first().is_some_and(|o| vm.base_value(o).is_some());
    if !subclass {
        return mem_writelines(vm, args);
    }
    let mut args = args;
    let p = bind(vm, &mut args, "writelines", &["lines"], 1, false)?;
    let this = args.pos[0].clone();
    let lines = p[0].clone().unwrap_or_else(|| vm.none());
    let (closed, text) = mem_closed(vm, &on_base(vm, Args::new([this.clone()])), "writelines")?;
    if closed {
        return Err(vm.value_error(closed_message(text)));
    }
    let write = vm.getattr_str(&this, "write")?;
    for line in vm.iterate_to_vec(&lines)? {
        vm.call(&write, vec![line])?;
    }
    Ok(vm.none())
}

/// `StringIO.__init__` / `BytesIO.__init__` as a subclass's `__init__` calls them
/// (`super().__init__(text)`): the instance gets a fresh file from the arguments.
fn mem_init(vm: &mut Vm, args: Args) -> PyResult {
    let Some(this) = args.pos.first().cloned() else {
        return Err(
            vm.type_error("descriptor '__init__' of '_io.StringIO' object needs an argument")
        );
    };
    let rest = Args {
        pos: args.pos[1..].iter().cloned().collect(),
        kw: args.kw.clone(),
    };
    let current = vm.base_value(&this).unwrap_or_else(|| this.clone());
    let fresh = if current.is::<StringIoObj>() {
        vm.new_string_io(rest)?
    } else if current.is::<BytesIoObj>() {
        vm.new_bytes_io(rest)?
    } else {
        let n = vm.type_name(&this);
        return Err(vm.type_error(format!(
            "descriptor '__init__' requires an in-memory file, not '{n}'"
        )));
    };
    if vm.base_value(&this).is_some() {
        let old = vm.base_value_cell(&this, |c| c.replace(Some(fresh)));
        drop(old);
    } else if let (Some(s), Some(f)) = (
        this.downcast::<StringIoObj>(),
        fresh.downcast::<StringIoObj>(),
    ) {
        // Re-initialising a plain StringIO keeps its newline mode, which is fixed at
        // creation; the contents and position start again.
        std::mem::swap(&mut *s.state.borrow_mut(), &mut *f.state.borrow_mut());
        s.seen_newlines.set(f.seen_newlines.get());
    } else if let (Some(b), Some(f)) = (
        this.downcast::<BytesIoObj>(),
        fresh.downcast::<BytesIoObj>(),
    ) {
        std::mem::swap(&mut *b.state.borrow_mut(), &mut *f.state.borrow_mut());
    }
    Ok(vm.none())
}

/// Methods both in-memory file types have.
const COMMON: &[(&str, NativeFn)] = &[
    ("__init__", mem_init),
    ("readline", base_readline),
    ("readlines", base_readlines),
    ("writelines", base_writelines),
    ("readable", base_readable),
    ("writable", base_writable),
    ("seekable", base_seekable),
    ("isatty", base_isatty),
    ("flush", base_flush),
    ("close", base_close),
    ("__enter__", base_enter),
    ("__exit__", base_exit),
    ("__iter__", base_iter),
    ("__next__", base_next),
    ("fileno", mem_fileno),
    ("detach", mem_detach),
];

pub const STRING_IO_METHODS: &[(&str, NativeFn)] = &[
    ("write", base_sio_write),
    ("read", base_sio_read),
    ("getvalue", base_sio_getvalue),
    ("seek", base_sio_seek),
    ("tell", base_sio_tell),
    ("truncate", base_sio_truncate),
];

pub const BYTES_IO_METHODS: &[(&str, NativeFn)] = &[
    ("write", base_bio_write),
    ("read", base_bio_read),
    ("read1", base_bio_read),
    ("getvalue", base_bio_getvalue),
    ("readinto", base_bio_readinto),
    ("readinto1", base_bio_readinto),
    ("seek", base_bio_seek),
    ("tell", base_bio_tell),
    ("truncate", base_bio_truncate),
];

/// Puts the methods on the StringIO and BytesIO types.
pub fn register(vm: &mut Vm) -> PyResult<()> {
    use crate::vm::MethodKind;
    let sio = vm.types.by_tag(Tag::StringIO).clone();
    let bio = vm.types.by_tag(Tag::BytesIO).clone();
    for (ty, owner, own) in [
        (&sio, "StringIO", STRING_IO_METHODS),
        (&bio, "BytesIO", BYTES_IO_METHODS),
    ] {
        vm.add_methods(ty, owner, COMMON, MethodKind::Instance)?;
        vm.add_methods(ty, owner, own, MethodKind::Instance)?;
    }
    Ok(())
}
