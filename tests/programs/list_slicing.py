# Slicing, slice assignment and deletion (with steps) on lists.
a = list(range(10))
print(a[2:5], a[:3], a[7:], a[-3:], a[::2], a[1::3], a[::-1], a[8:2:-2], a[-1:-4:-1], a[5:5], a[100:], a[-100:2])
b = a[:]
b[2:5] = ["x"]; print(b)
b[1:1] = [10, 11, 12]; print(b)
b[:] = [1, 2, 3]; print(b)
b[len(b):] = [4, 5]; print(b)
b[-2:] = []; print(b)
b[0:2] = "ab"; print(b)
b[1:2] = range(3); print(b)
c = list(range(10))
c[::2] = "abcde"; print(c)
c[1::2] = [None] * 5; print(c)
c[::-3] = [0, 0, 0, 0]; print(c)
try:
    c[::2] = [1, 2]
except ValueError as e:
    print("ValueError", e)
try:
    c[::2] = 5
except TypeError as e:
    print("TypeError", e)
try:
    c[1:2] = 5
except TypeError as e:
    print("TypeError", e)
d = list(range(10))
del d[::3]; print(d)
del d[1:3]; print(d)
del d[::-2]; print(d)
del d[:]; print(d)
e = list(range(6))
del e[-1]; del e[0]; print(e)
del e[10:20]; print(e)
try:
    del e[10]
except IndexError as ex:
    print("IndexError", ex)
f = [1, 2, 3]
f[1:2] = f; print(f)
g = [1, 2, 3]
g[:0] = g; print(g)
s = slice(1, 8, 2)
print(s, s.start, s.stop, s.step, list(range(10))[s], slice(3), slice(None, None, -1).indices(5), s.indices(4))
print(slice(1, 2) == slice(1, 2), repr(slice(None)), slice(-1, None).indices(10), slice(0, 100, 3).indices(10))
t = (0, 1, 2, 3, 4, 5)
print(t[1:4], t[::-2], t[:-1], t[10:], type(t[1:2]))
h = list(range(5))
h[2:2] = []; print(h)
h[3:1] = ["z"]; print(h)
h[-100:100] = ["all"]; print(h)
big = list(range(20))
big[2:18:3] = big[2:18:3][::-1]; print(big)
big[::-1] = big; print(big)
try:
    a[1:2:0]
except ValueError as ex:
    print("ValueError", ex)
try:
    a["x":]
except TypeError as ex:
    print("TypeError", ex)
class I:
    def __index__(self):
        return 2
print(a[I()], a[I():], a[:I()], a[::I()])
