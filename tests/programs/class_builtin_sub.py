# Subclassing builtins: list, dict, int, str, tuple, Exception.
class MyList(list):
    def sum(self):
        return sum(self)
    def append(self, x):
        super().append(x * 2)
ml = MyList([1, 2])
ml.append(5)
ml.extend([1])
print(ml, ml.sum(), len(ml), type(ml).__name__, isinstance(ml, list), ml[1:], type(ml[1:]).__name__, ml + [0], type(ml + [0]).__name__)
class DefaultDict(dict):
    def __missing__(self, key):
        self[key] = len(key)
        return self[key]
dd = DefaultDict(a=1)
print(dd["a"], dd["hello"], dd, dd.get("zz"), "zz" in dd, isinstance(dd, dict))
class LoudDict(dict):
    def __setitem__(self, k, v):
        print("set", k)
        super().__setitem__(k, v)
ld = LoudDict()
ld["x"] = 1
ld.update(y=2)
print(ld, sorted(ld.items()))
class Money(int):
    def __repr__(self):
        return f"${int(self)}"
    def __add__(self, o):
        return Money(int(self) + int(o))
m = Money(5)
print(m, m + 3, 3 + m, m * 2, type(m * 2).__name__, type(m + 3).__name__, m == 5, hash(m) == hash(5), isinstance(m, int), int(m) + 0)
class Up(str):
    def shout(self):
        return self.upper() + "!"
u = Up("hey")
print(u, u.shout(), u + "x", type(u + "x").__name__, len(u), u[0], repr(u), u == "hey", {"hey": 1}[u], u.split("e"))
class Pair(tuple):
    def __new__(cls, a, b):
        return super().__new__(cls, (a, b))
    @property
    def first(self):
        return self[0]
pr = Pair(1, 2)
print(pr, pr.first, pr[1], len(pr), isinstance(pr, tuple), pr == (1, 2), type(pr).__name__)
class AppError(Exception):
    def __init__(self, code, msg):
        super().__init__(msg)
        self.code = code
class NotFound(AppError):
    pass
try:
    raise NotFound(404, "missing")
except AppError as e:
    print(type(e).__name__, e.code, e, e.args, repr(e), isinstance(e, Exception))
class Plain(Exception):
    pass
print(repr(Plain()), repr(Plain(1, 2)), str(Plain("a")), str(Plain()), str(Plain(1, 2)), Plain.__mro__[1:])
class WithStr(ValueError):
    def __str__(self):
        return "custom str"
try:
    raise WithStr("ignored")
except ValueError as e:
    print(e, repr(e), e.args)
class Celsius(float):
    def __str__(self):
        return f"{float(self)}C"
c = Celsius(21.5)
print(c, c + 1, type(c + 1).__name__, repr(c), round(c))
class Stack(list):
    def push(self, x):
        self.append(x)
    def peek(self):
        return self[-1]
st = Stack()
st.push(1); st.push(2)
print(st.peek(), st.pop(), st, bool(Stack()), Stack([3, 1, 2]) == [3, 1, 2], sorted(Stack([3, 1, 2])))
class B(int):
    pass
print(B(3) + B(4), type(B(3) + B(4)).__name__, B("10", 2), B(), -B(5), B(7) // 2)
class S2(str):
    def __new__(cls, v):
        return super().__new__(cls, v * 2)
print(S2("ab"), len(S2("ab")))
