"""Decimal fixed point and floating point arithmetic.

An implementation of the General Decimal Arithmetic Specification that behaves
like CPython 3.11's decimal module (the libmpdec based one) for the operations
it offers.

A finite Decimal is stored as plain Python ints: a sign (0 or 1), an integer
coefficient and an exponent, so the value is (-1)**sign * coefficient * 10**exp.
Infinities and NaNs carry a kind tag (the coefficient holds a NaN's payload).
Conditions raised by an operation are collected in a bit mask laid out like
libmpdec's status word, which gives CPython's order in reprs and exceptions.
"""

from collections import namedtuple as _namedtuple
import numbers as _numbers
from math import isqrt as _isqrt
from _decimal_kernel import (make as _make, arith as _karith, compare as _kcmp,
                             quantize as _kquant, text as _ktext,
                             from_value as _kfrom, hash_of as _khash,
                             format_finite as _kformat)

__all__ = [
    'Decimal', 'Context', 'DecimalTuple',
    'DefaultContext', 'BasicContext', 'ExtendedContext',
    'DecimalException', 'Clamped', 'InvalidOperation', 'DivisionByZero',
    'Inexact', 'Rounded', 'Subnormal', 'Overflow', 'Underflow',
    'FloatOperation', 'DivisionImpossible', 'InvalidContext',
    'ConversionSyntax', 'DivisionUndefined',
    'ROUND_DOWN', 'ROUND_HALF_UP', 'ROUND_HALF_EVEN', 'ROUND_CEILING',
    'ROUND_FLOOR', 'ROUND_UP', 'ROUND_HALF_DOWN', 'ROUND_05UP',
    'setcontext', 'getcontext', 'localcontext',
    'MAX_PREC', 'MAX_EMAX', 'MIN_EMIN', 'MIN_ETINY', 'HAVE_THREADS',
    'HAVE_CONTEXTVAR',
]

__version__ = '1.70'
__libmpdec_version__ = '2.5.1'

MAX_PREC = 999999999999999999
MAX_EMAX = 999999999999999999
MIN_EMIN = -999999999999999999
MIN_ETINY = MIN_EMIN - (MAX_PREC - 1)
HAVE_THREADS = True
HAVE_CONTEXTVAR = True

ROUND_DOWN = 'ROUND_DOWN'
ROUND_HALF_UP = 'ROUND_HALF_UP'
ROUND_HALF_EVEN = 'ROUND_HALF_EVEN'
ROUND_CEILING = 'ROUND_CEILING'
ROUND_FLOOR = 'ROUND_FLOOR'
ROUND_UP = 'ROUND_UP'
ROUND_HALF_DOWN = 'ROUND_HALF_DOWN'
ROUND_05UP = 'ROUND_05UP'

_ROUNDING_MSG = ("valid values for rounding are:\n"
                 "  [ROUND_CEILING, ROUND_FLOOR, ROUND_UP, ROUND_DOWN,\n"
                 "   ROUND_HALF_UP, ROUND_HALF_DOWN, ROUND_HALF_EVEN,\n"
                 "   ROUND_05UP]")

_ROUNDINGS = (ROUND_CEILING, ROUND_FLOOR, ROUND_UP, ROUND_DOWN,
              ROUND_HALF_UP, ROUND_HALF_DOWN, ROUND_HALF_EVEN, ROUND_05UP)


# ---------------------------------------------------------------------------
# Signals

class DecimalException(ArithmeticError):
    """Base class of all decimal signals."""

class Clamped(DecimalException):
    """Exponent of a result was altered to fit the exponent limits."""

class InvalidOperation(DecimalException):
    """An invalid operation was performed."""

class ConversionSyntax(InvalidOperation):
    """A string did not have the syntax of a number."""

class DivisionByZero(DecimalException, ZeroDivisionError):
    """A finite non-zero number was divided by zero."""

class DivisionImpossible(InvalidOperation):
    """The integer quotient did not fit in the precision."""

class DivisionUndefined(InvalidOperation, ZeroDivisionError):
    """Zero was divided by zero."""

class Inexact(DecimalException):
    """Non-zero digits were discarded by rounding."""

class InvalidContext(InvalidOperation):
    """An invalid context was detected."""

class Rounded(DecimalException):
    """Digits (maybe zeros) were discarded by rounding."""

class Subnormal(DecimalException):
    """The result was subnormal (adjusted exponent below Emin)."""

class Overflow(Inexact, Rounded):
    """The exponent of a result exceeded Emax."""

class Underflow(Inexact, Rounded, Subnormal):
    """A subnormal result was inexact."""

class FloatOperation(DecimalException, TypeError):
    """A float was mixed with Decimals."""


# Condition bits, in libmpdec's order (this order shows in Context reprs).
_CLAMPED = 1
_CONV_SYNTAX = 2
_DIV_BY_ZERO = 4
_DIV_IMPOSSIBLE = 8
_DIV_UNDEFINED = 16
_FPU_ERROR = 32
_INEXACT = 64
_INV_CONTEXT = 128
_INV_OPERATION = 256
_MALLOC_ERROR = 512
_FLOAT_OP = 1024
_OVERFLOW = 2048
_ROUNDED = 4096
_SUBNORMAL = 8192
_UNDERFLOW = 16384
_IEEE_INVALID = (_CONV_SYNTAX | _DIV_IMPOSSIBLE | _DIV_UNDEFINED | _FPU_ERROR |
                 _INV_CONTEXT | _INV_OPERATION | _MALLOC_ERROR)

# Signals in the order CPython lists them (flags dicts, raised class choice).
_SIGNALS = (
    (InvalidOperation, _IEEE_INVALID), (FloatOperation, _FLOAT_OP),
    (DivisionByZero, _DIV_BY_ZERO), (Overflow, _OVERFLOW),
    (Underflow, _UNDERFLOW), (Subnormal, _SUBNORMAL), (Inexact, _INEXACT),
    (Rounded, _ROUNDED), (Clamped, _CLAMPED),
)
# Conditions that make up InvalidOperation, listed first in an exception.
_CONDITIONS = (
    (InvalidOperation, _INV_OPERATION), (ConversionSyntax, _CONV_SYNTAX),
    (DivisionImpossible, _DIV_IMPOSSIBLE), (DivisionUndefined, _DIV_UNDEFINED),
    (InvalidContext, _INV_CONTEXT),
)
# Name of each bit for Context reprs (InvalidOperation printed once).
_BIT_NAMES = ('Clamped', 'InvalidOperation', 'DivisionByZero', 'InvalidOperation',
              'InvalidOperation', 'InvalidOperation', 'Inexact', 'InvalidOperation',
              'InvalidOperation', 'InvalidOperation', 'FloatOperation', 'Overflow',
              'Rounded', 'Subnormal', 'Underflow')


def _signal_mask(sig):
    for cls, mask in _SIGNALS:
        if cls is sig:
            return mask
    return 0


def _bits_repr(bits):
    names = []
    inv_done = False
    for i in range(15):
        if bits & (1 << i):
            if (1 << i) & _IEEE_INVALID:
                if inv_done:
                    continue
                inv_done = True
            names.append(_BIT_NAMES[i])
    return '[' + ', '.join(names) + ']'


def _signal(ctx, status):
    """Records status in ctx's flags and raises if one of them is trapped."""
    ctx._flags |= status
    trapped = status & ctx._traps
    if trapped:
        for cls, mask in _SIGNALS:
            if trapped & mask:
                exc = cls
                break
        lst = [cls for cls, mask in _CONDITIONS if trapped & mask]
        lst += [cls for cls, mask in _SIGNALS[1:] if trapped & mask]
        raise exc(lst)


# ---------------------------------------------------------------------------
# Integer helpers

# Ints below this convert with str() (no int/str conversion limit applies).
_SMALL = 1 << 9999


def _nd(c):
    """Number of decimal digits of the non-negative int c (1 for 0)."""
    if c < _SMALL:
        return len(str(c))
    n = int(c.bit_length() * 0.30102999566398120) - 1
    p = 10 ** n
    while p <= c:
        p *= 10
        n += 1
    return n


def _istr(c):
    """str(c) for an int of any size (no int/str conversion limit)."""
    if c < _SMALL:
        return str(c)
    half = _nd(c) // 2
    hi, lo = divmod(c, 10 ** half)
    s = _istr(lo)
    return _istr(hi) + '0' * (half - len(s)) + s


def _round_int(sign, c, n, rounding):
    """Drops n > 0 digits of coefficient c using rounding.
    Returns (new coefficient, whether non-zero digits were dropped)."""
    p = 10 ** n
    q, r = divmod(c, p)
    if r == 0:
        return q, False
    if rounding == ROUND_HALF_EVEN:
        h = p >> 1
        up = r > h or (r == h and q & 1)
    elif rounding == ROUND_HALF_UP:
        up = r >= p >> 1
    elif rounding == ROUND_HALF_DOWN:
        up = r > p >> 1
    elif rounding == ROUND_DOWN:
        up = False
    elif rounding == ROUND_UP:
        up = True
    elif rounding == ROUND_CEILING:
        up = not sign
    elif rounding == ROUND_FLOOR:
        up = bool(sign)
    else:  # ROUND_05UP
        up = q % 5 == 0
    return (q + 1 if up else q), True


def _rescale(sign, c, e, target, rounding):
    """Coefficient for exponent target. Returns (c, inexact, rounded)."""
    if target <= e:
        return c * 10 ** (e - target), False, False
    n = target - e
    if c == 0:
        return 0, False, False
    if n > _nd(c) + 1:
        # Far below half a unit: a sticky 1 two places down rounds alike.
        c, n = 1, 2
    c, inexact = _round_int(sign, c, n, rounding)
    return c, inexact, True


# ---------------------------------------------------------------------------
# Construction helpers

# _make(Decimal, exp, int, kind, sign) is a Decimal with those slots set, made
# in one step rather than by object.__new__ and four slot assignments (the
# values go in the order of the instance layout, which lists slots by name;
# the end of this module checks that and falls back to Python if it changes).

def _fin(sign, c, e):
    return _make(Decimal, e, c, 0, sign)


def _special(sign, kind, payload=0):
    return _make(Decimal, 0, payload, kind, sign)


_INF, _NAN, _SNAN = 1, 2, 3


def _nan(ctx, status=_INV_OPERATION):
    _signal(ctx, status)
    return _special(0, _NAN)


def _from_int(v):
    v = int(v)
    if v < 0:
        return _fin(1, -v, 0)
    return _fin(0, v, 0)


def _from_float(f):
    if f != f:
        return _special(1 if str(f)[0] == '-' else 0, _NAN)
    sign = 1 if (f < 0 or (f == 0 and str(f)[0] == '-')) else 0
    if f in (_FINF, -_FINF):
        return _special(sign, _INF)
    n, d = abs(f).as_integer_ratio()
    k = d.bit_length() - 1
    return _fin(sign, n * 5 ** k, -k)


_FINF = float('inf')

try:
    _complex = complex
except NameError:  # interpreters without complex numbers
    _complex = None


# Numeric strings already parsed by Decimal(): text -> (sign, int, exp, kind).
_parsed = {}


