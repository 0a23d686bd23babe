"""Classic graph algorithms on small hand-made graphs."""
from collections import defaultdict, deque
import heapq
import math


class Graph:
    def __init__(self, directed=False):
        self.directed = directed
        self.adj = defaultdict(dict)

    def add_edge(self, u, v, w=1):
        self.adj[u][v] = w
        if not self.directed:
            self.adj[v][u] = w
        else:
            self.adj.setdefault(v, {})

    @property
    def nodes(self):
        return sorted(self.adj)

    def __repr__(self):
        kind = "Digraph" if self.directed else "Graph"
        edges = sum(len(n) for n in self.adj.values()) // (1 if self.directed else 2)
        return f"<{kind} |V|={len(self.adj)} |E|={edges}>"

    def bfs_order(self, start):
        seen, order, q = {start}, [], deque([start])
        while q:
            u = q.popleft()
            order.append(u)
            for v in sorted(self.adj[u]):
                if v not in seen:
                    seen.add(v)
                    q.append(v)
        return order

    def dfs_order(self, start, seen=None):
        seen = set() if seen is None else seen
        seen.add(start)
        out = [start]
        for v in sorted(self.adj[start]):
            if v not in seen:
                out += self.dfs_order(v, seen)
        return out

    def dijkstra(self, src):
        dist = {n: math.inf for n in self.adj}
        prev = {}
        dist[src] = 0
        pq = [(0, src)]
        while pq:
            d, u = heapq.heappop(pq)
            if d > dist[u]:
                continue
            for v, w in self.adj[u].items():
                nd = d + w
                if nd < dist[v]:
                    dist[v], prev[v] = nd, u
                    heapq.heappush(pq, (nd, v))
        return dist, prev

    def bellman_ford(self, src):
        dist = dict.fromkeys(self.adj, math.inf)
        dist[src] = 0
        edges = [(u, v, w) for u in self.adj for v, w in self.adj[u].items()]
        for _ in range(len(self.adj) - 1):
            changed = False
            for u, v, w in edges:
                if dist[u] + w < dist[v]:
                    dist[v] = dist[u] + w
                    changed = True
            if not changed:
                break
        for u, v, w in edges:
            if dist[u] + w < dist[v]:
                raise ValueError(f"negative cycle through {u}->{v}")
        return dist

    def floyd_warshall(self):
        nodes = self.nodes
        d = {a: {b: 0 if a == b else self.adj[a].get(b, math.inf) for b in nodes} for a in nodes}
        for k in nodes:
            for i in nodes:
                for j in nodes:
                    if d[i][k] + d[k][j] < d[i][j]:
                        d[i][j] = d[i][k] + d[k][j]
        return d

    def tarjan_scc(self):
        index, low, on_stack, stack, result = {}, {}, set(), [], []
        counter = 0

        def visit(v):
            nonlocal counter
            index[v] = low[v] = counter
            counter += 1
            stack.append(v)
            on_stack.add(v)
            for w in sorted(self.adj[v]):
                if w not in index:
                    visit(w)
                    low[v] = min(low[v], low[w])
                elif w in on_stack:
                    low[v] = min(low[v], index[w])
            if low[v] == index[v]:
                comp = []
                while True:
                    w = stack.pop()
                    on_stack.discard(w)
                    comp.append(w)
                    if w == v:
                        break
                result.append(sorted(comp))

        for v in self.nodes:
            if v not in index:
                visit(v)
        return result

    def articulation_points(self):
        disc, low, points = {}, {}, set()
        timer = [0]

        def dfs(u, parent):
            disc[u] = low[u] = timer[0]
            timer[0] += 1
            children = 0
            for v in self.adj[u]:
                if v not in disc:
                    children += 1
                    dfs(v, u)
                    low[u] = min(low[u], low[v])
                    if parent is not None and low[v] >= disc[u]:
                        points.add(u)
                elif v != parent:
                    low[u] = min(low[u], disc[v])
            if parent is None and children > 1:
                points.add(u)

        for n in self.nodes:
            if n not in disc:
                dfs(n, None)
        return sorted(points)

    def is_bipartite(self):
        color = {}
        for s in self.nodes:
            if s in color:
                continue
            color[s] = 0
            q = deque([s])
            while q:
                u = q.popleft()
                for v in self.adj[u]:
                    if v not in color:
                        color[v] = 1 - color[u]
                        q.append(v)
                    elif color[v] == color[u]:
                        return False, None
        return True, "".join(str(color[n]) for n in self.nodes)


def path_to(prev, target):
    path = [target]
    while path[-1] in prev:
        path.append(prev[path[-1]])
    return "->".join(reversed(path))


roads = Graph()
for u, v, w in [("A", "B", 7), ("A", "C", 9), ("A", "F", 14), ("B", "C", 10), ("B", "D", 15),
                ("C", "D", 11), ("C", "F", 2), ("D", "E", 6), ("E", "F", 9)]:
    roads.add_edge(u, v, w)
print(roads, roads.nodes)
print("BFS", roads.bfs_order("A"), "DFS", roads.dfs_order("A"))
dist, prev = roads.dijkstra("A")
for n in roads.nodes:
    print(f"  {n}: {dist[n]:>3}  via {path_to(prev, n)}")
fw = roads.floyd_warshall()
print("    " + "".join(f"{n:>4}" for n in roads.nodes))
for a in roads.nodes:
    print(f"{a:>4}" + "".join(f"{fw[a][b]:>4}" for b in roads.nodes))
print("articulation points:", roads.articulation_points(), "bipartite:", roads.is_bipartite())

deps = Graph(directed=True)
for u, v, w in [(1, 2, 4), (2, 3, -2), (3, 1, 3), (3, 4, 2), (4, 5, 1), (5, 6, -1), (6, 4, 2), (7, 6, 5), (7, 8, 1)]:
    deps.add_edge(u, v, w)
print(deps, "SCCs:", deps.tarjan_scc())
print("bellman-ford from 1:", deps.bellman_ford(1))
deps.add_edge(6, 5, -3)
try:
    deps.bellman_ford(1)
except ValueError as e:
    print("error:", e)

grid = Graph()
for r in range(3):
    for c in range(4):
        if c < 3:
            grid.add_edge((r, c), (r, c + 1))
        if r < 2:
            grid.add_edge((r, c), (r + 1, c))
print(grid, grid.is_bipartite(), grid.bfs_order((0, 0))[:6])
chain = Graph()
for a, b in zip("pqrstu", "qrstuv"):
    chain.add_edge(a, b)
chain.add_edge("r", "x")
print("chain articulation:", chain.articulation_points(), "inf distance:", Graph.dijkstra(chain, "p")[0]["v"], math.inf > 10 ** 100)
