"""Operation probe: the cost per item of `for x in gen(n):` (the loop included).
Run with the item count as the argument; benches/ops.sh counts instructions."""
import sys

def gen(n):
    for i in range(n):
        yield i


def main(n):
    for x in gen(n):
        pass


main(int(sys.argv[1]))
