class Plain: pass
class Slotted:
    __slots__ = ("a", "b")
class MyErr(Exception): pass
class MyInt(int): pass
class MyList(list): pass
class MyDict(dict): pass
class WithAttrs:
    x = 1
    def m(self): pass
    def __init__(self): self.y = 2
for c in [Plain, Slotted, MyErr, MyInt, MyList, MyDict, WithAttrs, object, int]:
    print(c.__name__, "class", dir(c))
    try:
        inst = c()
    except TypeError:
        continue
    print(c.__name__, "inst", dir(inst))
for b in [float, str, tuple, bytes, set, frozenset, bytearray]:
    C = type("C", (b,), {})
    print(b.__name__, dir(C) == sorted(set(dir(C))), [n for n in dir(C) if n not in dir(b)])
class S:
    __slots__ = ("a", "__weakref__")
class S2:
    __slots__ = ("__dict__",)
class S3(S):
    pass
for c in (S, S2, S3):
    print(c.__name__, sorted(set(dir(c)) - set(dir(object))))
class G:
    def __init__(self): self.p = 1
class GS:
    __slots__ = ("x", "y")
    def __init__(self): self.x = 5
print(G().__getstate__(), Plain().__getstate__(), GS().__getstate__())
print(sorted(G().__dir__()) == dir(G()), (5).__getnewargs__(), (2.5).__getnewargs__(), MyInt(7).__getnewargs__())
class D:
    def __dir__(self): return ["b", "a"]
print(dir(D()))
