# Objects that survive a collection move to the next generation (until the
# oldest), and gc.get_count() counts what is new since each generation's last
# collection, as in CPython.
import gc

gc.disable()
gc.collect()
keep = []
c0 = gc.get_count()
for i in range(10):
    keep.append([])
c1 = gc.get_count()
gc.collect(0)
c2 = gc.get_count()
for i in range(3):
    keep.append([])
c3 = gc.get_count()
gc.collect(1)
c4 = gc.get_count()
gc.collect(0)
gc.collect(0)
c5 = gc.get_count()
gc.collect(1)
c6 = gc.get_count()
gc.collect()
c7 = gc.get_count()
print(c0, c1, c2, c3, c4, c5, c6, c7)


def generations(o):
    return [any(x is o for x in gc.get_objects(generation=g)) for g in range(3)]


class Node:
    pass


a = [Node() for _ in range(5)]
print(generations(a))
gc.collect(0)
print(generations(a), generations(a[0]))
gc.collect(1)
print(generations(a), generations(a[0]))
b = []
print(generations(b))
gc.collect(0)
print(generations(b))
gc.collect()
print(generations(a), generations(b))
c = {}
c['x'] = []
print(generations(c))
gc.collect(0)
gc.collect(0)
print(generations(c))
gc.collect(1)
print(generations(c))
young = gc.get_objects(generation=0)
print(any(x is a for x in young), any(x is keep for x in young))
