"""Looking into live objects: what kind of object something is, its members, where
its source is and what that source says, its docstring, the frames of the running
program, and the call signatures of callables (Signature, Parameter, BoundArguments).
"""

import sys
import types
from collections import OrderedDict, namedtuple

__all__ = [
    # kinds of objects
    'ismodule', 'isclass', 'ismethod', 'isfunction', 'isgeneratorfunction',
    'iscoroutinefunction', 'isasyncgenfunction', 'isgenerator', 'iscoroutine',
    'isasyncgen', 'isawaitable', 'istraceback', 'isframe', 'iscode', 'isbuiltin',
    'ismethodwrapper', 'isroutine', 'isabstract', 'ismethoddescriptor',
    'isdatadescriptor', 'ismemberdescriptor', 'isgetsetdescriptor',
    # members
    'getmembers', 'getmembers_static', 'classify_class_attrs', 'Attribute', 'getattr_static', 'getmro', 'unwrap',
    # documentation and source
    'cleandoc', 'getdoc', 'getcomments', 'getfile', 'getabsfile', 'getmodulename',
    'getsourcefile', 'getmodule', 'indentsize', 'findsource', 'getblock',
    'getsourcelines', 'getsource',
    # frames
    'currentframe', 'getframeinfo', 'getlineno', 'getouterframes', 'getinnerframes',
    'stack', 'trace', 'Traceback', 'FrameInfo', 'ArgInfo', 'getargs', 'getargvalues',
    'formatargvalues', 'getgeneratorstate', 'getgeneratorlocals', 'GEN_CREATED',
    'GEN_RUNNING', 'GEN_SUSPENDED', 'GEN_CLOSED', 'getcoroutinestate',
    'getcoroutinelocals', 'CORO_CREATED', 'CORO_RUNNING', 'CORO_SUSPENDED',
    'CORO_CLOSED', 'getclosurevars', 'ClosureVars', 'getclasstree', 'walktree',
    # annotations and signatures
    'get_annotations', 'formatannotation', 'formatannotationrelativeto',
    'Parameter', 'Signature', 'BoundArguments', 'signature', 'FullArgSpec',
    'getfullargspec', 'getcallargs',
    # code flags
    'CO_OPTIMIZED', 'CO_NEWLOCALS', 'CO_VARARGS', 'CO_VARKEYWORDS', 'CO_NESTED',
    'CO_GENERATOR', 'CO_NOFREE', 'CO_COROUTINE', 'CO_ITERABLE_COROUTINE',
    'CO_ASYNC_GENERATOR',
]

# The bits of a code object's co_flags.
CO_OPTIMIZED, CO_NEWLOCALS, CO_VARARGS, CO_VARKEYWORDS = 0x1, 0x2, 0x4, 0x8
CO_NESTED, CO_GENERATOR, CO_NOFREE = 0x10, 0x20, 0x40
CO_COROUTINE, CO_ITERABLE_COROUTINE, CO_ASYNC_GENERATOR = 0x80, 0x100, 0x200


def _loaded(module_name):
    """A module if something already imported it, else None.  Many checks need a
    module only to recognise its objects, and none of them can exist before it is
    imported."""
    return sys.modules.get(module_name)


def _partial_types():
    functools = _loaded('functools')
    if functools is None:
        return ()
    return (functools.partial,)


# ====================================================================================
# What kind of object is this?

def ismodule(object):
    """Whether object is a module."""
    return isinstance(object, types.ModuleType)


def isclass(object):
    """Whether object is a class."""
    return isinstance(object, type)


def ismethod(object):
    """Whether object is a bound method (a function bound to an instance or class)."""
    return isinstance(object, types.MethodType)


def isfunction(object):
    """Whether object is a function written in Python (def or lambda)."""
    return isinstance(object, types.FunctionType)


def istraceback(object):
    """Whether object is a traceback."""
    return isinstance(object, types.TracebackType)


def isframe(object):
    """Whether object is a frame."""
    return isinstance(object, types.FrameType)


def iscode(object):
    """Whether object is a code object."""
    return isinstance(object, types.CodeType)


def isbuiltin(object):
    """Whether object is a built-in function or a method of a built-in object."""
    return isinstance(object, types.BuiltinFunctionType)


def ismethodwrapper(object):
    """Whether object is a bound special method of a built-in object."""
    return isinstance(object, types.MethodWrapperType)


GEN_CREATED = 'GEN_CREATED'
GEN_RUNNING = 'GEN_RUNNING'
GEN_SUSPENDED = 'GEN_SUSPENDED'
GEN_CLOSED = 'GEN_CLOSED'


def getgeneratorstate(generator):
    """Where a generator is in its life: created, running, suspended or closed."""
    if generator.gi_running:
        return GEN_RUNNING
    if generator.gi_suspended:
        return GEN_SUSPENDED
    if generator.gi_frame is None:
        return GEN_CLOSED
    return GEN_CREATED


def getgeneratorlocals(generator):
    """The local variables of a paused generator ({} once it has finished)."""
    if not isgenerator(generator):
        raise TypeError(f"{generator!r} is not a Python generator")
    frame = generator.gi_frame
    return frame.f_locals if frame is not None else {}


CORO_CREATED = 'CORO_CREATED'
CORO_RUNNING = 'CORO_RUNNING'
CORO_SUSPENDED = 'CORO_SUSPENDED'
CORO_CLOSED = 'CORO_CLOSED'


def getcoroutinestate(coroutine):
    """Where a coroutine is in its life: created, running, suspended or closed."""
    if coroutine.cr_running:
        return CORO_RUNNING
    if coroutine.cr_suspended:
        return CORO_SUSPENDED
    if coroutine.cr_frame is None:
        return CORO_CLOSED
    return CORO_CREATED


def getcoroutinelocals(coroutine):
    """The local variables of a paused coroutine ({} once it has finished)."""
    frame = getattr(coroutine, "cr_frame", None)
    return frame.f_locals if frame is not None else {}


ClosureVars = namedtuple('ClosureVars', 'nonlocals globals builtins unbound')


def getclosurevars(func):
    """The names a function's code refers to, split by where they are found: its
    closure cells, its module's globals, the builtins, or nowhere (as 3.11 does,
    every name in co_names counts, attribute names included)."""
    if ismethod(func):
        func = func.__func__
    if not isfunction(func):
        raise TypeError(f"{func!r} is not a Python function")
    code = func.__code__
    cells = func.__closure__ or ()
    nonlocal_vars = {name: cell.cell_contents
                     for name, cell in zip(code.co_freevars, cells)}
    global_ns = func.__globals__
    builtin_ns = global_ns.get("__builtins__", sys.modules['builtins'].__dict__)
    if ismodule(builtin_ns):
        builtin_ns = builtin_ns.__dict__
    global_vars = {}
    builtin_vars = {}
    unbound = set()
    for name in code.co_names:
        # Former builtins that are keywords now may still be listed.
        if name in ("None", "True", "False"):
            continue
        if name in global_ns:
            global_vars[name] = global_ns[name]
        elif name in builtin_ns:
            builtin_vars[name] = builtin_ns[name]
        else:
            unbound.add(name)
    return ClosureVars(nonlocal_vars, global_vars, builtin_vars, unbound)


def walktree(classes, children, parent):
    """The nested list getclasstree builds: each class with its bases, followed by
    the list for its subclasses when it has any."""
    tree = []
    classes.sort(key=lambda c: (c.__module__, c.__name__))
    for cls in classes:
        tree.append((cls, cls.__bases__))
        if cls in children:
            tree.append(walktree(children[cls], children, cls))
    return tree


def getclasstree(classes, unique=False):
    """Arrange classes into a nested list by inheritance. With unique, a class
    with several listed bases appears under the first of them only."""
    children = {}
    roots = []
    for cls in classes:
        if not cls.__bases__:
            if cls not in roots:
                roots.append(cls)
            continue
        for parent in cls.__bases__:
            siblings = children.setdefault(parent, [])
            if cls not in siblings:
                siblings.append(cls)
            if unique and parent in classes:
                break
    for parent in children:
        if parent not in classes:
            roots.append(parent)
    return walktree(roots, children, None)


def isgenerator(object):
    """Whether object is a generator (what a generator function returns)."""
    return isinstance(object, types.GeneratorType)


def iscoroutine(object):
    """Whether object is a coroutine (what an async def function returns)."""
    return isinstance(object, types.CoroutineType)


def isasyncgen(object):
    """Whether object is an asynchronous generator."""
    return isinstance(object, types.AsyncGeneratorType)


def isawaitable(object):
    """Whether object can be used in an await expression."""
    if isinstance(object, types.CoroutineType):
        return True
    if _class_defines(type(object), '__await__'):
        return True
    abc = _loaded('collections.abc')
    return abc is not None and isinstance(object, abc.Awaitable)


def _class_defines(cls, name):
    """Whether some class of cls's MRO defines name as something other than None."""
    for klass in getattr(cls, '__mro__', ()):
        if name in klass.__dict__:
            return klass.__dict__[name] is not None
    return False


def _code_flags(func):
    """co_flags of the function behind func (through bound methods and partials),
    or 0 when there is no Python code behind it."""
    while ismethod(func):
        func = func.__func__
    partials = _partial_types()
    while partials and isinstance(func, partials):
        func = func.func
    if isfunction(func) or _looks_like_function(func):
        return func.__code__.co_flags
    return 0


def isgeneratorfunction(obj):
    """Whether obj is a function (or method, or partial of one) that makes
    generators."""
    return bool(_code_flags(obj) & CO_GENERATOR)


