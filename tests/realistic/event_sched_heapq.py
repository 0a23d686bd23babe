"""A discrete-event simulation of a print shop: events on a heap, a state machine per job."""
import heapq
import itertools
import random
from enum import Enum, auto
from collections import deque, Counter, defaultdict


class State(Enum):
    QUEUED = auto()
    PRINTING = auto()
    JAMMED = auto()
    DONE = auto()

    def can_go(self, other):
        return other in TRANSITIONS[self]


TRANSITIONS = {
    State.QUEUED: {State.PRINTING},
    State.PRINTING: {State.DONE, State.JAMMED},
    State.JAMMED: {State.PRINTING},
    State.DONE: set(),
}


class Job:
    _ids = itertools.count(1)

    def __init__(self, pages, arrived):
        self.id = next(self._ids)
        self.pages = pages
        self.arrived = arrived
        self.state = State.QUEUED
        self.history = [(arrived, State.QUEUED)]

    def move(self, now, state):
        if not self.state.can_go(state):
            raise RuntimeError(f"job {self.id}: {self.state.name} -> {state.name} not allowed")
        self.state = state
        self.history.append((now, state))

    def __repr__(self):
        return f"Job#{self.id}({self.pages}p, {self.state.name.lower()})"


class Simulator:
    def __init__(self, seed, printers=2):
        self.rng = random.Random(seed)
        self.now = 0.0
        self.events = []
        self.seq = itertools.count()
        self.queue = deque()
        self.free = printers
        self.log = []
        self.stats = Counter()

    def schedule(self, delay, kind, job=None):
        heapq.heappush(self.events, (self.now + delay, next(self.seq), kind, job))

    def run(self, until):
        while self.events and self.events[0][0] <= until:
            self.now, _, kind, job = heapq.heappop(self.events)
            getattr(self, "on_" + kind)(job)
        return self

    def on_arrival(self, _):
        job = Job(self.rng.randint(1, 30), self.now)
        self.queue.append(job)
        self.stats["arrived"] += 1
        self.note(f"arrive {job}")
        self.schedule(self.rng.expovariate(1 / 4.0), "arrival")
        self.start_next()

    def start_next(self):
        while self.free and self.queue:
            job = self.queue.popleft()
            self.free -= 1
            job.move(self.now, State.PRINTING)
            self.schedule(job.pages * 0.3, "finish", job)

    def on_finish(self, job):
        if self.rng.random() < 0.15:
            job.move(self.now, State.JAMMED)
            self.stats["jams"] += 1
            self.note(f"jam    {job}")
            self.schedule(2.5, "unjam", job)
            return
        job.move(self.now, State.DONE)
        self.free += 1
        self.stats["done"] += 1
        self.stats["pages"] += job.pages
        self.note(f"done   {job} waited {job.history[1][0] - job.arrived:.2f}")
        self.start_next()

    def on_unjam(self, job):
        job.move(self.now, State.PRINTING)
        self.schedule(job.pages * 0.15, "finish", job)

    def note(self, text):
        self.log.append(f"{self.now:7.2f}  {text}")


sim = Simulator(seed=2024)
sim.schedule(0, "arrival")
sim.run(until=40)
print("\n".join(sim.log))
print(dict(sorted(sim.stats.items())))
print("still queued:", list(sim.queue))
pending = sorted((round(t, 2), kind) for t, _, kind, _ in sim.events)
print("pending:", pending)
try:
    Job(1, 0).move(0, State.DONE)
except RuntimeError as exc:
    print(exc)
per_state = defaultdict(int)
for t, _, kind, job in sim.events:
    if job:
        per_state[job.state] += 1
print({k.name: v for k, v in per_state.items()})
print(heapq.nsmallest(3, [5, 1, 8, 3, 9, 2]), heapq.nlargest(2, "heapq", key=ord))
print(list(heapq.merge([1, 4, 9], [2, 3, 10], [0])))
