"""Temporary files and directories with unpredictable names.

Names are a prefix ("tmp" unless given), eight random characters from
[a-z0-9_] and a suffix, created in gettempdir() unless a directory is
given.  Every function takes str or bytes names, not a mix of both.

mkstemp is not offered: it returns an OS-level file descriptor, and
minipy's os cannot open or close one.
"""

import functools
import io
import os
import random
import shutil
import types
import warnings
import weakref

__all__ = [
    "NamedTemporaryFile", "TemporaryFile", "SpooledTemporaryFile",
    "TemporaryDirectory", "mkdtemp", "mktemp", "TMP_MAX", "gettempprefix",
    "tempdir", "gettempdir", "gettempprefixb", "gettempdirb",
]

# How many names to try before giving up (Linux's value of os.TMP_MAX).
TMP_MAX = 238328

# The default name prefix.
template = "tmp"

# The directory gettempdir() settled on; None until first needed.  A
# program may set it to choose the directory itself.
tempdir = None

_EEXIST = 17
_ENOENT = 2


# ---------------------------------------------------------------------------
# Names

class _RandomNameSequence:
    """An endless iterator of random eight-character names."""

    characters = "abcdefghijklmnopqrstuvwxyz0123456789_"

    def __init__(self):
        self._owner_pid = None
        self._generator = None

    @property
    def rng(self):
        # A child process must not repeat its parent's names: one generator
        # per process id.
        pid = os.getpid()
        if pid != self._owner_pid:
            self._generator = random.Random()
            self._owner_pid = pid
        return self._generator

    def __iter__(self):
        return self

    def __next__(self):
        return "".join(self.rng.choices(self.characters, k=8))


_name_sequence = None


def _get_candidate_names():
    """The module's shared name sequence, made when first needed."""
    global _name_sequence
    if _name_sequence is None:
        _name_sequence = _RandomNameSequence()
    return _name_sequence


def _names_of_type(kind):
    names = _get_candidate_names()
    if kind is bytes:
        return map(os.fsencode, names)
    return names


def _infer_return_type(*parts):
    """str or bytes: the type of the given name parts (None ones ignored),
    which must agree.  With none given, the type of tempdir decides."""
    found = None
    for part in parts:
        if part is None:
            continue
        kind = bytes if isinstance(os.fspath(part), bytes) else str
        if found is not None and kind is not found:
            raise TypeError("Can't mix bytes and non-bytes in path components.")
        found = kind
    if found is None:
        return bytes if isinstance(tempdir, bytes) else str
    return found


def _sanitize_params(prefix, suffix, dir):
    """Fill in the defaults of a (prefix, suffix, dir) triple; return it
    with the type of name the caller gets back."""
    kind = _infer_return_type(prefix, suffix, dir)
    if suffix is None:
        suffix = kind()
    if prefix is None:
        prefix = template if kind is str else os.fsencode(template)
    if dir is None:
        dir = gettempdir() if kind is str else gettempdirb()
    return prefix, suffix, dir, kind


# ---------------------------------------------------------------------------
# The default directory

def _candidate_tempdir_list():
    """Where a temporary directory may be: $TMPDIR, $TEMP, $TMP, the usual
    system places, then the current directory."""
    candidates = [os.getenv(name) for name in ("TMPDIR", "TEMP", "TMP")]
    candidates = [path for path in candidates if path]
    candidates += ["/tmp", "/var/tmp", "/usr/tmp"]
    try:
        candidates.append(os.getcwd())
    except (AttributeError, OSError):
        candidates.append(os.curdir)
    return candidates


def _can_write_in(directory, names):
    """True when a new file can be made (and removed) in directory, False
    when the directory is unusable."""
    for _ in range(100):
        probe = os.path.join(directory, next(names))
        try:
            with open(probe, "xb") as handle:
                handle.write(b"blat")
        except FileExistsError:
            continue        # an unlucky name: draw another
        except OSError:
            return False
        os.unlink(probe)
        return True
    return False


def _get_default_tempdir():
    candidates = _candidate_tempdir_list()
    names = _get_candidate_names()
    for directory in candidates:
        if directory != os.curdir:
            directory = os.path.abspath(directory)
        if _can_write_in(directory, names):
            return directory
    raise FileNotFoundError(_ENOENT, "No usable temporary directory found in %s"
                            % candidates)