def iscoroutinefunction(obj):
    """Whether obj is an async def function (or a method or partial of one)."""
    return bool(_code_flags(obj) & CO_COROUTINE)


def isasyncgenfunction(obj):
    """Whether obj is an asynchronous generator function."""
    return bool(_code_flags(obj) & CO_ASYNC_GENERATOR)


def _plain_callable_kind(object):
    # Classes, methods and functions are never counted as descriptors.
    return isclass(object) or ismethod(object) or isfunction(object)


def ismethoddescriptor(object):
    """Whether object is a descriptor with __get__ but no __set__ (and not a class,
    method or function), such as a built-in method taken from its class."""
    if _plain_callable_kind(object):
        return False
    kind = type(object)
    return hasattr(kind, '__get__') and not hasattr(kind, '__set__')


def isdatadescriptor(object):
    """Whether object is a descriptor that defines __set__ or __delete__ (properties,
    slots, ...)."""
    if _plain_callable_kind(object):
        return False
    kind = type(object)
    return hasattr(kind, '__set__') or hasattr(kind, '__delete__')


def ismemberdescriptor(object):
    """Whether object is the descriptor of a __slots__ entry."""
    return isinstance(object, types.MemberDescriptorType)


def isgetsetdescriptor(object):
    """Whether object is a built-in computed-attribute descriptor."""
    return isinstance(object, types.GetSetDescriptorType)


def isroutine(object):
    """Whether object is any kind of function or method."""
    return (isbuiltin(object) or isfunction(object) or ismethod(object)
            or ismethoddescriptor(object) or ismethodwrapper(object))


def isabstract(object):
    """Whether object is an abstract class (one with abstract methods left)."""
    if not isinstance(object, type):
        return False
    # Only the class's own record counts: a subclass being created (say, seen from
    # __init_subclass__) must not borrow its base's.
    remaining = _static_dict(object).get('__abstractmethods__')
    if remaining is not None:
        return bool(remaining)
    abc = _loaded('abc')
    if abc is None or not isinstance(object, abc.ABCMeta):
        return False
    # An ABC still being built (say, seen from __init_subclass__) has no
    # __abstractmethods__ yet: look for abstract methods by hand.
    if any(getattr(value, '__isabstractmethod__', False)
           for value in object.__dict__.values()):
        return True
    for base in object.__bases__:
        for name in getattr(base, '__abstractmethods__', ()):
            if getattr(getattr(object, name, None), '__isabstractmethod__', False):
                return True
    return False


# ====================================================================================
# Members

def getmro(cls):
    """cls and its bases, in method resolution order."""
    return cls.__mro__


def _collect_members(object, predicate, fetch):
    """(name, value) for each name dir() lists, sorted by name.  A value that fetch
    cannot produce is taken from the class dictionaries instead (some descriptors
    refuse to be read); names still without a value are left out."""
    names = dir(object)
    search = ()
    if isclass(object):
        search = (object,) + getmro(object)
        # dir() cannot see DynamicClassAttributes of the bases (reading them from a
        # class raises); they are members all the same.
        try:
            for base in object.__bases__:
                names.extend(name for name, value in base.__dict__.items()
                             if isinstance(value, types.DynamicClassAttribute))
        except AttributeError:
            pass
    found = []
    seen = set()
    for name in names:
        value = _member_value(object, name, fetch, search, name in seen)
        if value is _NOT_FOUND:
            continue
        if not predicate or predicate(value):
            found.append((name, value))
        seen.add(name)
    found.sort(key=lambda pair: pair[0])
    return found


def _member_value(object, name, fetch, search, repeated):
    if not repeated:
        try:
            return fetch(object, name)
        except AttributeError:
            pass
    # A repeated name (a DynamicClassAttribute also listed by dir) is read from
    # the class dictionaries.
    for klass in search:
        if name in klass.__dict__:
            return klass.__dict__[name]
    return _NOT_FOUND


Attribute = namedtuple('Attribute', 'name kind defining_class object')


def classify_class_attrs(cls):
    """Every name dir(cls) gives, with the class that defines it, what kind of
    attribute it is ('class method', 'static method', 'property', 'method' or
    'data') and the object as that class's namespace holds it."""
    mro = getmro(cls)
    result = []
    for name in dir(cls):
        home = None
        for base in mro:
            if name in base.__dict__:
                home, raw = base, base.__dict__[name]
                break
        try:
            if name == '__dict__':
                # The namespace entry itself, not the class's own mapping.
                raise AttributeError(name)
            obj = getattr(cls, name)
        except AttributeError:
            obj = raw if home is not None else None
        if home is None:
            # Found through the metaclass (or computed): its own class owns it.
            raw = obj
            home = getattr(obj, '__objclass__', None)
            if home is None:
                for base in getmro(type(cls)):
                    if name in base.__dict__:
                        home = base
                        break
                else:
                    # What every object answers itself (`__class__`).
                    home = object
        if isinstance(raw, (staticmethod, types.BuiltinMethodType)):
            kind, obj = 'static method', raw
            # A builtin type's `__new__` is a builtin function in CPython's namespace.
            if isinstance(raw, staticmethod) and isinstance(raw.__func__, types.BuiltinMethodType):
                obj = raw.__func__
        elif isinstance(raw, (classmethod, types.ClassMethodDescriptorType)):
            kind, obj = 'class method', raw
        elif isinstance(raw, property):
            kind, obj = 'property', raw
        elif isroutine(obj):
            kind = 'method'
        else:
            kind = 'data'
        result.append(Attribute(name, kind, home, obj))
    return result


def getmembers(object, predicate=None):
    """All members of object as (name, value) pairs sorted by name, keeping only
    those for which predicate(value) is true when a predicate is given."""
    return _collect_members(object, predicate, getattr)


def getmembers_static(object, predicate=None):
    """Like getmembers, but reading each member with getattr_static, so that no
    descriptor, __getattr__ or __getattribute__ runs."""
    return _collect_members(object, predicate, getattr_static)


_NOT_FOUND = object()


def _static_mro(klass):
    # type's own __mro__, whatever a metaclass might pretend.
    return type.__getattribute__(klass, '__mro__')


def _static_dict(klass):
    return type.__getattribute__(klass, '__dict__')


def _custom_dict_attribute(klass):
    """What a class in klass's MRO defines under the name __dict__, when that is not
    the ordinary instance-dictionary descriptor; _NOT_FOUND otherwise."""
    for entry in _static_mro(klass):
        namespace = _static_dict(entry)
        if '__dict__' not in namespace:
            continue
        candidate = namespace['__dict__']
        ordinary = (type(candidate) is types.GetSetDescriptorType
                    and candidate.__name__ == '__dict__'
                    and candidate.__objclass__ is entry)
        if not ordinary:
            return candidate
    return _NOT_FOUND


def _lookup_in_classes(klass, name):
    """The raw value of name in the first class of klass's MRO that has it (classes
    whose metaclass replaces __dict__ are skipped, their dicts being unreliable)."""
    for entry in _static_mro(klass):
        if _custom_dict_attribute(type(entry)) is not _NOT_FOUND:
            continue
        namespace = _static_dict(entry)
        if name in namespace:
            return namespace[name]
    return _NOT_FOUND


def _lookup_in_instance(obj, name):
    try:
        namespace = object.__getattribute__(obj, '__dict__')
    except AttributeError:
        return _NOT_FOUND
    return dict.get(namespace, name, _NOT_FOUND)


def _is_data_descriptor_value(value):
    kind = type(value)
    if _lookup_in_classes(kind, '__get__') is _NOT_FOUND:
        return False
    return (_lookup_in_classes(kind, '__set__') is not _NOT_FOUND
            or _lookup_in_classes(kind, '__delete__') is not _NOT_FOUND)


def getattr_static(obj, attr, default=_NOT_FOUND):
    """Look attr up the way attribute access would, but without running any code:
    no descriptor __get__, __getattr__ or __getattribute__.  A descriptor found in a
    class is returned as it is.  AttributeError (or default) when nothing is found."""
    is_class = type in _static_mro(type(obj))
    klass = obj if is_class else type(obj)
    from_instance = _NOT_FOUND
    if not is_class:
        dict_attribute = _custom_dict_attribute(klass)
        if (dict_attribute is _NOT_FOUND
                or type(dict_attribute) is types.MemberDescriptorType):
            from_instance = _lookup_in_instance(obj, attr)
    from_class = _lookup_in_classes(klass, attr)
    if from_class is not _NOT_FOUND:
        # A data descriptor in the class takes precedence over the instance dict.
        if from_instance is _NOT_FOUND or _is_data_descriptor_value(from_class):
            return from_class
    if from_instance is not _NOT_FOUND:
        return from_instance
    if is_class:
        # A class also sees the attributes of its metaclass.
        for entry in _static_mro(type(klass)):
            if _custom_dict_attribute(type(entry)) is _NOT_FOUND:
                namespace = _static_dict(entry)
                if attr in namespace:
                    return namespace[attr]
    if default is not _NOT_FOUND:
        return default
    raise AttributeError(attr)


def unwrap(func, *, stop=None):
    """Follow the __wrapped__ chain (as functools.wraps leaves it) to the innermost
    object, or to the first object f for which stop(f) is true.  ValueError when
    the chain loops."""
    start = func
    visited = {id(func)}
    limit = sys.getrecursionlimit()
    while not isinstance(func, type) and hasattr(func, '__wrapped__'):
        if stop is not None and stop(func):
            break
        func = func.__wrapped__
        if id(func) in visited or len(visited) >= limit:
            raise ValueError(f'wrapper loop when unwrapping {start!r}')
        visited.add(id(func))
    return func


# ====================================================================================
# Documentation

