"""Python part of the warnings subsystem.

Issues warnings, filters them through the `filters` list (first match wins) and shows
them on sys.stderr in CPython's format.  The filtering mirrors CPython's C accelerator:
per-module `__warningregistry__` dicts remember which warnings were already shown and
are invalidated whenever the filters change.
"""

import sys

__all__ = ["warn", "warn_explicit", "showwarning",
           "formatwarning", "filterwarnings", "simplefilter",
           "resetwarnings", "catch_warnings"]

_ACTIONS = ("error", "ignore", "always", "default", "module", "once")

# CPython's default filters (release build).  The module field of the first one is a
# plain string, which must match the module name exactly (not a regex).
filters = [
    ('default', None, DeprecationWarning, '__main__', 0),
    ('ignore', None, DeprecationWarning, None, 0),
    ('ignore', None, PendingDeprecationWarning, None, 0),
    ('ignore', None, ImportWarning, None, 0),
    ('ignore', None, ResourceWarning, None, 0),
]
defaultaction = "default"
onceregistry = {}

# Bumped on every change of the filters; registries remember the version they were
# filled under and are cleared when it is stale.
_filters_version = 0


def _filters_mutated():
    global _filters_version
    _filters_version += 1


# --- showing and formatting ------------------------------------------------------------

def showwarning(message, category, filename, lineno, file=None, line=None):
    """Hook to write a warning to a file; replace if you like."""
    msg = WarningMessage(message, category, filename, lineno, file, line)
    _showwarnmsg_impl(msg)


def formatwarning(message, category, filename, lineno, line=None):
    """Function to format a warning the standard way."""
    msg = WarningMessage(message, category, filename, lineno, None, line)
    return _formatwarnmsg_impl(msg)


def _showwarnmsg_impl(msg):
    file = msg.file
    if file is None:
        file = sys.stderr
        if file is None:
            # No stderr (e.g. pythonw): nowhere to show it.
            return
    text = _formatwarnmsg(msg)
    try:
        file.write(text)
    except OSError:
        pass


def _formatwarnmsg_impl(msg):
    category = msg.category.__name__
    s = f"{msg.filename}:{msg.lineno}: {category}: {msg.message}\n"
    line = msg.line
    if line is None:
        try:
            import linecache
            line = linecache.getline(msg.filename, msg.lineno)
        except Exception:
            line = None
    if line:
        s += "  %s\n" % line.strip()
    if msg.source is not None:
        s += _source_traceback(msg, category)
    return s


def _source_traceback(msg, category):
    """The allocation traceback of msg.source (as tracemalloc recorded it)."""
    try:
        import tracemalloc
    except Exception:
        return ""
    tracing = tracemalloc.is_tracing()
    try:
        tb = tracemalloc.get_object_traceback(msg.source)
    except Exception:
        tb = None
    if tb is not None:
        import linecache
        s = 'Object allocated at (most recent call last):\n'
        for frame in tb:
            s += '  File "%s", lineno %s\n' % (frame.filename, frame.lineno)
            try:
                line = linecache.getline(frame.filename, frame.lineno)
            except Exception:
                line = None
            if line:
                s += '    %s\n' % line.strip()
        return s
    if not tracing:
        return (f'{category}: Enable tracemalloc to get the object '
                f'allocation traceback\n')
    return ""


# Kept so that replaced hooks can be detected (and restored by catch_warnings).
_showwarning_orig = showwarning
_formatwarning_orig = formatwarning


def _showwarnmsg(msg):
    """Shows msg through the user's showwarning() if one was installed."""
    sw = showwarning
    if sw is not _showwarning_orig:
        if not callable(sw):
            raise TypeError("warnings.showwarning() must be set to a "
                            "function or method")
        sw(msg.message, msg.category, msg.filename, msg.lineno,
           msg.file, msg.line)
        return
    _showwarnmsg_impl(msg)


def _formatwarnmsg(msg):
    """Formats msg through the user's formatwarning() if one was installed."""
    fw = formatwarning
    if fw is not _formatwarning_orig:
        return fw(msg.message, msg.category, msg.filename, msg.lineno, msg.line)
    return _formatwarnmsg_impl(msg)


