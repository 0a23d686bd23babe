"""Shell-style filename matching (*, ?, [seq], [!seq]).

Patterns are translated to regular expressions (translate() gives the same text as
CPython's), which are compiled once and cached."""

import os
import re

__all__ = ["filter", "fnmatch", "fnmatchcase", "translate"]

# minipy runs on POSIX systems only, where os.path.normcase() leaves names as they
# are (it only checks that they are str, bytes or path-like).
_normcase = os.fspath


def fnmatch(name, pat):
    """Test whether name matches the shell pattern pat: '*' matches anything, '?'
    one character, '[seq]' one character in seq, '[!seq]' one not in seq.  Both are
    case-normalized first where the system needs it (not on POSIX)."""
    return fnmatchcase(_normcase(name), _normcase(pat))


_cache = {}
_CACHE_MAX = 32768


def _compile_pattern(pat):
    # Keyed by type too: 'a' and b'a' compile to different regexes.
    key = (type(pat), pat)
    match = _cache.get(key)
    if match is None:
        if isinstance(pat, bytes):
            res = translate(str(pat, 'ISO-8859-1')).encode('ISO-8859-1')
        else:
            res = translate(pat)
        match = re.compile(res).match
        if len(_cache) >= _CACHE_MAX:
            _cache.clear()
        _cache[key] = match
    return match


def filter(names, pat):
    """The list of the names that match pat."""
    match = _compile_pattern(_normcase(pat))
    return [name for name in names if match(name)]


def fnmatchcase(name, pat):
    """Test whether name matches pat, without case-normalizing either."""
    return _compile_pattern(pat)(name) is not None


# Marks a '*' in the list of translated pieces.
_STAR = object()


def translate(pat):
    """The regular expression (a str) for the shell pattern pat.  Meta-characters
    cannot be quoted, except by putting them in a set ('[*]')."""
    pieces = _translate_pieces(pat)
    # Fixed text up to the first star, then for every star but the last a lazy
    # match of what follows it inside an atomic group (so no backtracking into it),
    # and for the last star a plain '.*'.
    out = []
    i = 0
    n = len(pieces)
    while i < n and pieces[i] is not _STAR:
        out.append(pieces[i])
        i += 1
    while i < n:
        i += 1                      # the star
        fixed = []
        while i < n and pieces[i] is not _STAR:
            fixed.append(pieces[i])
            i += 1
        fixed = ''.join(fixed)
        if i == n:
            out.append('.*' + fixed)
        else:
            out.append('(?>.*?' + fixed + ')')
    return '(?s:' + ''.join(out) + r')\Z'


def _translate_pieces(pat):
    # Regex pieces for the pattern's characters; runs of '*' become one _STAR.
    pieces = []
    i = 0
    n = len(pat)
    while i < n:
        c = pat[i]
        i += 1
        if c == '*':
            if not pieces or pieces[-1] is not _STAR:
                pieces.append(_STAR)
        elif c == '?':
            pieces.append('.')
        elif c == '[':
            # The set ends at the first ']' that is not its first member.
            j = i
            if j < n and pat[j] == '!':
                j += 1
            if j < n and pat[j] == ']':
                j += 1
            while j < n and pat[j] != ']':
                j += 1
            if j >= n:
                pieces.append('\\[')
            else:
                pieces.append(_translate_set(pat, i, j))
                i = j + 1
        else:
            pieces.append(re.escape(c))
    return pieces


def _translate_set(pat, i, j):
    """The regex for the set pat[i:j] (the text between '[' and ']')."""
    stuff = pat[i:j]
    if '-' not in stuff:
        stuff = stuff.replace('\\', '\\\\')
    else:
        # Split at the hyphens that make ranges; a hyphen first (after an optional
        # '!') or right after a range is a literal one.
        chunks = []
        k = i + 2 if pat[i] == '!' else i + 1
        while True:
            k = pat.find('-', k, j)
            if k < 0:
                break
            chunks.append(pat[i:k])
            i = k + 1
            k += 3
        chunk = pat[i:j]
        if chunk:
            chunks.append(chunk)
        else:
            chunks[-1] += '-'
        # Drop empty ranges (like z-a), which the re module rejects.
        for k in range(len(chunks) - 1, 0, -1):
            if chunks[k - 1][-1] > chunks[k][0]:
                chunks[k - 1] = chunks[k - 1][:-1] + chunks[k][1:]
                del chunks[k]
        # Inside the chunks, backslashes and hyphens are literal.
        stuff = '-'.join(s.replace('\\', '\\\\').replace('-', '\\-')
                         for s in chunks)
    # Escape what could read as set operations (&&, ~~, ||) in future regexes.
    for op in '&~|':
        stuff = stuff.replace(op, '\\' + op)
    if not stuff:
        return '(?!)'               # empty set: never matches
    if stuff == '!':
        return '.'                  # negated empty set: any character
    if stuff[0] == '!':
        stuff = '^' + stuff[1:]
    elif stuff[0] in ('^', '['):
        stuff = '\\' + stuff
    return '[' + stuff + ']'
