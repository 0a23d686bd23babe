"""Graph algorithm collection: BFS/DFS, topological sort (Kahn and graphlib), Tarjan SCC,
Bellman-Ford, Floyd-Warshall, Prim with heapq, union-find Kruskal, bipartite check,
max flow (Edmonds-Karp), and a recursive-generator path enumerator."""
import heapq
from collections import defaultdict, deque
from graphlib import TopologicalSorter, CycleError
from itertools import chain
from math import inf


class Graph:
    def __init__(self, directed=False):
        self.directed = directed
        self.adj = defaultdict(dict)

    def add(self, u, v, w=1):
        self.adj[u][v] = w
        if not self.directed:
            self.adj[v][u] = w
        else:
            self.adj[v]
        return self

    @classmethod
    def from_edges(cls, text, directed=False):
        g = cls(directed)
        for part in text.split():
            a, b, *w = part.split("-", 2)
            g.add(a, b, int(w[0]) if w else 1)
        return g

    def nodes(self):
        return sorted(self.adj)

    def edges(self):
        seen = set()
        for u in sorted(self.adj):
            for v, w in sorted(self.adj[u].items()):
                if self.directed or (v, u) not in seen:
                    seen.add((u, v))
                    yield u, v, w

    def __len__(self):
        return len(self.adj)

    def __contains__(self, node):
        return node in self.adj

    def __repr__(self):
        kind = "Digraph" if self.directed else "Graph"
        return f"<{kind} {len(self)} nodes, {sum(1 for _ in self.edges())} edges>"


def bfs_layers(g, start):
    dist = {start: 0}
    q = deque([start])
    while q:
        u = q.popleft()
        for v in sorted(g.adj[u]):
            if v not in dist:
                dist[v] = dist[u] + 1
                q.append(v)
    layers = defaultdict(list)
    for n, d in dist.items():
        layers[d].append(n)
    return [sorted(layers[d]) for d in sorted(layers)]


def dfs_order(g, start):
    pre, post, seen = [], [], set()

    def visit(u):
        seen.add(u)
        pre.append(u)
        for v in sorted(g.adj[u]):
            if v not in seen:
                visit(v)
        post.append(u)
    visit(start)
    return pre, post


def kahn(g):
    indeg = {u: 0 for u in g.adj}
    for u in g.adj:
        for v in g.adj[u]:
            indeg[v] += 1
    ready = [u for u, d in indeg.items() if d == 0]
    heapq.heapify(ready)
    order = []
    while ready:
        u = heapq.heappop(ready)
        order.append(u)
        for v in g.adj[u]:
            indeg[v] -= 1
            if indeg[v] == 0:
                heapq.heappush(ready, v)
    if len(order) != len(g):
        raise ValueError("graph has a cycle")
    return order


def tarjan(g):
    index, low, on, stack, out = {}, {}, set(), [], []
    counter = iter(range(10**9))

    def strong(u):
        index[u] = low[u] = next(counter)
        stack.append(u)
        on.add(u)
        for v in sorted(g.adj[u]):
            if v not in index:
                strong(v)
                low[u] = min(low[u], low[v])
            elif v in on:
                low[u] = min(low[u], index[v])
        if low[u] == index[u]:
            comp = []
            while True:
                w = stack.pop()
                on.discard(w)
                comp.append(w)
                if w == u:
                    break
            out.append(sorted(comp))
    for u in g.nodes():
        if u not in index:
            strong(u)
    return sorted(out)


def bellman_ford(g, src):
    dist = dict.fromkeys(g.adj, inf)
    dist[src] = 0
    pred = {}
    edges = list(g.edges())
    for _ in range(len(g) - 1):
        changed = False
        for u, v, w in edges:
            if dist[u] + w < dist[v]:
                dist[v] = dist[u] + w
                pred[v] = u
                changed = True
        if not changed:
            break
    for u, v, w in edges:
        if dist[u] + w < dist[v]:
            raise ArithmeticError(f"negative cycle through {v}")
    return dist, pred


def floyd(g):
    n = g.nodes()
    d = {(a, b): 0 if a == b else g.adj[a].get(b, inf) for a in n for b in n}
    for k in n:
        for i in n:
            for j in n:
                if d[i, k] + d[k, j] < d[i, j]:
                    d[i, j] = d[i, k] + d[k, j]
    return n, d


def prim(g, start):
    seen = {start}
    heap = [(w, start, v) for v, w in g.adj[start].items()]
    heapq.heapify(heap)
    tree = []
    while heap and len(seen) < len(g):
        w, u, v = heapq.heappop(heap)
        if v in seen:
            continue
        seen.add(v)
        tree.append((u, v, w))
        for x, wx in g.adj[v].items():
            if x not in seen:
                heapq.heappush(heap, (wx, v, x))
    return tree


