"""Abstract base classes for numbers (PEP 3141).

The tower runs Number > Complex > Real > Rational > Integral; complex, float
and int are registered at their levels.  Each level lists what a number of
that kind must provide and supplies what follows from the rest.
"""

from abc import ABCMeta, abstractmethod
import builtins

__all__ = ["Number", "Complex", "Real", "Rational", "Integral"]


class Number(metaclass=ABCMeta):
    """Any number: isinstance(x, Number) asks whether x is numeric at all."""
    __slots__ = ()

    # Equal values of different numeric types must hash the same, which only
    # a concrete type can arrange, so the tower itself is unhashable.
    __hash__ = None


class Complex(Number):
    """A number with the operations of the builtin complex type."""
    __slots__ = ()

    # -- what a complex number is made of
    @abstractmethod
    def __complex__(self): raise NotImplementedError

    @property
    @abstractmethod
    def real(self): raise NotImplementedError

    @property
    @abstractmethod
    def imag(self): raise NotImplementedError

    @abstractmethod
    def conjugate(self): raise NotImplementedError

    @abstractmethod
    def __abs__(self): raise NotImplementedError

    @abstractmethod
    def __eq__(self, other): raise NotImplementedError

    # -- arithmetic, each in both directions
    @abstractmethod
    def __pos__(self): raise NotImplementedError

    @abstractmethod
    def __neg__(self): raise NotImplementedError

    @abstractmethod
    def __add__(self, other): raise NotImplementedError

    @abstractmethod
    def __radd__(self, other): raise NotImplementedError

    @abstractmethod
    def __mul__(self, other): raise NotImplementedError

    @abstractmethod
    def __rmul__(self, other): raise NotImplementedError

    @abstractmethod
    def __truediv__(self, other): raise NotImplementedError

    @abstractmethod
    def __rtruediv__(self, other): raise NotImplementedError

    @abstractmethod
    def __pow__(self, exponent): raise NotImplementedError

    @abstractmethod
    def __rpow__(self, base): raise NotImplementedError

    # -- derived from the above
    def __bool__(self):
        return self != 0

    def __sub__(self, other):
        return self + -other

    def __rsub__(self, other):
        return -self + other


# minipy can be built without the complex type.
if hasattr(builtins, "complex"):
    Complex.register(builtins.complex)


class Real(Complex):
    """An ordered number that converts to float and knows // and %."""
    __slots__ = ()

    @abstractmethod
    def __float__(self): raise NotImplementedError

    # -- rounding to an integral value
    @abstractmethod
    def __trunc__(self): raise NotImplementedError

    @abstractmethod
    def __floor__(self): raise NotImplementedError

    @abstractmethod
    def __ceil__(self): raise NotImplementedError

    @abstractmethod
    def __round__(self, ndigits=None): raise NotImplementedError

    # -- ordering
    @abstractmethod
    def __lt__(self, other): raise NotImplementedError

    @abstractmethod
    def __le__(self, other): raise NotImplementedError

    # -- floor division and remainder
    @abstractmethod
    def __floordiv__(self, other): raise NotImplementedError

    @abstractmethod
    def __rfloordiv__(self, other): raise NotImplementedError

    @abstractmethod
    def __mod__(self, other): raise NotImplementedError

    @abstractmethod
    def __rmod__(self, other): raise NotImplementedError

    def __divmod__(self, other):
        return (self // other, self % other)

    def __rdivmod__(self, other):
        return (other // self, other % self)

    # -- a real number is a complex one with no imaginary part
    def __complex__(self):
        return complex(float(self))

    @property
    def real(self):
        return +self

    @property
    def imag(self):
        return 0

    def conjugate(self):
        return +self


Real.register(float)


class Rational(Real):
    """A real number given as numerator / denominator in lowest terms."""
    __slots__ = ()

    @property
    @abstractmethod
    def numerator(self): raise NotImplementedError

    @property
    @abstractmethod
    def denominator(self): raise NotImplementedError

    def __float__(self):
        # int() first, so that a subclass whose parts are not ints still
        # divides as integers do (correctly rounded).
        return int(self.numerator) / int(self.denominator)


class Integral(Rational):
    """A whole number: int(), indexing, three-argument pow and bit operations."""
    __slots__ = ()

    @abstractmethod
    def __int__(self): raise NotImplementedError

    @abstractmethod
    def __pow__(self, exponent, modulus=None): raise NotImplementedError

    @abstractmethod
    def __invert__(self): raise NotImplementedError

    # -- shifts and bitwise operators, each in both directions
    @abstractmethod
    def __lshift__(self, other): raise NotImplementedError

    @abstractmethod
    def __rlshift__(self, other): raise NotImplementedError

    @abstractmethod
    def __rshift__(self, other): raise NotImplementedError

    @abstractmethod
    def __rrshift__(self, other): raise NotImplementedError

    @abstractmethod
    def __and__(self, other): raise NotImplementedError

    @abstractmethod
    def __rand__(self, other): raise NotImplementedError

    @abstractmethod
    def __or__(self, other): raise NotImplementedError

    @abstractmethod
    def __ror__(self, other): raise NotImplementedError

    @abstractmethod
    def __xor__(self, other): raise NotImplementedError

    @abstractmethod
    def __rxor__(self, other): raise NotImplementedError

    # -- an integer is its own numerator, over 1
    def __index__(self):
        return int(self)

    def __float__(self):
        return float(int(self))

    @property
    def numerator(self):
        return +self

    @property
    def denominator(self):
        return 1


Integral.register(int)
