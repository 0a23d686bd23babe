"""Get useful information from live Python objects: type predicates, members, source
code, docstrings, and call signatures (Signature / Parameter), as CPython's inspect."""

import sys
import types

__all__ = [
    'BoundArguments', 'CO_ASYNC_GENERATOR', 'CO_COROUTINE', 'CO_GENERATOR',
    'CO_ITERABLE_COROUTINE', 'CO_NESTED', 'CO_NEWLOCALS', 'CO_NOFREE', 'CO_OPTIMIZED',
    'CO_VARARGS', 'CO_VARKEYWORDS', 'FullArgSpec', 'Parameter', 'Signature',
    'cleandoc', 'currentframe', 'findsource', 'formatannotation', 'get_annotations',
    'getblock', 'getdoc', 'getfile', 'getfullargspec', 'getmembers', 'getmodule',
    'getmodulename', 'getmro', 'getsource', 'getsourcefile', 'getsourcelines',
    'indentsize', 'isabstract', 'isasyncgenfunction', 'isawaitable', 'isbuiltin',
    'isclass', 'iscode', 'iscoroutine', 'iscoroutinefunction', 'isdatadescriptor',
    'isframe', 'isfunction', 'isgenerator', 'isgeneratorfunction',
    'ismethod', 'ismethoddescriptor', 'ismodule', 'isroutine', 'istraceback',
    'signature', 'unwrap', 'FrameInfo', 'Traceback', 'getframeinfo', 'getlineno',
    'getouterframes', 'getinnerframes', 'stack', 'trace', 'ArgInfo', 'getargvalues',
    'formatargvalues', 'getargs', 'isasyncgen', 'getattr_static', 'getmembers_static',
]

# Code object flags (co_flags bits).
CO_OPTIMIZED = 1
CO_NEWLOCALS = 2
CO_VARARGS = 4
CO_VARKEYWORDS = 8
CO_NESTED = 16
CO_GENERATOR = 32
CO_NOFREE = 64
CO_COROUTINE = 128
CO_ITERABLE_COROUTINE = 256
CO_ASYNC_GENERATOR = 512


# ---------------------------------------------------------------------------
# Type predicates

def ismodule(object):
    """Return true if the object is a module."""
    return isinstance(object, types.ModuleType)


def isclass(object):
    """Return true if the object is a class."""
    return isinstance(object, type)


def ismethod(object):
    """Return true if the object is a bound method."""
    return isinstance(object, types.MethodType)


def isfunction(object):
    """Return true if the object is a user-defined function."""
    return isinstance(object, types.FunctionType)


def _has_code_flag(f, flag):
    while ismethod(f):
        f = f.__func__
    f = _unwrap_partial(f)
    if not (isfunction(f) or _signature_is_functionlike(f)):
        return False
    return bool(f.__code__.co_flags & flag)


def isgeneratorfunction(obj):
    """Return true if the object is a user-defined generator function."""
    return _has_code_flag(obj, CO_GENERATOR)


def iscoroutinefunction(obj):
    """Return true if the object is a coroutine function (async def)."""
    return _has_code_flag(obj, CO_COROUTINE)


def isasyncgenfunction(obj):
    """Return true if the object is an asynchronous generator function."""
    return _has_code_flag(obj, CO_ASYNC_GENERATOR)


def isgenerator(object):
    """Return true if the object is a generator."""
    return isinstance(object, types.GeneratorType)


def iscoroutine(object):
    """Return true if the object is a coroutine."""
    coroutine_type = getattr(types, 'CoroutineType', None)
    return coroutine_type is not None and isinstance(object, coroutine_type)


def isawaitable(object):
    """Return true if object can be passed to an ``await`` expression."""
    return iscoroutine(object) or hasattr(type(object), '__await__')


def isasyncgen(object):
    """Return true if the object is an asynchronous generator."""
    async_generator_type = getattr(types, 'AsyncGeneratorType', None)
    return async_generator_type is not None and isinstance(object, async_generator_type)


def istraceback(object):
    """Return true if the object is a traceback."""
    return isinstance(object, types.TracebackType)


def isframe(object):
    """Return true if the object is a frame object."""
    return type(object).__name__ == 'frame' and hasattr(object, 'f_code')


def iscode(object):
    """Return true if the object is a code object."""
    return isinstance(object, types.CodeType)


def isbuiltin(object):
    """Return true if the object is a built-in function or method."""
    return isinstance(object, types.BuiltinFunctionType)


def _type_has(obj, name):
    # Special methods are looked up on the type; property and friends are checked
    # directly because their types may not list __get__/__set__ as attributes.
    return hasattr(type(obj), name)


def ismethoddescriptor(object):
    """Return true if the object is a method descriptor (has __get__ but not __set__)."""
    if isclass(object) or ismethod(object) or isfunction(object):
        return False
    if isinstance(object, (property,)):
        return False
    if isinstance(object, (classmethod, staticmethod)):
        return True
    return _type_has(object, "__get__") and not _type_has(object, "__set__")


def isdatadescriptor(object):
    """Return true if the object is a data descriptor (defines __set__ or __delete__)."""
    if isclass(object) or ismethod(object) or isfunction(object):
        return False
    if isinstance(object, property):
        return True
    return _type_has(object, "__set__") or _type_has(object, "__delete__")


def isroutine(object):
    """Return true if the object is any kind of function or method."""
    return (isbuiltin(object)
            or isfunction(object)
            or ismethod(object)
            or ismethoddescriptor(object))


def isabstract(object):
    """Return true if the object is an abstract base class (ABC)."""
    if not isinstance(object, type):
        return False
    return bool(getattr(object, '__abstractmethods__', None))


# ---------------------------------------------------------------------------
# Members, MRO, unwrapping

def _getmembers(object, predicate, getter):
    results = []
    processed = set()
    names = dir(object)
    if isclass(object):
        mro = (object,) + getmro(object)
        # DynamicClassAttributes of the bases are members that dir() does not
        # report (their class access raises AttributeError)
        try:
            for base in object.__bases__:
                for k, v in base.__dict__.items():
                    if isinstance(v, types.DynamicClassAttribute):
                        names.append(k)
        except AttributeError:
            pass
    else:
        mro = ()
    for key in names:
        try:
            value = getter(object, key)
            # a name listed twice is looked up in the class dicts instead
            if key in processed:
                raise AttributeError
        except AttributeError:
            for base in mro:
                if key in base.__dict__:
                    value = base.__dict__[key]
                    break
            else:
                continue
        if not predicate or predicate(value):
            results.append((key, value))
        processed.add(key)
    results.sort(key=lambda pair: pair[0])
    return results


def getmembers(object, predicate=None):
    """Return all members of an object as (name, value) pairs sorted by name.
    Optionally, only return members that satisfy a given predicate."""
    return _getmembers(object, predicate, getattr)


def getmembers_static(object, predicate=None):
    """Return all members of an object as (name, value) pairs sorted by name
    without triggering dynamic lookup via the descriptor protocol,
    __getattr__ or __getattribute__. Optionally, only return members that
    satisfy a given predicate."""
    return _getmembers(object, predicate, getattr_static)


# ---------------------------------------------------------------------------
# Static attribute lookup

_sentinel = object()


def _static_getmro(klass):
    # type's own __mro__ getter, never a metaclass override
    return type.__getattribute__(klass, '__mro__')


def _class_dict(klass):
    return type.__getattribute__(klass, '__dict__')


