"""Operation probe: the cost of one `[x for x in t10]` per loop iteration (the loop included).
Run with the iteration count as the argument; benches/ops.sh counts instructions."""
import sys


def main(n):
    t10 = tuple(range(10))
    for i in range(n):
        [x for x in t10]


main(int(sys.argv[1]))
