# Instance namespaces (values by the class's shared keys, dict mode), bare object()
# instances, __class__ assignment across layouts, bound-method equality, in-place
# operators inherited from mutable builtins.
import sys, gc
class P:
    def __init__(s, x, y): s.x = x; s.y = y
    def m(s): return s.x + s.y
p = P(1, 2); q = P(3, 4)
print(p.x, p.y, q.m(), vars(p))
q.z = 5; print(vars(q), vars(p))
r = P(5, 6); r.m = lambda: 'shadow'; print(r.m(), p.m())
del p.x; print(vars(p)); p.x = 9; print(vars(p), p.__dict__)
s = P(1, 2); s.__dict__['w'] = 3; print(s.w, vars(s))
class Q:
    pass
a = Q(); a.b = 1; a.a = 2; b = Q(); b.a = 1; b.b = 2; print(vars(a), vars(b))
for i in range(40): setattr(a, 'k%d' % i, i)
print(len(vars(a)), a.k39, getattr(a, 'k' + '3'))
class R(P): pass
t = R(1, 2); t.__class__ = P; print(type(t).__name__, vars(t), t.m())
e = ValueError('x'); e.code = 5; print(e.code, vars(e))
class E(Exception):
    def __init__(s, a): s.a = a
print(E(3).a, vars(E(4)))
def loop():
    o = P(1, 2); t = 0
    for i in range(1000): t += o.m(); o.x = i
    return t
print(loop())
import copy; print(vars(copy.copy(P(7, 8))))
import gc, copy, pickle
o = object()
print(repr(o)[:16], o == o, o != object(), hash(o) == hash(o), o is o)
try: o.x = 1
except AttributeError as e: print(e)
try: o.__dict__
except AttributeError as e: print(e)
except TypeError as e: print(e)
print(type(copy.copy(o)), type(copy.deepcopy([o])[0]))
print(len(dir(o)) > 10, o.__sizeof__(), str(o)[:8], format(o, '')[:8])
s = {o}; d = {o: 1}; print(o in s, d[o])
print(type(pickle.loads(pickle.dumps(o))))
print(o.__eq__(o), o.__ne__(o), o.__eq__(1), o.__lt__(o))
try: o < o
except TypeError as e: print(e)
print(getattr(o, 'zz', 'dflt'), hasattr(o, '__class__'))
try: o.__class__ = int
except TypeError as e: print(e)
class A: pass
try:
    o.__class__ = A
except TypeError as e: print(e)
print(vars(A()))
try: vars(o)
except TypeError as e: print(e)

class L(list): pass
class P: pass
class L2(list): pass
l = L([1,2]); 
try:
    l.__class__ = P
except TypeError as e: print(e)
l.__class__ = L2; print(type(l).__name__, l, len(l))
class I(int):
    def __new__(c, v): return super().__new__(c, v)
class D(dict): pass
d = D(a=1); d.x = 5; print(d, d.x, vars(d))
class S(str): pass
print(S('ab').upper(), S('x') + 'y')
class M:
    def m(self): pass
c = M(); print(c.m == c.m, c.m != c.m, hash(c.m) == hash(c.m), M().m == M().m)
print([].append == [].append, (l := []).append == l.append)
class FileIter:
    def __iter__(self): return open(__file__)
print(next(iter(FileIter()))[:1])
class LL(list): pass
x = LL([1]); y = x; x += [2]; x *= 2; print(type(x).__name__, x is y, y)
class DD(dict): pass
d = DD(a=1); e = d; d |= {'b': 2}; print(type(d).__name__, d is e, e)
class SS(set): pass
s = SS({1}); t = s; s |= {2}; s -= {1}; print(type(s).__name__, s is t, t)
