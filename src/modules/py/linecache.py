"""Source lines of files, read once and kept in memory.

traceback, warnings and tracemalloc use this module to show the line a frame was
executing.  Each entry of `cache` is either a loaded file,
``(size, mtime, lines, fullname)``, or a lazy one, ``(get_lines,)``: a function that
produces the source on demand from a module's loader.
"""

import os
import sys

__all__ = ["getline", "clearcache", "checkcache", "lazycache"]

cache = {}


def clearcache():
    """Empties the cache."""
    cache.clear()


def getline(filename, lineno, module_globals=None):
    """The text of line `lineno` (counted from 1), newline included; '' if absent."""
    lines = getlines(filename, module_globals)
    if 0 < lineno <= len(lines):
        return lines[lineno - 1]
    return ''


def getlines(filename, module_globals=None):
    """Every line of the file, read (and remembered) if it is not known yet."""
    entry = cache.get(filename)
    if entry is not None and not _is_lazy(entry):
        return entry[2]
    try:
        return updatecache(filename, module_globals)
    except MemoryError:
        # Keeping the cache could make the next attempt fail as well.
        clearcache()
        return []


def _is_lazy(entry):
    return len(entry) == 1


def _is_pseudo_name(filename):
    # '<string>', '<stdin>', '<frozen os>': code with no file behind it.
    return not filename or (filename[:1] == '<' and filename[-1:] == '>')


def checkcache(filename=None):
    """Forgets entries whose file was changed or removed since it was read.

    Without an argument every entry is examined.
    """
    if filename is None:
        names = list(cache)
    elif filename in cache:
        names = [filename]
    else:
        return
    for name in names:
        entry = cache.get(name)
        if entry is None or _is_lazy(entry):
            continue
        size, mtime, _lines, fullname = entry
        if mtime is None:
            # Lines that came from a loader: there is no file to compare with.
            continue
        try:
            status = os.stat(fullname)
        except (OSError, ValueError):
            cache.pop(name, None)
            continue
        if (size, mtime) != (status.st_size, status.st_mtime):
            cache.pop(name, None)


def _stat(path):
    try:
        return os.stat(path)
    except (OSError, ValueError, TypeError):
        return None


def _search_path(filename):
    """(path, stat result) of a relative name found in a directory of sys.path, as
    the import system would find a module; None otherwise."""
    if os.path.isabs(filename):
        return None
    for directory in sys.path:
        if not isinstance(directory, str):
            continue
        candidate = os.path.join(directory, filename)
        status = _stat(candidate)
        if status is not None:
            return candidate, status
    return None


# PEP 263's pattern for a coding declaration.
_CODING_PATTERN = r'^[ \t\f]*#.*?coding[:=][ \t]*([-\w.]+)'


def _source_encoding(path):
    """The encoding a Python source file declares: its BOM or a coding comment in
    one of its first two lines; UTF-8 otherwise."""
    with open(path, 'rb') as raw:
        head = raw.read(1024)
    if head.startswith(b'\xef\xbb\xbf'):
        return 'utf-8'
    for line in head.split(b'\n')[:2]:
        text = line.decode('latin-1')
        if 'coding' in text:
            import re
            declared = re.match(_CODING_PATTERN, text)
            if declared:
                return declared.group(1)
        if text.strip() and not text.lstrip().startswith('#'):
            # Code before any declaration: the second line no longer counts.
            break
    return 'utf-8'


def _read_lines(path):
    """The lines of a text file, each ending in a newline; None when unreadable."""
    try:
        encoding = _source_encoding(path)
        with open(path, encoding=encoding) as handle:
            lines = handle.readlines()
    except (OSError, UnicodeDecodeError, SyntaxError, LookupError):
        return None
    if lines and lines[0].startswith('\ufeff'):
        # A UTF-8 byte order mark is not part of the first line.
        lines[0] = lines[0][1:]
    if lines and not lines[-1].endswith('\n'):
        lines[-1] += '\n'
    return lines


def _lines_from_loader(filename):
    """Lines a lazy entry produces (the entry is replaced by a loaded one): [] when
    the loader has no source, None when asking it failed."""
    produce = cache[filename][0]
    try:
        source = produce()
    except (ImportError, OSError):
        return None
    if source is None:
        return []
    lines = [line + '\n' for line in source.splitlines()]
    cache[filename] = (len(source), None, lines, filename)
    return lines


def updatecache(filename, module_globals=None):
    """(Re)reads a file into the cache and returns its lines; [] on failure."""
    entry = cache.get(filename)
    if entry is not None and not _is_lazy(entry):
        del cache[filename]
    if _is_pseudo_name(filename):
        return []
    fullname, status = filename, _stat(filename)
    if status is None:
        # Not a file here: the module's loader may know the source, or the name may
        # be relative to a directory of sys.path.
        if lazycache(filename, module_globals):
            lines = _lines_from_loader(filename)
            if lines is not None:
                return lines
        found = _search_path(filename)
        if found is None:
            return []
        fullname, status = found
    lines = _read_lines(fullname)
    if lines is None:
        return []
    cache[filename] = (status.st_size, status.st_mtime, lines, fullname)
    return lines


def lazycache(filename, module_globals):
    """Registers a way to get the source of a module that is not a plain file, from
    the `__loader__` in its globals.  True when the file is (now) lazily cached."""
    if filename in cache:
        return _is_lazy(cache[filename])
    if _is_pseudo_name(filename) or not module_globals:
        return False
    if '__name__' not in module_globals:
        return False
    spec = module_globals.get('__spec__')
    name = getattr(spec, 'name', None) or module_globals['__name__']
    loader = getattr(spec, 'loader', None)
    if loader is None:
        loader = module_globals.get('__loader__')
    get_source = getattr(loader, 'get_source', None)
    if not (name and get_source):
        return False

    def source_of_module():
        return get_source(name)

    cache[filename] = (source_of_module,)
    return True
