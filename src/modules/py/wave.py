"""Read and write WAV files (uncompressed PCM in a RIFF container).

wave.open(f, 'rb') gives a Wave_read, wave.open(f, 'wb') a Wave_write; f is a
path or a binary file object.  Samples are stored little-endian, as the
format requires.
"""

from collections import namedtuple
import builtins
import struct
import sys

__all__ = ["open", "Error", "Wave_read", "Wave_write"]


class Error(Exception):
    pass


WAVE_FORMAT_PCM = 0x0001

_wave_params = namedtuple('_wave_params',
                          'nchannels sampwidth framerate nframes comptype compname')


def _swap_samples(data, width):
    """The samples of `data` with their bytes reversed (for a big-endian host)."""
    if width == 1 or sys.byteorder == 'little':
        return data
    out = bytearray(data)
    for start in range(0, len(out) - width + 1, width):
        out[start:start + width] = out[start:start + width][::-1]
    return bytes(out)


class _Chunk:
    """One RIFF chunk: a four-byte id and a little-endian length, then the
    data (padded to an even length), read through a window of the file."""

    def __init__(self, file, align=True):
        self.file = file
        self.closed = False
        self.align = align
        header = file.read(8)
        if len(header) < 8:
            raise EOFError
        self.chunkname = header[:4]
        (self.chunksize,) = struct.unpack_from('<L', header, 4)
        self.size_read = 0
        try:
            self.offset = self.file.tell()
        except (AttributeError, OSError):
            self.seekable = False
        else:
            self.seekable = True

    def getname(self):
        return self.chunkname

    def getsize(self):
        return self.chunksize

    def close(self):
        if not self.closed:
            try:
                self.skip()
            finally:
                self.closed = True

    def seek(self, pos, whence=0):
        if self.closed:
            raise ValueError("I/O operation on closed file")
        if not self.seekable:
            raise OSError("cannot seek")
        if whence == 1:
            pos = pos + self.size_read
        elif whence == 2:
            pos = pos + self.chunksize
        if pos < 0 or pos > self.chunksize:
            raise RuntimeError
        self.file.seek(self.offset + pos, 0)
        self.size_read = pos

    def tell(self):
        if self.closed:
            raise ValueError("I/O operation on closed file")
        return self.size_read

    def read(self, size=-1):
        if self.closed:
            raise ValueError("I/O operation on closed file")
        left = self.chunksize - self.size_read
        if left <= 0:
            return b''
        if size < 0 or size > left:
            size = left
        data = self.file.read(size)
        self.size_read += len(data)
        if self.size_read == self.chunksize and self.align and (self.chunksize & 1):
            # the pad byte after an odd-sized chunk
            self.file.read(1)
            self.size_read += 1
        return data

    def skip(self):
        if self.closed:
            raise ValueError("I/O operation on closed file")
        if self.seekable:
            try:
                n = self.chunksize - self.size_read
                if self.align and (self.chunksize & 1):
                    n += 1
                self.file.seek(n, 1)
                self.size_read += n
                return
            except OSError:
                pass
        while self.size_read < self.chunksize:
            data = self.read(min(8192, self.chunksize - self.size_read))
            if not data:
                raise EOFError


