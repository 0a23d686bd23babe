# The Python part of the io module: the abstract base classes (IOBase, RawIOBase,
# BufferedIOBase, TextIOBase) with CPython's default methods, FileIO, and the
# BufferedReader / BufferedWriter that wrap any raw stream. Runs in the io module
# after its native part made the file, StringIO, BytesIO and TextIOWrapper types.
#
# The native types are registered as virtual subclasses, as CPython's io module
# registers its C types: open(..., 'rb') returns the native reader, which is
# therefore an instance of io.BufferedReader and io.BufferedIOBase too.

import abc

_NativeBufferedReader = BufferedReader
_NativeBufferedWriter = BufferedWriter
_NativeBufferedRandom = BufferedRandom
BlockingIOError = BlockingIOError
# io.open is the builtin itself, as in CPython.
import builtins as _builtins
open = _builtins.open
del _builtins


class IOBase(metaclass=abc.ABCMeta):
    """The abstract base class for all I/O classes."""

    # CPython keeps the flag in the instance under this very name, so that
    # subclasses which never call IOBase.__init__ still have a `closed`.
    @property
    def closed(self):
        return self.__dict__.get("__IOBase_closed", False)

    def _checkClosed(self, msg=None):
        if self.closed:
            raise ValueError("I/O operation on closed file." if msg is None else msg)

    def _checkReadable(self, msg=None):
        if not self.readable():
            raise UnsupportedOperation("File or stream is not readable." if msg is None else msg)

    def _checkWritable(self, msg=None):
        if not self.writable():
            raise UnsupportedOperation("File or stream is not writable." if msg is None else msg)

    def _checkSeekable(self, msg=None):
        if not self.seekable():
            raise UnsupportedOperation("File or stream is not seekable." if msg is None else msg)

    def seek(self, *args):
        raise UnsupportedOperation("seek")

    def tell(self):
        return self.seek(0, 1)

    def truncate(self, *args):
        raise UnsupportedOperation("truncate")

    def flush(self):
        self._checkClosed()

    def close(self):
        if self.__dict__.get("__IOBase_closed", False):
            return
        try:
            self.flush()
        finally:
            self.__dict__["__IOBase_closed"] = True

    def __del__(self):
        # As CPython's finalizer: close quietly what was left open.
        try:
            closed = self.closed
        except Exception:
            return
        if not closed:
            try:
                self.close()
            except Exception:
                pass

    def seekable(self):
        return False

    def readable(self):
        return False

    def writable(self):
        return False

    def fileno(self):
        raise UnsupportedOperation("fileno")

    def isatty(self):
        self._checkClosed()
        return False

    def __enter__(self):
        self._checkClosed()
        return self

    def __exit__(self, *args):
        self.close()

    def __iter__(self):
        self._checkClosed()
        return self

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def readline(self, size=-1):
        if size is None:
            size = -1
        has_peek = hasattr(self, "peek")
        line = bytearray()
        while size < 0 or len(line) < size:
            wanted = 1
            if has_peek:
                ahead = self.peek(1)
                if not isinstance(ahead, bytes):
                    raise OSError("peek() should have returned a bytes object, not '%s'"
                                  % type(ahead).__name__)
                if ahead:
                    end = ahead.find(b"\n") + 1 or len(ahead)
                    if size >= 0:
                        end = min(end, size - len(line))
                    wanted = end
            b = self.read(wanted)
            if not isinstance(b, bytes):
                raise OSError("read() should have returned a bytes object, not '%s'"
                              % type(b).__name__)
            if not b:
                break
            line += b
            if line.endswith(b"\n"):
                break
        return bytes(line)

    def readlines(self, hint=None):
        if hint is None or hint <= 0:
            return list(self)
        lines = []
        total = 0
        for line in self:
            lines.append(line)
            if len(line) > hint - total:
                break
            total += len(line)
        return lines

    def writelines(self, lines):
        self._checkClosed()
        for line in lines:
            self.write(line)


class RawIOBase(IOBase):
    """Base class for raw binary I/O."""

    def read(self, size=-1):
        if size is None:
            size = -1
        size = size.__index__()
        if size < 0:
            return self.readall()
        b = bytearray(size)
        n = self.readinto(b)
        if n is None:
            return None
        del b[n:]
        return bytes(b)

    def readall(self):
        res = bytearray()
        while True:
            data = self.read(DEFAULT_BUFFER_SIZE)
            if not data:
                break
            res += data
        if res:
            return bytes(res)
        return data

    def readinto(self, b):
        raise NotImplementedError

    def write(self, b):
        raise NotImplementedError


