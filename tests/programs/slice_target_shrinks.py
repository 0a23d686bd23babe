# Slicing and slice assignment when resolving the slice or iterating the value
# shrinks the list first: indices are clamped again, as CPython does, never out of range.
l = [1, 2, 3, 4, 5]
def g():
    l.clear()
    yield 9
l[1:4] = g()
print(l)
m = [1, 2, 3, 4, 5, 6]
def h():
    del m[2:]
    yield 7
    yield 8
    yield 9
try:
    m[::2] = h()
except Exception as e:
    print(type(e).__name__)
print(m)
class I:
    def __index__(self):
        t.clear()
        return 3
t = [1, 2, 3, 4, 5]
print(t[:I()])
t = [1, 2, 3, 4, 5]
print(t[I():0:-1], (1,2,3)[::-1], (1,2,3,4)[1:3], [1,2,3][::2])
