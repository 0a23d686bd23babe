"""Operation probe: the cost of one `l[1] = i` per loop iteration (the loop included).
Run with the iteration count as the argument; benches/ops.sh counts instructions."""
import sys


def main(n):
    l = [1, 2, 3]
    for i in range(n):
        l[1] = i


main(int(sys.argv[1]))
