# A returning (or unwound) frame's locals die in slot order, so their __del__
# methods run in that order, as in CPython.
class D:
    def __init__(self, n): self.n = n
    def __del__(self): print("del", self.n)
def f():
    a = D(1)
    b = D(2)
    c = D(3)
    return 0
f()
def g():
    x, y = D(4), D(5)
    raise ValueError
try:
    g()
except ValueError:
    pass
print("end")
