//! `zlib`: one-shot `compress` / `decompress`, the streaming `Compress` / `Decompress`
//! objects (`objects.rs`), `crc32` / `adler32`, the constants and `zlib.error`, with
//! CPython 3.11's loops, argument checks and messages. The work is done by the C zlib
//! library (`heap::zlib_ffi`), so the compressed bytes are CPython's; `output.rs` grows
//! the output space in CPython's steps.

mod objects;
mod output;

use num_bigint::BigInt;

use crate::heap::Obj;
use crate::heap::zlib_ffi::{self as z, Stream};
use crate::objects::NativeFn;
use crate::vm::params::{Sig, Style, bind, check_positional, ssize_arg};
use crate::vm::{Args, PyErr, PyResult, Vm};

use output::Output;

/// The key under which the `zlib.error` class is kept.
const ERROR_KEY: (&str, &str) = ("zlib", "error");

const MAX_WBITS: i32 = 15;
const DEFLATED: i32 = 8;
const DEF_MEM_LEVEL: i32 = 8;
const DEF_BUF_SIZE: usize = 16 * 1024;
const Z_DEFAULT_COMPRESSION: i32 = -1;

/// zlib takes input in unsigned-int pieces: CPython's loops feed longer data piece by
/// piece (`arrange_input_buffer`), and so do these.
struct Input<'a> {
    data: &'a [u8],
    /// Where zlib's next read starts.
    pos: usize,
    /// End of the piece offered so far.
    end: usize,
}

impl<'a> Input<'a> {
    fn new(data: &'a [u8]) -> Input<'a> {
        Input {
            data,
            pos: 0,
            end: 0,
        }
    }

    /// Offers the next piece.
    fn arrange(&mut self) {
        self.end = self
            .end
            .saturating_add(u32::MAX as usize)
            .min(self.data.len());
    }

    /// Bytes not offered yet (CPython's `ibuflen`).
    fn remaining(&self) -> usize {
        self.data.len() - self.end
    }

    /// The offered bytes zlib has not read (`avail_in`).
    fn piece(&self) -> &'a [u8] {
        &self.data[self.pos..self.end]
    }

    /// Everything zlib has not read.
    fn rest(&self) -> &'a [u8] {
        &self.data[self.pos..]
    }

    /// One zlib call into `out`.
    fn run(&mut self, out: &mut Output, stream: &mut Stream, flush: i32) -> i32 {
        let step = out.run(stream, self.piece(), flush);
        self.pos += step.consumed;
        step.code
    }
}

/// `zlib.error`, made once per interpreter.
fn error_class(vm: &mut Vm) -> PyResult<Obj> {
    if let Some(e) = vm.native_types.get(&ERROR_KEY) {
        return Ok(e.clone());
    }
    let ns = vm.new_dict()?;
    let k = vm.intern("__module__")?;
    let v = vm.new_str("zlib")?;
    vm.dict_set(&ns, k, v)?;
    let base = vm.exc.exception.clone();
    let e = vm.new_class("error", vec![base], &ns)?;
    vm.native_types.insert(ERROR_KEY, e.clone());
    Ok(e)
}

/// `zlib.error(msg)`.
fn error(vm: &mut Vm, msg: &str) -> PyErr {
    match error_class(vm) {
        Ok(cls) => vm.new_exception_msg(&cls, msg),
        Err(e) => e,
    }
}

/// CPython's `zlib_error`: "Error -3 while decompressing data: incorrect header check",
/// the detail from zlib's own message or, without one, from the code.
fn zlib_error(vm: &mut Vm, stream: Option<&Stream>, code: i32, what: &str) -> PyErr {
    let detail = if code == z::Z_VERSION_ERROR {
        Some("library version mismatch")
    } else {
        stream.and_then(Stream::msg).or(match code {
            z::Z_BUF_ERROR => Some("incomplete or truncated stream"),
            z::Z_STREAM_ERROR => Some("inconsistent stream state"),
            z::Z_DATA_ERROR => Some("invalid input data"),
            _ => None,
        })
    };
    let msg = match detail {
        Some(d) => format!("Error {code} {what}: {d}"),
        None => format!("Error {code} {what}"),
    };
    error(vm, &msg)
}

