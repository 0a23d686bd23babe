"""Compare files and directories.

cmp(f1, f2, shallow=True) tells whether two files are the same; cmpfiles(a, b,
names) sorts common names into (same, different, trouble); dircmp(a, b) compares two
directory trees lazily: each attribute (left_only, diff_files, subdirs, ...) is
worked out the first time it is read."""

import os
import stat
from itertools import filterfalse
from types import GenericAlias

__all__ = ['clear_cache', 'cmp', 'dircmp', 'cmpfiles', 'DEFAULT_IGNORES']

# Outcomes of full comparisons, keyed by both names and both signatures, so a file
# changed since (another size or mtime) is read again.
_cache = {}
BUFSIZE = 8 * 1024

DEFAULT_IGNORES = [
    'RCS', 'CVS', 'tags', '.git', '.hg', '.bzr', '_darcs', '__pycache__']


def clear_cache():
    """Forget the outcomes of earlier comparisons."""
    _cache.clear()


def _signature(st):
    return (stat.S_IFMT(st.st_mode), st.st_size, st.st_mtime)


def _same_contents(f1, f2):
    with open(f1, 'rb') as a, open(f2, 'rb') as b:
        while True:
            block_a = a.read(BUFSIZE)
            block_b = b.read(BUFSIZE)
            if block_a != block_b:
                return False
            if not block_a:
                return True


def cmp(f1, f2, shallow=True):
    """True when the two files seem equal.

    Only regular files can be equal. With shallow true, files whose type, size and
    modification time agree are equal without being read; otherwise files of equal
    size are compared byte by byte (the outcome is cached)."""
    s1 = _signature(os.stat(f1))
    s2 = _signature(os.stat(f2))
    if s1[0] != stat.S_IFREG or s2[0] != stat.S_IFREG:
        return False
    if shallow and s1 == s2:
        return True
    if s1[1] != s2[1]:
        return False
    key = (f1, f2, s1, s2)
    outcome = _cache.get(key)
    if outcome is None:
        outcome = _same_contents(f1, f2)
        if len(_cache) > 100:
            clear_cache()
        _cache[key] = outcome
    return outcome


def _without(names, skip):
    return list(filterfalse(skip.__contains__, names))


def _compare_one(a, b, shallow):
    # 0 equal, 1 different, 2 could not be compared
    try:
        return 0 if cmp(a, b, shallow) else 1
    except OSError:
        return 2


def cmpfiles(a, b, common, shallow=True):
    """Compare the files named in common in directories a and b.

    Returns three lists of names: the same, the different, and those that could not
    be compared (missing, unreadable, not regular files...)."""
    result = ([], [], [])
    for name in common:
        outcome = _compare_one(os.path.join(a, name), os.path.join(b, name), shallow)
        result[outcome].append(name)
    return result


class dircmp:
    """Compares two directories, computing each attribute when it is first read.

    left, right      the directories
    left_list        names in left, less hide and ignore (sorted)
    right_list       names in right, less hide and ignore (sorted)
    common           names in both
    left_only        names only in left
    right_only       names only in right
    common_dirs      subdirectories in both
    common_files     files in both
    common_funny     names in both whose types differ or cannot be read
    same_files       common files that compare equal (shallowly)
    diff_files       common files that differ
    funny_files      common files that could not be compared
    subdirs          a dircmp for each common subdirectory, by name

    report(), report_partial_closure() and report_full_closure() print the
    differences found."""

    def __init__(self, a, b, ignore=None, hide=None):
        self.left = a
        self.right = b
        self.hide = [os.curdir, os.pardir] if hide is None else hide
        self.ignore = DEFAULT_IGNORES if ignore is None else ignore

    def phase0(self):
        skip = self.hide + self.ignore
        self.left_list = sorted(_without(os.listdir(self.left), skip))
        self.right_list = sorted(_without(os.listdir(self.right), skip))

    def phase1(self):
        # Names are matched as the file system compares them (os.path.normcase);
        # each side keeps its own spelling.
        left = {os.path.normcase(n): n for n in self.left_list}
        right = {os.path.normcase(n): n for n in self.right_list}
        self.common = [left[k] for k in left if k in right]
        self.left_only = [left[k] for k in left if k not in right]
        self.right_only = [right[k] for k in right if k not in left]

    def phase2(self):
        self.common_dirs = []
        self.common_files = []
        self.common_funny = []
        for name in self.common:
            try:
                left_type = stat.S_IFMT(os.stat(os.path.join(self.left, name)).st_mode)
                right_type = stat.S_IFMT(os.stat(os.path.join(self.right, name)).st_mode)
            except OSError:
                self.common_funny.append(name)
                continue
            if left_type != right_type:
                self.common_funny.append(name)
            elif stat.S_ISDIR(left_type):
                self.common_dirs.append(name)
            elif stat.S_ISREG(left_type):
                self.common_files.append(name)
            else:
                self.common_funny.append(name)

    def phase3(self):
        self.same_files, self.diff_files, self.funny_files = cmpfiles(
            self.left, self.right, self.common_files)

    def phase4(self):
        # A subclass's comparisons of subdirectories are of the subclass.
        self.subdirs = {}
        for name in self.common_dirs:
            self.subdirs[name] = self.__class__(
                os.path.join(self.left, name), os.path.join(self.right, name),
                self.ignore, self.hide)

    def phase4_closure(self):
        self.phase4()
        for sub in self.subdirs.values():
            sub.phase4_closure()

    def report(self):
        print('diff', self.left, self.right)
        sections = [
            ('left_only', ('Only in', self.left, ':')),
            ('right_only', ('Only in', self.right, ':')),
            ('same_files', ('Identical files :',)),
            ('diff_files', ('Differing files :',)),
            ('funny_files', ('Trouble with common files :',)),
            ('common_dirs', ('Common subdirectories :',)),
            ('common_funny', ('Common funny cases :',)),
        ]
        for attr, words in sections:
            names = getattr(self, attr)
            if names:
                names.sort()
                print(*words, names)

    def report_partial_closure(self):
        self.report()
        for sub in self.subdirs.values():
            print()
            sub.report()

    def report_full_closure(self):
        self.report()
        for sub in self.subdirs.values():
            print()
            sub.report_full_closure()

    methodmap = dict(subdirs=phase4,
                     same_files=phase3, diff_files=phase3, funny_files=phase3,
                     common_dirs=phase2, common_files=phase2, common_funny=phase2,
                     common=phase1, left_only=phase1, right_only=phase1,
                     left_list=phase0, right_list=phase0)

    def __getattr__(self, attr):
        if attr not in self.methodmap:
            raise AttributeError(attr)
        self.methodmap[attr](self)
        return getattr(self, attr)

    __class_getitem__ = classmethod(GenericAlias)


def demo():
    import sys
    import getopt
    options, args = getopt.getopt(sys.argv[1:], 'r')
    if len(args) != 2:
        raise getopt.GetoptError('need exactly two args', None)
    comparison = dircmp(args[0], args[1])
    if ('-r', '') in options:
        comparison.report_full_closure()
    else:
        comparison.report()


if __name__ == '__main__':
    demo()