class BufferedIOBase(IOBase):
    """Base class for buffered IO objects."""

    def read(self, size=-1):
        raise UnsupportedOperation("read")

    def read1(self, size=-1):
        raise UnsupportedOperation("read1")

    def _readinto(self, b, read):
        data = read(len(b))
        n = len(data)
        memoryview(b).cast("B")[:n] = data
        return n

    def readinto(self, b):
        return self._readinto(b, self.read)

    def readinto1(self, b):
        return self._readinto(b, self.read1)

    def write(self, b):
        raise UnsupportedOperation("write")

    def detach(self):
        raise UnsupportedOperation("detach")


class TextIOBase(IOBase):
    """Base class for text I/O."""

    def read(self, size=-1):
        raise UnsupportedOperation("read")

    def readline(self, size=-1):
        raise UnsupportedOperation("readline")

    def write(self, s):
        raise UnsupportedOperation("write")

    def detach(self):
        raise UnsupportedOperation("detach")

    @property
    def encoding(self):
        return None

    @property
    def newlines(self):
        return None

    @property
    def errors(self):
        return None


class FileIO(RawIOBase):
    """Raw I/O on a file named by a path, over minipy's binary file objects."""

    def __init__(self, file, mode="r", closefd=True, opener=None):
        if isinstance(file, float):
            raise TypeError("integer argument expected, got float")
        if not isinstance(mode, str):
            raise TypeError("FileIO() argument 'mode' must be str, not %s" % type(mode).__name__)
        kinds = [c for c in mode if c in "rwxa"]
        if len(kinds) != 1 or len(set(mode)) != len(mode) or not set(mode) <= set("rwxab+"):
            raise ValueError("invalid mode: %s" % mode)
        plus = "+" in mode
        self._readable = kinds[0] == "r" or plus
        self._writable = kinds[0] != "r" or plus
        self._file = open(file, kinds[0] + "b" + ("+" if plus else ""), closefd=closefd)
        self.name = file
        self.closefd = closefd
        if kinds[0] == "r":
            self.mode = "rb+" if plus else "rb"
        elif kinds[0] == "a":
            self.mode = "ab+" if plus else "ab"
        else:
            self.mode = kinds[0] + "b" + ("+" if plus else "")

    def __repr__(self):
        name = type(self).__qualname__
        if self.closed:
            return "<_io.%s [closed]>" % name
        return "<_io.%s name=%r mode=%r closefd=%r>" % (name, self.name, self.mode, self.closefd)

    def readable(self):
        self._checkClosed()
        return self._readable

    def writable(self):
        self._checkClosed()
        return self._writable

    def seekable(self):
        self._checkClosed()
        return True

    def _check(self, wanted, what):
        if self.closed:
            raise ValueError("I/O operation on closed file")
        if not wanted:
            raise UnsupportedOperation("File not open for %s" % what)

    def read(self, size=-1):
        self._check(self._readable, "reading")
        if size is None:
            size = -1
        return self._file.read(size)

    def readall(self):
        self._check(self._readable, "reading")
        return self._file.read()

    def readinto(self, b):
        self._check(self._readable, "reading")
        view = memoryview(b).cast("B")
        data = self._file.read(len(view))
        view[:len(data)] = data
        return len(data)

    def write(self, b):
        self._check(self._writable, "writing")
        n = self._file.write(b)
        self._file.flush()
        return n

    def seek(self, pos, whence=0):
        self._checkClosed()
        return self._file.seek(pos, whence)

    def tell(self):
        self._checkClosed()
        return self._file.tell()

    def truncate(self, size=None):
        self._check(self._writable, "writing")
        return self._file.truncate(size)

    def fileno(self):
        self._checkClosed()
        return self._file.fileno()

    def isatty(self):
        self._checkClosed()
        return self._file.isatty()

    def close(self):
        if not self.closed:
            try:
                super().close()
            finally:
                self._file.close()


def _raw_repr(self):
    name = "_io." + type(self).__qualname__
    try:
        raw_name = self.name
    except AttributeError:
        return "<%s>" % name
    except ValueError:
        return "<%s>" % name
    return "<%s name=%r>" % (name, raw_name)


