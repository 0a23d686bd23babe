import random


class DisjointSet:
    __slots__ = ("parent", "rank", "count")

    def __init__(self, n):
        self.parent = list(range(n))
        self.rank = [0] * n
        self.count = n

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
        if self.rank[ra] < self.rank[rb]:
            ra, rb = rb, ra
        self.parent[rb] = ra
        if self.rank[ra] == self.rank[rb]:
            self.rank[ra] += 1
        self.count -= 1
        return True

    def __repr__(self):
        return f"DisjointSet(n={len(self.parent)}, groups={self.count})"


class Percolation:
    def __init__(self, n):
        self.n = n
        self.open = [[False] * n for _ in range(n)]
        self.ds = DisjointSet(n * n + 2)
        self.top, self.bottom = n * n, n * n + 1
        self.opened = 0

    def index(self, r, c):
        return r * self.n + c

    def open_site(self, r, c):
        if self.open[r][c]:
            return
        self.open[r][c] = True
        self.opened += 1
        i = self.index(r, c)
        if r == 0:
            self.ds.union(i, self.top)
        if r == self.n - 1:
            self.ds.union(i, self.bottom)
        for dr, dc in ((1, 0), (-1, 0), (0, 1), (0, -1)):
            rr, cc = r + dr, c + dc
            if 0 <= rr < self.n and 0 <= cc < self.n and self.open[rr][cc]:
                self.ds.union(i, self.index(rr, cc))

    def percolates(self):
        return self.ds.find(self.top) == self.ds.find(self.bottom)

    def render(self):
        full_root = self.ds.find(self.top)
        rows = []
        for r in range(self.n):
            row = ""
            for c in range(self.n):
                if not self.open[r][c]:
                    row += "#"
                elif self.ds.find(self.index(r, c)) == full_root:
                    row += "~"
                else:
                    row += "."
            rows.append(row)
        return "\n".join(rows)


def trial(n, rng):
    p = Percolation(n)
    sites = [(r, c) for r in range(n) for c in range(n)]
    rng.shuffle(sites)
    for r, c in sites:
        p.open_site(r, c)
        if p.percolates():
            break
    return p


rng = random.Random(2024)
demo = trial(12, rng)
print(demo.render())
print(f"opened {demo.opened} of {12 * 12} sites -> threshold {demo.opened / 144:.4f}")
print(demo.ds)

estimates = [trial(20, rng).opened / 400 for _ in range(30)]
mean = sum(estimates) / len(estimates)
var = sum((x - mean) ** 2 for x in estimates) / (len(estimates) - 1)
print("mean threshold %.5f, stddev %.5f" % (mean, var ** 0.5))
lo, hi = mean - 1.96 * (var / len(estimates)) ** 0.5, mean + 1.96 * (var / len(estimates)) ** 0.5
print(f"95% confidence interval [{lo:.4f}, {hi:.4f}]")

# Kruskal's MST on random points with the same structure
random.seed(7)
points = [(random.randint(0, 50), random.randint(0, 50)) for _ in range(12)]
edges = sorted(
    ((abs(ax - bx) + abs(ay - by), i, j) for i, (ax, ay) in enumerate(points)
     for j, (bx, by) in enumerate(points) if i < j)
)
ds = DisjointSet(len(points))
tree = [(w, i, j) for w, i, j in edges if ds.union(i, j)]
print("points:", points)
print("MST edges:", [(i, j) for _, i, j in tree])
print("MST weight:", sum(w for w, _, _ in tree), "groups left:", ds.count)
