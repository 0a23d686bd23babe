"""Guess the MIME type of a file from its name or URL, and file extensions from a type.

guess_type(url, strict=True) -> (type, encoding)
guess_extension(type, strict=True) -> '.ext' or None
guess_all_extensions(type, strict=True) -> ['.ext', ...]
add_type(type, ext, strict=True)
init(files=None), read_mime_types(file)

The tables start from CPython 3.11's built-in ones and, on first use, take in the
system's mime.types files (knownfiles) as CPython does, so answers agree with
CPython's on the same machine. 'Strict' tables hold the types registered with IANA;
the non-strict ones add common but unofficial types."""

import os
import posixpath
import re
import sys

from _mimetypes_tables import COMMON_TYPES, ENCODINGS_MAP, SUFFIX_MAP, TYPES_MAP

__all__ = [
    "knownfiles", "inited", "MimeTypes",
    "guess_type", "guess_all_extensions", "guess_extension",
    "add_type", "init", "read_mime_types",
    "suffix_map", "encodings_map", "types_map", "common_types",
]

knownfiles = [
    "/etc/mime.types",
    "/etc/httpd/mime.types",                    # Mac OS X
    "/etc/httpd/conf/mime.types",               # Apache
    "/etc/apache/mime.types",                   # Apache 1
    "/etc/apache2/mime.types",                  # Apache 2
    "/usr/local/etc/httpd/conf/mime.types",
    "/usr/local/lib/netscape/mime.types",
    "/usr/local/etc/httpd/conf/mime.types",     # Apache 1.2
    "/usr/local/etc/mime.types",                # Apache 1.3
]

inited = False
_db = None

# The module-level tables are the built-in ones until init() replaces them with the
# tables of the shared database.
suffix_map = _suffix_map_default = dict(SUFFIX_MAP)
encodings_map = _encodings_map_default = dict(ENCODINGS_MAP)
types_map = _types_map_default = dict(TYPES_MAP)
common_types = _common_types_default = dict(COMMON_TYPES)

_scheme = re.compile('([^/:]+):(.*)', re.DOTALL)


def _split_scheme(url):
    match = _scheme.match(url)
    if match:
        scheme, rest = match.groups()
        return scheme.lower(), rest
    return None, url


def _data_url_type(rest):
    # data:[<type>/<subtype>][;param=value...][;base64],<data>; the type defaults
    # to text/plain, and data is never compressed.
    comma = rest.find(',')
    if comma < 0:
        return None, None
    semi = rest.find(';', 0, comma)
    mediatype = rest[:semi] if semi >= 0 else rest[:comma]
    if '=' in mediatype or '/' not in mediatype:
        mediatype = 'text/plain'
    return mediatype, None


class MimeTypes:
    """A database of MIME types and extensions.

    Starts from the built-in tables (it does not read the system's files unless
    given their names); types_map and types_map_inv are pairs of dicts, the
    non-strict one first and the strict one second."""

    def __init__(self, filenames=(), strict=True):
        if not inited:
            init()
        self.encodings_map = _encodings_map_default.copy()
        self.suffix_map = _suffix_map_default.copy()
        self.types_map = ({}, {})
        self.types_map_inv = ({}, {})
        for ext, mime in _types_map_default.items():
            self.add_type(mime, ext, True)
        for ext, mime in _common_types_default.items():
            self.add_type(mime, ext, False)
        for name in filenames:
            self.read(name, strict)

    def add_type(self, type, ext, strict=True):
        """Map the extension ext (with its leading dot) to type; a later mapping of
        the same extension replaces the earlier one."""
        self.types_map[strict][ext] = type
        extensions = self.types_map_inv[strict].setdefault(type, [])
        if ext not in extensions:
            extensions.append(ext)

    def guess_type(self, url, strict=True):
        """(type, encoding) for a file name, path-like object or URL.

        Either may be None. Suffixes such as .tgz are first rewritten through
        suffix_map (.tar.gz); an encoding suffix (.gz, case sensitive) gives the
        encoding; the type is looked up by the lower-cased extension, in the
        non-strict table too when strict is false."""
        url = os.fspath(url)
        scheme, url = _split_scheme(url)
        if scheme == 'data':
            return _data_url_type(url)
        base, ext = posixpath.splitext(url)
        while (ext_lower := ext.lower()) in self.suffix_map:
            base, ext = posixpath.splitext(base + self.suffix_map[ext_lower])
        if ext in self.encodings_map:
            encoding = self.encodings_map[ext]
            base, ext = posixpath.splitext(base)
        else:
            encoding = None
        ext = ext.lower()
        if ext in self.types_map[True]:
            return self.types_map[True][ext], encoding
        if not strict and ext in self.types_map[False]:
            return self.types_map[False][ext], encoding
        return None, encoding

    def guess_all_extensions(self, type, strict=True):
        """Every extension (with its dot) known for type, first registered first."""
        type = type.lower()
        extensions = list(self.types_map_inv[True].get(type, []))
        if not strict:
            for ext in self.types_map_inv[False].get(type, []):
                if ext not in extensions:
                    extensions.append(ext)
        return extensions

    def guess_extension(self, type, strict=True):
        """The first extension known for type, or None."""
        extensions = self.guess_all_extensions(type, strict)
        return extensions[0] if extensions else None

    def read(self, filename, strict=True):
        """Add the mappings of a mime.types file."""
        with open(filename, encoding='utf-8') as fp:
            self.readfp(fp, strict)

    def readfp(self, fp, strict=True):
        """Add the mappings read from an open mime.types file: each line names a
        type, then its extensions without dots; '#' starts a comment."""
        while line := fp.readline():
            words = line.split()
            for i, word in enumerate(words):
                if word[0] == '#':
                    del words[i:]
                    break
            if not words:
                continue
            mime, suffixes = words[0], words[1:]
            for suffix in suffixes:
                self.add_type(mime, '.' + suffix, strict)

    def read_windows_registry(self, strict=True):
        """Add the types the Windows registry knows; there is no registry here."""
        return