class _BufferedBase(BufferedIOBase):
    """What BufferedReader and BufferedWriter share: the raw stream and its facts."""

    def _setup(self, raw, buffer_size):
        if buffer_size <= 0:
            raise ValueError("buffer size must be strictly positive")
        self.raw = raw
        self.buffer_size = buffer_size

    @property
    def closed(self):
        return self.raw.closed

    @property
    def name(self):
        return self.raw.name

    @property
    def mode(self):
        return self.raw.mode

    def fileno(self):
        return self.raw.fileno()

    def isatty(self):
        return self.raw.isatty()

    def seekable(self):
        return self.raw.seekable()

    def readable(self):
        return self.raw.readable()

    def writable(self):
        return self.raw.writable()

    def detach(self):
        if self.raw is None:
            raise ValueError("raw stream already detached")
        self.flush()
        raw, self.raw = self.raw, None
        return raw

    __repr__ = _raw_repr


class BufferedReader(_BufferedBase):
    """A buffer over a readable raw stream, reading it as CPython's does: in blocks
    of buffer_size, each through raw.readinto."""

    def __init__(self, raw, buffer_size=DEFAULT_BUFFER_SIZE):
        if not raw.readable():
            raise UnsupportedOperation("File or stream is not readable.")
        self._setup(raw, buffer_size)
        self._buf = bytearray(buffer_size)
        self._pos = 0
        self._end = 0

    def _ahead(self):
        return self._end - self._pos

    def _raw_read(self, start, length):
        # The raw stream fills part of the buffer through a view of it.
        with memoryview(self._buf) as whole:
            with whole[start:start + length] as view:
                n = self.raw.readinto(view)
        if n is None:
            return None
        if n < 0 or n > length:
            raise OSError("raw readinto() returned invalid length %d (should have been "
                          "between 0 and %d)" % (n, length))
        return n

    def _fill(self):
        n = self._raw_read(self._end, self.buffer_size - self._end)
        if n:
            self._end += n
        return n

    def _reset(self):
        self._pos = 0
        self._end = 0

    def _take(self, n):
        data = bytes(self._buf[self._pos:self._pos + n])
        self._pos += n
        return data

    def _check_open(self, what="read"):
        if self.raw is None:
            raise ValueError("raw stream has been detached")
        if self.closed:
            raise ValueError("%s of closed file" % what)

    def read(self, size=-1):
        self._check_open()
        if size is None:
            size = -1
        if size < -1:
            raise ValueError("read length must be non-negative or -1")
        if size == -1:
            return self._read_all()
        if size <= self._ahead():
            return self._take(size)
        out = bytearray(self._take(self._ahead()))
        self._reset()
        remaining = size - len(out)
        # Whole blocks go straight into the result, unbuffered.
        while remaining >= self.buffer_size:
            chunk = bytearray(remaining - remaining % self.buffer_size)
            n = self.raw.readinto(memoryview(chunk))
            if not n:
                return bytes(out) if out or n is not None else None
            out += chunk[:n]
            remaining -= n
        while remaining > 0 and self._end < self.buffer_size:
            n = self._fill()
            if not n:
                break
            take = min(n, remaining)
            out += self._take(take)
            remaining -= take
        return bytes(out)

    def _read_all(self):
        data = self._take(self._ahead())
        self._reset()
        chunks = [data] if data else []
        if hasattr(self.raw, "readall"):
            rest = self.raw.readall()
            if rest is None:
                return b"".join(chunks) if chunks else None
            chunks.append(rest)
            return b"".join(chunks)
        while True:
            rest = self.raw.read()
            if not rest:
                if rest is None and not chunks:
                    return None
                return b"".join(chunks)
            chunks.append(rest)

    def read1(self, size=-1):
        self._check_open("read1")
        if size is None or size < 0:
            size = self.buffer_size
        if size == 0:
            return b""
        have = self._ahead()
        if have > 0:
            return self._take(min(have, size))
        self._reset()
        chunk = bytearray(size)
        n = self.raw.readinto(memoryview(chunk)) or 0
        return bytes(chunk[:n])

    def peek(self, size=0):
        self._check_open("peek")
        have = self._ahead()
        if have > 0:
            return bytes(self._buf[self._pos:self._end])
        self._reset()
        self._fill()
        return bytes(self._buf[:self._end])

    def readline(self, size=-1):
        self._check_open("readline")
        if size is None:
            size = -1
        limit = size
        n = self._ahead()
        if limit >= 0 and n > limit:
            n = limit
        at = self._buf.find(b"\n", self._pos, self._pos + n)
        if at >= 0:
            return self._take(at + 1 - self._pos)
        if n == limit:
            return self._take(n)
        chunks = []
        if n > 0:
            chunks.append(self._take(n))
            if limit >= 0:
                limit -= n
        while True:
            self._reset()
            n = self._fill()
            if not n:
                break
            if limit >= 0 and n > limit:
                n = limit
            at = self._buf.find(b"\n", 0, n)
            if at >= 0:
                chunks.append(self._take(at + 1))
                break
            chunks.append(self._take(n))
            if n == limit:
                break
            if limit >= 0:
                limit -= n
        return b"".join(chunks)

    def __next__(self):
        self._check_open("readline")
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def tell(self):
        return self.raw.tell() - self._ahead()

    def seek(self, pos, whence=0):
        if whence == 1:
            pos -= self._ahead()
        self._reset()
        return self.raw.seek(pos, whence)

    def close(self):
        if self.raw is not None and not self.closed:
            self.raw.close()