def cleandoc(doc):
    """A docstring with its layout undone: tabs expanded, the first line's leading
    blanks and the indentation common to the other lines removed, and blank lines
    dropped from both ends."""
    lines = doc.expandtabs().split('\n')
    indents = [len(line) - len(line.lstrip()) for line in lines[1:] if line.lstrip()]
    margin = min(indents) if indents else 0
    cleaned = [lines[0].lstrip()] + [line[margin:] for line in lines[1:]]
    while cleaned and not cleaned[-1]:
        cleaned.pop()
    start = 0
    while start < len(cleaned) and not cleaned[start]:
        start += 1
    return '\n'.join(cleaned[start:])


def getdoc(object):
    """The docstring of object, cleaned with cleandoc().  A class, method or
    property without one inherits the docstring of the same attribute in a base
    class.  None when there is no docstring."""
    doc = getattr(object, '__doc__', _NOT_FOUND)
    if doc is None:
        try:
            doc = _inherited_doc(object)
        except (AttributeError, TypeError):
            doc = None
    # (An object whose __doc__ cannot be read has no docstring.)
    return cleandoc(doc) if isinstance(doc, str) else None


def _defining_class(func):
    """The class a function was defined in, found through its __qualname__."""
    scope = sys.modules.get(func.__module__)
    if scope is None:
        return None
    for part in func.__qualname__.split('.')[:-1]:
        scope = getattr(scope, part)
    return scope if isclass(scope) else None


def _owner_and_name(obj):
    """(class, attribute name) under which obj is found, for the kinds of objects
    whose docstring can be inherited; None for the others."""
    if ismethod(obj):
        name = obj.__func__.__name__
        bound_to = obj.__self__
        # A classmethod is bound to the class itself.
        if isclass(bound_to) and getattr(getattr(bound_to, name, None),
                                         '__func__') is obj.__func__:
            return bound_to, name
        return bound_to.__class__, name
    if isfunction(obj):
        owner = _defining_class(obj)
        if owner is None or getattr(owner, obj.__name__) is not obj:
            return None
        return owner, obj.__name__
    if isbuiltin(obj):
        bound_to = obj.__self__
        if isclass(bound_to) and f'{bound_to.__qualname__}.{obj.__name__}' == obj.__qualname__:
            return bound_to, obj.__name__
        return bound_to.__class__, obj.__name__
    if isinstance(obj, property):
        name = obj.fget.__name__
        owner = _defining_class(obj.fget)
        if owner is None or getattr(owner, name) is not obj:
            return None
        return owner, name
    if ismethoddescriptor(obj) or isdatadescriptor(obj):
        owner = obj.__objclass__
        if getattr(owner, obj.__name__) is not obj:
            return None
        return owner, obj.__name__
    return None


def _inherited_doc(obj):
    if isclass(obj):
        for base in obj.__mro__:
            if base is object:
                continue
            doc = getattr(base, '__doc__', None)
            if doc is not None:
                return doc
        return None
    found = _owner_and_name(obj)
    if found is None:
        return None
    owner, name = found
    if ismemberdescriptor(obj):
        # __slots__ given as a dict documents each slot.
        slots = getattr(owner, '__slots__', None)
        if isinstance(slots, dict) and name in slots:
            return slots[name]
    docs = (_attribute_doc(base, name) for base in owner.__mro__)
    return next((doc for doc in docs if doc is not None), None)


def _attribute_doc(cls, name):
    try:
        return getattr(cls, name).__doc__
    except AttributeError:
        return None


def getcomments(object):
    """The comment lines just above object's source (or at the top of a module's
    file) as one string; None when there are none or the source is unavailable."""
    try:
        lines, start = findsource(object)
    except (OSError, TypeError):
        return None
    if ismodule(object):
        return _leading_comment_block(lines)
    if start > 0:
        return _comment_block_above(lines, start)
    return None


def _leading_comment_block(lines):
    index = 1 if lines and lines[0].startswith('#!') else 0
    while index < len(lines) and lines[index].strip() in ('', '#'):
        index += 1
    block = []
    while index < len(lines) and lines[index].startswith('#'):
        block.append(lines[index].expandtabs())
        index += 1
    return ''.join(block) if block else None


def _comment_block_above(lines, start):
    indent = indentsize(lines[start])
    block = []
    index = start - 1
    while (index >= 0 and lines[index].lstrip().startswith('#')
           and indentsize(lines[index]) == indent):
        block.insert(0, lines[index].expandtabs().lstrip())
        index -= 1
    if not block:
        return None
    # Comment lines holding only '#' at either end are left out.
    while block and block[0].strip() == '#':
        del block[0]
    while block and block[-1].strip() == '#':
        del block[-1]
    return ''.join(block)


# ====================================================================================
# Where the source is

def getfile(object):
    """The name of the file object was defined in (module, class, method, function,
    traceback, frame or code object)."""
    if ismodule(object):
        if getattr(object, '__file__', None):
            return object.__file__
        raise TypeError(f'{object!r} is a built-in module')
    if isclass(object):
        return _class_file(object)
    code = _code_of(object)
    if code is None:
        raise TypeError('module, class, method, function, traceback, frame, or '
                        f'code object was expected, got {type(object).__name__}')
    return code.co_filename


def _class_file(cls):
    """The file of the module that defined cls."""
    module_name = getattr(cls, '__module__', _NOT_FOUND)
    if module_name is not _NOT_FOUND:
        filename = getattr(sys.modules.get(module_name), '__file__', None)
        if filename:
            return filename
        # __main__ without a file: the program came from a string or stdin.
        if module_name == '__main__':
            raise OSError('source code not available')
    raise TypeError(f'{cls!r} is a built-in class')


# Each step leads from one kind of object to the next one down, ending at code.
_STEPS_TO_CODE = ((types.MethodType, '__func__'), (types.FunctionType, '__code__'),
                  (types.TracebackType, 'tb_frame'), (types.FrameType, 'f_code'))


def _code_of(object):
    """The code object behind a method, function, traceback, frame or code object."""
    for kind, attribute in _STEPS_TO_CODE:
        if isinstance(object, kind):
            object = getattr(object, attribute)
    return object if iscode(object) else None


# Longest first, so that '.abi3.so' wins over '.so'.
_MODULE_SUFFIXES = ('.cpython-311-x86_64-linux-gnu.so', '.abi3.so', '.pyc', '.so', '.py')


def getmodulename(path):
    """The module name a file path stands for ('spam' for 'dir/spam.py'), or None
    when the name has no module suffix."""
    filename = path.rsplit('/', 1)[-1]
    for suffix in _MODULE_SUFFIXES:
        if filename.endswith(suffix):
            return filename[:-len(suffix)]
    return None


def getsourcefile(object):
    """The Python source file object was defined in, or None when its source is not
    in a file (nor in linecache)."""
    filename = getfile(object)
    if filename.endswith('.pyc'):
        filename = filename[:-1]
    elif filename.endswith('.so'):
        return None
    import linecache
    import os
    if filename in linecache.cache or os.path.exists(filename):
        return filename
    # A module with a loader can provide its source without a file on disk.
    module = getmodule(object, filename)
    spec = getattr(module, '__spec__', None)
    if (getattr(module, '__loader__', None) is not None
            or getattr(spec, 'loader', None) is not None):
        return filename
    return None


def getabsfile(object, _filename=None):
    """The absolute, normalised path of object's source (or other) file."""
    import os
    if _filename is None:
        _filename = getsourcefile(object) or getfile(object)
    return os.path.normcase(os.path.abspath(_filename))


def getmodule(object, _filename=None):
    """The module object was defined in, or None when that cannot be told."""
    if ismodule(object):
        return object
    if hasattr(object, '__module__'):
        return sys.modules.get(object.__module__)
    try:
        wanted = getabsfile(object, _filename)
    except (TypeError, FileNotFoundError):
        return None
    for module in list(sys.modules.values()):
        if ismodule(module) and getattr(module, '__file__', None):
            if getabsfile(module) == wanted:
                return module
    # Objects without __module__ may still be found by name in __main__ or builtins.
    name = getattr(object, '__name__', None)
    if name is None:
        return None
    for module_name in ('__main__', 'builtins'):
        module = sys.modules.get(module_name)
        if module is not None and getattr(module, name, None) is object:
            return module
    return None


# ====================================================================================
# Reading source text
#
# The source is cut into logical lines (statements) by a small scanner that knows
# about strings, brackets, comments and backslash continuations; that is all the
# block and class searches below need.

class _LogicalLine:
    """One statement of source: its first and last line index, the width of its
    indentation and its tokens (names, numbers and punctuation; every string
    literal is the single token '"')."""

    __slots__ = ('first', 'last', 'indent', 'column', 'tokens')

    def __init__(self, first, indent, column):
        self.first = self.last = first
        self.indent = indent        # with tabs expanded
        self.column = column        # in characters
        self.tokens = []

    def opener(self):
        """'def', 'class' or '@' when the statement starts a definition or is a
        decorator ('async def' counts as 'def'), else None."""
        words = self.tokens
        if words[:1] == ['async'] and words[1:2] == ['def']:
            return 'def'
        if words and words[0] in ('def', 'class', '@'):
            return words[0]
        return None

    def defined_name(self):
        words = self.tokens[1:] if self.tokens[0] != 'async' else self.tokens[2:]
        return words[0] if words else ''


class _CommentLine:
    """A line holding only a comment (its '#' is at `column`)."""

    __slots__ = ('first', 'column')

    def __init__(self, index, column):
        self.first = index
        self.column = column


_STRING_PREFIXES = frozenset(['r', 'u', 'b', 'f', 'br', 'rb', 'fr', 'rf'])


