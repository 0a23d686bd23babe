"""Logging: named loggers arranged by dotted names, handlers that send records to
streams and files, formatters that turn records into text, and filters.

A call such as ``getLogger('app.db').warning('disk %s', name)`` makes a LogRecord
(which remembers where in the program the call was made), passes it to the handlers
of 'app.db' and then of its ancestors 'app' and the root logger, and each handler
formats it and writes it out.  With no handler anywhere, `lastResort` writes the
message to sys.stderr.
"""

import sys
import os
import time
import io
import re
import traceback
import warnings
import weakref
import collections.abc

from string import Template
from string import Formatter as StrFormatter
from types import GenericAlias

__all__ = """
    BASIC_FORMAT BufferingFormatter CRITICAL DEBUG ERROR FATAL FileHandler Filter
    Formatter Handler INFO LogRecord Logger LoggerAdapter NOTSET NullHandler
    StreamHandler WARN WARNING addLevelName basicConfig captureWarnings critical
    debug disable error exception fatal getLevelName getLogger getLoggerClass info
    log makeLogRecord setLoggerClass shutdown warn warning getLogRecordFactory
    setLogRecordFactory lastResort raiseExceptions getLevelNamesMapping
""".split()

# Whether a failure inside a handler is reported on stderr (see Handler.handleError).
raiseExceptions = True
# Whether records carry thread, process name and process id information.
logThreads = True
logMultiprocessing = True
logProcesses = True

# LogRecord.relativeCreated counts from here.
_startTime = time.time()


# --- levels ----------------------------------------------------------------------------

CRITICAL, ERROR, WARNING, INFO, DEBUG, NOTSET = 50, 40, 30, 20, 10, 0
# Older names of two levels.
FATAL, WARN = CRITICAL, WARNING

_levelToName = {level: name for name, level in (
    ('CRITICAL', CRITICAL), ('ERROR', ERROR), ('WARNING', WARNING),
    ('INFO', INFO), ('DEBUG', DEBUG), ('NOTSET', NOTSET))}
_nameToLevel = {'CRITICAL': CRITICAL, 'FATAL': FATAL, 'ERROR': ERROR,
                'WARN': WARNING, 'WARNING': WARNING, 'INFO': INFO,
                'DEBUG': DEBUG, 'NOTSET': NOTSET}


def getLevelNamesMapping():
    """A copy of the table from level names to numbers."""
    return dict(_nameToLevel)


def getLevelName(level):
    """The name of a level number; for a registered name, its number (kept for old
    programs); otherwise 'Level N'."""
    for table in (_levelToName, _nameToLevel):
        found = table.get(level)
        if found is not None:
            return found
    return "Level %s" % level


def addLevelName(level, levelName):
    """Gives a level number a name, used when records of that level are formatted."""
    with _lock:
        _levelToName[level] = levelName
        _nameToLevel[levelName] = level


def _checkLevel(level):
    """The level number for a number or a registered level name."""
    if isinstance(level, int):
        return level
    if str(level) != level:
        raise TypeError("Level not an integer or a valid string: %r" % (level,))
    if level not in _nameToLevel:
        raise ValueError("Unknown level: %r" % level)
    return _nameToLevel[level]


# --- the module lock -------------------------------------------------------------------

class _ReentrantLock:
    """The lock handlers and the module take around shared state where threads
    cannot be started (a sandbox without `_thread`): holding it never waits; it
    only counts how deeply it is held.  Elsewhere the lock is `_thread.RLock`."""

    def __init__(self):
        self._depth = 0

    def acquire(self, blocking=True, timeout=-1):
        self._depth += 1
        return True

    def release(self):
        if self._depth == 0:
            raise RuntimeError("cannot release un-acquired lock")
        self._depth -= 1

    def _at_fork_reinit(self):
        self._depth = 0

    def __enter__(self):
        return self.acquire()

    def __exit__(self, *exc_info):
        self.release()


try:
    from _thread import RLock as _ThreadRLock, get_ident as _get_ident
except ImportError:
    # Without threads (a sandbox), the counting lock above is all that is needed.
    _ThreadRLock = None

    def _get_ident():
        return 1


def _new_lock():
    if _ThreadRLock is None:
        return _ReentrantLock()
    return _ThreadRLock()


_lock = _new_lock()


def _acquireLock():
    if _lock:
        _lock.acquire()


def _releaseLock():
    if _lock:
        _lock.release()


# --- who called ------------------------------------------------------------------------

def currentframe():
    """The frame of the function that calls this one."""
    return sys._getframe(1)


# The file this module's code reports; frames running it are logging's own.
_srcfile = os.path.normcase(addLevelName.__code__.co_filename)


def _is_internal_frame(frame):
    """Whether a frame runs logging's own code (or the import machinery), which the
    search for the code that made a logging call passes over."""
    filename = os.path.normcase(frame.f_code.co_filename)
    if filename == _srcfile:
        return True
    return "importlib" in filename and "_bootstrap" in filename


def _in_logging_package(frame):
    """Whether a frame runs code of the logging package (this module, handlers, ...)."""
    filename = frame.f_code.co_filename
    if _srcfile.startswith('<'):
        # Frozen modules are named '<frozen logging>', '<frozen logging.handlers>'.
        return filename == _srcfile or filename.startswith(_srcfile[:-1] + '.')
    return os.path.dirname(filename) == os.path.dirname(_srcfile)


