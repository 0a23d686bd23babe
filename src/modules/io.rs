//! `open()` and the `io` module: mode parsing, opening the OS file, and
//! `io.UnsupportedOperation` (a subclass of both OSError and ValueError).

use std::cell::RefCell;
use std::fs::OpenOptions;
use std::io::{Seek, SeekFrom};
use std::path::PathBuf;
use std::rc::Rc;

use crate::heap::Obj;
use crate::objects::NativeFn;
use crate::objects::bytes::as_bytes;
use crate::objects::file::{
    Access, BufferedRandomObj, BufferedReaderObj, BufferedWriterObj, FileCore, FileState, Newline,
    TextConfig, TextFileObj,
};
use crate::objects::method_args::bind_function;
use crate::objects::str::as_str;
use crate::objects::{Tag, tag_of};
use crate::text::codecs::Codec;
use crate::vm::{Args, MethodKind, PyResult, Vm};

/// A parsed `mode` argument.
struct Mode {
    create: bool,
    read: bool,
    write: bool,
    append: bool,
    plus: bool,
    binary: bool,
}

fn parse_mode(vm: &mut Vm, mode: &str) -> PyResult<Mode> {
    for c in mode.chars() {
        if !"axrwb+t".contains(c) || mode.matches(c).count() > 1 {
            return Err(vm.value_error(format!("invalid mode: '{mode}'")));
        }
    }
    let has = |c: char| mode.contains(c);
    let m = Mode {
        create: has('x'),
        read: has('r'),
        write: has('w'),
        append: has('a'),
        plus: has('+'),
        binary: has('b'),
    };
    if m.binary && has('t') {
        return Err(vm.value_error("can't have text and binary mode at once"));
    }
    let kinds = [m.create, m.read, m.write, m.append]
        .iter()
        .filter(|&&k| k)
        .count();
    if kinds > 1 {
        return Err(vm.value_error("must have exactly one of create/read/write/append mode"));
    }
    if kinds == 0 {
        return Err(vm.value_error(
            "Must have exactly one of create/read/write/append mode and at most one plus",
        ));
    }
    Ok(m)
}

/// The `mode` attribute of a binary file (FileIO's normalised spelling).
fn binary_mode_name(m: &Mode) -> &'static str {
    match (m.create, m.append, m.read, m.plus) {
        (true, _, _, false) => "xb",
        (true, _, _, true) => "xb+",
        (_, true, _, false) => "ab",
        (_, true, _, true) => "ab+",
        (_, _, _, true) => "rb+",
        (_, _, true, false) => "rb",
        _ => "wb",
    }
}

/// An optional str argument of `open` (None allowed).
fn opt_str_arg(vm: &mut Vm, o: Option<&Obj>, what: &str) -> PyResult<Option<String>> {
    match o {
        None => Ok(None),
        Some(v) if v.ptr_eq(&vm.s.none) => Ok(None),
        Some(v) => match as_str(v) {
            Some(s) => Ok(Some(s.to_owned())),
            None => {
                let n = vm.type_name(v);
                Err(vm.type_error(format!(
                    "open() argument '{what}' must be str or None, not {n}"
                )))
            }
        },
    }
}

/// The path to open: a str, bytes, or an object with `__fspath__`, as the file
/// system sees it: bytes as they are, a str encoded as `os.fsencode` does (UTF-8, a
/// lone surrogate from `surrogateescape` as the byte it stands for, any other refused
/// with UnicodeEncodeError).
pub(crate) fn path_arg(vm: &mut Vm, file: &Obj) -> PyResult<(PathBuf, Obj)> {
    if let Some(p) = fs_path(vm, file)? {
        return Ok((p, file.clone()));
    }
    if tag_of(file) == Tag::Instance
        && let Some(p) = vm.call_special(file, "__fspath__", vec![])?
    {
        if let Some(path) = fs_path(vm, &p)? {
            return Ok((path, p.clone()));
        }
        let (t, r) = (vm.type_name(file), vm.type_name(&p));
        return Err(vm.type_error(format!(
            "expected {t}.__fspath__() to return str or bytes, not {r}"
        )));
    }
    let n = vm.type_name(file);
    Err(vm.type_error(format!(
        "expected str, bytes or os.PathLike object, not {n}"
    )))
}

/// The file-system path a str or bytes object names (None for other objects).
fn fs_path(vm: &mut Vm, o: &Obj) -> PyResult<Option<PathBuf>> {
    use std::os::unix::ffi::OsStringExt;
    let raw = if let Some(s) = as_str(o) {
        s.as_bytes().to_vec()
    } else if let Some(t) = crate::objects::str::as_text(o) {
        crate::text::codecs::encode_wtf8(t, Codec::Utf8, "surrogateescape")
            .map_err(|e| vm.codec_error(e, crate::vm::unicode_error::CodecInput::Text(t)))?
    } else if let Some(b) = as_bytes(o) {
        b.to_vec()
    } else {
        return Ok(None);
    };
    if raw.contains(&0) {
        return Err(vm.value_error("embedded null byte"));
    }
    Ok(Some(PathBuf::from(std::ffi::OsString::from_vec(raw))))
}

