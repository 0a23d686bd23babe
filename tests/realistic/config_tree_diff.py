"""Diff, merge and patch nested configuration trees with recursion and copy."""
import copy
import json
from collections.abc import Mapping, Sequence

MISSING = object()


def diff(old, new, path=()):
    """Yield (op, path, old, new) for every difference between two trees."""
    if isinstance(old, Mapping) and isinstance(new, Mapping):
        for key in sorted(set(old) | set(new), key=str):
            yield from diff(old.get(key, MISSING), new.get(key, MISSING), path + (key,))
    elif isinstance(old, list) and isinstance(new, list):
        for i in range(max(len(old), len(new))):
            a = old[i] if i < len(old) else MISSING
            b = new[i] if i < len(new) else MISSING
            yield from diff(a, b, path + (i,))
    elif old is MISSING:
        yield "add", path, None, new
    elif new is MISSING:
        yield "remove", path, old, None
    elif old != new or type(old) is not type(new):
        yield "change", path, old, new


def fmt_path(path):
    out = ""
    for p in path:
        out += f"[{p}]" if isinstance(p, int) else (f".{p}" if out else p)
    return out or "<root>"


def merge(base, override):
    if isinstance(base, dict) and isinstance(override, dict):
        result = dict(base)
        for k, v in override.items():
            result[k] = merge(base[k], v) if k in base else copy.deepcopy(v)
        return result
    return copy.deepcopy(override)


def apply(tree, changes):
    tree = copy.deepcopy(tree)
    for op, path, _, new in changes:
        *parents, last = path
        node = tree
        for p in parents:
            node = node[p]
        if op == "remove":
            del node[last]
        elif isinstance(node, list) and last == len(node):
            node.append(copy.deepcopy(new))
        else:
            node[last] = copy.deepcopy(new)
    return tree


def depth(tree):
    if isinstance(tree, Mapping):
        return 1 + max(map(depth, tree.values()), default=0)
    if isinstance(tree, Sequence) and not isinstance(tree, str):
        return 1 + max(map(depth, tree), default=0)
    return 0


def count_leaves(tree):
    total = 0

    def walk(node):
        nonlocal total
        if isinstance(node, dict):
            for v in node.values():
                walk(v)
        elif isinstance(node, list):
            for v in node:
                walk(v)
        else:
            total += 1
    walk(tree)
    return total


base = {
    "service": {"name": "api", "port": 8080, "debug": False, "tags": ["web", "public"]},
    "database": {"host": "db1", "pool": {"min": 2, "max": 10}, "replicas": ["db2", "db3"]},
    "features": {"beta": True, "ratio": 0.25},
    "owners": ["ana", "bo"],
}
prod = merge(base, {
    "service": {"port": 443, "tags": ["web"], "tls": {"cert": "/etc/cert.pem"}},
    "database": {"pool": {"max": 50}, "replicas": ["db2", "db3", "db4"]},
    "features": {"beta": False, "ratio": 1},
})
del prod["owners"]

changes = list(diff(base, prod))
for op, path, old, new in changes:
    symbol = {"add": "+", "remove": "-", "change": "~"}[op]
    detail = {"add": f"{new!r}", "remove": f"{old!r}", "change": f"{old!r} -> {new!r}"}[op]
    print(f"{symbol} {fmt_path(path):<28} {detail}")
patched = apply(base, changes)
print("patch reproduces prod:", patched == prod, "| base untouched:", base["service"]["port"] == 8080)
print("depths:", depth(base), depth(prod), "leaves:", count_leaves(base), count_leaves(prod))
print(json.dumps(prod, sort_keys=True)[:100])


class Node:
    def __init__(self, name, children=()):
        self.name = name
        self.children = list(children)
        self.parent = None
        for c in self.children:
            c.parent = self
        self.cache = {"visits": 0}

    def __deepcopy__(self, memo):
        clone = Node(self.name)
        memo[id(self)] = clone
        clone.children = [copy.deepcopy(c, memo) for c in self.children]
        for c in clone.children:
            c.parent = clone
        return clone

    def __copy__(self):
        clone = Node(self.name, [])
        clone.children = self.children
        return clone

    def path(self):
        return (self.parent.path() + "/" if self.parent else "") + self.name

    def walk(self, level=0):
        yield level, self
        for c in self.children:
            yield from c.walk(level + 1)


root = Node("etc", [Node("nginx", [Node("sites"), Node("conf.d")]), Node("ssh")])
root.cache["visits"] = 5
deep = copy.deepcopy(root)
shallow = copy.copy(root)
deep.children[0].name = "apache"
print([n.path() for _, n in root.walk()])
print([n.path() for _, n in deep.walk()])
print(shallow.children is root.children, deep.children is root.children, deep.cache, root.cache)
for level, node in root.walk():
    print("  " * level + ("└─ " if level else "") + node.name)

cyclic = {"name": "loop"}
cyclic["self"] = cyclic
clone = copy.deepcopy(cyclic)
print(clone["self"] is clone, clone is not cyclic)
shared = [1, 2]
pair = [shared, shared]
cp = copy.deepcopy(pair)
print(cp[0] is cp[1], cp[0] is shared, copy.copy((1, [2])) , copy.deepcopy((1, 2)) == (1, 2))


def hanoi(n, src="A", dst="C", via="B", moves=None):
    if moves is None:
        moves = []
    if n:
        hanoi(n - 1, src, via, dst, moves)
        moves.append((n, src, dst))
        hanoi(n - 1, via, dst, src, moves)
    return moves


m = hanoi(10)
print(len(m), m[:3], m[511])
import sys
print(sys.getrecursionlimit() >= 1000, depth([[[[[[[[[[[]]]]]]]]]]]))
