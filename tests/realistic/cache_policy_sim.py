"""Compare cache replacement policies (LRU, LFU, FIFO, a clock approximation)
on seeded access traces, and check LRU against functools.lru_cache."""
import heapq
import random
from collections import Counter, OrderedDict, deque
from functools import lru_cache


class LRU:
    def __init__(self, size):
        self.size, self.data = size, OrderedDict()

    def access(self, key):
        if key in self.data:
            self.data.move_to_end(key)
            return True
        if len(self.data) >= self.size:
            self.data.popitem(last=False)
        self.data[key] = True
        return False


class FIFO:
    def __init__(self, size):
        self.size, self.order, self.keys = size, deque(), set()

    def access(self, key):
        if key in self.keys:
            return True
        if len(self.order) >= self.size:
            self.keys.discard(self.order.popleft())
        self.order.append(key)
        self.keys.add(key)
        return False


class LFU:
    def __init__(self, size):
        self.size, self.counts, self.heap, self.tick = size, {}, [], 0

    def access(self, key):
        self.tick += 1
        hit = key in self.counts
        if not hit and len(self.counts) >= self.size:
            while True:
                count, _, victim = heapq.heappop(self.heap)
                if self.counts.get(victim) == count:
                    del self.counts[victim]
                    break
        self.counts[key] = self.counts.get(key, 0) + 1
        heapq.heappush(self.heap, (self.counts[key], self.tick, key))
        return hit


class Clock:
    def __init__(self, size):
        self.slots, self.ref, self.where, self.hand = [None] * size, [False] * size, {}, 0

    def access(self, key):
        if key in self.where:
            self.ref[self.where[key]] = True
            return True
        while self.ref[self.hand]:
            self.ref[self.hand] = False
            self.hand = (self.hand + 1) % len(self.slots)
        old = self.slots[self.hand]
        if old is not None:
            del self.where[old]
        self.slots[self.hand], self.where[key] = key, self.hand
        self.ref[self.hand] = True
        self.hand = (self.hand + 1) % len(self.slots)
        return False


def traces(seed, n=3000):
    rng = random.Random(seed)
    zipf = [int(rng.paretovariate(1.2)) % 200 for _ in range(n)]
    loop = [i % 60 for i in range(n)]
    mixed = [rng.choice(range(20)) if rng.random() < 0.7 else rng.randrange(20, 500) for _ in range(n)]
    shifting = [rng.randrange(100) + (i // 1000) * 100 for i in range(n)]
    return {"zipf": zipf, "loop60": loop, "hot+cold": mixed, "shifting": shifting}


if __name__ == "__main__":
    policies = [LRU, LFU, FIFO, Clock]
    all_traces = traces(42)
    print(f"{'trace':10}" + "".join(f"{p.__name__:>8}" for p in policies))
    for name, trace in all_traces.items():
        row = []
        for policy in policies:
            cache = policy(50)
            hits = sum(cache.access(k) for k in trace)
            row.append(f"{hits / len(trace):8.1%}")
        print(f"{name:10}" + "".join(row))
    print({k: Counter(v).most_common(3) for k, v in all_traces.items() if k != "loop60"})

    calls = []

    @lru_cache(maxsize=50)
    def fetch(key):
        calls.append(key)
        return key * 2

    for k in all_traces["zipf"]:
        fetch(k)
    info = fetch.cache_info()
    mine = LRU(50)
    my_hits = sum(mine.access(k) for k in all_traces["zipf"])
    print(info, my_hits == info.hits, len(calls) == info.misses)
    fetch.cache_clear()
    print(fetch.cache_info(), fetch.__wrapped__(21), fetch.cache_parameters())
    for size in (10, 25, 50, 100, 200):
        lru, lfu = LRU(size), LFU(size)
        print(size, sum(map(lru.access, all_traces["hot+cold"])), sum(map(lfu.access, all_traces["hot+cold"])))
