def f():
    pass
def f(a):
    return a
def f(a, b):
    return
def f(a=1, b=2):
    pass
def f(a, b=1):
    pass
def f(*args):
    pass
def f(**kwargs):
    pass
def f(*args, **kwargs):
    pass
def f(a, *, b):
    pass
def f(a, *, b=1, c):
    pass
def f(a, /):
    pass
def f(a, /, b):
    pass
def f(a=1, /, b=2, *, c, d=3, **e):
    pass
def f(a, b, /, c, d, *e, f, g, **h):
    pass
def f(a: int, b: str = "x", *c: tuple, d: int = 4, **e: dict) -> None:
    pass
def f() -> int: return 1
@decorator
def f():
    pass
@a.b.c
@d(1, 2)
@e[0]
@(lambda f: f)
@x := y
def f():
    pass
def outer():
    x = 1
    def inner():
        nonlocal x
        global y
        x = 2
    return inner
def gen():
    yield
    yield 1
    yield 1, 2
    x = yield
    x = yield 1
    yield from range(3)
    y = yield from g()
    await_ = (yield)
    return (yield x)
def f(a,):
    pass
def f(*, a,):
    pass
def f(a, *args, b,):
    pass
def f(**kwargs,):
    pass
