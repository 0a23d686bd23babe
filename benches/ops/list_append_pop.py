"""Operation probe: the cost of one `l.append(i); l.pop()` per loop iteration (the loop included).
Run with the iteration count as the argument; benches/ops.sh counts instructions."""
import sys


def main(n):
    l = []
    for i in range(n):
        l.append(i); l.pop()


main(int(sys.argv[1]))