/// A MemoryError with CPython's message.
fn memory_error(vm: &mut Vm, msg: &str) -> PyErr {
    let cls = vm.exc.memory_error.clone();
    vm.new_exception_msg(&cls, msg)
}

/// A failed output allocation, worded as CPython's output buffer words it.
fn no_output_room(vm: &mut Vm, e: PyErr) -> PyErr {
    match e {
        PyErr::NoMemory => memory_error(vm, "Unable to allocate output buffer."),
        e => e,
    }
}

/// The C argument parser's binding for a function whose first `posonly` parameters
/// are positional-only: 3.11 words a missing one as "takes at least 1 positional
/// argument (0 given)" (or "exactly" when every parameter is required).
fn bind_args(vm: &mut Vm, args: Args, sig: &Sig) -> PyResult<Vec<Option<Obj>>> {
    let given = args.pos.len();
    let needed = sig.required.min(sig.posonly);
    if given + args.kw.len() <= sig.params.len() && given < needed {
        let how = if sig.required == sig.params.len() {
            "exactly"
        } else {
            "at least"
        };
        let s = if needed == 1 { "" } else { "s" };
        return Err(vm.type_error(format!(
            "{}() takes {how} {needed} positional argument{s} ({given} given)",
            sig.name
        )));
    }
    bind(vm, args, sig)
}

/// A C function signature whose first `posonly` parameters are positional-only.
const fn sig(
    name: &'static str,
    params: &'static [&'static str],
    required: usize,
    posonly: usize,
) -> Sig {
    Sig {
        name,
        params,
        required,
        posonly,
        kwonly: params.len(),
        style: Style::Clinic,
    }
}

/// A C `int` argument.
fn c_int(vm: &mut Vm, o: &Obj) -> PyResult<i32> {
    let v = match vm.to_bigint(o) {
        Some(v) => v,
        None => BigInt::from(vm.to_index(o)?),
    };
    i32::try_from(v).map_err(|_| vm.overflow_error("Python int too large to convert to C int"))
}

/// An optional C `int` argument.
fn c_int_or(vm: &mut Vm, o: &Option<Obj>, default: i32) -> PyResult<i32> {
    match o {
        Some(o) => c_int(vm, o),
        None => Ok(default),
    }
}

/// An optional `Py_ssize_t` argument.
fn ssize_or(vm: &mut Vm, o: &Option<Obj>, default: i64) -> PyResult<i64> {
    match o {
        Some(o) => ssize_arg(vm, o),
        None => Ok(default),
    }
}

/// An `unsigned int` taken bitwise: any int, reduced modulo 2**32.
fn c_uint_mask(vm: &mut Vm, o: &Obj) -> PyResult<u32> {
    let v = match vm.to_bigint(o) {
        Some(v) => v,
        None => BigInt::from(vm.to_index(o)?),
    };
    let masked = v & BigInt::from(u32::MAX);
    Ok(u32::try_from(masked).unwrap_or(0))
}

/// The bytes of a required data argument.
fn data(vm: &mut Vm, o: &Option<Obj>) -> PyResult<Vec<u8>> {
    match o {
        Some(o) => vm.bytes_arg(o),
        None => Ok(Vec::new()),
    }
}

static COMPRESS: Sig = sig("compress", &["data", "level", "wbits"], 1, 1);

