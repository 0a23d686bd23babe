"""Operation probe: the cost of one `isinstance(o, C)` per loop iteration (the loop included).
Run with the iteration count as the argument; benches/ops.sh counts instructions."""
import sys

class C:
    pass


def main(n):
    o = C()
    for i in range(n):
        isinstance(o, C)


main(int(sys.argv[1]))
