"""Abstract base classes for containers and the iteration protocols (PEP 3119).

Three kinds of ABC live here:
  * protocol ABCs (Sized, Iterable, Hashable, ...) that accept any class defining the
    protocol's methods, registered or not;
  * collection ABCs (Set, Mapping, Sequence and their mutable forms) that a class
    inherits from to get the whole interface from a handful of abstract methods;
  * the views of a mapping (KeysView, ItemsView, ValuesView).
The builtin types are registered with the ABCs they satisfy at the end of the module.
"""

from abc import ABCMeta as _ABCMeta, abstractmethod as _abstract
import sys as _sys

__all__ = [
    "Awaitable", "Coroutine", "AsyncIterable", "AsyncIterator", "AsyncGenerator",
    "Hashable", "Iterable", "Iterator", "Generator", "Reversible", "Sized",
    "Container", "Callable", "Collection", "Set", "MutableSet", "Mapping",
    "MutableMapping", "MappingView", "KeysView", "ItemsView", "ValuesView",
    "Sequence", "MutableSequence", "ByteString",
]

_GenericAlias = type(list[int])
_FunctionType = type(lambda: None)

# Stands for "no such attribute" and "no argument given": nothing else is this object.
_ABSENT = object()


# --- structural recognition -------------------------------------------------------

def _nearest_definition(cls, name):
    """The value that the first class along cls's MRO to mention `name` gives it,
    or _ABSENT when none does."""
    for klass in cls.__mro__:
        namespace = klass.__dict__
        if name in namespace:
            return namespace[name]
    return _ABSENT


def _provides(cls, names):
    """True when cls defines every one of `names`; NotImplemented otherwise, so that
    ABCMeta goes on with its other checks. A method set to None counts as absent:
    that is how a class says "not me" (e.g. `__hash__ = None`)."""
    for name in names:
        found = _nearest_definition(cls, name)
        if found is _ABSENT or found is None:
            return NotImplemented
    return True


def _recognises(*method_names):
    """Class decorator: the ABC counts any class that provides all of
    `method_names` as a virtual subclass. Only the decorated class itself does;
    its subclasses are plain nominal ABCs again (that is why the hook compares cls)."""
    def install(abc_class):
        def __subclasshook__(cls, candidate):
            if cls is not abc_class:
                return NotImplemented
            return _provides(candidate, method_names)
        abc_class.__subclasshook__ = classmethod(__subclasshook__)
        return abc_class
    return install


def _raise_thrown(kind, value, traceback):
    """The default behaviour of throw()/athrow(): raise what the (type, value,
    traceback) triple describes."""
    if value is None:
        # throw(SomeError) raises the class (or instance) as given; a traceback
        # needs an instance to hang on.
        exc = kind if traceback is None else kind()
    else:
        exc = value
    if traceback is not None:
        exc = exc.with_traceback(traceback)
    raise exc


# --- protocols --------------------------------------------------------------------

@_recognises("__hash__")
class Hashable(metaclass=_ABCMeta):
    __slots__ = ()

    @_abstract
    def __hash__(self):
        return 0


@_recognises("__len__")
class Sized(metaclass=_ABCMeta):
    __slots__ = ()

    @_abstract
    def __len__(self):
        return 0


@_recognises("__contains__")
class Container(metaclass=_ABCMeta):
    __slots__ = ()

    @_abstract
    def __contains__(self, item):
        return False

    __class_getitem__ = classmethod(_GenericAlias)


@_recognises("__iter__")
class Iterable(metaclass=_ABCMeta):
    __slots__ = ()

    @_abstract
    def __iter__(self):
        # An empty generator: the abstract method still returns an iterator.
        return
        yield

    __class_getitem__ = classmethod(_GenericAlias)


@_recognises("__iter__", "__next__")
class Iterator(Iterable):
    __slots__ = ()

    @_abstract
    def __next__(self):
        """The next item; StopIteration when there is none."""
        raise StopIteration

    def __iter__(self):
        return self


@_recognises("__iter__", "__reversed__")
class Reversible(Iterable):
    __slots__ = ()

    @_abstract
    def __reversed__(self):
        return
        yield


