//! The C zlib library (libz-sys builds it from its vendored source): the `zlib`
//! module's streams and checksums. CPython calls this same library, and its exact output
//! (block boundaries, match choices, the stored-block layout that depends on the output
//! space offered) is what the `zlib` module must reproduce, which no pure-Rust
//! reimplementation does; and none of the safe wrapper crates exposes `memLevel`,
//! `strategy`, `deflateCopy` or `inflateCopy`. It lives under `heap/` because that is
//! minipy's one home for `unsafe`.
//!
//! A [`Stream`] owns one `z_stream` in a box of its own: zlib's internal state points
//! back at the `z_stream`, so it must never move once initialised. zlib allocates its
//! state with the C library's `malloc` (through the callbacks below), outside the
//! interpreter's heap, as CPython's raw allocator does.

use std::ffi::{CStr, c_int, c_uint, c_ulong, c_void};

use libz_sys as z;

pub use z::{
    Z_BLOCK, Z_BUF_ERROR, Z_DATA_ERROR, Z_DEFAULT_STRATEGY, Z_FILTERED, Z_FINISH, Z_FIXED,
    Z_FULL_FLUSH, Z_HUFFMAN_ONLY, Z_MEM_ERROR, Z_NEED_DICT, Z_NO_FLUSH, Z_OK, Z_PARTIAL_FLUSH,
    Z_RLE, Z_STREAM_END, Z_STREAM_ERROR, Z_SYNC_FLUSH, Z_TREES, Z_VERSION_ERROR,
};

/// zlib's allocation callback: `items * size` bytes from `malloc`, NULL on overflow.
extern "C" fn zalloc(_opaque: *mut c_void, items: c_uint, size: c_uint) -> *mut c_void {
    match (items as usize).checked_mul(size as usize) {
        // SAFETY: malloc may be called with any size; zlib checks the result for NULL.
        Some(n) => unsafe { libc::malloc(n) },
        None => std::ptr::null_mut(),
    }
}

/// zlib's free callback, for the blocks `zalloc` returned.
extern "C" fn zfree(_opaque: *mut c_void, ptr: *mut c_void) {
    // SAFETY: zlib hands back only pointers it got from `zalloc` (malloc), once each.
    unsafe { libc::free(ptr) }
}

/// Which half of zlib a stream belongs to.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Kind {
    Deflate,
    Inflate,
}

/// A compression or decompression stream.
pub struct Stream {
    strm: Box<z::z_stream>,
    kind: Kind,
    /// Between a successful init and `end`: zlib holds state that `end` must free.
    live: bool,
}

/// What one call of `deflate` / `inflate` did.
pub struct Step {
    /// zlib's return code (`Z_OK`, `Z_STREAM_END`, `Z_BUF_ERROR`, ...).
    pub code: i32,
    /// Input bytes consumed.
    pub consumed: usize,
}

/// The library's version string, as `zlibVersion()` reports it.
pub fn version() -> &'static str {
    // SAFETY: zlibVersion returns a pointer to a static NUL-terminated string.
    let s = unsafe { CStr::from_ptr(z::zlibVersion()) };
    s.to_str().unwrap_or("")
}

/// CRC-32 of `data` continuing from `crc`.
pub fn crc32(mut crc: u32, data: &[u8]) -> u32 {
    // zlib takes an unsigned int length: feed longer buffers in pieces.
    for chunk in data.chunks(c_uint::MAX as usize) {
        // SAFETY: the pointer and length describe a live slice that zlib only reads.
        crc = unsafe { z::crc32(c_ulong::from(crc), chunk.as_ptr(), chunk.len() as c_uint) } as u32;
    }
    crc
}

/// Adler-32 of `data` continuing from `adler`.
pub fn adler32(mut adler: u32, data: &[u8]) -> u32 {
    for chunk in data.chunks(c_uint::MAX as usize) {
        // SAFETY: as in `crc32`.
        adler = unsafe { z::adler32(c_ulong::from(adler), chunk.as_ptr(), chunk.len() as c_uint) }
            as u32;
    }
    adler
}

