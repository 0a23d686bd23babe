# Natively recursive operations on deep structures: RecursionError where CPython raises it, results where it has them.
def deep_dict(n):
    d = {}
    cur = d
    for _ in range(n):
        cur["k"] = {}
        cur = cur["k"]
    return d
a, b = deep_dict(3000), deep_dict(3000)
try:
    print(a == b)
except RecursionError:
    print("RecursionError dict eq")
fa = frozenset()
fb = frozenset()
for i in range(3000):
    fa = frozenset([fa, i])
    fb = frozenset([fb, i])
try:
    print(fa == fb)
except RecursionError:
    print("RecursionError frozenset eq")
ta = ()
tb = ()
for i in range(3000):
    ta = (ta,)
    tb = (tb,)
try:
    print(ta < tb)
except RecursionError:
    print("RecursionError tuple lt")
x = []
cur = x
for i in range(3000):
    cur.append([])
    cur = cur[0]
import sys
try:
    print(len(str(x)))
except RecursionError:
    print("RecursionError str")
print("survived")
it = iter([1, 2, 3])
for i in range(5000):
    it = map(abs, it)
print(list(it))
z = zip([1], [2])
for i in range(2000):
    z = zip(z)
first = next(z)
depth = 0
while isinstance(first, tuple):
    first = first[0]
    depth += 1
print(depth, first)
e = enumerate("ab")
for i in range(2000):
    e = enumerate(e)
item = next(e)
print(item[0], type(item[1]).__name__)
fl = filter(None, [0, 1, 2])
for i in range(5000):
    fl = filter(None, fl)
print(list(fl))