def _check_instance(obj, attr):
    try:
        instance_dict = object.__getattribute__(obj, '__dict__')
    except AttributeError:
        return _sentinel
    return dict.get(instance_dict, attr, _sentinel)


def _check_class(klass, attr):
    for entry in _static_getmro(klass):
        if _shadowed_dict(type(entry)) is _sentinel:
            entry_dict = _class_dict(entry)
            if attr in entry_dict:
                return entry_dict[attr]
    return _sentinel


def _is_type(obj):
    return issubclass(type(obj), type)


def _shadowed_dict(klass):
    """The object a class (or a base) defines as __dict__, if it is not the
    ordinary instance-dict descriptor; _sentinel otherwise."""
    for entry in _static_getmro(klass):
        entry_dict = _class_dict(entry)
        if '__dict__' in entry_dict:
            class_dict = entry_dict['__dict__']
            if not (type(class_dict) is types.GetSetDescriptorType
                    and class_dict.__name__ == '__dict__'
                    and class_dict.__objclass__ is entry):
                return class_dict
    return _sentinel


def getattr_static(obj, attr, default=_sentinel):
    """Retrieve attributes without triggering dynamic lookup via the
    descriptor protocol,  __getattr__ or __getattribute__.

    Note: this function may not be able to retrieve all attributes
    that getattr can fetch (like dynamically created attributes)
    and may find attributes that getattr can't (like descriptors
    that raise AttributeError). It can also return descriptor objects
    instead of instance members in some cases. See the
    documentation for details.
    """
    instance_result = _sentinel
    if not _is_type(obj):
        klass = type(obj)
        dict_attr = _shadowed_dict(klass)
        if (dict_attr is _sentinel
                or type(dict_attr) is types.MemberDescriptorType):
            instance_result = _check_instance(obj, attr)
    else:
        klass = obj

    klass_result = _check_class(klass, attr)

    # a data descriptor on the class wins over the instance dict
    if instance_result is not _sentinel and klass_result is not _sentinel:
        descr_type = type(klass_result)
        if (_check_class(descr_type, '__get__') is not _sentinel
                and (_check_class(descr_type, '__set__') is not _sentinel
                     or _check_class(descr_type, '__delete__')
                     is not _sentinel)):
            return klass_result

    if instance_result is not _sentinel:
        return instance_result
    if klass_result is not _sentinel:
        return klass_result

    if obj is klass:
        # for classes, the metaclass is searched as well
        for entry in _static_getmro(type(klass)):
            if _shadowed_dict(type(entry)) is _sentinel:
                entry_dict = _class_dict(entry)
                if attr in entry_dict:
                    return entry_dict[attr]
    if default is not _sentinel:
        return default
    raise AttributeError(attr)


def getmro(cls):
    """Return tuple of base classes (including cls) in method resolution order."""
    return cls.__mro__


def unwrap(func, *, stop=None):
    """Follows the chain of __wrapped__ attributes (set by functools.wraps) to the
    innermost function, or to the first one for which stop(f) is true."""
    f = func
    memo = {id(f): f}
    recursion_limit = sys.getrecursionlimit()
    while not isinstance(func, type) and hasattr(func, '__wrapped__'):
        if stop is not None and stop(func):
            break
        func = func.__wrapped__
        id_func = id(func)
        if (id_func in memo) or (len(memo) >= recursion_limit):
            raise ValueError('wrapper loop when unwrapping {!r}'.format(f))
        memo[id_func] = func
    return func


# ---------------------------------------------------------------------------
# Documentation

def cleandoc(doc):
    """Removes the indentation shared by the second and later lines of a docstring,
    leading whitespace of the first line, and blank lines at both ends."""
    lines = doc.expandtabs().split('\n')
    margin = sys.maxsize
    for line in lines[1:]:
        content = len(line.lstrip())
        if content:
            indent = len(line) - content
            margin = min(margin, indent)
    if lines:
        lines[0] = lines[0].lstrip()
    if margin < sys.maxsize:
        for i in range(1, len(lines)):
            lines[i] = lines[i][margin:]
    while lines and not lines[-1]:
        lines.pop()
    while lines and not lines[0]:
        lines.pop(0)
    return '\n'.join(lines)


def _findclass(func):
    cls = sys.modules.get(func.__module__)
    if cls is None:
        return None
    for name in func.__qualname__.split('.')[:-1]:
        cls = getattr(cls, name)
    if not isclass(cls):
        return None
    return cls


def _finddoc(obj):
    """The docstring inherited from a base class, for classes and methods."""
    if isclass(obj):
        for base in obj.__mro__:
            if base is not object:
                doc = base.__doc__
                if doc is not None:
                    return doc
        return None
    if ismethod(obj):
        name = obj.__func__.__name__
        self = obj.__self__
        if isclass(self) and getattr(getattr(self, name, None), '__func__') is obj.__func__:
            cls = self
        else:
            cls = self.__class__
    elif isfunction(obj):
        name = obj.__name__
        cls = _findclass(obj)
        if cls is None or getattr(cls, name) is not obj:
            return None
    elif isinstance(obj, property):
        func = obj.fget
        name = func.__name__
        cls = _findclass(func)
        if cls is None or getattr(cls, name) is not obj:
            return None
    else:
        return None
    for base in cls.__mro__:
        try:
            doc = getattr(base, name).__doc__
        except AttributeError:
            continue
        if doc is not None:
            return doc
    return None


def getdoc(object):
    """The documentation string of an object, cleaned up with cleandoc(); inherited
    from a base class when the object has none."""
    try:
        doc = object.__doc__
    except AttributeError:
        return None
    if doc is None:
        try:
            doc = _finddoc(object)
        except (AttributeError, TypeError):
            return None
    if not isinstance(doc, str):
        return None
    return cleandoc(doc)


# ---------------------------------------------------------------------------
# Files and source code

def getfile(object):
    """The name of the (text or binary) file in which an object was defined."""
    if ismodule(object):
        if getattr(object, '__file__', None):
            return object.__file__
        raise TypeError('{!r} is a built-in module'.format(object))
    if isclass(object):
        if hasattr(object, '__module__'):
            module = sys.modules.get(object.__module__)
            if getattr(module, '__file__', None):
                return module.__file__
            if object.__module__ == '__main__':
                raise OSError('source code not available')
        raise TypeError('{!r} is a built-in class'.format(object))
    if ismethod(object):
        object = object.__func__
    if isfunction(object):
        object = object.__code__
    if istraceback(object):
        object = object.tb_frame
    if isframe(object):
        object = object.f_code
    if iscode(object):
        return object.co_filename
    raise TypeError('module, class, method, function, traceback, frame, or '
                    'code object was expected, got {}'.format(type(object).__name__))


def getmodulename(path):
    """The module name for a file path ('spam' for '/a/spam.py'), or None."""
    fname = path.replace('\\', '/').split('/')[-1]
    for suffix in ('.py', '.pyc', '.so', '.pyd', '.pyw'):
        if fname.endswith(suffix) and len(fname) > len(suffix):
            return fname[:-len(suffix)]
    return None


def getsourcefile(object):
    """The Python source file an object was defined in, or None when there is none
    on disk (e.g. frozen modules)."""
    filename = getfile(object)
    if filename.startswith('<') and filename.endswith('>'):
        return None
    import os
    if os.path.exists(filename):
        return filename
    import linecache
    if filename in linecache.cache:
        return filename
    return None


