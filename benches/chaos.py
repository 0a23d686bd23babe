# Chaos game: a point repeatedly jumps part of the way towards a random point on one
# of several B-spline curves; the visited points, plotted on a grid, draw a fractal.
# Exercises a small vector class with operator overloading, spline evaluation by
# de Boor's algorithm, the random module and float formatting.
# Argument: number of iterations.
import math
import random
import sys


class Vec:
    __slots__ = ("x", "y")

    def __init__(self, x=0.0, y=0.0):
        self.x = x
        self.y = y

    def __add__(self, other):
        return Vec(self.x + other.x, self.y + other.y)

    def __sub__(self, other):
        return Vec(self.x - other.x, self.y - other.y)

    def __mul__(self, k):
        return Vec(self.x * k, self.y * k)

    __rmul__ = __mul__

    def __abs__(self):
        return math.sqrt(self.x * self.x + self.y * self.y)

    def lerp(self, other, t):
        return self * (1.0 - t) + other * t

    def __repr__(self):
        return f"Vec({self.x:.6f}, {self.y:.6f})"


class Spline:
    """A clamped uniform B-spline of the given degree through control points."""

    def __init__(self, points, degree=3):
        if len(points) <= degree:
            raise ValueError("need more control points than the degree")
        self.points = points
        self.degree = degree
        inner = len(points) - degree
        self.knots = [0.0] * degree + [i / inner for i in range(inner + 1)] + [1.0] * degree

    def span(self, u):
        """Index k with knots[k] <= u < knots[k + 1] (the last span for u == 1)."""
        lo, hi = self.degree, len(self.points) - 1
        if u >= self.knots[hi + 1]:
            return hi
        while lo < hi:
            mid = (lo + hi + 1) // 2
            if self.knots[mid] <= u:
                lo = mid
            else:
                hi = mid - 1
        return lo

    def __call__(self, u):
        p, knots = self.degree, self.knots
        k = self.span(u)
        d = [self.points[j + k - p] for j in range(p + 1)]
        for r in range(1, p + 1):
            for j in range(p, r - 1, -1):
                left = knots[j + k - p]
                right = knots[j + 1 + k - r]
                alpha = (u - left) / (right - left)
                d[j] = d[j - 1].lerp(d[j], alpha)
        return d[p]

    def length(self, samples=50):
        total = 0.0
        prev = self(0.0)
        for i in range(1, samples + 1):
            cur = self(i / samples)
            total += abs(cur - prev)
            prev = cur
        return total


class ChaosGame:
    def __init__(self, splines, pull=0.5):
        self.splines = splines
        self.pull = pull
        lengths = [s.length() for s in splines]
        total = sum(lengths)
        self.cumulative = []
        acc = 0.0
        for n in lengths:
            acc += n / total
            self.cumulative.append(acc)

    def pick(self, rng):
        r = rng.random()
        for i, c in enumerate(self.cumulative):
            if r <= c:
                return self.splines[i]
        return self.splines[-1]

    def run(self, iterations, width, height, rng):
        grid = [[0] * width for _ in range(height)]
        point = Vec(0.5, 0.5)
        for _ in range(iterations):
            target = self.pick(rng)(rng.random())
            point = point.lerp(target, self.pull)
            # Twist the point a little so the picture is not just the curves' hull.
            angle = 0.3 * (point.y - 0.5)
            c, s = math.cos(angle), math.sin(angle)
            dx, dy = point.x - 0.5, point.y - 0.5
            point = Vec(0.5 + c * dx - s * dy, 0.5 + s * dx + c * dy)
            col = min(width - 1, max(0, int(point.x * width)))
            row = min(height - 1, max(0, int(point.y * height)))
            grid[row][col] += 1
        return grid, point


def main():
    iterations = int(sys.argv[1]) if len(sys.argv) > 1 else 40000
    rng = random.Random(1234)
    splines = [
        Spline([Vec(0.05, 0.10), Vec(0.30, 0.95), Vec(0.55, 0.20), Vec(0.80, 0.90), Vec(0.95, 0.15)]),
        Spline([Vec(0.10, 0.50), Vec(0.50, 0.55), Vec(0.90, 0.45), Vec(0.50, 0.05)], degree=2),
        Spline([Vec(0.20, 0.80), Vec(0.40, 0.70), Vec(0.60, 0.90), Vec(0.85, 0.75)]),
    ]
    game = ChaosGame(splines)
    grid, last = game.run(iterations, 64, 32, rng)
    filled = sum(1 for row in grid for n in row if n)
    checksum = 0
    for row in grid:
        for n in row:
            checksum = (checksum * 131 + n) % 2147483647
    print("spline lengths:", ", ".join(f"{s.length():.4f}" for s in splines))
    print("last point:", last)
    print("cells filled:", filled, "checksum:", checksum)
    shades = " .:-=+*#%@"
    peak = max(max(row) for row in grid)
    for row in grid[::4]:
        print("".join(shades[min(9, (n * 9 + peak - 1) // peak)] for n in row[::2]))


main()
