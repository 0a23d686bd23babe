"""Reading and writing gzip files (RFC 1952) over the zlib module.

compress / decompress work on whole buffers; GzipFile reads and writes a gzip stream
in a file or file object; open() adds a text layer for the "t" modes.
"""

import builtins
import io
import os
import struct
import time
import zlib

__all__ = ["BadGzipFile", "GzipFile", "open", "compress", "decompress"]

# Bits of the header's FLG byte (RFC 1952, section 2.3.1).
FTEXT, FHCRC, FEXTRA, FNAME, FCOMMENT = (1 << bit for bit in range(5))

# GzipFile.mode values.
READ, WRITE = 1, 2

# zlib levels the header's XFL byte has a code for, and the usual middle one.
_COMPRESS_LEVEL_FAST, _COMPRESS_LEVEL_TRADEOFF, _COMPRESS_LEVEL_BEST = 1, 6, 9

# Compressed bytes taken from the file at a time, and the most decompressed bytes one
# step may produce (a small file that expands hugely is still read in bounded steps).
_READ_SIZE = 64 * 1024
_STEP_OUTPUT = 256 * 1024

# Bytes decoded at a time by the text layer: positions in non-ASCII text cost a scan,
# so the decoded text waiting to be read is kept short.
_TEXT_STEP = 2 * 1024

_TRUNCATED = "Compressed file ended before the end-of-stream marker was reached"


class BadGzipFile(OSError):
    """Raised for data that is not a valid gzip stream."""


def _extra_flags(level):
    # The XFL byte: 2 for the slowest level, 4 for the fastest, 0 otherwise.
    if level == _COMPRESS_LEVEL_BEST:
        return 2
    if level == _COMPRESS_LEVEL_FAST:
        return 4
    return 0


def compress(data, compresslevel=_COMPRESS_LEVEL_BEST, *, mtime=None):
    """Compress data into one gzip member; mtime defaults to the current time."""
    if mtime is None:
        mtime = time.time()
    if mtime == 0:
        # zlib writes a complete gzip member itself when there is no time to record.
        return zlib.compress(data, level=compresslevel, wbits=31)
    header = struct.pack("<BBBBLBB", 0x1F, 0x8B, 8, 0, int(mtime),
                         _extra_flags(compresslevel), 255)
    body = zlib.compress(data, level=compresslevel, wbits=-zlib.MAX_WBITS)
    trailer = struct.pack("<LL", zlib.crc32(data), len(data) & 0xFFFFFFFF)
    return header + body + trailer


class _Source:
    """Bytes read from a file object, with room to give back what a step did not use."""

    def __init__(self, fileobj):
        self.fileobj = fileobj
        self.pending = b""

    def read(self, n):
        if not self.pending:
            return self.fileobj.read(n)
        part = self.pending[:n]
        self.pending = self.pending[n:]
        if len(part) < n:
            part += self.fileobj.read(n - len(part))
        return part

    def exact(self, n):
        data = b""
        while len(data) < n:
            part = self.read(n - len(data))
            if not part:
                raise EOFError(_TRUNCATED)
            data += part
        return data

    def unread(self, data):
        if data:
            self.pending = bytes(data) + self.pending

    def skip_zeros(self):
        # Members may be followed by zero padding.
        while True:
            c = self.read(1)
            if c != b"\x00":
                self.unread(c)
                return

    def skip_string(self):
        while self.exact(1) != b"\x00":
            pass


def _read_header(src):
    """Reads one member header; returns its mtime, or None at the end of the data."""
    magic = src.read(2)
    if magic == b"":
        return None
    if magic != b"\x1f\x8b":
        raise BadGzipFile("Not a gzipped file (%r)" % magic)
    method, flags, mtime = struct.unpack("<BBIxx", src.exact(8))
    if method != 8:
        raise BadGzipFile("Unknown compression method")
    if flags & FEXTRA:
        (size,) = struct.unpack("<H", src.exact(2))
        src.exact(size)
    if flags & FNAME:
        src.skip_string()
    if flags & FCOMMENT:
        src.skip_string()
    if flags & FHCRC:
        src.exact(2)
    return mtime


def decompress(data):
    """Decompress every gzip member in data and return the concatenation."""
    src = _Source(io.BytesIO(data))
    parts = []
    while _read_header(src) is not None:
        rest = src.pending + src.fileobj.read()
        d = zlib.decompressobj(wbits=-zlib.MAX_WBITS)
        member = d.decompress(rest)
        if not d.eof or len(d.unused_data) < 8:
            raise EOFError(_TRUNCATED)
        crc, size = struct.unpack("<II", d.unused_data[:8])
        if crc != zlib.crc32(member):
            raise BadGzipFile("CRC check failed")
        if size != len(member) & 0xFFFFFFFF:
            raise BadGzipFile("Incorrect length of data produced")
        parts.append(member)
        src = _Source(io.BytesIO(d.unused_data[8:]))
        src.skip_zeros()
    return b"".join(parts)


