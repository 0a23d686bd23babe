import abc, fractions
class M(type):
    def __call__(cls, *a, **k):
        print('meta call', a, k)
        return super().__call__(*a, **k)
class A(metaclass=M):
    def __init__(self, x=0): print('init', x)
A(1); A(x=2)
class B(abc.ABC):
    def __init__(self, v): self.v = v
    @abc.abstractmethod
    def f(self): ...
class C(B):
    def f(self): return self.v
print(C(3).f(), C(v=4).f())
try: B(1)
except TypeError as e: print(e)
class N(abc.ABC):
    def __new__(cls, q): return q * 2
print(N(5))
class Abs(abc.ABC):
    def __new__(cls): return super().__new__(cls)
    @abc.abstractmethod
    def g(self): ...
try: Abs()
except TypeError as e: print(e)
class M2(type):
    def __call__(cls, *a): return 'intercepted'
class D(metaclass=M2):
    def __new__(cls): return 'new'
    def __init__(self): pass
print(D(), D.__call__)
F = fractions.Fraction
print(F(1, 3) + F(2, 3), F(5), F(numerator=3, denominator=9))