@_recognises("__iter__", "__next__", "send", "throw", "close")
class Generator(Iterator):
    __slots__ = ()

    def __next__(self):
        """Resumes the generator with None."""
        return self.send(None)

    @_abstract
    def send(self, value):
        """Resumes the generator with value; the next yielded value or StopIteration."""
        raise StopIteration

    @_abstract
    def throw(self, typ, val=None, tb=None):
        """Raises an exception at the paused point; the next yielded value or
        StopIteration."""
        _raise_thrown(typ, val, tb)

    def close(self):
        """Stops the generator by throwing GeneratorExit into it."""
        try:
            self.throw(GeneratorExit)
        except (GeneratorExit, StopIteration):
            return
        raise RuntimeError("generator ignored GeneratorExit")


@_recognises("__len__", "__iter__", "__contains__")
class Collection(Sized, Iterable, Container):
    __slots__ = ()


@_recognises("__await__")
class Awaitable(metaclass=_ABCMeta):
    __slots__ = ()

    @_abstract
    def __await__(self):
        return
        yield

    __class_getitem__ = classmethod(_GenericAlias)


@_recognises("__await__", "send", "throw", "close")
class Coroutine(Awaitable):
    __slots__ = ()

    @_abstract
    def send(self, value):
        """Resumes the coroutine with value; the next yielded value or StopIteration."""
        raise StopIteration

    @_abstract
    def throw(self, typ, val=None, tb=None):
        """Raises an exception at the paused point; the next yielded value or
        StopIteration."""
        _raise_thrown(typ, val, tb)

    def close(self):
        """Stops the coroutine by throwing GeneratorExit into it."""
        try:
            self.throw(GeneratorExit)
        except (GeneratorExit, StopIteration):
            return
        raise RuntimeError("coroutine ignored GeneratorExit")


@_recognises("__aiter__")
class AsyncIterable(metaclass=_ABCMeta):
    __slots__ = ()

    @_abstract
    def __aiter__(self):
        return AsyncIterator()

    __class_getitem__ = classmethod(_GenericAlias)


@_recognises("__anext__", "__aiter__")
class AsyncIterator(AsyncIterable):
    __slots__ = ()

    @_abstract
    async def __anext__(self):
        """Awaits the next item; StopAsyncIteration when there is none."""
        raise StopAsyncIteration

    def __aiter__(self):
        return self


@_recognises("__aiter__", "__anext__", "asend", "athrow", "aclose")
class AsyncGenerator(AsyncIterator):
    __slots__ = ()

    async def __anext__(self):
        """Resumes the generator with None."""
        return await self.asend(None)

    @_abstract
    async def asend(self, value):
        """Resumes the generator with value; the next yielded value or
        StopAsyncIteration."""
        raise StopAsyncIteration

    @_abstract
    async def athrow(self, typ, val=None, tb=None):
        """Raises an exception at the paused point; the next yielded value or
        StopAsyncIteration."""
        _raise_thrown(typ, val, tb)

    async def aclose(self):
        """Stops the generator by throwing GeneratorExit into it."""
        try:
            await self.athrow(GeneratorExit)
        except (GeneratorExit, StopAsyncIteration):
            return
        raise RuntimeError("asynchronous generator ignored GeneratorExit")


# --- Callable and Callable[[args], result] ----------------------------------------

def _is_parameter_list_form(obj):
    """Whether obj may stand for the whole argument list of Callable[obj, result]
    without being a list of types: `...`, a ParamSpec or a Concatenate[...]."""
    if obj is Ellipsis:
        return True
    kind = type(obj)
    return (kind.__module__ == "typing"
            and kind.__name__ in ("ParamSpec", "_ConcatenateGenericAlias"))


def _show_type(obj):
    """How one argument appears inside the repr of Callable[...]."""
    if isinstance(obj, _GenericAlias):
        return repr(obj)
    if isinstance(obj, type):
        if obj.__module__ == "builtins":
            return obj.__qualname__
        return obj.__module__ + "." + obj.__qualname__
    if obj is Ellipsis:
        return "..."
    if isinstance(obj, _FunctionType):
        return obj.__name__
    return repr(obj)


