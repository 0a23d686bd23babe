"""Pretty-printing nested configuration and API-like data with pprint."""
import pprint
import re
from collections import OrderedDict, defaultdict, Counter, deque, namedtuple
from dataclasses import dataclass, field

API_RESPONSE = {
    "status": "ok",
    "page": {"number": 3, "size": 25, "total_pages": 12, "has_next": True},
    "results": [
        {"id": 101, "name": "Ada Lovelace", "roles": ["admin", "author"],
         "address": {"city": "London", "zip": "NW1", "geo": (51.5237, -0.1585)},
         "scores": [98.5, 87.25, 100.0], "active": True},
        {"id": 102, "name": "Charles Babbage", "roles": [], "address": None,
         "scores": [], "active": False},
        {"id": 103, "name": "Grace Hopper", "roles": ["author"],
         "address": {"city": "Arlington", "zip": "22201", "geo": (38.8816, -77.0910)},
         "scores": [75, 88, 92, 61, 99, 100, 43, 77, 85], "active": True},
    ],
    "meta": {"generated_by": "api-v2", "warnings": [], "timing_ms": {"db": 12, "render": 3}},
}

Point = namedtuple("Point", "x y")


@dataclass
class Server:
    host: str
    port: int = 8080
    tags: list = field(default_factory=list)
    options: dict = field(default_factory=dict)


print("=== default pprint ===")
pprint.pprint(API_RESPONSE)
print("\n=== width=60, depth=2 ===")
pprint.pprint(API_RESPONSE, width=60, depth=2)
print("\n=== sort_dicts=False, compact=True, width=50 ===")
pprint.pprint(API_RESPONSE["results"][2], sort_dicts=False, compact=True, width=50)
print("\n=== indent=4 ===")
pprint.pprint(API_RESPONSE["meta"], indent=4, width=30)

print("\n=== pformat + misc types ===")
nested = [list(range(i)) for i in range(1, 12)]
print(pprint.pformat(nested, width=40))
print(pprint.pformat({"set": {3, 1, 2}, "frozen": frozenset({5, 4}), "tuple": (1,), "empty": ((), [], {}, set())}))
print(pprint.pformat(OrderedDict([("z", 1), ("a", [1, 2, 3] * 10)])))
dd = defaultdict(list)
for word in "alpha beta gamma delta alpha beta alpha".split():
    dd[word[0]].append(word)
pprint.pprint(dd)
pprint.pprint(Counter("abracadabra"))
pprint.pprint(deque(range(30), maxlen=40), width=50)
pprint.pprint([Point(1, 2), Point(x=[1] * 30, y="long string " * 5)])
pprint.pprint(Server("db.local", tags=["primary", "ssd"], options={"timeout": 30, "retries": 3}))
pprint.pprint([Server(f"web{i}", 8000 + i, ["x" * 10] * i) for i in range(3)], width=70)
long_text = {"doc": "Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor incididunt ut labore et dolore magna aliqua."}
pprint.pprint(long_text, width=50)
pprint.pprint({"bytes": b"\x00\x01binary data " * 5}, width=40)

recursive = {"name": "loop"}
recursive["self"] = recursive
lst = [1, 2]
lst.append(lst)
hide_ids = lambda s: re.sub(r"id=\d+", "id=...", s)
print(hide_ids(pprint.pformat(recursive)), hide_ids(pprint.pformat(lst)))
print(pprint.isrecursive(recursive), pprint.isreadable(API_RESPONSE), pprint.isreadable(recursive))
print(hide_ids(pprint.saferepr(lst)), pprint.saferepr({"b": 1, "a": 2}))

pp = pprint.PrettyPrinter(width=20, depth=3, indent=2)
pp.pprint({"a": {"b": {"c": {"d": 1}}}, "list": [[[[1]]]]})
print(repr(pp.pformat("short")))
big = {f"key{i:02d}": {"values": list(range(i % 4)), "flag": i % 2 == 0} for i in range(8)}
pprint.pprint(big, width=72)
pprint.pp({"pp": "alias", "b": 2, "a": 1})