def _parse(s, ctx):
    """(sign, coefficient, exponent, kind) of a numeric string, or None when
    the syntax is invalid."""
    if s.isascii():
        # Plain [sign]digits[.digits] needs none of the general work.
        sign = 0
        body = s
        if s[:1] == '-':
            sign = 1
            body = s[1:]
        elif s[:1] == '+':
            body = s[1:]
        if body.isdigit():
            return sign, int(body), 0, 0
        dot = body.find('.')
        if dot >= 0:
            intpart = body[:dot]
            frac = body[dot + 1:]
            if frac.isdigit():
                if not intpart or intpart.isdigit():
                    return sign, int(intpart + frac), -len(frac), 0
            elif not frac and intpart.isdigit():
                return sign, int(intpart), 0, 0
    s = s.strip()
    if '_' in s:
        s = s.replace('_', '')
    if not s.isascii():
        chars = []
        for ch in s:
            if ch.isdecimal():
                chars.append(str(int(ch)))
            elif ord(ch) < 128:
                chars.append(ch)
            else:
                return None
        s = ''.join(chars)
    if not s:
        return None
    sign = 0
    if s[0] in '+-':
        sign = 1 if s[0] == '-' else 0
        s = s[1:]
    low = s.lower()
    if low in ('inf', 'infinity'):
        return sign, 0, 0, _INF
    if low.startswith('nan') or low.startswith('snan'):
        kind = _NAN if low[0] == 'n' else _SNAN
        payload = low[3:] if kind == _NAN else low[4:]
        if payload and not payload.isdigit():
            return None
        return sign, int(payload) if payload else 0, 0, kind
    epos = low.find('e')
    exp = 0
    if epos >= 0:
        es = low[epos + 1:]
        low = low[:epos]
        if es[:1] in ('+', '-'):
            digits = es[1:]
        else:
            digits = es
        if not digits or not digits.isdigit():
            return None
        exp = int(es)
    dot = low.find('.')
    if dot >= 0:
        intpart = low[:dot]
        frac = low[dot + 1:]
    else:
        intpart = low
        frac = ''
    if not (intpart or frac):
        return None
    if (intpart and not intpart.isdigit()) or (frac and not frac.isdigit()):
        return None
    return sign, int(intpart + frac), exp - len(frac), 0


def _convert_other(v, ctx=None):
    """Operand conversion for methods: Decimal and int only."""
    if isinstance(v, Decimal):
        return v
    if isinstance(v, int):
        return _from_int(v)
    raise TypeError("conversion from %s to Decimal is not supported"
                    % type(v).__name__)


def _binop_other(v):
    if isinstance(v, Decimal):
        return v
    if isinstance(v, int):
        return _from_int(v)
    return None


_NO_REFLECT = (float, str, type(None), list, tuple, dict, set, bytes)


def _op_error(op, a, b):
    return TypeError("unsupported operand type(s) for %s: '%s' and '%s'"
                     % (op, _tname(a), _tname(b)))


def _tname(v):
    if isinstance(v, Decimal):
        return 'decimal.Decimal'
    return type(v).__name__


# ---------------------------------------------------------------------------
# Rounding a result into a context

def _fix(sign, c, e, ctx, status=0, rounding=None):
    """Rounds (sign, c, e) to ctx's precision and exponent range."""
    if c:
        # The common case: a normal result, at most one rounding step.
        prec = ctx._prec
        n = len(str(c)) if c < _SMALL else _nd(c)
        adj = e + n - 1
        if ctx._Emin <= adj <= ctx._Emax:
            if n <= prec:
                if not ctx._clamp or e <= ctx._Emax - prec + 1:
                    if status:
                        ctx._flags |= status
                        if status & ctx._traps:
                            _signal(ctx, status)
                    return _make(Decimal, e, c, 0, sign)
            else:
                p = 10 ** (n - prec)
                q, r = divmod(c, p)
                if r:
                    rnd = rounding or ctx._rounding
                    if rnd == ROUND_HALF_EVEN:
                        h = p >> 1
                        if r > h or (r == h and q & 1):
                            q += 1
                    elif _round_away(sign, q, r, p, rnd):
                        q += 1
                    st = status | _ROUNDED | _INEXACT
                else:
                    st = status | _ROUNDED
                if q == 10 ** prec:
                    if adj >= ctx._Emax:
                        return _fix_general(sign, c, e, ctx, status, rounding)
                    q //= 10
                    e += 1
                ctx._flags |= st
                if st & ctx._traps:
                    _signal(ctx, st)
                return _make(Decimal, e + n - prec, q, 0, sign)
    return _fix_general(sign, c, e, ctx, status, rounding)


def _round_away(sign, q, r, p, rounding):
    """Whether dropping remainder r (0 < r < p) of quotient q rounds q up."""
    if rounding == ROUND_HALF_UP:
        return r >= p >> 1
    if rounding == ROUND_HALF_DOWN:
        return r > p >> 1
    if rounding == ROUND_DOWN:
        return False
    if rounding == ROUND_UP:
        return True
    if rounding == ROUND_CEILING:
        return not sign
    if rounding == ROUND_FLOOR:
        return bool(sign)
    if rounding == ROUND_HALF_EVEN:
        h = p >> 1
        return r > h or (r == h and q & 1 == 1)
    return q % 5 == 0  # ROUND_05UP


def _fix_general(sign, c, e, ctx, status, rounding):
    prec = ctx._prec
    emax = ctx._Emax
    etiny = ctx._Emin - prec + 1
    if c == 0:
        hi = emax - prec + 1 if ctx._clamp else emax
        if e < etiny:
            e = etiny
            status |= _CLAMPED
        elif e > hi:
            e = hi
            status |= _CLAMPED
        if status:
            _signal(ctx, status)
        return _fin(sign, 0, e)
    n = _nd(c)
    if e + n - 1 > emax:
        return _overflow(sign, ctx, status, rounding)
    target = e + n - prec
    sub = target < etiny
    if sub:
        target = etiny
    if e < target:
        c, inexact = _round_int(sign, c, target - e, rounding or ctx._rounding)
        e = target
        if not sub and c == 10 ** prec:
            c //= 10
            e += 1
            if e + prec - 1 > emax:
                return _overflow(sign, ctx, status, rounding)
        status |= _ROUNDED
        if inexact:
            status |= _INEXACT
        if sub:
            status |= _SUBNORMAL
            if inexact:
                status |= _UNDERFLOW
                if c == 0:
                    status |= _CLAMPED
        _signal(ctx, status)
        return _fin(sign, c, e)
    if sub:
        status |= _SUBNORMAL
    elif ctx._clamp and e > emax - prec + 1:
        top = emax - prec + 1
        c *= 10 ** (e - top)
        e = top
        status |= _CLAMPED
    if status:
        _signal(ctx, status)
    return _fin(sign, c, e)


def _overflow(sign, ctx, status, rounding=None):
    _signal(ctx, status | _OVERFLOW | _INEXACT | _ROUNDED)
    r = rounding or ctx._rounding
    if r in (ROUND_HALF_UP, ROUND_HALF_EVEN, ROUND_HALF_DOWN, ROUND_UP):
        return _special(sign, _INF)
    if (r == ROUND_CEILING and not sign) or (r == ROUND_FLOOR and sign):
        return _special(sign, _INF)
    return _fin(sign, 10 ** ctx._prec - 1, ctx._Emax - ctx._prec + 1)


def _fix_nan(d, ctx):
    """A NaN's payload is cut to fit the precision."""
    limit = ctx._prec - ctx._clamp
    if d._int and _nd(d._int) > limit:
        return _special(d._sign, d._kind, d._int % 10 ** limit)
    return d


def _check_nans(ctx, *ops):
    """Result of NaN operands (sNaN first), or None when there is none."""
    for d in ops:
        if d._kind == _SNAN:
            _signal(ctx, _INV_OPERATION)
            return _fix_nan(_special(d._sign, _NAN, d._int), ctx)
    for d in ops:
        if d._kind == _NAN:
            return _fix_nan(d, ctx)
    return None


def _sticky(lo, hi, e, prec, exact_ok=True):
    """Given lo*10**e <= x <= hi*10**e (0 < lo <= hi), returns (c, e) with
    prec+2 correct digits of x plus a sticky digit, or None when the
    bounds are too wide.  lo == hi means x is exact."""
    if lo == hi and exact_ok:
        return lo, e
    drop = _nd(hi) - (prec + 2)
    if drop < 1:
        return None
    p = 10 ** drop
    tl = lo // p
    if tl != hi // p:
        return None
    return tl * 10 + 1, e + drop - 1


