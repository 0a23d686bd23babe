# Decimal arithmetic on a grid of values under several rounding modes and
# precisions, printing results and the flags each operation raised.
from decimal import *

D = Decimal
vals = ['0', '-0', '1', '-1', '7', '0.1', '-0.5', '2.5', '12.345', '-7.25', '1E+2', '1.00',
        '123456789012345678901234567890', '1E-10', '0.000', 'Infinity', '-Infinity', 'NaN',
        '-NaN7', 'sNaN', '0.3333', '-1234.5678']


def flags(c):
    return ''.join(k.__name__[:3] for k, v in c.flags.items() if v)


def run(name, f, ctx):
    ctx.clear_flags()
    try:
        r = f()
    except Exception as e:
        r = type(e).__name__ + ':' + str(e)
    if isinstance(r, tuple):
        r = tuple(str(x) for x in r)
    print(name, r, flags(ctx))


for rounding, prec in [(ROUND_HALF_EVEN, 28), (ROUND_DOWN, 5), (ROUND_UP, 5), (ROUND_FLOOR, 4),
                       (ROUND_CEILING, 4), (ROUND_HALF_UP, 3), (ROUND_HALF_DOWN, 3), (ROUND_05UP, 3)]:
    c = Context(prec=prec, rounding=rounding, traps=[])
    setcontext(c)
    print('==', rounding, prec)
    for a in vals:
        A = D(a)
        run('neg ' + a, lambda: -A, c)
        run('pos ' + a, lambda: +A, c)
        run('abs ' + a, lambda: abs(A), c)
        run('tie ' + a, lambda: A.to_integral_exact(), c)
        run('q ' + a, lambda: A.quantize(D('0.01')), c)
        for b in vals[::2] if prec != 28 else vals:
            B = D(b)
            p = a + ' ' + b
            run('add ' + p, lambda: A + B, c)
            run('sub ' + p, lambda: A - B, c)
            run('mul ' + p, lambda: A * B, c)
            run('div ' + p, lambda: A / B, c)
            run('dm ' + p, lambda: divmod(A, B), c)
            run('cmp ' + p, lambda: (A.compare(B), A.compare_total(B), A.max(B), A.min(B)), c)
            run('eq ' + p, lambda: (A == B, A < B, A >= B), c)