def _gettempdir():
    global tempdir
    if tempdir is None:
        tempdir = _get_default_tempdir()
    return tempdir


def gettempdir():
    """The directory temporary files go to by default, as str."""
    return os.fsdecode(_gettempdir())


def gettempdirb():
    """The directory temporary files go to by default, as bytes."""
    return os.fsencode(_gettempdir())


def gettempprefix():
    """The default name prefix, as str."""
    return os.fsdecode(template)


def gettempprefixb():
    """The default name prefix, as bytes."""
    return os.fsencode(template)


# ---------------------------------------------------------------------------
# Making unique names

def _claim_new_name(dir, prefix, suffix, kind, create, what):
    """Draw names until create(path) succeeds without finding the name taken;
    return that path."""
    names = _names_of_type(kind)
    for _ in range(TMP_MAX):
        path = os.path.join(dir, prefix + next(names) + suffix)
        try:
            create(path)
        except FileExistsError:
            continue
        return path
    raise FileExistsError(_EEXIST, "No usable temporary %s name found" % what)


def _create_empty_file(path):
    open(path, "xb").close()


def _make_private_dir(path):
    os.mkdir(path, 0o700)


def mkdtemp(suffix=None, prefix=None, dir=None):
    """Create a new directory that only its owner can use and return its
    path (the caller removes it)."""
    prefix, suffix, dir, kind = _sanitize_params(prefix, suffix, dir)
    return _claim_new_name(dir, prefix, suffix, kind, _make_private_dir,
                           "directory")


def mktemp(suffix="", prefix=template, dir=None):
    """Return a file name that did not exist when checked.  Unsafe: another
    process may take the name before the caller creates the file."""
    if dir is None:
        dir = gettempdir()
    names = _get_candidate_names()
    for _ in range(TMP_MAX):
        path = os.path.join(dir, prefix + next(names) + suffix)
        if not os.path.lexists(path):
            return path
    raise FileExistsError(_EEXIST, "No usable temporary filename found")


def _open_fresh_file(prefix, suffix, dir, kind, mode, buffering, encoding,
                     newline, errors):
    """Create a file under a new name and open it; return (file, absolute
    name).  If it cannot be opened, the name is removed again."""
    path = _claim_new_name(dir, prefix, suffix, kind, _create_empty_file, "file")
    path = os.path.abspath(path)
    try:
        if "b" in mode:
            handle = open(path, mode, buffering)
        else:
            handle = open(path, mode, buffering, encoding, errors, newline)
    except BaseException:
        os.unlink(path)
        raise
    return handle, path


# ---------------------------------------------------------------------------
# Named temporary files

class _TemporaryFileCloser:
    """Closes the file once and, when asked to, deletes it.  Method wrappers
    handed out by _TemporaryFileWrapper keep it alive, so the file is not
    deleted while a bound method is still in use."""

    def __init__(self, file, name, delete=True):
        self.file, self.name, self.delete = file, name, delete
        self.close_called = False

    # os.unlink is bound as a default so that it is still reachable when
    # the closer dies while the interpreter shuts down.
    def close(self, unlink=os.unlink):
        if self.close_called or self.file is None:
            return
        self.close_called = True
        try:
            self.file.close()
        finally:
            if self.delete:
                unlink(self.name)

    __del__ = close


class _TemporaryFileWrapper:
    """A file object with a name that is deleted on close (when delete is
    true).  Everything not defined here is looked up on the file."""

    def __init__(self, file, name, delete=True):
        self.file, self.name, self.delete = file, name, delete
        self._closer = _TemporaryFileCloser(file, name, delete)

    def __getattr__(self, name):
        value = getattr(self.__dict__["file"], name)
        if callable(value):
            value = self._keep_closer_alive(value)
        # Cache what cannot change; numbers and flags (closed) stay live.
        if not isinstance(value, int):
            setattr(self, name, value)
        return value

    def _keep_closer_alive(self, method):
        @functools.wraps(method)
        def call(*args, **kwargs):
            return method(*args, **kwargs)
        call._closer = self._closer
        return call

    def __enter__(self):
        self.file.__enter__()
        return self

    def __exit__(self, exc, value, tb):
        outcome = self.file.__exit__(exc, value, tb)
        self.close()
        return outcome

    def close(self):
        """Close the file, deleting it if delete is true."""
        self._closer.close()

    def __iter__(self):
        # A generator of our own, so that iterating keeps the wrapper (and
        # with it the file) alive.
        for line in self.file:
            yield line