fn text_config(
    vm: &mut Vm,
    encoding: Option<String>,
    errors: Option<String>,
    newline: Option<String>,
) -> PyResult<TextConfig> {
    let (codec, encoding) = match encoding {
        None => (Codec::Utf8, Codec::Utf8.display_name().to_owned()),
        Some(e) => match Codec::lookup(&e) {
            // Text files read and write line by line: only ASCII-compatible codecs.
            Some(c) if c.ascii_compatible() => (c, e),
            _ => return Err(vm.lookup_error(format!("unknown encoding: {e}"))),
        },
    };
    let newline = match newline.as_deref() {
        None => Newline::Universal,
        Some("") => Newline::Untranslated,
        Some("\n") => Newline::Fixed("\n"),
        Some("\r") => Newline::Fixed("\r"),
        Some("\r\n") => Newline::Fixed("\r\n"),
        Some(other) => {
            return Err(vm.value_error(format!("illegal newline value: {other}")));
        }
    };
    Ok(TextConfig {
        codec,
        encoding: Rc::from(encoding),
        errors: Rc::from(errors.as_deref().unwrap_or("strict")),
        newline,
    })
}

/// `open(file, mode='r', buffering=-1, encoding=None, errors=None, newline=None,
/// closefd=True, opener=None)`.
pub fn builtin_open(vm: &mut Vm, mut args: Args) -> PyResult {
    let names = [
        "file",
        "mode",
        "buffering",
        "encoding",
        "errors",
        "newline",
        "closefd",
        "opener",
    ];
    let p = bind_function(vm, &mut args, "open", &names, 1)?;
    let none = vm.none();
    let file = p[0].clone().unwrap_or(none);
    let mode_s = match &p[1] {
        None => "r".to_owned(),
        Some(m) => match as_str(m) {
            Some(s) => s.to_owned(),
            None => {
                let n = vm.type_name(m);
                return Err(vm.type_error(format!("open() argument 'mode' must be str, not {n}")));
            }
        },
    };
    let buffering = match &p[2] {
        Some(b) => vm.to_index(b)?,
        None => -1,
    };
    let encoding = opt_str_arg(vm, p[3].as_ref(), "encoding")?;
    let errors = opt_str_arg(vm, p[4].as_ref(), "errors")?;
    let newline = opt_str_arg(vm, p[5].as_ref(), "newline")?;
    if let Some(o) = p[7].as_ref().filter(|o| !o.ptr_eq(&vm.s.none)) {
        let n = vm.type_name(o);
        return Err(vm.type_error(format!("custom openers ('{n}') are not supported")));
    }
    let m = parse_mode(vm, &mode_s)?;
    if m.binary {
        for (given, what) in [
            (encoding.is_some(), "an encoding"),
            (errors.is_some(), "an errors"),
            (newline.is_some(), "a newline"),
        ] {
            if given {
                return Err(vm.value_error(format!("binary mode doesn't take {what} argument")));
            }
        }
    } else if buffering == 0 {
        return Err(vm.value_error("can't have unbuffered text I/O"));
    }
    let text = if m.binary {
        None
    } else {
        Some(text_config(vm, encoding, errors, newline)?)
    };
    let closefd = match &p[6] {
        Some(c) => vm.truthy(c)?,
        None => true,
    };
    let (f, name) = match descriptor_arg(vm, &file)? {
        Some(fd) => (file_on_descriptor(vm, fd, &m)?, file),
        None => {
            if !closefd {
                return Err(vm.value_error("Cannot use closefd=False with file name"));
            }
            open_path(vm, &file, &m)?
        }
    };
    let access = Access {
        read: m.read || m.plus,
        write: m.write || m.append || m.create || m.plus,
    };
    let mode_attr: Rc<str> = if m.binary {
        Rc::from(binary_mode_name(&m))
    } else {
        Rc::from(mode_s.as_str())
    };
    let mut state = FileState::new(f);
    state.closefd = closefd;
    let core = FileCore {
        name,
        mode: mode_attr,
        access,
        text,
        state: RefCell::new(state),
    };
    let obj = if core.text.is_some() {
        vm.heap.alloc(TextFileObj(core))?
    } else if m.plus {
        vm.heap.alloc(BufferedRandomObj(core))?
    } else if m.read {
        vm.heap.alloc(BufferedReaderObj(core))?
    } else {
        vm.heap.alloc(BufferedWriterObj(core))?
    };
    Ok(obj)
}

/// The descriptor `open` was given instead of a path: an int that fits a C int (a
/// larger one is reported as a bad path, as CPython does).
fn descriptor_arg(vm: &mut Vm, file: &Obj) -> PyResult<Option<i32>> {
    use num_traits::ToPrimitive;
    if tag_of(file) == Tag::Bool {
        return Ok(None);
    }
    let Some(fd) = vm.to_bigint(file).and_then(|v| v.to_i32()) else {
        return Ok(None);
    };
    if fd < 0 {
        return Err(vm.value_error("negative file descriptor"));
    }
    Ok(Some(fd))
}

