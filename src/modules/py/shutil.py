"""Whole-file and whole-tree operations on top of os: copying contents and
metadata, copying, moving and deleting directory trees, looking programs up
on PATH and reading the terminal size.

minipy's os has no file descriptors, extended attributes, chown or statvfs,
so chown, disk_usage and the archive functions are not offered.
"""

import os
import sys
import stat

__all__ = [
    "copyfileobj", "copyfile", "copymode", "copystat", "copy", "copy2",
    "copytree", "move", "rmtree", "Error", "SpecialFileError", "ExecError",
    "ignore_patterns", "which", "get_terminal_size", "SameFileError",
]

# Chunk size for copying between file objects.
COPY_BUFSIZE = 64 * 1024


class Error(OSError):
    """Failure of a shutil operation; copytree puts a list of
    (source, destination, reason) triples in args[0]."""


class SameFileError(Error):
    """Source and destination of a copy are one file."""


class SpecialFileError(OSError):
    """The operation cannot work on this kind of file (a named pipe)."""


class ExecError(OSError):
    """An external command could not be run."""


class ReadError(OSError):
    """An archive could not be read."""


class RegistryError(Exception):
    """A bad registration of an archive format."""


# ---------------------------------------------------------------------------
# Single files

def copyfileobj(fsrc, fdst, length=0):
    """Copy everything that can be read from fsrc into fdst, length bytes
    (COPY_BUFSIZE when 0) at a time."""
    chunk_size = length or COPY_BUFSIZE
    read, write = fsrc.read, fdst.write
    chunk = read(chunk_size)
    while chunk:
        write(chunk)
        chunk = read(chunk_size)


def _stat_of(path):
    """os.stat, also for a DirEntry (whose cached result it uses)."""
    if isinstance(path, os.DirEntry):
        return path.stat()
    return os.stat(path)


def _same_file(src, dst):
    try:
        return os.path.samestat(_stat_of(src), os.stat(dst))
    except OSError:
        return False


def _refuse_named_pipes(*paths):
    """Copying from or into a FIFO would block forever: refuse it."""
    for path in paths:
        try:
            mode = _stat_of(path).st_mode
        except OSError:
            continue    # missing: open() will report it properly
        if stat.S_ISFIFO(mode):
            name = path.path if isinstance(path, os.DirEntry) else path
            raise SpecialFileError("`%s` is a named pipe" % name)


def _is_symlink(path):
    if isinstance(path, os.DirEntry):
        return path.is_symlink()
    return os.path.islink(path)


def _copy_contents(src, dst):
    with open(src, "rb") as source:
        try:
            target = open(dst, "wb")
        except IsADirectoryError as error:
            # Writing to 'missing/' fails with EISDIR; say what is wrong.
            if not os.path.exists(dst):
                raise FileNotFoundError(f"Directory does not exist: {dst}") from error
            raise
        with target:
            copyfileobj(source, target)


def copyfile(src, dst, *, follow_symlinks=True):
    """Copy the contents of src to dst (replacing it) and return dst.
    A symbolic link src is copied as a link when follow_symlinks is false."""
    if _same_file(src, dst):
        raise SameFileError("{!r} and {!r} are the same file".format(src, dst))
    _refuse_named_pipes(src, dst)
    if not follow_symlinks and _is_symlink(src):
        os.symlink(os.readlink(src), dst)
    else:
        _copy_contents(src, dst)
    return dst


def copymode(src, dst, *, follow_symlinks=True):
    """Give dst the permission bits of src.  Between two symbolic links
    with follow_symlinks false nothing happens: Linux cannot chmod a link."""
    if not follow_symlinks and _is_symlink(src) and os.path.islink(dst):
        return
    os.chmod(dst, stat.S_IMODE(_stat_of(src).st_mode))


def _set_link_times(dst, times_ns):
    try:
        os.utime(dst, ns=times_ns, follow_symlinks=False)
    except NotImplementedError:
        pass    # this os cannot change a link's own times


def copystat(src, dst, *, follow_symlinks=True):
    """Give dst the permission bits and access/modification times of src.
    Between two symbolic links with follow_symlinks false, the links' own
    times are copied and their (meaningless) modes left alone."""
    if follow_symlinks or not (_is_symlink(src) and os.path.islink(dst)):
        info = _stat_of(src)
        os.utime(dst, ns=(info.st_atime_ns, info.st_mtime_ns))
        os.chmod(dst, stat.S_IMODE(info.st_mode))
        return
    if isinstance(src, os.DirEntry):
        info = src.stat(follow_symlinks=False)
    else:
        info = os.lstat(src)
    _set_link_times(dst, (info.st_atime_ns, info.st_mtime_ns))