class _Reader:
    """The decompressed bytes of a gzip stream, member after member."""

    def __init__(self, fileobj):
        self.src = _Source(fileobj)
        self.decomp = None
        self.crc = 0
        self.size = 0
        self.done = False
        self.mtime = None

    def chunk(self):
        """The next decompressed bytes; b'' at the end of the stream."""
        while not self.done:
            if self.decomp is None:
                mtime = _read_header(self.src)
                if mtime is None:
                    self.done = True
                    return b""
                self.mtime = mtime
                self.decomp = zlib.decompressobj(wbits=-zlib.MAX_WBITS)
                self.crc = 0
                self.size = 0
            raw = self.src.read(_READ_SIZE)
            if not raw:
                raise EOFError(_TRUNCATED)
            d = self.decomp
            out = d.decompress(raw, _STEP_OUTPUT)
            self.src.unread(d.unused_data if d.eof else d.unconsumed_tail)
            self.crc = zlib.crc32(out, self.crc)
            self.size += len(out)
            if d.eof:
                self._end_member()
            if out:
                return out
        return b""

    def _end_member(self):
        crc, size = struct.unpack("<II", self.src.exact(8))
        if crc != self.crc:
            raise BadGzipFile("CRC check failed %s != %s" % (hex(crc), hex(self.crc)))
        if size != self.size & 0xFFFFFFFF:
            raise BadGzipFile("Incorrect length of data produced")
        self.src.skip_zeros()
        self.decomp = None


def _bad_fd(message):
    return OSError(9, message)


def _stream_name(filename, fileobj):
    """The name GzipFile reports: the path given, else the file object's
    own name when it is text or bytes, else ''."""
    if filename is not None:
        return os.fspath(filename)
    name = getattr(fileobj, "name", "")
    return name if isinstance(name, (str, bytes)) else ""


def _warn_implicit_write_mode():
    import warnings
    warnings.warn("GzipFile was opened for writing, but this will change in future "
                  "Python releases.  Specify the mode argument for opening it for "
                  "writing.", FutureWarning, 3)


