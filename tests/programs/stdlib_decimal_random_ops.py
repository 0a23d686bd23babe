# Arithmetic, comparisons, quantize, str and hash of random Decimals under random
# contexts, with flags and trapped conditions.
import random
from decimal import (Decimal, Context, localcontext, ROUND_DOWN, ROUND_HALF_UP,
                     ROUND_HALF_EVEN, ROUND_CEILING, ROUND_FLOOR, ROUND_UP,
                     ROUND_HALF_DOWN, ROUND_05UP, Inexact, Rounded, Overflow,
                     Underflow, Subnormal, Clamped)
MODES = [ROUND_DOWN, ROUND_HALF_UP, ROUND_HALF_EVEN, ROUND_CEILING, ROUND_FLOOR,
         ROUND_UP, ROUND_HALF_DOWN, ROUND_05UP]
rng = random.Random(1234)


def rand_dec():
    k = rng.random()
    if k < 0.05:
        return Decimal(rng.choice(['0', '-0', '0.000', '-0E+3', 'Infinity', '-Infinity', 'NaN']))
    if k < 0.2:
        return rng.randrange(-50, 50)
    digits = rng.randrange(1, 40)
    c = rng.randrange(10 ** digits)
    e = rng.randrange(-30, 10) if rng.random() < 0.8 else rng.randrange(-120, 120)
    return Decimal('%s%de%d' % (rng.choice('+-'), c, e))


def flags(ctx):
    return ''.join(k.__name__[:3] for k, v in ctx.flags.items() if v)


lines = []
for i in range(300):
    prec = rng.choice([1, 2, 3, 5, 9, 28, 30, 50])
    emax = rng.choice([999999, 99, 20])
    ctx = Context(prec=prec, rounding=rng.choice(MODES), Emax=emax, Emin=-emax,
                  clamp=rng.choice([0, 0, 1]),
                  traps=rng.choice([[], [Inexact], [Rounded], [Overflow, Underflow],
                                    [Subnormal, Clamped]]))
    a = rand_dec()
    b = rand_dec()
    if not isinstance(a, Decimal):
        a = Decimal(a)
    with localcontext(ctx) as c:
        res = []
        for name, f in (('+', lambda: a + b), ('-', lambda: a - b), ('*', lambda: a * b),
                        ('/', lambda: a / b), ('r+', lambda: b + a), ('r-', lambda: b - a),
                        ('r*', lambda: b * a), ('r/', lambda: b / a),
                        ('<', lambda: a < b), ('==', lambda: a == b), ('>=', lambda: a >= b),
                        ('q', lambda: a.quantize(b if isinstance(b, Decimal) else Decimal(b))),
                        ('s', lambda: str(a)), ('h', lambda: hash(a) if not a.is_nan() else 0),
                        ('new', lambda: Decimal(str(a)))):
            c.clear_flags()
            try:
                r = f()
                res.append('%s=%r[%s]' % (name, r, flags(c)))
            except Exception as e:
                res.append('%s!%s[%s]' % (name, type(e).__name__, flags(c)))
        lines.append(' '.join(res))
print('\n'.join(lines))
