//! `zlib.Compress` and `zlib.Decompress`: streams that keep their zlib state between
//! calls, made by `compressobj` / `decompressobj` (the types cannot be instantiated
//! directly). A stream sits behind a `RefCell`; no Python code runs while it is
//! borrowed (arguments are read first), so a busy stream can only be met by a bug,
//! which reports a RuntimeError instead of panicking.

use std::cell::{Cell, RefCell, RefMut};

use super::output::Output;
use super::{
    DEF_BUF_SIZE, DEF_MEM_LEVEL, DEFLATED, Input, MAX_WBITS, Z_DEFAULT_COMPRESSION, bind_args,
    c_int_or, data, memory_error, no_output_room, sig, ssize_or, zlib_error,
};
use crate::heap::Obj;
use crate::heap::zlib_ffi::{self as z, Stream};
use crate::objects::bytes::as_bytes;
use crate::objects::native::{NativeState, native_state};
use crate::vm::native::NativeTypeSpec;
use crate::vm::params::Sig;
use crate::vm::{Args, PyResult, Vm};

static COMPRESS: NativeTypeSpec = NativeTypeSpec {
    methods: &[
        ("compress", comp_compress),
        ("flush", comp_flush),
        ("copy", comp_copy),
        ("__copy__", comp_copy),
        ("__deepcopy__", comp_deepcopy),
    ],
    ..NativeTypeSpec::new("zlib", "Compress")
};

static DECOMPRESS: NativeTypeSpec = NativeTypeSpec {
    methods: &[
        ("decompress", decomp_decompress),
        ("flush", decomp_flush),
        ("copy", decomp_copy),
        ("__copy__", decomp_copy),
        ("__deepcopy__", decomp_deepcopy),
    ],
    getters: &[
        ("unused_data", decomp_unused_data),
        ("unconsumed_tail", decomp_unconsumed_tail),
        ("eof", decomp_eof),
    ],
    ..NativeTypeSpec::new("zlib", "Decompress")
};

struct CompState {
    stream: RefCell<Stream>,
}

impl NativeState for CompState {}

struct DecompState {
    stream: RefCell<Stream>,
    /// Bytes after the end of the compressed stream.
    unused_data: RefCell<Obj>,
    /// Input left over when `max_length` stopped the output.
    unconsumed_tail: RefCell<Obj>,
    eof: Cell<bool>,
    /// The dictionary, read when the stream asks for it.
    zdict: Option<Obj>,
}

impl NativeState for DecompState {
    fn traverse(&self, visit: &mut dyn FnMut(&Obj)) {
        if let Some(d) = &self.zdict {
            visit(d);
        }
    }
}

/// The stream of a `Compress` / `Decompress` (`self` is `args.pos[0]`).
fn stream<'a>(vm: &mut Vm, s: &'a RefCell<Stream>) -> PyResult<RefMut<'a, Stream>> {
    s.try_borrow_mut()
        .map_err(|_| vm.runtime_error("zlib stream is in use"))
}

fn comp_state<'a>(vm: &mut Vm, args: &'a Args, name: &str) -> PyResult<&'a CompState> {
    match args.pos.first().and_then(native_state::<CompState>) {
        Some(s) => Ok(s),
        None => Err(vm.type_error(format!(
            "descriptor '{name}' requires a 'zlib.Compress' object"
        ))),
    }
}

fn decomp_state<'a>(vm: &mut Vm, args: &'a Args, name: &str) -> PyResult<&'a DecompState> {
    match args.pos.first().and_then(native_state::<DecompState>) {
        Some(s) => Ok(s),
        None => Err(vm.type_error(format!(
            "descriptor '{name}' requires a 'zlib.Decompress' object"
        ))),
    }
}

/// The arguments after `self`, bound to `sig`.
fn method_args(vm: &mut Vm, args: &Args, sig: &Sig) -> PyResult<Vec<Option<Obj>>> {
    let rest = Args {
        pos: args.pos[1..].iter().cloned().collect(),
        kw: args.kw.clone(),
    };
    bind_args(vm, rest, sig)
}