def NamedTemporaryFile(mode="w+b", buffering=-1, encoding=None, newline=None,
                       suffix=None, prefix=None, dir=None, delete=True, *,
                       errors=None):
    """Open a new file with a visible name (the .name attribute) and return
    a file-like object.  Closing it deletes the file unless delete is false.
    mode, buffering, encoding, newline and errors go to open()."""
    prefix, suffix, dir, kind = _sanitize_params(prefix, suffix, dir)
    handle, path = _open_fresh_file(prefix, suffix, dir, kind, mode, buffering,
                                    encoding, newline, errors)
    return _TemporaryFileWrapper(handle, path, delete)


def TemporaryFile(mode="w+b", buffering=-1, encoding=None, newline=None,
                  suffix=None, prefix=None, dir=None, *, errors=None):
    """Open a new file whose name is removed at once, so that the file
    disappears when it is closed; return the open file."""
    prefix, suffix, dir, kind = _sanitize_params(prefix, suffix, dir)
    handle, path = _open_fresh_file(prefix, suffix, dir, kind, mode, buffering,
                                    encoding, newline, errors)
    try:
        os.unlink(path)
    except BaseException:
        handle.close()
        raise
    return handle


# ---------------------------------------------------------------------------
# Spooled files

def _forward(method_name):
    """A method that calls the same method of self._file."""
    def forward(self, *args):
        return getattr(self._file, method_name)(*args)
    forward.__name__ = forward.__qualname__ = method_name
    return forward


def _forwarded_property(attribute):
    """A read-only property reading the same attribute of self._file."""
    return property(lambda self: getattr(self._file, attribute))


class SpooledTemporaryFile:
    """A temporary file kept in memory until it grows past max_size bytes
    (0: no limit) or needs a file descriptor; then it moves to a real
    TemporaryFile made with the other arguments."""

    _rolled = False

    def __init__(self, max_size=0, mode="w+b", buffering=-1, encoding=None,
                 newline=None, suffix=None, prefix=None, dir=None, *,
                 errors=None):
        if "b" in mode:
            self._file = io.BytesIO()
        else:
            self._file = io.TextIOWrapper(io.BytesIO(), encoding=encoding,
                                          errors=errors, newline=newline)
        self._max_size = max_size
        self._rolled = False
        self._TemporaryFileArgs = {
            "mode": mode, "buffering": buffering, "suffix": suffix,
            "prefix": prefix, "encoding": encoding, "newline": newline,
            "dir": dir, "errors": errors,
        }

    __class_getitem__ = classmethod(types.GenericAlias)

    def _check(self, file):
        if not self._rolled and self._max_size and file.tell() > self._max_size:
            self.rollover()

    def rollover(self):
        """Move the contents to a real file (once), keeping the position."""
        if self._rolled:
            return
        memory = self._file
        real = TemporaryFile(**self._TemporaryFileArgs)
        newline = self._TemporaryFileArgs["newline"]
        del self._TemporaryFileArgs
        position = memory.tell()
        if isinstance(memory, io.BytesIO):
            real.write(memory.getvalue())
        else:
            _copy_encoded_text(memory, real, newline)
        real.seek(position, 0)
        self._file, self._rolled = real, True

    def __iter__(self):
        # A generator rather than the file itself: minipy's iter() does not
        # take a file object as what a class's __iter__ returns.
        yield from self._file

    def __enter__(self):
        if self._file.closed:
            raise ValueError("Cannot enter context with closed file")
        return self

    def __exit__(self, exc, value, tb):
        self.close()

    def __del__(self):
        if self.closed:
            return
        warnings.warn("Unclosed file {!r}".format(self), ResourceWarning,
                      stacklevel=2, source=self)
        self.close()

    # Calls and attributes that go straight to the current file.
    close = _forward("close")
    flush = _forward("flush")
    isatty = _forward("isatty")
    readable = _forward("readable")
    writable = _forward("writable")
    seekable = _forward("seekable")
    read = _forward("read")
    read1 = _forward("read1")
    readline = _forward("readline")
    readlines = _forward("readlines")
    seek = _forward("seek")
    tell = _forward("tell")
    detach = _forward("detach")
    closed = _forwarded_property("closed")
    encoding = _forwarded_property("encoding")
    errors = _forwarded_property("errors")
    newlines = _forwarded_property("newlines")

    @property
    def mode(self):
        # The in-memory BytesIO has no mode; report the one asked for.
        if hasattr(self._file, "mode"):
            return self._file.mode
        return self._TemporaryFileArgs["mode"]

    @property
    def name(self):
        return getattr(self._file, "name", None)

    def fileno(self):
        self.rollover()     # only a real file has a descriptor
        return self._file.fileno()

    def readinto(self, buffer):
        return _read_into(buffer, self._file.read)

    def readinto1(self, buffer):
        return _read_into(buffer, self._file.read1)

    def truncate(self, size=None):
        if size is not None and size > self._max_size:
            self.rollover()
        if size is None:
            return self._file.truncate()
        return self._file.truncate(size)

    def write(self, data):
        written = self._file.write(data)
        self._check(self._file)
        return written

    def writelines(self, lines):
        result = self._file.writelines(lines)
        self._check(self._file)
        return result


