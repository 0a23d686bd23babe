# Decorators: plain, with arguments, stacked, on methods and classes; wrapper metadata.
calls = []
def trace(fn):
    def wrapper(*args, **kwargs):
        calls.append(fn.__name__)
        return fn(*args, **kwargs)
    wrapper.__name__ = fn.__name__
    wrapper.__doc__ = fn.__doc__
    wrapper.__wrapped__ = fn
    return wrapper
@trace
def add(a, b=1):
    "Adds."
    return a + b
print(add(2), add(2, b=5), calls, add.__name__, add.__doc__, add.__wrapped__(1, 1))
def repeat(n):
    def deco(fn):
        def run(*a):
            return [fn(*a) for _ in range(n)]
        return run
    return deco
@repeat(3)
def hello(name):
    return "hi " + name
print(hello("bob"))
def bold(fn):
    return lambda: "<b>" + fn() + "</b>"
def italic(fn):
    return lambda: "<i>" + fn() + "</i>"
@bold
@italic
def text():
    return "t"
print(text())
order = []
def mark(label):
    order.append("make " + label)
    def deco(fn):
        order.append("apply " + label)
        return fn
    return deco
@mark("outer")
@mark("inner")
def marked():
    pass
print(order)
def memoize(fn):
    cache = {}
    def inner(n):
        if n not in cache:
            cache[n] = fn(n)
        return cache[n]
    inner.cache = cache
    return inner
@memoize
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(80), len(fib.cache))
class Counter:
    def __init__(self, fn):
        self.fn = fn
        self.count = 0
    def __call__(self, *args):
        self.count += 1
        return self.fn(*args)
@Counter
def square(x):
    return x * x
print(square(3), square(4), square.count, type(square).__name__)
def method_deco(fn):
    def wrapped(self, *a):
        return "wrapped " + str(fn(self, *a))
    return wrapped
class Thing:
    @method_deco
    def value(self, k):
        return k * 2
    @staticmethod
    @trace
    def static_traced(x):
        return -x
    @classmethod
    def build(cls):
        return cls()
    @property
    @trace
    def prop(self):
        return "prop"
t = Thing()
print(t.value(21), Thing.static_traced(5), type(Thing.build()).__name__, t.prop, calls[-2:])
def add_method(cls):
    cls.extra = lambda self: "extra from " + cls.__name__
    return cls
def singleton(cls):
    instances = {}
    def get(*a):
        if cls not in instances:
            instances[cls] = cls(*a)
        return instances[cls]
    return get
@singleton
@add_method
class Config:
    def __init__(self, v=0):
        self.v = v
c1 = Config(1)
c2 = Config(2)
print(c1 is c2, c1.v, c1.extra())
decorated_lambda = (lambda f: lambda x: f(x) + 1)(lambda x: x * 10)
print(decorated_lambda(4))
