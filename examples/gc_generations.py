# Generations and thresholds. The cycle collector only looks at container objects
# (lists, dicts, instances, ...: what can refer to other objects). New containers
# start in generation 0; each container allocated adds one to generation 0's count
# (each one freed takes one off). When the count passes the threshold (700 by
# default) generation 0 is collected, and its survivors move to generation 1. Every
# 10 collections of generation 0, generation 1 is collected too, and so on: objects
# that have survived are looked at less and less often.
#
# Run: minipy examples/gc_generations.py
import gc


def in_generation(obj):
    for g in range(3):
        if any(o is obj for o in gc.get_objects(g)):
            return g
    return None


def collections():
    return [s["collections"] for s in gc.get_stats()]


# 1. The default thresholds, and which objects the collector follows.
print("== thresholds and tracked objects")
print("gc.get_threshold():", gc.get_threshold())
print("tracked: list", gc.is_tracked([]), "| int", gc.is_tracked(42),
      "| str", gc.is_tracked("text"), "| float", gc.is_tracked(1.5))

# 2. get_count() follows allocations of containers. Everything below runs with
#    automatic collection off, so the counts only move when we allocate.
gc.disable()
gc.collect()
print()
print("== gc.get_count() follows container allocations")
start = gc.get_count()[0]
keep = []
for i in range(10):
    keep.append([i])  # ten new lists
print("keep and 10 lists in it: +", gc.get_count()[0] - start)
start = gc.get_count()[0]
numbers = [n * 1000 for n in range(10)]  # one list; the ints are not tracked
print("one list of 10 ints:     +", gc.get_count()[0] - start)
start = gc.get_count()[0]
del keep[:5]
print("after freeing 5 lists:   ", gc.get_count()[0] - start)

# 3. A full collection empties the counts and moves every survivor to the oldest
#    generation.
box = ["survivor"]
print()
print("== survivors move to older generations")
print("a new list is in generation", in_generation(box))
gc.collect(0)
print("after gc.collect(0):      generation", in_generation(box))
gc.collect(1)
print("after gc.collect(1):      generation", in_generation(box))
gc.collect()
print("after gc.collect():       generation", in_generation(box), "| counts", gc.get_count())

# 4. Collections started by allocation. With a threshold of 100 for generation 0
#    (and 3 for the older ones), allocating 1,000 containers starts a collection of
#    generation 0 about every 100 of them, and one of generation 1 every 3 of those.
print()
print("== collections triggered by allocation counts")
gc.set_threshold(100, 3, 3)
print("gc.set_threshold(100, 3, 3) ->", gc.get_threshold())
gc.enable()
before = collections()
objects = []
for i in range(1000):
    objects.append([i])
after = collections()
print("collections per generation while allocating 1,000 lists:",
      [a - b for a, b in zip(after, before)])
# get_count() now: containers allocated since the last collection, collections of
# generation 0 since the last of generation 1, and of 1 since the last of 2.
print("gc.get_count():", gc.get_count())
# The first list has been through the collections of generations 0 and 1; the last
# one was allocated after the last collection.
print("first list in generation", in_generation(objects[0]),
      "| last list in generation", in_generation(objects[-1]))

# 5. get_stats(): per generation, the collections so far, the objects they freed
#    and the objects they could not free.
print()
print("== gc.get_stats()")
print("keys:", sorted(gc.get_stats()[0]))
print("three generations:", len(gc.get_stats()))

gc.set_threshold(700, 10, 10)
