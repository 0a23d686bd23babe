"""An LRU cache with optional time-to-live (driven by a fake clock), as a decorator and a mapping."""
from collections import OrderedDict
from collections.abc import MutableMapping
from functools import wraps
from typing import Any, Callable, Hashable


class FakeClock:
    def __init__(self):
        self.t = 0.0

    def __call__(self):
        return self.t

    def advance(self, dt):
        self.t += dt


class LRUCache(MutableMapping):
    def __init__(self, maxsize=128, ttl=None, clock=None):
        if maxsize <= 0:
            raise ValueError(f"maxsize must be positive, got {maxsize}")
        self.maxsize, self.ttl, self.clock = maxsize, ttl, clock or FakeClock()
        self._data: OrderedDict[Hashable, tuple[float, Any]] = OrderedDict()
        self.hits = self.misses = self.evictions = self.expirations = 0

    def _expired(self, stamp):
        return self.ttl is not None and self.clock() - stamp > self.ttl

    def __getitem__(self, key):
        try:
            stamp, value = self._data[key]
        except KeyError:
            self.misses += 1
            raise
        if self._expired(stamp):
            del self._data[key]
            self.expirations += 1
            self.misses += 1
            raise KeyError(key)
        self._data.move_to_end(key)
        self.hits += 1
        return value

    def __setitem__(self, key, value):
        self._data[key] = (self.clock(), value)
        self._data.move_to_end(key)
        while len(self._data) > self.maxsize:
            old, _ = self._data.popitem(last=False)
            self.evictions += 1

    def __delitem__(self, key):
        del self._data[key]

    def __iter__(self):
        return iter(list(self._data))

    def __len__(self):
        return len(self._data)

    def __repr__(self):
        items = ", ".join(f"{k!r}: {v!r}" for k, (_, v) in self._data.items())
        return f"{type(self).__name__}({{{items}}}, maxsize={self.maxsize})"

    def stats(self):
        total = self.hits + self.misses
        return (f"hits={self.hits} misses={self.misses} evictions={self.evictions} "
                f"expired={self.expirations} ratio={self.hits / total if total else 0:.2f}")


def cached(cache: LRUCache) -> Callable:
    def deco(fn):
        @wraps(fn)
        def wrapper(*args, **kwargs):
            key = (args, tuple(sorted(kwargs.items())))
            try:
                return cache[key]
            except KeyError:
                value = cache[key] = fn(*args, **kwargs)
                return value
        wrapper.cache = cache
        return wrapper
    return deco


clock = FakeClock()
c = LRUCache(3, clock=clock)
for k in "abcabdae":
    if k in c._data:
        c[k]
    else:
        c[k] = k.upper() * 2
print(c, list(c), len(c), c.stats())
print(c.get("a"), c.get("zz", "default"), "b" in c, dict(c.items()), c.pop("e"), c.setdefault("q", 1))
c.update({"x": 1, "y": 2})
print(c, c.stats())
try:
    LRUCache(0)
except ValueError as e:
    print("ValueError:", e)

ttl_cache = LRUCache(10, ttl=5, clock=clock)
calls = []


@cached(ttl_cache)
def slow_square(n, *, offset=0):
    """Pretend this is expensive."""
    calls.append(n)
    return n * n + offset


for step, n in enumerate([2, 3, 2, 2, 3, 4, 2]):
    clock.advance(2)
    print(f"t={clock():4.1f} slow_square({n}) = {slow_square(n)}")
print(slow_square(2, offset=1), slow_square.__name__, slow_square.__doc__, calls)
print(slow_square.cache.stats(), sorted(k[0] for k in slow_square.cache))
print(isinstance(c, MutableMapping), LRUCache.__mro__[1].__name__, sorted(set(dir(MutableMapping)) & {"pop", "popitem", "clear", "update"}))
c.clear()
print(c, c.stats())
