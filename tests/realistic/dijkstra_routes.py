"""Shortest routes between cities using Dijkstra, Bellman-Ford and Floyd-Warshall."""
from __future__ import annotations

import heapq
import math
from collections import defaultdict, deque
from dataclasses import dataclass, field
from typing import Dict, List, Optional, Tuple


@dataclass(order=True)
class Edge:
    weight: float
    src: str = field(compare=False)
    dst: str = field(compare=False)

    def __str__(self) -> str:
        return f"{self.src}->{self.dst} ({self.weight:g})"


class Graph:
    def __init__(self, directed: bool = False) -> None:
        self.directed = directed
        self.adj: Dict[str, List[Edge]] = defaultdict(list)

    def add_edge(self, u: str, v: str, w: float) -> None:
        self.adj[u].append(Edge(w, u, v))
        if not self.directed:
            self.adj[v].append(Edge(w, v, u))
        else:
            self.adj.setdefault(v, [])

    @property
    def nodes(self) -> List[str]:
        return sorted(self.adj)

    def __len__(self) -> int:
        return len(self.adj)

    def __repr__(self) -> str:
        n_edges = sum(len(es) for es in self.adj.values())
        return f"Graph(directed={self.directed!r}, nodes={len(self)}, edges={n_edges})"

    def dijkstra(self, source: str) -> Tuple[Dict[str, float], Dict[str, Optional[str]]]:
        dist = {n: math.inf for n in self.adj}
        prev: Dict[str, Optional[str]] = {n: None for n in self.adj}
        dist[source] = 0
        pq = [(0, source)]
        while pq:
            d, u = heapq.heappop(pq)
            if d > dist[u]:
                continue
            for e in self.adj[u]:
                nd = d + e.weight
                if nd < dist[e.dst]:
                    dist[e.dst] = nd
                    prev[e.dst] = u
                    heapq.heappush(pq, (nd, e.dst))
        return dist, prev

    def bellman_ford(self, source: str) -> Dict[str, float]:
        dist = {n: float("inf") for n in self.adj}
        dist[source] = 0
        edges = [e for es in self.adj.values() for e in es]
        for _ in range(len(self) - 1):
            changed = False
            for e in edges:
                if dist[e.src] + e.weight < dist[e.dst]:
                    dist[e.dst] = dist[e.src] + e.weight
                    changed = True
            if not changed:
                break
        for e in edges:
            if dist[e.src] + e.weight < dist[e.dst]:
                raise ValueError("graph contains a negative-weight cycle")
        return dist

    def floyd_warshall(self) -> List[List[float]]:
        names = self.nodes
        idx = {n: i for i, n in enumerate(names)}
        n = len(names)
        d = [[0 if i == j else math.inf for j in range(n)] for i in range(n)]
        for es in self.adj.values():
            for e in es:
                i, j = idx[e.src], idx[e.dst]
                d[i][j] = min(d[i][j], e.weight)
        for k in range(n):
            for i in range(n):
                for j in range(n):
                    if d[i][k] + d[k][j] < d[i][j]:
                        d[i][j] = d[i][k] + d[k][j]
        return d

    def bfs_hops(self, source: str) -> Dict[str, int]:
        seen = {source: 0}
        q = deque([source])
        while q:
            u = q.popleft()
            for e in self.adj[u]:
                if e.dst not in seen:
                    seen[e.dst] = seen[u] + 1
                    q.append(e.dst)
        return seen


def path_to(prev: Dict[str, Optional[str]], target: str) -> List[str]:
    out = []
    node: Optional[str] = target
    while node is not None:
        out.append(node)
        node = prev[node]
    return out[::-1]


def main() -> None:
    g = Graph()
    roads = [
        ("Amsterdam", "Berlin", 655.5), ("Amsterdam", "Brussels", 209),
        ("Brussels", "Paris", 312.25), ("Berlin", "Prague", 350),
        ("Prague", "Vienna", 333), ("Paris", "Lyon", 465), ("Lyon", "Geneva", 150),
        ("Geneva", "Milan", 250.75), ("Vienna", "Milan", 865), ("Berlin", "Copenhagen", 440),
        ("Paris", "Geneva", 540),
    ]
    for u, v, w in roads:
        g.add_edge(u, v, w)
    print(g)
    dist, prev = g.dijkstra("Amsterdam")
    width = max(map(len, dist))
    for city in sorted(dist, key=lambda c: (dist[c], c)):
        route = " > ".join(path_to(prev, city))
        print(f"{city:<{width}} {dist[city]:>9.2f} km  via {route}")
    bf = g.bellman_ford("Amsterdam")
    print("Bellman-Ford agrees:", all(math.isclose(bf[c], dist[c]) for c in dist))
    hops = g.bfs_hops("Amsterdam")
    print("hops:", sorted(hops.items(), key=lambda kv: (kv[1], kv[0])))

    fw = g.floyd_warshall()
    names = g.nodes
    short = [n[:3] for n in names]
    print("     " + " ".join(f"{s:>5}" for s in short))
    for s, row in zip(short, fw):
        print(f"{s:>4} " + " ".join(f"{x:5.0f}" if x != math.inf else "  inf" for x in row))

    dg = Graph(directed=True)
    for u, v, w in [("a", "b", 4), ("a", "c", 2), ("c", "b", -1), ("b", "d", 3), ("d", "c", 1)]:
        dg.add_edge(u, v, w)
    print(repr(dg), dg.bellman_ford("a"))
    dg.add_edge("d", "a", -9)
    try:
        dg.bellman_ford("a")
    except ValueError as exc:
        print(f"error: {exc!s}")
    edges = sorted(e for es in g.adj.values() for e in es)[:5]
    print("lightest:", ", ".join(map(str, edges)))
    print(min(edges), max(edges) > min(edges))


if __name__ == "__main__":
    main()
