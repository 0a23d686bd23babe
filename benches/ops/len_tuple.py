"""Operation probe: the cost of one `len(t)` per loop iteration (the loop included).
Run with the iteration count as the argument; benches/ops.sh counts instructions."""
import sys


def main(n):
    t = (1, 2, 3)
    for i in range(n):
        len(t)


main(int(sys.argv[1]))
