"""Operation probe: the cost of one `s += 'x'` per loop iteration (the loop included).
Run with the iteration count as the argument; benches/ops.sh counts instructions."""
import sys


def main(n):
    s = ''
    for i in range(n):
        s += 'x'


main(int(sys.argv[1]))
