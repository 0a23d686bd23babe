"""More handlers for the logging package: files that rotate when they grow too big,
files that are reopened when something else moves them away, records buffered in
memory, and records handed to a queue.

(CPython's network, syslog, e-mail, Windows event log and timed-rotation handlers
and its QueueListener, which needs threads, are not part of minipy.)
"""

import os
import logging
# Offered here as in CPython (the indices of those fields in a stat result).
from stat import ST_DEV, ST_INO, ST_MTIME

# The ports CPython's network handlers use by default.
DEFAULT_TCP_LOGGING_PORT, DEFAULT_UDP_LOGGING_PORT = 9020, 9021
DEFAULT_HTTP_LOGGING_PORT, DEFAULT_SOAP_LOGGING_PORT = 9022, 9023
SYSLOG_UDP_PORT = SYSLOG_TCP_PORT = 514


def _text_encoding(encoding, mode):
    # A text file opened without an encoding uses the locale's (io.text_encoding).
    if 'b' in mode or encoding is not None:
        return encoding
    return 'locale'


class BaseRotatingHandler(logging.FileHandler):
    """A file handler that may move its file aside and start a new one before a
    record is written: shouldRollover() says when, doRollover() does it.

    `namer`, when set, is called with each default rotated file name and returns
    the name to use; `rotator`, when set, is called as rotator(source, dest) to
    move the current file instead of os.rename."""

    namer = None
    rotator = None

    def __init__(self, filename, mode, encoding=None, delay=False, errors=None):
        logging.FileHandler.__init__(self, filename, mode=mode, encoding=encoding,
                                     delay=delay, errors=errors)
        # Kept as given (FileHandler would have turned a missing encoding into
        # 'locale').
        self.mode, self.encoding, self.errors = mode, encoding, errors

    def emit(self, record):
        """Rolls over first if the record calls for it, then writes the record."""
        try:
            self._roll_over_if_due(record)
            logging.FileHandler.emit(self, record)
        except Exception:
            self.handleError(record)

    def _roll_over_if_due(self, record):
        if self.shouldRollover(record):
            self.doRollover()

    def rotation_filename(self, default_name):
        return self.namer(default_name) if callable(self.namer) else default_name

    def rotate(self, source, dest):
        if callable(self.rotator):
            self.rotator(source, dest)
        elif os.path.exists(source):
            # With delay=True the file may never have been created.
            os.rename(source, dest)


class RotatingFileHandler(BaseRotatingHandler):
    """Writes to a file until the next record would take it to maxBytes; then
    name.1 becomes name.2 and so on up to backupCount, the file becomes name.1,
    and a new file is started.  maxBytes=0 never rolls over."""

    def __init__(self, filename, mode='a', maxBytes=0, backupCount=0,
                 encoding=None, delay=False, errors=None):
        # Rotating a file that is truncated on opening would lose records.
        if maxBytes > 0:
            mode = 'a'
        BaseRotatingHandler.__init__(self, filename, mode,
                                     encoding=_text_encoding(encoding, mode),
                                     delay=delay, errors=errors)
        self.maxBytes = maxBytes
        self.backupCount = backupCount

    def _backup_name(self, number):
        return self.rotation_filename("%s.%d" % (self.baseFilename, number))

    def doRollover(self):
        """Shifts the numbered backups up by one (the oldest falls off), makes the
        current file backup 1 and opens a new one (unless delay is set)."""
        if self.stream:
            self.stream.close()
            self.stream = None
        if self.backupCount > 0:
            for number in range(self.backupCount - 1, 0, -1):
                older, newer = self._backup_name(number), self._backup_name(number + 1)
                if os.path.exists(older):
                    _replace(older, newer)
            first = self.rotation_filename(self.baseFilename + ".1")
            if os.path.exists(first):
                os.remove(first)
            self.rotate(self.baseFilename, first)
        if not self.delay:
            self.stream = self._open()

    def shouldRollover(self, record):
        """Whether writing the record would take the file to maxBytes."""
        # Only regular files roll over (not /dev/null, pipes, ...).
        if os.path.exists(self.baseFilename) and not os.path.isfile(self.baseFilename):
            return False
        if self.stream is None:
            self.stream = self._open()
        if self.maxBytes <= 0:
            return False
        text = "%s\n" % self.format(record)
        self.stream.seek(0, 2)
        return self.stream.tell() + len(text) >= self.maxBytes