# --- records ---------------------------------------------------------------------------

def _thread_details():
    threading = sys.modules.get('threading')
    if threading is None:
        # No thread was started through threading: this is the main thread.
        return _get_ident(), 'MainThread'
    return threading.get_ident(), threading.current_thread().name


class LogRecord(object):
    """One logging event: the message and its arguments, the level, and where and
    when the call was made."""

    def __init__(self, name, level, pathname, lineno,
                 msg, args, exc_info, func=None, sinfo=None, **kwargs):
        created = time.time()
        self.name, self.msg, self.args = name, msg, _message_arguments(args)
        self.levelno, self.levelname = level, getLevelName(level)
        self.pathname, self.lineno, self.funcName = pathname, lineno, func
        self.filename, self.module = _file_and_module(pathname)
        self.exc_info, self.stack_info = exc_info, sinfo
        # The formatted traceback, once a formatter has made it.
        self.exc_text = None
        self.created = created
        self.msecs = int((created - int(created)) * 1000) + 0.0
        self.relativeCreated = (created - _startTime) * 1000
        self.thread, self.threadName = _thread_details() if logThreads else (None, None)
        self.processName = 'MainProcess' if logMultiprocessing else None
        self.process = os.getpid() if logProcesses and hasattr(os, 'getpid') else None

    def __repr__(self):
        return '<LogRecord: %s, %s, %s, %s, "%s">' % (
            self.name, self.levelno, self.pathname, self.lineno, self.msg)

    def getMessage(self):
        """The message with its arguments merged in."""
        text = str(self.msg)
        return text % self.args if self.args else text


def _message_arguments(args):
    # log('%(key)s', {'key': ...}): a lone non-empty mapping feeds named fields.
    if len(args or ()) == 1:
        only = args[0]
        if only and isinstance(only, collections.abc.Mapping):
            return only
    return args


def _file_and_module(pathname):
    try:
        filename = os.path.basename(pathname)
        return filename, os.path.splitext(filename)[0]
    except (TypeError, ValueError, AttributeError):
        return pathname, "Unknown module"


_logRecordFactory = LogRecord


def setLogRecordFactory(factory):
    """Makes loggers create their records with factory (called like LogRecord)."""
    global _logRecordFactory
    _logRecordFactory = factory


def getLogRecordFactory():
    return _logRecordFactory


def makeLogRecord(dict):
    """A record whose attributes come from a dict (e.g. one sent over the network)."""
    record = _logRecordFactory(None, None, "", 0, "", (), None, None)
    record.__dict__.update(dict)
    return record


# --- format styles ---------------------------------------------------------------------

def _record_values(record, defaults):
    # Fields the record lacks fall back on the formatter's defaults.
    if not defaults:
        return record.__dict__
    return defaults | record.__dict__


class PercentStyle(object):
    """'%(name)s' fields, filled by the % operator."""

    default_format = '%(message)s'
    asctime_format = '%(asctime)s'
    asctime_search = '%(asctime)'
    validation_pattern = re.compile(r'%\(\w+\)[#0+ -]*(\*|\d+)?(\.(\*|\d+))?[diouxefgcrsa%]',
                                    re.I)

    def __init__(self, fmt, *, defaults=None):
        self._fmt = fmt or self.default_format
        self._defaults = defaults

    def usesTime(self):
        return self.asctime_search in self._fmt

    def validate(self):
        """Raises ValueError unless the format has at least one field of this style."""
        if not self.validation_pattern.search(self._fmt):
            raise ValueError("Invalid format '%s' for '%s' style"
                             % (self._fmt, self.default_format[0]))

    def _format(self, record):
        return self._fmt % _record_values(record, self._defaults)

    def format(self, record):
        try:
            return self._format(record)
        except KeyError as missing:
            raise ValueError('Formatting field not found in record: %s' % missing)


_str_formatter = StrFormatter()


class StrFormatStyle(PercentStyle):
    """'{name}' fields, filled by str.format."""

    default_format = '{message}'
    asctime_format = '{asctime}'
    asctime_search = '{asctime'

    fmt_spec = re.compile(r'^(.?[<>=^])?[+ -]?#?0?(\d+|{\w+})?[,_]?(\.(\d+|{\w+}))?[bcdefgnosx%]?$',
                          re.I)
    field_spec = re.compile(r'^(\d+|\w+)(\.\w+|\[[^]]+\])*$')

    def _format(self, record):
        return self._fmt.format(**_record_values(record, self._defaults))

    def _check_field(self, field_name, spec, conversion):
        if field_name and not self.field_spec.match(field_name):
            raise ValueError('invalid field name/expression: %r' % field_name)
        if conversion and conversion not in 'rsa':
            raise ValueError('invalid conversion: %r' % conversion)
        if spec and not self.fmt_spec.match(spec):
            raise ValueError('bad specifier: %r' % spec)

    def validate(self):
        """Raises ValueError for a malformed format or one without fields."""
        has_fields = False
        try:
            for _text, field_name, spec, conversion in _str_formatter.parse(self._fmt):
                self._check_field(field_name, spec, conversion)
                has_fields = has_fields or bool(field_name)
        except ValueError as problem:
            raise ValueError('invalid format: %s' % problem)
        if not has_fields:
            raise ValueError('invalid format: no fields')