def _target_in(dst, src):
    """Copying into a directory keeps the source's name."""
    if os.path.isdir(dst):
        return os.path.join(dst, os.path.basename(src))
    return dst


def copy(src, dst, *, follow_symlinks=True):
    """Copy contents and permission bits, like 'cp'; dst may be a directory.
    Return the path of the new file."""
    dst = _target_in(dst, src)
    copyfile(src, dst, follow_symlinks=follow_symlinks)
    copymode(src, dst, follow_symlinks=follow_symlinks)
    return dst


def copy2(src, dst, *, follow_symlinks=True):
    """Like copy(), also copying the access and modification times."""
    dst = _target_in(dst, src)
    copyfile(src, dst, follow_symlinks=follow_symlinks)
    copystat(src, dst, follow_symlinks=follow_symlinks)
    return dst


# ---------------------------------------------------------------------------
# Trees

def ignore_patterns(*patterns):
    """An ignore= callable for copytree that skips names matching any of
    the glob patterns."""
    import fnmatch

    def names_to_skip(directory, names):
        skipped = set()
        for pattern in patterns:
            skipped.update(fnmatch.filter(names, pattern))
        return skipped
    return names_to_skip


class _TreeCopy:
    """The settings of one copytree() call, shared by every level."""

    def __init__(self, symlinks, ignore, copy_function, ignore_dangling_symlinks,
                 dirs_exist_ok):
        self.symlinks = symlinks
        self.ignore = ignore
        self.copy_function = copy_function
        self.ignore_dangling = ignore_dangling_symlinks
        self.dirs_exist_ok = dirs_exist_ok

    def directory(self, src, dst):
        with os.scandir(src) as listing:
            entries = list(listing)
        skipped = set()
        if self.ignore is not None:
            skipped = self.ignore(os.fspath(src), [entry.name for entry in entries])
        os.makedirs(dst, exist_ok=self.dirs_exist_ok)
        problems = []
        for entry in entries:
            if entry.name in skipped:
                continue
            source = os.path.join(src, entry.name)
            target = os.path.join(dst, entry.name)
            try:
                self.entry(entry, source, target)
            except Error as error:
                problems.extend(error.args[0])
            except OSError as error:
                problems.append((source, target, str(error)))
        try:
            copystat(src, dst)
        except OSError as error:
            problems.append((src, dst, str(error)))
        if problems:
            raise Error(problems)
        return dst

    def entry(self, entry, source, target):
        if entry.is_symlink():
            link = os.readlink(source)
            if self.symlinks:
                os.symlink(link, target)
                copystat(source, target, follow_symlinks=False)
                return
            # A link is otherwise copied as what it points to.  The test
            # of its text is relative to the current directory, as in CPython.
            if self.ignore_dangling and not os.path.exists(link):
                return
        if entry.is_dir():
            self.directory(source, target)
        else:
            self.copy_function(source, target)


def copytree(src, dst, symlinks=False, ignore=None, copy_function=copy2,
             ignore_dangling_symlinks=False, dirs_exist_ok=False):
    """Copy the directory src and everything below it to dst (created, with
    its parents, unless dirs_exist_ok lets it exist) and return dst.

    Symbolic links are copied as links when symlinks is true, else as their
    targets.  ignore(directory, names) returns the names to skip.  Failures
    are collected and raised together as Error at the end."""
    copier = _TreeCopy(symlinks, ignore, copy_function, ignore_dangling_symlinks,
                       dirs_exist_ok)
    return copier.directory(src, dst)


def _remove_contents(path, onerror):
    """Delete everything inside the directory path, then path itself."""
    try:
        with os.scandir(path) as listing:
            entries = list(listing)
    except OSError as error:
        error.filename = path
        onerror(os.scandir, path, sys.exc_info())
        entries = ()
    for entry in entries:
        full_name = os.path.join(path, entry.name)
        try:
            # Not following links: a link to a directory is unlinked, its
            # target left alone.
            is_dir = entry.is_dir(follow_symlinks=False)
        except OSError:
            is_dir = False
        if is_dir:
            _remove_contents(full_name, onerror)
            continue
        try:
            os.unlink(full_name)
        except OSError:
            onerror(os.unlink, full_name, sys.exc_info())
    try:
        os.rmdir(path)
    except OSError:
        onerror(os.rmdir, path, sys.exc_info())


