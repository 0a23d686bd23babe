"""Operation probe: the cost of one `d[i & 1023] = i` per loop iteration (the loop included).
Run with the iteration count as the argument; benches/ops.sh counts instructions."""
import sys


def main(n):
    d = {}
    for i in range(n):
        d[i & 1023] = i


main(int(sys.argv[1]))
