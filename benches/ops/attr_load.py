"""Operation probe: the cost of one `o.x` per loop iteration (the loop included).
Run with the iteration count as the argument; benches/ops.sh counts instructions."""
import sys

class C:
    def __init__(self):
        self.x = 1
        self.b = 2


def main(n):
    o = C()
    for i in range(n):
        o.x


main(int(sys.argv[1]))