def rmtree(path, ignore_errors=False, onerror=None, *, dir_fd=None):
    """Delete the directory path and everything below it.

    Each failure calls onerror(function, path, exc_info); the default
    re-raises, and ignore_errors=True drops failures silently.  path itself
    may not be a symbolic link."""
    if dir_fd is not None:
        raise NotImplementedError("rmtree: dir_fd is unavailable")
    if ignore_errors:
        def onerror(function, failed_path, exc_info):
            pass
    elif onerror is None:
        def onerror(function, failed_path, exc_info):
            raise   # called inside the except clause: re-raises its error
    if isinstance(path, bytes):
        path = os.fsdecode(path)
    try:
        own = os.lstat(path)
    except OSError:
        onerror(os.lstat, path, sys.exc_info())
        return
    try:
        followed = os.stat(path)    # fails for a dangling link
    except OSError:
        onerror(os.stat, path, sys.exc_info())
        return
    if not os.path.samestat(own, followed):
        try:
            raise OSError("Cannot call rmtree on a symbolic link")
        except OSError:
            onerror(os.path.islink, path, sys.exc_info())
        return
    _remove_contents(path, onerror)


# Deletion goes by path, not by open directory, so a symlink swapped in
# during the walk could redirect it.
rmtree.avoids_symlink_attacks = False


def _name_without_trailing_seps(path):
    path = os.fspath(path)
    separators = os.path.sep + (os.path.altsep or "")
    return os.path.basename(path.rstrip(separators))


def _is_inside(dst, src):
    """Whether dst lies in (or is) the directory src."""
    src_dir = os.path.join(os.path.abspath(src), "")
    dst_dir = os.path.join(os.path.abspath(dst), "")
    return dst_dir.startswith(src_dir)


def _move_by_copying(src, real_dst, dst, copy_function):
    """The fallback when os.rename cannot move src (another file system)."""
    if os.path.islink(src):
        os.symlink(os.readlink(src), real_dst)
        os.unlink(src)
    elif os.path.isdir(src):
        if _is_inside(dst, src):
            raise Error("Cannot move a directory '%s' into itself '%s'." % (src, dst))
        copytree(src, real_dst, copy_function=copy_function, symlinks=True)
        rmtree(src)
    else:
        copy_function(src, real_dst)
        os.unlink(src)


def move(src, dst, copy_function=copy2):
    """Move a file or directory tree like 'mv' and return where it went.
    Into an existing directory dst it goes under its own name."""
    real_dst = dst
    if os.path.isdir(dst):
        if _same_file(src, dst):
            # Only the case of the name changes (case-insensitive file system).
            os.rename(src, dst)
            return None
        real_dst = os.path.join(dst, _name_without_trailing_seps(src))
        if os.path.exists(real_dst):
            raise Error("Destination path '%s' already exists" % real_dst)
    try:
        os.rename(src, real_dst)
        return real_dst
    except OSError:
        pass    # e.g. across file systems
    _move_by_copying(src, real_dst, dst, copy_function)
    return real_dst


# ---------------------------------------------------------------------------
# Environment

def _dimension_from_env(name):
    """A size set in the environment, 0 when unset or not a number."""
    try:
        return int(os.environ[name])
    except (KeyError, ValueError):
        return 0


def _measured_size(fallback):
    try:
        return os.get_terminal_size(sys.__stdout__.fileno())
    except (AttributeError, ValueError, OSError):
        return os.terminal_size(fallback)


def get_terminal_size(fallback=(80, 24)):
    """The terminal's size as os.terminal_size: COLUMNS and LINES when they
    hold positive numbers, else what the terminal reports, else fallback."""
    columns = _dimension_from_env("COLUMNS")
    lines = _dimension_from_env("LINES")
    if columns > 0 and lines > 0:
        return os.terminal_size((columns, lines))
    measured = _measured_size(fallback)
    if columns <= 0:
        columns = measured.columns or fallback[0]
    if lines <= 0:
        lines = measured.lines or fallback[1]
    return os.terminal_size((columns, lines))


def _usable_program(path, mode):
    return os.path.exists(path) and os.access(path, mode) and not os.path.isdir(path)


def _search_dirs(path, as_bytes):
    if as_bytes:
        return os.fsencode(path).split(os.fsencode(os.pathsep))
    return os.fsdecode(path).split(os.pathsep)


def which(cmd, mode=os.F_OK | os.X_OK, path=None):
    """The path of the program cmd as found on path (default: $PATH) with
    the access mode, or None.  A cmd with a directory part is only checked."""
    if os.path.dirname(cmd):
        return cmd if _usable_program(cmd, mode) else None
    if path is None:
        path = os.environ.get("PATH", None)
        if path is None:
            path = os.defpath
    if not path:
        return None
    visited = set()
    for directory in _search_dirs(path, isinstance(cmd, bytes)):
        key = os.path.normcase(directory)
        if key in visited:
            continue
        visited.add(key)
        candidate = os.path.join(directory, cmd)
        if _usable_program(candidate, mode):
            return candidate
    return None
