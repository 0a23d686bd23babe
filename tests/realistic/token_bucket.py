"""Rate limiting with a simulated clock: a token bucket, a sliding-window
log built on deque, a fixed-window counter, and a report of which requests
from several clients each policy admits."""

from collections import deque, defaultdict
from dataclasses import dataclass, field
import itertools
import random


class FakeClock:
    def __init__(self):
        self.now = 0.0

    def advance(self, seconds):
        self.now = round(self.now + seconds, 6)

    def __call__(self):
        return self.now


@dataclass
class TokenBucket:
    rate: float
    capacity: int
    clock: FakeClock = field(repr=False)
    tokens: float = field(init=False)
    updated: float = field(init=False)

    def __post_init__(self):
        self.tokens = float(self.capacity)
        self.updated = self.clock()

    def allow(self, cost=1):
        now = self.clock()
        self.tokens = min(self.capacity, self.tokens + (now - self.updated) * self.rate)
        self.updated = now
        if self.tokens >= cost:
            self.tokens -= cost
            return True
        return False


class SlidingLog:
    def __init__(self, limit, window, clock):
        self.limit, self.window, self.clock = limit, window, clock
        self.log = deque()

    def allow(self):
        now = self.clock()
        while self.log and self.log[0] <= now - self.window:
            self.log.popleft()
        if len(self.log) < self.limit:
            self.log.append(now)
            return True
        return False


class FixedWindow:
    def __init__(self, limit, window, clock):
        self.limit, self.window, self.clock = limit, window, clock
        self.counts = defaultdict(int)

    def allow(self):
        slot = int(self.clock() // self.window)
        if self.counts[slot] < self.limit:
            self.counts[slot] += 1
            return True
        return False


clock = FakeClock()
bucket = TokenBucket(rate=2, capacity=5, clock=clock)
burst = [bucket.allow() for _ in range(8)]
print("burst of 8:", "".join("Y" if b else "n" for b in burst), "tokens left %.2f" % bucket.tokens)
clock.advance(1.25)
print("after 1.25s:", [bucket.allow() for _ in range(4)], "tokens %.2f" % bucket.tokens)
clock.advance(10)
print("big request (cost 6):", bucket.allow(6), "| cost 5:", bucket.allow(5))
print(bucket)

rng = random.Random(99)
arrivals = []
t = 0.0
for i in range(40):
    t = round(t + rng.expovariate(4), 3)
    arrivals.append((t, rng.choice("ABC")))

policies = {
    "bucket": lambda c: TokenBucket(rate=1.5, capacity=3, clock=c),
    "sliding": lambda c: SlidingLog(limit=3, window=2.0, clock=c),
    "fixed": lambda c: FixedWindow(limit=3, window=2.0, clock=c),
}
for name, make in policies.items():
    clk = FakeClock()
    limiters = defaultdict(lambda: make(clk))
    admitted = Counter = defaultdict(lambda: [0, 0])
    timeline = []
    for when, client in arrivals:
        clk.advance(when - clk.now)
        ok = limiters[client].allow()
        admitted[client][0 if ok else 1] += 1
        timeline.append(client if ok else client.lower())
    summary = ", ".join(f"{c}: {a}/{a + r}" for c, (a, r) in sorted(admitted.items()))
    print(f"{name:<8} {''.join(timeline)}  {summary}")

print("arrivals span %.3f s, first five: %s" % (arrivals[-1][0], arrivals[:5]))
gaps = [b[0] - a[0] for a, b in itertools.pairwise(arrivals)]
print("mean gap %.4f, min %.3f, max %.3f" % (sum(gaps) / len(gaps), min(gaps), max(gaps)))
