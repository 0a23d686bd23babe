# copy.deepcopy of deeply nested lists, dicts, tuples and instances: the depth that
# still copies and the RecursionError past it are CPython's (copy.py's frames).
import copy, sys

class Node:
    def __init__(self, child):
        self.child = child

class Custom:
    def __init__(self, child):
        self.child = child
    def __deepcopy__(self, memo):
        return Custom(copy.deepcopy(self.child, memo))

makers = {
    "list": lambda x: [x],
    "dict": lambda x: {"k": x},
    "tuple": lambda x: (x,),
    "object": Node,
    "custom": Custom,
}

def deepest(make):
    lo, hi = 1, 3000
    while lo < hi:
        mid = (lo + hi + 1) // 2
        x = None
        for _ in range(mid):
            x = make(x)
        try:
            copy.deepcopy(x)
            lo = mid
        except RecursionError:
            hi = mid - 1
    return lo

for name, make in makers.items():
    x = None
    for _ in range(10000):
        x = make(x)
    try:
        copy.deepcopy(x)
        print(name, "copied")
    except RecursionError as e:
        print(name, "RecursionError:", e)
    print(name, "deepest copied:", deepest(make))
