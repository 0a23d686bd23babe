def f(a, b=2, c=3): return (a, b, c)
print(f(1), f(1, 5), f(1, c=9), f(a=4), f(c=1, a=2, b=3), f(1, b=7, c=8))
def g(a, /, b, *, k=5, m): return (a, b, k, m)
print(g(1, 2, m=3), g(1, b=2, m=4, k=0))
for bad in ["f()", "f(1, a=2)", "f(1, d=3)", "g(a=1, b=2, m=3)", "g(1, 2)", "f(1,2,3,4)"]:
    try: eval(bad)
    except TypeError as e: print(e)
class C:
    def m(self, x, y=1): return x + y
c = C()
print(c.m(1), c.m(x=2), c.m(1, y=5), C.m(c, y=3, x=4))
def h(*, a=1, b): return a, b
print(h(b=2), h(a=3, b=4))
def d(a, b=[]): b.append(a); return b
print(d(1), d(2))
def v(a, *rest, k=1): return (a, rest, k)
print(v(1), v(1, 2, 3), v(1, 2, k=5), v(a=3), v(1, *[4, 5], k=2))
def w(*a): return a
print(w(), w(1), w(1, 2, 3))
class CM:
    def __exit__(self, *a): return a
print(CM().__exit__(None, None, None))
try: v(1, 2, a=3)
except TypeError as e: print(e)
try: v()
except TypeError as e: print(e)
def x(a, b=2, *c, d, e=5): return (a, b, c, d, e)
print(x(1, d=4), x(1, 2, 3, 4, d=0, e=9))
try: x(1)
except TypeError as e: print(e)