def guess_type(url, strict=True):
    """(type, encoding) for a file name or URL, from the shared database."""
    if _db is None:
        init()
    return _db.guess_type(url, strict)


def guess_all_extensions(type, strict=True):
    """Every extension known for type, from the shared database."""
    if _db is None:
        init()
    return _db.guess_all_extensions(type, strict)


def guess_extension(type, strict=True):
    """The first extension known for type, or None, from the shared database."""
    if _db is None:
        init()
    return _db.guess_extension(type, strict)


def add_type(type, ext, strict=True):
    """Map ext to type in the shared database."""
    if _db is None:
        init()
    return _db.add_type(type, ext, strict)


def init(files=None):
    """Build the shared database: the built-in tables, then every file of knownfiles
    that exists (and files, if given). With files and a database already built, only
    those files are added to it."""
    global suffix_map, types_map, encodings_map, common_types
    global inited, _db
    inited = True    # MimeTypes() below must not come back here
    if files is None or _db is None:
        db = MimeTypes()
        db.read_windows_registry()
        files = knownfiles if files is None else knownfiles + list(files)
    else:
        db = _db
    for name in files:
        if os.path.isfile(name):
            db.read(name)
    encodings_map = db.encodings_map
    suffix_map = db.suffix_map
    types_map = db.types_map[True]
    common_types = db.types_map[False]
    _db = db


def read_mime_types(file):
    """The strict extension-to-type table of the built-in types plus those of a
    mime.types file, or None when the file cannot be opened."""
    try:
        f = open(file, encoding='utf-8')
    except OSError:
        return None
    with f:
        db = MimeTypes()
        db.readfp(f, True)
        return db.types_map[True]


_USAGE = """\
Usage: mimetypes.py [options] type

Options:
    --help / -h       -- print this message and exit
    --lenient / -l    -- additionally search of some common, but non-standard
                         types.
    --extension / -e  -- guess extension instead of type

More than one type argument may be given.
"""


def _main():
    import getopt

    def usage(code, msg=''):
        print(_USAGE)
        if msg:
            print(msg)
        sys.exit(code)

    try:
        opts, args = getopt.getopt(sys.argv[1:], 'hle', ['help', 'lenient', 'extension'])
    except getopt.error as msg:
        usage(1, msg)
    strict = True
    extension = False
    for opt, _ in opts:
        if opt in ('-h', '--help'):
            usage(0)
        elif opt in ('-l', '--lenient'):
            strict = False
        elif opt in ('-e', '--extension'):
            extension = True
    for arg in args:
        if extension:
            guess = guess_extension(arg, strict)
            if not guess:
                print("I don't know anything about type", arg)
            else:
                print(guess)
        else:
            guess, encoding = guess_type(arg, strict)
            if not guess:
                print("I don't know anything about type", arg)
            else:
                print('type:', guess, 'encoding:', encoding)


if __name__ == '__main__':
    _main()
