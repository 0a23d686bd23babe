"""Abstract Base Classes (ABCs) for containers, according to PEP 3119.

Each ABC recognises its builtin classes (registered) and, for the one-trick ponies,
any class that defines the right methods (through __subclasshook__); most also
provide mixin methods built on a few abstract ones.
"""

from abc import ABCMeta as _ABCMeta, abstractmethod as _abstractmethod
import sys as _sys

_GenericAlias = type(list[int])


def _f():
    pass


_FunctionType = type(_f)
del _f

__all__ = ["Awaitable", "Coroutine",
           "AsyncIterable", "AsyncIterator", "AsyncGenerator",
           "Hashable", "Iterable", "Iterator", "Generator", "Reversible",
           "Sized", "Container", "Callable", "Collection",
           "Set", "MutableSet",
           "Mapping", "MutableMapping",
           "MappingView", "KeysView", "ItemsView", "ValuesView",
           "Sequence", "MutableSequence",
           "ByteString",
           ]


def _check_methods(C, *methods):
    # Every method must be found somewhere in C's MRO, and the first class that
    # defines it must not have set it to None (that is how a class opts out).
    mro = C.__mro__
    for method in methods:
        for B in mro:
            d = B.__dict__
            if method in d:
                if d[method] is None:
                    return NotImplemented
                break
        else:
            return NotImplemented
    return True


class _Awaiting:
    # What the abstract and mixin "async" methods return: an awaitable whose
    # __await__ runs the given generator (this interpreter has no `async def`).
    __slots__ = ("_steps",)

    def __init__(self, steps):
        self._steps = steps

    def __await__(self):
        return self._steps


def _raising(exc):
    raise exc
    yield


### ONE-TRICK PONIES ###


class Hashable(metaclass=_ABCMeta):

    __slots__ = ()

    @_abstractmethod
    def __hash__(self):
        return 0

    @classmethod
    def __subclasshook__(cls, C):
        if cls is Hashable:
            return _check_methods(C, "__hash__")
        return NotImplemented


class Awaitable(metaclass=_ABCMeta):

    __slots__ = ()

    @_abstractmethod
    def __await__(self):
        yield

    @classmethod
    def __subclasshook__(cls, C):
        if cls is Awaitable:
            return _check_methods(C, "__await__")
        return NotImplemented

    __class_getitem__ = classmethod(_GenericAlias)


class Coroutine(Awaitable):

    __slots__ = ()

    @_abstractmethod
    def send(self, value):
        """Sends a value in; returns the next value yielded or raises StopIteration."""
        raise StopIteration

    @_abstractmethod
    def throw(self, typ, val=None, tb=None):
        """Raises an exception inside; returns the next value yielded or raises
        StopIteration."""
        if val is None:
            if tb is None:
                raise typ
            val = typ()
        if tb is not None:
            val = val.with_traceback(tb)
        raise val

    def close(self):
        """Raises GeneratorExit inside the coroutine."""
        try:
            self.throw(GeneratorExit)
        except (GeneratorExit, StopIteration):
            pass
        else:
            raise RuntimeError("coroutine ignored GeneratorExit")

    @classmethod
    def __subclasshook__(cls, C):
        if cls is Coroutine:
            return _check_methods(C, '__await__', 'send', 'throw', 'close')
        return NotImplemented


class AsyncIterable(metaclass=_ABCMeta):

    __slots__ = ()

    @_abstractmethod
    def __aiter__(self):
        return AsyncIterator()

    @classmethod
    def __subclasshook__(cls, C):
        if cls is AsyncIterable:
            return _check_methods(C, "__aiter__")
        return NotImplemented

    __class_getitem__ = classmethod(_GenericAlias)


class AsyncIterator(AsyncIterable):

    __slots__ = ()

    @_abstractmethod
    def __anext__(self):
        """Returns the next item; raises StopAsyncIteration at the end."""
        return _Awaiting(_raising(StopAsyncIteration))

    def __aiter__(self):
        return self

    @classmethod
    def __subclasshook__(cls, C):
        if cls is AsyncIterator:
            return _check_methods(C, "__anext__", "__aiter__")
        return NotImplemented


