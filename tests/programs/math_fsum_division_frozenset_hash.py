import math
for data in [[float('inf'), 1.0], [1e308, 1e308], [float('inf'), float('-inf')], [float('nan'), 1.0], [0.1]*10, [1e100, 1.0, -1e100, 1e-100], iter([1.5, 2.5]), [float('-inf'), 2]]:
    try:
        print(math.fsum(data))
    except (OverflowError, ValueError) as e:
        print(type(e).__name__, e)
print(1 / 2**1000, 3 / 2**1074, -7 / 2**1100, 2**2000 // 3 / 2**1999)
print(hash(frozenset([1])), hash(frozenset([1, 2, 3])), hash(frozenset()), hash(frozenset(range(7))))
s = set(range(10)); s.discard(3); print(hash(frozenset(s)))
