"""Fraction, Infinite-precision Rational numbers.

A Fraction is an immutable pair (numerator, denominator) of ints kept in
lowest terms with a positive denominator. It mixes with int (exactly) and
float (by converting itself to float), like CPython's fractions module.
"""

import math
import numbers

__all__ = ['Fraction']

# Parameters of CPython's numeric hash (sys.hash_info.modulus / .inf), so
# that hash(Fraction(1, 2)) == hash(0.5) and hash(Fraction(3)) == hash(3).
_HASH_MODULUS = (1 << 61) - 1
_HASH_INF = 314159


def _is_digits(s):
    """True if s is decimal digits optionally split by single underscores."""
    if not s:
        return False
    for part in s.split('_'):
        if not part or not part.isdecimal():
            return False
    return True


def _parse(text):
    """Parse a Fraction literal into (numerator, denominator) or None."""
    s = text.strip()
    neg = False
    if s[:1] in ('+', '-'):
        neg = s[0] == '-'
        s = s[1:]
    if '/' in s:
        num, den = s.split('/', 1)
        if not (_is_digits(num) and _is_digits(den)):
            return None
        n, d = int(num), int(den)
    else:
        exp = None
        for i in range(len(s)):
            if s[i] in 'eE':
                s, exp = s[:i], s[i + 1:]
                break
        if '.' in s:
            whole, frac = s.split('.', 1)
        else:
            whole, frac = s, None
        # At least one digit must start the mantissa (before or after '.').
        if whole:
            if not _is_digits(whole):
                return None
        elif not frac or not frac[0].isdecimal():
            return None
        if frac and not _is_digits(frac):
            return None
        n = int(whole) if whole else 0
        d = 1
        if frac:
            scale = 10 ** len(frac.replace('_', ''))
            n = n * scale + int(frac)
            d = scale
        if exp is not None:
            digits = exp[1:] if exp[:1] in ('+', '-') else exp
            if not _is_digits(digits):
                return None
            e = int(exp)
            if e >= 0:
                n *= 10 ** e
            else:
                d *= 10 ** -e
    if neg:
        n = -n
    return n, d


def _is_rational(x):
    # Exact type tests first: isinstance() against an ABC runs Python code.
    t = type(x)
    if t is int or t is Fraction:
        return True
    if t is float:
        return False
    return isinstance(x, numbers.Rational)