class AsyncGenerator(AsyncIterator):

    __slots__ = ()

    def __anext__(self):
        """Returns the next item; raises StopAsyncIteration at the end."""
        return self.asend(None)

    @_abstractmethod
    def asend(self, value):
        """Sends a value in; returns the next value yielded or raises
        StopAsyncIteration."""
        return _Awaiting(_raising(StopAsyncIteration))

    @_abstractmethod
    def athrow(self, typ, val=None, tb=None):
        """Raises an exception inside; returns the next value yielded or raises
        StopAsyncIteration."""
        if val is None:
            if tb is None:
                return _Awaiting(_raising(typ))
            val = typ()
        if tb is not None:
            val = val.with_traceback(tb)
        return _Awaiting(_raising(val))

    def aclose(self):
        """Raises GeneratorExit inside the generator."""
        return _Awaiting(self._aclose_steps())

    def _aclose_steps(self):
        try:
            yield from self.athrow(GeneratorExit).__await__()
        except (GeneratorExit, StopAsyncIteration):
            pass
        else:
            raise RuntimeError("asynchronous generator ignored GeneratorExit")

    @classmethod
    def __subclasshook__(cls, C):
        if cls is AsyncGenerator:
            return _check_methods(C, '__aiter__', '__anext__',
                                  'asend', 'athrow', 'aclose')
        return NotImplemented


class Iterable(metaclass=_ABCMeta):

    __slots__ = ()

    @_abstractmethod
    def __iter__(self):
        while False:
            yield None

    @classmethod
    def __subclasshook__(cls, C):
        if cls is Iterable:
            return _check_methods(C, "__iter__")
        return NotImplemented

    __class_getitem__ = classmethod(_GenericAlias)


class Iterator(Iterable):

    __slots__ = ()

    @_abstractmethod
    def __next__(self):
        """Returns the next item; raises StopIteration at the end."""
        raise StopIteration

    def __iter__(self):
        return self

    @classmethod
    def __subclasshook__(cls, C):
        if cls is Iterator:
            return _check_methods(C, '__iter__', '__next__')
        return NotImplemented


class Reversible(Iterable):

    __slots__ = ()

    @_abstractmethod
    def __reversed__(self):
        while False:
            yield None

    @classmethod
    def __subclasshook__(cls, C):
        if cls is Reversible:
            return _check_methods(C, "__reversed__", "__iter__")
        return NotImplemented


class Generator(Iterator):

    __slots__ = ()

    def __next__(self):
        """Returns the next item; raises StopIteration at the end."""
        return self.send(None)

    @_abstractmethod
    def send(self, value):
        """Sends a value in; returns the next value yielded or raises StopIteration."""
        raise StopIteration

    @_abstractmethod
    def throw(self, typ, val=None, tb=None):
        """Raises an exception inside; returns the next value yielded or raises
        StopIteration."""
        if val is None:
            if tb is None:
                raise typ
            val = typ()
        if tb is not None:
            val = val.with_traceback(tb)
        raise val

    def close(self):
        """Raises GeneratorExit inside the generator."""
        try:
            self.throw(GeneratorExit)
        except (GeneratorExit, StopIteration):
            pass
        else:
            raise RuntimeError("generator ignored GeneratorExit")

    @classmethod
    def __subclasshook__(cls, C):
        if cls is Generator:
            return _check_methods(C, '__iter__', '__next__',
                                  'send', 'throw', 'close')
        return NotImplemented


class Sized(metaclass=_ABCMeta):

    __slots__ = ()

    @_abstractmethod
    def __len__(self):
        return 0

    @classmethod
    def __subclasshook__(cls, C):
        if cls is Sized:
            return _check_methods(C, "__len__")
        return NotImplemented


