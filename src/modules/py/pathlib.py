"""Filesystem paths as objects, POSIX style.

PurePath and PurePosixPath only compute with names; Path and PosixPath add
the operations that touch the filesystem (through os and os.path).  The
Windows classes are not provided.
"""

import fnmatch
import os
from collections.abc import Sequence
from stat import S_ISBLK, S_ISCHR, S_ISDIR, S_ISFIFO, S_ISLNK, S_ISREG, S_ISSOCK

__all__ = ["PurePath", "PurePosixPath", "Path", "PosixPath"]

# errno values after which a query such as exists() answers False instead
# of raising: ENOENT, ENOTDIR, EBADF and ELOOP.
_NOT_THERE_ERRNOS = frozenset((2, 20, 9, 40))
_ELOOP = 40


def _means_not_there(error):
    return getattr(error, "errno", None) in _NOT_THERE_ERRNOS


# ---------------------------------------------------------------------------
# Parsing

def _split_root(text):
    """Split one path string into its root and the rest.  POSIX leaves the
    meaning of exactly two leading slashes to the system, so '//' is kept
    as a root of its own; one or three and more mean '/'."""
    if not text.startswith("/"):
        return "", text
    rest = text.lstrip("/")
    return ("//" if len(text) - len(rest) == 2 else "/"), rest


def _parse(segments):
    """Parse path strings as if joined in order: (root, [names]).  An
    absolute segment discards everything before it; empty names and '.'
    are dropped, '..' is kept (it cannot be resolved without the disk)."""
    names = []
    root = ""
    for segment in reversed(segments):
        if not segment:
            continue
        root, rest = _split_root(segment)
        names[:0] = [name for name in rest.split("/") if name and name != "."]
        if root:
            break
    return root, names


def _segments(args):
    """The strings that path constructor arguments stand for."""
    found = []
    for arg in args:
        if isinstance(arg, PurePath):
            found.extend(arg.parts)
            continue
        text = os.fspath(arg)
        if not isinstance(text, str):
            raise TypeError("argument should be a str object or an os.PathLike "
                            "object returning str, not %r" % type(text))
        found.append(str(text))
    return found


def _format(root, names):
    return root + "/".join(names)


# Bytes that stay as they are in a file: URI (RFC 3986 unreserved, and '/').
_URI_PLAIN = frozenset(b"abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"
                       b"0123456789-._~/")


def _uri_escape(text):
    return "".join(chr(byte) if byte in _URI_PLAIN else "%%%02X" % byte
                   for byte in os.fsencode(text))


# ---------------------------------------------------------------------------
# Pure paths

class _PathParents(Sequence):
    """The ancestors of a path, nearest first, as an immutable sequence."""

    __slots__ = ("_pathcls", "_root", "_names")

    def __init__(self, path):
        self._pathcls = type(path)
        self._root = path._root
        self._names = path._names

    def __len__(self):
        return len(self._names)

    def __getitem__(self, index):
        if isinstance(index, slice):
            return tuple(self[i] for i in range(*index.indices(len(self))))
        count = len(self)
        if index >= count or index < -count:
            raise IndexError(index)
        if index < 0:
            index += count
        kept = self._names[:count - 1 - index]
        return self._pathcls._from_parsed(self._root, kept)

    def __repr__(self):
        return "<%s.parents>" % self._pathcls.__name__


