"""Reading and writing ZIP archives (PKWARE's APPNOTE format) as CPython 3.11's
zipfile does: stored and deflated members (deflate through zlib), CRC-32 checks,
archives in files or file objects, the same bytes written for the same input.
ZIP64 records, encryption, bzip2 and LZMA are not supported."""

import io
import os
import struct
import sys
import time
import zlib

__all__ = ["BadZipFile", "BadZipfile", "error", "ZIP_STORED", "ZIP_DEFLATED",
           "ZIP_BZIP2", "ZIP_LZMA", "is_zipfile", "ZipInfo", "ZipFile",
           "LargeZipFile"]


class BadZipFile(Exception):
    pass


class LargeZipFile(Exception):
    """Raised when writing a zipfile would need the ZIP64 extensions."""


error = BadZipfile = BadZipFile

ZIP_STORED = 0
ZIP_DEFLATED = 8
ZIP_BZIP2 = 12
ZIP_LZMA = 14

_COMPRESSOR_NAMES = {0: 'store', 1: 'shrink', 2: 'reduce', 3: 'reduce',
                     4: 'reduce', 5: 'reduce', 6: 'implode', 7: 'tokenize',
                     8: 'deflate', 9: 'deflate64', 10: 'implode', 12: 'bzip2',
                     14: 'lzma', 18: 'terse', 19: 'lz77', 97: 'wavpack', 98: 'ppmd'}

DEFAULT_VERSION = 20
ZIP_MAX_COMMENT = (1 << 16) - 1
ZIP64_LIMIT = (1 << 31) - 1
ZIP_FILECOUNT_LIMIT = (1 << 16) - 1

# The three records of the format: each member's local header, its entry in the
# central directory, and the end of that directory.
_LOCAL = struct.Struct("<4s2B4HL2L2H")
_LOCAL_MAGIC = b"PK\003\004"
_CENTRAL = struct.Struct("<4s4B4HL2L5H2L")
_CENTRAL_MAGIC = b"PK\001\002"
_END = struct.Struct("<4s4H2LH")
_END_MAGIC = b"PK\005\006"

_UTF8_NAME = 0x800
_DATA_DESCRIPTOR = 0x08
_ENCRYPTED = 0x01


# Code page 437 (the format's original name encoding) above ASCII, byte 0x80 on.
_CP437_HIGH = ('ÇüéâäàåçêëèïîìÄÅÉæÆôöòûùÿÖÜ¢£¥₧ƒ'
               'áíóúñÑªº¿⌐¬½¼¡«»░▒▓│┤╡╢╖╕╣║╗╝╜╛┐'
               '└┴┬├─┼╞╟╚╔╩╦╠═╬╧╨╤╥╙╘╒╓╫╪┘┌█▄▌▐▀'
               'αßΓπΣσµτΦΘΩδ∞φε∩≡±≥≤⌠⌡÷≈°∙·√ⁿ²■\xa0')


def _decode_name(raw, flags, encoding):
    """A member name as stored: UTF-8 when the flag says so, else the archive's
    metadata encoding or code page 437."""
    if flags & _UTF8_NAME:
        return raw.decode('utf-8')
    if encoding:
        return raw.decode(encoding)
    return ''.join(chr(b) if b < 128 else _CP437_HIGH[b - 128] for b in raw)


def _check_zipfile(fp):
    try:
        return _read_end_record(fp) is not None
    except OSError:
        return False


def is_zipfile(filename):
    """Whether filename (a path or a file object) holds a ZIP archive."""
    try:
        if hasattr(filename, "read"):
            return _check_zipfile(filename)
        with open(filename, "rb") as fp:
            return _check_zipfile(fp)
    except OSError:
        return False