class Container(metaclass=_ABCMeta):

    __slots__ = ()

    @_abstractmethod
    def __contains__(self, x):
        return False

    @classmethod
    def __subclasshook__(cls, C):
        if cls is Container:
            return _check_methods(C, "__contains__")
        return NotImplemented

    __class_getitem__ = classmethod(_GenericAlias)


class Collection(Sized, Iterable, Container):

    __slots__ = ()

    @classmethod
    def __subclasshook__(cls, C):
        if cls is Collection:
            return _check_methods(C, "__len__", "__iter__", "__contains__")
        return NotImplemented


def _is_param_expr(obj):
    # An argument list of Callable[...] other than a list: `...`, a ParamSpec or a
    # Concatenate[...] form from typing.
    if obj is Ellipsis:
        return True
    if isinstance(obj, list):
        return True
    obj = type(obj)
    return (obj.__module__ == 'typing'
            and obj.__name__ in ('ParamSpec', '_ConcatenateGenericAlias'))


def _type_repr(obj):
    # How a type argument shows in the repr of Callable[...].
    if isinstance(obj, type) and not isinstance(obj, _GenericAlias):
        if obj.__module__ == 'builtins':
            return obj.__qualname__
        return f'{obj.__module__}.{obj.__qualname__}'
    if obj is Ellipsis:
        return '...'
    if isinstance(obj, _FunctionType):
        return obj.__name__
    return repr(obj)


class _CallableGenericAlias(_GenericAlias):
    """Callable[[argtypes...], result]: __args__ is the argument types followed by
    the result type, flattened (Callable[[int, str], float].__args__ is
    (int, str, float))."""

    __slots__ = ()

    def __new__(cls, origin, args):
        if not (isinstance(args, tuple) and len(args) == 2):
            raise TypeError(
                "Callable must be used as Callable[[arg, ...], result].")
        t_args, t_result = args
        if isinstance(t_args, (tuple, list)):
            args = (*t_args, t_result)
        elif not _is_param_expr(t_args):
            raise TypeError(f"Expected a list of types, an ellipsis, "
                            f"ParamSpec, or Concatenate. Got {t_args}")
        return super().__new__(cls, origin, args)

    def __repr__(self):
        if len(self.__args__) == 2 and _is_param_expr(self.__args__[0]):
            return super().__repr__()
        return (f'collections.abc.Callable'
                f'[[{", ".join([_type_repr(a) for a in self.__args__[:-1]])}], '
                f'{_type_repr(self.__args__[-1])}]')


class Callable(metaclass=_ABCMeta):

    __slots__ = ()

    @_abstractmethod
    def __call__(self, *args, **kwds):
        return False

    @classmethod
    def __subclasshook__(cls, C):
        if cls is Callable:
            return _check_methods(C, "__call__")
        return NotImplemented

    __class_getitem__ = classmethod(_CallableGenericAlias)


### SETS ###


