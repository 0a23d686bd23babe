"""A dictionary-of-keys sparse matrix with operator overloading: addition,
scalar and matrix multiplication (@), transpose, equality, iteration over
non-zeros, conversion to dense rows, and a PageRank run on a link graph."""

from fractions import Fraction
import operator


class SparseMatrix:
    __slots__ = ("rows", "cols", "data")

    def __init__(self, rows, cols, data=None):
        if rows <= 0 or cols <= 0:
            raise ValueError(f"bad shape {rows}x{cols}")
        self.rows, self.cols = rows, cols
        self.data = {}
        for (r, c), v in (data or {}).items():
            self[r, c] = v

    @classmethod
    def identity(cls, n):
        return cls(n, n, {(i, i): 1 for i in range(n)})

    @classmethod
    def from_dense(cls, rows):
        m = cls(len(rows), len(rows[0]))
        for r, row in enumerate(rows):
            for c, v in enumerate(row):
                m[r, c] = v
        return m

    def _check(self, key):
        r, c = key
        if not (0 <= r < self.rows and 0 <= c < self.cols):
            raise IndexError(f"index {key} out of range for {self.rows}x{self.cols}")

    def __getitem__(self, key):
        self._check(key)
        return self.data.get(key, 0)

    def __setitem__(self, key, value):
        self._check(key)
        if value:
            self.data[key] = value
        else:
            self.data.pop(key, None)

    def __iter__(self):
        return iter(sorted(self.data.items()))

    def __len__(self):
        return len(self.data)

    @property
    def shape(self):
        return self.rows, self.cols

    @property
    def density(self):
        return Fraction(len(self.data), self.rows * self.cols)

    def _same_shape(self, other):
        if not isinstance(other, SparseMatrix):
            return NotImplemented
        if self.shape != other.shape:
            raise ValueError(f"shape mismatch {self.shape} vs {other.shape}")
        return True

    def _combine(self, other, op):
        check = self._same_shape(other)
        if check is NotImplemented:
            return NotImplemented
        out = SparseMatrix(*self.shape)
        for key in self.data.keys() | other.data.keys():
            out[key] = op(self.data.get(key, 0), other.data.get(key, 0))
        return out

    def __add__(self, other):
        return self._combine(other, operator.add)

    def __sub__(self, other):
        return self._combine(other, operator.sub)

    def __mul__(self, k):
        if not isinstance(k, (int, float, Fraction)):
            return NotImplemented
        return SparseMatrix(*self.shape, {key: v * k for key, v in self.data.items()})

    __rmul__ = __mul__

    def __neg__(self):
        return self * -1

    def __matmul__(self, other):
        if isinstance(other, list):
            if len(other) != self.cols:
                raise ValueError("vector length mismatch")
            out = [0] * self.rows
            for (r, c), v in self.data.items():
                out[r] += v * other[c]
            return out
        if self.cols != other.rows:
            raise ValueError(f"cannot multiply {self.shape} by {other.shape}")
        by_row = {}
        for (r, c), v in other.data.items():
            by_row.setdefault(r, []).append((c, v))
        out = SparseMatrix(self.rows, other.cols)
        for (r, k), v in self.data.items():
            for c, w in by_row.get(k, ()):
                out[r, c] = out[r, c] + v * w
        return out

    def transpose(self):
        return SparseMatrix(self.cols, self.rows, {(c, r): v for (r, c), v in self.data.items()})

    T = property(transpose)

    def __eq__(self, other):
        if not isinstance(other, SparseMatrix):
            return NotImplemented
        return self.shape == other.shape and self.data == other.data

    __hash__ = None

    def to_dense(self):
        return [[self.data.get((r, c), 0) for c in range(self.cols)] for r in range(self.rows)]

    def __repr__(self):
        return f"SparseMatrix({self.rows}x{self.cols}, nnz={len(self)})"

    def __str__(self):
        cells = [[str(v) for v in row] for row in self.to_dense()]
        w = max(len(s) for row in cells for s in row)
        return "\n".join(" ".join(s.rjust(w) for s in row) for row in cells)


a = SparseMatrix.from_dense([[1, 0, 2], [0, 0, 3], [4, 0, 0]])
b = SparseMatrix.identity(3) * 2
print(repr(a), "density", a.density)
print(a)
print("a + b:\n" + str(a + b))
print("a - a is empty:", len(a - a), "| -a == a * -1:", -a == a * -1, "| 3*a == a*3:", 3 * a == a * 3)
print("a @ a:\n" + str(a @ a))
print("a.T:\n" + str(a.T))
print("(a @ b).T == b.T @ a.T:", (a @ b).T == b.T @ a.T)
print("a @ [1, 2, 3] =", a @ [1, 2, 3])
print("non-zeros:", list(a))
print("a == dense copy:", a == SparseMatrix.from_dense(a.to_dense()), "| a != b:", a != b)
for bad in (lambda: a[3, 0], lambda: a + SparseMatrix(2, 2), lambda: a * "x", lambda: hash(a),
            lambda: a @ SparseMatrix(2, 2), lambda: SparseMatrix(0, 1)):
    try:
        bad()
    except (IndexError, ValueError, TypeError) as e:
        print(f"{type(e).__name__}: {e}")

links = {"home": ["about", "shop"], "about": ["home"], "shop": ["home", "cart", "about"],
         "cart": ["shop"], "blog": ["home", "about"]}
pages = sorted(links)
index = {p: i for i, p in enumerate(pages)}
n = len(pages)
M = SparseMatrix(n, n)
for src, targets in links.items():
    for t in targets:
        M[index[t], index[src]] = Fraction(1, len(targets))
damping = Fraction(85, 100)
rank = [Fraction(1, n)] * n
for _ in range(30):
    spread = M @ rank
    rank = [(1 - damping) / n + damping * s for s in spread]
print("PageRank (30 iterations):")
for p in sorted(pages, key=lambda p: -rank[index[p]]):
    print(f"  {p:<6} {float(rank[index[p]]):.4f}")
print("sums to ~1:", round(float(sum(rank)), 6))
