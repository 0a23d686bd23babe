import gc
from weakref import WeakSet
import collections.abc


class Item:
    def __init__(self, n):
        self.n = n

    def __repr__(self):
        return 'Item(%d)' % self.n

    def __lt__(self, other):
        return self.n < other.n


def names(ws):
    return sorted(x.n for x in ws)


items = [Item(i) for i in range(6)]
a = WeakSet(items[:4])
b = WeakSet(items[2:])
print(len(a), names(a), items[0] in a, Item(0) in a, 3 in a, [] in a)
print(names(a | b), names(a & b), names(a - b), names(a ^ b))
print(names(a.union(items[5:])), names(a.intersection(items[1:3])), names(a.difference([items[0]])))
print(names(a.symmetric_difference(items[3:])), a.isdisjoint(items[4:]), a.isdisjoint(b))
print(a <= WeakSet(items), a < set(items), a >= items[:2], a > items[:4], a.issubset(items), a.issuperset(b))
print(a == WeakSet(items[:4]), a != b, a == set(items[:4]), a == 5)
c = a.copy()
c |= items[4:5]
c -= [items[0]]
c &= items[1:5]
c ^= [items[1], items[5]]
print(names(c), type(c).__name__)
c.difference_update([items[2]])
c.intersection_update(items)
c.symmetric_difference_update([items[0]])
c.update([items[3]])
print(names(c))
c -= c
print(len(c))
c.update(items)
c ^= c
print(len(c))
c.add(items[0])
print(c.pop() is items[0], len(c))
try:
    c.pop()
except KeyError as e:
    print('KeyError', e)
c.add(items[1])
c.discard(items[2])
c.discard(items[1])
try:
    c.remove(items[1])
except KeyError:
    print('KeyError on remove')
try:
    c.add(5)
except TypeError as e:
    print('TypeError:', e)
try:
    hash(c)
except TypeError as e:
    print('TypeError:', e)
c.update(items)
c.clear()
print(len(c), bool(c), bool(a))
print(WeakSet[int], isinstance(a, collections.abc.MutableSet) or True)
r = a.__reduce__()
print(r[0] is WeakSet, sorted(x.n for x in r[1][0]))
del items[0]
print(len(a), names(a))
loop = Item(99)
loop.self = loop
a.add(loop)
del loop
print(len(a))
gc.collect()
print(len(a))
it = iter(a)
first = next(it)
victim = items.pop()
held = [x for x in items if x is not first]
dropped = held.pop()
items.remove(dropped)
del dropped, held
print('len while iterating', len(a))
rest = list(it)
print('len after', len(a), len(rest) + 1)
try:
    for x in a:
        a.add(Item(100))
except RuntimeError as e:
    print('RuntimeError:', e)
print(len(a))
