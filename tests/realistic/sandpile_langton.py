"""Three little cellular simulations: an abelian sandpile, Langton's ant and rule 110."""


def topple(grid):
    n = len(grid)
    rounds = 0
    while True:
        unstable = [(r, c) for r in range(n) for c in range(n) if grid[r][c] >= 4]
        if not unstable:
            return rounds
        rounds += 1
        for r, c in unstable:
            grid[r][c] -= 4
            for dr, dc in ((1, 0), (-1, 0), (0, 1), (0, -1)):
                rr, cc = r + dr, c + dc
                if 0 <= rr < n and 0 <= cc < n:
                    grid[rr][cc] += 1


def show(grid, chars=" .:#"):
    return "\n".join("".join(chars[v] for v in row) for row in grid)


size = 15
pile = [[0] * size for _ in range(size)]
pile[size // 2][size // 2] = 300
rounds = topple(pile)
print(f"sandpile settled after {rounds} rounds, grains left {sum(map(sum, pile))}")
print(show(pile))
print("symmetric:", pile == [row[::-1] for row in pile] == pile[::-1], "counts:", {v: sum(row.count(v) for row in pile) for v in range(4)})


class Ant:
    HEADINGS = "NESW"
    MOVES = {"N": (-1, 0), "E": (0, 1), "S": (1, 0), "W": (0, -1)}

    def __init__(self):
        self.pos = (0, 0)
        self.heading = 0
        self.black = set()
        self.steps = 0

    def step(self):
        if self.pos in self.black:
            self.heading = (self.heading - 1) % 4
            self.black.remove(self.pos)
        else:
            self.heading = (self.heading + 1) % 4
            self.black.add(self.pos)
        dr, dc = self.MOVES[self.HEADINGS[self.heading]]
        self.pos = (self.pos[0] + dr, self.pos[1] + dc)
        self.steps += 1

    def bounds(self):
        rows = [r for r, _ in self.black] + [self.pos[0]]
        cols = [c for _, c in self.black] + [self.pos[1]]
        return min(rows), max(rows), min(cols), max(cols)

    def render(self):
        r0, r1, c0, c1 = self.bounds()
        lines = []
        for r in range(r0, r1 + 1):
            line = []
            for c in range(c0, c1 + 1):
                if (r, c) == self.pos:
                    line.append("NESW"[self.heading])
                else:
                    line.append("#" if (r, c) in self.black else ".")
            lines.append("".join(line))
        return "\n".join(lines)


ant = Ant()
checkpoints = {100, 500, 1000, 2000}
while ant.steps < 2000:
    ant.step()
    if ant.steps in checkpoints:
        r0, r1, c0, c1 = ant.bounds()
        print(f"step {ant.steps:>5}: {len(ant.black):>4} black cells, box {r1 - r0 + 1}x{c1 - c0 + 1}, at {ant.pos} facing {Ant.HEADINGS[ant.heading]}")
ant2 = Ant()
for _ in range(200):
    ant2.step()
print(ant2.render())


def rule_table(number):
    return {tuple(int(b) for b in f"{i:03b}"): (number >> i) & 1 for i in range(8)}


def run_rule(number, width=48, generations=16):
    table = rule_table(number)
    cells = [0] * width
    cells[-1] = 1
    out = []
    for _ in range(generations):
        out.append("".join("█" if c else " " for c in cells).rstrip())
        cells = [table[(cells[i - 1], cells[i], cells[(i + 1) % width])] for i in range(width)]
    return out


for line in run_rule(110):
    print("|" + line)
print(sorted(rule_table(30).items()))
pop = [sum(1 for ch in line if ch == "█") for line in run_rule(90, 32, 16)]
print("rule 90 populations:", pop)
