import sys
def gen(n):
    for i in range(n):
        yield i * i
print(list(gen(5)), sum(x for x in range(10)))
def outer():
    x = 1
    def inner():
        nonlocal x
        x += 1
        return x
    return inner
f = outer(); print(f(), f())
class B:
    count = 0
    def __init__(self):
        B.count += 1
    @property
    def double(self):
        return B.count * 2
    @staticmethod
    def s(a): return a + 1
    @classmethod
    def c(cls): return cls.__name__
b = B(); B()
print(B.count, b.double, B.s(1), b.c())
class C(B):
    def __init__(self):
        super().__init__()
        self.x = 5
c = C(); print(c.x, B.count, isinstance(c, B), issubclass(C, B), C.__mro__)
s = "Hello, World"
print(s.lower(), s.split(", "), s[::-1], s.find("o"), "-".join(["a", "b"]))
print("%5.2f|%-4d|%s" % (3.14159, 42, "x"), "{} {:>5}".format(1, "r"))
a, *rest = [1, 2, 3, 4]; print(a, rest)
print(sorted([3, 1, 2], reverse=True), sorted(["b", "a"], key=lambda s: s))
d = {i: i * i for i in range(5)}; print(d, {x % 3 for x in range(10)})
print(max([1, 5, 3]), min(4, 2, 8), abs(-3), round(2.5), round(3.14159, 2))
try:
    raise ValueError("bad")
except (TypeError, ValueError) as e:
    print(type(e).__name__, e.args)
finally:
    print("fin")
def g():
    try:
        return 1
    finally:
        print("in finally")
print(g())
for i in range(3):
    if i == 1: continue
    print(i)
else:
    print("done")
x = 0
while x < 5:
    x += 1
    if x == 3: break
print(x)
print(type(1), type("a"), type([]), type(None), int("42"), float("1.5"), str(12), bool(0))
print(list(zip([1,2],[3,4])), list(enumerate("ab")), list(reversed([1,2,3])), list(map(str, [1,2])))
print(repr("it's"), repr('say "hi"'), 1e16, 1.5e-7, -0.0, 10**20 * 1.0)