def getmodule(object, _filename=None):
    """The module an object was defined in, or None."""
    if ismodule(object):
        return object
    if hasattr(object, '__module__'):
        return sys.modules.get(object.__module__)
    if ismethod(object):
        object = object.__func__
    code = getattr(object, '__code__', None)
    if code is not None:
        object = code
    if iscode(object):
        for module in list(sys.modules.values()):
            if getattr(module, '__file__', None) == object.co_filename:
                return module
    return None


def indentsize(line):
    """Return the indent size, in spaces, at the start of a line of text."""
    expline = line.expandtabs()
    return len(expline) - len(expline.lstrip())


def findsource(object):
    """(all lines of the source file, index of the first line of the object)."""
    import linecache
    file = getsourcefile(object)
    if file is None:
        # Names like '<string>' may still have lines registered in linecache.
        file = getfile(object)
        if not (file.startswith('<') and file.endswith('>')):
            raise OSError('source code not available')
    module = getmodule(object, file)
    if module:
        lines = linecache.getlines(file, module.__dict__)
    else:
        lines = linecache.getlines(file)
    if not lines:
        raise OSError('could not get source code')

    if ismodule(object):
        return lines, 0

    if isclass(object):
        lnum = _find_class_line(lines, object.__qualname__)
        if lnum is None:
            raise OSError('could not find class definition')
        return lines, lnum

    if ismethod(object):
        object = object.__func__
    if isfunction(object):
        object = object.__code__
    if istraceback(object):
        object = object.tb_frame
    if isframe(object):
        object = object.f_code
    if iscode(object):
        if not hasattr(object, 'co_firstlineno'):
            raise OSError('could not find function definition')
        lnum = object.co_firstlineno - 1
        while lnum > 0:
            try:
                line = lines[lnum]
            except IndexError:
                raise OSError('lineno is out of bounds')
            if _starts_definition(line):
                break
            lnum = lnum - 1
        # Decorators belong to the definition (CPython's first line is the first
        # decorator's).
        while lnum > 0 and lines[lnum - 1].lstrip().startswith('@'):
            lnum -= 1
        return lines, lnum
    raise OSError('could not find code object')


def _starts_definition(line):
    """CPython's r'^(\\s*def\\s)|(\\s*async\\s+def\\s)|(.*(?<!\\w)lambda(:|\\s))|^(\\s*@)'."""
    stripped = line.lstrip()
    if stripped.startswith('def') and stripped[3:4].isspace():
        return True
    if stripped.startswith('async') and stripped[5:6].isspace():
        rest = stripped[5:].lstrip()
        if rest.startswith('def') and rest[3:4].isspace():
            return True
    if stripped.startswith('@'):
        return True
    i = line.find('lambda')
    while i >= 0:
        before = line[i - 1:i]
        after = line[i + 6:i + 7]
        if not (before and (before.isalnum() or before == '_')):
            if after == ':' or (after and after.isspace()):
                return True
        i = line.find('lambda', i + 1)
    return False


def _find_class_line(lines, qualname):
    """The index of the line defining the class with this qualified name, found by
    following the nesting of class and def statements."""
    stack = []  # (indent, name) of enclosing class/def statements
    for index in _logical_line_starts(lines):
        line = lines[index]
        stripped = line.lstrip()
        indent = len(line) - len(stripped)
        while stack and stack[-1][0] >= indent:
            stack.pop()
        word = None
        if stripped.startswith('class') and stripped[5:6].isspace():
            word = 'class'
        elif stripped.startswith('def') and stripped[3:4].isspace():
            word = 'def'
        elif stripped.startswith('async') and stripped[5:6].isspace():
            rest = stripped[5:].lstrip()
            if rest.startswith('def') and rest[3:4].isspace():
                stripped = rest
                word = 'def'
        if word is None:
            continue
        name = stripped[len(word):].lstrip()
        end = 0
        while end < len(name) and (name[end].isalnum() or name[end] == '_'):
            end += 1
        name = name[:end]
        parts = [n for _, n in stack]
        if word == 'def':
            parts.append(name)
            parts.append('<locals>')
            stack.append((indent, name + '.<locals>'))
            continue
        stack.append((indent, name))
        full = '.'.join(n for _, n in stack)
        if full == qualname:
            # Include the decorators above the class statement.
            while index > 0 and lines[index - 1].lstrip().startswith('@'):
                index -= 1
            return index
    return None


def _logical_line_starts(lines):
    """Indexes of the lines that start a logical line holding code (not inside a
    string, brackets or a backslash continuation, not blank or a comment)."""
    starts = []
    state = _ScanState()
    for index, line in enumerate(lines):
        if state.at_line_start():
            stripped = line.strip()
            if stripped and not stripped.startswith('#'):
                starts.append(index)
        state.scan(line)
    return starts


class _ScanState:
    """Tracks strings, brackets and continuations while reading source line by line."""

    def __init__(self):
        self.quote = None      # the open string's quote ('"""', "'", ...) if any
        self.depth = 0         # open brackets
        self.continued = False  # the previous line ended in a backslash

    def at_line_start(self):
        return self.quote is None and self.depth == 0 and not self.continued

    def scan(self, line):
        i = 0
        n = len(line)
        self.continued = False
        while i < n:
            c = line[i]
            if self.quote is not None:
                if c == '\\':
                    i += 2
                    continue
                if line.startswith(self.quote, i):
                    i += len(self.quote)
                    self.quote = None
                    continue
                i += 1
                continue
            if c == '#':
                break
            if c in '"\'':
                if line.startswith(c * 3, i):
                    self.quote = c * 3
                    i += 3
                else:
                    self.quote = c
                    i += 1
                continue
            if c in '([{':
                self.depth += 1
            elif c in ')]}':
                if self.depth:
                    self.depth -= 1
            elif c == '\\' and line[i + 1:].strip() == '':
                self.continued = True
                break
            i += 1
        if self.quote is not None and len(self.quote) == 1:
            # A single-quoted string ends at the end of its line.
            if not line.rstrip('\n').endswith('\\'):
                self.quote = None


def getblock(lines):
    """The lines of the block (class, def, lambda line or statement) that starts the
    given lines: the header and every following line indented deeper."""
    if not lines:
        return lines
    state = _ScanState()
    index = 0
    n = len(lines)
    # Skip decorators.
    first = lines[0]
    base_indent = indentsize(first)
    while index < n and lines[index].lstrip().startswith('@'):
        state.scan(lines[index])
        index += 1
        while index < n and not state.at_line_start():
            state.scan(lines[index])
            index += 1
    if index >= n:
        return lines[:index]
    header = lines[index]
    is_def = False
    stripped = header.lstrip()
    for word in ('def', 'class', 'async'):
        if stripped.startswith(word) and stripped[len(word):len(word) + 1].isspace():
            is_def = True
    # The header runs to the end of its logical line.
    state.scan(header)
    index += 1
    while index < n and not state.at_line_start():
        state.scan(lines[index])
        index += 1
    if not is_def:
        return lines[:index]
    # A one-line body ("def f(): return 1") ends the block at the header.
    header_code = _strip_comment(''.join(lines[:index])).rstrip()
    if not header_code.endswith(':'):
        return lines[:index]
    last = index
    while index < n:
        line = lines[index]
        if state.at_line_start():
            text = line.strip()
            if text and not text.startswith('#'):
                if indentsize(line) <= base_indent:
                    break
                last = index + 1
            elif not text:
                pass
            else:
                # A comment line: part of the block only if code follows.
                pass
        else:
            last = index + 1
        state.scan(line)
        index += 1
    return lines[:last]


