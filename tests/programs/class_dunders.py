# Special methods: repr/str, comparison, hashing, truth, containers, calls.
class V:
    def __init__(self, *xs):
        self.xs = list(xs)
    def __repr__(self):
        return f"V{tuple(self.xs)}"
    def __str__(self):
        return "V:" + ",".join(map(str, self.xs))
    def __eq__(self, other):
        return isinstance(other, V) and self.xs == other.xs
    def __lt__(self, other):
        return self.xs < other.xs
    def __le__(self, other):
        return self.xs <= other.xs
    def __hash__(self):
        return hash(tuple(self.xs))
    def __len__(self):
        return len(self.xs)
    def __getitem__(self, i):
        return self.xs[i]
    def __setitem__(self, i, v):
        self.xs[i] = v
    def __delitem__(self, i):
        del self.xs[i]
    def __contains__(self, x):
        print("contains", x)
        return x in self.xs
    def __call__(self, *a, **k):
        return ("called", a, k)
    def __bool__(self):
        return sum(self.xs) != 0
v = V(1, 2, 3)
print(v, repr(v), str(v), [v], f"{v}", f"{v!r}", len(v), v[0], v[-1], v[1:], 2 in v, 9 in v)
v[0] = 10; del v[1]; print(v)
print(v == V(10, 3), v != V(10, 3), v < V(11), v <= V(10, 3), v > V(1), v >= V(10, 3), V(1) == 1, V(1) != 1)
print(hash(v) == hash(V(10, 3)), {v: 1}[V(10, 3)], len({V(1), V(1), V(2)}), bool(V(0, 0)), bool(V(1)), not V())
print(v(1, k=2), sorted([V(3), V(1), V(2)]), max(V(1), V(5)), min([V(4), V(2)]))
print(list(V(7, 8)), [x for x in V(4, 5)], V(1, 2)[::-1])
class Iter:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        self.i = 0
        return self
    def __next__(self):
        if self.i >= self.n:
            raise StopIteration
        self.i += 1
        return self.i
print(list(Iter(3)), sum(Iter(4)), [a * b for a, b in zip(Iter(3), Iter(3))], 2 in Iter(3), sorted(Iter(3), reverse=True))
a, b, c = Iter(3)
print(a, b, c)
class LenOnly:
    def __len__(self):
        return 0
print(bool(LenOnly()), "truthy" if LenOnly() else "falsy")
class NoEq:
    pass
n1, n2 = NoEq(), NoEq()
print(n1 == n1, n1 == n2, n1 != n2, hash(n1) == hash(n1))
class EqOnly:
    def __eq__(self, o):
        return True
try:
    hash(EqOnly())
except TypeError as e:
    print("TypeError", e)
print(EqOnly.__hash__, EqOnly() == 5, 5 == EqOnly(), EqOnly() != 5)
class Rev:
    def __init__(self, v):
        self.v = v
    def __gt__(self, o):
        print("gt called")
        return self.v > o
print(5 < Rev(10), Rev(1) > 0)
try:
    Rev(1) < Rev(2)
except TypeError as e:
    print("TypeError", e)
class GetItemIter:
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError
        return i * 10
print(list(GetItemIter()), 20 in GetItemIter(), 25 in GetItemIter())
class Idx:
    def __init__(self, v):
        self.v = v
    def __index__(self):
        return self.v
print([10, 20, 30][Idx(1)], "abc"[Idx(2)], hex(Idx(255)), bin(Idx(3)), range(Idx(3)), list(range(10))[Idx(1):Idx(4)])
class Attrs:
    def __getattr__(self, name):
        return "dyn_" + name
    def __setattr__(self, name, value):
        print("set", name, value)
        object.__setattr__(self, name, value * 2)
    def __delattr__(self, name):
        print("del", name)
        object.__delattr__(self, name)
at = Attrs()
at.x = 5
print(at.x, at.y, getattr(at, "zz"), hasattr(at, "anything"))
del at.x
print(at.x)
class Guard:
    def __getattribute__(self, name):
        if name == "secret":
            raise AttributeError("no secrets")
        return object.__getattribute__(self, name)
    def __getattr__(self, name):
        return "fallback " + name
g = Guard()
g.visible = 1
print(g.visible, g.secret)
class Neg:
    def __neg__(self):
        return "neg"
    def __pos__(self):
        return "pos"
    def __abs__(self):
        return "abs"
    def __invert__(self):
        return "inv"
print(-Neg(), +Neg(), abs(Neg()), ~Neg())
class Cm:
    def __enter__(self):
        print("enter")
        return "value"
    def __exit__(self, et, ev, tb):
        print("exit", et.__name__ if et else None, ev)
        return et is KeyError
with Cm() as val:
    print("inside", val)
with Cm():
    raise KeyError("suppressed")
print("after suppressed")
try:
    with Cm():
        raise ValueError("propagates")
except ValueError as e:
    print("caught", e)
with Cm() as x1, Cm() as x2:
    print("two managers", x1, x2)
