class C:
    __slots__ = ('x', '__y')
    def __init__(self): self.x = 1
c = C()
print(C.__dict__['x'], type(C.__dict__['x']).__name__, C.x, C.x.__name__, C.x.__objclass__)
print(c.x, C.x.__get__(c, C), C.x.__get__(None, C))
try: c._C__y
except AttributeError as e: print(e)
try: del c._C__y
except AttributeError as e: print(e)
c._C__y = 5; print(c._C__y); del c._C__y
try: c.z = 1
except AttributeError as e: print(e)
class D(C): pass
d = D(); d.z = 3; print(d.__dict__, d.x)
class E(C):
    __slots__ = ('w',)
e = E(); e.w = 2; e.x = 3; print(e.w, e.x, E.w, repr(E.x))
try:
    class F(C, E): pass
except TypeError as ex: print(ex)
class G: __slots__ = ('a',)
try:
    class H(C, G): pass
except TypeError as ex: print(ex)
try: c.__class__ = G
except TypeError as ex: print(ex)
class C2:
    __slots__ = ('x', '__y')
try: c.__class__ = C2
except TypeError as ex: print(ex)
C.x.__set__(c, 9); print(c.x)
try: C.x.__set__(G(), 9)
except TypeError as ex: print(ex)
import copy, sys
print(copy.copy(e).w, copy.deepcopy(e).x)
print(dir(e)[-3:])
print(hasattr(e, '__dict__'), e.__slots__)
class C:
    __slots__ = ('x',)
class G: pass
d = C.__dict__['x']
for f in [lambda: d.__get__(G()), lambda: d.__set__(G(), 1), lambda: d.__delete__(G()), lambda: d.__get__(C()), lambda: d.__delete__(C()), lambda: d.__get__(None, None), lambda: d.__get__(None)]:
    try: print(f())
    except Exception as e: print(type(e).__name__, e)
print(d.__qualname__, d.__doc__, d.__objclass__)
print(repr(type(d)), type(d).__module__, type(d).__qualname__)
class E(Exception):
    __slots__ = ('q',)
e = E(); e.q = 1; print(e.q, type(E.__dict__['q']).__name__)
try:
    class S(int):
        __slots__ = ('a', 'b')
except TypeError as ex: print(ex)
class T(tuple):
    __slots__ = ()
try:
    class T2(tuple):
        __slots__ = ('a',)
except TypeError as ex: print(ex)
class L(list):
    __slots__ = ('a',)
l = L([1]); l.a = 3; print(l, l.a)
# Slot values are references the collector sees: a cycle through a slot is freed.
import gc, weakref
class Node:
    __slots__ = ('other', '__weakref__')
a, b = Node(), Node()
a.other, b.other = b, a
probe = weakref.ref(a)
del a, b
gc.collect()
print(probe() is None)
print([k for k in Node.__dict__ if not k.startswith('__')], sorted(dir(Node()))[-1])
