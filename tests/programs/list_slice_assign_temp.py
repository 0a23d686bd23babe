# Slice assignment from a temporary list of the same length (the items are exchanged
# in place) and from lists still held elsewhere: values, aliasing and the order in
# which the replaced items die.
import sys


class Noisy:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name)

    def __repr__(self):
        return self.name


p = [3, 1, 4, 1, 5, 9, 2, 6]
p[:4] = p[3::-1]
print(p)
p[2:5] = p[3:6]
print(p)
p[:3] = [p[0] * 10, p[1] * 10, p[2] * 10]
print(p)
q = [7, 8, 9]
p[5:8] = q
q[0] = 0
print(p, q)
p[1:3] = p
print(p)
p[-2:] = p[:2]
print(p)
p[10:20] = p[0:0]
print(p, len(p))
p[3:1] = [x for x in ()]
print(p)

a = [Noisy("a0"), Noisy("a1"), Noisy("a2")]
print("assign")
a[0:2] = [Noisy("b0"), Noisy("b1")]
print("after", a)
held = [Noisy("c0")]
a[2:3] = held
print(sys.getrefcount(held[0]), a)
del held
print("swap twice")
a[:] = a[::-1]
print(a)
a.clear()
print("end")
