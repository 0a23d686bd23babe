"""Read the lines of several files (or of standard input) as one stream.

    import fileinput
    for line in fileinput.input():
        ...

The files come from the argument list, or else from sys.argv[1:], and '-' (or no
files at all) stands for standard input.  While reading, the stream knows the
current file's name and both the overall and the per-file line number.  With
inplace=True each file is replaced by whatever the loop prints while that file
is being read.  The module-level functions act on the stream input() created.
"""

import io
import os
import sys
from types import GenericAlias

__all__ = ["input", "close", "nextfile", "filename", "lineno", "filelineno",
           "fileno", "isfirstline", "isstdin", "FileInput", "hook_compressed",
           "hook_encoded"]

# The FileInput made by input(), which the module-level functions consult.
_active_stream = None


def input(files=None, inplace=False, backup="", *, mode="r", openhook=None,
          encoding=None, errors=None):
    """Create the module's shared FileInput (see FileInput) and return it."""
    global _active_stream
    if _active_stream and _active_stream._file:
        raise RuntimeError("input() already active")
    _active_stream = FileInput(files, inplace, backup, mode=mode,
                               openhook=openhook, encoding=encoding,
                               errors=errors)
    return _active_stream


def close():
    """Close the shared stream; the module functions then have none."""
    global _active_stream
    stream, _active_stream = _active_stream, None
    if stream:
        stream.close()


def _shared():
    if not _active_stream:
        raise RuntimeError("no active input()")
    return _active_stream


def nextfile():
    """Skip the rest of the current file of the shared stream."""
    return _shared().nextfile()


def filename():
    """Name of the file being read ('<stdin>' for standard input)."""
    return _shared().filename()


def lineno():
    """Number of lines read so far, over all files."""
    return _shared().lineno()


def filelineno():
    """Number of lines read so far from the current file."""
    return _shared().filelineno()


def fileno():
    """File descriptor of the current file, or -1 when none is open."""
    return _shared().fileno()


def isfirstline():
    """Whether the line just read is the first of its file."""
    return _shared().isfirstline()


def isstdin():
    """Whether the current file is standard input."""
    return _shared().isstdin()


def _file_list(files):
    # A single name may be given bare; no names at all means standard input.
    if isinstance(files, str):
        return (files,)
    if isinstance(files, os.PathLike):
        return (os.fspath(files),)
    if files is None:
        files = sys.argv[1:]
    return tuple(files) if files else ('-',)


