# DEBUG_SAVEALL: unreachable objects go to gc.garbage instead of being freed.
import gc

gc.disable()
gc.collect()
gc.set_debug(gc.DEBUG_SAVEALL)


class Node:
    pass


lst = []
lst.append(lst)
d = {}
d["self"] = d
n = Node()
n.me = n
del lst, d, n
print(gc.collect())
print(sorted(type(o).__name__ for o in gc.garbage))
kinds = {type(o).__name__: o for o in gc.garbage}
print(kinds["list"][0] is kinds["list"], kinds["dict"]["self"] is kinds["dict"])
print(kinds["Node"].me is kinds["Node"])
del kinds
gc.set_debug(0)
print(gc.get_debug())
gc.garbage.clear()
# Without SAVEALL they are freed.
print(gc.collect())
print(gc.garbage)
x = []
x.append(x)
del x
print(gc.collect(), gc.garbage)
gc.enable()
