# functools.lru_cache, cache, wraps/update_wrapper
import functools
from functools import lru_cache, cache, wraps, update_wrapper

calls = []

@lru_cache(maxsize=2)
def square(x):
    "Square a number."
    calls.append(x)
    return x * x

print(square(2), square(3), square(2), square(4), square(3), square(2))
print(calls, square.cache_info())
info = square.cache_info()
print(info.hits, info.misses, info.maxsize, info.currsize, info[0], type(info).__name__)
print(square.__name__, square.__doc__, square.__wrapped__(5), square.cache_parameters())
square.cache_clear()
print(square.cache_info())

@lru_cache
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(80), fib.cache_info())

@cache
def fact(n):
    return 1 if n == 0 else n * fact(n - 1)
print(fact(20), fact.cache_info(), fact.cache_parameters())

@lru_cache(maxsize=None)
def unbounded(a, b=1, *, c=2):
    calls.append((a, b, c))
    return a + b + c
calls.clear()
print(unbounded(1), unbounded(1), unbounded(1, 1), unbounded(1, b=1), unbounded(a=1), unbounded(1, c=2))
print(len(calls), unbounded.cache_info())

@lru_cache(maxsize=0)
def nocache(x):
    return x
print(nocache(1), nocache(1), nocache.cache_info())

@lru_cache(typed=True)
def typed(x):
    calls.append(x)
    return type(x).__name__
calls.clear()
print(typed(1), typed(1.0), typed(1), calls, typed.cache_info().currsize)

@lru_cache()
def untyped(x):
    calls.append(x)
    return x
calls.clear()
print(untyped(1), untyped(1.0), untyped(True), calls)
print(untyped((1,)), untyped((1.0,)), len(calls))

@lru_cache(maxsize=-5)
def negative(x):
    return x
print(negative(1), negative.cache_info())

class Shape:
    def __init__(self, n):
        self.n = n
    @lru_cache(maxsize=16)
    def area(self, scale):
        calls.append((self.n, scale))
        return self.n * scale
    def __hash__(self):
        return hash(self.n)
    def __eq__(self, other):
        return self.n == other.n
calls.clear()
s = Shape(3)
print(s.area(2), s.area(2), Shape(3).area(2), Shape(4).area(2), calls)
print(Shape.area.cache_info())

def unhashable(x):
    return x
cached = lru_cache(unhashable)
try:
    cached([1])
except TypeError as e:
    print("TypeError", e)

# lru order: recently used entries survive
@lru_cache(maxsize=3)
def ident(x):
    calls.append(x)
    return x
calls.clear()
for v in [1, 2, 3, 1, 4, 2, 1, 5, 3]:
    ident(v)
print(calls, ident.cache_info())

def my_decorator(func):
    @wraps(func)
    def wrapper(*args, **kwargs):
        "wrapper doc"
        return ("wrapped", func(*args, **kwargs))
    return wrapper

@my_decorator
def greet(name: str) -> str:
    "Say hello."
    return "hello " + name
greet.extra = 1
print(greet("bob"), greet.__name__, greet.__doc__, greet.__qualname__, greet.__wrapped__("x"))
print(greet.__annotations__, greet.__module__, sorted(greet.__dict__))

def target():
    "target doc"
target.flag = True
def shell():
    pass
res = update_wrapper(shell, target)
print(res is shell, shell.__name__, shell.__doc__, shell.flag, shell.__wrapped__ is target)
def shell2():
    pass
update_wrapper(shell2, target, assigned=("__doc__",), updated=())
print(shell2.__name__, shell2.__doc__, hasattr(shell2, "flag"))
print(functools.WRAPPER_ASSIGNMENTS, functools.WRAPPER_UPDATES)

for g in (lambda: lru_cache(5, 6, 7), lambda: lru_cache("x"), lambda: cache()):
    try:
        print(g())
    except Exception as e:
        print(type(e).__name__, e)
