# Automatic collections follow CPython's schedule: generation 0 when its count passes
# its threshold, generation 1 when its count (collections of generation 0) passes its
# own, and the full collection only once the objects that entered the oldest
# generation since its last collection exceed a quarter of its size then.
import gc

gc.disable()
gc.set_threshold(1000, 5, 1)
print(gc.get_threshold())

# A large old generation: the full collection waits for a quarter of it (~50,000).
base = [[i] for i in range(200_000)]
gc.collect()
print("after collect():", gc.get_count()[1:])

generations = []


def record(phase, info):
    if phase == "stop":
        generations.append(info["generation"])


before = [s["collections"] for s in gc.get_stats()]
gc.callbacks.append(record)
keep = []
gc.enable()
for i in range(80_000):
    keep.append([i])
gc.disable()
gc.callbacks.remove(record)
after = [s["collections"] for s in gc.get_stats()]

older = [g for g in generations if g > 0]
print("stats agree with callbacks:",
      [a - b for a, b in zip(after, before)] == [generations.count(g) for g in range(3)])
print("generation 1 collections before the full one:", older.index(2))
print("full collections:", older.count(2))
print("generation 0 collections between older ones:",
      max(len(run) for run in "".join(map(str, generations)).replace("2", "1").split("1")[:-1]))

# Collecting generation 1 counts one collection for generation 2 and resets 0 and 1.
gc.collect(1)
c = gc.get_count()
print("after collect(1):", c[0], c[1], c[2] >= 1)
gc.collect()
print("after collect():", gc.get_count()[1:])