# --- the filters -----------------------------------------------------------------------

def filterwarnings(action, message="", category=Warning, module="", lineno=0,
                   append=False):
    """Insert an entry into the list of warnings filters (at the front).

    'message' is a regex the start of the warning message must match
    (case-insensitively), 'module' a regex the start of the module name must match.
    """
    assert action in _ACTIONS, "invalid action: %r" % (action,)
    assert isinstance(message, str), "message must be a string"
    assert isinstance(category, type), "category must be a class"
    assert issubclass(category, Warning), "category must be a Warning subclass"
    assert isinstance(module, str), "module must be a string"
    assert isinstance(lineno, int) and lineno >= 0, \
        "lineno must be an int >= 0"
    if message or module:
        import re
    message = re.compile(message, re.I) if message else None
    module = re.compile(module) if module else None
    _add_filter(action, message, category, module, lineno, append=append)


def simplefilter(action, category=Warning, lineno=0, append=False):
    """Insert a simple entry into the list of warnings filters (at the front).

    A simple filter matches all modules and messages.
    """
    assert action in _ACTIONS, "invalid action: %r" % (action,)
    assert isinstance(lineno, int) and lineno >= 0, \
        "lineno must be an int >= 0"
    _add_filter(action, None, category, None, lineno, append=append)


def _add_filter(*item, append):
    # An existing identical filter moves to the front, or is kept where it is when
    # appending.
    if not append:
        try:
            filters.remove(item)
        except ValueError:
            pass
        filters.insert(0, item)
    elif item not in filters:
        filters.append(item)
    _filters_mutated()


def resetwarnings():
    """Clear the list of warning filters, so that no filters are active."""
    filters[:] = []
    _filters_mutated()


# --- issuing warnings ------------------------------------------------------------------

def _matches(pattern, text):
    # None matches everything; a plain string (the built-in default filters) must be
    # equal; anything else is a compiled regex.
    if pattern is None:
        return True
    if type(pattern) is str:
        return pattern == text
    return bool(pattern.match(text))


def _already_warned(registry, key, should_set):
    """True if key is in the registry (a stale registry is emptied first)."""
    version = registry.get('version')
    if type(version) is not int or version != _filters_version:
        registry.clear()
        registry['version'] = _filters_version
    elif registry.get(key):
        return True
    if should_set:
        registry[key] = True
    return False


def warn(message, category=None, stacklevel=1, source=None):
    """Issue a warning, or maybe ignore it or raise an exception."""
    if isinstance(message, Warning):
        category = message.__class__
    elif category is None:
        category = UserWarning
    if not (isinstance(category, type) and issubclass(category, Warning)):
        raise TypeError("category must be a Warning subclass, not '%s'"
                        % type(category).__name__)
    # Frame 0 is warn() itself; stacklevel 1 (or less) means warn()'s caller.
    try:
        frame = sys._getframe(stacklevel if stacklevel > 1 else 1)
    except ValueError:
        globals = sys.__dict__
        filename = "sys"
        lineno = 1
    else:
        globals = frame.f_globals
        filename = frame.f_code.co_filename
        lineno = frame.f_lineno
        frame = None
    module = globals.get('__name__')
    if module is not None and not isinstance(module, str):
        module = "<string>"
    elif '__name__' not in globals:
        module = "<string>"
    registry = globals.get('__warningregistry__')
    if registry is None:
        registry = {}
        globals['__warningregistry__'] = registry
    warn_explicit(message, category, filename, lineno, module, registry,
                  globals, source)


# Tells an omitted `module` argument of warn_explicit() from an explicit None.
_NO_MODULE = object()


