# Arithmetic special methods: reflected, in-place, NotImplemented fallbacks.
class Vec:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __repr__(self):
        return f"Vec({self.x}, {self.y})"
    def __add__(self, o):
        if isinstance(o, Vec):
            return Vec(self.x + o.x, self.y + o.y)
        if isinstance(o, (int, float)):
            return Vec(self.x + o, self.y + o)
        return NotImplemented
    def __radd__(self, o):
        print("radd", o)
        return self + o
    def __sub__(self, o):
        return Vec(self.x - o.x, self.y - o.y)
    def __mul__(self, k):
        if not isinstance(k, (int, float)):
            return NotImplemented
        return Vec(self.x * k, self.y * k)
    __rmul__ = __mul__
    def __truediv__(self, k):
        return Vec(self.x / k, self.y / k)
    def __floordiv__(self, k):
        return Vec(self.x // k, self.y // k)
    def __mod__(self, k):
        return Vec(self.x % k, self.y % k)
    def __pow__(self, k, mod=None):
        return Vec(pow(self.x, k, mod), pow(self.y, k, mod))
    def __matmul__(self, o):
        return self.x * o.x + self.y * o.y
    def __neg__(self):
        return Vec(-self.x, -self.y)
    def __abs__(self):
        return (self.x ** 2 + self.y ** 2) ** 0.5
    def __eq__(self, o):
        return isinstance(o, Vec) and (self.x, self.y) == (o.x, o.y)
    def __and__(self, o): return "and"
    def __or__(self, o): return "or"
    def __xor__(self, o): return "xor"
    def __lshift__(self, o): return "lshift"
    def __rshift__(self, o): return "rshift"
    def __rsub__(self, o): return "rsub"
    def __rtruediv__(self, o): return "rtruediv"
    def __rfloordiv__(self, o): return "rfloordiv"
    def __rmod__(self, o): return "rmod"
    def __rpow__(self, o): return "rpow"
    def __rand__(self, o): return "rand"
    def __ror__(self, o): return "ror"
    def __rxor__(self, o): return "rxor"
    def __rlshift__(self, o): return "rlshift"
    def __rrshift__(self, o): return "rrshift"
    def __divmod__(self, o): return "divmod"
    def __rdivmod__(self, o): return "rdivmod"
a, b = Vec(1, 2), Vec(3, 4)
print(a + b, a - b, a * 3, 3 * a, a / 2, b // 2, b % 2, a ** 2, pow(b, 2, 5), a @ b, -a, abs(b), a + 1, 1 + a)
print(a & 1, a | 1, a ^ 1, a << 1, a >> 1, 1 - a, 1 / a, 1 // a, 1 % a, 2 ** a, 1 & a, 1 | a, 1 ^ a, 1 << a, 1 >> a, divmod(a, 1), divmod(1, a))
print(sum([a, b], Vec(0, 0)), sum([a, b, Vec(1, 1)], Vec(0, 0)))
try:
    print(sum([a, b]))
except TypeError as e:
    print("TypeError", e)
try:
    a * "s"
except TypeError as e:
    print("TypeError", e)
try:
    "s" + a
except TypeError as e:
    print("TypeError", e)
class Acc:
    def __init__(self):
        self.items = []
    def __iadd__(self, o):
        self.items.append(o)
        return self
    def __isub__(self, o):
        self.items.remove(o)
        return self
    def __imul__(self, k):
        self.items = self.items * k
        return self
    def __ior__(self, o):
        return "replaced"
acc = Acc()
ref = acc
acc += 1; acc += 2; acc -= 1; acc *= 2
print(acc.items, acc is ref)
acc |= 5
print(acc)
v = Vec(1, 1)
w = v
v += Vec(1, 1)
print(v, w, v is w)
v *= 2
print(v)
class Sub(Vec):
    def __radd__(self, o):
        return "Sub.radd wins"
    def __rmul__(self, o):
        return "Sub.rmul"
print(Vec(1, 1) + Sub(1, 1), Vec(1, 1) * 2)
class Num:
    def __init__(self, v):
        self.v = v
    def __lt__(self, o):
        return NotImplemented
    def __eq__(self, o):
        return NotImplemented
print(Num(1) == Num(1), Num(1) != Num(1))
try:
    Num(1) < Num(2)
except TypeError as e:
    print("TypeError", e)
class Both:
    def __add__(self, o):
        return NotImplemented
    def __radd__(self, o):
        return NotImplemented
try:
    Both() + Both()
except TypeError as e:
    print("TypeError", e)
try:
    1 + Both()
except TypeError as e:
    print("TypeError", e)
class IntLike:
    def __init__(self, v):
        self.v = v
    def __int__(self):
        return self.v
    def __float__(self):
        return self.v + 0.5
    def __index__(self):
        return self.v
    def __round__(self, n=None):
        return ("round", n)
    def __trunc__(self):
        return 99
    def __floor__(self):
        return "floor"
print(int(IntLike(4)), float(IntLike(4)), round(IntLike(1)), round(IntLike(1), 2), [0, 1, 2][IntLike(2)], divmod(7, 2), 7 .__floordiv__(2))
