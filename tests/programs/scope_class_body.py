# Class bodies: their names are not visible to methods or comprehensions, but to the
# first iterable of a comprehension and to default values.
x = "global"
class A:
    x = "class"
    y = x
    def method(self):
        return x
    z = [x for _ in range(1)]
    w = [v for v in [x]]
    def defaulted(self, v=x):
        return v
    lam = lambda self: x
print(A.y, A().method(), A.z, A.w, A().defaulted(), A().lam())
def outer():
    x = "enclosing"
    class B:
        print("in B body:", x)
        x = "B's own"
        print("after assignment:", x)
        def m(self):
            return x
    return B
print(outer()().m())
def outer2():
    x = "enclosing2"
    class C:
        def m(self):
            return x
        y = x
    return C
C = outer2()
print(C().m(), C.y)
class Counter:
    count = 0
    def inc(self):
        Counter.count += 1
        self.count += 10
        return self.count, Counter.count
c = Counter()
print(c.inc(), c.inc(), Counter.count)
class Meta:
    items = [1, 2, 3]
    total = sum(items)
    doubled = list(map(lambda i: i * 2, items))
    names = {n: len(n) for n in ["ab", "c"]}
print(Meta.total, Meta.doubled, Meta.names)
class Nested:
    class Inner:
        value = 5
    inner_value = Inner.value
    def get(self):
        return self.Inner.value + Nested.inner_value
print(Nested().get(), Nested.Inner.__qualname__)
class WithDel:
    a = 1
    b = 2
    del a
print(hasattr(WithDel, "a"), WithDel.b)
class Conditional:
    if True:
        kind = "yes"
    else:
        kind = "no"
    for i in range(3):
        last = i
    try:
        risky = 1 / 0
    except ZeroDivisionError:
        risky = "caught"
print(Conditional.kind, Conditional.last, Conditional.i, Conditional.risky)
print(sorted(k for k in vars(Conditional) if not k.startswith("_")))
class UsesLocals:
    a = 1
    b = a + 1
    snapshot = sorted(k for k in locals() if not k.startswith("__"))
print(UsesLocals.snapshot)
