# collections.Counter: counting, most_common tie order, arithmetic, comparisons
from collections import Counter

c = Counter("abracadabra")
print(c, len(c), c["a"], c["zzz"], "zzz" in c)
print(c.most_common(), c.most_common(2), c.most_common(0), c.most_common(-1), c.most_common(100))
# ties keep first-seen order
t = Counter("bbaacdd")
print(t.most_common(), t.most_common(2), t.most_common(1))
print(sorted(c.elements()), list(Counter(a=2, b=0, c=-1, d=1).elements()))
print(Counter(), Counter([]), Counter({"x": 2, "y": 1}), Counter(x=1, y=2), Counter("ab", b=5))
print(Counter([1, 1, 2.0, 2, True]), Counter([(1, 2), (1, 2), None]))

c.update("aaz")
c.update({"b": 10, "q": 1})
c.update(n=3)
print(c, c.total())
c.subtract("aaaa")
c.subtract({"q": 5})
print(c)
del c["q"]
del c["not there"]
print(c, +c, -c)
c["r"] = 0
print(c.most_common(3), sorted(+c))

a = Counter(a=3, b=1, c=0)
b = Counter(a=1, b=2, d=4)
print(a + b, a - b, b - a, a | b, a & b)
print(Counter(a=-2) + Counter(), Counter(a=-2) - Counter(a=-5), -Counter(x=-3, y=2))
x = Counter(a=3)
x += Counter(a=-1, b=2)
print(x)
x -= Counter(b=5)
print(x)
x |= Counter(a=7, z=1)
print(x)
x &= Counter(a=4)
print(x)

print(Counter(a=1) == Counter(a=1, b=0), Counter(a=1) == {"a": 1}, Counter(a=1) != Counter(a=2))
print(Counter(a=1) <= Counter(a=2), Counter(a=1) < Counter(a=1), Counter(a=2) >= Counter(a=1, b=0))
print(Counter(a=2) > Counter(a=1), Counter(a=1) == Counter("a"))
print(isinstance(c, dict), type(c).__name__, Counter.__module__)
cc = c.copy()
cc["a"] = 100
print(c["a"] != cc["a"], type(cc).__name__)
print(Counter("aab").keys(), list(Counter("aab").values()), dict(Counter("ab")))

# unorderable counts fall back to dict order in the repr
print(Counter({"a": [1], "b": [2]}))
print(Counter({"a": 1.5, "b": 0.5, "c": 2}))

class MyCounter(Counter):
    pass
m = MyCounter("hello")
print(m, m.most_common(1), type(m + m).__name__)

words = "the quick brown fox jumps over the lazy dog the end".split()
wc = Counter(words)
print(wc.most_common(3))
print(sum(wc.values()), sorted(wc.items())[:3])

try:
    Counter.fromkeys("abc")
except NotImplementedError as e:
    print("NotImplementedError", e)
for f in (lambda: Counter(1), lambda: Counter(1, 2), lambda: hash(Counter())):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