/// `copy()` takes nothing positional (keywords are ignored, as CPython's parser does).
fn check_no_args(vm: &mut Vm, args: &Args, name: &str) -> PyResult<()> {
    if args.pos.len() > 1 {
        return Err(vm.type_error(format!("{name}() takes no arguments")));
    }
    Ok(())
}

static COMPRESSOBJ: Sig = sig(
    "compressobj",
    &["level", "method", "wbits", "memLevel", "strategy", "zdict"],
    0,
    0,
);

/// `compressobj(level=-1, method=DEFLATED, wbits=15, memLevel=8, strategy=0, zdict=None)`.
pub(super) fn compressobj(vm: &mut Vm, args: Args) -> PyResult {
    let a = bind_args(vm, args, &COMPRESSOBJ)?;
    let level = c_int_or(vm, &a[0], Z_DEFAULT_COMPRESSION)?;
    let method = c_int_or(vm, &a[1], DEFLATED)?;
    let wbits = c_int_or(vm, &a[2], MAX_WBITS)?;
    let mem_level = c_int_or(vm, &a[3], DEF_MEM_LEVEL)?;
    let strategy = c_int_or(vm, &a[4], z::Z_DEFAULT_STRATEGY)?;
    let zdict = match &a[5] {
        Some(d) => Some(vm.bytes_arg(d)?),
        None => None,
    };
    if zdict.as_ref().is_some_and(|d| d.len() > u32::MAX as usize) {
        return Err(vm.overflow_error("zdict length does not fit in an unsigned int"));
    }
    let mut stream = match Stream::deflate(level, method, wbits, mem_level, strategy) {
        Ok(s) => s,
        Err(z::Z_MEM_ERROR) => {
            return Err(memory_error(
                vm,
                "Can't allocate memory for compression object",
            ));
        }
        Err(z::Z_STREAM_ERROR) => return Err(vm.value_error("Invalid initialization option")),
        Err(code) => {
            return Err(zlib_error(
                vm,
                None,
                code,
                "while creating compression object",
            ));
        }
    };
    if let Some(d) = zdict {
        match stream.set_dictionary(&d) {
            z::Z_OK => {}
            z::Z_STREAM_ERROR => return Err(vm.value_error("Invalid dictionary")),
            _ => return Err(vm.value_error("deflateSetDictionary()")),
        }
    }
    vm.new_native(
        &COMPRESS,
        CompState {
            stream: RefCell::new(stream),
        },
    )
}

static COMP_COMPRESS: Sig = sig("compress", &["data"], 1, 1);

/// `Compress.compress(data, /)`: the compressed bytes ready so far.
fn comp_compress(vm: &mut Vm, args: Args) -> PyResult {
    let s = comp_state(vm, &args, "compress")?;
    let a = method_args(vm, &args, &COMP_COMPRESS)?;
    let bytes = data(vm, &a[0])?;
    let mut out = Output::new(vm, None).map_err(|e| no_output_room(vm, e))?;
    let mut st = stream(vm, &s.stream)?;
    let mut input = Input::new(&bytes);
    loop {
        input.arrange();
        loop {
            if out.exhausted() {
                out.grow(vm).map_err(|e| no_output_room(vm, e))?;
            }
            let code = input.run(&mut out, &mut st, z::Z_NO_FLUSH);
            if code == z::Z_STREAM_ERROR {
                return Err(zlib_error(vm, Some(&st), code, "while compressing data"));
            }
            if !out.exhausted() {
                break;
            }
        }
        if input.remaining() == 0 {
            break;
        }
    }
    drop(st);
    out.finish(vm)
}

static COMP_FLUSH: Sig = sig("flush", &["mode"], 0, 1);

