"""Decorators: timing-free call logging, retry, memoization, registration."""
import functools
from functools import wraps, lru_cache, partial, reduce, total_ordering

CALLS = []


def logged(prefix="call"):
    def decorate(fn):
        @wraps(fn)
        def wrapper(*args, **kwargs):
            parts = [repr(a) for a in args] + [f"{k}={v!r}" for k, v in kwargs.items()]
            CALLS.append(f"{prefix}: {fn.__name__}({', '.join(parts)})")
            return fn(*args, **kwargs)
        return wrapper
    return decorate


def retry(times, exceptions=(Exception,)):
    def decorate(fn):
        @wraps(fn)
        def wrapper(*args, **kwargs):
            last = None
            for attempt in range(1, times + 1):
                try:
                    return fn(*args, **kwargs)
                except exceptions as e:
                    last = e
                    print(f"  attempt {attempt} of {fn.__name__} failed: {e}")
            raise RuntimeError(f"{fn.__name__} failed after {times} attempts") from last
        wrapper.attempts = times
        return wrapper
    return decorate


REGISTRY = {}


def register(name=None):
    def decorate(fn):
        REGISTRY[name or fn.__name__] = fn
        return fn
    if callable(name):
        fn, name = name, None
        return decorate(fn)
    return decorate


@register
def double(x):
    return 2 * x


@register("sq")
@logged()
def square(x):
    """Square a number."""
    return x * x


counter = {"n": 0}


@retry(3, exceptions=(ConnectionError,))
def flaky_fetch(url):
    counter["n"] += 1
    if counter["n"] < 3:
        raise ConnectionError(f"timeout #{counter['n']}")
    return f"<html from {url}>"


@retry(2)
def always_fails():
    raise ValueError("nope")


@lru_cache(maxsize=3)
def slow_add(a, b):
    CALLS.append(f"computing {a}+{b}")
    return a + b


class cached_property_demo:
    def __init__(self, n):
        self.n = n

    @functools.cached_property
    def expensive(self):
        CALLS.append(f"expensive({self.n})")
        return sum(range(self.n))


@total_ordering
class Version:
    def __init__(self, text):
        self.parts = tuple(int(p) for p in text.split("."))

    def __eq__(self, other):
        return self.parts == other.parts

    def __lt__(self, other):
        return self.parts < other.parts

    def __repr__(self):
        return "Version(%r)" % ".".join(map(str, self.parts))


print(square(7), square.__name__, square.__doc__, square.__wrapped__(3))
print(sorted(REGISTRY), REGISTRY["double"](21), REGISTRY["sq"](5))
print(flaky_fetch("http://example.com"), flaky_fetch.attempts)
try:
    always_fails()
except RuntimeError as e:
    print("RuntimeError:", e, "| cause:", repr(e.__cause__))
for a, b in [(1, 2), (3, 4), (1, 2), (5, 6), (7, 8), (1, 2)]:
    slow_add(a, b)
print(slow_add.cache_info())
slow_add.cache_clear()
print(slow_add.cache_info())
obj = cached_property_demo(100)
print(obj.expensive, obj.expensive, "expensive" in vars(obj))
versions = [Version(v) for v in ["1.10.0", "1.2.3", "1.2.10", "0.9"]]
print(sorted(versions), max(versions), Version("1.0") >= Version("1.0"), Version("2.0") <= Version("1.9"))
pow2 = partial(pow, 2)
print(pow2(10), pow2.func is pow, pow2.args, partial(int, base=16)("ff"))
print(reduce(lambda acc, x: acc * 10 + x, [1, 2, 3, 4], 0))
print(type(functools.cmp_to_key(lambda a, b: (a > b) - (a < b))).__name__)
by_len_then_alpha = sorted(["pear", "fig", "apple", "kiwi", "date"], key=functools.cmp_to_key(
    lambda a, b: len(a) - len(b) or (a > b) - (a < b)))
print(by_len_then_alpha)
print("\n".join(CALLS))


@functools.singledispatch
def describe(x):
    return f"object {x!r}"


@describe.register
def _(x: int):
    return f"int {x}"


@describe.register(list)
def _(x):
    return f"list of {len(x)}"


print(describe(3), describe([1, 2]), describe("s"), describe(True))