class Wave_read:
    """A WAV file being read: its parameters and its frames."""

    def __init__(self, f):
        self._owned_file = None
        if isinstance(f, str):
            f = builtins.open(f, 'rb')
            self._owned_file = f
        try:
            self._read_chunks(f)
        except:
            if self._owned_file:
                f.close()
            raise

    def _read_chunks(self, file):
        self._convert = None
        self._soundpos = 0
        self._file = _Chunk(file, align=False)
        if self._file.getname() != b'RIFF':
            raise Error('file does not start with RIFF id')
        if self._file.read(4) != b'WAVE':
            raise Error('not a WAVE file')
        self._fmt_chunk_read = False
        self._data_chunk = None
        while True:
            self._reposition = True
            try:
                chunk = _Chunk(self._file, align=True)
            except EOFError:
                break
            name = chunk.getname()
            if name == b'fmt ':
                self._read_fmt_chunk(chunk)
                self._fmt_chunk_read = True
            elif name == b'data':
                if not self._fmt_chunk_read:
                    raise Error('data chunk before fmt chunk')
                self._data_chunk = chunk
                self._nframes = chunk.chunksize // self._framesize
                self._reposition = False
                break
            chunk.skip()
        if not self._fmt_chunk_read or not self._data_chunk:
            raise Error('fmt chunk and/or data chunk missing')

    def _read_fmt_chunk(self, chunk):
        try:
            (format_tag, self._nchannels, self._framerate, _bytes_per_second,
             _block_align) = struct.unpack_from('<HHLLH', chunk.read(14))
        except struct.error:
            raise EOFError from None
        if format_tag != WAVE_FORMAT_PCM:
            raise Error('unknown format: %r' % (format_tag,))
        try:
            bits = struct.unpack_from('<H', chunk.read(2))[0]
        except struct.error:
            raise EOFError from None
        self._sampwidth = (bits + 7) // 8
        if not self._sampwidth:
            raise Error('bad sample width')
        if not self._nchannels:
            raise Error('bad # of channels')
        self._framesize = self._nchannels * self._sampwidth
        self._comptype = 'NONE'
        self._compname = 'not compressed'

    def __del__(self):
        self.close()

    def __enter__(self):
        return self

    def __exit__(self, *args):
        self.close()

    def getfp(self):
        return self._file

    def rewind(self):
        self._reposition = True
        self._soundpos = 0

    def close(self):
        self._file = None
        opened = self._owned_file
        if opened:
            self._owned_file = None
            opened.close()

    def tell(self):
        return self._soundpos

    def getnchannels(self):
        return self._nchannels

    def getnframes(self):
        return self._nframes

    def getsampwidth(self):
        return self._sampwidth

    def getframerate(self):
        return self._framerate

    def getcomptype(self):
        return self._comptype

    def getcompname(self):
        return self._compname

    def getparams(self):
        return _wave_params(self.getnchannels(), self.getsampwidth(),
                            self.getframerate(), self.getnframes(),
                            self.getcomptype(), self.getcompname())

    def getmarkers(self):
        return None

    def getmark(self, id):
        raise Error('no marks')

    def setpos(self, pos):
        if pos < 0 or pos > self._nframes:
            raise Error('position not in range')
        self._soundpos = pos
        self._reposition = True

    def readframes(self, nframes):
        if self._reposition:
            self._data_chunk.seek(0, 0)
            offset = self._soundpos * self._framesize
            if offset:
                self._data_chunk.seek(offset, 0)
            self._reposition = False
        if nframes == 0:
            return b''
        data = self._data_chunk.read(nframes * self._framesize)
        data = _swap_samples(data, self._sampwidth)
        if self._convert and data:
            data = self._convert(data)
        self._soundpos = self._soundpos + len(data) // (self._nchannels * self._sampwidth)
        return data


