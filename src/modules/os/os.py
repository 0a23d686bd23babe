# Python half of minipy's os module: environ, stat_result, scandir's DirEntry,
# walk, makedirs/removedirs, fspath and PathLike. mod.rs has already put the
# native functions (stat, _scandir, putenv, ...) in this namespace.

import abc as _abc
import sys as _sys
import _structseq
from collections.abc import Mapping as _Mapping
from collections.abc import MutableMapping as _MutableMapping

name = 'posix'
sep = '/'
altsep = None
extsep = '.'
pathsep = ':'
linesep = '\n'
curdir = '.'
pardir = '..'
devnull = '/dev/null'
defpath = '/bin:/usr/bin'
F_OK, X_OK, W_OK, R_OK = 0, 1, 2, 4
SEEK_SET, SEEK_CUR, SEEK_END, SEEK_DATA, SEEK_HOLE = 0, 1, 2, 3, 4
# open() flags, with Linux's values.
O_RDONLY, O_WRONLY, O_RDWR, O_ACCMODE = 0, 1, 2, 3
O_CREAT, O_EXCL, O_NOCTTY, O_TRUNC, O_APPEND = 0o100, 0o200, 0o400, 0o1000, 0o2000
O_NONBLOCK = O_NDELAY = 0o4000
O_DSYNC, O_ASYNC, O_DIRECT = 0o10000, 0o20000, 0o40000
# A 64-bit system's files are all large: glibc's O_LARGEFILE is 0 there.
O_LARGEFILE, O_DIRECTORY, O_NOFOLLOW = 0, 0o200000, 0o400000
O_NOATIME, O_CLOEXEC, O_SYNC = 0o1000000, 0o2000000, 0o4010000
O_RSYNC = O_FSYNC = O_SYNC
O_PATH, O_TMPFILE = 0o10000000, 0o20200000
error = OSError


class stat_result(_structseq.structseq):
    _fields = ('st_mode', 'st_ino', 'st_dev', 'st_nlink', 'st_uid', 'st_gid',
               'st_size', None, None, None)
    _extra = ('st_atime', 'st_mtime', 'st_ctime', 'st_atime_ns', 'st_mtime_ns',
              'st_ctime_ns', 'st_blksize', 'st_blocks', 'st_rdev')

    def __new__(cls, sequence, dict=None):
        self = _structseq.structseq.__new__(cls, sequence, dict)
        # Float times left out are taken from the integer ones, as CPython does.
        extra = list(self._extra_values)
        for i in range(3):
            if extra[i] is None:
                extra[i] = self[7 + i]
        object.__setattr__(self, '_extra_values', tuple(extra))
        return self


class terminal_size(_structseq.structseq):
    _fields = ('columns', 'lines')


terminal_size.__module__ = 'os'


class times_result(_structseq.structseq):
    _fields = ('user', 'system', 'children_user', 'children_system', 'elapsed')


times_result.__module__ = 'posix'

sysconf_names = dict(_sysconf_names())
del _sysconf_names


class uname_result(_structseq.structseq):
    _fields = ('sysname', 'nodename', 'release', 'version', 'machine')


uname_result.__module__ = 'posix'


def _uname_result(raw):
    return uname_result(raw)


def _stat_result(raw):
    (mode, ino, dev, nlink, uid, gid, size, atime, mtime, ctime,
     atime_ns, mtime_ns, ctime_ns, blksize, blocks, rdev) = raw
    return stat_result((mode, ino, dev, nlink, uid, gid, size, atime, mtime, ctime,
                        atime + atime_ns * 1e-9, mtime + mtime_ns * 1e-9,
                        ctime + ctime_ns * 1e-9,
                        atime * 1000000000 + atime_ns, mtime * 1000000000 + mtime_ns,
                        ctime * 1000000000 + ctime_ns, blksize, blocks, rdev))


_MISSING = object()


def fspath(path):
    """The str or bytes behind path: path itself when it is one, else what
    its __fspath__() returns."""
    if isinstance(path, (str, bytes)):
        return path
    kind = type(path)
    convert = getattr(kind, '__fspath__', _MISSING)
    if convert is _MISSING:
        raise TypeError("expected str, bytes or os.PathLike object, not "
                        + kind.__name__)
    # called even when it is None: that fails as calling None does
    result = convert(path)
    if not isinstance(result, (str, bytes)):
        raise TypeError(f"expected {kind.__name__}.__fspath__() to return "
                        f"str or bytes, not {type(result).__name__}")
    return result


def _first_definition(cls, attr):
    """The value of attr in the first class of cls's MRO that sets it, or
    None when none does."""
    for klass in cls.__mro__:
        if attr in klass.__dict__:
            return klass.__dict__[attr]
    return None


class PathLike(_abc.ABC):
    """ABC of objects that stand for a file system path: those with a
    __fspath__ method, whether or not they inherit from it."""

    @_abc.abstractmethod
    def __fspath__(self):
        """The str or bytes this object stands for."""
        raise NotImplementedError

    @classmethod
    def __subclasshook__(cls, subclass):
        # Only PathLike itself looks at the method; a class setting
        # __fspath__ = None opts out.
        if cls is PathLike and _first_definition(subclass, '__fspath__') is not None:
            return True
        return NotImplemented


