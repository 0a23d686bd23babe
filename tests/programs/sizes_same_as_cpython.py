# Objects whose sys.getsizeof is CPython 3.11's exactly: a range (its length computed
# when asked), a suspended generator, an empty dict and an empty list, a cell, builtin
# functions and methods, most builtin iterators, and exceptions (raised or not; the
# traceback is not counted, as CPython's traceback objects are not).
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


# Cells, builtin functions and methods, the builtin iterators and exceptions.
def cell_holder():
    v = 1

    def inner():
        return v
    return inner.__closure__[0]


print('cell', sys.getsizeof(cell_holder()))
print('builtins', sys.getsizeof(len), sys.getsizeof([].append), sys.getsizeof({}.get),
      sys.getsizeof(list.append), sys.getsizeof(sys.getsizeof))
print('sequence iterators', sys.getsizeof(iter([])), sys.getsizeof(iter((1, 2))),
      sys.getsizeof(reversed([1])), sys.getsizeof(reversed((1,))),
      sys.getsizeof(iter(range(2 ** 70))), sys.getsizeof(iter(bytearray())))
print('lazy builtins', sys.getsizeof(map(len, [])), sys.getsizeof(map(pow, [], [])),
      sys.getsizeof(filter(None, [])), sys.getsizeof(iter(len, 0)),
      sys.getsizeof(zip([], [])), sys.getsizeof(iter({1})))
it = iter([1, 2])
list(it)
print('exhausted', sys.getsizeof(it))


def caught(make):
    try:
        raise make()
    except BaseException as e:
        return e


def raised_in_handler():
    try:
        raise KeyError('k')
    except KeyError:
        raise ValueError('v')


print('exceptions', sys.getsizeof(ValueError()), sys.getsizeof(KeyError('k', 2)),
      sys.getsizeof(caught(ValueError)),
      sys.getsizeof(caught(raised_in_handler)))
e = caught(raised_in_handler)
print(type(e.__context__).__name__, e.__cause__, e.__suppress_context__)
