"""Names for the interpreter's own types that have no builtin name (FunctionType,
GeneratorType, ...), plus tools for making classes dynamically (new_class,
prepare_class, resolve_bases), SimpleNamespace, MappingProxyType,
DynamicClassAttribute and the coroutine decorator.

Each type is read off an object of that type, so it is exactly the interpreter's.
"""

import sys


# --- the types of sample objects ----------------------------------------------------

def _plain_function():
    pass


def _generator_function():
    yield None


async def _coroutine_function():
    pass


async def _async_generator_function():
    yield None


def _closure_cell():
    captured = None

    def inner():
        return captured
    return inner.__closure__[0]


class _Sample:
    __slots__ = ('slot',)

    def method(self):
        pass


def _current_traceback():
    try:
        raise TypeError
    except TypeError as caught:
        return caught.__traceback__


FunctionType = type(_plain_function)
LambdaType = type(lambda: None)          # the same type under a second name
CodeType = type(_plain_function.__code__)
CellType = type(_closure_cell())
MethodType = type(_Sample().method)
MemberDescriptorType = type(_Sample.__dict__['slot'])

GeneratorType = type(_generator_function())
_sample_coroutine = _coroutine_function()
CoroutineType = type(_sample_coroutine)
_sample_coroutine.close()       # never awaited: close it so nothing warns about it
AsyncGeneratorType = type(_async_generator_function())

# The kinds of built-in callables and the descriptors behind built-in methods.
BuiltinFunctionType = BuiltinMethodType = type(len)
MethodDescriptorType = type(str.join)
WrapperDescriptorType = type(object.__init__)
ClassMethodDescriptorType = type(dict.__dict__['fromkeys'])
MethodWrapperType = type(object().__str__)

_sample_traceback = _current_traceback()
TracebackType = type(_sample_traceback)
FrameType = type(_sample_traceback.tb_frame)
ModuleType = type(sys)

NoneType, EllipsisType, NotImplementedType = (
    type(None), type(Ellipsis), type(NotImplemented))
GenericAlias = type(list[int])
UnionType = type(int | str)

del (_plain_function, _generator_function, _coroutine_function, _sample_coroutine,
     _async_generator_function, _closure_cell, _Sample, _current_traceback,
     _sample_traceback)


GetSetDescriptorType = type(int.real)


# --- MappingProxyType ------------------------------------------------------------------

# A class's __dict__ is a read-only view of its namespace: CPython's mappingproxy.
MappingProxyType = type(type.__dict__)


# --- SimpleNamespace -------------------------------------------------------------------

class SimpleNamespace:
    """An object whose attributes are simply the keyword arguments it was made with.

    SimpleNamespace(**kwargs)"""

    def __init__(self, /, *args, **kwargs):
        if args:
            raise TypeError("no positional arguments expected")
        vars(self).update(kwargs)

    def __repr__(self):
        label = 'namespace' if type(self) is SimpleNamespace else type(self).__name__
        if id(self) in _namespaces_being_shown:
            return label + '(...)'
        _namespaces_being_shown.add(id(self))
        try:
            # Only non-empty string keys are shown (others can be put in __dict__).
            shown = [f'{key}={value!r}' for key, value in vars(self).items()
                     if isinstance(key, str) and key]
        finally:
            _namespaces_being_shown.discard(id(self))
        return f"{label}({', '.join(shown)})"

    def __eq__(self, other):
        if isinstance(other, SimpleNamespace):
            return vars(self) == vars(other)
        return NotImplemented

    def __reduce__(self):
        return type(self), (), vars(self)


# The namespaces whose repr is being built: one found inside itself shows as "(...)".
_namespaces_being_shown = set()


# --- building classes dynamically ------------------------------------------------------