def _read_into(buffer, read):
    data = read(len(buffer))
    buffer[:len(data)] = data
    return len(data)


def _copy_encoded_text(memory, real, newline):
    """Give the text file real the exact bytes the in-memory text stream
    holds.  Writing text to real translates each '\\n' to newline again;
    with newline '\\r\\n' every stored '\\n' came with an added '\\r', which is
    taken off first so that the bytes come out the same."""
    encoding, errors = memory.encoding, memory.errors
    text = memory.detach().getvalue().decode(encoding, errors)
    if newline == "\r\n":
        text = text.replace("\r\n", "\n")
    real.write(text)


# ---------------------------------------------------------------------------
# Directories

def _reset_permissions(path):
    chflags = getattr(os, "chflags", None)
    if chflags is not None:
        chflags(path, 0)
    os.chmod(path, 0o700)


class TemporaryDirectory:
    """A new directory (see mkdtemp) that cleanup(), leaving a with block or
    the object's death removes with all it contains.  `with` gives the path.
    With ignore_cleanup_errors, failures to remove something are ignored."""

    def __init__(self, suffix=None, prefix=None, dir=None,
                 ignore_cleanup_errors=False):
        self.name = mkdtemp(suffix, prefix, dir)
        self._ignore_cleanup_errors = ignore_cleanup_errors
        # A finalizer, not __del__: it also runs at interpreter exit.
        warning = "Implicitly cleaning up {!r}".format(self)
        self._finalizer = weakref.finalize(self, self._cleanup, self.name,
                                           warn_message=warning,
                                           ignore_errors=ignore_cleanup_errors)

    @classmethod
    def _rmtree(cls, name, ignore_errors=False):
        def on_error(function, path, exc_info):
            kind = exc_info[0]
            if issubclass(kind, PermissionError):
                cls._retry_with_permissions(name, path, ignore_errors)
            elif issubclass(kind, FileNotFoundError):
                pass        # already gone: that is the goal
            elif not ignore_errors:
                raise
        shutil.rmtree(name, onerror=on_error)

    @classmethod
    def _retry_with_permissions(cls, top, path, ignore_errors):
        """A read-only entry (or parent) blocked removal: make it writable
        and try again."""
        try:
            if path != top:
                _reset_permissions(os.path.dirname(path))
            _reset_permissions(path)
            try:
                os.unlink(path)
            except (IsADirectoryError, PermissionError):
                # A directory: empty it first.
                cls._rmtree(path, ignore_errors=ignore_errors)
        except FileNotFoundError:
            pass        # removed meanwhile

    @classmethod
    def _cleanup(cls, name, warn_message, ignore_errors=False):
        cls._rmtree(name, ignore_errors=ignore_errors)
        warnings.warn(warn_message, ResourceWarning)

    def cleanup(self):
        """Remove the directory and its contents."""
        # detach() is true the first time; later calls still remove a
        # directory that has been made again under the same name.
        if self._finalizer.detach() or os.path.exists(self.name):
            self._rmtree(self.name, ignore_errors=self._ignore_cleanup_errors)

    def __repr__(self):
        return "<{} {!r}>".format(type(self).__name__, self.name)

    def __enter__(self):
        return self.name

    def __exit__(self, exc, value, tb):
        self.cleanup()

    __class_getitem__ = classmethod(types.GenericAlias)
