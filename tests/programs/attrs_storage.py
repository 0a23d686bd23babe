class P:
    def __init__(self):
        self._x = 1
    @property
    def x(self): return self._x
    @x.setter
    def x(self, v): self._x = v * 2
p = P(); p.x = 5; print(p.x, p.__dict__)
p.y = 3; p.__dict__['z'] = 4; print(p.z, vars(p))
class Q: pass
q = Q()
for i in range(12): setattr(q, "a%d" % i, i)
print(q.a11, len(q.__dict__)); del q.a3; print(hasattr(q, "a3"))
class D:
    def __get__(self, o, t): return 42
    def __set__(self, o, v): print("set", v)
class R:
    d = D()
r = R(); r.d = 1; print(r.d)
