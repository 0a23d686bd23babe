# The common operations' quick paths against their edge cases: rounding modes,
# carries, exponent limits, signed zeros, flags, traps, parsing, comparisons,
# hashing and formatting.
from decimal import (Decimal, getcontext, setcontext, localcontext, Context,
                     ROUND_DOWN, ROUND_HALF_UP, ROUND_HALF_EVEN, ROUND_CEILING,
                     ROUND_FLOOR, ROUND_UP, ROUND_HALF_DOWN, ROUND_05UP,
                     Inexact, Rounded, InvalidOperation, DivisionByZero,
                     Overflow, Underflow, Subnormal, Clamped, FloatOperation)
from fractions import Fraction

MODES = (ROUND_DOWN, ROUND_HALF_UP, ROUND_HALF_EVEN, ROUND_CEILING,
         ROUND_FLOOR, ROUND_UP, ROUND_HALF_DOWN, ROUND_05UP)


def flags(ctx):
    return sorted(k.__name__ for k, v in ctx.flags.items() if v)


def show(label, f):
    ctx = getcontext()
    ctx.clear_flags()
    try:
        r = f()
    except Exception as e:
        print(label, type(e).__name__, e, flags(ctx))
        return
    print(label, repr(r), flags(ctx))


# Rounding a product or quotient to the precision, every mode, both signs.
for mode in MODES:
    with localcontext() as ctx:
        ctx.prec = 3
        ctx.rounding = mode
        for a, b in (('1.234', '1'), ('1.235', '1'), ('1.245', '1'), ('1.2451', '1'),
                     ('9.995', '1'), ('9.9951', '1'), ('-1.235', '1'), ('-9.995', '1'),
                     ('1.205', '1'), ('1.255', '1'), ('-1.055', '1'), ('123', '1'),
                     ('1000', '1'), ('1234', '1'), ('0.0001235', '1')):
            show('%s %s*%s' % (mode, a, b), lambda: Decimal(a) * Decimal(b))
        show('%s 2/3' % mode, lambda: Decimal(2) / Decimal(3))
        show('%s -2/3' % mode, lambda: Decimal(-2) / Decimal(3))
        show('%s 1+0.0005' % mode, lambda: Decimal(1) + Decimal('0.0005'))
        show('%s 1-0.0005' % mode, lambda: Decimal(1) - Decimal('0.0005'))
        show('%s 1-1' % mode, lambda: Decimal(1) - Decimal(1))
        show('%s -0+0' % mode, lambda: Decimal('-0') + Decimal('0'))
        show('%s -0-0' % mode, lambda: Decimal('-0') - Decimal('0'))
        show('%s 1e10+1' % mode, lambda: Decimal('1e10') + Decimal(1))
        show('%s -1e10+1' % mode, lambda: Decimal('-1e10') + Decimal(1))
        show('%s q2.675' % mode, lambda: Decimal('2.675').quantize(Decimal('0.01')))
        show('%s q-2.675' % mode, lambda: Decimal('-2.675').quantize(Decimal('0.01')))
        show('%s q0.004' % mode, lambda: Decimal('0.004').quantize(Decimal('0.01')))
        show('%s q-0.004' % mode, lambda: Decimal('-0.004').quantize(Decimal('0.01')))
        show('%s q1e-30' % mode, lambda: Decimal('1e-30').quantize(Decimal('0.1')))
        show('%s q9.99' % mode, lambda: Decimal('9.99').quantize(Decimal('0.1')))
        show('%s round' % mode, lambda: round(Decimal('-2.5')))
        show('%s to_int' % mode, lambda: Decimal('-2.5').to_integral_value())
        show('%s to_exact' % mode, lambda: Decimal('2.5').to_integral_exact())