class StringTemplateStyle(PercentStyle):
    """'$name' and '${name}' fields, filled by string.Template."""

    asctime_search = '${asctime}'
    asctime_format = asctime_search
    default_format = '${message}'

    def __init__(self, fmt, *, defaults=None):
        PercentStyle.__init__(self, fmt, defaults=defaults)
        self._tpl = Template(self._fmt)

    def usesTime(self):
        return '$asctime' in self._fmt or self.asctime_search in self._fmt

    def validate(self):
        """Raises ValueError for a lone '$' or a format without fields."""
        has_fields = False
        for found in Template.pattern.finditer(self._fmt):
            parts = found.groupdict()
            if parts['named'] or parts['braced']:
                has_fields = True
            elif found.group(0) == '$':
                raise ValueError('invalid format: bare \'$\' not allowed')
        if not has_fields:
            raise ValueError('invalid format: no fields')

    def _format(self, record):
        return self._tpl.substitute(**_record_values(record, self._defaults))


BASIC_FORMAT = "%(levelname)s:%(name)s:%(message)s"

# style character -> (style class, the format basicConfig() uses by default)
_STYLES = dict([
    ('%', (PercentStyle, BASIC_FORMAT)),
    ('{', (StrFormatStyle, '{levelname}:{name}:{message}')),
    ('$', (StringTemplateStyle, '${levelname}:${name}:${message}')),
])


def _check_style(style):
    if style not in _STYLES:
        raise ValueError('Style must be one of: %s' % ','.join(_STYLES.keys()))


# --- formatters ------------------------------------------------------------------------

def _append_block(text, block):
    # Tracebacks and stacks start on a line of their own.
    if text[-1:] != "\n":
        text += "\n"
    return text + block


class Formatter(object):
    """Turns a record into text with a format string in one of the three styles
    ('%', '{' or '$'), adding the traceback and stack the record carries."""

    converter = time.localtime
    default_time_format = '%Y-%m-%d %H:%M:%S'
    default_msec_format = '%s,%03d'

    def __init__(self, fmt=None, datefmt=None, style='%', validate=True, *,
                 defaults=None):
        _check_style(style)
        self.datefmt = datefmt
        style_class = _STYLES[style][0]
        self._style = style_class(fmt, defaults=defaults)
        if validate:
            self._style.validate()
        # The format in use (the style's default when fmt is empty).
        self._fmt = self._style._fmt

    def formatTime(self, record, datefmt=None):
        """The record's creation time with datefmt (strftime codes); by default
        'YYYY-mm-dd HH:MM:SS,mmm'."""
        when = self.converter(record.created)
        if datefmt:
            return time.strftime(datefmt, when)
        text = time.strftime(self.default_time_format, when)
        if self.default_msec_format:
            text = self.default_msec_format % (text, record.msecs)
        return text

    def formatException(self, ei):
        """The traceback of an exc_info triple, without the final newline."""
        buffer = io.StringIO()
        traceback.print_exception(ei[0], ei[1], ei[2], None, buffer)
        text = buffer.getvalue()
        buffer.close()
        return text[:-1] if text.endswith("\n") else text

    def usesTime(self):
        return self._style.usesTime()

    def formatMessage(self, record):
        return self._style.format(record)

    def formatStack(self, stack_info):
        return stack_info

    def format(self, record):
        """The text of a record; sets record.message (and record.asctime when the
        format shows it)."""
        record.message = record.getMessage()
        if self.usesTime():
            record.asctime = self.formatTime(record, self.datefmt)
        text = self.formatMessage(record)
        # The traceback text is kept on the record, for the other handlers.
        if record.exc_info and not record.exc_text:
            record.exc_text = self.formatException(record.exc_info)
        if record.exc_text:
            text = _append_block(text, record.exc_text)
        if record.stack_info:
            text = _append_block(text, self.formatStack(record.stack_info))
        return text


_defaultFormatter = Formatter()


class BufferingFormatter(object):
    """Formats a batch of records, between a header and a footer."""

    def __init__(self, linefmt=None):
        self.linefmt = linefmt if linefmt else _defaultFormatter

    def formatHeader(self, records):
        return ""

    def formatFooter(self, records):
        return ""

    def format(self, records):
        if not records:
            return ""
        body = "".join(self.linefmt.format(record) for record in records)
        return self.formatHeader(records) + body + self.formatFooter(records)


# --- filters ---------------------------------------------------------------------------

class Filter(object):
    """Passes the records of one logger and of the loggers below it ('a.b' passes
    'a.b' and 'a.b.c', not 'a.bc'); with no name, every record."""

    def __init__(self, name=''):
        self.name = name
        self.nlen = len(name)

    def filter(self, record):
        if not self.nlen or record.name == self.name:
            return True
        if not record.name.startswith(self.name):
            return False
        return record.name[self.nlen] == "."


class Filterer(object):
    """Keeps the filters of a logger or handler; a record must pass all of them."""

    def __init__(self):
        self.filters = []

    def addFilter(self, filter):
        if filter not in self.filters:
            self.filters.append(filter)

    def removeFilter(self, filter):
        if filter in self.filters:
            self.filters.remove(filter)

    def filter(self, record):
        """Whether every filter lets the record through.  A filter is an object
        with a filter() method or a plain callable."""
        for check in self.filters:
            verdict = check.filter(record) if hasattr(check, 'filter') else check(record)
            if not verdict:
                return False
        return True


# --- handlers --------------------------------------------------------------------------

