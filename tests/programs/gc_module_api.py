# The gc module's controls and figures that CPython 3.11 reports identically.
import gc

print(gc.DEBUG_STATS, gc.DEBUG_COLLECTABLE, gc.DEBUG_UNCOLLECTABLE,
      gc.DEBUG_SAVEALL, gc.DEBUG_LEAK)
print(gc.get_threshold())
gc.set_threshold(500, 5)
print(gc.get_threshold())
gc.set_threshold(700, 10, 10)
print(gc.get_threshold())

gc.disable()
print(gc.isenabled())
gc.enable()
print(gc.isenabled())
gc.disable()

gc.set_debug(gc.DEBUG_SAVEALL | gc.DEBUG_UNCOLLECTABLE)
print(gc.get_debug())
gc.set_debug(0)
print(gc.get_debug())

for bad in (-1, 3):
    try:
        gc.collect(bad)
    except ValueError as e:
        print("ValueError:", e)
for bad in (3, -2):
    try:
        gc.get_objects(bad)
    except ValueError as e:
        print("ValueError:", e)

gc.collect()


class Node:
    pass


# Counting the unreachable objects of cycles built on purpose.
a = Node()
b = Node()
a.other = b
b.other = a
del a, b
print("two nodes:", gc.collect())

ring = [Node() for _ in range(5)]
for i, n in enumerate(ring):
    n.next = ring[(i + 1) % 5]
del ring, n
print("ring of five:", gc.collect())

lst = []
lst.append(lst)
del lst
print("self-referencing list:", gc.collect())
print("nothing left:", gc.collect())

# Young cycles are found by a collection of generation 0.
c = Node()
c.me = c
del c
print("generation 0:", gc.collect(0))
print("keyword:", gc.collect(generation=2))

# get_stats: one dict per generation with the same keys.
stats = gc.get_stats()
print(len(stats), [sorted(s) for s in stats])
before = gc.get_stats()[2]["collections"]
gc.collect()
print("full collections counted:", gc.get_stats()[2]["collections"] > before)

# is_tracked: containers are, atoms are not.
print(gc.is_tracked(1), gc.is_tracked("text"), gc.is_tracked(1.5), gc.is_tracked(None))
print(gc.is_tracked([]), gc.is_tracked(Node()), gc.is_tracked(Node), gc.is_tracked(set()))

# get_objects / get_referrers / get_referents.
marker = Node()
print(any(o is marker for o in gc.get_objects()))
print(any(o is marker for o in gc.get_objects(None)))
holder = [marker]
print(any(r is holder for r in gc.get_referrers(marker)))
print(any(r is marker for r in gc.get_referents(holder)))
print(gc.get_referents(1, "x"))
pair = ([1], [2])
print(all(any(r is part for r in gc.get_referents(pair)) for part in pair))
print(all(len(gc.get_objects(g)) >= 0 for g in range(3)))
print(len(gc.get_objects()) >= len(gc.get_objects(0)))
count = gc.get_count()
print(type(count).__name__, len(count), all(isinstance(c, int) and c >= 0 for c in count))
gc.enable()
