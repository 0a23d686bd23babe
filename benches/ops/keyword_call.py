"""Operation probe: the cost of one `f(i, c=4)` per loop iteration (the loop included).
Run with the iteration count as the argument; benches/ops.sh counts instructions."""
import sys

def f(a, b=2, c=3):
    return a


def main(n):
    for i in range(n):
        f(i, c=4)


main(int(sys.argv[1]))
