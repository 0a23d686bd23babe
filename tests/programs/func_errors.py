# Argument binding errors, with CPython's messages.
def f(a, b, c=3):
    pass
def g(*, k):
    pass
def h(a, /, b):
    pass
def v(*args, x):
    pass
class C:
    def m(self, a):
        pass
    @staticmethod
    def s(a):
        pass
def kw(**k):
    pass
def one(a):
    pass
five, ess, nothing = 5, "s", None
cases = [
    lambda: f(),
    lambda: f(1),
    lambda: f(1, 2, 3, 4),
    lambda: f(1, 2, d=4),
    lambda: f(1, 2, a=1),
    lambda: g(),
    lambda: g(1),
    lambda: g(k=1, j=2),
    lambda: h(a=1, b=2),
    lambda: h(1),
    lambda: v(1, 2),
    lambda: C().m(),
    lambda: C().m(1, 2),
    lambda: C.m(),
    lambda: C.s(),
    lambda: kw(1),
    lambda: one(*[1, 2]),
    lambda: one(**{"a": 1, "b": 2}),
    lambda: one(1, **{"a": 1}),
    lambda: f(*5),
    lambda: f(**[1]),
    lambda: f(1, 2, **{1: 2}),
    lambda: (lambda: 0)(1),
    lambda: (lambda x, *, y: 0)(1, 2),
    lambda: len(),
    lambda: len(1, 2),
    lambda: len(x=1),
    lambda: isinstance(1),
    lambda: [].append(),
    lambda: {}.get(),
    lambda: "a".split(1, 2, 3),
    lambda: print(foo=1),
    lambda: int("1", base=2, x=3),
    lambda: five(),
    lambda: ess(),
    lambda: nothing(),
    lambda: one(a=1, a2=2),
    lambda: f(1, 2, 3, 4, 5),
    lambda: g(1, 2, k=1),
    lambda: sorted([1], lambda x: x),
]
for c in cases:
    try:
        c()
        print("no error")
    except TypeError as e:
        print(e)
