import gc
class A:
    def __del__(self):
        print('del', self.n)
def ring(k):
    objs = [A() for _ in range(k)]
    for i, o in enumerate(objs):
        o.n = i; o.next = objs[(i + 1) % k]
ring(3)
print(gc.collect())
class R:
    def __del__(self):
        global keep
        keep = self
r = R(); r.me = r; r.l = [r]
del r
print(gc.collect())
print(type(keep).__name__)
class Half:
    def __del__(self):
        self.peer = None
x = Half(); y = A(); y.n = 'y'; x.peer = y; y.next = x
z = [x]; z.append(z)
del x, y, z
print(gc.collect())