# Handlers that were given a name, by name.
_handlers = weakref.WeakValueDictionary()
# Weak references to every handler, oldest first: shutdown() closes them newest
# first.  A reference takes itself out when its handler goes away.
_handlerList = []


def _removeHandlerRef(reference):
    # Late in interpreter shutdown the module's globals may already be None.
    lock, handlers = _lock, _handlerList
    if lock and handlers:
        with lock:
            if reference in handlers:
                handlers.remove(reference)


def _addHandlerRef(handler):
    with _lock:
        _handlerList.append(weakref.ref(handler, _removeHandlerRef))


class _Holding:
    """Holds a handler's lock (when it has one) for the duration of a with block."""

    def __init__(self, handler):
        self.handler = handler

    def __enter__(self):
        self.handler.acquire()

    def __exit__(self, *exc_info):
        self.handler.release()


class Handler(Filterer):
    """Sends records somewhere.  Subclasses say where by defining emit()."""

    def __init__(self, level=NOTSET):
        Filterer.__init__(self)
        self.level = _checkLevel(level)
        self.formatter = None
        self._closed = False
        self._name = None
        self.createLock()
        _addHandlerRef(self)

    def set_name(self, name):
        """Names the handler, registering it under the new name instead of the old."""
        with _lock:
            _handlers.pop(self._name, None)
            self._name = name
            if name:
                _handlers[name] = self

    def get_name(self):
        return self._name

    name = property(get_name, set_name)

    def createLock(self):
        self.lock = _new_lock()

    def _at_fork_reinit(self):
        self.lock = _new_lock()

    def acquire(self):
        if self.lock:
            self.lock.acquire()

    def release(self):
        if self.lock:
            self.lock.release()

    def setLevel(self, level):
        self.level = _checkLevel(level)

    def setFormatter(self, fmt):
        self.formatter = fmt

    def format(self, record):
        """The record's text, by this handler's formatter or the default one."""
        return (self.formatter or _defaultFormatter).format(record)

    def emit(self, record):
        raise NotImplementedError('emit must be implemented by Handler subclasses')

    def handle(self, record):
        """Emits the record if the filters pass it; returns whether they did."""
        passed = self.filter(record)
        if passed:
            with _Holding(self):
                self.emit(record)
        return passed

    def flush(self):
        pass

    def close(self):
        with _lock:
            self._closed = True
            if self._name and self._name in _handlers:
                del _handlers[self._name]

    def handleError(self, record):
        """Reports, on stderr, an exception raised while emitting a record: its
        traceback, the stack of the logging call, and the message and arguments.
        Nothing is written when raiseExceptions is false."""
        if not (raiseExceptions and sys.stderr):
            return
        exc_type, exc_value, exc_tb = sys.exc_info()
        try:
            sys.stderr.write('--- Logging error ---\n')
            traceback.print_exception(exc_type, exc_value, exc_tb, None, sys.stderr)
            sys.stderr.write('Call stack:\n')
            _report_calling_code(currentframe(), record)
            _report_message(record)
        except OSError:
            pass
        finally:
            exc_type = exc_value = exc_tb = None

    def __repr__(self):
        return '<%s (%s)>' % (self.__class__.__name__, getLevelName(self.level))


def _report_calling_code(frame, record):
    # The stack from the code that called logging (the frames of the logging
    # package itself left out), or the record's location when none is left.  The
    # walk starts from the running frame: the frame of a traceback does not lead
    # to its callers in minipy.
    while frame and _in_logging_package(frame):
        frame = frame.f_back
    if frame:
        traceback.print_stack(frame, file=sys.stderr)
    else:
        sys.stderr.write('Logged from file %s, line %s\n'
                         % (record.filename, record.lineno))


def _report_message(record):
    try:
        sys.stderr.write('Message: %r\nArguments: %s\n' % (record.msg, record.args))
    except RecursionError:
        raise
    except Exception:
        sys.stderr.write('Unable to print the message and arguments'
                         ' - possible formatting error.\nUse the'
                         ' traceback above to help find the error.\n')


class StreamHandler(Handler):
    """Writes each record's text, followed by `terminator`, to a stream
    (sys.stderr when none is given)."""

    terminator = '\n'

    def __init__(self, stream=None):
        Handler.__init__(self)
        self.stream = sys.stderr if stream is None else stream

    def flush(self):
        with _Holding(self):
            stream = self.stream
            if stream and hasattr(stream, "flush"):
                stream.flush()

    def emit(self, record):
        try:
            text = self.format(record)
            # One write per record, terminator included.
            self.stream.write(text + self.terminator)
            self.flush()
        except RecursionError:
            raise
        except Exception:
            self.handleError(record)

    def setStream(self, stream):
        """Switches to another stream; returns the old one (None if unchanged)."""
        if stream is self.stream:
            return None
        previous = self.stream
        with _Holding(self):
            self.flush()
            self.stream = stream
        return previous

    def __repr__(self):
        # A stream's name may be a number (a file descriptor).
        shown = str(getattr(self.stream, 'name', ''))
        if shown:
            shown += ' '
        return '<%s %s(%s)>' % (self.__class__.__name__, shown, getLevelName(self.level))

    __class_getitem__ = classmethod(GenericAlias)


def _text_encoding(encoding):
    # What io.text_encoding() makes of an omitted encoding.
    return 'locale' if encoding is None else encoding