def _strip_comment(text):
    """Source text without its trailing comment (strings are respected)."""
    state = _ScanState()
    out = []
    for line in text.splitlines(True):
        i = 0
        n = len(line)
        while i < n:
            c = line[i]
            if state.quote is None and c == '#':
                break
            i += 1
        # Re-scan to keep the string state right for the next line.
        if state.quote is None and '#' in line:
            cut = _comment_start(line)
            out.append(line[:cut] if cut is not None else line)
        else:
            out.append(line)
        state.scan(line)
    return ''.join(out)


def _comment_start(line):
    quote = None
    i = 0
    n = len(line)
    while i < n:
        c = line[i]
        if quote is not None:
            if c == '\\':
                i += 2
                continue
            if line.startswith(quote, i):
                i += len(quote)
                quote = None
                continue
            i += 1
            continue
        if c == '#':
            return i
        if c in '"\'':
            quote = c * 3 if line.startswith(c * 3, i) else c
            i += len(quote)
            continue
        i += 1
    return None


def getsourcelines(object):
    """(lines of the object's source, number of its first line); raises OSError when
    the source cannot be found."""
    object = unwrap(object)
    lines, lnum = findsource(object)
    if istraceback(object):
        object = object.tb_frame
    if ismodule(object) or (isframe(object) and object.f_code.co_name == "<module>"):
        return lines, 0
    return getblock(lines[lnum:]), lnum + 1


def getsource(object):
    """The source text of a module, class, method, function, traceback, frame or code
    object; raises OSError when it cannot be found."""
    lines, lnum = getsourcelines(object)
    return ''.join(lines)


# ---------------------------------------------------------------------------
# Frames

def currentframe():
    """The caller's frame object (None when frames are not available)."""
    getframe = getattr(sys, '_getframe', None)
    if getframe is None:
        return None
    return getframe(1)


def _make_frame_tuples():
    from collections import namedtuple
    positions = namedtuple('Positions', 'lineno end_lineno col_offset end_col_offset',
                           defaults=[None] * 4)
    return (positions,
            namedtuple('_Traceback', 'filename lineno function code_context index'),
            namedtuple('_FrameInfo', 'frame filename lineno function code_context index'))


_Positions, _Traceback, _FrameInfo = _make_frame_tuples()


class Traceback(_Traceback):
    """(filename, lineno, function, code_context, index), plus the positions of the
    running instruction."""

    def __new__(cls, filename, lineno, function, code_context, index, *, positions=None):
        instance = _Traceback.__new__(cls, filename, lineno, function, code_context, index)
        instance.positions = positions
        return instance

    def __repr__(self):
        return ('Traceback(filename={!r}, lineno={!r}, function={!r}, '
                'code_context={!r}, index={!r}, positions={!r})'.format(
                    self.filename, self.lineno, self.function, self.code_context,
                    self.index, self.positions))


class FrameInfo(_FrameInfo):
    """(frame, filename, lineno, function, code_context, index), plus positions."""

    def __new__(cls, frame, filename, lineno, function, code_context, index, *,
                positions=None):
        instance = _FrameInfo.__new__(cls, frame, filename, lineno, function,
                                      code_context, index)
        instance.positions = positions
        return instance

    def __repr__(self):
        return ('FrameInfo(frame={!r}, filename={!r}, lineno={!r}, function={!r}, '
                'code_context={!r}, index={!r}, positions={!r})'.format(
                    self.frame, self.filename, self.lineno, self.function,
                    self.code_context, self.index, self.positions))


def getframeinfo(frame, context=1):
    """A Traceback tuple for a frame or traceback object: file, line, function name
    and `context` lines of source around the line (with the index of the line).

    minipy records no column offsets, so positions holds only the line number."""
    if istraceback(frame):
        lineno = frame.tb_lineno
        frame = frame.tb_frame
    else:
        lineno = frame.f_lineno
    if not isframe(frame):
        raise TypeError('{!r} is not a frame or traceback object'.format(frame))
    positions = _Positions(lineno, lineno, None, None)

    filename = getsourcefile(frame) or getfile(frame)
    if context > 0:
        start = lineno - 1 - context // 2
        try:
            lines, lnum = findsource(frame)
        except OSError:
            lines = index = None
        else:
            start = max(0, min(start, len(lines) - context))
            lines = lines[start:start + context]
            index = lineno - 1 - start
    else:
        lines = index = None

    return Traceback(filename, lineno, frame.f_code.co_name, lines, index,
                     positions=positions)


def _make_arg_tuples():
    from collections import namedtuple
    return (namedtuple('Arguments', 'args, varargs, varkw'),
            namedtuple('ArgInfo', 'args varargs keywords locals'))


Arguments, ArgInfo = _make_arg_tuples()


def getargs(co):
    """Arguments(args, varargs, varkw) of a code object: the parameter names
    (keyword-only ones included) and the names of *args and **kwargs (or None)."""
    if not iscode(co):
        raise TypeError('{!r} is not a code object'.format(co))
    names = co.co_varnames
    nargs = co.co_argcount
    nkwargs = co.co_kwonlyargcount
    args = list(names[:nargs])
    kwonlyargs = list(names[nargs:nargs + nkwargs])
    nargs += nkwargs
    varargs = None
    if co.co_flags & CO_VARARGS:
        varargs = co.co_varnames[nargs]
        nargs = nargs + 1
    varkw = None
    if co.co_flags & CO_VARKEYWORDS:
        varkw = co.co_varnames[nargs]
    return Arguments(args + kwonlyargs, varargs, varkw)


def getargvalues(frame):
    """ArgInfo(args, varargs, keywords, locals) of the call running in a frame."""
    args, varargs, varkw = getargs(frame.f_code)
    return ArgInfo(args, varargs, varkw, frame.f_locals)


def formatargvalues(args, varargs, varkw, locals,
                    formatarg=str,
                    formatvarargs=lambda name: '*' + name,
                    formatvarkw=lambda name: '**' + name,
                    formatvalue=lambda value: '=' + repr(value)):
    """'(a=1, *args=(), **kw={})' from the values getargvalues returns."""
    def convert(name, locals=locals, formatarg=formatarg, formatvalue=formatvalue):
        return formatarg(name) + formatvalue(locals[name])
    specs = []
    for i in range(len(args)):
        specs.append(convert(args[i]))
    if varargs:
        specs.append(formatvarargs(varargs) + formatvalue(locals[varargs]))
    if varkw:
        specs.append(formatvarkw(varkw) + formatvalue(locals[varkw]))
    return '(' + ', '.join(specs) + ')'


def getlineno(frame):
    """Get the line number from a frame object, allowing for optimization."""
    return frame.f_lineno


def getouterframes(frame, context=1):
    """FrameInfo records for a frame and each of its callers, innermost first."""
    framelist = []
    while frame:
        traceback_info = getframeinfo(frame, context)
        framelist.append(FrameInfo(frame, *traceback_info,
                                   positions=traceback_info.positions))
        frame = frame.f_back
    return framelist


def getinnerframes(tb, context=1):
    """FrameInfo records for the entries of a traceback, outermost first."""
    framelist = []
    while tb:
        traceback_info = getframeinfo(tb, context)
        framelist.append(FrameInfo(tb.tb_frame, *traceback_info,
                                   positions=traceback_info.positions))
        tb = tb.tb_next
    return framelist


def stack(context=1):
    """FrameInfo records for the caller's stack, innermost first."""
    return getouterframes(sys._getframe(1), context)


