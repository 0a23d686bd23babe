# Decimal power, sqrt, exp, ln, log10 and quantize, correctly rounded as CPython.
from decimal import *

D = Decimal
vals = ['0', '-0', '1', '-1', '2', '0.5', '-2', '10', '100', '0.01', '1.00', '7', '12.345', '1E+5',
        '1E-5', '9.99', '1.0000001', '0.9999999', 'Infinity', '-Infinity', 'NaN', '16', '0.25', '-8']
exps = ['0', '1', '3', '-1', '-2', '0.5', '-0.5', '1.5', '10', '-10', '0.1', '33', '-33',
        '1E+2', 'Infinity', '-Infinity', 'NaN', '-0', '1.0']


def flags(c):
    return ''.join(k.__name__[:3] for k, v in c.flags.items() if v)


def run(name, f, ctx):
    ctx.clear_flags()
    try:
        r = f()
    except Exception as e:
        r = type(e).__name__ + ':' + str(e)
    print(name, r, flags(ctx))


for prec, rounding in ((28, ROUND_HALF_EVEN), (9, ROUND_DOWN), (16, ROUND_UP), (3, ROUND_HALF_UP),
                       (40, ROUND_HALF_EVEN)):
    c = Context(prec=prec, rounding=rounding, traps=[])
    setcontext(c)
    print('==', prec, rounding)
    for a in vals:
        A = D(a)
        run('exp ' + a, lambda: A.exp(), c)
        run('ln ' + a, lambda: A.ln(), c)
        run('log10 ' + a, lambda: A.log10(), c)
        run('sqrt ' + a, lambda: A.sqrt(), c)
        for b in exps:
            B = D(b)
            run('pow %s %s' % (a, b), lambda: A ** B, c)

setcontext(Context())
print(pow(D(3), 4, 5), pow(D(-3), 3, 7), pow(D(2), 100, 1000007))
print(D(2) ** 0.5 if False else D(2) ** D('0.5'), 2 ** D('0.5'), D('1.1') ** 100)
print(D('0.1').exp(), D('123.456').ln(), D('0.000123').log10(), D('2E+1000').sqrt())
for q in ['1', '0.1', '0.001', '1E+1', '1E-30']:
    for r in [ROUND_HALF_EVEN, ROUND_HALF_UP, ROUND_DOWN, ROUND_CEILING, ROUND_05UP]:
        try:
            print(q, r, D('12345.6785').quantize(D(q), rounding=r), D('-0.0455').quantize(D(q), r))
        except InvalidOperation as e:
            print(q, r, 'InvalidOperation', e)
print(round(D('2.675'), 2), round(D('2.5')), round(D('3.5')), round(D('-2.5')), round(D('1234.5'), -2))
