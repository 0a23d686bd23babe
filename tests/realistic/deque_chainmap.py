"""collections in practice: deque windows, ChainMap scopes, OrderedDict LRU, Counter math."""
from collections import deque, ChainMap, OrderedDict, Counter, namedtuple, defaultdict


def moving_average(seq, n=3):
    window = deque(maxlen=n)
    for x in seq:
        window.append(x)
        if len(window) == n:
            yield round(sum(window) / n, 3)


print(list(moving_average([40, 30, 50, 46, 39, 44, 60, 58])))
d = deque(range(10))
d.rotate(3)
print(d)
d.rotate(-5)
print(d, d[0], d[-1], d.index(5), d.count(3))
d.appendleft(-1)
d.extendleft([100, 200])
print(d, d.popleft(), d.pop(), len(d), d.maxlen)
d.remove(100)
d.insert(2, "x")
print(d, list(reversed(d))[:3], 7 in d)
d.clear()
print(d, deque("abc", maxlen=2), deque([1, 2]) == deque([1, 2]), deque([1]) < deque([2]))
try:
    deque().pop()
except IndexError as e:
    print("IndexError:", e)


class LRU(OrderedDict):
    def __init__(self, capacity):
        super().__init__()
        self.capacity = capacity

    def get(self, key, default=None):
        if key in self:
            self.move_to_end(key)
            return self[key]
        return default

    def put(self, key, value):
        self[key] = value
        self.move_to_end(key)
        if len(self) > self.capacity:
            evicted = self.popitem(last=False)
            print(f"  evict {evicted}")


cache = LRU(3)
for k in "abcadeb":
    if cache.get(k) is None:
        cache.put(k, k.upper())
print(list(cache.items()), repr(cache))
od = OrderedDict.fromkeys("xyz", 0)
od.move_to_end("x", last=False)
od.move_to_end("y")
print(od, od == {"x": 0, "z": 0, "y": 0}, od == OrderedDict([("z", 0), ("x", 0), ("y", 0)]))

defaults = {"color": "red", "user": "guest", "debug": False}
env = {"user": "root"}
cli = {"debug": True}
config = ChainMap(cli, env, defaults)
print(config["color"], config["user"], config["debug"], len(config), sorted(config))
config["color"] = "blue"
print(cli, defaults["color"], config.maps[0] is cli)
child = config.new_child({"user": "temp"})
print(child["user"], child.parents["user"], dict(child.parents) == dict(config))
del child["user"]
print(child["user"])
try:
    del child["user"]
except KeyError as e:
    print("KeyError:", e)
print(ChainMap({"a": 1}, {"a": 2, "b": 3}))


def scoped_lookup(program):
    scopes = ChainMap({})
    out = []
    for op, *args in program:
        if op == "push":
            scopes = scopes.new_child()
        elif op == "pop":
            scopes = scopes.parents
        elif op == "set":
            scopes[args[0]] = args[1]
        elif op == "get":
            out.append(scopes.get(args[0], "?"))
    return out


print(scoped_lookup([("set", "x", 1), ("push",), ("set", "x", 2), ("get", "x"), ("pop",), ("get", "x"), ("get", "y")]))
inventory = Counter(apples=5, pears=2, kiwis=0)
sold = Counter(apples=3, pears=3)
print(inventory - sold, inventory + sold, inventory & sold, inventory | sold)
inventory.subtract(sold)
print(inventory, +inventory, -inventory)
print(inventory.total(), sorted(Counter("abracadabra").elements()), Counter("abracadabra").most_common(3))
c = Counter(["x", "y", "x"])
c.update("xyz")
c["w"] += 1
print(c, c["missing"], list(c), Counter({"a": 2}) == Counter({"a": 2, "b": 0}))
Employee = namedtuple("Employee", ["name", "title", "salary"], defaults=[50000])
staff = [Employee("ann", "dev"), Employee("bo", "ops", 62000), Employee._make(["cy", "dev", 71000])]
print(staff, Employee._field_defaults)
by_title = defaultdict(list)
for e in staff:
    by_title[e.title].append(e.name)
print(by_title, sorted(staff, key=lambda e: -e.salary)[0].name, staff[1]._replace(title="sre"))
nested = defaultdict(lambda: defaultdict(int))
for word in "the cat and the hat and the bat".split():
    nested[word[0]][word] += 1
print({k: dict(v) for k, v in sorted(nested.items())})
tree = lambda: defaultdict(tree)
t = tree()
t["a"]["b"]["c"] = 1
print(t["a"]["b"]["c"], "x" in t, len(t["a"]))