def trace(context=1):
    """FrameInfo records for the traceback of the exception being handled."""
    return getinnerframes(sys.exc_info()[2], context)


# ---------------------------------------------------------------------------
# Annotations

def get_annotations(obj, *, globals=None, locals=None, eval_str=False):
    """A new dict of the annotations of a function, class or module, with string
    annotations evaluated when eval_str is true."""
    if isinstance(obj, type):
        obj_dict = getattr(obj, '__dict__', None)
        if obj_dict and hasattr(obj_dict, 'get'):
            ann = obj_dict.get('__annotations__', None)
            if isinstance(ann, types.GetSetDescriptorType if hasattr(types, 'GetSetDescriptorType') else ()):
                ann = None
        else:
            ann = None
        obj_globals = None
        module_name = getattr(obj, '__module__', None)
        if module_name:
            module = sys.modules.get(module_name, None)
            if module:
                obj_globals = getattr(module, '__dict__', None)
        obj_locals = dict(vars(obj))
        unwrap_obj = obj
    elif isinstance(obj, types.ModuleType):
        ann = getattr(obj, '__annotations__', None)
        obj_globals = getattr(obj, '__dict__')
        obj_locals = None
        unwrap_obj = None
    elif callable(obj):
        ann = getattr(obj, '__annotations__', None)
        obj_globals = getattr(obj, '__globals__', None)
        obj_locals = None
        unwrap_obj = obj
    else:
        raise TypeError(f"{obj!r} is not a module, class, or callable.")

    if ann is None:
        return {}
    if not isinstance(ann, dict):
        raise ValueError(f"{obj!r}.__annotations__ is neither a dict nor None")
    if not ann:
        return {}
    if not eval_str:
        return dict(ann)

    if unwrap_obj is not None:
        while True:
            if hasattr(unwrap_obj, '__wrapped__'):
                unwrap_obj = unwrap_obj.__wrapped__
                continue
            if hasattr(unwrap_obj, 'func') and hasattr(unwrap_obj, 'args') \
                    and hasattr(unwrap_obj, 'keywords'):
                unwrap_obj = unwrap_obj.func
                continue
            break
        if hasattr(unwrap_obj, "__globals__"):
            obj_globals = unwrap_obj.__globals__
    if globals is None:
        globals = obj_globals
    if locals is None:
        locals = obj_locals
    return dict((key, value if not isinstance(value, str) else eval(value, globals, locals))
                for key, value in ann.items())


def formatannotation(annotation, base_module=None):
    """The text an annotation is shown as in a signature."""
    if getattr(annotation, '__module__', None) == 'typing':
        return repr(annotation).replace('typing.', '')
    generic_alias = getattr(types, 'GenericAlias', None)
    if generic_alias is not None and isinstance(annotation, generic_alias):
        return str(annotation)
    if isinstance(annotation, type):
        if annotation.__module__ in ('builtins', base_module):
            return annotation.__qualname__
        return annotation.__module__ + '.' + annotation.__qualname__
    return repr(annotation)


# ---------------------------------------------------------------------------
# Signatures

class _void:
    """A private marker - used in Parameter & Signature."""


class _empty:
    """Marker object for Signature.empty and Parameter.empty."""


class _ParameterKind(int):
    """The kind of a parameter (an IntEnum in CPython)."""

    def __new__(cls, value, name, description):
        self = int.__new__(cls, value)
        self._name_ = name
        self._description = description
        return self

    @property
    def name(self):
        return self._name_

    @property
    def value(self):
        return int(self)

    @property
    def description(self):
        return self._description

    def __repr__(self):
        return '<_ParameterKind.%s: %d>' % (self._name_, int(self))

    def __str__(self):
        return self._name_

    def __format__(self, spec):
        return format(self._name_, spec)

    def __reduce__(self):
        return _ParameterKind, (int(self), self._name_, self._description)


_POSITIONAL_ONLY = _ParameterKind(0, 'POSITIONAL_ONLY', 'positional-only')
_POSITIONAL_OR_KEYWORD = _ParameterKind(1, 'POSITIONAL_OR_KEYWORD',
                                        'positional or keyword')
_VAR_POSITIONAL = _ParameterKind(2, 'VAR_POSITIONAL', 'variadic positional')
_KEYWORD_ONLY = _ParameterKind(3, 'KEYWORD_ONLY', 'keyword-only')
_VAR_KEYWORD = _ParameterKind(4, 'VAR_KEYWORD', 'variadic keyword')
_PARAMETER_KINDS = (_POSITIONAL_ONLY, _POSITIONAL_OR_KEYWORD, _VAR_POSITIONAL,
                    _KEYWORD_ONLY, _VAR_KEYWORD)

_KEYWORDS = frozenset([
    'False', 'None', 'True', 'and', 'as', 'assert', 'async', 'await', 'break',
    'class', 'continue', 'def', 'del', 'elif', 'else', 'except', 'finally', 'for',
    'from', 'global', 'if', 'import', 'in', 'is', 'lambda', 'nonlocal', 'not', 'or',
    'pass', 'raise', 'return', 'try', 'while', 'with', 'yield'])


class Parameter:
    """One parameter of a signature: name, kind, default and annotation."""

    __slots__ = ('_name', '_kind', '_default', '_annotation')

    POSITIONAL_ONLY = _POSITIONAL_ONLY
    POSITIONAL_OR_KEYWORD = _POSITIONAL_OR_KEYWORD
    VAR_POSITIONAL = _VAR_POSITIONAL
    KEYWORD_ONLY = _KEYWORD_ONLY
    VAR_KEYWORD = _VAR_KEYWORD

    empty = _empty

    def __init__(self, name, kind, *, default=_empty, annotation=_empty):
        if kind not in _PARAMETER_KINDS:
            raise ValueError(f'value {kind!r} is not a valid Parameter.kind')
        self._kind = _PARAMETER_KINDS[kind]
        if default is not _empty:
            if self._kind in (_VAR_POSITIONAL, _VAR_KEYWORD):
                msg = '{} parameters cannot have default values'
                msg = msg.format(self._kind.description)
                raise ValueError(msg)
        self._default = default
        self._annotation = annotation

        if name is _empty:
            raise ValueError('name is a required attribute for Parameter')
        if not isinstance(name, str):
            msg = 'name must be a str, not a {}'.format(type(name).__name__)
            raise TypeError(msg)
        if name[0] == '.' and name[1:].isdigit():
            # The implicit argument of comprehensions (".0").
            if self._kind != _POSITIONAL_OR_KEYWORD:
                msg = ('implicit arguments must be passed as '
                       'positional or keyword arguments, not {}')
                msg = msg.format(self._kind.description)
                raise ValueError(msg)
            self._kind = _POSITIONAL_ONLY
            name = 'implicit{}'.format(name[1:])
        is_keyword = name in _KEYWORDS
        if is_keyword or not name.isidentifier():
            raise ValueError('{!r} is not a valid parameter name'.format(name))
        self._name = name

    @property
    def name(self):
        return self._name

    @property
    def default(self):
        return self._default

    @property
    def annotation(self):
        return self._annotation

    @property
    def kind(self):
        return self._kind

    def replace(self, *, name=_void, kind=_void, annotation=_void, default=_void):
        """Creates a customized copy of the Parameter."""
        if name is _void:
            name = self._name
        if kind is _void:
            kind = self._kind
        if annotation is _void:
            annotation = self._annotation
        if default is _void:
            default = self._default
        return type(self)(name, kind, default=default, annotation=annotation)

    def __str__(self):
        kind = self.kind
        formatted = self._name
        if self._annotation is not _empty:
            formatted = '{}: {}'.format(formatted, formatannotation(self._annotation))
        if self._default is not _empty:
            if self._annotation is not _empty:
                formatted = '{} = {}'.format(formatted, repr(self._default))
            else:
                formatted = '{}={}'.format(formatted, repr(self._default))
        if kind == _VAR_POSITIONAL:
            formatted = '*' + formatted
        elif kind == _VAR_KEYWORD:
            formatted = '**' + formatted
        return formatted

    def __repr__(self):
        return '<{} "{}">'.format(self.__class__.__name__, self)

    def __hash__(self):
        return hash((self.name, self.kind, self.annotation, self.default))

    def __eq__(self, other):
        if self is other:
            return True
        if not isinstance(other, Parameter):
            return NotImplemented
        return (self._name == other._name and
                self._kind == other._kind and
                self._default == other._default and
                self._annotation == other._annotation)


