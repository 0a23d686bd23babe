"""An LRU cache implementation on top of OrderedDict, plus a TTL variant."""
from collections import OrderedDict
from collections.abc import MutableMapping
import functools


class LRUCache(MutableMapping):
    def __init__(self, capacity, on_evict=None):
        if capacity <= 0:
            raise ValueError("capacity must be positive")
        self.capacity = capacity
        self._data = OrderedDict()
        self.hits = self.misses = self.evictions = 0
        self.on_evict = on_evict

    def __getitem__(self, key):
        try:
            value = self._data[key]
        except KeyError:
            self.misses += 1
            raise
        self.hits += 1
        self._data.move_to_end(key)
        return value

    def __setitem__(self, key, value):
        if key in self._data:
            self._data.move_to_end(key)
        self._data[key] = value
        while len(self._data) > self.capacity:
            old_key, old_value = self._data.popitem(last=False)
            self.evictions += 1
            if self.on_evict:
                self.on_evict(old_key, old_value)

    def __delitem__(self, key):
        del self._data[key]

    def __iter__(self):
        return iter(self._data)

    def __len__(self):
        return len(self._data)

    # Views that do not touch recency (iterating via __getitem__ would reorder).
    def items(self):
        return self._data.items()

    def values(self):
        return self._data.values()

    def peek(self, key, default=None):
        return self._data.get(key, default)

    def __repr__(self):
        items = ", ".join(f"{k!r}: {v!r}" for k, v in self._data.items())
        return f"LRUCache({self.capacity}, {{{items}}})"

    def stats(self):
        total = self.hits + self.misses
        rate = self.hits / total if total else 0.0
        return f"hits={self.hits} misses={self.misses} evictions={self.evictions} hit-rate={rate:.0%}"


class TTLCache(LRUCache):
    """LRU cache whose entries expire after `ttl` ticks of a logical clock."""

    def __init__(self, capacity, ttl):
        super().__init__(capacity)
        self.ttl = ttl
        self.now = 0
        self._expires = {}

    def tick(self, n=1):
        self.now += n

    def __setitem__(self, key, value):
        super().__setitem__(key, value)
        self._expires[key] = self.now + self.ttl
        for k in list(self._expires):
            if k not in self._data:
                del self._expires[k]

    def __getitem__(self, key):
        if key in self._data and self._expires[key] <= self.now:
            del self._data[key]
            del self._expires[key]
        return super().__getitem__(key)


def memoize(capacity):
    def decorator(func):
        cache = LRUCache(capacity)

        @functools.wraps(func)
        def wrapper(*args):
            try:
                return cache[args]
            except KeyError:
                result = cache[args] = func(*args)
                return result
        wrapper.cache = cache
        return wrapper
    return decorator


evicted = []
c = LRUCache(3, on_evict=lambda k, v: evicted.append(k))
for k, v in [("a", 1), ("b", 2), ("c", 3)]:
    c[k] = v
print(c)
_ = c["a"]
c["d"] = 4
print(c, "evicted:", evicted)
c["b"] = 20
c["e"] = 5
print(list(c), "evicted:", evicted)
print("get missing:", c.get("zzz", "default"), "| 'a' in c:", "a" in c, "| peek d:", c.peek("d"))
print(c.stats())
c.update({"x": 10, "y": 11})
print(dict(c), len(c), sorted(c.keys()), list(c.values()), c.pop("y"), c.setdefault("q", 0))
print(c, evicted)
del c["q"]
print(list(c.items()), c.stats())
try:
    LRUCache(0)
except ValueError as e:
    print("ValueError:", e)
print(isinstance(c, MutableMapping), c == {"e": 5, "x": 10}, c != {"e": 5})

t = TTLCache(capacity=2, ttl=5)
t["session"] = "abc"
t.tick(3)
print("at 3:", t.get("session"))
t.tick(2)
print("at 5:", t.get("session"), "| len:", len(t))
t["a"], t["b"], t["c"] = 1, 2, 3
print(list(t), sorted(t._expires), t.stats())

calls = []


@memoize(capacity=4)
def slow_square(n):
    calls.append(n)
    return n * n


results = [slow_square(n) for n in (1, 2, 3, 1, 2, 4, 5, 1, 3)]
print(results, "computed:", calls)
print(slow_square.__name__, slow_square.cache, slow_square.cache.stats())

od = OrderedDict.fromkeys("abcde")
od.move_to_end("b")
od.move_to_end("e", last=False)
print("".join(od), od.popitem(), od.popitem(last=False), list(reversed(od)))
od2 = OrderedDict([("c", None), ("a", None), ("d", None)])
print(od == od2, dict(od) == dict(od2), OrderedDict(a=1, b=2) == OrderedDict(b=2, a=1), OrderedDict(a=1) == {"a": 1})
print(repr(OrderedDict([(1, "x"), (2, "y")])), OrderedDict(), od | {"z": 9})
