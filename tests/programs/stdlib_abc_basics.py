import abc
from abc import ABC, ABCMeta, abstractmethod

class Base(ABC):
    @abstractmethod
    def a(self): ...
    @abstractmethod
    def b(self): ...
    def c(self): return "c"

print(sorted(Base.__abstractmethods__))
try:
    Base()
except TypeError as e:
    print(e)

class Half(Base):
    def a(self): return 1
try:
    Half()
except TypeError as e:
    print(e)

class Full(Half):
    def b(self): return 2
f = Full()
print(f.a(), f.b(), f.c(), Full.__abstractmethods__)
print(isinstance(f, Base), issubclass(Full, Base), issubclass(int, Base))

class P(ABC):
    @property
    @abstractmethod
    def x(self): ...
    @classmethod
    @abstractmethod
    def cm(cls): ...
    @staticmethod
    @abstractmethod
    def sm(): ...
print(sorted(P.__abstractmethods__))
try:
    P()
except TypeError as e:
    print(e)

class Q(P):
    x = 3
    @classmethod
    def cm(cls): return "cm"
    @staticmethod
    def sm(): return "sm"
q = Q()
print(q.x, Q.cm(), Q.sm())

class Old(metaclass=ABCMeta):
    @abc.abstractproperty
    def p(self): ...
    @abc.abstractclassmethod
    def k(cls): ...
    @abc.abstractstaticmethod
    def s(): ...
print(sorted(Old.__abstractmethods__))

# register
class Seq(ABC):
    pass
t0 = abc.get_cache_token()
print(Seq.register(list) is list)
print(abc.get_cache_token() == t0 + 1)
print(isinstance([], Seq), issubclass(list, Seq), isinstance((), Seq))
@Seq.register
class Mine: pass
print(isinstance(Mine(), Seq), Mine.__mro__)
class SubMine(Mine): pass
print(issubclass(SubMine, Seq))
print(Seq.register(Mine) is Mine)
try:
    Seq.register(3)
except TypeError as e:
    print(e)
class SubSeq(Seq): pass
try:
    SubSeq.register(Seq)
except RuntimeError as e:
    print(e)
try:
    issubclass(3, Seq)
except TypeError as e:
    print(e)
SubSeq.register(tuple)
print(isinstance((), Seq), isinstance((), SubSeq), issubclass(tuple, Seq))

# __subclasshook__
class HasLen(ABC):
    @classmethod
    def __subclasshook__(cls, C):
        if cls is HasLen:
            return any("__len__" in B.__dict__ for B in C.__mro__)
        return NotImplemented
print(issubclass(str, HasLen), issubclass(int, HasLen), isinstance({}, HasLen))
class Bad(ABC):
    @classmethod
    def __subclasshook__(cls, C):
        return 1
try:
    issubclass(int, Bad)
except AssertionError as e:
    print("AssertionError", e)

# update_abstractmethods
class U(ABC):
    @abstractmethod
    def m(self): ...
class V(U): pass
print(V.__abstractmethods__)
V.m = lambda self: 5
abc.update_abstractmethods(V)
print(V.__abstractmethods__, V().m())
class W: pass
print(abc.update_abstractmethods(W) is W)

print(type(Base) is ABCMeta, ABC.__slots__, ABC.__abstractmethods__)
class Meta2(ABCMeta): pass
class Z(metaclass=Meta2):
    @abstractmethod
    def only(self): ...
try:
    Z()
except TypeError as e:
    print(e)

# virtual subclasses and cache entries are held weakly
import gc, weakref
class Reg(ABC): pass
class Tmp: pass
Reg.register(Tmp)
print(isinstance(Tmp(), Reg), issubclass(int, Reg))
r = weakref.ref(Tmp)
del Tmp
gc.collect()
print(r() is None)