class BoundArguments:
    """The result of Signature.bind: a mapping of parameter names to arguments."""

    __slots__ = ('arguments', '_signature', '__weakref__')

    def __init__(self, signature, arguments):
        self.arguments = arguments
        self._signature = signature

    @property
    def signature(self):
        return self._signature

    @property
    def args(self):
        args = []
        for param_name, param in self._signature.parameters.items():
            if param.kind in (_VAR_KEYWORD, _KEYWORD_ONLY):
                break
            try:
                arg = self.arguments[param_name]
            except KeyError:
                # Later positional arguments can only be passed by keyword.
                break
            else:
                if param.kind == _VAR_POSITIONAL:
                    args.extend(arg)
                else:
                    args.append(arg)
        return tuple(args)

    @property
    def kwargs(self):
        kwargs = {}
        kwargs_started = False
        for param_name, param in self._signature.parameters.items():
            if not kwargs_started:
                if param.kind in (_VAR_KEYWORD, _KEYWORD_ONLY):
                    kwargs_started = True
                else:
                    if param_name not in self.arguments:
                        kwargs_started = True
                        continue
            if not kwargs_started:
                continue
            try:
                arg = self.arguments[param_name]
            except KeyError:
                pass
            else:
                if param.kind == _VAR_KEYWORD:
                    kwargs.update(arg)
                else:
                    kwargs[param_name] = arg
        return kwargs

    def apply_defaults(self):
        """Sets the default values of the arguments that were not bound (() and {}
        for *args and **kwargs)."""
        arguments = self.arguments
        new_arguments = []
        for name, param in self._signature.parameters.items():
            try:
                new_arguments.append((name, arguments[name]))
            except KeyError:
                if param.default is not _empty:
                    val = param.default
                elif param.kind is _VAR_POSITIONAL:
                    val = ()
                elif param.kind is _VAR_KEYWORD:
                    val = {}
                else:
                    continue
                new_arguments.append((name, val))
        self.arguments = dict(new_arguments)

    def __eq__(self, other):
        if self is other:
            return True
        if not isinstance(other, BoundArguments):
            return NotImplemented
        return (self.signature == other.signature and
                self.arguments == other.arguments)

    def __repr__(self):
        args = []
        for arg, value in self.arguments.items():
            args.append('{}={!r}'.format(arg, value))
        return '<{} ({})>'.format(self.__class__.__name__, ', '.join(args))


def _ordered_dict(items):
    from collections import OrderedDict
    return OrderedDict(items)


class Signature:
    """The call signature of a callable: its parameters and return annotation."""

    __slots__ = ('_return_annotation', '_parameters')

    _parameter_cls = Parameter
    _bound_arguments_cls = BoundArguments

    empty = _empty

    def __init__(self, parameters=None, *, return_annotation=_empty,
                 __validate_parameters__=True):
        if parameters is None:
            params = _ordered_dict([])
        else:
            if __validate_parameters__:
                params = _ordered_dict([])
                top_kind = _POSITIONAL_ONLY
                seen_default = False
                for param in parameters:
                    kind = param.kind
                    name = param.name
                    if kind < top_kind:
                        msg = ('wrong parameter order: {} parameter before {} '
                               'parameter')
                        msg = msg.format(top_kind.description, kind.description)
                        raise ValueError(msg)
                    elif kind > top_kind:
                        top_kind = kind
                    if kind in (_POSITIONAL_ONLY, _POSITIONAL_OR_KEYWORD):
                        if param.default is _empty:
                            if seen_default:
                                msg = 'non-default argument follows default argument'
                                raise ValueError(msg)
                        else:
                            seen_default = True
                    if name in params:
                        msg = 'duplicate parameter name: {!r}'.format(name)
                        raise ValueError(msg)
                    params[name] = param
            else:
                params = _ordered_dict([(param.name, param) for param in parameters])
        self._parameters = types.MappingProxyType(params)
        self._return_annotation = return_annotation

    @classmethod
    def from_callable(cls, obj, *, follow_wrapped=True, globals=None, locals=None,
                      eval_str=False):
        """Constructs Signature for the given callable object."""
        return _signature_from_callable(obj, sigcls=cls, follow_wrapper_chains=follow_wrapped,
                                        globals=globals, locals=locals, eval_str=eval_str)

    @property
    def parameters(self):
        return self._parameters

    @property
    def return_annotation(self):
        return self._return_annotation

    def replace(self, *, parameters=_void, return_annotation=_void):
        """Creates a customized copy of the Signature."""
        if parameters is _void:
            parameters = self.parameters.values()
        if return_annotation is _void:
            return_annotation = self._return_annotation
        return type(self)(parameters, return_annotation=return_annotation)

    def _hash_basis(self):
        params = tuple(param for param in self.parameters.values()
                       if param.kind != _KEYWORD_ONLY)
        kwo_params = {param.name: param for param in self.parameters.values()
                      if param.kind == _KEYWORD_ONLY}
        return params, kwo_params, self.return_annotation

    def __hash__(self):
        params, kwo_params, return_annotation = self._hash_basis()
        kwo_params = frozenset(kwo_params.values())
        return hash((params, kwo_params, return_annotation))

    def __eq__(self, other):
        if self is other:
            return True
        if not isinstance(other, Signature):
            return NotImplemented
        return self._hash_basis() == other._hash_basis()

    def _bind(self, args, kwargs, *, partial=False):
        """Maps the arguments to the parameters as a call would (TypeError when the
        call would fail)."""
        arguments = {}
        parameters = iter(self.parameters.values())
        parameters_ex = ()
        arg_vals = iter(args)

        while True:
            # Match positional arguments to positional parameters.
            try:
                arg_val = next(arg_vals)
            except StopIteration:
                try:
                    param = next(parameters)
                except StopIteration:
                    break
                else:
                    if param.kind == _VAR_POSITIONAL:
                        break
                    elif param.name in kwargs:
                        if param.kind == _POSITIONAL_ONLY:
                            msg = ('{arg!r} parameter is positional only, '
                                   'but was passed as a keyword')
                            msg = msg.format(arg=param.name)
                            raise TypeError(msg) from None
                        parameters_ex = (param,)
                        break
                    elif (param.kind == _VAR_KEYWORD or
                          param.default is not _empty):
                        parameters_ex = (param,)
                        break
                    else:
                        if partial:
                            parameters_ex = (param,)
                            break
                        else:
                            msg = 'missing a required argument: {arg!r}'
                            msg = msg.format(arg=param.name)
                            raise TypeError(msg) from None
            else:
                try:
                    param = next(parameters)
                except StopIteration:
                    raise TypeError('too many positional arguments') from None
                else:
                    if param.kind in (_VAR_KEYWORD, _KEYWORD_ONLY):
                        raise TypeError('too many positional arguments') from None
                    if param.kind == _VAR_POSITIONAL:
                        values = [arg_val]
                        values.extend(arg_vals)
                        arguments[param.name] = tuple(values)
                        break
                    if param.name in kwargs and param.kind != _POSITIONAL_ONLY:
                        raise TypeError(
                            'multiple values for argument {arg!r}'.format(
                                arg=param.name)) from None
                    arguments[param.name] = arg_val

        # Now the keyword arguments.
        kwargs_param = None
        for param in list(parameters_ex) + list(parameters):
            if param.kind == _VAR_KEYWORD:
                kwargs_param = param
                continue
            if param.kind == _VAR_POSITIONAL:
                continue
            param_name = param.name
            try:
                arg_val = kwargs.pop(param_name)
            except KeyError:
                if (not partial and param.kind != _VAR_POSITIONAL and
                        param.default is _empty):
                    raise TypeError('missing a required argument: {arg!r}'.
                                    format(arg=param_name)) from None
            else:
                if param.kind == _POSITIONAL_ONLY:
                    raise TypeError('{arg!r} parameter is positional only, '
                                    'but was passed as a keyword'.
                                    format(arg=param.name))
                arguments[param_name] = arg_val

        if kwargs:
            if kwargs_param is not None:
                arguments[kwargs_param.name] = kwargs
            else:
                raise TypeError(
                    'got an unexpected keyword argument {arg!r}'.format(
                        arg=next(iter(kwargs))))

        return self._bound_arguments_cls(self, arguments)

    def bind(self, /, *args, **kwargs):
        """BoundArguments for these arguments; TypeError if they cannot be bound."""
        return self._bind(args, kwargs)

    def bind_partial(self, /, *args, **kwargs):
        """Like bind, but required arguments may be missing."""
        return self._bind(args, kwargs, partial=True)

    def __repr__(self):
        return '<{} {}>'.format(self.__class__.__name__, self)

    def __str__(self):
        result = []
        render_pos_only_separator = False
        render_kw_only_separator = True
        for param in self.parameters.values():
            formatted = str(param)
            kind = param.kind
            if kind == _POSITIONAL_ONLY:
                render_pos_only_separator = True
            elif render_pos_only_separator:
                # A '/' after the last positional-only parameter.
                result.append('/')
                render_pos_only_separator = False
            if kind == _VAR_POSITIONAL:
                render_kw_only_separator = False
            elif kind == _KEYWORD_ONLY and render_kw_only_separator:
                # A bare '*' before the first keyword-only parameter.
                result.append('*')
                render_kw_only_separator = False
            result.append(formatted)
        if render_pos_only_separator:
            result.append('/')
        rendered = '({})'.format(', '.join(result))
        if self.return_annotation is not _empty:
            anno = formatannotation(self.return_annotation)
            rendered += ' -> {}'.format(anno)
        return rendered


