# Objects whose sys.getsizeof is CPython 3.11's exactly: a range (its length computed
# when asked), a suspended generator, an empty dict and an empty list.
import sys


def gen():
    yield 1


g = gen()
print('range', sys.getsizeof(range(10)), sys.getsizeof(range(0)), sys.getsizeof(range(-5, 5, 3)))
print('generator', sys.getsizeof(g))
next(g)
print('started generator', sys.getsizeof(g))
print('empty dict and list', sys.getsizeof({}), sys.getsizeof([]))
# The length is still right without a stored field.
for r in (range(10), range(0), range(-5, 5, 3), range(10, 0, -4), range(2 ** 40)):
    print(len(r), bool(r), r[-1] if r else None, 3 in r, list(r)[:3] if len(r) < 100 else '...')
