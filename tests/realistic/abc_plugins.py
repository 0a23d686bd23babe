"""Storage backends defined via abc, virtual subclasses, collections.abc mixins."""
from abc import ABC, ABCMeta, abstractmethod, abstractclassmethod
from collections.abc import MutableMapping, Sequence, Iterable, Sized, Container, Hashable, Callable, Mapping, Set
import collections.abc as cabc


class Storage(ABC):
    @abstractmethod
    def get(self, key): ...

    @abstractmethod
    def put(self, key, value): ...

    def get_or(self, key, default):
        try:
            return self.get(key)
        except KeyError:
            return default

    @classmethod
    def __subclasshook__(cls, C):
        if cls is Storage and all(hasattr(C, m) for m in ("get", "put")):
            return True
        return NotImplemented


class MemoryStorage(Storage):
    def __init__(self):
        self.data = {}

    def get(self, key):
        return self.data[key]

    def put(self, key, value):
        self.data[key] = value


class DuckStorage:
    def get(self, key):
        return "duck"

    def put(self, key, value):
        pass


class TypedDict_(MutableMapping):
    """A dict that converts keys to str and counts writes."""

    def __init__(self, *args, **kwargs):
        self._d = {}
        self.writes = 0
        self.update(*args, **kwargs)

    def __getitem__(self, key):
        return self._d[str(key)]

    def __setitem__(self, key, value):
        self.writes += 1
        self._d[str(key)] = value

    def __delitem__(self, key):
        del self._d[str(key)]

    def __iter__(self):
        return iter(self._d)

    def __len__(self):
        return len(self._d)

    def __repr__(self):
        return f"{type(self).__name__}({self._d})"


class Squares(Sequence):
    def __init__(self, n):
        self.n = n

    def __getitem__(self, i):
        if isinstance(i, slice):
            return [self[j] for j in range(*i.indices(self.n))]
        if i < 0:
            i += self.n
        if not 0 <= i < self.n:
            raise IndexError("Squares index out of range")
        return i * i

    def __len__(self):
        return self.n


class Bits(Set):
    def __init__(self, it=()):
        self._s = frozenset(it)

    def __contains__(self, x):
        return x in self._s

    def __iter__(self):
        return iter(sorted(self._s))

    def __len__(self):
        return len(self._s)

    def __repr__(self):
        return f"Bits({sorted(self._s)})"


m = MemoryStorage()
m.put("a", 1)
print(m.get("a"), m.get_or("b", "none"), isinstance(m, Storage))
print(isinstance(DuckStorage(), Storage), issubclass(dict, Storage), issubclass(DuckStorage, Storage))
try:
    Storage()
except TypeError as e:
    print("TypeError:", e)


class Legacy:
    pass


Storage.register(Legacy)
print(issubclass(Legacy, Storage), isinstance(Legacy(), Storage), Storage in Legacy.__mro__)
td = TypedDict_({1: "one"}, two=2)
td[3] = "three"
td.setdefault(4, "four")
td.setdefault(4, "FOUR")
print(td, len(td), "1" in td, 1 in td, td.get(5, "?"), td.writes)
print(td.pop(3), td.popitem(), sorted(td.keys()), list(td.items()), td == {"1": "one", "two": 2})
del td[4]
print(td, isinstance(td, Mapping), isinstance(td, dict))
sq = Squares(6)
print(list(sq), sq[2:5], sq[-1], 16 in sq, sq.index(9), sq.count(4), list(reversed(sq)), len(sq))
try:
    sq.index(7)
except ValueError as e:
    print("ValueError:", e)
a, b = Bits([1, 2, 3]), Bits([2, 3, 4])
print(a & b, a | b, a - b, a ^ b, a <= Bits([1, 2, 3, 9]), a == Bits([3, 2, 1]), a.isdisjoint(Bits([7])))
checks = [([], Iterable), ([], Hashable), ((), Hashable), ("s", Sequence), ({}, Mapping), (set(), Set), (frozenset(), Hashable),
          (len, Callable), (42, Sized), ({}.keys(), Set), (range(3), Sequence), (iter([]), cabc.Iterator), ((x for x in []), cabc.Generator), (b"", cabc.ByteString)]
print([isinstance(o, t) for o, t in checks])
print(issubclass(list, cabc.MutableSequence), issubclass(tuple, cabc.MutableSequence), issubclass(str, Container))


class Meta(ABCMeta):
    pass


class Base(metaclass=Meta):
    @abstractmethod
    def run(self): ...

    @property
    @abstractmethod
    def name(self): ...


class Impl(Base):
    def run(self):
        return "running"

    @property
    def name(self):
        return "impl"


print(Impl().run(), Impl().name, sorted(Base.__abstractmethods__), Impl.__abstractmethods__ == frozenset())
