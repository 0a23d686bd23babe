# os.path for POSIX systems (CPython calls this module posixpath). Functions
# accept str, bytes and os.PathLike paths and answer in the type given.

import os
import stat as _stat_module

sep = '/'
curdir = '.'
pardir = '..'
extsep = '.'
altsep = None
pathsep = ':'
defpath = '/bin:/usr/bin'
devnull = '/dev/null'
supports_unicode_filenames = False

__all__ = ['normcase', 'isabs', 'join', 'splitdrive', 'split', 'splitext',
           'basename', 'dirname', 'commonprefix', 'getsize', 'getmtime',
           'getatime', 'getctime', 'islink', 'exists', 'lexists', 'isdir', 'isfile',
           'ismount', 'expanduser', 'expandvars', 'normpath', 'abspath',
           'samefile', 'sameopenfile', 'samestat', 'curdir', 'pardir', 'sep',
           'pathsep', 'defpath', 'altsep', 'extsep', 'devnull', 'realpath',
           'supports_unicode_filenames', 'relpath', 'commonpath']


class _Marks:
    """The separator and special names, spelled as str or as bytes."""

    def __init__(self, kind):
        self.sep, self.dot, self.dotdot, self.empty = (kind(t) for t in ('/', '.', '..', ''))


def _encode(text):
    return text.encode()


_STR_MARKS = _Marks(str)
_BYTES_MARKS = _Marks(_encode)


def _marks(path):
    return _BYTES_MARKS if isinstance(path, bytes) else _STR_MARKS


def _get_sep(path):
    return _marks(path).sep


def _check_arg_types(funcname, *args):
    """Raise the TypeError CPython gives for a non-path argument or for a
    mix of str and bytes paths."""
    kinds = set()
    for arg in args:
        if not isinstance(arg, (str, bytes)):
            raise TypeError(f'{funcname}() argument must be str, bytes, or '
                            f'os.PathLike object, not {arg.__class__.__name__!r}') from None
        kinds.add(isinstance(arg, bytes))
    if len(kinds) > 1:
        raise TypeError("Can't mix strings and bytes in path components") from None


# -- pure path arithmetic ------------------------------------------------------

def normcase(s):
    """Case is significant on POSIX: the path comes back unchanged."""
    return os.fspath(s)


def isabs(s):
    """True when the path starts at the root."""
    s = os.fspath(s)
    return s.startswith(_get_sep(s))


def _append(path, part, slash):
    """path joined with one more component."""
    if part.startswith(slash):
        return part     # an absolute component starts over
    if path and not path.endswith(slash):
        return path + slash + part
    return path + part


def join(a, *p):
    """Join path components with '/'; an absolute one discards what came before."""
    a = os.fspath(a)
    slash = _get_sep(a)
    result = a
    try:
        if not p:
            # with nothing to add, still insist that a is a str or bytes
            result[:0] + slash
        for part in map(os.fspath, p):
            result = _append(result, part, slash)
    except (TypeError, AttributeError, BytesWarning):
        _check_arg_types('join', a, *p)
        raise
    return result


def _cut(p):
    """Position just past the last separator of p."""
    return p.rfind(_get_sep(p)) + 1


def _trim_head(head):
    """Drop trailing separators from a directory part, unless it is all
    separators (the root)."""
    slash = _get_sep(head)
    if head and head.strip(slash):
        return head.rstrip(slash)
    return head


def split(p):
    """(directory, last component); the directory keeps no trailing '/'."""
    p = os.fspath(p)
    at = _cut(p)
    return _trim_head(p[:at]), p[at:]


def splitext(p):
    """(root, extension); dots leading the last component are not an
    extension, so '.bashrc' has none."""
    p = os.fspath(p)
    m = _marks(p)
    last_sep = p.rfind(m.sep)
    last_dot = p.rfind(m.dot)
    if last_dot > last_sep:
        name = p[last_sep + 1:last_dot]
        if name.strip(m.dot):
            return p[:last_dot], p[last_dot:]
    return p, p[:0]


def splitdrive(p):
    """POSIX has no drive letters: ('', p)."""
    p = os.fspath(p)
    return p[:0], p


def basename(p):
    """The final component of p."""
    p = os.fspath(p)
    return p[_cut(p):]


def dirname(p):
    """Everything before the final component of p."""
    p = os.fspath(p)
    return _trim_head(p[:_cut(p)])


# -- questions for the file system ---------------------------------------------

def _stat_or_none(path, lookup, failures=(OSError, ValueError)):
    """lookup(path), or None when that fails with one of failures."""
    try:
        return lookup(path)
    except failures:
        return None


def exists(path):
    """Whether path names an existing file (following symlinks)."""
    return _stat_or_none(path, os.stat) is not None


