"""Operation probe: `for a, b in zip(gen(n), range(n))`, per item: a generator stepped
by a builtin iterator, a 2-tuple made and unpacked. Run with the item count as the
argument; benches/ops.sh counts instructions."""
import sys


def gen(n):
    for i in range(n):
        yield i


def main(n):
    for a, b in zip(gen(n), range(n)):
        pass


main(int(sys.argv[1]))
