# Fraction and Decimal take their places in the numeric tower.
import numbers
from decimal import Decimal
from fractions import Fraction

F = Fraction(3, 4)
for abc in (numbers.Number, numbers.Complex, numbers.Real, numbers.Rational, numbers.Integral):
    print(abc.__name__, isinstance(F, abc), isinstance(Decimal('1.5'), abc),
          issubclass(Fraction, abc), issubclass(Decimal, abc))
print(Fraction.__mro__[1] is numbers.Rational)
print(F.real, F.imag, F.conjugate(), type(F.real).__name__)
print(hash(F) == hash(0.75), hash(Fraction(5)) == hash(5))


class MyRat(numbers.Rational):
    """A foreign Rational: Fraction accepts it like CPython does."""

    def __init__(self, n, d):
        self.n, self.d = n, d

    numerator = property(lambda self: self.n)
    denominator = property(lambda self: self.d)

    def _nie(self, *args):
        return NotImplemented

    __add__ = __radd__ = __neg__ = __pos__ = __mul__ = __rmul__ = _nie
    __truediv__ = __rtruediv__ = __pow__ = __rpow__ = __abs__ = _nie
    __trunc__ = __floor__ = __ceil__ = __round__ = _nie
    __floordiv__ = __rfloordiv__ = __mod__ = __rmod__ = __lt__ = __le__ = _nie
    __eq__ = _nie


r = MyRat(1, 3)
print(Fraction(r), Fraction(r, 2), r + Fraction(1, 6), 2 ** Fraction(1, 1))
try:
    Fraction(1, 2) + r
except TypeError as e:
    print('TypeError', e)
print(Fraction(1, 3) == r, Fraction(1, 4) < r, float(r))
print(isinstance(True, numbers.Rational), Fraction(True) + True)


class SubFrac(Fraction):
    pass


s = SubFrac(1, 2)
print(isinstance(s, numbers.Rational), s + 1, 1 + s, s * Fraction(2), repr(s))
try:
    Fraction('x')
except ValueError as e:
    print('ValueError', e)
try:
    Fraction([1])
except TypeError as e:
    print('TypeError', e)
