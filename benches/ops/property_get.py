"""Operation probe: the cost of one `o.x` per loop iteration (the loop included).
Run with the iteration count as the argument; benches/ops.sh counts instructions."""
import sys

class C:
    def __init__(self):
        self._x = 1
    @property
    def x(self):
        return self._x


def main(n):
    o = C()
    for i in range(n):
        o.x


main(int(sys.argv[1]))
