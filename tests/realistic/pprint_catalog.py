import pprint
from dataclasses import dataclass, field
from collections import OrderedDict, defaultdict, Counter, deque


@dataclass
class Track:
    title: str
    seconds: int
    tags: list = field(default_factory=list)


catalog = {
    "artist": "The Quiet Engineers",
    "albums": [
        {"title": "Stack Traces", "year": 2019, "tracks": [Track("Segfault Serenade", 241, ["slow", "sad"]), Track("Heap Overflow", 187)]},
        {"title": "Garbage Collected", "year": 2022, "tracks": [Track("Mark and Sweep", 305, ["epic"]), Track("Refcount Zero", 99, ["short", "punk", "loud"])]},
    ],
    "members": ("ada", "grace", "linus", "guido"),
    "genres": frozenset({"math rock"}),
    "ratings": {5: 120, 4: 87, 3: 10, 1: 2},
    "bio": "A band formed in a server room. " * 4,
}
pprint.pprint(catalog)
print("-- width=50, depth=2")
pprint.pprint(catalog, width=50, depth=2)
print("-- sort_dicts=False compact")
pprint.pprint(catalog["ratings"], sort_dicts=False)
pprint.pprint(list(range(40)), compact=True, width=60)
pprint.pprint([[i * j for j in range(8)] for i in range(5)], width=40)
pprint.pprint([[i * j for j in range(8)] for i in range(5)], width=40, compact=True)
nested = {"a": {"b": {"c": {"d": {"e": [1, 2, {"f": "g"}]}}}}}
pprint.pprint(nested, width=20)
print(pprint.pformat(nested, depth=3))
print(pprint.pformat(OrderedDict([("z", 1), ("a", [1] * 30)])))
dd = defaultdict(list, {"x": [1, 2], "y": list(range(25))})
pprint.pprint(dd)
pprint.pprint(Counter("abracadabra"))
pprint.pprint(deque(range(30), maxlen=35))
pprint.pprint({"long": "word " * 30}, width=60)
pprint.pprint(("tuple", ("nested", ("deeper", ("deepest",)))), width=20)
pprint.pprint({3, 1, 2})
pprint.pprint(set(range(30)))
pprint.pprint(b"bytes" * 20, width=40)
pprint.pprint(catalog["albums"][0]["tracks"][0], width=30)
print(pprint.isreadable(catalog["ratings"]), pprint.isrecursive([1]), pprint.saferepr(catalog["members"]))
rec = [1, 2]
rec.append(rec)
import re
print(re.sub(r"id=\d+", "id=N", pprint.saferepr(rec)), pprint.isrecursive(rec))
print(re.sub(r"id=\d+", "id=N", pprint.pformat(rec)))
pp = pprint.PrettyPrinter(indent=4, width=41)
pp.pprint(catalog["albums"][1])
pprint.pp({"b": 1, "a": [2, 3]})
