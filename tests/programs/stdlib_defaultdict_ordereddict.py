# collections.defaultdict and OrderedDict
from collections import defaultdict, OrderedDict

dd = defaultdict(list)
for word in "apple avocado banana blueberry cherry".split():
    dd[word[0]].append(word)
print(dd, len(dd), dd["a"], "z" in dd, dd.get("z"), "z" in dd)
print(dd["z"], "z" in dd, dict(dd), isinstance(dd, dict), dd.default_factory)
counts = defaultdict(int)
for ch in "mississippi":
    counts[ch] += 1
print(counts, sorted(counts.items()))
nested = defaultdict(lambda: defaultdict(int))
nested["a"]["b"] += 2
print(nested["a"]["b"], dict(nested["a"]), len(nested))
none_dd = defaultdict()
print(none_dd, none_dd.default_factory)
try:
    none_dd["missing"]
except KeyError as e:
    print("KeyError", e)
d2 = defaultdict(set, {"k": {1}}, extra={2})
print(d2, d2.copy(), type(d2.copy()).__name__, d2.copy() == d2)
d2.default_factory = list
print(d2["new"], d2)
print(defaultdict(int, a=1) | {"b": 2}, {"z": 0} | defaultdict(int, a=1))
print(repr(defaultdict(dict)), repr(defaultdict(lambda: 1))[:31])
rec = defaultdict(list)
rec["self"] = rec
print(rec)
try:
    defaultdict(5)
except TypeError as e:
    print("TypeError", e)

od = OrderedDict()
od["b"] = 1
od["a"] = 2
od["c"] = 3
print(od, list(od), list(od.keys()), list(od.values()), list(od.items()))
print(od.keys(), od.values(), od.items())
od.move_to_end("b")
print(od)
od.move_to_end("c", last=False)
print(od)
od["a"] = 20
print(od, od.popitem(), od.popitem(last=False), od)
print(OrderedDict(), OrderedDict([("x", 1), ("y", 2)]), OrderedDict(z=1), OrderedDict({"q": 1}))
o1 = OrderedDict(a=1, b=2)
o2 = OrderedDict(b=2, a=1)
print(o1 == o2, o1 == dict(o2), dict(o1) == o2, o1 != o2, o1 == OrderedDict(a=1, b=2))
print(list(reversed(o1)), list(reversed(o1.keys())), "a" in o1, len(o1))
print(OrderedDict.fromkeys("abc", 0), o1.copy(), o1 | {"c": 3}, type(o1 | {"c": 3}).__name__)
o3 = OrderedDict(a=1)
o3.update([("b", 2)], c=3)
o3.setdefault("d", 4)
print(o3, o3.pop("a"), o3, o3.get("b"))
del o3["b"]
print(o3, isinstance(o3, dict))
# an LRU cache built on move_to_end
cache = OrderedDict()
for key in [1, 2, 3, 1, 4, 2, 5]:
    if key in cache:
        cache.move_to_end(key)
    cache[key] = str(key)
    if len(cache) > 3:
        cache.popitem(last=False)
print(cache)
for f in (lambda: OrderedDict().popitem(), lambda: OrderedDict().move_to_end("x"),
          lambda: OrderedDict(1), lambda: hash(OrderedDict()), lambda: hash(defaultdict()),
          lambda: OrderedDict().nope, lambda: defaultdict(int).nope):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
print(OrderedDict, defaultdict, OrderedDict.__name__, defaultdict.__qualname__, type(od).__name__)
