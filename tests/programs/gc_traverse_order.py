# The collector meets objects in CPython's traversal order (lists and tuples last item
# first, str-keyed dicts by value, other dicts value then key, instances' attributes
# before their class), which decides gc.get_referents' order and the order __del__
# methods of garbage run in.
import gc


class R:
    def __init__(self, n):
        self.n = n

    def __del__(self):
        print("del", self.n)


class K:
    pass


k = K()
k.a = 1
k.b = "s"
print(gc.get_referents([1, "a", 2.5]), gc.get_referents((1, "a", 2.5)))
print(gc.get_referents({"x": 1, "y": [2]}), gc.get_referents({(1,): "v", 2: "w"}))
print([type(r).__name__ for r in gc.get_referents(k)])


class Slotted:
    __slots__ = ("p", "q")


s = Slotted()
s.p, s.q = "P", "Q"
print([r if isinstance(r, str) else type(r).__name__ for r in gc.get_referents(s)])


def make_garbage():
    ns = {}
    ns["a"] = R("a")
    ns["c"] = [R("in-list1"), R("in-list2")]
    ns["t"] = (R("in-tuple1"), R("in-tuple2"))
    ns["d"] = {"k": R("in-dict")}
    ns["z"] = R("z")
    ns["self"] = ns
    return ns


make_garbage()
print("collected", gc.collect())
ns = make_garbage()
gc.collect()  # survives, and the collector reorders what it traversed
print("--- now garbage")
del ns
print("collected", gc.collect())

print("end")
