import functools
from functools import lru_cache, singledispatch, total_ordering, partial, reduce, cached_property, wraps, cmp_to_key
from decimal import Decimal
from fractions import Fraction


@lru_cache(maxsize=None)
def partitions(n, k=None):
    if k is None:
        k = n
    if n == 0:
        return 1
    if n < 0 or k == 0:
        return 0
    return partitions(n - k, k) + partitions(n, k - 1)


print([partitions(n) for n in range(1, 16)])
print(partitions(100))
print(partitions.cache_info())
partitions.cache_clear()
print(partitions.cache_info())


@lru_cache(maxsize=3)
def square(x):
    print("  computing", x)
    return x * x


for x in [1, 2, 3, 1, 4, 2, 1]:
    square(x)
print(square.cache_info(), square.__wrapped__(5))


@lru_cache(maxsize=8, typed=True)
def kind(x):
    return type(x).__name__


print(kind(1), kind(1.0), kind(True), kind.cache_info().currsize)


@singledispatch
def to_text(obj):
    return f"<object {type(obj).__name__}>"


@to_text.register
def _(obj: int):
    return f"int {obj:,}"


@to_text.register
def _(obj: float):
    return f"float {obj:.3f}"


@to_text.register(list)
@to_text.register(tuple)
def _(obj):
    return "seq[" + ", ".join(to_text(x) for x in obj) + "]"


@to_text.register(dict)
def _(obj):
    return "{" + "; ".join(f"{k}={to_text(v)}" for k, v in obj.items()) + "}"


print(to_text(1234567), to_text(2.5), to_text([1, (2.0, "x")]), to_text({"a": [1]}))
print(to_text(True), to_text(Decimal("1.5")), to_text.dispatch(bool).__name__)
print(sorted(t.__name__ for t in to_text.registry.keys()))


@total_ordering
class Version:
    def __init__(self, text):
        self.parts = tuple(int(p) for p in text.split("."))

    def __eq__(self, other):
        return self.parts == other.parts

    def __lt__(self, other):
        return self.parts < other.parts

    def __repr__(self):
        return "v" + ".".join(map(str, self.parts))


vs = [Version(s) for s in ["1.10.0", "1.2.3", "1.2", "0.9.9", "1.2.10"]]
print(sorted(vs), max(vs), Version("1.2") <= Version("1.2.0"), Version("2.0") >= Version("1.99"))
print(Version("1.0") > Version("0.1"), Version.__le__.__name__)

int2 = partial(int, base=2)
print(int2("101101"), int2("11", base=10), int2.func.__name__, int2.keywords)
pow_of = partial(pow, 2)
print([pow_of(n) for n in range(8)], repr(partial(max, 1, key=abs))[:24])
print(reduce(lambda a, b: a * b, range(1, 21)), reduce(lambda a, b: a + b, [], "empty"))
print(reduce(lambda acc, f: f(acc), [str.strip, str.upper, lambda s: s.replace(" ", "_")], "  hello world "))


def names_cmp(a, b):
    la, lb = a.split()[-1], b.split()[-1]
    return (la > lb) - (la < lb) or (a > b) - (a < b)


people = ["Grace Hopper", "Alan Turing", "Ada Lovelace", "Barbara Liskov", "Ada Turing"]
print(sorted(people, key=cmp_to_key(names_cmp)))


def logged(fn):
    @wraps(fn)
    def wrapper(*args, **kwargs):
        result = fn(*args, **kwargs)
        print(f"{fn.__name__}({', '.join([*map(repr, args), *(f'{k}={v!r}' for k, v in kwargs.items())])}) -> {result!r}")
        return result
    return wrapper


@logged
def mix(a, b=2, *, scale=Fraction(1, 3)):
    """Mix two numbers."""
    return (a + b) * scale


mix(1)
mix(4, b=5, scale=2)
print(mix.__name__, mix.__doc__, mix.__wrapped__.__name__)


class Dataset:
    def __init__(self, values):
        self.values = values

    @cached_property
    def stats(self):
        print("  (computing stats)")
        n = len(self.values)
        mean = sum(self.values) / n
        return {"n": n, "mean": mean, "spread": max(self.values) - min(self.values)}


ds = Dataset([3, 1, 4, 1, 5, 9, 2, 6])
print(ds.stats)
print(ds.stats["mean"], "stats" in vars(ds))
del ds.stats
print(ds.stats["n"])
print(functools.reduce(max, [3, 9, 2]), functools.partial.__name__)