class PurePath:
    """A path that is only computed with, never looked up.  PurePath(...)
    makes a PurePosixPath.  Arguments are joined: str, os.PathLike or other
    paths, where an absolute one starts afresh."""

    __slots__ = ("_root", "_names", "_str", "_hash")

    def __new__(cls, *args):
        if cls is PurePath:
            cls = PurePosixPath
        return cls._from_args(args)

    @classmethod
    def _from_args(cls, args):
        root, names = _parse(_segments(args))
        return cls._from_parsed(root, names)

    @classmethod
    def _from_parsed(cls, root, names):
        path = object.__new__(cls)
        path._root = root
        path._names = names
        return path

    def _with_names(self, names):
        return self._from_parsed(self._root, names)

    def __reduce__(self):
        return (type(self), self.parts)

    # -- text forms --

    def __str__(self):
        try:
            return self._str
        except AttributeError:
            self._str = _format(self._root, self._names) or "."
            return self._str

    def __fspath__(self):
        return str(self)

    def as_posix(self):
        """The path as a string with '/' separators."""
        return str(self)

    def __bytes__(self):
        return os.fsencode(self)

    def __repr__(self):
        return "%s(%r)" % (type(self).__name__, self.as_posix())

    def as_uri(self):
        """The path as a file: URI; it must be absolute."""
        if not self.is_absolute():
            raise ValueError("relative path can't be expressed as a file URI")
        return "file://" + _uri_escape(str(self))

    # -- comparison: by components, the root counting as the first --

    def __eq__(self, other):
        if not isinstance(other, PurePath):
            return NotImplemented
        return self.parts == other.parts

    def __hash__(self):
        try:
            return self._hash
        except AttributeError:
            self._hash = hash(self.parts)
            return self._hash

    def __lt__(self, other):
        if not isinstance(other, PurePath):
            return NotImplemented
        return self.parts < other.parts

    def __le__(self, other):
        if not isinstance(other, PurePath):
            return NotImplemented
        return self.parts <= other.parts

    def __gt__(self, other):
        if not isinstance(other, PurePath):
            return NotImplemented
        return self.parts > other.parts

    def __ge__(self, other):
        if not isinstance(other, PurePath):
            return NotImplemented
        return self.parts >= other.parts

    # -- components --

    @property
    def parts(self):
        """The root (if any) and the names, as a tuple."""
        if self._root:
            return (self._root,) + tuple(self._names)
        return tuple(self._names)

    @property
    def drive(self):
        """Always '' on POSIX."""
        return ""

    @property
    def root(self):
        """'/' or '//' for an absolute path, else ''."""
        return self._root

    @property
    def anchor(self):
        """Drive and root together; here the same as root."""
        return self._root

    @property
    def name(self):
        """The last component ('' when there is none)."""
        return self._names[-1] if self._names else ""

    @property
    def suffix(self):
        """The last extension of name, dot included, or ''."""
        stem, extension = _split_extension(self.name)
        return extension

    @property
    def suffixes(self):
        """All extensions of name, in order."""
        name = self.name
        if name.endswith("."):
            return []
        return ["." + piece for piece in name.lstrip(".").split(".")[1:]]

    @property
    def stem(self):
        """name without its last extension."""
        stem, extension = _split_extension(self.name)
        return stem

    @property
    def parent(self):
        """The path one level up ('.' above a single relative name; the
        root is its own parent)."""
        if not self._names:
            return self
        return self._with_names(self._names[:-1])

    @property
    def parents(self):
        """Every ancestor, nearest first."""
        return _PathParents(self)

    def is_absolute(self):
        """Whether the path has a root."""
        return bool(self._root)

    def is_reserved(self):
        """POSIX reserves no names."""
        return False

    # -- new paths from this one --

    def joinpath(self, *args):
        """This path with args appended (an absolute one replaces it)."""
        return self._joined(args)

    def _joined(self, args):
        root, names = _parse(_segments(args))
        if root:
            return self._from_parsed(root, names)
        return self._with_names(self._names + names)

    def __truediv__(self, key):
        try:
            return self._joined((key,))
        except TypeError:
            return NotImplemented

    def __rtruediv__(self, key):
        try:
            return self._from_args((key,) + self.parts)
        except TypeError:
            return NotImplemented

    def _require_name(self):
        if not self.name:
            raise ValueError("%r has an empty name" % (self,))

    def with_name(self, name):
        """This path with its last component replaced by name."""
        self._require_name()
        root, names = _parse((name,))
        if not name or name.endswith("/") or root or len(names) != 1:
            raise ValueError("Invalid name %r" % (name))
        # The name goes in as given: with_name('./x') keeps the './'.
        return self._with_names(self._names[:-1] + [name])

    def with_stem(self, stem):
        """This path with the name's stem replaced."""
        return self.with_name(stem + self.suffix)

    def with_suffix(self, suffix):
        """This path with the name's last extension replaced by suffix
        (which starts with '.'), added when there is none, removed when
        suffix is ''."""
        if "/" in suffix:
            raise ValueError("Invalid suffix %r" % (suffix,))
        if suffix == "." or (suffix and not suffix.startswith(".")):
            raise ValueError("Invalid suffix %r" % (suffix))
        self._require_name()
        name = self.name
        old = self.suffix
        base = name[:len(name) - len(old)]
        return self._with_names(self._names[:-1] + [base + suffix])

    def relative_to(self, *other):
        """This path expressed from the path made of other; ValueError when
        it is not below it."""
        if not other:
            raise TypeError("need at least one argument")
        base_root, base_names = _parse(_segments(other))
        mine = _comparable_parts(self._root, self._names)
        theirs = _comparable_parts(base_root, base_names)
        count = len(theirs)
        below = mine[:count] == theirs if count else not self._root
        if not below:
            raise ValueError("{!r} is not in the subpath of {!r} OR one path is "
                             "relative and the other is absolute."
                             .format(str(self), _format(base_root, base_names)))
        return self._from_parsed("", mine[count:])

    def is_relative_to(self, *other):
        """Whether relative_to(*other) would succeed."""
        try:
            self.relative_to(*other)
        except ValueError:
            return False
        return True

    def match(self, path_pattern):
        """Whether the path ends with components matching the glob pattern;
        an absolute pattern must match the whole path."""
        pattern_root, patterns = _parse((path_pattern,))
        if not pattern_root and not patterns:
            raise ValueError("empty pattern")
        parts = self.parts
        if pattern_root:
            if pattern_root != self._root or len(patterns) + 1 != len(parts):
                return False
        elif len(patterns) > len(parts):
            return False
        # Pairs from the end; a relative pattern may pair with the root.
        for part, pattern in zip(reversed(parts), reversed(patterns)):
            if not fnmatch.fnmatchcase(part, pattern):
                return False
        return True


