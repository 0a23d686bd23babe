"""Operation probe: the cost of one `d['beta']` per loop iteration (the loop included).
Run with the iteration count as the argument; benches/ops.sh counts instructions."""
import sys


def main(n):
    d = {'alpha': 1, 'beta': 2}
    for i in range(n):
        d['beta']


main(int(sys.argv[1]))
