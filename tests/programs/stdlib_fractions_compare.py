from fractions import Fraction as F
import math

def run(label, fn):
    try:
        print(label, '->', repr(fn()))
    except Exception as e:
        print(label, '->', type(e).__name__, e)

vals = [F(1, 2), F(-3, 4), F(2), 0.5, 2, 2.0, -1, float('inf'), float('-inf'), float('nan'), F(1, 3), 1/3]
for a in vals:
    for b in vals:
        if not isinstance(a, F) and not isinstance(b, F):
            continue
        print(repr(a), repr(b), a == b, a != b, a < b, a <= b, a > b, a >= b)

run("F(1) < 'a'", lambda: F(1) < 'a')
run("F(1) == 'a'", lambda: F(1) == 'a')
run('F(1) == None', lambda: F(1) == None)
run('sorted', lambda: sorted([F(1, 3), 0.3, 1, F(-1, 2), 0, F(5, 16)]))
run('max', lambda: max(F(1, 3), 0.33, F(1, 4)))

# hashes agree with int and float hashes for equal values
for v in [F(1, 2), F(-1, 2), F(3), F(-1), F(0), F(1, 3), F(-7, 3), F(10**30), F(-10**30, 7),
          F(2**61 - 1), F(1, 2**61 - 1), F(-1, 2**61 - 1), F(3, 2**61 - 1), F(5, 2**62 - 2)]:
    print(repr(v), hash(v))
for x in [0.5, -0.5, 0.1, 1e300, -2.0, 1e-300, 123.456]:
    print(x, hash(F(x)) == hash(x))
print(hash(F(7)) == hash(7), hash(F(-1)) == hash(-1))
d = {F(1, 2): 'half', 2: 'two', 0.25: 'quarter'}
print(d[0.5], d[F(2)], d[F(1, 4)])
print(len({F(1, 2), 0.5, F(2, 4), 1, F(1), 1.0, True}))
