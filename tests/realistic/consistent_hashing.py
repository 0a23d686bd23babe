"""Consistent hashing for a cache cluster: a hash ring with virtual nodes
built on hashlib and bisect, key movement when nodes join or leave, load
balance statistics, and rendezvous hashing as a comparison."""

import bisect
import hashlib
import statistics
from collections import Counter


def h(text):
    return int.from_bytes(hashlib.md5(text.encode()).digest()[:8], "big")


class HashRing:
    def __init__(self, nodes=(), replicas=50):
        self.replicas = replicas
        self._keys = []
        self._owners = {}
        for n in nodes:
            self.add(n)

    def add(self, node):
        for i in range(self.replicas):
            point = h(f"{node}#{i}")
            if point in self._owners:
                raise ValueError(f"hash collision at {point}")
            bisect.insort(self._keys, point)
            self._owners[point] = node

    def remove(self, node):
        points = [p for p, n in self._owners.items() if n == node]
        if not points:
            raise KeyError(node)
        for p in points:
            del self._owners[p]
            self._keys.pop(bisect.bisect_left(self._keys, p))

    def lookup(self, key, count=1):
        if not self._keys:
            raise LookupError("empty ring")
        i = bisect.bisect(self._keys, h(key)) % len(self._keys)
        found = []
        while len(found) < count:
            node = self._owners[self._keys[i]]
            if node not in found:
                found.append(node)
            i = (i + 1) % len(self._keys)
            if len(found) == len(set(self._owners.values())):
                break
        return found if count > 1 else found[0]

    @property
    def nodes(self):
        return sorted(set(self._owners.values()))


def rendezvous(key, nodes):
    return max(nodes, key=lambda n: h(f"{n}:{key}"))


keys = [f"user:{i}" for i in range(2000)]
ring = HashRing(["cache-a", "cache-b", "cache-c", "cache-d"])
before = {k: ring.lookup(k) for k in keys}
load = Counter(before.values())
print("nodes:", ring.nodes, "points:", len(ring._keys))
print("load:", dict(sorted(load.items())))
print("stdev / mean: %.3f" % (statistics.pstdev(load.values()) / statistics.mean(load.values())))

ring.add("cache-e")
after = {k: ring.lookup(k) for k in keys}
moved = [k for k in keys if before[k] != after[k]]
print("after adding cache-e: moved %d keys (%.1f%%), all to cache-e: %s"
      % (len(moved), 100 * len(moved) / len(keys), all(after[k] == "cache-e" for k in moved)))

ring.remove("cache-b")
final = {k: ring.lookup(k) for k in keys}
moved_b = [k for k in keys if after[k] != final[k]]
print("after removing cache-b: moved %d keys, all were on cache-b: %s"
      % (len(moved_b), all(after[k] == "cache-b" for k in moved_b)))
print("replicas for user:7:", ring.lookup("user:7", count=3))
try:
    ring.remove("cache-zzz")
except KeyError as e:
    print("KeyError:", e)
try:
    HashRing().lookup("x")
except LookupError as e:
    print("LookupError:", e)

nodes = ["n1", "n2", "n3"]
rv = Counter(rendezvous(k, nodes) for k in keys)
print("rendezvous load:", dict(sorted(rv.items())))
rv_moved = sum(1 for k in keys if rendezvous(k, nodes) != rendezvous(k, nodes + ["n4"]))
print("rendezvous moved on join: %d" % rv_moved)
for name in ("md5", "sha1", "sha256", "blake2b"):
    d = hashlib.new(name, b"ring")
    print(f"{name:<8} {d.digest_size:>2} {d.hexdigest()[:16]}")
print(hashlib.sha256(b"a" * 1000).hexdigest()[:24], hashlib.md5(b"").hexdigest())