class DSU:
    def __init__(self, items):
        self.parent = {x: x for x in items}
        self.size = dict.fromkeys(items, 1)

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
        if self.size[ra] < self.size[rb]:
            ra, rb = rb, ra
        self.parent[rb] = ra
        self.size[ra] += self.size[rb]
        return True


def kruskal(g):
    dsu = DSU(g.nodes())
    return [(u, v, w) for u, v, w in sorted(g.edges(), key=lambda e: (e[2], e[0], e[1])) if dsu.union(u, v)]


def bipartite(g):
    color = {}
    for s in g.nodes():
        if s in color:
            continue
        color[s] = 0
        q = deque([s])
        while q:
            u = q.popleft()
            for v in g.adj[u]:
                if v not in color:
                    color[v] = 1 - color[u]
                    q.append(v)
                elif color[v] == color[u]:
                    return None
    return sorted(n for n, c in color.items() if c == 0), sorted(n for n, c in color.items() if c == 1)


def max_flow(g, s, t):
    cap = defaultdict(lambda: defaultdict(int))
    for u, v, w in g.edges():
        cap[u][v] += w
    flow = 0
    while True:
        parent = {s: None}
        q = deque([s])
        while q and t not in parent:
            u = q.popleft()
            for v, c in sorted(cap[u].items()):
                if c > 0 and v not in parent:
                    parent[v] = u
                    q.append(v)
        if t not in parent:
            return flow
        path, v = [], t
        while parent[v] is not None:
            path.append((parent[v], v))
            v = parent[v]
        push = min(cap[u][v] for u, v in path)
        for u, v in path:
            cap[u][v] -= push
            cap[v][u] += push
        flow += push


def all_paths(g, u, goal, seen=()):
    if u == goal:
        yield (u,)
        return
    for v in sorted(g.adj[u]):
        if v not in seen:
            for rest in all_paths(g, v, goal, seen + (u,)):
                yield (u,) + rest


city = Graph.from_edges("A-B-4 A-C-2 B-C-5 B-D-10 C-E-3 E-D-4 D-F-11 E-F-9 F-G-1")
print(city, city.nodes(), "G" in city, "Z" in city)
print("bfs", bfs_layers(city, "A"))
print("dfs", dfs_order(city, "A"))
print("prim", prim(city, "A"), sum(w for *_, w in prim(city, "A")))
print("kruskal", kruskal(city), sum(w for *_, w in kruskal(city)))
nodes, d = floyd(city)
print("    " + "".join(f"{n:>4}" for n in nodes))
for a in nodes:
    print(f"{a:>4}" + "".join(f"{d[a, b]:>4}" for b in nodes))
paths = list(all_paths(city, "A", "D"))
print(len(paths), "paths A->D; shortest by hops:", min(paths, key=len), "longest:", max(paths, key=len))

deps = Graph.from_edges("std-io std-fmt io-net fmt-log net-http log-http http-app cfg-app", directed=True)
print("kahn", kahn(deps))
ts = TopologicalSorter({"app": {"http", "cfg"}, "http": {"net", "log"}, "net": {"io"}, "log": {"fmt"}, "fmt": {"std"}, "io": {"std"}})
ts.prepare()
batches = []
while ts.is_active():
    ready = sorted(ts.get_ready())
    batches.append(ready)
    ts.done(*ready)
print("batches", batches)
try:
    list(TopologicalSorter({"a": {"b"}, "b": {"c"}, "c": {"a"}}).static_order())
except CycleError as e:
    print("CycleError", e.args[0], sorted(e.args[1]))
cyc = Graph.from_edges("a-b b-c c-a c-d d-e e-f f-d g-f h-h", directed=True)
print("scc", tarjan(cyc))
try:
    kahn(cyc)
except ValueError as e:
    print("ValueError:", e)
neg = Graph.from_edges("s-a-4 s-b-5 a-c-3 b-a--3 c-t-2 b-t-8", directed=True)
print("bellman-ford", bellman_ford(neg, "s"))
neg.add("t", "b", -6)
try:
    bellman_ford(neg, "s")
except ArithmeticError as e:
    print("ArithmeticError:", e)
print("bipartite", bipartite(Graph.from_edges("1-a 1-b 2-a 3-b 3-c")), bipartite(Graph.from_edges("x-y y-z z-x")))
net = Graph.from_edges("s-a-10 s-c-10 a-b-4 a-c-2 a-d-8 c-d-9 d-b-6 b-t-10 d-t-10", directed=True)
print("max flow", max_flow(net, "s", "t"))
dsu = DSU("abcdefgh")
for a, b in ["ab", "cd", "bd", "ef", "gh", "fh", "aa"]:
    print(a + b, dsu.union(a, b), end="  ")
print()
groups = defaultdict(list)
for x in "abcdefgh":
    groups[dsu.find(x)].append(x)
print(sorted(map("".join, groups.values())), sorted(dsu.size[r] for r in groups))
print(list(chain.from_iterable(bfs_layers(city, "G"))))
