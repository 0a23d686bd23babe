from collections import Counter, deque, ChainMap, OrderedDict, defaultdict, namedtuple
import string

text = """It was the best of times, it was the worst of times, it was the age of wisdom,
it was the age of foolishness, it was the epoch of belief, it was the epoch of incredulity"""
words = [w.strip(string.punctuation).lower() for w in text.split()]
c = Counter(words)
print(c.most_common(4))
first_half = Counter(words[: len(words) // 2])
second_half = Counter(words[len(words) // 2 :])
print("added:", sorted((first_half + second_half).items())[:5])
print("subtracted:", sorted((first_half - second_half).items()))
print("intersection:", sorted((first_half & second_half).items()))
print("union max:", sorted((first_half | second_half).items())[:4])
neg = Counter(a=3, b=-2, c=0)
print(+neg, -neg, neg.total())
neg.subtract({"a": 5, "d": 1})
print(neg, sorted(neg.elements()))
neg.update(a=10)
print(neg["a"], neg["zzz"], "zzz" in neg)
letters = Counter("mississippi")
print(sorted(letters.elements()), letters.most_common()[-1])
print(Counter("abc") == Counter("cba"), Counter(a=1) <= Counter(a=2, b=1))

d = deque(range(10), maxlen=7)
print(d)
d.rotate(3)
print(d, d[0], d[-1])
d.rotate(-5)
print(d)
d.appendleft(-1)
d.extend([100, 200])
print(d, d.maxlen, d.count(200), d.index(100))
d.extendleft("xy")
print(d)
window = deque(maxlen=3)
avgs = []
for x in [4, 8, 15, 16, 23, 42]:
    window.append(x)
    avgs.append(round(sum(window) / len(window), 2))
print(avgs)
dq = deque("abcdef")
del dq[2]
dq.remove("e")
dq.insert(1, "Z")
print(dq, list(reversed(dq)), dq.pop(), dq.popleft())

defaults = {"color": "red", "size": "M", "user": "guest"}
env = {"user": "admin"}
cli = {"size": "XL"}
cfg = ChainMap(cli, env, defaults)
print(cfg["color"], cfg["size"], cfg["user"], len(cfg), sorted(cfg))
child = cfg.new_child({"color": "blue"})
child["debug"] = True
print(child["color"], child.maps[0], child.parents["color"], cfg.get("debug"))
del child["color"]
print(child["color"], dict(child) == {**defaults, **env, **cli, "debug": True})
try:
    del child["size"]
except KeyError as e:
    print("KeyError", e)

lru = OrderedDict()
for key in "abcabdeafg":
    if key in lru:
        lru.move_to_end(key)
    lru[key] = lru.get(key, 0) + 1
    if len(lru) > 4:
        evicted = lru.popitem(last=False)
        print("evict", evicted)
print(lru, list(lru.keys()))
lru.move_to_end("g", last=False)
print(next(iter(lru)), lru.popitem(), OrderedDict(a=1, b=2) == OrderedDict(b=2, a=1), dict(a=1, b=2) == OrderedDict(b=2, a=1))


def tree():
    return defaultdict(tree)


taxonomy = tree()
for path in ["animal/mammal/cat", "animal/mammal/dog", "animal/bird/owl", "plant/tree/oak", "animal/bird/kiwi"]:
    node = taxonomy
    for part in path.split("/"):
        node = node[part]


def show(node, depth=0):
    for name in sorted(node):
        print("  " * depth + name)
        show(node[name], depth + 1)


show(taxonomy)
graph = defaultdict(set)
for a, b in [("x", "y"), ("y", "z"), ("x", "z"), ("w", "x")]:
    graph[a].add(b)
    graph[b].add(a)
print({k: sorted(v) for k, v in sorted(graph.items())})
counts = defaultdict(lambda: defaultdict(int))
for word in words:
    counts[word[0]][len(word)] += 1
print({k: dict(v) for k, v in sorted(counts.items())})
print(repr(defaultdict(list, a=[1]))[:40])

Point3 = namedtuple("Point3", "x y z", defaults=[0])
p = Point3(1, 2)
print(p, p._replace(z=9), p._asdict(), Point3._fields, Point3._field_defaults)
print(Point3._make([7, 8, 9]), p.x + p.y, p[1:], p == (1, 2, 0))
Employee = namedtuple("Employee", ["name", "dept", "salary"], rename=False)
staff = [Employee("ann", "eng", 120), Employee("bo", "ops", 90), Employee("cy", "eng", 105)]
by_dept = defaultdict(list)
for e in staff:
    by_dept[e.dept].append(e)
for dept, people in sorted(by_dept.items()):
    print(dept, [p.name for p in people], sum(p.salary for p in people))
print(max(staff, key=lambda e: e.salary).name, sorted(staff, key=lambda e: (-e.salary, e.name))[0])
