# __new__ and __init__, type(name, bases, dict), class decorators, __class__, __del__ timing.
class Single:
    _inst = None
    def __new__(cls, *a):
        if cls._inst is None:
            cls._inst = super().__new__(cls)
            print("created")
        return cls._inst
    def __init__(self, v):
        print("init", v)
        self.v = v
s1 = Single(1)
s2 = Single(2)
print(s1 is s2, s1.v)
class NotInstance:
    def __new__(cls):
        return 42
    def __init__(self):
        print("never")
print(NotInstance())
class Pt:
    __slots__ = ("x", "y")
    def __init__(self, x, y):
        self.x = x
        self.y = y
p = Pt(1, 2)
print(p.x, p.y, Pt.__slots__)
Dyn = type("Dyn", (object,), {"a": 1, "hello": lambda self: "hi " + str(self.a)})
d = Dyn()
print(Dyn.__name__, d.a, d.hello(), type(d).__name__, Dyn.__bases__, type(Dyn))
Child = type("Child", (Dyn,), {"a": 2})
print(Child().hello(), Child.__mro__[1].__name__, issubclass(Child, Dyn))
print(type(5), type("s") is str, type(type), type(None).__name__)
def add_repr(cls):
    cls.__repr__ = lambda self: f"<{cls.__name__} {vars(self)}>"
    return cls
@add_repr
class Rec:
    def __init__(self, a):
        self.a = a
print(Rec(3), [Rec("x")])
registry = []
def register(tag):
    def deco(cls):
        registry.append((tag, cls.__name__))
        return cls
    return deco
@register("first")
@register("second")
class Multi:
    pass
print(registry)
class SelfRef:
    def kind(self):
        return __class__.__name__
    def make(self):
        return type(self)()
print(SelfRef().kind(), type(SelfRef().make()).__name__, SelfRef().__class__ is SelfRef)
class Noisy:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("del", self.name)
n = Noisy("a")
print("before del statement")
del n
print("after del statement")
def scope():
    t = Noisy("local")
    print("leaving scope")
scope()
print("after scope")
x = Noisy("rebind")
x = None
print("after rebind")
lst = [Noisy("in list")]
lst.clear()
print("after clear")
class WithInitReturn:
    def __init__(self):
        return None
print(type(WithInitReturn()).__name__)
class BadInit:
    def __init__(self):
        return 1
try:
    BadInit()
except TypeError as e:
    print("TypeError", e)
try:
    object.__new__(5)
except TypeError as e:
    print("TypeError", e)
try:
    object(1)
except TypeError as e:
    print("TypeError", e)
class NoInit:
    pass
try:
    NoInit(1)
except TypeError as e:
    print("TypeError", e)
class Cnt:
    n = 0
    def __new__(cls, *args, **kwargs):
        cls.n += 1
        return super().__new__(cls)
    def __init__(self, a, b=2):
        self.t = (a, b)
print(Cnt(1).t, Cnt(1, b=3).t, Cnt.n)
print(object().__class__.__name__, object.__name__, object.__bases__, type.__name__, str(object)[:15])