def _split_extension(name):
    """(stem, extension) of a name; a leading dot or a trailing one does not
    start an extension."""
    dot = name.rfind(".")
    if 0 < dot < len(name) - 1:
        return name[:dot], name[dot:]
    return name, ""


def _comparable_parts(root, names):
    # An absolute path is compared as [drive, root, names...].
    if root:
        return ["", root] + names
    return list(names)


class PurePosixPath(PurePath):
    """A pure path with POSIX rules (the only kind minipy has)."""
    __slots__ = ()


# ---------------------------------------------------------------------------
# Globbing

def _has_wildcard(pattern):
    return "*" in pattern or "?" in pattern or "[" in pattern


def _check_glob_parts(parts):
    """Reject a '**' that is not a whole component, before any lookup."""
    first = parts[0]        # an empty pattern such as '.' fails here, as in 3.11
    for part in (first,) + parts[1:]:
        if not part:
            break
        if part != "**" and "**" in part:
            raise ValueError("Invalid pattern: '**' can only be an entire path component")


def _select(path, parts):
    """Yield the paths below path that match the component patterns parts
    (an empty last part, from a trailing '/', asks for directories)."""
    if not parts or not parts[0]:
        yield path
        return
    pattern, rest = parts[0], parts[1:]
    want_dir = bool(rest)
    if pattern == "**":
        yield from _select_recursive(path, rest)
    elif _has_wildcard(pattern):
        yield from _select_matching(path, pattern, rest, want_dir)
    else:
        yield from _select_named(path, pattern, rest, want_dir)


def _select_named(path, name, rest, want_dir):
    try:
        child = path._child(name)
        if child.is_dir() if want_dir else child.exists():
            yield from _select(child, rest)
    except PermissionError:
        return


def _entry_is_dir(entry):
    try:
        return entry.is_dir()
    except OSError as error:
        if not _means_not_there(error):
            raise
        return False


def _select_matching(path, pattern, rest, want_dir):
    try:
        with os.scandir(path) as listing:
            entries = list(listing)
        for entry in entries:
            if want_dir and not _entry_is_dir(entry):
                continue
            if fnmatch.fnmatchcase(entry.name, pattern):
                yield from _select(path._child(entry.name), rest)
    except PermissionError:
        return


def _directories_below(path):
    """path and every directory under it, depth first, parents before
    children; symbolic links to directories are not entered."""
    yield path
    try:
        with os.scandir(path) as listing:
            entries = list(listing)
        for entry in entries:
            if _entry_is_dir(entry) and not entry.is_symlink():
                yield from _directories_below(path._child(entry.name))
    except PermissionError:
        return


def _select_recursive(path, rest):
    seen = set()
    try:
        for directory in _directories_below(path):
            for found in _select(directory, rest):
                # One file can be reached from several starting directories.
                if found not in seen:
                    seen.add(found)
                    yield found
    except PermissionError:
        return


def _glob_parts(pattern):
    root, parts = _parse((pattern,))
    if root:
        raise NotImplementedError("Non-relative patterns are unsupported")
    if pattern and pattern[-1] == "/":
        parts.append("")
    return tuple(parts)


# ---------------------------------------------------------------------------
# Concrete paths