def _replace(source, dest):
    if os.path.exists(dest):
        os.remove(dest)
    os.rename(source, dest)


class WatchedFileHandler(logging.FileHandler):
    """A file handler that notices when its file was removed or replaced (by a
    log rotation tool, say) and then reopens the file under its name."""

    def __init__(self, filename, mode='a', encoding=None, delay=False, errors=None):
        logging.FileHandler.__init__(self, filename, mode=mode,
                                     encoding=_text_encoding(encoding, mode),
                                     delay=delay, errors=errors)
        self.dev = self.ino = -1
        self._statstream()

    def _statstream(self):
        # Remembers which file the open stream is, by device and inode.
        if self.stream:
            status = os.fstat(self.stream.fileno())
            self.dev, self.ino = status.st_dev, status.st_ino

    def reopenIfNeeded(self):
        """Reopens the file if the name no longer leads to the file being written."""
        try:
            status = os.stat(self.baseFilename)
        except FileNotFoundError:
            status = None
        if status and (status.st_dev, status.st_ino) == (self.dev, self.ino):
            return
        if self.stream is None:
            return
        self.stream.flush()
        self.stream.close()
        # Cleared first, in case opening the new file fails.
        self.stream = None
        self.stream = self._open()
        self._statstream()

    def emit(self, record):
        self.reopenIfNeeded()
        logging.FileHandler.emit(self, record)


class BufferingHandler(logging.Handler):
    """Collects records in a list (`buffer`); when shouldFlush() says so, flush()
    deals with them (here: throws them away)."""

    def __init__(self, capacity):
        logging.Handler.__init__(self)
        self.capacity = capacity
        self.buffer = []

    def shouldFlush(self, record):
        """Whether the buffer is full."""
        return len(self.buffer) >= self.capacity

    def emit(self, record):
        self.buffer.append(record)
        if self.shouldFlush(record):
            self.flush()

    def flush(self):
        with logging._Holding(self):
            self.buffer.clear()

    def close(self):
        try:
            self.flush()
        finally:
            logging.Handler.close(self)


class MemoryHandler(BufferingHandler):
    """Buffers records and passes them all to a target handler when the buffer is
    full or a record of flushLevel or above arrives (and, with flushOnClose, when
    the handler is closed)."""

    def __init__(self, capacity, flushLevel=logging.ERROR, target=None,
                 flushOnClose=True):
        BufferingHandler.__init__(self, capacity)
        self.flushLevel, self.target, self.flushOnClose = flushLevel, target, flushOnClose

    def shouldFlush(self, record):
        return (len(self.buffer) >= self.capacity
                or record.levelno >= self.flushLevel)

    def setTarget(self, target):
        with logging._Holding(self):
            self.target = target

    def flush(self):
        """Hands the buffered records to the target; without a target they stay."""
        with logging._Holding(self):
            if not self.target:
                return
            for record in self.buffer:
                self.target.handle(record)
            self.buffer.clear()

    def close(self):
        try:
            if self.flushOnClose:
                self.flush()
        finally:
            with logging._Holding(self):
                self.target = None
                BufferingHandler.close(self)


class QueueHandler(logging.Handler):
    """Puts records on a queue (anything with put_nowait) for another part of the
    program to handle."""

    def __init__(self, queue):
        logging.Handler.__init__(self)
        self.queue = queue

    def enqueue(self, record):
        self.queue.put_nowait(record)

    def prepare(self, record):
        """A copy of the record ready to travel: its text formatted (into both msg
        and message; a traceback and stack included) and the arguments, exception
        and stack, which may not survive pickling, removed."""
        import copy
        text = self.format(record)
        ready = copy.copy(record)
        ready.msg = ready.message = text
        ready.args = ready.exc_info = ready.exc_text = ready.stack_info = None
        return ready

    def emit(self, record):
        try:
            self.enqueue(self.prepare(record))
        except Exception:
            self.handleError(record)
