"""Graph algorithms: Dijkstra, topological sort, union-find, BFS, Kruskal."""
import heapq
from collections import deque, defaultdict


class Graph:
    def __init__(self, directed=False):
        self.adj = defaultdict(dict)
        self.directed = directed

    def add_edge(self, u, v, w=1):
        self.adj[u][v] = w
        if not self.directed:
            self.adj[v][u] = w
        else:
            self.adj[v]  # make sure v exists

    def nodes(self):
        return sorted(self.adj)

    def edges(self):
        seen = set()
        for u in self.adj:
            for v, w in self.adj[u].items():
                key = (u, v) if self.directed else tuple(sorted((u, v)))
                if key not in seen:
                    seen.add(key)
                    yield (w, *key)

    def dijkstra(self, src):
        dist = {src: 0}
        prev = {}
        pq = [(0, src)]
        done = set()
        while pq:
            d, u = heapq.heappop(pq)
            if u in done:
                continue
            done.add(u)
            for v, w in self.adj[u].items():
                nd = d + w
                if nd < dist.get(v, float("inf")):
                    dist[v] = nd
                    prev[v] = u
                    heapq.heappush(pq, (nd, v))
        return dist, prev

    def path(self, src, dst):
        dist, prev = self.dijkstra(src)
        if dst not in dist:
            return None, float("inf")
        p = [dst]
        while p[-1] != src:
            p.append(prev[p[-1]])
        return p[::-1], dist[dst]

    def bfs_layers(self, src):
        layers = {src: 0}
        q = deque([src])
        while q:
            u = q.popleft()
            for v in sorted(self.adj[u]):
                if v not in layers:
                    layers[v] = layers[u] + 1
                    q.append(v)
        return layers

    def toposort(self):
        indeg = {u: 0 for u in self.adj}
        for u in self.adj:
            for v in self.adj[u]:
                indeg[v] += 1
        ready = sorted(u for u, d in indeg.items() if d == 0)
        heapq.heapify(ready)
        order = []
        while ready:
            u = heapq.heappop(ready)
            order.append(u)
            for v in self.adj[u]:
                indeg[v] -= 1
                if indeg[v] == 0:
                    heapq.heappush(ready, v)
        if len(order) != len(indeg):
            cyclic = sorted(u for u, d in indeg.items() if d > 0)
            raise ValueError(f"graph has a cycle among {cyclic}")
        return order


class UnionFind:
    def __init__(self, items):
        self.parent = {x: x for x in items}
        self.rank = dict.fromkeys(items, 0)

    def find(self, x):
        root = x
        while self.parent[root] != root:
            root = self.parent[root]
        while self.parent[x] != root:
            self.parent[x], x = root, self.parent[x]
        return root

    def union(self, a, b):
        ra, rb = self.find(a), self.find(b)
        if ra == rb:
            return False
        if self.rank[ra] < self.rank[rb]:
            ra, rb = rb, ra
        self.parent[rb] = ra
        if self.rank[ra] == self.rank[rb]:
            self.rank[ra] += 1
        return True

    def groups(self):
        g = defaultdict(list)
        for x in self.parent:
            g[self.find(x)].append(x)
        return sorted(sorted(v) for v in g.values())


def kruskal(graph):
    uf = UnionFind(graph.nodes())
    tree = []
    for w, u, v in sorted(graph.edges()):
        if uf.union(u, v):
            tree.append((u, v, w))
    return tree


g = Graph()
for u, v, w in [("A", "B", 4), ("A", "C", 2), ("B", "C", 5), ("B", "D", 10),
                ("C", "E", 3), ("E", "D", 4), ("D", "F", 11), ("E", "F", 9)]:
    g.add_edge(u, v, w)
dist, _ = g.dijkstra("A")
print("distances:", dict(sorted(dist.items())))
for target in "DF":
    p, d = g.path("A", target)
    print(f"A -> {target}: {' -> '.join(p)} (cost {d})")
print("BFS layers:", g.bfs_layers("A"))
mst = kruskal(g)
print("MST:", mst, "weight", sum(w for *_, w in mst))

dag = Graph(directed=True)
deps = {"app": ["lib", "utils"], "lib": ["core"], "utils": ["core", "log"], "core": [], "log": [], "tests": ["app"]}
for pkg, reqs in deps.items():
    for r in reqs:
        dag.add_edge(r, pkg)
print("build order:", dag.toposort())
dag.add_edge("app", "core")
try:
    dag.toposort()
except ValueError as e:
    print("error:", e)

uf = UnionFind(range(10))
for a, b in [(0, 1), (2, 3), (1, 3), (5, 6), (7, 7), (8, 9), (9, 5)]:
    print(f"union({a},{b}) -> {uf.union(a, b)}", end="; ")
print()
print("components:", uf.groups())
print("p, d to unknown:", g.path("A", "Z"))
