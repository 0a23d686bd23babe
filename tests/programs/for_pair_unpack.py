# for a, b in enumerate(...) / d.items() / zip(x, y): the pair's values are unpacked
# without the pair being made; what a program sees is unchanged.
import sys
for i, x in enumerate('abc'): print(i, x)
for i, x in enumerate([10, 20], 5): print(i, x)
d = {'a': 1, 'b': 2}
for k, v in d.items(): print(k, v)
for a, b in zip('xy', range(5)): print(a, b)
for a, b in zip('xyz', range(2)): print(a, b)
try:
    for a, b in zip('xyz', range(2), strict=True): print(a, b)
except ValueError as e: print(e)
try:
    for a, b in zip(range(2), 'xyz', strict=True): print(a, b)
except ValueError as e: print(e)
try:
    for k, v in d.items(): d['c'] = 3
except RuntimeError as e: print(e)
def g():
    yield 1
    yield 2
for i, x in enumerate(g()): print(i, x)
e = enumerate('ab'); next(e)
for i, x in e: print(i, x)
for (a, b) in enumerate('q'): print(a, b)
try:
    for a, b in enumerate(5): pass
except TypeError as e: print(e)
z = zip('ab', 'cd')
for a, b in z: print(a, b, list(z))
for i, (a, b) in enumerate(zip('ab', 'cd')): print(i, a, b)
def bad():
    yield 1
    raise KeyError('k')
try:
    for i, x in enumerate(bad()): print(i, x)
except KeyError as e:
    import traceback; traceback.print_exc(file=sys.stdout)
