"""Temporary files.

minipy's frozen tempfile, following CPython 3.11's API: gettempdir,
gettempprefix, mkdtemp, mktemp, NamedTemporaryFile, TemporaryFile,
SpooledTemporaryFile and TemporaryDirectory.  Names are made of the prefix
("tmp" by default), eight random characters from [a-z0-9_] and the suffix.

mkstemp is absent: it returns an OS-level file descriptor, and minipy has no
os.open / os.close / os.fdopen to use one with.
"""

import os
import io
import random

__all__ = [
    "NamedTemporaryFile", "TemporaryFile",
    "SpooledTemporaryFile", "TemporaryDirectory",
    "mkdtemp", "mktemp",
    "TMP_MAX", "gettempprefix",
    "tempdir", "template",
    "gettempdir", "gettempprefixb", "gettempdirb",
]

# os.TMP_MAX on Linux (minipy has no os.TMP_MAX).
TMP_MAX = 238328

template = "tmp"

# The directory chosen by gettempdir(), or None until it has been called.
tempdir = None

_EEXIST = 17


class _RandomNameSequence:
    """An endless iterator of strings of eight characters from [a-z0-9_]."""

    characters = "abcdefghijklmnopqrstuvwxyz0123456789_"

    def __init__(self):
        self._rng_pid = None
        self._rng = None

    @property
    def rng(self):
        # A fresh generator per process, as CPython reseeds after fork.
        cur_pid = os.getpid()
        if cur_pid != self._rng_pid:
            self._rng = random.Random()
            self._rng_pid = cur_pid
        return self._rng

    def __iter__(self):
        return self

    def __next__(self):
        return ''.join(self.rng.choices(self.characters, k=8))


_name_sequence = None


def _get_candidate_names():
    """Common setup sequence for all user-callable interfaces."""
    global _name_sequence
    if _name_sequence is None:
        _name_sequence = _RandomNameSequence()
    return _name_sequence


def _candidate_tempdir_list():
    """Generate a list of candidate temporary directories which
    _get_default_tempdir will try."""
    dirlist = []
    for envname in 'TMPDIR', 'TEMP', 'TMP':
        dirname = os.getenv(envname)
        if dirname:
            dirlist.append(dirname)
    dirlist.extend(['/tmp', '/var/tmp', '/usr/tmp'])
    try:
        dirlist.append(os.getcwd())
    except (AttributeError, OSError):
        dirlist.append(os.curdir)
    return dirlist


def _get_default_tempdir():
    """Calculate the default directory to use for temporary files:
    the first candidate in which a file can be created and written."""
    namer = _get_candidate_names()
    dirlist = _candidate_tempdir_list()
    for dir in dirlist:
        if dir != os.curdir:
            dir = os.path.abspath(dir)
        for seq in range(100):
            name = next(namer)
            filename = os.path.join(dir, name)
            try:
                with open(filename, 'xb') as fp:
                    fp.write(b'blat')
                os.unlink(filename)
                return dir
            except FileExistsError:
                pass
            except OSError:
                # Not writable (or not there): try the next candidate.
                break
    raise FileNotFoundError(2, "No usable temporary directory found in %s" %
                            dirlist)


def gettempprefix():
    """The default prefix for temporary directories as string."""
    return template


def gettempprefixb():
    """The default prefix for temporary directories as bytes."""
    return template.encode()


def gettempdir():
    """Returns tempfile.tempdir as str."""
    global tempdir
    if tempdir is None:
        tempdir = _get_default_tempdir()
    return tempdir


def gettempdirb():
    """Returns tempfile.tempdir as bytes."""
    return gettempdir().encode()


def _sanitize_params(prefix, suffix, dir):
    """Common parameter processing for most APIs in this module."""
    for x in (prefix, suffix, dir):
        if isinstance(x, bytes):
            raise TypeError("minipy's tempfile takes str names only")
    if suffix is None:
        suffix = ''
    if prefix is None:
        prefix = template
    if dir is None:
        dir = gettempdir()
    return prefix, suffix, os.fspath(dir)


def _create_file(prefix, suffix, dir):
    """Create a new empty file with a random name; return its absolute path."""
    names = _get_candidate_names()
    for seq in range(TMP_MAX):
        name = next(names)
        file = os.path.join(dir, prefix + name + suffix)
        try:
            open(file, 'xb').close()
        except FileExistsError:
            continue
        return os.path.abspath(file)
    raise FileExistsError(_EEXIST, "No usable temporary file name found")


def mkdtemp(suffix=None, prefix=None, dir=None):
    """User-callable function to create and return a unique temporary
    directory.  The return value is the pathname of the directory.

    The directory is readable, writable, and searchable only by the
    creating user.
    """
    prefix, suffix, dir = _sanitize_params(prefix, suffix, dir)
    names = _get_candidate_names()
    for seq in range(TMP_MAX):
        name = next(names)
        file = os.path.join(dir, prefix + name + suffix)
        try:
            os.mkdir(file, 0o700)
        except FileExistsError:
            continue
        return os.path.abspath(file)
    raise FileExistsError(_EEXIST, "No usable temporary directory name found")