class _CallableGenericAlias(_GenericAlias):
    """The alias Callable[[A, B], R] gives. Its __args__ list the argument types
    then the result, flat: (A, B, R)."""

    __slots__ = ()

    def __new__(cls, origin, args):
        if not isinstance(args, tuple) or len(args) != 2:
            raise TypeError(
                "Callable must be used as Callable[[arg, ...], result].")
        params, result = args
        if isinstance(params, (tuple, list)):
            flat = (*params, result)
        elif _is_parameter_list_form(params):
            flat = args
        else:
            raise TypeError("Expected a list of types, an ellipsis, ParamSpec, "
                            f"or Concatenate. Got {params}")
        return super().__new__(cls, origin, flat)

    def _takes_parameter_form(self):
        args = self.__args__
        return len(args) == 2 and _is_parameter_list_form(args[0])

    def __repr__(self):
        if self._takes_parameter_form():
            return super().__repr__()
        *params, result = self.__args__
        shown = ", ".join(_show_type(p) for p in params)
        return f"collections.abc.Callable[[{shown}], {_show_type(result)}]"

    def __reduce__(self):
        # Rebuild from the nested form the constructor takes.
        if self._takes_parameter_form():
            params, result = self.__args__
        else:
            *params, result = self.__args__
            params = list(params)
        return _CallableGenericAlias, (Callable, (params, result))


@_recognises("__call__")
class Callable(metaclass=_ABCMeta):
    __slots__ = ()

    @_abstract
    def __call__(self, *args, **kwds):
        return False

    __class_getitem__ = classmethod(_CallableGenericAlias)


# --- sets -------------------------------------------------------------------------

def _as_set_operand(s, other):
    """other as something `in` can test quickly: kept if it is a Set, else built
    into s's own kind; None when other is not even iterable."""
    if isinstance(other, Set):
        return other
    if isinstance(other, Iterable):
        return s._from_iterable(other)
    return None


def _all_in(items, container):
    return all(item in container for item in items)


class Set(Collection):
    """A finite collection without order or duplicates. Subclasses supply
    __contains__, __iter__ and __len__; comparisons and the operators |, &, -, ^
    follow. The results of operators are made by _from_iterable."""

    __slots__ = ()

    @classmethod
    def _from_iterable(cls, it):
        """A new set of this kind holding the items of it; override when the
        constructor takes something else."""
        return cls(it)

    # Comparisons: subset / superset, against other sets only. The strict forms
    # and equality go through __le__ / __ge__, so a subclass that speeds those two
    # up speeds up all of them.
    def __le__(self, other):
        if isinstance(other, Set):
            return len(self) <= len(other) and _all_in(self, other)
        return NotImplemented

    def __ge__(self, other):
        if isinstance(other, Set):
            return len(self) >= len(other) and _all_in(other, self)
        return NotImplemented

    def __lt__(self, other):
        if isinstance(other, Set):
            return len(self) < len(other) and self.__le__(other)
        return NotImplemented

    def __gt__(self, other):
        if isinstance(other, Set):
            return len(self) > len(other) and self.__ge__(other)
        return NotImplemented

    def __eq__(self, other):
        if isinstance(other, Set):
            return len(self) == len(other) and self.__le__(other)
        return NotImplemented

    def isdisjoint(self, other):
        """True when no item of other is in this set."""
        return not any(item in self for item in other)

    # Operators: any iterable on the other side will do.
    def __and__(self, other):
        if isinstance(other, Iterable):
            return self._from_iterable(item for item in other if item in self)
        return NotImplemented

    def __or__(self, other):
        if isinstance(other, Iterable):
            return self._from_iterable(_chain(self, other))
        return NotImplemented

    def __sub__(self, other):
        other = _as_set_operand(self, other)
        if other is None:
            return NotImplemented
        return self._from_iterable(item for item in self if item not in other)

    def __rsub__(self, other):
        other = _as_set_operand(self, other)
        if other is None:
            return NotImplemented
        return self._from_iterable(item for item in other if item not in self)

    def __xor__(self, other):
        other = _as_set_operand(self, other)
        if other is None:
            return NotImplemented
        return (self - other) | (other - self)

    # Intersection, union and symmetric difference do not care about the order.
    __rand__ = __and__
    __ror__ = __or__
    __rxor__ = __xor__

    def _hash(self):
        """A hash for a hashable Set subclass to return from __hash__: the one
        frozenset gives the same items, so equal sets hash alike."""
        # The arithmetic is that of an unsigned C word: every step is cut to the
        # word's width, and the result is read back as signed at the end.
        word_mask = 2 * _sys.maxsize + 1
        acc = (1927868237 * (len(self) + 1)) & word_mask
        for item in self:
            h = hash(item)
            acc ^= (h ^ (h << 16) ^ 89869747) * 3644798167
            acc &= word_mask
        acc ^= (acc >> 11) ^ (acc >> 25)
        acc = (acc * 69069 + 907133923) & word_mask
        if acc > _sys.maxsize:
            acc -= word_mask + 1
        # -1 is the error value of C hash functions, never a hash.
        return 590923713 if acc == -1 else acc


