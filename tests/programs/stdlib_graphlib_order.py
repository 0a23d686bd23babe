import graphlib
from graphlib import TopologicalSorter, CycleError

print(graphlib.__all__, CycleError.__mro__[1].__name__)
graph = {"D": {"B", "C"}, "C": {"A"}, "B": {"A"}}
graph = {"D": ["B", "C"], "C": ["A"], "B": ["A"]}
print(list(TopologicalSorter(graph).static_order()))
print(list(TopologicalSorter({2: [11], 9: [11, 8, 10], 10: [11, 3], 11: [7, 5], 8: [7, 3]}).static_order()))

ts = TopologicalSorter()
ts.add(3, 2, 1)
ts.add(1, 0)
ts.add(2, 0, 0)
ts.add("x")
ts.prepare()
print(bool(ts), ts.is_active())
while ts:
    group = ts.get_ready()
    print("ready", group)
    for n in reversed(group):
        ts.done(n)
print(bool(ts), ts.get_ready())

# errors
ts = TopologicalSorter({1: [2]})
for call in [ts.get_ready, ts.is_active, lambda: ts.done(1)]:
    try:
        call()
    except ValueError as e:
        print("ValueError", e)
ts.prepare()
for call in [ts.prepare, lambda: ts.add(5), lambda: ts.done(9), lambda: ts.done(1)]:
    try:
        call()
    except ValueError as e:
        print("ValueError", e)
print(ts.get_ready())
ts.done(2)
try:
    ts.done(2)
except ValueError as e:
    print("ValueError", e)
print(ts.get_ready(), ts.get_ready())

# cycles
for g in [{1: [2], 2: [1]}, {1: [1]}, {"a": ["b"], "b": ["c"], "c": ["a"], "d": ["a"]},
          {0: [1], 1: [2], 2: [3], 3: [1], 4: []}, {5: [6], 6: [7], 7: [5, 8], 8: [6]}]:
    ts = TopologicalSorter(g)
    try:
        ts.prepare()
    except CycleError as e:
        print("CycleError", e.args, str(e) == str(e.args))
    print("still ready:", ts.get_ready())
try:
    list(TopologicalSorter({1: [2], 2: [3], 3: [1]}).static_order())
except CycleError as e:
    print(e.args[1])

# pseudo-random graphs, including repeated edges
state = 12345


def rnd(n):
    global state
    state = (state * 1103515245 + 12345) % 2147483648
    return state % n


for trial in range(30):
    n = 3 + rnd(12)
    ts = TopologicalSorter()
    edges = []
    for i in range(n):
        preds = [rnd(i) for _ in range(rnd(4))] if i else []
        node = n - 1 - i if trial % 2 else i
        ts.add(node, *[n - 1 - p if trial % 2 else p for p in preds])
    if trial % 3 == 0:
        print(list(ts.static_order()))
    else:
        ts.prepare()
        order = []
        while ts.is_active():
            ready = ts.get_ready()
            order.append(ready)
            ts.done(*sorted(ready, reverse=trial % 2 == 0))
        print(order)

# cyclic pseudo-random graphs
for trial in range(15):
    n = 2 + rnd(8)
    g = {}
    for i in range(n):
        g[rnd(n)] = [rnd(n) for _ in range(1 + rnd(3))]
    try:
        print(list(TopologicalSorter(g).static_order()))
    except CycleError as e:
        print("cycle", e.args[1])

