"""Builds a seeded word-search puzzle, prints it, then solves it again."""
import random
import string
from itertools import product

DIRECTIONS = {
    "E": (0, 1), "W": (0, -1), "S": (1, 0), "N": (-1, 0),
    "SE": (1, 1), "NW": (-1, -1), "NE": (-1, 1), "SW": (1, -1),
}


class Puzzle:
    def __init__(self, rows, cols, seed):
        self.rows, self.cols = rows, cols
        self.grid = [[None] * cols for _ in range(rows)]
        self.rng = random.Random(seed)
        self.placed = {}

    def fits(self, word, r, c, dr, dc):
        for i, ch in enumerate(word):
            rr, cc = r + dr * i, c + dc * i
            if not (0 <= rr < self.rows and 0 <= cc < self.cols):
                return False
            if self.grid[rr][cc] not in (None, ch):
                return False
        return True

    def place(self, word, attempts=200):
        for _ in range(attempts):
            name = self.rng.choice(sorted(DIRECTIONS))
            dr, dc = DIRECTIONS[name]
            r, c = self.rng.randrange(self.rows), self.rng.randrange(self.cols)
            if self.fits(word, r, c, dr, dc):
                for i, ch in enumerate(word):
                    self.grid[r + dr * i][c + dc * i] = ch
                self.placed[word] = (r, c, name)
                return True
        return False

    def fill(self):
        for r, c in product(range(self.rows), range(self.cols)):
            if self.grid[r][c] is None:
                self.grid[r][c] = self.rng.choice(string.ascii_uppercase).lower()

    def __str__(self):
        header = "    " + " ".join(f"{c % 10}" for c in range(self.cols))
        lines = [header]
        for r, row in enumerate(self.grid):
            lines.append(f"{r:>2}  " + " ".join(ch.upper() for ch in row))
        return "\n".join(lines)


def solve(grid, words):
    rows, cols = len(grid), len(grid[0])
    found = {}
    index = {}
    for r in range(rows):
        for c in range(cols):
            index.setdefault(grid[r][c], []).append((r, c))
    for word in words:
        for (r, c), (name, (dr, dc)) in product(index.get(word[0], []), sorted(DIRECTIONS.items())):
            end_r, end_c = r + dr * (len(word) - 1), c + dc * (len(word) - 1)
            if not (0 <= end_r < rows and 0 <= end_c < cols):
                continue
            if all(grid[r + dr * i][c + dc * i] == ch for i, ch in enumerate(word)):
                found.setdefault(word, []).append((r, c, name))
    return found


words = sorted(["python", "generator", "closure", "lambda", "decorator", "iterator", "tuple", "slice",
                "yield", "class", "import", "module", "heap", "queue", "trie", "graph"], key=len, reverse=True)
puzzle = Puzzle(14, 14, seed=31337)
skipped = [w for w in words if not puzzle.place(w)]
puzzle.fill()
print(puzzle)
print("placed:", len(puzzle.placed), "skipped:", skipped)
letters = sum(len(w) for w in puzzle.placed)
print(f"letters used by words: {letters} of {14 * 14} ({letters / 196:.1%})")
solution = solve(puzzle.grid, words)
for word in sorted(solution, key=lambda w: (puzzle.placed[w][0], puzzle.placed[w][1])):
    hits = solution[word]
    mark = "" if puzzle.placed[word] in hits else "  (MISMATCH)"
    extra = f" +{len(hits) - 1} accidental" if len(hits) > 1 else ""
    r, c, d = puzzle.placed[word]
    print(f"  {word:<10} row {r:>2} col {c:>2} going {d:<2}{extra}{mark}")
by_dir = {}
for r, c, d in puzzle.placed.values():
    by_dir[d] = by_dir.get(d, 0) + 1
print("directions:", dict(sorted(by_dir.items(), key=lambda kv: (-kv[1], kv[0]))))
freq = {}
for row in puzzle.grid:
    for ch in row:
        freq[ch] = freq.get(ch, 0) + 1
top = sorted(freq.items(), key=lambda kv: (-kv[1], kv[0]))[:6]
print("most common letters:", ", ".join(f"{k.upper()}×{v}" for k, v in top))