def _chain(*iterables):
    for iterable in iterables:
        yield from iterable


def _first(iterable):
    """The first item of iterable, or _ABSENT when it is empty."""
    return next(iter(iterable), _ABSENT)


class MutableSet(Set):
    """A Set that changes in place. Subclasses also supply add() and discard()."""

    __slots__ = ()

    @_abstract
    def add(self, value):
        """Puts value in the set."""
        raise NotImplementedError

    @_abstract
    def discard(self, value):
        """Takes value out of the set if it is there."""
        raise NotImplementedError

    def remove(self, value):
        """Takes value out of the set; KeyError if it is not there."""
        if value not in self:
            raise KeyError(value)
        self.discard(value)

    def pop(self):
        """Takes some item out of the set and returns it; KeyError when empty."""
        item = _first(self)
        if item is _ABSENT:
            raise KeyError from None
        self.discard(item)
        return item

    def clear(self):
        """Empties the set."""
        while True:
            try:
                self.pop()
            except KeyError:
                return

    # The in-place operators. Where the operand is the set itself, iterating over
    # it while changing it would go wrong, and the answer is known: empty.
    def __isub__(self, it):
        if it is not self:
            for value in it:
                self.discard(value)
        else:
            self.clear()
        return self

    def __ixor__(self, it):
        if it is not self:
            toggled = it if isinstance(it, Set) else self._from_iterable(it)
            for value in toggled:
                (self.discard if value in self else self.add)(value)
        else:
            self.clear()
        return self

    def __iand__(self, it):
        unwanted = self - it
        for value in unwanted:
            self.discard(value)
        return self

    def __ior__(self, it):
        for value in it:
            self.add(value)
        return self


# --- mappings ---------------------------------------------------------------------

class Mapping(Collection):
    """A read-only association of keys to values. Subclasses supply __getitem__,
    __iter__ and __len__; lookups with defaults, membership, the views and equality
    follow."""

    __slots__ = ()

    # Iteration order is not something a reverse makes sense of in general.
    __reversed__ = None

    @_abstract
    def __getitem__(self, key):
        raise KeyError

    def __contains__(self, key):
        try:
            self[key]
        except KeyError:
            return False
        return True

    def __eq__(self, other):
        if isinstance(other, Mapping):
            return dict(self.items()) == dict(other.items())
        return NotImplemented

    def get(self, key, default=None):
        """self[key], or default when the key is missing."""
        try:
            value = self[key]
        except KeyError:
            value = default
        return value

    def keys(self):
        """A set-like view of the keys."""
        return KeysView(self)

    def values(self):
        """A view of the values."""
        return ValuesView(self)

    def items(self):
        """A set-like view of the (key, value) pairs."""
        return ItemsView(self)


class MappingView(Sized):
    __slots__ = ("_mapping",)

    def __init__(self, mapping):
        self._mapping = mapping

    def __repr__(self):
        return f"{type(self).__name__}({self._mapping!r})"

    def __len__(self):
        return len(self._mapping)

    __class_getitem__ = classmethod(_GenericAlias)


