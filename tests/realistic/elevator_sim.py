"""Discrete-event simulation of two elevators serving seeded random passenger requests."""
import heapq
import random
import statistics
from dataclasses import dataclass, field
from enum import IntEnum
from itertools import count


class Dir(IntEnum):
    DOWN = -1
    IDLE = 0
    UP = 1


@dataclass
class Passenger:
    pid: int
    origin: int
    dest: int
    t_request: float
    t_board: float = None
    t_arrive: float = None


@dataclass
class Elevator:
    name: str
    floor: int = 0
    direction: Dir = Dir.IDLE
    riders: list = field(default_factory=list)
    stops: set = field(default_factory=set)
    moved: int = 0

    def __str__(self):
        return f"{self.name}@{self.floor}{'^v-'[[Dir.UP, Dir.DOWN, Dir.IDLE].index(self.direction)]}[{len(self.riders)}]"


class Building:
    FLOORS = 8
    TRAVEL = 1.5
    DWELL = 2.0

    def __init__(self, seed):
        self.rng = random.Random(seed)
        self.now = 0.0
        self.events = []
        self.seq = count()
        self.waiting = {f: [] for f in range(self.FLOORS)}
        self.cars = [Elevator("A"), Elevator("B", floor=self.FLOORS - 1)]
        self.done = []

    def schedule(self, delay, kind, payload=None):
        heapq.heappush(self.events, (self.now + delay, next(self.seq), kind, payload))

    def request(self, p):
        self.waiting[p.origin].append(p)
        car = min(self.cars, key=lambda c: (abs(c.floor - p.origin) + 3 * len(c.stops), c.name))
        car.stops.add(p.origin)
        if car.direction is Dir.IDLE:
            self.schedule(0, "step", car)

    def step(self, car):
        here = car.floor
        if here in car.stops:
            car.stops.discard(here)
            leaving = [r for r in car.riders if r.dest == here]
            for r in leaving:
                r.t_arrive = self.now
                car.riders.remove(r)
                self.done.append(r)
            for p in self.waiting[here]:
                p.t_board = self.now
                car.riders.append(p)
                car.stops.add(p.dest)
            self.waiting[here] = []
            self.schedule(self.DWELL, "step", car)
            return
        if not car.stops:
            car.direction = Dir.IDLE
            return
        above = any(s > here for s in car.stops)
        below = any(s < here for s in car.stops)
        if car.direction is Dir.UP and not above or car.direction is Dir.DOWN and not below or car.direction is Dir.IDLE:
            car.direction = Dir.UP if above else Dir.DOWN
        car.floor += car.direction
        car.moved += 1
        self.schedule(self.TRAVEL, "step", car)

    def run(self, n_passengers):
        t = 0.0
        for pid in range(n_passengers):
            t += self.rng.expovariate(1 / 4.0)
            origin = self.rng.choice([0, 0, 0] + list(range(1, self.FLOORS)))
            dest = self.rng.choice([f for f in range(self.FLOORS) if f != origin])
            heapq.heappush(self.events, (round(t, 3), next(self.seq), "arrive", Passenger(pid, origin, dest, round(t, 3))))
        trace = 0
        while self.events:
            self.now, _, kind, payload = heapq.heappop(self.events)
            if kind == "arrive":
                self.request(payload)
                if trace < 6:
                    print(f"t={self.now:7.3f} P{payload.pid} {payload.origin}->{payload.dest}  " + " ".join(map(str, self.cars)))
                    trace += 1
            else:
                self.step(payload)
        return self.done


b = Building(seed=31337)
done = b.run(40)
waits = [p.t_board - p.t_request for p in done]
rides = [p.t_arrive - p.t_board for p in done]
print(f"served {len(done)} passengers by t={b.now:.1f}")
print(f"wait: mean {statistics.mean(waits):.2f} median {statistics.median(waits):.2f} max {max(waits):.2f} stdev {statistics.stdev(waits):.2f}")
print(f"ride: mean {statistics.mean(rides):.2f} quartiles {[round(q, 2) for q in statistics.quantiles(rides, n=4)]}")
for car in b.cars:
    print(f"car {car.name}: moved {car.moved} floors, ends at {car.floor}, {car.direction!r}")
worst = sorted(done, key=lambda p: (p.t_board - p.t_request, p.pid), reverse=True)[:3]
for p in worst:
    print(f"  P{p.pid:02d} {p.origin}->{p.dest} waited {p.t_board - p.t_request:.3f}")
print(Dir.UP + Dir.DOWN, Dir(1).name, max(Dir), sorted(Dir, reverse=True))
