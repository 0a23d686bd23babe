"""A small pure-Python matrix library with operator overloading."""
from fractions import Fraction
from numbers import Number
import math


class Matrix:
    __slots__ = ("rows", "cols", "_data")

    def __init__(self, data):
        data = [list(r) for r in data]
        if not data or any(len(r) != len(data[0]) for r in data):
            raise ValueError("ragged or empty matrix")
        self.rows, self.cols = len(data), len(data[0])
        self._data = data

    @classmethod
    def identity(cls, n):
        return cls([[1 if i == j else 0 for j in range(n)] for i in range(n)])

    @classmethod
    def zeros(cls, r, c):
        return cls([[0] * c for _ in range(r)])

    def __getitem__(self, idx):
        i, j = idx
        return self._data[i][j]

    def __setitem__(self, idx, value):
        i, j = idx
        self._data[i][j] = value

    def __iter__(self):
        for row in self._data:
            yield tuple(row)

    def __eq__(self, other):
        return isinstance(other, Matrix) and self._data == other._data

    __hash__ = None

    def __repr__(self):
        return f"Matrix({self._data!r})"

    def __str__(self):
        cells = [[str(x) for x in row] for row in self._data]
        w = max(len(c) for row in cells for c in row)
        return "\n".join("[" + " ".join(c.rjust(w) for c in row) + "]" for row in cells)

    def _elementwise(self, other, op):
        if isinstance(other, Matrix):
            if (self.rows, self.cols) != (other.rows, other.cols):
                raise ValueError(f"shape mismatch {self.shape} vs {other.shape}")
            return Matrix([[op(a, b) for a, b in zip(r1, r2)]
                           for r1, r2 in zip(self._data, other._data)])
        if isinstance(other, Number):
            return Matrix([[op(a, other) for a in r] for r in self._data])
        return NotImplemented

    def __add__(self, other):
        return self._elementwise(other, lambda a, b: a + b)

    __radd__ = __add__

    def __sub__(self, other):
        return self._elementwise(other, lambda a, b: a - b)

    def __rsub__(self, other):
        return (-self) + other

    def __neg__(self):
        return Matrix([[-a for a in r] for r in self._data])

    def __mul__(self, k):
        if isinstance(k, Number):
            return self._elementwise(k, lambda a, b: a * b)
        return NotImplemented

    __rmul__ = __mul__

    def __truediv__(self, k):
        return self._elementwise(k, lambda a, b: Fraction(a) / b)

    def __matmul__(self, other):
        if not isinstance(other, Matrix):
            return NotImplemented
        if self.cols != other.rows:
            raise ValueError(f"cannot multiply {self.shape} by {other.shape}")
        cols = list(zip(*other._data))
        return Matrix([[sum(a * b for a, b in zip(row, col)) for col in cols]
                       for row in self._data])

    def __pow__(self, n):
        if self.rows != self.cols:
            raise ValueError("square matrix required")
        result, base = Matrix.identity(self.rows), self
        while n:
            if n & 1:
                result = result @ base
            base = base @ base
            n >>= 1
        return result

    @property
    def shape(self):
        return (self.rows, self.cols)

    @property
    def T(self):
        return Matrix(zip(*self._data))

    def determinant(self):
        if self.rows != self.cols:
            raise ValueError("square matrix required")
        m = [[Fraction(x) for x in row] for row in self._data]
        n, det = self.rows, Fraction(1)
        for c in range(n):
            pivot = next((r for r in range(c, n) if m[r][c] != 0), None)
            if pivot is None:
                return Fraction(0)
            if pivot != c:
                m[c], m[pivot] = m[pivot], m[c]
                det = -det
            det *= m[c][c]
            for r in range(c + 1, n):
                f = m[r][c] / m[c][c]
                for k in range(c, n):
                    m[r][k] -= f * m[c][k]
        return det

    def inverse(self):
        n = self.rows
        aug = [[Fraction(x) for x in row] + [Fraction(int(i == j)) for j in range(n)]
               for i, row in enumerate(self._data)]
        for c in range(n):
            pivot = max(range(c, n), key=lambda r: abs(aug[r][c]))
            if aug[pivot][c] == 0:
                raise ZeroDivisionError("matrix is singular")
            aug[c], aug[pivot] = aug[pivot], aug[c]
            p = aug[c][c]
            aug[c] = [x / p for x in aug[c]]
            for r in range(n):
                if r != c and aug[r][c]:
                    f = aug[r][c]
                    aug[r] = [a - f * b for a, b in zip(aug[r], aug[c])]
        return Matrix(row[n:] for row in aug)

    def trace(self):
        return sum(self[i, i] for i in range(min(self.shape)))


A = Matrix([[2, 1], [1, 3]])
B = Matrix([[1, 2], [3, 4]])
print(A + B, A - B, 2 * A, A * 3, -B, sep="\n--\n")
print("A@B =", repr(A @ B))
print("B.T =", repr(B.T))
print("10 - A =", repr(10 - A))
print("A/2 =", A / 2)
print("det A:", A.determinant(), "det B:", B.determinant())
print("inv B:", B.inverse())
print("B @ inv B == I:", B @ B.inverse() == Matrix.identity(2))
fib = Matrix([[1, 1], [1, 0]]) ** 90
print("fib(90) =", fib[0, 1])
C = Matrix([[2, -1, 0], [-1, 2, -1], [0, -1, 2]])
print("det C =", C.determinant(), "trace =", C.trace())
print(C.inverse())
R = Matrix([[round(math.cos(math.pi / 6), 6), round(-math.sin(math.pi / 6), 6)],
            [round(math.sin(math.pi / 6), 6), round(math.cos(math.pi / 6), 6)]])
print("rotation:", repr(R @ Matrix([[1.0], [0.0]])))
for bad in (lambda: A @ Matrix([[1, 2, 3]]), lambda: A + Matrix.zeros(3, 3),
            lambda: Matrix([[1, 2], [2, 4]]).inverse(), lambda: Matrix([[1], [2, 3]]),
            lambda: A @ 3, lambda: {A: 1}):
    try:
        bad()
    except (ValueError, ZeroDivisionError, TypeError) as e:
        print(type(e).__name__ + ":", e)
print(list(Matrix.identity(3)), Matrix.zeros(1, 2).shape, A != B, A == Matrix([[2, 1], [1, 3]]))
