# A collection stops tracking what cannot be part of a cycle, as CPython does:
# tuples of atomic items in any collection (nested ones in the same pass), dicts
# that became atomic again in a full collection. A store of a container tracks a
# dict again; an untracked tuple counts as atomic for the dict holding it.
import gc

gc.collect()
t = (1, 2)
print("constant tuple", gc.is_tracked(t))
x = 5
u = (x, "a", None, 2.5)
print("new tuple", gc.is_tracked(u))
nested = ((x, 1), (x, (x, 2)))
v = ([],)
gc.collect()
print("after collect", gc.is_tracked(u), gc.is_tracked(nested), gc.is_tracked(v))

d = {}
print("empty dict", gc.is_tracked(d))
d["a"] = []
print("holding a list", gc.is_tracked(d))
d["a"] = 1
print("atomic again", gc.is_tracked(d))
gc.collect(0)
print("after a young collection", gc.is_tracked(d))
gc.collect()
print("after a full collection", gc.is_tracked(d))
d["t"] = u
print("holding an untracked tuple", gc.is_tracked(d))
d["l"] = [d]
print("holding a list again", gc.is_tracked(d))


def cycles():
    # Untracked containers made cyclic again are still found.
    a = {"n": 1}
    b = (x, "b")
    gc.collect()
    print("untracked", gc.is_tracked(a), gc.is_tracked(b))
    a["self"] = a
    lst = [b, a]
    a["l"] = lst
    print("tracked again", gc.is_tracked(a))


cycles()
print("collected", gc.collect())
print("then", gc.collect())
