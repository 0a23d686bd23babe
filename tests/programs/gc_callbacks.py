# gc.callbacks: called with "start" and "stop" and an info dict around collections.
import gc

gc.disable()
gc.collect()
events = []


def record(phase, info):
    events.append((phase, info["generation"], info["collected"], info["uncollectable"]))


gc.callbacks.append(record)


class Node:
    pass


n = Node()
n.me = n
del n
print(gc.collect())
print(events)
events.clear()

gc.collect(0)
gc.collect(1)
print(events)
events.clear()


def show(phase, info):
    print(phase, list(info))


gc.callbacks.append(show)
gc.collect()
gc.callbacks.remove(show)


def failing(phase, info):
    raise ValueError("callback failed in " + phase)


gc.callbacks.insert(0, failing)
gc.collect()
print(len(events))
gc.callbacks.remove(failing)
events.clear()


def nested(phase, info):
    # A collection asked for while one runs does nothing.
    print(phase, "nested collect:", gc.collect())


gc.callbacks.append(nested)
gc.collect()
gc.callbacks.remove(nested)

# Automatic collections call them too.
events.clear()
gc.enable()
junk = [[] for _ in range(5000)]
del junk
gc.disable()
auto = [e for e in events if e[0] == "start"]
print("automatic collections seen:", len(auto) > 0, all(e[1] in (0, 1, 2) for e in auto))
print("paired:", len(events) == 2 * len(auto))
gc.callbacks.remove(record)

# The collector keeps its own list: rebinding gc.callbacks does not change it.
gc.callbacks.append(show)
saved = gc.callbacks
gc.callbacks = []
gc.collect()
gc.callbacks = saved
gc.callbacks.clear()
gc.collect()
print("done")
gc.enable()