def lexists(path):
    """Whether path exists; a broken symlink counts."""
    return _stat_or_none(path, os.lstat) is not None


def isfile(path):
    """Whether path is (or links to) a regular file."""
    st = _stat_or_none(path, os.stat)
    return st is not None and _stat_module.S_ISREG(st.st_mode)


def isdir(s):
    """Whether s is (or links to) a directory."""
    st = _stat_or_none(s, os.stat)
    return st is not None and _stat_module.S_ISDIR(st.st_mode)


def islink(path):
    """Whether path is a symbolic link."""
    st = _stat_or_none(path, os.lstat, (OSError, ValueError, AttributeError))
    return st is not None and _stat_module.S_ISLNK(st.st_mode)


def ismount(path):
    """Whether path is a mount point: its parent is on another device, or
    is the same directory (the root)."""
    here = _stat_or_none(path, os.lstat)
    if here is None or _stat_module.S_ISLNK(here.st_mode):
        return False
    path = os.fspath(path)
    parent = realpath(join(path, _marks(path).dotdot))
    above = _stat_or_none(parent, os.lstat)
    if above is None:
        return False
    return here.st_dev != above.st_dev or here.st_ino == above.st_ino


def getsize(filename):
    """Size of the file in bytes."""
    return os.stat(filename).st_size


def getmtime(filename):
    """Time of last modification, in seconds since the epoch."""
    return os.stat(filename).st_mtime


def getatime(filename):
    """Time of last access, in seconds since the epoch."""
    return os.stat(filename).st_atime


def getctime(filename):
    """Time of last metadata change, in seconds since the epoch."""
    return os.stat(filename).st_ctime


def samestat(s1, s2):
    """Whether two stat results describe the same file."""
    return (s1.st_dev, s1.st_ino) == (s2.st_dev, s2.st_ino)


def samefile(f1, f2):
    """Whether two paths lead to the same file."""
    return samestat(os.stat(f1), os.stat(f2))


def sameopenfile(fp1, fp2):
    """Whether two file descriptors refer to the same file."""
    return samestat(os.fstat(fp1), os.fstat(fp2))


# -- expansion -----------------------------------------------------------------

def expanduser(path):
    """Replace a leading '~' by $HOME. There is no password database here,
    so '~user' and a missing $HOME leave the path as it is."""
    path = os.fspath(path)
    is_bytes = isinstance(path, bytes)
    slash = _get_sep(path)
    if not path.startswith(b'~' if is_bytes else '~'):
        return path
    end = path.find(slash, 1)
    if end < 0:
        end = len(path)
    if end != 1 or 'HOME' not in os.environ:
        return path
    home = os.environ['HOME']
    if is_bytes:
        home = home.encode()
    return (home.rstrip(slash) + path[end:]) or slash


_var_patterns = {}


def _var_pattern(kind):
    """The compiled pattern for $name / ${name}, for str or bytes paths."""
    found = _var_patterns.get(kind)
    if found is None:
        import re
        source = r'\$(\w+|\{[^}]*\})'
        if kind is bytes:
            source = source.encode()
        found = _var_patterns[kind] = re.compile(source, re.ASCII)
    return found


def _env_value(name):
    """The environment's value for name (str or bytes), or None."""
    if isinstance(name, bytes):
        value = os.environ.get(os.fsdecode(name))
        return None if value is None else os.fsencode(value)
    return os.environ.get(name)


def expandvars(path):
    """Substitute $name and ${name} from the environment; unknown names
    are left in place."""
    path = os.fspath(path)
    is_bytes = isinstance(path, bytes)
    if (b'$' if is_bytes else '$') not in path:
        return path
    pattern = _var_pattern(bytes if is_bytes else str)
    pos = 0
    while True:
        found = pattern.search(path, pos)
        if found is None:
            return path
        start, stop = found.span()
        name = found.group(1)
        if name[:1] in ('{', b'{') and name[-1:] in ('}', b'}'):
            name = name[1:-1]
        value = _env_value(name)
        if value is None:
            pos = stop
            continue
        before = path[:start] + value
        path = before + path[stop:]
        pos = len(before)


def normpath(path):
    """Collapse redundant separators and '.' parts, and resolve '..'
    against the part before it, without looking at the file system."""
    path = os.fspath(path)
    m = _marks(path)
    if path == m.empty:
        return m.dot
    # POSIX leaves the meaning of exactly two leading slashes to the
    # system, so they are kept; one, or three and more, become one.
    lead = 0
    if path.startswith(m.sep):
        two = path.startswith(m.sep * 2) and not path.startswith(m.sep * 3)
        lead = 2 if two else 1
    kept = []
    for part in path.split(m.sep):
        if part == m.empty or part == m.dot:
            continue
        if part != m.dotdot:
            kept.append(part)
        elif kept and kept[-1] != m.dotdot:
            kept.pop()
        elif not lead:
            # a relative path may climb above its start; the root may not
            kept.append(part)
    return (m.sep * lead + m.sep.join(kept)) or m.dot


