"""Exact rational numbers.

A Fraction holds an int numerator and a positive int denominator with no
common factor.  Arithmetic with ints and other Fractions stays exact; mixed
with a float or complex, the Fraction is converted and the result is a
float or complex.
"""

import math
import numbers
import operator
import sys

__all__ = ['Fraction']

# CPython hashes a rational p/q as p * q^-1 modulo this prime; a value with
# no inverse (q a multiple of the prime) hashes like infinity.  Sharing the
# scheme makes hash(Fraction(1, 2)) == hash(0.5).
_HASH_PRIME = (1 << 61) - 1
_HASH_OF_INFINITY = 314159


# --- parsing strings -----------------------------------------------------------

def _digit_run(text):
    """int value of decimal digits with single underscores between them,
    or None if text is not such a run."""
    if not text or text[0] == '_' or text[-1] == '_' or '__' in text:
        return None
    plain = text.replace('_', '')
    if not plain.isdecimal():
        return None
    return int(plain)


def _split_exponent(body):
    """'1.5e-3' -> ('1.5', '-3'); no exponent -> (body, None)."""
    for marker in 'eE':
        at = body.find(marker)
        if at >= 0:
            return body[:at], body[at + 1:]
    return body, None


def _decimal_literal(body):
    """(numerator, denominator) for '12.5', '.5', '5.', '1e3'; None if malformed."""
    mantissa, exponent_text = _split_exponent(body)
    whole_text, dot, frac_text = mantissa.partition('.')
    if not whole_text and not frac_text:
        return None
    whole = _digit_run(whole_text) if whole_text else 0
    frac = _digit_run(frac_text) if frac_text else 0
    if whole is None or frac is None:
        return None
    scale = 10 ** len(frac_text.replace('_', ''))
    numerator, denominator = whole * scale + frac, scale
    if exponent_text is not None:
        negative = exponent_text[:1] == '-'
        digits = exponent_text[1:] if exponent_text[:1] in ('+', '-') else exponent_text
        magnitude = _digit_run(digits)
        if magnitude is None:
            return None
        if negative:
            denominator *= 10 ** magnitude
        else:
            numerator *= 10 ** magnitude
    return numerator, denominator


def _parse_literal(text):
    """(numerator, denominator) for a Fraction string, or None if invalid."""
    body = text.strip()
    negative = body[:1] == '-'
    if body[:1] in ('+', '-'):
        body = body[1:]
    top, slash, bottom = body.partition('/')
    if slash:
        pair = (_digit_run(top), _digit_run(bottom))
        if None in pair:
            return None
    else:
        pair = _decimal_literal(body)
        if pair is None:
            return None
    numerator, denominator = pair
    return (-numerator if negative else numerator), denominator


# --- type tests ----------------------------------------------------------------

def _is_rational(value):
    # Exact type checks first: an ABC isinstance check runs Python code.
    kind = type(value)
    if kind is int or kind is Fraction:
        return True
    if kind is float:
        return False
    return isinstance(value, numbers.Rational)


def _is_decimal(value):
    # A Decimal can only exist once its module was imported, so there is no
    # need to import decimal (which is large) just to ask.
    decimal_module = sys.modules.get('decimal')
    return decimal_module is not None and isinstance(value, decimal_module.Decimal)


def _new_raw(numerator, denominator):
    """A Fraction from a pair already in lowest terms with denominator > 0."""
    if denominator == 0:
        raise ZeroDivisionError('Fraction(%s, 0)' % numerator)
    made = object.__new__(Fraction)
    made._numerator = numerator
    made._denominator = denominator
    return made


def _round_half_even(numerator, denominator):
    """The integer nearest numerator/denominator, ties going to even."""
    quotient, remainder = divmod(numerator, denominator)
    twice = remainder * 2
    if twice > denominator or (twice == denominator and quotient % 2 == 1):
        return quotient + 1
    return quotient


# --- mixed-type operators ------------------------------------------------------

