"""Operation probe: the cost of one `o.meth1(i)` per loop iteration (the loop included).
Run with the iteration count as the argument; benches/ops.sh counts instructions."""
import sys

class B:
    def meth1(self, a):
        return a
class C(B):
    pass


def main(n):
    o = C()
    for i in range(n):
        o.meth1(i)


main(int(sys.argv[1]))