class FileInput:
    """Iterate over the lines of a sequence of files as if they were one.

    Also usable as a context manager; readline() returns '' at the very end
    instead of stopping the iteration."""

    def __init__(self, files=None, inplace=False, backup="", *, mode="r",
                 openhook=None, encoding=None, errors=None):
        self._pending = _file_list(files)
        # The reading state comes first: when a check below fails, __del__
        # still runs close(), which looks at it.
        self._name = None
        self._file = None
        self._from_stdin = False
        self._lines_before = 0      # lines read from the earlier files
        self._line_in_file = 0
        # In-place editing: the new contents, the real stdout they stand in
        # for, and the backup copy being read.
        self._edited = None
        self._real_stdout = None
        self._backup_path = None
        _check_options(mode, inplace, openhook, encoding)
        self._inplace = inplace
        self._backup_suffix = backup
        self._encoding = encoding
        self._errors = errors
        self._mode = mode
        self._openhook = openhook

    __class_getitem__ = classmethod(GenericAlias)

    # ---- reading ----------------------------------------------------------------

    def __iter__(self):
        return self

    def __next__(self):
        line = self._next_line()
        if not line:
            raise StopIteration
        return line

    def readline(self):
        """The next line over all files; empty once every file is read."""
        return self._next_line()

    def _next_line(self):
        while True:
            line = self._read_current()
            if line:
                self._line_in_file += 1
                return line
            if self._file:
                self.nextfile()     # this one is used up; try the next
            else:
                return line         # nothing open and nothing left to open

    def _read_current(self):
        if self._file is None:
            if not self._pending:
                return b'' if 'b' in self._mode else ''
            self._open_next()
        return self._file.readline()

    # ---- closing ----------------------------------------------------------------

    def nextfile(self):
        """Finish with the current file (its in-place output included)."""
        real_stdout, self._real_stdout = self._real_stdout, None
        if real_stdout:
            sys.stdout = real_stdout
        edited, self._edited = self._edited, None
        try:
            if edited:
                edited.close()
        finally:
            current, self._file = self._file, None
            try:
                # Standard input is borrowed, never closed.
                if current and not self._from_stdin:
                    current.close()
            finally:
                self._drop_backup()
                self._from_stdin = False

    def _drop_backup(self):
        backup, self._backup_path = self._backup_path, None
        # The backup only outlives the edit when the caller named its suffix.
        if backup and not self._backup_suffix:
            try:
                os.unlink(backup)
            except OSError:
                pass

    def close(self):
        """Finish the current file and forget the ones not read yet."""
        try:
            self.nextfile()
        finally:
            self._pending = ()

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc_value, tb):
        self.close()

    def __del__(self):
        self.close()

    # ---- opening the next file ---------------------------------------------------

    def _open_next(self):
        name, self._pending = self._pending[0], self._pending[1:]
        self._lines_before = self.lineno()
        self._line_in_file = 0
        self._name = name
        self._from_stdin = False
        self._backup_path = None
        if name == '-':
            self._name = '<stdin>'
            self._from_stdin = True
            stdin = sys.stdin
            self._file = getattr(stdin, 'buffer', stdin) if 'b' in self._mode else stdin
        elif self._inplace:
            self._open_for_editing(name)
        elif self._openhook:
            # Hooks written before encoding= existed take two arguments.
            if self._encoding is None:
                self._file = self._openhook(name, self._mode)
            else:
                self._file = self._openhook(name, self._mode,
                                            encoding=self._encoding,
                                            errors=self._errors)
        else:
            self._file = self._open(name, self._mode)

    def _open(self, name, mode):
        encoding = None if 'b' in mode else self._encoding
        return open(name, mode, encoding=encoding, errors=self._errors)

    def _open_for_editing(self, name):
        # The original moves aside and is read from there; a fresh file with
        # its permissions takes its name and receives standard output.
        backup = os.fspath(name) + (self._backup_suffix or '.bak')
        try:
            os.unlink(backup)
        except OSError:
            pass
        os.rename(name, backup)
        self._backup_path = backup
        self._file = self._open(backup, self._mode)
        try:
            permissions = os.fstat(self._file.fileno()).st_mode
        except OSError:
            permissions = None
        self._edited = self._open(name, self._mode.replace('r', 'w'))
        if permissions is not None:
            try:
                os.chmod(name, permissions)
            except OSError:
                pass
        self._real_stdout = sys.stdout
        sys.stdout = self._edited

    # ---- where we are -------------------------------------------------------

    def filename(self):
        """Name of the file being read, '<stdin>' for standard input."""
        return self._name

    def isstdin(self):
        return self._from_stdin

    def lineno(self):
        """Lines read so far over all files."""
        return self._lines_before + self._line_in_file

    def filelineno(self):
        """Lines read so far from the current file."""
        return self._line_in_file

    def isfirstline(self):
        return self._line_in_file == 1

    def fileno(self):
        """Descriptor of the current file; -1 when there is none."""
        if not self._file:
            return -1
        try:
            return self._file.fileno()
        except ValueError:
            # io.UnsupportedOperation: an in-memory stream has no descriptor.
            return -1
        except AttributeError:
            # minipy's in-memory streams lack the method altogether.
            if isinstance(self._file, (io.StringIO, io.BytesIO)):
                return -1
            raise


def _check_options(mode, inplace, openhook, encoding):
    if (sys.flags.warn_default_encoding and 'b' not in mode
            and encoding is None and openhook is None):
        import warnings
        warnings.warn("'encoding' argument not specified.", EncodingWarning, 3)
    if mode not in ('r', 'rb'):
        raise ValueError("FileInput opening mode must be 'r' or 'rb'")
    if not openhook:
        return
    # In-place editing opens the files itself, so a hook could not apply.
    if inplace:
        raise ValueError("FileInput cannot use an opening hook in inplace mode")
    if not callable(openhook):
        raise ValueError("FileInput openhook must be callable")


def hook_compressed(filename, mode, *, encoding=None, errors=None):
    """An openhook that reads '.gz' and '.bz2' files decompressed, and any
    other file as it is."""
    extension = os.path.splitext(filename)[1]
    if extension == '.gz':
        import gzip
        stream = gzip.open(filename, mode)
    elif extension == '.bz2':
        import bz2
        stream = bz2.BZ2File(filename, mode)
    else:
        return open(filename, mode, encoding=encoding, errors=errors)
    # The decompressors yield bytes; text mode decodes them.
    if 'b' not in mode:
        stream = io.TextIOWrapper(stream, encoding=encoding, errors=errors)
    return stream


def hook_encoded(encoding, errors=None):
    """An openhook that opens each file with this encoding and error handler."""
    def openhook(filename, mode):
        return open(filename, mode, encoding=encoding, errors=errors)
    return openhook