/// `compress(data, /, level=-1, wbits=15)`.
fn compress(vm: &mut Vm, args: Args) -> PyResult {
    let a = bind_args(vm, args, &COMPRESS)?;
    let input = data(vm, &a[0])?;
    let level = c_int_or(vm, &a[1], Z_DEFAULT_COMPRESSION)?;
    let wbits = c_int_or(vm, &a[2], MAX_WBITS)?;
    let mut out = Output::new(vm, None).map_err(|e| no_output_room(vm, e))?;
    let mut stream = match Stream::deflate(level, DEFLATED, wbits, DEF_MEM_LEVEL, 0) {
        Ok(s) => s,
        Err(z::Z_MEM_ERROR) => {
            return Err(memory_error(vm, "Out of memory while compressing data"));
        }
        Err(z::Z_STREAM_ERROR) => return Err(error(vm, "Bad compression level")),
        Err(code) => return Err(zlib_error(vm, None, code, "while compressing data")),
    };
    let mut input = Input::new(&input);
    loop {
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
            let code = input.run(&mut out, &mut stream, flush);
            if code == z::Z_STREAM_ERROR {
                return Err(zlib_error(
                    vm,
                    Some(&stream),
                    code,
                    "while compressing data",
                ));
            }
            if !out.exhausted() {
                break;
            }
        }
        if flush == z::Z_FINISH {
            break;
        }
    }
    let code = stream.end();
    if code != z::Z_OK {
        return Err(zlib_error(
            vm,
            Some(&stream),
            code,
            "while finishing compression",
        ));
    }
    out.finish(vm)
}

static DECOMPRESS: Sig = sig("decompress", &["data", "wbits", "bufsize"], 1, 1);

/// `decompress(data, /, wbits=15, bufsize=16384)`: trailing bytes after the stream's
/// end are ignored, a stream cut short is an error.
fn decompress(vm: &mut Vm, args: Args) -> PyResult {
    let a = bind_args(vm, args, &DECOMPRESS)?;
    let input = data(vm, &a[0])?;
    let wbits = c_int_or(vm, &a[1], MAX_WBITS)?;
    let bufsize = ssize_or(vm, &a[2], DEF_BUF_SIZE as i64)?;
    if bufsize < 0 {
        return Err(vm.value_error("bufsize must be non-negative"));
    }
    let bufsize = usize::try_from(bufsize.max(1)).unwrap_or(usize::MAX);
    let mut out = Output::with_size(vm, bufsize, None).map_err(|e| no_output_room(vm, e))?;
    let mut stream = match Stream::inflate(wbits) {
        Ok(s) => s,
        Err(z::Z_MEM_ERROR) => {
            return Err(memory_error(vm, "Out of memory while decompressing data"));
        }
        Err(code) => {
            return Err(zlib_error(
                vm,
                None,
                code,
                "while preparing to decompress data",
            ));
        }
    };
    let mut input = Input::new(&input);
    let mut code;
    loop {
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
            code = input.run(&mut out, &mut stream, flush);
            match code {
                z::Z_OK | z::Z_BUF_ERROR | z::Z_STREAM_END => {}
                z::Z_MEM_ERROR => {
                    return Err(memory_error(vm, "Out of memory while decompressing data"));
                }
                _ => {
                    return Err(zlib_error(
                        vm,
                        Some(&stream),
                        code,
                        "while decompressing data",
                    ));
                }
            }
            if !out.exhausted() {
                break;
            }
        }
        if code == z::Z_STREAM_END || input.remaining() == 0 {
            break;
        }
    }
    if code != z::Z_STREAM_END {
        return Err(zlib_error(
            vm,
            Some(&stream),
            code,
            "while decompressing data",
        ));
    }
    let code = stream.end();
    if code != z::Z_OK {
        return Err(zlib_error(
            vm,
            Some(&stream),
            code,
            "while finishing decompression",
        ));
    }
    out.finish(vm)
}

