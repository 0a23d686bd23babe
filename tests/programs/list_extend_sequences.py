# list.extend with a list or a tuple (copied straight across), with itself, and on a
# list subclass; the storage grows as CPython's does.
import sys

for n in (0, 3, 5, 8, 9, 17, 40):
    a = []
    a.extend(list(range(n)))
    c = [1, 2, 3]
    c.extend(c)
    d = list(range(n))
    d.extend(d)
    e = list(range(n))
    e.extend(tuple(e))
    print(n, sys.getsizeof(a), sys.getsizeof(c), sys.getsizeof(d), sys.getsizeof(e))
    print(d == list(range(n)) * 2, e == d, c)


class L(list):
    pass


x = L([1, 2])
x.extend(x)
x.extend([3])
x.extend((4,))
print(x, type(x).__name__)
y = [0]
y.extend(x)
print(y)
try:
    y.extend(5)
except TypeError as err:
    print("TypeError:", err)
t = (object(),)
before = sys.getrefcount(t[0])
z = []
z.extend(t)
z.extend([t[0]] * 3)
print(sys.getrefcount(t[0]) - before)
del z
print(sys.getrefcount(t[0]) - before)
