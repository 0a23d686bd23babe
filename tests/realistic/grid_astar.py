"""A* path finding on a text maze, compared with BFS and a greedy search."""
import heapq
from collections import deque
from itertools import count

MAZE = """\
##########################
#S     #         #       #
# #### # ####### # ##### #
# #    #       # #     # #
# # ########## # ##### # #
# #          # #     # # #
# ########## # ##### # # #
#          # #     # #   #
########## # ##### # ### #
#        # #     # #   # #
# ###### # ##### # ### # #
#      #       #     #  G#
##########################"""


def parse(text):
    grid = text.splitlines()
    find = lambda ch: next((r, c) for r, row in enumerate(grid) for c, x in enumerate(row) if x == ch)
    return grid, find("S"), find("G")


def neighbours(grid, pos):
    r, c = pos
    for dr, dc in ((0, 1), (1, 0), (0, -1), (-1, 0)):
        nr, nc = r + dr, c + dc
        if 0 <= nr < len(grid) and 0 <= nc < len(grid[nr]) and grid[nr][nc] != "#":
            yield nr, nc


def manhattan(a, b):
    return abs(a[0] - b[0]) + abs(a[1] - b[1])


def reconstruct(came, end):
    path = [end]
    while path[-1] in came:
        path.append(came[path[-1]])
    return path[::-1]


def astar(grid, start, goal, h=manhattan):
    tie = count()
    frontier = [(h(start, goal), next(tie), start)]
    g = {start: 0}
    came = {}
    expanded = 0
    while frontier:
        _, _, cur = heapq.heappop(frontier)
        expanded += 1
        if cur == goal:
            return reconstruct(came, cur), expanded
        for nb in neighbours(grid, cur):
            ng = g[cur] + 1
            if ng < g.get(nb, float("inf")):
                g[nb] = ng
                came[nb] = cur
                heapq.heappush(frontier, (ng + h(nb, goal), next(tie), nb))
    return None, expanded


def bfs(grid, start, goal):
    came = {start: None}
    q = deque([start])
    while q:
        cur = q.popleft()
        if cur == goal:
            break
        for nb in neighbours(grid, cur):
            if nb not in came:
                came[nb] = cur
                q.append(nb)
    path, node = [], goal
    while node is not None:
        path.append(node)
        node = came[node]
    return path[::-1], len(came)


def draw(grid, path):
    rows = [list(r) for r in grid]
    for r, c in path[1:-1]:
        rows[r][c] = "·"
    return "\n".join("".join(r) for r in rows)


grid, start, goal = parse(MAZE)
print(f"start={start} goal={goal} size={len(grid)}x{len(grid[0])}")
path, n = astar(grid, start, goal)
print(f"A*: length {len(path) - 1}, expanded {n}")
print(draw(grid, path))
bpath, seen = bfs(grid, start, goal)
print(f"BFS: length {len(bpath) - 1}, visited {seen}, same length: {len(bpath) == len(path)}")
dpath, dn = astar(grid, start, goal, h=lambda a, b: 0)
print(f"Dijkstra (h=0): length {len(dpath) - 1}, expanded {dn}")
gpath, gn = astar(grid, start, goal, h=lambda a, b: 10 * manhattan(a, b))
print(f"greedy-ish: length {len(gpath) - 1}, expanded {gn}")
turns = sum(1 for a, b, c in zip(path, path[1:], path[2:]) if (b[0] - a[0], b[1] - a[1]) != (c[0] - b[0], c[1] - b[1]))
print("turns on A* path:", turns)
blocked = MAZE.replace("#  G#", "## G#").replace("#   #\n#####", "#####\n#####")
g2, s2, e2 = parse(blocked)
print("blocked:", astar(g2, s2, e2)[0])