def resolve_bases(bases):
    """bases with every non-class that has __mro_entries__ replaced by what that
    returns (PEP 560).  The same tuple comes back when nothing was replaced."""
    resolved = []
    replaced = False
    for base in bases:
        hook = _NO_HOOK if isinstance(base, type) else getattr(base, '__mro_entries__',
                                                               _NO_HOOK)
        if hook is _NO_HOOK:
            resolved.append(base)
            continue
        entries = hook(bases)
        if not isinstance(entries, tuple):
            raise TypeError("__mro_entries__ must return a tuple")
        resolved.extend(entries)
        replaced = True
    return tuple(resolved) if replaced else bases


_NO_HOOK = object()


_METACLASS_CONFLICT = (
    "metaclass conflict: the metaclass of a derived class must be a "
    "(non-strict) subclass of the metaclasses of all its bases")


def _calculate_meta(meta, bases):
    """The most derived of meta and the bases' metaclasses; TypeError when some of
    them are unrelated."""
    winner = meta
    for base_meta in map(type, bases):
        if issubclass(winner, base_meta):
            continue
        if not issubclass(base_meta, winner):
            raise TypeError(_METACLASS_CONFLICT)
        winner = base_meta
    return winner


def prepare_class(name, bases=(), kwds=None):
    """Pick the metaclass for a class statement and let it prepare the namespace.

    Returns (metaclass, namespace, keywords): the keywords are a new dict without
    'metaclass'.  An explicit metaclass gives way to a more derived metaclass of
    one of the bases."""
    keywords = dict(kwds) if kwds is not None else {}
    if 'metaclass' in keywords:
        meta = keywords.pop('metaclass')
    else:
        meta = type(bases[0]) if bases else type
    if isinstance(meta, type):
        meta = _calculate_meta(meta, bases)
    prepare = getattr(meta, '__prepare__', None)
    namespace = {} if prepare is None else prepare(name, bases, **keywords)
    return meta, namespace, keywords


def new_class(name, bases=(), kwds=None, exec_body=None):
    """Create a class as a class statement would.  exec_body(namespace), if given,
    fills the namespace the way a class body does."""
    resolved = resolve_bases(bases)
    meta, namespace, keywords = prepare_class(name, resolved, kwds)
    if exec_body is not None:
        exec_body(namespace)
    if resolved is not bases:
        namespace['__orig_bases__'] = bases
    return meta(name, resolved, namespace, **keywords)


# --- DynamicClassAttribute -------------------------------------------------------------

class DynamicClassAttribute:
    """A property for instances that is invisible on the class.

    Looked up on the class it raises AttributeError, which sends the lookup to the
    metaclass's __getattr__: the same name can mean one thing on instances and
    another on the class (enum members' `name` and `value` work this way)."""

    def __init__(self, fget=None, fset=None, fdel=None, doc=None):
        self.fget, self.fset, self.fdel = fget, fset, fdel
        # Like property, the getter's docstring is used unless doc is given, and the
        # attribute is abstract when its getter is.
        self.overwrite_doc = doc is None
        self.__doc__ = doc if doc else fget.__doc__
        abstract = getattr(fget, '__isabstractmethod__', False)
        self.__isabstractmethod__ = bool(abstract)

    def __get__(self, instance, ownerclass=None):
        if instance is not None:
            return self._accessor('fget', "unreadable attribute")(instance)
        # On the class: only an abstract attribute shows itself (so that ABCs can
        # find it); otherwise the metaclass gets its turn.
        if self.__isabstractmethod__:
            return self
        raise AttributeError()

    def __set__(self, instance, value):
        self._accessor('fset', "can't set attribute")(instance, value)

    def __delete__(self, instance):
        self._accessor('fdel', "can't delete attribute")(instance)

    def _accessor(self, which, complaint):
        function = getattr(self, which)
        if function is None:
            raise AttributeError(complaint)
        return function

    def _derive(self, fget, fset, fdel, doc):
        copy = type(self)(fget, fset, fdel, doc)
        copy.overwrite_doc = self.overwrite_doc
        return copy

    def getter(self, fget):
        own_doc = fget.__doc__ if self.overwrite_doc else None
        return self._derive(fget, self.fset, self.fdel, own_doc or self.__doc__)

    def setter(self, fset):
        return self._derive(self.fget, fset, self.fdel, self.__doc__)

    def deleter(self, fdel):
        return self._derive(self.fget, self.fset, fdel, self.__doc__)


