from collections.abc import (Mapping, MutableMapping, Sequence, MutableSequence, Set,
                             MutableSet, Iterator, Iterable, Generator, Hashable, Sized,
                             Container, Collection, Reversible, Callable, KeysView,
                             ItemsView, ValuesView, MappingView, Coroutine, Awaitable,
                             AsyncIterable, AsyncIterator, AsyncGenerator)


class Map(MutableMapping):
    def __init__(self, *args, **kw):
        self.d = {}
        self.update(*args, **kw)
    def __getitem__(self, k): return self.d[k]
    def __setitem__(self, k, v): self.d[k] = v
    def __delitem__(self, k): del self.d[k]
    def __iter__(self): return iter(self.d)
    def __len__(self): return len(self.d)
    def __repr__(self): return "Map(%r)" % (self.d,)

m = Map({"a": 1}, b=2)
m.update([("c", 3)])
class HasKeys:
    def keys(self): return ["z"]
    def __getitem__(self, k): return 26
m.update(HasKeys())
print(m, len(m), "a" in m, "q" in m, m.get("a"), m.get("q"), m.get("q", 0))
print(m.keys(), list(m.items()), list(m.values()))
print(m == {"a": 1, "b": 2, "c": 3, "z": 26}, m == {"a": 1}, m != 3, m == Map(m))
print(m.pop("z"), m.pop("nope", "dflt"))
try:
    m.pop("nope")
except KeyError as e:
    print("KeyError", e)
print(m.setdefault("a", 9), m.setdefault("n", 9), m)
print(m.popitem(), m)
m.clear()
print(m, len(m))
try:
    m.popitem()
except KeyError as e:
    print("KeyError", repr(e))
print(m.__reversed__, Mapping.__hash__)

k = Map(x=1, y=2).keys()
print(type(k).__name__, k, len(k), "x" in k, sorted(k), isinstance(k, Set))
print(sorted(k & {"x", "q"}), sorted(k | {"q"}), sorted(k - {"x"}), sorted(k ^ {"x", "q"}))
print(k == {"x", "y"}, k <= {"x", "y", "z"}, k < {"x"}, k.isdisjoint(["q"]))
it = Map(x=1).items()
print(it, ("x", 1) in it, ("x", 2) in it, ("q", 1) in it, list(it))
vs = Map(x=1, y=[2]).values()
print(vs, 1 in vs, [2] in vs, 3 in vs, list(vs), isinstance(vs, Set))
print(repr(MappingView([1])), len(MappingView([1, 2])))


class Seq(Sequence):
    def __init__(self, *items): self.items = list(items)
    def __getitem__(self, i): return self.items[i]
    def __len__(self): return len(self.items)

s = Seq(1, 2, 3, 2)
print(list(s), 2 in s, 5 in s, list(reversed(s)), s.index(2), s.index(2, 2), s.count(2))
print(s.index(2, -2), s.index(3, 0, 3))
for args in ((9,), (3, 0, 2), (1, 1)):
    try:
        s.index(*args)
    except ValueError as e:
        print("ValueError", repr(e))
print(isinstance(s, Reversible), isinstance(s, Collection), isinstance(s, Hashable))


class MSeq(MutableSequence):
    def __init__(self, *items): self.items = list(items)
    def __getitem__(self, i): return self.items[i]
    def __setitem__(self, i, v): self.items[i] = v
    def __delitem__(self, i): del self.items[i]
    def __len__(self): return len(self.items)
    def insert(self, i, v): self.items.insert(i, v)
    def __repr__(self): return "MSeq%r" % (tuple(self.items),)

ms = MSeq(1, 2)
ms.append(3)
ms.extend([4, 5])
ms.extend(ms)
print(ms)
ms.reverse()
print(ms, ms.pop(), ms.pop(0), ms)
ms.remove(3)
print(ms)
try:
    ms.remove(99)
except ValueError as e:
    print("ValueError", repr(e))
ms += [7, 8]
print(ms, type(ms).__name__)
ms.clear()
print(ms, len(ms))
try:
    ms.pop()
except IndexError as e:
    print("IndexError", e)


class S(Set):
    def __init__(self, it=()): self.items = []; [self.items.append(x) for x in it if x not in self.items]
    def __contains__(self, x): return x in self.items
    def __iter__(self): return iter(self.items)
    def __len__(self): return len(self.items)
    def __repr__(self): return "S(%r)" % (sorted(self.items),)