/// A file over descriptor `fd` (from `os.open`, `os.pipe`, ...): no truncation or
/// creation, which the descriptor's own flags decided; append mode starts at the end.
fn file_on_descriptor(vm: &mut Vm, fd: i32, m: &Mode) -> PyResult<std::fs::File> {
    let mut f = match crate::heap::libc_ffi::file_from_fd(fd) {
        Ok(f) => f,
        Err(errno) => return Err(vm.new_os_error(errno, None)),
    };
    if f.metadata().is_ok_and(|md| md.is_dir()) {
        use std::os::fd::IntoRawFd;
        // The descriptor stays the program's: only the file object is refused.
        let _ = f.into_raw_fd();
        return Err(vm.new_os_error(21, None));
    }
    if m.append {
        // A pipe or terminal cannot seek; appending to one simply writes.
        let _ = f.seek(SeekFrom::End(0));
    }
    Ok(f)
}

/// Opens the file a path names, as `mode` says.
fn open_path(vm: &mut Vm, file: &Obj, m: &Mode) -> PyResult<(std::fs::File, Obj)> {
    let (path, name) = path_arg(vm, file)?;
    let mut opts = OpenOptions::new();
    opts.read(m.read || m.plus);
    if m.write {
        opts.write(true).create(true).truncate(true);
    } else if m.append {
        opts.append(true).create(true);
    } else if m.create {
        opts.write(true).create_new(true);
    } else if m.plus {
        opts.write(true);
    }
    let mut f = match opts.open(&path) {
        Ok(f) => f,
        Err(e) => return Err(vm.io_error(&e, Some(name))),
    };
    if f.metadata().is_ok_and(|md| md.is_dir()) {
        return Err(vm.new_os_error(21, Some(name)));
    }
    if m.append
        && let Err(e) = f.seek(SeekFrom::End(0))
    {
        return Err(vm.io_error(&e, Some(name)));
    }
    Ok((f, name))
}

/// Puts the file methods on the file types (`TextIOWrapper` is also the type of
/// `sys.stdout` and `sys.stderr`).
pub fn register_types(vm: &mut Vm) -> PyResult<()> {
    for (tag, owner) in [
        (Tag::TextStream, "TextIOWrapper"),
        (Tag::BufferedReader, "BufferedReader"),
        (Tag::BufferedWriter, "BufferedWriter"),
        (Tag::BufferedRandom, "BufferedRandom"),
    ] {
        let ty = vm.types.by_tag(tag).clone();
        vm.add_methods(
            &ty,
            owner,
            crate::objects::file_methods::METHODS,
            MethodKind::Instance,
        )?;
    }
    for (tag, owner) in [
        (Tag::BufferedReader, "BufferedReader"),
        (Tag::BufferedWriter, "BufferedWriter"),
        (Tag::BufferedRandom, "BufferedRandom"),
    ] {
        let ty = vm.types.by_tag(tag).clone();
        vm.add_methods(
            &ty,
            owner,
            crate::objects::file_methods::BINARY_METHODS,
            MethodKind::Instance,
        )?;
    }
    let text = vm.types.by_tag(Tag::TextStream).clone();
    vm.add_methods(
        &text,
        "TextIOWrapper",
        crate::objects::text_wrapper::METHODS,
        MethodKind::Instance,
    )?;
    crate::objects::memory_io::register(vm)
}

const FUNCTIONS: &[(&str, NativeFn)] = &[("open", builtin_open)];

pub fn create(vm: &mut Vm) -> PyResult<Obj> {
    let m = super::module_with_functions(vm, "io", FUNCTIONS)?;
    let ns = vm.new_dict()?;
    let k = vm.intern("__module__")?;
    let v = vm.new_str("io")?;
    vm.dict_set(&ns, k, v)?;
    let bases = vec![vm.exc.os_error.clone(), vm.exc.value_error.clone()];
    let cls = vm.new_class("UnsupportedOperation", bases, &ns)?;
    super::set_attr(vm, &m, "UnsupportedOperation", cls)?;
    for (name, tag) in [
        ("TextIOWrapper", Tag::TextStream),
        ("BufferedReader", Tag::BufferedReader),
        ("BufferedWriter", Tag::BufferedWriter),
        ("BufferedRandom", Tag::BufferedRandom),
        ("StringIO", Tag::StringIO),
        ("BytesIO", Tag::BytesIO),
    ] {
        let t = vm.types.by_tag(tag).clone();
        super::set_attr(vm, &m, name, t)?;
    }
    for (name, v) in [
        ("SEEK_SET", 0),
        ("SEEK_CUR", 1),
        ("SEEK_END", 2),
        ("DEFAULT_BUFFER_SIZE", crate::objects::file::CHUNK as i64),
    ] {
        let v = vm.new_int(v)?;
        super::set_attr(vm, &m, name, v)?;
    }
    super::exec_python(vm, &m, include_str!("io_classes.py"), "<io>")?;
    Ok(m)
}
