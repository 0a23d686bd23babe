from datetime import timedelta
import datetime

def run(label, fn):
    try:
        print(label, '->', repr(fn()))
    except Exception as e:
        print(label, '->', type(e).__name__, e)

cases = [
    lambda: timedelta(),
    lambda: timedelta(1),
    lambda: timedelta(-1),
    lambda: timedelta(seconds=-1),
    lambda: timedelta(microseconds=-1),
    lambda: timedelta(days=1, hours=-25),
    lambda: timedelta(weeks=2, days=3, hours=4, minutes=5, seconds=6, milliseconds=7, microseconds=8),
    lambda: timedelta(days=1.5),
    lambda: timedelta(seconds=0.5),
    lambda: timedelta(microseconds=0.5),
    lambda: timedelta(microseconds=1.5),
    lambda: timedelta(microseconds=2.5),
    lambda: timedelta(microseconds=-0.5),
    lambda: timedelta(microseconds=-1.5),
    lambda: timedelta(seconds=1.0000005),
    lambda: timedelta(hours=1.1, minutes=2.2, seconds=3.3, milliseconds=4.4, microseconds=5.5),
    lambda: timedelta(days=0.1, weeks=-0.3),
    lambda: timedelta(milliseconds=0.0005),
    lambda: timedelta(milliseconds=0.0015),
    lambda: timedelta(days=1e-7),
    lambda: timedelta(days=999999999),
    lambda: timedelta(days=10**9),
    lambda: timedelta(days=-999999999, seconds=-1),
    lambda: timedelta('a'),
    lambda: timedelta(seconds=None),
    lambda: timedelta(days=True),
    lambda: timedelta.min, lambda: timedelta.max, lambda: timedelta.resolution,
]
for i, c in enumerate(cases):
    run('case %d' % i, c)
    try:
        v = c()
        print('   str', str(v), v.days, v.seconds, v.microseconds, v.total_seconds(), bool(v))
    except Exception:
        pass

a = timedelta(days=2, hours=3, microseconds=7)
b = timedelta(hours=-5, seconds=30)
for label, fn in [('a+b', lambda: a + b), ('a-b', lambda: a - b), ('b-a', lambda: b - a),
                  ('-a', lambda: -a), ('+b', lambda: +b), ('abs(b)', lambda: abs(b)),
                  ('a*3', lambda: a * 3), ('3*a', lambda: 3 * a), ('a*-1', lambda: a * -1),
                  ('a*0.5', lambda: a * 0.5), ('0.1*a', lambda: 0.1 * a), ('a*1e-9', lambda: a * 1e-9),
                  ('a/2', lambda: a / 2), ('a/3', lambda: a / 3), ('a/1.7', lambda: a / 1.7),
                  ('a/b', lambda: a / b), ('a//b', lambda: a // b), ('a//3', lambda: a // 3),
                  ('a%b', lambda: a % b), ('divmod(a,b)', lambda: divmod(a, b)),
                  ('timedelta(microseconds=3)/2', lambda: timedelta(microseconds=3) / 2),
                  ('timedelta(microseconds=5)/2', lambda: timedelta(microseconds=5) / 2),
                  ('timedelta(microseconds=5)*0.5', lambda: timedelta(microseconds=5) * 0.5),
                  ('timedelta(microseconds=7)*0.5', lambda: timedelta(microseconds=7) * 0.5),
                  ('a/0', lambda: a / 0), ('a//0', lambda: a // 0), ('a/0.0', lambda: a / 0.0),
                  ('a%timedelta(0)', lambda: a % timedelta(0)),
                  ('a/timedelta(0)', lambda: a / timedelta(0)),
                  ('max*2', lambda: timedelta.max * 2),
                  ('max+res', lambda: timedelta.max + timedelta.resolution),
                  ('a==b', lambda: a == b), ('a!=b', lambda: a != b), ('a>b', lambda: a > b),
                  ('a<=a', lambda: a <= a), ('a==1', lambda: a == 1),
                  ('hash eq', lambda: hash(timedelta(hours=24)) == hash(timedelta(1))),
                  ('dict', lambda: {timedelta(seconds=60): 'x'}[timedelta(minutes=1)]),
                  ('sorted', lambda: sorted([a, b, -a, timedelta(0)])),
                  ('sum', lambda: sum([a, b, a], timedelta())),
                  ('reduce', lambda: a.__reduce__()),
                  ('isinstance', lambda: isinstance(a, datetime.timedelta))]:
    run(label, fn)

class TD(timedelta):
    pass
t = TD(hours=1)
print(repr(t), type(t).__name__, type(t + t).__name__)
