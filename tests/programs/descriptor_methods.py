class K:
    def m(cls_or_self, *a):
        return (cls_or_self, a)
def f(x, *a):
    return (x, a)
cm = classmethod(f)
sm = staticmethod(f)
print(cm.__func__ is f, sm.__func__ is f, cm.__wrapped__ is f, sm.__wrapped__ is f)
b = cm.__get__(None, K)
print(b(1))
b = cm.__get__(K(), K)
print(b(2)[0] is K)
b = cm.__get__(K())
print(b(3)[0] is K)
print(sm.__get__(K(), K) is f, sm.__get__(None, K) is f)
print(cm.__isabstractmethod__, sm.__isabstractmethod__)
import abc
class A(abc.ABC):
    @classmethod
    @abc.abstractmethod
    def c(cls): pass
    @staticmethod
    @abc.abstractmethod
    def s(): pass
print(A.__dict__['c'].__isabstractmethod__, A.__dict__['s'].__isabstractmethod__, sorted(A.__abstractmethods__))
try:
    cm.__get__(None, None)
except TypeError as e:
    print(e)
print(type(cm).__get__(cm, None, K)(7))
print(callable(sm), sm(5))
print(repr(sm).startswith("<staticmethod(<function f"), repr(cm).startswith("<classmethod(<function f"))
print(hasattr(cm, "__get__"), hasattr(sm, "__get__"))
print(cm.__doc__, sm.__name__ if hasattr(sm, "__name__") else None)
def doc():
    "docstring"
print(staticmethod(doc).__doc__, classmethod(doc).__doc__, staticmethod(doc).__name__, classmethod(doc).__qualname__)
# property
class P:
    def __init__(self): self._x = 1
    @property
    def x(self):
        "the x"
        return self._x
    @x.setter
    def x(self, v): self._x = v
    @x.deleter
    def x(self): print("deleted")
p = P()
prop = P.__dict__['x']
print(prop.__get__(p, P), prop.__get__(None, P) is prop)
prop.__set__(p, 5); print(p._x)
prop.__delete__(p)
print(prop.__doc__, prop.fget.__name__, prop.fset.__name__, prop.fdel.__name__)
q = property(lambda s: 1)
print(callable(q.getter), callable(q.setter), callable(q.deleter))
try:
    q.__set__(p, 1)
except AttributeError as e:
    print(e)
try:
    q.__delete__(p)
except AttributeError as e:
    print(e)
print(q.__isabstractmethod__)
class Sub:
    @classmethod
    def c(cls): return cls.__name__
class Sub2(Sub): pass
print(Sub2.c(), Sub2().c(), Sub.__dict__['c'].__get__(None, Sub2)())
print(classmethod(property(lambda c: 5)).__get__(None, K) if False else "ok")
class P:
    x = property(lambda s: 1)
    def _y(self): return 1
    y = property(_y)
p = P()
for n in "xy":
    try: setattr(p, n, 1)
    except AttributeError as e: print(e)
q = property(lambda s: 1)
try: q.__set__(p, 1)
except AttributeError as e: print(e)
def z(self): pass
q = property(z)
try: q.__set__(p, 1)
except AttributeError as e: print(e)
