"""Operation probe: the cost of one `f(i)` per loop iteration (the loop included).
Run with the iteration count as the argument; benches/ops.sh counts instructions."""
import sys

def f(a):
    return a


def main(n):
    for i in range(n):
        f(i)


main(int(sys.argv[1]))
