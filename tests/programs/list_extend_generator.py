# list.extend with a generator: items are appended as the generator yields them, so
# the generator sees the list grow; an exception keeps what was appended before it;
# the list's storage grows as CPython's does.
import sys

l = [0]
l.extend(x * 2 for x in range(1, 6))
print(l)


def watcher(target, n):
    for i in range(n):
        yield len(target)


w = [10, 20]
w.extend(watcher(w, 5))
print(w)


def failing(n):
    for i in range(n):
        if i == 3:
            raise ValueError("boom at 3")
        yield i


f = ["a"]
try:
    f.extend(failing(10))
except ValueError as e:
    print("error:", e)
print(f)

sizes = []
g = []
for n in range(0, 40, 3):
    g.extend(i for i in range(n))
    sizes.append(sys.getsizeof(g))
print(len(g), sizes)

h = []
h.extend(v for v in (1, 2, 3) if v != 2)
h.extend((yield_value for yield_value in []))
print(h)


def reader(target):
    yield target[-1] + 1
    yield target[-1] + 1
    yield sum(target)


r = [1]
r.extend(reader(r))
print(r)

gen = (c for c in "xyz")
s = []
s.extend(gen)
s.extend(gen)
print(s, list(gen))
