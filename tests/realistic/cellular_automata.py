"""Elementary cellular automata, Langton's ant and a forest-fire model, drawn as text."""
import random
from collections import Counter


def rule_table(rule):
    return {tuple(int(b) for b in f"{i:03b}"): (rule >> i) & 1 for i in range(8)}


def run_elementary(rule, width, steps, seed_cells=None):
    table = rule_table(rule)
    row = [0] * width
    for i in seed_cells or [width // 2]:
        row[i] = 1
    history = [row]
    for _ in range(steps - 1):
        row = [table[(row[i - 1], row[i], row[(i + 1) % width])] for i in range(width)]
        history.append(row)
    return history


def draw(rows, on="█", off=" "):
    return "\n".join("".join(on if c else off for c in r) for r in rows)


def langtons_ant(size, steps):
    grid = set()
    x = y = size // 2
    dx, dy = 0, -1
    for _ in range(steps):
        if (x, y) in grid:
            dx, dy = -dy, dx
            grid.remove((x, y))
        else:
            dx, dy = dy, -dx
            grid.add((x, y))
        x, y = (x + dx) % size, (y + dy) % size
    return grid, (x, y)


EMPTY, TREE, FIRE = ".", "T", "*"


def forest_fire(w, h, steps, p_grow, p_lightning, rng):
    grid = [[TREE if rng.random() < 0.55 else EMPTY for _ in range(w)] for _ in range(h)]
    counts = []
    for step in range(steps):
        new = [row[:] for row in grid]
        for y in range(h):
            for x in range(w):
                cell = grid[y][x]
                if cell == FIRE:
                    new[y][x] = EMPTY
                elif cell == TREE:
                    burning = any(grid[(y + dy) % h][(x + dx) % w] == FIRE
                                  for dy in (-1, 0, 1) for dx in (-1, 0, 1) if dx or dy)
                    if burning or rng.random() < p_lightning:
                        new[y][x] = FIRE
                elif rng.random() < p_grow:
                    new[y][x] = TREE
        grid = new
        counts.append(Counter(c for row in grid for c in row))
    return grid, counts


def main():
    for rule in (30, 90, 110):
        rows = run_elementary(rule, 31, 16)
        live = sum(map(sum, rows))
        print(f"rule {rule} ({rule:08b}), {live} live cells")
        print(draw(rows))
        print()
    centre = [r[len(r) // 2] for r in run_elementary(30, 101, 64)]
    bits = "".join(map(str, centre))
    print("rule 30 centre column:", bits, int(bits, 2) % 1_000_003)
    grid, pos = langtons_ant(40, 11000)
    print(f"Langton's ant: {len(grid)} black cells, ant at {pos}")
    xs = sorted(x for x, _ in grid)
    print("  x range", xs[0], xs[-1])
    rng = random.Random(3)
    final, counts = forest_fire(24, 8, 12, 0.05, 0.002, rng)
    for i, c in enumerate(counts):
        print(f"  step {i:2d}: trees {c[TREE]:3d} fire {c[FIRE]:3d} empty {c[EMPTY]:3d}")
    print("\n".join("".join(row) for row in final))


main()
