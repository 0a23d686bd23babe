"""Shallow vs deep copies, custom __copy__/__deepcopy__, and identity checks."""
import copy


class Node:
    def __init__(self, value, children=None):
        self.value = value
        self.children = children or []
        self.parent = None
        for c in self.children:
            c.parent = self

    def __repr__(self):
        return f"Node({self.value!r}, {len(self.children)} children)"

    def walk(self, depth=0):
        yield depth, self
        for c in self.children:
            yield from c.walk(depth + 1)


class Config:
    def __init__(self, name, settings):
        self.name = name
        self.settings = settings
        self.cache = {"computed": True}

    def __copy__(self):
        new = Config.__new__(Config)
        new.__dict__.update(self.__dict__)
        new.cache = {}
        return new

    def __deepcopy__(self, memo):
        print(f"  deepcopy of {self.name}, memo has {len(memo)} entries")
        new = Config(self.name + "-copy", copy.deepcopy(self.settings, memo))
        return new


class Point:
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        self.x, self.y = x, y

    def __repr__(self):
        return f"Point({self.x}, {self.y})"


tree = Node("root", [Node("a", [Node("a1"), Node("a2")]), Node("b")])
shallow = copy.copy(tree)
deep = copy.deepcopy(tree)
print(shallow.children is tree.children, deep.children is tree.children)
print(deep.children[0].parent is deep, deep.children[0].parent is tree)
deep.children[0].value = "A"
print([n.value for _, n in tree.walk()], [n.value for _, n in deep.walk()])
for depth, n in deep.walk():
    print("  " * depth + repr(n))

matrix = [[0] * 3] * 3
matrix[0][0] = 1
print(matrix)
matrix = [[0] * 3 for _ in range(3)]
matrix[0][0] = 1
print(matrix)
nested = {"list": [1, [2, 3]], "tuple": (1, [2]), "frozen": frozenset({1, 2}), "str": "s"}
dc = copy.deepcopy(nested)
print(dc == nested, dc["list"][1] is nested["list"][1], dc["tuple"] is nested["tuple"], dc["frozen"] is nested["frozen"])
t = (1, 2, (3, 4))
print(copy.deepcopy(t) is t, copy.copy([1, 2]) == [1, 2])
shared = [1, 2]
pair = [shared, shared]
pc = copy.deepcopy(pair)
print(pc[0] is pc[1], pc[0] is shared)
cyc = [1]
cyc.append(cyc)
cc = copy.deepcopy(cyc)
print(cc[1] is cc, cc is cyc)

cfg = Config("main", {"depth": [1, 2, 3]})
c1 = copy.copy(cfg)
print(c1.name, c1.cache, c1.settings is cfg.settings)
c2 = copy.deepcopy(cfg)
print(c2.name, c2.cache, c2.settings is cfg.settings, c2.settings == cfg.settings)
both = copy.deepcopy([cfg, cfg])
print(both[0] is both[1])
p = Point(1, 2)
p2 = copy.copy(p)
p3 = copy.deepcopy(p)
p2.x = 10
print(p, p2, p3)
print(copy.replace if hasattr(copy, "replace") else "no copy.replace in 3.11")
a = [1, 2, 3]
b = a
c = a[:]
print(a is b, a is c, a == c, id(a) == id(b))
b.append(4)
print(a, c)
x = 256
y = 256
print(x is y, None is None, () is (), "" == "")
s1 = {"k": [1]}
s2 = dict(s1)
s2["k"].append(2)
s2["j"] = 0
print(s1, s2)
import types
ns = types.SimpleNamespace(a=1, b=[2])
ns2 = copy.deepcopy(ns)
ns2.b.append(3)
print(ns, ns2, ns == types.SimpleNamespace(a=1, b=[2]))


class Weird:
    def __reduce__(self):
        return (Weird, ())

    def __repr__(self):
        return "Weird()"


print(copy.copy(Weird()), copy.deepcopy([Weird()]))
print(copy.copy(range(3)), copy.deepcopy(bytearray(b"ab")), copy.copy(3.5), copy.deepcopy(print) is print)
