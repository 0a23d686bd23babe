"""Priority-queue based task scheduler simulation using heapq."""
import heapq
import itertools
from dataclasses import dataclass, field
from typing import Callable, List, Optional


@dataclass(order=True)
class Task:
    priority: int
    seq: int
    name: str = field(compare=False)
    duration: int = field(compare=False, default=1)
    deps: tuple = field(compare=False, default=())
    action: Optional[Callable] = field(compare=False, default=None, repr=False)


class Scheduler:
    REMOVED = "<removed>"

    def __init__(self):
        self._heap: List[list] = []
        self._entries = {}
        self._counter = itertools.count()
        self.clock = 0
        self.done = []
        self.log = []

    def add(self, name, priority=5, duration=1, deps=(), action=None):
        if name in self._entries:
            self.remove(name)
        count = next(self._counter)
        task = Task(priority, count, name, duration, tuple(deps), action)
        entry = [priority, count, task]
        self._entries[name] = entry
        heapq.heappush(self._heap, entry)

    def remove(self, name):
        entry = self._entries.pop(name)
        entry[-1] = self.REMOVED

    def reprioritize(self, name, priority):
        t = self._entries[name][-1]
        self.add(name, priority, t.duration, t.deps, t.action)

    def _pop_ready(self):
        deferred = []
        found = None
        while self._heap:
            entry = heapq.heappop(self._heap)
            task = entry[-1]
            if task is self.REMOVED:
                continue
            if all(d in self.done for d in task.deps):
                found = task
                del self._entries[task.name]
                break
            deferred.append(entry)
        for e in deferred:
            heapq.heappush(self._heap, e)
        return found

    def run(self):
        while True:
            task = self._pop_ready()
            if task is None:
                break
            start = self.clock
            self.clock += task.duration
            result = task.action(task) if task.action else None
            self.done.append(task.name)
            self.log.append((start, self.clock, task.name, task.priority, result))
        blocked = sorted(e[-1].name for e in self._heap if e[-1] is not self.REMOVED)
        return blocked


def spawn_followup(task):
    return f"{task.name} ok"


s = Scheduler()
s.add("compile", priority=2, duration=3)
s.add("fetch-deps", priority=1, duration=2)
s.add("test", priority=3, duration=4, deps=["compile"], action=spawn_followup)
s.add("lint", priority=4, duration=1)
s.add("package", priority=1, duration=2, deps=["test", "lint"])
s.add("deploy", priority=0, duration=1, deps=["package", "approve"])
s.add("docs", priority=6, duration=2, action=lambda t: len(t.name))
s.add("cleanup", priority=9)
s.remove("cleanup")
s.reprioritize("lint", 0)

blocked = s.run()
print(f"{'start':>5} {'end':>4}  {'task':<12}{'prio':>4}  result")
for start, end, name, prio, result in s.log:
    print(f"{start:>5} {end:>4}  {name:<12}{prio:>4}  {result!r}")
print("order:", " -> ".join(s.done))
print("blocked:", blocked)
print("makespan:", s.clock)

# heapq utilities
data = [(5, "e"), (1, "a"), (4, "d"), (2, "b"), (3, "c"), (1, "z")]
print(heapq.nsmallest(3, data), heapq.nlargest(2, data, key=lambda p: p[1]))
h = []
for x in [9, 3, 7, 1, 8]:
    heapq.heappush(h, x)
print(heapq.heappushpop(h, 0), heapq.heapreplace(h, 10), sorted(h), h[0])
heap = [7, 2, 9, 4, 1]
heapq.heapify(heap)
print([heapq.heappop(heap) for _ in range(len(heap))])
print(list(heapq.merge([1, 4, 7], [2, 5, 8], [0, 3, 6, 9])))
print(list(heapq.merge(["apple", "fig"], ["banana", "kiwi"], key=len)))


# Round-robin with time slices (process simulation)
def simulate(procs, quantum):
    ready = [(arrival, pid, burst) for pid, (arrival, burst) in procs.items()]
    heapq.heapify(ready)
    t, timeline, finish = 0, [], {}
    while ready:
        arrival, pid, remaining = heapq.heappop(ready)
        t = max(t, arrival)
        run = min(quantum, remaining)
        timeline.append(f"{pid}@{t}")
        t += run
        if remaining - run:
            heapq.heappush(ready, (t, pid, remaining - run))
        else:
            finish[pid] = t
    return timeline, finish


tl, fin = simulate({"P1": (0, 5), "P2": (1, 3), "P3": (2, 8), "P4": (10, 2)}, 2)
print(" ".join(tl))
for pid in sorted(fin):
    print(f"{pid}: finished at {fin[pid]}")
t1, t2 = Task(1, 0, "a"), Task(1, 1, "b")
print(t1 < t2, t1 == Task(1, 0, "zzz"), repr(t1))