def _is_name_char(char):
    return char.isalnum() or char == '_' or char > '\x7f'


class _Scanner:
    """Reads source lines one by one and groups them into _LogicalLine and
    _CommentLine entries (blank lines are dropped)."""

    def __init__(self):
        self.entries = []
        self.current = None         # the _LogicalLine being read
        self.quote = None           # closing delimiter of an open string
        self.depth = 0              # open brackets
        self.continued = False      # the last line ended in a backslash

    def feed(self, index, line):
        if self.current is None:
            text = line.strip()
            if not text:
                return
            column = len(line) - len(line.lstrip())
            if text.startswith('#'):
                self.entries.append(_CommentLine(index, column))
                return
            width = len(line.expandtabs()) - len(line.expandtabs().lstrip())
            self.current = _LogicalLine(index, width, column)
            self.entries.append(self.current)
        self.current.last = index
        self.continued = False
        self._scan(line)
        if self.quote in ('"', "'") and not line.rstrip('\r\n').endswith('\\'):
            self.quote = None       # an unterminated one-line string ends here
        if self.quote is None and self.depth == 0 and not self.continued:
            self.current = None

    def _scan(self, line):
        tokens = self.current.tokens
        size = len(line)
        at = 0
        while at < size:
            char = line[at]
            if self.quote is not None:
                if char == '\\':
                    at += 2
                elif line.startswith(self.quote, at):
                    at += len(self.quote)
                    self.quote = None
                else:
                    at += 1
                continue
            if char == '#':
                return
            if char in '\'"':
                self.quote = char * 3 if line.startswith(char * 3, at) else char
                tokens.append('"')
                at += len(self.quote)
                continue
            if _is_name_char(char):
                end = at
                while end < size and _is_name_char(line[end]):
                    end += 1
                word = line[at:end]
                # A string prefix belongs to the string that follows it.
                if not (end < size and line[end] in '\'"'
                        and word.lower() in _STRING_PREFIXES):
                    tokens.append(word)
                at = end
                continue
            if char == '\\' and not line[at + 1:].strip():
                self.continued = True
                return
            if char in '([{':
                self.depth += 1
            elif char in ')]}':
                self.depth = max(0, self.depth - 1)
            if not char.isspace():
                tokens.append(char)
            at += 1


def _logical_lines(lines):
    scanner = _Scanner()
    for index, line in enumerate(lines):
        scanner.feed(index, line)
    return scanner.entries


def indentsize(line):
    """The width of the indentation of line, tabs expanded."""
    expanded = line.expandtabs()
    return len(expanded) - len(expanded.lstrip())


def getblock(lines):
    """The leading lines that make up one block: a (decorated) def or class with its
    body, or the logical line holding a lambda."""
    entries = _logical_lines(lines)
    code = [(position, entry) for position, entry in enumerate(entries)
            if isinstance(entry, _LogicalLine)]
    # Skip the decorators.
    step = 0
    while step < len(code) and code[step][1].opener() == '@':
        step += 1
    if step == len(code):
        return lines[:code[-1][1].last + 1] if code else lines[:1]
    position, header = code[step]
    keyword = next((word for word in header.tokens
                    if word in ('def', 'class', 'lambda')), None)
    if keyword is None:
        # Not a definition: only the decorators (or the first line) are the block.
        return lines[:header.first] if header.first else lines[:1]
    if keyword == 'lambda' or header.tokens[-1] != ':':
        # A lambda, or a definition whose body sits on the header line.
        return lines[:header.last + 1]
    return lines[:_end_of_body(entries, position, header) + 1]


def _end_of_body(entries, position, header):
    """The index of the last line of the indented body after header."""
    last = header.last
    levels = [header.indent]
    body_column = None
    for entry in entries[position + 1:]:
        if isinstance(entry, _CommentLine):
            # A comment after the body belongs to it when indented like the body.
            if body_column is not None and entry.column >= body_column:
                last = max(last, entry.first)
            continue
        if entry.indent <= header.indent:
            break
        if entry.indent > levels[-1]:
            levels.append(entry.indent)
        else:
            while entry.indent < levels[-1]:
                levels.pop()
            if entry.indent != levels[-1]:
                break           # inconsistent dedent: the block stops here
        if body_column is None:
            body_column = entry.column
        last = entry.last
    return last


def _class_start(lines, qualname):
    """The index of the first line (decorators included) of the class statement
    whose qualified name is qualname, following the nesting of classes and
    functions; None when there is none."""
    scopes = []         # (indent, qualified name parts) of the open class/def
    decorators_from = None
    for entry in _logical_lines(lines):
        if isinstance(entry, _CommentLine):
            continue
        while scopes and entry.indent <= scopes[-1][0]:
            scopes.pop()
        opener = entry.opener()
        if opener == '@':
            if decorators_from is None:
                decorators_from = entry.first
            continue
        start = entry.first if decorators_from is None else decorators_from
        decorators_from = None
        if opener is None:
            continue
        name = entry.defined_name()
        outer = [part for _, parts in scopes for part in parts]
        if opener == 'class':
            if '.'.join(outer + [name]) == qualname:
                return start
            scopes.append((entry.indent, [name]))
        else:
            scopes.append((entry.indent, [name, '<locals>']))
    return None


def _starts_definition(line):
    """Whether line looks like the first line of a def, async def, decorator or
    lambda (a plain text match: 'lambda' inside a string counts too)."""
    text = line.lstrip()
    if text.startswith('@') or _begins_with_word(text, 'def'):
        return True
    if _begins_with_word(text, 'async') and _begins_with_word(text[5:].lstrip(), 'def'):
        return True
    at = line.find('lambda')
    while at >= 0:
        free_start = at == 0 or not _is_name_char(line[at - 1])
        follower = line[at + 6:at + 7]
        if free_start and (follower == ':' or follower.isspace()):
            return True
        at = line.find('lambda', at + 1)
    return False


def _begins_with_word(text, word):
    # word, then at least one blank
    return text.startswith(word) and text[len(word):len(word) + 1].isspace()


def _first_decorator(lines, def_index):
    """The index of the first decorator line above the def on line def_index (the
    def line itself when it has none)."""
    start = def_index
    entries = _logical_lines(lines[:def_index + 1])
    code = [entry for entry in entries if isinstance(entry, _LogicalLine)]
    if not code or code[-1].first != def_index:
        return def_index
    indent = code[-1].indent
    for entry in reversed(code[:-1]):
        if entry.opener() != '@' or entry.indent != indent:
            break
        start = entry.first
    return start


def _file_lines(object):
    """All lines of the file object comes from (linecache's copy)."""
    import linecache
    filename = getsourcefile(object)
    if filename:
        linecache.checkcache(filename)
    else:
        filename = getfile(object)
        # Names like '<stdin>' may still be known to linecache.
        if not (filename.startswith('<') and filename.endswith('>')):
            raise OSError('source code not available')
    module = getmodule(object, filename)
    if module:
        lines = linecache.getlines(filename, module.__dict__)
    else:
        lines = linecache.getlines(filename)
    if not lines:
        raise OSError('could not get source code')
    return lines


def findsource(object):
    """(all lines of the file object was defined in, index of its first line).
    OSError when the source cannot be found."""
    lines = _file_lines(object)
    if ismodule(object):
        return lines, 0
    if isclass(object):
        start = _class_start(lines, object.__qualname__)
        if start is None:
            raise OSError('could not find class definition')
        return lines, start
    code = _code_of(object)
    if code is None:
        raise OSError('could not find code object')
    if not hasattr(code, 'co_firstlineno'):
        raise OSError('could not find function definition')
    index = code.co_firstlineno - 1
    while index > 0:
        if index >= len(lines):
            raise OSError('lineno is out of bounds')
        if _starts_definition(lines[index]):
            break
        index -= 1
    # Code objects start at the def line; the definition starts at its decorators.
    if index > 0 and not lines[index].lstrip().startswith('@'):
        index = _first_decorator(lines, index)
    return lines, index


def getsourcelines(object):
    """(the source lines of object, the line number where they start).  A module's
    source is the whole file, starting at 0.  OSError when it cannot be found."""
    object = unwrap(object)
    lines, start = findsource(object)
    if istraceback(object):
        object = object.tb_frame
    if ismodule(object) or (isframe(object) and object.f_code.co_name == '<module>'):
        return lines, 0
    return getblock(lines[start:]), start + 1


def getsource(object):
    """The source text of object (module, class, method, function, traceback, frame
    or code object).  OSError when it cannot be found."""
    lines, _ = getsourcelines(object)
    return ''.join(lines)


# ====================================================================================
# Frames

def currentframe():
    """The frame of the caller."""
    return sys._getframe(1) if hasattr(sys, '_getframe') else None


def getlineno(frame):
    """The line a frame is executing."""
    return frame.f_lineno


_Positions = namedtuple('Positions', 'lineno end_lineno col_offset end_col_offset',
                        defaults=(None, None, None, None))
_TracebackFields = namedtuple('_Traceback', 'filename lineno function code_context index')
_FrameInfoFields = namedtuple('_FrameInfo',
                              'frame filename lineno function code_context index')


def _fields_repr(record):
    shown = ', '.join(f'{name}={value!r}'
                      for name, value in zip(record._fields, record))
    return f'{type(record).__name__}({shown}, positions={record.positions!r})'


class Traceback(_TracebackFields):
    """Where a frame or traceback entry is: file, line, function, some lines of
    source around it with the index of the current one, and `positions`, the
    source span of the running instruction."""

    def __new__(cls, filename, lineno, function, code_context, index, *, positions=None):
        record = super().__new__(cls, filename, lineno, function, code_context, index)
        record.positions = positions
        return record

    __repr__ = _fields_repr