def mktemp(suffix="", prefix=template, dir=None):
    """User-callable function to return a unique temporary file name.  The
    file is not created.

    THIS FUNCTION IS UNSAFE AND SHOULD NOT BE USED.  The file name may
    refer to a file that did not exist at some point, but by the time
    you get around to creating it, someone else may have beaten you to
    the punch.
    """
    if dir is None:
        dir = gettempdir()
    names = _get_candidate_names()
    for seq in range(TMP_MAX):
        name = next(names)
        file = os.path.join(dir, prefix + name + suffix)
        if not os.path.lexists(file):
            return file
    raise FileExistsError(_EEXIST, "No usable temporary filename found")


class _TemporaryFileCloser:
    """Closes (and, if asked, deletes) the file when it is closed or when
    the wrapper goes away."""

    cleanup_called = False
    close_called = False

    def __init__(self, file, name, delete=True):
        self.file = file
        self.name = name
        self.delete = delete

    def cleanup(self):
        if not self.cleanup_called:
            self.cleanup_called = True
            try:
                if not self.close_called:
                    self.close_called = True
                    self.file.close()
            finally:
                if self.delete:
                    try:
                        os.unlink(self.name)
                    except FileNotFoundError:
                        pass

    def close(self):
        self.cleanup()

    def __del__(self):
        self.cleanup()


class _TemporaryFileWrapper:
    """Temporary file wrapper

    This class provides a wrapper around files opened for
    temporary use.  In particular, it seeks to automatically
    remove the file when it is no longer needed.
    """

    def __init__(self, file, name, delete=True):
        self.file = file
        self.name = name
        self.delete = delete
        self._closer = _TemporaryFileCloser(file, name, delete)

    def __getattr__(self, name):
        # Attribute lookups are delegated to the underlying file.
        file = self.__dict__['file']
        return getattr(file, name)

    def __enter__(self):
        self.file.__enter__()
        return self

    def __exit__(self, exc, value, tb):
        result = self.file.__exit__(exc, value, tb)
        self.close()
        return result

    def close(self):
        """
        Close the temporary file, possibly deleting it.
        """
        self._closer.close()

    def __iter__(self):
        # Iterate over the lines of the underlying file.
        for line in self.file:
            yield line


def _open_new(prefix, suffix, dir, mode, buffering, encoding, newline, errors):
    name = _create_file(prefix, suffix, dir)
    try:
        if 'b' in mode:
            file = open(name, mode, buffering)
        else:
            file = open(name, mode, buffering, encoding, errors, newline)
    except BaseException:
        os.unlink(name)
        raise
    return file, name


def NamedTemporaryFile(mode='w+b', buffering=-1, encoding=None,
                       newline=None, suffix=None, prefix=None,
                       dir=None, delete=True, *, errors=None):
    """Create and return a temporary file.
    Arguments:
    'prefix', 'suffix', 'dir' -- as for mkstemp.
    'mode' -- the mode argument to io.open (default "w+b").
    'buffering' -- the buffer size argument to io.open (default -1).
    'encoding' -- the encoding argument to io.open (default None)
    'newline' -- the newline argument to io.open (default None)
    'delete' -- whether the file is deleted on close (default True).
    'errors' -- the errors argument to io.open (default None)
    The file is created as mkstemp() would do it.

    Returns an object with a file-like interface; the name of the file
    is accessible as its 'name' attribute.  The file will be automatically
    deleted when it is closed unless the 'delete' argument is set to False.
    """
    prefix, suffix, dir = _sanitize_params(prefix, suffix, dir)
    file, name = _open_new(prefix, suffix, dir, mode, buffering, encoding,
                           newline, errors)
    return _TemporaryFileWrapper(file, name, delete)


def TemporaryFile(mode='w+b', buffering=-1, encoding=None,
                  newline=None, suffix=None, prefix=None,
                  dir=None, *, errors=None):
    """Create and return a temporary file.
    Arguments:
    'prefix', 'suffix', 'dir' -- as for mkstemp.
    'mode' -- the mode argument to io.open (default "w+b").
    'buffering' -- the buffer size argument to io.open (default -1).
    'encoding' -- the encoding argument to io.open (default None)
    'newline' -- the newline argument to io.open (default None)
    'errors' -- the errors argument to io.open (default None)
    The file is created as mkstemp() would do it.

    Returns an object with a file-like interface.  The file has no
    name, and will cease to exist when it is closed.
    """
    prefix, suffix, dir = _sanitize_params(prefix, suffix, dir)
    file, name = _open_new(prefix, suffix, dir, mode, buffering, encoding,
                           newline, errors)
    # Unlinked at once: the open file lives on until it is closed.
    os.unlink(name)
    return file


