"""Discrete-event simulation of a bank with several tellers (seeded RNG)."""
import heapq
import random
import statistics
from collections import deque, Counter
from dataclasses import dataclass, field
from enum import Enum


class EventKind(Enum):
    ARRIVAL = 0
    DEPARTURE = 1
    BREAK_START = 2
    BREAK_END = 3


@dataclass(order=True)
class Event:
    time: float
    seq: int
    kind: EventKind = field(compare=False)
    payload: object = field(compare=False, default=None)


@dataclass
class Customer:
    cid: int
    arrival: float
    vip: bool
    start: float = None
    end: float = None
    teller: int = None
    balked: bool = False

    @property
    def wait(self):
        return self.start - self.arrival


class Bank:
    def __init__(self, tellers, seed, max_queue=8):
        self.rng = random.Random(seed)
        self.free = list(range(tellers))
        self.on_break = set()
        self.queue = deque()
        self.events = []
        self.seq = 0
        self.now = 0.0
        self.customers = []
        self.max_queue = max_queue
        self.busy_time = Counter()
        self.queue_samples = []

    def schedule(self, delay, kind, payload=None):
        self.seq += 1
        heapq.heappush(self.events, Event(self.now + delay, self.seq, kind, payload))

    def start_service(self, cust):
        teller = min(self.free)
        self.free.remove(teller)
        cust.start, cust.teller = self.now, teller
        service = self.rng.expovariate(1 / (3.0 if cust.vip else 5.0))
        self.busy_time[teller] += service
        self.schedule(service, EventKind.DEPARTURE, cust)

    def handle(self, ev):
        self.now = ev.time
        if ev.kind is EventKind.ARRIVAL:
            cid = len(self.customers) + 1
            cust = Customer(cid, self.now, self.rng.random() < 0.15)
            self.customers.append(cust)
            if self.free:
                self.start_service(cust)
            elif len(self.queue) >= self.max_queue:
                cust.balked = True
            elif cust.vip:
                self.queue.appendleft(cust)
            else:
                self.queue.append(cust)
            if self.now < 240:
                self.schedule(self.rng.expovariate(1 / 1.6), EventKind.ARRIVAL)
        elif ev.kind is EventKind.DEPARTURE:
            cust = ev.payload
            cust.end = self.now
            if cust.teller in self.on_break:
                pass
            else:
                self.free.append(cust.teller)
            if self.queue and self.free:
                self.start_service(self.queue.popleft())
        elif ev.kind is EventKind.BREAK_START:
            teller = ev.payload
            if teller in self.free:
                self.free.remove(teller)
                self.on_break.add(teller)
                self.schedule(15, EventKind.BREAK_END, teller)
            else:
                self.schedule(1, EventKind.BREAK_START, teller)
        elif ev.kind is EventKind.BREAK_END:
            self.on_break.discard(ev.payload)
            self.free.append(ev.payload)
            if self.queue:
                self.start_service(self.queue.popleft())
        self.queue_samples.append(len(self.queue))

    def run(self):
        self.schedule(0, EventKind.ARRIVAL)
        for t in range(len(self.free)):
            self.schedule(60 + 30 * t, EventKind.BREAK_START, t)
        handled = 0
        while self.events:
            self.handle(heapq.heappop(self.events))
            handled += 1
        return handled


def report(tellers, seed):
    bank = Bank(tellers, seed)
    n_events = bank.run()
    served = [c for c in bank.customers if not c.balked]
    waits = [c.wait for c in served]
    vip_waits = [c.wait for c in served if c.vip] or [0.0]
    print(f"--- {tellers} tellers (seed {seed}) ---")
    print(f"events={n_events} customers={len(bank.customers)} served={len(served)} "
          f"balked={sum(c.balked for c in bank.customers)} closing={bank.now:.1f}")
    print(f"wait: mean={statistics.mean(waits):.2f} median={statistics.median(waits):.2f} "
          f"p90={statistics.quantiles(waits, n=10)[-1]:.2f} max={max(waits):.2f}")
    print(f"vip mean wait={statistics.mean(vip_waits):.2f}, regular={statistics.mean(c.wait for c in served if not c.vip):.2f}")
    util = {t: round(bank.busy_time[t] / bank.now, 3) for t in sorted(bank.busy_time)}
    print("utilisation:", util)
    print("max queue:", max(bank.queue_samples), "mean queue:", round(statistics.fmean(bank.queue_samples), 3))
    per_teller = Counter(c.teller for c in served)
    print("served per teller:", sorted(per_teller.items()))
    hist = Counter(min(int(w // 2) * 2, 10) for w in waits)
    for lo in sorted(hist):
        label = f"{lo:>2}-{lo + 2:<2}" if lo < 10 else "10+  "
        print(f"  {label} {'#' * (hist[lo] // 2)} {hist[lo]}")


for tellers in (2, 3, 4):
    report(tellers, seed=1234)
