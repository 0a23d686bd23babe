"""Warning control.

A warning goes through three stages: `warn` (or `warn_explicit`) works out where it
comes from, the first entry of `filters` that matches it decides what happens (raise
it, drop it, or show it always / once per location / module / process), and
`showwarning` writes the survivors to sys.stderr.  Per-module `__warningregistry__`
dicts remember what was already shown; they are emptied when the filters change.
"""

import sys
from operator import index as _as_index

__all__ = ["warn", "warn_explicit", "showwarning",
           "formatwarning", "filterwarnings", "simplefilter",
           "resetwarnings", "catch_warnings"]

_ACTIONS = ("error", "ignore", "always", "default", "module", "once")

# The filters a release build of CPython starts with: (action, message, category,
# module, lineno).  A plain-string module, as in the first entry, must equal the
# module name; filterwarnings() installs compiled regular expressions instead.
filters = [
    ('default', None, DeprecationWarning, '__main__', 0),
    ('ignore', None, DeprecationWarning, None, 0),
    ('ignore', None, PendingDeprecationWarning, None, 0),
    ('ignore', None, ImportWarning, None, 0),
    ('ignore', None, ResourceWarning, None, 0),
]
defaultaction = "default"
onceregistry = {}

# Counts the changes made to the filters.  A registry records the count it was
# filled under in its 'version' key and is emptied once the count moves on, since
# what it remembers may no longer be what the filters would decide.
_filters_generation = 0


def _filters_mutated():
    global _filters_generation
    _filters_generation += 1


class WarningMessage(object):
    """Everything known about one warning; catch_warnings(record=True) collects
    these."""

    _WARNING_DETAILS = ("message", "category", "filename", "lineno", "file", "line", "source")

    def __init__(self, message, category, filename, lineno, file=None,
                 line=None, source=None):
        given = (message, category, filename, lineno, file, line, source)
        for field, value in zip(self._WARNING_DETAILS, given):
            setattr(self, field, value)
        self._category_name = category.__name__ if category else None

    def __str__(self):
        return "{message : %r, category : %r, filename : %r, lineno : %s, line : %r}" % (
            self.message, self._category_name, self.filename, self.lineno, self.line)


# --- text of a warning -----------------------------------------------------------------

def _stripped_source(filename, lineno):
    try:
        import linecache
        return linecache.getline(filename, lineno).strip()
    except Exception:
        return ''


def _allocation_report(source, category_name):
    """Where `source` (the object a ResourceWarning is about) was allocated, as
    tracemalloc remembers it."""
    try:
        import tracemalloc
    except Exception:
        return ''
    try:
        where = tracemalloc.get_object_traceback(source)
    except Exception:
        where = None
    if where is None:
        if tracemalloc.is_tracing():
            return ''
        return ('%s: Enable tracemalloc to get the object allocation traceback\n'
                % category_name)
    report = ['Object allocated at (most recent call last):\n']
    for frame in where:
        report.append('  File "%s", lineno %s\n' % (frame.filename, frame.lineno))
        code = _stripped_source(frame.filename, frame.lineno)
        if code:
            report.append('    %s\n' % code)
    return ''.join(report)


def _formatwarnmsg_impl(msg):
    """'file:line: Category: message' and the source line below it."""
    category_name = msg.category.__name__
    text = "%s:%s: %s: %s\n" % (msg.filename, msg.lineno, category_name, msg.message)
    if msg.line is None:
        code = _stripped_source(msg.filename, msg.lineno)
    else:
        code = msg.line.strip()
    if code:
        text += "  %s\n" % code
    if msg.source is not None:
        text += _allocation_report(msg.source, category_name)
    return text


def _showwarnmsg_impl(msg):
    """Writes a warning to its file, sys.stderr unless it names one."""
    target = msg.file if msg.file is not None else sys.stderr
    if target is None:
        # No stderr at all (a windowless process): the warning is lost.
        return
    text = _formatwarnmsg(msg)
    try:
        target.write(text)
    except OSError:
        pass


def showwarning(message, category, filename, lineno, file=None, line=None):
    """Writes a warning to `file` (sys.stderr by default).  Programs may replace this
    function to route warnings elsewhere."""
    _showwarnmsg_impl(WarningMessage(message, category, filename, lineno, file, line))


def formatwarning(message, category, filename, lineno, line=None):
    """The text showwarning() writes for a warning."""
    return _formatwarnmsg_impl(WarningMessage(message, category, filename, lineno,
                                              None, line))


