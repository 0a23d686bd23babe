"""Inventory and settings bookkeeping with Counter arithmetic, ChainMap, OrderedDict and nested defaultdicts."""
from collections import Counter, ChainMap, OrderedDict, defaultdict, deque, namedtuple
import pprint

Sale = namedtuple("Sale", "store item qty")
sales = [Sale("north", "apple", 5), Sale("south", "pear", 2), Sale("north", "pear", 7),
         Sale("east", "apple", 1), Sale("south", "apple", 4), Sale("north", "fig", 3),
         Sale("east", "fig", 9), Sale("south", "pear", 1)]

stock = Counter(apple=12, pear=6, fig=10, kiwi=2)
sold = Counter()
for s in sales:
    sold[s.item] += s.qty
print("sold:", sold, "total", sold.total())
print("left:", stock - sold)
print("short:", sold - stock)
print("union:", stock | sold, "inter:", stock & sold)
print("plus:", stock + sold, "neg removed:", +Counter(a=-1, b=2), "negated:", -Counter(a=-1, b=2))
diff = stock.copy()
diff.subtract(sold)
print("subtract keeps negatives:", diff, sorted(diff.elements())[:6])
print(sold.most_common(2), Counter("mississippi").most_common(), Counter(a=1) == Counter(a=1, b=0))
print(Counter(a=2, b=1) <= Counter(a=3, b=1), Counter(a=2) < Counter(a=2))

per_store = defaultdict(lambda: defaultdict(Counter))
for s in sales:
    per_store[s.store]["items"][s.item] += s.qty
    per_store[s.store]["orders"]["count"] += 1
pprint.pprint({k: {kk: dict(vv) for kk, vv in v.items()} for k, v in sorted(per_store.items())}, width=60)

defaults = {"theme": "light", "lang": "en", "page_size": 20, "beta": False}
env = {"lang": "de"}
cli = {"page_size": 50}
settings = ChainMap(cli, env, defaults)
print(settings["lang"], settings["page_size"], settings["theme"], len(settings), sorted(settings))
settings["theme"] = "dark"
print(cli, defaults["theme"], settings.maps[0] is cli)
child = settings.new_child({"beta": True})
print(child["beta"], settings["beta"], child.parents["beta"], dict(child.parents) == dict(settings))
del child["beta"]
try:
    del child["lang"]
except KeyError as exc:
    print("KeyError:", exc)
print(repr(ChainMap({"a": 1}, {"b": 2})), "b" in child, child.get("nope", "-"))

lru = OrderedDict()
def touch(key, value=None, cap=3):
    if key in lru:
        lru.move_to_end(key)
    else:
        lru[key] = value
        if len(lru) > cap:
            print("  evict", lru.popitem(last=False))
for k in "abcadeb":
    touch(k, k.upper())
print(list(lru.items()))
lru.move_to_end("d", last=False)
print(list(lru), lru.popitem(), OrderedDict(a=1, b=2) == OrderedDict(b=2, a=1), dict(a=1, b=2) == OrderedDict(b=2, a=1))
print(repr(OrderedDict.fromkeys("xy", 0)), list(reversed(lru)))

ring = deque(range(1, 8), maxlen=7)
ring.rotate(3); print(ring)
ring.rotate(-5); print(ring)
ring.append(8); ring.appendleft(0); print(ring, ring.maxlen)
ring.extendleft("ab"); print(ring, ring.index(3), ring.count(5))
window = deque(maxlen=3)
for x in [4, 8, 15, 16, 23, 42]:
    window.append(x)
    print(f"  window {list(window)} mean {sum(window) / len(window):.2f}")

tree = lambda: defaultdict(tree)
taxonomy = tree()
for path in ["animal/mammal/cat", "animal/mammal/dog", "animal/bird/owl", "plant/tree/oak", "plant/flower"]:
    node = taxonomy
    for part in path.split("/"):
        node = node[part]
def plain(d):
    return {k: plain(v) for k, v in sorted(d.items())} if d else None
pprint.pprint(plain(taxonomy))
print(pprint.pformat(plain(taxonomy), width=30, compact=True))
