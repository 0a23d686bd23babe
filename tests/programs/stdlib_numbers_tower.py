import numbers
from numbers import Number, Complex, Real, Rational, Integral

print(numbers.__all__)
for v in [1, True, 2.5, "s", None, [1]]:
    print(repr(v), [c.__name__ for c in (Number, Complex, Real, Rational, Integral)
                    if isinstance(v, c)])
print(issubclass(bool, Integral), issubclass(float, Rational), issubclass(int, Real))
for c in (Number, Complex, Real, Rational, Integral):
    print(c.__name__, c.__mro__[1].__name__, sorted(c.__abstractmethods__))
print(Number.__hash__, type(Number).__name__, Complex.__slots__)
try:
    Real()
except TypeError as e:
    print("TypeError", str(e).split(" with")[0])


class Int(Integral):
    """A minimal Integral wrapping an int."""

    def __init__(self, v):
        self.v = int(v)

    def __repr__(self):
        return "Int(%d)" % self.v

    def _w(self, other):
        return other.v if isinstance(other, Int) else other

    def __int__(self): return self.v
    def __pow__(self, e, m=None): return Int(pow(self.v, self._w(e), m))
    def __lshift__(self, o): return Int(self.v << self._w(o))
    def __rlshift__(self, o): return Int(o << self.v)
    def __rshift__(self, o): return Int(self.v >> self._w(o))
    def __rrshift__(self, o): return Int(o >> self.v)
    def __and__(self, o): return Int(self.v & self._w(o))
    def __rand__(self, o): return Int(o & self.v)
    def __xor__(self, o): return Int(self.v ^ self._w(o))
    def __rxor__(self, o): return Int(o ^ self.v)
    def __or__(self, o): return Int(self.v | self._w(o))
    def __ror__(self, o): return Int(o | self.v)
    def __invert__(self): return Int(~self.v)
    def __trunc__(self): return self.v
    def __floor__(self): return self.v
    def __ceil__(self): return self.v
    def __round__(self, nd=None): return self.v
    def __floordiv__(self, o): return Int(self.v // self._w(o))
    def __rfloordiv__(self, o): return Int(o // self.v)
    def __mod__(self, o): return Int(self.v % self._w(o))
    def __rmod__(self, o): return Int(o % self.v)
    def __lt__(self, o): return self.v < self._w(o)
    def __le__(self, o): return self.v <= self._w(o)
    def __add__(self, o): return Int(self.v + self._w(o))
    def __radd__(self, o): return Int(o + self.v)
    def __neg__(self): return Int(-self.v)
    def __pos__(self): return Int(self.v)
    def __mul__(self, o): return Int(self.v * self._w(o))
    def __rmul__(self, o): return Int(o * self.v)
    def __truediv__(self, o): return self.v / self._w(o)
    def __rtruediv__(self, o): return o / self.v
    def __rpow__(self, b): return b ** self.v
    def __abs__(self): return Int(abs(self.v))
    def __eq__(self, o): return self.v == self._w(o)
    __hash__ = None


x = Int(7)
print(isinstance(x, Number), isinstance(x, Rational), x.__hash__)
print(x.numerator, x.denominator, x.real, x.imag, x.conjugate())
print(float(x), x.__index__(), [10, 20, 30, 40, 50, 60, 70, 80][Int(2)])
print(x - 2, 10 - x, divmod(x, 2), divmod(23, x), bool(x), bool(Int(0)))


class Half(Rational):
    numerator = 1
    denominator = 2


print(sorted(Half.__abstractmethods__)[:5], len(Half.__abstractmethods__))
print(Rational.__float__(type("H", (), {"numerator": 3, "denominator": 4})()))


class Virtual:
    pass


Real.register(Virtual)
print(isinstance(Virtual(), Complex), isinstance(Virtual(), Rational))
print(Integral.register(Virtual) is Virtual, issubclass(Virtual, Integral))