class FrameInfo(_FrameInfoFields):
    """A Traceback record with the frame in front."""

    def __new__(cls, frame, filename, lineno, function, code_context, index, *,
                positions=None):
        record = super().__new__(cls, frame, filename, lineno, function, code_context,
                                 index)
        record.positions = positions
        return record

    __repr__ = _fields_repr


def _instruction_positions(code, offset, lineno):
    """The source span of the instruction at byte offset `offset`; only the line is
    known when the code's position table says nothing about that line."""
    if offset >= 0 and hasattr(code, 'co_positions'):
        for number, span in enumerate(code.co_positions()):
            if number == offset // 2:
                if span[0] == lineno:
                    return _Positions(*span)
                break
    return _Positions(lineno, lineno, None, None)


def getframeinfo(frame, context=1):
    """A Traceback record for a frame or traceback entry, with `context` lines of
    source centred on the current line."""
    if istraceback(frame):
        lineno, offset, frame = frame.tb_lineno, frame.tb_lasti, frame.tb_frame
    else:
        lineno, offset = frame.f_lineno, frame.f_lasti
    if not isframe(frame):
        raise TypeError(f'{frame!r} is not a frame or traceback object')
    positions = _instruction_positions(frame.f_code, offset, lineno)
    filename = getsourcefile(frame) or getfile(frame)
    context_lines = index = None
    if context > 0:
        try:
            lines, _ = findsource(frame)
        except OSError:
            pass
        else:
            first = lineno - 1 - context // 2
            first = max(0, min(first, len(lines) - context))
            context_lines = lines[first:first + context]
            index = lineno - 1 - first
    return Traceback(filename, lineno, frame.f_code.co_name, context_lines, index,
                     positions=positions)


def _frame_records(start, frame_of, next_of, context):
    records = []
    entry = start
    while entry:
        info = getframeinfo(entry, context)
        records.append(FrameInfo(frame_of(entry), *info, positions=info.positions))
        entry = next_of(entry)
    return records


def getouterframes(frame, context=1):
    """FrameInfo records for frame and the frames that called it, innermost
    first."""
    return _frame_records(frame, lambda f: f, lambda f: f.f_back, context)


def getinnerframes(tb, context=1):
    """FrameInfo records for the entries of a traceback, outermost first."""
    return _frame_records(tb, lambda t: t.tb_frame, lambda t: t.tb_next, context)


def stack(context=1):
    """FrameInfo records for the caller's frame and its callers."""
    return getouterframes(sys._getframe(1), context)


def trace(context=1):
    """FrameInfo records for the traceback of the exception being handled."""
    return getinnerframes(sys.exc_info()[2], context)


Arguments = namedtuple('Arguments', 'args, varargs, varkw')
ArgInfo = namedtuple('ArgInfo', 'args varargs keywords locals')


def getargs(co):
    """Arguments(args, varargs, varkw) of a code object: the names of its
    parameters (keyword-only ones included) and of its * and ** parameters."""
    if not iscode(co):
        raise TypeError(f'{co!r} is not a code object')
    named = co.co_argcount + co.co_kwonlyargcount
    args = list(co.co_varnames[:named])
    rest = iter(co.co_varnames[named:])
    varargs = next(rest) if co.co_flags & CO_VARARGS else None
    varkw = next(rest) if co.co_flags & CO_VARKEYWORDS else None
    return Arguments(args, varargs, varkw)


def getargvalues(frame):
    """ArgInfo for the call a frame runs: getargs() of its code plus its locals."""
    args, varargs, varkw = getargs(frame.f_code)
    return ArgInfo(args, varargs, varkw, frame.f_locals)


def formatargvalues(args, varargs, varkw, locals, formatarg=str,
                    formatvarargs=lambda name: '*' + name,
                    formatvarkw=lambda name: '**' + name,
                    formatvalue=lambda value: '=' + repr(value)):
    """'(a=1, *rest=(), **options={})' from the four values of getargvalues()."""
    pieces = [formatarg(name) + formatvalue(locals[name]) for name in args]
    if varargs:
        pieces.append(formatvarargs(varargs) + formatvalue(locals[varargs]))
    if varkw:
        pieces.append(formatvarkw(varkw) + formatvalue(locals[varkw]))
    return '(' + ', '.join(pieces) + ')'


# ====================================================================================
# Annotations

def get_annotations(obj, *, globals=None, locals=None, eval_str=False):
    """A new dict of the annotations of a class, module or callable.  With eval_str,
    annotations written as strings are evaluated (in the globals and locals given,
    by default those of the object)."""
    if isinstance(obj, type):
        namespace = getattr(obj, '__dict__', None)
        annotations = None
        if namespace and hasattr(namespace, 'get'):
            annotations = namespace.get('__annotations__', None)
            if isinstance(annotations, types.GetSetDescriptorType):
                annotations = None
        module = sys.modules.get(getattr(obj, '__module__', None) or '')
        default_globals = getattr(module, '__dict__', None) if module else None
        default_locals = dict(vars(obj))
        origin = obj
    elif isinstance(obj, types.ModuleType):
        annotations = getattr(obj, '__annotations__', None)
        default_globals, default_locals, origin = obj.__dict__, None, None
    elif callable(obj):
        annotations = getattr(obj, '__annotations__', None)
        default_globals = getattr(obj, '__globals__', None)
        default_locals, origin = None, obj
    else:
        raise TypeError(f"{obj!r} is not a module, class, or callable.")
    if annotations is None:
        return {}
    if not isinstance(annotations, dict):
        raise ValueError(f"{obj!r}.__annotations__ is neither a dict nor None")
    if not annotations or not eval_str:
        return dict(annotations)
    if origin is not None:
        # Strings are evaluated in the globals of the function that was wrapped.
        innermost = _strip_wrappers(origin)
        if hasattr(innermost, '__globals__'):
            default_globals = innermost.__globals__
    if globals is None:
        globals = default_globals
    if locals is None:
        locals = default_locals
    return {key: eval(value, globals, locals) if isinstance(value, str) else value
            for key, value in annotations.items()}


def _strip_wrappers(obj):
    partials = _partial_types()
    while True:
        if hasattr(obj, '__wrapped__'):
            obj = obj.__wrapped__
        elif partials and isinstance(obj, partials):
            obj = obj.func
        else:
            return obj


def _drop_typing_prefix(text):
    """text with 'typing.' removed from the front of every dotted name in it."""
    pieces = []
    at = 0
    while at < len(text):
        end = at
        while end < len(text) and (_is_name_char(text[end]) or text[end] == '.'):
            end += 1
        if end == at:
            pieces.append(text[at])
            at += 1
        else:
            pieces.append(text[at:end].removeprefix('typing.'))
            at = end
    return ''.join(pieces)


def formatannotation(annotation, base_module=None):
    """How an annotation is shown in a signature: classes by (qualified) name,
    typing constructs without their 'typing.' prefixes, anything else by repr."""
    if getattr(annotation, '__module__', None) == 'typing':
        return _drop_typing_prefix(repr(annotation))
    if isinstance(annotation, types.GenericAlias):
        return str(annotation)
    if not isinstance(annotation, type):
        return repr(annotation)
    # Classes of builtins (and of base_module) go without their module.
    module = annotation.__module__
    if module == 'builtins' or module == base_module:
        return annotation.__qualname__
    return f'{module}.{annotation.__qualname__}'


def formatannotationrelativeto(object):
    """A formatannotation that leaves out the module of object."""
    module = getattr(object, '__module__', None)

    def _formatannotation(annotation):
        return formatannotation(annotation, module)
    return _formatannotation


# ====================================================================================
# Signatures

class _void:
    """Marks an argument of replace() that was not given."""


class _empty:
    """Stands for 'no default' and 'no annotation' (Parameter.empty,
    Signature.empty)."""


class _KindMeta(type):
    """Gives _ParameterKind the class-level behaviour of an enumeration: iteration,
    len, lookup by value (calling) and by name (indexing)."""

    def __call__(cls, value):
        try:
            return cls._by_value[value]
        except (KeyError, TypeError):
            raise ValueError(f'{value!r} is not a valid {cls.__qualname__}') from None

    def __getitem__(cls, name):
        return cls._by_name[name]

    def __iter__(cls):
        return iter(cls._by_value.values())

    def __len__(cls):
        return len(cls._by_value)

    def __contains__(cls, member):
        return isinstance(member, cls)

    def __repr__(cls):
        return f"<enum '{cls.__name__}'>"

    @property
    def __members__(cls):
        return types.MappingProxyType(cls._by_name)


class _ParameterKind(int, metaclass=_KindMeta):
    """How an argument reaches a parameter.  The kinds are ordered as parameters
    must appear in a signature."""

    def __repr__(self):
        return f'<{type(self).__name__}.{self._name_}: {int(self)}>'

    def __str__(self):
        return self._name_

    def __format__(self, spec):
        # An empty spec shows the name, any other formats the number.
        return self._name_ if not spec else format(int(self), spec)

    def __reduce_ex__(self, protocol):
        return type(self), (int(self),)

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    name = property(lambda self: self._name_)
    value = property(lambda self: self._value_)
    description = property(lambda self: self._description)


def _define_parameter_kinds():
    table = (('POSITIONAL_ONLY', 'positional-only'),
             ('POSITIONAL_OR_KEYWORD', 'positional or keyword'),
             ('VAR_POSITIONAL', 'variadic positional'),
             ('KEYWORD_ONLY', 'keyword-only'),
             ('VAR_KEYWORD', 'variadic keyword'))
    _ParameterKind._by_value = {}
    _ParameterKind._by_name = {}
    for number, (name, description) in enumerate(table):
        member = int.__new__(_ParameterKind, number)
        member._name_, member._value_, member._description = name, number, description
        _ParameterKind._by_value[number] = _ParameterKind._by_name[name] = member
        setattr(_ParameterKind, name, member)


