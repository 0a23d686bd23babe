"""Operation probe: the cost of one `a + b` that calls a Python `__add__` per loop
iteration (the loop included). Run with the iteration count as the argument;
benches/ops.sh counts instructions."""
import sys


class V:
    def __init__(self, x):
        self.x = x

    def __add__(self, other):
        return other


def main(n):
    a = V(1)
    b = V(2)
    for i in range(n):
        a + b


main(int(sys.argv[1]))
