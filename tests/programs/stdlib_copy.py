# copy.copy and copy.deepcopy: containers, cycles, memo, custom hooks, reduce
import copy
from collections import namedtuple, deque, Counter, OrderedDict, defaultdict

a = [1, [2, 3], {"k": (4, [5])}]
b = copy.copy(a)
c = copy.deepcopy(a)
print(b == a, b is a, b[1] is a[1], c == a, c[1] is a[1], c[2]["k"] is a[2]["k"], c[2]["k"][1] is a[2]["k"][1])
for atom in [1, 2.5, "s", None, True, b"x", (1, 2), range(3), len, print, int, frozenset([1])]:
    print(type(atom).__name__, copy.copy(atom) is atom, copy.deepcopy(atom) is atom)
t = (1, [2])
print(copy.deepcopy(t) is t, copy.deepcopy(t) == t, copy.deepcopy((1, (2, 3))) is not None)
s = {1, 2, 3}
print(copy.copy(s), copy.copy(s) is s, copy.deepcopy({"a": {1}}))
print(copy.copy({"x": [1]})["x"] is not None, copy.deepcopy(frozenset({(1, 2)})))

# cycles come out as cycles
l = [1]
l.append(l)
m = copy.deepcopy(l)
print(m, m[1] is m, m is l)
d = {"self": None}
d["self"] = d
e = copy.deepcopy(d)
print(e["self"] is e, e is d)
shared = [0]
pair = [shared, shared]
cp = copy.deepcopy(pair)
print(cp[0] is cp[1], cp[0] is shared)
memo = {}
copy.deepcopy(pair, memo)
print(id(shared) in memo, id(memo) in memo, len(memo[id(memo)]))

class Node:
    def __init__(self, val):
        self.val = val
        self.children = []
root = Node(1)
child = Node(2)
root.children.append(child)
child.parent = root
root2 = copy.deepcopy(root)
print(root2.val, root2.children[0].val, root2.children[0].parent is root2, root2 is not root)
shallow = copy.copy(root)
print(shallow.children is root.children, type(shallow).__name__, vars(shallow).keys())

class Custom:
    def __init__(self, v):
        self.v = v
    def __copy__(self):
        return Custom("copy of " + str(self.v))
    def __deepcopy__(self, memo):
        return Custom("deep copy of " + str(self.v))
print(copy.copy(Custom(1)).v, copy.deepcopy(Custom(2)).v, copy.deepcopy([Custom(3)])[0].v)

class Reduced:
    def __init__(self, a, b):
        self.a, self.b = a, b
    def __reduce__(self):
        return (Reduced, (self.a, self.b))
r = copy.deepcopy(Reduced([1], 2))
print(type(r).__name__, r.a, r.b)

class Stateful:
    def __init__(self):
        self.data = [1, 2]
        self.cache = "drop me"
    def __getstate__(self):
        return {"data": self.data}
    def __setstate__(self, state):
        self.data = state["data"]
        self.restored = True
st = copy.deepcopy(Stateful())
print(st.data, st.restored, hasattr(st, "cache"))

class WithNew:
    def __new__(cls, *args):
        obj = super().__new__(cls)
        obj.made_by_new = True
        return obj
    def __init__(self, x):
        self.x = x
w = copy.copy(WithNew(5))
print(w.x, w.made_by_new)

class MyList(list):
    pass
ml = MyList([1, [2]])
ml.tag = "t"
mc = copy.deepcopy(ml)
print(type(mc).__name__, mc, mc.tag, mc[1] is ml[1])
class MyDict(dict):
    pass
md = copy.copy(MyDict(a=1))
print(type(md).__name__, md)

Point = namedtuple("Point", "x y")
pt = Point([1], 2)
print(copy.copy(pt), copy.deepcopy(pt), copy.deepcopy(pt).x is pt.x, type(copy.copy(pt)).__name__)
dq = deque([1, [2]], maxlen=5)
dq2 = copy.deepcopy(dq)
print(copy.copy(dq), dq2, dq2[1] is dq[1], dq2.maxlen)
print(copy.deepcopy(Counter("aab")), copy.copy(OrderedDict(a=1, b=2)), copy.deepcopy(OrderedDict(z=[1])))
ddd = defaultdict(list, a=[1])
ddc = copy.deepcopy(ddd)
ddc["b"].append(2)
print(ddc, ddd, copy.copy(ddd).default_factory)

class Holder:
    def method(self):
        return self
h = Holder()
bm = copy.copy(h.method)
print(bm() is h, copy.deepcopy(h.method)() is h)

def gen():
    yield 1
for f in (lambda: copy.copy(gen()), lambda: copy.deepcopy(), lambda: copy.copy()):
    try:
        print(f())
    except Exception as ex:
        print(type(ex).__name__, ex)
print(issubclass(copy.Error, Exception), copy.error is copy.Error)