class FileHandler(StreamHandler):
    """Writes records to a file, opened at once or (delay=True) at the first record."""

    def __init__(self, filename, mode='a', encoding=None, delay=False, errors=None):
        self.baseFilename = os.path.abspath(os.fspath(filename))
        self.mode, self.delay = mode, delay
        self.encoding = encoding if 'b' in mode else _text_encoding(encoding)
        self.errors = errors
        # Kept so that the file can still be opened while the interpreter shuts
        # down and the builtins are going away.
        self._builtin_open = open
        if not delay:
            StreamHandler.__init__(self, self._open())
            return
        Handler.__init__(self)
        self.stream = None

    def _open(self):
        # minipy's open() knows no 'locale' codec name: None means the same thing.
        encoding = None if self.encoding == 'locale' else self.encoding
        return self._builtin_open(self.baseFilename, self.mode,
                                  encoding=encoding, errors=self.errors)

    def emit(self, record):
        # A delayed file is opened now, unless a closed 'w' handler would wipe it.
        if self.stream is None and (self.mode != 'w' or not self._closed):
            self.stream = self._open()
        if self.stream:
            StreamHandler.emit(self, record)

    def close(self):
        with _Holding(self):
            try:
                self._close_stream()
            finally:
                # Even a handler that never opened its file is unregistered.
                StreamHandler.close(self)

    def _close_stream(self):
        stream = self.stream
        if not stream:
            return
        try:
            self.flush()
        finally:
            self.stream = None
            if hasattr(stream, "close"):
                stream.close()

    def __repr__(self):
        return '<%s %s (%s)>' % (self.__class__.__name__, self.baseFilename,
                                 getLevelName(self.level))


class _StderrHandler(StreamHandler):
    """Writes to whatever sys.stderr is when a record arrives."""

    def __init__(self, level=NOTSET):
        Handler.__init__(self, level)

    stream = property(lambda self: sys.stderr)


_defaultLastResort = _StderrHandler(WARNING)
# Used for records that find no handler at all; None turns this off.
lastResort = _defaultLastResort


class NullHandler(Handler):
    """Drops every record.  A library adds one to its top logger so that, left
    unconfigured, it stays quiet."""

    def handle(self, record):
        """Does nothing."""

    def emit(self, record):
        """Does nothing."""

    def createLock(self):
        self.lock = None

    def _at_fork_reinit(self):
        pass


# --- loggers ---------------------------------------------------------------------------

def _check_logger_class(klass):
    if klass != Logger and not issubclass(klass, Logger):
        raise TypeError("logger not derived from logging.Logger: " + klass.__name__)


def setLoggerClass(klass):
    """Makes getLogger() create new loggers of class klass (a Logger subclass)."""
    global _loggerClass
    _check_logger_class(klass)
    _loggerClass = klass


def getLoggerClass():
    return _loggerClass


class PlaceHolder(object):
    """Stands in the hierarchy for a dotted name no one asked a logger for yet,
    remembering the loggers below it."""

    def __init__(self, alogger):
        self.loggerMap = {alogger: None}

    def append(self, alogger):
        if alogger not in self.loggerMap:
            self.loggerMap[alogger] = None


def _ancestor_names(name):
    """The names above a dotted name, nearest first ('a.b.c' -> 'a.b', 'a')."""
    end = name.rfind(".")
    while end > 0:
        yield name[:end]
        # A dot right before this one ('a..b') does not end a name.
        end = name.rfind(".", 0, end - 1)


class Manager(object):
    """Holds the loggers of a hierarchy by name and links each to its parent."""

    def __init__(self, rootnode):
        self.root = rootnode
        self.loggerDict = {}
        self.loggerClass = self.logRecordFactory = None
        self.emittedNoHandlerWarning = False
        self.disable = NOTSET

    def _set_disable(self, level):
        self._disable = _checkLevel(level)

    # Records at this level or below are dropped everywhere (see disable()).
    disable = property(lambda self: self._disable, _set_disable)

    def _new_logger(self, name):
        made = (self.loggerClass or _loggerClass)(name)
        made.manager = self
        self.loggerDict[name] = made
        return made

    def getLogger(self, name):
        """The logger called name, created (and linked in) on first request."""
        if not isinstance(name, str):
            raise TypeError('A logger name must be a string')
        with _lock:
            existing = self.loggerDict.get(name)
            if existing is not None and not isinstance(existing, PlaceHolder):
                return existing
            made = self._new_logger(name)
            if existing is not None:
                self._fixupChildren(existing, made)
            self._fixupParents(made)
            return made

    def setLoggerClass(self, klass):
        _check_logger_class(klass)
        self.loggerClass = klass

    def setLogRecordFactory(self, factory):
        self.logRecordFactory = factory

    def _fixupParents(self, alogger):
        """Makes the nearest existing ancestor the parent of a new logger, leaving
        placeholders for the missing names in between."""
        parent = None
        for ancestor in _ancestor_names(alogger.name):
            holder = self.loggerDict.get(ancestor)
            if holder is None:
                self.loggerDict[ancestor] = PlaceHolder(alogger)
            elif isinstance(holder, Logger):
                parent = holder
                break
            else:
                holder.append(alogger)
        alogger.parent = parent or self.root

    def _fixupChildren(self, ph, alogger):
        """Puts a new logger between the loggers its placeholder stood for and
        their current parents (unless those are already below it)."""
        prefix = alogger.name
        for child in ph.loggerMap:
            if not child.parent.name.startswith(prefix):
                alogger.parent = child.parent
                child.parent = alogger

    def _clear_cache(self):
        """Forgets which levels each logger lets through (the levels changed)."""
        with _lock:
            for item in self.loggerDict.values():
                if isinstance(item, Logger):
                    item._cache.clear()
            self.root._cache.clear()


