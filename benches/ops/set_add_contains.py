"""Operation probe: the cost of one `s.add(k); k in s` per loop iteration (the loop included).
Run with the iteration count as the argument; benches/ops.sh counts instructions."""
import sys


def main(n):
    s = set()
    k = 'key'
    for i in range(n):
        s.add(k); k in s


main(int(sys.argv[1]))
