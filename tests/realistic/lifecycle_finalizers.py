"""Objects announce their own creation and destruction: a resource pool audit."""
import gc
import weakref


class Resource:
    live = 0

    def __init__(self, name):
        self.name = name
        Resource.live += 1
        print(f"  open   {name}")

    def __del__(self):
        Resource.live -= 1
        print(f"  close  {self.name}")

    def __repr__(self):
        return f"Resource({self.name!r})"


class Pool:
    def __init__(self, size):
        self.items = [Resource(f"conn{i}") for i in range(size)]
        self.listeners = []

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        print("  pool exiting, error:", exc[0].__name__ if exc[0] else None)
        self.items.clear()
        return False

    def take(self):
        return self.items.pop()


print("scope end frees objects at once:")
def work():
    r = Resource("temp")
    return len(r.name)
print("  returned", work(), "live", Resource.live)

print("rebinding a name:")
x = Resource("first")
x = Resource("second")
print("  live", Resource.live)
del x

print("with-block:")
with Pool(3) as pool:
    held = pool.take()
    print("  took", held)
print("  after with, live", Resource.live)
del held
print("  live", Resource.live)

print("exception keeps the frame alive until handled:")
def failing():
    r = Resource("in-failing-frame")
    raise RuntimeError("boom")
try:
    failing()
except RuntimeError as e:
    print("  caught", e)
print("  after except block, live", Resource.live)

print("reference cycles need the collector:")
gc.disable()
a, b = Resource("cycle-a"), Resource("cycle-b")
a.other, b.other = b, a
del a, b
print("  after del, live", Resource.live)
found = gc.collect()
print("  collected something:", found > 0, "live", Resource.live)
gc.enable()

print("weak references do not keep objects alive:")
cache = weakref.WeakValueDictionary()
r1 = Resource("cached")
cache["k"] = r1
print("  in cache:", cache.get("k"))
del r1
print("  after del:", cache.get("k"), len(cache))
ref = weakref.ref(Resource("ephemeral"), lambda w: print("  callback fired, dead:", w() is None))
print("  ref dead:", ref() is None)

fin_log = []
obj = Resource("finalized")
f = weakref.finalize(obj, fin_log.append, "finalizer ran")
print("  alive:", f.alive)
del obj
print("  ", fin_log, f.alive)

print("containers drop their items in order:")
batch = [Resource(f"item{i}") for i in range(3)]
batch = None
d = {"x": Resource("dict-value")}
d.pop("x")
print("  popped and discarded")
t = (Resource("tuple-elem"),)
t = ()
gen = (Resource(f"gen{i}") for i in range(5))
first = next(gen)
del gen
print("  generator closed, first still", first)
del first
print("end of script, live", Resource.live)
last = Resource("module-global")
