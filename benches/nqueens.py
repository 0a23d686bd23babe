# N-queens: count (and fingerprint) every placement of N queens on an N x N board
# so that no two attack each other. Two solvers are cross-checked: a recursive
# generator with sets of occupied columns/diagonals, and a filter over all
# permutations of the columns (the classic "permutations + set sizes" test).
# Argument: N for the generator solver (the permutation filter uses N - 1).
import sys
from itertools import permutations


def placements(n, row=0, cols=frozenset(), diag=frozenset(), anti=frozenset()):
    """Yields each solution as a tuple of column indexes, one per row."""
    if row == n:
        yield ()
        return
    for col in range(n):
        if col in cols or row - col in diag or row + col in anti:
            continue
        for rest in placements(n, row + 1, cols | {col}, diag | {row - col}, anti | {row + col}):
            yield (col,) + rest


def by_permutations(n):
    cols = range(n)
    return [
        vec
        for vec in permutations(cols)
        if n == len(set(vec[i] + i for i in cols)) == len(set(vec[i] - i for i in cols))
    ]


def fingerprint(solutions, n):
    h = 0
    for sol in solutions:
        for c in sol:
            h = (h * 31 + c) % 1000000007
    return h


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 10
    sols = list(placements(n))
    print(f"{n}-queens: {len(sols)} solutions, fingerprint {fingerprint(sols, n)}")
    print("first:", sols[0] if sols else None, "last:", sols[-1] if sols else None)
    perm = by_permutations(n - 1)
    gen = sorted(placements(n - 1))
    print(f"{n - 1}-queens by permutations: {len(perm)}; agrees: {perm == gen}")


main()