# The environment.

def _check_str(value):
    if not isinstance(value, str):
        raise TypeError("str expected, not %s" % type(value).__name__)
    return value


class _Environ(_MutableMapping):
    """os.environ: a mapping of the environment whose changes reach the process
    (putenv/unsetenv)."""

    def __init__(self, data):
        self._data = data

    def __getitem__(self, key):
        try:
            return self._data[_check_str(key)]
        except KeyError:
            raise KeyError(key) from None

    def __setitem__(self, key, value):
        _check_str(key)
        _check_str(value)
        putenv(key, value)
        self._data[key] = value

    def __delitem__(self, key):
        _check_str(key)
        unsetenv(key)
        try:
            del self._data[key]
        except KeyError:
            raise KeyError(key) from None

    def __iter__(self):
        return iter(list(self._data))

    def __len__(self):
        return len(self._data)

    def __contains__(self, key):
        return _check_str(key) in self._data

    def __eq__(self, other):
        if isinstance(other, _Environ):
            return self._data == other._data
        if isinstance(other, dict):
            return self._data == other
        return NotImplemented

    def __repr__(self):
        items = ', '.join('{!r}: {!r}'.format(k, v) for k, v in self._data.items())
        return 'environ({%s})' % items

    def get(self, key, default=None):
        try:
            return self[key]
        except KeyError:
            return default

    def keys(self):
        return self._data.keys()

    def values(self):
        return self._data.values()

    def items(self):
        return self._data.items()

    def copy(self):
        return dict(self._data)

    def setdefault(self, key, value):
        if key not in self:
            self[key] = value
        return self[key]

    def pop(self, key, *default):
        if key in self:
            value = self[key]
            del self[key]
            return value
        if default:
            return default[0]
        raise KeyError(key)

    def update(self, other=(), **kwds):
        if hasattr(other, 'keys'):
            for key in other.keys():
                self[key] = other[key]
        else:
            for key, value in other:
                self[key] = value
        for key, value in kwds.items():
            self[key] = value

    def clear(self):
        for key in list(self._data):
            del self[key]

    # | and |= give and take any mapping; the result of | is a plain dict.

    def __or__(self, other):
        if not isinstance(other, _Mapping):
            return NotImplemented
        return {**self._data, **other}

    def __ror__(self, other):
        if not isinstance(other, _Mapping):
            return NotImplemented
        return {**other, **self._data}

    def __ior__(self, other):
        self.update(other)
        return self


environ = _Environ(dict(_environ_items()))
del _environ_items


def getenv(key, default=None):
    """Get an environment variable, return None if it doesn't exist."""
    return environ.get(key, default)


# Directories.

class DirEntry:
    """An entry of os.scandir(): its name, path and file type (read with the
    listing), its stat() result read when first asked."""

    def __init__(self, directory, name, kind):
        self.name = name
        self.path = name if directory is None else path.join(directory, name)
        self._kind = kind
        self._stat = None
        self._lstat = None

    def __repr__(self):
        return '<DirEntry %r>' % (self.name,)

    def __fspath__(self):
        return self.path

    def is_symlink(self):
        return self._kind == 'l'

    def _followed_mode(self):
        try:
            return self.stat().st_mode
        except FileNotFoundError:
            return 0

    def is_dir(self, *, follow_symlinks=True):
        if self._kind == 'l' and follow_symlinks:
            return self._followed_mode() & 0o170000 == 0o040000
        return self._kind == 'd'

    def is_file(self, *, follow_symlinks=True):
        if self._kind == 'l' and follow_symlinks:
            return self._followed_mode() & 0o170000 == 0o100000
        return self._kind == 'f'

    def stat(self, *, follow_symlinks=True):
        if not follow_symlinks or self._kind != 'l':
            if self._lstat is None:
                self._lstat = lstat(self.path)
            if self._kind != 'l':
                return self._lstat
            return self._lstat
        if self._stat is None:
            self._stat = stat(self.path)
        return self._stat

    def inode(self):
        return self.stat(follow_symlinks=False).st_ino


class _ScandirIterator:
    def __init__(self, directory, entries):
        self._directory = directory
        self._entries = entries
        self._index = 0

    def __iter__(self):
        return self

    def __next__(self):
        if self._entries is None or self._index >= len(self._entries):
            raise StopIteration
        name, kind = self._entries[self._index]
        self._index += 1
        return DirEntry(self._directory, name, kind)

    def close(self):
        self._entries = None

    def __enter__(self):
        return self

    def __exit__(self, *args):
        self.close()
        return False


def scandir(path='.'):
    entries = _scandir(path)
    return _ScandirIterator(fspath(path), entries)


def _parent_and_leaf(name):
    """path.split(name), looking past one trailing separator."""
    head, tail = path.split(name)
    if tail:
        return head, tail
    return path.split(head)