def _read_end_record(fp):
    """The end-of-central-directory record (its fields, then the archive comment
    and the record's offset), or None when fp holds no archive."""
    fp.seek(0, 2)
    size = fp.tell()
    if size < _END.size:
        return None
    # Without an archive comment the record is the last 22 bytes.
    fp.seek(size - _END.size)
    data = fp.read()
    if data[:4] == _END_MAGIC and data[-2:] == b"\000\000":
        return list(_END.unpack(data)) + [b"", size - _END.size]
    # Otherwise it is somewhere in the last 64 KiB (the comment's largest size).
    start = max(size - ZIP_MAX_COMMENT - _END.size, 0)
    fp.seek(start)
    data = fp.read()
    at = data.rfind(_END_MAGIC)
    if at >= 0 and at + _END.size <= len(data):
        fields = list(_END.unpack(data[at:at + _END.size]))
        comment = data[at + _END.size:at + _END.size + fields[7]]
        return fields + [comment, start + at]
    return None


class ZipInfo:
    """What the archive records about one member."""

    __slots__ = ('orig_filename', 'filename', 'date_time', 'compress_type',
                 '_compresslevel', 'comment', 'extra', 'create_system',
                 'create_version', 'extract_version', 'reserved', 'flag_bits',
                 'volume', 'internal_attr', 'external_attr', 'header_offset',
                 'CRC', 'compress_size', 'file_size', '_raw_time')

    def __init__(self, filename="NoName", date_time=(1980, 1, 1, 0, 0, 0)):
        self.orig_filename = filename
        # A NUL ends the name, as it does in C.
        null = filename.find(chr(0))
        if null >= 0:
            filename = filename[:null]
        if os.sep != "/" and os.sep in filename:
            filename = filename.replace(os.sep, "/")
        self.filename = filename
        self.date_time = date_time
        if date_time[0] < 1980:
            raise ValueError('ZIP does not support timestamps before 1980')
        self.compress_type = ZIP_STORED
        self._compresslevel = None
        self.comment = b""
        self.extra = b""
        self.create_system = 0 if sys.platform == 'win32' else 3
        self.create_version = DEFAULT_VERSION
        self.extract_version = DEFAULT_VERSION
        self.reserved = 0
        self.flag_bits = 0
        self.volume = 0
        self.internal_attr = 0
        self.external_attr = 0
        self.compress_size = 0
        self.file_size = 0
        self.header_offset = 0
        self.CRC = 0

    def __repr__(self):
        parts = ['<%s filename=%r' % (self.__class__.__name__, self.filename)]
        if self.compress_type != ZIP_STORED:
            parts.append(' compress_type=%s' %
                         _COMPRESSOR_NAMES.get(self.compress_type, self.compress_type))
        high = self.external_attr >> 16
        low = self.external_attr & 0xFFFF
        if high:
            import stat
            parts.append(' filemode=%r' % stat.filemode(high))
        if low:
            parts.append(' external_attr=%#x' % low)
        is_dir = self.is_dir()
        if not is_dir or self.file_size:
            parts.append(' file_size=%r' % self.file_size)
        if ((not is_dir or self.compress_size) and
                (self.compress_type != ZIP_STORED or self.file_size != self.compress_size)):
            parts.append(' compress_size=%r' % self.compress_size)
        parts.append('>')
        return ''.join(parts)

    def _encoded_name(self):
        """The name's bytes and the flag bits that say how they are encoded."""
        try:
            return self.filename.encode('ascii'), self.flag_bits
        except UnicodeEncodeError:
            return self.filename.encode('utf-8'), self.flag_bits | _UTF8_NAME

    def _dos_time(self):
        d = self.date_time
        dosdate = (d[0] - 1980) << 9 | d[1] << 5 | d[2]
        dostime = d[3] << 11 | d[4] << 5 | (d[5] // 2)
        return dostime, dosdate

    def FileHeader(self, zip64=None):
        """The member's local header."""
        dostime, dosdate = self._dos_time()
        if self.flag_bits & _DATA_DESCRIPTOR:
            crc = compress_size = file_size = 0
        else:
            crc, compress_size, file_size = self.CRC, self.compress_size, self.file_size
        if self.file_size > ZIP64_LIMIT or self.compress_size > ZIP64_LIMIT:
            raise LargeZipFile("Filesize would require ZIP64 extensions")
        version = max(self.extract_version, _min_version(self.compress_type))
        self.extract_version = self.create_version = version
        name, flags = self._encoded_name()
        header = _LOCAL.pack(_LOCAL_MAGIC, version, self.reserved, flags,
                             self.compress_type, dostime, dosdate, crc,
                             compress_size, file_size, len(name), len(self.extra))
        return header + name + self.extra

    @classmethod
    def from_file(cls, filename, arcname=None, *, strict_timestamps=True):
        """A ZipInfo for the file or directory at filename, named arcname inside
        the archive."""
        if isinstance(filename, os.PathLike):
            filename = os.fspath(filename)
        st = os.stat(filename)
        is_dir = os.path.isdir(filename)
        date_time = time.localtime(st.st_mtime)[0:6]
        if not strict_timestamps and date_time[0] < 1980:
            date_time = (1980, 1, 1, 0, 0, 0)
        elif not strict_timestamps and date_time[0] > 2107:
            date_time = (2107, 12, 31, 23, 59, 59)
        if arcname is None:
            arcname = filename
        arcname = os.path.normpath(os.path.splitdrive(arcname)[1])
        while arcname[0] in (os.sep, os.altsep):
            arcname = arcname[1:]
        if is_dir:
            arcname += '/'
        info = cls(arcname, date_time)
        info.external_attr = (st.st_mode & 0xFFFF) << 16
        if is_dir:
            info.file_size = 0
            info.external_attr |= 0x10
        else:
            info.file_size = st.st_size
        return info

    def is_dir(self):
        """Whether the member is a directory (its name ends with a slash)."""
        return self.filename[-1:] == '/'


def _min_version(compress_type):
    return DEFAULT_VERSION if compress_type == ZIP_DEFLATED else 0


def _check_compression(compression):
    if compression in (ZIP_STORED, ZIP_DEFLATED):
        return
    if compression in (ZIP_BZIP2, ZIP_LZMA):
        raise RuntimeError("Compression requires the (missing) %s module" %
                           ('bz2' if compression == ZIP_BZIP2 else 'lzma'))
    raise NotImplementedError("That compression method is not supported")


def _compressor(compress_type, level):
    if compress_type == ZIP_DEFLATED:
        if level is None:
            level = zlib.Z_DEFAULT_COMPRESSION
        return zlib.compressobj(level, zlib.DEFLATED, -15)
    return None


class ZipExtFile(io.BufferedIOBase):
    """A member opened for reading: its data decompressed, the CRC-32 checked when
    the end is reached."""

    def __init__(self, fileobj, mode, zipinfo, close_fileobj=False):
        self._fileobj = fileobj
        self._close_fileobj = close_fileobj
        self._compress_type = zipinfo.compress_type
        self._left = zipinfo.compress_size
        self._remaining = zipinfo.file_size
        self._decompressor = (zlib.decompressobj(-15)
                              if self._compress_type == ZIP_DEFLATED else None)
        self._eof = False
        self._buffer = b''
        self._running_crc = 0
        self._expected_crc = zipinfo.CRC
        self.mode = mode
        self.name = zipinfo.filename
        self._closed = False

    def __repr__(self):
        result = ['<%s.%s' % (self.__class__.__module__, self.__class__.__qualname__)]
        if not self.closed:
            result.append(' name=%r mode=%r' % (self.name, self.mode))
            if self._compress_type != ZIP_STORED:
                result.append(' compress_type=%s' %
                              _COMPRESSOR_NAMES.get(self._compress_type,
                                                    self._compress_type))
        else:
            result.append(' [closed]')
        result.append('>')
        return ''.join(result)

    @property
    def closed(self):
        return self._closed

    def readable(self):
        if self._closed:
            raise ValueError("I/O operation on closed file.")
        return True

    def seekable(self):
        return False

    def _fill(self, want):
        """Decompresses until `want` bytes are buffered (all of them for -1)."""
        while not self._eof and (want < 0 or len(self._buffer) < want):
            chunk = self._fileobj.read(min(self._left, 1 << 16))
            self._left -= len(chunk)
            if self._decompressor is None:
                data = chunk
            else:
                data = self._decompressor.decompress(chunk)
                if self._left <= 0 or not chunk:
                    data += self._decompressor.flush()
            data = data[:self._remaining]
            self._remaining -= len(data)
            self._running_crc = zlib.crc32(data, self._running_crc)
            self._buffer += data
            if self._left <= 0 or not chunk or self._remaining <= 0:
                self._eof = True
                if self._running_crc != self._expected_crc:
                    raise BadZipFile("Bad CRC-32 for file %r" % self.name)

    def read(self, n=-1):
        if self._closed:
            raise ValueError("read from closed file.")
        if n is None or n < 0:
            self._fill(-1)
            data, self._buffer = self._buffer, b''
            return data
        self._fill(n)
        data, self._buffer = self._buffer[:n], self._buffer[n:]
        return data

    def read1(self, n=-1):
        return self.read(n)

    def peek(self, n=1):
        self._fill(max(n, 1))
        return self._buffer[:512] if n <= 512 else self._buffer

    def readline(self, limit=-1):
        if self._closed:
            raise ValueError("readline of closed file.")
        while b'\n' not in self._buffer and not self._eof:
            self._fill(len(self._buffer) + 4096)
        at = self._buffer.find(b'\n')
        end = len(self._buffer) if at < 0 else at + 1
        if limit is not None and limit >= 0:
            end = min(end, limit)
        line, self._buffer = self._buffer[:end], self._buffer[end:]
        return line

    def readlines(self, hint=-1):
        return list(self)

    def __iter__(self):
        return self

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def close(self):
        if not self._closed:
            self._closed = True
            if self._close_fileobj:
                self._fileobj.close()

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()


class _MemberReader:
    """The bytes of one member's data inside the archive's file."""

    def __init__(self, fp, start, size):
        self._fp = fp
        self._pos = start
        self._end = start + size

    def read(self, n):
        n = min(n, self._end - self._pos)
        if n <= 0:
            return b''
        self._fp.seek(self._pos)
        data = self._fp.read(n)
        self._pos += len(data)
        return data

    def close(self):
        pass


class _ZipWriteFile(io.BufferedIOBase):
    """A member opened for writing: data is compressed into the archive as it comes,
    and the header gets the sizes and CRC-32 when the member is closed."""

    def __init__(self, zf, zinfo):
        self._zipfile = zf
        self._zinfo = zinfo
        self._compressor = _compressor(zinfo.compress_type, zinfo._compresslevel)
        self._file_size = 0
        self._compress_size = 0
        self._crc = 0
        self._closed = False

    @property
    def closed(self):
        return self._closed

    def writable(self):
        return True

    def write(self, data):
        if self._closed:
            raise ValueError('I/O operation on closed file.')
        if isinstance(data, (bytes, bytearray)):
            nbytes = len(data)
        else:
            data = memoryview(data)
            nbytes = data.nbytes
        self._file_size += nbytes
        self._crc = zlib.crc32(data, self._crc)
        if self._compressor is not None:
            data = self._compressor.compress(data)
        self._compress_size += len(data)
        self._zipfile.fp.write(data)
        return nbytes

    def close(self):
        if self._closed:
            return
        try:
            if self._compressor is not None:
                tail = self._compressor.flush()
                self._compress_size += len(tail)
                self._zipfile.fp.write(tail)
            zinfo = self._zinfo
            zinfo.compress_size = self._compress_size
            zinfo.CRC = self._crc
            zinfo.file_size = self._file_size
            fp = self._zipfile.fp
            if zinfo.flag_bits & _DATA_DESCRIPTOR:
                fp.write(struct.pack("<LLLL", 0x08074b50, zinfo.CRC,
                                     zinfo.compress_size, zinfo.file_size))
                self._zipfile.start_dir = fp.tell()
            else:
                # Back to the header, which now knows the sizes.
                self._zipfile.start_dir = fp.tell()
                fp.seek(zinfo.header_offset)
                fp.write(zinfo.FileHeader())
                fp.seek(self._zipfile.start_dir)
            self._zipfile.filelist.append(zinfo)
            self._zipfile.NameToInfo[zinfo.filename] = zinfo
        finally:
            self._closed = True
            self._zipfile._writing = False

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()


class ZipFile:
    """A ZIP archive in a file (a path or a file object), opened to read ('r'), to
    write a new archive ('w', 'x') or to add to one ('a')."""

    fp = None

    def __init__(self, file, mode="r", compression=ZIP_STORED, allowZip64=True,
                 compresslevel=None, *, strict_timestamps=True, metadata_encoding=None):
        if mode not in ('r', 'w', 'x', 'a'):
            raise ValueError("ZipFile requires mode 'r', 'w', 'x', or 'a'")
        _check_compression(compression)
        self._allowZip64 = allowZip64
        self.debug = 0
        self.NameToInfo = {}
        self.filelist = []
        self.compression = compression
        self.compresslevel = compresslevel
        self.mode = mode
        self.pwd = None
        self._comment = b''
        self._strict_timestamps = strict_timestamps
        self.metadata_encoding = metadata_encoding
        self._writing = False
        self._modified = False
        if isinstance(file, os.PathLike):
            file = os.fspath(file)
        if isinstance(file, str):
            self._filePassed = 0
            self.filename = file
            modes = {'r': 'rb', 'w': 'w+b', 'x': 'x+b', 'a': 'r+b'}
            try:
                self.fp = open(file, modes[mode])
            except FileNotFoundError:
                if mode != 'a':
                    raise
                self.fp = open(file, 'w+b')
                mode = 'w'
        else:
            self._filePassed = 1
            self.fp = file
            self.filename = getattr(file, 'name', None)
        self._seekable = True
        try:
            if mode == 'r':
                self._read_directory()
            elif mode in ('w', 'x'):
                self._modified = True
                try:
                    self.start_dir = self.fp.tell()
                except (AttributeError, OSError):
                    self._seekable = False
                    self.start_dir = 0
            else:
                try:
                    self._read_directory()
                    self.fp.seek(self.start_dir)
                except BadZipFile:
                    # Not an archive yet: the new one goes after what is there.
                    self.fp.seek(0, 2)
                    self._modified = True
                    self.start_dir = self.fp.tell()
        except BaseException:
            fp = self.fp
            self.fp = None
            if not self._filePassed:
                fp.close()
            raise

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc, tb):
        self.close()

    def __repr__(self):
        result = ['<%s.%s' % (self.__class__.__module__, self.__class__.__qualname__)]
        if self.fp is not None:
            if self._filePassed:
                result.append(' file=%r' % self.fp)
            elif self.filename is not None:
                result.append(' filename=%r' % self.filename)
            result.append(' mode=%r' % self.mode)
        else:
            result.append(' [closed]')
        result.append('>')
        return ''.join(result)

    def _read_directory(self):
        fp = self.fp
        try:
            end = _read_end_record(fp)
        except OSError:
            raise BadZipFile("File is not a zip file")
        if not end:
            raise BadZipFile("File is not a zip file")
        size_cd, offset_cd, comment, end_at = end[5], end[6], end[8], end[9]
        self._comment = comment
        # Data before the archive (a self-extracting stub) shifts every offset.
        concat = end_at - size_cd - offset_cd
        self.start_dir = offset_cd + concat
        if self.start_dir < 0:
            raise BadZipFile("Bad offset for central directory")
        fp.seek(self.start_dir)
        data = fp.read(size_cd)
        pos = 0
        while pos < size_cd:
            record = data[pos:pos + _CENTRAL.size]
            if len(record) != _CENTRAL.size:
                raise BadZipFile("Truncated central directory")
            fields = _CENTRAL.unpack(record)
            if fields[0] != _CENTRAL_MAGIC:
                raise BadZipFile("Bad magic number for central directory")
            name_len, extra_len, comment_len = fields[12], fields[13], fields[14]
            pos += _CENTRAL.size
            raw_name = data[pos:pos + name_len]
            pos += name_len
            name = _decode_name(raw_name, fields[5], self.metadata_encoding)
            info = ZipInfo(name)
            info.extra = data[pos:pos + extra_len]
            pos += extra_len
            info.comment = data[pos:pos + comment_len]
            pos += comment_len
            info.header_offset = fields[18] + concat
            (info.create_version, info.create_system, info.extract_version,
             info.reserved, info.flag_bits, info.compress_type, dostime, dosdate,
             info.CRC, info.compress_size, info.file_size) = fields[1:12]
            info.volume, info.internal_attr, info.external_attr = fields[15:18]
            info._raw_time = dostime
            info.date_time = ((dosdate >> 9) + 1980, (dosdate >> 5) & 0xF, dosdate & 0x1F,
                              dostime >> 11, (dostime >> 5) & 0x3F, (dostime & 0x1F) * 2)
            self.filelist.append(info)
            self.NameToInfo[info.filename] = info

    def namelist(self):
        """The members' names, in archive order."""
        return [info.filename for info in self.filelist]

    def infolist(self):
        """The members' ZipInfo records, in archive order."""
        return self.filelist

    def printdir(self, file=None):
        """Prints a table of the members to file (standard output by default)."""
        print("%-46s %19s %12s" % ("File Name", "Modified    ", "Size"), file=file)
        for info in self.filelist:
            date = "%d-%02d-%02d %02d:%02d:%02d" % info.date_time[:6]
            print("%-46s %s %12d" % (info.filename, date, info.file_size), file=file)

    def testzip(self):
        """The name of the first member whose data is damaged, or None."""
        for info in self.filelist:
            try:
                with self.open(info.filename, "r") as f:
                    while f.read(1 << 20):
                        pass
            except BadZipFile:
                return info.filename
        return None

    def getinfo(self, name):
        """The ZipInfo of the member called name."""
        info = self.NameToInfo.get(name)
        if info is None:
            raise KeyError('There is no item named %r in the archive' % name)
        return info

    def setpassword(self, pwd):
        if pwd and not isinstance(pwd, bytes):
            raise TypeError("pwd: expected bytes, got %s" % type(pwd).__name__)
        self.pwd = pwd or None

    @property
    def comment(self):
        """The archive's comment (bytes)."""
        return self._comment

    @comment.setter
    def comment(self, comment):
        if not isinstance(comment, bytes):
            raise TypeError("comment: expected bytes, got %s" % type(comment).__name__)
        if len(comment) > ZIP_MAX_COMMENT:
            import warnings
            warnings.warn('Archive comment is too long; truncating to %d bytes'
                          % ZIP_MAX_COMMENT, stacklevel=2)
            comment = comment[:ZIP_MAX_COMMENT]
        self._comment = comment
        self._modified = True

    def read(self, name, pwd=None):
        """The whole (decompressed) data of the member name."""
        with self.open(name, "r", pwd) as fp:
            return fp.read()

    def open(self, name, mode="r", pwd=None, *, force_zip64=False):
        """A file object reading (mode 'r') or writing ('w') the member name (a
        name or a ZipInfo)."""
        if mode not in {"r", "w"}:
            raise ValueError('open() requires mode "r" or "w"')
        if pwd and mode == "w":
            raise ValueError("pwd is only supported for reading files")
        if not self.fp:
            raise ValueError("Attempt to use ZIP archive that was already closed")
        if isinstance(name, ZipInfo):
            zinfo = name
        elif mode == 'w':
            zinfo = ZipInfo(name)
            zinfo.compress_type = self.compression
            zinfo._compresslevel = self.compresslevel
        else:
            zinfo = self.getinfo(name)
        if mode == 'w':
            return self._open_to_write(zinfo)
        if self._writing:
            raise ValueError("Can't read from the ZIP file while there "
                             "is an open writing handle on it. "
                             "Close the writing handle before trying to read.")
        fp = self.fp
        fp.seek(zinfo.header_offset)
        header = fp.read(_LOCAL.size)
        if len(header) != _LOCAL.size:
            raise BadZipFile("Truncated file header")
        fields = _LOCAL.unpack(header)
        if fields[0] != _LOCAL_MAGIC:
            raise BadZipFile("Bad magic number for file header")
        raw_name = fp.read(fields[10])
        if fields[11]:
            fp.read(fields[11])
        local_name = _decode_name(raw_name, zinfo.flag_bits, self.metadata_encoding)
        if local_name != zinfo.orig_filename:
            raise BadZipFile('File name in directory %r and header %r differ.'
                             % (zinfo.orig_filename, raw_name))
        if zinfo.flag_bits & _ENCRYPTED:
            raise NotImplementedError("encrypted members are not supported")
        _check_compression(zinfo.compress_type)
        reader = _MemberReader(fp, fp.tell(), zinfo.compress_size)
        return ZipExtFile(reader, mode, zinfo)

    def _open_to_write(self, zinfo):
        if self._writing:
            raise ValueError("Can't write to the ZIP file while there is "
                             "another write handle open on it. "
                             "Close the first handle before opening another.")
        self._check_writable(zinfo)
        zinfo.compress_size = 0
        zinfo.CRC = 0
        zinfo.flag_bits = 0x00
        if not self._seekable:
            zinfo.flag_bits |= _DATA_DESCRIPTOR
        if not zinfo.external_attr:
            zinfo.external_attr = 0o600 << 16
        zinfo.header_offset = self.fp.tell()
        self._writing = True
        self._modified = True
        self.fp.write(zinfo.FileHeader())
        return _ZipWriteFile(self, zinfo)

    def _check_writable(self, zinfo):
        if self.mode not in ('w', 'x', 'a'):
            raise ValueError("write() requires mode 'w', 'x', or 'a'")
        if not self.fp:
            raise ValueError("Attempt to write ZIP archive that was already closed")
        _check_compression(zinfo.compress_type)
        if zinfo.filename in self.NameToInfo:
            import warnings
            warnings.warn('Duplicate name: %r' % zinfo.filename, stacklevel=3)

    def extract(self, member, path=None, pwd=None):
        """Writes the member out under path (the current directory by default);
        returns the path it was written to."""
        if path is None:
            path = os.getcwd()
        else:
            path = os.fspath(path)
        return self._extract_member(member, path, pwd)

    def extractall(self, path=None, members=None, pwd=None):
        """Writes every member (or those named in members) out under path."""
        if members is None:
            members = self.namelist()
        if path is None:
            path = os.getcwd()
        else:
            path = os.fspath(path)
        for info in members:
            self._extract_member(info, path, pwd)

    def _extract_member(self, member, targetpath, pwd):
        if not isinstance(member, ZipInfo):
            member = self.getinfo(member)
        # No member may land outside targetpath: absolute names and `..` parts go.
        arcname = member.filename.replace('/', os.path.sep)
        if os.path.altsep:
            arcname = arcname.replace(os.path.altsep, os.path.sep)
        arcname = os.path.splitdrive(arcname)[1]
        parts = (x for x in arcname.split(os.path.sep) if x not in ('', os.path.curdir,
                                                                   os.path.pardir))
        arcname = os.path.sep.join(parts)
        targetpath = os.path.normpath(os.path.join(targetpath, arcname))
        parent = os.path.dirname(targetpath)
        if parent and not os.path.exists(parent):
            os.makedirs(parent)
        if member.is_dir():
            if not os.path.isdir(targetpath):
                os.mkdir(targetpath)
            return targetpath
        with self.open(member, pwd=pwd) as source, open(targetpath, "wb") as target:
            while True:
                chunk = source.read(1 << 16)
                if not chunk:
                    break
                target.write(chunk)
        return targetpath

    def write(self, filename, arcname=None, compress_type=None, compresslevel=None):
        """Adds the file or directory at filename, as arcname."""
        if not self.fp:
            raise ValueError("Attempt to write to ZIP archive that was already closed")
        if self._writing:
            raise ValueError("Can't write to ZIP archive while an open writing handle exists")
        zinfo = ZipInfo.from_file(filename, arcname,
                                  strict_timestamps=self._strict_timestamps)
        if zinfo.is_dir():
            zinfo.compress_size = 0
            zinfo.CRC = 0
            self._write_directory_entry(zinfo)
            return
        zinfo.compress_type = self.compression if compress_type is None else compress_type
        zinfo._compresslevel = (self.compresslevel if compresslevel is None
                                else compresslevel)
        with open(filename, "rb") as src, self.open(zinfo, 'w') as dest:
            while True:
                chunk = src.read(8192)
                if not chunk:
                    break
                dest.write(chunk)

    def writestr(self, zinfo_or_arcname, data, compress_type=None, compresslevel=None):
        """Adds a member called zinfo_or_arcname (or described by that ZipInfo)
        holding data (str data is written as UTF-8)."""
        if isinstance(data, str):
            data = data.encode("utf-8")
        if not isinstance(zinfo_or_arcname, ZipInfo):
            zinfo = ZipInfo(filename=zinfo_or_arcname,
                            date_time=time.localtime(time.time())[:6])
            zinfo.compress_type = self.compression
            zinfo._compresslevel = self.compresslevel
            if zinfo.filename[-1] == '/':
                zinfo.external_attr = 0o40775 << 16
                zinfo.external_attr |= 0x10
            else:
                zinfo.external_attr = 0o600 << 16
        else:
            zinfo = zinfo_or_arcname
        if not self.fp:
            raise ValueError("Attempt to write to ZIP archive that was already closed")
        if self._writing:
            raise ValueError("Can't write to ZIP archive while an open writing handle exists.")
        if compress_type is not None:
            zinfo.compress_type = compress_type
        if compresslevel is not None:
            zinfo._compresslevel = compresslevel
        zinfo.file_size = len(data)
        with self.open(zinfo, mode='w') as dest:
            dest.write(data)

    def mkdir(self, zinfo_or_directory_name, mode=511):
        """Adds a directory member."""
        if isinstance(zinfo_or_directory_name, ZipInfo):
            zinfo = zinfo_or_directory_name
            if not zinfo.is_dir():
                raise ValueError("The given ZipInfo does not describe a directory")
        elif isinstance(zinfo_or_directory_name, str):
            name = zinfo_or_directory_name
            if not name.endswith("/"):
                name += "/"
            zinfo = ZipInfo(name, time.localtime(time.time())[:6])
            zinfo.compress_size = 0
            zinfo.CRC = 0
            zinfo.external_attr = ((0o40000 | mode) & 0xFFFF) << 16
            zinfo.file_size = 0
            zinfo.external_attr |= 0x10
        else:
            raise TypeError("Expected type str or ZipInfo")
        if self._writing:
            raise ValueError("Can't write to ZIP archive while an open writing handle exists.")
        self._write_directory_entry(zinfo)

    def _write_directory_entry(self, zinfo):
        """Writes the local header of a directory member (which has no data) and
        records the member."""
        self._check_writable(zinfo)
        self._modified = True
        zinfo.header_offset = self.fp.tell()
        self.fp.write(zinfo.FileHeader(False))
        self.start_dir = self.fp.tell()
        self.filelist.append(zinfo)
        self.NameToInfo[zinfo.filename] = zinfo

    def close(self):
        """Writes the central directory (when the archive changed) and closes the
        file the archive opened itself."""
        if self.fp is None:
            return
        if self._writing:
            raise ValueError("Can't close the ZIP file while there is "
                             "an open writing handle on it. "
                             "Close the writing handle before closing the zip.")
        try:
            if self.mode in ('w', 'x', 'a') and self._modified:
                if self._seekable:
                    self.fp.seek(self.start_dir)
                self._write_end_record()
        finally:
            fp = self.fp
            self.fp = None
            if not self._filePassed:
                fp.close()

    def _write_end_record(self):
        fp = self.fp
        for info in self.filelist:
            dostime, dosdate = info._dos_time()
            version = max(_min_version(info.compress_type), info.extract_version)
            create_version = max(_min_version(info.compress_type), info.create_version)
            name, flags = info._encoded_name()
            if info.header_offset > ZIP64_LIMIT:
                raise LargeZipFile("Zipfile size would require ZIP64 extensions")
            fp.write(_CENTRAL.pack(_CENTRAL_MAGIC, create_version, info.create_system,
                                   version, info.reserved, flags, info.compress_type,
                                   dostime, dosdate, info.CRC, info.compress_size,
                                   info.file_size, len(name), len(info.extra),
                                   len(info.comment), 0, info.internal_attr,
                                   info.external_attr, info.header_offset))
            fp.write(name)
            fp.write(info.extra)
            fp.write(info.comment)
        end = fp.tell()
        count = len(self.filelist)
        size = end - self.start_dir
        if count > ZIP_FILECOUNT_LIMIT or self.start_dir > ZIP64_LIMIT:
            raise LargeZipFile("Files count would require ZIP64 extensions")
        fp.write(_END.pack(_END_MAGIC, 0, 0, count, count, size, self.start_dir,
                           len(self._comment)))
        fp.write(self._comment)
        if self.mode == "a":
            fp.truncate()
        fp.flush()
