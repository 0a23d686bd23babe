"""Operation probe: the cost of one `a, b = t` per loop iteration (the loop included).
Run with the iteration count as the argument; benches/ops.sh counts instructions."""
import sys


def main(n):
    t = (1, 2)
    for i in range(n):
        a, b = t


main(int(sys.argv[1]))
