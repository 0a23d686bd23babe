"""Exact linear algebra with fractions: Gaussian elimination, inverse, determinant."""
from fractions import Fraction
from functools import reduce
from itertools import product, permutations
from operator import mul
import math


class Matrix:
    def __init__(self, rows):
        self.rows = [[Fraction(x) for x in row] for row in rows]
        if len({len(r) for r in self.rows}) > 1:
            raise ValueError("ragged matrix")

    @classmethod
    def identity(cls, n):
        return cls([[int(i == j) for j in range(n)] for i in range(n)])

    @property
    def shape(self):
        return len(self.rows), len(self.rows[0]) if self.rows else 0

    def __getitem__(self, idx):
        i, j = idx
        return self.rows[i][j]

    def __eq__(self, other):
        return isinstance(other, Matrix) and self.rows == other.rows

    def __matmul__(self, other):
        n, m = self.shape
        m2, p = other.shape
        if m != m2:
            raise ValueError(f"shape mismatch {self.shape} @ {other.shape}")
        cols = list(zip(*other.rows))
        return Matrix([[sum(a * b for a, b in zip(row, col)) for col in cols] for row in self.rows])

    def __mul__(self, k):
        return Matrix([[k * x for x in row] for row in self.rows])

    __rmul__ = __mul__

    def __add__(self, other):
        return Matrix([[a + b for a, b in zip(r1, r2)] for r1, r2 in zip(self.rows, other.rows)])

    def __neg__(self):
        return self * -1

    def __sub__(self, other):
        return self + (-other)

    def __pow__(self, n):
        result = Matrix.identity(self.shape[0])
        base = self
        while n:
            if n & 1:
                result = result @ base
            base = base @ base
            n >>= 1
        return result

    def transpose(self):
        return Matrix(list(map(list, zip(*self.rows))))

    def __repr__(self):
        return f"Matrix({[[str(x) for x in r] for r in self.rows]})"

    def __str__(self):
        cells = [[str(x) for x in r] for r in self.rows]
        w = max(len(c) for r in cells for c in r)
        return "\n".join("[ " + "  ".join(c.rjust(w) for c in r) + " ]" for r in cells)

    def rref(self):
        rows = [r[:] for r in self.rows]
        n, m = self.shape
        pivot_row = 0
        pivots = []
        for col in range(m):
            pr = next((r for r in range(pivot_row, n) if rows[r][col] != 0), None)
            if pr is None:
                continue
            rows[pivot_row], rows[pr] = rows[pr], rows[pivot_row]
            pv = rows[pivot_row][col]
            rows[pivot_row] = [x / pv for x in rows[pivot_row]]
            for r in range(n):
                if r != pivot_row and rows[r][col] != 0:
                    f = rows[r][col]
                    rows[r] = [a - f * b for a, b in zip(rows[r], rows[pivot_row])]
            pivots.append(col)
            pivot_row += 1
        return Matrix(rows), pivots

    def det(self):
        n = self.shape[0]
        total = Fraction(0)
        for perm in permutations(range(n)):
            inversions = sum(1 for i in range(n) for j in range(i + 1, n) if perm[i] > perm[j])
            term = reduce(mul, (self.rows[i][perm[i]] for i in range(n)), Fraction(1))
            total += -term if inversions % 2 else term
        return total

    def inverse(self):
        n = self.shape[0]
        aug = Matrix([r + [Fraction(int(i == j)) for j in range(n)] for i, r in enumerate(self.rows)])
        red, pivots = aug.rref()
        if pivots[:n] != list(range(n)):
            raise ZeroDivisionError("matrix is singular")
        return Matrix([r[n:] for r in red.rows])


A = Matrix([[2, 1, -1], [-3, -1, 2], [-2, 1, 2]])
b = [8, -11, -3]
aug = Matrix([row + [v] for row, v in zip(A.rows, b)])
red, piv = aug.rref()
print(red)
print("solution:", [str(r[-1]) for r in red.rows], piv)
print("det:", A.det(), "rank:", len(A.rref()[1]))
inv = A.inverse()
print(inv)
print(A @ inv == Matrix.identity(3), inv @ A == Matrix.identity(3))
H = Matrix([[Fraction(1, i + j + 1) for j in range(4)] for i in range(4)])
print("hilbert det:", H.det(), "inverse row0:", [str(x) for x in H.inverse().rows[0]])
F = Matrix([[1, 1], [1, 0]])
print("fib:", (F ** 30)[0, 1], (F ** 90)[0, 1], math.isqrt(int((F ** 90)[0, 1])))
S = Matrix([[1, 2], [2, 4]])
try:
    S.inverse()
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    A @ S
except ValueError as e:
    print("ValueError:", e)
try:
    Matrix([[1, 2], [3]])
except ValueError as e:
    print("ValueError:", e)
M = Matrix([["1/2", "0.25"], [Fraction(3, 7), -1]])
print(repr(M), M.transpose().shape, (M - M.transpose())[0, 1], 3 * M == M * 3)
print(M + M, sep="")
grid = {(i, j): Fraction(i, j) for i, j in product(range(1, 4), repeat=2)}
print(sorted(set(grid.values())), max(grid, key=grid.get), sum(grid.values()))
print(Fraction(355, 113) - Fraction(math.pi), f"{Fraction(1, 3):.5f}" if hasattr(Fraction, "__format__") and Fraction.__format__ is not object.__format__ else float(Fraction(1, 3)))
