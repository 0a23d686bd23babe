"""Shipping rate calculator built on functools: lru_cache, singledispatch, total_ordering,
partial, reduce, cached_property, wraps."""
import functools
import operator
from dataclasses import dataclass


def logged(func):
    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        result = func(*args, **kwargs)
        wrapper.calls.append((func.__name__, args, result))
        return result
    wrapper.calls = []
    return wrapper


@functools.total_ordering
class Weight:
    def __init__(self, grams):
        self.grams = grams

    def __eq__(self, other):
        if not isinstance(other, Weight):
            return NotImplemented
        return self.grams == other.grams

    def __lt__(self, other):
        if not isinstance(other, Weight):
            return NotImplemented
        return self.grams < other.grams

    def __hash__(self):
        return hash(self.grams)

    def __repr__(self):
        return f"Weight({self.grams / 1000:.2f}kg)"


@dataclass(frozen=True)
class Parcel:
    weight: Weight
    dims: tuple
    dest: str

    @functools.cached_property
    def volume_cm3(self):
        print(f"    (computing volume of {self.dims})")
        return functools.reduce(operator.mul, self.dims, 1)


class Letter:
    def __init__(self, pages):
        self.pages = pages


@functools.singledispatch
def describe(item):
    raise TypeError(f"cannot ship {type(item).__name__}")


@describe.register
def _(item: Parcel):
    return f"parcel {item.weight} to {item.dest}"


@describe.register
def _(item: Letter):
    return f"letter of {item.pages} pages"


@describe.register(list)
@describe.register(tuple)
def _(items):
    return "batch: " + "; ".join(describe(i) for i in items)


ZONES = {"local": 1, "national": 2, "europe": 3, "world": 5}


@functools.lru_cache(maxsize=32)
def zone_rate(zone, kg_band):
    print(f"    (rate table lookup {zone}/{kg_band})")
    return round(3.5 + ZONES[zone] * 1.25 * (1 + kg_band * 0.6), 2)


@logged
def price(parcel, express=False):
    band = parcel.weight.grams // 1000
    base = zone_rate(parcel.dest, band)
    if parcel.volume_cm3 > 50_000:
        base *= 1.4
    return round(base * (1.8 if express else 1), 2)


express_price = functools.partial(price, express=True)


@functools.lru_cache(maxsize=None)
def ways_to_pack(n, sizes=(1, 2, 5)):
    if n == 0:
        return 1
    if n < 0 or not sizes:
        return 0
    return ways_to_pack(n - sizes[0], sizes) + ways_to_pack(n, sizes[1:])


def main():
    parcels = [
        Parcel(Weight(800), (20, 15, 10), "local"),
        Parcel(Weight(2500), (40, 30, 30), "europe"),
        Parcel(Weight(800), (20, 15, 10), "local"),
        Parcel(Weight(12000), (60, 50, 40), "world"),
        Parcel(Weight(2300), (10, 10, 10), "europe"),
    ]
    for p in parcels:
        print(describe(p))
        print(f"  standard {price(p):>7.2f}  express {express_price(p):>7.2f}")
    print(zone_rate.cache_info())
    print("calls logged:", len(price.calls), price.__name__, price.__wrapped__.__name__)
    print(describe([Letter(3), parcels[0]]), "|", describe((Letter(1),)))
    try:
        describe(42)
    except TypeError as e:
        print("TypeError:", e)
    print(describe.dispatch(Letter).__name__, sorted(t.__name__ for t in describe.registry if t is not object))
    weights = [p.weight for p in parcels]
    print(sorted(weights), max(weights), min(weights))
    print(Weight(5) <= Weight(5), Weight(6) > Weight(5), Weight(4) >= Weight(5), Weight(1) != Weight(2))
    print(len(set(weights)), parcels[0] == parcels[2], hash(parcels[0]) == hash(parcels[2]))
    print("ways to pack 10:", ways_to_pack(10), "100:", ways_to_pack(100), ways_to_pack.cache_info().hits > 0)
    total = functools.reduce(lambda acc, p: acc + p.weight.grams, parcels, 0)
    print("total grams", total, functools.reduce(max, [3, 9, 2]))
    key = functools.cmp_to_key(lambda a, b: (a.dest > b.dest) - (a.dest < b.dest) or b.weight.grams - a.weight.grams)
    print([(p.dest, p.weight.grams) for p in sorted(parcels, key=key)])
    zone_rate.cache_clear()
    print(zone_rate.cache_info())
    p2 = functools.partial(functools.partial(round, ndigits=1))
    print(p2(3.14159), p2.func, p2.keywords)

    class Tariff:
        def __init__(self, factor):
            self.factor = factor

        @functools.singledispatchmethod
        def apply(self, amount):
            raise NotImplementedError(type(amount))

        @apply.register
        def _(self, amount: int):
            return amount * self.factor

        @apply.register
        def _(self, amount: str):
            return f"{amount} x{self.factor}"

        @functools.cached_property
        def label(self):
            return f"tariff {self.factor}"

    t = Tariff(3)
    print(t.apply(5), t.apply("ten"), t.label, "label" in vars(t))


main()
