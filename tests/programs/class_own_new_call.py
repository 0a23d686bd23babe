import traceback
class A:
    def __new__(cls, x, y=2, *rest, **kw):
        print('new', cls.__name__, x, y, rest, kw)
        return super().__new__(cls)
a = A(1); b = A(1, 3, 4, 5); c = A(x=7); print(type(a).__name__)
class Other:
    def __new__(cls, v):
        return v * 2
print(Other(21), Other('ab'))
try: A()
except TypeError as e: print(e)
try: Other(1, 2)
except TypeError as e: print(e)
class Sub(A): pass
print(type(Sub(5)).__name__)
class Boom:
    def __new__(cls):
        raise ValueError('boom')
try: Boom()
except ValueError as e: traceback.print_exc()
class WithInit:
    def __new__(cls, *a):
        print('n', a); return super().__new__(cls)
    def __init__(self, *a): print('i', a)
WithInit(1, 2)
class Later: pass
def nn(cls, q): print('late', q); return object.__new__(cls)
Later.__new__ = nn
print(type(Later(3)).__name__)
class S:
    @staticmethod
    def __new__(cls, *a): return 'static' + str(a)
print(S(1))
import fractions
print(fractions.Fraction(3, 6), fractions.Fraction('1.5'), fractions.Fraction(1, 3) + 1)
def rec(n):
    class R:
        def __new__(cls): return rec(n + 1)
    return R()
try: rec(0)
except RecursionError as e: print('RecursionError', e)