fn blank_stream() -> Box<z::z_stream> {
    Box::new(z::z_stream {
        next_in: std::ptr::null_mut(),
        avail_in: 0,
        total_in: 0,
        next_out: std::ptr::null_mut(),
        avail_out: 0,
        total_out: 0,
        msg: std::ptr::null_mut(),
        state: std::ptr::null_mut(),
        zalloc,
        zfree,
        opaque: std::ptr::null_mut(),
        data_type: 0,
        adler: 0,
        reserved: 0,
    })
}

const STREAM_SIZE: c_int = size_of::<z::z_stream>() as c_int;

impl Stream {
    /// `deflateInit2`: Err carries zlib's code (a failed init sets no message).
    pub fn deflate(
        level: i32,
        method: i32,
        wbits: i32,
        mem_level: i32,
        strategy: i32,
    ) -> Result<Stream, i32> {
        let mut s = Stream {
            strm: blank_stream(),
            kind: Kind::Deflate,
            live: false,
        };
        // SAFETY: the stream is freshly zeroed with our allocators, in a box that will
        // not move; the version string and size tell zlib which struct layout we use.
        let code = unsafe {
            z::deflateInit2_(
                &mut *s.strm,
                level,
                method,
                wbits,
                mem_level,
                strategy,
                z::zlibVersion(),
                STREAM_SIZE,
            )
        };
        s.finish_init(code)
    }

    /// `inflateInit2`.
    pub fn inflate(wbits: i32) -> Result<Stream, i32> {
        let mut s = Stream {
            strm: blank_stream(),
            kind: Kind::Inflate,
            live: false,
        };
        // SAFETY: as in `deflate`.
        let code = unsafe { z::inflateInit2_(&mut *s.strm, wbits, z::zlibVersion(), STREAM_SIZE) };
        s.finish_init(code)
    }

    fn finish_init(mut self, code: c_int) -> Result<Stream, i32> {
        if code == Z_OK {
            self.live = true;
            Ok(self)
        } else {
            // A failed init leaves no state behind (zlib frees what it allocated).
            Err(code)
        }
    }

    /// The message zlib left in the stream, if any.
    pub fn msg(&self) -> Option<&'static str> {
        if self.strm.msg.is_null() {
            return None;
        }
        // SAFETY: zlib only ever stores pointers to its static message strings in `msg`.
        let s: &'static CStr = unsafe { CStr::from_ptr(self.strm.msg) };
        s.to_str().ok()
    }

    /// One call of `deflate` / `inflate` with `flush`, reading from `input` and
    /// appending at most `room` bytes to `out` (at most its spare capacity, and at most
    /// what an unsigned int counts). A stream that has ended answers `Z_STREAM_ERROR`.
    pub fn run(&mut self, input: &[u8], out: &mut Vec<u8>, room: usize, flush: i32) -> Step {
        if !self.live {
            return Step {
                code: Z_STREAM_ERROR,
                consumed: 0,
            };
        }
        let avail_in = input.len().min(c_uint::MAX as usize);
        let spare = out.spare_capacity_mut();
        let avail_out = room.min(spare.len()).min(c_uint::MAX as usize);
        self.strm.next_in = input.as_ptr().cast_mut();
        self.strm.avail_in = avail_in as c_uint;
        // Never NULL, even for an empty slice: zlib refuses a NULL `next_out`.
        self.strm.next_out = spare.as_mut_ptr().cast::<u8>();
        self.strm.avail_out = avail_out as c_uint;
        // SAFETY: next_in/avail_in describe readable input (zlib does not write it),
        // next_out/avail_out writable spare capacity of `out`; the stream is live.
        let code = unsafe {
            match self.kind {
                Kind::Deflate => z::deflate(&mut *self.strm, flush),
                Kind::Inflate => z::inflate(&mut *self.strm, flush),
            }
        };
        let consumed = avail_in - self.strm.avail_in as usize;
        let produced = avail_out - self.strm.avail_out as usize;
        // No pointer into the caller's buffers outlives the call.
        self.strm.next_in = std::ptr::null_mut();
        self.strm.avail_in = 0;
        self.strm.next_out = std::ptr::null_mut();
        self.strm.avail_out = 0;
        // SAFETY: zlib wrote `produced` bytes at the start of the spare capacity.
        unsafe { out.set_len(out.len() + produced) };
        Step { code, consumed }
    }

    /// `deflateSetDictionary` / `inflateSetDictionary`; `Z_STREAM_ERROR` for a
    /// dictionary longer than an unsigned int counts.
    pub fn set_dictionary(&mut self, dict: &[u8]) -> i32 {
        if !self.live || dict.len() > c_uint::MAX as usize {
            return Z_STREAM_ERROR;
        }
        // SAFETY: the dictionary is a live slice zlib only reads (and copies).
        unsafe {
            match self.kind {
                Kind::Deflate => {
                    z::deflateSetDictionary(&mut *self.strm, dict.as_ptr(), dict.len() as c_uint)
                }
                Kind::Inflate => {
                    z::inflateSetDictionary(&mut *self.strm, dict.as_ptr(), dict.len() as c_uint)
                }
            }
        }
    }

    /// `deflateCopy` / `inflateCopy`: an independent stream in the same state.
    pub fn try_clone(&self) -> Result<Stream, i32> {
        if !self.live {
            return Err(Z_STREAM_ERROR);
        }
        let mut copy = Stream {
            strm: blank_stream(),
            kind: self.kind,
            live: false,
        };
        let source: *const z::z_stream = &*self.strm;
        // SAFETY: the source is live; zlib reads it (the pointer is only declared
        // mutable) and builds the copy's own state in the destination's box, which
        // then refers to the destination. On failure the copy holds no state to free.
        let code = unsafe {
            match self.kind {
                Kind::Deflate => z::deflateCopy(&mut *copy.strm, source.cast_mut()),
                Kind::Inflate => z::inflateCopy(&mut *copy.strm, source.cast_mut()),
            }
        };
        if code == Z_OK {
            copy.live = true;
            Ok(copy)
        } else {
            Err(code)
        }
    }

    /// Frees zlib's state (`deflateEnd` / `inflateEnd`); later calls answer
    /// `Z_STREAM_ERROR`. Returns zlib's code.
    pub fn end(&mut self) -> i32 {
        if !self.live {
            return Z_STREAM_ERROR;
        }
        self.live = false;
        // SAFETY: the stream is live, so its state was made by init or copy.
        unsafe {
            match self.kind {
                Kind::Deflate => z::deflateEnd(&mut *self.strm),
                Kind::Inflate => z::inflateEnd(&mut *self.strm),
            }
        }
    }

    /// True until `end`.
    pub fn is_live(&self) -> bool {
        self.live
    }
}

