"""Operation probe: the cost of one `y = i + 1000` per loop iteration (the loop included).
Run with the iteration count as the argument; benches/ops.sh counts instructions."""
import sys


def main(n):
    for i in range(n):
        y = i + 1000


main(int(sys.argv[1]))
