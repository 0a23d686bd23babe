# groupby semantics (one live group at a time) and tee
from itertools import groupby, tee, islice, count
import itertools

print([(k, list(g)) for k, g in groupby("AAAABBBCCDAABBB")])
print([k for k, g in groupby("AAAABBBCCD")])
print([(k, list(g)) for k, g in groupby([1, 2, 3, 4, 5, 6], key=lambda x: x // 2)])
print([(k, list(g)) for k, g in groupby([], key=len)])
print([(k, len(list(g))) for k, g in groupby(sorted("mississippi"))])

# advancing the groupby ends the previous group
groups = []
keys = []
for k, g in groupby("aaabbc"):
    groups.append(g)
    keys.append(k)
print(keys, [list(g) for g in groups])
gb = groupby("xxyy")
k1, g1 = next(gb)
print(k1, next(g1))
k2, g2 = next(gb)
print(k2, list(g1), list(g2))
print(type(g1).__name__, type(gb).__name__)

# key is called once per item
calls = []
def key(x):
    calls.append(x)
    return x % 3 == 0
print([(k, list(g)) for k, g in groupby([3, 6, 1, 2, 9], key)], calls)

# equal-but-different keys
print([(k, list(g)) for k, g in groupby([1, 1.0, True, 2, 2.0])])

# tee
a, b = tee([1, 2, 3])
print(list(a), list(b))
a, b, c = tee(iter("abc"), 3)
print(next(a), next(a), next(b), list(c), list(a), list(b))
print(tee([1], 0), len(tee([1])), type(tee([1])[0]).__name__)
x, y = tee(count())
print(list(islice(x, 100))[-1], next(y), next(x))
# a tee of a tee copies it
t1, = tee(range(5), 1)
next(t1)
t2, t3 = tee(t1)
print(list(t2), list(t3), list(t1))
import copy
u, = tee("hello", 1)
next(u)
v = copy.copy(u)
print("".join(u), "".join(v))
# reading far ahead keeps the items for the slower iterator
p, q = tee(range(200))
print(sum(p), sum(islice(q, 150)), list(q)[:3])

def gen():
    yield from range(3)
    print("gen done")
m, n = tee(gen())
print(list(m))
print(list(n))

for f in (lambda: groupby(), lambda: groupby([1], None, 3), lambda: tee([1], -1),
          lambda: tee(), lambda: tee([1], 2, 3), lambda: tee(5)):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