class BufferedWriter(_BufferedBase):
    """A buffer over a writable raw stream: writes reach it in blocks of up to
    buffer_size, or when flushed."""

    def __init__(self, raw, buffer_size=DEFAULT_BUFFER_SIZE):
        if not raw.writable():
            raise UnsupportedOperation("File or stream is not writable.")
        self._setup(raw, buffer_size)
        self._pending = bytearray()

    def write(self, b):
        if self.raw is None:
            raise ValueError("raw stream has been detached")
        if self.closed:
            raise ValueError("write to closed file")
        if isinstance(b, str):
            raise TypeError("a bytes-like object is required, not 'str'")
        data = bytes(b)
        if len(self._pending) + len(data) <= self.buffer_size:
            self._pending += data
            return len(data)
        self._flush_pending()
        while len(data) > self.buffer_size:
            n = self.raw.write(data)
            if n is None:
                n = 0
            data = data[n:]
        self._pending += data
        return len(b) if not isinstance(b, memoryview) else b.nbytes

    def _flush_pending(self):
        while self._pending:
            n = self.raw.write(bytes(self._pending))
            if n is None:
                raise BlockingIOError("write could not complete without blocking")
            del self._pending[:n]

    def flush(self):
        if self.raw is None:
            raise ValueError("raw stream has been detached")
        if self.closed:
            raise ValueError("flush of closed file")
        self._flush_pending()
        self.raw.flush()

    def tell(self):
        return self.raw.tell() + len(self._pending)

    def seek(self, pos, whence=0):
        self._flush_pending()
        return self.raw.seek(pos, whence)

    def truncate(self, pos=None):
        self.flush()
        if pos is None:
            pos = self.tell()
        return self.raw.truncate(pos)

    def close(self):
        if self.raw is None or self.closed:
            return
        try:
            self.flush()
        finally:
            self.raw.close()


def open_code(path):
    return open(path, "rb")


def text_encoding(encoding, stacklevel=2):
    return "locale" if encoding is None else encoding


for _cls in (IOBase, RawIOBase, BufferedIOBase, TextIOBase):
    _cls.__module__ = "io"
for _cls in (FileIO, BufferedReader, BufferedWriter):
    _cls.__module__ = "_io"
for _cls in (BytesIO, _NativeBufferedReader, _NativeBufferedWriter, _NativeBufferedRandom):
    BufferedIOBase.register(_cls)
BufferedReader.register(_NativeBufferedReader)
BufferedWriter.register(_NativeBufferedWriter)
for _cls in (StringIO, TextIOWrapper):
    TextIOBase.register(_cls)
del _cls


def _register_standard_streams():
    # The standard streams' binary layers are native types of their own.
    import sys
    for stream in (sys.__stdin__, sys.__stdout__, sys.__stderr__):
        buffer = getattr(stream, "buffer", None)
        if buffer is not None and not isinstance(buffer, BufferedIOBase):
            BufferedIOBase.register(type(buffer))


_register_standard_streams()
del _register_standard_streams
