"""Matrix class with operator overloading, determinant and inverse via Fractions."""
from fractions import Fraction
from functools import reduce
import operator


class MatrixError(ValueError):
    pass


class Matrix:
    __slots__ = ("rows", "n", "m")

    def __init__(self, rows):
        rows = [[Fraction(x) for x in row] for row in rows]
        if not rows or any(len(r) != len(rows[0]) for r in rows):
            raise MatrixError("ragged or empty matrix")
        self.rows = rows
        self.n = len(rows)
        self.m = len(rows[0])

    @classmethod
    def identity(cls, n):
        return cls([[1 if i == j else 0 for j in range(n)] for i in range(n)])

    @property
    def shape(self):
        return (self.n, self.m)

    def __getitem__(self, idx):
        i, j = idx
        return self.rows[i][j]

    def __eq__(self, other):
        if not isinstance(other, Matrix):
            return NotImplemented
        return self.rows == other.rows

    __hash__ = None

    def __add__(self, other):
        if self.shape != other.shape:
            raise MatrixError(f"shape mismatch {self.shape} vs {other.shape}")
        return Matrix([[a + b for a, b in zip(r, s)] for r, s in zip(self.rows, other.rows)])

    def __sub__(self, other):
        return self + (-other)

    def __neg__(self):
        return Matrix([[-x for x in r] for r in self.rows])

    def __mul__(self, other):
        if isinstance(other, (int, Fraction)):
            return Matrix([[x * other for x in r] for r in self.rows])
        if isinstance(other, Matrix):
            return self @ other
        return NotImplemented

    __rmul__ = __mul__

    def __matmul__(self, other):
        if self.m != other.n:
            raise MatrixError(f"cannot multiply {self.shape} by {other.shape}")
        cols = list(zip(*other.rows))
        return Matrix([[sum(a * b for a, b in zip(r, c)) for c in cols] for r in self.rows])

    def __pow__(self, k):
        result = Matrix.identity(self.n)
        base = self
        while k:
            if k & 1:
                result = result @ base
            base = base @ base
            k >>= 1
        return result

    def transpose(self):
        return Matrix([list(c) for c in zip(*self.rows)])

    def det(self):
        if self.n != self.m:
            raise MatrixError("determinant of non-square matrix")
        a = [row[:] for row in self.rows]
        n = self.n
        sign = 1
        for col in range(n):
            pivot = next((r for r in range(col, n) if a[r][col] != 0), None)
            if pivot is None:
                return Fraction(0)
            if pivot != col:
                a[col], a[pivot] = a[pivot], a[col]
                sign = -sign
            for r in range(col + 1, n):
                f = a[r][col] / a[col][col]
                for c in range(col, n):
                    a[r][c] -= f * a[col][c]
        return sign * reduce(operator.mul, (a[i][i] for i in range(n)), Fraction(1))

    def inverse(self):
        n = self.n
        aug = [row[:] + [Fraction(int(i == j)) for j in range(n)] for i, row in enumerate(self.rows)]
        for col in range(n):
            pivot = max(range(col, n), key=lambda r: abs(aug[r][col]))
            if aug[pivot][col] == 0:
                raise ZeroDivisionError("matrix is singular")
            aug[col], aug[pivot] = aug[pivot], aug[col]
            p = aug[col][col]
            aug[col] = [x / p for x in aug[col]]
            for r in range(n):
                if r != col and aug[r][col]:
                    f = aug[r][col]
                    aug[r] = [x - f * y for x, y in zip(aug[r], aug[col])]
        return Matrix([row[n:] for row in aug])

    def __repr__(self):
        return f"Matrix({[[str(x) for x in r] for r in self.rows]})"

    def __str__(self):
        cells = [[str(x) for x in r] for r in self.rows]
        w = max(len(c) for r in cells for c in r)
        return "\n".join("[ " + "  ".join(c.rjust(w) for c in r) + " ]" for r in cells)


A = Matrix([[2, 1, 1], [1, 3, 2], [1, 0, 0]])
B = Matrix([[1, 2, 3], [0, 1, 4], [5, 6, 0]])
print(A)
print("det A =", A.det(), " det B =", B.det())
print("A + B =\n" + str(A + B))
print("A @ B =\n" + str(A @ B))
print("2 * A - A == A:", 2 * A - A == A)
inv = B.inverse()
print("B^-1 =")
print(inv)
print("B @ B^-1 is identity:", B @ inv == Matrix.identity(3))
fib = Matrix([[1, 1], [1, 0]]) ** 30
print("fib(30) =", fib[0, 1])
print(repr(Matrix([[Fraction(1, 3), 2]]).transpose()))
for bad in (lambda: A @ Matrix([[1, 2]]), lambda: Matrix([[1, 2], [3]]), lambda: Matrix([[1, 2], [2, 4]]).inverse(), lambda: hash(A)):
    try:
        bad()
    except (MatrixError, ZeroDivisionError, TypeError) as e:
        print(f"{type(e).__name__}: {e}")
print(A.shape, A == "A", A != B)
