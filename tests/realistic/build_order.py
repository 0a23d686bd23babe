"""A build tool: order targets with graphlib, run them in parallel-ready batches."""
import graphlib

TARGETS = {
    "app": ["libcore", "libui", "assets"],
    "libui": ["libcore", "fonts"],
    "libcore": ["config", "logging"],
    "logging": ["config"],
    "tests": ["app", "fixtures"],
    "docs": ["libcore", "libui"],
    "assets": ["fonts", "images"],
    "fonts": [],
    "images": [],
    "config": [],
    "fixtures": ["config"],
}
COST = {"app": 5, "libui": 3, "libcore": 4, "logging": 1, "tests": 6, "docs": 2,
        "assets": 2, "fonts": 1, "images": 2, "config": 1, "fixtures": 1}


def batches(graph):
    ts = graphlib.TopologicalSorter(graph)
    ts.prepare()
    rounds = []
    while ts.is_active():
        ready = sorted(ts.get_ready())
        rounds.append(ready)
        ts.done(*ready)
    return rounds


def critical_path(graph):
    finish = {}
    for node in graphlib.TopologicalSorter(graph).static_order():
        finish[node] = COST[node] + max((finish[d] for d in graph.get(node, [])), default=0)
    end = max(finish, key=lambda n: (finish[n], n))
    path = [end]
    while graph.get(path[-1]):
        path.append(max(graph[path[-1]], key=lambda n: (finish[n], n)))
    return finish[end], path[::-1]


def needed_for(graph, target, seen=None):
    seen = set() if seen is None else seen
    for dep in graph.get(target, []):
        if dep not in seen:
            seen.add(dep)
            needed_for(graph, dep, seen)
    return seen


for i, batch in enumerate(batches(TARGETS), 1):
    print(f"round {i}: {', '.join(batch)} (time {max(COST[t] for t in batch)})")
total, path = critical_path(TARGETS)
print("critical path:", " -> ".join(path), "=", total)
print("sequential time:", sum(COST.values()))
print("docs needs:", sorted(needed_for(TARGETS, "docs")))
order = list(graphlib.TopologicalSorter({"b": ["a"], "c": ["b"], "d": ["c"]}).static_order())
print("chain:", order)

ts = graphlib.TopologicalSorter()
ts.add("deploy", "build", "test")
ts.add("test", "build")
ts.add("build", "fetch")
print(list(ts.static_order()))

cyclic = dict(TARGETS)
cyclic["config"] = ["app"]
try:
    list(graphlib.TopologicalSorter(cyclic).static_order())
except graphlib.CycleError as e:
    msg, cycle = e.args
    print("CycleError:", msg, "length", len(cycle), cycle[0] == cycle[-1])

ts = graphlib.TopologicalSorter({"x": ["y"]})
try:
    ts.get_ready()
except ValueError as e:
    print("ValueError:", e)
ts.prepare()
print(ts.get_ready())
try:
    ts.done("x")
except ValueError as e:
    print("ValueError:", e)
ts.done("y")
print(ts.get_ready(), ts.is_active(), bool(ts))
try:
    ts.add("z")
except ValueError as e:
    print("ValueError:", e)