class Wave_write:
    """A WAV file being written.  The parameters are set before the first
    frames; the header is written with them and its lengths are corrected
    when the file is closed, if the frames written differ from nframes."""

    def __init__(self, f):
        self._owned_file = None
        if isinstance(f, str):
            f = builtins.open(f, 'wb')
            self._owned_file = f
        self._file = f
        self._convert = None
        self._nchannels = 0
        self._sampwidth = 0
        self._framerate = 0
        self._nframes = 0
        self._nframeswritten = 0
        self._datawritten = 0
        self._datalength = 0
        self._headerwritten = False
        self._comptype = 'NONE'
        self._compname = 'not compressed'

    def __del__(self):
        self.close()

    def __enter__(self):
        return self

    def __exit__(self, *args):
        self.close()

    def _check_not_started(self):
        if self._datawritten:
            raise Error('cannot change parameters after starting to write')

    def setnchannels(self, nchannels):
        self._check_not_started()
        if nchannels < 1:
            raise Error('bad # of channels')
        self._nchannels = nchannels

    def getnchannels(self):
        if not self._nchannels:
            raise Error('number of channels not set')
        return self._nchannels

    def setsampwidth(self, sampwidth):
        self._check_not_started()
        if sampwidth < 1 or sampwidth > 4:
            raise Error('bad sample width')
        self._sampwidth = sampwidth

    def getsampwidth(self):
        if not self._sampwidth:
            raise Error('sample width not set')
        return self._sampwidth

    def setframerate(self, framerate):
        self._check_not_started()
        if framerate <= 0:
            raise Error('bad frame rate')
        self._framerate = int(round(framerate))

    def getframerate(self):
        if not self._framerate:
            raise Error('frame rate not set')
        return self._framerate

    def setnframes(self, nframes):
        self._check_not_started()
        self._nframes = nframes

    def getnframes(self):
        return self._nframeswritten

    def setcomptype(self, comptype, compname):
        self._check_not_started()
        if comptype not in ('NONE',):
            raise Error('unsupported compression type')
        self._comptype = comptype
        self._compname = compname

    def getcomptype(self):
        return self._comptype

    def getcompname(self):
        return self._compname

    def setparams(self, params):
        nchannels, sampwidth, framerate, nframes, comptype, compname = params
        self._check_not_started()
        self.setnchannels(nchannels)
        self.setsampwidth(sampwidth)
        self.setframerate(framerate)
        self.setnframes(nframes)
        self.setcomptype(comptype, compname)

    def getparams(self):
        if not self._nchannels or not self._sampwidth or not self._framerate:
            raise Error('not all parameters set')
        return _wave_params(self._nchannels, self._sampwidth, self._framerate,
                            self._nframes, self._comptype, self._compname)

    def setmark(self, id, pos, name):
        raise Error('setmark() not supported')

    def getmark(self, id):
        raise Error('no marks')

    def getmarkers(self):
        return None

    def tell(self):
        return self._nframeswritten

    def writeframesraw(self, data):
        if not isinstance(data, (bytes, bytearray)):
            data = memoryview(data).cast('B')
        self._start_data(len(data))
        nframes = len(data) // (self._sampwidth * self._nchannels)
        if self._convert:
            data = self._convert(data)
        data = _swap_samples(data, self._sampwidth)
        self._file.write(data)
        self._datawritten += len(data)
        self._nframeswritten = self._nframeswritten + nframes

    def writeframes(self, data):
        self.writeframesraw(data)
        if self._datalength != self._datawritten:
            self._fix_lengths()

    def close(self):
        try:
            if self._file:
                self._start_data(0)
                if self._datalength != self._datawritten:
                    self._fix_lengths()
                self._file.flush()
        finally:
            self._file = None
            opened = self._owned_file
            if opened:
                self._owned_file = None
                opened.close()

    def _start_data(self, datasize):
        if not self._headerwritten:
            if not self._nchannels:
                raise Error('# channels not specified')
            if not self._sampwidth:
                raise Error('sample width not specified')
            if not self._framerate:
                raise Error('sampling rate not specified')
            self._write_header(datasize)

    def _write_header(self, initlength):
        assert not self._headerwritten
        self._file.write(b'RIFF')
        if not self._nframes:
            self._nframes = initlength // (self._nchannels * self._sampwidth)
        self._datalength = self._nframes * self._nchannels * self._sampwidth
        try:
            self._form_length_pos = self._file.tell()
        except (AttributeError, OSError):
            self._form_length_pos = None
        block_align = self._nchannels * self._sampwidth
        self._file.write(struct.pack(
            '<L4s4sLHHLLHH4s',
            36 + self._datalength, b'WAVE', b'fmt ', 16,
            WAVE_FORMAT_PCM, self._nchannels, self._framerate,
            self._framerate * block_align, block_align,
            self._sampwidth * 8, b'data'))
        if self._form_length_pos is not None:
            self._data_length_pos = self._file.tell()
        self._file.write(struct.pack('<L', self._datalength))
        self._headerwritten = True

    def _fix_lengths(self):
        assert self._headerwritten
        if self._datawritten == self._datalength:
            return
        here = self._file.tell()
        self._file.seek(self._form_length_pos, 0)
        self._file.write(struct.pack('<L', 36 + self._datawritten))
        self._file.seek(self._data_length_pos, 0)
        self._file.write(struct.pack('<L', self._datawritten))
        self._file.seek(here, 0)
        self._datalength = self._datawritten


def open(f, mode=None):
    if mode is None:
        if hasattr(f, 'mode'):
            mode = f.mode
        else:
            mode = 'rb'
    if mode in ('r', 'rb'):
        return Wave_read(f)
    elif mode in ('w', 'wb'):
        return Wave_write(f)
    else:
        raise Error("mode must be 'r', 'rb', 'w', or 'wb'")