/// `Compress.flush(mode=Z_FINISH, /)`; after `Z_FINISH` the object is spent.
fn comp_flush(vm: &mut Vm, args: Args) -> PyResult {
    let s = comp_state(vm, &args, "flush")?;
    let a = method_args(vm, &args, &COMP_FLUSH)?;
    let mode = c_int_or(vm, &a[0], z::Z_FINISH)?;
    if mode == z::Z_NO_FLUSH {
        return vm.new_bytes(Vec::new());
    }
    let mut out = Output::new(vm, None).map_err(|e| no_output_room(vm, e))?;
    let mut st = stream(vm, &s.stream)?;
    let mut input = Input::new(&[]);
    let mut code;
    loop {
        if out.exhausted() {
            out.grow(vm).map_err(|e| no_output_room(vm, e))?;
        }
        code = input.run(&mut out, &mut st, mode);
        if code == z::Z_STREAM_ERROR {
            return Err(zlib_error(vm, Some(&st), code, "while flushing"));
        }
        if !out.exhausted() {
            break;
        }
    }
    if code == z::Z_STREAM_END && mode == z::Z_FINISH {
        let code = st.end();
        if code != z::Z_OK {
            return Err(zlib_error(
                vm,
                Some(&st),
                code,
                "while finishing compression",
            ));
        }
    } else if code != z::Z_OK && code != z::Z_BUF_ERROR {
        return Err(zlib_error(vm, Some(&st), code, "while flushing"));
    }
    drop(st);
    out.finish(vm)
}

/// A `Compress` in the same state as `self`.
fn comp_clone(vm: &mut Vm, s: &CompState) -> PyResult {
    let copied = stream(vm, &s.stream)?.try_clone();
    match copied {
        Ok(c) => vm.new_native(
            &COMPRESS,
            CompState {
                stream: RefCell::new(c),
            },
        ),
        Err(z::Z_STREAM_ERROR) => Err(vm.value_error("Inconsistent stream state")),
        Err(z::Z_MEM_ERROR) => Err(memory_error(
            vm,
            "Can't allocate memory for compression object",
        )),
        Err(code) => Err(zlib_error(
            vm,
            None,
            code,
            "while copying compression object",
        )),
    }
}

fn comp_copy(vm: &mut Vm, args: Args) -> PyResult {
    let s = comp_state(vm, &args, "copy")?;
    check_no_args(vm, &args, "copy")?;
    comp_clone(vm, s)
}

static DEEPCOPY: Sig = sig("__deepcopy__", &["memo"], 1, 1);

fn comp_deepcopy(vm: &mut Vm, args: Args) -> PyResult {
    let s = comp_state(vm, &args, "__deepcopy__")?;
    method_args(vm, &args, &DEEPCOPY)?;
    comp_clone(vm, s)
}

static DECOMPRESSOBJ: Sig = sig("decompressobj", &["wbits", "zdict"], 0, 0);

/// `decompressobj(wbits=15, zdict=b'')`. A raw stream (negative wbits) takes its
/// dictionary at once; a zlib stream when its header asks for it.
pub(super) fn decompressobj(vm: &mut Vm, args: Args) -> PyResult {
    let a = bind_args(vm, args, &DECOMPRESSOBJ)?;
    let wbits = c_int_or(vm, &a[0], MAX_WBITS)?;
    let zdict = a[1].clone();
    if let Some(d) = &zdict
        && vm.bytes_like(d).is_none()
    {
        return Err(vm.type_error("zdict argument must support the buffer protocol"));
    }
    let mut stream = match Stream::inflate(wbits) {
        Ok(s) => s,
        Err(z::Z_STREAM_ERROR) => return Err(vm.value_error("Invalid initialization option")),
        Err(z::Z_MEM_ERROR) => {
            return Err(memory_error(
                vm,
                "Can't allocate memory for decompression object",
            ));
        }
        Err(code) => {
            return Err(zlib_error(
                vm,
                None,
                code,
                "while creating decompression object",
            ));
        }
    };
    if let Some(d) = &zdict
        && wbits < 0
    {
        set_inflate_zdict(vm, &mut stream, d)?;
    }
    let empty = vm.new_bytes(Vec::new())?;
    vm.new_native(
        &DECOMPRESS,
        DecompState {
            stream: RefCell::new(stream),
            unused_data: RefCell::new(empty.clone()),
            unconsumed_tail: RefCell::new(empty),
            eof: Cell::new(false),
            zdict,
        },
    )
}