def abspath(path):
    """path made absolute against the working directory, and normalized."""
    path = os.fspath(path)
    if not isabs(path):
        cwd = os.getcwd()
        if isinstance(path, bytes):
            cwd = cwd.encode()
        path = join(cwd, path)
    return normpath(path)


def realpath(filename, *, strict=False):
    """The canonical path of filename: symbolic links resolved, absolute and
    normalized. With strict, a missing component or a link loop raises."""
    filename = os.fspath(filename)
    resolved, _complete = _resolve(filename[:0], filename, strict, {})
    return abspath(resolved)


def _resolve(done, todo, strict, links):
    """Walk the components of todo onto the resolved prefix done.

    links maps each link seen to its resolution, or to None while that is
    still being worked out (meeting it again then means a loop). Returns
    (path, complete); complete is False when a loop stopped the walk and
    the rest was appended unresolved."""
    m = _marks(done)
    if isabs(todo):
        todo = todo[1:]
        done = m.sep
    while todo:
        name, _, todo = todo.partition(m.sep)
        if name == m.empty or name == m.dot:
            continue
        if name == m.dotdot:
            done = _step_up(done, m)
            continue
        candidate = join(done, name)
        if not _is_link(candidate, strict):
            done = candidate
            continue
        if candidate in links:
            known = links[candidate]
            if known is not None:
                done = known
                continue
            # a loop: strict mode reports it through stat's ELOOP error
            if strict:
                os.stat(candidate)
            else:
                return join(candidate, todo), False
        links[candidate] = None
        done, complete = _resolve(done, os.readlink(candidate), strict, links)
        if not complete:
            return join(done, todo), False
        links[candidate] = done
    return done, True


def _step_up(done, m):
    """The resolved prefix after a '..' component."""
    if not done:
        return m.dotdot
    head, last = split(done)
    if last == m.dotdot:
        # the prefix is itself a climb above the start: climb further
        return join(head, m.dotdot, m.dotdot)
    return head


def _is_link(path, strict):
    try:
        st = os.lstat(path)
    except OSError:
        if strict:
            raise
        return False
    return _stat_module.S_ISLNK(st.st_mode)


def relpath(path, start=None):
    """path expressed relative to start (default: the current directory)."""
    if not path:
        raise ValueError("no path specified")
    path = os.fspath(path)
    m = _marks(path)
    start = m.dot if start is None else os.fspath(start)
    try:
        origin = _parts(abspath(start), m.sep)
        target = _parts(abspath(path), m.sep)
        shared = len(commonprefix([origin, target]))
        steps = [m.dotdot] * (len(origin) - shared) + target[shared:]
        return join(*steps) if steps else m.dot
    except (TypeError, AttributeError, BytesWarning, DeprecationWarning):
        _check_arg_types('relpath', path, start)
        raise


def _parts(path, slash):
    """The non-empty components of path."""
    return [part for part in path.split(slash) if part]


def _common_head(seqs):
    """The longest leading run that the smallest and largest of seqs share
    (and so every one of them does)."""
    low, high = min(seqs), max(seqs)
    for pos, item in enumerate(low):
        if item != high[pos]:
            return low[:pos]
    return low


def commonprefix(m):
    """Longest common leading part of the items in m, compared element by
    element (characters for paths, so the result may not be a real path)."""
    if not m:
        return ''
    if not isinstance(m[0], (list, tuple)):
        m = tuple(os.fspath(item) for item in m)
    return _common_head(m)


def commonpath(paths):
    """Longest common sub-path, by whole components, of the paths given;
    all must be absolute or all relative."""
    if not paths:
        raise ValueError('commonpath() arg is an empty sequence')
    paths = tuple(map(os.fspath, paths))
    m = _marks(paths[0])
    try:
        # splitting first makes a str/bytes mix fail here, as a TypeError
        split_up = [p.split(m.sep) for p in paths]
        rooted = {p[:1] == m.sep for p in paths}
        if len(rooted) != 1:
            raise ValueError("Can't mix absolute and relative paths")
        pieces = [[c for c in parts if c and c != m.dot] for parts in split_up]
        prefix = m.sep if rooted.pop() else m.empty
        return prefix + m.sep.join(_common_head(pieces))
    except (TypeError, AttributeError):
        _check_arg_types('commonpath', *paths)
        raise
