"""Generate mazes (recursive backtracker, Prim, Kruskal), draw them, solve them with BFS and A*."""
import heapq
import random
from collections import deque

N, S, E, W = 1, 2, 4, 8
DIRS = {N: (0, -1), S: (0, 1), E: (1, 0), W: (-1, 0)}
OPPOSITE = {N: S, S: N, E: W, W: E}


class Maze:
    def __init__(self, width, height):
        self.w, self.h = width, height
        self.cells = [[0] * width for _ in range(height)]

    def carve(self, x, y, d):
        dx, dy = DIRS[d]
        self.cells[y][x] |= d
        self.cells[y + dy][x + dx] |= OPPOSITE[d]

    def neighbours(self, x, y):
        for d, (dx, dy) in DIRS.items():
            nx, ny = x + dx, y + dy
            if 0 <= nx < self.w and 0 <= ny < self.h:
                yield d, nx, ny

    def open_moves(self, x, y):
        for d, nx, ny in self.neighbours(x, y):
            if self.cells[y][x] & d:
                yield nx, ny

    def render(self, path=()):
        on_path = set(path)
        lines = ["+" + "---+" * self.w]
        for y in range(self.h):
            row, below = "|", "+"
            for x in range(self.w):
                mark = " * " if (x, y) in on_path else "   "
                row += mark + (" " if self.cells[y][x] & E else "|")
                below += ("   " if self.cells[y][x] & S else "---") + "+"
            lines += [row, below]
        return "\n".join(lines)


def backtracker(w, h, rng):
    m = Maze(w, h)
    stack, seen = [(0, 0)], {(0, 0)}
    while stack:
        x, y = stack[-1]
        options = [(d, nx, ny) for d, nx, ny in m.neighbours(x, y) if (nx, ny) not in seen]
        if not options:
            stack.pop()
            continue
        d, nx, ny = rng.choice(options)
        m.carve(x, y, d)
        seen.add((nx, ny))
        stack.append((nx, ny))
    return m


def prim(w, h, rng):
    m = Maze(w, h)
    inside = {(0, 0)}
    frontier = [(0, 0, d) for d, _, _ in m.neighbours(0, 0)]
    while frontier:
        x, y, d = frontier.pop(rng.randrange(len(frontier)))
        dx, dy = DIRS[d]
        nx, ny = x + dx, y + dy
        if (nx, ny) in inside:
            continue
        m.carve(x, y, d)
        inside.add((nx, ny))
        frontier.extend((nx, ny, d2) for d2, ax, ay in m.neighbours(nx, ny) if (ax, ay) not in inside)
    return m


def kruskal(w, h, rng):
    m = Maze(w, h)
    parent = {(x, y): (x, y) for x in range(w) for y in range(h)}

    def find(c):
        while parent[c] != c:
            parent[c] = parent[parent[c]]
            c = parent[c]
        return c

    edges = [(x, y, d) for x in range(w) for y in range(h) for d in (S, E)
             if (d == S and y + 1 < h) or (d == E and x + 1 < w)]
    rng.shuffle(edges)
    for x, y, d in edges:
        dx, dy = DIRS[d]
        a, b = find((x, y)), find((x + dx, y + dy))
        if a != b:
            parent[a] = b
            m.carve(x, y, d)
    return m


def bfs(m, start, goal):
    prev = {start: None}
    q = deque([start])
    while q:
        cur = q.popleft()
        if cur == goal:
            break
        for nxt in m.open_moves(*cur):
            if nxt not in prev:
                prev[nxt] = cur
                q.append(nxt)
    path, cur = [], goal
    while cur is not None:
        path.append(cur)
        cur = prev[cur]
    return path[::-1], len(prev)


def astar(m, start, goal):
    h = lambda p: abs(p[0] - goal[0]) + abs(p[1] - goal[1])
    open_heap = [(h(start), 0, start)]
    best = {start: 0}
    expanded = 0
    while open_heap:
        f, g, cur = heapq.heappop(open_heap)
        if cur == goal:
            return g, expanded
        if g > best[cur]:
            continue
        expanded += 1
        for nxt in m.open_moves(*cur):
            if g + 1 < best.get(nxt, float("inf")):
                best[nxt] = g + 1
                heapq.heappush(open_heap, (g + 1 + h(nxt), g + 1, nxt))
    return None, expanded


def stats(m):
    dead_ends = sum(1 for y in range(m.h) for x in range(m.w) if bin(m.cells[y][x]).count("1") == 1)
    passages = sum(bin(c).count("1") for row in m.cells for c in row) // 2
    return dead_ends, passages


def main():
    for name, gen in [("backtracker", backtracker), ("prim", prim), ("kruskal", kruskal)]:
        rng = random.Random(99)
        m = gen(8, 5, rng)
        path, visited = bfs(m, (0, 0), (7, 4))
        length, expanded = astar(m, (0, 0), (7, 4))
        dead, passages = stats(m)
        print(f"{name}: path {len(path) - 1} steps (A* {length}), BFS visited {visited}, "
              f"A* expanded {expanded}, dead ends {dead}, passages {passages}")
        print(m.render(path))
        print()
    big = backtracker(30, 30, random.Random(5))
    path, visited = bfs(big, (0, 0), (29, 29))
    print("30x30:", len(path) - 1, "steps;", stats(big))


main()
