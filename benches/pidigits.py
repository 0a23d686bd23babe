# Pi digits: Gibbons' unbounded spigot algorithm on arbitrary-precision integers,
# printed ten digits a line with a running count, like the benchmark game's output.
# Argument: number of digits.
import sys


def pi_digits():
    """Yields the decimal digits of pi one at a time (Gibbons 2006, streaming form)."""
    q, r, t, k, n, l = 1, 0, 1, 1, 3, 3
    while True:
        if 4 * q + r - t < n * t:
            yield n
            q, r, n = 10 * q, 10 * (r - n * t), (10 * (3 * q + r)) // t - 10 * n
        else:
            q, r, t, k, n, l = (
                q * k,
                (2 * q + r) * l,
                t * l,
                k + 1,
                (q * (7 * k + 2) + r * l) // (t * l),
                l + 2,
            )


def main():
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 3000
    digits = pi_digits()
    line = []
    for i in range(1, count + 1):
        line.append(str(next(digits)))
        if i % 10 == 0 or i == count:
            print(f"{''.join(line):<10}\t:{i}")
            line = []


main()
