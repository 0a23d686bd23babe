"""Operation probe: the cost of one `try:` per loop iteration (the loop included).
Run with the iteration count as the argument; benches/ops.sh counts instructions."""
import sys


def main(n):
    for i in range(n):
        try:
            raise ValueError
        except ValueError:
            pass


main(int(sys.argv[1]))
