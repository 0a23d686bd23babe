# gc.freeze: everything tracked moves to a permanent generation that collections skip.
import gc

gc.disable()
gc.collect()
print(gc.get_freeze_count())


class Node:
    pass


n = Node()
n.me = n
gc.freeze()
frozen = gc.get_freeze_count()
print(frozen > 0)
# Freezing resets the young generation's count.
print(gc.get_count()[0] < 10)
print(gc.is_tracked(n))
print(any(o is n for o in gc.get_objects()))
del n
# The frozen cycle is not examined.
print(gc.collect())
gc.unfreeze()
print(gc.get_freeze_count())
# Back in the oldest generation, it is found.
print(gc.collect())

m = Node()
m.me = m
gc.freeze()
gc.freeze()
print(gc.get_freeze_count() >= 1)
gc.unfreeze()
print(any(o is m for o in gc.get_objects(2)))
del m
print(gc.collect())
gc.enable()
