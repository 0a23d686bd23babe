# __slots__: instances without __dict__ reject other attributes; subclasses without
# __slots__ get a namespace back.
class Pt:
    __slots__ = ("x", "y")
    def __init__(self, x, y):
        self.x = x
        self.y = y
p = Pt(1, 2)
try:
    p.z = 3
except AttributeError as e:
    print("AttributeError", e)
try:
    print(p.__dict__)
except AttributeError as e:
    print("AttributeError", e)
try:
    vars(p)
except TypeError as e:
    print("TypeError", e)
class Sub(Pt):
    pass
s = Sub(1, 2)
s.z = 3
print(s.z, "z" in s.__dict__)
class Sub2(Pt):
    __slots__ = ("w",)
s2 = Sub2(1, 2)
s2.w = 5
try:
    s2.q = 1
except AttributeError as e:
    print("AttributeError", e)
class D:
    __slots__ = ("a", "__dict__")
d = D()
d.a = 1
d.b = 2
print(d.a, d.b, d.__dict__["b"])
try:
    print(Pt(1, 2).missing)
except AttributeError as e:
    print("AttributeError", e)
q = Pt.__new__(Pt)
try:
    print(q.x)
except AttributeError as e:
    print("AttributeError", e)
del p.x
try:
    p.x
except AttributeError as e:
    print("AttributeError", e)
print(Pt.__slots__, hasattr(p, "y"), getattr(p, "x", "dflt"))
class S1:
    __slots__ = "single"
x = S1()
x.single = 9
print(x.single)