def makedirs(name, mode=0o777, exist_ok=False):
    """Create directory name, and any missing directories above it.
    With exist_ok, an existing directory name is not an error."""
    parent, leaf = _parent_and_leaf(name)
    if parent and leaf and not path.exists(parent):
        try:
            makedirs(parent, exist_ok=exist_ok)
        except FileExistsError:
            pass    # made meanwhile by someone else: fine
        # 'a/new/.' names a/new, which now exists
        if leaf == (b'.' if isinstance(leaf, bytes) else curdir):
            return
    try:
        mkdir(name, mode)
    except OSError:
        # The error code is not trusted (EACCES or EROFS may be reported for
        # an existing directory): look at what is there instead.
        if not (exist_ok and path.isdir(name)):
            raise


def removedirs(name):
    """Remove directory name, then each parent that is left empty, stopping
    at the first that cannot be removed."""
    rmdir(name)
    parent, leaf = _parent_and_leaf(name)
    while parent and leaf:
        try:
            rmdir(parent)
        except OSError:
            return
        parent, leaf = path.split(parent)


def _read_dir(top, topdown, onerror, followlinks):
    """(subdirectory names, other names, subdirectories to visit after top)
    for one directory of a walk, or None when it cannot be listed."""
    subdirs, others, later = [], [], []
    try:
        listing = scandir(top)
    except OSError as error:
        if onerror is not None:
            onerror(error)
        return None
    with listing:
        for entry in listing:
            try:
                is_dir = entry.is_dir()
            except OSError:
                is_dir = False
            (subdirs if is_dir else others).append(entry.name)
            # bottom-up: decide now, from the entry, which subdirectories to enter
            if is_dir and not topdown and (followlinks or not _entry_is_link(entry)):
                later.append(entry.path)
    return subdirs, others, later


def _entry_is_link(entry):
    try:
        return entry.is_symlink()
    except OSError:
        return False


def walk(top, topdown=True, onerror=None, followlinks=False):
    """Yield (dirpath, dirnames, filenames) for each directory of the tree
    rooted at top: parents before children when topdown, else after. With
    topdown, the caller may prune dirnames in place to skip subtrees."""
    # Work list instead of recursion, so deep trees need no deep stack: a
    # str/bytes item is a directory to read, a tuple a result to hand out.
    pending = [fspath(top)]
    while pending:
        item = pending.pop()
        if isinstance(item, tuple):
            yield item
            continue
        listed = _read_dir(item, topdown, onerror, followlinks)
        if listed is None:
            continue
        subdirs, others, later = listed
        if topdown:
            yield item, subdirs, others
            # read subdirs only now, after the caller had its chance to prune
            children = [path.join(item, d) for d in subdirs]
            children = [c for c in children if followlinks or not path.islink(c)]
        else:
            pending.append((item, subdirs, others))
            children = later
        pending.extend(reversed(children))


import os.path as path
_sys.modules['os.path'] = path


def utime(path, times=None, *, ns=None, dir_fd=None, follow_symlinks=True):
    """Set the access and modified time of path: now, `times` = (atime, mtime) in
    seconds, or `ns` = (atime_ns, mtime_ns)."""
    if times is not None and ns is not None:
        raise ValueError("utime: you may specify either 'times' or 'ns' but not both")
    if dir_fd is not None or not follow_symlinks:
        raise NotImplementedError("utime: dir_fd and follow_symlinks are unavailable")
    if times is not None:
        if not isinstance(times, tuple) or len(times) != 2:
            raise TypeError("utime: 'times' must be either a tuple of two ints or None")
        atime, mtime = times
        _utime(path, _seconds_to_ns(atime), _seconds_to_ns(mtime))
    elif ns is not None:
        if not isinstance(ns, tuple) or len(ns) != 2:
            raise TypeError("utime: 'ns' must be a tuple of two ints")
        for n in ns:
            if not isinstance(n, int):
                raise TypeError("utime: 'ns' must be a tuple of two ints")
        _utime(path, ns[0], ns[1])
    else:
        _utime(path, None, None)


def _seconds_to_ns(t):
    # CPython rounds a float time toward minus infinity (ROUND_FLOOR).
    if isinstance(t, int):
        return t * 1_000_000_000
    if isinstance(t, float):
        import math
        return math.floor(t * 1e9)
    raise TypeError("an integer is required (got type %s)" % type(t).__name__)


def fsencode(filename):
    """Encode filename (an os.PathLike, bytes, or str) to the filesystem encoding
    (UTF-8 with the surrogateescape handler, so that fsdecode's result comes back)."""
    filename = fspath(filename)
    if isinstance(filename, str):
        return filename.encode('utf-8', 'surrogateescape')
    return filename


def fsdecode(filename):
    """Decode filename (an os.PathLike, bytes, or str) from the filesystem encoding."""
    filename = fspath(filename)
    if isinstance(filename, bytes):
        return filename.decode('utf-8', 'surrogateescape')
    return filename
