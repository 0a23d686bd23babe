"""Exact linear algebra with Fractions: Gaussian elimination, inverse, determinant, rank."""
from fractions import Fraction
from itertools import permutations
from math import prod
import operator


class MatrixError(ValueError):
    pass


class Matrix:
    def __init__(self, rows):
        rows = [[Fraction(x) for x in row] for row in rows]
        if not rows or any(len(r) != len(rows[0]) for r in rows):
            raise MatrixError("rows must be non-empty and of equal length")
        self.rows = rows

    @classmethod
    def identity(cls, n):
        return cls([[int(i == j) for j in range(n)] for i in range(n)])

    @property
    def shape(self):
        return len(self.rows), len(self.rows[0])

    def __getitem__(self, ij):
        i, j = ij
        return self.rows[i][j]

    def __eq__(self, other):
        return isinstance(other, Matrix) and self.rows == other.rows

    def __repr__(self):
        return f"Matrix({[[str(x) for x in r] for r in self.rows]})"

    def __str__(self):
        cells = [[str(x) for x in r] for r in self.rows]
        w = max(len(c) for r in cells for c in r)
        return "\n".join("[ " + "  ".join(c.rjust(w) for c in r) + " ]" for r in cells)

    def _zip(self, other, op):
        if self.shape != other.shape:
            raise MatrixError(f"shape mismatch: {self.shape} vs {other.shape}")
        return Matrix([[op(a, b) for a, b in zip(r, s)] for r, s in zip(self.rows, other.rows)])

    def __add__(self, other):
        return self._zip(other, operator.add)

    def __sub__(self, other):
        return self._zip(other, operator.sub)

    def __mul__(self, k):
        return Matrix([[x * k for x in r] for r in self.rows])

    __rmul__ = __mul__

    def __matmul__(self, other):
        n, m = self.shape
        m2, p = other.shape
        if m != m2:
            raise MatrixError(f"cannot multiply {n}x{m} by {m2}x{p}")
        cols = list(zip(*other.rows))
        return Matrix([[sum(a * b for a, b in zip(r, c)) for c in cols] for r in self.rows])

    def __pow__(self, k):
        result = Matrix.identity(self.shape[0])
        base = self
        while k:
            if k & 1:
                result = result @ base
            base = base @ base
            k >>= 1
        return result

    def transpose(self):
        return Matrix([list(c) for c in zip(*self.rows)])

    def rref(self):
        a = [r[:] for r in self.rows]
        n, m = self.shape
        pivots, row = [], 0
        for col in range(m):
            pivot = next((r for r in range(row, n) if a[r][col] != 0), None)
            if pivot is None:
                continue
            a[row], a[pivot] = a[pivot], a[row]
            lead = a[row][col]
            a[row] = [x / lead for x in a[row]]
            for r in range(n):
                if r != row and a[r][col] != 0:
                    f = a[r][col]
                    a[r] = [x - f * y for x, y in zip(a[r], a[row])]
            pivots.append(col)
            row += 1
            if row == n:
                break
        return Matrix(a), pivots

    def rank(self):
        return len(self.rref()[1])

    def det(self):
        n, m = self.shape
        if n != m:
            raise MatrixError("determinant of a non-square matrix")
        a = [r[:] for r in self.rows]
        sign, d = 1, Fraction(1)
        for c in range(n):
            p = next((r for r in range(c, n) if a[r][c] != 0), None)
            if p is None:
                return Fraction(0)
            if p != c:
                a[c], a[p] = a[p], a[c]
                sign = -sign
            d *= a[c][c]
            for r in range(c + 1, n):
                f = a[r][c] / a[c][c]
                a[r] = [x - f * y for x, y in zip(a[r], a[c])]
        return sign * d

    def det_leibniz(self):
        n = self.shape[0]
        def parity(p):
            return sum(1 for i in range(n) for j in range(i + 1, n) if p[i] > p[j]) % 2
        return sum((-1) ** parity(p) * prod(self.rows[i][p[i]] for i in range(n)) for p in permutations(range(n)))

    def inverse(self):
        n = self.shape[0]
        aug = Matrix([r + e for r, e in zip(self.rows, Matrix.identity(n).rows)])
        red, piv = aug.rref()
        if piv[:n] != list(range(n)):
            raise MatrixError("matrix is singular")
        return Matrix([r[n:] for r in red.rows])


def solve(a, b):
    aug = Matrix([r + [x] for r, x in zip(a.rows, b)])
    red, piv = aug.rref()
    m = a.shape[1]
    if m in piv:
        return "no solution"
    if len(piv) < m:
        return f"infinitely many solutions (free columns {sorted(set(range(m)) - set(piv))})"
    return [red.rows[i][m] for i in range(m)]


A = Matrix([[2, 1, -1], [-3, -1, 2], [-2, 1, 2]])
print(A, A.shape, sep="\n")
print("det:", A.det(), A.det_leibniz(), "rank:", A.rank())
inv = A.inverse()
print("inverse:\n" + str(inv))
print("A @ inv == I:", A @ inv == Matrix.identity(3))
print("solution:", solve(A, [8, -11, -3]))
H = Matrix([[Fraction(1, i + j + 1) for j in range(4)] for i in range(4)])
print("Hilbert det:", H.det(), "inverse row 0:", [str(x) for x in H.inverse().rows[0]])
S = Matrix([[1, 2, 3], [2, 4, 6], [1, 0, 1]])
print("singular det:", S.det(), "rank:", S.rank())
try:
    S.inverse()
except MatrixError as e:
    print("error:", e)
print(solve(S, [1, 2, 3]), "|", solve(S, [1, 3, 3]))
F = Matrix([[1, 1], [1, 0]])
print("fib via power:", (F ** 90)[0, 1])
print(repr(A.transpose() * Fraction(1, 2)))
print((A + A - A * 3) @ Matrix([[1], [0], [Fraction(-1, 3)]]))
for bad in (lambda: A @ Matrix([[1, 2]]), lambda: A + Matrix([[1]]), lambda: Matrix([[1, 2], [3]]), lambda: Matrix([[1, 2]]).det()):
    try:
        bad()
    except MatrixError as e:
        print(type(e).__name__, e)
