# Reference cycles: objects that refer to each other keep each other's count above
# zero, so reference counting alone never frees them, even when nothing else can
# reach them. The cycle collector finds such groups and frees them; gc.collect() runs
# it now and returns how many unreachable objects it found.
#
# Weak references do not count: a weakref callback runs when its object is freed,
# which makes it proof that the object really went.
#
# Run: minipy examples/cycles_and_gc.py
import gc
import weakref

# Start from a clean slate, and keep automatic collection out of the way so that
# every collection below is the one we ask for.
gc.collect()
gc.disable()


class Node:
    def __init__(self, name):
        self.name = name
        self.partner = None


def freed(ref):
    print("  weakref callback: a node was freed")


# 1. Without a cycle, del frees at once (reference counting).
print("== no cycle: freed by reference counting")
lone = Node("lone")
watch = weakref.ref(lone, freed)
print("del lone")
del lone
print("still reachable through the weakref?", watch() is not None)

# 2. A cycle survives del: a and b keep each other alive.
print()
print("== a cycle survives del")
a = Node("a")
b = Node("b")
a.partner = b
b.partner = a
watch_a = weakref.ref(a, freed)
watch_b = weakref.ref(b, freed)
del a, b
print("after del a, b: a is", "alive" if watch_a() is not None else "freed")
print("a still reaches b:", watch_a().partner.name)
print("gc.collect() ...")
found = gc.collect()
print("gc.collect() found", found, "unreachable objects (the two nodes)")
print("a is", "alive" if watch_a() is not None else "freed")

# 3. An object referring to itself is a cycle of one.
print()
print("== self-references")
me = []
me.append(me)
print("a list holding itself, refcount > 0 after del; gc.collect() ...")
del me
print("found", gc.collect(), "unreachable object")


# 4. __del__ on objects in a cycle runs once, when the collector frees them.
class Closing:
    def __init__(self, name):
        self.name = name
        self.loop = self

    def __del__(self):
        print(f"  __del__ of {self.name}")


print()
print("== finalizers in a cycle")
c = Closing("c")
del c
print("del c: __del__ has not run, the cycle keeps c alive")
print("gc.collect() ...")
print("found", gc.collect())

# 5. Cycles are found however long they are.
print()
print("== a ring of 1,000 nodes")
first = Node(0)
node = first
for i in range(1, 1000):
    node.partner = Node(i)
    node = node.partner
node.partner = first
watch_ring = weakref.ref(first, freed)
del first, node
print("gc.collect() ...")
# One object per node: an instance keeps its attributes inline until its __dict__
# is asked for.
print("found", gc.collect())
print("ring freed:", watch_ring() is None)

# 6. Remedy without the collector: break the cycle before dropping it.
print()
print("== breaking a cycle by hand")
a = Node("a")
b = Node("b")
a.partner = b
b.partner = a
watch_a = weakref.ref(a, freed)
print("a.partner = None, then del a, b")
a.partner = None
del a, b
print("gc.collect() found", gc.collect())

gc.enable()
