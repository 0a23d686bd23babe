class A:
    x = 1
    def m(self): return 'A.m'
class B(A): pass
b = B()
def get(o): return o.x, o.m()
print(get(b))
A.x = 2
print(get(b))
A.m = lambda self: 'new'
print(get(b))
b.m = lambda: 'inst'
print(get(b))
del b.m
B.x = 5
print(get(b))
b.x = 7
print(get(b))
class P:
    def __init__(self): self._v = 1
    @property
    def v(self): return self._v
p = P()
def gv(o): return o.v
print(gv(p)); p._v = 3; print(gv(p))
P.v = 10
print(gv(p))
class D:
    def __get__(self, o, t): return 'desc'
    def __set__(self, o, v): pass
class Q:
    def __init__(self): self.__dict__['d'] = 1
q = Q()
def gd(o): return o.d
print(gd(q)); Q.d = D(); print(gd(q))
class R:
    def __init__(self, a, b): self.a = a; self.b = b
rs = [R(i, i+1) for i in range(3)]
r2 = R.__new__(R); r2.b = 9; r2.a = 8
rs.append(r2)
print([(r.a, r.b) for r in rs])
class S(R):
    def __getattribute__(self, n): return 'ga:' + n
s = S(1, 2)
print([(r.a, r.b) for r in [rs[0], s]])
print(B.__subclasses__() if hasattr(B, '__subclasses__') else None)
import math
def f(): return math.pi, math.floor(2.5)
print(f()); math.pi = 3; print(f())
b.__class__ = A
print(get(b))