class Set(Collection):
    """A finite, iterable container: subclasses provide __contains__, __iter__ and
    __len__; comparisons and set operators come from here (built on __le__, __ge__
    and _from_iterable)."""

    __slots__ = ()

    def __le__(self, other):
        if not isinstance(other, Set):
            return NotImplemented
        if len(self) > len(other):
            return False
        for elem in self:
            if elem not in other:
                return False
        return True

    def __lt__(self, other):
        if not isinstance(other, Set):
            return NotImplemented
        return len(self) < len(other) and self.__le__(other)

    def __gt__(self, other):
        if not isinstance(other, Set):
            return NotImplemented
        return len(self) > len(other) and self.__ge__(other)

    def __ge__(self, other):
        if not isinstance(other, Set):
            return NotImplemented
        if len(self) < len(other):
            return False
        for elem in other:
            if elem not in self:
                return False
        return True

    def __eq__(self, other):
        if not isinstance(other, Set):
            return NotImplemented
        return len(self) == len(other) and self.__le__(other)

    @classmethod
    def _from_iterable(cls, it):
        """Builds an instance from an iterable (override it when the constructor
        does not take one)."""
        return cls(it)

    def __and__(self, other):
        if not isinstance(other, Iterable):
            return NotImplemented
        return self._from_iterable(value for value in other if value in self)

    __rand__ = __and__

    def isdisjoint(self, other):
        """True if the two sets have no element in common."""
        for value in other:
            if value in self:
                return False
        return True

    def __or__(self, other):
        if not isinstance(other, Iterable):
            return NotImplemented
        return self._from_iterable(e for s in (self, other) for e in s)

    __ror__ = __or__

    def __sub__(self, other):
        if not isinstance(other, Set):
            if not isinstance(other, Iterable):
                return NotImplemented
            other = self._from_iterable(other)
        return self._from_iterable(value for value in self
                                   if value not in other)

    def __rsub__(self, other):
        if not isinstance(other, Set):
            if not isinstance(other, Iterable):
                return NotImplemented
            other = self._from_iterable(other)
        return self._from_iterable(value for value in other
                                   if value not in self)

    def __xor__(self, other):
        if not isinstance(other, Set):
            if not isinstance(other, Iterable):
                return NotImplemented
            other = self._from_iterable(other)
        return (self - other) | (other - self)

    __rxor__ = __xor__

    def _hash(self):
        """The hash a hashable set type should return from __hash__: the value
        frozenset's algorithm gives for the same elements (sets that are equal
        must hash equal whatever their implementation)."""
        # The same arithmetic as CPython's, on a C Py_ssize_t: every step is
        # truncated to the machine word and the result read back as signed.
        hi = _sys.maxsize
        mask = 2 * hi + 1
        h = (1927868237 * (len(self) + 1)) & mask
        for x in self:
            hx = hash(x)
            h = (h ^ ((hx ^ (hx << 16) ^ 89869747) * 3644798167)) & mask
        h ^= (h >> 11) ^ (h >> 25)
        h = (h * 69069 + 907133923) & mask
        if h > hi:
            h -= mask + 1
        if h == -1:
            h = 590923713
        return h


Set.register(frozenset)


class MutableSet(Set):
    """A Set that can change: subclasses also provide add() and discard()."""

    __slots__ = ()

    @_abstractmethod
    def add(self, value):
        """Adds an element."""
        raise NotImplementedError

    @_abstractmethod
    def discard(self, value):
        """Removes an element if it is present."""
        raise NotImplementedError

    def remove(self, value):
        """Removes an element; KeyError if it is absent."""
        if value not in self:
            raise KeyError(value)
        self.discard(value)

    def pop(self):
        """Removes and returns some element; KeyError if the set is empty."""
        it = iter(self)
        try:
            value = next(it)
        except StopIteration:
            raise KeyError from None
        self.discard(value)
        return value

    def clear(self):
        """Removes every element (one pop() at a time)."""
        try:
            while True:
                self.pop()
        except KeyError:
            pass

    def __ior__(self, it):
        for value in it:
            self.add(value)
        return self

    def __iand__(self, it):
        for value in (self - it):
            self.discard(value)
        return self

    def __ixor__(self, it):
        if it is self:
            self.clear()
        else:
            if not isinstance(it, Set):
                it = self._from_iterable(it)
            for value in it:
                if value in self:
                    self.discard(value)
                else:
                    self.add(value)
        return self

    def __isub__(self, it):
        if it is self:
            self.clear()
        else:
            for value in it:
                self.discard(value)
        return self


MutableSet.register(set)


### MAPPINGS ###

class Mapping(Collection):
    """A read-only container of key/value pairs: subclasses provide __getitem__,
    __iter__ and __len__."""

    __slots__ = ()

    @_abstractmethod
    def __getitem__(self, key):
        raise KeyError

    def get(self, key, default=None):
        """D[k] if k is in D, else default."""
        try:
            return self[key]
        except KeyError:
            return default

    def __contains__(self, key):
        try:
            self[key]
        except KeyError:
            return False
        else:
            return True

    def keys(self):
        """A set-like view of the keys."""
        return KeysView(self)

    def items(self):
        """A set-like view of the (key, value) pairs."""
        return ItemsView(self)

    def values(self):
        """A view of the values."""
        return ValuesView(self)

    def __eq__(self, other):
        if not isinstance(other, Mapping):
            return NotImplemented
        return dict(self.items()) == dict(other.items())

    __reversed__ = None