def _level_method(level, name):
    """A Logger method logging at a fixed level: logger.info(msg, *args, ...)."""
    def log_at_level(self, msg, *args, **kwargs):
        if self.isEnabledFor(level):
            self._log(level, msg, args, **kwargs)
    log_at_level.__name__ = name
    log_at_level.__qualname__ = 'Logger.' + name
    log_at_level.__doc__ = "Logs msg %% args at level %s." % getLevelName(level)
    return log_at_level


class Logger(Filterer):
    """A named source of records.  A record goes to the logger's handlers, then to
    its parent's, up to the root or the first logger with propagate false."""

    def __init__(self, name, level=NOTSET):
        Filterer.__init__(self)
        self.name, self.level = name, _checkLevel(level)
        self.parent, self.propagate = None, True
        self.disabled = False
        self.handlers = []
        # level -> whether isEnabledFor(level); cleared when any level changes.
        self._cache = {}

    def setLevel(self, level):
        self.level = _checkLevel(level)
        self.manager._clear_cache()

    debug = _level_method(DEBUG, 'debug')
    info = _level_method(INFO, 'info')
    warning = _level_method(WARNING, 'warning')
    error = _level_method(ERROR, 'error')
    critical = _level_method(CRITICAL, 'critical')

    def warn(self, msg, *args, **kwargs):
        warnings.warn("The 'warn' method is deprecated, use 'warning' instead",
                      DeprecationWarning, 2)
        self.warning(msg, *args, **kwargs)

    def exception(self, msg, *args, exc_info=True, **kwargs):
        """Logs at ERROR level with the exception being handled."""
        self.error(msg, *args, exc_info=exc_info, **kwargs)

    def fatal(self, msg, *args, **kwargs):
        """The same as critical()."""
        self.critical(msg, *args, **kwargs)

    def log(self, level, msg, *args, **kwargs):
        """Logs msg % args at a level given by number."""
        if not isinstance(level, int):
            if not raiseExceptions:
                return
            raise TypeError("level must be an integer")
        if self.isEnabledFor(level):
            self._log(level, msg, args, **kwargs)

    def findCaller(self, stack_info=False, stacklevel=1):
        """(file name, line number, function name, stack text or None) of the
        code that called logging; stacklevel=2 names that code's caller, and so
        on, logging's own frames not counted."""
        frame = currentframe()
        if frame is None:
            return "(unknown file)", 0, "(unknown function)", None
        while stacklevel > 0 and frame.f_back is not None:
            frame = frame.f_back
            if not _is_internal_frame(frame):
                stacklevel -= 1
        code = frame.f_code
        stack = _stack_text(frame) if stack_info else None
        return code.co_filename, frame.f_lineno, code.co_name, stack

    def makeRecord(self, name, level, fn, lno, msg, args, exc_info,
                   func=None, extra=None, sinfo=None):
        """A record made by the record factory, with the `extra` attributes added
        (which may not replace any the record has)."""
        record = _logRecordFactory(name, level, fn, lno, msg, args, exc_info, func, sinfo)
        for key in extra if extra is not None else ():
            if key in ("message", "asctime") or key in record.__dict__:
                raise KeyError("Attempt to overwrite %r in LogRecord" % key)
            record.__dict__[key] = extra[key]
        return record

    def _log(self, level, msg, args, exc_info=None, extra=None, stack_info=False,
             stacklevel=1):
        """Makes a record and handles it (the level was checked already)."""
        fn, lno, func, sinfo = "(unknown file)", 0, "(unknown function)", None
        # Setting logging._srcfile to None skips the search for the caller.
        if _srcfile:
            try:
                fn, lno, func, sinfo = self.findCaller(stack_info, stacklevel)
            except ValueError:
                pass
        record = self.makeRecord(self.name, level, fn, lno, msg, args,
                                 _exc_info_triple(exc_info), func, extra, sinfo)
        self.handle(record)

    def handle(self, record):
        """Passes a record to the handlers, unless the logger is disabled or a
        filter rejects it."""
        if not self.disabled and self.filter(record):
            self.callHandlers(record)

    def addHandler(self, hdlr):
        with _lock:
            if hdlr not in self.handlers:
                self.handlers.append(hdlr)

    def removeHandler(self, hdlr):
        with _lock:
            if hdlr in self.handlers:
                self.handlers.remove(hdlr)

    def _loggers_reached(self):
        """This logger and the ancestors records propagate to."""
        current = self
        while current:
            yield current
            current = current.parent if current.propagate else None

    def hasHandlers(self):
        """Whether a record logged here would meet any handler."""
        return any(current.handlers for current in self._loggers_reached())

    def callHandlers(self, record):
        """Gives the record to every handler on its way up whose level it reaches.
        With no handler on the way, lastResort takes it."""
        seen_handler = False
        for current in self._loggers_reached():
            for handler in current.handlers:
                seen_handler = True
                if record.levelno >= handler.level:
                    handler.handle(record)
        if seen_handler:
            return
        if lastResort:
            if record.levelno >= lastResort.level:
                lastResort.handle(record)
        elif raiseExceptions and not self.manager.emittedNoHandlerWarning:
            sys.stderr.write("No handlers could be found for logger \"%s\"\n" % self.name)
            self.manager.emittedNoHandlerWarning = True

    def getEffectiveLevel(self):
        """The first level set on this logger or an ancestor (NOTSET if none)."""
        current = self
        while current:
            if current.level:
                return current.level
            current = current.parent
        return NOTSET

    def isEnabledFor(self, level):
        """Whether a record of this level would be processed at all."""
        if self.disabled:
            return False
        enabled = self._cache.get(level)
        if enabled is None:
            with _lock:
                enabled = (self.manager.disable < level
                           and level >= self.getEffectiveLevel())
                self._cache[level] = enabled
        return enabled

    def getChild(self, suffix):
        """The logger one or more levels below: getLogger('a').getChild('b.c') is
        getLogger('a.b.c')."""
        if self.root is not self:
            suffix = self.name + '.' + suffix
        return self.manager.getLogger(suffix)

    def __repr__(self):
        return '<%s %s (%s)>' % (self.__class__.__name__, self.name,
                                 getLevelName(self.getEffectiveLevel()))

    def __reduce__(self):
        # A logger pickles as its name: unpickling fetches the logger of that name.
        if getLogger(self.name) is self:
            return getLogger, (self.name,)
        import pickle
        raise pickle.PicklingError('logger cannot be pickled')


