"""Operation probe: the cost of one `G` per loop iteration (the loop included).
Run with the iteration count as the argument; benches/ops.sh counts instructions."""
import sys

G = 5


def main(n):
    for i in range(n):
        G


main(int(sys.argv[1]))