# The functions as this module defines them: a replacement installed by the program
# is recognised by being something else.
_showwarning_orig = showwarning
_formatwarning_orig = formatwarning

_MISSING = object()


def _showwarnmsg(msg):
    """Shows a warning, through the program's own showwarning() if it set one."""
    hook = globals().get('showwarning', _MISSING)
    if hook is _MISSING or hook is _showwarning_orig:
        _showwarnmsg_impl(msg)
        return
    if not callable(hook):
        raise TypeError("warnings.showwarning() must be set to a "
                        "function or method")
    hook(msg.message, msg.category, msg.filename, msg.lineno, msg.file, msg.line)


def _formatwarnmsg(msg):
    """Formats a warning, through the program's own formatwarning() if it set one."""
    hook = globals().get('formatwarning', _MISSING)
    if hook is _MISSING or hook is _formatwarning_orig:
        return _formatwarnmsg_impl(msg)
    return hook(msg.message, msg.category, msg.filename, msg.lineno, msg.line)


# --- managing the filters --------------------------------------------------------------

def _check(condition, complaint):
    # The filter functions report bad arguments as failed assertions.
    if not condition:
        raise AssertionError(complaint)


def _check_action_and_lineno(action, lineno):
    _check(action in _ACTIONS, "invalid action: %r" % (action,))
    _check(isinstance(lineno, int) and lineno >= 0, "lineno must be an int >= 0")


def filterwarnings(action, message="", category=Warning, module="", lineno=0,
                   append=False):
    """Adds a filter at the front of the list (at the end with append=True).

    `message` is a regular expression the start of the warning's text must match,
    ignoring case; `module` one the start of the module name must match.
    """
    _check(action in _ACTIONS, "invalid action: %r" % (action,))
    _check(isinstance(message, str), "message must be a string")
    _check(isinstance(category, type), "category must be a class")
    _check(issubclass(category, Warning), "category must be a Warning subclass")
    _check(isinstance(module, str), "module must be a string")
    _check(isinstance(lineno, int) and lineno >= 0, "lineno must be an int >= 0")
    message_pattern = module_pattern = None
    if message or module:
        import re
        if message:
            message_pattern = re.compile(message, re.I)
        if module:
            module_pattern = re.compile(module)
    _add_filter(action, message_pattern, category, module_pattern, lineno,
                append=append)


def simplefilter(action, category=Warning, lineno=0, append=False):
    """Adds a filter for every message of `category` from any module."""
    _check_action_and_lineno(action, lineno)
    _add_filter(action, None, category, None, lineno, append=append)


def _add_filter(*entry, append):
    # Adding a filter that is already there moves it to the front; appending one
    # leaves the list as it is.
    if append:
        if entry not in filters:
            filters.append(entry)
    else:
        if entry in filters:
            filters.remove(entry)
        filters.insert(0, entry)
    _filters_mutated()


def resetwarnings():
    """Removes every filter: warnings then get the default action."""
    filters[:] = []
    _filters_mutated()


# --- deciding the fate of a warning ----------------------------------------------------

def _pattern_matches(pattern, text):
    if pattern is None:
        return True
    if isinstance(pattern, str):
        return pattern == text
    return bool(pattern.match(text))


def _current_filters():
    current = globals().get('filters')
    if not isinstance(current, list):
        raise ValueError("_warnings.filters must be a list")
    return current


def _applicable_filter(category, text, module, lineno):
    """(action, filter) of the first filter that matches; (defaultaction, None) when
    none does."""
    for position, entry in enumerate(_current_filters()):
        if not isinstance(entry, tuple) or len(entry) != 5:
            raise ValueError("_warnings.filters item %d isn't a 5-tuple" % position)
        action, message_pattern, wanted_category, module_pattern, wanted_line = entry
        if not isinstance(action, str):
            raise TypeError("action must be a string, not '%s'"
                            % type(action).__name__)
        if not isinstance(wanted_line, int):
            raise TypeError("an integer is required")
        if (_pattern_matches(message_pattern, text)
                and issubclass(category, wanted_category)
                and _pattern_matches(module_pattern, module)
                and (wanted_line == 0 or wanted_line == lineno)):
            return action, entry
    action = globals().get('defaultaction')
    if not isinstance(action, str):
        raise TypeError("_warnings.defaultaction must be a string, not '%s'"
                        % type(action).__name__)
    return action, None