a, b = S([1, 2, 3]), S([2, 3, 4])
print(a & b, a | b, a - b, a ^ b, a & [3, 9], [3, 9] & a if False else None)
print(a <= b, a < S([1, 2, 3, 4]), a >= S([1]), a > a, a == S([3, 2, 1]), a == {1, 2, 3})
print(a != b, a.isdisjoint([7]), a.isdisjoint([1]), S.__hash__)
print({1, 2} - a, frozenset([1, 9]) ^ a, [1, 4] - a if False else None)
print(a.__and__(3), a.__le__([1]), a.__sub__(3))
print(S([1, 2])._hash() == hash(frozenset([1, 2])), S()._hash() == hash(frozenset()))
print(S([1, 2])._hash(), S([-5, 7])._hash(), S()._hash(), S([(1, 2), 3])._hash())
print(S(["a", "b"])._hash() == hash(frozenset(["a", "b"])))
try:
    a < [1]
except TypeError as e:
    print(e)


class MS(S, MutableSet):
    def add(self, x):
        if x not in self.items: self.items.append(x)
    def discard(self, x):
        if x in self.items: self.items.remove(x)

ms = MS([1, 2, 3])
ms.add(4); ms.discard(9); ms.remove(1)
print(ms)
try:
    ms.remove(1)
except KeyError as e:
    print("KeyError", e)
print(ms.pop(), ms)
ms |= [7, 8]; print(ms)
ms &= [7, 8, 3]; print(ms)
ms ^= [8, 9]; print(ms)
ms -= [9]; print(ms)
ms ^= ms; print(ms)
ms.add(1); ms -= ms; print(ms)
try:
    ms.pop()
except KeyError as e:
    print("KeyError", repr(e))


class It:
    def __init__(self): self.n = 0
    def __iter__(self): return self
    def __next__(self):
        self.n += 1
        if self.n > 3: raise StopIteration
        return self.n
print(isinstance(It(), Iterator), isinstance(It(), Iterable), list(It()))
class NoIter(It):
    __iter__ = None
print(isinstance(NoIter(), Iterable), isinstance(NoIter(), Iterator))
class NoHash:
    __hash__ = None
print(isinstance(NoHash(), Hashable), issubclass(list, Hashable), issubclass(int, Hashable))
class Eq:
    def __eq__(self, o): return True
print(isinstance(Eq(), Hashable))
class Cal:
    def __call__(self): pass
print(isinstance(Cal(), Callable), isinstance(Cal, Callable), isinstance(3, Callable))
class Sz:
    def __len__(self): return 0
class Ct:
    def __contains__(self, x): return True
print(isinstance(Sz(), Sized), isinstance(Ct(), Container), isinstance(Sz(), Collection))
class Coll(Sz, Ct):
    def __iter__(self): return iter(())
print(isinstance(Coll(), Collection), isinstance(Coll(), Reversible))
class Rev(Coll):
    def __reversed__(self): return iter(())
print(isinstance(Rev(), Reversible), issubclass(Rev, Sequence))


class MyIter(Iterator):
    def __init__(self): self.i = 0
    def __next__(self):
        self.i += 1
        if self.i > 2: raise StopIteration
        return self.i
mi = MyIter()
print(iter(mi) is mi, list(mi))


class Gen(Generator):
    def __init__(self): self.state = 0
    def send(self, v):
        self.state += 1
        if self.state > 3:
            raise StopIteration
        return (self.state, v)
    def throw(self, typ, val=None, tb=None):
        print("throw", typ.__name__ if isinstance(typ, type) else repr(typ))
        return super().throw(typ, val, tb)
g = Gen()
print(next(g), g.send("x"), list(g))
g.close()
try:
    Gen().throw(ValueError, ValueError("v"))
except ValueError as e:
    print("ValueError", e)
try:
    Gen().throw(KeyError)
except KeyError as e:
    print("KeyError", repr(e))
class Stubborn(Gen):
    def throw(self, typ, val=None, tb=None):
        return 1
try:
    Stubborn().close()
except RuntimeError as e:
    print("RuntimeError", e)
def realgen():
    yield 1
print(isinstance(realgen(), Generator), issubclass(Gen, Iterator))
class GenLike:
    def __iter__(self): return self
    def __next__(self): return 1
    def send(self, v): pass
    def throw(self, *a): pass
    def close(self): pass
print(isinstance(GenLike(), Generator), isinstance(GenLike(), Coroutine))
class CoLike(GenLike):
    def __await__(self): return iter(())
print(isinstance(CoLike(), Coroutine), isinstance(CoLike(), Awaitable))
class AI:
    def __aiter__(self): return self
    def __anext__(self): pass
print(isinstance(AI(), AsyncIterable), isinstance(AI(), AsyncIterator), isinstance(AI(), AsyncGenerator))

for abc in (Mapping, MutableSequence, MutableSet, Generator, Hashable, Callable):
    try:
        abc()
    except TypeError as e:
        print(e)