def _same_value(a, b):
    # Containers match items by identity first, so a NaN finds itself.
    return a is b or a == b


def _builtin_set(cls, it):
    # A view cannot hold items of its own: its operators give plain sets.
    return set(it)


class KeysView(MappingView, Set):
    __slots__ = ()

    def __iter__(self):
        yield from self._mapping

    def __contains__(self, key):
        return key in self._mapping

    _from_iterable = classmethod(_builtin_set)


class ItemsView(MappingView, Set):
    __slots__ = ()

    def __iter__(self):
        mapping = self._mapping
        for key in mapping:
            yield (key, mapping[key])

    def __contains__(self, item):
        key, value = item
        try:
            present = self._mapping[key]
        except KeyError:
            return False
        return _same_value(present, value)

    _from_iterable = classmethod(_builtin_set)


class ValuesView(MappingView, Collection):
    __slots__ = ()

    def __iter__(self):
        mapping = self._mapping
        for key in mapping:
            yield mapping[key]

    def __contains__(self, value):
        return any(_same_value(v, value) for v in self)


class MutableMapping(Mapping):
    """A Mapping that changes in place. Subclasses also supply __setitem__ and
    __delitem__."""

    __slots__ = ()

    @_abstract
    def __setitem__(self, key, value):
        raise KeyError

    @_abstract
    def __delitem__(self, key):
        raise KeyError

    def setdefault(self, key, default=None):
        """self[key]; when missing, stores default there first."""
        try:
            value = self[key]
        except KeyError:
            self[key] = value = default
        return value

    def pop(self, key, default=_ABSENT):
        """Removes key and returns its value. A missing key gives default when
        one is passed, KeyError otherwise."""
        try:
            value = self[key]
        except KeyError:
            if default is _ABSENT:
                raise
            return default
        del self[key]
        return value

    def popitem(self):
        """Removes some (key, value) pair and returns it; KeyError when empty."""
        key = _first(self)
        if key is _ABSENT:
            raise KeyError from None
        value = self[key]
        del self[key]
        return key, value

    def clear(self):
        """Removes every item."""
        while True:
            try:
                self.popitem()
            except KeyError:
                return

    def update(self, other=(), /, **kwds):
        """Stores the pairs of other (a mapping, anything with keys(), or an
        iterable of pairs) and then the keyword arguments."""
        if isinstance(other, Mapping):
            pairs = ((key, other[key]) for key in other)
        elif hasattr(other, "keys"):
            pairs = ((key, other[key]) for key in other.keys())
        else:
            pairs = other
        for key, value in pairs:
            self[key] = value
        for key, value in kwds.items():
            self[key] = value


# --- sequences --------------------------------------------------------------------

class Sequence(Reversible, Collection):
    """A read-only sequence indexed from 0. Subclasses supply __getitem__ and
    __len__; iteration, membership, reversal, index() and count() follow."""

    __slots__ = ()

    @_abstract
    def __getitem__(self, index):
        raise IndexError

    def __iter__(self):
        # Indexing until IndexError (not up to len()): the old sequence protocol.
        position = 0
        while True:
            try:
                item = self[position]
            except IndexError:
                return
            yield item
            position += 1

    def __contains__(self, value):
        return any(_same_value(item, value) for item in self)

    def __reversed__(self):
        for position in range(len(self) - 1, -1, -1):
            yield self[position]

    def index(self, value, start=0, stop=None):
        """The first position of value within [start:stop]; ValueError if it is
        not there. Negative bounds count from the end."""
        if start is not None and start < 0:
            start = max(0, len(self) + start)
        if stop is not None and stop < 0:
            stop += len(self)
        position = start
        while stop is None or position < stop:
            try:
                item = self[position]
            except IndexError:
                break
            if _same_value(item, value):
                return position
            position += 1
        raise ValueError

    def count(self, value):
        """How many items are value (or equal to it)."""
        return sum(1 for item in self if _same_value(item, value))


