"""Operation probe: the cost of one `x * z + x * x - z` per loop iteration (the loop included).
Run with the iteration count as the argument; benches/ops.sh counts instructions."""
import sys


def main(n):
    x = 1.5
    z = 2.5
    for i in range(n):
        x * z + x * x - z


main(int(sys.argv[1]))