impl Drop for Stream {
    fn drop(&mut self) {
        self.end();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trip_and_checksums() {
        let data = b"hello hello hello hello".repeat(50);
        let Ok(mut d) = Stream::deflate(6, 8, 15, 8, Z_DEFAULT_STRATEGY) else {
            panic!("deflateInit2 failed");
        };
        let mut packed = Vec::with_capacity(1024);
        let step = d.run(&data, &mut packed, 1024, Z_FINISH);
        assert_eq!(step.code, Z_STREAM_END);
        assert_eq!(step.consumed, data.len());
        let Ok(mut i) = Stream::inflate(15) else {
            panic!("inflateInit2 failed");
        };
        let mut copy = i.try_clone().expect("inflateCopy");
        let mut out = Vec::with_capacity(data.len());
        assert_eq!(
            i.run(&packed, &mut out, data.len(), Z_NO_FLUSH).code,
            Z_STREAM_END
        );
        assert_eq!(out, data);
        let mut out2 = Vec::with_capacity(data.len());
        assert_eq!(
            copy.run(&packed, &mut out2, data.len(), Z_NO_FLUSH).code,
            Z_STREAM_END
        );
        assert_eq!(out2, data);
        assert_eq!(crc32(0, b"hello"), 0x3610_a686);
        assert_eq!(adler32(1, b"abc"), 0x024d_0127);
    }

    #[test]
    fn errors_and_ended_streams() {
        assert!(matches!(Stream::inflate(3), Err(Z_STREAM_ERROR)));
        let Ok(mut i) = Stream::inflate(15) else {
            panic!("inflateInit2 failed");
        };
        let mut out = Vec::with_capacity(16);
        assert_eq!(i.run(b"abc", &mut out, 16, Z_NO_FLUSH).code, Z_DATA_ERROR);
        assert_eq!(i.msg(), Some("incorrect header check"));
        assert_eq!(i.end(), Z_OK);
        assert_eq!(i.run(b"abc", &mut out, 16, Z_NO_FLUSH).code, Z_STREAM_ERROR);
        assert!(i.try_clone().is_err());
    }
}