_define_parameter_kinds()
del _define_parameter_kinds

_POSITIONAL_ONLY = _ParameterKind.POSITIONAL_ONLY
_POSITIONAL_OR_KEYWORD = _ParameterKind.POSITIONAL_OR_KEYWORD
_VAR_POSITIONAL = _ParameterKind.VAR_POSITIONAL
_KEYWORD_ONLY = _ParameterKind.KEYWORD_ONLY
_VAR_KEYWORD = _ParameterKind.VAR_KEYWORD

_POSITIONAL_KINDS = (_POSITIONAL_ONLY, _POSITIONAL_OR_KEYWORD)
_VARIADIC_KINDS = (_VAR_POSITIONAL, _VAR_KEYWORD)


def _parameter_kind(kind):
    try:
        return _ParameterKind(kind)
    except ValueError:
        raise ValueError(f'value {kind!r} is not a valid Parameter.kind') from None


def _is_keyword(name):
    import keyword
    return keyword.iskeyword(name)


class Parameter:
    """One parameter of a Signature: its name, kind, default and annotation (the
    last two are Parameter.empty when absent).  Parameters are immutable; replace()
    makes changed copies."""

    __slots__ = ('_name', '_kind', '_default', '_annotation')

    POSITIONAL_ONLY = _POSITIONAL_ONLY
    POSITIONAL_OR_KEYWORD = _POSITIONAL_OR_KEYWORD
    VAR_POSITIONAL = _VAR_POSITIONAL
    KEYWORD_ONLY = _KEYWORD_ONLY
    VAR_KEYWORD = _VAR_KEYWORD

    empty = _empty

    def __init__(self, name, kind, *, default=_empty, annotation=_empty):
        self._kind = _parameter_kind(kind)
        if default is not _empty and self._kind in _VARIADIC_KINDS:
            raise ValueError(f'{self._kind.description} parameters cannot have '
                             'default values')
        self._default = default
        self._annotation = annotation
        self._name = self._checked_name(name)

    def _checked_name(self, name):
        if name is _empty:
            raise ValueError('name is a required attribute for Parameter')
        if not isinstance(name, str):
            raise TypeError(f'name must be a str, not a {type(name).__name__}')
        if name[0] == '.' and name[1:].isdigit():
            # '.0' is the hidden argument of a comprehension's code: shown as
            # 'implicit0', positional-only.
            if self._kind is not _POSITIONAL_OR_KEYWORD:
                raise ValueError('implicit arguments must be passed as positional or '
                                 f'keyword arguments, not {self._kind.description}')
            self._kind = _POSITIONAL_ONLY
            name = 'implicit' + name[1:]
        # A keyword can only name a positional-only parameter (never spelled out).
        reserved = self._kind is not _POSITIONAL_ONLY and _is_keyword(name)
        if reserved or not name.isidentifier():
            raise ValueError(f'{name!r} is not a valid parameter name')
        return name

    name = property(lambda self: self._name)
    kind = property(lambda self: self._kind)
    default = property(lambda self: self._default)
    annotation = property(lambda self: self._annotation)

    def replace(self, *, name=_void, kind=_void, annotation=_void, default=_void):
        """A copy with the given fields changed."""
        def pick(new, old):
            return old if new is _void else new
        return type(self)(pick(name, self._name), pick(kind, self._kind),
                          default=pick(default, self._default),
                          annotation=pick(annotation, self._annotation))

    def __reduce__(self):
        return (type(self), (self._name, self._kind),
                {'_default': self._default, '_annotation': self._annotation})

    def __setstate__(self, state):
        self._default = state['_default']
        self._annotation = state['_annotation']

    def __str__(self):
        text = self._name
        if self._annotation is not _empty:
            text += ': ' + formatannotation(self._annotation)
        if self._default is not _empty:
            # PEP 8 spacing: 'x=1' but 'x: int = 1'.
            equals = ' = ' if self._annotation is not _empty else '='
            text += equals + repr(self._default)
        stars = {_VAR_POSITIONAL: '*', _VAR_KEYWORD: '**'}.get(self._kind, '')
        return stars + text

    def __repr__(self):
        return f'<{type(self).__name__} "{self}">'

    def __hash__(self):
        return hash((self._name, self._kind, self._annotation, self._default))

    def __eq__(self, other):
        if self is other:
            return True
        if not isinstance(other, Parameter):
            return NotImplemented
        return (self._name == other._name and self._kind == other._kind
                and self._default == other._default
                and self._annotation == other._annotation)


class BoundArguments:
    """The result of binding arguments to a Signature: `arguments` maps parameter
    names to values, and args / kwargs give them back as a call would take them."""

    __slots__ = ('arguments', '_signature', '__weakref__')

    def __init__(self, signature, arguments):
        self.arguments = arguments
        self._signature = signature

    signature = property(lambda self: self._signature)

    def _split(self):
        """(positional values, keyword values).  Positional parameters are passed
        by position up to the first one that is not bound; from there on, and for
        keyword-only and ** parameters, values go by keyword."""
        positional = []
        keywords = {}
        by_keyword = False
        for name, param in self._signature.parameters.items():
            if param.kind in (_KEYWORD_ONLY, _VAR_KEYWORD):
                by_keyword = True
            elif not by_keyword and name not in self.arguments:
                by_keyword = True
                continue
            if name not in self.arguments:
                continue
            value = self.arguments[name]
            if not by_keyword:
                if param.kind is _VAR_POSITIONAL:
                    positional.extend(value)
                else:
                    positional.append(value)
            elif param.kind is _VAR_KEYWORD:
                keywords.update(value)
            else:
                keywords[name] = value
        return tuple(positional), keywords

    @property
    def args(self):
        return self._split()[0]

    @property
    def kwargs(self):
        return self._split()[1]

    def apply_defaults(self):
        """Add the defaults of the parameters not bound: their default values, and
        () and {} for * and ** parameters."""
        filled = {}
        for name, param in self._signature.parameters.items():
            if name in self.arguments:
                filled[name] = self.arguments[name]
            elif param.default is not _empty:
                filled[name] = param.default
            elif param.kind is _VAR_POSITIONAL:
                filled[name] = ()
            elif param.kind is _VAR_KEYWORD:
                filled[name] = {}
        self.arguments = filled

    def __eq__(self, other):
        if self is other:
            return True
        if not isinstance(other, BoundArguments):
            return NotImplemented
        return self.signature == other.signature and self.arguments == other.arguments

    def __getstate__(self):
        return {'_signature': self._signature, 'arguments': self.arguments}

    def __setstate__(self, state):
        self._signature = state['_signature']
        self.arguments = state['arguments']

    def __repr__(self):
        shown = ', '.join(f'{name}={value!r}' for name, value in self.arguments.items())
        return f'<{type(self).__name__} ({shown})>'


def _checked_parameters(parameters):
    """An ordered name -> Parameter mapping, after checking that the kinds come in
    order, that no positional parameter without a default follows one with a
    default, and that no name repeats."""
    checked = OrderedDict()
    highest = _POSITIONAL_ONLY
    defaults_started = False
    for param in parameters:
        if param.kind < highest:
            raise ValueError(f'wrong parameter order: {highest.description} parameter '
                             f'before {param.kind.description} parameter')
        highest = max(highest, param.kind)
        if param.kind in _POSITIONAL_KINDS:
            if param.default is not _empty:
                defaults_started = True
            elif defaults_started:
                raise ValueError('non-default argument follows default argument')
        if param.name in checked:
            raise ValueError(f'duplicate parameter name: {param.name!r}')
        checked[param.name] = param
    return checked


class _Binding:
    """One attempt to bind arguments to a signature's parameters, as a call would;
    TypeError (with the message Signature.bind gives) when they do not fit."""

    def __init__(self, signature, args, kwargs, partial):
        self.params = list(signature.parameters.values())
        self.args = args
        self.kwargs = dict(kwargs)
        self.partial = partial
        self.bound = {}

    def run(self):
        position = self._bind_positional()
        self._bind_keywords(self.params[position:])
        return self.bound

    def _bind_positional(self):
        """Bind the positional arguments; returns how many parameters they used up
        (the rest are for keywords)."""
        values = list(self.args)
        for position, param in enumerate(self.params):
            if not values:
                self._check_unfilled(param)
                return position
            if param.kind in (_KEYWORD_ONLY, _VAR_KEYWORD):
                raise TypeError('too many positional arguments')
            if param.kind is _VAR_POSITIONAL:
                self.bound[param.name] = tuple(values)
                return position + 1
            if param.kind is not _POSITIONAL_ONLY and param.name in self.kwargs:
                raise TypeError(f'multiple values for argument {param.name!r}')
            self.bound[param.name] = values.pop(0)
        if values:
            raise TypeError('too many positional arguments')
        return len(self.params)

    def _check_unfilled(self, param):
        # The first parameter after the positional arguments ran out.
        if param.kind in _VARIADIC_KINDS or param.default is not _empty:
            return
        if param.name in self.kwargs:
            if param.kind is _POSITIONAL_ONLY:
                raise TypeError(f'{param.name!r} parameter is positional only, '
                                'but was passed as a keyword')
            return
        if not self.partial:
            raise TypeError(f'missing a required argument: {param.name!r}')

    def _bind_keywords(self, params):
        collector = None
        for param in params:
            if param.kind is _VAR_KEYWORD:
                collector = param
            elif param.kind is _VAR_POSITIONAL:
                continue
            elif param.name in self.kwargs:
                if param.kind is _POSITIONAL_ONLY:
                    raise TypeError(f'{param.name!r} parameter is positional only, '
                                    'but was passed as a keyword')
                self.bound[param.name] = self.kwargs.pop(param.name)
            elif not self.partial and param.default is _empty:
                raise TypeError(f'missing a required argument: {param.name!r}')
        if self.kwargs:
            if collector is None:
                unexpected = next(iter(self.kwargs))
                raise TypeError(f'got an unexpected keyword argument {unexpected!r}')
            self.bound[collector.name] = self.kwargs


