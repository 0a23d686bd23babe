"""A cooperative task scheduler using generators and a heap of wake-up times."""
import heapq
import itertools
from dataclasses import dataclass, field
from typing import Any, Generator


@dataclass(order=True)
class Scheduled:
    when: float
    priority: int
    seq: int
    task: Any = field(compare=False)


class Sleep:
    def __init__(self, delay):
        self.delay = delay


class Scheduler:
    def __init__(self):
        self.clock = 0.0
        self.queue = []
        self.counter = itertools.count()
        self.log = []
        self.results = {}

    def spawn(self, name, gen, priority=5, at=0.0):
        heapq.heappush(self.queue, Scheduled(at, priority, next(self.counter), (name, gen)))

    def run(self, until=100.0):
        while self.queue:
            item = heapq.heappop(self.queue)
            if item.when > until:
                heapq.heappush(self.queue, item)
                break
            self.clock = item.when
            name, gen = item.task
            try:
                request = next(gen)
            except StopIteration as stop:
                self.results[name] = stop.value
                self.log.append(f"[{self.clock:6.2f}] {name} finished -> {stop.value!r}")
                continue
            except Exception as exc:
                self.log.append(f"[{self.clock:6.2f}] {name} crashed: {exc!r}")
                continue
            if isinstance(request, Sleep):
                delay = request.delay
            elif request is None:
                delay = 0.0
            else:
                self.log.append(f"[{self.clock:6.2f}] {name} yielded bad request {request!r}")
                gen.close()
                continue
            heapq.heappush(self.queue, Scheduled(self.clock + delay, item.priority, next(self.counter), (name, gen)))
        return len(self.queue)


def worker(name, steps, delay) -> Generator[Sleep, None, int]:
    total = 0
    for i in range(steps):
        total += i * i
        yield Sleep(delay)
    return total


def ticker(n):
    for i in range(n):
        yield Sleep(1.5)
    return f"ticked {n}"


def flaky():
    yield Sleep(0.5)
    yield None
    raise RuntimeError("disk full")


def bad():
    yield 42


def forever():
    try:
        while True:
            yield Sleep(10)
    finally:
        print("forever: cleanup")


sched = Scheduler()
sched.spawn("w1", worker("w1", 4, 1.0), priority=2)
sched.spawn("w2", worker("w2", 3, 2.5), priority=1)
sched.spawn("tick", ticker(3), at=0.25)
sched.spawn("flaky", flaky(), priority=9)
sched.spawn("bad", bad())
sched.spawn("forever", forever(), priority=0)
left = sched.run(until=25)
print("\n".join(sched.log))
print("still queued:", left, [s.task[0] for s in sched.queue])
print("results:", sorted(sched.results.items()))
a = Scheduled(1.0, 1, 0, "x")
b = Scheduled(1.0, 1, 1, "y")
print(a < b, a == Scheduled(1.0, 1, 0, "zzz"), repr(a))
sched.queue.clear()
print("done at", sched.clock)
