# Defaults, keyword-only, positional-only, *args/**kwargs, unpacking in calls.
def f(a, b=2, *args, c, d=4, **kw):
    return a, b, args, c, d, kw
print(f(1, c=3), f(1, 2, 3, 4, c=5, e=6), f(*[1, 2], c=0, **{"d": 9, "z": 1}), f(a=1, c=2))
def pos(a, b, /, c, *, d):
    return a, b, c, d
print(pos(1, 2, 3, d=4), pos(1, 2, c=3, d=4))
def acc(x, lst=[]):
    lst.append(x)
    return lst
print(acc(1), acc(2), acc(3, []), acc(4))
calls = []
def default_value():
    calls.append("evaluated")
    return 5
def g(x=default_value()):
    return x
print(g(), g(), g(1), calls)
def star(*args, **kwargs):
    return args, sorted(kwargs.items())
print(star(), star(1, *[2, 3], *(4,), k=1, **{"j": 2}, **{"i": 3}))
print(star(*range(3), *"ab"), star(**dict(a=1)))
def kwonly(*, a, b=1):
    return a + b
print(kwonly(a=1), kwonly(b=5, a=1))
def mixed(a, /, b, *, c=3):
    return (a, b, c)
print(mixed(1, 2), mixed(1, b=2, c=4))
def only_kw(**kw):
    return kw
print(only_kw(a=1, **{"b": 2}), only_kw(**{"not an identifier": 1}))
def pos_kw_same(a, /, **kw):
    return a, kw
print(pos_kw_same(1, a=2))
print((lambda *a, **k: (a, k))(1, x=2), (lambda a, b=3: a * b)(2), (lambda: "none")())
def defaults_info(a, b=1, *, c=2):
    pass
print(defaults_info.__defaults__, defaults_info.__kwdefaults__, f.__code__.co_argcount if hasattr(f, "__code__") else 2)
def annotated(x: int, y: "str" = "s", *rest: float, **kw: bool) -> list:
    return [x, y]
print(annotated.__annotations__, annotated(1))
def many(a, b, c, d, e, f, g, h):
    return a + b + c + d + e + f + g + h
print(many(*range(8)), many(1, 2, 3, *[4, 5], f=6, **{"g": 7, "h": 8}))
def rec_default(n, acc=None):
    if acc is None:
        acc = []
    acc.append(n)
    return acc if n == 0 else rec_default(n - 1, acc)
print(rec_default(3), rec_default(1))
def gen_args(*a):
    return a
print(gen_args(*(x * x for x in range(4))), gen_args(*{"k": 1}), gen_args(*"", *[]))
