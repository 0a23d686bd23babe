"""Inventory ledger built on collections: Counter arithmetic, ChainMap scopes,
OrderedDict LRU, deque windows, nested defaultdicts, namedtuple records."""
from collections import ChainMap, Counter, OrderedDict, defaultdict, deque, namedtuple
from itertools import accumulate, groupby, pairwise, zip_longest, islice
from operator import attrgetter, itemgetter, methodcaller
import functools

Move = namedtuple("Move", "day store sku qty", defaults=(1,))

MOVES = [
    Move(1, "north", "apple", 30), Move(1, "north", "pear", 12), Move(1, "south", "apple", 8),
    Move(2, "north", "apple", -11), Move(2, "south", "fig", 20), Move(2, "south", "apple", -8),
    Move(3, "north", "pear", -12), Move(3, "north", "kiwi"), Move(3, "south", "fig", -5),
    Move(4, "south", "apple", 15), Move(4, "north", "apple", -4), Move(5, "south", "kiwi", 3),
]

stock = defaultdict(Counter)
for m in MOVES:
    stock[m.store][m.sku] += m.qty
for store in sorted(stock):
    print(store, dict(sorted(stock[store].items())))

north, south = stock["north"], stock["south"]
print("sum  ", sorted((north + south).items()))
print("diff ", sorted((north - south).items()), sorted((south - north).items()))
print("min  ", sorted((north & south).items()), "max", sorted((north | south).items()))
print("+pos ", sorted((+Counter(a=3, b=-1, c=0)).items()), "-neg", sorted((-Counter(a=3, b=-1)).items()))
north_copy = north.copy()
north_copy.subtract(Counter(apple=100, melon=1))
print("subtracted", sorted(north_copy.items()), "total", north_copy.total())
print("elements", sorted(Counter(x=2, y=1, z=0).elements()), Counter("abracadabra").most_common(3))
print(Counter(a=1) == Counter(a=1, b=0), Counter(a=1) <= Counter(a=2), Counter(a=2) < Counter(a=2))

by_day = defaultdict(lambda: defaultdict(list))
for m in MOVES:
    by_day[m.day][m.store].append((m.sku, m.qty))
for day, stores in sorted(by_day.items()):
    print(f"day {day}:", {k: v for k, v in sorted(stores.items())})

defaults = {"currency": "EUR", "tax": 0.2, "round": 2}
region = {"tax": 0.1}
user = {"round": 0}
cfg = ChainMap(user, region, defaults)
print(cfg["currency"], cfg["tax"], cfg["round"], len(cfg), sorted(cfg))
child = cfg.new_child({"currency": "USD"})
child["discount"] = 5
print(child["currency"], child.maps[0], child.parents["currency"], "discount" in cfg)
del child["currency"]
print(child["currency"], dict(child.parents.parents))
try:
    del child["tax"]
except KeyError as e:
    print("KeyError", e)


class LRU(OrderedDict):
    def __init__(self, capacity):
        super().__init__()
        self.capacity = capacity
        self.hits = self.misses = 0

    def get(self, key, compute):
        if key in self:
            self.hits += 1
            self.move_to_end(key)
            return self[key]
        self.misses += 1
        value = self[key] = compute(key)
        if len(self) > self.capacity:
            evicted = self.popitem(last=False)
            print("   evict", evicted)
        return value


cache = LRU(3)
for key in "abcabdaebf":
    cache.get(key, methodcaller("upper"))
print(list(cache.items()), cache.hits, cache.misses)
cache.move_to_end("f", last=False)
print(list(cache), cache.popitem(), list(reversed(cache)))
print(OrderedDict(a=1, b=2) == OrderedDict(b=2, a=1), OrderedDict(a=1, b=2) == {"b": 2, "a": 1})

window = deque(maxlen=3)
qtys = [m.qty for m in MOVES]
averages = []
for q in qtys:
    window.append(q)
    averages.append(round(sum(window) / len(window), 2))
print("moving avg", averages)
d = deque(range(10))
d.rotate(3)
print(d, end=" | ")
d.rotate(-5)
print(d, d.index(9), d.count(3))
d.extendleft("abc")
print(list(islice(d, 0, 5)), d.maxlen, deque("xyz", maxlen=2))
d.remove("b")
del d[0]
d[1] = "B"
print(d, d[-1], d.pop(), d.popleft(), len(d))

running = list(accumulate(qtys))
print("running", running, list(accumulate(qtys, max)), list(accumulate(qtys, initial=100))[-1])
print("deltas", [b - a for a, b in pairwise(running)])
for sku, group in groupby(sorted(MOVES, key=attrgetter("sku", "day")), key=attrgetter("sku")):
    g = list(group)
    print(f"  {sku:<6} moves={len(g)} net={sum(map(attrgetter('qty'), g)):>3} days={[m.day for m in g]}")
rows = sorted(MOVES, key=itemgetter(1, 3), reverse=True)[:4]
print([(m.store, m.qty) for m in rows])
for a, b in zip_longest("north", [1, 2, 3], fillvalue="-"):
    print(a, b, end="; ")
print()
print(functools.reduce(lambda acc, m: acc | {m.sku}, MOVES, set()) == {m.sku for m in MOVES})
print(Move._field_defaults, Move(9, "x", "y"), Move._make([1, 2, 3, 4])._replace(qty=0))
