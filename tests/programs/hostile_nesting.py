# Deeply nested data and expressions, self-referencing structures and recursive reprs.
deep = []
cur = deep
for _ in range(100000):
    nxt = []
    cur.append(nxt)
    cur = nxt
print("built deep list")
try:
    repr(deep)
except RecursionError:
    print("repr of deep list: RecursionError")
try:
    deep == deep[0]
except RecursionError:
    print("compare deep: RecursionError")
del deep, cur, nxt
print("deep list freed")
d = {}
cur = d
for _ in range(100000):
    cur["k"] = {}
    cur = cur["k"]
try:
    str(d)
except RecursionError:
    print("str of deep dict: RecursionError")
del d, cur
t = ()
for _ in range(50000):
    t = (t,)
try:
    hash(t)
except RecursionError:
    print("hash of deep tuple: RecursionError")
del t
a = [1, 2]
a.append(a)
print(a, repr(a), str([a]))
b = {"self": None}
b["self"] = b
print(b)
c = [[]]
c[0].append(c)
print(c)
s = [1]
t2 = (s,)
s.append(t2)
print(s, t2)
class Node:
    def __init__(self):
        self.next = self
    def __repr__(self):
        return "Node"
n = Node()
print(n.next.next.next, [n])
x = [1]
x.append(x)
y = [1]
y.append(y)
try:
    print(x == y)
except RecursionError:
    print("cyclic compare: RecursionError")
print(x == x, x in [x], a.count(a), len(a))
dd = {}
dd[1] = dd.values()
print(dd)
ks = {}
ks["k"] = ks.items()
print(ks)
expr = "1" + "+1" * 5000
print(eval(expr) if False else len(expr))
total = 0
for i in range(200000):
    total += i
print(total)
nested_tuple_list = [(i, [i]) for i in range(3)]
print(nested_tuple_list)
big = [[i] * 3 for i in range(1000)]
print(len(big), big[-1])