class Signature:
    """The call signature of a callable: an ordered mapping of Parameters (the
    `parameters` property) and a return annotation."""

    empty = _empty

    # The classes Signature builds its parts with (subclasses may change them).
    _parameter_cls = Parameter
    _bound_arguments_cls = BoundArguments

    __slots__ = ('_parameters', '_return_annotation')

    def __init__(self, parameters=None, *, return_annotation=_empty,
                 __validate_parameters__=True):
        if parameters is None:
            table = OrderedDict()
        elif __validate_parameters__:
            table = _checked_parameters(parameters)
        else:
            table = OrderedDict((param.name, param) for param in parameters)
        self._parameters = types.MappingProxyType(table)
        self._return_annotation = return_annotation

    @classmethod
    def from_callable(cls, obj, *, follow_wrapped=True, globals=None, locals=None,
                      eval_str=False):
        """The signature of the callable obj."""
        reader = _SignatureReader(cls, follow_wrapped, True, globals, locals, eval_str)
        return reader.read(obj)

    parameters = property(lambda self: self._parameters)
    return_annotation = property(lambda self: self._return_annotation)

    def replace(self, *, parameters=_void, return_annotation=_void):
        """A copy with new parameters and/or return annotation."""
        if parameters is _void:
            parameters = self._parameters.values()
        if return_annotation is _void:
            return_annotation = self._return_annotation
        return type(self)(parameters, return_annotation=return_annotation)

    def _identity(self):
        # Keyword-only parameters compare regardless of their order.
        ordered = tuple(param for param in self._parameters.values()
                        if param.kind is not _KEYWORD_ONLY)
        keyword_only = {param.name: param for param in self._parameters.values()
                        if param.kind is _KEYWORD_ONLY}
        return ordered, keyword_only, self._return_annotation

    def __hash__(self):
        ordered, keyword_only, returns = self._identity()
        return hash((ordered, frozenset(keyword_only.values()), returns))

    def __eq__(self, other):
        if self is other:
            return True
        if not isinstance(other, Signature):
            return NotImplemented
        return self._identity() == other._identity()

    def bind(self, /, *args, **kwargs):
        """BoundArguments for a call with these arguments; TypeError when the call
        would fail."""
        return self._bound_arguments_cls(self, _Binding(self, args, kwargs, False).run())

    def bind_partial(self, /, *args, **kwargs):
        """Like bind(), but required arguments may be left out."""
        return self._bound_arguments_cls(self, _Binding(self, args, kwargs, True).run())

    def __reduce__(self):
        return (type(self), (tuple(self._parameters.values()),),
                {'_return_annotation': self._return_annotation})

    def __setstate__(self, state):
        self._return_annotation = state['_return_annotation']

    def __repr__(self):
        return f'<{type(self).__name__} {self}>'

    def __str__(self):
        shown = []
        kinds = [param.kind for param in self._parameters.values()]
        for position, param in enumerate(self._parameters.values()):
            previous = kinds[position - 1] if position else None
            # '/' closes the positional-only parameters, a bare '*' opens the
            # keyword-only ones unless a *args parameter already did.
            if previous is _POSITIONAL_ONLY and param.kind is not _POSITIONAL_ONLY:
                shown.append('/')
            earlier = kinds[:position]
            if (param.kind is _KEYWORD_ONLY and _VAR_POSITIONAL not in earlier
                    and _KEYWORD_ONLY not in earlier):
                shown.append('*')
            shown.append(str(param))
        if kinds and kinds[-1] is _POSITIONAL_ONLY:
            shown.append('/')
        text = '(' + ', '.join(shown) + ')'
        if self._return_annotation is not _empty:
            text += ' -> ' + formatannotation(self._return_annotation)
        return text


def signature(obj, *, follow_wrapped=True, globals=None, locals=None, eval_str=False):
    """The Signature of the callable obj."""
    return Signature.from_callable(obj, follow_wrapped=follow_wrapped,
                                   globals=globals, locals=locals, eval_str=eval_str)


def _looks_like_function(obj):
    """Whether obj carries what a Python function does (a code object, a name,
    defaults and annotations of the right types) without being one."""
    if not callable(obj) or isclass(obj):
        return False
    code = getattr(obj, '__code__', None)
    name = getattr(obj, '__name__', None)
    defaults = getattr(obj, '__defaults__', _void)
    kwdefaults = getattr(obj, '__kwdefaults__', _void)
    annotations = getattr(obj, '__annotations__', None)
    return (isinstance(code, types.CodeType) and isinstance(name, str)
            and (defaults is None or isinstance(defaults, tuple))
            and (kwdefaults is None or isinstance(kwdefaults, dict))
            and (annotations is None or isinstance(annotations, dict)))


def _without_first_parameter(sig):
    """The signature of a bound method: the first parameter (self or cls) is
    supplied already, unless it is a *args that absorbs it."""
    params = tuple(sig.parameters.values())
    if not params or params[0].kind in (_KEYWORD_ONLY, _VAR_KEYWORD):
        raise ValueError('invalid method signature')
    if params[0].kind in _POSITIONAL_KINDS:
        params = params[1:]
    return sig.replace(parameters=params)


def _is_builtin_callable(obj):
    """Whether obj is a callable implemented in the interpreter itself."""
    return (isbuiltin(obj) or ismethoddescriptor(obj)
            or isinstance(obj, (types.WrapperDescriptorType, types.MethodWrapperType))
            or obj is type or obj is object)


def _user_method(cls, name):
    """cls's attribute `name` unless it is one of the built-in callables (whose
    signature cannot be read); None when missing."""
    try:
        method = getattr(cls, name)
    except AttributeError:
        return None
    builtin_kinds = (types.BuiltinFunctionType, types.WrapperDescriptorType,
                     types.MethodWrapperType, types.ClassMethodDescriptorType)
    if isinstance(method, builtin_kinds) and not isinstance(method, classmethod):
        return None
    return method