class MappingView(Sized):

    __slots__ = '_mapping',

    def __init__(self, mapping):
        self._mapping = mapping

    def __len__(self):
        return len(self._mapping)

    def __repr__(self):
        return '{0.__class__.__name__}({0._mapping!r})'.format(self)

    __class_getitem__ = classmethod(_GenericAlias)


class KeysView(MappingView, Set):

    __slots__ = ()

    @classmethod
    def _from_iterable(cls, it):
        return set(it)

    def __contains__(self, key):
        return key in self._mapping

    def __iter__(self):
        yield from self._mapping


class ItemsView(MappingView, Set):

    __slots__ = ()

    @classmethod
    def _from_iterable(cls, it):
        return set(it)

    def __contains__(self, item):
        key, value = item
        try:
            v = self._mapping[key]
        except KeyError:
            return False
        else:
            return v is value or v == value

    def __iter__(self):
        for key in self._mapping:
            yield (key, self._mapping[key])


class ValuesView(MappingView, Collection):

    __slots__ = ()

    def __contains__(self, value):
        for key in self._mapping:
            v = self._mapping[key]
            if v is value or v == value:
                return True
        return False

    def __iter__(self):
        for key in self._mapping:
            yield self._mapping[key]


# The default of pop(): no caller can pass it.
_marker = object()


class MutableMapping(Mapping):
    """A Mapping that can change: subclasses also provide __setitem__ and
    __delitem__."""

    __slots__ = ()

    @_abstractmethod
    def __setitem__(self, key, value):
        raise KeyError

    @_abstractmethod
    def __delitem__(self, key):
        raise KeyError

    def pop(self, key, default=_marker):
        """Removes key and returns its value; returns default if the key is absent
        and a default is given, else raises KeyError."""
        try:
            value = self[key]
        except KeyError:
            if default is _marker:
                raise
            return default
        else:
            del self[key]
            return value

    def popitem(self):
        """Removes and returns some (key, value) pair; KeyError if empty."""
        try:
            key = next(iter(self))
        except StopIteration:
            raise KeyError from None
        value = self[key]
        del self[key]
        return key, value

    def clear(self):
        """Removes every item."""
        try:
            while True:
                self.popitem()
        except KeyError:
            pass

    def update(self, other=(), /, **kwds):
        """Sets the items of other (a mapping, an object with keys(), or an
        iterable of pairs), then the keyword arguments."""
        if isinstance(other, Mapping):
            for key in other:
                self[key] = other[key]
        elif hasattr(other, "keys"):
            for key in other.keys():
                self[key] = other[key]
        else:
            for key, value in other:
                self[key] = value
        for key, value in kwds.items():
            self[key] = value

    def setdefault(self, key, default=None):
        """D[key] if present; else sets D[key] = default and returns it."""
        try:
            return self[key]
        except KeyError:
            self[key] = default
        return default


MutableMapping.register(dict)


### SEQUENCES ###

class Sequence(Reversible, Collection):
    """A read-only sequence: subclasses provide __getitem__ and __len__."""

    __slots__ = ()

    @_abstractmethod
    def __getitem__(self, index):
        raise IndexError

    def __iter__(self):
        i = 0
        try:
            while True:
                v = self[i]
                yield v
                i += 1
        except IndexError:
            return

    def __contains__(self, value):
        for v in self:
            if v is value or v == value:
                return True
        return False

    def __reversed__(self):
        for i in reversed(range(len(self))):
            yield self[i]

    def index(self, value, start=0, stop=None):
        """The first index of value in [start:stop]; ValueError if absent."""
        if start is not None and start < 0:
            start = max(len(self) + start, 0)
        if stop is not None and stop < 0:
            stop += len(self)

        i = start
        while stop is None or i < stop:
            try:
                v = self[i]
            except IndexError:
                break
            if v is value or v == value:
                return i
            i += 1
        raise ValueError

    def count(self, value):
        """How many items are (or equal) value."""
        return sum(1 for v in self if v is value or v == value)


