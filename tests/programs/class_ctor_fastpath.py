class A:
    def __init__(self, x):
        self.x = x
class B(A):
    pass
class C:
    def __init__(self):
        return 5
print(A(1).x, B(2).x)
try:
    C()
except TypeError as e:
    print(e)
class D:
    def __new__(cls, *a):
        o = super().__new__(cls)
        o.made = True
        return o
    def __init__(self, v):
        self.v = v
d = D(3); print(d.made, d.v)
