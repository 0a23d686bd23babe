"""Conway's Game of Life on a bounded torus and on an unbounded set."""
from collections import Counter
from itertools import product


class Board:
    def __init__(self, width, height, live=()):
        self.w, self.h = width, height
        self.cells = [[False] * width for _ in range(height)]
        for x, y in live:
            self.cells[y % height][x % width] = True
        self.generation = 0

    @classmethod
    def from_text(cls, text):
        lines = [ln for ln in text.strip("\n").splitlines()]
        h, w = len(lines), max(map(len, lines))
        live = [(x, y) for y, ln in enumerate(lines) for x, ch in enumerate(ln) if ch in "#O*"]
        return cls(w, h, live)

    def neighbours(self, x, y):
        return sum(self.cells[(y + dy) % self.h][(x + dx) % self.w]
                   for dx, dy in product((-1, 0, 1), repeat=2) if (dx, dy) != (0, 0))

    def step(self):
        new = [[False] * self.w for _ in range(self.h)]
        for y in range(self.h):
            for x in range(self.w):
                n = self.neighbours(x, y)
                new[y][x] = n == 3 or (n == 2 and self.cells[y][x])
        self.cells = new
        self.generation += 1
        return self

    def population(self):
        return sum(map(sum, self.cells))

    def __str__(self):
        return "\n".join("".join("#" if c else "." for c in row) for row in self.cells)

    def snapshot(self):
        return tuple(tuple(row) for row in self.cells)


def step_sparse(live):
    counts = Counter((x + dx, y + dy) for x, y in live
                     for dx in (-1, 0, 1) for dy in (-1, 0, 1) if dx or dy)
    return {cell for cell, n in counts.items() if n == 3 or (n == 2 and cell in live)}


def bbox(live):
    xs = [x for x, _ in live]
    ys = [y for _, y in live]
    return min(xs), min(ys), max(xs), max(ys)


def render(live):
    x0, y0, x1, y1 = bbox(live)
    return "\n".join("".join("O" if (x, y) in live else "." for x in range(x0, x1 + 1))
                     for y in range(y0, y1 + 1))


def find_period(board, limit=50):
    seen = {board.snapshot(): 0}
    for i in range(1, limit + 1):
        board.step()
        snap = board.snapshot()
        if snap in seen:
            return seen[snap], i - seen[snap]
        seen[snap] = i
    return None


glider = Board.from_text("""
.#......
..#.....
###.....
........
........
........
""")
print("gen 0:\n" + str(glider))
for _ in range(4):
    glider.step()
print(f"gen {glider.generation} (pop {glider.population()}):\n{glider}")

blinker = Board.from_text("""
.....
..#..
..#..
..#..
.....
""")
print("blinker period:", find_period(blinker))
toad = Board(6, 6, [(2, 2), (3, 2), (4, 2), (1, 3), (2, 3), (3, 3)])
print("toad period:", find_period(toad))
block = Board(4, 4, [(1, 1), (2, 1), (1, 2), (2, 2)])
print("block period:", find_period(block))

# R-pentomino on an unbounded plane
live = {(1, 0), (2, 0), (0, 1), (1, 1), (1, 2)}
history = []
for gen in range(60):
    history.append(len(live))
    live = step_sparse(live)
print("r-pentomino populations:", history[:12], "...", history[-3:])
print("after 60 gens: pop", len(live), "bbox", bbox(live))

# Gosper-ish: diehard dies out
diehard = {(6, 0), (0, 1), (1, 1), (1, 2), (5, 2), (6, 2), (7, 2)}
gens = 0
while diehard and gens < 200:
    diehard = step_sparse(diehard)
    gens += 1
print("diehard vanished after", gens, "generations")

ship = {(1, 0), (2, 1), (0, 2), (1, 2), (2, 2)}
for _ in range(8):
    ship = step_sparse(ship)
print(render(ship))
print("glider moved to", bbox(ship))
print(sorted(ship))
