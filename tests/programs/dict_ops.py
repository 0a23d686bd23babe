# dict: construction, methods, views, ordering, errors.
d = {"a": 1, "b": 2}
d["c"] = 3
d["a"] = 10
print(d, len(d), d["b"], d.get("z"), d.get("z", 0), "a" in d, "z" not in d, list(d), d.keys(), d.values(), d.items())
print(dict(a=1, b=2), dict([("x", 1)], y=2), dict({"k": "v"}), dict(zip("ab", range(2))), dict(), dict.fromkeys("ab"), dict.fromkeys([1, 2], 0))
print(d.pop("a"), d.pop("zz", None), d.setdefault("b", 99), d.setdefault("n", []), d)
d.update({"b": 20}, q=1); d.update([("r", 2)]); print(d)
print(d.popitem(), d, {1: 1} | {2: 2}, {1: 1, 2: 2} | {1: "x"})
e = {"x": 1}
e |= {"y": 2}; print(e)
del e["x"]; print(e)
for bad in (lambda: {}["missing"], lambda: {}.pop("p"), lambda: {}.popitem(), lambda: {[]: 1}, lambda: {1: 2}[[1]], lambda: dict(1), lambda: dict([1, 2]), lambda: dict([(1, 2, 3)])):
    try:
        bad()
    except (KeyError, TypeError, ValueError) as ex:
        print(type(ex).__name__, ex)
try:
    del e["nope"]
except KeyError as ex:
    print("KeyError", ex, repr(ex))
f = {1: "one", 1.0: "float one", True: "true"}
print(f, {0: 0, False: 1}, {(1, 2): "t", "s": [1]})
g = dict.fromkeys(range(5))
for k in list(g):
    if k % 2:
        del g[k]
print(g, list(g.keys()), sorted(g.values(), key=str))
ks = {"b": 1, "a": 2}.keys()
print(ks & {"a"}, sorted(ks | {"c"}), ks - {"a"}, "a" in ks, list(reversed({"x": 1, "y": 2})), len(ks))
items = {"b": 1}.items()
print(("b", 1) in items, ("b", 2) in items, list(items), {"a": 1}.items() == {"a": 1}.items())
print({1: 2} == {1: 2}, {1: 2} != {1: 3}, {1: 2, 3: 4} == {3: 4, 1: 2}, {"a": [1]}.copy(), d.copy() is d)
h = {}
h[1] = h.get(1, 0) + 1; h[1] = h.get(1, 0) + 1; print(h)
counts = {}
for ch in "mississippi":
    counts[ch] = counts.get(ch, 0) + 1
print(counts, sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))
nested = {"a": {"b": {"c": 1}}}
nested["a"]["b"]["d"] = 2; print(nested, nested["a"]["b"])
print(repr({}), str({"é": "ü"}), {1: {2: {}}}, dict(sorted({"z": 1, "a": 2}.items())))
order = {}
order["z"] = 1; order["a"] = 2; order["m"] = 3; del order["a"]; order["a"] = 4
print(list(order), list(order.values()), next(iter(order)), {**order, "z": 0}, {"q": 1, **order})
vals = d.values()
print(type(vals).__name__, type(d.keys()).__name__, type(d.items()).__name__, list(iter(d.items()))[:1])
class K:
    def __init__(self, v): self.v = v
    def __hash__(self): return hash(self.v)
    def __eq__(self, o): return isinstance(o, K) and o.v == self.v
kd = {K(1): "a"}
print(kd[K(1)], K(2) in kd, kd.get(K(1)))