class Path(PurePath):
    """A path with filesystem operations.  Path(...) makes a PosixPath."""

    __slots__ = ()

    def __new__(cls, *args, **kwargs):
        if cls is Path:
            cls = PosixPath
        return cls._from_args(args)

    def _child(self, name):
        # name is known to be one plain component: no parsing needed.
        return self._with_names(self._names + [name])

    def __enter__(self):
        import warnings
        warnings.warn("pathlib.Path.__enter__() is deprecated and scheduled "
                      "for removal in Python 3.13; Path objects as a context "
                      "manager is a no-op", DeprecationWarning, stacklevel=2)
        return self

    def __exit__(self, exc_type, exc_value, traceback):
        pass

    # -- where we are --

    @classmethod
    def cwd(cls):
        """The current working directory."""
        return cls(os.getcwd())

    @classmethod
    def home(cls):
        """The user's home directory."""
        return cls("~").expanduser()

    def absolute(self):
        """This path made absolute with the current directory; nothing is
        normalised or resolved."""
        if self._root:
            return self
        return self._from_args((os.getcwd(),) + self.parts)

    def resolve(self, strict=False):
        """The absolute path with symbolic links and '..' resolved.  With
        strict, a missing component raises FileNotFoundError."""
        try:
            resolved = os.path.realpath(self, strict=strict)
        except OSError as error:
            _refuse_link_loop(error)
            raise
        path = self._from_args((resolved,))
        if not strict:
            try:
                path.stat()
            except OSError as error:
                _refuse_link_loop(error)
        return path

    def expanduser(self):
        """This path with a leading ~ or ~user replaced by the home directory."""
        if self._root or not self._names or not self._names[0].startswith("~"):
            return self
        home = os.path.expanduser(self._names[0])
        if home.startswith("~"):
            raise RuntimeError("Could not determine home directory.")
        return self._from_args((home,) + tuple(self._names[1:]))

    def readlink(self):
        """The path a symbolic link points to."""
        return self._from_args((os.readlink(self),))

    # -- status --

    def stat(self, *, follow_symlinks=True):
        """os.stat() of the path."""
        return os.stat(self, follow_symlinks=follow_symlinks)

    def lstat(self):
        """os.lstat() of the path: a link itself, not its target."""
        return self.stat(follow_symlinks=False)

    def _mode_or_none(self, follow_symlinks=True):
        """st_mode, or None when the path does not exist (usefully)."""
        if "\0" in str(self):
            return None     # no file has such a name (os.stat would refuse it)
        try:
            return self.stat(follow_symlinks=follow_symlinks).st_mode
        except OSError as error:
            if not _means_not_there(error):
                raise
        except ValueError:      # e.g. an embedded NUL character
            pass
        return None

    def _is_kind(self, predicate, follow_symlinks=True):
        mode = self._mode_or_none(follow_symlinks)
        return mode is not None and predicate(mode)

    def exists(self):
        """Whether the path exists (a dangling link does not)."""
        return self._mode_or_none() is not None

    def is_dir(self):
        """Whether the path is a directory (or a link to one)."""
        return self._is_kind(S_ISDIR)

    def is_file(self):
        """Whether the path is a regular file (or a link to one)."""
        return self._is_kind(S_ISREG)

    def is_symlink(self):
        """Whether the path is a symbolic link."""
        return self._is_kind(S_ISLNK, follow_symlinks=False)

    def is_block_device(self):
        """Whether the path is a block device."""
        return self._is_kind(S_ISBLK)

    def is_char_device(self):
        """Whether the path is a character device."""
        return self._is_kind(S_ISCHR)

    def is_fifo(self):
        """Whether the path is a named pipe."""
        return self._is_kind(S_ISFIFO)

    def is_socket(self):
        """Whether the path is a Unix socket."""
        return self._is_kind(S_ISSOCK)

    def is_mount(self):
        """Whether a file system is mounted at this directory: it lies on
        another device than its parent, or is its parent (the root)."""
        if not self.exists() or not self.is_dir():
            return False
        try:
            above = self.parent.stat()
        except OSError:
            return False
        here = self.stat()
        if here.st_dev != above.st_dev:
            return True
        return here.st_ino == above.st_ino

    def samefile(self, other_path):
        """Whether other_path (a path or a string) names the same file."""
        mine = self.stat()
        try:
            theirs = other_path.stat()
        except AttributeError:
            theirs = type(self)(other_path).stat()
        return os.path.samestat(mine, theirs)

    # -- directories --

    def iterdir(self):
        """The entries of this directory as paths ('.' and '..' left out)."""
        for name in os.listdir(self):
            yield self._child(name)

    def glob(self, pattern):
        """The existing paths below this directory matching the relative
        glob pattern; '**' stands for any number of directories."""
        if not pattern:
            raise ValueError("Unacceptable pattern: {!r}".format(pattern))
        parts = _glob_parts(pattern)
        yield from self._selection(parts)

    def rglob(self, pattern):
        """glob() with '**/' put before pattern: matches at any depth."""
        parts = ("**",) + _glob_parts(pattern)
        yield from self._selection(parts)

    def _selection(self, parts):
        _check_glob_parts(parts)
        if self.is_dir():
            yield from _select(self, parts)

    def mkdir(self, mode=0o777, parents=False, exist_ok=False):
        """Create the directory; with parents, missing ancestors too; with
        exist_ok, an existing directory is no error."""
        try:
            os.mkdir(self, mode)
            return
        except FileNotFoundError:
            if not parents or self.parent == self:
                raise
        except OSError:
            # Test the outcome, not the errno: the system may report EACCES
            # or EROFS for a directory that exists.
            if exist_ok and self.is_dir():
                return
            raise
        # An ancestor is missing: make the chain, then this directory.
        self.parent.mkdir(parents=True, exist_ok=True)
        self.mkdir(mode, parents=False, exist_ok=exist_ok)

    def rmdir(self):
        """Remove this empty directory."""
        os.rmdir(self)

    # -- files --

    def open(self, mode="r", buffering=-1, encoding=None, errors=None,
             newline=None):
        """open() this path."""
        return open(self, mode, buffering, encoding, errors, newline)

    def read_bytes(self):
        """The whole file, as bytes."""
        with self.open(mode="rb") as file:
            return file.read()

    def read_text(self, encoding=None, errors=None):
        """The whole file, decoded."""
        with self.open(mode="r", encoding=encoding, errors=errors) as file:
            return file.read()

    def write_bytes(self, data):
        """Replace the file's contents with the bytes-like data; return the
        number of bytes written."""
        data = _bytes_like(data)
        with self.open(mode="wb") as file:
            return file.write(data)

    def write_text(self, data, encoding=None, errors=None, newline=None):
        """Replace the file's contents with the string data; return the
        number of characters written."""
        if not isinstance(data, str):
            raise TypeError("data must be str, not %s" % type(data).__name__)
        with self.open(mode="w", encoding=encoding, errors=errors,
                       newline=newline) as file:
            return file.write(data)

    def touch(self, mode=0o666, exist_ok=True):
        """Create the file if it is missing, else update its times (or, with
        exist_ok false, raise FileExistsError)."""
        if exist_ok:
            try:
                os.utime(self, None)
                return
            except OSError:
                pass    # missing: create it below
        with open(self, "a" if exist_ok else "x"):
            pass
        if mode != 0o666:
            _apply_creation_mode(self, mode)

    def chmod(self, mode, *, follow_symlinks=True):
        """Change the permission bits, like os.chmod()."""
        os.chmod(self, mode, follow_symlinks=follow_symlinks)

    def unlink(self, missing_ok=False):
        """Remove this file or link; with missing_ok, a missing one is fine."""
        try:
            os.unlink(self)
        except FileNotFoundError:
            if missing_ok:
                return
            raise

    def rename(self, target):
        """Rename to target and return the new path."""
        os.rename(self, target)
        return type(self)(target)

    def replace(self, target):
        """Rename to target, replacing what is there; return the new path."""
        os.replace(self, target)
        return type(self)(target)

    def symlink_to(self, target, target_is_directory=False):
        """Make this path a symbolic link to target."""
        os.symlink(target, self, target_is_directory)


def _refuse_link_loop(error):
    if getattr(error, "errno", None) == _ELOOP:
        raise RuntimeError("Symlink loop from %r" % error.filename)


def _bytes_like(data):
    """data as something a binary file accepts, checked as memoryview() checks
    it (minipy has no memoryview: bytes, bytearray and arrays are the
    bytes-like types it knows)."""
    if isinstance(data, (bytes, bytearray)):
        return data
    try:
        import array
    except ImportError:
        array = None
    if array is not None and isinstance(data, array.array):
        return data.tobytes()
    raise TypeError("memoryview: a bytes-like object is required, not '%s'"
                    % type(data).__name__)


def _apply_creation_mode(path, mode):
    """Give a file made by open() the mode os.open(path, ..., mode) would
    have given it.  open() used 0o666 less the umask; the umask is read back
    from that, its execute bits assumed to follow its read bits (as in the
    usual 022, 002, 027 and 077)."""
    created = os.stat(path).st_mode & 0o777
    masked = 0o666 & ~created
    umask = masked | ((masked & 0o444) >> 2)
    os.chmod(path, mode & ~umask & 0o7777)


class PosixPath(Path, PurePosixPath):
    """A concrete POSIX path: what Path(...) makes."""
    __slots__ = ()