def _stack_text(frame):
    """The stack from the outermost frame down to frame, as record.stack_info."""
    buffer = io.StringIO()
    buffer.write('Stack (most recent call last):\n')
    traceback.print_stack(frame, file=buffer)
    text = buffer.getvalue()
    buffer.close()
    return text[:-1] if text.endswith('\n') else text


def _exc_info_triple(exc_info):
    """What a record keeps of the exc_info argument: a (type, value, traceback)
    triple for an exception, a true value or a triple; otherwise the value itself."""
    if not exc_info:
        return exc_info
    if isinstance(exc_info, BaseException):
        return (type(exc_info), exc_info, exc_info.__traceback__)
    if isinstance(exc_info, tuple):
        return exc_info
    return sys.exc_info()


class RootLogger(Logger):
    """The logger at the top of the hierarchy, named 'root'."""

    def __init__(self, level):
        Logger.__init__(self, "root", level)

    def __reduce__(self):
        return getLogger, ()


_loggerClass = Logger


def _adapter_method(level, name):
    """A LoggerAdapter method logging at a fixed level."""
    def log_at_level(self, msg, *args, **kwargs):
        self.log(level, msg, *args, **kwargs)
    log_at_level.__name__ = name
    log_at_level.__qualname__ = 'LoggerAdapter.' + name
    log_at_level.__doc__ = "Logs msg %% args at level %s, through process()." % (
        getLevelName(level))
    return log_at_level


class LoggerAdapter(object):
    """Wraps a logger and adds context to what goes through it: process() sees
    every message and its keyword arguments first (by default it passes `extra`)."""

    def __init__(self, logger, extra=None):
        self.logger = logger
        self.extra = extra

    def process(self, msg, kwargs):
        kwargs["extra"] = self.extra
        return msg, kwargs

    debug = _adapter_method(DEBUG, 'debug')
    info = _adapter_method(INFO, 'info')
    warning = _adapter_method(WARNING, 'warning')
    error = _adapter_method(ERROR, 'error')
    critical = _adapter_method(CRITICAL, 'critical')

    def warn(self, msg, *args, **kwargs):
        warnings.warn("The 'warn' method is deprecated, use 'warning' instead",
                      DeprecationWarning, 2)
        self.warning(msg, *args, **kwargs)

    def exception(self, msg, *args, exc_info=True, **kwargs):
        self.log(ERROR, msg, *args, exc_info=exc_info, **kwargs)

    def log(self, level, msg, *args, **kwargs):
        if self.isEnabledFor(level):
            msg, kwargs = self.process(msg, kwargs)
            self.logger.log(level, msg, *args, **kwargs)

    def isEnabledFor(self, level):
        return self.logger.isEnabledFor(level)

    def setLevel(self, level):
        self.logger.setLevel(level)

    def getEffectiveLevel(self):
        return self.logger.getEffectiveLevel()

    def hasHandlers(self):
        return self.logger.hasHandlers()

    def _log(self, level, msg, args, exc_info=None, extra=None, stack_info=False):
        return self.logger._log(level, msg, args, exc_info=exc_info, extra=extra,
                                stack_info=stack_info)

    def _set_manager(self, value):
        self.logger.manager = value

    # The wrapped logger's manager and name.
    manager = property(lambda self: self.logger.manager, _set_manager)
    name = property(lambda self: self.logger.name)

    def __repr__(self):
        return '<%s %s (%s)>' % (self.__class__.__name__, self.logger.name,
                                 getLevelName(self.logger.getEffectiveLevel()))

    __class_getitem__ = classmethod(GenericAlias)


root = RootLogger(WARNING)
Logger.root = root
Logger.manager = Manager(Logger.root)


# --- configuration ---------------------------------------------------------------------

