import inspect
import functools
import abc
import types

class Meta(type):
    meta_attr = "from-meta"
    @property
    def meta_prop(cls):
        return "computed"

class Base(metaclass=Meta):
    """Base docstring.

        Indented detail line.
    """
    class_attr = 10
    def method(self):
        """Method doc."""
        return 1
    @staticmethod
    def smeth():
        return 2
    @classmethod
    def cmeth(cls):
        return 3
    @property
    def prop(self):
        """Prop doc."""
        return 4

class Child(Base):
    def method(self):
        return 5
    def __getattr__(self, name):
        return "dyn-" + name

class Tricky:
    def __getattribute__(self, name):
        if name == "boom":
            raise RuntimeError("should not be called")
        return object.__getattribute__(self, name)
    boom = "class-boom"

class Slotted:
    __slots__ = ("a", "b")
    def __init__(self):
        self.a = 1

class DataDesc:
    def __get__(self, obj, owner=None):
        return "got"
    def __set__(self, obj, value):
        pass

class NonDataDesc:
    def __get__(self, obj, owner=None):
        return "nd-got"

class Holder:
    dd = DataDesc()
    nd = NonDataDesc()

h = Holder()
h.__dict__["dd"] = "instance-dd"
h.__dict__["nd"] = "instance-nd"

def show(x):
    if isinstance(x, (str, int)):
        return repr(x)
    return type(x).__name__

c = Child()
c.inst = "i"
print(show(inspect.getattr_static(Child, "smeth")), show(inspect.getattr_static(Child, "cmeth")))
print(show(inspect.getattr_static(Child, "prop")), show(inspect.getattr_static(c, "prop")))
print(show(inspect.getattr_static(c, "inst")), show(inspect.getattr_static(c, "method")))
print(show(inspect.getattr_static(c, "class_attr")), inspect.getattr_static(c, "missing", "default"))
try:
    inspect.getattr_static(c, "missing")
except AttributeError as e:
    print("AttributeError", e)
print(getattr(c, "missing"))
print(show(inspect.getattr_static(Child, "meta_attr")), show(inspect.getattr_static(Child, "meta_prop")))
print(Child.meta_prop)
t = Tricky()
print(inspect.getattr_static(t, "boom"))
s = Slotted()
print(inspect.getattr_static(s, "c", "no-c"))
print(show(inspect.getattr_static(h, "dd")), show(inspect.getattr_static(h, "nd")))
print(h.dd, h.nd)
print(inspect.getattr_static([], "append") is list.__dict__["append"])

print([name for name, _ in inspect.getmembers_static(Child) if not name.startswith("__")])
print([(n, show(v)) for n, v in inspect.getmembers(Child) if not n.startswith("__")])
print([(n, show(v)) for n, v in inspect.getmembers_static(c) if not n.startswith("__")])
print([n for n, v in inspect.getmembers(c, inspect.ismethod) if not n.startswith("__i") and not n.startswith("__s")])
print([n for n, v in inspect.getmembers(Child, inspect.isfunction)])

class Shape(abc.ABC):
    @abc.abstractmethod
    def area(self): ...
class Square(Shape):
    def area(self): return 1
print(inspect.isabstract(Shape), inspect.isabstract(Square), inspect.isabstract(Square()), inspect.isabstract(int))

def gen():
    yield 1
async def coro():
    pass
async def agen():
    yield 1
print(inspect.isgeneratorfunction(gen), inspect.isgeneratorfunction(coro), inspect.isgeneratorfunction(functools.partial(gen)))
print(inspect.iscoroutinefunction(coro), inspect.iscoroutinefunction(gen), inspect.iscoroutinefunction(functools.partial(coro)))
print(inspect.isasyncgenfunction(agen), inspect.isasyncgenfunction(coro))
class G:
    def g(self):
        yield 1
print(inspect.isgeneratorfunction(G().g), inspect.isgeneratorfunction(G.g))
print(inspect.ismethod(c.method), inspect.ismethod(Child.method), inspect.ismethod(Child.cmeth), inspect.ismethod([].append))
print(inspect.isbuiltin(len), inspect.isbuiltin([].append), inspect.isbuiltin(gen))
print(inspect.isroutine(len), inspect.isroutine(gen), inspect.isroutine(c.method), inspect.isroutine(list.append), inspect.isroutine(str.join), inspect.isroutine(3), inspect.isroutine(Child))
print(inspect.ismethoddescriptor(Base.__dict__["prop"]), inspect.isdatadescriptor(Base.__dict__["prop"]))
print(inspect.isfunction(gen), inspect.isfunction(len), inspect.isclass(Child), inspect.isclass(c))
print(repr(inspect.getdoc(Base)))
print(repr(inspect.getdoc(Child)))
print(repr(inspect.getdoc(Child.method)), repr(inspect.getdoc(c.method)))
print(repr(inspect.getdoc(Child.prop)))
print(repr(inspect.getdoc(gen)))
print(repr(inspect.cleandoc("""  First line
        second
          third

    """)))
print(repr(inspect.cleandoc("\tTabbed\n\t\tmore\n")))
print(inspect.getmro(Child))
print(inspect.getmro(bool))

def f(a, b=2, *args, c, d=4, **kw):
    pass
print(inspect.signature(f))
print(inspect.signature(functools.partial(f, 1, c=3)))
print(inspect.signature(functools.partial(f, b=5)))
class K:
    def __init__(self, x, y=1):
        pass
print(inspect.signature(K))
print(inspect.signature(K(1).__init__))
class KN:
    def __new__(cls, a, *, b):
        return super().__new__(cls)
print(inspect.signature(KN))
class Callable:
    def __call__(self, q, r=None):
        pass
print(inspect.signature(Callable()))
print(inspect.signature(c.method))
print(inspect.signature(Base.cmeth))
print(inspect.signature(lambda x, /, y: 0))
print(inspect.signature(Base.smeth))
@functools.wraps(f)
def wrapper(*a, **k):
    return f(*a, **k)
print(inspect.signature(wrapper), inspect.signature(wrapper, follow_wrapped=False))
sig = inspect.signature(f)
ba = sig.bind(1, 2, 3, c=5, z=9)
print(ba.arguments, ba.args, ba.kwargs)
ba.apply_defaults()
print(ba)
for p in sig.parameters.values():
    print(p.name, p.kind, p.default is p.empty, str(p.kind))