class SpooledTemporaryFile:
    """Temporary file wrapper, specialized to switch from BytesIO
    or StringIO to a real file when it exceeds a certain size or
    when a fileno is needed.
    """
    _rolled = False

    def __init__(self, max_size=0, mode='w+b', buffering=-1,
                 encoding=None, newline=None,
                 suffix=None, prefix=None, dir=None, *, errors=None):
        if 'b' in mode:
            self._file = io.BytesIO()
        else:
            self._file = io.StringIO(newline=newline)
        self._max_size = max_size
        self._rolled = False
        self._TemporaryFileArgs = {'mode': mode, 'buffering': buffering,
                                   'suffix': suffix, 'prefix': prefix,
                                   'encoding': encoding, 'newline': newline,
                                   'dir': dir, 'errors': errors}

    def __class_getitem__(cls, item):
        return cls

    def _check(self, file):
        if self._rolled:
            return
        max_size = self._max_size
        if max_size and file.tell() > max_size:
            self.rollover()

    def rollover(self):
        if self._rolled:
            return
        file = self._file
        newfile = self._file = TemporaryFile(**self._TemporaryFileArgs)
        del self._TemporaryFileArgs

        pos = file.tell()
        newfile.write(file.getvalue())
        newfile.seek(pos, 0)

        self._rolled = True

    def __enter__(self):
        if self._file.closed:
            raise ValueError("Cannot enter context with closed file")
        return self

    def __exit__(self, exc, value, tb):
        self._file.close()

    def __iter__(self):
        return self._file.__iter__()

    def close(self):
        self._file.close()

    @property
    def closed(self):
        return self._file.closed

    @property
    def encoding(self):
        if self._rolled:
            return self._file.encoding
        if 'b' in self._TemporaryFileArgs['mode']:
            raise AttributeError("'_io.BytesIO' object has no attribute 'encoding'")
        return self._TemporaryFileArgs['encoding'] or 'UTF-8'

    @property
    def errors(self):
        if self._rolled:
            return self._file.errors
        if 'b' in self._TemporaryFileArgs['mode']:
            raise AttributeError("'_io.BytesIO' object has no attribute 'errors'")
        return self._TemporaryFileArgs['errors'] or 'strict'

    def fileno(self):
        self.rollover()
        return self._file.fileno()

    def flush(self):
        self._file.flush()

    def isatty(self):
        return self._file.isatty()

    @property
    def mode(self):
        try:
            return self._file.mode
        except AttributeError:
            return self._TemporaryFileArgs['mode']

    @property
    def name(self):
        try:
            return self._file.name
        except AttributeError:
            return None

    def read(self, *args):
        return self._file.read(*args)

    def readable(self):
        return self._file.readable()

    def readline(self, *args):
        return self._file.readline(*args)

    def readlines(self, *args):
        return self._file.readlines(*args)

    def seekable(self):
        return self._file.seekable()

    def seek(self, *args):
        return self._file.seek(*args)

    def tell(self):
        return self._file.tell()

    def truncate(self, size=None):
        if size is None:
            self._file.truncate()
        else:
            if size > self._max_size:
                self.rollover()
            self._file.truncate(size)

    def writable(self):
        return self._file.writable()

    def write(self, s):
        file = self._file
        rv = file.write(s)
        self._check(file)
        return rv

    def writelines(self, iterable):
        file = self._file
        rv = file.writelines(iterable)
        self._check(file)
        return rv


def _rmtree(path, ignore_errors):
    """Remove a directory tree (symlinks are removed, never followed)."""
    try:
        entries = list(os.scandir(path))
    except OSError:
        if not ignore_errors:
            raise
        entries = []
    for entry in entries:
        try:
            is_dir = entry.is_dir(follow_symlinks=False)
        except OSError:
            is_dir = False
        if is_dir:
            _rmtree(entry.path, ignore_errors)
        else:
            try:
                os.unlink(entry.path)
            except OSError:
                if not ignore_errors:
                    raise
    try:
        os.rmdir(path)
    except OSError:
        if not ignore_errors:
            raise


class TemporaryDirectory:
    """Create and return a temporary directory.  This has the same
    behavior as mkdtemp but can be used as a context manager.  For
    example:

        with TemporaryDirectory() as tmpdir:
            ...

    Upon exiting the context, the directory and everything contained
    in it are removed.
    """

    def __init__(self, suffix=None, prefix=None, dir=None,
                 ignore_cleanup_errors=False):
        self.name = mkdtemp(suffix, prefix, dir)
        self._ignore_cleanup_errors = ignore_cleanup_errors
        self._cleaned = False

    def __class_getitem__(cls, item):
        return cls

    def __repr__(self):
        return "<{} {!r}>".format(self.__class__.__name__, self.name)

    def __enter__(self):
        return self.name

    def __exit__(self, exc, value, tb):
        self.cleanup()

    def cleanup(self):
        if not self._cleaned:
            self._cleaned = True
            if os.path.lexists(self.name):
                _rmtree(self.name, self._ignore_cleanup_errors)

    def __del__(self):
        # CPython removes a forgotten directory when the object dies (with
        # a ResourceWarning, ignored by default).
        try:
            if not self._cleaned:
                self._cleaned = True
                _rmtree(self.name, True)
        except AttributeError:
            pass
