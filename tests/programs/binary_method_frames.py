import traceback
class V:
    def __init__(self, x): self.x = x
    def __add__(self, o): return V(self.x + o.x)
    def __sub__(self, o): return NotImplemented
    def __mul__(self, o, extra=3): return self.x * o.x * extra
    def __truediv__(self, o):
        yield self.x
    def __repr__(self): return f"V({self.x})"
    def __matmul__(self, o): raise ValueError("mm")
    def __floordiv__(self, o): return self + o
a, b = V(1), V(2)
print(a + b, a * b, list(a / b), (a + b) + (b + a), a // b)
try: a - b
except TypeError as e: print(e)
try: a @ b
except ValueError: traceback.print_exc()
try: a % b
except TypeError as e: print(e)
class W(V):
    def __radd__(self, o): return 'radd'
print(a + W(5), W(5) + a)
class Rec:
    def __add__(self, o): return self + o
try: Rec() + Rec()
except RecursionError as e: print('rec', e)
class S:
    __slots__ = ('v',)
    def __init__(self, v): self.v = v
    def __add__(self, o): return S(self.v + o.v)
    def __sub__(s, o): return s.v - o.v
print((S(1) + S(2)).v, S(5) - S(3))
x = V(3)
x += V(4)
print(x)
import fractions
F = fractions.Fraction
print(F(1,3) + F(1,6), F(1,2) * F(2,3), F(1,2) - F(1,3), F(1,2) / F(1,4), F(1,2) ** 2, F(7, 2) // F(1, 1), F(7,2) % F(1, 1))
class G:
    def __add__(self, o):
        def inner(): return o
        return inner()
print(G() + G() is not None)
