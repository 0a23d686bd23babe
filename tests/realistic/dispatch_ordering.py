"""Serializers with functools.singledispatch, rich comparisons with total_ordering, and caching."""
from functools import singledispatch, singledispatchmethod, total_ordering, lru_cache, cache, reduce, partial
from decimal import Decimal
from fractions import Fraction
from datetime import date, timedelta
from collections import OrderedDict
import math


@singledispatch
def to_text(obj, indent=0):
    return " " * indent + f"<{type(obj).__name__}>"


@to_text.register
def _(obj: int, indent=0):
    return " " * indent + f"int {obj:,}"


@to_text.register
def _(obj: bool, indent=0):
    return " " * indent + ("yes" if obj else "no")


@to_text.register(float)
@to_text.register(Decimal)
def _(obj, indent=0):
    return " " * indent + f"number {obj:.3f}"


@to_text.register
def _(obj: Fraction, indent=0):
    return " " * indent + f"ratio {obj.numerator}/{obj.denominator}"


@to_text.register(list)
@to_text.register(tuple)
def _(obj, indent=0):
    inner = "\n".join(to_text(x, indent + 2) for x in obj)
    return " " * indent + f"{type(obj).__name__}[{len(obj)}]" + ("\n" + inner if inner else "")


@to_text.register
def _(obj: dict, indent=0):
    lines = [" " * indent + "dict"]
    for k, v in obj.items():
        lines.append(" " * (indent + 2) + f"{k}:")
        lines.append(to_text(v, indent + 4))
    return "\n".join(lines)


@to_text.register
def _(obj: date, indent=0):
    return " " * indent + obj.strftime("date %d %b %Y (%a)")


print(to_text({"n": 1234567, "ok": True, "ratio": Fraction(6, 8), "items": [1.5, Decimal("2.25"), ()],
               "when": date(2024, 2, 29), "misc": {None}, "od": OrderedDict(a=1)}))
print(sorted(t.__name__ for t in to_text.registry if t is not object))
print(to_text.dispatch(bool).__name__, to_text.dispatch(OrderedDict) is to_text.dispatch(dict))


@total_ordering
class Version:
    def __init__(self, text):
        main, _, pre = text.partition("-")
        self.parts = tuple(int(p) for p in main.split("."))
        self.pre = pre

    def _key(self):
        padded = self.parts + (0,) * (3 - len(self.parts))
        return padded, (self.pre == "", self.pre)

    def __eq__(self, other):
        if not isinstance(other, Version):
            return NotImplemented
        return self._key() == other._key()

    def __lt__(self, other):
        if not isinstance(other, Version):
            return NotImplemented
        return self._key() < other._key()

    def __hash__(self):
        return hash(self._key())

    def __repr__(self):
        return "Version(%r)" % (".".join(map(str, self.parts)) + (f"-{self.pre}" if self.pre else ""))


vs = [Version(v) for v in ["1.10", "1.2", "1.2.0", "2.0-rc1", "2.0", "2.0-beta", "0.9.9", "1.2-alpha"]]
print(sorted(vs))
print(Version("1.2") == Version("1.2.0"), Version("2.0-rc1") < Version("2.0"), Version("1.10") >= Version("1.9"),
      Version("1.0") <= Version("1.0-a"), len(set(vs)), max(vs), min(vs))
try:
    Version("1.0") < "1.0"
except TypeError as exc:
    print("TypeError:", exc)


class Shape:
    @singledispatchmethod
    def scale(self, factor):
        raise TypeError(f"cannot scale by {type(factor).__name__}")

    @scale.register
    def _(self, factor: int):
        return f"scaled x{factor}"

    @scale.register
    def _(self, factor: tuple):
        return "scaled " + " by ".join(map(str, factor))


s = Shape()
print(s.scale(3), s.scale((2, 5)))
try:
    s.scale("big")
except TypeError as exc:
    print(exc)


@lru_cache(maxsize=4)
def ways(n, coins=(1, 2, 5)):
    if n == 0:
        return 1
    if n < 0 or not coins:
        return 0
    return ways(n - coins[0], coins) + ways(n, coins[1:])


print(ways(12), ways.cache_info())
ways.cache_clear()
print([ways(n) for n in range(8)], ways.cache_info().currsize)


@cache
def collatz_len(n):
    return 1 if n == 1 else 1 + collatz_len(n // 2 if n % 2 == 0 else 3 * n + 1)


best = max(range(1, 3000), key=collatz_len)
print(best, collatz_len(best), collatz_len.cache_info().hits > 0)
compose = lambda *fs: reduce(lambda f, g: lambda x: g(f(x)), fs)
pipeline = compose(partial(round, ndigits=2), math.sqrt, partial(pow, exp=3))
print(pipeline(7.777), partial(int, base=2)("101101"), partial(max, key=len)("pear", "banana", "fig"))