class GzipFile:
    """A gzip stream in a file (by name) or in a file object, read or written."""

    myfileobj = None

    def __init__(self, filename=None, mode=None, compresslevel=_COMPRESS_LEVEL_BEST,
                 fileobj=None, mtime=None):
        if mode and ("t" in mode or "U" in mode):
            raise ValueError("Invalid mode: {!r}".format(mode))
        if mode and "b" not in mode:
            mode += "b"
        if fileobj is None:
            fileobj = self.myfileobj = builtins.open(filename, mode or "rb")
        self.name = _stream_name(filename, fileobj)
        # Without an explicit mode, the underlying file's own mode decides.
        effective = mode if mode is not None else getattr(fileobj, "mode", "rb")
        if effective.startswith("r"):
            self._start_reading(fileobj)
        elif effective.startswith(("w", "a", "x")):
            if mode is None:
                _warn_implicit_write_mode()
            self._start_writing(compresslevel, mtime)
        else:
            raise ValueError("Invalid mode: {!r}".format(effective))
        self.fileobj = fileobj
        self.offset = 0
        if self.mode == WRITE:
            self._write_header(compresslevel)

    def _start_reading(self, fileobj):
        self.mode = READ
        self._reader = _Reader(fileobj)
        self._buf = b""
        self._pos = 0

    def _start_writing(self, compresslevel, mtime):
        self.mode = WRITE
        self.crc = 0
        self.size = 0
        # A raw deflate stream (negative window bits): the gzip framing is ours.
        self.compress = zlib.compressobj(compresslevel, zlib.DEFLATED, -zlib.MAX_WBITS,
                                         zlib.DEF_MEM_LEVEL, 0)
        self._write_mtime = mtime

    @property
    def filename(self):
        import warnings
        warnings.warn("use the name attribute", DeprecationWarning, 2)
        name = self.name
        if self.mode == WRITE and not name.endswith(".gz"):
            name += ".gz"
        return name

    @property
    def mtime(self):
        """The modification time of the last member read (None before any)."""
        if self.mode != READ:
            raise AttributeError("'GzipFile' object has no attribute 'mtime'")
        return self._reader.mtime

    def __repr__(self):
        s = repr(self.fileobj)
        return "<gzip " + s[1:-1] + " " + hex(id(self)) + ">"

    def _write_header(self, compresslevel):
        try:
            fname = os.path.basename(self.name)
            if not isinstance(fname, bytes):
                fname = fname.encode("latin-1")
            if fname.endswith(b".gz"):
                fname = fname[:-3]
        except UnicodeEncodeError:
            fname = b""
        flags = FNAME if fname else 0
        mtime = self._write_mtime
        if mtime is None:
            mtime = time.time()
        header = struct.pack("<BBBBLBB", 0x1F, 0x8B, 8, flags, int(mtime),
                             _extra_flags(compresslevel), 255)
        self.fileobj.write(header)
        if fname:
            self.fileobj.write(fname + b"\x00")

    @property
    def closed(self):
        return self.fileobj is None

    def _check_not_closed(self):
        if self.closed:
            raise ValueError("I/O operation on closed file")

    def _check_read(self, what):
        self._check_not_closed()
        if self.mode != READ:
            raise _bad_fd(what + "() on write-only GzipFile object")

    # Writing

    def write(self, data):
        self._check_not_closed()
        if self.mode != WRITE:
            raise _bad_fd("write() on read-only GzipFile object")
        if self.fileobj is None:
            raise ValueError("write() on closed GzipFile object")
        if isinstance(data, str):
            raise TypeError("memoryview: a bytes-like object is required, not 'str'")
        data = bytes(data)
        if data:
            self.fileobj.write(self.compress.compress(data))
            self.size += len(data)
            self.crc = zlib.crc32(data, self.crc)
            self.offset += len(data)
        return len(data)

    def writelines(self, lines):
        for line in lines:
            self.write(line)

    def flush(self, zlib_mode=zlib.Z_SYNC_FLUSH):
        self._check_not_closed()
        if self.mode != WRITE:
            return
        self.fileobj.write(self.compress.flush(zlib_mode))
        self.fileobj.flush()

    def close(self):
        target = self.fileobj
        if target is None:
            return                      # closing twice is harmless
        self.fileobj = None
        try:
            if self.mode == WRITE:
                self._finish_member(target)
        finally:
            self._close_own_file()

    def _finish_member(self, target):
        """Flush the deflate stream and write the CRC-32 / size trailer."""
        target.write(self.compress.flush())
        target.write(struct.pack("<LL", self.crc, self.size & 0xFFFFFFFF))

    def _close_own_file(self):
        # Only a file this object opened by name is closed with it.
        own, self.myfileobj = self.myfileobj, None
        if own is not None:
            own.close()

    # Reading

    # Decompressed bytes wait in _buf from _pos on: reading advances the position
    # instead of slicing, so reading line by line stays linear.

    def _buffered(self):
        return len(self._buf) - self._pos

    def _add(self, part):
        self._buf = self._buf[self._pos:] + part
        self._pos = 0

    def _fill(self, size):
        """Decompresses until at least `size` bytes are buffered (all when negative)."""
        while size < 0 or self._buffered() < size:
            part = self._reader.chunk()
            if not part:
                break
            self._add(part)

    def _take(self, n):
        data = self._buf[self._pos:self._pos + n]
        self._pos += len(data)
        self.offset += len(data)
        return data

    def read(self, size=-1):
        self._check_read("read")
        if size is None or size < 0:
            self._fill(-1)
            return self._take(self._buffered())
        self._fill(size)
        return self._take(size)

    def read1(self, size=-1):
        self._check_read("read1")
        if size is None or size < 0:
            size = io.DEFAULT_BUFFER_SIZE
        if not self._buffered():
            self._fill(1)
        return self._take(size)

    def peek(self, n):
        self._check_read("peek")
        if not self._buffered():
            self._fill(max(n, 1))
        return self._buf[self._pos:]

    def readinto(self, b):
        data = self.read(len(b))
        b[:len(data)] = data
        return len(data)

    def readline(self, size=-1):
        self._check_read("readline")
        if size is None:
            size = -1
        start = self._pos
        while True:
            i = self._buf.find(b"\n", start)
            if i >= 0 and (size < 0 or i - self._pos < size):
                return self._take(i + 1 - self._pos)
            if 0 <= size <= self._buffered():
                return self._take(size)
            start = len(self._buf) - self._pos
            part = self._reader.chunk()
            if not part:
                return self._take(self._buffered())
            self._add(part)

    def readlines(self, hint=-1):
        lines = []
        total = 0
        for line in self:
            lines.append(line)
            total += len(line)
            if 0 < hint <= total:
                break
        return lines

    def __iter__(self):
        self._check_not_closed()
        return self

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def rewind(self):
        """Returns to the start of the stream (reading only)."""
        if self.mode != READ:
            raise OSError("Can't rewind in write mode")
        self.fileobj.seek(0)
        self._reader = _Reader(self.fileobj)
        self._buf = b""
        self._pos = 0
        self.offset = 0

    def seek(self, offset, whence=io.SEEK_SET):
        if self.mode == WRITE:
            self._seek_forward_writing(self._write_target(offset, whence))
        elif self.mode == READ:
            self._check_not_closed()
            self._seek_reading(self._read_target(offset, whence))
        return self.offset

    def _write_target(self, offset, whence):
        # Offsets count uncompressed bytes; what lies past the end is unwritten.
        if whence == io.SEEK_SET:
            return offset
        if whence == io.SEEK_CUR:
            return self.offset + offset
        raise ValueError("Seek from end not supported")

    def _read_target(self, offset, whence):
        if whence == io.SEEK_SET:
            return offset
        if whence == io.SEEK_CUR:
            return self.offset + offset
        if whence == io.SEEK_END:
            # The length is known only once everything is decompressed.
            while self.read(_STEP_OUTPUT):
                pass
            return self.offset + offset
        raise ValueError("whence value {} unsupported".format(whence))

    def _seek_forward_writing(self, target):
        # The only way forward in a compressed stream is to write zeros.
        if target < self.offset:
            raise OSError("Negative seek in write mode")
        gap = target - self.offset
        block = bytes(1024)
        while gap >= len(block):
            self.write(block)
            gap -= len(block)
        self.write(bytes(gap))

    def _seek_reading(self, target):
        # Going back means decompressing again from the start.
        if target < self.offset:
            self.rewind()
        while self.offset < target:
            if not self.read(min(target - self.offset, _STEP_OUTPUT)):
                break

    def tell(self):
        self._check_not_closed()
        return self.offset

    def readable(self):
        self._check_not_closed()
        return self.mode == READ

    def writable(self):
        self._check_not_closed()
        return self.mode == WRITE

    def seekable(self):
        return True

    def fileno(self):
        return self.fileobj.fileno()

    def isatty(self):
        return False

    def __enter__(self):
        self._check_not_closed()
        return self

    def __exit__(self, *exc):
        self.close()

    def __del__(self):
        if self.myfileobj is not None:
            self.close()


