"""Operation probe: the cost of one `with cm:` per loop iteration (the loop included).
Run with the iteration count as the argument; benches/ops.sh counts instructions."""
import sys

class CM:
    def __enter__(self):
        return self
    def __exit__(self, *a):
        return None


def main(n):
    cm = CM()
    for i in range(n):
        with cm:
            pass


main(int(sys.argv[1]))