class Fraction(numbers.Rational):
    """This class implements rational numbers.

    Fraction(8, 6) == Fraction(4, 3); Fraction accepts an int, a float, a
    string such as '3/7' or '-1.5e3', or another Fraction.
    """

    __slots__ = ('_numerator', '_denominator')

    def __new__(cls, numerator=0, denominator=None):
        self = super(Fraction, cls).__new__(cls)
        if denominator is None:
            if type(numerator) is int:
                self._numerator = numerator
                self._denominator = 1
                return self
            elif _is_rational(numerator):
                self._numerator = int(numerator.numerator)
                self._denominator = int(numerator.denominator)
                return self
            elif isinstance(numerator, float):
                self._numerator, self._denominator = numerator.as_integer_ratio()
                return self
            elif type(numerator).__name__ == 'Decimal' and hasattr(numerator, 'as_integer_ratio'):
                self._numerator, self._denominator = numerator.as_integer_ratio()
                return self
            elif isinstance(numerator, str):
                parsed = _parse(numerator)
                if parsed is None:
                    raise ValueError('Invalid literal for Fraction: %r' % numerator)
                numerator, denominator = parsed
            else:
                raise TypeError('argument should be a string or a Rational instance')
        elif type(numerator) is int and type(denominator) is int:
            pass
        elif _is_rational(numerator) and _is_rational(denominator):
            numerator, denominator = (
                numerator.numerator * denominator.denominator,
                denominator.numerator * numerator.denominator)
        else:
            raise TypeError('both arguments should be Rational instances')
        if denominator == 0:
            raise ZeroDivisionError('Fraction(%s, 0)' % numerator)
        g = math.gcd(numerator, denominator)
        if denominator < 0:
            g = -g
        self._numerator = int(numerator // g)
        self._denominator = int(denominator // g)
        return self

    @classmethod
    def from_float(cls, f):
        """Converts a finite float to a rational number, exactly."""
        if isinstance(f, int):
            return cls(f)
        if not isinstance(f, float):
            raise TypeError('%s.from_float() only takes floats, not %r (%s)' %
                            (cls.__name__, f, type(f).__name__))
        return cls(*f.as_integer_ratio())

    @classmethod
    def from_decimal(cls, dec):
        """Converts a finite Decimal instance to a rational number, exactly."""
        if isinstance(dec, int):
            return cls(dec)
        if type(dec).__name__ != 'Decimal':
            raise TypeError('%s.from_decimal() only takes Decimals, not %r (%s)' %
                            (cls.__name__, dec, type(dec).__name__))
        return cls(*dec.as_integer_ratio())

    def as_integer_ratio(self):
        """Return the pair (numerator, denominator)."""
        return (self._numerator, self._denominator)

    def limit_denominator(self, max_denominator=1000000):
        """Closest Fraction to self with denominator at most max_denominator."""
        if max_denominator < 1:
            raise ValueError('max_denominator should be at least 1')
        if self._denominator <= max_denominator:
            return Fraction(self)
        # Walk the continued fraction expansion, keeping the last two
        # convergents; then pick the nearer of the last convergent and the
        # best semiconvergent.
        p0, q0, p1, q1 = 0, 1, 1, 0
        n, d = self._numerator, self._denominator
        while True:
            a = n // d
            q2 = q0 + a * q1
            if q2 > max_denominator:
                break
            p0, q0, p1, q1 = p1, q1, p0 + a * p1, q2
            n, d = d, n - a * d
        k = (max_denominator - q0) // q1
        if 2 * d * (q0 + k * q1) <= self._denominator:
            return _make(p1, q1)
        return _make(p0 + k * p1, q0 + k * q1)

    @property
    def numerator(a):
        return a._numerator

    @property
    def denominator(a):
        return a._denominator

    def __repr__(self):
        return '%s(%s, %s)' % (self.__class__.__name__,
                               self._numerator, self._denominator)

    def __str__(self):
        if self._denominator == 1:
            return str(self._numerator)
        return '%s/%s' % (self._numerator, self._denominator)

    # Arithmetic. Each binary operator is built from an exact Fraction
    # version plus the float fallback used when the other operand is a float.

    def _add(a, b):
        return Fraction(a._numerator * b._denominator + b._numerator * a._denominator,
                        a._denominator * b._denominator)

    def _sub(a, b):
        return Fraction(a._numerator * b._denominator - b._numerator * a._denominator,
                        a._denominator * b._denominator)

    def _mul(a, b):
        return Fraction(a._numerator * b._numerator, a._denominator * b._denominator)

    def _div(a, b):
        if b._numerator == 0:
            # CPython reduces a's numerator by gcd(n, 0) = |n| first.
            n = a._numerator
            raise ZeroDivisionError('Fraction(%s, 0)' % ((n > 0) - (n < 0)))
        return Fraction(a._numerator * b._denominator, a._denominator * b._numerator)

    def _floordiv(a, b):
        return (a._numerator * b._denominator) // (a._denominator * b._numerator)

    def _mod(a, b):
        da, db = a._denominator, b._denominator
        return Fraction((a._numerator * db) % (b._numerator * da), da * db)

    def _divmod(a, b):
        da, db = a._denominator, b._denominator
        q, r = divmod(a._numerator * db, da * b._numerator)
        return q, Fraction(r, da * db)

    def __add__(a, b):
        return _forward(a, b, Fraction._add, _f_add)

    def __radd__(b, a):
        return _reverse(b, a, Fraction._add, _f_add)

    def __sub__(a, b):
        return _forward(a, b, Fraction._sub, _f_sub)

    def __rsub__(b, a):
        return _reverse(b, a, Fraction._sub, _f_sub)

    def __mul__(a, b):
        return _forward(a, b, Fraction._mul, _f_mul)

    def __rmul__(b, a):
        return _reverse(b, a, Fraction._mul, _f_mul)

    def __truediv__(a, b):
        return _forward(a, b, Fraction._div, _f_div)

    def __rtruediv__(b, a):
        return _reverse(b, a, Fraction._div, _f_div)

    def __floordiv__(a, b):
        return _forward(a, b, Fraction._floordiv, _f_floordiv)

    def __rfloordiv__(b, a):
        return _reverse(b, a, Fraction._floordiv, _f_floordiv)

    def __mod__(a, b):
        return _forward(a, b, Fraction._mod, _f_mod)

    def __rmod__(b, a):
        return _reverse(b, a, Fraction._mod, _f_mod)

    def __divmod__(a, b):
        return _forward(a, b, Fraction._divmod, divmod)

    def __rdivmod__(b, a):
        return _reverse(b, a, Fraction._divmod, divmod)

    def __pow__(a, b):
        """a ** b: exact for integral b, a float otherwise."""
        if _is_rational(b):
            if b.denominator == 1:
                power = b.numerator
                if power >= 0:
                    return _make(a._numerator ** power, a._denominator ** power)
                if a._numerator == 0:
                    raise ZeroDivisionError('Fraction(%s, 0)' % (a._denominator ** -power))
                if a._numerator > 0:
                    return _make(a._denominator ** -power, a._numerator ** -power)
                return _make((-a._denominator) ** -power, (-a._numerator) ** -power)
            return float(a) ** float(b)
        # Anything else (float, or an unknown type) goes through float.
        return float(a) ** b

    def __rpow__(b, a):
        """a ** b for a non-Fraction a."""
        if b._denominator == 1 and b._numerator >= 0:
            return a ** b._numerator
        if _is_rational(a):
            return Fraction(a.numerator, a.denominator) ** b
        if b._denominator == 1:
            return a ** b._numerator
        return a ** float(b)

    def __pos__(a):
        return _make(a._numerator, a._denominator)

    def __neg__(a):
        return _make(-a._numerator, a._denominator)

    def __abs__(a):
        return _make(abs(a._numerator), a._denominator)

    def __int__(a):
        if a._numerator < 0:
            return -(-a._numerator // a._denominator)
        return a._numerator // a._denominator

    def __trunc__(a):
        return a.__int__()

    def __float__(a):
        return a._numerator / a._denominator

    def __floor__(a):
        return a._numerator // a._denominator

    def __ceil__(a):
        return -(-a._numerator // a._denominator)

    def __round__(self, ndigits=None):
        """round(self[, ndigits]): round half to even, like CPython."""
        if ndigits is None:
            floor, remainder = divmod(self._numerator, self._denominator)
            if remainder * 2 < self._denominator:
                return floor
            if remainder * 2 > self._denominator:
                return floor + 1
            if floor % 2 == 0:
                return floor
            return floor + 1
        shift = 10 ** abs(ndigits)
        if ndigits > 0:
            return Fraction(round(self * shift), shift)
        return Fraction(round(self / shift) * shift)

    def __hash__(self):
        # The hash of n/d is n * inverse(d) modulo the hash modulus, which
        # agrees with int and float hashing for equal values.
        try:
            dinv = pow(self._denominator, -1, _HASH_MODULUS)
        except ValueError:
            h = _HASH_INF
        else:
            h = hash(hash(abs(self._numerator)) * dinv)
        result = h if self._numerator >= 0 else -h
        return -2 if result == -1 else result

    def __eq__(a, b):
        if type(b) is int:
            return a._numerator == b and a._denominator == 1
        if _is_rational(b):
            return a._numerator == b.numerator and a._denominator == b.denominator
        if isinstance(b, float):
            if math.isnan(b) or math.isinf(b):
                return 0.0 == b
            return a == Fraction(b)
        return NotImplemented

    def _richcmp(self, other, op):
        if _is_rational(other):
            return op(self._numerator * other.denominator,
                      self._denominator * other.numerator)
        if isinstance(other, float):
            if math.isnan(other) or math.isinf(other):
                return op(0.0, other)
            return op(self, Fraction(other))
        return NotImplemented

    def __lt__(a, b):
        return a._richcmp(b, _lt)

    def __gt__(a, b):
        return a._richcmp(b, _gt)

    def __le__(a, b):
        return a._richcmp(b, _le)

    def __ge__(a, b):
        return a._richcmp(b, _ge)

    def __bool__(a):
        return bool(a._numerator)

    def __reduce__(self):
        return (self.__class__, (str(self),))

    def __copy__(self):
        if type(self) == Fraction:
            return self
        return self.__class__(self._numerator, self._denominator)

    def __deepcopy__(self, memo):
        if type(self) == Fraction:
            return self
        return self.__class__(self._numerator, self._denominator)


def _make(n, d):
    """Build a Fraction from an already-normalised pair (d != 0 checked)."""
    if d == 0:
        raise ZeroDivisionError('Fraction(%s, 0)' % n)
    f = object.__new__(Fraction)
    f._numerator = n
    f._denominator = d
    return f


def _forward(a, b, exact, fallback):
    # Like CPython, only int and Fraction are exact here; other Rationals get
    # their chance through their own reflected operator.
    if isinstance(b, (int, Fraction)):
        if not isinstance(b, Fraction):
            b = Fraction(b)
        return exact(a, b)
    if isinstance(b, float):
        return fallback(float(a), b)
    return NotImplemented


def _reverse(b, a, exact, fallback):
    if _is_rational(a):
        return exact(Fraction(a), b)
    if isinstance(a, float):
        return fallback(a, float(b))
    return NotImplemented


def _f_add(x, y):
    return x + y


def _f_sub(x, y):
    return x - y


def _f_mul(x, y):
    return x * y


def _f_div(x, y):
    return x / y


def _f_floordiv(x, y):
    return x // y


def _f_mod(x, y):
    return x % y


def _lt(x, y):
    return x < y


def _gt(x, y):
    return x > y


def _le(x, y):
    return x <= y


def _ge(x, y):
    return x >= y
