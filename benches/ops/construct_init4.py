"""Operation probe: the cost of one `C(i, 2, 3, 4)` per loop iteration (the loop included).
Run with the iteration count as the argument; benches/ops.sh counts instructions."""
import sys

class C:
    def __init__(self, a, b, c, d):
        self.a = a
        self.b = b
        self.c = c
        self.d = d


def main(n):
    for i in range(n):
        C(i, 2, 3, 4)


main(int(sys.argv[1]))
