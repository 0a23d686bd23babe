"""Exact matrix algebra with Fractions: @, **, inverse, determinant, rank, solve."""
from fractions import Fraction
from functools import reduce
from itertools import starmap, product
import operator


class Matrix:
    __slots__ = ("rows",)

    def __init__(self, rows):
        rows = [list(map(Fraction, r)) for r in rows]
        if not rows or any(len(r) != len(rows[0]) for r in rows):
            raise ValueError("ragged or empty matrix")
        self.rows = rows

    @classmethod
    def identity(cls, n):
        return cls([[int(i == j) for j in range(n)] for i in range(n)])

    @classmethod
    def from_func(cls, n, m, f):
        return cls([[f(i, j) for j in range(m)] for i in range(n)])

    @property
    def shape(self):
        return len(self.rows), len(self.rows[0])

    def __getitem__(self, ij):
        i, j = ij
        return self.rows[i][j]

    def __iter__(self):
        return (tuple(r) for r in self.rows)

    def __eq__(self, other):
        return isinstance(other, Matrix) and self.rows == other.rows

    def __hash__(self):
        return hash(tuple(map(tuple, self.rows)))

    @property
    def T(self):
        return Matrix(zip(*self.rows))

    def __add__(self, other):
        return Matrix([list(starmap(operator.add, zip(a, b))) for a, b in zip(self.rows, other.rows)])

    def __sub__(self, other):
        return self + other * -1

    def __mul__(self, k):
        return Matrix([[x * k for x in r] for r in self.rows])

    __rmul__ = __mul__

    def __truediv__(self, k):
        if not k:
            raise ZeroDivisionError("matrix divided by zero")
        return self * (1 / Fraction(k))

    def __matmul__(self, other):
        if self.shape[1] != other.shape[0]:
            raise ValueError(f"shapes {self.shape} and {other.shape} do not align")
        cols = list(zip(*other.rows))
        return Matrix([[sum(map(operator.mul, r, c)) for c in cols] for r in self.rows])

    def __pow__(self, n):
        if n < 0:
            return self.inverse() ** -n
        result, base = Matrix.identity(self.shape[0]), self
        while n:
            if n & 1:
                result = result @ base
            base = base @ base
            n >>= 1
        return result

    def __neg__(self):
        return self * -1

    def _echelon(self):
        m = [r[:] for r in self.rows]
        n_rows, n_cols = self.shape
        sign, pivots, r = 1, [], 0
        for c in range(n_cols):
            p = next((i for i in range(r, n_rows) if m[i][c] != 0), None)
            if p is None:
                continue
            if p != r:
                m[r], m[p] = m[p], m[r]
                sign = -sign
            pivots.append(c)
            for i in range(r + 1, n_rows):
                f = m[i][c] / m[r][c]
                m[i] = [a - f * b for a, b in zip(m[i], m[r])]
            r += 1
        return m, sign, pivots

    def det(self):
        n, k = self.shape
        if n != k:
            raise ValueError("determinant of a non-square matrix")
        m, sign, pivots = self._echelon()
        return sign * reduce(operator.mul, (m[i][i] for i in range(n)), Fraction(1))

    def rank(self):
        return len(self._echelon()[2])

    def inverse(self):
        n = self.shape[0]
        if self.det() == 0:
            raise ZeroDivisionError("singular matrix")
        aug = [r + e for r, e in zip(self.rows, Matrix.identity(n).rows)]
        for c in range(n):
            p = next(i for i in range(c, n) if aug[i][c] != 0)
            aug[c], aug[p] = aug[p], aug[c]
            pv = aug[c][c]
            aug[c] = [x / pv for x in aug[c]]
            for i in range(n):
                if i != c and aug[i][c]:
                    f = aug[i][c]
                    aug[i] = [a - f * b for a, b in zip(aug[i], aug[c])]
        return Matrix([r[n:] for r in aug])

    def solve(self, b):
        return [row[0] for row in (self.inverse() @ Matrix([[x] for x in b])).rows]

    def __repr__(self):
        return f"Matrix({[[str(x) for x in r] for r in self.rows]})"

    def __str__(self):
        cells = [[str(x) for x in r] for r in self.rows]
        w = max(len(c) for r in cells for c in r)
        return "\n".join("[ " + "  ".join(c.rjust(w) for c in r) + " ]" for r in cells)

    def __format__(self, spec):
        if not spec:
            return str(self)
        return "\n".join(" ".join(format(float(x), spec) for x in r) for r in self.rows)


A = Matrix([[2, -1, 0], [-1, 2, -1], [0, -1, 2]])
B = Matrix.from_func(3, 3, lambda i, j: Fraction(1, i + j + 1))
print(A, "", B, sep="\n")
print("det A =", A.det(), " det B =", B.det(), " rank:", A.rank(), Matrix([[1, 2], [2, 4]]).rank())
print("A^-1 =", A.inverse(), sep="\n")
print(A @ A.inverse() == Matrix.identity(3), B ** -1 @ B == Matrix.identity(3))
print(f"{B.inverse():8.2f}")
print(A ** 5)
print((A - A.T) == Matrix([[0] * 3] * 3), -A == A * -1, (2 * A + A).rows[0])
print(A.solve([1, 0, 1]), B.solve([1, 1, 1]))
fib = Matrix([[1, 1], [1, 0]]) ** 90
print("F90 =", fib[0, 1], " det =", fib.det())
print(len({A, A.T, Matrix(A), B}), list(Matrix([[1, 2], [3, 4]])))
print(A / 4)
for bad in (lambda: Matrix([[1, 2], [3]]), lambda: A @ Matrix([[1, 2]]), lambda: Matrix([[1, 2], [2, 4]]).inverse(),
            lambda: Matrix([[1, 2, 3]]).det(), lambda: A / 0):
    try:
        bad()
    except (ValueError, ZeroDivisionError) as e:
        print(type(e).__name__, "-", e)
hilbert = [Matrix.from_func(n, n, lambda i, j: Fraction(1, i + j + 1)).det() for n in range(1, 6)]
print([str(1 / h) for h in hilbert])
print(sum(x for row in product(range(1, 4), repeat=2) for x in row))
