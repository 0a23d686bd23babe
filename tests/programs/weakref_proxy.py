# weakref.proxy: behaves like its referent while it lives, ReferenceError after.
import gc
import weakref


class Box:
    def __init__(self, v):
        self.v = v

    def double(self):
        return self.v * 2

    def __add__(self, other):
        return Box(self.v + (other.v if isinstance(other, Box) else other))

    def __radd__(self, other):
        return Box(other + self.v)

    def __len__(self):
        return self.v

    def __iter__(self):
        return iter(range(self.v))

    def __getitem__(self, i):
        return i * 10

    def __eq__(self, other):
        return isinstance(other, Box) and self.v == other.v

    __hash__ = object.__hash__

    def __lt__(self, other):
        return self.v < other.v

    def __str__(self):
        return "Box(%d)" % self.v

    def __bool__(self):
        return self.v != 0


class Fn:
    def __call__(self, x):
        return x + 1


b = Box(3)
p = weakref.proxy(b)
print(type(p) is weakref.ProxyType, isinstance(p, weakref.ProxyTypes))
print(weakref.ProxyType.__name__, weakref.CallableProxyType.__name__)
print(p.v, p.double(), len(p), list(p), p[4], str(p), bool(p))
print((p + 1).v, (1 + p).v, p == Box(3), p == b, p < Box(5))
print(p.__class__ is Box)
p.v = 4
print(b.v)
p.extra = "x"
print(b.extra)
del p.extra
print(hasattr(b, "extra"))
print(weakref.proxy(b) is p, weakref.getweakrefcount(b))
r = repr(p)
print(r.startswith("<weakproxy at 0x"), " to Box at 0x" in r)
try:
    hash(p)
except TypeError:
    print("unhashable")

f = Fn()
cp = weakref.proxy(f)
print(type(cp) is weakref.CallableProxyType, cp(41))

events = []
b2 = Box(7)
p2 = weakref.proxy(b2, lambda pr: events.append(pr is p2))
print(p2 is not weakref.proxy(b2))
del b2
print(events)

del b
for action in (lambda: p.v, lambda: str(p), lambda: p + 1, lambda: len(p)):
    try:
        action()
    except ReferenceError as e:
        print("ReferenceError:", e)
print(repr(p).endswith(" to NoneType at 0x" + hex(id(None))[2:] + ">"))

# A proxy to an object in a cycle dies with the cycle.
c = Box(1)
c.me = c
pc = weakref.proxy(c, lambda pr: print("cycle proxy callback"))
del c
print("collected", gc.collect() > 0)
try:
    pc.v
except ReferenceError:
    print("gone")
