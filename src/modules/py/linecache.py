"""Cache of the lines of source files, used by traceback to show the source of a frame."""

import os

__all__ = ["getline", "clearcache", "checkcache", "lazycache"]

# filename -> (size, mtime, lines, fullname); mtime is None (minipy's os has no stat).
cache = {}


def clearcache():
    """Forgets every cached file."""
    cache.clear()


def getline(filename, lineno, module_globals=None):
    """Line `lineno` (1-based) of the file with its newline, or '' when there is none."""
    lines = getlines(filename, module_globals)
    if 1 <= lineno <= len(lines):
        return lines[lineno - 1]
    return ''


def getlines(filename, module_globals=None):
    """All lines of a file, from the cache when it has them."""
    if filename in cache:
        entry = cache[filename]
        if len(entry) != 1:
            return entry[2]
    try:
        return updatecache(filename, module_globals)
    except MemoryError:
        clearcache()
        return []


def _size_of(fullname):
    try:
        return os.path.getsize(fullname)
    except (OSError, ValueError, TypeError):
        return None


def checkcache(filename=None):
    """Drops cache entries whose file changed size or disappeared."""
    if filename is None:
        filenames = list(cache.keys())
    elif filename in cache:
        filenames = [filename]
    else:
        return
    for filename in filenames:
        entry = cache[filename]
        if len(entry) == 1:
            # A lazy entry: nothing was read from disk.
            continue
        size, mtime, lines, fullname = entry
        if mtime is None and size is None:
            continue
        if _size_of(fullname) != size:
            cache.pop(filename, None)


def updatecache(filename, module_globals=None):
    """Reads a file into the cache and returns its lines ([] when it cannot be read)."""
    if filename in cache:
        if len(cache[filename]) != 1:
            cache.pop(filename, None)
    if not filename or (filename.startswith('<') and filename.endswith('>')):
        return []
    fullname = filename
    if not os.path.isfile(fullname):
        # A relative name may be found along sys.path, as CPython does.
        if fullname.startswith('/'):
            return []
        import sys
        found = None
        for dirname in sys.path:
            if not isinstance(dirname, str):
                continue
            candidate = os.path.join(dirname, filename)
            if os.path.isfile(candidate):
                found = candidate
                break
        if found is None:
            return []
        fullname = found
    try:
        with open(fullname, encoding='utf-8') as fp:
            text = fp.read()
    except (OSError, UnicodeDecodeError, SyntaxError):
        return []
    # Split on '\n' only, as reading a text file line by line does.
    lines = [line + '\n' for line in text.split('\n')]
    if text.endswith('\n') or not text:
        lines.pop()
    else:
        lines[-1] = lines[-1][:-1]
    if lines and not lines[-1].endswith('\n'):
        lines[-1] += '\n'
    cache[filename] = (_size_of(fullname), None, lines, fullname)
    return lines


def lazycache(filename, module_globals):
    """Nothing is registered lazily here (no module loaders): always False unless the
    file is already cached."""
    if filename in cache:
        if len(cache[filename]) == 1:
            return True
        return False
    return False