def _mixed_operator(exact, inexact, name):
    """Build the forward and reflected methods of one binary operator.

    `exact(a, b)` works on two Fractions; `inexact` is the operator applied
    after converting the Fraction to float or complex.  As in CPython, the
    forward method only treats int and Fraction exactly: another Rational type
    gets its own reflected method a chance first.
    """
    def forward(self, other):
        if isinstance(other, Fraction):
            return exact(self, other)
        if isinstance(other, int):
            return exact(self, _new_raw(int(other), 1))
        if isinstance(other, float):
            return inexact(float(self), other)
        if isinstance(other, complex):
            return inexact(complex(self), other)
        return NotImplemented

    def reflected(self, other):
        if _is_rational(other):
            return exact(Fraction(other), self)
        if isinstance(other, numbers.Real):
            return inexact(float(other), float(self))
        if isinstance(other, numbers.Complex):
            return inexact(complex(other), complex(self))
        return NotImplemented

    forward.__name__ = '__%s__' % name
    reflected.__name__ = '__r%s__' % name
    forward.__qualname__ = 'Fraction.' + forward.__name__
    reflected.__qualname__ = 'Fraction.' + reflected.__name__
    return forward, reflected


def _exact_add(a, b):
    return Fraction(a._numerator * b._denominator + b._numerator * a._denominator,
                    a._denominator * b._denominator)


def _exact_sub(a, b):
    return Fraction(a._numerator * b._denominator - b._numerator * a._denominator,
                    a._denominator * b._denominator)


def _exact_mul(a, b):
    return Fraction(a._numerator * b._numerator, a._denominator * b._denominator)


def _exact_truediv(a, b):
    if b._numerator == 0:
        # CPython cancels gcd(a's numerator, 0) first, so the message shows
        # only the sign of a's numerator.
        top = a._numerator
        raise ZeroDivisionError('Fraction(%s, 0)' % ((top > 0) - (top < 0)))
    return Fraction(a._numerator * b._denominator, a._denominator * b._numerator)


def _exact_floordiv(a, b):
    return (a._numerator * b._denominator) // (a._denominator * b._numerator)


def _exact_mod(a, b):
    common = a._denominator * b._denominator
    return Fraction((a._numerator * b._denominator) % (b._numerator * a._denominator),
                    common)


def _exact_divmod(a, b):
    quotient, rest = divmod(a._numerator * b._denominator,
                            a._denominator * b._numerator)
    return quotient, Fraction(rest, a._denominator * b._denominator)


