# Methods (__eq__, __lt__, __repr__) that mutate the container being searched,
# sorted, compared or printed: no crash, and CPython's answers.
class Evil:
    def __init__(self, target, n=0):
        self.target = target
        self.n = n
    def __hash__(self):
        return 1
    def __eq__(self, other):
        t = self.target
        if isinstance(t, dict):
            t.clear()
        elif isinstance(t, list):
            del t[:]
        elif isinstance(t, set):
            t.clear()
        return False

d = {}
d[Evil(d)] = 1
d[Evil(d)] = 2
print(len(d))
d = {Evil(None): 1}
e = Evil(d)
print(e in d, d.get(e))
l = []
l.extend([Evil(l) for _ in range(5)])
print(l.count(1), len(l))
l = [Evil(None) for _ in range(5)]
l2 = [1]*5
for x in l: x.target = l
try:
    print(l.index(3))
except ValueError as ex:
    print("VE", ex)
l = [Evil(None) for _ in range(5)]
for x in l: x.target = l
print(l == [1,2,3,4,5], len(l))
l = [Evil(None) for _ in range(5)]
for x in l: x.target = l
try:
    l.remove(3)
except ValueError as ex: print("VE", ex)
s = set()
s.add(Evil(s)); s.add(Evil(s)); print(len(s))
s = {Evil(None), 2}
for x in s:
    if isinstance(x, Evil): x.target = s
print(Evil(s) in s, len(s))
# list sort with mutation
class K:
    def __init__(self, v, l): self.v, self.l = v, l
    def __lt__(self, o):
        self.l.append(1)
        return self.v < o.v
l = []
l.extend(K(i, l) for i in range(10, 0, -1))
try:
    l.sort()
except ValueError as ex: print("VE", ex)
# dict iteration mutation
d = {i: i for i in range(10)}
try:
    for k in d: d[k+100] = 1
except RuntimeError as ex: print("RE", ex)
# __repr__ that mutates
class R:
    def __init__(self, l): self.l = l
    def __repr__(self):
        self.l.clear(); return "R"
l = [1]; l.append(R(l)); l.append(3)
print(repr(l))
d = {}; d[1] = R(d); d[2] = 3
print(repr(d))
# deque
import collections
dq = collections.deque([1,2,3])
class DQ:
    def __eq__(self, o):
        dq.clear(); return False
dq.append(DQ())
try:
    print(dq.count(5))
except RuntimeError as ex: print("RE", ex)
dq = collections.deque([DQ(), DQ(), 4])
try: print(5 in dq)
except RuntimeError as ex: print("RE", ex)
try: dq.remove(7)
except (RuntimeError, ValueError) as ex: print(type(ex).__name__, ex)
