# __length_hint__ of the builtin iterators, and the storage list() and list.extend()
# give a list they fill from an iterable (sys.getsizeof shows it): room for the length
# hint (8 when there is none), then cut back to the items read.
import array
import collections
import itertools
import operator
import sys

d = {1: 2, 3: 4, 5: 6}
its = {
    "str": iter("abc"),
    "str non-ascii": iter("aé€𝄞b"),
    "bytes": iter(b"abcd"),
    "bytearray": iter(bytearray(b"ab")),
    "dict keys": iter(d),
    "dict values": iter(d.values()),
    "dict items": iter(d.items()),
    "reversed dict": reversed(d),
    "reversed values": reversed(d.values()),
    "set": iter({1, 2, 3}),
    "frozenset": iter(frozenset("ab")),
    "list reverse": reversed([1, 2, 3]),
    "reversed str": reversed("abcd"),
    "reversed tuple": reversed((1, 2)),
    "deque": iter(collections.deque([1, 2])),
    "range": iter(range(5)),
    "array": iter(array.array("i", [1, 2])),
    "map": map(abs, [1]),
    "zip": zip([1], [2]),
}
for name, it in its.items():
    first = operator.length_hint(it, -1)
    next(it, None)
    print(name, hasattr(it, "__length_hint__"), first, operator.length_hint(it, -1))

# A container that changes size: its iterator promises nothing more.
grow = {1: 1}
it = iter(grow)
grow[2] = 2
print("changed dict", operator.length_hint(it))
s = {1, 2}
it = iter(s)
s.add(3)
print("changed set", operator.length_hint(it))
it = iter("xy")
list(it)
print("exhausted", operator.length_hint(it), operator.length_hint(iter(b"")))

makers = {
    "str": lambda n: "x" * n,
    "iter str": lambda n: iter("y" * n),
    "set": lambda n: set(range(n)),
    "iter set": lambda n: iter(set(range(n))),
    "dict": lambda n: dict.fromkeys(range(n)),
    "items": lambda n: dict.fromkeys(range(n)).items(),
    "iter dict": lambda n: iter(dict.fromkeys(range(n))),
    "reversed list": lambda n: reversed(list(range(n))),
    "reversed str": lambda n: reversed("z" * n),
    "deque": lambda n: collections.deque(range(n)),
    "iter deque": lambda n: iter(collections.deque(range(n))),
    "array": lambda n: array.array("i", range(n)),
    "bytes": lambda n: b"a" * n,
    "iter bytes": lambda n: iter(b"a" * n),
    "range": lambda n: range(n),
    "repeat": lambda n: itertools.repeat(1, n),
    "islice": lambda n: itertools.islice(range(100), n),
    "chain": lambda n: itertools.chain(range(n)),
    "zip": lambda n: zip(range(n), range(n)),
    "enumerate": lambda n: enumerate(range(n)),
    "generator": lambda n: (i for i in range(n)),
    "map": lambda n: map(int, range(n)),
    "filter": lambda n: filter(None, range(1, n + 1)),
}
for name, make in makers.items():
    built = [sys.getsizeof(list(make(n))) for n in (0, 1, 3, 8, 9, 20)]
    extended = []
    for n in (0, 1, 3, 8, 9, 20):
        l = [1, 2, 3]
        l.extend(make(n))
        extended.append(sys.getsizeof(l))
    print(name, built, extended)


class Sized:
    def __init__(self, n):
        self.n = n

    def __iter__(self):
        return iter(range(self.n))

    def __len__(self):
        print("len called")
        return self.n


class Hinted:
    def __iter__(self):
        return iter(range(5))

    def __length_hint__(self):
        return 100


class BadHint:
    def __iter__(self):
        return iter(range(2))

    def __length_hint__(self):
        return -1


print(sys.getsizeof(list(Sized(5))), sys.getsizeof(list(Hinted())))
try:
    list(BadHint())
except ValueError as e:
    print("ValueError:", e)
