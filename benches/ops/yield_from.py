"""Operation probe: the cost per item of `for x in outer(n)` where `outer` delegates to
a generator with `yield from` (the loop included). Run with the item count as the
argument; benches/ops.sh counts instructions."""
import sys


def gen(n):
    for i in range(n):
        yield i


def outer(n):
    yield from gen(n)


def main(n):
    for x in outer(n):
        pass


main(int(sys.argv[1]))