# Encodings whose bytes decode piece by piece: UTF-8 needs only an incomplete
# character held back; single-byte encodings never split a character.
_UTF8 = {"utf-8", "utf8", "u8", "utf"}
_SINGLE_BYTE = {"ascii", "us-ascii", "latin-1", "latin1", "iso-8859-1", "iso8859-1",
                "l1", "cp1252", "windows-1252"}


def _complete_length(data, encoding):
    """How many leading bytes of data form whole characters (None: wait for all)."""
    name = encoding.lower().replace("_", "-")
    if name in _SINGLE_BYTE:
        return len(data)
    if name not in _UTF8:
        return None
    # Back up over an unfinished multi-byte sequence at the end.
    n = len(data)
    i = n - 1
    while i >= 0 and i > n - 4 and data[i] & 0xC0 == 0x80:
        i -= 1
    if i < 0:
        return n
    lead = data[i]
    need = 1 if lead < 0x80 else 2 if lead >> 5 == 6 else 3 if lead >> 4 == 14 \
        else 4 if lead >> 3 == 30 else 1
    return i if n - i < need else n


class _TextFile:
    """The text layer of open()'s "t" modes: decoding, encoding and newlines."""

    def __init__(self, binary, encoding, errors, newline):
        if newline not in (None, "", "\n", "\r", "\r\n"):
            raise ValueError("illegal newline value: %r" % (newline,))
        self.buffer = binary
        self.encoding = encoding
        self.errors = errors if errors is not None else "strict"
        self._newline = newline
        self._raw = b""
        # Decoded text waits in _text from _tpos on (as GzipFile's bytes do).
        self._text = ""
        self._tpos = 0
        self._cr = ""
        self._eof = False

    @property
    def closed(self):
        return self.buffer.closed

    @property
    def name(self):
        return self.buffer.name

    def _decode_more(self):
        """Adds decoded text to the buffer; False once the data is exhausted."""
        if self._eof:
            return False
        part = self.buffer.read(_TEXT_STEP)
        if not part:
            self._eof = True
            text = self._raw.decode(self.encoding, self.errors)
            self._raw = b""
        else:
            self._raw += part
            n = _complete_length(self._raw, self.encoding)
            if n is None:
                return True
            text = self._raw[:n].decode(self.encoding, self.errors)
            self._raw = self._raw[n:]
        if self._newline is None:
            text = self._cr + text
            self._cr = ""
            if text.endswith("\r") and not self._eof:
                # Maybe the first half of "\r\n": decided by the next piece.
                self._cr = "\r"
                text = text[:-1]
            text = text.replace("\r\n", "\n").replace("\r", "\n")
        self._text = self._text[self._tpos:] + text
        self._tpos = 0
        return True

    def _line_end(self):
        """Index just past the first line ending in the buffer, or -1."""
        text = self._text
        start = self._tpos
        nl = self._newline
        if nl is None or nl == "\n":
            i = text.find("\n", start)
            return -1 if i < 0 else i + 1
        if nl == "":
            # Any of "\n", "\r\n" and "\r" ends a line, and is kept.
            n = text.find("\n", start)
            r = text.find("\r", start, n if n >= 0 else len(text))
            if r < 0:
                return -1 if n < 0 else n + 1
            if r + 1 < len(text):
                return r + 2 if text[r + 1] == "\n" else r + 1
            return r + 1 if self._eof else -1
        i = text.find(nl, start)
        return -1 if i < 0 else i + len(nl)

    def _take(self, end):
        """The text up to index `end` of the buffer."""
        text = self._text[self._tpos:end]
        self._tpos = max(end, self._tpos)
        return text

    def read(self, size=-1):
        self._check()
        if size is None or size < 0:
            # Taken piece by piece: the buffer never grows to the whole text.
            parts = [self._take(len(self._text))]
            while self._decode_more():
                parts.append(self._take(len(self._text)))
            return "".join(parts)
        while len(self._text) - self._tpos < size and self._decode_more():
            pass
        return self._take(self._tpos + size)

    def readline(self, size=-1):
        self._check()
        if size is None:
            size = -1
        while True:
            end = self._line_end()
            limit = self._tpos + size
            if end >= 0 and (size < 0 or end <= limit):
                break
            if size >= 0 and limit <= len(self._text):
                end = limit
                break
            if not self._decode_more():
                end = self._line_end()
                if end < 0:
                    end = len(self._text)
                if size >= 0:
                    end = min(end, self._tpos + size)
                break
        return self._take(end)

    def readlines(self, hint=-1):
        lines = []
        total = 0
        for line in self:
            lines.append(line)
            total += len(line)
            if 0 < hint <= total:
                break
        return lines

    def __iter__(self):
        self._check()
        return self

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def write(self, s):
        self._check()
        if not isinstance(s, str):
            raise TypeError("write() argument must be str, not %s" % type(s).__name__)
        text = s
        if self._newline is None:
            text = text.replace("\n", os.linesep)
        elif self._newline in ("\r", "\r\n"):
            text = text.replace("\n", self._newline)
        self.buffer.write(text.encode(self.encoding, self.errors))
        return len(s)

    def writelines(self, lines):
        for line in lines:
            self.write(line)

    def flush(self):
        self.buffer.flush()

    def close(self):
        self.buffer.close()

    def readable(self):
        return self.buffer.readable()

    def writable(self):
        return self.buffer.writable()

    def _check(self):
        if self.buffer.closed:
            raise ValueError("I/O operation on closed file.")

    def __enter__(self):
        self._check()
        return self

    def __exit__(self, *exc):
        self.close()


