"""Operation probe: the cost per item of `for x in lst:` (the loop included).
Run with the item count as the argument; benches/ops.sh counts instructions."""
import sys


def main(n):
    lst = [0] * n
    for x in lst:
        pass


main(int(sys.argv[1]))
