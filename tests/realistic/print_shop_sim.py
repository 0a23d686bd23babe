"""Discrete-event simulation of a print shop: jobs arrive, queue by priority, printers serve."""
import heapq
import itertools
import random
import statistics
from dataclasses import dataclass, field
from enum import IntEnum


class Priority(IntEnum):
    URGENT = 0
    NORMAL = 1
    BULK = 2


@dataclass(order=True)
class Job:
    priority: Priority
    arrival: float
    job_id: int
    pages: int = field(compare=False)
    started: float = field(default=None, compare=False)
    finished: float = field(default=None, compare=False)

    @property
    def wait(self):
        return self.started - self.arrival


@dataclass
class Printer:
    name: str
    pages_per_minute: float
    busy_until: float = 0.0
    printed: int = 0
    jobs: int = 0


class Simulation:
    def __init__(self, seed, printers, horizon=240.0):
        self.rng = random.Random(seed)
        self.printers = printers
        self.horizon = horizon
        self.clock = 0.0
        self.events = []
        self.counter = itertools.count()
        self.queue = []
        self.done = []
        self.log = []

    def schedule(self, time, kind, payload=None):
        heapq.heappush(self.events, (time, next(self.counter), kind, payload))

    def arrivals(self):
        t, ids = 0.0, itertools.count(1)
        while True:
            t += self.rng.expovariate(1 / 4.0)
            if t > self.horizon:
                return
            pr = self.rng.choices(list(Priority), weights=[1, 6, 3])[0]
            pages = max(1, int(self.rng.lognormvariate(2.5, 0.8)))
            self.schedule(t, "arrive", Job(pr, t, next(ids), pages))

    def free_printer(self):
        idle = [p for p in self.printers if p.busy_until <= self.clock]
        return min(idle, key=lambda p: (-p.pages_per_minute, p.name)) if idle else None

    def dispatch(self):
        while self.queue and (printer := self.free_printer()):
            job = heapq.heappop(self.queue)
            job.started = self.clock
            duration = job.pages / printer.pages_per_minute + 0.5
            printer.busy_until = self.clock + duration
            printer.printed += job.pages
            printer.jobs += 1
            self.schedule(printer.busy_until, "finish", (printer, job))

    def run(self):
        self.arrivals()
        while self.events:
            self.clock, _, kind, payload = heapq.heappop(self.events)
            if kind == "arrive":
                heapq.heappush(self.queue, payload)
                if payload.priority is Priority.URGENT:
                    self.log.append(f"{self.clock:7.2f} urgent job #{payload.job_id} ({payload.pages}p), queue {len(self.queue)}")
            else:
                printer, job = payload
                job.finished = self.clock
                self.done.append(job)
            self.dispatch()
        return self


sim = Simulation(seed=42, printers=[Printer("laser-a", 30), Printer("laser-b", 30), Printer("inkjet", 12)]).run()
print("\n".join(sim.log[:8]))
print(f"jobs done: {len(sim.done)}, last finished at {max(j.finished for j in sim.done):.2f} min")
for p in sim.printers:
    print(f"  {p.name:<8} {p.jobs:>3} jobs {p.printed:>5} pages  utilisation {p.printed / p.pages_per_minute / sim.clock:6.1%}")
for pr in Priority:
    waits = [j.wait for j in sim.done if j.priority == pr]
    if waits:
        print(f"  {pr.name:<6} n={len(waits):>3} mean wait {statistics.mean(waits):6.2f}  median {statistics.median(waits):6.2f}  max {max(waits):6.2f}")
longest = sorted(sim.done, key=lambda j: j.finished - j.arrival, reverse=True)[:3]
print("slowest turnaround:", [(j.job_id, j.priority.name, round(j.finished - j.arrival, 2)) for j in longest])
pages = [j.pages for j in sim.done]
print("pages: quartiles", statistics.quantiles(pages, n=4), "mode", statistics.mode(pages), "stdev %.3f" % statistics.stdev(pages))

results = {}
for n_lasers in (1, 2, 3):
    s = Simulation(seed=7, printers=[Printer(f"laser{i}", 30) for i in range(n_lasers)]).run()
    results[n_lasers] = statistics.fmean(j.wait for j in s.done)
print({k: round(v, 3) for k, v in results.items()})