def _check_open_arguments(mode, encoding, errors, newline):
    if "t" in mode:
        if "b" in mode:
            raise ValueError("Invalid mode: %r" % (mode,))
        return
    # Text-layer settings make no sense for a binary stream.
    for argument, value in (("encoding", encoding), ("errors", errors),
                            ("newline", newline)):
        if value is not None:
            raise ValueError("Argument '%s' not supported in binary mode" % argument)


def open(filename, mode="rb", compresslevel=_COMPRESS_LEVEL_BEST, encoding=None,
         errors=None, newline=None):
    """Open a gzip file by name or file object, in binary ("rb", "wb", "ab",
    "xb") or text ("rt", "wt", ...) mode."""
    _check_open_arguments(mode, encoding, errors, newline)
    binary_mode = mode.replace("t", "")
    if isinstance(filename, (str, bytes)) or hasattr(filename, "__fspath__"):
        stream = GzipFile(filename, binary_mode, compresslevel)
    elif hasattr(filename, "read") or hasattr(filename, "write"):
        stream = GzipFile(None, binary_mode, compresslevel, filename)
    else:
        raise TypeError("filename must be a str or bytes object, or a file")
    if "t" not in mode:
        return stream
    return _TextFile(stream, encoding or "utf-8", errors, newline)
