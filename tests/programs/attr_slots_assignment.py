# Attribute stores on instances of classes with __slots__: allowed names in every
# declaration form (a string, a tuple, a list, a dict), inherited slots, names
# built at run time, and the errors for undeclared names.
class One:
    __slots__ = "x"

class Pair:
    __slots__ = ("a", "b")

class Listed:
    __slots__ = ["p", "q"]

class FromIter:
    __slots__ = {"m": "doc of m", "n": "doc of n"}

class Child(Pair):
    __slots__ = ("c",)

class WithDict(Pair):
    __slots__ = ("__dict__",)

o = One(); o.x = 1
p = Pair(); p.a, p.b = 2, 3
l = Listed(); l.p = 4; l.q = 5
f = FromIter(); f.m = 6; f.n = 7
c = Child(); c.a = 8; c.c = 9
w = WithDict(); w.a = 10; w.anything = 11
print(o.x, p.a, p.b, l.p, l.q, f.m, f.n, c.a, c.c, w.a, w.anything)
name = "".join(["b"])  # a name that is not the interned constant
setattr(p, name, 30)
print(p.b, getattr(p, "".join("a")))
for obj, attr in ((o, "y"), (p, "c"), (l, "r"), (f, "x"), (c, "d"), (c, "__dict__")):
    try:
        setattr(obj, attr, 0)
    except AttributeError as e:
        print(type(obj).__name__, attr, "->", e)
del p.a
try:
    p.a
except AttributeError as e:
    print("deleted:", e)
p.a = 12
print(p.a, sorted(Child.__slots__), hasattr(c, "__dict__"), hasattr(w, "__dict__"))