def signature(obj, *, follow_wrapped=True, globals=None, locals=None, eval_str=False):
    """Get a signature object for the passed callable."""
    return Signature.from_callable(obj, follow_wrapped=follow_wrapped,
                                   globals=globals, locals=locals, eval_str=eval_str)


def _signature_is_functionlike(obj):
    """True for objects that look like Python functions (have code, defaults...)."""
    if not callable(obj) or isclass(obj):
        return False
    name = getattr(obj, '__name__', None)
    code = getattr(obj, '__code__', None)
    defaults = getattr(obj, '__defaults__', _void)
    kwdefaults = getattr(obj, '__kwdefaults__', _void)
    annotations = getattr(obj, '__annotations__', None)
    return (isinstance(code, types.CodeType) and
            isinstance(name, str) and
            (defaults is None or isinstance(defaults, tuple)) and
            (kwdefaults is None or isinstance(kwdefaults, dict)) and
            (isinstance(annotations, (dict)) or annotations is None))


def _unwrap_partial(func):
    import functools
    while isinstance(func, functools.partial):
        func = func.func
    return func


def _signature_bound_method(sig):
    """The signature without its first parameter (the bound self)."""
    params = tuple(sig.parameters.values())
    if not params or params[0].kind in (_VAR_KEYWORD, _KEYWORD_ONLY):
        raise ValueError('invalid method signature')
    kind = params[0].kind
    if kind in (_POSITIONAL_OR_KEYWORD, _POSITIONAL_ONLY):
        params = params[1:]
    else:
        # *args: the bound self is the first of them.
        pass
    return sig.replace(parameters=params)


def _signature_from_function(cls, func, skip_bound_arg=True, globals=None, locals=None,
                             eval_str=False):
    """The signature of a Python function, from its code object, defaults and
    annotations."""
    is_duck_function = False
    if not isfunction(func):
        if _signature_is_functionlike(func):
            is_duck_function = True
        else:
            raise TypeError('{!r} is not a Python function'.format(func))

    Parameter = cls._parameter_cls

    func_code = func.__code__
    pos_count = func_code.co_argcount
    arg_names = func_code.co_varnames
    posonly_count = func_code.co_posonlyargcount
    positional = arg_names[:pos_count]
    keyword_only_count = func_code.co_kwonlyargcount
    keyword_only = arg_names[pos_count:pos_count + keyword_only_count]
    annotations = get_annotations(func, globals=globals, locals=locals, eval_str=eval_str)
    defaults = func.__defaults__
    kwdefaults = func.__kwdefaults__

    if defaults:
        pos_default_count = len(defaults)
    else:
        pos_default_count = 0

    parameters = []

    non_default_count = pos_count - pos_default_count
    posonly_left = posonly_count

    for name in positional[:non_default_count]:
        kind = _POSITIONAL_ONLY if posonly_left else _POSITIONAL_OR_KEYWORD
        annotation = annotations.get(name, _empty)
        parameters.append(Parameter(name, annotation=annotation, kind=kind))
        if posonly_left:
            posonly_left -= 1

    for offset, name in enumerate(positional[non_default_count:]):
        kind = _POSITIONAL_ONLY if posonly_left else _POSITIONAL_OR_KEYWORD
        annotation = annotations.get(name, _empty)
        parameters.append(Parameter(name, annotation=annotation, kind=kind,
                                    default=defaults[offset]))
        if posonly_left:
            posonly_left -= 1

    if func_code.co_flags & CO_VARARGS:
        name = arg_names[pos_count + keyword_only_count]
        annotation = annotations.get(name, _empty)
        parameters.append(Parameter(name, annotation=annotation, kind=_VAR_POSITIONAL))

    for name in keyword_only:
        default = _empty
        if kwdefaults is not None:
            default = kwdefaults.get(name, _empty)
        annotation = annotations.get(name, _empty)
        parameters.append(Parameter(name, annotation=annotation, kind=_KEYWORD_ONLY,
                                    default=default))

    if func_code.co_flags & CO_VARKEYWORDS:
        index = pos_count + keyword_only_count
        if func_code.co_flags & CO_VARARGS:
            index += 1
        name = arg_names[index]
        annotation = annotations.get(name, _empty)
        parameters.append(Parameter(name, annotation=annotation, kind=_VAR_KEYWORD))

    return cls(parameters,
               return_annotation=annotations.get('return', _empty),
               __validate_parameters__=is_duck_function)


