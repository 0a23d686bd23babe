"""Filename globbing utility.

minipy's frozen glob: glob, iglob, escape and has_magic as in CPython 3.11
(root_dir, recursive "**", include_hidden).  dir_fd is not supported
(minipy's os has no directory descriptors): passing one raises
NotImplementedError.
"""

import os
import fnmatch

__all__ = ["glob", "iglob", "escape"]


def glob(pathname, *, root_dir=None, dir_fd=None, recursive=False,
         include_hidden=False):
    """Return a list of paths matching a pathname pattern.

    The pattern may contain simple shell-style wildcards a la
    fnmatch.  Unlike fnmatch, filenames starting with a
    dot are special cases that are not matched by '*' and '?'
    patterns by default.

    If recursive is true, the pattern '**' will match any files and
    zero or more directories and subdirectories.
    """
    return list(iglob(pathname, root_dir=root_dir, dir_fd=dir_fd,
                      recursive=recursive, include_hidden=include_hidden))


def iglob(pathname, *, root_dir=None, dir_fd=None, recursive=False,
          include_hidden=False):
    """Return an iterator which yields the paths matching a pathname pattern.

    The pattern may contain simple shell-style wildcards a la
    fnmatch.  Unlike fnmatch, filenames starting with a dot are
    special cases that are not matched by '*' and '?' patterns by default.

    If recursive is true, the pattern '**' will match any files and
    zero or more directories and subdirectories.
    """
    if dir_fd is not None:
        raise NotImplementedError("glob: dir_fd is not supported by minipy")
    if root_dir is not None:
        root_dir = os.fspath(root_dir)
    else:
        root_dir = pathname[:0]
    results = _iglob(pathname, root_dir, recursive, False, include_hidden)
    if not pathname or (recursive and pathname[:2] in ('**', b'**')):
        # The recursive walk starts with the empty path for the top
        # directory itself: never report it.
        return _drop_empty_first(results)
    return results


def _drop_empty_first(results):
    first = True
    for path in results:
        if first:
            first = False
            if not path:
                continue
        yield path


def _iglob(pathname, root_dir, recursive, dironly, include_hidden):
    dirname, basename = os.path.split(pathname)
    if not has_magic(pathname):
        # A literal path: it only needs to exist (a trailing slash asks
        # for a directory).
        if basename:
            if os.path.lexists(_join(root_dir, pathname)):
                yield pathname
        elif os.path.isdir(_join(root_dir, dirname)):
            yield pathname
        return
    if not dirname:
        if recursive and _isrecursive(basename):
            yield from _glob_recursive(root_dir, basename, dironly,
                                       include_hidden)
        else:
            yield from _glob_pattern(root_dir, basename, dironly,
                                     include_hidden)
        return
    if dirname != pathname and has_magic(dirname):
        dirs = _iglob(dirname, root_dir, recursive, True, include_hidden)
    else:
        dirs = [dirname]
    if not has_magic(basename):
        select = _glob_literal
    elif recursive and _isrecursive(basename):
        select = _glob_recursive
    else:
        select = _glob_pattern
    for parent in dirs:
        for name in select(_join(root_dir, parent), basename, dironly,
                           include_hidden):
            yield os.path.join(parent, name)


def _glob_pattern(dirname, pattern, dironly, include_hidden):
    names = _listdir(dirname, dironly)
    # A pattern starting with a dot may match hidden names.
    if not include_hidden and not _ishidden(pattern):
        names = [n for n in names if not _ishidden(n)]
    return fnmatch.filter(names, pattern)


def _glob_literal(dirname, basename, dironly, include_hidden):
    if basename:
        if os.path.lexists(_join(dirname, basename)):
            return [basename]
    elif os.path.isdir(dirname):
        return [basename]
    return []


def _glob_recursive(dirname, pattern, dironly, include_hidden):
    # '**' matches the directory itself (the empty name) and everything
    # below it.
    yield pattern[:0]
    yield from _walk_names(dirname, dironly, include_hidden)


def _listdir(dirname, dironly):
    if not dirname:
        dirname = os.curdir if isinstance(dirname, str) else os.curdir.encode()
    names = []
    try:
        entries = list(os.scandir(dirname))
    except OSError:
        return names
    for entry in entries:
        try:
            if not dironly or entry.is_dir():
                names.append(entry.name)
        except OSError:
            pass
    return names


def _walk_names(dirname, dironly, include_hidden):
    for name in _listdir(dirname, dironly):
        if include_hidden or not _ishidden(name):
            yield name
            path = _join(dirname, name) if dirname else name
            for sub in _walk_names(path, dironly, include_hidden):
                yield _join(name, sub)


def _join(dirname, basename):
    # os.path.join, except that an empty part adds no separator.
    if not dirname or not basename:
        return dirname or basename
    return os.path.join(dirname, basename)


def _ishidden(path):
    return path[0] in ('.', b'.'[0])


def _isrecursive(pattern):
    if isinstance(pattern, bytes):
        return pattern == b'**'
    return pattern == '**'


def has_magic(s):
    if isinstance(s, bytes):
        return any(c in b'*?[' for c in s)
    return any(c in '*?[' for c in s)


def escape(pathname):
    """Escape all special characters.
    """
    # Each of * ? [ becomes a one-character class matching itself.
    drive, pathname = os.path.splitdrive(pathname)
    if isinstance(pathname, bytes):
        out = bytearray()
        for c in pathname:
            if c in b'*?[':
                out += b'[' + bytes([c]) + b']'
            else:
                out.append(c)
        return drive + bytes(out)
    return drive + ''.join('[' + c + ']' if c in '*?[' else c
                           for c in pathname)