def _seen_before(registry, key, remember):
    """Whether `key` is recorded in the registry (emptied first if it belongs to an
    older state of the filters); with `remember`, records it."""
    stamp = registry.get('version')
    if type(stamp) is int and stamp == _filters_generation:
        if registry.get(key):
            return True
    else:
        registry.clear()
        registry['version'] = _filters_generation
    if remember:
        registry[key] = True
    return False


def _once_registry():
    shared = globals().get('onceregistry')
    if not isinstance(shared, dict):
        raise TypeError("_warnings.onceregistry must be a dict, not '%s'"
                        % type(shared).__name__)
    return shared


def _already_reported(action, entry, registry, text, category, key):
    """Records a warning that is about to be shown and says whether an earlier one
    makes showing it unnecessary (the 'once' and 'module' actions)."""
    if action == "always":
        return False
    if registry is not None:
        registry[key] = True
    if action == "default":
        return False
    if action == "once":
        # The per-module registry doubles as the process-wide one when given.
        place = registry if registry is not None else _once_registry()
        return _seen_before(place, (text, category), True)
    if action == "module":
        if registry is None:
            return False
        return _seen_before(registry, (text, category), True)
    raise RuntimeError("Unrecognized action (%r) in warnings.filters:\n %r"
                       % (action, entry))


def _module_from_filename(filename):
    if filename[-3:] == ".py":
        return filename[:-3]
    return filename


def _text_and_instance(message, category):
    """(text, category, Warning instance) of a warning given as an instance or as a
    message and a category."""
    if not isinstance(message, Warning):
        return message, category, category(message)
    return str(message), type(message), message


# Stands for an omitted `module` argument (None means something else: see below).
_NOT_GIVEN = object()


def warn_explicit(message, category, filename, lineno, module=_NOT_GIVEN,
                  registry=None, module_globals=None, source=None):
    """Issues a warning whose origin the caller states."""
    lineno = _as_index(lineno)
    if not isinstance(filename, str):
        raise TypeError("warn_explicit() argument 3 must be str, not %s"
                        % type(filename).__name__)
    if registry is not None and not isinstance(registry, dict):
        raise TypeError("'registry' must be a dict or None")
    if module_globals is not None and not isinstance(module_globals, dict):
        raise TypeError("module_globals must be a dict, not '%s'"
                        % type(module_globals).__name__)
    if module is _NOT_GIVEN:
        module = _module_from_filename(filename)
    elif module is None:
        # What an interpreter that is shutting down passes: nothing is shown.
        return
    text, category, message = _text_and_instance(message, category)
    key = (text, category, lineno)
    if registry is not None and _seen_before(registry, key, False):
        return
    action, entry = _applicable_filter(category, text, module, lineno)
    if action == "error":
        raise message
    if action == "ignore":
        return
    if _already_reported(action, entry, registry, text, category, key):
        return
    _showwarnmsg(WarningMessage(message, category, filename, lineno, None, None,
                                source))


def _caller_origin(stacklevel):
    """(filename, lineno, globals) of the frame `stacklevel` levels up from the code
    that called warn(); sys's own globals when the stack is not that deep."""
    try:
        frame = sys._getframe(2)
    except ValueError:
        frame = None
    while stacklevel > 1 and frame is not None:
        frame = frame.f_back
        stacklevel -= 1
    if frame is None:
        return "sys", 1, sys.__dict__
    return frame.f_code.co_filename, frame.f_lineno, frame.f_globals


def _warning_category(message, category):
    if isinstance(message, Warning):
        return message.__class__
    if category is None:
        return UserWarning
    if isinstance(category, type) and issubclass(category, Warning):
        return category
    raise TypeError("category must be a Warning subclass, not '%s'"
                    % type(category).__name__)


def warn(message, category=None, stacklevel=1, source=None):
    """Issues a warning about the code `stacklevel` frames up (1: the caller)."""
    category = _warning_category(message, category)
    filename, lineno, origin_globals = _caller_origin(_as_index(stacklevel))
    module = origin_globals.get('__name__', _MISSING)
    if module is not None and not isinstance(module, str):
        module = "<string>"
    registry = origin_globals.get('__warningregistry__')
    if registry is None:
        registry = origin_globals['__warningregistry__'] = {}
    warn_explicit(message, category, filename, lineno, module, registry, None,
                  source)


def _warn_unawaited_coroutine(coro):
    """The RuntimeWarning for a coroutine object destroyed without ever running."""
    # stacklevel=2 names the code that dropped the coroutine.
    warn("coroutine '%s' was never awaited" % (coro.__qualname__,),
         category=RuntimeWarning, stacklevel=2, source=coro)