/// The arguments of `crc32` / `adler32`: `(data, value=start, /)`.
fn checksum_args(vm: &mut Vm, args: &Args, name: &str, start: u32) -> PyResult<(Vec<u8>, u32)> {
    if !args.kw.is_empty() {
        return Err(vm.type_error(format!("zlib.{name}() takes no keyword arguments")));
    }
    check_positional(vm, args, name, 1, 2)?;
    let bytes = vm.bytes_arg(&args.pos[0])?;
    let value = match args.pos.get(1) {
        Some(v) => c_uint_mask(vm, v)?,
        None => start,
    };
    Ok((bytes, value))
}

/// `crc32(data, value=0, /)`.
fn crc32(vm: &mut Vm, args: Args) -> PyResult {
    let (bytes, value) = checksum_args(vm, &args, "crc32", 0)?;
    vm.new_int(i64::from(z::crc32(value, &bytes)))
}

/// `adler32(data, value=1, /)`.
fn adler32(vm: &mut Vm, args: Args) -> PyResult {
    let (bytes, value) = checksum_args(vm, &args, "adler32", 1)?;
    vm.new_int(i64::from(z::adler32(value, &bytes)))
}

const FUNCTIONS: &[(&str, NativeFn)] = &[
    ("adler32", adler32),
    ("compress", compress),
    ("compressobj", objects::compressobj),
    ("crc32", crc32),
    ("decompress", decompress),
    ("decompressobj", objects::decompressobj),
];

const INT_CONSTANTS: &[(&str, i32)] = &[
    ("MAX_WBITS", MAX_WBITS),
    ("DEFLATED", DEFLATED),
    ("DEF_MEM_LEVEL", DEF_MEM_LEVEL),
    ("DEF_BUF_SIZE", DEF_BUF_SIZE as i32),
    ("Z_NO_COMPRESSION", 0),
    ("Z_BEST_SPEED", 1),
    ("Z_BEST_COMPRESSION", 9),
    ("Z_DEFAULT_COMPRESSION", Z_DEFAULT_COMPRESSION),
    ("Z_FILTERED", z::Z_FILTERED),
    ("Z_HUFFMAN_ONLY", z::Z_HUFFMAN_ONLY),
    ("Z_RLE", z::Z_RLE),
    ("Z_FIXED", z::Z_FIXED),
    ("Z_DEFAULT_STRATEGY", z::Z_DEFAULT_STRATEGY),
    ("Z_NO_FLUSH", z::Z_NO_FLUSH),
    ("Z_PARTIAL_FLUSH", z::Z_PARTIAL_FLUSH),
    ("Z_SYNC_FLUSH", z::Z_SYNC_FLUSH),
    ("Z_FULL_FLUSH", z::Z_FULL_FLUSH),
    ("Z_FINISH", z::Z_FINISH),
    ("Z_BLOCK", z::Z_BLOCK),
    ("Z_TREES", z::Z_TREES),
];

const DOC: &str = "Compression and decompression with the zlib library (the deflate \
format, with a zlib or gzip container or none).\n\n\
compress / decompress work on whole buffers; compressobj / decompressobj return \
streaming objects; crc32 and adler32 compute checksums.";

pub(crate) fn create(vm: &mut Vm) -> PyResult<Obj> {
    let m = super::module_with_functions(vm, "zlib", FUNCTIONS)?;
    for (name, value) in INT_CONSTANTS {
        let v = vm.new_int(i64::from(*value))?;
        super::set_attr(vm, &m, name, v)?;
    }
    // Linked statically, the library is the one the headers describe.
    for name in ["ZLIB_VERSION", "ZLIB_RUNTIME_VERSION"] {
        let v = vm.new_str(z::version())?;
        super::set_attr(vm, &m, name, v)?;
    }
    let v = vm.new_str("1.0")?;
    super::set_attr(vm, &m, "__version__", v)?;
    let v = vm.new_str(DOC)?;
    super::set_attr(vm, &m, "__doc__", v)?;
    let err = error_class(vm)?;
    super::set_attr(vm, &m, "error", err)?;
    Ok(m)
}
