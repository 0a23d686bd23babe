"""Discrete-event simulation of a help desk using heapq as the event queue."""
import heapq
import random
from collections import deque

rng = random.Random(20240611)


class Sim:
    def __init__(self, agents):
        self.now = 0.0
        self.queue = []
        self.seq = 0
        self.free_agents = list(range(agents))
        heapq.heapify(self.free_agents)
        self.waiting = deque()
        self.log = []
        self.waits = []
        self.busy_time = [0.0] * agents

    def schedule(self, delay, kind, data):
        self.seq += 1
        heapq.heappush(self.queue, (self.now + delay, self.seq, kind, data))

    def run(self, until):
        while self.queue and self.queue[0][0] <= until:
            self.now, _, kind, data = heapq.heappop(self.queue)
            getattr(self, "on_" + kind)(data)

    def on_arrival(self, ticket):
        ticket["arrived"] = self.now
        self.log.append((round(self.now, 2), "arrive", ticket["id"], ticket["priority"]))
        if self.free_agents:
            self.start(ticket, heapq.heappop(self.free_agents))
        else:
            self.waiting.append(ticket)
        if ticket["id"] < 25:
            nxt = {"id": ticket["id"] + 1, "priority": rng.choice("LLMH")}
            self.schedule(rng.expovariate(1 / 3.0), "arrival", nxt)

    def start(self, ticket, agent):
        wait = self.now - ticket["arrived"]
        self.waits.append(wait)
        duration = {"L": 4.0, "M": 6.0, "H": 9.0}[ticket["priority"]] * rng.uniform(0.5, 1.5)
        self.busy_time[agent] += duration
        self.schedule(duration, "done", (ticket, agent))

    def on_done(self, data):
        ticket, agent = data
        self.log.append((round(self.now, 2), "done", ticket["id"], agent))
        if self.waiting:
            # High priority tickets jump the queue.
            best = min(self.waiting, key=lambda t: ("HML".index(t["priority"]), t["arrived"]))
            self.waiting.remove(best)
            self.start(best, agent)
        else:
            heapq.heappush(self.free_agents, agent)


sim = Sim(agents=3)
sim.schedule(0.0, "arrival", {"id": 1, "priority": "M"})
sim.run(until=120.0)
for entry in sim.log[:12]:
    print("%7.2f %-6s #%-3d %s" % entry)
print("...")
for entry in sim.log[-4:]:
    print("%7.2f %-6s #%-3d %s" % entry)
print("events handled:", len(sim.log), "pending:", len(sim.queue), "still waiting:", len(sim.waiting))
print("mean wait: %.3f  max wait: %.3f" % (sum(sim.waits) / len(sim.waits), max(sim.waits)))
print("utilisation:", [round(b / sim.now, 3) for b in sim.busy_time])

scores = [rng.randint(1, 1000) for _ in range(40)]
print("top5:", heapq.nlargest(5, scores), "bottom3:", heapq.nsmallest(3, scores))
tasks = [("write report", 3), ("email", 1), ("review", 2), ("deploy", 1), ("plan", 5)]
print(heapq.nsmallest(3, tasks, key=lambda t: (t[1], t[0])))
merged = list(heapq.merge([1, 4, 9], [2, 3, 10], [0, 11], key=None))
print(merged, list(heapq.merge(["b", "d"], ["a", "c"], reverse=False)))
h = [5, 1, 8, 3]
heapq.heapify(h)
print(heapq.heappushpop(h, 0), heapq.heapreplace(h, 7), sorted(h), h[0])