def _handlers_for_basic_config(options, encoding, errors):
    """The handlers basicConfig() installs: those given, a FileHandler for a file
    name, or a StreamHandler."""
    handlers = options.pop("handlers", None)
    if handlers is not None:
        if "stream" in options or "filename" in options:
            raise ValueError("'stream' or 'filename' should not be "
                             "specified together with 'handlers'")
        return handlers
    if "stream" in options and "filename" in options:
        raise ValueError("'stream' and 'filename' should not be specified together")
    filename = options.pop("filename", None)
    mode = options.pop("filemode", 'a')
    if not filename:
        return [StreamHandler(options.pop("stream", None))]
    if 'b' in mode:
        errors = None
    else:
        encoding = _text_encoding(encoding)
    return [FileHandler(filename, mode, encoding=encoding, errors=errors)]


def basicConfig(**kwargs):
    """Sets the root logger up for simple programs: a handler (stderr, a stream,
    a file, or those given) with a formatter, and optionally a level.  Does nothing
    if the root logger has handlers already, unless force=True replaces them."""
    with _lock:
        force = kwargs.pop('force', False)
        encoding = kwargs.pop('encoding', None)
        errors = kwargs.pop('errors', 'backslashreplace')
        if force:
            for handler in list(root.handlers):
                root.removeHandler(handler)
                handler.close()
        if root.handlers:
            return
        handlers = _handlers_for_basic_config(kwargs, encoding, errors)
        date_format = kwargs.pop("datefmt", None)
        style = kwargs.pop("style", '%')
        _check_style(style)
        formatter = Formatter(kwargs.pop("format", _STYLES[style][1]), date_format, style)
        for handler in handlers:
            if handler.formatter is None:
                handler.setFormatter(formatter)
            root.addHandler(handler)
        level = kwargs.pop("level", None)
        if level is not None:
            root.setLevel(level)
        if kwargs:
            raise ValueError('Unrecognised argument(s): %s' % ', '.join(kwargs.keys()))


def getLogger(name=None):
    """The logger with this dotted name (made on first use); the root logger when
    no name is given."""
    if not name or (isinstance(name, str) and name == root.name):
        return root
    return Logger.manager.getLogger(name)


def _configured_root():
    # The module-level functions configure the root logger if nothing has.
    if not root.handlers:
        basicConfig()
    return root


def critical(msg, *args, **kwargs):
    """Logs a CRITICAL message on the root logger."""
    _configured_root().critical(msg, *args, **kwargs)


def fatal(msg, *args, **kwargs):
    """The same as critical()."""
    critical(msg, *args, **kwargs)


def error(msg, *args, **kwargs):
    """Logs an ERROR message on the root logger."""
    _configured_root().error(msg, *args, **kwargs)


def exception(msg, *args, exc_info=True, **kwargs):
    """Logs an ERROR message on the root logger, with the exception being handled."""
    error(msg, *args, exc_info=exc_info, **kwargs)


def warning(msg, *args, **kwargs):
    """Logs a WARNING message on the root logger."""
    _configured_root().warning(msg, *args, **kwargs)


def warn(msg, *args, **kwargs):
    warnings.warn("The 'warn' function is deprecated, use 'warning' instead",
                  DeprecationWarning, 2)
    warning(msg, *args, **kwargs)


def info(msg, *args, **kwargs):
    """Logs an INFO message on the root logger."""
    _configured_root().info(msg, *args, **kwargs)


def debug(msg, *args, **kwargs):
    """Logs a DEBUG message on the root logger."""
    _configured_root().debug(msg, *args, **kwargs)


def log(level, msg, *args, **kwargs):
    """Logs a message at a numeric level on the root logger."""
    _configured_root().log(level, msg, *args, **kwargs)


def disable(level=CRITICAL):
    """Drops every record at this level or below, whatever the loggers say."""
    root.manager.disable = level
    root.manager._clear_cache()


def shutdown(handlerList=_handlerList):
    """Flushes and closes every handler, newest first.  Runs at exit."""
    for reference in reversed(list(handlerList)):
        try:
            handler = reference()
            if handler:
                _close_at_shutdown(handler)
        except:
            # Exit goes on whatever a handler does, unless errors are wanted.
            if raiseExceptions:
                raise


def _close_at_shutdown(handler):
    try:
        with _Holding(handler):
            # A MemoryHandler may ask not to be flushed on close.
            if getattr(handler, 'flushOnClose', True):
                handler.flush()
            handler.close()
    except (OSError, ValueError):
        pass


import atexit
atexit.register(shutdown)


# --- warnings as log records -----------------------------------------------------------

# The warnings.showwarning that captureWarnings(True) replaced.
_warnings_showwarning = None


def _showwarning(message, category, filename, lineno, file=None, line=None):
    """Logs a warning on the 'py.warnings' logger (a warning meant for a given file
    still goes there)."""
    if file is not None:
        if _warnings_showwarning is not None:
            _warnings_showwarning(message, category, filename, lineno, file, line)
        return
    text = warnings.formatwarning(message, category, filename, lineno, line)
    logger = getLogger("py.warnings")
    if not logger.handlers:
        logger.addHandler(NullHandler())
    logger.warning(str(text))


def captureWarnings(capture):
    """With True, warnings are logged instead of written to stderr; False undoes it."""
    global _warnings_showwarning
    if capture and _warnings_showwarning is None:
        _warnings_showwarning = warnings.showwarning
        warnings.showwarning = _showwarning
    elif not capture and _warnings_showwarning is not None:
        warnings.showwarning = _warnings_showwarning
        _warnings_showwarning = None
