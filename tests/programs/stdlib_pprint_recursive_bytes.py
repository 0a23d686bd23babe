import pprint
from collections import OrderedDict, deque, ChainMap
from dataclasses import dataclass
import types
import re

def show(o, **kw):
    print(re.sub(r'id=\d+', 'id=N', pprint.pformat(o, **kw)))

@dataclass
class Node:
    name: str
    children: list

n = Node("root-node-with-a-long-name", [])
n.children.append(n)
show(n, width=20)
d = deque([1, 2, 3, "a fairly long string value"])
d.append(d)
show(d, width=20)
od = OrderedDict(a=[1, 2, 3, 4, 5, 6, 7, 8])
od["self"] = od
show(od, width=20)
ns = types.SimpleNamespace(x=list(range(10)))
ns.me = ns
pprint.pprint(ns, width=20)
print(re.sub(r'id=\d+', 'id=N', pprint.saferepr(d)))
print(pprint.isrecursive(od), pprint.isreadable(deque([1])))
print(pprint.pformat(b"abcdefgh" * 4, width=20))
print(pprint.pformat([b"abcdefgh" * 4], width=20))
print(pprint.pformat(bytearray(b"abcdefgh" * 4), width=20))
print(pprint.pformat({"key": bytearray(b"abcdefgh" * 4)}, width=20))
