# Spectral norm: the largest singular value of the infinite matrix
# A[i][j] = 1 / ((i + j) * (i + j + 1) / 2 + i + 1), approximated by ten rounds of
# the power method on A^T A restricted to n x n. Argument: n.
import sys


def a(i, j):
    return 1.0 / ((i + j) * (i + j + 1) // 2 + i + 1)


def times(v, n):
    return [sum(a(i, j) * v[j] for j in range(n)) for i in range(n)]


def times_transposed(v, n):
    return [sum(a(j, i) * v[j] for j in range(n)) for i in range(n)]


def times_ata(v, n):
    return times_transposed(times(v, n), n)


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 250
    u = [1.0] * n
    for _ in range(10):
        v = times_ata(u, n)
        u = times_ata(v, n)
    vbv = vv = 0.0
    for ue, ve in zip(u, v):
        vbv += ue * ve
        vv += ve * ve
    print(f"{(vbv / vv) ** 0.5:.9f}")


main()