/// Gives the stream the dictionary's current bytes.
fn set_inflate_zdict(vm: &mut Vm, stream: &mut Stream, zdict: &Obj) -> PyResult<()> {
    let bytes = vm.bytes_arg(zdict)?;
    if bytes.len() > u32::MAX as usize {
        return Err(vm.overflow_error("zdict length does not fit in an unsigned int"));
    }
    let code = stream.set_dictionary(&bytes);
    if code != z::Z_OK {
        return Err(zlib_error(vm, Some(stream), code, "while setting zdict"));
    }
    Ok(())
}

/// CPython's `save_unconsumed_input`: after the end of the stream the rest of the input
/// joins `unused_data`; otherwise what zlib did not read becomes `unconsumed_tail`
/// (cleared once all was read).
fn save_unconsumed_input(vm: &mut Vm, s: &DecompState, input: &Input, code: i32) -> PyResult<()> {
    let mut avail_in = !input.piece().is_empty();
    if code == z::Z_STREAM_END && avail_in {
        let old = s.unused_data.borrow().clone();
        let old = as_bytes(&old).unwrap_or_default();
        let rest = input.rest();
        let mut joined = vm.vec_with_room(old.len().saturating_add(rest.len()))?;
        joined.extend_from_slice(old);
        joined.extend_from_slice(rest);
        let b = vm.new_bytes(joined)?;
        *s.unused_data.borrow_mut() = b;
        avail_in = false;
    }
    let had_tail = as_bytes(&s.unconsumed_tail.borrow()).is_some_and(|t| !t.is_empty());
    if avail_in || had_tail {
        let b = vm.new_bytes(input.rest().to_vec())?;
        *s.unconsumed_tail.borrow_mut() = b;
    }
    Ok(())
}

static DECOMP_DECOMPRESS: Sig = sig("decompress", &["data", "max_length"], 1, 1);

/// `Decompress.decompress(data, /, max_length=0)`: at most `max_length` bytes (0: no
/// limit); input not read for want of room is kept in `unconsumed_tail`.
fn decomp_decompress(vm: &mut Vm, args: Args) -> PyResult {
    let s = decomp_state(vm, &args, "decompress")?;
    let a = method_args(vm, &args, &DECOMP_DECOMPRESS)?;
    let bytes = data(vm, &a[0])?;
    let max_length = ssize_or(vm, &a[1], 0)?;
    if max_length < 0 {
        return Err(vm.value_error("max_length must be non-negative"));
    }
    let max_length = match max_length {
        0 => None,
        n => Some(usize::try_from(n).unwrap_or(usize::MAX)),
    };
    // The dictionary's bytes are read before the stream is borrowed.
    let zdict = match &s.zdict {
        Some(d) => Some(vm.bytes_arg(d)?),
        None => None,
    };
    let mut out = Output::new(vm, max_length).map_err(|e| no_output_room(vm, e))?;
    let mut st = stream(vm, &s.stream)?;
    let mut input = Input::new(&bytes);
    let mut code = z::Z_OK;
    'outer: loop {
        input.arrange();
        loop {
            if out.exhausted() {
                if out.at_limit() {
                    break 'outer;
                }
                out.grow(vm).map_err(|e| no_output_room(vm, e))?;
            }
            code = input.run(&mut out, &mut st, z::Z_SYNC_FLUSH);
            match code {
                z::Z_OK | z::Z_BUF_ERROR | z::Z_STREAM_END => {}
                z::Z_NEED_DICT if zdict.is_some() => {
                    let d = zdict.as_deref().unwrap_or_default();
                    let c = st.set_dictionary(d);
                    if c != z::Z_OK {
                        return Err(zlib_error(vm, Some(&st), c, "while setting zdict"));
                    }
                }
                _ => break 'outer,
            }
            if !out.exhausted() && code != z::Z_NEED_DICT {
                break;
            }
        }
        if code == z::Z_STREAM_END || input.remaining() == 0 {
            break;
        }
    }
    save_unconsumed_input(vm, s, &input, code)?;
    if code == z::Z_STREAM_END {
        s.eof.set(true);
    } else if code != z::Z_OK && code != z::Z_BUF_ERROR {
        return Err(zlib_error(vm, Some(&st), code, "while decompressing data"));
    }
    drop(st);
    out.finish(vm)
}

static DECOMP_FLUSH: Sig = sig("flush", &["length"], 0, 1);

