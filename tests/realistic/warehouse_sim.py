"""Discrete-event simulation of a warehouse: heapq event queue, bisect price tiers."""
import bisect
import heapq
import random
from dataclasses import dataclass, field
from itertools import count

TIERS = [(0, "small", 4.5), (10, "medium", 9.0), (50, "large", 20.0), (200, "pallet", 65.0)]
TIER_STARTS = [t[0] for t in TIERS]
_seq = count()
EVENTS_SEEN = 0


@dataclass(order=True)
class Event:
    time: float
    seq: int = field(compare=True)
    kind: str = field(compare=False)
    payload: dict = field(compare=False, default_factory=dict)


def tier_for(qty):
    i = bisect.bisect_right(TIER_STARTS, qty) - 1
    return TIERS[i]


def schedule(queue, time, kind, **payload):
    heapq.heappush(queue, Event(round(time, 3), next(_seq), kind, payload))


def simulate(seed, hours=8):
    global EVENTS_SEEN
    rng = random.Random(seed)
    queue = []
    stock = {"bolts": 500, "nuts": 300, "gears": 40}
    revenue = 0.0
    backlog = []
    shipped = 0
    t = 0.0
    while t < hours:
        t += rng.expovariate(3.0)
        item = rng.choice(sorted(stock))
        schedule(queue, t, "order", item=item, qty=rng.randint(1, 120))
    for h in range(1, hours):
        schedule(queue, h, "restock", item="gears", qty=25)

    def ship(event, qty):
        nonlocal revenue, shipped
        lo, name, fee = tier_for(qty)
        revenue += fee + qty * 0.1
        shipped += qty
        return name

    log = []
    while queue:
        ev = heapq.heappop(queue)
        EVENTS_SEEN += 1
        item, qty = ev.payload["item"], ev.payload["qty"]
        if ev.kind == "restock":
            stock[item] += qty
            # retry the backlog in arrival order
            for i, (when, it_, q) in enumerate(backlog):
                if it_ == item and stock[item] >= q:
                    stock[item] -= q
                    log.append(f"{ev.time:6.3f} backlog {it_} x{q} ({ship(ev, q)}) waited {ev.time - when:.2f}h")
                    del backlog[i]
                    break
            else:
                log.append(f"{ev.time:6.3f} restock {item} -> {stock[item]}")
            continue
        if stock[item] >= qty:
            stock[item] -= qty
            log.append(f"{ev.time:6.3f} order {item} x{qty} shipped {ship(ev, qty)}")
        else:
            backlog.append((ev.time, item, qty))
            log.append(f"{ev.time:6.3f} order {item} x{qty} backlogged (have {stock[item]})")
    return log, stock, revenue, backlog, shipped


for seed in (1, 2024):
    log, stock, revenue, backlog, shipped = simulate(seed)
    print(f"=== seed {seed}: {len(log)} events")
    for line in log[:6] + ["..."] + log[-4:]:
        print("  " + line)
    print(f"  stock left: {stock}")
    print(f"  shipped {shipped} units, revenue ${revenue:,.2f}, backlog {len(backlog)}")
    h, rem = divmod(sum(t for t, _, _ in backlog) * 60, 60)
    print(f"  backlog wait-sum {int(h)}h{rem:04.1f}m")

print("events processed:", EVENTS_SEEN)
for q in (0, 9, 10, 49, 50, 199, 200, 10**6):
    print(q, tier_for(q)[1], end="; ")
print()
scores = sorted([("ana", 88), ("bo", 72), ("cy", 95), ("dee", 61)], key=lambda p: p[1])
keys = [s for _, s in scores]
for grade_at in (60, 70, 90, 100):
    print(grade_at, [n for n, _ in scores[bisect.bisect_left(keys, grade_at):]])
print(bisect.bisect_left(scores, 80, key=lambda p: p[1]), bisect.bisect(scores, 95, key=lambda p: p[1]))
bisect.insort(scores, ("eve", 80), key=lambda p: p[1])
print(scores)
print(heapq.nsmallest(2, scores, key=lambda p: -p[1]), heapq.nlargest(3, [5, 1, 8, 3, 9, 2]), list(heapq.merge([1, 4, 9], [2, 3, 10], [0])))
h = [5, 7, 1, 3]
heapq.heapify(h)
print(h, heapq.heappushpop(h, 4), heapq.heapreplace(h, 0), sorted(h), list(heapq.merge("ace", "bd", key=str.upper, reverse=False)))
big = 1
n = 0
while big < 10**50:
    big *= 7
    n += 1
else:
    print(f"7**{n} = {big} has {len(str(big))} digits; mod 97 = {big % 97}")
print(f"{2**64:,} {2**64:#x} {-(2**63) // 3} {divmod(10**20, 7)} {round(10**20 / 3)} {int(1e20) == 10**20}")
