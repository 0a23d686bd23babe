# Huge ints where CPython wants a C int or an exponent: sort's `reverse`, the iterator
# of a range past a machine word (its __length_hint__), math.ldexp's exponent.
def t(f):
    try:
        print("ok", f())
    except Exception as e:
        print(type(e).__name__, e)

it = iter(range(2**70, 2**70 + 5))
t(lambda: type(it).__name__)
t(lambda: it.__length_hint__())
next(it)
t(lambda: it.__length_hint__())
t(lambda: iter(range(0, 2**70)).__length_hint__())
t(lambda: iter(range(2**70, 0, -3)).__length_hint__())
t(lambda: iter(range(2**70, 2**70)).__length_hint__())

class Index:
    def __index__(self):
        return 1

for r in [2**70, -2**70, 2**31, -2**31 - 1, 2**31 - 1, True, 0, Index(), 'x', 1.5, None, []]:
    t(lambda: sorted([1, 3, 2], reverse=r))
    def sort():
        l = [1, 3, 2]
        l.sort(reverse=r)
        return l
    t(sort)

import math
for e in [2**70, -2**70, 2**63, 2**62, -2**62, 1024, -1080]:
    for x in [1.0, 0.0, -1.0, float('inf'), float('nan'), 1e-300]:
        t(lambda: math.ldexp(x, e))
t(lambda: math.ldexp(1.0, 1.5))
