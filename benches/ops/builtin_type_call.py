"""Operation probe: `list(t)`, a builtin type called with one argument (here an empty
tuple). Run with the iteration count as the argument; benches/ops.sh counts
instructions."""
import sys


def main(n):
    t = ()
    for i in range(n):
        list(t)


main(int(sys.argv[1]))