Sequence.register(tuple)
Sequence.register(str)
Sequence.register(range)
try:
    Sequence.register(memoryview)
except NameError:
    pass


class ByteString(Sequence):
    """bytes and bytearray."""

    __slots__ = ()


ByteString.register(bytes)
ByteString.register(bytearray)


class MutableSequence(Sequence):
    """A Sequence that can change: subclasses also provide __setitem__,
    __delitem__ and insert()."""

    __slots__ = ()

    @_abstractmethod
    def __setitem__(self, index, value):
        raise IndexError

    @_abstractmethod
    def __delitem__(self, index):
        raise IndexError

    @_abstractmethod
    def insert(self, index, value):
        """Inserts value before index."""
        raise IndexError

    def append(self, value):
        """Adds value at the end."""
        self.insert(len(self), value)

    def clear(self):
        """Removes every item."""
        try:
            while True:
                self.pop()
        except IndexError:
            pass

    def reverse(self):
        """Reverses the items in place."""
        n = len(self)
        for i in range(n//2):
            self[i], self[n-i-1] = self[n-i-1], self[i]

    def extend(self, values):
        """Appends the items of values."""
        if values is self:
            values = list(values)
        for v in values:
            self.append(v)

    def pop(self, index=-1):
        """Removes and returns the item at index (the last by default)."""
        v = self[index]
        del self[index]
        return v

    def remove(self, value):
        """Removes the first occurrence of value; ValueError if absent."""
        del self[self.index(value)]

    def __iadd__(self, values):
        self.extend(values)
        return self


MutableSequence.register(list)
MutableSequence.register(bytearray)


### REGISTRATION OF THE BUILTIN TYPES ###

def _register_builtins():
    # The concrete builtin classes, obtained from real objects; a kind of object this
    # interpreter cannot make (or makes with a type registered already) is skipped.
    makers = [
        (Iterator, lambda: iter(b'')),
        (Iterator, lambda: iter(bytearray())),
        (Iterator, lambda: iter({}.keys())),
        (Iterator, lambda: iter({}.values())),
        (Iterator, lambda: iter({}.items())),
        (Iterator, lambda: iter([])),
        (Iterator, lambda: iter(reversed([]))),
        (Iterator, lambda: iter(range(0))),
        (Iterator, lambda: iter(range(1 << 1000))),
        (Iterator, lambda: iter(set())),
        (Iterator, lambda: iter("")),
        (Iterator, lambda: iter(())),
        (Iterator, lambda: iter(zip())),
        (Iterator, lambda: reversed({}.keys())),
        (Iterator, lambda: reversed({}.values())),
        (Iterator, lambda: reversed({}.items())),
        (KeysView, lambda: {}.keys()),
        (ValuesView, lambda: {}.values()),
        (ItemsView, lambda: {}.items()),
        (Generator, lambda: (lambda: (yield))()),
    ]
    for abc, make in makers:
        try:
            t = type(make())
        except TypeError:
            continue
        abc.register(t)
    # Final builtin types that the hooks should recognise; registered only where this
    # interpreter's type does not show the method in its __dict__ (same outcome).
    for abc, obj in [(Callable, len), (Callable, _check_methods),
                     (Callable, _Awaiting(None).__await__), (Iterator, map(len, ())),
                     (Iterator, filter(None, ())), (Iterator, enumerate(())),
                     (Iterator, zip()), (Iterator, reversed([])),
                     (Iterator, iter(int, 0))]:
        if not issubclass(type(obj), abc):
            abc.register(type(obj))
    # Mapping.register(mappingproxy): the types module may provide that type.
    types = _sys.modules.get('types')
    proxy = getattr(types, 'MappingProxyType', None)
    if proxy is not None and proxy is not dict:
        Mapping.register(proxy)


_register_builtins()
del _register_builtins
