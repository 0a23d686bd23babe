try:
    class A(foo=1): pass
except TypeError as e: print(e)
class M(type):
    def __new__(m, name, bases, ns, **kw):
        print("M.__new__", name, kw)
        return super().__new__(m, name, bases, ns, **kw)
    def __init__(cls, name, bases, ns, **kw):
        print("M.__init__", name, kw)
        super().__init__(name, bases, ns)
class B(metaclass=M):
    def __init_subclass__(cls, **kw):
        print("init_subclass", cls.__name__, kw)
class C(B, x=1, y=2): pass
X = type("X", (B,), {}, z=3)
try:
    type("Y", (), {}, q=1)
except TypeError as e: print(e)
class Base:
    registry = []
    def __init_subclass__(cls, tag="", **kw):
        super().__init_subclass__(**kw); Base.registry.append((cls.__name__, tag))
class C1(Base, tag="one"): pass
class C2(C1): pass
print(Base.registry)
try:
    class C3(Base, tag="t", other=1): pass
except TypeError as e: print(e)
