# collections.ChainMap: lookups through several mappings, writes to the first
from collections import ChainMap, defaultdict

defaults = {"color": "red", "user": "guest", "size": 1}
env = {"user": "admin"}
cli = {"size": 3}
cm = ChainMap(cli, env, defaults)
print(cm["color"], cm["user"], cm["size"], len(cm), sorted(cm), list(cm))
print("user" in cm, "nope" in cm, cm.get("nope"), cm.get("nope", 0), bool(cm), bool(ChainMap({})))
print(cm, ChainMap(), cm.maps[0] is cli)
cm["color"] = "blue"
print(cli, defaults["color"], cm["color"])
del cm["color"]
print(cm["color"])
try:
    del cm["user"]
except KeyError as e:
    print("KeyError", e)
child = cm.new_child()
child["user"] = "root"
print(child["user"], cm["user"], child.parents == cm, len(child.maps))
print(cm.new_child({"x": 1}, y=2).maps[0], cm.parents.maps == [env, defaults])
print(sorted(cm.keys()), sorted(cm.values(), key=str), sorted(cm.items()))
print(cm.keys(), ("size", 3) in cm.items(), "admin" in cm.values())
cp = cm.copy()
cp["new"] = 1
print("new" in cm, cp.maps[1] is env, type(cp).__name__)
print(cm.pop("size"), cm["size"], cm.setdefault("z", 9), cli)
print(ChainMap({"a": 1}) == {"a": 1}, ChainMap({"a": 1}, {"b": 2}) == ChainMap({"b": 2, "a": 1}))
print(ChainMap({"a": 1}) | {"b": 2}, {"z": 0} | ChainMap({"a": 1}))
merged = ChainMap({}, {"k": 1})
merged |= {"k": 2}
print(merged, merged["k"])
dd = defaultdict(int)
print(ChainMap(dd, {"x": 5})["x"], ChainMap.fromkeys("ab", 0))
for f in (lambda: ChainMap({})["missing"], lambda: ChainMap({}).popitem(),
          lambda: ChainMap({}).pop("k"), lambda: hash(ChainMap())):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