class ByteString(Sequence):
    """bytes and bytearray."""

    __slots__ = ()


class MutableSequence(Sequence):
    """A Sequence that changes in place. Subclasses also supply __setitem__,
    __delitem__ and insert()."""

    __slots__ = ()

    @_abstract
    def __setitem__(self, index, value):
        raise IndexError

    @_abstract
    def __delitem__(self, index):
        raise IndexError

    @_abstract
    def insert(self, index, value):
        """Puts value before position index."""
        raise IndexError

    def append(self, value):
        """Adds value at the end."""
        self.insert(len(self), value)

    def extend(self, values):
        """Appends every item of values."""
        if values is self:
            # Appending to self while iterating over it would never end.
            values = list(values)
        for value in values:
            self.append(value)

    def pop(self, index=-1):
        """Removes the item at index (the last by default) and returns it."""
        item = self[index]
        del self[index]
        return item

    def remove(self, value):
        """Removes the first item equal to value; ValueError if there is none."""
        del self[self.index(value)]

    def clear(self):
        """Removes every item."""
        while True:
            try:
                self.pop()
            except IndexError:
                return

    def reverse(self):
        """Reverses the items in place."""
        last = len(self) - 1
        for i in range(len(self) // 2):
            self[i], self[last - i] = self[last - i], self[i]

    def __iadd__(self, values):
        self.extend(values)
        return self


# --- the builtin types ------------------------------------------------------------

def _sample_types():
    """(ABC, type) for every builtin type that belongs to an ABC, found from
    objects of the type; a kind this interpreter cannot make is left out."""
    async def a_coroutine():
        pass

    async def an_async_generator():
        yield

    def a_generator():
        yield

    coroutine = a_coroutine()
    samples = [
        (Set, lambda: frozenset()),
        (MutableSet, lambda: set()),
        (MutableMapping, lambda: {}),
        (Sequence, lambda: ()), (Sequence, lambda: ""), (Sequence, lambda: range(0)),
        (Sequence, lambda: memoryview(b"")),
        (ByteString, lambda: b""), (ByteString, lambda: bytearray()),
        (MutableSequence, lambda: []), (MutableSequence, lambda: bytearray()),
        (KeysView, lambda: {}.keys()),
        (ValuesView, lambda: {}.values()),
        (ItemsView, lambda: {}.items()),
        (Generator, a_generator),
        (Coroutine, lambda: coroutine),
        (AsyncGenerator, an_async_generator),
        (Mapping, lambda: type.__dict__),
    ]
    # The iterators of the builtin containers (a huge range has its own kind).
    for make in (lambda: b"", bytearray, dict, set, list, tuple, str, lambda: range(0),
                 lambda: range(1 << 100), lambda: {}.keys(), lambda: {}.values(),
                 lambda: {}.items(), zip):
        samples.append((Iterator, lambda make=make: iter(make())))
    for view in (dict.keys, dict.values, dict.items, lambda d: d):
        samples.append((Iterator, lambda view=view: reversed(view({}))))
    samples.append((Iterator, lambda: reversed([])))

    found = []
    for abc, make in samples:
        try:
            found.append((abc, type(make())))
        except (TypeError, NameError):
            pass
    coroutine.close()
    return found


def _register_builtins():
    for abc, kind in _sample_types():
        abc.register(kind)
    # Builtin types whose methods this interpreter does not list in their
    # __dict__, so that the hooks alone would miss them.
    def some_function():
        pass
    for abc, obj in ((Callable, len), (Callable, some_function),
                     (Callable, [].append), (Callable, _Sample().method),
                     (Iterator, map(len, ())), (Iterator, filter(None, ())),
                     (Iterator, enumerate(())), (Iterator, iter(int, 0))):
        if not issubclass(type(obj), abc):
            abc.register(type(obj))
    # types.MappingProxyType, when the types module made its own class for it.
    proxy = getattr(_sys.modules.get("types"), "MappingProxyType", None)
    if proxy is not None and proxy is not dict:
        Mapping.register(proxy)


class _Sample:
    def method(self):
        pass


_register_builtins()
del _register_builtins, _sample_types, _Sample