class _SignatureReader:
    """Works out the signature of any kind of callable."""

    def __init__(self, sigcls, follow_wrapped, skip_bound_arg, globals, locals,
                 eval_str):
        self.sigcls = sigcls
        self.follow_wrapped = follow_wrapped
        self.skip_bound_arg = skip_bound_arg
        self.globals = globals
        self.locals = locals
        self.eval_str = eval_str

    def _bound(self, sig):
        return _without_first_parameter(sig) if self.skip_bound_arg else sig

    def read(self, obj):
        if not callable(obj):
            raise TypeError(f'{obj!r} is not a callable object')
        if isinstance(obj, types.MethodType):
            return self._bound(self.read(obj.__func__))
        if self.follow_wrapped:
            obj = unwrap(obj, stop=lambda f: hasattr(f, '__signature__'))
            if isinstance(obj, types.MethodType):
                return self.read(obj)
        try:
            declared = obj.__signature__
        except AttributeError:
            declared = None
        if declared is not None:
            if not isinstance(declared, Signature):
                raise TypeError(f'unexpected object {declared!r} in __signature__ '
                                'attribute')
            return declared
        partial_method = self._partial_method(obj)
        if partial_method is not None:
            return partial_method
        if isfunction(obj) or _looks_like_function(obj):
            return self._from_function(obj)
        if _is_builtin_callable(obj):
            # Built-in callables carry no description of their parameters here
            # (object excepted: it takes none).
            if obj is object:
                return self.sigcls()
            sig = self._from_text_signature(obj)
            if sig is not None:
                return sig
            raise ValueError(f'no signature found for builtin {obj!r}')
        if isinstance(obj, _partial_types()):
            return _partial_signature(self.read(obj.func), obj)
        if isinstance(obj, type):
            return self._from_class(obj)
        if not isinstance(obj, (types.BuiltinFunctionType, types.WrapperDescriptorType,
                                types.MethodWrapperType)):
            call = _user_method(type(obj), '__call__')
            if call is not None:
                try:
                    sig = self.read(call)
                except ValueError as problem:
                    raise ValueError(f'no signature found for {obj!r}') from problem
                return self._bound(sig)
        if isinstance(obj, types.BuiltinFunctionType):
            raise ValueError(f'no signature found for builtin function {obj!r}')
        raise ValueError(f'callable {obj!r} is not supported by signature')

    def _from_text_signature(self, obj):
        """The signature a builtin's `__text_signature__` spells (`($module, obj, /)`),
        read as a def's parameters; None without one or when it does not parse."""
        text = getattr(obj, '__text_signature__', None)
        if not text or not text.startswith('(') or not text.endswith(')'):
            return None
        params = text[1:-1].strip()
        # The first parameter of a method is hidden once the method is bound; an
        # unbound method descriptor (`str.join`) shows it as `self`.
        owner = getattr(obj, '__self__', None)
        bound = owner is not None and not isinstance(owner, types.ModuleType)
        for hidden in ('$module', '$self', '$type'):
            if params.startswith(hidden) and hidden != '$module' and not bound:
                params = params[1:]
                break
            if params.startswith(hidden):
                params = params[len(hidden):].lstrip(', ')
                # The hidden parameter alone may have been what `/` closed.
                if params == '/' or params.startswith('/,'):
                    params = params[1:].lstrip(', ')
                break
        # Defaults may name `sys.maxsize` (`tuple.index`).
        namespace = {'sys': sys}
        try:
            exec('def _builtin(%s): pass' % params, namespace)
        except (SyntaxError, NameError):
            return None
        return self._from_function(namespace['_builtin'])

    def _partial_method(self, obj):
        """The signature of an unbound functools.partialmethod, which still expects
        its first argument (self or cls)."""
        functools = _loaded('functools')
        descriptor = getattr(obj, '_partialmethod', None)
        if functools is None or not isinstance(descriptor, functools.partialmethod):
            return None
        wrapped = self.read(descriptor.func)
        sig = _partial_signature(wrapped, descriptor, (None,))
        first = next(iter(wrapped.parameters.values()))
        if first.kind is _VAR_POSITIONAL:
            return sig
        return sig.replace(parameters=(first, *sig.parameters.values()))

    def _from_class(self, cls):
        sig = None
        call = _user_method(type(cls), '__call__')
        if call is not None:
            sig = self.read(call)
        else:
            # The class that comes first in the MRO with its own __new__ or
            # __init__ written in Python decides.
            new = _user_method(cls, '__new__')
            init = _user_method(cls, '__init__')
            for base in cls.__mro__:
                if new is not None and '__new__' in base.__dict__:
                    sig = self.read(new)
                    break
                if init is not None and '__init__' in base.__dict__:
                    sig = self.read(init)
                    break
        if sig is not None:
            return self._bound(sig)
        if type in cls.__mro__:
            raise ValueError(f'callable {cls!r} is not supported by signature')
        if cls.__init__ is object.__init__ and cls.__new__ is object.__new__:
            # Neither creating nor initialising takes arguments: object's signature.
            return self.sigcls()
        raise ValueError(f'no signature found for builtin type {cls!r}')

    def _from_function(self, func):
        duck = not isfunction(func)
        code = func.__code__
        names = code.co_varnames
        positional = names[:code.co_argcount]
        keyword_only = names[code.co_argcount:code.co_argcount + code.co_kwonlyargcount]
        extra = iter(names[code.co_argcount + code.co_kwonlyargcount:])
        annotations = get_annotations(func, globals=self.globals, locals=self.locals,
                                      eval_str=self.eval_str)
        make = self.sigcls._parameter_cls
        defaults = func.__defaults__ or ()
        first_default = len(positional) - len(defaults)
        params = []
        for position, name in enumerate(positional):
            kind = _POSITIONAL_ONLY if position < code.co_posonlyargcount \
                else _POSITIONAL_OR_KEYWORD
            default = defaults[position - first_default] if position >= first_default \
                else _empty
            params.append(make(name, kind, default=default,
                               annotation=annotations.get(name, _empty)))
        if code.co_flags & CO_VARARGS:
            name = next(extra)
            params.append(make(name, _VAR_POSITIONAL,
                               annotation=annotations.get(name, _empty)))
        kwdefaults = func.__kwdefaults__ or {}
        for name in keyword_only:
            params.append(make(name, _KEYWORD_ONLY, default=kwdefaults.get(name, _empty),
                               annotation=annotations.get(name, _empty)))
        if code.co_flags & CO_VARKEYWORDS:
            name = next(extra)
            params.append(make(name, _VAR_KEYWORD,
                               annotation=annotations.get(name, _empty)))
        # A real function's parameters are in order already; a look-alike is checked.
        return self.sigcls(params, return_annotation=annotations.get('return', _empty),
                           __validate_parameters__=duck)


def _partial_signature(sig, partial, leading=()):
    """The signature left once a partial object (or partialmethod, with `leading`
    standing for self) fixed some arguments.  Parameters filled by position
    disappear; ones given by keyword keep that value as their default, and every
    parameter after a positional-or-keyword one given by keyword becomes
    keyword-only (the *args parameter then goes)."""
    given_args = leading + tuple(partial.args or ())
    given_keywords = partial.keywords or {}
    try:
        bound = sig.bind_partial(*given_args, **given_keywords).arguments
    except TypeError as problem:
        raise ValueError(f'partial object {partial!r} has incorrect arguments') \
            from problem
    params = []
    keyword_only_from_here = False
    for param in sig.parameters.values():
        name = param.name
        if name in bound and param.kind in _POSITIONAL_KINDS:
            if param.kind is _POSITIONAL_ONLY or name not in given_keywords:
                continue
            keyword_only_from_here = True
        if name in bound and param.kind in (_POSITIONAL_OR_KEYWORD, _KEYWORD_ONLY):
            param = param.replace(default=bound[name])
        if keyword_only_from_here:
            if param.kind is _VAR_POSITIONAL:
                continue
            if param.kind is _POSITIONAL_OR_KEYWORD:
                param = param.replace(kind=_KEYWORD_ONLY)
        params.append(param)
    return sig.replace(parameters=params)


FullArgSpec = namedtuple('FullArgSpec', 'args, varargs, varkw, defaults, kwonlyargs, '
                                        'kwonlydefaults, annotations')


def getfullargspec(func):
    """FullArgSpec(args, varargs, varkw, defaults, kwonlyargs, kwonlydefaults,
    annotations) of a callable, read from its signature (wrappers are not
    followed, and a bound method keeps its first parameter)."""
    try:
        reader = _SignatureReader(Signature, False, False, None, None, False)
        sig = reader.read(func)
    except Exception as problem:
        raise TypeError('unsupported callable') from problem
    args = []
    defaults = ()
    varargs = varkw = None
    kwonlyargs = []
    kwonlydefaults = {}
    annotations = {}
    if sig.return_annotation is not sig.empty:
        annotations['return'] = sig.return_annotation
    for param in sig.parameters.values():
        if param.kind in _POSITIONAL_KINDS:
            args.append(param.name)
            if param.default is not param.empty:
                defaults += (param.default,)
        elif param.kind is _VAR_POSITIONAL:
            varargs = param.name
        elif param.kind is _KEYWORD_ONLY:
            kwonlyargs.append(param.name)
            if param.default is not param.empty:
                kwonlydefaults[param.name] = param.default
        else:
            varkw = param.name
        if param.annotation is not param.empty:
            annotations[param.name] = param.annotation
    return FullArgSpec(args, varargs, varkw, defaults or None, kwonlyargs,
                       kwonlydefaults or None, annotations)


def _missing_arguments_error(name, argnames, positional, values):
    missing = [repr(arg) for arg in argnames if arg not in values]
    if len(missing) == 1:
        listed = missing[0]
    else:
        listed = ", ".join(missing[:-1]) + " and " + missing[-1]
    kind = "positional" if positional else "keyword-only"
    plural = "" if len(missing) == 1 else "s"
    return TypeError(f"{name}() missing {len(missing)} required {kind} argument{plural}: {listed}")


def _too_many_positional_error(name, args, kwonly, varargs, defcount, given, values):
    at_least = len(args) - defcount
    kwonly_given = sum(1 for arg in kwonly if arg in values)
    if varargs:
        plural = at_least != 1
        takes = f"at least {at_least}"
    elif defcount:
        plural = True
        takes = f"from {at_least} to {len(args)}"
    else:
        plural = len(args) != 1
        takes = str(len(args))
    extra = ""
    if kwonly_given:
        extra = (f" positional argument{'s' if given != 1 else ''} (and {kwonly_given}"
                 f" keyword-only argument{'s' if kwonly_given != 1 else ''})")
    verb = "was" if given == 1 and not kwonly_given else "were"
    return TypeError(f"{name}() takes {takes} positional argument{'s' if plural else ''}"
                     f" but {given}{extra} {verb} given")


def getcallargs(func, /, *positional, **named):
    """The mapping of parameter names to the values a call func(*positional,
    **named) would bind, raising the TypeError the call would raise. A bound
    method's object is its first argument."""
    spec = getfullargspec(func)
    args, varargs, varkw, defaults, kwonlyargs, kwonlydefaults, _ = spec
    name = func.__name__
    values = {}
    if ismethod(func) and func.__self__ is not None:
        positional = (func.__self__,) + positional
    given = len(positional)
    count = min(given, len(args))
    for arg, value in zip(args, positional):
        values[arg] = value
    if varargs:
        values[varargs] = tuple(positional[count:])
    accepted = set(args + kwonlyargs)
    if varkw:
        values[varkw] = {}
    for key, value in named.items():
        if key not in accepted:
            if not varkw:
                raise TypeError(f"{name}() got an unexpected keyword argument {key!r}")
            values[varkw][key] = value
            continue
        if key in values:
            raise TypeError(f"{name}() got multiple values for argument {key!r}")
        values[key] = value
    defcount = len(defaults) if defaults else 0
    if given > len(args) and not varargs:
        raise _too_many_positional_error(name, args, kwonlyargs, varargs, defcount,
                                         given, values)
    if given < len(args):
        required = args[:len(args) - defcount]
        if any(arg not in values for arg in required):
            raise _missing_arguments_error(name, required, True, values)
        for arg, default in zip(args[len(args) - defcount:], defaults or ()):
            values.setdefault(arg, default)
    missing_kwonly = False
    for arg in kwonlyargs:
        if arg not in values:
            if kwonlydefaults and arg in kwonlydefaults:
                values[arg] = kwonlydefaults[arg]
            else:
                missing_kwonly = True
    if missing_kwonly:
        raise _missing_arguments_error(name, kwonlyargs, False, values)
    return values
