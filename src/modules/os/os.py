# The Python part of the os module, after CPython's os.py: environ, stat_result,
# scandir's DirEntry, walk, makedirs/removedirs, fspath and PathLike. The native
# functions (stat, _scandir, putenv, ...) are already in this namespace.

import abc as _abc
import sys as _sys
import _structseq
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
SEEK_SET, SEEK_CUR, SEEK_END = 0, 1, 2
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


def _stat_result(raw):
    (mode, ino, dev, nlink, uid, gid, size, atime, mtime, ctime,
     atime_ns, mtime_ns, ctime_ns, blksize, blocks, rdev) = raw
    return stat_result((mode, ino, dev, nlink, uid, gid, size, atime, mtime, ctime,
                        atime + atime_ns * 1e-9, mtime + mtime_ns * 1e-9,
                        ctime + ctime_ns * 1e-9,
                        atime * 1000000000 + atime_ns, mtime * 1000000000 + mtime_ns,
                        ctime * 1000000000 + ctime_ns, blksize, blocks, rdev))


def fspath(path):
    """Return the file system path representation of the object."""
    if isinstance(path, (str, bytes)):
        return path
    path_type = type(path)
    try:
        path_repr = path_type.__fspath__(path)
    except AttributeError:
        if hasattr(path_type, '__fspath__'):
            raise
        raise TypeError("expected str, bytes or os.PathLike object, not "
                        + path_type.__name__)
    if isinstance(path_repr, (str, bytes)):
        return path_repr
    raise TypeError("expected {}.__fspath__() to return str or bytes, not {}"
                    .format(path_type.__name__, type(path_repr).__name__))


class PathLike(_abc.ABC):
    """Abstract base class for implementing the file system path protocol."""

    @_abc.abstractmethod
    def __fspath__(self):
        """Return the file system path representation of the object."""
        raise NotImplementedError

    @classmethod
    def __subclasshook__(cls, subclass):
        if cls is PathLike:
            for klass in subclass.__mro__:
                if '__fspath__' in klass.__dict__:
                    if klass.__dict__['__fspath__'] is None:
                        return NotImplemented
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

    def __or__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        new = dict(self)
        new.update(other)
        return new

    def __ror__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        new = dict(other)
        new.update(self)
        return new

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


def makedirs(name, mode=0o777, exist_ok=False):
    """makedirs(name [, mode=0o777][, exist_ok=False])

    Super-mkdir; create a leaf directory and all intermediate ones."""
    head, tail = path.split(name)
    if not tail:
        head, tail = path.split(head)
    if head and tail and not path.exists(head):
        try:
            makedirs(head, exist_ok=exist_ok)
        except FileExistsError:
            # Defeats race condition when another thread created the path
            pass
        cdir = curdir
        if tail == cdir:           # xxx/newdir/. exists if xxx/newdir exists
            return
    try:
        mkdir(name, mode)
    except OSError:
        # Cannot rely on checking for EEXIST, since the operating system
        # could give priority to other errors like EACCES or EROFS
        if not exist_ok or not path.isdir(name):
            raise


def removedirs(name):
    """removedirs(name)

    Super-rmdir; remove a leaf directory and all empty intermediate ones."""
    rmdir(name)
    head, tail = path.split(name)
    if not tail:
        head, tail = path.split(head)
    while head and tail:
        try:
            rmdir(head)
        except OSError:
            break
        head, tail = path.split(head)


def walk(top, topdown=True, onerror=None, followlinks=False):
    """Directory tree generator: (dirpath, dirnames, filenames) for each directory
    in the tree rooted at top."""
    top = fspath(top)
    stack = [top]
    islink, join = path.islink, path.join
    while stack:
        top = stack.pop()
        if isinstance(top, tuple):
            yield top
            continue
        dirs = []
        nondirs = []
        walk_dirs = []
        try:
            scandir_it = scandir(top)
        except OSError as error:
            if onerror is not None:
                onerror(error)
            continue
        with scandir_it:
            for entry in scandir_it:
                try:
                    is_dir = entry.is_dir()
                except OSError:
                    is_dir = False
                if is_dir:
                    dirs.append(entry.name)
                else:
                    nondirs.append(entry.name)
                if not topdown and is_dir:
                    if followlinks:
                        walk_into = True
                    else:
                        try:
                            is_symlink = entry.is_symlink()
                        except OSError:
                            is_symlink = False
                        walk_into = not is_symlink
                    if walk_into:
                        walk_dirs.append(entry.path)
        if topdown:
            yield top, dirs, nondirs
            for dirname in reversed(dirs):
                new_path = join(top, dirname)
                if followlinks or not islink(new_path):
                    stack.append(new_path)
        else:
            stack.append((top, dirs, nondirs))
            for new_path in reversed(walk_dirs):
                stack.append(new_path)


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
    (UTF-8 with the surrogateescape handler minipy lacks: strict UTF-8)."""
    filename = fspath(filename)
    if isinstance(filename, str):
        return filename.encode('utf-8')
    return filename


def fsdecode(filename):
    """Decode filename (an os.PathLike, bytes, or str) from the filesystem encoding."""
    filename = fspath(filename)
    if isinstance(filename, bytes):
        return filename.decode('utf-8')
    return filename
