"""Route planning on a small rail network: Dijkstra, BFS, topological order, MST."""
import heapq
from collections import defaultdict, deque, namedtuple
from graphlib import TopologicalSorter, CycleError
from functools import reduce
from itertools import combinations
import math

Edge = namedtuple("Edge", "a b km")
EDGES = [Edge(*e) for e in [
    ("Amsterdam", "Utrecht", 45), ("Utrecht", "Arnhem", 65), ("Amsterdam", "Haarlem", 20),
    ("Haarlem", "Leiden", 30), ("Leiden", "Den Haag", 18), ("Den Haag", "Rotterdam", 25),
    ("Rotterdam", "Utrecht", 60), ("Rotterdam", "Breda", 50), ("Breda", "Eindhoven", 60),
    ("Utrecht", "Eindhoven", 90), ("Eindhoven", "Maastricht", 85), ("Arnhem", "Nijmegen", 20),
    ("Nijmegen", "Eindhoven", 70), ("Amsterdam", "Leiden", 45),
]]

graph = defaultdict(dict)
for e in EDGES:
    graph[e.a][e.b] = e.km
    graph[e.b][e.a] = e.km


def dijkstra(src):
    dist = {src: 0}
    prev = {}
    pq = [(0, src)]
    while pq:
        d, node = heapq.heappop(pq)
        if d > dist.get(node, math.inf):
            continue
        for nxt, w in sorted(graph[node].items()):
            nd = d + w
            if nd < dist.get(nxt, math.inf):
                dist[nxt], prev[nxt] = nd, node
                heapq.heappush(pq, (nd, nxt))
    return dist, prev


def path_to(prev, dst):
    out = [dst]
    while out[-1] in prev:
        out.append(prev[out[-1]])
    return out[::-1]


def bfs_hops(src):
    hops = {src: 0}
    q = deque([src])
    while q:
        n = q.popleft()
        for m in sorted(graph[n]):
            if m not in hops:
                hops[m] = hops[n] + 1
                q.append(m)
    return hops


def kruskal():
    parent = {n: n for n in graph}

    def find(x):
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x
    tree = []
    for e in sorted(EDGES, key=lambda e: (e.km, e.a, e.b)):
        ra, rb = find(e.a), find(e.b)
        if ra != rb:
            parent[ra] = rb
            tree.append(e)
    return tree


dist, prev = dijkstra("Amsterdam")
for city in sorted(dist, key=lambda c: (dist[c], c)):
    print(f"{city:<11}{dist[city]:>5} km  via {' > '.join(path_to(prev, city))}")
print(bfs_hops("Maastricht"))
mst = kruskal()
print(len(mst), sum(e.km for e in mst), [f"{e.a[:3]}-{e.b[:3]}" for e in mst])
degrees = sorted(((len(v), k) for k, v in graph.items()), reverse=True)
print(degrees[:3])
tri = [c for c in combinations(sorted(graph), 3) if all(b in graph[a] for a, b in combinations(c, 2))]
print(tri)
all_pairs = {(a, b): dijkstra(a)[0][b] for a, b in combinations(sorted(graph), 2)}
far = max(all_pairs, key=all_pairs.get)
print("diameter:", far, all_pairs[far])
print("avg:", round(sum(all_pairs.values()) / len(all_pairs), 2))

deps = {"deploy": {"test", "build"}, "test": {"build"}, "build": {"fetch"}, "docs": {"fetch"}, "fetch": set()}
ts = TopologicalSorter(deps)
print(list(ts.static_order()))
ts2 = TopologicalSorter(deps)
ts2.prepare()
rounds = []
while ts2.is_active():
    ready = sorted(ts2.get_ready())
    rounds.append(ready)
    ts2.done(*ready)
print(rounds)
try:
    list(TopologicalSorter({"a": {"b"}, "b": {"c"}, "c": {"a"}}).static_order())
except CycleError as e:
    print("CycleError:", e.args[0], sorted(e.args[1]))
gcd_all = reduce(math.gcd, (e.km for e in EDGES))
print(gcd_all, math.lcm(*{e.km for e in EDGES if e.km < 30}))