_DEPRECATED_MSG = "{name!r} is deprecated and slated for removal in Python {remove}"


def _deprecated(name, message=_DEPRECATED_MSG, *, remove, _version=sys.version_info):
    """Warns that `name` is deprecated; a RuntimeError once the version `remove`
    (a (major, minor) tuple) is reached, as the feature should be gone by then."""
    release = "%s.%s" % (remove[0], remove[1])
    overdue = _version[:2] > remove or (_version[:2] == remove
                                        and _version[3] != "alpha")
    if overdue:
        raise RuntimeError("%r was slated for removal after Python %s alpha"
                           % (name, release))
    warn(message.format(name=name, remove=release), DeprecationWarning, stacklevel=3)


class catch_warnings(object):
    """Saves the filters and the showwarning hook on entry and restores them on exit.

    With record=True, entering returns a list that collects a WarningMessage for each
    warning instead of showing it.  `action` (with category, lineno and append)
    installs a simplefilter() for the duration.
    """

    def __init__(self, *, record=False, module=None, action=None,
                 category=Warning, lineno=0, append=False):
        self._record = record
        self._module = sys.modules['warnings'] if module is None else module
        self._entered = False
        self._filter = None if action is None else (action, category, lineno, append)

    def __repr__(self):
        shown = []
        if self._record:
            shown.append("record=True")
        if self._module is not sys.modules['warnings']:
            shown.append("module=%r" % self._module)
        return "%s(%s)" % (type(self).__name__, ", ".join(shown))

    def __enter__(self):
        if self._entered:
            raise RuntimeError("Cannot enter %r twice" % self)
        self._entered = True
        target = self._module
        self._saved = (target.filters, target.showwarning, target._showwarnmsg_impl)
        target.filters = list(target.filters)
        target._filters_mutated()
        if self._filter is not None:
            simplefilter(*self._filter)
        if not self._record:
            return None
        log = []
        target._showwarnmsg_impl = log.append
        # The module's own showwarning() is the one that hands messages to
        # _showwarnmsg_impl, i.e. to the log.
        target.showwarning = target._showwarning_orig
        return log

    def __exit__(self, *exc_info):
        if not self._entered:
            raise RuntimeError("Cannot exit %r without entering first" % self)
        target = self._module
        target.filters, target.showwarning, target._showwarnmsg_impl = self._saved
        target._filters_mutated()


def _apply_option(option):
    """Installs the filter a -W option ('action:message:category:module:lineno')
    describes."""
    fields = [part.strip() for part in option.split(':')]
    if len(fields) > 5:
        raise _OptionError("too many fields (max 5): %r" % (option,))
    fields += [''] * (5 - len(fields))
    action, message, category, module, lineno = fields
    action = _getaction(action)
    category = _getcategory(category)
    if message or module:
        import re
        message = re.escape(message) if message else message
        module = re.escape(module) + r'\Z' if module else module
    lineno = _option_lineno(lineno)
    filterwarnings(action, message, category, module, lineno)


_setoption = _apply_option


def _option_lineno(field):
    if not field:
        return 0
    try:
        number = int(field)
    except (ValueError, OverflowError):
        raise _OptionError("invalid lineno %r" % (field,)) from None
    if number < 0:
        raise _OptionError("invalid lineno %r" % (number,))
    return number


class _OptionError(Exception):
    """A -W option that cannot be understood."""


def _getaction(action):
    if not action:
        return "default"
    if action == "all":
        return "always"
    # Any prefix of an action's name will do.
    for name in ('default', 'always', 'ignore', 'module', 'once', 'error'):
        if name.startswith(action):
            return name
    raise _OptionError("invalid action: %r" % (action,))


def _getcategory(category):
    if not category:
        return Warning
    module_name, _, class_name = category.rpartition('.')
    if module_name:
        try:
            holder = __import__(module_name, None, None, [class_name])
        except ImportError:
            raise _OptionError("invalid module name: %r" % (module_name,)) from None
    else:
        import builtins as holder
    try:
        found = getattr(holder, class_name)
    except AttributeError:
        raise _OptionError("unknown warning category: %r" % (category,)) from None
    if not (isinstance(found, type) and issubclass(found, Warning)):
        raise _OptionError("invalid warning category: %r" % (category,))
    return found


def _processoptions(options):
    for option in options:
        try:
            _apply_option(option)
        except _OptionError as problem:
            print("Invalid -W option ignored:", problem, file=sys.stderr)


_processoptions(getattr(sys, 'warnoptions', ()))
