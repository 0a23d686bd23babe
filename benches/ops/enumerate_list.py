"""Operation probe: `for i, x in enumerate(lst)`, per item (the loop included). Run with
the item count as the argument; benches/ops.sh counts instructions."""
import sys


def main(n):
    lst = [0] * n
    for i, x in enumerate(lst):
        pass


main(int(sys.argv[1]))