def _signature_get_partial(wrapped_sig, partial, extra_args=()):
    """The signature left after a functools.partial fixed some arguments."""
    old_params = wrapped_sig.parameters
    new_params = _ordered_dict(old_params.items())

    partial_args = partial.args or ()
    partial_keywords = partial.keywords or {}

    if extra_args:
        partial_args = extra_args + partial_args

    try:
        ba = wrapped_sig.bind_partial(*partial_args, **partial_keywords)
    except TypeError:
        msg = 'partial object {!r} has incorrect arguments'.format(partial)
        raise ValueError(msg) from None

    transform_to_kwonly = False
    for param_name, param in old_params.items():
        try:
            arg_value = ba.arguments[param_name]
        except KeyError:
            pass
        else:
            if param.kind is _POSITIONAL_ONLY:
                new_params.pop(param_name)
                continue
            if param.kind is _POSITIONAL_OR_KEYWORD:
                if param_name in partial_keywords:
                    # Set by keyword: it and every later parameter become keyword-only.
                    transform_to_kwonly = True
                    new_params[param_name] = param.replace(default=arg_value)
                else:
                    new_params.pop(param.name)
                    continue
            if param.kind is _KEYWORD_ONLY:
                new_params[param_name] = param.replace(default=arg_value)

        if transform_to_kwonly:
            if param.kind is _POSITIONAL_OR_KEYWORD:
                new_param = new_params[param_name].replace(kind=_KEYWORD_ONLY)
                new_params[param_name] = new_param
                new_params.move_to_end(param_name)
            elif param.kind in (_KEYWORD_ONLY, _VAR_KEYWORD):
                new_params.move_to_end(param_name)
            elif param.kind is _VAR_POSITIONAL:
                new_params.pop(param.name)

    return wrapped_sig.replace(parameters=new_params.values())


def _signature_get_user_defined_method(cls, method_name):
    """The method of a class if it is written in Python (not inherited from a
    built-in type)."""
    try:
        meth = getattr(cls, method_name)
    except AttributeError:
        return None
    if isfunction(meth) or ismethod(meth) or _signature_is_functionlike(meth):
        return meth
    return None


def _signature_from_callable(obj, *, follow_wrapper_chains=True, skip_bound_arg=True,
                             globals=None, locals=None, eval_str=False, sigcls):
    """The signature of any callable: functions, methods, partials, classes and
    instances with __call__."""

    def _get_signature_of(f):
        return _signature_from_callable(f, follow_wrapper_chains=follow_wrapper_chains,
                                        skip_bound_arg=skip_bound_arg, globals=globals,
                                        locals=locals, sigcls=sigcls, eval_str=eval_str)

    if not callable(obj):
        raise TypeError('{!r} is not a callable object'.format(obj))

    if isinstance(obj, types.MethodType):
        sig = _get_signature_of(obj.__func__)
        if skip_bound_arg:
            return _signature_bound_method(sig)
        return sig

    if follow_wrapper_chains:
        obj = unwrap(obj, stop=(lambda f: hasattr(f, "__signature__")))
        if isinstance(obj, types.MethodType):
            return _get_signature_of(obj)

    try:
        sig = obj.__signature__
    except AttributeError:
        pass
    else:
        if sig is not None:
            if not isinstance(sig, Signature):
                raise TypeError('unexpected object {!r} in __signature__ '
                                'attribute'.format(sig))
            return sig

    import functools
    if isinstance(obj, functools.partial):
        wrapped_sig = _get_signature_of(obj.func)
        return _signature_get_partial(wrapped_sig, obj)

    if isfunction(obj) or _signature_is_functionlike(obj):
        return _signature_from_function(sigcls, obj, skip_bound_arg=skip_bound_arg,
                                        globals=globals, locals=locals, eval_str=eval_str)

    if isbuiltin(obj):
        raise ValueError('no signature found for builtin {!r}'.format(obj))

    sig = None
    if isinstance(obj, type):
        # A metaclass __call__, else the first class in the MRO that defines a Python
        # __new__ or __init__; its first parameter (cls or self) is dropped.
        call = _signature_get_user_defined_method(type(obj), '__call__')
        if call is not None:
            sig = _get_signature_of(call)
        else:
            new = _signature_get_user_defined_method(obj, '__new__')
            init = _signature_get_user_defined_method(obj, '__init__')
            factory_method = None
            for base in obj.__mro__:
                if new is not None and '__new__' in base.__dict__:
                    factory_method = new
                    break
                elif init is not None and '__init__' in base.__dict__:
                    factory_method = init
                    break
            if factory_method is not None:
                sig = _get_signature_of(factory_method)
        if sig is None:
            if type not in obj.__mro__:
                if obj.__init__ is object.__init__ and obj.__new__ is object.__new__:
                    # Instances of plain classes take no arguments.
                    return sigcls([])
            raise ValueError('no signature found for builtin type {!r}'.format(obj))
        if skip_bound_arg:
            return _signature_bound_method(sig)
        return sig

    if not isinstance(obj, (types.BuiltinFunctionType, types.FunctionType)):
        call = _signature_get_user_defined_method(type(obj), '__call__')
        if call is not None:
            try:
                text_sig = obj.__text_signature__
            except AttributeError:
                pass
            else:
                if text_sig:
                    raise ValueError('no signature found for {!r}'.format(obj))
            sig = _get_signature_of(call)
            if skip_bound_arg:
                return _signature_bound_method(sig)
            return sig

    raise ValueError('callable {!r} is not supported by signature'.format(obj))


# ---------------------------------------------------------------------------
# getfullargspec

def _make_fullargspec():
    from collections import namedtuple
    return namedtuple('FullArgSpec',
                      'args, varargs, varkw, defaults, kwonlyargs, kwonlydefaults, '
                      'annotations')


FullArgSpec = _make_fullargspec()


def getfullargspec(func):
    """The names and default values of a callable's parameters, as a FullArgSpec."""
    try:
        sig = _signature_from_callable(func, follow_wrapper_chains=False,
                                       skip_bound_arg=False, sigcls=Signature,
                                       eval_str=False)
    except Exception as ex:
        raise TypeError('unsupported callable') from ex

    args = []
    varargs = None
    varkw = None
    posonlyargs = []
    kwonlyargs = []
    annotations = {}
    defaults = ()
    kwdefaults = {}

    if sig.return_annotation is not sig.empty:
        annotations['return'] = sig.return_annotation

    for param in sig.parameters.values():
        kind = param.kind
        name = param.name
        if kind is _POSITIONAL_ONLY:
            posonlyargs.append(name)
            if param.default is not param.empty:
                defaults += (param.default,)
        elif kind is _POSITIONAL_OR_KEYWORD:
            args.append(name)
            if param.default is not param.empty:
                defaults += (param.default,)
        elif kind is _VAR_POSITIONAL:
            varargs = name
        elif kind is _KEYWORD_ONLY:
            kwonlyargs.append(name)
            if param.default is not param.empty:
                kwdefaults[name] = param.default
        elif kind is _VAR_KEYWORD:
            varkw = name
        if param.annotation is not param.empty:
            annotations[name] = param.annotation

    if not kwdefaults:
        kwdefaults = None
    if not defaults:
        defaults = None

    return FullArgSpec(posonlyargs + args, varargs, varkw, defaults,
                       kwonlyargs, kwdefaults, annotations)