def warn_explicit(message, category, filename, lineno, module=_NO_MODULE,
                  registry=None, module_globals=None, source=None):
    """Low-level interface to warnings functionality."""
    lineno = int(lineno)
    if module is None:
        # CPython drops these: a None module name means the interpreter is shutting
        # down and the filters may be gone.
        return
    if module is _NO_MODULE:
        module = filename or "<unknown>"
        if module[-3:] == ".py":
            module = module[:-3]
    if registry is not None and type(registry) is not dict:
        raise TypeError("'registry' must be a dict or None")
    if isinstance(message, Warning):
        text = str(message)
        category = message.__class__
    else:
        text = message
        message = category(message)
    key = (text, category, lineno)
    if registry is not None and _already_warned(registry, key, False):
        return

    for item in filters:
        action, msg, cat, mod, ln = item
        if (_matches(msg, text) and issubclass(category, cat)
                and _matches(mod, module) and (ln == 0 or lineno == ln)):
            break
    else:
        item = None
        action = defaultaction

    if action == "error":
        raise message
    if action == "ignore":
        return

    if module_globals is not None:
        # Lets linecache find the source of modules that are not plain files.
        import linecache
        linecache.getlines(filename, module_globals)

    if action != "always":
        if registry is not None:
            registry[key] = True
        seen = False
        if action == "once":
            # Like CPython: the module's registry is used when there is one.
            reg = onceregistry if registry is None else registry
            seen = _already_warned(reg, (text, category), True)
        elif action == "module":
            if registry is not None:
                seen = _already_warned(registry, (text, category), True)
        elif action != "default":
            raise RuntimeError("Unrecognized action (%r) in warnings.filters:\n %r"
                               % (action, item))
        if seen:
            return

    _showwarnmsg(WarningMessage(message, category, filename, lineno, None,
                                None, source))


def _warn_unawaited_coroutine(coro):
    """What the interpreter calls when a coroutine that never ran is destroyed
    (CPython does; minipy's core still writes this warning itself)."""
    # stacklevel=2: the frame that dropped the coroutine, not this function.
    warn(f"coroutine '{coro.__qualname__}' was never awaited",
         category=RuntimeWarning, stacklevel=2, source=coro)


class WarningMessage(object):
    """Holds the details of one warning (what catch_warnings(record=True) logs)."""

    _WARNING_DETAILS = ("message", "category", "filename", "lineno", "file",
                        "line", "source")

    def __init__(self, message, category, filename, lineno, file=None,
                 line=None, source=None):
        self.message = message
        self.category = category
        self.filename = filename
        self.lineno = lineno
        self.file = file
        self.line = line
        self.source = source
        self._category_name = category.__name__ if category else None

    def __str__(self):
        return ("{message : %r, category : %r, filename : %r, lineno : %s, "
                "line : %r}" % (self.message, self._category_name,
                                self.filename, self.lineno, self.line))


class catch_warnings(object):
    """A context manager that copies and, upon exit, restores the warnings filter
    and the showwarning() function.

    With record=True, __enter__ returns a list that receives a WarningMessage for
    every warning shown; the other keyword arguments are passed to simplefilter().
    """

    def __init__(self, *, record=False, module=None, action=None,
                 category=Warning, lineno=0, append=False):
        self._record = record
        self._module = sys.modules['warnings'] if module is None else module
        self._entered = False
        if action is None:
            self._filter = None
        else:
            self._filter = (action, category, lineno, append)

    def __repr__(self):
        args = []
        if self._record:
            args.append("record=True")
        if self._module is not sys.modules['warnings']:
            args.append("module=%r" % self._module)
        return "%s(%s)" % (type(self).__name__, ", ".join(args))

    def __enter__(self):
        if self._entered:
            raise RuntimeError("Cannot enter %r twice" % self)
        self._entered = True
        mod = self._module
        self._filters = mod.filters
        mod.filters = self._filters[:]
        mod._filters_mutated()
        self._showwarning = mod.showwarning
        self._showwarnmsg_impl = mod._showwarnmsg_impl
        if self._filter is not None:
            mod.simplefilter(*self._filter)
        if self._record:
            log = []
            mod._showwarnmsg_impl = log.append
            # The default showwarning() is what routes to _showwarnmsg_impl.
            mod.showwarning = mod._showwarning_orig
            return log
        return None

    def __exit__(self, *exc_info):
        if not self._entered:
            raise RuntimeError("Cannot exit %r without entering first" % self)
        mod = self._module
        mod.filters = self._filters
        mod._filters_mutated()
        mod.showwarning = self._showwarning
        mod._showwarnmsg_impl = self._showwarnmsg_impl
