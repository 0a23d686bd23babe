"""Names for the bits of a file mode and the fields of an os.stat() result,
with predicates that read the file type and a 'ls -l' style formatter."""

# Positions of the fields in the tuple form of an os.stat() result.
(ST_MODE, ST_INO, ST_DEV, ST_NLINK, ST_UID, ST_GID, ST_SIZE,
 ST_ATIME, ST_MTIME, ST_CTIME) = range(10)

# File types: the value of the four type bits (mode & 0o170000).
S_IFSOCK = 0o140000
S_IFLNK = 0o120000
S_IFREG = 0o100000
S_IFBLK = 0o060000
S_IFDIR = 0o040000
S_IFCHR = 0o020000
S_IFIFO = 0o010000
# Solaris doors, event ports and BSD whiteouts do not exist on this platform.
S_IFDOOR = S_IFPORT = S_IFWHT = 0

_TYPE_MASK = 0o170000
_PERMISSION_MASK = 0o7777

# The set-id and sticky bits.
S_ISUID = 0o4000
S_ISGID = 0o2000
S_ENFMT = S_ISGID       # System V file locking reuses the set-group-id bit
S_ISVTX = 0o1000

# Permission bits: owner (USR), group (GRP), others (OTH).
S_IRWXU, S_IRUSR, S_IWUSR, S_IXUSR = 0o700, 0o400, 0o200, 0o100
S_IRWXG, S_IRGRP, S_IWGRP, S_IXGRP = 0o070, 0o040, 0o020, 0o010
S_IRWXO, S_IROTH, S_IWOTH, S_IXOTH = 0o007, 0o004, 0o002, 0o001
# Old Unix V7 spellings of the owner's bits.
S_IREAD, S_IWRITE, S_IEXEC = S_IRUSR, S_IWUSR, S_IXUSR

# BSD file flags (os.chflags): user-settable ...
UF_NODUMP = 0x1
UF_IMMUTABLE = 0x2
UF_APPEND = 0x4
UF_OPAQUE = 0x8
UF_NOUNLINK = 0x10
UF_COMPRESSED = 0x20
UF_HIDDEN = 0x8000
# ... and settable by the super-user only.
SF_ARCHIVED = 0x10000
SF_IMMUTABLE = 0x20000
SF_APPEND = 0x40000
SF_NOUNLINK = 0x100000
SF_SNAPSHOT = 0x200000

# Windows file attributes (st_file_attributes), defined on every platform.
FILE_ATTRIBUTE_READONLY = 0x1
FILE_ATTRIBUTE_HIDDEN = 0x2
FILE_ATTRIBUTE_SYSTEM = 0x4
FILE_ATTRIBUTE_DIRECTORY = 0x10
FILE_ATTRIBUTE_ARCHIVE = 0x20
FILE_ATTRIBUTE_DEVICE = 0x40
FILE_ATTRIBUTE_NORMAL = 0x80
FILE_ATTRIBUTE_TEMPORARY = 0x100
FILE_ATTRIBUTE_SPARSE_FILE = 0x200
FILE_ATTRIBUTE_REPARSE_POINT = 0x400
FILE_ATTRIBUTE_COMPRESSED = 0x800
FILE_ATTRIBUTE_OFFLINE = 0x1000
FILE_ATTRIBUTE_NOT_CONTENT_INDEXED = 0x2000
FILE_ATTRIBUTE_ENCRYPTED = 0x4000
FILE_ATTRIBUTE_INTEGRITY_STREAM = 0x8000
FILE_ATTRIBUTE_VIRTUAL = 0x10000
FILE_ATTRIBUTE_NO_SCRUB_DATA = 0x20000


def _checked_mode(mode):
    """Return mode if it fits the platform's mode_t (32 unsigned bits);
    otherwise raise the error CPython's C conversion raises."""
    if not isinstance(mode, int):
        raise TypeError("an integer is required")
    if mode < 0:
        raise OverflowError("can't convert negative value to unsigned int")
    if mode >> 64:
        raise OverflowError("Python int too large to convert to C unsigned long")
    if mode >> 32:
        raise OverflowError("mode out of range")
    return mode


def S_IMODE(mode):
    """The permission, set-id and sticky bits of mode (what os.chmod sets)."""
    return _checked_mode(mode) & _PERMISSION_MASK


def S_IFMT(mode):
    """The file-type bits of mode."""
    return _checked_mode(mode) & _TYPE_MASK


def _type_predicate(name, file_type):
    """Build S_ISxxx: true when a mode's type bits equal file_type.  A
    type this platform lacks (value 0) is never matched."""
    def predicate(mode):
        kind = _checked_mode(mode) & _TYPE_MASK
        return file_type != 0 and kind == file_type
    predicate.__name__ = predicate.__qualname__ = name
    predicate.__doc__ = "Whether mode describes a file of type %s." % name[4:]
    return predicate


S_ISDIR = _type_predicate("S_ISDIR", S_IFDIR)
S_ISCHR = _type_predicate("S_ISCHR", S_IFCHR)
S_ISBLK = _type_predicate("S_ISBLK", S_IFBLK)
S_ISREG = _type_predicate("S_ISREG", S_IFREG)
S_ISFIFO = _type_predicate("S_ISFIFO", S_IFIFO)
S_ISLNK = _type_predicate("S_ISLNK", S_IFLNK)
S_ISSOCK = _type_predicate("S_ISSOCK", S_IFSOCK)
S_ISDOOR = _type_predicate("S_ISDOOR", S_IFDOOR)
S_ISPORT = _type_predicate("S_ISPORT", S_IFPORT)
S_ISWHT = _type_predicate("S_ISWHT", S_IFWHT)

# The first character 'ls -l' prints for each file type.
_TYPE_LETTERS = {
    S_IFREG: "-", S_IFDIR: "d", S_IFLNK: "l", S_IFCHR: "c",
    S_IFBLK: "b", S_IFIFO: "p", S_IFSOCK: "s",
}

# For the owner, the group and the others: their read, write and execute
# bits, the special bit that shares the execute column, and the letters for
# that column (special and executable, special only).
_PERMISSION_CLASSES = (
    (S_IRUSR, S_IWUSR, S_IXUSR, S_ISUID, "sS"),
    (S_IRGRP, S_IWGRP, S_IXGRP, S_ISGID, "sS"),
    (S_IROTH, S_IWOTH, S_IXOTH, S_ISVTX, "tT"),
)


def _execute_column(mode, execute_bit, special_bit, letters):
    if mode & special_bit:
        return letters[0] if mode & execute_bit else letters[1]
    return "x" if mode & execute_bit else "-"


def filemode(mode):
    """Render mode as 'ls -l' does, e.g. '-rw-r--r--' ('?' for an unknown type)."""
    mode = _checked_mode(mode)
    out = [_TYPE_LETTERS.get(mode & _TYPE_MASK, "?")]
    for read_bit, write_bit, execute_bit, special_bit, letters in _PERMISSION_CLASSES:
        out.append("r" if mode & read_bit else "-")
        out.append("w" if mode & write_bit else "-")
        out.append(_execute_column(mode, execute_bit, special_bit, letters))
    return "".join(out)
