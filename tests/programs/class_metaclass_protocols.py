class B:
    def __mro_entries__(self, bases): return (int,)
class C(B()): pass
print(C.__mro__, len(C.__orig_bases__), type(C.__orig_bases__[0]).__name__)
class A:
    def __instancecheck__(self, x): return True
    def __subclasscheck__(self, x): return x is str
print(isinstance(1, A()), issubclass(str, A()), issubclass(int, A()))
class A2:
    def __init_subclass__(cls, **kw):
        print('A2 init_subclass', cls.__name__, kw)
class B2(A2):
    def __init_subclass__(cls, **kw):
        print('B2 sees', cls.__name__)
        super().__init_subclass__(**kw)
class C2(B2, flag=1): pass
print(type(A2.__dict__['__init_subclass__']).__name__)
class M(type):
    def __or__(s, o): return "or"
    def __ror__(s, o): return "ror"
    def __getitem__(s, k): return ('item', k)
class E(metaclass=M): pass
print(E | int, int | E, E[1])
class M1(type): pass
class M2(type): pass
class X1(metaclass=M1): pass
class X2(metaclass=M2): pass
try:
    class Y(X1, X2): pass
except TypeError as e:
    print(e)
T = type.__new__(M, "T", (), {})
print(T, T.__module__)
class P(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        print('prepare', name, bases, kw)
        return {'injected': 1}
class Q(metaclass=P):
    x = injected + 1
    def __init_subclass__(cls, **kw): pass
print(Q.x, Q.injected)
class OD(dict):
    def __setitem__(self, k, v):
        print('set', k)
        super().__setitem__(k, v)
class PM(type):
    @classmethod
    def __prepare__(mcls, name, bases): return OD()
    def __new__(mcls, name, bases, ns):
        print(type(ns).__name__)
        return super().__new__(mcls, name, bases, dict(ns))
class R(metaclass=PM):
    a = 1
    def f(self): pass
print(R.a)
from collections import deque
print(deque[int])
class G:
    def __class_getitem__(cls, item): return (cls.__name__, item)
print(G[int])
