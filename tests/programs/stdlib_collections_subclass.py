# subclassing the collections types
from collections import Counter, OrderedDict, defaultdict, deque, namedtuple

class LRU(OrderedDict):
    def __init__(self, capacity):
        super().__init__()
        self.capacity = capacity
    def get(self, key, default=None):
        if key not in self:
            return default
        self.move_to_end(key)
        return self[key]
    def put(self, key, value):
        if key in self:
            self.move_to_end(key)
        self[key] = value
        if len(self) > self.capacity:
            self.popitem(last=False)

lru = LRU(2)
lru.put("a", 1)
lru.put("b", 2)
lru.get("a")
lru.put("c", 3)
print(lru, list(lru), lru.get("b"), lru.capacity, type(lru).__name__)

class Tally(Counter):
    def top(self):
        return self.most_common(1)[0][0]
t = Tally("hello world")
print(t.top(), t["l"], t, isinstance(t, Counter), isinstance(t, dict))
t.update("zzzz")
print(t.top(), (t + Tally("z")).most_common(1), type(t.copy()).__name__)

class AutoVivify(defaultdict):
    def __init__(self):
        super().__init__(AutoVivify)
    def __repr__(self):
        return "AV" + repr(dict(self))
tree = AutoVivify()
tree["a"]["b"]["c"] = 1
tree["a"]["x"] = 2
print(tree, tree["a"]["b"])

class Missing(defaultdict):
    def __missing__(self, key):
        return key * 2
m = Missing(int)
print(m["ab"], len(m), m)

class History(deque):
    def __init__(self, n):
        super().__init__(maxlen=n)
    def record(self, item):
        self.append(item)
        return self
h = History(3)
for i in range(5):
    h.record(i)
print(h, list(h), h.maxlen, len(h), h[0], type(h).__name__, h.count(3))

class Pair(namedtuple("Pair", "left right")):
    __slots__ = ()
    @property
    def total(self):
        return self.left + self.right
    def swap(self):
        return type(self)(self.right, self.left)
p = Pair(3, 4)
print(p, p.total, p.swap(), p._replace(left=10).total, Pair._make([1, 2]).swap())

class Point3(namedtuple("Point3", ["x", "y", "z"], defaults=[0])):
    def __repr__(self):
        return f"<{self.x},{self.y},{self.z}>"
print(Point3(1, 2), Point3(1, 2, 3), sorted([Point3(2, 0), Point3(1, 5)]))
