"""Operation probe: the cost of one `f(i)` per loop iteration (the loop included).
Run with the iteration count as the argument; benches/ops.sh counts instructions."""
import sys

def make():
    k = 1
    def f(a):
        return a + k
    return f


def main(n):
    f = make()
    for i in range(n):
        f(i)


main(int(sys.argv[1]))
