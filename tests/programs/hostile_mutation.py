# Mutation during iteration and sorting; the result is a Python exception, never a crash.
d = {1: 1, 2: 2}
try:
    for k in d:
        d[k + 10] = 0
except RuntimeError as e:
    print("RuntimeError", e)
d = {1: 1, 2: 2}
try:
    for k in d:
        del d[k]
except RuntimeError as e:
    print("RuntimeError", e)
d = {1: 1, 2: 2}
for k in d:
    d[k] = "changed value is fine"
print(d)
d = {1: 1}
try:
    for k in d.keys():
        d.pop(k)
        d[k + 1] = 1
except RuntimeError as e:
    print("RuntimeError", e)
try:
    for v in d.values():
        d.clear()
except RuntimeError as e:
    print("RuntimeError", e)
d = {i: i for i in range(5)}
try:
    for item in d.items():
        d.popitem()
except RuntimeError as e:
    print("RuntimeError", e)
s = {1, 2, 3}
try:
    for v in s:
        s.discard(v)
except RuntimeError as e:
    print("RuntimeError", e)
lst = [1, 2, 3]
out = []
for v in lst:
    out.append(v)
    if len(lst) < 6:
        lst.append(v * 10)
print(out, lst)
lst = [1, 2, 3, 4]
for v in lst:
    lst.remove(v)
print(lst)
data = [5, 3, 1, 4]
def bad_key(v):
    data.append(v)
    return v
try:
    data.sort(key=bad_key)
except ValueError as e:
    print("ValueError", e)
print(len(data) >= 4)
data2 = [3, 1, 2]
def clearing_key(v):
    data2.clear()
    return v
try:
    data2.sort(key=clearing_key)
except ValueError as e:
    print("ValueError", e)
print(data2)
class Evil:
    def __init__(self, v, target):
        self.v = v
        self.target = target
    def __lt__(self, other):
        self.target.append(0)
        return self.v < other.v
victim = []
victim.extend([Evil(3, victim), Evil(1, victim), Evil(2, victim)])
try:
    victim.sort()
except ValueError as e:
    print("ValueError", e)
class EvilEq:
    def __init__(self, lst):
        self.lst = lst
    def __eq__(self, other):
        self.lst.clear()
        return False
lst2 = []
lst2.extend([EvilEq(lst2), EvilEq(lst2), 3])
print(3 in lst2, lst2)
lst3 = [1, 2, 3]
lst3.extend(iter(lst3)) if False else lst3.extend(lst3)
print(lst3)
class Hashy:
    def __hash__(self):
        return 1
    def __eq__(self, o):
        hd.clear()
        return False
hd = {}
hd[Hashy()] = 1
try:
    hd[Hashy()] = 2
    print("dict survived", len(hd))
except RuntimeError as e:
    print("RuntimeError", e)
it_list = [1, 2, 3]
it = iter(it_list)
next(it)
it_list.clear()
print(list(it))
ll = [0] * 5
for i, v in enumerate(ll):
    if i < 3:
        ll.insert(0, i)
print(ll)
class Mutating:
    def __iter__(self):
        return self
    def __next__(self):
        raise StopIteration
print(list(Mutating()), sorted([]), dict.fromkeys([]))
