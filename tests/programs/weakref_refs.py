# weakref.ref: identity sharing, callbacks, hashing, equality, __weakref__, and the
# types that cannot be weakly referenced.
import gc
import weakref


class C:
    pass


c = C()
r1 = weakref.ref(c)
r2 = weakref.ref(c)
print(r1 is r2, r1() is c, r1.__callback__)
cb = lambda w: print("callback got the ref:", w is r3)
r3 = weakref.ref(c, cb)
print(r3 is not r1, r3.__callback__ is cb, weakref.getweakrefcount(c))
print(c.__weakref__ is r1)
print(len(weakref.getweakrefs(c)), all(w() is c for w in weakref.getweakrefs(c)))
print(r1 == r3, hash(r1) == hash(c))
h = hash(r1)
print(C().__weakref__)
del c
print(r1(), r1 == r3, hash(r1) == h)
print(repr(r1).endswith("; dead>"))
print(weakref.getweakrefcount(C()))


class Slotted:
    __slots__ = ("a",)


class SlottedWeak:
    __slots__ = ("a", "__weakref__")


class Sub(Slotted):
    pass


class IntSub(int):
    pass


class ListSub(list):
    pass


for make in (lambda: 1, lambda: "s", lambda: (1,), lambda: [1], lambda: {}, lambda: 1.5,
             lambda: None, lambda: b"x", lambda: True, lambda: range(3), lambda: iter([]),
             lambda: Slotted(), lambda: IntSub(2), lambda: object()):
    try:
        weakref.ref(make())
        print("ok")
    except TypeError as e:
        print(e)
for o in (set(), frozenset(), C, len, SlottedWeak(), Sub(), ListSub(), weakref):
    print(type(o).__name__, weakref.ref(o)() is o)
try:
    Slotted().__weakref__
except AttributeError as e:
    print("AttributeError")


def f():
    pass


print(weakref.ref(f)() is f)

# Callbacks run when refcounting frees the referent, most recent reference first.
d = C()
weakref.ref(d, lambda w: print("never: the ref itself died first"))
ra = weakref.ref(d, lambda w: print("first callback"))
rb = weakref.ref(d, lambda w: print("second callback"))
del d
print("after del")

# Cycles: callbacks run when the collector finds the garbage.
x = C()
y = C()
x.y = y
y.x = x
rx = weakref.ref(x, lambda w: print("x collected", w() is None))
del x, y
print("collecting")
print(gc.collect())
print(rx())

# A callback that raises is reported and does not stop the program.
def failing(w):
    raise ValueError("callback failed")


z = C()
rz = weakref.ref(z, failing)
del z
print("still running")
