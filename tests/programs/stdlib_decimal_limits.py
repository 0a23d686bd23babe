# Decimal results near the exponent limits: overflow, underflow, subnormals,
# clamping and NaN payloads in a small context.
from decimal import *

D = Decimal


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


vals = ['0', '1', '-1', '9.99E+9', '1.23456E-9', '5E-12', '1E-14', '-7.5E-13', '123456789',
        '9E+10', '0E-20', '0E+20', '2.5E-11', '1.5', 'Infinity', '-NaN12345678']
for r in (ROUND_HALF_EVEN, ROUND_DOWN, ROUND_UP, ROUND_FLOOR):
    for clamp in (0, 1):
        c = Context(prec=5, Emax=9, Emin=-9, rounding=r, clamp=clamp, traps=[])
        setcontext(c)
        print('==', r, clamp)
        for a in vals:
            A = D(a)
            run('plus ' + a, lambda: +A, c)
            run('cd ' + a, lambda: c.create_decimal(a), c)
            run('norm ' + a, lambda: A.normalize(), c)
            run('exp ' + a, lambda: A.exp(), c)
            run('sqrt ' + a, lambda: A.sqrt(), c)
            run('sb ' + a, lambda: (A.scaleb(-3), A.scaleb(7)), c)
            run('next ' + a, lambda: (A.next_plus(), A.next_minus()), c)
            for b in vals[::3]:
                B = D(b)
                p = a + ' ' + b
                run('mul ' + p, lambda: A * B, c)
                run('div ' + p, lambda: A / B, c)
                run('pow ' + p, lambda: A ** B, c)
                run('qu ' + p, lambda: A.quantize(B), c)

setcontext(Context())
try:
    D('9e999999') * 10
except Overflow as e:
    print('Overflow', e, isinstance(e, Inexact), isinstance(e, Rounded))
print(getcontext())
