# Dicts holding only atomic keys and values are not tracked by the collector; storing
# a container in one tracks it. (Tuples and collection-time untracking are not covered:
# minipy keeps tuples and dicts that became atomic again tracked.)
import gc

print(gc.is_tracked({}), gc.is_tracked(dict()), gc.is_tracked(dict(a=1)))
d = {"a": 1, 2: 2.5, None: True, "b": b"x", "s": "text"}
print(gc.is_tracked(d))
d["c"] = []
print(gc.is_tracked(d))
print(gc.is_tracked({"a": []}), gc.is_tracked({"a": {}}), gc.is_tracked({1: (lambda: 0)}))
print(gc.is_tracked({i: i * i for i in range(5)}), gc.is_tracked({i: [i] for i in range(5)}))
print(gc.is_tracked({"a": 1}.copy()), gc.is_tracked({"a": [1]}.copy()))
e = {}
e.setdefault("k", [])
f = {}
f.update({"a": []})
g = {}
g["x"] = 1
print(gc.is_tracked(e), gc.is_tracked(f), gc.is_tracked(g))


class C:
    pass


c = C()
c.x = 1
print(gc.is_tracked(c.__dict__))
c.y = [c]
print(gc.is_tracked(c.__dict__))

# A cycle through a dict that started out untracked is still collected.
h = {"n": 1}
lst = [h]
h["self"] = lst
del h, lst
print(gc.collect() >= 2)
print(gc.is_tracked(globals()), gc.is_tracked([]))