# Exponent limits: overflow on a carry, subnormal and clamped results.
with localcontext(Context(prec=3, Emax=5, Emin=-5, traps=[])) as ctx:
    show('carry overflow', lambda: Decimal('9.99e5') * Decimal('1.001'))
    show('carry ok', lambda: Decimal('9.99e4') * Decimal('1.001'))
    show('overflow', lambda: Decimal('9e5') * Decimal(10))
    show('subnormal', lambda: Decimal('1e-5') / Decimal(10))
    show('subnormal inexact', lambda: Decimal('1.23e-5') / Decimal(100))
    show('underflow to zero', lambda: Decimal('1e-5') / Decimal('1e10'))
    show('normal edge', lambda: Decimal('1e-5') * Decimal(1))
    show('max edge', lambda: Decimal('9.99e5') + Decimal(0))
    show('q subnormal', lambda: Decimal('0.0000012').quantize(Decimal('1e-7')))
    show('q too long', lambda: Decimal('123.4').quantize(Decimal('0.01')))
    show('q big target', lambda: Decimal('1').quantize(Decimal('1e6')))
    ctx.clamp = 1
    show('clamp', lambda: Decimal('1e5') + Decimal(0))
    show('clamp mul', lambda: Decimal('1e4') * Decimal(10))
    show('clamp fits', lambda: Decimal('1.23e5') * Decimal(1))

# Traps raise with CPython's messages; the flags are set either way.
for trap in (Inexact, Rounded, Overflow, Underflow, Subnormal, Clamped):
    with localcontext(Context(prec=3, Emax=5, Emin=-5, traps=[trap])):
        show('trap %s 2/3' % trap.__name__, lambda: Decimal(2) / Decimal(3))
        show('trap %s 1.5*1' % trap.__name__, lambda: Decimal('1.5') * Decimal(1))
        show('trap %s 1000*1' % trap.__name__, lambda: Decimal('1000') * Decimal(1))
        show('trap %s big' % trap.__name__, lambda: Decimal('9e5') * Decimal(10))
        show('trap %s tiny' % trap.__name__, lambda: Decimal('1.23e-5') / Decimal(100))
        show('trap %s quantize' % trap.__name__, lambda: Decimal('1.25').quantize(Decimal('0.1')))
show('div by zero', lambda: Decimal(1) / Decimal(0))
show('0/0', lambda: Decimal(0) / Decimal(0))
show('bad string', lambda: Decimal('1.2.3'))
show('bad string again', lambda: Decimal('1.2.3'))
show('float op', lambda: Decimal(1) < 1.5)
with localcontext() as ctx:
    ctx.traps[InvalidOperation] = False
    show('bad string quiet', lambda: Decimal('abc'))
    show('bad string quiet again', lambda: Decimal('abc'))
    show('nan < 1', lambda: Decimal('NaN') < Decimal(1))
    show('snan == 1', lambda: Decimal('sNaN') == Decimal(1))
    ctx.traps[FloatOperation] = True
    show('float eq', lambda: Decimal('1.5') == 1.5)
    show('float lt', lambda: Decimal('1.5') < 1.5)
    show('float new', lambda: Decimal(1.5))

# Parsing, including strings seen before.
for s in ('1.5', '1.5', '-1.5', '+1.5', '1.', '.5', '-.5', '0', '-0', '+0.00',
          '-0.00', '007', '1_000.5', ' 1.5 ', '1e5', '1E-5', '-1.5e+3', '.e1',
          '1.e1', '.', '-', '+', '', '1..2', '--1', '+-1', '1.2.3', 'inf',
          '-Infinity', 'nan', '-NaN12', 'sNaN', 'sNaN34', '\u0661\u0662\u0663',
          '\u0661.5', '1_', '_1', '0.000000', '123456789012345678901234567890.5'):
    show('parse %r' % s, lambda: Decimal(s))
    show('parse twice %r' % s, lambda: Decimal(s))
show('parse int', lambda: [Decimal(0), Decimal(-7), Decimal(True), Decimal(10**40)])
show('tuple', lambda: Decimal((1, (1, 2, 3), -2)))
show('float', lambda: Decimal(0.1))
show('neg zero float', lambda: Decimal(-0.0))

