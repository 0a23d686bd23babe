import collections.abc as cabc
import collections
from collections.abc import *

def gen():
    yield 1

class C:
    def m(self):
        pass

objs = [
    ("int", 1), ("float", 1.5), ("str", "ab"), ("bytes", b"ab"),
    ("list", [1]), ("tuple", (1,)),
    ("dict", {1: 2}), ("set", {1}), ("frozenset", frozenset({1})),
    ("range", range(3)), ("None", None),
    ("gen", gen()), ("genfunc", gen), ("lambda", lambda: 0), ("len", len),
    ("type", int), ("method", C().m), ("object", object()),
    ("list_iter", iter([])), ("str_iter", iter("")), ("tuple_iter", iter(())),
    ("range_iter", iter(range(2))), ("set_iter", iter(set())),
    ("dict_iter", iter({})), ("bytes_iter", iter(b"")), ("zip", zip()),
    ("map", map(str, [])), ("enumerate", enumerate([])), ("reversed", reversed([])),
]
for name, o in objs:
    got = [a for a in cabc.__all__ if isinstance(o, getattr(cabc, a))]
    print(name, got)
# (Hashable and Reversible left out here)
for name, o in [("bytearray", bytearray(b"ab")), ("keys", {1: 2}.keys()),
                ("values", {1: 2}.values()), ("items", {1: 2}.items())]:
    print(name, [a for a in cabc.__all__ if a not in ("Hashable", "Reversible")
                 and isinstance(o, getattr(cabc, a))])
for t in (int, str, list, dict, bytes, tuple, set, frozenset, type):
    print(t.__name__, [a for a in cabc.__all__ if issubclass(t, getattr(cabc, a))])
print(cabc.__all__)
print(Sequence, MutableMapping, KeysView.__mro__)
print(sorted(Sequence.__abstractmethods__), sorted(MutableMapping.__abstractmethods__))
print(sorted(MutableSequence.__abstractmethods__), sorted(MutableSet.__abstractmethods__))
print(sorted(Generator.__abstractmethods__), sorted(Coroutine.__abstractmethods__))
print(sorted(AsyncGenerator.__abstractmethods__), Set.__hash__, Mapping.__reversed__)
print([n for n in dir(cabc) if not n.startswith('_')])
print(collections.abc is cabc, Sequence.__module__, Sequence.__qualname__)
import abc
print(type(Sequence) is abc.ABCMeta, isinstance(Sequence, abc.ABCMeta))
print(isinstance([], Sequence), isinstance({}, Mapping), isinstance("", Sequence))
print(isinstance((), MutableSequence), isinstance(set(), Set), isinstance(frozenset(), MutableSet))