/// `Decompress.flush(length=DEF_BUF_SIZE, /)`: decompresses `unconsumed_tail` without
/// a limit; at the end of the stream zlib's state is freed.
fn decomp_flush(vm: &mut Vm, args: Args) -> PyResult {
    let s = decomp_state(vm, &args, "flush")?;
    let a = method_args(vm, &args, &DECOMP_FLUSH)?;
    let length = ssize_or(vm, &a[0], DEF_BUF_SIZE as i64)?;
    if length <= 0 {
        return Err(vm.value_error("length must be greater than zero"));
    }
    let length = usize::try_from(length).unwrap_or(usize::MAX);
    let tail = s.unconsumed_tail.borrow().clone();
    let tail = as_bytes(&tail).unwrap_or_default().to_vec();
    let mut out = Output::with_size(vm, length, None).map_err(|e| no_output_room(vm, e))?;
    let mut st = stream(vm, &s.stream)?;
    let mut input = Input::new(&tail);
    let mut code;
    'outer: loop {
        input.arrange();
        let flush = if input.remaining() == 0 {
            z::Z_FINISH
        } else {
            z::Z_NO_FLUSH
        };
        loop {
            if out.exhausted() {
                out.grow(vm).map_err(|e| no_output_room(vm, e))?;
            }
            code = input.run(&mut out, &mut st, flush);
            match code {
                z::Z_OK | z::Z_BUF_ERROR | z::Z_STREAM_END => {}
                _ => break 'outer,
            }
            if !out.exhausted() {
                break;
            }
        }
        if code == z::Z_STREAM_END || input.remaining() == 0 {
            break;
        }
    }
    save_unconsumed_input(vm, s, &input, code)?;
    if code == z::Z_STREAM_END {
        s.eof.set(true);
        let c = st.end();
        if c != z::Z_OK {
            return Err(zlib_error(
                vm,
                Some(&st),
                c,
                "while finishing decompression",
            ));
        }
    }
    drop(st);
    out.finish(vm)
}

/// A `Decompress` in the same state as `self`.
fn decomp_clone(vm: &mut Vm, s: &DecompState) -> PyResult {
    let copied = stream(vm, &s.stream)?.try_clone();
    match copied {
        Ok(c) => {
            let unused = s.unused_data.borrow().clone();
            let tail = s.unconsumed_tail.borrow().clone();
            vm.new_native(
                &DECOMPRESS,
                DecompState {
                    stream: RefCell::new(c),
                    unused_data: RefCell::new(unused),
                    unconsumed_tail: RefCell::new(tail),
                    eof: Cell::new(s.eof.get()),
                    zdict: s.zdict.clone(),
                },
            )
        }
        Err(z::Z_STREAM_ERROR) => Err(vm.value_error("Inconsistent stream state")),
        Err(z::Z_MEM_ERROR) => Err(memory_error(
            vm,
            "Can't allocate memory for decompression object",
        )),
        Err(code) => Err(zlib_error(
            vm,
            None,
            code,
            "while copying decompression object",
        )),
    }
}

fn decomp_copy(vm: &mut Vm, args: Args) -> PyResult {
    let s = decomp_state(vm, &args, "copy")?;
    check_no_args(vm, &args, "copy")?;
    decomp_clone(vm, s)
}

fn decomp_deepcopy(vm: &mut Vm, args: Args) -> PyResult {
    let s = decomp_state(vm, &args, "__deepcopy__")?;
    method_args(vm, &args, &DEEPCOPY)?;
    decomp_clone(vm, s)
}

fn decomp_unused_data(vm: &mut Vm, args: Args) -> PyResult {
    let s = decomp_state(vm, &args, "unused_data")?;
    Ok(s.unused_data.borrow().clone())
}

fn decomp_unconsumed_tail(vm: &mut Vm, args: Args) -> PyResult {
    let s = decomp_state(vm, &args, "unconsumed_tail")?;
    Ok(s.unconsumed_tail.borrow().clone())
}

fn decomp_eof(vm: &mut Vm, args: Args) -> PyResult {
    let s = decomp_state(vm, &args, "eof")?;
    Ok(vm.new_bool(s.eof.get()))
}