# Comparisons, equality and hashing.
vals = [Decimal(x) for x in ('0', '-0', '0.00', '1', '1.0', '1.00', '-1', '2.5',
                             '-2.5', '1e3', '1000', '999.999', '1E+3', '0.001',
                             '-0.001', 'Infinity', '-Infinity', '123456789e-5',
                             '1e-40', '-1e40')]
for a in vals:
    print(a, [int(a < b) + 2 * int(a == b) + 4 * int(a > b) + 8 * int(a <= b) +
              16 * int(a >= b) for b in vals], a == 1, a < 0, a > 1.5, hash(a))
print(sorted(vals))
print(sorted(vals, reverse=True))
nan = Decimal('NaN')
print(nan == nan, nan != nan, nan == 1, Decimal(1) == nan, Decimal('-0') == 0)
for x in (0, 1, -1, 10**20, 0.5, -0.25, 1e100, 2.0 ** -50, Fraction(1, 4),
          Fraction(-7, 8), Fraction(1, 3)):
    d = Decimal(x) if not isinstance(x, Fraction) else Decimal(x.numerator) / Decimal(x.denominator)
    print(x, d == x, hash(d) == hash(x))
for s in ('1e2000', '1e-2000', '-5e-300', '0.5', '12.345', '-0', 'Infinity', '-Infinity'):
    print(s, hash(Decimal(s)))
show('hash sNaN', lambda: hash(Decimal('sNaN')))

# Conversions and aggregates.
ds = [Decimal(i) / Decimal(7) for i in range(-10, 11)]
print(sum(ds), sum(ds, Decimal('0.5')), max(ds), min(ds))
print([int(d) for d in ds[:5]], [float(d) for d in ds[:3]], [round(d, 2) for d in ds[:3]])
print([str(d) for d in ds[::5]], [repr(-d) for d in ds[::7]])
for spec in (',.2f', '>12.3e', '010.4', '+.1%', ',', '.3g', '', 'f', 'E', '^12,.1f', '010'):
    print(repr(spec), [format(d, spec) for d in (Decimal('1234567.891'), Decimal('-0.0001234'),
                                             Decimal('-0'), Decimal('NaN'), Decimal('-Infinity'))])
print(f'{Decimal("1234.5"):,.2f}', f'{Decimal("-1234.5"):010.1f}')

# Context changes between operations.
x = Decimal(1) / Decimal(7)
getcontext().prec = 5
print(x, +x, Decimal(1) / Decimal(7), Decimal('1.23456789') * 1)
with localcontext() as ctx:
    ctx.prec = 50
    print(Decimal(2).sqrt(), Decimal(1) / Decimal(7))
    with localcontext(prec=8, rounding=ROUND_DOWN):
        print(Decimal(2).sqrt(), Decimal(2) / Decimal(3))
    print(Decimal(2) / Decimal(3))
print(Decimal(2) / Decimal(3))
setcontext(Context(prec=12, rounding=ROUND_UP))
print(Decimal(2) / Decimal(3), Decimal(10).sqrt(), getcontext().prec)
getcontext().prec = 100
print(Decimal(2).sqrt(), Decimal(3).sqrt() ** 2, Decimal('1e-100').sqrt())
print(Decimal(10) // Decimal(3), Decimal(-10) % Decimal(3), divmod(Decimal('7.5'), Decimal(2)))
# Fractions compare exactly, from either side.
F = Fraction
print(Decimal('0.5') < F(2, 3), Decimal('0.5') == F(1, 2), Decimal('Inf') > F(1, 2),
      F(1, 2) == Decimal('0.5'), F(1, 3) < Decimal('0.5'), Decimal('-0') == F(0),
      Decimal('1e3') > F(999, 1), Decimal('-1e-3') >= F(-1, 1000), Decimal('NaN') == F(1, 2))
show('nan < fraction', lambda: Decimal('NaN') < F(1, 2))