def _sticky_mid(lo, hi, e, prec):
    """Fallback when bounds never separate (result very near a round number)."""
    mid = (lo + hi) >> 1
    drop = _nd(mid) - (prec + 2)
    if drop > 0:
        mid = (mid + 10 ** drop // 2) // 10 ** drop
        e += drop
    return mid * 10 + 1, e - 1


# ---------------------------------------------------------------------------
# Fixed point transcendental kernels (values scaled by 10**T)

def _exp_core(r, T):
    """exp(r / 10**T) * 10**T for 0 <= r / 10**T < 3."""
    g = 6
    T2 = T + g
    one = 10 ** T2
    r = r * 10 ** g
    k = 0
    lim = one // 1000
    while (r >> k) > lim:
        k += 1
    y = r >> k
    s = one
    term = one
    i = 1
    while term:
        term = term * y // (one * i)
        s += term
        i += 1
    for _ in range(k):
        s = s * s // one
    return s // 10 ** g


def _ln_core(M, T):
    """ln(M / 10**T) * 10**T for M / 10**T in (0.05, 20)."""
    g = 6
    T2 = T + g
    one = 10 ** T2
    z = M * 10 ** g
    k = 0
    lim = one // 1000
    while abs(z - one) > lim:
        z = _isqrt(z * one)
        k += 1
    neg = z < one
    t = abs(z - one) * one // (z + one)
    t2 = t * t // one
    s = 0
    term = t
    i = 1
    while term:
        s += term // i
        term = term * t2 // one
        i += 2
    s = (2 * s) << k
    if neg:
        s = -s
    return s // 10 ** g


_ln10_cache = [0, 0]


def _ln10(T):
    if _ln10_cache[0] < T:
        S = T + 10
        _ln10_cache[0] = S
        _ln10_cache[1] = _ln_core(10 * 10 ** S, S)
    return _ln10_cache[1] // 10 ** (_ln10_cache[0] - T)


def _ln_fixed(c, e, S):
    """ln(c * 10**e) * 10**S, absolute error within a few units."""
    n = _nd(c)
    adj = e + n - 1
    T = S + 8 + len(str(abs(adj)))
    sh = T - n + 1
    M = c * 10 ** sh if sh >= 0 else c // 10 ** -sh
    if M > 3 * 10 ** T:
        adj += 1
        M //= 10
    v = _ln_core(M, T)
    if adj:
        v += adj * _ln10(T)
    return v // 10 ** (T - S)


def _exp_fixed(Y, S):
    """exp(Y / 10**S) as (m, k): about m * 10**k, m with S+11 digits and a
    relative error near 10**-S."""
    T = S + 10 + len(str(abs(Y) // 10 ** S))
    YT = Y * 10 ** (T - S)
    l10 = _ln10(T)
    n = YT // l10
    r = YT - n * l10
    m = _exp_core(r, T)
    return m, n - T, T - S


# ---------------------------------------------------------------------------
# Arithmetic on Decimal values (a, b already Decimal)

def _add(a, b, ctx, negate_b=False):
    bsign = b._sign ^ 1 if negate_b else b._sign
    if a._kind or b._kind:
        r = _check_nans(ctx, a, b)
        if r is not None:
            return r
        if a._kind == _INF:
            if b._kind == _INF and a._sign != bsign:
                return _nan(ctx)
            return _special(a._sign, _INF)
        return _special(bsign, _INF)
    ca, ea, cb, eb = a._int, a._exp, b._int, b._exp
    if ca and cb:
        sa = a._sign
        if ea != eb:
            # Align; an operand far below the other's precision becomes a
            # sticky 1.
            if ea < eb:
                ca, ea, cb, eb = cb, eb, ca, ea
                sa, bsign = bsign, sa
            na = len(str(ca)) if ca < _SMALL else _nd(ca)
            low = ea + min(-1, na - ctx._prec - 2)
            if eb < low:
                nb = len(str(cb)) if cb < _SMALL else _nd(cb)
                if eb + nb - 1 < low:
                    cb, eb = 1, low
            ca *= 10 ** (ea - eb)
        v = (-ca if sa else ca) + (-cb if bsign else cb)
        if v > 0:
            return _fix(0, v, eb, ctx)
        if v < 0:
            return _fix(1, -v, eb, ctx)
        sign = 1 if (ctx._rounding == ROUND_FLOOR or (sa and bsign)) else 0
        return _fix(sign, 0, eb, ctx)
    rnd = ctx._rounding
    if ca == 0 or cb == 0:
        e = min(ea, eb)
        if ca == 0 and cb == 0:
            if a._sign and bsign:
                sign = 1
            elif a._sign != bsign and rnd == ROUND_FLOOR:
                sign = 1
            else:
                sign = 0
            return _fix(sign, 0, e, ctx)
        # x + 0: the zero only lowers the exponent, never below a few
        # digits past the precision.
        if ca == 0:
            sign, c, ex, ez = bsign, cb, eb, ea
        else:
            sign, c, ex, ez = a._sign, ca, ea, eb
        e = max(ez, ex + _nd(c) - ctx._prec - 2)
        if e < ex:
            return _fix(sign, c * 10 ** (ex - e), e, ctx)
        return _fix(sign, c, ex, ctx)


def _mul(a, b, ctx):
    sign = a._sign ^ b._sign
    if a._kind or b._kind:
        r = _check_nans(ctx, a, b)
        if r is not None:
            return r
        if (a._kind == 0 and a._int == 0) or (b._kind == 0 and b._int == 0):
            return _nan(ctx)
        return _special(sign, _INF)
    return _fix(sign, a._int * b._int, a._exp + b._exp, ctx)


def _div(a, b, ctx):
    sign = a._sign ^ b._sign
    if a._kind or b._kind:
        r = _check_nans(ctx, a, b)
        if r is not None:
            return r
        if a._kind == _INF:
            if b._kind == _INF:
                return _nan(ctx)
            return _special(sign, _INF)
        # finite / Infinity
        return _fix(sign, 0, ctx._Emin - ctx._prec + 1, ctx, _CLAMPED)
    if b._int == 0:
        if a._int == 0:
            return _nan(ctx, _DIV_UNDEFINED)
        _signal(ctx, _DIV_BY_ZERO)
        return _special(sign, _INF)
    ideal = a._exp - b._exp
    if a._int == 0:
        return _fix(sign, 0, ideal, ctx)
    return _div_coeff(sign, a._int, b._int, ideal, ctx)


def _div_coeff(sign, ca, cb, ideal, ctx, rounding=None):
    """(ca / cb) * 10**ideal rounded into ctx, exact results use the
    exponent closest to ideal."""
    prec = ctx._prec
    if ca < _SMALL and cb < _SMALL:
        shift = len(str(cb)) - len(str(ca)) + prec + 1
    else:
        shift = _nd(cb) - _nd(ca) + prec + 1
    if shift >= 0:
        q, r = divmod(ca * 10 ** shift, cb)
    else:
        q, r = divmod(ca, cb * 10 ** -shift)
    e = ideal - shift
    if r:
        q = q * 10 + 1
        e -= 1
    else:
        while e < ideal and q % 10 == 0:
            q //= 10
            e += 1
    return _fix(sign, q, e, ctx, 0, rounding)


def _divmod(a, b, ctx, want):
    """Integer division; want is 'q', 'r' or 'qr'."""
    sign = a._sign ^ b._sign
    if a._kind or b._kind:
        r = _check_nans(ctx, a, b)
        if r is not None:
            return r if want != 'qr' else (r, r)
        if a._kind == _INF:
            if b._kind == _INF:
                r = _nan(ctx)
                return r if want != 'qr' else (r, r)
            if want == 'q':
                return _special(sign, _INF)
            if want == 'r':
                return _nan(ctx)
            _signal(ctx, _INV_OPERATION)
            return _special(sign, _INF), _special(0, _NAN)
        # finite by infinity
        q = _fin(sign, 0, 0)
        if want == 'q':
            return q
        rem = _fix(a._sign, a._int, a._exp, ctx)
        return rem if want == 'r' else (q, rem)
    if b._int == 0:
        if a._int == 0:
            r = _nan(ctx, _DIV_UNDEFINED)
            return r if want != 'qr' else (r, r)
        if want == 'q':
            _signal(ctx, _DIV_BY_ZERO)
            return _special(sign, _INF)
        if want == 'r':
            return _nan(ctx)
        _signal(ctx, _DIV_BY_ZERO | _INV_OPERATION)
        return _special(sign, _INF), _special(0, _NAN)
    ideal = min(a._exp, b._exp)
    ca, cb = a._int, b._int
    expdiff = (a._exp + _nd(ca)) - (b._exp + _nd(cb))
    if ca == 0 or expdiff <= -2:
        q = _fin(sign, 0, 0)
        rc = ca * 10 ** (a._exp - ideal)
        if want == 'q':
            return q
        rem = _fix(a._sign, rc, ideal, ctx)
        return rem if want == 'r' else (q, rem)
    if expdiff <= ctx._prec:
        if a._exp >= b._exp:
            ca *= 10 ** (a._exp - b._exp)
        else:
            cb *= 10 ** (b._exp - a._exp)
        qi, ri = divmod(ca, cb)
        if qi < 10 ** ctx._prec:
            q = _fin(sign, qi, 0)
            if want == 'q':
                return q
            rem = _fix(a._sign, ri, ideal, ctx)
            return rem if want == 'r' else (q, rem)
    r = _nan(ctx, _DIV_IMPOSSIBLE)
    return r if want != 'qr' else (r, r)


def _cmp(a, b):
    """-1, 0 or 1 for non-NaN a and b."""
    if not (a._kind or b._kind):
        ca = a._int
        cb = b._int
        sa = a._sign
        if sa != b._sign:
            if ca or cb:
                return -1 if sa else 1
            return 0
        if not ca:
            if not cb:
                return 0
            return 1 if sa else -1
        if not cb:
            return -1 if sa else 1
        ea = a._exp
        eb = b._exp
        if ea != eb:
            if ca < _SMALL and cb < _SMALL:
                adja = ea + len(str(ca))
                adjb = eb + len(str(cb))
            else:
                adja = ea + _nd(ca)
                adjb = eb + _nd(cb)
            if adja != adjb:
                return (1 if adja > adjb else -1) * (-1 if sa else 1)
            if ea > eb:
                ca *= 10 ** (ea - eb)
            else:
                cb *= 10 ** (eb - ea)
        if ca == cb:
            return 0
        return (1 if ca > cb else -1) * (-1 if sa else 1)
    if a._kind or b._kind:
        va = (-2 if a._sign else 2) if a._kind else (0 if a._int == 0 else (-1 if a._sign else 1))
        vb = (-2 if b._sign else 2) if b._kind else (0 if b._int == 0 else (-1 if b._sign else 1))
        if a._kind and b._kind or va != vb:
            return (va > vb) - (va < vb)
        # same sign, one infinite
        return (va > vb) - (va < vb) if a._kind else -1 if vb > 0 else 1
    if a._int == 0:
        if b._int == 0:
            return 0
        return 1 if b._sign else -1
    if b._int == 0:
        return -1 if a._sign else 1
    if a._sign != b._sign:
        return -1 if a._sign else 1
    ea, eb = a._exp, b._exp
    ca, cb = a._int, b._int
    adja = ea + _nd(ca)
    adjb = eb + _nd(cb)
    if adja != adjb:
        r = 1 if adja > adjb else -1
    else:
        if ea > eb:
            ca *= 10 ** (ea - eb)
        else:
            cb *= 10 ** (eb - ea)
        r = (ca > cb) - (ca < cb)
    return -r if a._sign else r


def _cmp_rational(d, q):
    """-1, 0 or 1 comparing the non-NaN d with the Rational q exactly."""
    if d._kind:
        return -1 if d._sign else 1
    n = q.numerator
    c = d._int * q.denominator
    if d._sign:
        c = -c
    if d._exp >= 0:
        c *= 10 ** d._exp
    else:
        n *= 10 ** -d._exp
    return (c > n) - (c < n)


def _is_integer(d):
    if d._kind:
        return False
    if d._exp >= 0 or d._int == 0:
        return True
    return d._int % 10 ** -d._exp == 0


def _to_int(d):
    """Truncated integer value of a finite Decimal."""
    if d._exp >= 0:
        v = d._int * 10 ** d._exp
    else:
        v = d._int // 10 ** -d._exp
    return -v if d._sign else v


def _approx(c, e):
    """Float near c * 10**e for moderate magnitudes (no int overflow)."""
    n = _nd(c)
    if n > 17:
        c //= 10 ** (n - 17)
        e += n - 17
    if e + 17 > 300:
        return _FINF
    if e < -300:
        return 0.0
    return c * 10.0 ** e


def _pow(a, b, ctx):
    r = _check_nans(ctx, a, b)
    if r is not None:
        return r
    binteger = _is_integer(b) or b._kind == _INF
    if not b._kind and b._int == 0:
        if not a._kind and a._int == 0:
            return _nan(ctx)
        return _fin(0, 1, 0)
    sign = 0
    if a._sign:
        if b._kind == 0 and _is_integer(b):
            if _to_int(b) & 1:
                sign = 1
        elif a._kind or a._int:
            return _nan(ctx)
    # zero base
    if not a._kind and a._int == 0:
        if b._sign:
            return _special(sign, _INF)
        return _fin(sign, 0, 0)
    if a._kind == _INF:
        if b._sign:
            return _fin(sign, 0, 0)
        return _special(sign, _INF)
    ca, ea = a._int, a._exp
    one = ca == 10 ** -ea if ea <= 0 else False
    if b._kind == _INF:
        if one:
            p = ctx._prec
            return _fix(sign, 10 ** (p - 1), 1 - p, ctx, _INEXACT | _ROUNDED)
        big = _cmp(_fin(0, ca, ea), _fin(0, 1, 0)) > 0
        if big != bool(b._sign):
            return _special(sign, _INF)
        return _fin(sign, 0, 0)
    prec = ctx._prec
    if one:
        # Powers of one are exact (up to the precision).
        if binteger:
            n = _to_int(b)
            if n < 0:
                return _fin(sign, 1, 0)
            shift = -ea * n
            if shift > prec - 1:
                _signal(ctx, _ROUNDED)
                shift = prec - 1
            return _fin(sign, 10 ** shift, -shift)
        _signal(ctx, _INEXACT | _ROUNDED)
        return _fin(0, 10 ** (prec - 1), 1 - prec)
    # Results certain to overflow or underflow (libmpdec's bounds test).
    lbt = b._exp + _nd(b._int) - 1
    lbz = _lb_zeta(ca, ea)
    if ((ea + _nd(ca) - 1 < 0) ^ b._sign) == 0:
        if len(str(ctx._Emax)) < lbz + lbt:
            return _fix(sign, 1, ctx._Emax + 5, ctx)
    else:
        etiny = ctx._Emin - prec + 1
        if len(str(-etiny)) < lbz + lbt:
            return _fix(sign, 1, etiny - 1, ctx)
    if binteger:
        return _pow_int(a, b, sign, ctx)
    # x**y = exp(y * ln(x)) with working precision, then rounded again
    wp = max(_nd(ca), prec) + 23
    w = _Context(prec=wp, Emin=MIN_EMIN, Emax=MAX_EMAX, traps=[])
    r = _log(_fin(0, ca, ea), w, False)
    r = _mul(r, b, w)
    r = _exp(r, w)
    if r._kind == 0 and r._int == 10 ** -r._exp if r._exp <= 0 else False:
        r = _fin(0, 10 ** (prec - 1), 1 - prec)
    return _fix(r._sign, r._int, r._exp, ctx, _INEXACT | _ROUNDED)


def _lb_zeta(c, e):
    """Lower bound for log10(abs(log10(x))) of x = c * 10**e (x != 1)."""
    t = e + _nd(c) - 1
    if t > 0:
        return len(str(t)) - 1
    if t < -1:
        return len(str(-(t + 1))) - 1
    d = abs(c - 10 ** -e)
    u = e + _nd(d) - 1
    return u - 2 if t == 0 else u - 1


def _pow_int(a, b, sign, ctx):
    """a ** b for integral b the way libmpdec does it: binary powering with
    a few extra digits, each step rounded half-even, then a final rounding."""
    n = _to_int(b)
    wp = ctx._prec + _nd(b._int) + b._exp + 2
    w = _Context(prec=wp, Emin=ctx._Emin, Emax=ctx._Emax, traps=[])
    base = _fin(0, a._int, a._exp)
    if n < 0:
        w.prec = wp + 1
        base = _div(_fin(0, 1, 0), base, w)
        n = -n
    r = base
    for bit in bin(n)[3:]:
        r = _mul(r, r, w)
        if bit == '1':
            r = _mul(r, base, w)
        if r._kind or (r._int == 0 and w._flags & _CLAMPED):
            break
    if r._kind:
        return _fix(sign, 1, ctx._Emax + 5, ctx, w._flags)
    return _fix(sign, r._int, r._exp, ctx, w._flags)


def _pow_mod(a, b, m, ctx):
    r = _check_nans(ctx, a, b, m)
    if r is not None:
        return r
    if not (_is_integer(a) and _is_integer(b) and _is_integer(m)):
        return _nan(ctx)
    if b._sign or m._int == 0:
        return _nan(ctx)
    mi = abs(_to_int(m))
    if _nd(mi) > ctx._prec:
        return _nan(ctx)
    ai = _to_int(a)
    bi = _to_int(b)
    if ai == 0 and bi == 0:
        return _nan(ctx)
    v = pow(abs(ai), bi, mi)
    return _fin(1 if (ai < 0 and bi & 1) else 0, v, 0)


def _sqrt(a, ctx):
    if a._kind:
        r = _check_nans(ctx, a)
        if r is not None:
            return r
        if a._sign:
            return _nan(ctx)
        return _special(0, _INF)
    ideal = a._exp >> 1
    if a._int == 0:
        return _fix(a._sign, 0, ideal, ctx)
    if a._sign:
        return _nan(ctx)
    prec = ctx._prec
    c, e = a._int, a._exp
    if e & 1:
        c *= 10
        e -= 1
    k = (2 * prec + 3 - _nd(c)) // 2 + 1
    if k > 0:
        c *= 100 ** k
        e -= 2 * k
    else:
        k = 0
    r = _isqrt(c)
    e >>= 1
    if r * r != c:
        return _fix(0, r * 10 + 1, e - 1, ctx, 0, ROUND_HALF_EVEN)
    while e < ideal and r % 10 == 0:
        r //= 10
        e += 1
    return _fix(0, r, e, ctx, 0, ROUND_HALF_EVEN)


def _exp(a, ctx):
    if a._kind:
        r = _check_nans(ctx, a)
        if r is not None:
            return r
        return _fin(0, 0, 0) if a._sign else _special(0, _INF)
    if a._int == 0:
        return _fin(0, 1, 0)
    prec = ctx._prec
    adj = a._exp + _nd(a._int) - 1
    if adj < -(prec + 3):
        # exp(x) = 1 + x + ...: just above or below 1
        if a._sign:
            c, e = 10 ** (prec + 3) - 1, -(prec + 3)
        else:
            c, e = 10 ** (prec + 2) + 1, -(prec + 2)
        return _fix(0, c, e, ctx, 0, ROUND_HALF_EVEN)
    l10 = 2.302585092994046
    if adj > 20:
        big = True
    else:
        xf = _approx(a._int, a._exp)
        if a._sign:
            big = xf > -(ctx._Emin - prec - 3) * l10
        else:
            big = xf > (ctx._Emax + 2) * l10
    if big:
        if a._sign:
            return _fix(0, 1, ctx._Emin - prec - 5, ctx, 0, ROUND_HALF_EVEN)
        return _fix(0, 1, ctx._Emax + 5, ctx, 0, ROUND_HALF_EVEN)
    guard = 4
    tries = 0
    while True:
        S = prec + guard + 6
        sh = a._exp + S
        Y = a._int * 10 ** sh if sh >= 0 else a._int // 10 ** -sh
        if a._sign:
            Y = -Y
        m, k, extra = _exp_fixed(Y, S)
        E = 10 ** (extra + 2)
        res = _sticky(m - E, m + E, k, prec, False)
        if res is None and tries > 3:
            res = _sticky_mid(m - E, m + E, k, prec)
        if res is not None:
            return _fix(0, res[0], res[1], ctx, 0, ROUND_HALF_EVEN)
        tries += 1
        guard *= 2


def _near_one_digits(c, e):
    """How many places |x - 1| is below 1 (0 when x is not near 1)."""
    if e >= 0:
        return 0
    d = c - 10 ** -e
    if d == 0:
        return 0
    return max(0, -(e + _nd(abs(d))) )


def _log(a, ctx, base10):
    if a._kind:
        r = _check_nans(ctx, a)
        if r is not None:
            return r
        if a._sign:
            return _nan(ctx)
        return _special(0, _INF)
    if a._int == 0:
        return _special(1, _INF)
    if a._sign:
        return _nan(ctx)
    c, e = a._int, a._exp
    while c % 10 == 0:
        c //= 10
        e += 1
    if c == 1:
        if e == 0:
            return _fin(0, 0, 0)
        if base10:
            return _fix(1 if e < 0 else 0, abs(e), 0, ctx)
    prec = ctx._prec
    near = _near_one_digits(c, e)
    guard = 4
    tries = 0
    while True:
        S = prec + guard + near
        v = _ln_fixed(c, e, S + 3)
        if base10:
            v = v * 10 ** (S + 3) // _ln10(S + 3)
        sign = 1 if v < 0 else 0
        v = abs(v)
        res = _sticky(v - 20, v + 20, -(S + 3), prec, False)
        if res is None and tries > 3:
            res = _sticky_mid(v - 20, v + 20, -(S + 3), prec)
        if res is not None:
            return _fix(sign, res[0], res[1], ctx, 0, ROUND_HALF_EVEN)
        tries += 1
        guard *= 2


def _quantize(a, b, ctx, rounding):
    if a._kind or b._kind:
        r = _check_nans(ctx, a, b)
        if r is not None:
            return r
        if a._kind == _INF and b._kind == _INF:
            return _special(a._sign, _INF)
        return _nan(ctx)
    target = b._exp
    prec = ctx._prec
    if not (ctx._Emin - prec + 1 <= target <= ctx._Emax):
        return _nan(ctx)
    c = a._int
    sign = a._sign
    if c == 0:
        return _fix(sign, 0, target, ctx)
    e = a._exp
    status = 0
    if target <= e:
        if target < e:
            c *= 10 ** (e - target)
    else:
        n = target - e
        if n > (len(str(c)) if c < _SMALL else _nd(c)) + 1:
            # Far below half a unit: a sticky 1 two places down rounds alike.
            c, n = 1, 2
        p = 10 ** n
        c, r = divmod(c, p)
        if r:
            rnd = rounding or ctx._rounding
            if rnd == ROUND_HALF_EVEN:
                h = p >> 1
                if r > h or (r == h and c & 1):
                    c += 1
            elif _round_away(sign, c, r, p, rnd):
                c += 1
            status = _ROUNDED | _INEXACT
        else:
            status = _ROUNDED
    if c:
        adj = target + (len(str(c)) if c < _SMALL else _nd(c)) - 1
        if adj - target >= prec or adj > ctx._Emax:
            return _nan(ctx)
        if adj < ctx._Emin:
            status |= _SUBNORMAL
    return _fix(sign, c, target, ctx, status)


def _to_integral(a, ctx, rounding, exact):
    if a._kind:
        r = _check_nans(ctx, a)
        if r is not None:
            return r
        return a
    if a._exp >= 0:
        return a
    rnd = rounding or ctx._rounding
    c, inexact, rounded = _rescale(a._sign, a._int, a._exp, 0, rnd)
    if exact:
        st = (_ROUNDED if rounded else 0) | (_INEXACT if inexact else 0)
        if st:
            _signal(ctx, st)
    return _fin(a._sign, c, 0)


def _compare_total(a, b):
    """Total ordering of the specification: -1, 0 or 1."""
    if a._sign != b._sign:
        return -1 if a._sign else 1
    rank = {0: 1, _INF: 2, _SNAN: 3, _NAN: 4}
    ra, rb = rank[a._kind], rank[b._kind]
    if ra != rb:
        r = (ra > rb) - (ra < rb)
    elif a._kind in (_NAN, _SNAN):
        r = (a._int > b._int) - (a._int < b._int)
    elif a._kind == _INF:
        r = 0
    else:
        r = _cmp(_fin(0, a._int, a._exp), _fin(0, b._int, b._exp))
        if r == 0:
            r = (a._exp > b._exp) - (a._exp < b._exp)
    return -r if a._sign else r


def _maxmin(a, b, ctx, want_max, mag=False):
    an = 2 if a._kind == _SNAN else 1 if a._kind == _NAN else 0
    bn = 2 if b._kind == _SNAN else 1 if b._kind == _NAN else 0
    if an or bn:
        if bn == 1 and an == 0:
            return _fix_any(a, ctx)
        if an == 1 and bn == 0:
            return _fix_any(b, ctx)
        return _check_nans(ctx, a, b)
    if mag:
        c = _cmp(a.copy_abs(), b.copy_abs())
    else:
        c = _cmp(a, b)
    if c == 0:
        c = _compare_total(a, b)
    if not want_max:
        c = -c
    return _fix_any(a if c >= 0 else b, ctx)


def _fix_any(d, ctx):
    if d._kind:
        return d
    return _fix(d._sign, d._int, d._exp, ctx)


# ---------------------------------------------------------------------------
# String conversion

def _sci(d, eng, caps):
    if not eng:
        s = _ktext(Decimal, d, caps)
        if s is not None:
            return s
    sign = '-' if d._sign else ''
    if d._kind:
        if d._kind == _INF:
            return sign + 'Infinity'
        body = 'NaN' if d._kind == _NAN else 'sNaN'
        return sign + body + (_istr(d._int) if d._int else '')
    c = d._int
    digits = str(c) if c < _SMALL else _istr(c)
    e = d._exp
    left = e + len(digits)
    if e <= 0 and left > -6:
        dot = left
    elif not eng:
        dot = 1
    elif d._int == 0:
        dot = (left + 1) % 3 - 1
    else:
        dot = (left - 1) % 3 + 1
    if dot <= 0:
        s = '0.' + '0' * -dot + digits
    elif dot >= len(digits):
        s = digits + '0' * (dot - len(digits))
    else:
        s = digits[:dot] + '.' + digits[dot:]
    x = left - dot
    if x:
        s += ('E' if caps else 'e') + ('%+d' % x)
    return sign + s


def _parse_spec(spec):
    """Parses a format spec into a dict (ValueError when invalid)."""
    res = {'fill': ' ', 'align': None, 'sign': '-', 'z': False, 'alt': False,
           'zero': False, 'width': 0, 'sep': '', 'prec': None, 'type': None}
    i = 0
    n = len(spec)
    if n >= 2 and spec[1] in '<>=^':
        res['fill'] = spec[0]
        res['align'] = spec[1]
        i = 2
    elif n >= 1 and spec[0] in '<>=^':
        res['align'] = spec[0]
        i = 1
    if i < n and spec[i] in '+- ':
        res['sign'] = spec[i]
        i += 1
    if i < n and spec[i] == 'z':
        res['z'] = True
        i += 1
    if i < n and spec[i] == '0':
        res['zero'] = True
        i += 1
    j = i
    while j < n and spec[j].isdigit():
        j += 1
    if j > i:
        res['width'] = int(spec[i:j])
    i = j
    if i < n and spec[i] == ',':
        res['sep'] = spec[i]
        i += 1
    if i < n and spec[i] == '.':
        j = i + 1
        while j < n and spec[j].isdigit():
            j += 1
        if j == i + 1:
            raise ValueError("invalid format string")
        res['prec'] = int(spec[i + 1:j])
        i = j
    if i < n:
        if i != n - 1 or spec[i] not in 'eEfFgGn%':
            raise ValueError("invalid format string")
        res['type'] = spec[i]
    if res['zero'] and res['align'] is None:
        res['fill'] = '0'
        res['align'] = '='
    if res['type'] == 'n' and res['sep']:
        raise ValueError("invalid format string")
    return res


def _group(digits, sep, minw):
    """Inserts sep every three digits, padding with zeros up to minw."""
    groups = []
    while True:
        l = min(max(len(digits), minw, 1), 3)
        groups.append('0' * (l - len(digits)) + digits[-l:])
        digits = digits[:-l] if l < len(digits) else ''
        minw -= l
        if not digits and minw <= 0:
            break
        minw -= len(sep)
    return sep.join(reversed(groups))


def _align(sign, body, spec):
    pad = spec['width'] - len(sign) - len(body)
    if pad <= 0:
        return sign + body
    fill = spec['fill']
    align = spec['align'] or '>'
    if align == '<':
        return sign + body + fill * pad
    if align == '=':
        return sign + fill * pad + body
    if align == '^':
        h = pad // 2
        return fill * h + sign + body + fill * (pad - h)
    return fill * pad + sign + body


# Format specifications already parsed: text -> _parse_spec's dict (not mutated).
_specs = {}


def _format(d, specifier, ctx):
    spec = _specs.get(specifier)
    if spec is None:
        spec = _parse_spec(specifier)
        if len(_specs) >= 256:
            _specs.clear()
        _specs[specifier] = spec
    r = _kformat(Decimal, d, ctx._rounding, ctx._capitals, spec['fill'], spec['align'],
                 spec['sign'], spec['z'], spec['alt'], spec['zero'], spec['width'],
                 spec['sep'], spec['prec'], spec['type'])
    if r is not None:
        return r
    if d._kind:
        sign = '-' if d._sign else ('' if spec['sign'] == '-' else spec['sign'])
        body = _sci(d.copy_abs(), False, ctx._capitals)
        if spec['type'] == '%':
            body += '%'
        if spec['zero'] and spec['fill'] == '0':
            # zero padding does not apply to infinities and NaNs
            spec = dict(spec)
            spec['fill'] = ' '
            spec['align'] = '>'
        return _align(sign, body, spec)
    ty = spec['type']
    prec = spec['prec']
    rnd = ctx._rounding
    sign, c, e = d._sign, d._int, d._exp
    if ty is None:
        ty = 'G' if ctx._capitals else 'g'
        if prec is None:
            ty = 'S'
    if ty == '%':
        e += 2
    if ty in 'gGn' and prec == 0:
        prec = 1
    if prec is not None:
        if ty in 'eE':
            n = _nd(c) - (prec + 1)
            if c and n < 0:
                c *= 10 ** -n
                e += n
            elif c and n:
                c, _ = _round_int(sign, c, n, rnd)
                e += n
                if _nd(c) > prec + 1:
                    c //= 10
                    e += 1
        elif ty in 'fF%':
            c, _, _ = _rescale(sign, c, e, -prec, rnd)
            e = -prec
        elif ty in 'gGn' and _nd(c) > prec:
            n = _nd(c) - prec
            c, _ = _round_int(sign, c, n, rnd)
            e += n
            if _nd(c) > prec:
                c //= 10
                e += 1
    if c == 0 and e > 0 and ty in 'fF%':
        e = 0
    if c == 0 and spec['z']:
        sign = 0
    digits = _istr(c)
    left = e + len(digits)
    if ty in 'eE':
        dot = 1 - prec if (c == 0 and prec is not None) else 1
    elif ty in 'fF%':
        dot = left
    else:  # g, G, n and plain
        dot = left if (e <= 0 and left > -6) else 1
    if dot <= 0:
        ipart = '0'
        fpart = '0' * -dot + digits
    elif dot >= len(digits):
        ipart = digits + '0' * (dot - len(digits))
        fpart = ''
    else:
        ipart = digits[:dot]
        fpart = digits[dot:]
    x = left - dot
    signstr = '-' if sign else ('' if spec['sign'] == '-' else spec['sign'])
    if fpart or spec['alt']:
        fpart = '.' + fpart
    if ty in 'eE':
        tail = fpart + ty + '%+d' % x
    elif ty in 'gGnS' and x != 0:
        echar = {'g': 'e', 'G': 'E', 'n': 'e'}.get(ty) or ('E' if ctx._capitals else 'e')
        tail = fpart + echar + '%+d' % x
    else:
        tail = fpart
    if ty == '%':
        tail += '%'
    if spec['zero'] and spec['fill'] == '0' and spec['align'] == '=':
        minw = spec['width'] - len(signstr) - len(tail)
    else:
        minw = 0
    if spec['sep']:
        ipart = _group(ipart, spec['sep'], minw)
    elif minw > len(ipart):
        ipart = '0' * (minw - len(ipart)) + ipart
    return _align(signstr, ipart + tail, spec)


# ---------------------------------------------------------------------------
# Decimal

DecimalTuple = _namedtuple('DecimalTuple', 'sign digits exponent')

_PyHASH_MODULUS = (1 << 61) - 1
_PyHASH_INF = 314159
_PyHASH_10INV = pow(10, _PyHASH_MODULUS - 2, _PyHASH_MODULUS)
# 10**e reduced modulo _PyHASH_MODULUS, for the exponents seen so far.
_hash_scale = {}


class Decimal(object):
    """Construct a new Decimal object. 'value' can be an integer, string, tuple,
    or another Decimal object. If no value is given, return Decimal('0'). The
    context does not affect the conversion and is only passed to determine if
    the InvalidOperation trap is active.
    """

    __slots__ = ('_exp', '_int', '_kind', '_sign')

    def __new__(cls, value="0", context=None):
        if cls is Decimal and context is None:
            d = _kfrom(Decimal, value)
            if d is not None:
                return d
            t = type(value)
            if t is int:
                if value < 0:
                    return _make(Decimal, 0, -value, 0, 1)
                return _make(Decimal, 0, value, 0, 0)
            if t is str:
                r = _parsed.get(value)
                if r is None:
                    r = _parse(value, None)
                    if r is None:
                        return _nan(_ctx or getcontext(), _CONV_SYNTAX)
                    if len(value) <= 64:
                        if len(_parsed) >= 4096:
                            _parsed.clear()
                        _parsed[value] = r
                sign, c, e, kind = r
                return _make(Decimal, e, c, kind, sign)
            if t is Decimal:
                return value
        if context is not None and not isinstance(context, Context):
            raise TypeError("optional argument must be a context")
        if isinstance(value, Decimal):
            d = value
        elif isinstance(value, int):
            d = _from_int(value)
        elif isinstance(value, str):
            ctx = context or _ctx or getcontext()
            r = _parse(value, ctx)
            if r is None:
                d = _nan(ctx, _CONV_SYNTAX)
            else:
                d = _make(Decimal, r[2], r[1], r[3], r[0])
        elif isinstance(value, float):
            _signal(context or _ctx or getcontext(), _FLOAT_OP)
            d = _from_float(value)
        elif isinstance(value, (tuple, list)):
            d = _from_tuple(value)
        else:
            raise TypeError("conversion from %s to Decimal is not supported"
                            % type(value).__name__)
        if cls is Decimal and type(d) is Decimal:
            return d
        self = object.__new__(cls)
        self._sign = d._sign
        self._int = d._int
        self._exp = d._exp
        self._kind = d._kind
        return self

    @classmethod
    def from_float(cls, f):
        """Converts a float (or int) exactly."""
        if isinstance(f, int):
            d = _from_int(f)
        elif isinstance(f, float):
            d = _from_float(f)
        else:
            raise TypeError("argument must be int or float")
        if cls is Decimal:
            return d
        return cls(d)

    # -- attributes and predicates ---------------------------------------

    @property
    def real(self):
        return self

    @property
    def imag(self):
        return _fin(0, 0, 0)

    def conjugate(self):
        return self

    def adjusted(self):
        if self._kind:
            return 0
        return self._exp + _nd(self._int) - 1

    def as_tuple(self):
        if self._kind == _INF:
            return DecimalTuple(self._sign, (0,), 'F')
        if self._kind:
            digits = tuple(int(ch) for ch in _istr(self._int)) if self._int else ()
            return DecimalTuple(self._sign, digits, 'n' if self._kind == _NAN else 'N')
        return DecimalTuple(self._sign, tuple(int(ch) for ch in _istr(self._int)),
                            self._exp)

    def as_integer_ratio(self):
        if self._kind:
            if self._kind == _INF:
                raise OverflowError("cannot convert Infinity to integer ratio")
            raise ValueError("cannot convert NaN to integer ratio")
        if self._int == 0:
            return 0, 1
        n, e = self._int, self._exp
        if e >= 0:
            n *= 10 ** e
            d = 1
        else:
            d = 10 ** -e
            # reduce by powers of 2 and 5 only (the only factors of d)
            while d > 1 and n % 5 == 0 and d % 5 == 0:
                n //= 5
                d //= 5
            while d > 1 and n % 2 == 0 and d % 2 == 0:
                n //= 2
                d //= 2
        return (-n if self._sign else n), d

    def is_nan(self):
        return self._kind >= _NAN

    def is_qnan(self):
        return self._kind == _NAN

    def is_snan(self):
        return self._kind == _SNAN

    def is_infinite(self):
        return self._kind == _INF

    def is_finite(self):
        return self._kind == 0

    def is_zero(self):
        return self._kind == 0 and self._int == 0

    def is_signed(self):
        return self._sign == 1

    def is_canonical(self):
        return True

    def is_normal(self, context=None):
        if self._kind or self._int == 0:
            return False
        ctx = context or _ctx or getcontext()
        return self.adjusted() >= ctx._Emin

    def is_subnormal(self, context=None):
        if self._kind or self._int == 0:
            return False
        ctx = context or _ctx or getcontext()
        return self.adjusted() < ctx._Emin

    def canonical(self):
        return self

    def radix(self):
        return _fin(0, 10, 0)

    def number_class(self, context=None):
        ctx = context or _ctx or getcontext()
        if self._kind == _SNAN:
            return 'sNaN'
        if self._kind == _NAN:
            return 'NaN'
        s = '-' if self._sign else '+'
        if self._kind == _INF:
            return s + 'Infinity'
        if self._int == 0:
            return s + 'Zero'
        if self.adjusted() < ctx._Emin:
            return s + 'Subnormal'
        return s + 'Normal'

    # -- conversions -------------------------------------------------------

    def __str__(self, eng=False, context=None):
        return _sci(self, eng, (context or _ctx or getcontext()).capitals)

    def to_eng_string(self, context=None):
        return _sci(self, True, (context or _ctx or getcontext()).capitals)

    def __repr__(self):
        return "Decimal('%s')" % _sci(self, False, (_ctx or getcontext())._capitals)

    def __format__(self, specifier, context=None, _localeconv=None):
        if not isinstance(specifier, str):
            raise TypeError("format() argument 2 must be str, not %s"
                            % type(specifier).__name__)
        return _format(self, specifier, context or _ctx or getcontext())

    def __bool__(self):
        return self._kind != 0 or self._int != 0

    def __int__(self):
        if self._kind:
            if self._kind == _INF:
                raise OverflowError("cannot convert Infinity to integer")
            raise ValueError("cannot convert NaN to integer")
        return _to_int(self)

    __trunc__ = __int__

    def __float__(self):
        if self._kind:
            if self._kind == _SNAN:
                raise ValueError("cannot convert signaling NaN to float")
            if self._kind == _NAN:
                return float('-nan') if self._sign else float('nan')
            return float('-inf') if self._sign else float('inf')
        return float(_sci(self, False, 1))

    if _complex is not None:
        def __complex__(self):
            return _complex(float(self))

    def _round_check(self):
        if self._kind:
            if self._kind == _INF:
                raise OverflowError("cannot convert Infinity to integer")
            raise ValueError("cannot convert NaN to integer")

    def __round__(self, n=None):
        if n is not None:
            if not isinstance(n, int):
                raise TypeError("optional arg must be an integer")
            return _quantize(self, _fin(0, 1, -n), getcontext(), None)
        self._round_check()
        c, _, _ = _rescale(self._sign, self._int, self._exp, 0, ROUND_HALF_EVEN)
        return -c if self._sign else c

    def __floor__(self):
        self._round_check()
        c, _, _ = _rescale(self._sign, self._int, self._exp, 0, ROUND_FLOOR)
        return -c if self._sign else c

    def __ceil__(self):
        self._round_check()
        c, _, _ = _rescale(self._sign, self._int, self._exp, 0, ROUND_CEILING)
        return -c if self._sign else c

    def __hash__(self):
        h = _khash(Decimal, self)
        if h is not None:
            return h
        if self._kind:
            if self._kind == _SNAN:
                raise TypeError("Cannot hash a signaling NaN value")
            if self._kind == _NAN:
                return object.__hash__(self)
            return -_PyHASH_INF if self._sign else _PyHASH_INF
        e = self._exp
        eh = _hash_scale.get(e)
        if eh is None:
            if e >= 0:
                eh = pow(10, e, _PyHASH_MODULUS)
            else:
                eh = pow(_PyHASH_10INV, -e, _PyHASH_MODULUS)
            if -1000 <= e <= 1000:
                _hash_scale[e] = eh
        h = self._int * eh % _PyHASH_MODULUS
        if self._sign:
            h = -h
        return -2 if h == -1 else h

    def __reduce__(self):
        return (self.__class__, (str(self),))

    def __copy__(self):
        if type(self) is Decimal:
            return self
        return self.__class__(str(self))

    def __deepcopy__(self, memo):
        return self.__copy__()

    # -- comparisons ---------------------------------------------------------

    def _cmp_other(self, other, ordering):
        if isinstance(other, Decimal):
            return other
        if isinstance(other, int):
            return _from_int(other)
        if isinstance(other, float):
            ctx = getcontext()
            if ordering:
                _signal(ctx, _FLOAT_OP)
            else:
                ctx._flags |= _FLOAT_OP
            return _from_float(other)
        if _complex is not None and isinstance(other, _complex) and not ordering \
                and other.imag == 0:
            return self._cmp_other(other.real, False)
        return None

    def __eq__(self, other):
        r = _kcmp(Decimal, self, other)
        if r is not None:
            return r == 0
        if type(other) is Decimal and not (self._kind or other._kind):
            return _cmp(self, other) == 0
        o = self._cmp_other(other, False)
        if o is None:
            if not isinstance(other, _numbers.Rational):
                return NotImplemented
            if self._kind >= _NAN:
                if self._kind == _SNAN:
                    _signal(getcontext(), _INV_OPERATION)
                return False
            return _cmp_rational(self, other) == 0
        if self._kind >= _NAN or o._kind >= _NAN:
            if self._kind == _SNAN or o._kind == _SNAN:
                _signal(getcontext(), _INV_OPERATION)
            return False
        return _cmp(self, o) == 0

    def __ne__(self, other):
        r = self.__eq__(other)
        if r is NotImplemented:
            return r
        return not r

    def _order(self, other):
        o = self._cmp_other(other, True)
        if o is None:
            if not isinstance(other, _numbers.Rational):
                return None
            if self._kind >= _NAN:
                _signal(getcontext(), _INV_OPERATION)
                return 'nan'
            return _cmp_rational(self, other)
        if self._kind >= _NAN or o._kind >= _NAN:
            _signal(getcontext(), _INV_OPERATION)
            return 'nan'
        return _cmp(self, o)

    def __lt__(self, other):
        r = _kcmp(Decimal, self, other)
        if r is not None:
            return r < 0
        if type(other) is Decimal and not (self._kind or other._kind):
            return _cmp(self, other) < 0
        r = self._order(other)
        if r is None:
            return NotImplemented
        return r != 'nan' and r < 0

    def __le__(self, other):
        r = _kcmp(Decimal, self, other)
        if r is not None:
            return r <= 0
        if type(other) is Decimal and not (self._kind or other._kind):
            return _cmp(self, other) <= 0
        r = self._order(other)
        if r is None:
            return NotImplemented
        return r != 'nan' and r <= 0

    def __gt__(self, other):
        r = _kcmp(Decimal, self, other)
        if r is not None:
            return r > 0
        if type(other) is Decimal and not (self._kind or other._kind):
            return _cmp(self, other) > 0
        r = self._order(other)
        if r is None:
            return NotImplemented
        return r != 'nan' and r > 0

    def __ge__(self, other):
        r = _kcmp(Decimal, self, other)
        if r is not None:
            return r >= 0
        if type(other) is Decimal and not (self._kind or other._kind):
            return _cmp(self, other) >= 0
        r = self._order(other)
        if r is None:
            return NotImplemented
        return r != 'nan' and r >= 0

    def compare(self, other, context=None):
        ctx = context or _ctx or getcontext()
        other = _convert_other(other)
        r = _check_nans(ctx, self, other)
        if r is not None:
            return r
        return _from_int(_cmp(self, other))

    def compare_signal(self, other, context=None):
        ctx = context or _ctx or getcontext()
        other = _convert_other(other)
        if self._kind >= _NAN or other._kind >= _NAN:
            _signal(ctx, _INV_OPERATION)
            return _check_nans(_Context(traps=[]), self, other)
        return _from_int(_cmp(self, other))

    def compare_total(self, other, context=None):
        return _from_int(_compare_total(self, _convert_other(other)))

    def compare_total_mag(self, other, context=None):
        other = _convert_other(other)
        return _from_int(_compare_total(self.copy_abs(), other.copy_abs()))

    def max(self, other, context=None):
        return _maxmin(self, _convert_other(other), context or _ctx or getcontext(), True)

    def min(self, other, context=None):
        return _maxmin(self, _convert_other(other), context or _ctx or getcontext(), False)

    def max_mag(self, other, context=None):
        return _maxmin(self, _convert_other(other), context or _ctx or getcontext(), True, True)

    def min_mag(self, other, context=None):
        return _maxmin(self, _convert_other(other), context or _ctx or getcontext(), False, True)

    def same_quantum(self, other, context=None):
        other = _convert_other(other)
        if self._kind or other._kind:
            return (self._kind >= _NAN and other._kind >= _NAN) or \
                   (self._kind == _INF and other._kind == _INF)
        return self._exp == other._exp

    # -- sign manipulation -------------------------------------------------------

    def copy_abs(self):
        return _make(Decimal, self._exp, self._int, self._kind, 0)

    def copy_negate(self):
        return _make(Decimal, self._exp, self._int, self._kind, self._sign ^ 1)

    def copy_sign(self, other, context=None):
        other = _convert_other(other)
        return _make(Decimal, self._exp, self._int, self._kind, other._sign)

    def _unary(self, ctx, sign):
        if self._kind:
            r = _check_nans(ctx, self)
            if r is not None:
                return r
            return _special(sign, _INF)
        if self._int == 0 and ctx._rounding != ROUND_FLOOR:
            sign = 0
        return _fix(sign, self._int, self._exp, ctx)

    def __neg__(self, context=None):
        ctx = context or _ctx or getcontext()
        if self._int == 0 and not self._kind and ctx._rounding == ROUND_FLOOR:
            return _fix(self._sign ^ 1 if self._sign else 1, 0, self._exp, ctx)
        return self._unary(ctx, self._sign ^ 1)

    def __pos__(self, context=None):
        return self._unary(context or _ctx or getcontext(), self._sign)

    def __abs__(self, round=True, context=None):
        ctx = context or _ctx or getcontext()
        if not round:
            return self.copy_abs()
        if self._sign:
            return self.__neg__(ctx)
        return self.__pos__(ctx)

    def next_plus(self, context=None):
        return _next(self, context or _ctx or getcontext(), 1)

    def next_minus(self, context=None):
        return _next(self, context or _ctx or getcontext(), -1)

    # -- arithmetic --------------------------------------------------------------

    def __add__(self, other, context=None):
        ctx = context or _ctx or getcontext()
        r = _karith(Decimal, 0, self, other, ctx._prec, ctx._Emin, ctx._Emax, ctx._clamp,
                    ctx._rounding, ctx._traps)
        if r is not None:
            ctx._flags |= r[1]
            return r[0]
        o = other if type(other) is Decimal else _binop_other(other)
        if o is None:
            if isinstance(other, _NO_REFLECT):
                raise _op_error('+', self, other)
            return NotImplemented
        return _add(self, o, ctx)

    def __radd__(self, other, context=None):
        ctx = context or _ctx or getcontext()
        r = _karith(Decimal, 0, other, self, ctx._prec, ctx._Emin, ctx._Emax, ctx._clamp,
                    ctx._rounding, ctx._traps)
        if r is not None:
            ctx._flags |= r[1]
            return r[0]
        o = other if type(other) is Decimal else _binop_other(other)
        if o is None:
            if isinstance(other, _NO_REFLECT):
                raise _op_error('+', other, self)
            return NotImplemented
        return _add(o, self, ctx)

    def __sub__(self, other, context=None):
        ctx = context or _ctx or getcontext()
        r = _karith(Decimal, 1, self, other, ctx._prec, ctx._Emin, ctx._Emax, ctx._clamp,
                    ctx._rounding, ctx._traps)
        if r is not None:
            ctx._flags |= r[1]
            return r[0]
        o = other if type(other) is Decimal else _binop_other(other)
        if o is None:
            if isinstance(other, _NO_REFLECT):
                raise _op_error('-', self, other)
            return NotImplemented
        return _add(self, o, ctx, True)

    def __rsub__(self, other, context=None):
        ctx = context or _ctx or getcontext()
        r = _karith(Decimal, 1, other, self, ctx._prec, ctx._Emin, ctx._Emax, ctx._clamp,
                    ctx._rounding, ctx._traps)
        if r is not None:
            ctx._flags |= r[1]
            return r[0]
        o = other if type(other) is Decimal else _binop_other(other)
        if o is None:
            if isinstance(other, _NO_REFLECT):
                raise _op_error('-', other, self)
            return NotImplemented
        return _add(o, self, ctx, True)

    def __mul__(self, other, context=None):
        ctx = context or _ctx or getcontext()
        r = _karith(Decimal, 2, self, other, ctx._prec, ctx._Emin, ctx._Emax, ctx._clamp,
                    ctx._rounding, ctx._traps)
        if r is not None:
            ctx._flags |= r[1]
            return r[0]
        o = other if type(other) is Decimal else _binop_other(other)
        if o is None:
            if isinstance(other, _NO_REFLECT):
                raise _op_error('*', self, other)
            return NotImplemented
        return _mul(self, o, ctx)

    def __rmul__(self, other, context=None):
        ctx = context or _ctx or getcontext()
        r = _karith(Decimal, 2, other, self, ctx._prec, ctx._Emin, ctx._Emax, ctx._clamp,
                    ctx._rounding, ctx._traps)
        if r is not None:
            ctx._flags |= r[1]
            return r[0]
        o = other if type(other) is Decimal else _binop_other(other)
        if o is None:
            if isinstance(other, _NO_REFLECT):
                raise _op_error('*', other, self)
            return NotImplemented
        return _mul(o, self, ctx)

    def __truediv__(self, other, context=None):
        ctx = context or _ctx or getcontext()
        r = _karith(Decimal, 3, self, other, ctx._prec, ctx._Emin, ctx._Emax, ctx._clamp,
                    ctx._rounding, ctx._traps)
        if r is not None:
            ctx._flags |= r[1]
            return r[0]
        o = other if type(other) is Decimal else _binop_other(other)
        if o is None:
            if isinstance(other, _NO_REFLECT):
                raise _op_error('/', self, other)
            return NotImplemented
        return _div(self, o, ctx)

    def __rtruediv__(self, other, context=None):
        ctx = context or _ctx or getcontext()
        r = _karith(Decimal, 3, other, self, ctx._prec, ctx._Emin, ctx._Emax, ctx._clamp,
                    ctx._rounding, ctx._traps)
        if r is not None:
            ctx._flags |= r[1]
            return r[0]
        o = other if type(other) is Decimal else _binop_other(other)
        if o is None:
            if isinstance(other, _NO_REFLECT):
                raise _op_error('/', other, self)
            return NotImplemented
        return _div(o, self, ctx)

    def __floordiv__(self, other, context=None):
        o = other if type(other) is Decimal else _binop_other(other)
        if o is None:
            if isinstance(other, _NO_REFLECT):
                raise _op_error('//', self, other)
            return NotImplemented
        return _divmod(self, o, context or _ctx or getcontext(), 'q')

    def __rfloordiv__(self, other, context=None):
        o = other if type(other) is Decimal else _binop_other(other)
        if o is None:
            if isinstance(other, _NO_REFLECT):
                raise _op_error('//', other, self)
            return NotImplemented
        return _divmod(o, self, context or _ctx or getcontext(), 'q')

    def __mod__(self, other, context=None):
        o = other if type(other) is Decimal else _binop_other(other)
        if o is None:
            if isinstance(other, _NO_REFLECT):
                raise _op_error('%', self, other)
            return NotImplemented
        return _divmod(self, o, context or _ctx or getcontext(), 'r')

    def __rmod__(self, other, context=None):
        o = other if type(other) is Decimal else _binop_other(other)
        if o is None:
            if isinstance(other, _NO_REFLECT):
                raise _op_error('%', other, self)
            return NotImplemented
        return _divmod(o, self, context or _ctx or getcontext(), 'r')

    def __divmod__(self, other, context=None):
        o = other if type(other) is Decimal else _binop_other(other)
        if o is None:
            if isinstance(other, _NO_REFLECT):
                raise _op_error('divmod()', self, other)
            return NotImplemented
        return _divmod(self, o, context or _ctx or getcontext(), 'qr')

    def __rdivmod__(self, other, context=None):
        o = other if type(other) is Decimal else _binop_other(other)
        if o is None:
            if isinstance(other, _NO_REFLECT):
                raise _op_error('divmod()', other, self)
            return NotImplemented
        return _divmod(o, self, context or _ctx or getcontext(), 'qr')

    def __pow__(self, other, modulo=None, context=None):
        o = other if type(other) is Decimal else _binop_other(other)
        if o is None:
            if isinstance(other, _NO_REFLECT):
                raise _op_error('** or pow()', self, other)
            return NotImplemented
        ctx = context or _ctx or getcontext()
        if modulo is not None:
            m = _binop_other(modulo)
            if m is None:
                return NotImplemented
            return _pow_mod(self, o, m, ctx)
        return _pow(self, o, ctx)

    def __rpow__(self, other, modulo=None, context=None):
        o = other if type(other) is Decimal else _binop_other(other)
        if o is None:
            if isinstance(other, _NO_REFLECT):
                raise _op_error('** or pow()', other, self)
            return NotImplemented
        return _pow(o, self, context or _ctx or getcontext())

    def remainder_near(self, other, context=None):
        ctx = context or _ctx or getcontext()
        other = _convert_other(other)
        return _remainder_near(self, other, ctx)

    def fma(self, other, third, context=None):
        ctx = context or _ctx or getcontext()
        other = _convert_other(other)
        third = _convert_other(third)
        if self._kind or other._kind:
            r = _check_nans(ctx, self, other, third)
            if r is not None:
                return r
            if (self._kind == 0 and self._int == 0) or (other._kind == 0 and other._int == 0):
                return _nan(ctx)
            prod = _special(self._sign ^ other._sign, _INF)
        else:
            r = _check_nans(ctx, third)
            if r is not None:
                return r
            prod = _fin(self._sign ^ other._sign, self._int * other._int,
                        self._exp + other._exp)
        return _add(prod, third, ctx)

    def sqrt(self, context=None):
        return _sqrt(self, context or _ctx or getcontext())

    def exp(self, context=None):
        return _exp(self, context or _ctx or getcontext())

    def ln(self, context=None):
        return _log(self, context or _ctx or getcontext(), False)

    def log10(self, context=None):
        return _log(self, context or _ctx or getcontext(), True)

    def logb(self, context=None):
        ctx = context or _ctx or getcontext()
        if self._kind:
            r = _check_nans(ctx, self)
            if r is not None:
                return r
            return _special(0, _INF)
        if self._int == 0:
            _signal(ctx, _DIV_BY_ZERO)
            return _special(1, _INF)
        return _fix_any(_from_int(self.adjusted()), ctx)

    def quantize(self, exp, rounding=None, context=None):
        if rounding is not None and rounding not in _ROUNDINGS:
            raise TypeError(_ROUNDING_MSG)
        ctx = context or _ctx or getcontext()
        r = _kquant(Decimal, self, exp, ctx._prec, ctx._Emin, ctx._Emax, ctx._clamp,
                    rounding or ctx._rounding, ctx._traps)
        if r is not None:
            ctx._flags |= r[1]
            return r[0]
        if type(exp) is not Decimal:
            exp = _convert_other(exp)
        return _quantize(self, exp, ctx, rounding)

    def normalize(self, context=None):
        ctx = context or _ctx or getcontext()
        if self._kind:
            r = _check_nans(ctx, self)
            if r is not None:
                return r
            return self
        d = _fix(self._sign, self._int, self._exp, ctx)
        if d._kind:
            return d
        if d._int == 0:
            return _fin(d._sign, 0, 0)
        c, e = d._int, d._exp
        top = ctx._Emax - ctx._prec + 1 if ctx._clamp else ctx._Emax
        while c % 10 == 0 and e < top:
            c //= 10
            e += 1
        return _fin(d._sign, c, e)

    def to_integral_value(self, rounding=None, context=None):
        return _to_integral(self, context or _ctx or getcontext(), rounding, False)

    to_integral = to_integral_value

    def to_integral_exact(self, rounding=None, context=None):
        return _to_integral(self, context or _ctx or getcontext(), rounding, True)

    def scaleb(self, other, context=None):
        ctx = context or _ctx or getcontext()
        other = _convert_other(other)
        r = _check_nans(ctx, self, other)
        if r is not None:
            return r
        if other._kind or not _is_integer(other):
            return _nan(ctx)
        n = _to_int(other)
        lim = 2 * (ctx._Emax + ctx._prec)
        if not -lim <= n <= lim:
            return _nan(ctx)
        if self._kind:
            return self
        return _fix(self._sign, self._int, self._exp + n, ctx)


# A Decimal is a Number, but not a Real: it does not mix with float.
_numbers.Number.register(Decimal)


def _next(d, ctx, direction):
    """next_plus (direction 1) or next_minus (-1)."""
    if d._kind:
        r = _check_nans(ctx, d)
        if r is not None:
            return r
        if d._kind == _INF:
            if (direction > 0) == bool(d._sign):
                return _fin(d._sign, 10 ** ctx._prec - 1, ctx._Emax - ctx._prec + 1)
            return d
    etiny = ctx._Emin - ctx._prec + 1
    # Add a value far below the last digit and round toward the direction.
    tmp = _Context(prec=ctx._prec, Emin=ctx._Emin, Emax=ctx._Emax, clamp=ctx._clamp,
                   rounding=ROUND_CEILING if direction > 0 else ROUND_FLOOR, traps=[])
    if d._kind == 0 and d._int == 0:
        return _fin(0 if direction > 0 else 1, 1, etiny)
    if d._kind == _INF:
        return d
    r = _fix(d._sign, d._int, d._exp, tmp)
    if r._kind == 0 and _cmp(r, d) != 0:
        return r
    e = min(d._exp + _nd(d._int) - ctx._prec - 2, etiny - 1)
    tiny = _fin(0 if direction > 0 else 1, 1, e)
    return _add(d, tiny, tmp)


def _remainder_near(a, b, ctx):
    r = _check_nans(ctx, a, b)
    if r is not None:
        return r
    if a._kind == _INF:
        return _nan(ctx)
    if b._kind == _INF:
        return _fix_any(a, ctx)
    if b._int == 0:
        if a._int == 0:
            return _nan(ctx, _DIV_UNDEFINED)
        return _nan(ctx)
    ideal = min(a._exp, b._exp)
    if a._int == 0:
        return _fix(a._sign, 0, ideal, ctx)
    ca = a._int * 10 ** (a._exp - ideal)
    cb = b._int * 10 ** (b._exp - ideal)
    q, rm = divmod(ca, cb)
    if 2 * rm > cb or (2 * rm == cb and q & 1):
        rm -= cb
        q += 1
    if q >= 10 ** ctx._prec:
        return _nan(ctx, _DIV_IMPOSSIBLE)
    sign = a._sign
    if rm < 0:
        sign ^= 1
        rm = -rm
    return _fix(sign, rm, ideal, ctx)


def _from_tuple(value):
    if len(value) != 3:
        raise ValueError("argument must be a sequence of length 3")
    sign, digits, exp = value
    if not (isinstance(sign, int) and sign in (0, 1)):
        raise ValueError("sign must be an integer with the value 0 or 1")
    if isinstance(exp, str):
        if exp == 'F':
            return _special(sign, _INF)
        if exp not in ('n', 'N'):
            raise ValueError("string argument in the third position must be 'F', 'n' or 'N'")
    elif not isinstance(exp, int):
        raise ValueError("exponent must be an integer")
    if not isinstance(digits, (tuple, list)):
        raise ValueError("coefficient must be a tuple of digits")
    c = 0
    for dg in digits:
        if not (isinstance(dg, int) and 0 <= dg <= 9):
            raise ValueError("coefficient must be a tuple of digits")
        c = c * 10 + dg
    if isinstance(exp, str):
        return _special(sign, _NAN if exp == 'n' else _SNAN, c)
    return _fin(sign, c, exp)


# ---------------------------------------------------------------------------
# Context

class _SignalDict(object):
    """The flags or traps of a context, a mapping from signal to bool."""

    __slots__ = ('_ctx', '_attr')

    def __init__(self, ctx, attr):
        self._ctx = ctx
        self._attr = attr

    def _bits(self):
        return getattr(self._ctx, self._attr)

    def __getitem__(self, sig):
        m = _signal_mask(sig)
        if not m:
            raise KeyError(sig)
        return bool(self._bits() & m)

    def __setitem__(self, sig, value):
        m = _signal_mask(sig)
        if not m:
            raise KeyError(sig)
        bits = self._bits()
        bits = (bits | m) if value else (bits & ~m)
        setattr(self._ctx, self._attr, bits)

    def __delitem__(self, sig):
        raise ValueError("signal keys cannot be deleted")

    def __contains__(self, sig):
        return bool(_signal_mask(sig))

    def __iter__(self):
        return iter([cls for cls, m in _SIGNALS])

    def __len__(self):
        return len(_SIGNALS)

    def keys(self):
        return [cls for cls, m in _SIGNALS]

    def values(self):
        bits = self._bits()
        return [bool(bits & m) for cls, m in _SIGNALS]

    def items(self):
        bits = self._bits()
        return [(cls, bool(bits & m)) for cls, m in _SIGNALS]

    def get(self, sig, default=None):
        if _signal_mask(sig):
            return self[sig]
        return default

    def copy(self):
        return dict(self.items())

    def __eq__(self, other):
        if isinstance(other, _SignalDict):
            other = other.copy()
        return self.copy() == other

    def __ne__(self, other):
        return not self.__eq__(other)

    def __repr__(self):
        bits = self._bits()
        return '{' + ', '.join("<class 'decimal.%s'>:%s" % (cls.__name__, bool(bits & m))
                               for cls, m in _SIGNALS) + '}'


def _signals_to_bits(value, setter=False):
    """Bit mask from a full signal dict, or (constructor only) a list."""
    bits = 0
    if isinstance(value, (dict, _SignalDict)):
        keys = list(value.keys())
        if len(keys) != len(_SIGNALS):
            raise KeyError("invalid signal dict")
        for k in keys:
            m = _signal_mask(k)
            if not m:
                raise KeyError("invalid signal dict")
            if value[k]:
                bits |= m
        return bits
    if setter:
        raise TypeError("argument must be a signal dict")
    for k in value:
        m = _signal_mask(k)
        if not m:
            raise KeyError("valid values for signals are:\n"
                           "  [InvalidOperation, FloatOperation, DivisionByZero,\n"
                           "   Overflow, Underflow, Subnormal, Inexact, Rounded,\n"
                           "   Clamped]")
        bits |= m
    return bits


class Context(object):
    """The context affects almost all operations and controls rounding,
    Over/Underflow, raising of exceptions and much more.
    """

    def __init__(self, prec=None, rounding=None, Emin=None, Emax=None,
                 capitals=None, clamp=None, flags=None, traps=None):
        dc = DefaultContext if '_dc_ready' in globals() else None
        self._prec = 28
        self._rounding = ROUND_HALF_EVEN
        self._Emin = -999999
        self._Emax = 999999
        self._capitals = 1
        self._clamp = 0
        self._flags = 0
        self._traps = _IEEE_INVALID | _DIV_BY_ZERO | _OVERFLOW
        if dc is not None:
            self._prec, self._rounding = dc._prec, dc._rounding
            self._Emin, self._Emax = dc._Emin, dc._Emax
            self._capitals, self._clamp = dc._capitals, dc._clamp
            self._traps = dc._traps
        if prec is not None:
            self.prec = prec
        if rounding is not None:
            self.rounding = rounding
        if Emin is not None:
            self.Emin = Emin
        if Emax is not None:
            self.Emax = Emax
        if capitals is not None:
            self.capitals = capitals
        if clamp is not None:
            self.clamp = clamp
        if flags is not None:
            self._flags = _signals_to_bits(flags)
        if traps is not None:
            self._traps = _signals_to_bits(traps)

    def _get_prec(self):
        return self._prec

    def _set_prec(self, v):
        if not isinstance(v, int):
            raise TypeError("an integer is required")
        if not 1 <= v <= MAX_PREC:
            raise ValueError("valid range for prec is [1, MAX_PREC]")
        self._prec = v

    prec = property(_get_prec, _set_prec)

    def _get_rounding(self):
        return self._rounding

    def _set_rounding(self, v):
        if v not in _ROUNDINGS:
            raise TypeError(_ROUNDING_MSG)
        self._rounding = v

    rounding = property(_get_rounding, _set_rounding)

    def _get_Emin(self):
        return self._Emin

    def _set_Emin(self, v):
        if not isinstance(v, int):
            raise TypeError("an integer is required")
        if not MIN_EMIN <= v <= 0:
            raise ValueError("valid range for Emin is [MIN_EMIN, 0]")
        self._Emin = v

    Emin = property(_get_Emin, _set_Emin)

    def _get_Emax(self):
        return self._Emax

    def _set_Emax(self, v):
        if not isinstance(v, int):
            raise TypeError("an integer is required")
        if not 0 <= v <= MAX_EMAX:
            raise ValueError("valid range for Emax is [0, MAX_EMAX]")
        self._Emax = v

    Emax = property(_get_Emax, _set_Emax)

    def _get_capitals(self):
        return self._capitals

    def _set_capitals(self, v):
        if not isinstance(v, int):
            raise TypeError("an integer is required")
        if v not in (0, 1):
            raise ValueError("valid values for capitals are 0 or 1")
        self._capitals = v

    capitals = property(_get_capitals, _set_capitals)

    def _get_clamp(self):
        return self._clamp

    def _set_clamp(self, v):
        if not isinstance(v, int):
            raise TypeError("an integer is required")
        if v not in (0, 1):
            raise ValueError("valid values for clamp are 0 or 1")
        self._clamp = v

    clamp = property(_get_clamp, _set_clamp)

    @property
    def flags(self):
        return _SignalDict(self, '_flags')

    @flags.setter
    def flags(self, v):
        self._flags = _signals_to_bits(v, True)

    @property
    def traps(self):
        return _SignalDict(self, '_traps')

    @traps.setter
    def traps(self, v):
        self._traps = _signals_to_bits(v, True)

    def __repr__(self):
        return ('Context(prec=%d, rounding=%s, Emin=%d, Emax=%d, capitals=%d, '
                'clamp=%d, flags=%s, traps=%s)' % (
                    self._prec, self._rounding, self._Emin, self._Emax,
                    self._capitals, self._clamp, _bits_repr(self._flags),
                    _bits_repr(self._traps)))

    def __reduce__(self):
        return (self.__class__, (self._prec, self._rounding, self._Emin, self._Emax,
                                 self._capitals, self._clamp,
                                 [c for c, m in _SIGNALS if self._flags & m],
                                 [c for c, m in _SIGNALS if self._traps & m]))

    def clear_flags(self):
        self._flags = 0

    def clear_traps(self):
        self._traps = 0

    def copy(self):
        c = Context.__new__(Context)
        c._prec, c._rounding = self._prec, self._rounding
        c._Emin, c._Emax = self._Emin, self._Emax
        c._capitals, c._clamp = self._capitals, self._clamp
        c._flags, c._traps = self._flags, self._traps
        return c

    __copy__ = copy

    def Etiny(self):
        return self._Emin - self._prec + 1

    def Etop(self):
        return self._Emax - self._prec + 1

    def radix(self):
        return _fin(0, 10, 0)

    def create_decimal(self, num="0"):
        if isinstance(num, str):
            if num != num.strip():
                return _nan(self, _CONV_SYNTAX)
            r = _parse(num, self)
            if r is None or (r[3] >= _NAN and r[1] and
                             _nd(r[1]) > self._prec - self._clamp):
                return _nan(self, _CONV_SYNTAX)
            d = _make(Decimal, r[2], r[1], r[3], r[0])
        elif isinstance(num, float):
            _signal(self, _FLOAT_OP)
            d = _from_float(num)
        else:
            d = Decimal(num, self)
        if d._kind:
            if d._kind == _SNAN:
                return d
            return _fix_nan(d, self)
        return _fix(d._sign, d._int, d._exp, self)

    def create_decimal_from_float(self, f):
        d = Decimal.from_float(f)
        if d._kind:
            return d
        return _fix(d._sign, d._int, d._exp, self)

    # arithmetic through the context
    def abs(self, a):
        return _convert_other(a).__abs__(context=self)

    def add(self, a, b):
        return _add(_convert_other(a), _convert_other(b), self)

    def subtract(self, a, b):
        return _add(_convert_other(a), _convert_other(b), self, True)

    def multiply(self, a, b):
        return _mul(_convert_other(a), _convert_other(b), self)

    def divide(self, a, b):
        return _div(_convert_other(a), _convert_other(b), self)

    def divide_int(self, a, b):
        return _divmod(_convert_other(a), _convert_other(b), self, 'q')

    def remainder(self, a, b):
        return _divmod(_convert_other(a), _convert_other(b), self, 'r')

    def remainder_near(self, a, b):
        return _remainder_near(_convert_other(a), _convert_other(b), self)

    def divmod(self, a, b):
        return _divmod(_convert_other(a), _convert_other(b), self, 'qr')

    def power(self, a, b, modulo=None):
        a = _convert_other(a)
        b = _convert_other(b)
        if modulo is not None:
            return _pow_mod(a, b, _convert_other(modulo), self)
        return _pow(a, b, self)

    def minus(self, a):
        return _convert_other(a).__neg__(context=self)

    def plus(self, a):
        return _convert_other(a).__pos__(context=self)

    def sqrt(self, a):
        return _sqrt(_convert_other(a), self)

    def exp(self, a):
        return _exp(_convert_other(a), self)

    def ln(self, a):
        return _log(_convert_other(a), self, False)

    def log10(self, a):
        return _log(_convert_other(a), self, True)

    def logb(self, a):
        return _convert_other(a).logb(context=self)

    def fma(self, a, b, c):
        return _convert_other(a).fma(b, c, context=self)

    def compare(self, a, b):
        return _convert_other(a).compare(b, context=self)

    def compare_signal(self, a, b):
        return _convert_other(a).compare_signal(b, context=self)

    def compare_total(self, a, b):
        return _convert_other(a).compare_total(b)

    def compare_total_mag(self, a, b):
        return _convert_other(a).compare_total_mag(b)

    def max(self, a, b):
        return _convert_other(a).max(b, context=self)

    def min(self, a, b):
        return _convert_other(a).min(b, context=self)

    def max_mag(self, a, b):
        return _convert_other(a).max_mag(b, context=self)

    def min_mag(self, a, b):
        return _convert_other(a).min_mag(b, context=self)

    def quantize(self, a, b):
        return _quantize(_convert_other(a), _convert_other(b), self, None)

    def normalize(self, a):
        return _convert_other(a).normalize(context=self)

    def same_quantum(self, a, b):
        return _convert_other(a).same_quantum(b)

    def scaleb(self, a, b):
        return _convert_other(a).scaleb(b, context=self)

    def to_integral_value(self, a):
        return _to_integral(_convert_other(a), self, None, False)

    to_integral = to_integral_value

    def to_integral_exact(self, a):
        return _to_integral(_convert_other(a), self, None, True)

    def to_sci_string(self, a):
        return _sci(_convert_other(a), False, self._capitals)

    def to_eng_string(self, a):
        return _sci(_convert_other(a), True, self._capitals)

    def next_plus(self, a):
        return _next(_convert_other(a), self, 1)

    def next_minus(self, a):
        return _next(_convert_other(a), self, -1)

    def number_class(self, a):
        return _convert_other(a).number_class(context=self)

    def copy_abs(self, a):
        return _convert_other(a).copy_abs()

    def copy_negate(self, a):
        return _convert_other(a).copy_negate()

    def copy_sign(self, a, b):
        return _convert_other(a).copy_sign(b)

    def copy_decimal(self, a):
        return _convert_other(a)

    def canonical(self, a):
        return _convert_other(a)

    def is_canonical(self, a):
        return True

    def is_finite(self, a):
        return _convert_other(a).is_finite()

    def is_infinite(self, a):
        return _convert_other(a).is_infinite()

    def is_nan(self, a):
        return _convert_other(a).is_nan()

    def is_qnan(self, a):
        return _convert_other(a).is_qnan()

    def is_snan(self, a):
        return _convert_other(a).is_snan()

    def is_signed(self, a):
        return _convert_other(a).is_signed()

    def is_zero(self, a):
        return _convert_other(a).is_zero()

    def is_normal(self, a):
        return _convert_other(a).is_normal(context=self)

    def is_subnormal(self, a):
        return _convert_other(a).is_subnormal(context=self)


def _Context(**kw):
    """A scratch context built from the defaults (not DefaultContext)."""
    c = Context.__new__(Context)
    c._prec, c._rounding, c._Emin, c._Emax = 28, ROUND_HALF_EVEN, -999999, 999999
    c._capitals, c._clamp, c._flags = 1, 0, 0
    c._traps = _IEEE_INVALID | _DIV_BY_ZERO | _OVERFLOW
    for k, v in kw.items():
        if k == 'traps':
            c._traps = _signals_to_bits(v)
        else:
            setattr(c, k, v)
    return c


DefaultContext = Context()
_dc_ready = True

BasicContext = Context(prec=9, rounding=ROUND_HALF_UP,
                       traps=[DivisionByZero, Overflow, InvalidOperation, Clamped,
                              Underflow], flags=[])

ExtendedContext = Context(prec=9, rounding=ROUND_HALF_EVEN, traps=[], flags=[])

# The current context (None until first asked for); operations read it
# directly and call getcontext() only while it is None.
_ctx = None


def getcontext():
    """Returns this thread's current context (a copy of DefaultContext at first)."""
    global _ctx
    c = _ctx
    if c is None:
        c = DefaultContext.copy()
        _ctx = c
    return c


def setcontext(context):
    """Makes context the current context."""
    global _ctx
    if not isinstance(context, Context):
        raise TypeError("argument must be a context")
    if context is DefaultContext or context is BasicContext or context is ExtendedContext:
        context = context.copy()
        context.clear_flags()
    _ctx = context


_LOCAL_KEYS = ('prec', 'rounding', 'Emin', 'Emax', 'capitals', 'clamp', 'flags', 'traps')


class _ContextManager(object):
    def __init__(self, new_context):
        self.new_context = new_context

    def __enter__(self):
        self.saved_context = getcontext()
        setcontext(self.new_context)
        return self.new_context

    def __exit__(self, t, v, tb):
        setcontext(self.saved_context)


# CPython shows this type as decimal.ContextManager
_ContextManager.__name__ = _ContextManager.__qualname__ = 'ContextManager'


def localcontext(ctx=None, **kwargs):
    """Returns a context manager that makes a copy of ctx (default: the
    current context) current for the with block, with kwargs applied."""
    if ctx is None:
        ctx = getcontext()
    elif not isinstance(ctx, Context):
        raise TypeError("optional argument must be a context")
    new = ctx.copy()
    for k, v in kwargs.items():
        if k not in _LOCAL_KEYS:
            raise TypeError("'%s' is an invalid keyword argument for this function" % k)
        if k == 'flags':
            new._flags = _signals_to_bits(v)
        elif k == 'traps':
            new._traps = _signals_to_bits(v)
        else:
            setattr(new, k, v)
    return _ContextManager(new)


def _make_py(cls, e, c, kind, sign):
    d = object.__new__(cls)
    d._exp = e
    d._int = c
    d._kind = kind
    d._sign = sign
    return d


def _no_kernel(*args):
    return None


_probe = _make(Decimal, 1, 2, 3, 4)
if (_probe._exp, _probe._int, _probe._kind, _probe._sign) != (1, 2, 3, 4):
    _make = _make_py
    _karith = _kcmp = _kquant = _ktext = _kfrom = _khash = _kformat = _no_kernel
del _probe


# Error messages name these classes as CPython's C types: 'decimal.Decimal', ...
from collections import _name_as_c_type
_name_as_c_type(Decimal)
_name_as_c_type(Context)
del _name_as_c_type
