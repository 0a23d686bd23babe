class P:
    def __init__(self): self._x = 3
    @property
    def x(self): return self._x * 2
    @property
    def bad(self): return 1 / 0
    @property
    def gen(self):
        yield self._x
p = P()
t = 0
for i in range(100):
    t += p.x
print(t, list(p.gen), p.x)
try:
    for i in range(3):
        p.bad
except ZeroDivisionError as e:
    print("caught", e)
class Q(P):
    pass
q = Q()
print([q.x for _ in range(3)])
P.x = property(lambda self: -1)
print(p.x, q.x)
import sys
class R:
    @property
    def me(self): return sys._getframe(1).f_code.co_name
def f(): return R().me
print(f())