class Fraction(numbers.Rational):
    """A rational number: Fraction(3, 6) == Fraction(1, 2).

    Built from two Rationals, or one int, Fraction, float, Decimal or string
    such as '-3/7', '1.25' or '2e-3'.
    """

    __slots__ = ('_numerator', '_denominator')

    def __new__(cls, numerator=0, denominator=None):
        self = super(Fraction, cls).__new__(cls)
        if denominator is None:
            if not isinstance(numerator, str):
                self._numerator, self._denominator = _exact_pair(numerator)
                return self
            numerator, denominator = _parse_or_raise(numerator)
        elif type(numerator) is int and type(denominator) is int:
            pass
        elif _is_rational(numerator) and _is_rational(denominator):
            numerator, denominator = (numerator.numerator * denominator.denominator,
                                      denominator.numerator * numerator.denominator)
        else:
            raise TypeError('both arguments should be Rational instances')
        if denominator == 0:
            raise ZeroDivisionError('Fraction(%s, 0)' % numerator)
        common = math.gcd(numerator, denominator)
        if denominator < 0:
            common = -common
        self._numerator = int(numerator // common)
        self._denominator = int(denominator // common)
        return self

    # -- alternative constructors

    @classmethod
    def from_float(cls, value):
        """The exact value of a finite float (an int is accepted too)."""
        if isinstance(value, numbers.Integral):
            return cls(value)
        if not isinstance(value, float):
            raise TypeError('%s.from_float() only takes floats, not %r (%s)'
                            % (cls.__name__, value, type(value).__name__))
        return cls(*value.as_integer_ratio())

    @classmethod
    def from_decimal(cls, value):
        """The exact value of a finite Decimal (an int is accepted too)."""
        from decimal import Decimal
        if isinstance(value, numbers.Integral):
            value = Decimal(int(value))
        elif not isinstance(value, Decimal):
            raise TypeError('%s.from_decimal() only takes Decimals, not %r (%s)'
                            % (cls.__name__, value, type(value).__name__))
        return cls(*value.as_integer_ratio())

    # -- parts

    @property
    def numerator(self):
        return self._numerator

    @property
    def denominator(self):
        return self._denominator

    def as_integer_ratio(self):
        """(numerator, denominator) as a tuple of ints."""
        return (self._numerator, self._denominator)

    def limit_denominator(self, max_denominator=1000000):
        """The fraction nearest to self whose denominator is at most
        max_denominator (on a tie, the one with the smaller denominator)."""
        if max_denominator < 1:
            raise ValueError('max_denominator should be at least 1')
        if self._denominator <= max_denominator:
            return Fraction(self)
        return _best_approximation(self._numerator, self._denominator,
                                   max_denominator)

    # -- text

    def __repr__(self):
        return '%s(%s, %s)' % (self.__class__.__name__,
                               self._numerator, self._denominator)

    def __str__(self):
        if self._denominator == 1:
            return str(self._numerator)
        return '%s/%s' % (self._numerator, self._denominator)

    # -- binary arithmetic: exact with Rationals, inexact with float/complex

    __add__, __radd__ = _mixed_operator(_exact_add, operator.add, 'add')
    __sub__, __rsub__ = _mixed_operator(_exact_sub, operator.sub, 'sub')
    __mul__, __rmul__ = _mixed_operator(_exact_mul, operator.mul, 'mul')
    __truediv__, __rtruediv__ = _mixed_operator(_exact_truediv, operator.truediv,
                                                'truediv')
    __floordiv__, __rfloordiv__ = _mixed_operator(_exact_floordiv, operator.floordiv,
                                                  'floordiv')
    __mod__, __rmod__ = _mixed_operator(_exact_mod, operator.mod, 'mod')
    __divmod__, __rdivmod__ = _mixed_operator(_exact_divmod, divmod, 'divmod')

    def __pow__(self, exponent):
        """Exact for an integral exponent; through float otherwise."""
        if not _is_rational(exponent):
            return float(self) ** exponent
        if exponent.denominator != 1:
            return float(self) ** float(exponent)
        power = exponent.numerator
        top, bottom = self._numerator, self._denominator
        if power >= 0:
            return _new_raw(top ** power, bottom ** power)
        # A negative power flips the fraction; the sign must end up on top.
        if top < 0:
            top, bottom = -top, -bottom
        return _new_raw(bottom ** -power, top ** -power)

    def __rpow__(self, base):
        if self._denominator == 1 and self._numerator >= 0:
            return base ** self._numerator
        if _is_rational(base):
            return Fraction(base.numerator, base.denominator) ** self
        if self._denominator == 1:
            return base ** self._numerator
        return base ** float(self)

    # -- unary operations and conversions

    def __pos__(self):
        return _new_raw(self._numerator, self._denominator)

    def __neg__(self):
        return _new_raw(-self._numerator, self._denominator)

    def __abs__(self):
        return _new_raw(abs(self._numerator), self._denominator)

    def __bool__(self):
        return bool(self._numerator)

    def __int__(self):
        # Truncates toward zero, unlike //, which floors.
        magnitude = abs(self._numerator) // self._denominator
        return operator.index(-magnitude if self._numerator < 0 else magnitude)

    def __trunc__(self):
        return self.__int__()

    def __float__(self):
        return self._numerator / self._denominator

    def __floor__(self):
        return self._numerator // self._denominator

    def __ceil__(self):
        return -(-self._numerator // self._denominator)

    def __round__(self, ndigits=None):
        """Round half to even, to an int (no ndigits) or to a Fraction."""
        if ndigits is None:
            return _round_half_even(self._numerator, self._denominator)
        scale = 10 ** abs(ndigits)
        if ndigits > 0:
            return Fraction(round(self * scale), scale)
        return Fraction(round(self / scale) * scale)

    # -- hashing and comparison

    def __hash__(self):
        if self._denominator % _HASH_PRIME == 0:
            magnitude = _HASH_OF_INFINITY
        else:
            inverse = pow(self._denominator, _HASH_PRIME - 2, _HASH_PRIME)
            magnitude = hash(hash(abs(self._numerator)) * inverse)
        signed = -magnitude if self._numerator < 0 else magnitude
        return -2 if signed == -1 else signed    # -1 is reserved for errors

    def __eq__(self, other):
        if type(other) is int:
            return self._denominator == 1 and self._numerator == other
        if _is_rational(other):
            return (self._numerator == other.numerator
                    and self._denominator == other.denominator)
        if isinstance(other, numbers.Complex) and other.imag == 0:
            other = other.real
        if isinstance(other, float):
            if math.isfinite(other):
                return self == Fraction.from_float(other)
            return other == 0.0        # False for inf and nan
        return NotImplemented

    def _compare(self, other, test):
        if _is_rational(other):
            return test(self._numerator * other.denominator,
                        self._denominator * other.numerator)
        if isinstance(other, float):
            if math.isfinite(other):
                return test(self, Fraction.from_float(other))
            # Any finite value compares with inf and nan as 0.0 does.
            return test(0.0, other)
        return NotImplemented

    def __lt__(self, other):
        return self._compare(other, operator.lt)

    def __gt__(self, other):
        return self._compare(other, operator.gt)

    def __le__(self, other):
        return self._compare(other, operator.le)

    def __ge__(self, other):
        return self._compare(other, operator.ge)

    # -- copying and pickling

    def __reduce__(self):
        return (self.__class__, (self._numerator, self._denominator))

    def __copy__(self):
        # Fractions are immutable; only a subclass may carry extra state.
        if type(self) == Fraction:
            return self
        return self.__class__(self._numerator, self._denominator)

    def __deepcopy__(self, memo):
        return self.__copy__()


def _exact_pair(value):
    """(numerator, denominator), in lowest terms, for a one-argument
    Fraction(value) that is not a string."""
    if type(value) is int:
        return value, 1
    if _is_rational(value):
        return int(value.numerator), int(value.denominator)
    if isinstance(value, float) or _is_decimal(value):
        return value.as_integer_ratio()
    raise TypeError('argument should be a string or a Rational instance')


def _parse_or_raise(text):
    pair = _parse_literal(text)
    if pair is None:
        raise ValueError('Invalid literal for Fraction: %r' % text)
    return pair


def _best_approximation(numerator, denominator, limit):
    """Nearest fraction to numerator/denominator with denominator <= limit.

    The answer is the last continued-fraction convergent that fits, or the
    best semiconvergent between it and the one before, whichever is closer.
    """
    # (prev_num, prev_den) and (cur_num, cur_den) are consecutive convergents.
    prev_num, prev_den, cur_num, cur_den = 0, 1, 1, 0
    n, d = numerator, denominator
    while True:
        term = n // d
        next_den = prev_den + term * cur_den
        if next_den > limit:
            break
        prev_num, prev_den, cur_num, cur_den = (
            cur_num, cur_den, prev_num + term * cur_num, next_den)
        n, d = d, n - term * d
    steps = (limit - prev_den) // cur_den
    semi_num = prev_num + steps * cur_num
    semi_den = prev_den + steps * cur_den
    # Compare |cur - x| with |semi - x| exactly, in integers.
    cur_gap = abs(cur_num * denominator - numerator * cur_den) * semi_den
    semi_gap = abs(semi_num * denominator - numerator * semi_den) * cur_den
    if cur_gap <= semi_gap:
        return _new_raw(cur_num, cur_den)
    return _new_raw(semi_num, semi_den)
