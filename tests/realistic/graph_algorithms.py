from collections import deque, defaultdict
import heapq
from graphlib import TopologicalSorter, CycleError


class Graph:
    def __init__(self, directed=False):
        self.directed = directed
        self.adj = defaultdict(dict)

    def add_edge(self, u, v, w=1):
        self.adj[u][v] = w
        if not self.directed:
            self.adj[v][u] = w
        else:
            self.adj[v]  # ensure node exists

    def nodes(self):
        return sorted(self.adj)

    def neighbors(self, u):
        return sorted(self.adj[u])

    def bfs(self, start):
        seen, order, q = {start}, [], deque([start])
        while q:
            u = q.popleft()
            order.append(u)
            for v in self.neighbors(u):
                if v not in seen:
                    seen.add(v)
                    q.append(v)
        return order

    def dfs(self, start):
        seen, order = set(), []
        def visit(u):
            seen.add(u)
            order.append(u)
            for v in self.neighbors(u):
                if v not in seen:
                    visit(v)
        visit(start)
        return order

    def dfs_iter(self, start):
        seen, order, stack = set(), [], [start]
        while stack:
            u = stack.pop()
            if u in seen:
                continue
            seen.add(u)
            order.append(u)
            stack.extend(reversed(self.neighbors(u)))
        return order

    def shortest_hops(self, s, t):
        prev = {s: None}
        q = deque([s])
        while q:
            u = q.popleft()
            if u == t:
                break
            for v in self.neighbors(u):
                if v not in prev:
                    prev[v] = u
                    q.append(v)
        if t not in prev:
            return None
        path = []
        while t is not None:
            path.append(t)
            t = prev[t]
        return path[::-1]

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

    def components(self):
        seen, comps = set(), []
        for n in self.nodes():
            if n not in seen:
                comp = self.bfs(n)
                seen.update(comp)
                comps.append(sorted(comp))
        return comps

    def topo_sort(self):
        indeg = {n: 0 for n in self.adj}
        for u in self.adj:
            for v in self.adj[u]:
                indeg[v] += 1
        ready = sorted(n for n, d in indeg.items() if d == 0)
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
            raise ValueError("graph has a cycle")
        return order

    def has_cycle(self):
        WHITE, GREY, BLACK = 0, 1, 2
        color = dict.fromkeys(self.adj, WHITE)
        def visit(u):
            color[u] = GREY
            for v in self.adj[u]:
                if color[v] == GREY or (color[v] == WHITE and visit(v)):
                    return True
            color[u] = BLACK
            return False
        return any(color[n] == WHITE and visit(n) for n in self.nodes())


g = Graph()
for u, v, w in [("A", "B", 4), ("A", "C", 2), ("B", "C", 5), ("B", "D", 10),
                ("C", "E", 3), ("E", "D", 4), ("D", "F", 11), ("X", "Y", 1)]:
    g.add_edge(u, v, w)
print("nodes:", g.nodes())
print("bfs:", g.bfs("A"))
print("dfs:", g.dfs("A"), g.dfs_iter("A") == g.dfs("A"))
print("hops A->F:", g.shortest_hops("A", "F"), "A->X:", g.shortest_hops("A", "X"))
dist, prev = g.dijkstra("A")
for n in sorted(dist):
    path, cur = [n], n
    while cur in prev:
        cur = prev[cur]
        path.append(cur)
    print(f"  {n}: {dist[n]:>2} via {'->'.join(reversed(path))}")
print("components:", g.components())

dag = Graph(directed=True)
for u, v in [("shirt", "tie"), ("tie", "jacket"), ("trousers", "shoes"),
             ("trousers", "belt"), ("belt", "jacket"), ("shirt", "belt"),
             ("socks", "shoes"), ("undershorts", "trousers"), ("undershorts", "shoes")]:
    dag.add_edge(u, v)
print("topo:", dag.topo_sort())
print("cycle?", dag.has_cycle())
dag.add_edge("jacket", "shirt")
print("cycle after jacket->shirt?", dag.has_cycle())
try:
    dag.topo_sort()
except ValueError as e:
    print("error:", e)

deps = {"app": {"lib", "config"}, "lib": {"core"}, "config": {"core"}, "tests": {"app"}}
ts = TopologicalSorter(deps)
ts.prepare()
batches = []
while ts.is_active():
    ready = sorted(ts.get_ready())
    batches.append(ready)
    ts.done(*ready)
print("graphlib batches:", batches)
try:
    list(TopologicalSorter({"a": {"b"}, "b": {"a"}}).static_order())
except CycleError as e:
    print("CycleError:", e.args[0], sorted(e.args[1]))

# grid shortest path with BFS
GRID = ["S.#.....",
        ".##.###.",
        "....#...",
        "#.#...#E"]
start = next((r, c) for r, row in enumerate(GRID) for c, ch in enumerate(row) if ch == "S")
q, dist = deque([start]), {start: 0}
while q:
    r, c = q.popleft()
    for dr, dc in ((0, 1), (1, 0), (0, -1), (-1, 0)):
        nr, nc = r + dr, c + dc
        if 0 <= nr < len(GRID) and 0 <= nc < len(GRID[0]) and GRID[nr][nc] != "#" \
                and (nr, nc) not in dist:
            dist[nr, nc] = dist[r, c] + 1
            q.append((nr, nc))
end = (3, 7)
print("grid distance S->E:", dist.get(end))
for r, row in enumerate(GRID):
    print("".join(ch if ch in "#SE" else (str(dist[r, c] % 10) if (r, c) in dist else "?")
                  for c, ch in enumerate(row)))
