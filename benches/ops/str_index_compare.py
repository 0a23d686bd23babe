"""Operation probe: the cost of one `s[2] == 'c'` per loop iteration (the loop included).
Run with the iteration count as the argument; benches/ops.sh counts instructions."""
import sys


def main(n):
    s = 'abcdef'
    for i in range(n):
        s[2] == 'c'


main(int(sys.argv[1]))
