"""Operation probe: `sum(x for x in t10)`, per item (a tenth of one generator
expression made and summed). Run with the item count as the argument; benches/ops.sh
counts instructions."""
import sys


def main(n):
    t = tuple(range(10))
    for i in range(n // 10):
        sum(x for x in t)


main(int(sys.argv[1]))
