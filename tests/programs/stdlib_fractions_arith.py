from fractions import Fraction as F

def run(label, fn):
    try:
        print(label, '->', repr(fn()))
    except Exception as e:
        print(label, '->', type(e).__name__, e)

vals = [F(7, 2), F(-1, 3), F(0), 3, -2, 0, 1.5, -0.25, 0.0, True]
ops = [('+', lambda a, b: a + b), ('-', lambda a, b: a - b), ('*', lambda a, b: a * b),
       ('/', lambda a, b: a / b), ('//', lambda a, b: a // b), ('%', lambda a, b: a % b),
       ('divmod', lambda a, b: divmod(a, b))]
for a in vals:
    for b in vals:
        if not isinstance(a, F) and not isinstance(b, F):
            continue
        for name, op in ops:
            run('%r %s %r' % (a, name, b), lambda: op(a, b))

# powers
for a in [F(2, 3), F(-2, 3), F(0), F(4), 2, -3, 2.0, 0]:
    for b in [F(2), F(-2), F(0), F(-3), F(1, 2), 3, -1, 0.5, 2.0]:
        if not isinstance(a, F) and not isinstance(b, F):
            continue
        if isinstance(a, (int, float)) and a < 0 and isinstance(b, F) and b.denominator != 1:
            continue
        if isinstance(a, F) and a < 0 and not (isinstance(b, int) or (isinstance(b, F) and b.denominator == 1)):
            continue
        run('%r ** %r' % (a, b), lambda: a ** b)

run('unary', lambda: (-F(3, 4), +F(3, 4), abs(F(-3, 4))))
run("F(1,2) + 'a'", lambda: F(1, 2) + 'a')
run("'a' * F(1,2)", lambda: 'a' * F(1, 2))
run('[1] + F(1)', lambda: [1] + F(1))
run('F(1,2) ** None', lambda: F(1, 2) ** None)
run('big', lambda: F(10**30 + 1, 3) * F(3, 10**30 + 1))
run('sum', lambda: sum(F(1, n) for n in range(1, 11)))
run('float sum', lambda: float(sum(F(1, n) for n in range(1, 30))))
run('float tiny', lambda: float(F(1, 10**400)))
run('float huge', lambda: float(F(10**400, 3)))