# --- coroutine ---------------------------------------------------------------------------

class _GeneratorWrapper:
    """Makes a generator awaitable: what a @coroutine-decorated generator function
    returns.  It passes everything on to the generator."""

    def __init__(self, gen):
        self.__wrapped = gen
        self.__is_generator = type(gen) is GeneratorType
        self.__name__ = getattr(gen, '__name__', None)
        self.__qualname__ = getattr(gen, '__qualname__', None)

    def send(self, value):
        return self.__wrapped.send(value)

    def throw(self, typ, *rest):
        return self.__wrapped.throw(typ, *rest)

    def close(self):
        return self.__wrapped.close()

    def __next__(self):
        return next(self.__wrapped)

    def __iter__(self):
        # A real generator can be driven directly; anything else through this object.
        return self.__wrapped if self.__is_generator else self

    __await__ = __iter__

    gi_code = cr_code = property(lambda self: self.__wrapped.gi_code)
    gi_frame = cr_frame = property(lambda self: self.__wrapped.gi_frame)
    gi_running = cr_running = property(lambda self: self.__wrapped.gi_running)
    gi_yieldfrom = cr_await = property(lambda self: self.__wrapped.gi_yieldfrom)


_CO_GENERATOR = 0x20
_CO_COROUTINE_KINDS = 0x180         # CO_COROUTINE | CO_ITERABLE_COROUTINE


def coroutine(func):
    """Decorator turning a generator function into one whose results can be awaited
    (generator-based coroutines).  async def functions are returned unchanged."""
    if not callable(func):
        raise TypeError('types.coroutine() expects a callable')
    if type(func) is FunctionType and func.__code__.co_flags & _CO_COROUTINE_KINDS:
        return func

    # minipy's code objects cannot be re-flagged as iterable coroutines, so generator
    # functions are wrapped too: their generators come back inside a
    # _GeneratorWrapper, whose __await__ drives them.
    import functools

    @functools.wraps(func)
    def wrapped(*args, **kwargs):
        result = func(*args, **kwargs)
        if type(result) is CoroutineType or not _is_plain_generator(result):
            return result
        return _GeneratorWrapper(result)

    return wrapped


def _is_plain_generator(obj):
    """Whether obj is a Generator that is not already a Coroutine."""
    if type(obj) is GeneratorType:
        return True
    import collections.abc
    return (isinstance(obj, collections.abc.Generator)
            and not isinstance(obj, collections.abc.Coroutine))


del sys

__all__ = [
    'FunctionType', 'LambdaType', 'CodeType', 'MappingProxyType', 'SimpleNamespace',
    'CellType', 'GeneratorType', 'CoroutineType', 'AsyncGeneratorType', 'MethodType',
    'BuiltinFunctionType', 'BuiltinMethodType', 'WrapperDescriptorType',
    'MethodWrapperType', 'MethodDescriptorType', 'ClassMethodDescriptorType',
    'ModuleType', 'TracebackType', 'FrameType', 'GetSetDescriptorType',
    'MemberDescriptorType', 'new_class', 'resolve_bases', 'prepare_class',
    'DynamicClassAttribute', 'coroutine', 'GenericAlias', 'UnionType', 'EllipsisType',
    'NoneType', 'NotImplementedType',
]


# Errors name SimpleNamespace the way CPython's C type is named: 'types.SimpleNamespace'.
from collections import _name_as_c_type
_name_as_c_type(SimpleNamespace)
del _name_as_c_type
